/// A widget's count alone on its line: a label, a colon, one figure and its unit.
///
/// The reading time under the byline (`Tempo di lettura: 3 minuti`, `O'qish vaqti: 2 daqiqa`,
/// `Час читання: 2 хв`) and a widget's counter (`Closings & Delays: 47 closings`) have one shape
/// in every language: a label of a few words, a colon, a figure and the word that counts it, and
/// nothing else. The lexicon knows the reading time in a handful of languages; the shape needs
/// none. A story writes such a line in a list of its own (`- Murrumbidgee: 61 gigalitres`, the
/// figures of a fact box), whose items open on a list's mark (`-`, `•`, `▪`) and come in a row: the
/// line goes when it opens on a letter of any script and neither kept neighbour has the shape (measured on the released
/// sets: 19 of the 22 lines of the shape were chrome, and the other three were such a list). A
/// count right above the first paragraph was taken for the title; it goes when the headline
/// was found above it.
extension BoilerplateClassifier {
    /// Removes the kept count lines that stand alone.
    func countLines(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        // The figure's count first, read through the array: nearly every line fails it.
        for (position, index) in nonBlank.enumerated()
        where lines[index].numericWords == 1 && !lines[index].removed && isCountLine(lines[index], bytes: bytes) {
            // A neighbour of the same shape makes a list of the story's figures, unless it is chrome.
            func isKeptCountLine(_ at: Int) -> Bool {
                nonBlank.indices.contains(at) && !lines[nonBlank[at]].removed && isCountLine(lines[nonBlank[at]], bytes: bytes)
            }
            guard !isKeptCountLine(position - 1) && !isKeptCountLine(position + 1) else { continue }
            // Right above the first paragraph, the reading time is taken for the title (the nearest
            // line of four words or more): below the headline already found, it is none.
            guard untitleBelowHeadline(&lines, nonBlank: nonBlank, at: position) else { continue }
            _ = remove(&lines, index, rule: .countLine)
        }
    }

    /// Whether the line at `position` of `nonBlank` may go as a count: a line taken for the title
    /// (the nearest line of four words or more above the first paragraph) may, and loses the mark,
    /// only below a headline already found; any other line may.
    func untitleBelowHeadline(_ lines: inout [LineFeatures], nonBlank: [Int], at position: Int) -> Bool {
        guard lines[nonBlank[position]].title else { return true }
        guard nonBlank[..<position].contains(where: { lines[$0].title }) else { return false }
        lines[nonBlank[position]].title = false
        return true
    }

    /// Whether the line is a label of one to four words without a figure, opening on a letter, a
    /// colon, one figure (`3`, `2,5`) and one word of letters (a final dot allowed), and no more.
    private func isCountLine(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.numericWords == 1, line.words >= 3, line.words <= 6, !line.tableRow,
              line.trimmedEnd - line.trimmedStart <= 60 else { return false }
        let raw = line.trimmedText(in: bytes)
        func isWordByte(_ byte: UInt8) -> Bool { Self.isLetter(byte | 0x20) || byte == UInt8(ascii: "'") }
        guard let colon = raw.firstIndex(of: UInt8(ascii: ":")), colon >= 2, Self.isLetter(raw[0] | 0x20) else { return false }
        // A letter of any script, not a list's mark beyond ASCII (`• Bauzeit: 18 Monate`, `▪ …`):
        // such a line is an item of the story's list.
        if raw[0] >= 0x80 && Self.scalar(raw, at: 0, end: raw.count)?.properties.isAlphabetic != true { return false }
        // The label: letters, spaces, an apostrophe or an ampersand, at most four spaces (`Temps de lecture :`).
        var spaces = 0
        for byte in raw[..<colon] {
            if byte == 0x20 { spaces += 1 } else if !isWordByte(byte) && byte != UInt8(ascii: "&") { return false }
        }
        var cursor = colon + 1
        while cursor < raw.count && raw[cursor] == 0x20 { cursor += 1 }
        guard spaces <= 4, cursor < raw.count, Self.isDigit(raw[cursor]) else { return false }
        while cursor < raw.count && (Self.isDigit(raw[cursor]) || raw[cursor] == UInt8(ascii: ",") || raw[cursor] == UInt8(ascii: ".")) { cursor += 1 }
        guard cursor < raw.count, raw[cursor] == 0x20, Self.isDigit(raw[cursor - 1]) else { return false }
        cursor += 1
        let unit = cursor
        while cursor < raw.count && isWordByte(raw[cursor]) { cursor += 1 }
        if cursor + 1 == raw.count && raw[cursor] == UInt8(ascii: ".") { cursor += 1 }
        return cursor > unit && cursor == raw.count
    }
}
