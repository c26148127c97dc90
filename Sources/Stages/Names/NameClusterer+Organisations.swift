import Foundation
import Pipeline

extension NameRules {
    /// Parses country-qualifiers.txt lines, `COUNTRY: form; form`: each form's country, the most
    /// words a form has, and the countries' names without `of` and brackets.
    static func countryQualifiers(_ lines: [String]) throws -> ([String: String], Int, Set<String>) {
        var forms: [String: String] = [:]
        var names: Set<String> = []
        var most = 0
        // The file is lower case already (its header says so): lines are only split, which keeps
        // loading the rules cheap.
        for (country, entries) in try countryLines(lines, kind: "country qualifier", shape: "COUNTRY: form; form") {
            let country = String(country)
            for form in entries.split(separator: ";") {
                let words = form.split(separator: " ")
                guard !words.isEmpty else { continue }
                forms[words.joined(separator: " ")] = country
                most = max(most, words.count)
                var name = words.drop { $0 == "of" || $0 == "the" }.joined(separator: " ")
                if name.hasPrefix("(") && name.hasSuffix(")") { name = String(name.dropFirst().dropLast()) }
                names.insert(name)
            }
        }
        return (forms, most, names)
    }

    /// Parses organisation-adjectives.txt lines, `COUNTRY: word word` (`-` for no country), lower
    /// case already: each word → its country, empty for none.
    static func organisationAdjectives(_ lines: [String]) throws -> [String: String] {
        var adjectives: [String: String] = [:]
        for (country, words) in try countryLines(lines, kind: "organisation adjective", shape: "COUNTRY: word word") {
            let country = country == "-" ? "" : String(country)
            for word in words.split(separator: " ") { adjectives[String(word)] = country }
        }
        return adjectives
    }

    /// The `COUNTRY: …` lines of country-qualifiers.txt, organisation-adjectives.txt and
    /// domain-endings.txt, split at their colon.
    ///
    /// - Throws: ``OptionError`` naming the `kind` of line and its `shape` for a line without a colon.
    static func countryLines(_ lines: [String], kind: String, shape: String) throws -> [(country: Substring, entries: Substring)] {
        try lines.map { line in
            guard let colon = line.firstIndex(of: ":") else { throw OptionError("\(kind) line '\(line)' must be '\(shape)'") }
            return (line[..<colon], line[line.index(after: colon)...])
        }
    }
}

extension NameClusterer {
    /// What an organisation's spelling says once its quotes, legal forms and country are set aside.
    struct OrganisationForm {
        /// The words of the name itself.
        var core: [Substring]
        /// The words with the country's tail (`Служба безпеки України`, whose acronym СБУ has it).
        var whole: [Substring]
        /// The country a tail named (`ФСБ России`: `ru`), if any.
        var country: String?
        /// Whether legal forms were left out.
        var trimmed = false
        /// The country a nationality before the name says (`Russian FSB`: `ru`), if any. It names
        /// the country as surely as a tail, but a nationality is also the first word of many names
        /// (`Ukrainian Pravda` is not `Pravda`): only an acronym's country and a name's concepts
        /// read it.
        var nationality: String?
        /// The word that said the nationality (`Belarusian`), whose initial the name's own acronym
        /// may keep (BSU for Belarusian State University).
        var nationalityWord: Substring?
        /// The country of an acronym or of a name's concepts: the tail's, or else the nationality's.
        var anyCountry: String? { country ?? nationality }
        /// Whether whom the institution is named after was left out (namesake-words.txt). Its
        /// initials then make no acronym: the short name's (КНУ for `Київський національний
        /// університет імені …`) is as often a translation's too, and two full names of one acronym
        /// leave it to neither.
        var namesakeDropped = false
    }

