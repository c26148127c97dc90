/// A news feed's items between the page's menu and the headline.
///
/// A site's `Latest news` strip prints each item as a clock and a headline (`11:52 Astana to host
/// transport ministers`), in the site's own wording, so no lexicon entry knows them, and the
/// head's rules keep them: they sit below the menu (`trimPageHead` takes only what is above it)
/// and each reads as a headline. What tells them is their shape and where they sit: two or more
/// lines in a row that open with a clock and a space, then words, above the article's title, with
/// chrome right above or right below the run. The article's own head has one date line, and its
/// date opens with the day, not a clock followed by a headline; a live blog's times sit under the
/// headline, where this rule does not look.
extension BoilerplateClassifier {
    func headFeeds(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        guard let title = nonBlank.firstIndex(where: { lines[$0].title }) else { return }
        func isFeedItem(_ position: Int) -> Bool {
            let line = lines[nonBlank[position]]
            return !line.removed && !line.title && !line.byline && !line.protected && line.words >= 4 && line.words <= 20
                && !line.terminal && Self.opensWithClockThenWord(UnsafeBufferPointer(rebasing: bytes[line.trimmedStart..<line.trimmedEnd]))
        }
        var position = 0
        while position < title {
            guard isFeedItem(position) else { position += 1; continue }
            var end = position + 1
            while end < title && isFeedItem(end) { end += 1 }
            if end - position >= 2 && (position > 0 && lines[nonBlank[position - 1]].removed || lines[nonBlank[end]].removed) {
                for member in position..<end { _ = remove(&lines, nonBlank[member], rule: .headFeed) }
            }
            position = end
        }
    }

    /// Whether `raw` opens with a clock (`9:05`, `11:52`), a space and a letter.
    static func opensWithClockThenWord(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < raw.count && index < 2 && isDigit(raw[index]) { index += 1 }
        guard index >= 1, index + 4 < raw.count, raw[index] == UInt8(ascii: ":"),
              isDigit(raw[index + 1]), isDigit(raw[index + 2]), raw[index + 3] == 0x20 else { return false }
        let next = raw[index + 4]
        return isUpperASCII(next) || isLetter(next)
    }
}
