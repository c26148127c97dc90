import Pipeline

/// Finds who said each quotation of one document, by sieves tried in order, most precise first:
///
/// 1. a cue right after the quotation: `"…," X said`, `"…," said X`, `"…," according to X`;
/// 2. the nearest cue before it in its sentence: `X said: "…"`, `X told AFP "…"`,
///    `X said in a statement that … "…"`, with the subject found at the start of its clause through
///    introductory phrases, appositives (`one opposition candidate, Ryskeldi Mombekov, told`),
///    relative clauses and titles;
/// 3. a cue later in the sentence, or `according to X` anywhere in it;
/// 4. pronouns (`he`, `she`, `they`, `it`) resolved to the nearest earlier compatible speaker or
///    person, and `the president` to the person last named with that title;
/// 5. continuation: a quotation that stands alone as a sentence takes the speaker of the
///    quotation just before it (same or previous paragraph), and a quotation running on across
///    paragraphs keeps one speaker;
/// 6. otherwise no speaker: `nil` beats a wrong guess.
///
/// Organisations and groups (`the ministry`, `his party`, `protesters`, `the crowd chanted`) come
/// out of the same sieves as common noun phrases.
///
/// This file holds the state and the order the sieves run in; each sieve family lives in an
/// extension file named for what it does (`SpeakerAttributor+AdjacentCues.swift`,
/// `+Pronouns`, `+Exchanges`, `+Organisations`, …).
final class SpeakerAttributor {
    let text: [Unicode.Scalar]

    let lines: [Range<Int>]

    let quotations: [QuotationSpan]

    let lexicon: QuoteLexicon

    let tokenizer: QuoteTokenizer

    let names: [NameMention]?

    let maxPronounParagraphs: Int

    /// How far (in tokens) a cue or a subject is searched from a quotation: keeps pathological
    /// paragraphs (thousands of quotes, no sentence end) linear.
    static let scanLimit = 80

    /// How many tokens a pronoun's antecedent is searched through.
    static let pronounTokenBudget = 800

    /// How many tokens back a bare title (`the president`) is searched for a name.
    static let titleTokenBudget = 3000

    private var paragraphCache: [TokenizedParagraph?]

    /// Genders learned from resolved pronouns, by surname: after `she` resolved to Laurence
    /// Tubiana, a later `he` skips her.
    private var learnedGender: [String: SpeakerGender] = [:]

    /// Whether ``learnGendersFromPossessives()`` has run. It runs at the first question about a
    /// person's learned sex (lessons given before then wait for it), so that it still teaches
    /// before any pronoun or speaker does, as if run before the first quotation, and a document
    /// whose quotations never ask is not read for it.
    private var possessivesLearned = false

    /// Lessons given before the first question (a speaker's sex told by a title, `"…," Mr. X said`):
    /// they wait, so that the possessive pass still teaches first and runs only if a question comes.
    private var pendingLessons: [(gender: SpeakerGender, person: SpeakerCandidate)] = []

    /// Runs ``learnGendersFromPossessives()`` the first time only, then the lessons that waited for it.
    private func learnGendersFromPossessivesOnce() {
        guard !possessivesLearned else { return }
        possessivesLearned = true
        learnGendersFromPossessives()
        let lessons = pendingLessons
        pendingLessons = []
        for lesson in lessons { record(lesson.gender, to: lesson.person) }
    }

    /// The surnames whose gender was learned from a full name (`Nora Pickavance`): they tell
    /// nothing about another full name with that surname (`Stephen Pickavance`, her nephew).
    private var surnamesTaughtByFullName: Set<String> = []

    func surnameKey(_ candidate: SpeakerCandidate) -> String {
        let text = candidate.text
        if let space = text.lastIndex(of: " ") { return text[text.index(after: space)...].lowercased() }
        return text.lowercased()
    }

    /// The candidate with what pronouns taught about its gender: by its full name first, then by
    /// its surname (unless two people of that surname were taught apart: `Arsen and Lusine
    /// Hakobyan`).
    func withLearnedGender(_ candidate: SpeakerCandidate) -> SpeakerCandidate {
        guard candidate.kind == .person, candidate.gender == .unknown else { return candidate }
        learnGendersFromPossessivesOnce()
        guard !learnedGender.isEmpty,
              let gender = learnedGender[candidate.text.lowercased()] ?? givenNameGender(candidate) ?? surnameGender(candidate), gender != .unknown else { return candidate }
        var known = candidate
        known.gender = gender
        return known
    }

    /// What was learned for the candidate's surname, unless the candidate is a full name and the
    /// surname was learned from another full name: a relative shares the surname, not the sex.
    private func surnameGender(_ candidate: SpeakerCandidate) -> SpeakerGender? {
        let surname = surnameKey(candidate)
        guard let gender = learnedGender[surname] else { return nil }
        if surnamesTaughtByFullName.contains(surname), candidate.text.utf8.contains(32) { return nil }
        return gender
    }

    /// What was learned for the first word of a full name alone (`she` resolved to `Lusine`, then
    /// reported as `Lusine Hakobyan`).
    private func givenNameGender(_ candidate: SpeakerCandidate) -> SpeakerGender? {
        guard let space = candidate.text.firstIndex(of: " ") else { return nil }
        return learnedGender[candidate.text[..<space].lowercased()]
    }