    /// The words of an institution's name without whom it is named after (namesake-words.txt):
    /// `Казахский национальный университет имени аль-Фараби` and `Әл-Фараби атындағы Қазақ ұлттық
    /// университеті` are the university its other names call `Kazakh National University`. Only
    /// when two words or more are left, and the namesake is one at least; else the words as given.
    func withoutNamesake(_ words: [Substring]) -> [Substring] {
        let markers = rules.namesakeMarkers
        // Each word in lower case without an abbreviation's point (`им.`), read once for the marker
        // heads and the markers alike.
        let bare = words.map { ($0.hasSuffix(".") ? $0.dropLast() : $0).lowercased() }
        func matches(_ marker: [String], at start: Int) -> Bool {
            start + marker.count <= bare.count && marker.indices.allSatisfy { bare[start + $0] == marker[$0] }
        }
        for start in 1..<words.count where rules.namesakeMarkerHeads.contains(bare[start]) {
            if start >= 2, let marker = markers.after.first(where: { matches($0, at: start) }), start + marker.count < words.count {
                return Array(words[..<start])
            }
            if let marker = markers.before.first(where: { matches($0, at: start) }), words.count - start - marker.count >= 2 {
                return Array(words[(start + marker.count)...])
            }
        }
        return words
    }

    /// The words of a spelling without quotes and legal forms (`АО «Kaspi Bank»`, `Kumtor JSC`), and
    /// without a tail naming a country (`ФСБ России`, `Naftogaz of Ukraine`, `State Committee for
    /// National Security (Kyrgyzstan)`), with the country it named.
    func organisationForm(_ surface: String) -> OrganisationForm {
        let quotes: Set<Character> = ["«", "»", "\"", "“", "”", "„"]
        var words = surface.split(whereSeparator: \.isWhitespace).map { word in
            Substring(String(word.drop { quotes.contains($0) }.reversed().drop { quotes.contains($0) }.reversed()))
        }.filter { !$0.isEmpty }
        let named = words.count
        if words.count > 3 { words = withoutNamesake(words) }
        let namesakeDropped = words.count < named
        let written = words.count
        // Only in capitals: a name may end in a word spelt like one (Ala Too).
        func isLegalForm(_ word: Substring) -> Bool { NameText.isAllCaps(word) && rules.legalForms.contains(word.lowercased()) }
        while words.count > 1, isLegalForm(words[0]) { words.removeFirst() }
        while words.count > 1, isLegalForm(words[words.count - 1]) { words.removeLast() }
        var nationality: String?
        var nationalityWord: Substring?
        if words.count > 1, let country = rules.organisationAdjectives[words[0].lowercased()], !country.isEmpty {
            nationality = country
            nationalityWord = words.removeFirst()
        }
        guard words.count > 1 else {
            return OrganisationForm(
                core: words, whole: words, country: nil, trimmed: words.count < written, nationality: nationality, nationalityWord: nationalityWord, namesakeDropped: namesakeDropped)
        }
        // The longest tail that is a form of country-qualifiers.txt, and the name before it.
        var tail = ""
        var found: (count: Int, country: String)?
        for count in stride(from: words.count - 1, through: max(1, words.count - rules.countryQualifierWords), by: -1) {
            tail = tail.isEmpty ? words[count].lowercased() : words[count].lowercased() + " " + tail
            if let country = rules.countryQualifiers[tail] { found = (count, country) }
        }
        if let found {
            return OrganisationForm(
                core: Array(words[..<found.count]), whole: words, country: found.country, nationality: nationality, nationalityWord: nationalityWord, namesakeDropped: namesakeDropped)
        }
        if let head = countryHead(of: words) {
            return OrganisationForm(
                core: Array(words[head.count...]), whole: words, country: head.country, nationality: nationality, nationalityWord: nationalityWord, namesakeDropped: namesakeDropped)
        }
        return OrganisationForm(core: words, whole: words, country: nil, trimmed: words.count < written, nationality: nationality, nationalityWord: nationalityWord, namesakeDropped: namesakeDropped)
    }

