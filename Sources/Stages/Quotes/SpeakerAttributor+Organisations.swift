// Organisations as speakers (`the ministry`, `the company`): resolved to the one the text
// names, and kept whole with their listed parts and appositive heads.

extension SpeakerAttributor {
    /// Whether a common noun may stand for a named organisation (`the ministry`, `the firm`).
    func isOrganisationNoun(_ word: String) -> Bool {
        lexicon.organisationWords.contains(word)
    }

    /// The organisation a definite description (`the ministry`, `the company`) stands for: the
    /// nearest earlier name with the noun in it (`the Ministry of Natural Resources`), right before
    /// it (`state copper company Codelco`) or heading an appositive after it (`Codelco, the state
    /// copper company`); failing those, the nearest organisation quoted in the last paragraphs.
    func resolveOrganisation(_ noun: String, line: Int, before position: Int) -> SpeakerCandidate? {
        var budget = Self.pronounTokenBudget
        var l = line
        var quotedOrganisation: SpeakerCandidate? = nil
        var nearestOrganisation: SpeakerCandidate? = nil
        // A company or a group need not have the noun in its name (`Kazakhmys … the company`).
        let anyName = Self.companyNouns.contains(noun)
        // Nor need a noun with a class (`Ukrenergo, the national grid operator, … the company`).
        let anyParagraph = anyName || lexicon.hasOrganisationClass(noun)
        let introducers = lexicon.organisationIntroducers(for: noun)
        let nounPattern = Array(noun.unicodeScalars)
        var paragraphsSeen = 0
        while l >= 0 && paragraphsSeen <= maxPronounParagraphs + 1 && budget > 0 {
            defer { l -= 1 }
            if isBlank(l) { continue }
            paragraphsSeen += 1
            // Only a company noun or a class noun needs a paragraph without the noun in it.
            if !anyParagraph && !paragraph(l, contains: nounPattern) { continue }
            let p = paragraph(l)
            let tokens = p.tokens
            var upper = tokens.count
            if l == line { upper = tokens.firstIndex(where: { $0.start >= position }) ?? tokens.count }
            let lower = max(0, upper - budget)
            budget -= upper - lower
            var k = upper - 1
            while k >= lower {
                defer { k -= 1 }
                let token = tokens[k]
                if anyName, quotedOrganisation == nil, paragraphsSeen <= 3 {
                    if let q = token.quotationIndex, let speaker = results[q]?.speaker, isOrganisationLike(speaker) {
                        quotedOrganisation = speaker
                    } else if token.isWord, token.has(.cue), k > 0, tokens[k - 1].runStart >= 0, isCue(tokens, k), !isPassive(tokens, k),
                              let subject = subject(of: k, in: p, sentence: p.sentence(containing: k)), isOrganisationLike(subject) {
                        quotedOrganisation = subject
                    }
                }
                guard token.runStart >= 0, Int(token.runEnd) == k + 1 else { continue }
                let run = Int(token.runStart)..<(k + 1)
                if anyName, nearestOrganisation == nil, paragraphsSeen <= 2, run.contains(where: { tokens[$0].has(.organisation) }),
                   !(Self.businessNouns.contains(noun) && run.contains(where: { Self.publicBodyWords.contains(tokens[$0].lower) })),
                   let candidate = nameCandidate(tokens, run, gender: .unknown),
                   candidate.kind == .organisation {
                    nearestOrganisation = candidate
                }
                // `The RSF has denied …, the group said`: an acronym opening a noun phrase is an
                // organisation (spelled out later if it was in parentheses after its name).
                if anyName, nearestOrganisation == nil, paragraphsSeen <= 2, run.count == 1, token.end - token.start >= 2, token.end - token.start <= 6,
                   k == 0 || tokens[k - 1].lowerIs("the") || isSentenceStart(tokens, k),
                   (token.start..<token.end).allSatisfy({ ScalarClass.isUpper(text[$0]) }) {
                    let acronym = SpeakerCandidate(text: ScalarClass.string(text, token.start..<token.end), start: token.start, end: token.end, kind: .organisation)
                    // In the same paragraph it is nearer than any organisation quoted before.
                    if l == line, quotedOrganisation == nil { quotedOrganisation = acronym } else { nearestOrganisation = acronym }
                }
                let inside = run.contains { tokens[$0].lower == noun && tokens[$0].isCapitalized }
                // `state copper company Codelco`, `a company called Astana Motors`, `online
                // retailer Tamarind`, `an activist group, Sorok Sorokov,`
                let before = run.lowerBound > 0 && (introducers.contains(tokens[run.lowerBound - 1].lower) ||
                    (run.lowerBound > 1 && ["called", "named"].contains(tokens[run.lowerBound - 1].lower) && tokens[run.lowerBound - 2].lower == noun) ||
                    (run.lowerBound > 1 && tokens[run.lowerBound - 1].isPunctuation(",") && tokens[run.lowerBound - 2].isWord &&
                     introducers.contains(tokens[run.lowerBound - 2].lower)))
                guard inside || before || appositiveHead(tokens, after: run).map(introducers.contains) == true,
                      // (`On Tuesday, the council, in a statement, said`: a day's name before the
                      // noun's comma closes an opening phrase of time; it never names a body.)
                      !(run.count == 1 && Self.dayNames.contains(token.lower)),
                      let candidate = nameCandidate(tokens, run, gender: .unknown), candidate.kind == .organisation || candidate.kind == .person && !inside
                else { continue }
                return withListedParts(candidate, tokens, run)
            }
        }
        return quotedOrganisation ?? nearestOrganisation
    }

