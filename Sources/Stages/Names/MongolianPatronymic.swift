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

    /// The bare patronymic of `word`, a genitive one, or nil.
    static func stem(_ word: String) -> Substring? {
        let lower = word.lowercased()
        guard lower.count == word.count else { return nil }
        for (ending, after) in endings where lower.hasSuffix(ending) {
            let stem = word.dropLast(ending.count)
            guard stem.count >= 5, let last = stem.last?.lowercased().first else { return nil }
            if after.isEmpty {
                // -yn and -iin follow a consonant; after a vowel the ending is -giin or -n.
                guard !"aeiouyаэиоуыөүeo".contains(last) else { return nil }
            } else if !after.contains(last) {
                continue
            }
            return stem
        }
        return nil
    }
}