    /// The longest head of `words` that is a form of country-heads.txt (`Қазақстан Республикасының
    /// Қаржы министрлігі`, `Oʻzbekiston Respublikasi Oliy sudi`), with its country: the Turkic
    /// languages name the state first, in the genitive, where Russian and English name it last, so a
    /// head says what a tail does. Nil unless a word of the name is left after it.
    func countryHead(of words: [Substring]) -> (count: Int, country: String)? {
        guard rules.countryHeadWords > 0, words.count > 1 else { return nil }
        var head = ""
        var found: (count: Int, country: String)?
        for count in 1...min(rules.countryHeadWords, words.count - 1) {
            head = head.isEmpty ? words[0].lowercased() : head + " " + words[count - 1].lowercased()
            if let country = rules.countryHeads[head] { found = (count, country) }
        }
        if found == nil, words.count > 2, let country = rules.countryNameHeads[words[0].lowercased()], isPossessiveConceptName(words.dropFirst()) {
            found = (1, country)
        }
        return found
    }

    /// Whether `words` are a name of the general vocabulary that a country's bare name may head in
    /// the Turkic languages (country-name-heads.txt): every word a concept, two concepts or more, the
    /// last word ending in the possessive -i, -и, -ы, -і, -у or -ү (`Milliy banki`, `Халық партиясы`, `Liberal-demokratik
    /// partiyasi`). One concept (`temir joly`) says too little, and then the country's name is the
    /// name's own word.
    func isPossessiveConceptName(_ words: ArraySlice<Substring>) -> Bool {
        guard let last = words.last?.last, "iиыіуүIИЫІУҮ".contains(last) else { return false }
        var concepts: Set<String> = []
        for word in words {
            for part in word.lowercased().split(separator: "-") {
                guard let known = concept(ofWord: part) else { return false }
                if known.concept != "-" { concepts.insert(known.concept) }
            }
        }
        return concepts.count >= 2
    }

    /// The acronym a full name's initials make (`Служба безпеки України`: СБУ; `Navoi Mining and
    /// Metallurgical Company`: NMMC), in the name's own script, or the capitals inside one
    /// camel-case word (`KazMunayGas`: KMG). Nil for a name of fewer than three initials or more
    /// than six, whose initials are too easily another name's.
    func acronym(of core: [Substring]) -> String? {
        var letters: [Character] = []
        if core.count == 1 {
            let word = core[0]
            guard !NameText.isAllCaps(word) else { return nil }
            letters = word.filter { $0.isUppercase }
        } else {
            // Function words are not in an acronym, and a place descriptor (`city`) says the name is a place's.
            for word in core where !rules.acronymSkipWords.contains(word.lowercased()) {
                if rules.placeSubKinds[word.lowercased()] != nil { return nil }
                for part in word.split(whereSeparator: { $0 == "-" }) {
                    guard let first = part.first, first.isLetter else { return nil }
                    letters.append(first)
                }
            }
        }
        guard NameText.acronymLengths.contains(letters.count) else { return nil }
        return String(letters).uppercased()
    }