    /// Whether `candidate` is `the` and `noun` alone (`the ministry`, `The teenager`), read from its
    /// length and first letter: four bytes more than the noun (`the `), opening with `t`. Not `its
    /// ministry`, `his office` or `the health ministry`.
    func isBareDefinite(_ candidate: SpeakerCandidate, _ noun: String) -> Bool {
        candidate.text.utf8.count == noun.utf8.count + 4 && candidate.text.utf8.first.map({ $0 | 0x20 }) == UInt8(ascii: "t")
    }

    /// The one organisation named with `noun` in its name (`Ministry`) anywhere before `position`,
    /// or `nil` when the text named none or more than one (`the ministry` is then nobody's guess).
    /// Not for a company noun, which any name may stand for.
    func onlyOrganisationNamed(with noun: String, line: Int, before position: Int) -> SpeakerCandidate? {
        guard !Self.companyNouns.contains(noun) else { return nil }
        let nounPattern = Array(noun.unicodeScalars)
        var found: SpeakerCandidate? = nil
        for l in 0...line where !isBlank(l) && paragraph(l, contains: nounPattern) {
            let tokens = paragraph(l).tokens
            var k = 0
            while k < tokens.count {
                let token = tokens[k]
                guard token.start < position || l < line else { break }
                guard token.runStart == Int32(k), token.runEnd > Int32(k) else { k += 1; continue }
                let run = k..<Int(token.runEnd)
                k = run.upperBound
                let nouns = run.filter { tokens[$0].lower == noun && tokens[$0].isCapitalized }.count
                // (`the Ministry of Health and the Ministry of Finance` read as one run: two of them.)
                if nouns > 1 { return nil }
                // (A name of one word, `Office` after a possessive, is a fragment.)
                guard nouns == 1, run.count > 1,
                      let named = nameCandidate(tokens, run, gender: .unknown), named.kind == .organisation else { continue }
                let whole = withListedParts(named, tokens, run)
                if let found, found.text.lowercased() != whole.text.lowercased() { return nil }
                if found == nil { found = whole }
            }
        }
        return found
    }

    /// Whether every modifier of a definite description (`the Uzbek foreign ministry`) begins
    /// like a word of `name` (`Uzbekistan`, `Foreign`): four letters or the whole modifier.
    func modifiersAgree(_ description: String, with name: String) -> Bool {
        let words = description.lowercased().wordsSplitAtSpaces()
        guard words.count > 2 else { return true }
        let nameWords = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        for modifier in words.dropFirst().dropLast() where !modifier.hasSuffix("'s") && !modifier.hasSuffix("’s") && !lexicon.functionWords.contains(String(modifier)) {
            let stem = modifier.prefix(4)
            guard nameWords.contains(where: { $0.hasPrefix(stem) }) else { return false }
        }
        return true
    }

    /// Nouns for an organisation of any name, unlike `the ministry` (which is a ministry's name).
    static let companyNouns: Set<String> = ["company", "firm", "group", "corporation", "holding", "watchdog"]

    /// The company nouns that name a business only (`the company`, not `the group` or `the watchdog`).
    static let businessNouns: Set<String> = ["company", "firm", "corporation", "holding"]

    /// Head words of public bodies: `the company` after `In a filing with the Securities and
    /// Exchange Commission` is the filer, never the regulator, a court or a ministry it dealt with.
    static let publicBodyWords: Set<String> = ["commission", "ministry", "court", "government", "council", "committee", "parliament",
                                               "police", "army", "department", "authority", "administration", "assembly", "senate",
                                               "congress", "tribunal", "regulator", "inspectorate", "prosecutor", "prosecutors"]

