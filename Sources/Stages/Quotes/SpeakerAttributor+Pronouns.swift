// Resolving `he`, `she`, `they` and `it` to the nearest compatible earlier speaker or person,
// and deciding whether a word names someone at all.

extension SpeakerAttributor {
    /// The nearest earlier compatible antecedent, sentence by sentence backwards: in each
    /// sentence a speaker (a quotation's, or a cue verb's subject) first, else the person or group
    /// the sentence opens with.
    func resolvePronoun(_ pronoun: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate? {
        if pronoun.text == "I" { return narrator(at: line) }
        if pronoun.text == "it", let writer = documentWriter(line: line, before: position) { return writer }
        var paragraphsSeen = 0
        var budget = Self.pronounTokenBudget
        // A full name of no known sex brought in by `, who` near the pronoun, whom it stands for
        // only when nobody further back can be (see below).
        var introducedOfUnknownSex: SpeakerCandidate? = nil
        var l = line
        while l >= 0 && budget > 0 {
            defer { l -= 1 }
            if isBlank(l) || (l != line && l == titleCaseHeadline) { continue }
            if l != line {
                paragraphsSeen += 1
                if paragraphsSeen > maxPronounParagraphs { break }
            }
            // `Is Mrs Quinn real?` then `She laughs. "…"`: in an interview without labels, the
            // writer's question names whom it asks about, not who answers; the one a `she`
            // after it stands for is read further back. (A question ends with a byte test first.)
            if l != line, pronoun.isHeOrShe, isQuestionLine(l), unlabelledInterviewee != nil { continue }
            let p = paragraph(l)
            // The paragraph with the question being answered (`"Wait for what?" Arsen asked.`):
            // nobody in it but the one asked answers.
            let asks = currentIndex > 0 && quotations[currentIndex - 1].line == l && isAnswer(to: currentIndex - 1)
            for sentence in p.sentences.reversed() {
                // `Her mother, she recalls, used to say that "…"`: the same pronoun set off as the
                // subject of a cue stands for whom the sentence is told by, and so does this one;
                // the one it reports on, even quoted, is someone else.
                if pronoun.isHeOrShe, p.tokens[sentence.lowerBound].start < position,
                   let reporter = samePronounReporting(pronoun, p.tokens, sentence, before: position) {
                    var earlier = pronoun
                    earlier.start = p.tokens[reporter].start
                    earlier.end = p.tokens[reporter].end
                    return resolvePronoun(earlier, line: l, before: p.tokens[sentence.lowerBound].start)
                }
                // `One large brewer had bought 20,000 tonnes, he said, adding: "…"`: the clause a
                // pronoun set off as a cue reports brings in someone new, not the pronoun's person.
                if l == line, pronoun.isHeOrShe, reportsClauseOfSomeoneNew(pronoun, p.tokens, sentence) { continue }
                // Whether the sentence only brings in someone new to ask (see below): its subject is
                // then no candidate either.
                var askerOnly = false
                var k = sentence.upperBound - 1
                while k >= sentence.lowerBound {
                    defer { k -= 1 }
                    // Read in place until a cue: most tokens are passed over, and a token copied
                    // costs a retain and a release of its string.
                    if p.tokens[k].start >= position { continue }
                    budget -= 1
                    if budget <= 0 { return introducedOfUnknownSex }
                    if let q = p.tokens[k].quotationIndex {
                        // `"Wait for what?" Arsen asked.` then `She shrugged. "…"`: the one who
                        // answers is not the one who asked.
                        if asks { continue }
                        if let speaker = results[q]?.speaker, fits(speaker, pronoun) { return speaker }
                        // `A delegate …, told our correspondent that "…." "…," he said`: one person
                        // by an indefinite description who was just quoted, in the pronoun's own
                        // paragraph, says the next words too, whatever the noun.
                        // (`a tutor first told her that the songs were "folklore". "…," she recalled`:
                        // a word quoted as a term is no statement, and the one told is someone else.)
                        if l == line, let speaker = results[q]?.speaker, quotedIndefinitePerson(speaker, pronoun),
                           let last = lastContentScalar(quotations[q]), ".,!?".unicodeScalars.contains(last),
                           !objectPronoun(pronoun.text == "she" ? "her" : "him", in: p.tokens, sentence) { return speaker }
                        continue
                    }
                    guard p.tokens[k].isWord, isCue(p.tokens, k), !isPassive(p.tokens, k) else { continue }
                    // (`a banner at Gigg Lane, which read '…'`: `which` stands for a thing, and the
                    // place or day before it is no person for `he` or `she`.)
                    if pronoun.isHeOrShe, k > sentence.lowerBound, p.tokens[k - 1].lowerIs("which") { continue }
                    // (`A government official in Baku, who asked not to be named, rejected …`: the
                    // place a preposition names inside a description is not whom `who` stands for;
                    // the description, the sentence's subject, is read below.)
                    if pronoun.isHeOrShe, whoAfterPlaceInPhrase(p, k, sentence) { continue }
                    let token = p.tokens[k]
                    // `A reporter asked the minister whether …. "…," he said`: the one asked answers.
                    // (`asked the minister to publish the modelling. "…," she said`: a request
                    // put to someone asks no question; the one who made it goes on.)
                    if answering, ["asked", "asks", "ask", "pressed", "questioned"].contains(token.lower),
                       let object = objectSpeaker(p, from: k + 1) ?? askedName(p.tokens, after: k, sentence),
                       !isRequest(p.tokens, objectEnd: object.end, sentence: sentence) {
                        if case .title(let title) = object.kind, pronoun.text != "they", pronoun.text != "it" {
                            return resolveTitle(title, line: l, before: object.start) ?? object
                        }
                        if object.kind != .pronoun && fitsAsAsked(object, pronoun) { return object }
                    }
                    if asks { continue }
                    // `A reporter from a public broadcaster asked whether X would resign. "…," he
                    // said`: someone new whom `a` or `another` brings in only to ask a question put
                    // to no one named is not whom the answer's pronoun stands for.
                    if answering, token.lowerIs("asked") || token.lowerIs("asks"), k + 1 < sentence.upperBound, p.tokens[k + 1].isWord,
                       Self.questionWords.contains(p.tokens[k + 1].lower),
                       let asker = subject(of: k, in: p, sentence: sentence), asker.kind != .pronoun, opensIndefinitely(asker) {
                        askerOnly = true
                        continue
                    }
                    // `When Biden called him, Netanyahu refused to budge. "…," he said`: a cue in
                    // a clause opening the sentence is the background; the main clause's subject,
                    // after the clause's comma, is whom the sentence is about.
                    if pronoun.isHeOrShe, let main = subjectAfterOpeningClause(p, sentence, cue: k, before: position),
                       fits(main, pronoun) {
                        return main
                    }
                    if var subject = subject(of: k, in: p, sentence: sentence), subject.kind != .pronoun, isSpeakerShaped(subject),
                       !isReportedClauseSubject(subject, p.tokens, sentence) {
                        // `The governor promised compensation. "…," he said`: the governor named before.
                        // (`Another analyst, who …, said`: someone new, not the analyst named before.)
                        if case .title(let title) = subject.kind, pronoun.isHeOrShe {
                            // (`A spokeswoman for the regulator said …. "…," she said`: `a`, like
                            // `another`, brings in someone new, not the holder named before.)
                            if opensIndefinitely(subject) {
                                subject.kind = .group
                            } else if let named = resolveTitle(title, line: l, before: token.start) ?? holderOfTitleFamily(title, line: l, before: token.start) {
                                subject = named
                            }
                        }
                        // `The veteran prosecutor said she had …. "…," she said`: a description by
                        // a role stands for the person it resolves to.
                        if subject.kind == .group, !subject.plural, pronoun.isHeOrShe,
                           lexicon.titles.contains(lastWord(of: subject.text)), subject.text.utf8.first.map({ $0 | 0x20 }) == UInt8(ascii: "t") {
                            let resolved = resolveDefinite(subject, line: l, before: token.start)
                            if resolved.kind == .person { subject = resolved }
                        }
                        if subject.kind == .person, subject.gender == .unknown,
                           let first = sentence.first(where: { p.tokens[$0].start == subject.start }) {
                            // `The firm, Nordvik Metals, said`: a name in apposition to a noun for a
                            // body is an organisation, for `it` and not for `she`.
                            if appositiveToBody(first, p.tokens, sentence) {
                                subject.kind = .organisation
                            } else {
                                // `her grandson, Marcus Banks, who said`: the noun the name stands in
                                // apposition to tells the sex.
                                subject.gender = appositiveHeadGender(first, p.tokens, sentence)
                            }
                        }
                        // `A spokesperson for the council said …. "…," they said`: singular `they`
                        // for the one person of no stated sex an indefinite description brought in,
                        // in the pronoun's own paragraph, opening a sentence of its own before the
                        // quotation (`When a speaker asked …, they chanted back:` is a crowd's).
                        if pronoun.text == "they", l == line, p.tokens[sentence.lowerBound].start == subject.start,
                           p.tokens[sentence.upperBound - 1].end <= position, let person = sexlessIndefinitePerson(subject) { return person }
                        if fits(subject, pronoun) || introducesPerson(subject, pronoun, p.tokens, sentence) {
                            // `According to Aigerim Tulegenova, an energy analyst at …, the problem is
                            // older than the ministry admits. "…," she said`: a description right
                            // after the framed name's comma is that name's apposition, not someone new.
                            return framedName(over: subject, pronoun, p, sentence, before: position) ?? subject
                        }
                        // `Air Astana said it would resume flights`: a name that speaks of itself
                        // as `it` is an organisation.
                        if pronoun.text == "it", subject.kind == .person, subject.gender == .unknown, k + 1 < p.tokens.count,
                           p.tokens[k + 1].lowerIs("it") || (p.tokens[k + 1].lowerIs("that") && k + 2 < p.tokens.count && p.tokens[k + 2].lowerIs("it")) {
                            subject.kind = .organisation
                            return subject
                        }
                    }
                }
                // No speaker in this sentence: its subject, if a compatible person, is the nearest.
                // `Senator Kennedy questioned her. "…," she told him`: the subject of a sentence with
                // `her` in it is someone else than `she`.
                let objectForm = pronoun.text == "she" ? "her" : pronoun.text == "he" ? "him" : ""
                if !asks, !askerOnly, let first = sentence.first, p.tokens[first].start < position, !objectPronoun(objectForm, in: p.tokens, sentence) {
                    // `Also on the panel was X, an urban planner …`: the name right after the
                    // inverted copula is whom the sentence is about, before its appositive.
                    if pronoun.isHeOrShe, let inverted = invertedCopulaSubject(p, sentence, before: position) ?? identifiedByCopula(p, sentence, before: position),
                       fits(inverted, pronoun) {
                        return inverted
                    }
                    let subjects = sentenceSubjects(p, sentence)
                    let fitting = subjects.filter { fits($0, pronoun) && looksLikeName($0) && isSpeakerShaped($0) }
                    // `Kim Lee interviewed spokeswoman Anna Berg. "…," she said`: a woman the text
                    // marks as one wins for `she` over a person of unknown sex named first. Not
                    // for `he`: a masculine role word (`meets chairman Tony Bloom`) is often said of
                    // anyone, and `he` then stands for the subject.
                    if pronoun.gender == .female, fitting.first?.gender == .unknown,
                       let known = fitting.first(where: { $0.gender == pronoun.gender }) {
                        return known
                    }
                    if let candidate = fitting.first {
                        return candidate
                    }
                    // `The court also heard from a second night carer, X, who …. She told the jury`:
                    // the one a hearing heard from, when its subject is no person for the pronoun.
                    if pronoun.isHeOrShe, let witness = personHeardFrom(p, sentence), fits(witness, pronoun) {
                        return witness
                    }
                    // `The Mayor of Odesa visited the port. "…," he said`: an office of a place
                    // opening the sentence is one person, its holder when named before.
                    if pronoun.isHeOrShe, let office = subjects.first, case .title(let title) = office.kind,
                       office.text.contains(" of ") {
                        return resolveTitle(title, line: l, before: office.start) ?? office
                    }
                    // `The prime minister hit back. "…," he said`: so is a definite title opening
                    // the sentence, when the text named its holder before (else read on back).
                    if pronoun.isHeOrShe, let office = subjects.first, case .title(let title) = office.kind, office.isDefinite,
                       !office.text.lowercased().hasPrefix("another "),
                       let holder = resolveTitle(title, line: l, before: office.start), fits(holder, pronoun) {
                        return holder
                    }
                    // `A spokesman rejected the claim. "…," he said`: a title after `a` is one new
                    // person, not the holder named before, and the sex its noun gives may tell.
                    if l == line, var first = subjects.first, case .title = first.kind, opensIndefinitely(first), isSpeakerShaped(first) {
                        first.kind = .group
                        // (`A spokeswoman for the administration, Dana X, rejected …`: the name in
                        // apposition is whom the title brings in.)
                        if let named = appositiveName(after: first, p.tokens, sentence) {
                            if fits(named, pronoun) { return named }
                        } else if fits(first, pronoun) || introducesPerson(first, pronoun, p.tokens, sentence) {
                            return framedName(over: first, pronoun, p, sentence, before: position) ?? first
                        }
                    }
                    // `Outside, a driver in a yellow jacket was less interested …. "…," he said`:
                    // an indefinite description of one person as the subject, in the pronoun's
                    // paragraph, introduces him (further back, a name in between is likelier).
                    if l == line, let first = subjects.first, introducesPerson(first, pronoun, p.tokens, sentence), isSpeakerShaped(first) {
                        return framedName(over: first, pronoun, p, sentence, before: position) ?? first
                    }
                    if pronoun.text != "they", pronoun.text != "it",
                       let candidate = mainClauseSubject(p, sentence, before: position) ?? coordinatedPersonSubject(p, sentence, before: position) ??
                        openingClauseSubject(p, sentence, before: position) ??
                        invertedCopulaSubject(p, sentence, before: position) ?? framingPhraseSubject(p, sentence, before: position),
                       fits(candidate, pronoun) {
                        return candidate
                    }
                    if pronoun.isHeOrShe, let introduced = personBeforeRelativeWho(p, sentence, before: position, for: pronoun), fits(introduced, pronoun) {
                        return introduced
                    }
                    // `The win will lift Ríos Ferrand to 29th in the rankings. He said …`: the one
                    // person a sentence about a thing names is whom a `he` or `she` after it stands for.
                    if pronoun.isHeOrShe, let named = lonePersonInSentenceAboutThing(p.tokens, sentence, before: position), fits(named, pronoun) {
                        return named
                    }
                    // `… paid by people like Nomsa Dube, who runs a salon. "…," she said`, after
                    // men the text has taught are men: a name of no known sex so brought in, in
                    // the pronoun's paragraph or the one before, is kept for when nobody further
                    // back can be whom the pronoun stands for (one who can still wins).
                    if pronoun.isHeOrShe, introducedOfUnknownSex == nil, paragraphsSeen <= 1,
                       let introduced = personBeforeRelativeWho(p, sentence, before: position, for: pronoun, ofUnknownSex: true),
                       withLearnedGender(introduced).gender == .unknown, fits(introduced, pronoun) {
                        introducedOfUnknownSex = introduced
                    }
                }
            }
        }
        return introducedOfUnknownSex
    }

    /// The token of `pronoun`'s own form that `sentence` sets off between commas as the subject
    /// of a cue (`Her mother, she recalls, used to say`) before `position` and the pronoun: the
    /// sentence is that pronoun's report on someone else.
    private func samePronounReporting(_ pronoun: SpeakerCandidate, _ tokens: [QuoteToken], _ sentence: Range<Int>, before position: Int) -> Int? {
        var k = sentence.lowerBound + 1
        while k + 3 < sentence.upperBound, tokens[k].start < min(position, pronoun.start) {
            defer { k += 1 }
            // (The pronoun being resolved is not its own report: `Nora kept the medal, she said, "…"`.)
            guard tokens[k].isPunctuation(","), tokens[k + 1].start < pronoun.start, tokens[k + 1].lowerIs(pronoun.text),
                  isCue(tokens, k + 2), tokens[k + 3].isPunctuation(",") else { continue }
            return k + 1
        }
        return nil
    }

    /// The person named right after the comma closing a subordinate clause that opens the
    /// sentence (`When Biden called him, Netanyahu refused`), when the cue at `cue` is inside
    /// that clause and no quotation or other cue comes between.
    private func subjectAfterOpeningClause(_ p: TokenizedParagraph, _ sentence: Range<Int>, cue: Int, before position: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        let first = openingToken(p, sentence)
        // (A coordinator joins the sentence to the one before and opens no clause of its own;
        // `as` does: `As Biden called him, …`.)
        guard first < cue, tokens[first].isWord, tokens[first].has(.clauseOpener),
              !Self.coordinators.contains(tokens[first].lower) || tokens[first].lowerIs("as"),
              let comma = (cue..<sentence.upperBound).first(where: { tokens[$0].isPunctuation(",") || tokens[$0].quotationIndex != nil }),
              tokens[comma].isPunctuation(","), comma + 1 < sentence.upperBound, tokens[comma + 1].start < position,
              tokens[comma + 1].runStart == Int32(comma + 1) else { return nil }
        let end = Int(tokens[comma + 1].runEnd)
        guard end < sentence.upperBound, tokens[end].isWord, !tokens[end].isCapitalized, !tokens[end].has(.function) || Self.finiteVerbs.contains(tokens[end].lower),
              !isCue(tokens, end) || !(cue..<comma).contains(where: { tokens[$0].quotationIndex != nil }),
              let candidate = nameCandidate(tokens, (comma + 1)..<end, gender: .unknown), candidate.kind == .person, isSpeakerShaped(candidate) else { return nil }
        return withLearnedGender(candidate)
    }

    /// The sex of the noun a name whose first word is token `first` stands in apposition to (`her
    /// grandson, Marcus Banks`, `his wife Saule`), or unknown.
    private func appositiveHeadGender(_ first: Int, _ tokens: [QuoteToken], _ sentence: Range<Int>) -> SpeakerGender {
        guard first > sentence.lowerBound else { return .unknown }
        let head = tokens[first - 1].isPunctuation(",") ? first - 2 : first - 1
        guard head >= sentence.lowerBound, tokens[head].isWord, !tokens[head].isCapitalized else { return .unknown }
        return wordGender(tokens, head)
    }

    /// Whether a name whose first word is token `first` stands in apposition after a noun for an
    /// organisation (`The firm, Nordvik Metals,`).
    /// (`An analyst at a Tokyo securities house, Rina Fujimoto,`: a body's noun inside a
    /// prepositional phrase after a role is not what the name stands in apposition to; the role is.)
    private func appositiveToBody(_ first: Int, _ tokens: [QuoteToken], _ sentence: Range<Int>) -> Bool {
        // `Power company Energia Norte says`, `the mining firm Nordvik Metals said`: a body's noun
        // right before the name, with no comma, is the name's own class.
        if first > sentence.lowerBound, tokens[first - 1].isWord, !tokens[first - 1].isCapitalized, tokens[first - 1].has(.organisation) {
            return true
        }
        guard first >= sentence.lowerBound + 2,
              tokens[first - 1].isPunctuation(",") && tokens[first - 2].isWord && !tokens[first - 2].isCapitalized && tokens[first - 2].has(.organisation) else { return false }
        if opensWithAdverbialPhrase(through: first - 2, tokens, sentence) { return false }
        var k = first - 3
        while k > sentence.lowerBound, k >= first - 8, tokens[k].isWord {
            if tokens[k].has(.preposition) || tokens[k].lowerIs("of") {
                // (`A child psychologist working with the city, Dmytro Lysenko,`: a participle in
                // -ing between the role and its phrase leaves the role what the name stands for.)
                let participle = k - 2 > sentence.lowerBound && isBareParticiple(tokens[k - 1])
                let role = tokens[participle ? k - 2 : k - 1]
                return !(role.isWord && isRoleNoun(role))
            }
            k -= 1
        }
        return true
    }

    /// Whether the words from the sentence's start through token `last`, with no punctuation
    /// between, are a fronted adverbial phrase: one opened by a preposition or a participle in
    /// -ing (`In his final statement to the court,`, `Speaking to the council,`). The noun at its
    /// end is the object of a preposition, so the name after its comma is the main clause's
    /// subject, not a name in apposition to that noun (`The firm, Nordvik Metals,` opens with a
    /// determiner instead).
    private func opensWithAdverbialPhrase(through last: Int, _ tokens: [QuoteToken], _ sentence: Range<Int>) -> Bool {
        let opener = tokens[sentence.lowerBound]
        guard opener.isWord, opener.isCapitalized, last > sentence.lowerBound else { return false }
        let participle = opener.lower.endsWithBytes("ing") && opener.lower.utf8.count >= 6 && !opener.has(.function)
        guard opener.has(.preposition) || participle else { return false }
        return (sentence.lowerBound...last).allSatisfy { tokens[$0].isWord }
    }

    /// `Every morning before he leaves …, Farrukh checks that …`: a person's name after a comma
    /// and right before a finite verb is the main clause's subject, however long the clause
    /// before it.
    private func mainClauseSubject(_ p: TokenizedParagraph, _ sentence: Range<Int>, before position: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        for k in sentence where k > sentence.lowerBound && tokens[k].runStart == Int32(k) {
            let end = Int(tokens[k].runEnd)
            guard tokens[k].start < position, end < sentence.upperBound else { continue }
            // `One victim, 81-year-old former school principal Graham Thorne, lost`: an age and a
            // role may stand between the comma and the name. (Walked back only for a name that
            // passes the cheap tests above: the walk asks `isCue` of each word.)
            let comma = rolePrefixStart(tokens, before: k, lowerBound: sentence.lowerBound) - 1
            guard comma >= sentence.lowerBound, tokens[comma].isPunctuation(",") else { continue }
            // `…, Olena Marchenko, 71, sat wrapped in a blanket`: the age is the name's.
            let aged = end + 3 < sentence.upperBound && isAgeBetweenCommas(end + 1, in: tokens)
            // `The prosecutor in the first trial, Maria Lopez, has since left`: the name in
            // apposition to a description that opens the sentence (past a dateline or a live
            // blog's time stamp, `10:05 — The head of the district, X, has arrived`).
            let appositive = !aged && end + 1 < sentence.upperBound && tokens[end].isPunctuation(",") &&
                (tokens[openingToken(p, sentence)].has(.determiner) || comma < k - 1)
            var v = aged ? end + 3 : appositive ? end + 1 : end
            // (`…, Tokayev rarely gives interviews`: an adverb in -ly before the verb.)
            if v + 1 < sentence.upperBound, tokens[v].isWord, !tokens[v].isCapitalized, tokens[v].lower.endsWithBytes("ly"), tokens[v].lower.utf8.count > 4 { v += 1 }
            let verb = tokens[v]
            guard verb.isWord, !verb.isCapitalized, !verb.has(.function) || Self.finiteVerbs.contains(verb.lower),
                  verb.has(.irregularPast) || Self.finiteVerbs.contains(verb.lower) || verb.lower.endsWithBytes("ed") ||
                    looksLikeVerbInS(verb),
                  var candidate = nameCandidate(tokens, k..<end, gender: .unknown), candidate.kind == .person, isSpeakerShaped(candidate),
                  looksLikeName(candidate) else { continue }
            // `His wife, Saule, sells flowers`: the description's noun tells her sex.
            if appositive, candidate.gender == .unknown, comma >= 1, tokens[comma - 1].isWord { candidate.gender = wordGender(tokens, comma - 1) }
            return withLearnedGender(candidate)
        }
        return nil
    }

    /// The first of the lower-case words before a name at `k` that give its age and role (`81-year-old
    /// former school principal`), or `k` when there are none or they name no role.
    private func rolePrefixStart(_ tokens: [QuoteToken], before k: Int, lowerBound: Int) -> Int {
        var b = k
        var role = false
        while b - 1 > lowerBound, b > k - 6, tokens[b - 1].isWord, !tokens[b - 1].isCapitalized, !tokens[b - 1].has(.function),
              !tokens[b - 1].has(.preposition), !isCue(tokens, b - 1) {
            b -= 1
            // (`One parent, nurse Priya Sharma,`, `retired miner Dennis Holt`: a noun for a person
            // or an agent noun is a role as much as a title is.)
            role = role || isRoleNoun(tokens[b]) || tokens[b].lower.endsWithBytes("-year-old")
        }
        return role ? b : k
    }

    /// The sentence's first token past a dateline and opening marks (its upper bound when it has
    /// none).
    func openingToken(_ p: TokenizedParagraph, _ sentence: Range<Int>) -> Int {
        var first = sentence.lowerBound
        if first == 0, p.datelineEnd > 0 { first = p.datelineEnd + 1 }
        while first < sentence.upperBound && p.tokens[first].kind == .punctuation { first += 1 }
        return first
    }

    /// `When Farhod Rahimov returned to his village …, he brought back …`: the person named right
    /// after the clause opener that opens the sentence is whom the sentence is about, when its
    /// main clause's subject is only a pronoun.
    private func openingClauseSubject(_ p: TokenizedParagraph, _ sentence: Range<Int>, before position: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        let first = openingToken(p, sentence)
        guard first + 1 < sentence.upperBound, tokens[first].isWord, tokens[first].isCapitalized, tokens[first].has(.clauseOpener),
              tokens[first + 1].runStart == Int32(first + 1), tokens[first + 1].start < position,
              let candidate = nameCandidate(tokens, (first + 1)..<Int(tokens[first + 1].runEnd), gender: .unknown), candidate.kind == .person,
              isSpeakerShaped(candidate), looksLikeName(candidate) else { return nil }
        return withLearnedGender(candidate)
    }

    /// `Among them was Shanice Ogunleye, 29, who …`: a sentence opened by a prepositional phrase
    /// with the copula before its subject is about the person named right after the copula.
    private func invertedCopulaSubject(_ p: TokenizedParagraph, _ sentence: Range<Int>, before position: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        var first = openingToken(p, sentence)
        // (`Also on the panel was Shahnoza Yusupova, …`: an adverb of addition may open it.)
        if first + 1 < sentence.upperBound, tokens[first].isWord, tokens[first].lowerIs("also"), tokens[first + 1].isWord,
           tokens[first + 1].has(.preposition) || lexicon.placePrepositions.contains(tokens[first + 1].lower) { first += 1 }
        guard first < sentence.upperBound, tokens[first].isWord, tokens[first].isCapitalized || (first > sentence.lowerBound && tokens[first - 1].lowerIs("also")),
              tokens[first].has(.preposition) || lexicon.placePrepositions.contains(tokens[first].lower) else { return nil }
        // The prepositional phrase: a few lower-case words, no name and no comma.
        var c = first + 1
        while c < min(sentence.upperBound, first + 6), tokens[c].isWord, !tokens[c].isCapitalized, tokens[c].lower != "was", tokens[c].lower != "is" { c += 1 }
        guard c + 1 < sentence.upperBound, c > first + 1, tokens[c].lowerIs("was") || tokens[c].lowerIs("is") else { return nil }
        // (`Among those waiting was hairdresser Mary Keane`: one or two lower-case words of an
        // occupation may stand before the name, as a title does, with no article.)
        var n = c + 1
        while n < min(sentence.upperBound - 1, c + 3), tokens[n].isWord, !tokens[n].isCapitalized,
              tokens[n].flags.isDisjoint(with: .notPlainModifier) { n += 1 }
        // (The last of them must name a person by a role, as `isRoleNoun` reads one: `budget airline
        // SkyNorth Air` is a company, whatever its name's shape.)
        if n > c + 1, !isRoleNoun(tokens[n - 1]) { return nil }
        guard tokens[n].runStart == Int32(n), tokens[n].start < position else { return nil }
        let end = Int(tokens[n].runEnd)
        // The name ends the clause or takes an age or an appositive after a comma.
        guard end == sentence.upperBound || tokens[end].kind == .punctuation,
              let candidate = nameCandidate(tokens, n..<end, gender: .unknown), candidate.kind == .person,
              isSpeakerShaped(candidate), looksLikeName(candidate) else { return nil }
        return withLearnedGender(candidate)
    }

    /// `Tanabe's only apprentice is 26-year-old Yuto Nakagawa, who …`, `The winner was Ana
    /// Costa.`: a sentence whose subject, a description opening with `the` or a possessive (at most
    /// five words, no comma), is identified by the copula with a person's full name (after at most
    /// two small words, an age among them) is about that person, not the owner of the possessive.
    private func identifiedByCopula(_ p: TokenizedParagraph, _ sentence: Range<Int>, before position: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        let first = openingToken(p, sentence)
        guard first + 3 < sentence.upperBound, tokens[first].isWord,
              tokens[first].lowerIs("the") || tokens[first].lowerIs("his") || tokens[first].lowerIs("her") || tokens[first].isPossessive else { return nil }
        var c = first + 1
        while c < min(sentence.upperBound, first + 6), tokens[c].isWord, !tokens[c].isCapitalized, tokens[c].lower != "was", tokens[c].lower != "is" { c += 1 }
        guard c + 2 < sentence.upperBound, c > first + 1, tokens[c].lowerIs("was") || tokens[c].lowerIs("is"),
              !tokens[c - 1].has(.function), !tokens[c - 1].has(.auxiliary) else { return nil }
        var n = c + 1
        while n < min(sentence.upperBound - 1, c + 3), tokens[n].isWord, !tokens[n].isCapitalized,
              tokens[n].flags.isDisjoint(with: .notPlainModifier) || tokens[n].lower.hasSuffix("-year-old") { n += 1 }
        guard tokens[n].runStart == Int32(n), tokens[n].start < position else { return nil }
        let end = Int(tokens[n].runEnd)
        guard end - n >= 2, end == sentence.upperBound || tokens[end].kind == .punctuation,
              let candidate = nameCandidate(tokens, n..<end, gender: .unknown), candidate.kind == .person,
              isSpeakerShaped(candidate), looksLikeName(candidate) else { return nil }
        return withLearnedGender(candidate)
    }

    /// Whether `speaker`, found for a quotation, is one unnamed person `pronoun` may stand for:
    /// an indefinite description (`A delegate from Owo`) whose noun is no body, group or document.
    private func quotedIndefinitePerson(_ speaker: SpeakerCandidate, _ pronoun: SpeakerCandidate) -> Bool {
        guard let (_, head) = singularIndefinite(speaker, pronoun) else { return false }
        let noun = head.lowercased()
        return head.first?.isLowercase == true && noun != "of" && !isOrganisationNoun(noun) && !lexicon.speechNouns.contains(noun) &&
            !lexicon.collectiveNouns.contains(noun)
    }

    /// The words of `description` and their head (``indefiniteHead(_:)``) when it has the form of
    /// one unnamed person `pronoun` (`he`, `she`) may stand for: a singular group of unknown sex
    /// opening with `a`, `an`, `one` or `another` (``indefiniteDeterminers``), two words at least.
    /// Asked by both readings of such a person, ``quotedIndefinitePerson(_:_:)`` and
    /// ``introducesPerson(_:_:_:_:)``, which differ only in what they ask of its noun and place.
    private func singularIndefinite(_ description: SpeakerCandidate, _ pronoun: SpeakerCandidate) -> (words: [Substring], head: Substring)? {
        // (`Another analyst, who asked not to be named, said`: `another` introduces one more.)
        guard description.kind == .group, !description.plural, description.gender == .unknown,
              pronoun.isHeOrShe, opensIndefinitely(description) else { return nil }
        let words = description.text.split(separator: " ", maxSplits: 5)
        guard let head = indefiniteHead(words) else { return nil }
        return (words, head)
    }

    /// The head of a description's words after its determiner: the last word before a
    /// preposition (`a district official in Isfara`) or `of` (`a representative of the city
    /// administration`), or nil for fewer than two words.
    func indefiniteHead(_ words: [Substring]) -> Substring? {
        guard words.count >= 2 else { return nil }
        var head = words[1]
        // (`a European Union negotiator`: capitalized modifiers, a body's or a country's name,
        // may come before the noun, up to its first lower-case word.)
        var modifiers = head.first?.isUppercase == true
        for word in words.dropFirst(2) {
            let upper = word.first?.isUppercase == true
            if upper && modifiers { head = word; continue }
            modifiers = false
            // (`a neighbour across the landing`: a preposition of place ends the head as well.)
            guard word.first?.isLowercase == true, word != "of", !lexicon.prepositions.contains(String(word)),
                  !lexicon.placePrepositions.contains(String(word)) else { break }
            head = word
        }
        return head
    }

    /// `A city council official, speaking on condition of anonymity, said …. "…," he said`: an
    /// indefinite description of one person (`a`, `an`, `one`, then a role or an agent noun) as a
    /// cue's subject introduces whom `he` or `she` then stands for, its sex unknown. Only as
    /// the clause's first words: `Dr X, in her second year as a foundation doctor, said` is X.
    /// A wire dateline before them (`MOSCOW (Reuters) - A senior diplomat said`) names a place
    /// and an outlet: the description still opens the clause.
    private func introducesPerson(_ subject: SpeakerCandidate, _ pronoun: SpeakerCandidate, _ tokens: [QuoteToken], _ sentence: Range<Int>) -> Bool {
        guard let (words, head) = singularIndefinite(subject, pronoun),
              let k = sentence.first(where: { tokens[$0].start == subject.start }),
              k == sentence.lowerBound || tokens[k - 1].isPunctuation(",") || (sentence.lowerBound == 0 && k > 0 && k - 1 == datelineEnd(tokens)) else { return false }
        // (`One of his neighbours`: one of a plural noun's persons.)
        let noun = words[1].lowercased() == "of" && head.hasSuffix("s") ? String(head.dropLast()) : String(head)
        // (`a 38-year-old tradie`: an age says it is a person, whatever the noun.)
        return lexicon.titles.contains(noun) || lexicon.personNouns.contains(noun) || isAgentNoun(noun) || isPersonCompound(noun) ||
            words.dropFirst().contains(where: { $0.hasSuffix("-year-old") })
    }

    /// Whether an indefinite description's noun (`Another resident`, `A commuter at the station`)
    /// is a title, a noun for a person or a doer's, so that it describes someone.
    func isIndefinitePersonDescription(_ subject: SpeakerCandidate) -> Bool {
        guard let head = indefiniteHead(subject.text.split(separator: " ", maxSplits: 5)), head.first?.isLowercase == true else { return false }
        let noun = head.lowercased()
        return lexicon.titles.contains(noun) || lexicon.personNouns.contains(noun) || isAgentNoun(noun) || isPersonCompound(noun)
    }

    /// Whether a noun is a compound in -man, -woman or -person (`fisherman`, `businesswoman`,
    /// `chairperson`), a noun for one person by its ending as an agent noun is (`A fisherman in
    /// Shama, at the mouth of the Pra, told …. "…," he said`).
    func isPersonCompound(_ noun: String) -> Bool {
        noun.utf8.count > 5 && (noun.endsWithBytes("man") || noun.endsWithBytes("person"))
    }

    /// `subject` as a description of one person `they` may stand for: singular, opening with `a`,
    /// `an`, `one` or `another`, its noun a title or a noun for a person that tells no sex
    /// (`A spokesperson for the council`, not `A spokeswoman` nor `A council`). The determiner
    /// is asked first.
    private func sexlessIndefinitePerson(_ subject: SpeakerCandidate) -> SpeakerCandidate? {
        guard !subject.plural, subject.gender == .unknown, opensIndefinitely(subject) else { return nil }
        var person = subject
        if case .title = person.kind { person.kind = .group }
        guard person.kind == .group, let head = indefiniteHead(person.text.split(separator: " ", maxSplits: 5)),
              head.first?.isLowercase == true else { return nil }
        let noun = head.lowercased()
        guard lexicon.titles.contains(noun) || lexicon.personNouns.contains(noun), lexicon.genderByWord[noun] == nil,
              !isOrganisationNoun(noun) else { return nil }
        return person
    }

    /// Whether a candidate's words open with `a`, `an`, `one` or `another` (`A spokeswoman`,
    /// ``indefiniteDeterminers``): someone the text brings in, not the holder of a title named
    /// before. Read from the first byte: most candidates open otherwise.
    func opensIndefinitely(_ candidate: SpeakerCandidate) -> Bool {
        guard let initial = candidate.text.utf8.first, initial | 0x20 == UInt8(ascii: "a") || initial | 0x20 == UInt8(ascii: "o"),
              let first = candidate.text.split(separator: " ", maxSplits: 1).first else { return false }
        return Self.indefiniteDeterminers.contains(first.lowercased())
    }

    /// Whether the cue at `k` follows `, who` right after a capitalized name that a preposition
    /// governs inside the indefinite description opening the sentence (`A government official in
    /// Baku, who asked …`, `A teacher from Leeds, who said`): the relative stands for the
    /// description, not the place. (`The prize went to X of Samarkand, who said`: no description
    /// opens the sentence, and the relative is left as it was read.)
    private func whoAfterPlaceInPhrase(_ p: TokenizedParagraph, _ k: Int, _ sentence: Range<Int>) -> Bool {
        let tokens = p.tokens
        guard k >= sentence.lowerBound + 5, tokens[k - 1].lowerIs("who"), tokens[k - 2].isPunctuation(","),
              tokens[k - 3].isWord, tokens[k - 3].isCapitalized else { return false }
        let first = tokens[k - 3].runStart >= 0 ? Int(tokens[k - 3].runStart) : k - 3
        guard first > sentence.lowerBound, tokens[first - 1].isWord, tokens[first - 1].has(.preposition) else { return false }
        // The description: a determiner opening the sentence, then words only (no comma, no
        // quotation) up to the preposition, six at most.
        let open = openingToken(p, sentence)
        guard open < first - 2, first - 1 - open <= 6, Self.indefiniteDeterminers.contains(tokens[open].lower) else { return false }
        return (open + 1..<first - 1).allSatisfy { tokens[$0].isWord }
    }

    /// `Nazarov said Tashkent welcomed the initiative`: the subject of a clause reported by an
    /// earlier cue is not who speaks next.
    private func isReportedClauseSubject(_ subject: SpeakerCandidate, _ tokens: [QuoteToken], _ sentence: Range<Int>) -> Bool {
        guard let k = sentence.first(where: { tokens[$0].start == subject.start }), k > sentence.lowerBound else { return false }
        var before = k - 1
        if tokens[before].lowerIs("that") && before > sentence.lowerBound { before -= 1 }
        return tokens[before].isWord && isCue(tokens, before) && !isPassive(tokens, before)
    }

    /// Whether `form` (`him`, `her`) is an object in the main clause of the sentence: after a
    /// relative pronoun (`… chrysanthemums that guards did not allow her to pass`) it is more
    /// likely the subject herself.
    private func objectPronoun(_ form: String, in tokens: [QuoteToken], _ sentence: Range<Int>) -> Bool {
        guard !form.isEmpty else { return false }
        for k in sentence where tokens[k].isWord {
            let token = tokens[k]
            if token.has(.clauseOpener) {
                // (`X had waited an hour before a driver told her`: nor after a subordinating
                // conjunction, whose clause has a subject of its own.)
                if !Self.coordinators.contains(token.lower) { return false }
            } else if token.lowerIs("for"), let to = ((k + 2)..<min(sentence.upperBound, k + 6)).first(where: { !tokens[$0].isWord || tokens[$0].lowerIs("to") }),
                      tokens[to].lowerIs("to"), tokens[k + 1].isWord, tokens[k + 1].has(.determiner) || tokens[k + 1].runStart >= 0 {
                // (`X has been waiting for a cousin to send him money`: nor in an infinitive
                // with a subject of its own after `for`.)
                return false
            } else if token.end - token.start == 3 && token.lower == form && isObjectPronoun(tokens, k) {
                return true
            }
        }
        return false
    }

    /// Clause openers that join clauses of equal rank: `him` or `her` after them is still in the
    /// main clause.
    private static let coordinators: Set<String> = ["and", "or", "but", "so", "yet", "as"]

    /// Conjunctions that open a subordinate clause and never a relative one or a coordinated noun
    /// (`when`, `because`): only a verb, not a noun, comes right before them.
    private static let subordinators: Set<String> = ["when", "while", "because", "although", "though", "whereas", "unless", "once", "if"]

    /// Words of direction that follow a verb of motion or looking (`looks across`, `walks back`),
    /// and that the prepositions ending a noun phrase leave out.
    private static let directionWords: Set<String> = ["across", "along", "around", "away", "back", "down", "off", "out", "past", "towards", "toward", "up"]

    /// Whether `him` or `her` at `k` is an object, not a possessive (`her son`).
    private func isObjectPronoun(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        guard tokens[k].lowerIs("her"), k + 1 < tokens.count else { return true }
        let next = tokens[k + 1]
        return !next.isWord || next.has(.preposition) || next.has(.determiner) || next.has(.function) || next.lower.endsWithBytes("ly")
    }

    /// Whether a lone capitalized word opening a sentence (`Business was good`) is a name: one
    /// with a gendered ending, an appositive after it, or seen shortly before as the last word of
    /// a longer name (`Sultanbekova` after `Aigul Sultanbekova`).
    /// `midSentence`: also when it is capitalized inside a sentence with `he`, `his`, `she` or
    /// `her` near it (`…, Farrukh checks that his passport …`): a proper noun, and a person's
    /// rather than a place's (`In 2020, Kazakhstan signed`) or a company's (`miner Kazakhmys`).
    /// `bySpeakersSoFar`: also when it gives the name of a speaker found so far (not for a pass
    /// that must answer as before the first quotation).
    func looksLikeName(_ candidate: SpeakerCandidate, midSentence: Bool = true, bySpeakersSoFar: Bool = true) -> Bool {
        guard candidate.kind == .person, candidate.gender == .unknown,
              !candidate.text.unicodeScalars.contains(" ") else { return true }
        if candidate.end < text.count && text[candidate.end] == "," { return true }
        // Capitalized inside a sentence (`…, Farrukh scrolled`): a proper noun.
        var before = candidate.start - 1
        while before >= 0 && text[before] == " " { before -= 1 }
        if midSentence, before >= 0, text[before] == "," || text[before].properties.isLowercase,
           personalPronounNear(candidate.start, candidate.end) { return true }
        // `"And the keys," Lusine said` resolved to Lusine Hakobyan, then `Before the interview
        // ended, Lusine took …`: a given name alone, of someone quoted before.
        if bySpeakersSoFar, givesNameOfEarlierSpeaker(candidate) { return true }
        return endsLongerNameCached(candidate) || setOffEarlier(Array(candidate.text.unicodeScalars), before: candidate.start)
    }

    /// Whether a role word stands anywhere in the text (in any case) right before a capitalized
    /// word (`spokesman Aibek`, `Prime Minister Adylbek`) or after a comma and an article (`, a
    /// nurse`): a cheap test, cached by word, before searching for the person it names.
    func mayNameSomeone(_ word: [Unicode.Scalar]) -> Bool {
        let key = String(String.UnicodeScalarView(word))
        if let known = roleSeen[key] { return known }
        var found = false
        let n = word.count
        // (From the text's first scalar: `Goalkeeper Ana Silva saved …` may open the text.)
        forEachOccurrence(of: word, startingIn: 0..<text.count, foldingCase: true) { i in
            guard i + n < text.count else { return true }
            if ScalarClass.isSpace(text[i + n]) && i + n + 1 < text.count && ScalarClass.isUpper(text[i + n + 1]) { found = true; return false }
            // `, a nurse` / `, the foreign minister`: a comma a few words before.
            var j = i - 1
            var words = 0
            while j >= 0 && words < 4 {
                if text[j] == "," { if words >= 1 { found = true; return false }; break }
                if ScalarClass.isSpace(text[j]) && j > 0 && ScalarClass.isWord(text[j - 1]) { words += 1 }
                if !ScalarClass.isWord(text[j]) && !ScalarClass.isSpace(text[j]) && text[j] != "-" { break }
                j -= 1
            }
            return true
        }
        roleSeen[key] = found
        return found
    }

    /// Whether `he`, `his`, `him`, `she` or `her` stands in the sentence of `[start, end)`,
    /// within 150 code points of it.
    func personalPronounNear(_ start: Int, _ end: Int) -> Bool {
        let paragraph = lines[min(lines.count - 1, line(containing: start))]
        // Within the sentence: from the last `.`, `!`, `?` or quotation mark before to the next.
        func ends(_ i: Int) -> Bool { ".!?\"“”".unicodeScalars.contains(text[i]) }
        var low = start
        while low > max(paragraph.lowerBound, start - 150) && !ends(low - 1) { low -= 1 }
        var high = end
        while high < min(paragraph.upperBound, end + 150) && !ends(high) { high += 1 }
        func lower(_ i: Int) -> UInt32 { text[i].value | 0x20 }
        var i = low
        while i + 2 <= high {
            defer { i += 1 }
            guard i == low || !ScalarClass.isWord(text[i - 1]) else { continue }
            var n = 0
            while i + n < high && ScalarClass.isWord(text[i + n]) && n < 4 { n += 1 }
            guard n == 2 || n == 3, i + n == high || !ScalarClass.isWord(text[i + n]) else { continue }
            let (a, b) = (lower(i), lower(i + 1))
            if n == 2 && b == 0x65 && a == 0x68 { return true }  // he
            if n == 3 {
                let c = lower(i + 2)
                if a == 0x68 && ((b == 0x69 && (c == 0x73 || c == 0x6D)) || (b == 0x65 && c == 0x72)) { return true }  // his, him, her
                if a == 0x73 && b == 0x68 && c == 0x65 { return true }  // she
            }
        }
        return false
    }

    /// Whether a one-word candidate is the first word of the full name of a speaker already
    /// found for an earlier quotation, or that speaker's whole name (`Their eldest daughter,
    /// Aizada, 17, … "…," the teenager said` found Aizada; `Aizada laughed.` is about her).
    private func givesNameOfEarlierSpeaker(_ candidate: SpeakerCandidate) -> Bool {
        let word = candidate.text.utf8
        for q in 0..<min(currentIndex, results.count) {
            guard let speaker = results[q]?.speaker, speaker.kind == .person, speaker.start < candidate.start else { continue }
            let name = speaker.text.utf8
            if name.elementsEqual(word) { return true }
            if name.count > word.count, name.starts(with: word), name[name.index(name.startIndex, offsetBy: word.count)] == UInt8(ascii: " ") {
                return true
            }
            // (`Dupree's style divided critics` after `"…," Loretta Dupree said`: her surname too.)
            if name.count > word.count, speaker.text.endsWithBytes(candidate.text),
               name[name.index(name.endIndex, offsetBy: -word.count - 1)] == UInt8(ascii: " ") {
                return true
            }
        }
        return false
    }

    /// Whether the object of `asked` ending at `objectEnd` is followed by `to` and a verb
    /// (`asked the minister to publish`): a request, not a question the object answers.
    private func isRequest(_ tokens: [QuoteToken], objectEnd: Int, sentence: Range<Int>) -> Bool {
        guard let after = sentence.first(where: { tokens[$0].start >= objectEnd }), after + 1 < sentence.upperBound else { return false }
        return tokens[after].lowerIs("to") && tokens[after + 1].isWord && !tokens[after + 1].isCapitalized && !tokens[after + 1].has(.determiner)
    }

    /// The likely subject of a sentence: a name that opens it (after role words such as
    /// `Interior Minister`), else a short noun phrase before its first verb (`Protesters gathered`).
    /// The sentence's subject, and a second one coordinated with `and` (`Climate envoy Laurence
    /// Tubiana and economist Nicholas Stern`).
    func sentenceSubjects(_ p: TokenizedParagraph, _ whole: Range<Int>) -> [SpeakerCandidate] {
        let tokens = p.tokens
        // (`5.40pm — Deputy Commissioner X has …`: a live blog's stamp comes before the subject.)
        var start = liveBlogStampEnd(tokens, whole, before: whole.upperBound)
        // (`22:31 More from Albuquerque, who was asked …`: a live blog's heading for more of
        // someone's words is about the one named after `from`; `More` names no one.)
        if start + 2 < whole.upperBound, tokens[start].isWord, tokens[start].isCapitalized, tokens[start].lowerIs("more"),
           tokens[start + 1].lowerIs("from"), tokens[start + 2].isWord, tokens[start + 2].isCapitalized { start += 2 }
        let sentence = start..<whole.upperBound
        guard let first = sentenceSubjectName(p, sentence) else { return [] }
        // `Kostova's coach, her father Dimitar, watched`: the name in apposition to a common head.
        if first.kind == .group, let named = appositiveName(after: first, tokens, sentence) {
            return [named] + sentenceSubjectsAfterGroup(first, tokens, sentence)
        }
        // (`The jury president, the Danish director Henrik Sørensen, was asked`: so is a title's.)
        if case .title = first.kind, let named = appositiveName(after: first, tokens, sentence) {
            return [named] + sentenceSubjectsAfterGroup(first, tokens, sentence)
        }
        // `Critics call Amina Yusuf the most divisive …`: a plural's verb of naming before a person.
        if let named = personNamed(after: first, tokens, sentence) {
            var namers = first
            namers.kind = .group
            namers.plural = true
            return [namers, named]
        }
        let subjects = sentenceSubjectsAfterGroup(first, tokens, sentence)
        // `Ulan Niyazbekov met opposition leader Roza Otunbayeva. She said`: the person the
        // subject met comes after the subject, for a pronoun only the object fits.
        if first.kind == .person, let object = roleNamedObject(after: first, tokens, sentence) { return subjects + [object] }
        return subjects
    }

    /// Whether the word at `k`, right after a name, is a verb opening the predicate: a past
    /// (`met`, `thanked`), or after a person's name with a title a present in -s that is no
    /// plural noun (`Coach Dave Hughes meets chairman …`; a team's name has no title, and
    /// `Crystal Palace sports director` is a role).
    private func opensPredicate(_ tokens: [QuoteToken], _ k: Int, afterTitledName titled: Bool) -> Bool {
        let word = tokens[k]
        if word.has(.irregularPast) || word.lower.endsWithBytes("ed") { return true }
        return titled && looksLikeVerbInS(word) && !word.has(.irregularPlural)
    }

    /// The person named, after role words, as the object of the verb in the past right after
    /// `subject` (`met opposition leader Roza Otunbayeva`, `thanked council member Rosa Diaz`).
    private func roleNamedObject(after subject: SpeakerCandidate, _ tokens: [QuoteToken], _ sentence: Range<Int>) -> SpeakerCandidate? {
        guard let e = sentence.first(where: { tokens[$0].end == subject.end }), e + 2 < sentence.upperBound else { return nil }
        let verb = tokens[e + 1]
        guard verb.isWord, !verb.isCapitalized, !verb.has(.cue),
              opensPredicate(tokens, e + 1, afterTitledName: (sentence.lowerBound..<e).contains { tokens[$0].has(.title) && tokens[$0].end <= subject.start }) else { return nil }
        var k = e + 2
        var roleGender = SpeakerGender.unknown
        if k + 3 < sentence.upperBound, tokens[k].lowerIs("the"), tokens[k + 1].isWord, !tokens[k + 1].isCapitalized,
           tokens[k + 2].isPunctuation(","), wordGender(tokens, k + 1) != .unknown {
            // `visited the widow, Anna Berg`: a noun of one sex in apposition before the name.
            roleGender = wordGender(tokens, k + 1)
            k += 3
        } else {
            while k < min(sentence.upperBound, e + 5), tokens[k].isWord, !tokens[k].isCapitalized, !tokens[k].has(.function) { k += 1 }
            if k > e + 2 {
                guard tokens[k - 1].has(.title) else { return nil }
                roleGender = wordGender(tokens, k - 1)
            }
        }
        guard k < sentence.upperBound, tokens[k].runStart == Int32(k),
              let object = nameCandidate(tokens, k..<Int(tokens[k].runEnd), gender: .unknown), object.kind == .person else { return nil }
        var named = withLearnedGender(object)
        if named.gender == .unknown { named.gender = roleGender }
        if named.gender == .unknown { named.gender = indefiniteAppositiveGender(after: Int(tokens[k].runEnd), tokens, sentence) }
        // With no role words, only a person whose sex the text gives (`met Mrs Anna Berg`, `met
        // Anna Berg, a mother of three,`) is offered: for a pronoun of that sex, over a subject of
        // unknown sex.
        guard k > e + 2 || named.gender != .unknown else { return nil }
        return named
    }

    /// The sex an appositive after a name gives (`, a mother of three`, `, the club's physio and
    /// father of two`): the first word of one sex among its next four words, before a comma.
    private func indefiniteAppositiveGender(after end: Int, _ tokens: [QuoteToken], _ sentence: Range<Int>) -> SpeakerGender {
        guard end + 1 < sentence.upperBound, tokens[end].isPunctuation(","), tokens[end + 1].isWord,
              ["a", "an", "the"].contains(tokens[end + 1].lower) else { return .unknown }
        for j in end + 2..<min(sentence.upperBound, end + 6) {
            guard tokens[j].isWord else { break }
            let gender = wordGender(tokens, j)
            if gender != .unknown { return gender }
        }
        return .unknown
    }

    /// The person named in apposition right after a common noun phrase (`, Stefan Ivanov,` or
    /// `, her father Stefan,`), closed by a comma.
    private func appositiveName(after group: SpeakerCandidate, _ tokens: [QuoteToken], _ sentence: Range<Int>) -> SpeakerCandidate? {
        // (`her legal aid centre, Hamroh,`: a body's name, not a person's.)
        guard let e = sentence.first(where: { tokens[$0].end == group.end }), !tokens[e].has(.organisation) else { return nil }
        // `My colleague on the business desk, Declan Moriarty,`: a short prepositional phrase
        // after the head, before the comma, still leaves the name in apposition to it.
        var c = e + 1
        // (`A child psychologist working with the city, Dmytro Lysenko,`: so may a participle in
        // -ing with its phrase.)
        if c + 1 < sentence.upperBound, isBareParticiple(tokens[c]), tokens[c + 1].isWord, tokens[c + 1].has(.preposition) { c += 1 }
        // (`A shopkeeper in Aralsk, Bibigul Tazhibayeva,`: the phrase may name a place; the name
        // after its comma must then be a full one, not a region or country after the town.)
        var namesPlace = false
        if c < sentence.upperBound, tokens[c].isWord, tokens[c].has(.preposition) {
            let limit = min(sentence.upperBound, c + 5)
            c += 1
            while c < limit, tokens[c].isWord, !tokens[c].has(.cue), !isAuxiliary(tokens, c) {
                if tokens[c].isCapitalized {
                    guard tokens[c].runStart >= 0 else { break }
                    namesPlace = true
                }
                c += 1
            }
        }
        guard c + 1 < sentence.upperBound, tokens[c].isPunctuation(",") else { return nil }
        var j = c + 1
        if j + 2 < sentence.upperBound, ["his", "her"].contains(tokens[j].lower), wordGender(tokens, j + 1) != .unknown {
            j += 2
            // (`Harrington's coach, her father, Doug, watched`: the relation set off by its own comma.)
            if j + 1 < sentence.upperBound, tokens[j].isPunctuation(","), tokens[j + 1].runStart == Int32(j + 1) { j += 1 }
        } else if let named = nameAfterRoleWords(tokens, from: j, sentence) {
            j = named
        }
        guard j < sentence.upperBound, tokens[j].runStart == Int32(j) else { return nil }
        let end = Int(tokens[j].runEnd)
        // (`A reader in Keswick, Tom, has sent us this:`: a listed given name alone is a person's
        // too, no region's.)
        guard !namesPlace || end - j >= 2 || lexicon.givenNameSex[tokens[j].lower] != nil else { return nil }
        // (`A third analyst, Priya Raman of Jefferies,`: the body a person of two names or more
        // works for, after `of` or `at`, may follow the name inside the apposition; so may a
        // body of lower-case words after `the`, `businessman X of the ruling party,`.)
        var close = end
        if end - j >= 2, close + 1 < sentence.upperBound, tokens[close].lowerIs("of") || tokens[close].lowerIs("at") {
            if tokens[close + 1].runStart == Int32(close + 1) {
                close = Int(tokens[close + 1].runEnd)
            } else if tokens[close + 1].lowerIs("the"),
                      let comma = (close + 2..<min(sentence.upperBound, close + 6)).first(where: { !tokens[$0].isWord }),
                      comma > close + 2, (close + 2..<comma).allSatisfy({ !tokens[$0].isCapitalized && !tokens[$0].has(.notPlainModifier) }) {
                close = comma
            }
        }
        // (`, Mykhailo Petrenko — no relation, they both stress — has decided`: a dash closes it too.)
        guard close < sentence.upperBound, tokens[close].isPunctuation(",") || tokens[close].isPunctuation("—") || tokens[close].isPunctuation("–"),
              let candidate = nameCandidate(tokens, j..<end, gender: .unknown), candidate.kind == .person, looksLikeName(candidate) else { return nil }
        // A relation's noun tells the sex (`her father Dimitar`).
        var named = withLearnedGender(candidate)
        // So does the head's (`His wife, Saule,`).
        if named.gender == .unknown { named.gender = wordGender(tokens, j > c + 1 ? j - 1 : e) }
        return named
    }

    /// The name's first token after role words that open an appositive (`, businessman Samuel
    /// Langat,`, `, the Danish director Henrik Sørensen,`): an optional `the`, `a` or `an`, up to
    /// three words, lower-case ones or a one-word capitalized modifier (a nationality), the last
    /// a noun for a person, then a name. Nil when the words are not of that shape.
    private func nameAfterRoleWords(_ tokens: [QuoteToken], from start: Int, _ sentence: Range<Int>) -> Int? {
        var k = start
        if k < sentence.upperBound, tokens[k].isWord, ["the", "a", "an"].contains(tokens[k].lower) { k += 1 }
        let first = k
        while k < min(sentence.upperBound, first + 4), tokens[k].isWord, tokens[k].runStart != Int32(k) || tokens[k].runEnd == Int32(k + 1) {
            guard tokens[k].isCapitalized || !tokens[k].has(.notPlainModifier) else { return nil }
            if k > first, tokens[k - 1].isWord, isRoleNoun(tokens[k - 1]), !tokens[k - 1].isCapitalized,
               tokens[k].runStart == Int32(k), Int(tokens[k].runEnd) > k + 1 { break }
            k += 1
        }
        guard k > first, k - first <= 3, k < sentence.upperBound, tokens[k].runStart == Int32(k), Int(tokens[k].runEnd) - k >= 2,
              !tokens[k - 1].isCapitalized, isRoleNoun(tokens[k - 1]) else { return nil }
        return k
    }

    /// The person's name right after a verb of asking when a question word opens the reported
    /// question after it (`asked Ms Nguyen how far she had been`, `asked Kerr whether …`): the
    /// object phrase, read on through the question, is no noun phrase of its own.
    private func askedName(_ tokens: [QuoteToken], after k: Int, _ sentence: Range<Int>) -> SpeakerCandidate? {
        let j = k + 1
        guard j < sentence.upperBound, tokens[j].runStart == Int32(j) else { return nil }
        let end = Int(tokens[j].runEnd)
        guard end < sentence.upperBound, tokens[end].isWord, tokens[end].has(.clauseOpener) || Self.questionWords.contains(tokens[end].lower),
              let named = nameCandidate(tokens, j..<end, gender: .unknown), named.kind == .person else { return nil }
        return named
    }

    /// Words that open a reported question after its asked person (`how`, `what`, `why`).
    private static let questionWords: Set<String> = ["how", "what", "why", "when", "where", "who", "which", "whether", "if"]

    /// Whether token `k` closes an introductory phrase: a comma, or a quotation whose words end in
    /// one, as US writing puts it inside the marks (`Asked whether officials still pressured
    /// workers to "volunteer," Yusupova paused`). The token's kind is asked first.
    func closesPhrase(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        if tokens[k].isPunctuation(",") { return true }
        guard let q = tokens[k].quotationIndex else { return false }
        return lastContentScalar(quotations[q]) == ","
    }

    /// Whether the words `gap` before a name are a noun for a person, `of` and a count (`mother
    /// of three Hauwa Suleiman`, `father of two X`): a role as much as `nurse` is. The gap's
    /// length is asked first.
    private func countedRole(_ tokens: [QuoteToken], _ gap: Range<Int>, start: Int) -> Bool {
        guard gap.count == 3 else { return false }
        let noun = tokens[gap.lowerBound], count = tokens[gap.lowerBound + 2]
        guard noun.isWord, !noun.isCapitalized || gap.lowerBound == start, tokens[gap.lowerBound + 1].lowerIs("of"), count.isWord else { return false }
        return isCount(count) && isRoleNoun(noun)
    }

    /// Whether a word token is a count: digits first (`300`), or a count word (`three`).
    private func isCount(_ token: QuoteToken) -> Bool {
        guard let first = token.lower.utf8.first else { return false }
        return first >= 48 && first <= 57 || Self.countWords.contains(token.lower)
    }

    /// Whether a name run opens at `k` and a comma closes it (`, Tomasz Wrona,`).
    private func namesAppositive(_ tokens: [QuoteToken], _ k: Int, _ sentence: Range<Int>) -> Bool {
        guard tokens[k].runStart == Int32(k) else { return false }
        let end = Int(tokens[k].runEnd)
        return end < sentence.upperBound && tokens[end].isPunctuation(",")
    }

    /// Whether `token` is a lower-case participle in -ing of six letters or more (`working`,
    /// `living`), asked on its bytes before anything else.
    func isBareParticiple(_ token: QuoteToken) -> Bool {
        token.isWord && !token.isCapitalized && token.lower.endsWithBytes("ing") && token.lower.utf8.count >= 6 && !token.has(.function)
    }

    /// `Founder and chief executive Timur Baimukhanov`, `Chairman and CEO Dana Whitlow`: `and`
    /// after a one-word role opening the sentence joins it to more role words (lower case, the
    /// last a title or occupation, or a capitalized title opening the name's run), all one
    /// person's roles; the name after them is the subject, not the first role alone.
    private func joinsRoles(_ tokens: [QuoteToken], _ gap: Range<Int>, after opening: Range<Int>?, before run: Range<Int>) -> Bool {
        guard let opening, opening.count == 1, let and = gap.first, tokens[and].isWord, tokens[and].lowerIs("and"),
              isRoleNoun(tokens[opening.lowerBound]), gap.count <= 4 else { return false }
        let roles = gap.dropFirst()
        guard let last = roles.last else { return tokens[run.lowerBound].has(.title) }
        return (tokens[last].has(.title) || isOccupationNoun(tokens[last].lower)) &&
            roles.allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].has(.function) && !tokens[$0].has(.cue) && !isAuxiliary(tokens, $0) }
    }

    private func sentenceSubjectsAfterGroup(_ first: SpeakerCandidate, _ tokens: [QuoteToken], _ sentence: Range<Int>) -> [SpeakerCandidate] {
        // `Bakhyt Sultanov's plan … met resistance`: the owner is the next candidate.
        if first.kind == .group, let k = sentence.first, tokens[k].runStart == Int32(k),
           tokens[Int(tokens[k].runEnd) - 1].isPossessive,
           let owner = nameCandidate(tokens, k..<Int(tokens[k].runEnd), gender: .unknown), owner.kind == .person {
            return [first, owner]
        }
        guard first.kind == .person || first.kind == .organisation,
              var k = (sentence.lowerBound..<sentence.upperBound).first(where: { tokens[$0].end == first.end }) else { return [first] }
        k += 1
        guard k < sentence.upperBound, tokens[k].lowerIs("and") else { return [first] }
        k += 1
        while k < sentence.upperBound && tokens[k].isWord && !tokens[k].isCapitalized && (tokens[k].has(.title) || tokens[k].has(.determiner) || tokens[k].lower.endsWithBytes("ist")) { k += 1 }
        guard k < sentence.upperBound, tokens[k].runStart == Int32(k), let second = nameCandidate(tokens, k..<Int(tokens[k].runEnd), gender: .unknown) else { return [first] }
        return [first, second]
    }

    /// How far an introductory phrase opening at `start` may run to its comma: ten tokens, but
    /// twenty-four for a question put to the subject (`Asked whether brokers were buying maize at
    /// the depot gates, he laughed.`), whose reported question is a whole clause and always ends
    /// at a comma before the one who answers.
    private func introductoryReach(_ tokens: [QuoteToken], _ start: Int, _ sentence: Range<Int>) -> Int {
        start == sentence.lowerBound && opensWithQuestionParticiple(tokens, sentence) ? 24 : 10
    }

    /// Whether `sentence` opens with a capitalized introductory participle in -ed (`Asked`,
    /// `Pressed`, `Questioned`): a question put to the one who then answers.
    func opensWithQuestionParticiple(_ tokens: [QuoteToken], _ sentence: Range<Int>) -> Bool {
        let first = tokens[sentence.lowerBound]
        return first.isWord && first.isCapitalized && first.lower.endsWithBytes("ed") && first.has(.introductory)
    }

    /// Where the subject of `sentence` is read from: past a dateline and the introductory
    /// phrases up to their commas (`In Kyzyl-Suu, on the southern shore of Lake Issyk-Kul,`,
    /// `Asked if the door was still open,`), whose words are no part of the main clause.
    func mainClauseStart(_ p: TokenizedParagraph, _ sentence: Range<Int>) -> Int {
        let tokens = p.tokens
        var start = sentence.lowerBound
        // `DONETSK OBLAST — Oleksandra Melnyk has worked …`: the subject comes after a dateline.
        if start == 0, p.datelineEnd > 0 { start = min(sentence.upperBound, p.datelineEnd + 1) }
        // Skip introductory phrases up to their commas (`In Kyzyl-Suu, on the southern shore of
        // Lake Issyk-Kul, Bakyt Ormonov remembers`).
        while start < sentence.upperBound, tokens[start].isWord,
              tokens[start].has(.introductory) || tokens[start].has(.clauseOpener) || (start > sentence.lowerBound && tokens[start].has(.preposition)) ||
                // `Waving Georgian and EU flags, protesters blocked`: a participle phrase.
                (start == sentence.lowerBound && tokens[start].lower.endsWithBytes("ing") && tokens[start].lower.count > 5 && !tokens[start].inNameMention &&
                 start + 1 < sentence.upperBound && tokens[start + 1].isWord &&
                 !endsLongerNameCached(ScalarClass.string(text, tokens[start].start..<tokens[start].end), before: tokens[start].start)) ||
                opensWithAdverbial(tokens, start, sentence),
              let comma = (start..<min(sentence.upperBound, start + introductoryReach(tokens, start, sentence))).first(where: { closesPhrase(tokens, $0) }) {
            start = comma + 1
        }
        // `A seventh-generation potter, Nazirov has trained …`: an indefinite description set
        // before the name it describes, the name going straight on to its verb, leaves the name
        // the subject. (`A spokesman, John Smith, said`: a name closed by a comma is in apposition
        // and read so already.)
        if start + 2 < sentence.upperBound, tokens[start].isWord, tokens[start].lowerIs("a") || tokens[start].lowerIs("an"),
           let comma = (start + 2..<min(sentence.upperBound, start + 6)).first(where: { !tokens[$0].isWord }), tokens[comma].isPunctuation(","),
           ((start + 1)..<comma).allSatisfy({ !tokens[$0].isCapitalized && tokens[$0].flags.isDisjoint(with: Self.frontedDescriptionStops) }),
           comma + 2 < sentence.upperBound, tokens[comma + 1].runStart == Int32(comma + 1) {
            let after = Int(tokens[comma + 1].runEnd)
            if after < sentence.upperBound, tokens[after].isWord, !tokens[after].isCapitalized { start = comma + 1 }
        }
        return start
    }

    /// Words that end a fronted description's lower-case words (`A former miner,`): a function
    /// word, a preposition, a cue or an auxiliary makes the words before the comma a clause or a
    /// phrase, no description. A set of its own, not an array literal at the test.
    private static let frontedDescriptionStops: LexiconFlags = [.function, .preposition, .cue, .auxiliary]

    private func sentenceSubjectName(_ p: TokenizedParagraph, _ sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        let start = mainClauseStart(p, sentence)
        let window = start..<min(sentence.upperBound, start + 12)
        guard !window.isEmpty else { return nil }
        // The opening phrase of names and role words (`Energy minister Olga Petrova`): its last name.
        var opening: Range<Int>? = nil
        var k = start
        // `Dozens of women`: a capitalized number noun is not a name.
        // (Nor is `One` of `One of the cooks, X,`.)
        // (Nor `One` or `Another` before a lower-case noun, `One spectator, wrapped in a flag,
        // left`: a determiner, not a one-word name.)
        let quantity = start + 1 < window.upperBound && (tokens[start + 1].lowerIs("of") &&
            (tokens[start].has(.quantityNoun) || Self.partitiveHeads.contains(tokens[start].lower)) ||
            tokens[start + 1].isWord && !tokens[start + 1].isCapitalized && tokens[start].runEnd == Int32(start + 1) &&
            (tokens[start].lowerIs("one") || tokens[start].lowerIs("another")))
        for run in nameRuns(tokens, window) where !quantity {
            let gap = k..<run.lowerBound
            // `Conservative group leader Cllr Graham Pike`: lower-case words ending in a role.
            // (`Minister Ulan Niyazbekov met opposition leader Adakhan Madumarov`: a verb in the
            // past after a name opens the predicate, whose object is not the subject.)
            // (`Crystal Palace sports scientist Jane Roe`: an agent noun ends a role as a title does.)
            let roleWords = gap.count <= 3 && gap.last.map { tokens[$0].has(.title) || isOccupationNoun(tokens[$0].lower) } == true &&
                gap.allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].has(.function) && !isAuxiliary(tokens, $0) && !tokens[$0].has(.cue) } &&
                !(opening.map { opensPredicate(tokens, gap.lowerBound, afterTitledName: $0.contains { tokens[$0].has(.title) } ||
                    ($0.lowerBound > start && tokens[$0.lowerBound - 1].has(.title))) } ?? false)
            guard roleWords || countedRole(tokens, gap, start: start) || joinsRoles(tokens, gap, after: opening, before: run) ||
                    gap.allSatisfy({ tokens[$0].isWord && (tokens[$0].has(.title) || tokens[$0].has(.determiner)) }) else { break }
            opening = run
            k = run.upperBound
        }
        // Unless the name only modifies a common noun (`Police officials briefed`).
        let modifiesNoun: Bool = {
            guard let run = opening, run.upperBound < sentence.upperBound else { return false }
            let next = tokens[run.upperBound]
            guard next.isWord && !next.isCapitalized && !isAuxiliary(next) && !next.has(.function) && !next.has(.cue) &&
                !next.lower.endsWithBytes("ed") && !next.has(.preposition) else { return false }
            // `Ms Abdrakhmanova met the ambassador`, `Sultanov left.`: a titled name, or a word
            // followed by an article, a preposition or the end of the clause, is a verb's subject.
            if run.lowerBound > start && tokens[run.lowerBound - 1].has(.title) && !tokens[run.upperBound - 1].isPossessive { return false }
            // `A European Union negotiator, speaking on condition of anonymity, rejected`: a name
            // after `a` or `an` and before a lower-case word modifies that noun, whatever follows.
            if run.lowerBound == start + 1, tokens[start].lowerIs("a") || tokens[start].lowerIs("an") { return true }
            // (`Retired English teacher Howard Blum held up …`: so is one after lower-case role
            // words ending in an occupation, when the verb after it is in the past.)
            if run.lowerBound > start, !tokens[run.upperBound - 1].isPossessive, next.has(.irregularPast),
               tokens[run.lowerBound - 1].isWord, !tokens[run.lowerBound - 1].isCapitalized, isOccupationNoun(tokens[run.lowerBound - 1].lower) { return false }
            if (run.lowerBound..<run.upperBound).contains(where: { tokens[$0].has(.title) }) && !tokens[run.upperBound - 1].isPossessive { return false }
            let after = run.upperBound + 1
            // `The Kairat goalkeeper, Temirlan Anarbekov,`: a name after `the` and before a noun
            // with a name in apposition modifies the noun.
            if run.lowerBound > start, tokens[run.lowerBound - 1].has(.determiner), after + 1 < sentence.upperBound,
               tokens[after].isPunctuation(","), tokens[after + 1].runStart == Int32(after + 1) {
                return true
            }
            if !tokens[run.upperBound - 1].isPossessive &&
                (after >= sentence.upperBound || tokens[after].kind == .punctuation || tokens[after].has(.determiner) || tokens[after].has(.preposition)) {
                return false
            }
            // `Fergal Boyle thinks otherwise`: a full name before a word in -s that is no plural
            // noun, with no verb after that word, is the subject of that word (`Police chiefs
            // warned` has its verb after the noun).
            if run.count >= 2, !tokens[run.upperBound - 1].isPossessive, looksLikeVerbInS(next),
               tokens[after].isWord, !tokens[after].isCapitalized, !isAuxiliary(tokens[after]), !tokens[after].has(.cue), !tokens[after].has(.irregularPast),
               !tokens[after].lower.endsWithBytes("ed"), !tokens[after].lower.endsWithBytes("s") {
                return false
            }
            // `Toktogulov snorts when I read this to him`: so is a surname alone before a word in
            // -s and a subordinating conjunction, which opens a clause only a verb comes before (a
            // plural noun takes a relative, `Police chiefs who`, or `and`).
            if !tokens[run.upperBound - 1].isPossessive, looksLikeVerbInS(next), !next.has(.irregularPlural),
               tokens[after].isWord, Self.subordinators.contains(tokens[after].lower) {
                return false
            }
            // So is the surname of a person the text named in full before, alone before a word in
            // -s and either a word of direction (`Abdrakhmanov looks across the yard at the eagle.`;
            // `Kazakh farmers across the north` is a group: `Kazakh` is no one's surname) or, the
            // word in -s plural-looking or not, a plain small word no verb (`Lindqvist faces top
            // seed Daria Volkova on Friday.`; `Lindqvist fans packed the stands` has its verb after
            // the noun). One test of the surname serves both shapes.
            if run.count == 1, !tokens[run.upperBound - 1].isPossessive, !next.has(.irregularPlural), tokens[after].isWord {
                let word = tokens[after]
                let towards = looksLikeVerbInS(next) && Self.directionWords.contains(word.lower)
                let plain = next.lower.endsWithBytes("s") && !next.lower.endsWithBytes("ss") && !word.isCapitalized
                    && !isAuxiliary(word) && !word.has(.cue) && !word.has(.irregularPast) && !word.lower.endsWithBytes("ed")
                    && !word.lower.endsWithBytes("s") && !word.has(.function) && !word.has(.clauseOpener)
                if towards || plain, let surname = nameCandidate(tokens, run, gender: .unknown), fullName(of: surname) != nil {
                    return false
                }
            }
            return true
        }()
        if let run = opening, !modifiesNoun, let candidate = nameCandidate(tokens, run, gender: .unknown) {
            // `The Minister of State for Finance, Doris Uzoka-Anite, met …`: an office with its
            // holder's name in apposition is the holder.
            if case .title = candidate.kind, let holder = holderInApposition(tokens, after: run, sentence) { return holder }
            return candidate
        }
        var end = start
        var limit = start + 4
        // `About forty journalists stood …`, `Nearly half the drivers walked out`: a word of
        // approximation before a count opens the group; it is no preposition ending the phrase.
        if opensApproximateCount(tokens, start, window) { end = start + 1; limit = start + 5 }
        while end < window.upperBound && end < limit {
            let token = tokens[end]
            // `Dozens of women blocked the road`: the `of` phrase is the group.
            if token.lowerIs("of"), end > start, tokens[end - 1].has(.quantityNoun) {
                end += 1
                limit = min(window.upperBound, end + 3)
                continue
            }
            guard token.isWord, !isAuxiliary(tokens, end), !token.has(.cue) || isSentenceStart(tokens, end),
                  !((token.lower.endsWithBytes("ed") || token.lower.endsWithBytes("ing") || token.has(.irregularPast)) && end > start && token.lower != "hundred"),
                  !token.has(.preposition) else { break }
            // `Several hundred farmers drove …`: a plural noun ends the phrase unless another follows.
            if end > start, !token.isCapitalized, looksPlural(tokens[end - 1]) || tokens[end - 1].has(.irregularPlural),
               !looksPlural(token), !token.has(.irregularPlural) { break }
            end += 1
        }
        guard end > start else { return nil }
        // `The detective who led the investigation, Raymond Kowalski, has retired`: the name in
        // apposition after a relative clause.
        var comma = end
        // `One of the cooks, Valentyn Hrytsenko, 70, … peels potatoes`: a partitive's `of` phrase
        // (a few words, no verb) runs on to the comma before the name in apposition.
        if start + 3 < sentence.upperBound, end < sentence.upperBound, !tokens[end].isPunctuation(","), tokens[start + 1].lowerIs("of"),
           tokens[start].isCapitalized, Self.partitiveHeads.contains(tokens[start].lower),
           let closing = ((start + 2)..<min(sentence.upperBound, start + 8)).first(where: { !tokens[$0].isWord || isAuxiliary(tokens, $0) || tokens[$0].has(.cue) }),
           closing > start + 2, tokens[closing].isPunctuation(","), closing + 1 < sentence.upperBound, tokens[closing + 1].runStart == Int32(closing + 1) {
            comma = closing
        }
        if let who = (start..<end).first(where: { tokens[$0].isWord && tokens[$0].lowerIs("who") }), who > start,
           let closing = (who..<min(sentence.upperBound, who + 12)).first(where: { tokens[$0].isPunctuation(",") }),
           closing + 1 < sentence.upperBound, tokens[closing + 1].runStart == Int32(closing + 1) {
            comma = closing
        }
        // `His main rival, Ana Kovac, refused …`: a name in apposition is the subject.
        // (Also after a lower-case role, `The bill's author, lawmaker Dastan Bekeshev, defended`,
        // or a description and `named`, `His neighbour, a retired teacher named Gulsara, nodded`.)
        var appositive = comma + 1
        // Whether the name after `appositive` is one the described person gave (`named`, `his
        // first name,`, `his name as`).
        var givenName = false
        // (`One parent, nurse Kelly Shaw, was furious`: an occupation is a role as a title is.)
        while appositive < min(sentence.upperBound, comma + 4), tokens[appositive].isWord, !tokens[appositive].isCapitalized,
              tokens[appositive].has(.title) || lexicon.occupationNouns.contains(tokens[appositive].lower) { appositive += 1 }
        // (`Zielińska's coach, former Polish Davis Cup player Tomasz Wrona,`: the role's words may
        // have capitalized ones, a nationality or a competition, when a noun for a person ends them
        // right before the name.)
        if appositive < sentence.upperBound, !namesAppositive(tokens, appositive, sentence), comma < sentence.upperBound,
           tokens[comma].isPunctuation(","), comma > start,
           let run = ((appositive + 1)..<min(sentence.upperBound, comma + 8)).first(where: { k in
               !tokens[k].isWord || (tokens[k].runStart == Int32(k) && !tokens[k - 1].isCapitalized && isRoleNoun(tokens[k - 1]))
           }), tokens[run].isWord,
           (comma + 1..<run).allSatisfy({ tokens[$0].isWord && !tokens[$0].has(.function) && !tokens[$0].has(.cue) && !isAuxiliary(tokens, $0) }) {
            appositive = run
        }
        if appositive < sentence.upperBound, tokens[appositive].runStart < 0,
           // (`a retired driver who gave his name only as Gagik`: `as` after the name given.)
           let named = (appositive..<min(sentence.upperBound, appositive + 10)).first(where: { k in
               tokens[k].isWord && (["named", "called"].contains(tokens[k].lower) ||
                   (tokens[k].lowerIs("as") && ["identified", "known", "name", "only"].contains(tokens[k - 1].lower)) ||
                   // (`a former infantryman who gave only his call sign, Borsuk,`: a call sign or
                   // nickname, with or without its comma, names the one described.)
                   (tokens[k].lowerIs("sign") && tokens[k - 1].lowerIs("call")) || tokens[k].lowerIs("nickname") ||
                   // (`The driver, who would give only his first name, Javier, said`: so does the
                   // name the one described gave, set off by its comma.)
                   (tokens[k].lowerIs("name") && k + 1 < sentence.upperBound && tokens[k + 1].isPunctuation(",")))
           }),
           (appositive..<named).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }), named + 1 < sentence.upperBound {
            appositive = named + 1
            // (`his call sign, Borsuk,`: the comma after a call sign, a nickname or a name is skipped.)
            if tokens[appositive].isPunctuation(","), appositive + 1 < sentence.upperBound,
               tokens[named].lowerIs("sign") || tokens[named].lowerIs("nickname") || tokens[named].lowerIs("name") { appositive += 1 }
            givenName = true
        }
        // (`Her volunteer centre, Umit, says`: a body's name is no person's.)
        if appositive < sentence.upperBound, tokens[comma].isPunctuation(","), tokens[appositive].runStart == Int32(appositive),
           comma == start || !tokens[comma - 1].has(.organisation) {
            let runEnd = Int(tokens[appositive].runEnd)
            // (`who gave his name as Declan and said he had travelled from Cork`: a name given
            // ends at `and` before the relative clause's next verb as well as at a comma.)
            if runEnd < sentence.upperBound,
               tokens[runEnd].isPunctuation(",") || (givenName && runEnd + 1 < sentence.upperBound && tokens[runEnd].lowerIs("and") && tokens[runEnd + 1].has(.cue)),
               var candidate = nameCandidate(tokens, appositive..<runEnd, gender: .unknown) {
                // `His wife, Saule, sells flowers`: the head's noun tells the sex.
                if candidate.gender == .unknown, comma > start { candidate.gender = wordGender(tokens, comma - 1) }
                return candidate
            }
        }
        return speakerOfSegment(tokens, start..<end, appositives: [])
    }

    /// Words of approximation before a number (`About forty`, `Nearly half`, `roughly 300`), shared
    /// with the openings of a group ``partitiveAntecedent(_:some:)`` reads.
    static let approximationWords: Set<String> = ["about", "around", "nearly", "almost", "roughly", "approximately", "over"]
    /// Words of approximation that may open a count: those and `some` (`Some 200`).
    private static let approximators: Set<String> = approximationWords.union(["some"])
    /// Units a count may measure instead of people (`About forty minutes after the blast`).
    private static let countUnits: Set<String> = ["minutes", "hours", "days", "weeks", "months", "years", "seconds", "metres", "meters",
                                                  "kilometres", "kilometers", "miles", "km", "per", "percent", "cent", "times"]

    /// Whether the phrase at `start` is a word of approximation, a count (digits, a count word
    /// or `half`, with `the` after `half`) and a noun that is no unit of time or measure:
    /// `About forty journalists`, `Around 300 boda boda riders`, `Nearly half the drivers`.
    /// The first word's length and capital are asked before any set is.
    private func opensApproximateCount(_ tokens: [QuoteToken], _ start: Int, _ window: Range<Int>) -> Bool {
        guard start + 2 < window.upperBound, tokens[start].isCapitalized, tokens[start].lower.utf8.count <= 13,
              Self.approximators.contains(tokens[start].lower) else { return false }
        let count = tokens[start + 1]
        guard count.isWord else { return false }
        var noun = start + 2
        if count.lowerIs("half") {
            if tokens[noun].lowerIs("the") || tokens[noun].lowerIs("of") { noun += 1 }
            if noun < window.upperBound, tokens[noun].lowerIs("the") { noun += 1 }
        } else if !isCount(count) {
            return false
        }
        return noun < window.upperBound && tokens[noun].isWord && !Self.countUnits.contains(tokens[noun].lower)
    }

    /// Whether the sentence opens at `start` with an adverbial up to a comma that the list of
    /// introductory words does not hold: one capitalized word before a comma and a subject
    /// pronoun (`Afterward, she held up a photograph`: no name, since the pronoun is the
    /// subject), or a few words ending in an introductory adverb (`Hours later,`, `Two days
    /// earlier,`).
    private func opensWithAdverbial(_ tokens: [QuoteToken], _ start: Int, _ sentence: Range<Int>) -> Bool {
        guard start + 2 < sentence.upperBound, tokens[start].isCapitalized else { return false }
        if tokens[start + 1].isPunctuation(","), tokens[start + 2].isWord, Self.subjectPronouns.contains(tokens[start + 2].lower) {
            return true
        }
        var c = start + 1
        while c < min(sentence.upperBound, start + 4), tokens[c].isWord, !tokens[c].isCapitalized, !tokens[c].has(.introductory) { c += 1 }
        return c < sentence.upperBound - 1 && tokens[c].has(.introductory) && !tokens[c].has(.preposition) && !tokens[c].has(.clauseOpener) &&
            tokens[c + 1].isPunctuation(",")
    }
}

extension SpeakerCandidate {
    /// Whether this is `he` or `she`: a pronoun for one person of a known sex, which alone may
    /// stand for an office's holder, a one-member group or the subject after an opening clause.
    var isHeOrShe: Bool { text == "he" || text == "she" }

}