    /// Joins the spellings of one organisation that differ by what is not its name:
    /// - a tail naming a country (`ФСБ России`, `ГКНБ КР`, `Naftogaz of Ukraine`, `Верховна Рада
    ///   України`) joins the name without it and the other tails naming the same country, when the
    ///   batch gives the name one country only (two countries' parties of one name stay apart);
    /// - an acronym written in capitals (`SBU`, `СБУ`, `KMG`, `DXX`) joins the full name whose
    ///   initials make it in either script (`Служба безпеки України`, `Sluzhba Bezpeky Ukrainy`,
    ///   `KazMunayGas`, `Davlat xavfsizlik xizmati`), when only one entity of the batch has those
    ///   initials. The initials are keyed as a name is, so the Cyrillic and Latin forms meet.
    /// Runs on names that are not people's, after the spelling joins, so the spellings of one full
    /// name count once.
    func joinOrganisationForms(_ entityKeys: [String], table: NameVariantTable, index: [String: Int], sets: inout DisjointSets) {
        var qualified: [String: [(position: Int, country: String)]] = [:]
        // Acronym key and country → the full names whose initials make it, and the entities written
        // as that acronym.
        var fullNames: [String: [Int]] = [:]
        var acronyms: [String: [Int]] = [:]
        // Acronym key → the full names whose initials make it with their nationality word
        // (Belarusian State University: BSU): such a name never joins that acronym, whose country
        // the nationality only implies, but makes it ambiguous for every other full name (Baku State
        // University).
        var rivals: [String: [Int]] = [:]
        // The same for the acronyms full names' concepts make in the region's languages, in sorted
        // letters (``conceptAcronymKeys(_:country:)``), and the acronyms written with their letters
        // in their order.
        var conceptFullNames: [String: [Int]] = [:]
        var conceptAcronyms: [String: [(position: Int, order: String)]] = [:]
        // Concepts and country (and the proper name they are read around) → the full names that read so.
        var concepts: [String: [Int]] = [:]
        // The key of an acronym may be shorter than its letters (ҰҚК: uk); two letters are too
        // easily another acronym.
        func acronymKey(_ letters: String, _ country: String?) -> String? {
            let key = NameVariantTable.entityKey(keys.key(of: Substring(letters)))
            return key.utf8.count >= 5 ? key + "\u{1}" + (country ?? "") : nil
        }
        // Countries' names, which a head word makes another body's name (`Kyrgyzstan Party`).
        let countries = rules.countryNames
        // Clubs written with their sport (`FC Dynamo Kyiv`): each one's bare name's entity and sport.
        var clubs: [(position: Int, bare: Int, sport: Int)] = []
        // Clubs of a one-word name with their abbreviation (`FC Astana`, `Astana FC`): the name's and
        // the abbreviation's keys → the entities.
        var oneWordClubs: [String: [Int]] = [:]
        var clubCities = ClubCityNames()
        for (position, key) in entityKeys.enumerated() where key.hasPrefix("n\t") && !key.contains("#") {
            var isPlace: Bool?
            for surface in table.entities[key]!.surfaces.dictionary.keys {
                // Most names are one word with one capital, which makes no acronym and has no edge
                // words: they cost one look at their letters.
                if !surface.utf8.contains(UInt8(ascii: " ")) {
                    var capitals = 0
                    for scalar in surface.unicodeScalars where NameText.isUpper(scalar) { capitals += 1 }
                    if capitals < 3 && !startsWithConceptStump(surface) { continue }
                }
                // Places (`Ust-Kamenogorsk city`, a place sub-kind after `#`) make no acronyms.
                if isPlace == nil { isPlace = Self.kind(table.entities[key]!.kinds) == .place }
                if isPlace == true { break }
                let form = organisationForm(surface)
                let isAcronym = form.core.count == 1 && NameText.isAllCaps(form.core[0]) && NameText.acronymLengths.contains(form.core[0].count)
                if isAcronym, let key = acronymKey(String(form.core[0]), form.anyCountry) { acronyms[key, default: []].append(position) }
                if isAcronym {
                    let letters = form.core[0].lowercased().map { keys.key(of: Substring(String($0))) }
                    conceptAcronyms[Self.sortedLettersKey(letters, country: form.anyCountry), default: []].append((position, letters.joined(separator: ".")))
                }
                if isAcronym, let country = form.anyCountry {
                    // A bare acronym is any country's body of that name: only the spellings naming
                    // one country meet (`ГКНБ Таджикистана`, `Tajik GKNB`), whatever other
                    // countries' bodies the batch writes so.
                    let coreKey = NameVariantTable.entityKey(keys.key(of: form.core[0]))
                    qualified["a\u{1}" + coreKey + "\u{1}" + country, default: []].append((position, country))
                } else if let country = form.country {
                    let coreKey = NameVariantTable.entityKey(form.core.map { keys.key(of: $0) }.joined(separator: " "))
                    qualified[coreKey, default: []].append((position, country))
                }
                if form.country != nil, !form.namesakeDropped, let acronym = acronym(of: form.whole), let key = acronymKey(acronym, nil) {
                    fullNames[key, default: []].append(position)
                }
                if !form.namesakeDropped, let acronym = acronym(of: form.core), let key = acronymKey(acronym, form.anyCountry) {
                    fullNames[key, default: []].append(position)
                    // Any country's: where the batch has no full name of the acronym's country.
                    if form.anyCountry != nil { fullNames[Self.anyCountryKey(key), default: []].append(position) }
                }
                if !form.namesakeDropped, let word = form.nationalityWord, let acronym = acronym(of: [word] + form.core), let key = acronymKey(acronym, nil) {
                    rivals[key, default: []].append(position)
                }
                if let reading = conceptReading(of: form) {
                    concepts[Self.conceptsKey(reading.concepts, country: reading.country), default: []].append(position)
                    // The acronyms its concepts make in any language (ГКНБ, GKNB: `State Committee for
                    // National Security`), under the country as a full name's own initials are.
                    for key in conceptAcronymKeys(reading.concepts, country: reading.country) { conceptFullNames[key, default: []].append(position) }
                }
                if let key = conceptReadingKey(of: form) { concepts[key, default: []].append(position) }
                joinBareOrganisation(
                    position, form: form, countries: countries, entityKeys: entityKeys, table: table, index: index, clubs: &clubs,
                    oneWordClubs: &oneWordClubs, clubCities: &clubCities, sets: &sets)
            }
        }
        // A one-word club's abbreviation may come before or after its name: one club, in either order.
        for (_, written) in oneWordClubs.sorted(by: { $0.key < $1.key }) {
            for other in written.dropFirst() { sets.union(written[0], other) }
        }
        // A club joins its bare name only when the batch gives that name one sport's clubs.
        for (bare, joins) in Dictionary(grouping: clubs, by: \.bare).sorted(by: { $0.key < $1.key }) where Set(joins.map(\.sport)).count == 1 {
            for join in joins { sets.union(join.position, bare) }
        }
        // Then a one-word club meets its name with a city after it, that name's bare and
        // abbreviated spellings joined above.
        Self.joinClubsToCityNames(clubCities, sets: &sets)
        for (coreKey, forms) in qualified.sorted(by: { $0.key < $1.key }) where Set(forms.map(\.country)).count == 1 {
            let first = index[coreKey] ?? forms[0].position
            for form in forms { sets.union(first, form.position) }
        }
        Self.joinConcepts(concepts, sets: &sets)
        var initialled: Set<Int> = []
        for (key, written) in acronyms.sorted(by: { $0.key < $1.key }) {
            // A bare acronym with no full name free of a country joins the one body of any
            // country with its initials (`KNB`: `Комитет национальной безопасности Республики
            // Казахстан`). One naming a country never joins a full name naming none: that is most
            // often another country's body (`KGB of Belarus` is not the Soviet `Комитет
            // государственной безопасности`).
            guard let positions = Self.fullNames(of: key, in: fullNames) else { continue }
            initialled.formUnion(written)
            Self.joinAcronyms(written, to: positions + (rivals[key] ?? []), sets: &sets)
        }
        // Then the acronyms no full name's own initials make join the one full name whose concepts
        // make them (`ГКНБ`: `State Committee for National Security`) with the same country, or
        // none: a translation's initials say less than a name's own, so a bare acronym never
        // stands for a country's body here. Not when the batch writes those letters in two orders
        // (ГРУ, ГУР: two bodies whose concepts are alike).
        for (key, written) in conceptAcronyms.sorted(by: { $0.key < $1.key }) where Set(written.map(\.order)).count == 1 {
            let free = written.map(\.position).filter { !initialled.contains($0) }
            guard !free.isEmpty, let positions = conceptFullNames[key] else { continue }
            Self.joinAcronyms(free, to: positions, sets: &sets)
        }
    }

