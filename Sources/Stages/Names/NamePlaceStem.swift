/// The stem a described place is keyed by, so that a Russian or Ukrainian adjective before a
/// descriptor meets the noun it is made of: `Ферганская долина` and `Fergana Valley`, `Медеуский
/// район` and `Medeu District`, `Аральское море` and `Aral Sea`, `Акмолинская область` and `Akmola
/// Region`. It works on a key (``NameKeyMaker``), whose last word it shortens:
///
/// 0. A t and the adjective's s, which a key reads as ц (`Z`), are read as t and s.
/// 1. A masculine or neuter adjective ending after -sk (-ский -ський -skiy -skyi -sky: `ski`;
///    -ское: `skoe`; the Ukrainian neuter -ське: `ske`, Каховське водосховище), or the feminine's oblique one (-ской -ської: `skoi`, the genitive of
///    Ошской области, Київської області), is read as the feminine one, and the feminine's final a
///    is left out.
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
    static let adjectiveEndings: [[Unicode.Scalar]] = ["skogo", "skoe", "skoi", "skii", "ske", "ski", "sko"].map { Array($0.unicodeScalars) }
    /// The adjective endings after a t, whose t and s the key reads as one letter, `Z`, and a
    /// noun's own -tsk (Donetsk, `doneZk`; Донецкая, `doneZka`), longest first.
    static let tsEndings: [[Unicode.Scalar]] = ["Zkogo", "Zkoe", "Zkoi", "Zkii", "Zka", "Zki", "Zko", "Zk"].map { Array($0.unicodeScalars) }

    /// The stem of `key`. It works on the key's scalars: a key is Latin letters without combining
    /// marks, and a `Substring`'s character counts and suffix tests cost a grapheme walk each, which
    /// made this the most expensive step of a described place.
    static func stem(_ key: String) -> String {
        var stem = Array(key.unicodeScalars)
        // Any scalars: the endings spelt out below are read in place, not copied into an array per call.
        func hasSuffix<Ending: Collection<Unicode.Scalar>>(_ ending: Ending) -> Bool {
            let count = ending.count
            return stem.count >= count && stem.suffix(count).elementsEqual(ending)
        }
        // A noun ending in -t and the adjective's -sk read as ts, the key's letter for ц
        // (Ташкентская: `taSkenZka`): the t is the noun's, the sk the adjective's.
        for ending in tsEndings where stem.count > ending.count + 2 && hasSuffix(ending) {
            stem.removeLast(ending.count)
            stem.append(contentsOf: "tsk".unicodeScalars)
            stem.append(contentsOf: ending.dropFirst(2))
            break
        }
        for ending in adjectiveEndings where stem.count > ending.count + 1 && hasSuffix(ending) {
            stem.removeLast(ending.count - 2)
            break
        }
        // The German adjective's -er (Wolgograder Gebiet, Volgograd Oblast).
        if stem.count > 6 && hasSuffix("er".unicodeScalars) { stem.removeLast(2) }
        if stem.count > 3 && hasSuffix("ska".unicodeScalars) { stem.removeLast() }
        if stem.count > 2 && hasSuffix("sk".unicodeScalars) {
            stem.removeLast(2)
        } else if stem.count > 1 && stem.last == "s" {
            stem.removeLast()
        }
        if stem.count > 5 && hasSuffix("in".unicodeScalars) { stem.removeLast(2) }
        if stem.count > 3, let last = stem.last, last == "a" || last == "i" { stem.removeLast() }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: stem)
        return String(result)
    }
}
