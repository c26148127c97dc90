// Resolving a description (`the minister`, `the 45-year-old`, `the former`) to the person it
// stands for earlier in the text: the family that turns a noun phrase into a named speaker.

extension SpeakerAttributor {
    /// `Interior Minister X met opposition leader Y …. "…," the former added`: `the former` and
    /// `the latter` point back to the first and the last of the people named in full in the nearest
    /// sentence before them that names anyone so (in their paragraph or the one before). When that
    /// sentence names one person only (`X met the opposition leader`), which of two they point to
    /// cannot be told: no speaker rather than a guess.
    private func formerOrLatter(former: Bool, line: Int, before position: Int) -> SpeakerCandidate? {
        var l = line
        for _ in 0..<2 {
            let p = paragraph(l)
            for sentence in p.sentences.reversed() {
                guard let first = sentence.first, p.tokens[first].start < position else { continue }
                var people: [SpeakerCandidate] = []
                for run in nameRuns(p.tokens, sentence) where p.tokens[run.lowerBound].start < position {
                    // (Full names only: a lone capitalized word may be a day or a place, `in Bishkek on Monday`.)
                    guard let named = nameCandidate(p.tokens, run, gender: .unknown), named.kind == .person, named.text.contains(" "),
                          !people.contains(where: { $0.text == named.text }) else { continue }
                    people.append(named)
                }
                if people.isEmpty { continue }
                guard people.count >= 2 else { return nil }
                return withLearnedGender(former ? people[0] : people[people.count - 1])
            }
            guard let previous = previousNonBlankLine(before: l) else { return nil }
            l = previous
        }
        return nil
    }

