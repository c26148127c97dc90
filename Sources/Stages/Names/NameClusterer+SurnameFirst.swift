extension NameClusterer {
    /// Joins a person to a name of the batch read as no person but written with the person's words:
    /// - in the same order, a name read as a person in one article and as another kind of name in
    ///   another ("Samruk Kazyna", "Samruk-Kazyna"): the same words, so the same entity;
    /// - surname first (`SHOIGU SERGEI`, `RAHMON EMOMALI`: a surname of no known ending first, in
    ///   the register's or a passport's order without a comma), the person written in given-name-first
    ///   order (Sergei Shoigu). Only the given names without a patronymic: a patronymic form is never
    ///   the two-word order;
    /// - surname first, both orders read as people (`Ткачук Ирина`, whose given name ends like a
    ///   woman's surname, and `Ирина Ткачук`): a person whose one given name is the other's surname
    ///   and whose surname is the other's one given name is the same two words in the other order.
    /// One pass over the people for all three.
    func joinPeopleReadAsOtherNames(_ people: [String: [String: Int]], index: [String: Int], sets: inout DisjointSets) {
        for (surname, given) in people {
            for (givenKey, position) in given where !givenKey.hasSuffix(".") {
                if let other = index[NameVariantTable.entityKey(givenKey + " " + surname)] { sets.union(position, other) }
                guard !givenKey.contains("|") else { continue }
                if let other = index[NameVariantTable.entityKey(surname + " " + givenKey)] { sets.union(position, other) }
                // One given name only: `Ирина Ткачук` against `Ткачук Ирина`; two given names are no surname.
                if !givenKey.contains(" "), let other = people[givenKey]?[surname], other != position { sets.union(position, other) }
            }
        }
    }

    /// Joins a name of two or three words, read as no person, to the name its first word moved to
    /// the end gives, when the batch writes that too: a person written surname first, as registers,
    /// passports and Russian lists do (`Шойгу Сергей`, `Кучма Леонид`, `Нури Саид Абдулло`), and
    /// given names first (`Сергей Шойгу`, `Said Abdullo Nuri`). Without a title neither reads as a
    /// person, and a surname of no known ending (`-ов`, `-ев`) does not make the first order one.
    ///
    /// Neither name may be read as a place or an organisation anywhere in the batch: a place or a
    /// firm is not written in both orders (`Asaka Bank` is one spelling, and a firm's two orders are
    /// left to the organisation rules). Only names of the kind `other` or `person` take part.
    ///
    /// Lazy: word keys are made (from the key maker's cache, mostly) only for a spelling of two or
    /// three capitalised words of a name never read as a place or an organisation, and the rotated
    /// key is one dictionary look-up.
    func joinSurnameFirstOthers(_ entityKeys: [String], table: NameVariantTable, index: [String: Int], sets: inout DisjointSets) {
        for (position, key) in entityKeys.enumerated() where key.hasPrefix("n\t") {
            let entity = table.entities[key]!
            guard Self.isPersonLike(entity) else { continue }
            for spelling in entity.surfaces.spellings {
                // A name of one word or of four and more (`Ala-Too`, most places) needs no split.
                let spaces = Self.spaceCount(spelling)
                guard spaces == 1 || spaces == 2 else { continue }
                let words = spelling.split(separator: " ")
                guard words.count == spaces + 1, words.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
                let wordKeys = words.map { keys.key(of: $0) }
                // A word written twice (`Nur Nur`) rotates to the name itself or to nothing new. Two or
                // three words: the neighbours and the first and last are every pair.
                guard wordKeys[0] != wordKeys[wordKeys.count - 1], zip(wordKeys, wordKeys.dropFirst()).allSatisfy(!=) else { continue }
                let rotated = NameVariantTable.entityKey((wordKeys.dropFirst() + [wordKeys[0]]).joined(separator: " "))
                guard let other = index[rotated], other != position, Self.isPersonLike(table.entities[entityKeys[other]]!),
                    !words.contains(where: isPossessiveHead)
                else { continue }
                sets.union(position, other)
            }
        }
    }

    /// Whether `word` is an institution's head noun in its possessive or izafet form (`Majlisi`,
    /// `Partiyasi`, `Ҳизби`: a word of organisation-concepts.txt ending in -i, or a respelling with
    /// the key of one of the region's, `Madzhlisi`, `Маҷлиси`): no person's name, so its two orders
    /// are grammar, not a register's surname first. First, it is the Tajik izafet (`Majlisi Oli`);
    /// last, the Uzbek possessive (`Oli Majlisi`, `Oliy Majlisi`): two countries' bodies. Asked only
    /// of a name whose rotation the batch writes, of each of its words.
    func isPossessiveHead(_ word: Substring) -> Bool {
        guard Self.endsInPossessiveI(word) else { return false }
        if rules.organisationConcepts[word.lowercased()].map({ $0.concept != "-" }) == true { return true }
        return ruleKeys.transliteratedConcepts.contains(keys.key(of: word))
    }

    /// Whether no mention of `entity` read it as a place or an organisation.
    static func isPersonLike(_ entity: NameVariantTable.Entity) -> Bool {
        entity.mentions(as: .place) == 0 && entity.mentions(as: .organisation) == 0
    }
}
