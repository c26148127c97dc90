extension NameClusterer {
    /// Joins a name of several words with one word that a one-word lexicon line lists as a variant
    /// (`Dynamo Kiev`, `Динамо Киев`, `Dinamo Kiew`) to the name with that word in its canonical form
    /// (`Dynamo Kyiv`), when the batch writes that name: the lexicon's places (Kiev and Kyiv, Lugansk
    /// and Luhansk, Toshkent and Tashkent) are one place inside a club's, a firm's or a university's
    /// name too, where the lexicon itself, which matches whole names, never looks. A place in -ov
    /// makes such a name read as a person's (`Metallist Kharkov`: Kharkov its surname); its
    /// canonical form (`Metalist Kharkiv`) is read as no person, so the name is looked for in both
    /// orders of its words.
    ///
    /// Lazy: word keys are made (from the key maker's cache, mostly) only for a spelling of two to
    /// four words, and a word that is no lexicon variant costs one dictionary look-up.
    func joinLexiconWords(_ entityKeys: [String], table: NameVariantTable, index: [String: Int], sets: inout DisjointSets) {
        let words = ruleKeys.lexiconWords
        guard !words.isEmpty else { return }
        for (position, key) in entityKeys.enumerated() {
            if key.hasPrefix("p\t") {
                // A place in -ov read as a surname (`Metallist Kharkov`, `Kharkov Tractor Plant`, the place
                // first): the name with the canonical place, in the order it was written.
                let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
                guard parts.count == 3, let canonical = words[String(parts[1])], !parts[2].contains("|"), !parts[2].hasSuffix(".") else { continue }
                for other in [parts[2] + " " + canonical, canonical + " " + parts[2]].compactMap({ index[NameVariantTable.entityKey(String($0))] }) {
                    sets.union(position, other)
                }
                continue
            }
            guard key.hasPrefix("n\t") else { continue }
            for spelling in table.entities[key]!.surfaces.spellings {
                let spaces = Self.spaceCount(spelling)
                guard (1...3).contains(spaces) else { continue }
                var wordKeys = spelling.split(separator: " ").map { keys.key(of: $0) }
                guard let at = wordKeys.firstIndex(where: { words[$0] != nil }) else { continue }
                wordKeys[at] = words[wordKeys[at]]!
                if let other = index[NameVariantTable.entityKey(wordKeys.joined(separator: " "))], other != position {
                    sets.union(position, other)
                }
            }
        }
    }

    /// The spaces in `spelling`, one less than its words: counted on the bytes, to pass over a
    /// spelling of the wrong length before it is split and keyed.
    static func spaceCount(_ spelling: String) -> Int {
        spelling.utf8.lazy.filter { $0 == UInt8(ascii: " ") }.count
    }
}