    /// A named organisation, or a one-word name that no longer name makes a person's (`Kazakhmys`).
    private func isOrganisationLike(_ candidate: SpeakerCandidate) -> Bool {
        if candidate.kind == .organisation { return true }
        // (`Adam` after `he said` resolved to him is a person.)
        return candidate.kind == .person && withLearnedGender(candidate).gender == .unknown && !candidate.text.unicodeScalars.contains(" ") &&
            mentionKind(candidate.start, candidate.end) == nil && !looksLikeName(candidate, midSentence: false)
    }

    /// `the Ministry of Housing, Communities and Local Government`: an organisation's name that
    /// lists its fields after `of`, read on through the commas to the last `and`.
    private func withListedParts(_ candidate: SpeakerCandidate, _ tokens: [QuoteToken], _ run: Range<Int>) -> SpeakerCandidate {
        guard candidate.kind == .organisation, run.contains(where: { tokens[$0].lowerIs("of") }) else { return candidate }
        var k = run.upperBound
        while k + 1 < tokens.count, tokens[k].isPunctuation(","), tokens[k + 1].runStart == Int32(k + 1) {
            let next = Int(tokens[k + 1].runEnd)
            var last = next
            // `, Communities and Local Government`: the `and` inside the run or joining two.
            if next + 1 < tokens.count, tokens[next].lowerIs("and"), tokens[next + 1].runStart == Int32(next + 1) { last = Int(tokens[next + 1].runEnd) }
            if last > next || (k + 2..<next).contains(where: { tokens[$0].lowerIs("and") }) {
                var extended = candidate
                extended.end = tokens[last - 1].end - Int(tokens[last - 1].possessiveLength)
                extended.text = ScalarClass.string(text, extended.start..<extended.end)
                return extended
            }
            k = next
        }
        return candidate
    }

    /// The head noun of an appositive right after a name (`nurse` in `, a nurse at the hospital`).
    /// One of a kind is of that kind: `, one of Russia's largest steel producers,` heads with
    /// `producer`.
    func appositiveHead(_ tokens: [QuoteToken], after run: Range<Int>) -> String? {
        var k = run.upperBound
        guard k < tokens.count, tokens[k].isPunctuation(",") else { return nil }
        k += 1
        var partitive = false
        if k + 2 < tokens.count, tokens[k].lowerIs("one"), tokens[k + 1].lowerIs("of") {
            partitive = true
            k += 2
        }
        var head: String? = nil
        while k < tokens.count && k < run.upperBound + 8 {
            let token = tokens[k]
            guard token.isWord, !token.has(.preposition), token.lower != "of", !token.has(.clauseOpener) || token.has(.determiner) else { break }
            head = token.lower
            k += 1
        }
        return partitive ? head.flatMap(singularForm) : head
    }
}

extension SpeakerAttributor {
    /// Lower-case words inside a body's name that its acronym skips (`Securities and Exchange
    /// Commission` → `SEC`, `Ministry of Labour and Social Protection` → `MLSP`).
    private static let acronymConnectors: Set<String> = ["and", "of", "for", "on", "the"]

    /// `the SEC said` after `The Securities and Exchange Commission opened an inquiry`: an acronym
    /// speaking (two to six capitals) is the body named before whose capitalized words it
    /// abbreviates, nearest first, as first written (with its `the`). `nil` when the text never
    /// spelled it out: the acronym is then kept as written.
    func bodyOfAcronym(_ candidate: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate? {
        let letters = text[candidate.start..<candidate.end]
        guard letters.count >= 2, letters.count <= 6, letters.allSatisfy({ ScalarClass.isUpper($0) && $0.properties.isAlphabetic }) else { return nil }
        for l in recentParagraphs(from: line, count: 20) {
            let tokens = paragraph(l).tokens
            let upper = l == line ? (tokens.firstIndex(where: { $0.start >= min(position, candidate.start) }) ?? tokens.count) : tokens.count
            var k = upper - 1
            while k >= 0 {
                defer { k -= 1 }
                guard tokens[k].isWord, tokens[k].isCapitalized, text[tokens[k].start] == letters.first else { continue }
                // Each capitalized word gives the next letter; connectors between them give none.
                var matched = 0, j = k, last = k
                while j < upper, tokens[j].isWord {
                    if tokens[j].isCapitalized {
                        guard matched < letters.count, text[tokens[j].start] == letters[letters.startIndex + matched] else { matched = -1; break }
                        matched += 1
                        last = j
                    } else if !Self.acronymConnectors.contains(tokens[j].lower) || matched == 0 {
                        break
                    }
                    j += 1
                }
                guard matched == letters.count, last > k else { continue }
                let first = k > 0 && tokens[k - 1].lowerIs("the") ? k - 1 : k
                return SpeakerCandidate(text: ScalarClass.string(text, tokens[first].start..<tokens[last].end), start: tokens[first].start,
                                        end: tokens[last].end, kind: .organisation)
            }
        }
        return nil
    }
}
