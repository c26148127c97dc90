/// A section's heading with its count, after the story: where the article has surely ended.
///
/// A comment section opens on its heading and the number of comments (`Comments (7)`,
/// `Комментарии (23)`, `Comentarii (12)`), a gallery on `Photos (12)`: a word or two and a figure
/// in brackets, alone on the line, in every language (or the figure first: `12 commentaires`). What follows it (handles, stamps, replies
/// short enough to pass for prose, the section's rules) outweighs the chrome around it on a page
/// whose chrome no lexicon entry knows, so the article's segment ran on through the comments. The
/// heading ends the article where it stands: it and every kept line after it go. A story's own
/// line of that shape is an item of a list (a medal table's `Norway (16)`), with a neighbour of the
/// same shape, or sits above the story (a comment count in the byline's row): the heading counts
/// only alone, and with at least four times the prose of what follows it above it.
extension BoilerplateClassifier {
    /// The position in `nonBlank` of the count heading that ends the article begun at `start`, if any.
    func countHeading(_ lines: [LineFeatures], nonBlank: [Int], from start: Int, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        func isHeading(_ position: Int) -> Bool {
            nonBlank.indices.contains(position) && isCountHeading(lines[nonBlank[position]], bytes: bytes)
        }
        func prose(_ range: Range<Int>) -> Int {
            range.reduce(0) { sum, position in
                let line = lines[nonBlank[position]]
                return line.removed || !line.terminal ? sum : sum + line.words
            }
        }
        var position = start + 1
        while position < nonBlank.count {
            if isHeading(position) && !isHeading(position - 1) && !isHeading(position + 1)
                && !inCounterRow(lines, nonBlank: nonBlank, at: position)
                && prose(start..<position) >= 4 * max(prose(position..<nonBlank.count), 1) {
                return position
            }
            position += 1
        }
        return nil
    }

    /// Whether the line at `position` (in `nonBlank`) stands in an embedded post's row of counts:
    /// a post prints its likes, comments and shares one under another (`1,2K` / `864 comments` /
    /// `312 shares`), so a comment count there has a count of the same shape right above or below
    /// it. A comment section's heading stands alone, between the story's foot and the comments.
    func inCounterRow(_ lines: [LineFeatures], nonBlank: [Int], at position: Int) -> Bool {
        func isCount(_ neighbour: Int) -> Bool {
            nonBlank.indices.contains(neighbour) && Self.isShortCount(lines[nonBlank[neighbour]])
        }
        return isCount(position - 1) || isCount(position + 1)
    }

    /// A short count on its own line, with no sentence and no date (`864 comments`, `Views: 2,341`,
    /// `3 min read`): a post's row of counts and the counter between a byline and its date alike.
    static func isShortCount(_ line: LineFeatures) -> Bool {
        line.words <= 3 && line.numericWords >= 1 && !line.terminal && !line.dateLike
    }

    /// One or two words of letters, then a figure in brackets, and no more (`Comments (12)`); or
    /// a figure and a word for comments (`12 commentaires`, `31 comments`), the same heading as
    /// sites that put the count first print it.
    private func isCountHeading(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if line.commentCount && !line.terminal && Self.isDigit(bytes[line.trimmedStart]) { return true }
        guard line.numericWords == 1, line.words >= 2, line.words <= 3, !line.terminal,
              line.trimmedEnd - line.trimmedStart <= 48, bytes[line.trimmedEnd - 1] == UInt8(ascii: ")") else { return false }
        let raw = UnsafeBufferPointer(rebasing: bytes[line.trimmedStart..<line.trimmedEnd - 1])
        guard let open = raw.lastIndex(of: UInt8(ascii: "(")), open >= 2, raw[open - 1] == 0x20, open + 1 < raw.count,
              raw[(open + 1)...].allSatisfy(Self.isDigit), Self.isLetter(raw[0] | 0x20) else { return false }
        return raw[..<(open - 1)].allSatisfy { Self.isLetter($0 | 0x20) || $0 == 0x20 }
    }
}
