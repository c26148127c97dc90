/// A photo's credit under a label no list holds, closing its caption (`… mezi Komínem a Pisárkami.
/// Repro: Magistrát města Brna`, `… przy ul. Reymonta. Fot. Wisła Kraków / materiały prasowe`).
///
/// After the caption's last sentence, the credit opens with one capitalized word and a colon (or
/// the full stop of an abbreviation of up to five letters) and names its source in one to six
/// words, without punctuation and without a sentence's end. A story's paragraph ends on a
/// sentence's end, and a label inside the story's line (`Scorers: Okonjo, Hale`) opens a list or
/// a sentence.
extension BoilerplateClassifier {
    /// Whether `raw` ends with a labelled credit after a sentence of three words or more.
    ///
    /// The label closes on a colon, on a colon after a space as French sets it (`Photo : …`), on
    /// an abbreviation's full stop, or on a short word naming who took it (`Pic by …`, `Foto von
    /// …`, `Photo par …`); the credit may sit in parentheses (`(Foto: …)`), and its source may end
    /// on initials (`/ Y. B.`). The label is counted in letters, so that `Φωτογραφία:` is as short
    /// as `Fotografie:`.
    static func endsWithLabelledCredit(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        for creditStart in creditStarts(raw) {
            var start = creditStart
            var count = raw.count
            // A credit in parentheses: `(Foto: Ana Lima)`.
            if raw[start] == UInt8(ascii: "(") && raw[count - 1] == UInt8(ascii: ")") { start += 1; count -= 1 }
            guard start < count, opensWithCapital(raw, at: start, end: count) else { continue }
            var end = start
            var letters = 0
            while end < count && letters <= 12 && (isAlnum(raw[end] | 0x20) || raw[end] >= 0x80) {
                if raw[end] & 0xC0 != 0x80 { letters += 1 }
                end += 1
            }
            guard end + 3 < count, letters >= 2, let source = creditSource(raw, label: end, letters: letters, end: count),
                  opensWithCapital(raw, at: source, end: count) else { continue }
            let rest = UnsafeBufferPointer(rebasing: raw[source..<count])
            guard !rest.indices.contains(where: { Self.creditStops.contains(rest[$0]) && !isInitialsDot(rest, $0) }) else { continue }
            guard (1...6).contains(rest.split(separator: 0x20).count),
                  raw[..<creditStart].count(where: { $0 == 0x20 }) >= 3 else { continue }
            return true
        }
        return false
    }

    /// Where a credit's source starts after its label, which ends at `label`, or `nil` when no
    /// label's mark follows there: a colon and a space, a full stop and a space after an
    /// abbreviation of up to five letters, a spaced colon, or a short word naming who took it.
    private static func creditSource(_ raw: UnsafeBufferPointer<UInt8>, label: Int, letters: Int, end: Int) -> Int? {
        let mark = raw[label]
        if mark == UInt8(ascii: ":") || (mark == UInt8(ascii: ".") && letters <= 5) {
            return raw[label + 1] == 0x20 ? label + 2 : nil
        }
        guard mark == 0x20 else { return nil }
        if raw[label + 1] == UInt8(ascii: ":") && raw[label + 2] == 0x20 { return label + 3 }
        guard letters <= 5 else { return nil }
        let after = UnsafeBufferPointer(rebasing: raw[(label + 1)..<end])
        for word in creditAgentWords where after.starts(with: word) { return label + 1 + word.count }
        return nil
    }

    /// The short words that name who took a photo after its label (`Pic by`, `Foto von`, `Photo
    /// par`, `Foto di`, `Foto av`), each with the space after it.
    private static let creditAgentWords: [[UInt8]] = ["by ", "von ", "par ", "di ", "av "].map { Array($0.utf8) }

    /// Whether `raw` ends on an initial and its full stop after a space (`… / Y. B.`): three byte
    /// tests, so a line ending on a sentence costs nothing more.
    static func endsWithInitial(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = raw.count
        return count >= 3 && raw[count - 1] == UInt8(ascii: ".") && isUpperASCII(raw[count - 2]) && raw[count - 3] == 0x20
    }

    /// Whether the full stop at `index` closes an initial (`Y. B.`): one capital after a space or
    /// a slash, or at the source's start.
    private static func isInitialsDot(_ rest: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard rest[index] == UInt8(ascii: "."), index >= 1, isUpperASCII(rest[index - 1]) else { return false }
        return index == 1 || rest[index - 2] == 0x20 || rest[index - 2] == UInt8(ascii: "/")
    }

    /// Whether `raw` ends with a credit in capitals after its caption's sentence: `… on Monday
    /// morning. TEMILOLA ADEYEMI FOR LAGOS MORNING RECORD`, `… στη Λάρισα. ΝΙΚΟΣ ΑΛΕΞΙΟΥ`. Two to
    /// eight words, every letter a capital (in any script with case), no mark of a sentence or a
    /// list, after a sentence of three words or more. A story's paragraph closes on its sentence,
    /// and an acronym that ends it (`… joined NATO.`) stands before the full stop, not after it.
    static func endsWithCapitalCredit(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        for start in creditStarts(raw) {
            guard raw[..<start].count(where: { $0 == 0x20 }) >= 3 else { continue }
            let rest = UnsafeBufferPointer(rebasing: raw[start...])
            guard !rest.contains(where: { Self.creditStops.contains($0) }),
                  (2...8).contains(rest.split(separator: 0x20).count) else { return false }
            // Every letter a capital: an ASCII letter is read off its byte, any other scalar asked its case.
            var letters = 0
            var index = 0
            while index < rest.count {
                let byte = rest[index]
                if byte < 0x80 {
                    if byte >= 0x61 && byte <= 0x7A { return false }
                    if isUpperASCII(byte) { letters += 1 }
                    index += 1
                    continue
                }
                guard let scalar = scalar(rest, at: index, end: rest.count) else { return false }
                if scalar.properties.isLowercase || (scalar.properties.isAlphabetic && !scalar.properties.isUppercase) { return false }
                if scalar.properties.isUppercase { letters += 1 }
                index += String(scalar).utf8.count
            }
            return letters >= 6
        }
        return false
    }

    /// Where a credit after its caption's sentence may start: right after a sentence's end (`.`,
    /// `!` or `?`) and a space, in the last 60 characters (the credit is short), with four bytes
    /// or more after it.
    private static func creditStarts(_ raw: UnsafeBufferPointer<UInt8>) -> some Sequence<Int> {
        (max(2, startOfLast(60, charactersOf: raw))..<max(2, raw.count - 4)).lazy.filter { start in
            let mark = raw[start - 2]
            return raw[start - 1] == 0x20 && (mark == UInt8(ascii: ".") || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?"))
        }
    }

    /// The index in `bytes` (UTF-8) where its last `characters` scalars begin: a credit's window
    /// counted in letters, so that it is as wide in Cyrillic, Greek or Georgian as in English.
    static func startOfLast(_ characters: Int, charactersOf bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = bytes.count
        var seen = 0
        while index > 0 && seen < characters {
            index -= 1
            // A continuation byte (`10xxxxxx`) is no scalar's start.
            if bytes[index] & 0xC0 != 0x80 { seen += 1 }
        }
        return index
    }

    /// Punctuation a credit's source does not hold: a sentence's or a list's.
    static let creditStops: [UInt8] = [".", ",", ";", ":", "!", "?", "\""].map { UInt8(ascii: $0) }
}
