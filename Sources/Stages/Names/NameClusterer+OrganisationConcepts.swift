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
        conceptReading(of: form).map { Self.conceptsKey($0.concepts, country: $0.country) }
    }

    /// The concepts and country of ``conceptKey(of:)``, before they are made one key.
    func conceptReading(of form: OrganisationForm) -> (concepts: Set<String>, country: String?)? {
        guard !rules.organisationConcepts.isEmpty else { return nil }
        var concepts: Set<String> = []
        var country = form.anyCountry
        func add(_ known: NameRules.OrganisationConcept) -> Bool { Self.readConcept(known, into: &concepts, country: &country) }
        for word in form.core {
            for part in word.lowercased().split(separator: "-") {
                if let known = concept(ofWord: part) {
                    guard add(known) else { return nil }
                    continue
                }
                guard let stump = rules.organisationConceptPrefixes.first(where: { part.hasPrefix($0.prefix) && part.count > $0.prefix.count }),
                    let rest = rules.organisationConcepts[String(part.dropFirst(stump.prefix.count))], add(stump.concept), add(rest)
                else { return nil }
            }
        }
        guard concepts.count >= 2 else { return nil }
        return (concepts, country)
    }

    /// The concept of one lower-case word of an organisation's name: as organisation-concepts.txt
    /// writes it, or else by its key (``NameRuleKeys/conceptsByKey``), so that a transliteration
    /// reads as the word it spells (`Ministerstvo finansov`, `Qarjy ministrligi`, `Bonki millii`).
    func concept(ofWord word: Substring) -> NameRules.OrganisationConcept? {
        if let known = rules.organisationConcepts[String(word)] { return known }
        // Only a word in Latin letters: the file writes the Cyrillic forms it knows.
        guard word.utf8.first.map({ $0 < 0x80 }) == true else { return nil }
        return ruleKeys.conceptsByKey[keys.key(of: word)]
    }

    /// The keys of the acronyms a full name's concepts make in the region's languages
    /// (``NameRules/organisationAcronymLanguages``), whatever the language the name is written in:
    /// `State Committee for National Security` is ГКНБ in Russian (and GKNB, its transliteration).
    /// Word order differs between languages and the concepts are a set, so a key is the initials'
    /// letter keys sorted (``sortedLettersKey(_:country:)``), with the country. A national
    /// language's acronym is its country's body's only (ҰҚК is Kazakhstan's `National Security
    /// Committee`; Ukrainian КДБ is no reading of the Soviet `Committee for State Security`): its
    /// readings are made only for a name of that country, and a bare acronym meets them. A bare
    /// acronym of English or Russian initials is any country's body: it meets only names that
    /// name no country. Empty for a name of fewer concepts than an acronym has letters, or more.
    func conceptAcronymKeys(_ concepts: Set<String>, country: String?) -> [String] {
        guard NameText.acronymLengths.contains(concepts.count) else { return [] }
        var found: Set<String> = []
        for language in NameRules.organisationAcronymLanguages.sorted() {
            let implied = NameRules.organisationConceptLanguages[language] ?? ""
            guard implied.isEmpty || implied == country else { continue }
            // Each concept's initials in this language, as letter keys; a concept that has no word
            // in it leaves the language out.
            var choices: [[String]] = [[]]
            for concept in concepts {
                guard let letters = ruleKeys.conceptInitials[concept]?[language] else {
                    choices = []
                    break
                }
                choices = choices.flatMap { chosen in letters.map { chosen + [$0] } }
                // A concept of many spellings in one language (Uzbek in two scripts) multiplies the
                // readings: past a few, the language says too little.
                if choices.count > 8 { choices = [] }
            }
            for chosen in choices {
                found.insert(Self.sortedLettersKey(chosen, country: country))
                // A national language's acronym names its country as a tail does: written bare, it
                // is that country's body.
                if !implied.isEmpty { found.insert(Self.sortedLettersKey(chosen, country: nil)) }
            }
        }
        return found.sorted()
    }

    /// The key of ``conceptAcronymKeys(_:country:)``: letter keys sorted, and a country; an
    /// acronym written in capitals (`ГКНБ`, `GKNB`) is keyed so from its letters.
    static func sortedLettersKey(_ letters: [String], country: String?) -> String {
        "c\u{1}" + letters.sorted().joined(separator: ".") + "\u{1}" + (country ?? "")
    }

    /// Adds the concept of a word of organisation-concepts.txt to `concepts` (none for `-`) and the
    /// country it implies to `country`: false when that country is not the one already read.
    static func readConcept(_ known: NameRules.OrganisationConcept, into concepts: inout Set<String>, country: inout String?) -> Bool {
        if known.concept == "-" { return true }
        concepts.insert(known.concept)
        guard let implied = known.country else { return true }
        if country != nil && country != implied { return false }
        country = implied
        return true
    }

    /// Concepts, sorted (word order differs between languages), and a country as one key.
    static func conceptsKey(_ concepts: Set<String>, country: String?) -> String {
        concepts.sorted().joined(separator: " ") + "\u{1}" + (country ?? "")
    }

    /// Whether a one-word spelling starts with a compound's stump (`Госдума`), so it may read as
    /// concepts though it has too few capitals to be an acronym.
    func startsWithConceptStump(_ surface: String) -> Bool {
        rules.organisationConceptPrefixes.contains { surface.hasPrefix($0.capitalised) }
    }

    /// Joins the organisations whose full names read as the same concepts in the same country
    /// (`Ministry of Foreign Affairs`, `Министерство иностранных дел`; `Supreme Court of Ukraine`,
    /// `Верховний суд України`), each key's entities into one; and so the names of one proper name
    /// with the same vocabulary around it (``conceptReadingKey(of:)``).
    static func joinConcepts(_ concepts: [String: [Int]], sets: inout DisjointSets) {
        for (_, positions) in concepts.sorted(by: { $0.key < $1.key }) where positions.count > 1 {
            for position in positions.dropFirst() { sets.union(positions[0], position) }
        }
    }
}

