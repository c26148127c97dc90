extension NameClusterer {
    /// The language-neutral reading of an organisation's full name (organisation-concepts.txt):
    /// its concepts, sorted (word order differs between languages: `Federal Security Service`,
    /// `Федеральная служба безопасности`), and its country (the tail's, or the one a national
    /// language's word implies). Nil when a word is not general vocabulary, when the name has fewer
    /// than two concepts (`Central`, `State Duma`'s bare `Duma` are too little to say which body), or
    /// when its words imply two countries.
    func conceptKey(of form: OrganisationForm) -> String? {
        guard form.core.count >= 2, !rules.organisationConcepts.isEmpty else { return nil }
        var concepts: Set<String> = []
        var country = form.anyCountry
        for word in form.core {
            guard let known = rules.organisationConcepts[word.lowercased()] else { return nil }
            if known.concept == "-" { continue }
            concepts.insert(known.concept)
            if let implied = known.country {
                if country != nil && country != implied { return nil }
                country = implied
            }
        }
        guard concepts.count >= 2 else { return nil }
        return concepts.sorted().joined(separator: " ") + "\u{1}" + (country ?? "")
    }

    /// Joins the organisations whose full names read as the same concepts in the same country
    /// (`Ministry of Foreign Affairs`, `Министерство иностранных дел`; `Supreme Court of Ukraine`,
    /// `Верховний суд України`), each key's entities into one.
    static func joinConcepts(_ concepts: [String: [Int]], sets: inout DisjointSets) {
        for (_, positions) in concepts.sorted(by: { $0.key < $1.key }) where positions.count > 1 {
            for position in positions.dropFirst() { sets.union(positions[0], position) }
        }
    }
}
