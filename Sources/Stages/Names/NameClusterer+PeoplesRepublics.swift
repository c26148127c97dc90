extension NameClusterer {
    /// The consonants of a people's name in a land named in -ia on it (`n\tCuvaSia`, Chuvashia;
    /// `n\tCeCnia`, Chechnya; `n\tudmurtia`), which the adjective of its republic's name keys to
    /// (Chuvash Republic, Чувашская Республика; Chechen Republic; Udmurt Republic): its vowels are
    /// left out, as the land's name drops or changes one (Chechen, Chechnya). Nil for another name,
    /// or one of fewer than three consonants before -ia, which too many names share.
    static func peopleSkeleton(ofLand base: Substring) -> String? {
        let name = base.dropFirst(2)
        guard name.hasSuffix("ia"), name.count >= 5 else { return nil }
        let skeleton = consonants(name.dropLast(2))
        return skeleton.count >= 3 ? skeleton : nil
    }

    /// The consonants a republic keyed by its people's adjective (`n\tCeCen`, `n\tkabardino-balkarian`)
    /// is found by from its land in -ia: the adjective's, and without an English -an (Kabardino-Balkarian,
    /// Karelian, as Kabardino-Balkaria, Karelia). None for a republic named with its land's name in -ia
    /// itself (Republic of Abkhazia, keyed `n\tabhazi#republic` without the land's final a): a region and
    /// the self-proclaimed republic of its name are two entities, and no spelling tells them apart (see
    /// ``republicBases(of:)``).
    static func peopleSkeletons(ofRepublic base: Substring) -> [String] {
        let name = base.dropFirst(2)
        guard !name.hasSuffix("i"), !name.hasSuffix("ia"), !name.contains(" ") else { return [] }
        var skeletons = [consonants(name)]
        if name.hasSuffix("ian") { skeletons.append(consonants(name.dropLast(2))) }
        return skeletons.filter { $0.count >= 3 }
    }

    /// The letters of a key's name but its vowels, spaces and hyphens: a place's loose base name
    /// (``joinBarePlaces(_:sets:)``) and a people's name in its land's and its republic's.
    static func consonants(_ name: Substring) -> String { String(name.filter { !"aeiouy -".contains($0) }) }
}
