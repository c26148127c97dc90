/// A writer's sign-off: a dash and a name alone on the line (`— Dana`, `– Dana Whitlock`).
///
/// A newsletter's letter and a live blog's post end with their writer's name after a dash. Short,
/// with no sentence end, it went with whatever chrome came next: an appeal's block under the letter,
/// a neighbour's share row. It is the article's byline at its foot, which the rules that go by shape
/// leave alone; chrome does not open a name with a dash.
extension BoilerplateClassifier {
    func markSignOffs(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>) {
        for index in lines.indices where lines[index].words >= 1 && lines[index].words <= 3 && !lines[index].terminal
            && lines[index].capitalized == lines[index].words && lines[index].numericWords == 0 && lines[index].lexiconScore == 0 {
            if Self.opensWithDash(lines[index], bytes: bytes) { lines[index].byline = true }
        }
    }

    /// An author's e-mail address alone on its line (`pdhaliwal@harbourlinecourier.ca` under the
    /// last paragraph) signs the story off as the byline does: its local part holds a name of the
    /// page's byline (`By Priya Dhaliwal`). A newsroom's or a tip line's address (`tips@…`) holds
    /// none, and stays chrome; so does an address inside a sentence (`Email tips@…`).
    ///
    /// The byline's names are read in ASCII only: its words are split at every byte outside
    /// `A`–`Z` and `a`–`z`, and a word must open with a capital, so a name holding another letter
    /// (`Łukasz`, `Müller`) gives nothing to match and its writer's address stays chrome; only the
    /// all-ASCII names beside it (`Whitfield` in `Zoë Whitfield`) are looked for.
    func markAuthorAddresses(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>) {
        var names: [[UInt8]] = []
        for line in lines where line.byline && !line.blank {
            for word in line.trimmedText(in: bytes).split(whereSeparator: { !Self.isLetter($0 | 0x20) || $0 >= 0x80 })
            where word.count >= Self.addressNameLetters && Self.isUpperASCII(word[word.startIndex]) {
                names.append(word.map { $0 | 0x20 })
            }
        }
        guard !names.isEmpty else { return }
        for index in lines.indices where lines[index].urls > 0 && !lines[index].byline && lines[index].trimmedEnd > lines[index].trimmedStart {
            let raw = lines[index].trimmedText(in: bytes)
            guard !raw.contains(0x20), let at = raw.firstIndex(of: UInt8(ascii: "@")), at > raw.startIndex,
                  raw[(at + 1)...].contains(UInt8(ascii: ".")) else { continue }
            let local = raw[..<at].map { $0 | 0x20 }
            if local.withUnsafeBufferPointer({ local in names.contains { contains(local, $0) } }) {
                lines[index].byline = true
            }
        }
    }

    /// The fewest letters of a byline's name that an address must hold: initials and short
    /// given names match too many addresses by chance.
    static let addressNameLetters = 4

    /// Whether the line opens with an em dash or an en dash (`E2 80 94`, `E2 80 93`).
    static func opensWithDash(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        line.trimmedEnd - line.trimmedStart >= 4 && isLongDash(bytes, at: line.trimmedStart)
    }
}
