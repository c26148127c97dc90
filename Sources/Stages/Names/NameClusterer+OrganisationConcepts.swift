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

extension NameClusterer {
    /// An organisation's name read as general vocabulary around a proper name (`Democratic Party Ak
    /// Zhol`, `Демократическая партия «Ак Жол»`: {democratic, party} and `Ak Zhol`), so its
    /// translations meet by what they say, whatever the language and word order of the vocabulary.
    struct ConceptReading {
        /// The entity of the spelling.
        var position: Int
        /// The concepts of organisation-concepts.txt the name's words read as.
        var concepts: Set<String>
        /// The country of the tail, the nationality or a national language's word, if any.
        var country: String?
    }

    /// The proper name's key and the reading of an organisation's name that has both words of
    /// organisation-concepts.txt and words outside it; nil for a name of only one of the two (a
    /// bare name, or a full name of general vocabulary, which ``conceptKey(of:)`` reads).
    func conceptReading(of form: OrganisationForm, position: Int) -> (proper: String, reading: ConceptReading)? {
        guard form.core.count > 1, !rules.organisationConcepts.isEmpty else { return nil }
        var concepts: Set<String> = []
        var country = form.anyCountry
        var proper: [Substring] = []
        for word in form.core {
            let parts = word.lowercased().split(separator: "-").map { rules.organisationConcepts[String($0)] }
            guard parts.allSatisfy({ $0 != nil }) else {
                proper.append(word)
                continue
            }
            for case let known? in parts where known.concept != "-" {
                concepts.insert(known.concept)
                guard let implied = known.country else { continue }
                if country != nil && country != implied { return nil }
                country = implied
            }
        }
        guard !concepts.isEmpty, !proper.isEmpty else { return nil }
        let key = NameVariantTable.entityKey(proper.map { keys.key(of: $0) }.joined(separator: " "))
        return (key, ConceptReading(position: position, concepts: concepts, country: country))
    }

    /// Joins the names of one proper name whose vocabulary reads the same concepts (`Ata-Sarybel
    /// Socialist Party`, `Социалистическая партия «Ата-Сарыбел»`) and the same country, or none
    /// (`Georgian Sarybel Bank` is not `Sarybel Bank`: a nationality is as often a name's word). The bare proper name joins none of them:
    /// it is as often a sister body's (`Memorial` beside `Memorial Human Rights Centre`), a place's
    /// (`Kyiv University`) or another country's party of one name (`People's Party Ak Sarybel`).
    static func joinConceptReadings(_ readings: [String: [ConceptReading]], sets: inout DisjointSets) {
        for (_, group) in readings.sorted(by: { $0.key < $1.key }) {
            var same: [String: Int] = [:]
            for reading in group {
                let key = reading.concepts.sorted().joined(separator: " ") + "\u{1}" + (reading.country ?? "")
                if let first = same[key] { sets.union(first, reading.position) } else { same[key] = reading.position }
            }
        }
    }
}
