// Titles, roles and groups that stand for a person (`the president`, `the coach`): resolved to
// the person last named with that role, and kept apart from the name they precede
// (`Minister for education Dr Aigul Bekova`).

extension SpeakerAttributor {
    /// Whether the preposition at `k` is inside a role written before its holder's name:
    /// `Cabinet member for highways Cllr Richard Pryce`, `Minister for education Dr Aigul Bekova`.
    /// A few lower-case words after the preposition, then a person's name closing the head.
    func roleBeforeName(_ tokens: [QuoteToken], preposition k: Int, in head: Range<Int>) -> Bool {
        let last = lastWordIndex(tokens, head)
        guard k - head.lowerBound <= 3, tokens[last].runStart >= 0, Int(tokens[last].runEnd) == last + 1 else { return false }
        let run = Int(tokens[last].runStart)..<(last + 1)
        guard run.lowerBound - k >= 2, run.lowerBound - k <= 5,
              ((k + 1)..<run.lowerBound).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && tokens[$0].runStart < 0 && !tokens[$0].has(.cue) &&
                  (tokens[$0].has(.determiner) || !tokens[$0].has(.function)) }),
              !tokens[run.lowerBound - 1].has(.determiner), !tokens[run.lowerBound - 1].has(.preposition),
              // (A role used as a title takes no article: `a spokesperson for the housing charity
              // Shelter` is a description of someone else.)
              (head.lowerBound..<k).allSatisfy({ tokens[$0].isWord && !tokens[$0].has(.cue) && !tokens[$0].has(.determiner) &&
                  (tokens[$0].runStart < 0 || isSentenceStart(tokens, $0) || tokens[$0].has(.title)) }),
              let name = nameCandidate(tokens, run, gender: .unknown) else { return false }
        // A person by a full name or a titled one (`Cllr Richard Pryce`), not one word that may name a body.
        return name.kind == .person && (tokens[run.lowerBound].has(.title) || name.text.contains(" "))
    }

    /// The preposition in `Analysts at brokerage Meridian Securities`, `The observation mission of
    /// the Organization for …`, `Officials at the Ministry of Health`: a common noun heading the
    /// phrase, then `at`/`of`/… with the name closing it after `the` or a lower-case class noun.
    /// The phrase is the speaker, a part of the organisation speaking, not the organisation; nil
    /// when the name follows its preposition directly (handled as a kept phrase already) or a
    /// word before the preposition is capitalized mid-sentence (`Mr Smith of the Liberal Party`).
    func groupBeforeName(_ tokens: [QuoteToken], _ run: Range<Int>, _ words: [Int]) -> Int? {
        // (`Head coach of the national team Ruslan Beishenaliev`: a person's name closing it is the speaker.)
        guard let first = words.first, run.lowerBound > first + 2,
              let name = nameCandidate(tokens, run, gender: .unknown) else { return nil }
        let personal = name.kind == .person && (name.gender != .unknown || words.contains(where: { $0 < run.lowerBound && tokens[$0].has(.title) }))
        guard !personal else { return nil }
        var j = run.lowerBound - 1
        while j > first + 1, j >= run.lowerBound - 3, tokens[j].isWord, !tokens[j].isCapitalized, tokens[j].runStart < 0,
              !tokens[j].has(.preposition), !tokens[j].lowerIs("of"), !tokens[j].has(.cue), !isAuxiliary(tokens[j]),
              tokens[j].has(.determiner) || !tokens[j].has(.function) { j -= 1 }
        guard j < run.lowerBound - 1, tokens[j].isWord, tokens[j].has(.preposition) || tokens[j].lowerIs("of"),
              ["at", "of", "for", "from", "with"].contains(tokens[j].lower) else { return nil }
        // The words before the preposition: a common noun phrase (`Analysts`, `The observation mission`).
        let before = words.prefix(while: { $0 < j })
        guard let noun = before.last, !tokens[noun].has(.function), !tokens[noun].has(.determiner),
              before.allSatisfy({ k in
                  k == first && isSentenceStart(tokens, k) ||
                      tokens[k].runStart < 0 && !tokens[k].isCapitalized && !tokens[k].has(.cue) && !isAuxiliary(tokens[k]) }) else { return nil }
        return j
    }

    /// The person last named with `title` before `position` (`the president` → `Sooronbai Jeenbekov`).
    func resolveTitle(_ title: String, line: Int, before position: Int, budget: Int = titleTokenBudget, lines reach: Int = 60) -> SpeakerCandidate? {
        resolveRole([title], line: line, before: position, budget: budget, lines: reach)
    }

    /// The person last named with the role `role` (one or more lower-case words: `prosecutor
    /// general`) in their name, right before it or heading an appositive after it.
    ///
    /// With `family`, the role is any one of those words instead, and the person must be the only
    /// one in reach named with one of them (`nil` when two people fit: `the coach` after two
    /// managers is kept as written).
    ///
    /// With `only`, the one person of that surname, if they were named so.
    func resolveRole(_ role: [String], family: Set<String> = [], line: Int, before position: Int, budget: Int = titleTokenBudget, lines reach: Int = 60,
                     only: SpeakerCandidate? = nil) -> SpeakerCandidate? {
        guard let title = role.last else { return nil }
        var found: SpeakerCandidate? = nil
        // The role's last word: the title, or with a family any word of it.
        let isRoleWord: (String) -> Bool = family.isEmpty ? { $0 == title } : { family.contains($0) }
        func matches(_ tokens: [QuoteToken], endingAt k: Int, lowerBound: Int) -> Bool {
            // (`Prime Minister's Questions`: a possessive title names the office's thing, not its holder.)
            guard k - role.count + 1 >= lowerBound, isRoleWord(tokens[k].lower), !tokens[k].isPossessive else { return false }
            for (offset, word) in role.dropLast().enumerated() where tokens[k - role.count + 1 + offset].lower != word { return false }
            return true
        }
        var budget = budget
        var l = line
        while l >= 0 && line - l < reach && budget > 0 {
            defer { l -= 1 }
            if isBlank(l) || (l != line && l == titleCaseHeadline) { continue }
            let p = paragraph(l)
            let tokens = p.tokens
            // Only the tokens before the quotation, and no more than the budget.
            var upper = tokens.count
            if l == line {
                var low = 0, high = tokens.count
                while low < high {
                    let mid = (low + high) / 2
                    if tokens[mid].start < position { low = mid + 1 } else { high = mid }
                }
                upper = low
            }
            let lower = max(0, upper - budget)
            budget -= upper - lower
            for run in nameRuns(tokens, lower..<upper).reversed() {
                // (`Declan Furey, the Sinn Féin TD for Galway West.`: the place after the role's
                // `for` is its seat, not its holder; the name before the appositive is.)
                if isSeatOfRole(run, tokens, matches: { matches(tokens, endingAt: $0, lowerBound: 0) }) { continue }
                // `Foreign Minister Annalena Baerbock` for `the minister`, also with the role in
                // lower case before the name (`ministry spokesman Aibek Smadiyarov`) or heading
                // an appositive after it (`Leila Hassan, a nurse at the hospital`).
                let inside = run.count > 1 && (run.lowerBound..<(run.upperBound - 1)).contains(where: { matches(tokens, endingAt: $0, lowerBound: run.lowerBound) })
                let before = run.lowerBound > 0 && tokens[run.lowerBound - 1].isWord && matches(tokens, endingAt: run.lowerBound - 1, lowerBound: 0) ||
                    // `Turkmenistan's president, Serdar Berdimuhamedov, has said`: the role heads
                    // an appositive closed after the name, by a comma or by the sentence's full stop
                    // (`… and the central bank governor, Melis Turgunbaev.`).
                    (run.lowerBound > 1 && tokens[run.lowerBound - 1].isPunctuation(",") && tokens[run.lowerBound - 2].isWord &&
                     run.upperBound < tokens.count && (tokens[run.upperBound].isPunctuation(",") || tokens[run.upperBound].isPunctuation(".")) &&
                     matches(tokens, endingAt: run.lowerBound - 2, lowerBound: 0)) ||
                    officeWithBriefBefore(run, tokens, matches: { matches(tokens, endingAt: $0, lowerBound: 0) })
                guard inside || before || appositiveHead(tokens, after: run).map(isRoleWord) == true else { continue }
                guard let candidate = nameCandidate(tokens, run, gender: .unknown), candidate.kind == .person, isSpeakerShaped(candidate) else { continue }
                if let only {
                    if surnameKey(only) == surnameKey(candidate) { return candidate }
                    continue
                }
                if family.isEmpty { return candidate }
                if let earlier = found {
                    // The same person named again (`Hartley`, `Joe Hartley`) is no second candidate.
                    guard surnameKey(earlier) == surnameKey(candidate) else { return nil }
                } else {
                    found = candidate
                }
            }
        }
        return found
    }

    /// The person who said the quotation right before quotation `index` (the current one by
    /// default), in its paragraph or the one before.
    func personQuotedJustBefore(_ index: Int? = nil) -> SpeakerCandidate? {
        let index = index ?? currentIndex
        guard index > 0, let previous = results[index - 1]?.speaker, previous.kind == .person else { return nil }
        let line = quotations[index].line, previousLine = quotations[index - 1].line
        guard previousLine == line || previousNonBlankLine(before: line) == previousLine else { return nil }
        return previous
    }

    /// `the coach` after `Athletic manager Joe Hartley`, `the player` after `Midfielder Ana
    /// Kovač`: the one person named near enough with another word of the role's family
    /// (`role-families.txt`), as near as a pronoun would look.
    /// `The judge said she accepted …` after `Justice Miriam Okafor-Lee told …` paragraphs
    /// before: the holder of a title of the same family (`judge` and `justice`), as far back as
    /// a title is looked for.
    func holderOfTitleFamily(_ title: String, line: Int, before position: Int) -> SpeakerCandidate? {
        guard let family = lexicon.roleFamilies[title] else { return nil }
        return resolveRole([title], family: family.union([title]), line: line, before: position)
    }

    func resolveRoleFamily(_ noun: String, line: Int, before position: Int) -> SpeakerCandidate? {
        guard let family = lexicon.roleFamilies[noun] else { return nil }
        return resolveRole([noun], family: family.union([noun]), line: line, before: position, budget: Self.pronounTokenBudget,
                           lines: 2 * (maxPronounParagraphs + 1))
    }

    /// `the source` after `A Kyrgyz government source, who declined to be named, said`: the
    /// indefinite noun phrase that introduced the same noun, in this paragraph or the one before.
    func indefiniteAntecedent(_ noun: String, line: Int, before position: Int) -> SpeakerCandidate? {
        let plural = noun + "s"
        for l in recentParagraphs(from: line, count: 2) {
            let tokens = paragraph(l).tokens
            var k = ((l == line ? tokens.firstIndex(where: { $0.start >= position }) : nil) ?? tokens.count) - 1
            while k > 0 {
                defer { k -= 1 }
                guard tokens[k].isWord, tokens[k].lower == noun || tokens[k].lower == plural else { continue }
                var j = k - 1
                if tokens[k].lower == plural {
                    // `One of the company's largest shareholders`: one of the plural noun's persons,
                    // back over its modifiers (at most three) to `one of`.
                    while j > 0, j >= k - 4, tokens[j].isWord, tokens[j].lower != "of" { j -= 1 }
                    guard j > 0, j >= k - 4, tokens[j].lowerIs("of"), ["one", "another"].contains(tokens[j - 1].lower) else { continue }
                    j -= 1
                } else {
                    // Back over modifiers (no punctuation, at most three) to `a`, `an`, `one` or `another`.
                    while j >= 0, j >= k - 4, tokens[j].isWord, !Self.indefiniteDeterminers.contains(tokens[j].lower), !tokens[j].has(.function) { j -= 1 }
                    guard j >= 0, j >= k - 4, tokens[j].isWord, Self.indefiniteDeterminers.contains(tokens[j].lower) else { continue }
                }
                // `Among the marchers was Dilnoza Ergasheva, 52, a retired nurse`: the description
                // was the named person's, and `the retired nurse` is she.
                if let owner = appositiveOwner(tokens, before: j) { return owner }
                let start = tokens[j].start
                var end = tokens[k].end, last = k
                // `A spokesman for the Central Election Commission`: with whom they speak for.
                // (`A representative of the city administration`: a title's `of` names it too.)
                var name = k + 2
                if name < tokens.count, tokens[name].lowerIs("the") { name += 1 }
                if name < tokens.count, ["for", "at"].contains(tokens[k + 1].lower) || (tokens[k + 1].lowerIs("of") && tokens[k].has(.title)) {
                    if tokens[name].runStart == Int32(name) {
                        last = Int(tokens[name].runEnd) - 1
                        end = tokens[last].end - Int(tokens[last].possessiveLength)
                        // (`A spokesman for West Yorkshire's integrated care board`: the body the
                        // possessive name owns, not the owner.)
                        if let body = possessiveBodyEnd(tokens, afterOwner: last + 1, limit: min(tokens.count, last + 6)) {
                            last = body - 1
                            end = tokens[last].end
                        }
                    } else if let organisation = (name..<min(tokens.count, name + 3)).first(where: { tokens[$0].isWord && tokens[$0].has(.organisation) }),
                              (name...organisation).allSatisfy({ tokens[$0].isWord && !tokens[$0].has(.function) }) {
                        // `An official at the foreign ministry`
                        end = tokens[organisation].end
                        last = organisation
                    }
                }
                // `A spokeswoman for the ministry, Aliya Bekova, said …`: the description named the
                // person in apposition, and `the spokeswoman` is she.
                if let named = appositivePerson(tokens, after: last) { return named }
                return SpeakerCandidate(text: ScalarClass.string(text, start..<end), start: start, end: end, kind: .group)
            }
        }
        return nil
    }

    /// Words that open an indefinite description of someone new.
    static let indefiniteDeterminers: Set<String> = ["a", "an", "one", "another"]

    /// The person named right before a comma at `j - 1` (with an age between commas after the
    /// name, `Dilnoza Ergasheva, 52,`) whom a description opening at `j` stands in apposition to.
    private func appositiveOwner(_ tokens: [QuoteToken], before j: Int) -> SpeakerCandidate? {
        guard j >= 2, tokens[j - 1].isPunctuation(",") else { return nil }
        let last = j >= 4 && isAgeBetweenCommas(j - 2, in: tokens) ? j - 4 : j - 2
        guard last >= 0, tokens[last].runEnd == Int32(last + 1), tokens[last].runStart >= 0,
              let person = nameCandidate(tokens, Int(tokens[last].runStart)..<(last + 1), gender: .unknown), person.kind == .person,
              isSpeakerShaped(person), looksLikeName(person) else { return nil }
        return withLearnedGender(person)
    }

    /// The person named between commas (or before the sentence's end) right after token `k`.
    private func appositivePerson(_ tokens: [QuoteToken], after k: Int) -> SpeakerCandidate? {
        let n = k + 2
        guard n < tokens.count, tokens[k + 1].isPunctuation(","), tokens[n].runStart == Int32(n) else { return nil }
        let end = Int(tokens[n].runEnd)
        guard end == tokens.count || !tokens[end].isWord,
              let person = nameCandidate(tokens, n..<end, gender: .unknown), person.kind == .person, isSpeakerShaped(person) else { return nil }
        return person
    }

    /// Prepositions that attach a modifier to an anonymous speaker (`a source in law enforcement`,
    /// `a woman from the city of Mary`, `a blogger with 500,000 subscribers`).
    private static let modifierPrepositions: Set<String> = ["in", "from", "at", "for", "with", "of", "inside", "within", "near"]

    /// `a source in law enforcement`, `a person familiar with the talks`, `a Ukrainian official who
    /// attended the talks,`: an indefinite description is reported whole, with the prepositional
    /// phrases after its noun and a relative clause closed by a comma; the sieves read only its
    /// head (the noun decides what it can be referred to by). Nil when nothing follows the head.
    func withModifiers(_ candidate: SpeakerCandidate) -> SpeakerCandidate? {
        guard candidate.kind != .pronoun, candidate.end > candidate.start else { return nil }
        // (`Someone at the back of the hall shouted`: an indefinite pronoun, capitalized as it
        // opens the sentence, may have been read as a name. Both open on an `s`, so a name asks
        // one letter before its first word is copied.)
        let indefinitePerson = (candidate.text.first == "s" || candidate.text.first == "S")
            && Self.indefinitePersons.contains(String(candidate.text.prefix(while: { $0 != " " })).lowercased())
        if candidate.kind == .person {
            guard indefinitePerson else { return nil }
        } else {
            // (`One fund manager at a Moscow firm`: `one` opens an indefinite description as `a` does.)
            let opening = candidate.text.prefix(4).lowercased()
            guard opening.hasPrefix("a ") || opening.hasPrefix("an ") || opening == "one " || indefinitePerson else { return nil }
        }
        let p = paragraph(line(containing: candidate.end - 1))
        let tokens = p.tokens
        guard let low = tokenIndex(endingAt: candidate.end, in: tokens), tokens[low].isWord else { return nil }
        let limit = min(tokens.count, low + 16)
        var last = low
        var j = low + 1
        // Words that may stand inside a modifier: not a verb of speech, an auxiliary, a clause
        // opener, a pronoun or a time (`late`).
        func isModifierWord(_ k: Int) -> Bool {
            let token = tokens[k]
            // (`a Pacific island state`: a verb's bare form, whose `-s` form is a cue too, cannot
            // follow a singular head.)
            let verb = isCue(tokens, k) && !lexicon.cueWords.contains(token.lower + "s")
            return token.isWord && !verb && !isAuxiliary(tokens, k) && !token.has(.auxiliary) &&
                (!token.has(.clauseOpener) || token.has(.determiner)) && pronounCandidate(token) == nil &&
                !Self.timeWords.contains(token.lower) && !token.has(.speechNoun)
        }
        // `A negotiator from a Pacific island state`: a head cut inside its own modifier at a cue
        // verb's bare form (a noun there) runs on to it.
        if !tokens[low].isCapitalized, candidate.text.wordsSplitAtSpaces().contains(where: { Self.modifierPrepositions.contains(String($0)) }) {
            while j < limit, isCue(tokens, j), isModifierWord(j), !tokens[j].isCapitalized {
                last = j
                j += 1
            }
        }
        // `a bricklayer working on the site,`: a present participle's phrase right after the
        // head, up to a comma or the sentence's end.
        if j < limit, tokens[j].isWord, !tokens[j].isCapitalized, tokens[j].lower.utf8.count > 5, tokens[j].lower.endsWithBytes("ing"),
           !tokens[j].has(.preposition), !tokens[j].has(.function), isModifierWord(j) {
            var end = j + 1
            // (`A woman holding a portrait stood at the gate`: a past verb is the clause's own.)
            while end < limit && isModifierWord(end) && !tokens[end].has(.irregularPast) && !tokens[end].lower.endsWithBytes("ed") { end += 1 }
            if end > j + 1, end < tokens.count, tokens[end].isPunctuation(",") || tokens[end].isPunctuation(".") {
                last = end - 1
                j = end
            }
        }
        while j < limit, tokens[j].isWord {
            var k = j
            // `familiar with`, `close to`: an adjective takes its own preposition.
            let complement = tokens[k].has(.complementAdjective) && !tokens[k].isCapitalized
            if complement { k += 1 }
            // (`A review in a Memphis newspaper in 1994`: a date is when, not who.)
            if k < limit, tokens[k].isWord, !tokens[k].isCapitalized,
               Self.modifierPrepositions.contains(tokens[k].lower) || (complement && tokens[k].has(.preposition)),
               k + 1 >= limit || !isYear(tokens[k + 1]) {
                var end = k + 1
                // Up to the next preposition (`on Tuesday`), which may open a modifier again.
                // (`a man in his sixties handed out bread`: a past verb after a noun is the clause's own.)
                while end < limit && isModifierWord(end) && (!tokens[end].has(.preposition) || tokens[end].lowerIs("than")) &&
                    !Self.modifierPrepositions.contains(tokens[end].lower) && !isPastAfterNoun(tokens, end) { end += 1 }
                // `an official at Armenia's Ministry of Labor and Social Affairs`: a name reached
                // in the modifier is taken whole.
                if end > k + 1, tokens[end - 1].runStart >= 0 { end = max(end, min(limit, Int(tokens[end - 1].runEnd))) }
                guard end > k + 1 else { break }
                last = end - 1
                j = end
                continue
            }
            // `who attended the talks,`: a short relative clause set off by a comma. (`A driver
            // who was parked at the stop said`: or run up to the cue it is the subject of, an
            // auxiliary allowed right after `who`.)
            if k == j, tokens[j].lowerIs("who") {
                var end = j + 1
                if end < limit, isAuxiliary(tokens, end) { end += 1 }
                while end < min(limit, j + 8) && tokens[end].isWord && !isCue(tokens, end) && !isAuxiliary(tokens, end) && pronounCandidate(tokens[end]) == nil { end += 1 }
                // (`who holds shares and asked not to be identified`: a cue after `and` or `or` is
                // the relative clause's own second verb, and the clause runs on past it.)
                let closedByCue = end < limit && tokens[end].isWord && isCue(tokens, end) && !tokens[end].lower.endsWithBytes("ing") && end - 1 > j + 1 &&
                    !tokens[end - 1].lowerIs("and") && !tokens[end - 1].lowerIs("or")
                if end > j + 1, end < limit, tokens[end].isPunctuation(",") || closedByCue { last = end - 1 }
            }
            break
        }
        guard last > low else { return nil }
        var whole = candidate
        whole.end = tokens[last].end
        whole.text = ScalarClass.string(text, whole.start..<whole.end)
        return whole
    }

    /// Whether the word at `k` is a past verb (`handed`, `stood`) right after a noun, not an
    /// adjective after a determiner (`a red coat`, `a tattered coat`).
    private func isPastAfterNoun(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        let word = tokens[k]
        guard k > 0, !word.isCapitalized, word.has(.irregularPast) || (word.lower.utf8.count > 4 && word.lower.endsWithBytes("ed") && word.lower != "hundred") else { return false }
        let previous = tokens[k - 1]
        return previous.isWord && !previous.has(.determiner) && !previous.has(.function) && !previous.has(.preposition) && !previous.lower.endsWithBytes("-year-old")
    }
}