    /// The person `pronoun` stands for, as ``resolvePronoun(_:line:before:)`` finds them, with
    /// the pronoun's sex learned for them: a pronoun a speaker is bound by (`"…," she said`, `She
    /// disagreed. "…"`, `Her verdict:`) tells a later `he` to skip her.
    func resolvePronounTeachingSex(_ pronoun: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate? {
        let resolved = resolvePronoun(pronoun, line: line, before: position)
        if let resolved, resolved.kind == .person, pronoun.gender != .unknown { teach(pronoun.gender, to: resolved) }
        return resolved
    }

    /// Records `gender` for a person's full name and surname (a surname taught both sexes by
    /// two people tells neither). Before the first question about a learned sex the lesson waits
    /// in ``pendingLessons``: nothing reads it until then, and the possessive pass must teach first.
    func teach(_ gender: SpeakerGender, to person: SpeakerCandidate) {
        guard possessivesLearned else {
            pendingLessons.append((gender, person))
            return
        }
        record(gender, to: person)
    }

    private func record(_ gender: SpeakerGender, to person: SpeakerCandidate) {
        let full = person.text.lowercased(), surname = surnameKey(person)
        if learnedGender[full] == nil { learnedGender[full] = gender }
        if let known = learnedGender[surname] {
            if known != gender && full != surname { learnedGender[surname] = .unknown }
        } else {
            learnedGender[surname] = gender
            if full != surname { surnamesTaughtByFullName.insert(surname) }
        }
    }

    /// The quotations of each line, by line index (an array: a dictionary hashed each line asked
    /// about, and each quotation at the start).
    var quotationsByLine: [[(index: Int, span: QuotationSpan)]]

    /// The article's headline line, if its first line is one: a headline's capitalized words
    /// (`Turkmen President Pledges Caspian Pipeline`) name nobody a later `he` or `the president`
    /// can refer to.
    lazy var headline: Int? = findHeadline()

    /// The headline when it is written in title case: its capitals then tell no name apart.
    lazy var titleCaseHeadline: Int? = headline.flatMap { isTitleCase($0) ? $0 : nil }

    /// The people the text says go by `they` (``findSingularTheyPeople()``), by surname: read the
    /// first time a `they` weighs a person.
    lazy var singularTheyPeople: Set<String> = findSingularTheyPeople()

    /// Attributions so far, by quotation index.
    var results: [Attribution?]

    init(text: [Unicode.Scalar], lines: [Range<Int>], quotations: [QuotationSpan], lexicon: QuoteLexicon, names: [NameMention]?, maxPronounParagraphs: Int) {
        self.text = text
        self.lines = lines
        self.quotations = quotations
        self.lexicon = lexicon
        self.tokenizer = QuoteTokenizer(abbreviations: lexicon.abbreviations, wordTable: lexicon.wordTable)
        self.names = names
        self.maxPronounParagraphs = maxPronounParagraphs
        self.results = Array(repeating: nil, count: quotations.count)
        self.paragraphCache = Array(repeating: nil, count: lines.count)
        var quotationsByLine = Array(repeating: [(index: Int, span: QuotationSpan)](), count: lines.count)
        for (index, span) in quotations.enumerated() {
            quotationsByLine[span.line].append((index, span))
        }
        self.quotationsByLine = quotationsByLine
    }

    /// Attributes every quotation, in text order.
    func attributeAll() -> [Attribution] {
        for index in quotations.indices {
            results[index] = attribute(index)
            if let speaker = results[index]?.speaker, let named = namedLater(speaker) ?? namedAfterLead(speaker) ?? expandedAcronym(speaker) ?? ownerOfNickname(speaker) ?? fullName(of: speaker) {
                results[index]?.speaker = named
            }
            if let speaker = results[index]?.speaker, quotations[index].line == headline, let named = namedAfterHeadline(speaker) {
                results[index]?.speaker = named
            }
            if let speaker = results[index]?.speaker, let fuller = withMiddleName(speaker) {
                results[index]?.speaker = fuller
            }
            if let speaker = results[index]?.speaker, !isSpeakerShaped(speaker) {
                results[index] = Attribution(speaker: nil, cue: results[index]?.cue, sieve: "not-a-speaker")
            }
            if let speaker = results[index]?.speaker, let whole = withModifiers(speaker) {
                results[index]?.speaker = whole
            }
            if let speaker = results[index]?.speaker, let whole = withCoordinatedGroup(speaker) ?? withoutPossessiveMark(speaker) ?? withoutDanglingParticiple(speaker) {
                results[index]?.speaker = whole
            }
            // `"…," Mr. Coleridge said` found the saxophonist named before with the sex his title
            // tells: that sex is the name's from now on, so a later `she` skips his quotations
            // further back (`Saxophonist Eddie Coleridge, who …, said she "…"`).
            if let speaker = results[index]?.speaker, speaker.kind == .person, speaker.gender != .unknown {
                teach(speaker.gender, to: speaker)
            }
        }
        attributeHeadlineAudiences()
        propagateAlongContinuations()
        attributeAlternatingExchanges()
        attributeRepeatedQuotations()
        return results.map { $0 ?? Attribution(speaker: nil, cue: nil, sieve: "none") }
    }

    /// The tokens of paragraph (line) `line`, tokenized once per document.
    func paragraph(_ line: Int) -> TokenizedParagraph {
        if let cached = paragraphCache[line] { return cached }
        var paragraph = tokenizer.tokenize(text, line: lines[line], quotations: quotationsByLine[line])
        if let names, !names.isEmpty, !paragraph.tokens.isEmpty {
            // Mark the words inside the names stage's mentions, walking both lists once.
            var m = firstMention(endingAfter: lines[line].lowerBound, in: names)
            for k in paragraph.tokens.indices where paragraph.tokens[k].isWord {
                let token = paragraph.tokens[k]
                while m < names.count && names[m].end <= token.start { m += 1 }
                if m < names.count && names[m].start <= token.start && token.end <= names[m].end {
                    paragraph.tokens[k].inNameMention = true
                }
            }
        }
        paragraph.datelineEnd = datelineEnd(paragraph.tokens)
        for run in findNameRuns(paragraph.tokens, 0..<paragraph.tokens.count) where run.lowerBound >= paragraph.datelineEnd {
            for k in run {
                paragraph.tokens[k].runStart = Int32(run.lowerBound)
                paragraph.tokens[k].runEnd = Int32(run.upperBound)
            }
        }
        paragraphCache[line] = paragraph
        return paragraph
    }

    /// The quotation's last scalar that is not a space, read through the closing mark of a
    /// quotation nested at its end (`… ‘Then let him be a hero at home.’`).
    func lastContentScalar(_ span: QuotationSpan) -> Unicode.Scalar? {
        var k = span.contentEnd - 1
        while k >= span.contentStart {
            let s = text[k]
            if !ScalarClass.isSpace(s) && !(k > span.contentStart && (s == "’" || s == "'" || s == "”")) { return s }
            k -= 1
        }
        return nil
    }

    // MARK: - Interview state

    /// The one a `Q:`/`A:` interview questions: the first person its introduction names (the
    /// paragraphs before its first question), when it has both questions and answers.
    lazy var interviewee: SpeakerCandidate? = findInterviewee()

    /// The writer who signs the article: `By Lena Moretti` (or `By Lena Moretti, Columnist`) as
    /// one of its first lines.
    lazy var byline: SpeakerCandidate? = findByline()

    /// The one an interview without `Q:`/`A:` labels questions: its questions are paragraphs of
    /// the writer's own ending in `?`, each answered by a paragraph that opens with a quotation;
    /// two such pairs make an interview, whose introduction (the paragraphs before its first
    /// question) names the interviewee first.
    lazy var unlabelledInterviewee: SpeakerCandidate? = findUnlabelledInterviewee()

    // MARK: - The sieves, in order

    /// Whether the quotation being attributed is no question: only an answer comes from the one
    /// asked (`asked the minister …. "…," he said`).
    var answering = true

    /// The quotation being attributed.
    var currentIndex = 0

    /// Whether the quotation's cue answers someone (`"And the keys," he agreed`): its pronoun is
    /// not the speaker of the quotation right before.
    private var responding = false

    /// Whether the quotation's cue goes on from the one quoted before (`"…," the coach added`).
    var continuing = false

    /// Cues that go on from the one quoted before (`went` and `goes` are cues only before `on`).
    private static let continuingCues: Set<String> = ["added", "adds", "continued", "continues", "went", "goes"]

    /// Cues that answer the one quoted before.
    private static let respondingCues: Set<String> = ["agreed", "agrees", "replied", "replies", "answered", "answers", "retorted", "countered", "responded", "interjected"]

    private func attribute(_ index: Int) -> Attribution? {
        currentIndex = index
        let span = quotations[index]
        answering = lastContentScalar(span) != "?"
        let paragraph = paragraph(span.line)
        guard let t = paragraph.quotationTokens[index] else { return nil }
        let sentence = paragraph.sentence(containing: t)

        // `the so-called "voluntary" relocation`: the writer's distance, nobody's words.
        if t > 0, paragraph.tokens[t - 1].isWord, paragraph.tokens[t - 1].lowerIs("so-called") {
            return Attribution(speaker: nil, cue: nil, sieve: "scare-quote")
        }
        // `Vikram "Vicky" Sethi posted on X: "…"`: a nickname the name runs through is part of
        // the name, nobody's words, whatever cue follows the name.
        if paragraph.tokens[t].runStart >= 0, Int(paragraph.tokens[t].runStart) < t {
            return Attribution(speaker: nil, cue: nil, sieve: "nickname")
        }
        // (`praised his side's 'ruthless' finishing`: a judging verb's object holds its subject's words.)
        if let judge = judgingVerbSubject(paragraph, t, sentence, span),
           let resolved = resolve(judge, line: span.line, before: span.start) ?? leadRoleNamedForPronoun(judge, paragraph, sentence) {
            return Attribution(speaker: resolved, cue: nil, sieve: "judged-object")
        }
        // (`a "catastrophic" state, according to the WHO` is the WHO's word.)
        if isAttributive(paragraph.tokens, t, quotations[index]), !sentence.contains(where: { paragraph.tokens[$0].isWord && accordingPhrase(at: $0, in: paragraph.tokens) != nil }) {
            return Attribution(speaker: nil, cue: nil, sieve: "attributive")
        }
        if isInscription(paragraph.tokens, t, sentence: sentence) {
            return Attribution(speaker: nil, cue: nil, sieve: "inscription")
        }
        // (`Everyone else, says X, is "over there" - the phrase people here use for Russia`: a
        // term an inserted cue gives to someone is theirs.)
        if namesChargeOrTerm(paragraph.tokens, t, quotations[index]), !hasInsertedCue(paragraph, before: t, sentence: sentence) {
            return Attribution(speaker: nil, cue: nil, sieve: "charge-or-name")
        }
        // `dismissed "The Long Tide" as "…"`: a title a cue verb describes is its object.
        if isTitle(span), !cueRightBefore(paragraph, t) || describedAs(paragraph.tokens, t), !cueRightAfter(paragraph, t) {
            return Attribution(speaker: nil, cue: nil, sieve: "title")
        }
        if let chanters = chantFromPhrase(paragraph, t, sentence) {
            return Attribution(speaker: chanters, cue: nil, sieve: "chant-from")
        }
        if chantOpensClause(paragraph, t, sentence) {
            return Attribution(speaker: nil, cue: nil, sieve: "chant-unowned")
        }
        if let chanters = chantNounPhrase(paragraph, t, sentence) {
            return Attribution(speaker: chanters, cue: nil, sieve: "chant-noun")
        }
        var found: (SpeakerCandidate?, String?, String)? = nil
        // `posted a photo with the caption: "…"`: whoever posted it, before any cue or colon.
        // `When a reporter asked, "…?", the spokesman replied`: a cue right before the quotation
        // outranks one after it.
        if let poster = captionPoster(paragraph, t, sentence, line: span.line) {
            found = (poster, nil, "caption-poster")
        } else if cueRightBefore(paragraph, t), let (speaker, cue) = leftCue(paragraph, t, sentence), speaker != nil {
            found = (speaker, cue, "cue-before")
        } else if let (speaker, cue) = rightAdjacent(paragraph, t) {
            found = (speaker, cue, "adjacent-after")
            // `Lavrov said Moscow was ready for talks "without preconditions," Interfax reported`:
            // inside a sentence, the cue before the words says whose they are; the one after
            // says who reported the whole sentence.
            if t > sentence.lowerBound, let speaker, speaker.kind == .organisation || speaker.kind == .group || cue.map({ $0.hasPrefix("report") }) == true,
               let (inner, innerCue) = leftCue(paragraph, t, sentence), let inner, inner.kind == .person {
                found = (inner, innerCue, "cue-before-reported")
            }
        } else if let speaker = colonLabel(paragraph, t, sentence) {
            found = (speaker, nil, "name-colon")
        } else if let (speaker, cue) = leftCue(paragraph, t, sentence) {
            found = (speaker, cue, "cue-before")
        } else if let (speaker, cue) = laterInSentence(paragraph, t, sentence) {
            found = (speaker, cue, "cue-later")
        }
        if let (_, cue, _) = found, cue == "told", span.line == headline, headlineEndsInPassiveTold(paragraph) {
            found = nil
        }
        if found == nil, let speaker = caption(paragraph, t) {
            found = (speaker, nil, "caption")
        }
        // A candidate not shaped like a speaker (`Turnout was 69`, `to RFE/RL's request`) is no
        // answer: the later sieves (or no speaker) decide.
        if let (candidate, _, _) = found, let candidate, !isSpeakerShaped(candidate) {
            found = nil
        }
        if let (candidate, cue, sieve) = found {
            // (`Asked whether …, she replied`: the question was the writer's, not the one quoted before.)
            let cueVerb = cue.map { String($0.prefixBeforeSpace()) }
            responding = candidate?.kind == .pronoun && cueVerb.map(Self.respondingCues.contains) == true &&
                paragraph.tokens[openingToken(paragraph, sentence)].lower != "asked"
            defer { responding = false }
            continuing = cueVerb.map(Self.continuingCues.contains) == true
            defer { continuing = false }
            if let candidate, let resolved = namedInNextSentence(candidate, paragraph) ?? namedByRepeatedNoun(candidate, paragraph, line: span.line) ??
                resolve(candidate, line: span.line, before: span.start) {
                if isPutToResolvedSpeaker(candidate, resolved: resolved) { return Attribution(speaker: candidate, cue: cue, sieve: sieve + "-asker") }
                return Attribution(speaker: resolved, cue: cue, sieve: sieve)
            }
            // (`'…, wasn't it?' he asked.` / `'It was my job,' she replied.`: the one questioned.)
            if let candidate, candidate.kind == .pronoun, index > 0, isAnswer(to: index - 1), let questioned = questionedPerson(by: index - 1, fitting: candidate) {
                return Attribution(speaker: questioned, cue: cue, sieve: sieve + "-questioned")
            }
            if let candidate, candidate.kind == .pronoun, let named = cataphor(paragraph, candidate, sentence) {
                return Attribution(speaker: named, cue: cue, sieve: sieve + "-cataphor")
            }
            if let candidate, let named = leadRoleNamedForPronoun(candidate, paragraph, sentence) {
                return Attribution(speaker: named, cue: cue, sieve: sieve + "-lead-role")
            }
            // (`Asked if the door was still open, he shrugged: "…"`: a cue with no subject, in the
            // phrase opening the sentence, leaves the clause the colon closes to say who speaks.)
            if candidate == nil, let introducer = colonIntroduction(index, paragraph, t) {
                return Attribution(speaker: introducer, cue: nil, sieve: "colon-introduction")
            }
            if candidate != nil || cue != nil {
                return Attribution(speaker: nil, cue: cue, sieve: sieve + "-unresolved")
            }
        }
        if let introducer = colonIntroduction(index, paragraph, t) {
            return Attribution(speaker: introducer, cue: nil, sieve: "colon-introduction")
        }
        // A `Q:`/`A:` interview: an answer with no cue of its own (nor a colon introducing it) is the interviewee's, a question
        // is nobody's, and so is its quotation unless a cue says whose it is.
        if let label = interviewLabel(paragraph), interviewee != nil {
            if label == "q" { return Attribution(speaker: nil, cue: nil, sieve: "interview-question") }
            return Attribution(speaker: interviewee, cue: nil, sieve: "interview-answer")
        }
        // An interview without labels: a paragraph opening with a quotation and no cue, right
        // after the writer's question, answers it.
        if found == nil, t == 0, let q = previousNonBlankLine(before: span.line), isQuestionLine(q), let interviewee = unlabelledInterviewee {
            return Attribution(speaker: interviewee, cue: nil, sieve: "interview-answer")
        }
        if span.line == headline, found == nil, let interviewee = interviewee ?? unlabelledInterviewee {
            return Attribution(speaker: interviewee, cue: nil, sieve: "interview-headline")
        }
        // (`"…" — she mimed a man eating a sandwich — "…"`: one utterance around what the speaker did.)
        if let speaker = dashedAsideSpeaker(index, paragraph, t, sentence) {
            return Attribution(speaker: speaker, cue: nil, sieve: "dashed-aside")
        }
        // (`'Mr Lutz, she has answered you twice.'`: words that open by calling someone by name are
        // said to them, not by them; the sieves after this one look for who did.)
        if let inherited = continuation(index, paragraph: paragraph, tokenIndex: t, sentence: sentence),
           !opensByAddressing(span, inherited) {
            return Attribution(speaker: inherited, cue: nil, sieve: "continuation")
        }
        if let named = nextSentenceSpeaker(paragraph, t, sentence) {
            return Attribution(speaker: named, cue: nil, sieve: "next-sentence")
        }
        if let introduced = introducedBefore(index, paragraph, t, sentence) {
            return Attribution(speaker: introduced, cue: nil, sieve: "introduced")
        }
        return nil
    }

    /// Whether `candidate` can be what `pronoun` stands for: its gender agrees, and after a cue
    /// that answers (`"And the keys," he agreed`) it is not the one quoted right before.
    func fits(_ candidate: SpeakerCandidate, _ pronoun: SpeakerCandidate) -> Bool {
        let known = withLearnedGender(candidate)
        guard known.canBeReferred(by: pronoun) || goesBySingularThey(candidate, pronoun) || givenNameOverrulesEnding(known, for: pronoun) else { return false }
        if givenNameRulesOut(known, for: pronoun) { return false }
        // (`"Do you ever stop?" I asked him. "Not in April," he said`: the writer who signs the
        // piece is `I` in it, never `he` or `she`.)
        if pronoun.isHeOrShe, candidate.kind == .person, let writer = byline, writer.text == candidate.text { return false }
        // `… at Gigg Lane on Saturday, which read '…'. "…," he said`: a day or a month is no
        // person for `he` or `she`. (One short word only is looked up: most candidates are not.)
        if pronoun.isHeOrShe, candidate.text.utf8.count <= 9, !candidate.text.utf8.contains(32),
           Self.timeWords.contains(candidate.text.lowercased()) { return false }
        // (`The team's previous satellite, Kookaburra-1, failed …. "…," she said`: a name with a
        // figure in it is a craft's, a model's or a product's, never a person's.)
        if pronoun.isHeOrShe, candidate.kind == .person, candidate.text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) { return false }
        guard responding, currentIndex > 0, let previous = results[currentIndex - 1]?.speaker else { return true }
        let a = candidate.text, b = previous.text
        return !(a == b || b.hasPrefix(a + " ") || b.hasSuffix(" " + a) || a.hasPrefix(b + " ") || a.hasSuffix(" " + b))
    }

