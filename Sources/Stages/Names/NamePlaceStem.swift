/// The stem a described place is keyed by, so that a Russian or Ukrainian adjective before a
/// descriptor meets the noun it is made of: `Ферганская долина` and `Fergana Valley`, `Медеуский
/// район` and `Medeu District`, `Аральское море` and `Aral Sea`, `Акмолинская область` and `Akmola
/// Region`. It works on a key (``NameKeyMaker``), whose last word it shortens:
///
/// 0. A t and the adjective's s, which a key reads as ц (`Z`), are read as t and s.
/// 1. A masculine or neuter adjective ending after -sk (-ский -ський -skiy -skyi -sky: `ski`;
///    -ское: `skoe`) is read as the feminine one, and the feminine's final a is left out.
///    A German adjective's -er is left out too (Wolgograder Gebiet).
/// 2. A final -sk is left out (the adjective's suffix, or a noun's own: Kursk, Курская), or else
///    a final s (Talas, Таласская: the doubled s of the adjective is one s in a key).
/// 3. An -in- the adjective puts after a noun's stem is left out (Akmola, Акмолинская; Almaty,
///    Алматинская), so a noun ending in -in loses it as well (Chelyabinsk, Челябинская).
/// 4. A final a or i is left out: the noun's own vowel, which the adjective replaces (Fergana,
///    Ферганская; Kostanay, Костанайская).
///
/// Both the noun and the adjective go through the same steps, so they meet wherever the rules of
/// that word formation hold; a place's sub-kind stays in its key, so the shorter stems can only
/// meet places of one sub-kind.
enum NamePlaceStem {
    /// Masculine and neuter adjective endings after -sk, longest first.
    static let adjectiveEndings: [Substring] = ["skogo", "skoe", "skii", "ski", "sko"]
    /// The adjective endings after a t, whose t and s the key reads as one letter, `Z`, and a
    /// noun's own -tsk (Donetsk, `doneZk`; Донецкая, `doneZka`), longest first.
    static let tsEndings: [Substring] = ["Zkogo", "Zkoe", "Zkii", "Zka", "Zki", "Zko", "Zk"]

    static func stem(_ key: String) -> Substring {
        var stem = Substring(key)
        // A noun ending in -t and the adjective's -sk read as ts, the key's letter for ц
        // (Ташкентская: `taSkenZka`): the t is the noun's, the sk the adjective's.
        for ending in tsEndings where stem.count > ending.count + 2 && stem.hasSuffix(ending) {
            stem = stem.dropLast(ending.count) + "tsk" + ending.dropFirst(2)
            break
        }
        for ending in adjectiveEndings where stem.count > ending.count + 1 && stem.hasSuffix(ending) {
            stem = stem.dropLast(ending.count - 2)
            break
        }
        // The German adjective's -er (Wolgograder Gebiet, Volgograd Oblast).
        if stem.count > 6 && stem.hasSuffix("er") { stem = stem.dropLast(2) }
        if stem.count > 3 && stem.hasSuffix("ska") { stem = stem.dropLast() }
        if stem.count > 2 && stem.hasSuffix("sk") {
            stem = stem.dropLast(2)
        } else if stem.count > 1 && stem.last == "s" {
            stem = stem.dropLast()
        }
        if stem.count > 5 && stem.hasSuffix("in") { stem = stem.dropLast(2) }
        if stem.count > 3, let last = stem.last, last == "a" || last == "i" { stem = stem.dropLast() }
        return stem
    }
}
