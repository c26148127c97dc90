/// A tag row under the story: `Temas: Vino, Agricultura, Maipo`, `Tagovi: smog, zagađenje, Sarajevo`.
///
/// A site lists the story's topics under its last paragraph as one word and a colon, then three or
/// more short labels joined by commas. The lexicon knows the label in some languages (`Tags:`,
/// `Теги:`); the shape is the same in all of them. A story's own line of that shape (`Ingredients:
/// flour, sugar, eggs`, a list of participants) sits among its paragraphs, so only a row with no
/// story paragraph kept below it goes; a row with a figure (`Published: March 12, 2026`), a sentence
/// end or a label longer than four words is no tag row.
extension BoilerplateClassifier {
    /// Removes the tag rows below the story's last kept paragraph.
    func tagRows(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        // From the foot up, to the story's last kept paragraph: only the lines below it are looked at.
        var position = nonBlank.count - 1
        while position >= 0 {
            let index = nonBlank[position]
            if !lines[index].removed && lines[index].anchor { break }
            // Cheap tests first: a short line with a separator or two, no figure, no sentence end.
            let line = lines[index]
            if !line.removed, !line.storysOwn, (4...24).contains(line.words), line.numericWords == 0, !line.terminal,
               Self.isTagRow(bytes, line.trimmedStart..<line.trimmedEnd) {
                _ = remove(&lines, index, rule: .tagRow)
            }
            position -= 1
        }
    }

    /// Whether the bytes are one word, a colon, and three or more labels of at most four words
    /// joined by commas. The colon may be a script's own, Khmer `៖` or the full-width `：`
    /// (`ពាក្យគន្លឹះ៖ ទេសចរណ៍, អង្គរ, សៀមរាប`).
    static func isTagRow(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // The label: one word (no space) and a colon within its first 48 bytes (sixteen letters
        // of three bytes).
        var cursor = range.lowerBound
        var colonWidth = 1
        let labelEnd = min(range.upperBound, range.lowerBound + 48)
        while cursor < labelEnd && bytes[cursor] != UInt8(ascii: ":") {
            if bytes[cursor] == UInt8(ascii: " ") { return false }
            if cursor + 3 <= labelEnd && (bytes[cursor..<(cursor + 3)].elementsEqual(khmerColon) || bytes[cursor..<(cursor + 3)].elementsEqual(fullWidthColon)) {
                colonWidth = 3
                break
            }
            cursor += 1
        }
        guard cursor > range.lowerBound, cursor < labelEnd, cursor + colonWidth < range.upperBound,
              bytes[cursor + colonWidth] == UInt8(ascii: " ") else { return false }
        // The labels: at most three spaces inside each (after its first word), commas between them.
        var labels = 1, spaces = 0, empty = true
        for byte in bytes[(cursor + colonWidth + 1)..<range.upperBound] {
            switch byte {
            case UInt8(ascii: ","):
                if empty { return false }
                labels += 1; spaces = 0; empty = true
            case UInt8(ascii: " "):
                if !empty { spaces += 1 }
                if spaces > 3 { return false }
            case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "\""), UInt8(ascii: "|"), UInt8(ascii: "("):
                return false
            default:
                empty = false
            }
        }
        return labels >= 3 && !empty
    }

    private static let khmerColon = Array("៖".utf8), fullWidthColon = Array("：".utf8)

    /// The most tags a stacked tag list holds, and the most words of one tag.
    static let stackedTagsMost = 8, tagWordsMost = 3

    /// Removes a tag list printed one tag to a line (`Tags:`, `ট্যাগ:`, `Temes relacionats:` alone
    /// on its line, then `কুমোরটুলি`, `দুর্গাপুজো`, …) right under the story's last paragraph, which
    /// the span's end keeps as it keeps any kept line before the first chrome under the story.
    ///
    /// The label is one or two words closed by a colon; two to eight tags follow, each of one to
    /// three words with no figure, separator or sentence's end; chrome or the page's end closes
    /// them. A story's list under its lead differs in one of them: its lead is a clause
    /// (`কোন কোন এলাকা প্রভাবিত হবে:`, `The schools that will close are:`), its items carry figures
    /// or sentences, or the story resumes under it.
    func stackedTagLists(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        guard let last = nonBlank.lastIndex(where: { !lines[$0].removed && lines[$0].anchor }) else { return }
        var position = last + 1
        while position < nonBlank.count - 2 {
            let label = lines[nonBlank[position]]
            position += 1
            guard !label.removed, !label.storysOwn, (1...2).contains(label.words), label.numericWords == 0,
                  endsWithColon(label, bytes: bytes) else { continue }
            var end = position
            while end < nonBlank.count && end - position < Self.stackedTagsMost && isStackedTag(lines[nonBlank[end]], bytes: bytes) { end += 1 }
            guard end - position >= 2, end == nonBlank.count || lines[nonBlank[end]].removed else { continue }
            for member in (position - 1)..<end { _ = remove(&lines, nonBlank[member], rule: .tagRow) }
            position = end
        }
    }

    /// Whether `line` reads as one tag of a stacked list: one to three words, kept, no figure, no
    /// separator, no sentence's end and no label's colon.
    private func isStackedTag(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !line.removed && !line.storysOwn && (1...Self.tagWordsMost).contains(line.words) && line.numericWords == 0
            && line.separators == 0 && !line.terminal && !endsWithColon(line, bytes: bytes)
    }
}