    /// Whether the one a cue asked (`X asked Ms Nguyen how far …. "…," she replied`) can be what
    /// `pronoun` stands for: as ``fits(_:_:)``, but an answering cue's reply is to the question put
    /// in between, so the one asked may be the one quoted right before.
    func fitsAsAsked(_ object: SpeakerCandidate, _ pronoun: SpeakerCandidate) -> Bool {
        let wasResponding = responding
        responding = false
        defer { responding = wasResponding }
        return fits(object, pronoun)
    }

    /// Whether the quotation being attributed answers quotation `q`: `q` comes right before it,
    /// is a question and ends the paragraph before (a question in the same paragraph may be the
    /// speaker's own: `"Why not? We did it before," he said`).
    func isAnswer(to q: Int) -> Bool {
        guard answering, q + 1 == currentIndex, lastContentScalar(quotations[q]) == "?",
              let previous = previousNonBlankLine(before: quotations[currentIndex].line) else { return false }
        return quotations[q].line == previous && !asksNewsSourceQuestion(q)
    }

    /// `'… Where are people meant to go?' asked Glenys Pritchard, 74, who has lived …` /
    /// `"What are we supposed to tell the children?" asked Moses Banda, a teacher at the school.`:
    /// a question reported with `asked` before the asker's name, and the name described as a
    /// news source is (an age, an indefinite description or a relative clause after its comma),
    /// is put to no one in the text; the bare quotation after it goes on in the asker's voice.
    /// (`"Wait for what?" Bakyt asked.` in a scene, or a barrister's `asked Mr Hale, prosecuting`,
    /// still has an answer.)
    private func asksNewsSourceQuestion(_ q: Int) -> Bool {
        guard let asked = results[q], asked.cue == "asked" || asked.cue == "asks", let asker = asked.speaker, asker.kind == .person,
              asker.start > quotations[q].end else { return false }
        let tokens = paragraph(quotations[q].line).tokens
        guard let t = tokens.firstIndex(where: { $0.start >= quotations[q].end }),
              let first = tokens.firstIndex(where: { $0.start >= asker.start }),
              tokens[t..<first].contains(where: { $0.lowerIs("asked") || $0.lowerIs("asks") }),
              let last = tokens.lastIndex(where: { $0.end <= asker.end }), last + 2 < tokens.count,
              tokens[last + 1].isPunctuation(","), tokens[last + 2].isWord else { return false }
        let next = tokens[last + 2]
        return ScalarClass.isDigit(text[next.start]) || next.lowerIs("a") || next.lowerIs("an") || next.lowerIs("who")
    }

