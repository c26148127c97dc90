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
    static func endsWithLabelledCredit(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = raw.count
        for start in creditStarts(raw) {
            guard opensWithCapital(raw, at: start, end: count) else { continue }
            var end = start
            while end < count && end - start <= 12 && (isAlnum(raw[end] | 0x20) || raw[end] >= 0x80) { end += 1 }
            guard end + 2 < count, end - start >= 2, raw[end + 1] == 0x20,
                  raw[end] == UInt8(ascii: ":") || (raw[end] == UInt8(ascii: ".") && end - start <= 5),
                  opensWithCapital(raw, at: end + 2, end: count) else { continue }
            let rest = raw[(end + 2)...]
            guard !rest.contains(where: { Self.creditStops.contains($0) }) else { continue }
            guard (1...6).contains(rest.split(separator: 0x20).count),
                  raw[..<start].count(where: { $0 == 0x20 }) >= 3 else { continue }
            return true
        }
        return false
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
    private static let creditStops: [UInt8] = [".", ",", ";", ":", "!", "?", "\""].map { UInt8(ascii: $0) }
}
