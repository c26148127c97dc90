/// A Mongolian patronymic in the genitive, which the press writes before the given name
/// (`Tsakhiagiin Elbegdorj`, `Цахиагийн Элбэгдорж`, `Nambaryn Enkhbayar`) as often as bare
/// (`Tsakhia Elbegdorj`): the father's name with -iin or -yn, or -giin after a vowel or an n. The
/// key of such a name is the key of the bare patronymic and the given name, so that both forms meet.
///
/// Read only on the first of two words of a name that is no person's by the detector's other rules
/// (a Russian surname in -in first is one, `Kalinin Oleg`), and only on endings no Russian, Ukrainian
/// or Turkic name ends in as a first word: the doubled -ii-, and -yn, -ын. The stem keeps at least
/// five letters.
enum MongolianPatronymic {
    /// Genitive endings, longest first: each `(ending, after)` drops `ending` when the letter before
    /// it is one of `after` (any letter when empty).
    static let endings: [(ending: String, after: String)] = [
        ("giin", "aeiouyn" + "аэиоуыөүн"), ("гийн", "аэиоуыөүн"), ("giyn", "aeiouyn"),
        ("iin", ""), ("ийн", ""), ("iyn", ""), ("yn", ""), ("ын", ""),
    ]

    /// Whether `bytes`, the UTF-8 of a word, ends in -yn, -iin, -ын or -ийн in any case: the only
    /// words ``stem(_:)`` may take a stem off. Settled on bytes because most words that reach it end
    /// in an n and `stem` pays a lower-cased copy of each; a decomposed й is let through to `stem`.
    static func mayBeGenitive(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count >= 2 else { return false }
        let last = bytes[count - 1]
        if last | 0x20 == UInt8(ascii: "n") {
            let before = bytes[count - 2] | 0x20
            if before == UInt8(ascii: "y") { return true }
            return before == UInt8(ascii: "i") && count >= 3 && bytes[count - 3] | 0x20 == UInt8(ascii: "i")
        }
        // н (D0 BD, upper case D0 9D) after ы (D1 8B, Ы D0 AB) or after й (D0 B9, Й D0 99) after и.
        guard count >= 4, bytes[count - 2] == 0xD0, last == 0xBD || last == 0x9D else { return false }
        let lead = bytes[count - 4], trail = bytes[count - 3]
        if (lead == 0xD1 && trail == 0x8B) || (lead == 0xD0 && trail == 0xAB) { return true }
        if lead == 0xCC && trail == 0x86 { return true }
        guard lead == 0xD0, trail == 0xB9 || trail == 0x99, count >= 6 else { return false }
        return bytes[count - 6] == 0xD0 && (bytes[count - 5] == 0xB8 || bytes[count - 5] == 0x98)
    }

    /// The bare patronymic of `word`, a genitive one, or nil.
    static func stem(_ word: String) -> Substring? {
        let lower = word.lowercased()
        guard lower.count == word.count else { return nil }
        for (ending, after) in endings where lower.hasSuffix(ending) {
            let stem = word.dropLast(ending.count)
            guard stem.count >= 5, let last = stem.last?.lowercased().first else { return nil }
            if after.isEmpty {
                // -yn and -iin follow a consonant; after a vowel the ending is -giin or -n.
                guard !"aeiouyаэиоуыөү".contains(last) else { return nil }
            } else if !after.contains(last) {
                continue
            }
            return stem
        }
        return nil
    }
}