    /// `the MP` after `The Member of Parliament for Amansie West, Kofi Owusu Boateng`, `the PM`
    /// after `Prime Minister Shehbaz Sharif`: an office written by its initials (`the` and one word
    /// in capitals) is the person last named with one of its full forms (`role-families.txt`),
    /// when nobody was named with the initials themselves. `nil` otherwise.
    private func holderOfOfficeInFull(_ candidate: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate? {
        // (The article is not in the candidate: the capitals read as a name.)
        let text = candidate.text
        guard text.utf8.count >= 2, text.utf8.count <= 4, text.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
        // (The office first: most capitals speaking, `AFP`, `the UN`, are none, and spare the
        // paragraph's scan for the article.)
        let initials = text.lowercased()
        guard let forms = lexicon.officeFullForms[initials] else { return nil }
        let tokens = paragraph(self.line(containing: candidate.start)).tokens
        // (Named before the initials themselves: a quotation after `the CFO said` that carries on
        // from it looks from its own start, which the initials precede.)
        let position = min(position, candidate.start)
        guard let k = tokens.firstIndex(where: { $0.start >= candidate.start }), k > 0, tokens[k - 1].lowerIs("the"),
              resolveTitle(initials, line: line, before: position) == nil else { return nil }
        for form in forms {
            if let holder = holderAfterPlace(of: form, line: line, before: position) ?? resolveRole(form, line: line, before: position),
               // (`The Member of Parliament for Amansie West` alone: the place is no holder.)
               !officeOfPlace(form, endsBefore: holder) {
                return withLearnedGender(holder)
            }
        }
        return nil
    }

    /// Whether `candidate` is the place of an office (`… District Commissioner for Kasese`).
    private func officeOfPlace(_ form: [String], endsBefore candidate: SpeakerCandidate) -> Bool {
        let tokens = paragraph(line(containing: candidate.start)).tokens
        guard let k = tokens.firstIndex(where: { $0.start >= candidate.start }), k > form.count,
              tokens[k - 1].lowerIs("for") || tokens[k - 1].lowerIs("of") else { return false }
        return tokens[k - 1 - form.count].lower == form[0]
    }

    /// `The Member of Parliament for Amansie West, Kofi Owusu Boateng,`: the person in apposition
    /// to an office of a place written in full, nearest first, in the paragraphs a title looks through.
    private func holderAfterPlace(of form: [String], line: Int, before position: Int) -> SpeakerCandidate? {
        for l in recentParagraphs(holding: form[form.count - 1], from: line, count: 30, before: position) {
            let tokens = paragraph(l).tokens
            let upper = tokens.firstIndex(where: { $0.start >= position }) ?? tokens.count
            var k = upper - form.count - 1
            while k >= 0 {
                defer { k -= 1 }
                guard form.indices.allSatisfy({ tokens[k + $0].isWord && tokens[k + $0].lower == form[$0] }) else { continue }
                let of = k + form.count
                guard of + 1 < upper, tokens[of].lowerIs("for") || tokens[of].lowerIs("of"), tokens[of + 1].runStart >= 0 else { continue }
                // The place's run, a comma, and the holder's run.
                let place = Int(tokens[of + 1].runEnd)
                guard place + 1 < upper, tokens[place].isPunctuation(","), tokens[place + 1].runStart == Int32(place + 1) else { continue }
                let run = (place + 1)..<Int(tokens[place + 1].runEnd)
                guard let holder = nameCandidate(tokens, run, gender: .unknown), holder.kind == .person, holder.text.contains(" ") else { continue }
                return holder
            }
        }
        return nil
    }

    /// Resolves pronouns and bare titles; other candidates are returned as they are.
    func resolve(_ candidate: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate? {
        if let holder = holderOfOfficeInFull(candidate, line: line, before: position) ?? bodyOfAcronym(candidate, line: line, before: position) {
            return holder
        }
        if let described = elidedNounDescription(candidate) { return described }
        // (Both are ten bytes: the length spares lowercasing every other candidate.)
        if candidate.text.utf8.count == 10 {
            let words = candidate.text.lowercased()
            if words == "the former" || words == "the latter" { return formerOrLatter(former: words == "the former", line: line, before: position) }
        }
        switch candidate.kind {
        case .pronoun:
            let resolved = resolvePronounTeachingSex(candidate, line: line, before: position)
            // `The emergency ministry said …. In a statement, it warned`: `it` is what the
            // description stands for (`the Ministry of Emergency Situations` named before).
            if let resolved, resolved.kind == .group, resolved.isDefinite {
                return resolve(resolved, line: self.line(containing: resolved.start), before: resolved.start)
            }
            return resolved
        case .title(let title):
            // `the minister added` when the minister's name did not carry the title: the one
            // person quoted just before (`a spokesperson said` is someone new).
            let definite = candidate.isDefinite
            // `A council spokesperson said …. "…," the spokesperson said`: the one introduced
            // with the same noun, before the person quoted last.
            // `the governor` after `Gov. Ellen Marsh`: the title's abbreviations name her too.
            let titled = resolveTitle(title, line: line, before: position) ??
                lexicon.titleAbbreviations[title]?.lazy.compactMap({ self.resolveTitle($0, line: line, before: position) }).first
            guard definite else { return titled ?? SpeakerCandidate(text: candidate.text, start: candidate.start, end: candidate.end, kind: .group) }
            // `Another analyst, who asked not to be named, said …. "…," the analyst said` after an
            // analyst named earlier: the nearer of the two.
            if let introduced = indefiniteAntecedent(title, line: line, before: position), titled.map({ introduced.start > $0.start }) ?? true {
                return introduced
            }
            // `Dale said … "outstanding". "…," the coach added`: `added` goes on from the person
            // quoted just before, when the text gave them the title or a word of its family
            // (`Rovers boss Steve Dale`), however far back and whoever else had one.
            if continuing, let previous = personQuotedJustBefore(),
               resolveRole([title], family: (lexicon.roleFamilies[title] ?? []).union([title]), line: line, before: position,
                           lines: 60, only: previous) != nil {
                return previous
            }
            // `Councillors Wendy Hart and … Amy Cole …. Hart said she would vote against it. "…,"
            // the councillor said`: of two holders of the title, the one the sentence before is about.
            if let titled, let holder = otherHolder(of: [title], than: titled, candidate, line: line, before: position, lines: 60) {
                return holder
            }
            return titled ?? resolveRoleFamily(title, line: line, before: position) ??
                onlyPersonQuotedBefore(currentIndex) ?? SpeakerCandidate(text: candidate.text, start: candidate.start, end: candidate.end, kind: .group)
        // `"…," said the German`: the person the text is about, as a pronoun would find.
        case .organisation where isDemonym(candidate.text), .person where isDemonym(candidate.text):
            return personStoodFor(by: candidate, gender: .unknown, line: line, before: position) ?? candidate
        case .group where candidate.text.hasSuffix(" of them"):
            return groupCountedFrom(candidate) ?? candidate
        case .group where candidate.text.hasPrefix("my ") || candidate.text.hasPrefix("My "):
            return narratorsRelation(candidate, line: line) ?? candidate
        case .group where candidate.text.hasPrefix("its ") || candidate.text.hasPrefix("Its "):
            return ownerOfItsDocument(candidate, line: line, before: position) ?? candidate
        case .group where !candidate.isDefinite && candidate.text.utf8.count > 4:
            return relationNamedBefore(candidate, line: line, before: position) ?? candidate
        case .group where candidate.isDefinite:
            let resolved = resolveDefinite(candidate, line: line, before: position)
            guard resolved.text == candidate.text, !candidate.plural else { return resolved }
            // `the press service said` after `the press service of Bishkek City Hall reported`:
            // the description as it was first written in full.
            if let fuller = fullerDescription(candidate, line: line, before: position) { return fuller }
            // `Harbour Athletic have sacked …, which left the club …. The club said`: a noun for
            // a body (not for someone who does something) and one word, as the organisation
            // named in a sentence before that has the noun.
            let noun = lastWord(of: candidate.text)
            guard candidate.text.utf8.count == noun.utf8.count + 4, !isAgentNoun(noun), !lexicon.personNouns.contains(noun), !lexicon.titles.contains(noun) else { return resolved }
            return subjectDescribed(by: noun, organisation: true, line: line, before: min(position, candidate.start)) ?? resolved
        default:
            return candidate
        }
    }

    /// `Actors who performed in the play said …. One of them, who spoke on condition of
    /// anonymity, said`: `one of them` is one of the plural common noun heading the subject of
    /// the sentence before, in its paragraph (`one of the actors`), or `nil` when that subject is
    /// no such group (a name, a pronoun, an organisation).
    private func groupCountedFrom(_ partitive: SpeakerCandidate) -> SpeakerCandidate? {
        let p = paragraph(line(containing: partitive.start))
        let tokens = p.tokens
        guard let k = tokens.firstIndex(where: { $0.start >= partitive.start }),
              let sentence = p.sentences.last(where: { $0.upperBound <= k }),
              let subject = sentenceSubjects(p, sentence).first, subject.kind == .group, subject.plural, !subject.isDefinite || subject.text.hasPrefix("the ") || subject.text.hasPrefix("The ") else { return nil }
        // The noun and its lower-case modifiers, without the number or quantifier counting them
        // (`Two women`, `Several traders`, `The striking nurses`): the quantifiers and articles
        // are function words.
        let words = subject.text.wordsSplitAtSpaces().drop(while: { word in
            let lower = word.lowercased()
            return lexicon.functionWords.contains(lower) || Self.countWords.contains(lower) || word.allSatisfy(\.isNumber)
        })
        guard !words.isEmpty, words.count <= 3, words.allSatisfy({ $0.allSatisfy(\.isLetter) }), words.dropFirst().allSatisfy({ $0.first?.isLowercase == true }) else { return nil }
        var one = partitive
        one.text = partitive.text.prefix(while: { $0 != " " }) + " of the " + words.map { $0.lowercased() }.joined(separator: " ")
        return one
    }

    /// Whether a definite description has an age (`the 34-year-old worker`) or opens with
    /// `former` (`the former official`), read on the UTF-8 bytes.
    private func describesKnownPerson(_ description: String) -> Bool {
        var description = description
        return description.withUTF8 { bytes in
            let former = Array("the former ".utf8)
            if bytes.count > former.count, (0..<former.count).allSatisfy({ bytes[$0] | 0x20 == former[$0] | 0x20 }) { return true }
            let age = Array("-year-old".utf8)
            guard bytes.count > age.count else { return false }
            for i in 0...(bytes.count - age.count) where bytes[i] == 0x2D {
                if (1..<age.count).allSatisfy({ bytes[i + $0] == age[$0] }) { return true }
            }
            return false
        }
    }

    /// `the 70-year-old` after `Talgat Nurmanov, 70,`: the person given that age, in this
    /// paragraph or the three before.
    private func personOfAge(in description: String, line: Int, before position: Int) -> SpeakerCandidate? {
        guard let word = description.wordsSplitAtSpaces().first(where: { $0.hasSuffix("-year-old") }) else { return nil }
        let age = String(word.prefix(while: { $0 != "-" }))
        guard !age.isEmpty, age.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        for l in recentParagraphs(from: line, count: 4) {
            let tokens = paragraph(l).tokens
            for k in tokens.indices.reversed() where k >= 2 && tokens[k].start < position && tokens[k].isWord && tokens[k - 1].isPunctuation(",") {
                guard tokens[k].end - tokens[k].start == age.unicodeScalars.count,
                      ScalarClass.string(text, tokens[k].start..<tokens[k].end) == age,
                      tokens[k - 2].runEnd == Int32(k - 1),
                      let person = nameCandidate(tokens, Int(tokens[k - 2].runStart)..<(k - 1), gender: .unknown), person.kind == .person else { continue }
                return person
            }
        }
        return nil
    }

    /// Whether a one-word name is a noun for a person of a country, written after `the`.
    func isDemonym(_ name: String) -> Bool {
        guard !name.contains(" "), let first = name.unicodeScalars.first, ScalarClass.isUpper(first) else { return false }
        return lexicon.demonyms.contains(name.lowercased())
    }

    /// The person a description of someone already in the text stands for, found as the pronoun
    /// of its gender in its place would find them, or `nil` when that finds no person.
    private func personStoodFor(by description: SpeakerCandidate, gender: SpeakerGender, line: Int, before position: Int) -> SpeakerCandidate? {
        let pronoun = SpeakerCandidate(text: gender == .female ? "she" : "he", start: description.start, end: description.end, kind: .pronoun, gender: gender)
        guard let named = resolvePronoun(pronoun, line: line, before: position), named.kind == .person else { return nil }
        return named
    }

    /// `A night-shift nurse in Leeds has won …. The woman, who asked not to be named, said`: with
    /// nobody named for a pronoun to find, a bare noun for a person stands for the indefinite
    /// description of one person (``isIndefinitePersonDescription(_:)``) that is the subject of
    /// the nearest sentence before it, in its paragraph or the one before, reported as the text
    /// introduced them. Only the nearest subject: one further back may be anyone (`A teacher
    /// said …. Officials said …. The man` is no teacher's), and a description whose noun tells
    /// the other sex (`a businessman` for `the woman`) is none.
    private func unnamedPersonIntroduced(before description: SpeakerCandidate, gender: SpeakerGender) -> SpeakerCandidate? {
        let line = line(containing: description.start)
        for l in recentParagraphs(from: line, count: 2) {
            let p = paragraph(l)
            for sentence in p.sentences.reversed() {
                guard let last = sentence.last, p.tokens[last].end <= description.start,
                      let subject = sentenceSubjects(p, sentence).first else { continue }
                guard subject.kind == .group, !subject.plural, opensIndefinitely(subject), isIndefinitePersonDescription(subject),
                      let head = indefiniteHead(subject.text.split(separator: " ", maxSplits: 5)) else { return nil }
                let told = lexicon.gender(ofWord: head.lowercased())
                guard gender == .unknown || told == .unknown || told == gender else { return nil }
                return subject
            }
        }
        return nil
    }

    /// A definite description (`the ministry`, `the nurse`, `the statement`) resolved to what it
    /// stands for, or itself.
    func resolveDefinite(_ candidate: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate {
        let noun = lastWord(of: candidate.text)
        // `the statement said`: whoever issued the statement. (The lengths first: a byte count
        // is cheaper than hashing the noun into the list.)
        if candidate.text.utf8.count == noun.utf8.count + 4, lexicon.speechNouns.contains(noun) {
            return issuer(of: noun, line: line, before: position) ?? candidate
        }
        // `The committee's statement said`: whoever owns the statement.
        if lexicon.speechNouns.contains(noun), let owner = documentOwner(candidate, line: line, before: position) { return owner }
        // `the headquarters`: a noun for an organisation, whatever its number.
        guard !candidate.plural || isOrganisationNoun(noun) else { return candidate }
        // `Farrukh checks his papers …. "…," the 34-year-old Uzbek construction worker told
        // AFP`, `the former official told reporters`: an age or a past office describes the
        // person the text is about, as a pronoun would.
        if describesKnownPerson(candidate.text) {
            if let aged = personOfAge(in: candidate.text, line: line, before: position) { return aged }
            // `the 52-year-old governor added` after `the central bank governor, Melis Turgunbaev`,
            // `the former clerk` after `Former county clerk Linda Marsh`: a role after the age or
            // `former` is the one the text gave someone, as `the governor` would be.
            let head = lastWord(of: candidate.text)
            if !head.hasSuffix("-year-old"), head != "former",
               let named = holderOfRole([head], candidate, line: line, before: position,
                                        title: lexicon.titles.contains(head)) {
                return named
            }
            if let described = subjectDescribed(by: lastWord(of: candidate.text), line: line, before: position) { return described }
            return subjectOfSentenceBefore(candidate) ?? personStoodFor(by: candidate, gender: candidate.gender, line: line, before: position) ?? candidate
        }
        // `"…," the teenager told Sky Sports` after `Okonkwo said …`: a noun for a person by age
        // or sex stands for the person just named, unless it names someone new (`said the woman,
        // who gave only her first name, Lyudmila`) or an indefinite one introduced it.
        if lexicon.personNouns.contains(noun), isBareDefinite(candidate, noun) {
            if let named = namedLater(candidate) { return named }
            if let introduced = indefiniteAntecedent(noun, line: line, before: position) { return introduced }
            // `The witness, Maria Lopez, … Defence counsel Richard Hale asked …. "Never," the
            // witness replied`: a noun the text gave one person (`witness Peter Mwangi`, `the
            // witness, X,`) stands for that person, not for whoever a pronoun would find nearer.
            if let named = resolveRole([noun], line: line, before: position, budget: Self.pronounTokenBudget, lines: 2 * (maxPronounParagraphs + 1)) {
                return named
            }
            return personStoodFor(by: candidate, gender: lexicon.gender(ofWord: noun), line: line, before: position) ??
                unnamedPersonIntroduced(before: candidate, gender: lexicon.gender(ofWord: noun)) ?? candidate
        }
        // `the ministry`, `the rights group`: the organisation named before.
        if isOrganisationNoun(noun) {
            guard let named = resolveOrganisation(noun, line: line, before: position) else {
                if let described = introducingDescription(noun, line: line, before: position) { return described }
                // `the Ministry of Energy said …` paragraphs before `the ministry later said`:
                // beyond a pronoun's reach, the one organisation the text named with the noun.
                // (Only the bare `the ministry`: `the governor's office` is not the `Sheriff's Office`.)
                if !candidate.plural, isBareDefinite(candidate, noun),
                   let named = onlyOrganisationNamed(with: noun, line: line, before: position) { return named }
                return candidate
            }
            // `the Uzbek foreign ministry` is not the `Ministry of Energy and Water` named
            // before: a ministry's modifiers must be in its name (`the health ministry`, `the
            // Ministry of Health`). A company's need not (`the mining company`, `Kazakhmys`).
            if !Self.companyNouns.contains(noun), !modifiersAgree(candidate.text, with: named.text) { return candidate }
            return named
        }
        // `Ukraine's grid operator said …. "…," the operator said`: a noun of an organisation's
        // class, not itself a body's word, stands for the body the text introduced with it.
        if !candidate.plural, isBareDefinite(candidate, noun), lexicon.isOrganisationClassNoun(noun),
           let described = introducingDescription(noun, line: line, before: position) {
            return described
        }
        // `the gran-of-five`, `the father-of-two`: a parent, of the parent's sex, stands for the
        // person the text is about, as a pronoun would.
        let parts = noun.split(separator: "-", maxSplits: 2)
        if parts.count == 3, parts[1] == "of", !candidate.plural {
            let gender = lexicon.gender(ofWord: String(parts[0]))
            return personStoodFor(by: candidate, gender: gender, line: line, before: position) ?? candidate
        }
        // `the nurse` after `Leila Hassan, a nurse at …`: a role noun names who it was said of.
        let words = candidate.text.wordsSplitAtSpaces()
        // `the Portuguese defender`: a nationality before the role says no more who it is.
        if words.count == 3, lexicon.demonyms.contains(words[1].lowercased()), words[2].first?.isLowercase == true {
            var role = candidate
            role.text = "the " + words[2]
            let resolved = resolveDefinite(role, line: line, before: position)
            return resolved.text == role.text ? candidate : resolved
        }
        if let named = roleOfNamedSide(words, line: line, before: position) { return named }
        if let named = roleAfterPossessive(words, line: line, before: position) { return named }
        guard words.count >= 2, words.count <= 3, words[0].lowercased() == "the",
              words.dropFirst().allSatisfy({ $0.first?.isLowercase == true }),
              !lexicon.organisationWords.contains(String(words.last!)), !lexicon.collectiveNouns.contains(String(words.last!)) else { return candidate }
        // A common noun is rarely a role: look only as near as a pronoun would.
        if mayNameSomeone(Array(words.last!.unicodeScalars)) {
            if let named = holderOfRole(words.dropFirst().map(String.init), candidate, line: line, before: position) { return named }
            // `the veteran prosecutor` after `Assistant Prosecutor Renata Oyelaran`: an epithet's
            // adjective before a role the text gave someone says no more who it is, and, as with
            // a title, the one it was given to may be named well before.
            if words.count == 3, lexicon.titles.contains(String(words[2])), !lexicon.titles.contains(String(words[1])),
               let named = resolveTitle(String(words[2]), line: line, before: position) {
                return named
            }
        }
        if let introduced = indefiniteAntecedent(String(words.last!), line: line, before: position) { return introduced }
        if let named = resolveRoleFamily(String(words.last!), line: line, before: position) ??
            subjectDescribed(by: String(words.last!), line: line, before: position) { return named }
        // `Marsh, who has scored in four matches, said …. "…," the striker told reporters`: a
        // role the text gave no one stands for the person it is about, as `he` would.
        if words.count == 2, isAgentNoun(String(words[1])), let named = personStoodFor(by: candidate, gender: candidate.gender, line: line, before: position) {
            return isRelationOf(String(words[1]), named) ? candidate : named
        }
        guard let named = subjectOfSentenceBefore(candidate) else { return candidate }
        return isRelationOf(String(words.last!), named) ? candidate : named
    }

    /// The person the text gave `role` to, as near as a pronoun would look, for `description`
    /// (`the councilmember`). When two people hold the role, the one the sentence right before
    /// is about: `Councilmember Dave Huang … Councilmember Rosa Delgado … Huang said he would
    /// bring it back. "…," the councilmember said` is Huang, though Delgado was named with the
    /// role later.
    ///
    /// With `title`, as far back as a title is looked for (`the 52-year-old governor` after `the
    /// central bank governor, Melis Turgunbaev` in the article's first paragraph).
    private func holderOfRole(_ role: [String], _ description: SpeakerCandidate, line: Int, before position: Int, title: Bool = false) -> SpeakerCandidate? {
        let reach = title ? 60 : 2 * (maxPronounParagraphs + 1), budget = title ? Self.titleTokenBudget : Self.pronounTokenBudget
        guard let named = resolveRole(role, line: line, before: position, budget: budget, lines: reach) else { return nil }
        return otherHolder(of: role, than: named, description, line: line, before: position, budget: budget, lines: reach) ?? named
    }

    /// The person the sentence right before `description` is about, when that is not `named`
    /// and the text gave them `role` too (within the same reach as `named` was found).
    private func otherHolder(of role: [String], than named: SpeakerCandidate, _ description: SpeakerCandidate, line: Int, before position: Int,
                             budget: Int = titleTokenBudget, lines reach: Int) -> SpeakerCandidate? {
        guard let subject = subjectOfSentenceBefore(description), surnameKey(subject) != surnameKey(named) else { return nil }
        return resolveRole(role, line: line, before: position, budget: budget, lines: reach, only: subject)
    }

    /// `The striker's father, Kwame Mensah, watched …. "…," the striker said`: whether `person`
    /// was named in apposition to a noun owned by `noun` (`the striker's father, X`,
    /// `The playwright's elder sister, X`), so that he is the one `noun` is not.
    private func isRelationOf(_ noun: String, _ person: SpeakerCandidate) -> Bool {
        let tokens = paragraph(line(containing: person.start)).tokens
        guard let k = tokens.firstIndex(where: { $0.start == person.start }), k >= 3, tokens[k - 1].isPunctuation(",") else { return false }
        // Back over the head and up to two modifiers (`elder`, `late`) to the possessive.
        for j in stride(from: k - 3, through: max(0, k - 5), by: -1) {
            guard tokens[j].isWord else { return false }
            if tokens[j].isPossessive { return tokens[j].lower == noun }
        }
        return false
    }

    /// `But Mr Rudd insisted he was the victim. Speaking on his doorstep, the lorry driver
    /// said`: an epithet the text gave no one (`the blonde beauty`, `the 48-year-old`) stands
    /// for the person named as the subject of the sentence right before its own, in its
    /// paragraph or ending the paragraph before, when their sexes agree.
    private func subjectOfSentenceBefore(_ description: SpeakerCandidate) -> SpeakerCandidate? {
        let l = line(containing: description.start)
        var p = paragraph(l)
        guard let k = p.tokens.firstIndex(where: { $0.start >= description.start }) else { return nil }
        // Sentences cover the paragraph in order: the last to end by `k` is the one before.
        var before = p.sentences.last(where: { $0.upperBound <= k })
        if before == nil {
            guard let previous = previousNonBlankLine(before: l), previous != headline else { return nil }
            p = paragraph(previous)
            before = p.sentences.last
        }
        guard let sentence = before, !sentence.isEmpty, let subject = sentenceSubjects(p, sentence).first, subject.kind == .person,
              looksLikeName(subject), isSpeakerShaped(subject) else { return nil }
        // `Wallsend, who led at half-time, were inspired by veteran hooker Sam Oduya`: a name
        // with a plural verb is a team or a body; the sentence is about the person it
        // introduces by a role.
        if let bodyEnd = pluralVerbAfterName(p.tokens, subject, sentence) {
            guard let person = personIntroducedByRole(p.tokens, after: bodyEnd, sentence) else { return nil }
            guard description.gender == .unknown || person.gender == .unknown || person.gender == description.gender else { return nil }
            return person
        }
        let named = withLearnedGender(subject)
        guard description.gender == .unknown || named.gender == .unknown || named.gender == description.gender else { return nil }
        return named
    }

    /// The token of the plural verb after the name `subject` (`Wallsend were`, `Wallsend, who
    /// led 24-0, were`), or `nil` when the name takes none.
    private func pluralVerbAfterName(_ tokens: [QuoteToken], _ subject: SpeakerCandidate, _ sentence: Range<Int>) -> Int? {
        guard let last = sentence.first(where: { tokens[$0].end == subject.end }), last + 1 < sentence.upperBound else { return nil }
        var v = last + 1
        if tokens[v].isPunctuation(","), v + 1 < sentence.upperBound, tokens[v + 1].lowerIs("who") || tokens[v + 1].lowerIs("which"),
           let closing = ((v + 1)..<min(sentence.upperBound, v + 16)).first(where: { tokens[$0].isPunctuation(",") }) {
            v = closing + 1
        }
        guard v < sentence.upperBound, Self.pluralVerbs.contains(tokens[v].lower) else { return nil }
        return v
    }

    /// Plural verbs, which after a name make it a team or a body (`Wallsend were`, `Karoo Power have`).
    private static let pluralVerbs: Set<String> = ["were", "are", "have"]

    /// The first person named after token `start` with a lower-case role word right before the
    /// name (`by veteran hooker Sam Oduya`).
    private func personIntroducedByRole(_ tokens: [QuoteToken], after start: Int, _ sentence: Range<Int>) -> SpeakerCandidate? {
        for k in (start + 1)..<sentence.upperBound where tokens[k].runStart == Int32(k) && k > start + 1 {
            let role = tokens[k - 1]
            guard role.isWord, !role.isCapitalized, role.has(.title) || isOccupationNoun(role.lower),
                  let person = nameCandidate(tokens, k..<Int(tokens[k].runEnd), gender: .unknown), person.kind == .person,
                  isSpeakerShaped(person) else { continue }
            return withLearnedGender(person)
        }
        return nil
    }

    /// `Kairat Nurlanov, who spent 12 years as a border guard, now drives a taxi …. "…," the
    /// former guard said`: the person named as the subject of the nearest sentence before that
    /// has the description's noun, in this paragraph or the two before.
    ///
    /// A noun for a body (`the club`, `the company`) stands for an organisation only: a name the
    /// text marks as one, a name in apposition to the noun itself (`The company, Goygol Minerals,
    /// said`) or a name with a plural verb (`Bolton Wanderers have sacked …, which left the club`),
    /// never a person.
    /// Possessive pronouns before a noun (`his striker`, `their lawyer`).
    private static let possessivePronouns: Set<String> = ["his", "her", "their", "its", "our", "my", "your"]

    private func subjectDescribed(by noun: String, organisation: Bool = false, line: Int, before position: Int) -> SpeakerCandidate? {
        // (`Reilly joined the club`: a noun for a body never stands for a person.)
        guard noun.utf8.count > 3, !lexicon.functionWords.contains(noun), !lexicon.speechNouns.contains(noun),
              organisation || !isOrganisationNoun(noun) && !lexicon.collectiveNouns.contains(noun) else { return nil }
        for l in recentParagraphs(holding: noun, from: line, count: 3, before: position) {
            let p = paragraph(l)
            let tokens = p.tokens
            for sentence in p.sentences.reversed() where tokens[sentence.lowerBound].start < position {
                // (`The striker's father, X, watched`: a noun owning another names someone else.)
                guard let k = sentence.first(where: { tokens[$0].isWord && !tokens[$0].isCapitalized && tokens[$0].lower == noun && !tokens[$0].isPossessive && tokens[$0].start < position }) else { continue }
                // (`Lledó was full of praise for his Nigerian striker.`: a noun after a possessive
                // pronoun, with a modifier at most between, is someone the subject has, not the subject.)
                if (max(sentence.lowerBound, k - 2)..<k).contains(where: { tokens[$0].isWord && Self.possessivePronouns.contains(tokens[$0].lower) }) { return nil }
                // The sentence about someone else than its subject (`… told Nurlanov`) gives no one.
                guard let subject = sentenceSubjects(p, sentence).first, subject.kind == .person || organisation && subject.kind == .organisation,
                      looksLikeName(subject), isSpeakerShaped(subject) else { return nil }
                guard organisation, subject.kind == .person else { return withLearnedGender(subject) }
                guard let first = sentence.first(where: { tokens[$0].start == subject.start }),
                      let last = sentence.first(where: { tokens[$0].end == subject.end }) else { return nil }
                let appositive = first >= sentence.lowerBound + 2 && tokens[first - 1].isPunctuation(",") && tokens[first - 2].lower == noun
                let plural = last + 1 < sentence.upperBound && Self.pluralVerbs.contains(tokens[last + 1].lower)
                guard appositive || plural, withLearnedGender(subject).gender == .unknown else { return nil }
                var body = subject
                body.kind = .organisation
                return body
            }
        }
        return nil
    }

    /// A noun for someone's trade or calling before a name or in apposition (`nurse Kelly Shaw`,
    /// `plumber Dave Mills`): an agent noun by its ending, or one of the occupations it misses.
    func isOccupationNoun(_ noun: String) -> Bool {
        lexicon.occupationNouns.contains(noun) || isAgentNoun(noun)
    }

    /// Whether a word names a person by a role: a title, a noun for a person (`parent`, `widow`)
    /// or an occupation (`nurse`, `analyst`), as in `nurse Priya Sharma` or `an analyst at …`.
    func isRoleNoun(_ token: QuoteToken) -> Bool {
        token.has(.title) || lexicon.personNouns.contains(token.lower) || isOccupationNoun(token.lower)
    }

    /// Endings of nouns for someone who does something (`striker`, `economist`, `defendant`).
    static let agentNounEndings = ["er", "or", "ist", "ian", "ant", "ent"]

    /// Whether a common noun is shaped like a noun for someone who does something (`striker`,
    /// `pensioner`, `economist`, `politician`, `defendant`, `student`), not for a body or a thing
    /// (`the team`, `the hospital`, `the statement`).
    func isAgentNoun(_ noun: String) -> Bool {
        // The endings first, on the bytes: most nouns asked have none, and then neither the
        // character count nor the four lists' hashing is needed (every test is a pure `and`).
        guard !noun.endsWithBytes("ment"), Self.agentNounEndings.contains(where: { noun.endsWithBytes($0) }) else { return false }
        return noun.count > 4 && !lexicon.functionWords.contains(noun) && !lexicon.speechNouns.contains(noun) &&
            !lexicon.organisationWords.contains(noun) && !lexicon.collectiveNouns.contains(noun)
    }

    /// `the Olympiacos coach`: a title after a name (a side, a country, a firm) is the person
    /// written earlier with the same words before their name (`Olympiacos coach José Luis
    /// Mendilibar`), else the person the paragraph is about so far (`His opposite number, José
    /// Luis Mendilibar, was in no mood …. "…," the Olympiacos coach said`).
    private func roleOfNamedSide(_ words: [Substring], line: Int, before position: Int) -> SpeakerCandidate? {
        guard words.count == 3 || words.count == 4, words[0].lowercased() == "the", let role = words.last,
              role.first?.isLowercase == true, lexicon.titles.contains(String(role)),
              // (`The Foreign Ministry's spokeswoman` is someone of the side's, not the side.)
              words.dropFirst().dropLast().allSatisfy({ $0.first?.isUppercase == true && !$0.hasSuffix("'s") && !$0.hasSuffix("’s") }) else { return nil }
        let roleWords = words.dropFirst().map { $0.lowercased() }
        if let named = resolveRole(roleWords, line: line, before: position) { return named }
        // `Castleford Rovers boss Alan Reid … the Rovers manager snapped`: the side's words
        // before another word of the role's family, when only one person in reach fits.
        if let family = lexicon.roleFamilies[String(role)],
           let named = resolveRole(roleWords, family: family.union([String(role)]), line: line, before: position) { return named }
        let person = SpeakerCandidate(text: "he", start: position, end: position, kind: .pronoun)
        guard let named = resolvePronoun(person, line: line, before: position), named.kind == .person,
              lines[line].contains(named.start) else { return nil }
        return named
    }

    /// `the club's manager`, `the country's finance minister`: the role after the possessive is
    /// the one the person was named with (`Kelso United manager Lisa Moretti`), or a word of its
    /// family when only one person in reach fits.
    private func roleAfterPossessive(_ words: [Substring], line: Int, before position: Int) -> SpeakerCandidate? {
        guard words.count == 3 || words.count == 4, words[0].lowercased() == "the", words[1].hasSuffix("'s") || words[1].hasSuffix("’s"),
              words.dropFirst(2).allSatisfy({ $0.first?.isLowercase == true }), lexicon.titles.contains(String(words.last!)) else { return nil }
        let role = words.dropFirst(2).map(String.init)
        return resolveRole(role, line: line, before: position) ?? resolveRoleFamily(role.last!, line: line, before: position)
    }

    /// `the press service` written earlier as `the press service of Bishkek City Hall`: the same
    /// words followed by `of`, `for` or `at` and a name, in this paragraph or the three before.
    private func fullerDescription(_ candidate: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate? {
        // `the` and two words at least.
        guard candidate.text.utf8.lazy.filter({ $0 == 32 }).count >= 2 else { return nil }
        let key = candidate.text.lowercased()
        if let known = fuller[key] { return known }
        let found = searchFullerDescription(candidate, key: key, line: line, before: position)
        fuller[key] = found
        return found
    }

    private func searchFullerDescription(_ candidate: SpeakerCandidate, key: String, line: Int, before position: Int) -> SpeakerCandidate? {
        // A compound (`the press service`): one noun alone (`the court`) is rarely written in
        // full later, and searching for it costs more than it finds.
        let words = key.wordsSplitAtSpaces().dropFirst().map(String.init)
        guard let noun = words.last, words.count >= 2, words.count <= 4 else { return nil }
        for l in recentParagraphs(holding: noun, from: line, count: 4) {
            let tokens = paragraph(l).tokens
            for k in tokens.indices where tokens[k].isWord && tokens[k].lower == noun && tokens[k].start < position && k + 2 < tokens.count {
                guard k >= words.count, (0..<words.count).allSatisfy({ tokens[k - words.count + 1 + $0].lower == words[$0] }),
                      tokens[k - words.count].isWord, tokens[k - words.count].lowerIs("the"),
                      ["of", "for", "at"].contains(tokens[k + 1].lower), tokens[k + 2].runStart == Int32(k + 2) else { continue }
                let start = tokens[k - words.count].start, end = tokens[Int(tokens[k + 2].runEnd) - 1].end - Int(tokens[Int(tokens[k + 2].runEnd) - 1].possessiveLength)
                return SpeakerCandidate(text: ScalarClass.string(text, start..<end), start: start, end: end, kind: .group, gender: candidate.gender)
            }
        }
        return nil
    }
}
