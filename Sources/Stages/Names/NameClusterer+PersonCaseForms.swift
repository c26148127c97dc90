extension NameClusterer {
    /// Joins a full name written only in Cyrillic in an oblique case (`Садыра Жапарова`,
    /// `Алмазбеку Атамбаеву`, `Раисы Атамбаевой`: person-case-forms.txt) to the one person of the
    /// batch its nominative gives (Sadyr Japarov), and takes the form out of `people`: it is no
    /// person of its own surname key (`japarova`), where it would make a second candidate for an
    /// initial or a title (`Mrs Japarova`) and a partner for an article's namesakes.
    ///
    /// Russian articles inflect every name, so a person's genitive and dative are as common in them
    /// as the nominative. Both words must inflect together, so a man's name (Атамбаев) never meets
    /// his wife's or sister's (Атамбаева, Атамбаевой), and a form that two nominatives could give
    /// (Раису Атамбаеву: Raisa Atambayeva in the accusative, a Rais Atambayev in the dative) joins
    /// nothing. A form that is also a woman's name in the nominative (Александра Петрова) joins only
    /// when its given name is no woman's name the batch or the rule files know.
    func joinPersonCaseForms(_ entityKeys: [String], table: NameVariantTable, people: inout [String: [String: Int]], sets: inout DisjointSets) {
        guard !rules.personCaseForms.isEmpty else { return }
        // Each form's nominative people, found in a first pass: a form (Алмазбека Атамбаева, key
        // `almazbeka atambaeva`) is no nominative for another (Алмазбеку Атамбаеву read as a woman's
        // accusative).
        var forms: [(surname: String, given: String?, position: Int, people: [Int])] = []
        var knownGivenNames: Set<String>?
        for (position, key) in entityKeys.enumerated() where key.hasPrefix("p\t") || key.hasPrefix("n\t") {
            // Cheap tests first: a case ending ends the key, and no letter is Latin.
            guard let last = key.utf8.last, "aeuimo".utf8.contains(last) else { continue }
            let entity = table.entities[key]!
            guard entity.surfaces.spellings.allSatisfy({ !NameText.isLatin($0) }) else { continue }
            let words: (given: String, surname: String)
            var givenKey: String?
            // The name's two words as written: its nominative is found on the letters (Эдиля, Эдиль).
            let written = entity.surfaces.spellings.lazy.map { $0.split(separator: " ") }.first { parts in
                parts.count == 2 && parts.allSatisfy { $0.first?.isUppercase == true && !$0.contains("-") }
            }
            let writtenKeys = written.map { (keys.key(of: $0[0]), keys.key(of: $0[1])) }
            if key.hasPrefix("p\t") {
                let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
                guard parts.count == 3, !parts[2].contains(" "), !parts[2].contains("|"), !parts[2].hasSuffix(".") else { continue }
                words = (String(parts[2]), String(parts[1]))
                givenKey = String(parts[2])
            } else {
                guard let writtenKeys else { continue }
                words = writtenKeys
            }
            // The written words in the key's order (given, surname), when they key as it does.
            var ordered: (given: Substring, surname: Substring)?
            if let written, let writtenKeys {
                if writtenKeys == (words.given, words.surname) { ordered = (written[0], written[1]) }
                if writtenKeys == (words.surname, words.given) { ordered = (written[1], written[0]) }
            }
            var nominatives: [Int] = []
            for form in rules.personCaseForms {
                // Each reading: its nominatives in the key's order and the word it takes for the given name.
                var readings: [(candidates: [(given: String, surname: String)], given: String)] = []
                if let nominative = form.nominative(given: words.given, surname: words.surname) { readings.append(([nominative], words.given)) }
                if let ordered {
                    readings.append((form.nominatives(given: ordered.given, surname: ordered.surname) { keys.key(of: $0) }, words.given))
                }
                // The detector may take the given name for the surname (Мухиддина Кабири, Kabiri read
                // as a given name); the nominative's key is ordered alike. Only a form where one word
                // does not inflect reads otherwise with the words swapped.
                if let ordered, form.givenEnding == nil || form.surnameEnding == nil {
                    let swapped = form.nominatives(given: ordered.surname, surname: ordered.given) { keys.key(of: $0) }
                    readings.append((swapped.map { ($0.surname, $0.given) }, words.surname))
                }
                for reading in readings {
                    var found = Set(reading.candidates.compactMap { people[$0.surname]?[$0.given] })
                    found.remove(position)
                    guard !found.isEmpty else { continue }
                    if form.isAlsoNominative {
                        if knownGivenNames == nil { knownGivenNames = latinGivenNames(entityKeys, table: table) }
                        if knownGivenNames!.contains(reading.given) { continue }
                    }
                    nominatives += found.sorted()
                }
            }
            if !nominatives.isEmpty { forms.append((words.surname, givenKey, position, nominatives)) }
        }
        let formPositions = Set(forms.map(\.position))
        var joined: [(surname: String, given: String?, position: Int, root: Int)] = []
        for form in forms {
            let roots = Set(form.people.filter { !formPositions.contains($0) }.map { sets.find($0) })
            if roots.count == 1, let root = roots.first { joined.append((form.surname, form.given, form.position, root)) }
        }
        for form in joined {
            sets.union(form.position, form.root)
            if let given = form.given { people[form.surname]?[given] = nil }
        }
    }

    /// The given-name keys the batch writes in Latin letters (Aleksandra Petrova), with those of the
    /// rule files: names a Cyrillic form ending like a genitive may be in the nominative.
    func latinGivenNames(_ entityKeys: [String], table: NameVariantTable) -> Set<String> {
        var names = ruleKeys.known
        for key in entityKeys where key.hasPrefix("p\t") {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 3, table.entities[key]!.surfaces.spellings.contains(where: NameText.isLatin) else { continue }
            names.insert(String(NameVariantTable.givenWithoutPatronymic(parts[2])))
        }
        return names
    }
}
