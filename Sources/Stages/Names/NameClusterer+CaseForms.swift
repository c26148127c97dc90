extension NameClusterer {
    /// Joins a one-word name written in Cyrillic in an oblique case (`Бишкеке`, `Оша`, `Одесі`,
    /// `Газпрома`) to the one-word name it inflects (case-endings.txt), when that name's cluster is
    /// a place's or an organisation's (or of no kind, and not ending like a surname: `Крым`, `Крыму`)
/// and the case form was never read as a person. Russian and
    /// Ukrainian articles inflect every place they name, so the nominative is a minority of the
    /// mentions of a city in them; a surname written alone (Иванов, Иванова: a husband and wife) is
    /// a person's and never joins this way.
    ///
    /// Run after the place and organisation joins, so that a bare name counts with its city
    /// (`Бишкек` with `город Бишкек`) or company (`Газпром` with `ПАО «Газпром»`).
    func joinCaseForms(_ entityKeys: [String], table: NameVariantTable, index: [String: Int], sets: inout DisjointSets) {
        var pairs: [(form: Int, base: Int)] = []
        for (position, key) in entityKeys.enumerated() where key.hasPrefix("n\t") {
            let word = key.utf8.dropFirst(2)
            guard word.count >= 3, !word.contains(UInt8(ascii: " ")), !word.contains(UInt8(ascii: "#")) else { continue }
            let entity = table.entities[key]!
            guard entity.kinds[NameKind.person.rawValue] == nil, entity.surfaces.spellings.allSatisfy({ !NameText.isLatin($0) }) else { continue }
            let wordText = String(key.dropFirst(2))
            var bases: [Int: Int] = [:]
            for (stem, endings) in rules.caseEndings {
                for ending in endings where wordText.utf8.count > ending.utf8.count + 1 && wordText.hasSuffix(ending) {
                    let base = String(wordText.utf8.dropLast(ending.utf8.count))! + stem
                    // After a consonant only: a final vowel is the name's own (Москва is not Москв + а).
                    if stem.isEmpty, let last = base.utf8.last, "aeiouy".utf8.contains(last) { continue }
                    if let other = index["n\t" + base], other != position { bases[sets.find(other)] = other }
                }
            }
            if bases.count == 1, let base = bases.values.first { pairs.append((position, base)) }
        }
        guard !pairs.isEmpty else { return }
        // The kinds of each cluster as the joins before this one left it.
        let rootOf = pairs.map { sets.find($0.base) }
        let roots = Set(rootOf)
        var kindsOfRoot: [Int: [String: Int]] = [:]
        for (i, key) in entityKeys.enumerated() {
            let root = sets.find(i)
            if roots.contains(root) { kindsOfRoot[root, default: [:]].merge(table.entities[key]!.kinds) { $0 + $1 } }
        }
        for (pair, root) in zip(pairs, rootOf) {
            let kind = Self.kind(kindsOfRoot[root] ?? [:])
            // A name of no kind yet (Крым, Ош written alone) joins too, unless it ends like a surname.
            if kind == .place || kind == .organisation || (kind == .other && isOtherName(entityKeys[pair.base])) {
                sets.union(pair.form, pair.base)
            }
        }
    }
}
