/// An author's box under the story: the byline's name printed again alone on its line, over a line
/// about the writer (`Hanitra Rakotomalala` / `Reporter on the capital's news and city life.`).
///
/// The bio is a sentence, and on a page whose share row, tags and headings no lexicon knows it
/// outweighed the chrome between it and the story's last paragraph, so the article's segment ran on
/// to it and the related and most-read lists under it stayed as the story's closing lines. The
/// name is told by the page itself, in any language: it is the tail of the byline in the head,
/// under its label (`Nosoratan'i`, `Qoraa:`, `By`), printed once more after the story has begun,
/// with a sentence under it. A story does not resume under its writer's box.
///
/// A name repeated more than once after the head (an interview's speaker lines) is not a box, and
/// a name with no sentence under it (a sign-off at the story's foot) is left to the other rules.
extension BoilerplateClassifier {
    /// The position (in `nonBlank`) of the author box's name line after `start`, if the page has one.
    func authorBoxStart(_ lines: [LineFeatures], nonBlank: [Int], from start: Int,
                        bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // The lines that can hold the byline: those the lexicon read as one, and the short lines
        // with no sentence and no figure next to a date line, whose label no lexicon may know
        // (`Qoraa:`), from the top (a page whose title was not found has no head zone to look in).
        func nearDate(_ position: Int) -> Bool {
            (max(0, position - Self.bylineToDate)...min(nonBlank.count - 1, position + Self.bylineToDate))
                .contains { lines[nonBlank[$0]].dateLike && !lines[nonBlank[$0]].removed }
        }
        var bylines: [(position: Int, text: UnsafeBufferPointer<UInt8>, isByline: Bool)] = []
        for position in nonBlank.indices where bylines.count < Self.bylineCandidates {
            let line = lines[nonBlank[position]]
            guard !line.removed, line.byline || Self.labelledNameWords.contains(line.words) && !line.terminal
                    && line.numericWords == 0 && nearDate(position) else { continue }
            bylines.append((position, line.trimmedText(in: bytes), line.byline))
        }
        guard !bylines.isEmpty else { return nil }
        var found: Int?
        var printed = false
        for position in (start + 1)..<max(start + 1, nonBlank.count - 1) {
            let line = lines[nonBlank[position]]
            guard Self.authorNameWords.contains(line.words), !line.terminal, !line.byline, line.numericWords == 0,
                  line.urls == 0, line.lexiconScore == 0 else { continue }
            let name = line.trimmedText(in: bytes)
            // A byline of the name alone (told by its place over the date) printed again is the
            // box's name too, whatever is under it: no label tells a sign-off's shape from it.
            let bare = bylines.contains { $0.isByline && $0.position < position && $0.text.elementsEqual(name) }
            guard bare || bylines.contains(where: { $0.position < position && Self.endsWithName($0.text, name) }) else { continue }
            // Printed twice after the head, with a sentence under it or not: a speaker's or a
            // column's name, not a box.
            if printed { return nil }
            printed = true
            let below = lines[nonBlank[position + 1]]
            guard bare || below.terminal && !below.byline else { continue }
            found = position
        }
        return found
    }

    /// The words of a writer's name printed alone in a box.
    static let authorNameWords = 2...5

    /// The words of a byline: a name and a label of one to three words.
    static let labelledNameWords = 3...8

    /// The farthest a byline stands from the story's date line, in lines: a writer's role or a
    /// reading time can stand between them.
    static let bylineToDate = 3

    /// The most lines read as a possible byline: the head's short lines, a menu's among them.
    static let bylineCandidates = 64

    /// Whether `byline` ends with `name` after a label of its own: a space or a colon before it.
    private static func endsWithName(_ byline: UnsafeBufferPointer<UInt8>, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard byline.count > name.count + 1 else { return false }
        let offset = byline.count - name.count
        guard byline[offset - 1] == 0x20 || byline[offset - 1] == UInt8(ascii: ":") else { return false }
        for index in 0..<name.count where byline[offset + index] != name[index] { return false }
        return true
    }
}