    /// The full names listed under an acronym's key, or for a bare acronym with none free of a
    /// country, those of any country.
    static func fullNames(of key: String, in fullNames: [String: [Int]]) -> [Int]? {
        fullNames[key] ?? (key.hasSuffix("\u{1}") ? fullNames[anyCountryKey(key)] : nil)
    }

    /// Joins the entities written as an acronym to the one entity among `fullNames` (other than
    /// themselves), if only one.
    static func joinAcronyms(_ written: [Int], to fullNames: [Int], sets: inout DisjointSets) {
        let roots = Set(fullNames.filter { !written.contains($0) }.map { sets.find($0) })
        guard roots.count == 1, let root = roots.first else { return }
        for acronym in written { sets.union(acronym, root) }
    }

    /// Whether an entity has a spelling of one word, hyphens aside (`Sarybelbank`, `Sarybel-bank`,
    /// `Сарыбелбанк`): its words are one compound name.
    func isWrittenAsOneWord(_ entity: NameVariantTable.Entity) -> Bool {
        entity.surfaces.dictionary.keys.contains { !$0.contains(where: \.isWhitespace) }
    }

    /// The key under which an acronym key's full names of every country are listed.
    static func anyCountryKey(_ key: String) -> String { String(key[...key.lastIndex(of: "\u{1}")!]) + "*" }