    /// The one person quoted before the quotation in its paragraph and the two before, when
    /// every quotation there is theirs.
    func onlyPersonQuotedBefore(_ index: Int) -> SpeakerCandidate? {
        let line = quotations[index].line
        let previousLine = previousNonBlankLine(before: line)
        let secondLine = previousLine.flatMap { previousNonBlankLine(before: $0) }
        var only: SpeakerCandidate? = nil
        var j = index - 1
        while j >= 0, quotations[j].line == line || quotations[j].line == previousLine || quotations[j].line == secondLine {
            defer { j -= 1 }
            guard let speaker = results[j]?.speaker, speaker.kind == .person else { return nil }
            if let only, only.text != speaker.text { return nil }
            only = speaker
        }
        return only.map(withLearnedGender)
    }

    /// `"Peace is the only option" (Nikol Pashinyan, speaking in Yerevan)`, or a headline
    /// `'We just want to go home' – Afghan refugees in Tajikistan`: a name in parentheses, or a
    /// short noun phrase after a dash ending the paragraph, with no verb of its own.
    private func caption(_ p: TokenizedParagraph, _ t: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard t + 2 < tokens.count else { return nil }
        let mark = tokens[t + 1]
        if mark.isPunctuation("(") {
            guard tokens[t + 2].runStart == Int32(t + 2),
                  let candidate = nameCandidate(tokens, (t + 2)..<Int(tokens[t + 2].runEnd), gender: .unknown),
                  candidate.kind != .group else { return nil }
            return candidate
        }
        guard mark.isPunctuation("–") || mark.isPunctuation("—") || mark.isPunctuation("-"), t == 0 || tokens[t - 1].quotationIndex == nil else { return nil }
        var end = t + 2
        while end < tokens.count {
            let token = tokens[end]
            if token.quotationIndex != nil || (token.isWord && (isCue(tokens, end) || token.has(.speechNoun) || token.has(.auxiliary))) { return nil }
            if token.kind == .punctuation && token.mark != "," && token.mark != "." { return nil }
            if token.isPunctuation(".") && end + 1 < tokens.count { return nil }
            end += 1
        }
        if tokens[end - 1].isPunctuation(".") { end -= 1 }
        guard end - (t + 2) <= 10 else { return nil }
        return speakerOfRegion(p, (t + 2)..<end, subjectPosition: true)
    }

