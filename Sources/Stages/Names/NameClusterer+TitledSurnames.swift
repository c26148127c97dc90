extension NameClusterer {
    /// Joins a surname the detector read as a person's with no full name in its article
    /// (`President Tokayev`, `Gen. Zaluzhnyi`, `Mr Tashiev`: key `s\tSURNAME`, made only when a title
    /// or the article says it is a person) to the one person of the batch written in full under that
    /// surname key.
    ///
    /// This widens the guard (a surname alone joins a person only through its own
    /// article's full mention) for the case it cannot hurt: when the whole batch knows one person of
    /// that surname, after every other join of given names (Kassym-Jomart, Qasym-Jomart and K.
    /// Tokayev count once). Two people of the surname in the batch (the president Sadyr Japarov and
    /// Akylbek Japarov; the brothers Sooronbay and Asylbek Jeenbekov), or an article that wrote two
    /// given names under it, join nothing, whatever the title: a title says which office, not which
    /// namesake, across articles. Spouses and relatives of other endings have other surname keys
    /// (Nazarbayev, Nazarbayeva) and never meet here. What it cannot guard: a batch that writes in
    /// full only the namesake the title does not mean (the president's brother named in full, the
    /// president only as "President Jeenbekov"); news batches name the office holder in full far
    /// more often than a relative, so that case is left to the lexicon.
    ///
    /// `otherNames` (``otherNamesAsPeople(_:table:surnames:)``) adds the two-word names read as no
    /// person under the surname (`Valerii Zaluzhnyi` for `Gen. Zaluzhnyi`): one of them, or one
    /// beside the people, is a second person of the surname too.
    func joinTitledSurnames(
        _ entityKeys: [String], people: [String: [String: Int]], otherNames: [String: [String: Int]], namesakes: Set<String>,
        sets: inout DisjointSets
    ) {
        var ambiguous: Set<Substring> = []
        for pair in namesakes {
            if let tab = pair.firstIndex(of: "\t") { ambiguous.insert(pair[..<tab]) }
        }
        for (position, key) in entityKeys.enumerated() where key.hasPrefix("s\t") {
            let surname = String(key.dropFirst(2))
            guard !ambiguous.contains(surname[...]) else { continue }
            let given = Array((people[surname] ?? [:]).values) + Array((otherNames[surname] ?? [:]).values)
            let roots = Set(given.map { sets.find($0) })
            if roots.count == 1, let root = roots.first { sets.union(position, root) }
        }
    }
}