extension NameClusterer {
    /// The key of an organisation's name read as general vocabulary around a proper name
    /// (`Democratic Party Ak Zhol`, `Демократическая партия «Ак Жол»`: {democratic, party} and `Ak
    /// Zhol`): the proper name's key, then its concepts and country as ``conceptKey(of:)`` writes
    /// them, so that its translations meet by what they say, whatever the language and word order of
    /// the vocabulary (`Ata-Sarybel Socialist Party`, `Социалистическая партия «Ата-Сарыбел»`).
    /// Nil for a name of only one of the two (a bare name, or a full name of general vocabulary,
    /// which ``conceptKey(of:)`` reads), or whose words imply two countries.
    ///
    /// The country is part of the key, or none (`Georgian Sarybel Bank` is not `Sarybel Bank`: a
    /// nationality is as often a name's word). The bare proper name has no such key and joins none
    /// of them: it is as often a sister body's (`Memorial` beside `Memorial Human Rights Centre`), a
    /// place's (`Kyiv University`) or another country's party of one name (`People's Party Ak
    /// Sarybel`). The proper name's entity key starts `n\t`, so these keys never meet
    /// ``conceptKey(of:)``'s, whose names of general vocabulary join the same way
    /// (``joinConcepts(_:sets:)``).
    func conceptReadingKey(of form: OrganisationForm) -> String? {
        guard form.core.count > 1, !rules.organisationConcepts.isEmpty else { return nil }
        var concepts: Set<String> = []
        var country = form.anyCountry
        var proper: [Substring] = []
        var readByKey = false
        for (position, word) in form.core.enumerated() {
            let lower = word.lowercased()
            let parts = lower.split(separator: "-").map { concept(ofWord: $0) }
            guard parts.allSatisfy({ $0 != nil }) else {
                proper.append(word)
                continue
            }
            if rules.organisationConcepts[lower] == nil { readByKey = true }
            for case var known? in parts {
                if position == 0, known.country == Self.turkicPossessiveCountry, isIzafetHead(word, before: form.core) {
                    known.country = Self.izafetCountry
                }
                guard Self.readConcept(known, into: &concepts, country: &country) else { return nil }
            }
        }
        guard !concepts.isEmpty, !proper.isEmpty else { return nil }
        // A transliteration read by its key alone beside a proper name may be the name's own word
        // (`Azattyq Radiosy` is the outlet's name, whatever its languages): it takes a second concept.
        if readByKey && concepts.count < 2 { return nil }
        // A place's name in the vocabulary is often its Russian or Ukrainian adjective (`Тбилисский
        // государственный университет`, `Tbilisi State University`; `Ошский`, `Osh`): each proper
        // word is keyed by its place stem (``NameKeyMaker/placeStem(_:)``, cached per key), which
        // reads the adjective as its noun.
        return NameVariantTable.entityKey(proper.map { keys.placeStem(keys.key(of: $0)) }.joined(separator: " ")) + "\u{2}"
            + Self.conceptsKey(concepts, country: country)
    }
}

extension NameClusterer {
    /// The country whose language writes a head noun with the possessive -i last, after its modifier
    /// (Uzbek `Oliy Majlisi`, `Milliy banki`, `Erk demokratik partiyasi`): organisation-concepts.txt
    /// lists these forms under Uzbek.
    static let turkicPossessiveCountry = "uz"

    /// The country whose language writes the same -i first, as the izafet that joins a head noun to
    /// the modifier after it (Tajik, as Persian: `Majlisi Oli`, `Hizbi Nahzat`, `Bonki Eskhata`).
    static let izafetCountry = "tj"

    /// Whether `word`, a name's first word, is a head noun ending in -i before a word that is no
    /// concept (`Majlisi` in `Majlisi Oli`): in the Turkic languages such a form ends the name, so
    /// first it is the Tajik izafet, and the name is Tajikistan's body, not the Uzbek one of the same
    /// words in the other order (`Oli Majlis`). Two countries' bodies of one meaning are two entities.
    func isIzafetHead(_ word: Substring, before core: [Substring]) -> Bool {
        guard core.count > 1, Self.endsInPossessiveI(word) else { return false }
        return core[1].lowercased().split(separator: "-").contains { concept(ofWord: $0) == nil }
    }

    /// Whether `word` ends in the -i (Latin or Cyrillic, either case) that is the Tajik izafet first
    /// and the Uzbek possessive last: the one reading of a head noun's ending that
    /// ``isIzafetHead(_:before:)`` and ``isPossessiveHead(_:)`` share.
    static func endsInPossessiveI(_ word: Substring) -> Bool {
        guard let last = word.last else { return false }
        return last == "i" || last == "и" || last == "I" || last == "И"
    }
}