    /// `As he said in a speech, Tokayev believes that "…"`: a pronoun in a clause opening the
    /// sentence stands for the name that opens the main clause after it.
    private func cataphor(_ p: TokenizedParagraph, _ pronoun: SpeakerCandidate, _ sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard let first = sentence.first, tokens[first].isWord, tokens[first].has(.clauseOpener),
              let comma = sentence.first(where: { tokens[$0].isPunctuation(",") }), tokens[comma].start > pronoun.end,
              comma + 1 < sentence.upperBound, tokens[comma + 1].runStart == Int32(comma + 1),
              let named = nameCandidate(tokens, (comma + 1)..<Int(tokens[comma + 1].runEnd), gender: .unknown),
              named.canBeReferred(by: pronoun), !givenNameRulesOut(named, for: pronoun) else { return nil }
        return named
    }

    /// `Gulnara Ibraeva, a sociologist, has studied migration for twenty years.` then a paragraph
    /// that is only a quotation: the person the paragraph before was about says it.
    private func introducedBefore(_ index: Int, _ p: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>) -> SpeakerCandidate? {
        let span = quotations[index]
        guard fillsSentence(p, t, sentence, span), !span.continuesPrevious else { return nil }
        let introduction: TokenizedParagraph
        let introductionLine: Int
        let last: Range<Int>
        if t == 0 {
            guard let previousLine = previousNonBlankLine(before: span.line) else { return nil }
            introduction = paragraph(previousLine)
            introductionLine = previousLine
            guard introduction.quotationTokens.isEmpty, let final = introduction.sentences.last else { return nil }
            last = final
        } else {
            // `Was it difficult? She laughs. "…"`: the sentence before, in the same paragraph,
            // without a quotation of its own.
            guard let before = p.sentences.last(where: { $0.upperBound <= t }),
                  !before.contains(where: { p.tokens[$0].quotationIndex != nil }) else { return nil }
            introduction = p
            introductionLine = span.line
            last = before
        }
        guard let subject = sentenceSubjects(introduction, last).first, let first = last.first else { return nil }
        // `She grew up in Zhezkazgan.` after a paragraph quoting her: the pronoun's person.
        if subject.kind == .pronoun, subject.isHeOrShe {
            guard let person = resolvePronounTeachingSex(subject, line: introductionLine, before: introduction.tokens[first].start),
                  person.kind == .person else { return nil }
            return person
        }
        guard subject.kind == .person, subject.text.unicodeScalars.contains(" ") || looksLikeName(subject) else { return nil }
        return withLearnedGender(subject)
    }

