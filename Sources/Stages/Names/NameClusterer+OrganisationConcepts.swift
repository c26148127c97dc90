extension NameClusterer {
    /// The language-neutral reading of an organisation's full name (organisation-concepts.txt):
    /// its concepts, sorted (word order differs between languages: `Federal Security Service`,
    /// `Федеральная служба безопасности`), and its country (the tail's, or the one a national
    /// language's word implies). Nil when a word is not general vocabulary, when the name has fewer
    /// than two concepts (`Central`, `State Duma`'s bare `Duma` are too little to say which body), or
    /// when its words imply two countries. The parts of a hyphenated word count as words
    /// (`Социал-демократическая`), and so do the stump and the rest of a compound (`Минобороны`:
    /// ministry, defence; `Госдума`: state, duma).
    func conceptKey(of form: OrganisationForm) -> String? {
        guard !rules.organisationConcepts.isEmpty else { return nil }
        var concepts: Set<String> = []
        var country = form.anyCountry
        func add(_ known: NameRules.OrganisationConcept) -> Bool {
            if known.concept == "-" { return true }
            concepts.insert(known.concept)
            guard let implied = known.country else { return true }
            if country != nil && country != implied { return false }
            country = implied
            return true
        }
        for word in form.core {
            for part in word.lowercased().split(separator: "-") {
                if let known = rules.organisationConcepts[String(part)] {
                    guard add(known) else { return nil }
                    continue
                }
                guard let stump = rules.organisationConceptPrefixes.first(where: { part.hasPrefix($0.prefix) && part.count > $0.prefix.count }),
                    let rest = rules.organisationConcepts[String(part.dropFirst(stump.prefix.count))], add(stump.concept), add(rest)
                else { return nil }
            }
        }
        guard concepts.count >= 2 else { return nil }
        return concepts.sorted().joined(separator: " ") + "\u{1}" + (country ?? "")
    }

    /// Whether a one-word spelling starts with a compound's stump (`Госдума`), so it may read as
    /// concepts though it has too few capitals to be an acronym.
    func startsWithConceptStump(_ surface: String) -> Bool {
        rules.organisationConceptPrefixes.contains { surface.hasPrefix($0.capitalised) }
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
