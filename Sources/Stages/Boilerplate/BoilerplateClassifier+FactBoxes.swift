/// A fact box closing the story: short `Label: value` lines in a row (`Länge: 7 km`, `Kosten: 84
/// Mio. Euro`, `Otwarcie: 2029`, `Budget for 2027: 1.2 billion`), right under the story's last paragraph or under a heading of its
/// own there (`Das Projekt in Zahlen`).
///
/// Its lines are as short as a menu's items and often mostly figures, so the menu rule, the ticker
/// and count rules and the span's end took them. A menu's items name sections and carry no value;
/// a ticker's or a counter's labels do not sit under the story's last paragraph. A box of three
/// or more such lines there is the story's, and the removals of the shape rules on it are undone
/// (never a lexicon's or a block's: those name what the line says).
extension BoilerplateClassifier {
    /// The rules that take a fact box's lines by their shape alone.
    private static let factBoxTakers: Set<LineFeatures.Rule> = [.navigationRun, .ticker, .countLine, .afterArticle]

    /// Keeps the fact boxes under the story's last paragraph (see the extension's comment).
    func factBoxes(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        var position = 0
        while position < nonBlank.count {
            var end = position
            while end < nonBlank.count && isFactLine(lines[nonBlank[end]], bytes: bytes) { end += 1 }
            defer { position = max(end, position + 1) }
            guard end - position >= 3, position >= 1 else { continue }
            // Under the story's last paragraph, or under a kept heading of the box right under it.
            var above = position - 1
            // The heading may have gone with the box, as a span's end takes both (`O que está em causa`).
            let heading = lines[nonBlank[above]]
            if !heading.terminal && heading.words <= 6 && above >= 1 && (!heading.removed || tookByShape(heading)) { above -= 1 }
            let story = lines[nonBlank[above]]
            guard !story.removed && story.sentenceLike else { continue }
            for member in above + 1..<end {
                if tookByShape(lines[nonBlank[member]]) { lines[nonBlank[member]].removal = nil }
            }
        }
    }

    /// Whether a shape rule, not a lexicon's entry or a block, removed the line.
    private func tookByShape(_ line: LineFeatures) -> Bool {
        if case .rule(let rule)? = line.removal { return Self.factBoxTakers.contains(rule) }
        return false
    }

    /// A `Label: value` line: a label of one to five words opening on a letter, a colon, a space,
    /// then a value; eight words at most, not a sentence.
    private func isFactLine(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.words >= 2, line.words <= 8, !line.sentenceLike, !line.protected, line.urls == 0,
              line.trimmedEnd > line.trimmedStart, Self.isLetter(bytes[line.trimmedStart] | 0x20) else { return false }
        let text = line.trimmedText(in: bytes)
        guard let colon = text.firstIndex(of: UInt8(ascii: ":")), colon >= 2, colon + 2 < text.count,
              text[colon + 1] == UInt8(ascii: " ") else { return false }
        // Up to five words: a label can name its year or its place (`Quota para 2026: 42 mil t`).
        return text[..<colon].count { $0 == UInt8(ascii: " ") } <= 4
    }
}