    /// Whether the quotation's words open by calling `person` by name (`Mr Lutz, …`,
    /// `Aliya, …`): up to three capitalized words right at its start, then a comma, the last of
    /// them the person's last name. The first scalar is asked first.
    private func opensByAddressing(_ span: QuotationSpan, _ person: SpeakerCandidate) -> Bool {
        guard person.kind == .person, span.contentStart < span.contentEnd, ScalarClass.isUpper(text[span.contentStart]) else { return false }
        let limit = min(span.contentEnd, span.contentStart + 48)
        guard let comma = (span.contentStart..<limit).first(where: { text[$0] == "," }) else { return false }
        let words = ScalarClass.string(text, span.contentStart..<comma).split(separator: " ")
        guard words.count <= 3, words.allSatisfy({ $0.first?.isUppercase == true }), let last = words.last else { return false }
        return last.lowercased() == lastWord(of: person.text).lowercased()
    }

    func lastWord(of phrase: String) -> String {
        guard let space = phrase.utf8.lastIndex(of: 32) else { return phrase.lowercased() }
        let word = phrase[phrase.utf8.index(after: space)...]
        return word.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) ? word.lowercased() : String(word)
    }

    /// Whether a cue verb, alone or with a comma or colon, comes right before the quotation.
    private func cueRightBefore(_ p: TokenizedParagraph, _ t: Int) -> Bool {
        var k = t - 1
        if k >= 0 && (p.tokens[k].isPunctuation(",") || p.tokens[k].isPunctuation(":")) { k -= 1 }
        return k >= 0 && p.tokens[k].isWord && isCue(p.tokens, k)
    }

    /// Whether the quotation at token `t` opens its sentence and fills it (up to final punctuation).
    func fillsSentence(_ p: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>, _ span: QuotationSpan) -> Bool {
        guard t == sentence.lowerBound, let last = lastContentScalar(span), ".!?…,".unicodeScalars.contains(last) else { return false }
        for k in (t + 1)..<sentence.upperBound where p.tokens[k].kind != .punctuation { return false }
        return true
    }

    /// `Satpayev was more modest: "…"`, or a paragraph ending `Rustam Abdullaev put it bluntly:`
    /// before the quotation's: whoever the clause before the colon is about introduces it. Without
    /// a cue, only a named subject (or a pronoun for one), or whose words the clause describes
    /// (`Her message was simple:`), counts: `The mood was grim: "…"` stays unattributed.
    private func colonIntroduction(_ index: Int, _ p: TokenizedParagraph, _ t: Int) -> SpeakerCandidate? {
        var para = p
        var colon = t - 1
        var line = quotations[index].line
        if t == 0 {
            guard let previous = previousNonBlankLine(before: line),
                  let last = lines[previous].last(where: { !ScalarClass.isSpace(text[$0]) }), text[last] == ":" else { return nil }
            line = previous
            para = paragraph(previous)
            colon = para.tokens.count - 1
        }
        guard colon > 0, para.tokens[colon].isPunctuation(":") else { return nil }
        let tokens = para.tokens
        let sentence = para.sentence(containing: colon - 1)
        let clause = sentence.lowerBound..<colon
        // (Before the cues: `sang the anthem before breaking into a new chant:` is no one's speech verb.)
        if let chanters = chantIntroduction(para, clause) { return chanters }
        // (`… spoke on television. Key lines:`: a heading names no one; the sentence before it does.)
        if isQuotedLinesHeading(tokens, clause) { return quotedLinesHeadingSpeaker(para, clause, line: line) }
        // (`Asked if the door was still open, he shrugged:`: a cue in the phrase that opens the
        // sentence is put to the main clause's subject, who then speaks, whatever the verb.)
        let main = mainClauseStart(para, clause)
        var k = colon - 1
        while k >= clause.lowerBound {
            defer { k -= 1 }
            if tokens[k].quotationIndex != nil { return nil }
            guard k >= main, tokens[k].isWord, isCue(tokens, k), !isPassive(tokens, k) else { continue }
            guard let subject = subject(of: k, in: para, sentence: clause) else { return nil }
            return resolve(subject, line: line, before: tokens[k].start)
        }
        // `The ministry's message to parents was blunt:`: whose message it was.
        if let owner = clause.first(where: { tokens[$0].isPossessive }), owner + 1 < clause.upperBound, tokens[owner + 1].has(.speechNoun),
           (clause.lowerBound...owner).allSatisfy({ tokens[$0].isWord }) {
            let end = tokens[owner].end - Int(tokens[owner].possessiveLength)
            return SpeakerCandidate(text: ScalarClass.string(text, tokens[clause.lowerBound].start..<end), start: tokens[clause.lowerBound].start, end: end, kind: .group)
        }
        if let speaker = speechNounFromColonSpeaker(para, clause) { return speaker }
        // `Her closing line:`, `His verdict:`, `His answer:` (a cue's noun after the pronoun): a fragment of a possessive pronoun and a noun
        // or two, with no verb, is the words of whom the pronoun stands for; so is `Her message
        // was blunt:`, `His words were simple:`, a speech noun said to be so.
        func plainWords(_ range: Range<Int>) -> Bool {
            range.allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].has(.function) && !tokens[$0].has(.auxiliary) &&
                !isCue(tokens, $0) && !tokens[$0].has(.irregularPast) && !tokens[$0].lower.endsWithBytes("ed") })
        }
        let fragment = clause.count >= 2 && clause.count <= 4 && plainWords(clause.dropFirst())
        let speechSaidSo = clause.count >= 4 && clause.count <= 5 && tokens[clause.lowerBound + 1].has(.speechNoun) &&
            ["was", "were", "is", "are"].contains(tokens[clause.lowerBound + 2].lower) && plainWords(clause.lowerBound + 3..<clause.upperBound)
        if fragment || speechSaidSo, tokens[clause.lowerBound].isWord, ["his", "her"].contains(tokens[clause.lowerBound].lower) {
            let owner = tokens[clause.lowerBound]
            let pronoun = SpeakerCandidate(text: owner.lowerIs("his") ? "he" : "she", start: owner.start, end: owner.end, kind: .pronoun,
                                           gender: owner.lowerIs("his") ? .male : .female)
            return resolvePronounTeachingSex(pronoun, line: line, before: owner.start)
        }
        // (`Then, after a pause:`: a fragment with no subject goes on with the one quoted before.)
        if line == quotations[index].line, let going = speakerGoingOn(index, para, clause) { return going }
        // `Q: "…"`: interview labels of one letter name nobody.
        guard let subject = coordinatedClauseSubject(para, main..<colon) ?? sentenceSubjects(para, clause).first,
              subject.text.unicodeScalars.count > 1 else { return nil }
        switch subject.kind {
        case .person, .organisation: return subject
        // `His grandmother disagreed:`, `The opposition leader ended her speech with a warning:`:
        // a common noun for one person.
        case .group where !subject.plural && (subject.gender != .unknown || lexicon.titles.contains(lastWord(of: subject.text))):
            return resolve(subject, line: line, before: subject.start)
        // `Another resident, a young man walking his dog, was blunter:`: one person whom a
        // description after `a`, `one` or `another` brings in, its noun a role's, a person's or a
        // doer's (`Another problem was worse:` brings in no one).
        case .group where !subject.plural && opensIndefinitely(subject) && isIndefinitePersonDescription(subject):
            return resolve(subject, line: line, before: subject.start) ?? subject
        // `The 48-year-old stormed:`: a definite description standing for someone named before.
        case .group where !subject.plural && subject.isDefinite:
            guard let resolved = resolve(subject, line: line, before: subject.start), resolved.kind == .person else { return nil }
            return resolved
        case .title: return resolve(subject, line: line, before: subject.start)
        case .pronoun: return resolvePronounTeachingSex(subject, line: line, before: subject.start)
        default: return nil
        }
    }

    /// `"It was like a bomb went off." That is how Yerlan Suleimenov described it.`: a quotation
    /// filling its sentence, with a speaker named in the next sentence that points back to it
    /// (`That`, `Those`, `Such`, `So`) and reports speech.
    ///
    /// A quotation that is a paragraph of its own (often the article's first) looks to the next
    /// paragraph's first sentence instead (`"We have been left to fend for ourselves."` /
    /// `Those were the words of Janet Cole, …`, `So said council leader Andrew Pike as …`).
    private func nextSentenceSpeaker(_ p: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>) -> SpeakerCandidate? {
        guard let q = p.tokens[t].quotationIndex, fillsSentence(p, t, sentence, quotations[q]) else { return nil }
        if let next = p.sentences.first(where: { $0.lowerBound >= sentence.upperBound }) {
            return pointingBackSpeaker(p.tokens, next) ?? (sentence.lowerBound == 0 ? reportingSubject(p, next) : nil)
        }
        // The quotation alone in its paragraph: the next paragraph's first sentence.
        guard sentence.lowerBound == 0 || !p.tokens[..<sentence.lowerBound].contains(where: { $0.isWord }),
              let line = nextNonBlankLine(after: quotations[q].line) else { return nil }
        let following = paragraph(line)
        guard let first = following.sentences.first else { return nil }
        return pointingBackSpeaker(following.tokens, first)
    }

    /// `"He never stopped working." His widow, Anne, said he had been writing until …`: a
    /// quotation opening its paragraph as a whole sentence, with no speaker of its own, is the
    /// words of the person named as the subject of a cue opening the next sentence (a feature's
    /// habit), when that sentence quotes nothing itself.
    private func reportingSubject(_ p: TokenizedParagraph, _ next: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard !next.contains(where: { tokens[$0].quotationIndex != nil }),
              let v = next.prefix(10).first(where: { tokens[$0].isWord && isCue(tokens, $0) && !isPassive(tokens, $0) }),
              v > next.lowerBound,
              !(next.lowerBound..<v).contains(where: { tokens[$0].isWord && (tokens[$0].has(.clauseOpener) || Self.subjectPronouns.contains(tokens[$0].lower)) }),
              let subject = subject(of: v, in: p, sentence: next), subject.kind == .person, isSpeakerShaped(subject) else { return nil }
        return subject
    }

    /// The first non-blank line after `line`, if any.
    func nextNonBlankLine(after line: Int) -> Int? {
        var l = line + 1
        while l < lines.count {
            if !isBlank(l) { return l }
            l += 1
        }
        return nil
    }

    /// The person a sentence names when it opens by pointing back (`That`, `Those`, `So`) and
    /// reports speech, with no quotation of its own.
    private func pointingBackSpeaker(_ tokens: [QuoteToken], _ next: Range<Int>) -> SpeakerCandidate? {
        guard !next.isEmpty,
              // `Those were the words of …`, `With those words, …`, `The words are those of …`
              (next.lowerBound..<min(next.upperBound, next.lowerBound + 4)).contains(where: {
                  tokens[$0].isWord && ["that", "those", "this", "these", "such", "so"].contains(tokens[$0].lower) }) else { return nil }
        var reportsSpeech = false
        for k in next {
            if tokens[k].quotationIndex != nil { return nil }
            if tokens[k].isWord && (tokens[k].has(.speechNoun) || (isCue(tokens, k) && !isPassive(tokens, k))) { reportsSpeech = true }
            // `That was how his sister, Karen Webb, remembered him`: memory is speech here.
            if tokens[k].isWord, Self.rememberingVerbs.contains(tokens[k].lower), k > next.lowerBound,
               tokens[next.lowerBound..<k].contains(where: { $0.lowerIs("how") }) { reportsSpeech = true }
        }
        // (`So said Kazakhstan's border chief, Daulet Kenesov`: a possessive name is the owner
        // of the noun after it; the person is named further on.)
        let runs = nameRuns(tokens, next)
        guard reportsSpeech, var r = runs.firstIndex(where: { !tokens[$0.upperBound - 1].isPossessive }) else { return nil }
        // (`Arsenal defender Ben White`, `Acme chief executive Jane Roe`: a team or firm's name
        // and the noun of a role, title or not, right before the person.)
        while r + 1 < runs.count, case let gap = runs[r].upperBound..<runs[r + 1].lowerBound, (1...3).contains(gap.count),
              gap.allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].has(.function) && !tokens[$0].has(.preposition) &&
                  !isCue(tokens, $0) && !tokens[$0].lower.endsWithBytes("ed") && !tokens[$0].lower.endsWithBytes("ing") && !tokens[$0].has(.irregularPast) }) { r += 1 }
        guard let candidate = nameCandidate(tokens, runs[r], gender: .unknown), candidate.kind == .person else { return nil }
        return candidate
    }

    /// Verbs of memory that report the words before them in `That was how X remembered him`.
    private static let rememberingVerbs: Set<String> = ["remembered", "remembers", "recalled", "recalls", "summed", "sums"]

    // MARK: - Caches of the resolution families, for one document

    /// Descriptions looked up so far, by their words in lower case: the first answer stands for
    /// the document.
    var fuller: [String: SpeakerCandidate?] = [:]

    /// Acronyms expanded so far, by acronym (`nil` when the text does not spell one out).
    var acronyms: [String: SpeakerCandidate?] = [:]

    /// Full names found so far, by the word searched for, with the offset the search stopped at.
    var fullNamesByWord: [String: (limit: Int, names: [SpeakerCandidate])] = [:]

    /// Answers of ``mayNameSomeone(_:)`` by word, for one document.
    var roleSeen: [String: Bool] = [:]

    /// Where each word asked about by ``looksLikeName(_:)`` ends a longer name, for one document.
    var longerNameEnds: [String: LongerNameEnds] = [:]
}