    /// Joins an organisation's spelling with head words or legal forms at its edge (`Radio Azattyk`,
    /// `Kloop Media`, `Kyrgyzaltyn OJSC`, `Wagner Group`) to the entity of the name without them,
    /// when the batch has it and it is neither a place or a country of country-qualifiers.txt
    /// (`Kyrgyzstan Party` is not Kyrgyzstan) nor a
    /// name ending like a surname (`Nazarbayev University` is not Nazarbayev), and when the batch does not
    /// also write the head word joined to the name (`Sarybelbank` says `Sarybel Bank` is a bank named
    /// after Sarybel, not Sarybel itself). A club with its
    /// sport's abbreviation (`FC Dynamo Kyiv`, club-forms.txt) is added to `clubs` instead, to join
    /// its bare name once the whole batch says which sports' clubs share it. A club of a one-word
    /// name never joins its bare name (FC Astana is not Astana), but is listed in `oneWordClubs`
    /// under its name and its abbreviation, so that `FC Astana` and `Astana FC` are one: the same
    /// abbreviation, not only the same sport, as `FC Neftchi` and `PFC Neftchi` may be two cities' clubs.
    /// Every club's spelling, and every name that may be one with its city, is noted in `clubCities`
    /// (``joinClubsToCityNames(_:sets:)``).
    func joinBareOrganisation(
        _ position: Int, form: OrganisationForm, countries: Set<String>, entityKeys: [String], table: NameVariantTable, index: [String: Int],
        clubs: inout [(position: Int, bare: Int, sport: Int)], oneWordClubs: inout [String: [Int]], clubCities: inout ClubCityNames,
        sets: inout DisjointSets
    ) {
        guard form.anyCountry == nil, form.core.count <= 4 else { return }
        var core = form.core[...]
        var sport: Int?
        var abbreviation: Substring?
        if core.count > 1, NameText.isAllCaps(core.first!), let form = rules.clubForms[core.first!.lowercased()] {
            abbreviation = core.removeFirst()
            sport = form
        } else if core.count > 1, NameText.isAllCaps(core.last!), let form = rules.clubForms[core.last!.lowercased()] {
            abbreviation = core.removeLast()
            sport = form
        }
        noteClubCityName(position, core: core, sport: sport, index: index, clubCities: &clubCities)
        if let abbreviation, core.count == 1 {
            oneWordClubs[keys.key(of: core[core.startIndex]) + "\t" + keys.key(of: abbreviation), default: []].append(position)
            return
        }
        while core.count > 1, rules.organisationHeads.contains(core.first!.lowercased()) { core.removeFirst() }
        while core.count > 1, rules.organisationHeads.contains(core.last!.lowercased()) { core.removeLast() }
        guard form.trimmed || core.count < form.core.count, !countries.contains(core.joined(separator: " ").lowercased()) else { return }
        let coreKey = NameVariantTable.entityKey(core.map { keys.key(of: $0) }.joined(separator: " "))
        guard coreKey != entityKeys[position], let bare = index[coreKey], isOtherName(coreKey),
              Self.kind(table.entities[coreKey]!.kinds) != .place else { return }
        // A head word the batch also writes joined to the name (`Sarybelbank`, `Sarybel-bank` beside
        // `Sarybel Bank`) is part of the name: that is another body named after the bare one. Asked
        // last, so the entity's spellings are scanned only when the bare name is in the batch.
        if core.count < form.core.count, isWrittenAsOneWord(table.entities[entityKeys[position]]!) { return }
        if let sport {
            // (A club's one-word name, as often its city's, river's or sponsor's, FC Astana or FC Tobol, left above.)
            clubs.append((position, bare, sport))
        } else {
            sets.union(position, bare)
        }
    }
}
