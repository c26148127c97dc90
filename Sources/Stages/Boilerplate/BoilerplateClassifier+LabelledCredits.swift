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
        // The credit is short: look for its label in the last 60 bytes.
        for start in max(2, count - 60)..<max(2, count - 4) {
            let mark = raw[start - 2]
            guard raw[start - 1] == 0x20, mark == UInt8(ascii: ".") || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?"),
                  opensWithCapital(raw, at: start, end: count) else { continue }
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

    /// Punctuation a credit's source does not hold: a sentence's or a list's.
    private static let creditStops: [UInt8] = [".", ",", ";", ":", "!", "?", "\""].map { UInt8(ascii: $0) }
}
