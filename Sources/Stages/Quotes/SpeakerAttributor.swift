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
    /// The surnames whose gender was learned from a full name (`Nora Pickavance`): they tell
    /// nothing about another full name with that surname (`Stephen Pickavance`, her nephew).
    private var surnamesTaughtByFullName: Set<String> = []

    private func surnameKey(_ candidate: SpeakerCandidate) -> String {
        let text = candidate.text
        if let space = text.lastIndex(of: " ") { return text[text.index(after: space)...].lowercased() }
        return text.lowercased()
    }

    /// The candidate with what pronouns taught about its gender: by its full name first, then by
    /// its surname (unless two people of that surname were taught apart: `Arsen and Lusine
    /// Hakobyan`).
    private func withLearnedGender(_ candidate: SpeakerCandidate) -> SpeakerCandidate {
        guard !learnedGender.isEmpty, candidate.kind == .person, candidate.gender == .unknown,
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
    private func resolvePronounTeachingSex(_ pronoun: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate? {
        let resolved = resolvePronoun(pronoun, line: line, before: position)
        if let resolved, resolved.kind == .person, pronoun.gender != .unknown {
            let full = resolved.text.lowercased(), surname = surnameKey(resolved)
            if learnedGender[full] == nil { learnedGender[full] = pronoun.gender }
            if let known = learnedGender[surname] {
                if known != pronoun.gender && full != surname { learnedGender[surname] = .unknown }
            } else {
                learnedGender[surname] = pronoun.gender
                if full != surname { surnamesTaughtByFullName.insert(surname) }
            }
        }
        return resolved
    }
    /// The quotations of each line, by line index (an array: a dictionary hashed each line asked
    /// about, and each quotation at the start).
    private var quotationsByLine: [[(index: Int, span: QuotationSpan)]]
    /// The article's headline line, if its first line is one: a headline's capitalized words
    /// (`Turkmen President Pledges Caspian Pipeline`) name nobody a later `he` or `the president`
    /// can refer to.
    private lazy var headline: Int? = findHeadline()
    /// The headline when it is written in title case: its capitals then tell no name apart.
    private lazy var titleCaseHeadline: Int? = headline.flatMap { isTitleCase($0) ? $0 : nil }
    /// Attributions so far, by quotation index.
    private(set) var results: [Attribution?]

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
            if let speaker = results[index]?.speaker, let named = namedLater(speaker) ?? expandedAcronym(speaker) ?? fullName(of: speaker) {
                results[index]?.speaker = named
            }
            if let speaker = results[index]?.speaker, quotations[index].line == headline, let named = namedAfterHeadline(speaker) {
                results[index]?.speaker = named
            }
            if let speaker = results[index]?.speaker, !isSpeakerShaped(speaker) {
                results[index] = Attribution(speaker: nil, cue: results[index]?.cue, sieve: "not-a-speaker")
            }
            if let speaker = results[index]?.speaker, let whole = withModifiers(speaker) {
                results[index]?.speaker = whole
            }
        }
        propagateAlongContinuations()
        attributeAlternatingExchanges()
        attributeRepeatedQuotations()
        return results.map { $0 ?? Attribution(speaker: nil, cue: nil, sieve: "none") }
    }

    // MARK: - Paragraphs

    /// `Saudi minister warns against 'speculators'` in a headline: the first person the article
    /// names with that role in its opening paragraphs.
    private func namedAfterHeadline(_ speaker: SpeakerCandidate) -> SpeakerCandidate? {
        guard speaker.kind != .person, speaker.kind != .organisation, !speaker.plural, let h = headline else { return nil }
        let role = lastWord(of: speaker.text).lowercased()
        guard lexicon.titles.contains(role) else { return nil }
        // `Governor` in the headline, `Gov. Ellen Marsh` in the lead: the role's listed abbreviations too.
        let forms = [role] + lexicon.titleAbbreviations[role, default: []]
        var seen = 0
        for l in (h + 1)..<lines.count where !isBlank(l) {
            for form in forms {
                if let named = resolveRole([form], line: l, before: lines[l].upperBound, lines: 1) { return named }
            }
            seen += 1
            if seen == 4 { break }
        }
        return nil
    }

    /// Whether most of the line's longer words are capitalized (`Turkmen President Pledges
    /// Caspian Pipeline As Officials Meet EU Envoy`).
    private func isTitleCase(_ line: Int) -> Bool {
        var words = 0, capitalized = 0
        var i = lines[line].lowerBound
        let upper = lines[line].upperBound
        while i < upper {
            guard ScalarClass.isWord(text[i]) else { i += 1; continue }
            let start = i
            while i < upper && ScalarClass.isWord(text[i]) { i += 1 }
            if i - start > 3 {
                words += 1
                if ScalarClass.isUpper(text[start]) { capitalized += 1 }
            }
        }
        return words >= 4 && capitalized * 10 >= words * 7
    }

    /// The first non-blank line when more text follows it and it does not end as a sentence
    /// does (headlines have no full stop: `OPEC+ extends output cuts, minister warns`).
    private func findHeadline() -> Int? {
        guard let first = lines.indices.first(where: { !isBlank($0) }),
              lines.indices.contains(where: { $0 > first && !isBlank($0) }) else { return nil }
        let range = lines[first]
        guard range.count <= 200 else { return nil }
        var i = range.upperBound - 1
        while i >= range.lowerBound && (ScalarClass.isSpace(text[i]) || "\"'”’“‘".unicodeScalars.contains(text[i])) { i -= 1 }
        guard i >= range.lowerBound, !".:;,!?".unicodeScalars.contains(text[i]) else { return nil }
        // Two sentences are no headline.
        for j in stride(from: range.lowerBound, to: i - 1, by: 1) where ".!?".unicodeScalars.contains(text[j]) && text[j + 1] == " " && ScalarClass.isUpper(text[j + 2]) {
            return nil
        }
        return first
    }

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

    /// The token index of the dash closing a dateline that opens the paragraph in capitals
    /// (`DONETSK OBLAST — The …`, `HARRISBURG, Pa. (AP) — …`), or 0: a dateline names a place
    /// and an outlet, nobody who speaks.
    private func datelineEnd(_ tokens: [QuoteToken]) -> Int {
        guard let first = tokens.first, first.isWord, first.end - first.start >= 3,
              (first.start..<first.end).allSatisfy({ !ScalarClass.isWord(text[$0]) || ScalarClass.isUpper(text[$0]) }),
              let dash = tokens.prefix(12).firstIndex(where: { $0.kind == .punctuation && "—–-".unicodeScalars.contains($0.mark) }),
              !tokens[..<dash].contains(where: { $0.isWord && !$0.isCapitalized && ScalarClass.isWord(text[$0.start]) && !ScalarClass.isDigit(text[$0.start]) }) else { return 0 }
        return dash
    }

    /// `q` or `a` when the paragraph opens with an interview's `Q:` or `A:` label.
    private func interviewLabel(_ p: TokenizedParagraph) -> String? {
        guard p.tokens.count > 2, p.tokens[0].isWord, p.tokens[0].isCapitalized, p.tokens[0].end - p.tokens[0].start == 1,
              p.tokens[1].isPunctuation(":") else { return nil }
        let label = p.tokens[0].lower
        return label == "q" || label == "a" ? label : nil
    }

    /// The one a `Q:`/`A:` interview questions: the first person its introduction names (the
    /// paragraphs before its first question), when it has both questions and answers.
    private lazy var interviewee: SpeakerCandidate? = findInterviewee()

    private func findInterviewee() -> SpeakerCandidate? {
        var firstQuestion: Int? = nil, answered = false
        for l in lines.indices where !isBlank(l) && (text[lines[l].lowerBound] == "Q" || text[lines[l].lowerBound] == "A") {
            guard let label = interviewLabel(paragraph(l)) else { continue }
            if label == "q" { firstQuestion = firstQuestion ?? l } else if firstQuestion != nil { answered = true; break }
        }
        guard let firstQuestion, answered else { return nil }
        return firstPersonNamed(before: firstQuestion)
    }

    /// The first person an interview's introduction (its lines before `end`) names.
    private func firstPersonNamed(before end: Int) -> SpeakerCandidate? {
        for l in 0..<end where !isBlank(l) && l != titleCaseHeadline {
            let p = paragraph(l)
            for run in nameRuns(p.tokens, 0..<p.tokens.count) {
                if let candidate = nameCandidate(p.tokens, run, gender: .unknown), candidate.kind == .person,
                   looksLikeName(candidate), isSpeakerShaped(candidate) {
                    return candidate
                }
            }
        }
        return nil
    }

    /// Who `I` and `my` stand for outside quotation marks at `line`: the interviewee in a `A:`
    /// answer, the one a paragraph's `Name:` label names in a transcript, none in a question,
    /// and otherwise the writer a `By …` line signs the article with (a column's `I`).
    private func narrator(at line: Int) -> SpeakerCandidate? {
        let p = paragraph(line)
        if let label = interviewLabel(p) { return label == "a" ? interviewee : nil }
        if let labelled = transcriptLabel(p) { return labelled }
        return byline
    }

    /// `**Shahnoza Yusupova:** …`: the name that labels a transcript's paragraph, past any markup.
    private func transcriptLabel(_ p: TokenizedParagraph) -> SpeakerCandidate? {
        let tokens = p.tokens
        var k = 0
        while k < min(2, tokens.count), !tokens[k].isWord { k += 1 }
        guard k < tokens.count, tokens[k].isWord, tokens[k].runStart == Int32(k) else { return nil }
        var j = Int(tokens[k].runEnd)
        while j < min(tokens.count, Int(tokens[k].runEnd) + 2), !tokens[j].isWord, !tokens[j].isPunctuation(":") { j += 1 }
        guard j < tokens.count, tokens[j].isPunctuation(":") else { return nil }
        return nameCandidate(tokens, k..<Int(tokens[k].runEnd), gender: .unknown).flatMap { $0.kind == .person ? $0 : nil }
    }

    /// The writer who signs the article: `By Lena Moretti` (or `By Lena Moretti, Columnist`) as
    /// one of its first lines.
    private lazy var byline: SpeakerCandidate? = findByline()

    private func findByline() -> SpeakerCandidate? {
        var seen = 0
        for l in lines.indices where !isBlank(l) {
            seen += 1
            if seen > 4 { break }
            let tokens = paragraph(l).tokens
            guard tokens.count >= 3, tokens.count <= 12, tokens[0].isWord, tokens[0].lowerIs("by"), text[tokens[0].start] == "B",
                  tokens[1].runStart == 1 else { continue }
            let run = 1..<Int(tokens[1].runEnd)
            guard run.upperBound == tokens.count || tokens[run.upperBound].isPunctuation(","),
                  let author = nameCandidate(tokens, run, gender: .unknown), author.kind == .person else { continue }
            return author
        }
        return nil
    }

    /// `my mother` as the words' speaker: the narrator's mother, named as theirs.
    private func narratorsRelation(_ candidate: SpeakerCandidate, line: Int) -> SpeakerCandidate? {
        var words = candidate.text.split(separator: " ")
        guard words.count >= 2, words[0] == "my" || words[0] == "My", let narrator = narrator(at: line) else { return nil }
        words.removeFirst()
        if words.count >= 2, words[0] == "own" { words.removeFirst() }
        var relation = candidate
        relation.text = narrator.text + "'s " + words.joined(separator: " ")
        return relation
    }

    /// The one an interview without `Q:`/`A:` labels questions: its questions are paragraphs of
    /// the writer's own ending in `?`, each answered by a paragraph that opens with a quotation;
    /// two such pairs make an interview, whose introduction (the paragraphs before its first
    /// question) names the interviewee first.
    private lazy var unlabelledInterviewee: SpeakerCandidate? = findUnlabelledInterviewee()

    private func findUnlabelledInterviewee() -> SpeakerCandidate? {
        var firstQuestion: Int? = nil, pairs = 0
        var previous: Int? = nil
        for l in lines.indices where !isBlank(l) {
            if let q = previous, isQuestionLine(q), opensWithQuotation(l) {
                firstQuestion = firstQuestion ?? q
                pairs += 1
            }
            previous = l
        }
        guard let firstQuestion, pairs >= 2 else { return nil }
        return firstPersonNamed(before: firstQuestion)
    }

    /// A paragraph of the writer's own (no quotation in it) that ends with a question mark.
    private func isQuestionLine(_ line: Int) -> Bool {
        guard quotationsByLine[line].isEmpty else { return false }
        var i = lines[line].upperBound - 1
        while i >= lines[line].lowerBound && ScalarClass.isSpace(text[i]) { i -= 1 }
        return i >= lines[line].lowerBound && text[i] == "?"
    }

    /// Whether the paragraph's first scalar (past white space) opens a quotation.
    private func opensWithQuotation(_ line: Int) -> Bool {
        guard let first = quotationsByLine[line].first?.span else { return false }
        var i = lines[line].lowerBound
        while i < lines[line].upperBound && ScalarClass.isSpace(text[i]) { i += 1 }
        return first.start == i
    }

    private func isBlank(_ line: Int) -> Bool {
        for i in lines[line] where !ScalarClass.isSpace(text[i]) { return false }
        return true
    }

    // MARK: - The sieves

    /// Whether the quotation being attributed is no question: only an answer comes from the one
    /// asked (`asked the minister …. "…," he said`).
    private var answering = true

    /// The quotation being attributed.
    private var currentIndex = 0

    /// Whether the quotation's cue answers someone (`"And the keys," he agreed`): its pronoun is
    /// not the speaker of the quotation right before.
    private var responding = false

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
        // (`a "catastrophic" state, according to the WHO` is the WHO's word.)
        if isAttributive(paragraph.tokens, t, quotations[index]), !sentence.contains(where: { paragraph.tokens[$0].isWord && accordingPhrase(at: $0, in: paragraph.tokens) != nil }) {
            return Attribution(speaker: nil, cue: nil, sieve: "attributive")
        }
        if namesChargeOrTerm(paragraph.tokens, t, quotations[index]) {
            return Attribution(speaker: nil, cue: nil, sieve: "charge-or-name")
        }
        // `dismissed "The Long Tide" as "…"`: a title a cue verb describes is its object.
        if isTitle(span), !cueRightBefore(paragraph, t) || describedAs(paragraph.tokens, t), !cueRightAfter(paragraph, t) {
            return Attribution(speaker: nil, cue: nil, sieve: "title")
        }
        var found: (SpeakerCandidate?, String?, String)? = nil
        // `When a reporter asked, "…?", the spokesman replied`: a cue right before the quotation
        // outranks one after it.
        if cueRightBefore(paragraph, t), let (speaker, cue) = leftCue(paragraph, t, sentence), speaker != nil {
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
            responding = candidate?.kind == .pronoun && cue.map { Self.respondingCues.contains(String($0.prefix(while: { $0 != " " }))) } == true &&
                paragraph.tokens[openingToken(paragraph, sentence)].lower != "asked"
            defer { responding = false }
            if let candidate, let resolved = namedInNextSentence(candidate, paragraph) ?? resolve(candidate, line: span.line, before: span.start) {
                return Attribution(speaker: resolved, cue: cue, sieve: sieve)
            }
            if let candidate, candidate.kind == .pronoun, let named = cataphor(paragraph, candidate, sentence) {
                return Attribution(speaker: named, cue: cue, sieve: sieve + "-cataphor")
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
        if let inherited = continuation(index, paragraph: paragraph, tokenIndex: t, sentence: sentence) {
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

    /// `Russia's "foreign agents" legislation`, `a "destructology" expert`: a short quotation
    /// between a determiner and a noun names a thing, in nobody's words.
    private func isAttributive(_ tokens: [QuoteToken], _ t: Int, _ span: QuotationSpan) -> Bool {
        // `in what it calls an "information war"`: the naming verb's subject says it.
        if t >= 2, tokens[t - 2].isWord, tokens[t - 2].lower.hasPrefix("call"), tokens[t - 1].lowerIs("a") || tokens[t - 1].lowerIs("an"), isCue(tokens, t - 2) { return false }
        guard t > 0, t + 1 < tokens.count, let last = lastContentScalar(span), !".,!?;:…".unicodeScalars.contains(last) else { return false }
        let before = tokens[t - 1], after = tokens[t + 1]
        // `after 'sabotage' arrests`: after a preposition too, for a shorter quotation.
        let preposition = before.isWord && !before.isCapitalized && before.has(.preposition) && !Self.timeWords.contains(after.lower)
        guard before.isWord, before.isPossessive || preposition || ["a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "called"].contains(before.lower),
              after.isWord, !after.isCapitalized, !after.has(.function), !after.has(.preposition), !after.has(.clauseOpener),
              !after.has(.auxiliary), !after.has(.cue), after.lower != "of", !after.lower.endsWithBytes("ly") else { return false }
        var words = 1
        for k in span.contentStart..<span.contentEnd where text[k] == " " { words += 1 }
        return words <= (preposition ? 2 : 4)
    }

    /// `calls itself "…"`: verbs that give a name when their object is reflexive.
    private static let namingVerbs: Set<String> = ["call", "calls", "called", "calling", "describe", "describes", "described", "describing",
                                                   "style", "styles", "styled", "brand", "brands", "branded", "name", "names", "named", "dub", "dubs", "dubbed"]
    private static let reflexives: Set<String> = ["itself", "themselves", "himself", "herself"]
    /// `The project, called "…"`: participles that name the noun before them.
    private static let namingParticiples: Set<String> = ["called", "named", "dubbed", "nicknamed", "titled", "entitled"]
    private static let objectPronouns: Set<String> = ["it", "him", "her", "them"]
    /// `labeled it a "foreign agent"`: verbs that put a label on their object.
    private static let labellingVerbs: Set<String> = ["labeled", "labelled", "labels", "label", "branded", "brands", "designated", "designates",
                                                      "declared", "declares", "listed", "lists"]

    /// `"The Road Is Longer Than the Horse"`, `"Save Elm Street" stickers`: words in title case
    /// with no closing punctuation of a sentence name a work, a campaign or a place; nobody says
    /// them. Two capitalized words at least, every other word a short function word.
    private func isTitle(_ span: QuotationSpan) -> Bool {
        guard span.contentStart < span.contentEnd, ScalarClass.isUpper(text[span.contentStart]),
              let last = lastContentScalar(span), last != ".", last != "!", last != "?", last != "…" else { return false }
        var capitalized = 0
        var k = span.contentStart
        while k < span.contentEnd {
            while k < span.contentEnd && !ScalarClass.isWord(text[k]) { k += 1 }
            guard k < span.contentEnd else { break }
            let start = k
            while k < span.contentEnd && (ScalarClass.isWord(text[k]) || text[k] == "'" || text[k] == "’" || text[k] == "-") { k += 1 }
            let first = text[start]
            if ScalarClass.isUpper(first) || ScalarClass.isDigit(first) {
                capitalized += 1
            } else if k - start > 4 || !Self.titleSmallWords.contains(ScalarClass.string(text, start..<k)) {
                return false
            }
        }
        return capitalized >= 2
    }

    /// Lower-case words a title keeps (`The Yards at Elm`).
    private static let titleSmallWords: Set<String> = ["a", "an", "the", "of", "at", "in", "on", "to", "for", "and", "or", "by", "with", "from", "is", "as"]

    /// Whether `as` follows the quotation at `t`: the quotation is what the cue describes.
    private func describedAs(_ tokens: [QuoteToken], _ t: Int) -> Bool {
        t + 1 < tokens.count && tokens[t + 1].isWord && tokens[t + 1].lowerIs("as")
    }

    /// Whether a cue verb comes right after the quotation (after a comma at most).
    private func cueRightAfter(_ p: TokenizedParagraph, _ t: Int) -> Bool {
        var k = t + 1
        if k < p.tokens.count && p.tokens[k].isPunctuation(",") { k += 1 }
        guard k < p.tokens.count else { return false }
        if p.tokens[k].isWord && isCue(p.tokens, k) { return true }
        // `"…," Smith said`, `"…," the crowd chanted`: a cue a few words on, before any other mark.
        var j = k
        while j < min(p.tokens.count, k + 6) && p.tokens[j].isWord {
            if isCue(p.tokens, j) { return true }
            j += 1
        }
        return false
    }

    /// A technical term as the writer introduces it, in nobody's words: `a moment known as
    /// "peak water"`, `scientists call this a "phenological mismatch"`, `a phenomenon scientists
    /// dubbed the "…"`. A short quotation of at most three words, without a sentence's end.
    private func isDefinedTerm(_ tokens: [QuoteToken], _ t: Int, _ span: QuotationSpan) -> Bool {
        guard t >= 2, let last = lastContentScalar(span), !".!?…".unicodeScalars.contains(last) else { return false }
        var words = 1
        for k in span.contentStart..<span.contentEnd where text[k] == " " { words += 1 }
        guard words <= 3 else { return false }
        var k = t - 1
        while k > 0, tokens[k].isWord, ["a", "an", "the", "as"].contains(tokens[k].lower) { k -= 1 }
        guard k < t - 1 || tokens[k].isWord, tokens[k].isWord else { return false }
        if tokens[k].lowerIs("known"), tokens[t - 1].lowerIs("as") { return true }
        // `call this a "…"`: a demonstrative object, the thing just described.
        if k > 0, tokens[k].lowerIs("this"), tokens[k - 1].isWord, Self.namingVerbs.contains(tokens[k - 1].lower) { return true }
        guard Self.namingVerbs.contains(tokens[k].lower) else { return false }
        // `a phenomenon scientists describe as`: a term noun, then a subject of one or two words.
        var j = k - 1
        while j > max(0, k - 4), tokens[j].isWord, !lexicon.termNouns.contains(tokens[j].lower) { j -= 1 }
        return j > 0 && j < k - 1 && tokens[j].isWord && lexicon.termNouns.contains(tokens[j].lower) && ["a", "an"].contains(tokens[j - 1].lower)
    }

    /// Words before a quotation that make it the wording of a charge (`charged with "sabotage"`).
    private static let chargeWords: Set<String> = ["charge", "charges", "charged", "accused", "convicted", "suspicion", "guilty", "count", "counts"]

    /// `what it calls "…"`, `what they describe as "…"`: a naming verb in a free relative clause
    /// right before the quotation.
    private func namedByFreeRelative(_ tokens: [QuoteToken], _ t: Int) -> Bool {
        var k = t - 1
        if k > 0, tokens[k].isWord, tokens[k].lowerIs("as") { k -= 1 }
        guard k >= 2, tokens[k].isWord, Self.namingVerbs.contains(tokens[k].lower) else { return false }
        return ((k - 3)..<k).contains { $0 >= 0 && tokens[$0].isWord && tokens[$0].lowerIs("what") }
    }

    /// `on charges of "…"`, `an account using the name "Privet Bro"`, `a campaign dubbed "…"`, a
    /// report `titled "…"`, `"peak water" - the point at which …`: the quotation is the wording of
    /// a charge, a name or a term being defined, in nobody's words. (`a move the opposition
    /// called "…"` is the opposition's: only an indefinite noun before `called` names a thing.)
    private func namesChargeOrTerm(_ tokens: [QuoteToken], _ t: Int, _ span: QuotationSpan) -> Bool {
        if t >= 2, tokens[t - 1].isWord {
            let before = tokens[t - 1].lower
            // `The project, called "The Yards at Elm,"`: a participle naming the noun before it.
            if tokens[t - 2].isPunctuation(","), before.utf8.last == UInt8(ascii: "d"), Self.namingParticiples.contains(before) { return true }
            // `The movement, which calls itself "The Way Home,"`, `describes itself as "…"`.
            var k = t - 1
            if before == "as" && k > 0 { k -= 1 }
            if k > 0, tokens[k].isWord, tokens[k].lower.utf8.count >= 6, tokens[k].lower.utf8.last == UInt8(ascii: "f") || tokens[k].lower.utf8.last == UInt8(ascii: "s"),
               Self.reflexives.contains(tokens[k].lower), tokens[k - 1].isWord, Self.namingVerbs.contains(tokens[k - 1].lower) { return true }
            // `the authorities labeled it a "foreign agent."`: a label given to the object.
            k = t - 1
            while k > t - 3, k > 0, tokens[k].isWord, tokens[k].lowerIs("a") || tokens[k].lowerIs("an") || tokens[k].lowerIs("as") { k -= 1 }
            if k < t - 1, k > 0, tokens[k].isWord, Self.objectPronouns.contains(tokens[k].lower), Self.labellingVerbs.contains(tokens[k - 1].lower),
               !(k >= 2 && isAuxiliary(tokens, k - 2)) { return true }
        }
        if t >= 2, tokens[t - 1].isWord, tokens[t - 2].isWord {
            let before = tokens[t - 1].lower, earlier = tokens[t - 2].lower
            if (before == "of" || before == "with") && Self.chargeWords.contains(earlier) { return true }
            if before == "name" && (earlier == "the" || earlier == "a") { return true }
            if before == "titled" || before == "entitled" { return true }
            if ["called", "named", "dubbed", "nicknamed"].contains(before), t >= 3, ["a", "an"].contains(tokens[t - 3].lower),
               !tokens[t - 2].isCapitalized, !tokens[t - 2].has(.function) { return true }
        }
        if isDefinedTerm(tokens, t, span) { return true }
        // A short term and its definition after a dash (not an exclamation: `chanting "Ruto must
        // go!" - a reference to the president` is the chanters' words; nor the term of `what it
        // calls "…" - …`, the subject's).
        guard let last = lastContentScalar(span), last != "!", last != "?", t + 2 < tokens.count, !namedByFreeRelative(tokens, t), tokens[t + 1].isPunctuation("-") || tokens[t + 1].isPunctuation("—") || tokens[t + 1].isPunctuation("–"),
              tokens[t + 2].isWord, ["the", "a", "an"].contains(tokens[t + 2].lower) else { return false }
        var words = 1
        for k in span.contentStart..<span.contentEnd where text[k] == " " { words += 1 }
        return words <= 3
    }

    /// Whether `candidate` can be what `pronoun` stands for: its gender agrees, and after a cue
    /// that answers (`"And the keys," he agreed`) it is not the one quoted right before.
    private func fits(_ candidate: SpeakerCandidate, _ pronoun: SpeakerCandidate) -> Bool {
        guard withLearnedGender(candidate).canBeReferred(by: pronoun) else { return false }
        guard responding, currentIndex > 0, let previous = results[currentIndex - 1]?.speaker else { return true }
        let a = candidate.text, b = previous.text
        return !(a == b || b.hasPrefix(a + " ") || b.hasSuffix(" " + a) || a.hasPrefix(b + " ") || a.hasSuffix(" " + b))
    }

    /// Whether the quotation being attributed answers quotation `q`: `q` comes right before it,
    /// is a question and ends the paragraph before (a question in the same paragraph may be the
    /// speaker's own: `"Why not? We did it before," he said`).
    private func isAnswer(to q: Int) -> Bool {
        guard answering, q + 1 == currentIndex, lastContentScalar(quotations[q]) == "?",
              let previous = previousNonBlankLine(before: quotations[currentIndex].line) else { return false }
        return quotations[q].line == previous
    }

    /// The one person quoted before the quotation in its paragraph and the two before, when
    /// every quotation there is theirs.
    private func onlyPersonQuotedBefore(_ index: Int) -> SpeakerCandidate? {
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
              named.canBeReferred(by: pronoun) else { return nil }
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
        if subject.kind == .pronoun, subject.text == "he" || subject.text == "she" {
            guard let person = resolvePronounTeachingSex(subject, line: introductionLine, before: introduction.tokens[first].start),
                  person.kind == .person else { return nil }
            return person
        }
        guard subject.kind == .person, subject.text.unicodeScalars.contains(" ") || looksLikeName(subject) else { return nil }
        return withLearnedGender(subject)
    }

    private func lastWord(of phrase: String) -> String {
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
    private func fillsSentence(_ p: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>, _ span: QuotationSpan) -> Bool {
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
        if let subject = sentenceSubjects(para, clause).first, let chanters = chantIntroduction(subject, tokens, clause) { return chanters }
        var k = colon - 1
        while k >= clause.lowerBound {
            defer { k -= 1 }
            if tokens[k].quotationIndex != nil { return nil }
            guard tokens[k].isWord, isCue(tokens, k), !isPassive(tokens, k) else { continue }
            guard let subject = subject(of: k, in: para, sentence: clause) else { return nil }
            return resolve(subject, line: line, before: tokens[k].start)
        }
        // `The ministry's message to parents was blunt:`: whose message it was.
        if let owner = clause.first(where: { tokens[$0].isPossessive }), owner + 1 < clause.upperBound, tokens[owner + 1].has(.speechNoun),
           (clause.lowerBound...owner).allSatisfy({ tokens[$0].isWord }) {
            let end = tokens[owner].end - Int(tokens[owner].possessiveLength)
            return SpeakerCandidate(text: ScalarClass.string(text, tokens[clause.lowerBound].start..<end), start: tokens[clause.lowerBound].start, end: end, kind: .group)
        }
        // `Her closing line:`, `His verdict:`: a fragment of a possessive pronoun and a noun
        // or two, with no verb, is the words of whom the pronoun stands for; so is `Her message
        // was blunt:`, `His words were simple:`, a speech noun said to be so.
        func plainWords(_ range: Range<Int>) -> Bool {
            range.allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].has(.function) && !tokens[$0].has(.auxiliary) &&
                !tokens[$0].has(.cue) && !tokens[$0].has(.irregularPast) && !tokens[$0].lower.endsWithBytes("ed") })
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
        // `Q: "…"`: interview labels of one letter name nobody.
        guard let subject = sentenceSubjects(para, clause).first, subject.text.unicodeScalars.count > 1 else { return nil }
        switch subject.kind {
        case .person, .organisation: return subject
        // `His grandmother disagreed:`, `The opposition leader ended her speech with a warning:`:
        // a common noun for one person.
        case .group where !subject.plural && (subject.gender != .unknown || lexicon.titles.contains(lastWord(of: subject.text))):
            return resolve(subject, line: line, before: subject.start)
        // `The 48-year-old stormed:`: a definite description standing for someone named before.
        case .group where !subject.plural && subject.isDefinite:
            guard let resolved = resolve(subject, line: line, before: subject.start), resolved.kind == .person else { return nil }
            return resolved
        case .title: return resolve(subject, line: line, before: subject.start)
        case .pronoun: return resolvePronounTeachingSex(subject, line: line, before: subject.start)
        default: return nil
        }
    }

    /// `Interior Minister X met opposition leader Y …. "…," the former added`: `the former` and
    /// `the latter` point back to the first and the last of the people named in full in the nearest
    /// sentence before them that names anyone so (in their paragraph or the one before). When that
    /// sentence names one person only (`X met the opposition leader`), which of two they point to
    /// cannot be told: no speaker rather than a guess.
    private func formerOrLatter(_ candidate: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate? {
        let words = candidate.text.lowercased()
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
                return withLearnedGender(words == "the former" ? people[0] : people[people.count - 1])
            }
            guard let previous = previousNonBlankLine(before: l) else { return nil }
            l = previous
        }
        return nil
    }

    /// Nouns of a crowd's voice (`took up the chant:`, `broke into a new chant:`, `raised the cry:`).
    private static let chantNouns: Set<String> = ["chant", "chants", "chorus", "cry", "cries", "refrain", "shout", "shouts", "slogan", "slogans"]

    /// `The crowd behind him took up the chant:`, `the protesters … before breaking into a new
    /// chant:`: a clause that ends in a noun of a crowd's voice gives the words to its subject,
    /// but only to a group of many (a plural or a collective noun, `the crowd`), the head kept
    /// without what follows it (`The crowd behind him` is `The crowd`). One person, or a
    /// subject that is no group, gets nothing from this: `The minister's reply was a cry:`.
    private func chantIntroduction(_ subject: SpeakerCandidate, _ tokens: [QuoteToken], _ clause: Range<Int>) -> SpeakerCandidate? {
        guard let last = clause.last, tokens[last].isWord, Self.chantNouns.contains(tokens[last].lower), subject.kind == .group,
              let first = clause.first(where: { tokens[$0].start == subject.start }) else { return nil }
        // The subject's head: the last word before a preposition or other function word.
        var head = first
        while head + 1 < clause.upperBound, tokens[head + 1].isWord, tokens[head + 1].end <= subject.end,
              !tokens[head + 1].has(.preposition), !tokens[head + 1].has(.function) { head += 1 }
        let noun = tokens[head].lower
        guard subject.plural || lexicon.collectiveNouns.contains(noun) else { return nil }
        return SpeakerCandidate(text: ScalarClass.string(text, subject.start..<tokens[head].end), start: subject.start, end: tokens[head].end,
                                kind: .group, plural: true)
    }

    /// `"It was like a bomb went off." That is how Yerlan Suleimenov described it.`: a quotation
    /// filling its sentence, with a speaker named in the next sentence that points back to it
    /// (`That`, `Those`, `Such`, `So`) and reports speech.
    private func nextSentenceSpeaker(_ p: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard let q = tokens[t].quotationIndex, fillsSentence(p, t, sentence, quotations[q]),
              let next = p.sentences.first(where: { $0.lowerBound >= sentence.upperBound }), !next.isEmpty,
              // `Those were the words of …`, `With those words, …`
              (next.lowerBound..<min(next.upperBound, next.lowerBound + 3)).contains(where: {
                  tokens[$0].isWord && ["that", "those", "this", "these", "such", "so"].contains(tokens[$0].lower) }) else { return nil }
        var reportsSpeech = false
        for k in next {
            if tokens[k].quotationIndex != nil { return nil }
            if tokens[k].isWord && (tokens[k].has(.speechNoun) || (isCue(tokens, k) && !isPassive(tokens, k))) { reportsSpeech = true }
        }
        guard reportsSpeech, let run = nameRuns(tokens, next).first,
              let candidate = nameCandidate(tokens, run, gender: .unknown), candidate.kind == .person else { return nil }
        return candidate
    }

    /// Resolves pronouns and bare titles; other candidates are returned as they are.
    private func resolve(_ candidate: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate? {
        if ["the former", "the latter"].contains(candidate.text.lowercased()) { return formerOrLatter(candidate, line: line, before: position) }
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
            return titled ?? resolveRoleFamily(title, line: line, before: position) ??
                onlyPersonQuotedBefore(currentIndex) ?? SpeakerCandidate(text: candidate.text, start: candidate.start, end: candidate.end, kind: .group)
        // `"…," said the German`: the person the text is about, as a pronoun would find.
        case .organisation where isDemonym(candidate.text), .person where isDemonym(candidate.text):
            return personStoodFor(by: candidate, gender: .unknown, line: line, before: position) ?? candidate
        case .group where candidate.text.hasPrefix("my ") || candidate.text.hasPrefix("My "):
            return narratorsRelation(candidate, line: line) ?? candidate
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
        guard let word = description.split(separator: " ").first(where: { $0.hasSuffix("-year-old") }) else { return nil }
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
    private func isDemonym(_ name: String) -> Bool {
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

    /// A definite description (`the ministry`, `the nurse`, `the statement`) resolved to what it
    /// stands for, or itself.
    private func resolveDefinite(_ candidate: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate {
        let noun = lastWord(of: candidate.text)
        // `the statement said`: whoever issued the statement.
        if lexicon.speechNouns.contains(noun), candidate.text.utf8.count == noun.utf8.count + 4 {
            return issuer(of: noun, line: line, before: position) ?? candidate
        }
        // `the headquarters`: a noun for an organisation, whatever its number.
        guard !candidate.plural || isOrganisationNoun(noun) else { return candidate }
        // `Farrukh checks his papers …. "…," the 34-year-old Uzbek construction worker told
        // AFP`, `the former official told reporters`: an age or a past office describes the
        // person the text is about, as a pronoun would.
        if describesKnownPerson(candidate.text) {
            if let aged = personOfAge(in: candidate.text, line: line, before: position) { return aged }
            if let described = subjectDescribed(by: lastWord(of: candidate.text), line: line, before: position) { return described }
            return subjectOfSentenceBefore(candidate) ?? personStoodFor(by: candidate, gender: candidate.gender, line: line, before: position) ?? candidate
        }
        // `"…," the teenager told Sky Sports` after `Okonkwo said …`: a noun for a person by age
        // or sex stands for the person just named, unless it names someone new (`said the woman,
        // who gave only her first name, Lyudmila`) or an indefinite one introduced it.
        if lexicon.personNouns.contains(noun), isBareDefinite(candidate, noun) {
            if let named = namedLater(candidate) { return named }
            if let introduced = indefiniteAntecedent(noun, line: line, before: position) { return introduced }
            return personStoodFor(by: candidate, gender: lexicon.gender(ofWord: noun), line: line, before: position) ?? candidate
        }
        // `the ministry`, `the rights group`: the organisation named before.
        if isOrganisationNoun(noun) {
            guard let named = resolveOrganisation(noun, line: line, before: position) else {
                if let described = possessiveDescription(noun, line: line, before: position) { return described }
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
        // `the gran-of-five`, `the father-of-two`: a parent, of the parent's sex, stands for the
        // person the text is about, as a pronoun would.
        let parts = noun.split(separator: "-", maxSplits: 2)
        if parts.count == 3, parts[1] == "of", !candidate.plural {
            let gender = lexicon.gender(ofWord: String(parts[0]))
            return personStoodFor(by: candidate, gender: gender, line: line, before: position) ?? candidate
        }
        // `the nurse` after `Leila Hassan, a nurse at …`: a role noun names who it was said of.
        let words = candidate.text.split(separator: " ")
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
            let reach = 2 * (maxPronounParagraphs + 1)
            if let named = resolveRole(words.dropFirst().map(String.init), line: line, before: position, budget: Self.pronounTokenBudget, lines: reach) {
                return named
            }
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
            return named
        }
        return subjectOfSentenceBefore(candidate) ?? candidate
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
            guard role.isWord, !role.isCapitalized, role.has(.title) || isAgentNoun(role.lower),
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
    private func subjectDescribed(by noun: String, organisation: Bool = false, line: Int, before position: Int) -> SpeakerCandidate? {
        // (`Reilly joined the club`: a noun for a body never stands for a person.)
        guard noun.utf8.count > 3, !lexicon.functionWords.contains(noun), !lexicon.speechNouns.contains(noun),
              organisation || !isOrganisationNoun(noun) && !lexicon.collectiveNouns.contains(noun) else { return nil }
        for l in recentParagraphs(holding: noun, from: line, count: 3, before: position) {
            let p = paragraph(l)
            let tokens = p.tokens
            for sentence in p.sentences.reversed() where tokens[sentence.lowerBound].start < position {
                guard sentence.contains(where: { tokens[$0].isWord && !tokens[$0].isCapitalized && tokens[$0].lower == noun && tokens[$0].start < position }) else { continue }
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

    /// Whether a common noun is shaped like a noun for someone who does something (`striker`,
    /// `pensioner`, `economist`, `politician`, `defendant`, `student`), not for a body or a thing
    /// (`the team`, `the hospital`, `the statement`).
    private func isAgentNoun(_ noun: String) -> Bool {
        guard noun.count > 4, !lexicon.functionWords.contains(noun), !lexicon.speechNouns.contains(noun),
              !lexicon.organisationWords.contains(noun), !lexicon.collectiveNouns.contains(noun) else { return false }
        if noun.endsWithBytes("ment") { return false }
        return ["er", "or", "ist", "ian", "ant", "ent"].contains { noun.endsWithBytes($0) }
    }

    /// `Russia's central bank kept its rate …. The bank said`: an organisation introduced by a
    /// description with a possessive owner (`Nigeria's central bank`), reported as written, from
    /// this paragraph or the two before.
    private func possessiveDescription(_ noun: String, line: Int, before position: Int) -> SpeakerCandidate? {
        for l in recentParagraphs(holding: noun, from: line, count: 3, before: position) {
            let tokens = paragraph(l).tokens
            for k in tokens.indices where k >= 1 && tokens[k].start < position && tokens[k].isWord && tokens[k].lower == noun && !tokens[k].isCapitalized {
                // Back over at most two lower-case modifiers to a capitalized possessive.
                var j = k - 1
                while j > k - 3, j >= 0, tokens[j].isWord, !tokens[j].isCapitalized, !tokens[j].isPossessive, !tokens[j].has(.function) { j -= 1 }
                guard j >= 0, tokens[j].isWord, tokens[j].isCapitalized, tokens[j].isPossessive,
                      j == 0 || !tokens[j - 1].isWord || !tokens[j - 1].isCapitalized || isSentenceStart(tokens, j - 1) else { continue }
                return SpeakerCandidate(text: ScalarClass.string(text, tokens[j].start..<tokens[k].end), start: tokens[j].start, end: tokens[k].end, kind: .organisation)
            }
        }
        return nil
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
        if let named = resolveRole(words.dropFirst().map { $0.lowercased() }, line: line, before: position) { return named }
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

    /// Descriptions looked up so far, by their words in lower case: the first answer stands for
    /// the document.
    private var fuller: [String: SpeakerCandidate?] = [:]

    private func searchFullerDescription(_ candidate: SpeakerCandidate, key: String, line: Int, before position: Int) -> SpeakerCandidate? {
        // A compound (`the press service`): one noun alone (`the court`) is rarely written in
        // full later, and searching for it costs more than it finds.
        let words = key.split(separator: " ").dropFirst().map(String.init)
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

    /// `Jeenbekov: "I will not resign."`: a name and a colon opening the sentence, as in
    /// headlines and interview transcripts.
    private func colonLabel(_ p: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard t >= 2, t - 1 > sentence.lowerBound || t - 1 == sentence.lowerBound, tokens[t - 1].isPunctuation(":") else { return nil }
        let opening = liveBlogStampEnd(tokens, sentence, before: t - 1)
        let runs = nameRuns(tokens, opening..<(t - 1))
        guard let run = runs.first, run.lowerBound == opening, run.upperBound == t - 1 else { return nil }
        // `Q: "…"`: an interview's question and answer labels name nobody.
        if run.count == 1 && tokens[run.lowerBound].end - tokens[run.lowerBound].start == 1 { return nil }
        return nameCandidate(tokens, run, gender: .unknown)
    }

    /// `3.47pm — Cathcart: "…"`: a live blog's entry opens with its time and a dash before the
    /// speaker's name and colon. The token after the dash when the sentence opens with such a
    /// stamp (words holding a digit, `am`/`pm`, `.` and `:` only, a digit among them), else the
    /// sentence's first token: a dash after words (`Minister — "…"`) is no stamp.
    private func liveBlogStampEnd(_ tokens: [QuoteToken], _ sentence: Range<Int>, before limit: Int) -> Int {
        var sawDigit = false
        for k in sentence.lowerBound..<min(limit, sentence.upperBound) {
            let token = tokens[k]
            if token.isPunctuation("—") || token.isPunctuation("–") || token.isPunctuation("-") {
                return sawDigit && k > sentence.lowerBound ? k + 1 : sentence.lowerBound
            }
            if token.isPunctuation(".") || token.isPunctuation(":") { continue }
            guard token.isWord else { return sentence.lowerBound }
            let hasDigit = token.lower.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            guard hasDigit || token.lowerIs("am") || token.lowerIs("pm") || token.lowerIs("a.m") || token.lowerIs("p.m") else { return sentence.lowerBound }
            sawDigit = sawDigit || hasDigit
        }
        return sentence.lowerBound
    }

    /// Sieve 1: `"…," X said`, `"…," said X`, `"…," according to X`.
    private func rightAdjacent(_ p: TokenizedParagraph, _ t: Int) -> (SpeakerCandidate?, String?)? {
        let tokens = p.tokens
        var r = t + 1
        guard r < tokens.count else { return nil }
        let last = lastContentScalar(quotations[tokens[t].quotationIndex!])
        var loose = last == "," || last == "!" || last == "?" || last == "—" || last == "–" || last == "-" || last == "…"
        if tokens[r].isPunctuation(",") || tokens[r].isPunctuation("—") || tokens[r].isPunctuation("–") || tokens[r].isPunctuation("-") {
            loose = true
            r += 1
        }
        guard r < tokens.count, tokens[r].isWord else { return nil }
        // `"Yes." The ministry said …` starts a new sentence about something else.
        if !loose && tokens[r].isCapitalized { return nil }
        if let phraseEnd = accordingPhrase(at: r, in: tokens) {
            let speaker = objectSpeaker(p, from: phraseEnd)
            return speaker == nil ? nil : (speaker, phraseText(tokens, r..<phraseEnd))
        }
        if isCue(tokens, r) {
            // `X said the layout would "…," citing data …`: a participle after a quotation inside
            // a sentence goes with the sentence's own cue; its object is no speaker.
            if tokens[r].lower.endsWithBytes("ing"), t > p.sentence(containing: t).lowerBound { return nil }
            // `a "catastrophic" state, according to …`: a noun, with no speaker right after it.
            if r + 1 < tokens.count, tokens[r + 1].kind == .punctuation { return nil }
            guard let speaker = objectSpeaker(p, from: r + 1) else { return nil }
            if speaker.kind != .person, let named = closingAppositiveName(tokens, after: r) { return (named, cueText(tokens, r)) }
            return (speaker, cueText(tokens, r))
        }
        let window = loose ? 16 : 4
        var v = r
        while v < tokens.count && v < r + window {
            let token = tokens[v]
            if token.quotationIndex != nil { return nil }
            if token.kind == .punctuation && (token.mark == "." || token.mark == "!" || token.mark == "?" || token.mark == ";" || token.mark == ":" || token.mark == "(") { return nil }
            if token.isWord && v > r && isCue(tokens, v) {
                // `"foreign representatives," a measure critics say is modeled on …`: a cue with
                // a finite verb right after it is inside a relative clause about the noun before.
                if opensReducedRelative(tokens, v) { return nil }
                // `fined for "discrediting" the army after writing about …`: a participle after a
                // preposition heads an adverbial phrase, not a reporting clause.
                if token.lower.endsWithBytes("ing"), tokens[v - 1].has(.preposition) { return nil }
                var end = v
                // `"…," Lavrov was quoted by Interfax as saying`: the one quoted.
                if token.lowerIs("saying"), tokens[v - 1].lowerIs("as"),
                   let quoted = (r..<v).first(where: { ["quoted", "cited"].contains(tokens[$0].lower) && isPassive(tokens, $0) }) {
                    end = quoted
                }
                while end > r && isAuxiliary(tokens, end - 1) { end -= 1 }
                guard end > r, let speaker = speakerOfRegion(p, r..<end) else { return nil }
                return (speaker, cueText(tokens, v))
            }
            if token.isWord && !token.isCapitalized && ["and", "but", "because", "as", "while", "when", "if", "so", "or"].contains(token.lower),
               !(token.lowerIs("as") && v + 1 < tokens.count && tokens[v + 1].lowerIs("saying")),
               // (`CPJ's Europe and Central Asia representative`: an `and` inside a name.)
               !(token.lowerIs("and") && v > r && v + 1 < tokens.count && tokens[v - 1].isCapitalized && tokens[v + 1].isCapitalized) { return nil }
            v += 1
        }
        return nil
    }

    /// `"…," said the 61-year-old former deputy mayor of Osh and one-time chairman of the city's
    /// trade committee, Nurlan Asanov.`: a person's name that closes the sentence after a comma,
    /// with only a description between the cue at `v` and it (no clause, cue or quotation), is
    /// the speaker the description is in apposition to, however long the description.
    private func closingAppositiveName(_ tokens: [QuoteToken], after v: Int) -> SpeakerCandidate? {
        var k = v + 1
        while k < tokens.count, k <= v + 48 {
            let token = tokens[k]
            if token.isPunctuation(",") {
                k += 1
                continue
            }
            // (A quotation or another mark ends the description.)
            guard token.isWord else { return nil }
            // The name: right after a comma, running to the sentence's end.
            if token.runStart == Int32(k), k > v + 2, tokens[k - 1].isPunctuation(",") {
                let end = Int(token.runEnd)
                if end == tokens.count || tokens[end].isPunctuation("."),
                   let named = nameCandidate(tokens, k..<end, gender: .unknown), named.kind == .person, looksLikeName(named) {
                    return withLearnedGender(named)
                }
            }
            if (token.has(.clauseOpener) && token.lower != "and") || isCue(tokens, k) || isAuxiliary(tokens, k) || token.lower.endsWithBytes("ing") { return nil }
            k = token.runStart == Int32(k) ? Int(token.runEnd) : k + 1
        }
        return nil
    }

    /// Sieve 2: the nearest cue before the quotation in its sentence.
    private func leftCue(_ p: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>) -> (SpeakerCandidate?, String?)? {
        let tokens = p.tokens
        var v = t - 1
        let floor = max(sentence.lowerBound, t - Self.scanLimit)
        while v >= floor {
            defer { v -= 1 }
            guard tokens[v].isWord else { continue }
            if let phraseEnd = accordingPhrase(at: v, in: tokens), phraseEnd <= t {
                if let speaker = objectSpeaker(p, from: phraseEnd) { return (speaker, phraseText(tokens, v..<phraseEnd)) }
                continue
            }
            guard isCue(tokens, v) else { continue }
            // `As reported by the ministry, "…"`: the cue is inside an according phrase.
            if let j = stride(from: v - 1, through: max(floor, v - 3), by: -1).first(where: { j in
                accordingPhrase(at: j, in: tokens).map { $0 > v && $0 <= t } == true }),
               let phraseEnd = accordingPhrase(at: j, in: tokens), let speaker = objectSpeaker(p, from: phraseEnd) {
                return (speaker, phraseText(tokens, j..<phraseEnd))
            }
            let cue = cueText(tokens, v)
            // `Lukashenko was quoted by BelTA as saying …`: the one quoted.
            if tokens[v].lowerIs("saying"), v > sentence.lowerBound, tokens[v - 1].lowerIs("as"),
               let quoted = (max(sentence.lowerBound, v - 20)..<(v - 1)).last(where: { ["quoted", "cited", "quotes", "cites", "quoting", "citing"].contains(tokens[$0].lower) }) {
                if isPassive(tokens, quoted) { return (subject(of: quoted, in: p, sentence: sentence), cue) }
                // `Interfax cited an unnamed official as saying …`: the one cited.
                if quoted + 1 < v - 1, let cited = speakerOfRegion(p, (quoted + 1)..<(v - 1)) { return (cited, cue) }
            }
            if isPassive(tokens, v) {
                // `was hailed by the Brazilian presidency as proof that … "…"`: the agent between
                // the verb and the quotation.
                if let by = ((v + 1)..<t).first(where: { tokens[$0].isWord && tokens[$0].lowerIs("by") }),
                   let agent = objectSpeaker(p, from: by + 1) {
                    return (agent, cue)
                }
                // `branded as a "foreign agent" by the Russian government`
                var k = t + 1
                while k < sentence.upperBound {
                    if tokens[k].isWord && tokens[k].lowerIs("by") { return (objectSpeaker(p, from: k + 1), cue) }
                    if tokens[k].quotationIndex != nil { break }
                    k += 1
                }
                // `People familiar with it said the deal could be announced "as early as next
                // week"`: with no agent, the words are the reporting clause's; but after `was
                // told` or `was asked` they are someone else's, unknown.
                if !["told", "asked"].contains(tokens[v].lower), let outer = outerCueSubject(p, before: v, sentence: sentence) {
                    return (outer, cue)
                }
                return (nil, cue)
            }
            // `…, with NHS leaders warning of "…"`: an absolute clause has its own subject.
            if tokens[v].lower.endsWithBytes("ing"), let with = absoluteClauseOpening(tokens, before: v, sentence: sentence),
               let subject = speakerOfRegion(p, (with + 1)..<v, subjectPosition: true) {
                return (subject, cue)
            }
            // `…, adding: "…"`: a participle after a comma shares the sentence's speaker.
            if tokens[v].lower.endsWithBytes("ing"), let comma = participleComma(tokens, before: v, sentence: sentence) {
                if let inherited = earlierSpeaker(in: p, before: comma, sentence: sentence) { return (inherited, cue) }
                // `The central bank kept rates on hold, citing "…"`: the main clause's subject.
                if let subject = sentenceSubjects(p, sentence.lowerBound..<comma).first, subject.kind != .group || !subject.text.isEmpty {
                    return (subject, cue)
                }
            }
            // `She opens by saying: "…"`, `He ended with telling them`: a gerund after `by` or
            // `with` is the speech of the subject of the verb it modifies.
            if tokens[v].lower.endsWithBytes("ing"), v - 2 >= sentence.lowerBound, tokens[v - 1].lowerIs("by") || tokens[v - 1].lowerIs("with"),
               tokens[v - 2].isWord, !tokens[v - 2].isCapitalized, !tokens[v - 2].has(.function), !isPassive(tokens, v - 2),
               let subject = subject(of: v - 2, in: p, sentence: sentence) {
                return (subject, cue)
            }
            if let subject = subject(of: v, in: p, sentence: sentence) { return (subject, cue) }
            // A participle or a coordinated verb (`, calling on …`, `and added`): the speaker is the
            // subject of the sentence's earlier cue, or of the quotation before.
            if let inherited = earlierSpeaker(in: p, before: v, sentence: sentence) { return (inherited, cue) }
            // `He instructed the ministry … and noted that "…"`: a verb coordinated with a
            // non-reporting one shares the sentence's subject.
            if v - 1 > sentence.lowerBound, tokens[v - 1].lowerIs("and") || tokens[v - 1].lowerIs("but"),
               let subject = sentenceSubjects(p, sentence.lowerBound..<(v - 1)).first, isSpeakerShaped(subject) {
                return (subject, cue)
            }
            // `Governor vetoes budget, calls it "reckless"`: a headline's comma joins verbs that
            // share the subject.
            if v - 1 > sentence.lowerBound, tokens[v - 1].isPunctuation(","), let h = headline, lines[h].contains(tokens[v].start),
               let subject = sentenceSubjects(p, sentence.lowerBound..<(v - 1)).first, isSpeakerShaped(subject) {
                return (subject, cue)
            }
            return (nil, cue)
        }
        return nil
    }

    /// The comma before the participle at `v` that joins it to the main clause: right before it
    /// (`, adding`), or before a short adverbial of time (`, at one point telling`, `, later
    /// adding`), which has no subject of its own.
    private func participleComma(_ tokens: [QuoteToken], before v: Int, sentence: Range<Int>) -> Int? {
        guard v > sentence.lowerBound else { return nil }
        if tokens[v - 1].isPunctuation(",") { return v - 1 }
        guard let comma = stride(from: v - 2, through: max(sentence.lowerBound, v - 4), by: -1).first(where: { !tokens[$0].isWord }),
              tokens[comma].isPunctuation(","), comma > sentence.lowerBound else { return nil }
        let first = tokens[comma + 1]
        let adverbial = first.has(.preposition) ? v - comma <= 4 : v - comma == 2 && (first.lower.endsWithBytes("ly") || Self.timeAdverbs.contains(first.lower))
        guard adverbial, ((comma + 1)..<v).allSatisfy({ !tokens[$0].isCapitalized && !tokens[$0].has(.cue) && !isAuxiliary(tokens[$0]) }) else { return nil }
        return comma
    }

    /// Adverbs of time that may stand between a comma and a participle cue (`, later adding`).
    private static let timeAdverbs: Set<String> = ["later", "then", "again", "once", "before", "afterwards", "now"]

    /// The `with` opening an absolute clause whose participle is the cue at `v` (`with Governor
    /// X warning that`): a few words, none of them a mark or a verb, between them.
    private func absoluteClauseOpening(_ tokens: [QuoteToken], before v: Int, sentence: Range<Int>) -> Int? {
        var k = v - 1
        while k > max(sentence.lowerBound, v - 8) {
            let token = tokens[k]
            guard token.isWord, !token.has(.cue), !token.has(.auxiliary) else { return nil }
            if token.lowerIs("with") { return k + 1 < v ? k : nil }
            k -= 1
        }
        return nil
    }

    /// The subject of an active cue verb earlier in the sentence than `v`.
    private func outerCueSubject(_ p: TokenizedParagraph, before v: Int, sentence: Range<Int>) -> SpeakerCandidate? {
        var k = v - 1
        while k >= max(sentence.lowerBound, v - Self.scanLimit) {
            defer { k -= 1 }
            if p.tokens[k].quotationIndex != nil { return nil }
            guard p.tokens[k].isWord, isCue(p.tokens, k), !isPassive(p.tokens, k) else { continue }
            return subject(of: k, in: p, sentence: sentence)
        }
        return nil
    }

    /// Sieve 3: a cue later in the sentence (`"…" was the word Smith used, Smith said`), or
    /// `according to X` anywhere in it.
    private func laterInSentence(_ p: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>) -> (SpeakerCandidate?, String?)? {
        let tokens = p.tokens
        // `When Uzbekistan handed the harvest to private "clusters" in 2018, officials promised`:
        // a quotation in an opening subordinate clause is not the main clause's words.
        let subordinate = t > sentence.lowerBound && tokens[sentence.lowerBound].isWord &&
            ["when", "after", "as", "if", "although", "though", "because", "since", "before", "while", "once", "until", "unless", "whereas"].contains(tokens[sentence.lowerBound].lower)
        var k = t + 1
        while k < min(sentence.upperBound, t + Self.scanLimit) {
            defer { k += 1 }
            if tokens[k].quotationIndex != nil { return nil }
            guard tokens[k].isWord else { continue }
            if let phraseEnd = accordingPhrase(at: k, in: tokens), let speaker = objectSpeaker(p, from: phraseEnd) {
                return (speaker, phraseText(tokens, k..<phraseEnd))
            }
            if isCue(tokens, k) && !isPassive(tokens, k) {
                if opensReducedRelative(tokens, k) { return nil }
                if subordinate && ((t + 1)..<k).contains(where: { tokens[$0].isPunctuation(",") }) { return nil }
                if let subject = subject(of: k, in: p, sentence: (t + 1)..<sentence.upperBound) { return (subject, cueText(tokens, k)) }
                // `a "catastrophic" state, according to …`: a noun after the quotation that is
                // also a cue's form has no subject; read on.
                if k == t + 1 { continue }
                return nil
            }
        }
        return nil
    }

    /// Sieve 5: a quotation standing alone as a sentence (or a paragraph) continues the speaker of
    /// the quotation before it, in the same paragraph or the previous one.
    private func continuation(_ index: Int, paragraph p: TokenizedParagraph, tokenIndex t: Int, sentence: Range<Int>) -> SpeakerCandidate? {
        let span = quotations[index]
        // The paragraph before opened the quotation: its speaker, past any quotation nested
        // inside it (`My son asked me, ‘Is Papa sick?’ What do I tell him?`).
        if span.continuesPrevious, let opened = quotations[..<index].lastIndex(where: { $0.continuesInNext }),
           let previous = results[opened]?.speaker { return previous }
        guard fillsSentence(p, t, sentence, span) else { return nil }
        // `Mayor Karen Bass said the fires … . "This is a tragedy."`: the sentence before, in the
        // same paragraph, reports someone's words.
        if let previousSentence = p.sentences.last(where: { $0.upperBound <= t }) {
            var k = previousSentence.upperBound - 1
            while k >= previousSentence.lowerBound {
                defer { k -= 1 }
                let token = p.tokens[k]
                if let q = token.quotationIndex {
                    if let speaker = results[q]?.speaker { return speaker }
                    continue
                }
                guard token.isWord, isCue(p.tokens, k), !isPassive(p.tokens, k),
                      let subject = subject(of: k, in: p, sentence: previousSentence), isSpeakerShaped(subject) else { continue }
                // The pronoun's person is bound as a cue's pronoun is: `Later she said it again. "…"`
                // tells her sex to a later `he`.
                if subject.kind == .pronoun { return resolvePronounTeachingSex(subject, line: span.line, before: token.start) }
                // (A title as the quotation before resolved it: `A ministry official said …. "…,"
                // the official said. "…"` is the official introduced before.)
                if case .title = subject.kind { return resolve(subject, line: span.line, before: token.start) ?? subject }
                // `"…," the Pole said. "…"`, `"…," the Olympiacos coach said. "…"`: the same
                // resolution as the quotation before had.
                if subject.kind == .organisation && isDemonym(subject.text) { return resolve(subject, line: span.line, before: token.start) ?? subject }
                if subject.kind == .group && subject.isDefinite {
                    return resolve(subject, line: span.line, before: token.start) ?? subject
                }
                return subject
            }
            // `Lebedeva, speaking from the cage, addressed the judge directly. "…"`: a sentence
            // about a named person, right before, with no words of anyone's in it, introduces
            // the quotation.
            if previousSentence.upperBound == sentence.lowerBound,
               !previousSentence.contains(where: { p.tokens[$0].quotationIndex != nil }),
               let subject = sentenceSubjects(p, previousSentence).first {
                if subject.kind == .person, looksLikeName(subject), isSpeakerShaped(subject) { return subject }
                // `She shrugged. "…"`: the person the pronoun stands for.
                if subject.kind == .pronoun, subject.text == "he" || subject.text == "she", let first = previousSentence.first,
                   let person = resolvePronounTeachingSex(subject, line: span.line, before: p.tokens[first].start), person.kind == .person {
                    return person
                }
            }
        }
        guard index > 0 else { return nil }
        let previous = quotations[index - 1]
        guard previous.line == span.line || previousNonBlankLine(before: span.line) == previous.line else { return nil }
        // An answer to the question the paragraph before asked is not the asker's.
        if isAnswer(to: index - 1) { return nil }
        return results[index - 1]?.speaker
    }

    /// `'We are watching our water disappear': Central Asia's glaciers` as a headline: words
    /// quoted twice are the same speaker's, who is named where the article quotes them in full.
    private func attributeRepeatedQuotations() {
        // `'Best day of my life,' says 24-year-old`: a headline's grammar is clipped (`…, says MD`,
        // `PM tells …`, `Driver … jailed: '…'`) and names a role, a description or a nickname, so
        // the person the body quotes saying the same words is its speaker, whatever the
        // headline's own reading found.
        func isDescribed(_ index: Int) -> Bool {
            results[index]?.speaker == nil || quotations[index].line == headline
        }
        guard results.indices.contains(where: isDescribed), results.contains(where: { $0?.speaker != nil }) else { return }
        // The quoted words without closing punctuation, compared with ASCII case folded.
        func words(_ span: QuotationSpan) -> Range<Int> {
            var end = span.contentEnd
            while end > span.contentStart && !ScalarClass.isWord(text[end - 1]) { end -= 1 }
            return span.contentStart..<end
        }
        func folded(_ s: Unicode.Scalar) -> UInt32 { s.value >= 65 && s.value <= 90 ? s.value | 0x20 : s.value }
        func contains(_ outer: Range<Int>, _ inner: Range<Int>, wholeWords: Bool) -> Bool {
            occurrence(outer, inner, wholeWords: wholeWords) != nil
        }
        // Where the words first occur in `outer`, if they do.
        func occurrence(_ outer: Range<Int>, _ inner: Range<Int>, wholeWords: Bool) -> Int? {
            let n = inner.count
            guard n > 0, outer.count >= n else { return nil }
            let first = folded(text[inner.lowerBound])
            for i in outer.lowerBound...(outer.upperBound - n) where folded(text[i]) == first {
                var k = 1
                while k < n && folded(text[i + k]) == folded(text[inner.lowerBound + k]) { k += 1 }
                if k == n && (!wholeWords || (i == outer.lowerBound || !ScalarClass.isWord(text[i - 1])) &&
                              (i + n == outer.upperBound || !ScalarClass.isWord(text[i + n]))) { return i }
            }
            return nil
        }
        var tried = 0
        for index in quotations.indices where tried < 8 && isDescribed(index) {
            let described = results[index]?.speaker != nil
            let quoted = words(quotations[index])
            // Four words at least: a shorter phrase is quoted twice by chance, except from the
            // headline (`wary of 'another spring'`), whose words the body quotes whole.
            var spaces = 0
            for k in quoted where ScalarClass.isSpace(text[k]) { spaces += 1 }
            // (Not when a sieve found the words a noun's modifier or a title: `jailed for 'callous'
            // neglect`; nor from a quotation five times longer, where a word recurs by chance.)
            let fromHeadline = headline == quotations[index].line && !["attributive", "title"].contains(results[index]?.sieve ?? "")
            guard spaces >= 3 || fromHeadline else { continue }
            // (A headline's few quotations spend none of the body's budget.)
            if headline != quotations[index].line { tried += 1 }
            for source in quotations.indices.prefix(200) where source != index && quotations[source].contentEnd - quotations[source].contentStart >= quoted.count {
                guard let speaker = results[source]?.speaker, quotations[source].line != headline, !described || speaker.kind == .person,
                      let at = occurrence(words(quotations[source]), quoted, wholeWords: spaces < 3) else { continue }
                // (`"He said, 'Make the complaint disappear.'"`: words the source quotes inside
                // its own quotation are another's, whom the source reports.)
                if at > quotations[source].contentStart, "'\"‘“".unicodeScalars.contains(text[at - 1]) { continue }
                // `finance minister calls pension deal 'unaffordable'` and the body's `'unaffordable,
                // unfair to the young and, frankly, unserious'`: the headline quotes the opening
                // words, however long the rest. (Not one capitalized word: `Margaret 'Peggy'
                // Hollinshead`, a nickname, opens a quotation by chance.)
                let head = quotations[source].contentStart..<(quotations[source].contentStart + quoted.count)
                let opens = fromHeadline && (spaces > 0 || !ScalarClass.isUpper(text[quoted.lowerBound])) && contains(head, quoted, wholeWords: false)
                    && (head.upperBound == quotations[source].contentEnd || !ScalarClass.isWord(text[head.upperBound]))
                if spaces < 3 && !opens {
                    var sourceSpaces = 0
                    for k in words(quotations[source]) where ScalarClass.isSpace(text[k]) { sourceSpaces += 1 }
                    guard sourceSpaces + 1 <= 5 * (spaces + 1) else { continue }
                }
                results[index] = Attribution(speaker: speaker, cue: nil, sieve: "repeated")
                break
            }
        }
    }

    private func previousNonBlankLine(before line: Int) -> Int? {
        var l = line - 1
        while l >= 0 {
            if !isBlank(l) { return l }
            l -= 1
        }
        return nil
    }

    /// Testimony's question and answer with no cue between two quoted people: `"…?" Benedetto
    /// asked.` / `"…"` / `"…?"` / `"…," Whitfield said.` The paragraphs holding nothing but a
    /// quotation, between a question of one person's and the words of another, alternate
    /// between them, the first answering the question; only when their number is even, so the
    /// turns meet the named speaker after them (an odd run says the writer skipped a turn or the
    /// asker went on: no guess).
    private func attributeAlternatingExchanges() {
        func standsAlone(_ index: Int) -> Bool {
            let tokens = paragraph(quotations[index].line).tokens
            return tokens.allSatisfy { $0.quotationIndex == index || $0.kind == .punctuation }
        }
        func follows(_ index: Int) -> Bool { previousNonBlankLine(before: quotations[index].line) == quotations[index - 1].line }
        var first = 1
        while first < quotations.count {
            var last = first
            while last < quotations.count, results[last]?.speaker == nil, standsAlone(last), follows(last) { last += 1 }
            defer { first = max(last, first + 1) }
            let count = last - first
            guard count > 0, count % 2 == 0, last < quotations.count, follows(last),
                  let asker = results[first - 1]?.speaker, asker.kind == .person, lastContentScalar(quotations[first - 1]) == "?",
                  let answerer = results[last]?.speaker, answerer.kind == .person, answerer.text != asker.text else { continue }
            for index in first..<last {
                results[index] = Attribution(speaker: (index - first) % 2 == 0 ? answerer : asker, cue: nil, sieve: "alternating-exchange")
            }
        }
    }

    /// A multi-paragraph quotation has one speaker: copy it along the chain both ways.
    private func propagateAlongContinuations() {
        for index in quotations.indices.dropFirst() where quotations[index].continuesPrevious {
            if results[index]?.speaker == nil, let speaker = results[index - 1]?.speaker {
                results[index] = Attribution(speaker: speaker, cue: results[index - 1]?.cue, sieve: "continuation")
            }
        }
        for index in quotations.indices.reversed().dropFirst() where quotations[index].continuesInNext {
            if results[index]?.speaker == nil, let speaker = results[index + 1]?.speaker {
                results[index] = Attribution(speaker: speaker, cue: results[index + 1]?.cue, sieve: "continuation")
            }
        }
    }

    // MARK: - Subjects and objects

    /// The subject of the cue verb at `v`: the noun phrase that opens its clause.
    func subject(of v: Int, in p: TokenizedParagraph, sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        let sentence = max(sentence.lowerBound, v - Self.scanLimit)..<sentence.upperBound
        // `Tengizchevroil, in which Exxon Mobil … hold stakes, said`: the subject is before the
        // relative clause, whatever names and verbs the clause has.
        if let opening = relativeClauseOpening(tokens, before: v, sentence: sentence) {
            return subject(of: opening, in: p, sentence: sentence)
        }
        if let reduced = reducedRelativeSubject(tokens, before: v, sentence: sentence) { return reduced }
        var c = v - 1
        var relative: Int? = nil
        let insideNames = nameRunMembership(tokens, sentence.lowerBound..<v)
        // `A Turkish official, speaking on condition of anonymity because he was not authorised
        // to talk to the media, said`: a participle phrase between commas right before the cue is
        // passed over whole, with any clause inside it.
        var participlePhrase: Range<Int>? = nil
        if v - 1 > sentence.lowerBound, tokens[v - 1].isPunctuation(","),
           let comma = stride(from: v - 2, through: sentence.lowerBound, by: -1).first(where: { tokens[$0].kind != .word }),
           tokens[comma].isPunctuation(","), comma + 1 < v - 1, tokens[comma + 1].isWord, !tokens[comma + 1].isCapitalized,
           tokens[comma + 1].lower.endsWithBytes("ing"), !tokens[comma + 1].has(.function) {
            participlePhrase = (comma + 1)..<(v - 1)
        }
        scan: while c >= sentence.lowerBound {
            if let phrase = participlePhrase, phrase.contains(c) {
                c = phrase.lowerBound - 1
                continue
            }
            // A word in neither list, and not `what`, is passed over below: it is read in place
            // here (most words are such, and a token copied costs a retain and a release).
            if tokens[c].isWord && tokens[c].flags.isDisjoint(with: [.cue, .clauseOpener]) && !tokens[c].lowerIs("what") {
                c -= 1
                continue
            }
            let token = tokens[c]
            switch token.kind {
            case .quotation:
                break scan
            case .punctuation:
                if token.mark == ";" || token.mark == ":" || token.mark == "–" || token.mark == "—" || token.mark == "-" { break scan }
                // `OPEC+ extends output cuts, Saudi minister warns`: a headline's comma joins clauses.
                if token.mark == ",", let h = headline, lines[h].contains(token.start) { break scan }
            case .word:
                // `Witnesses said the soldiers shouted "…"`: an earlier cue verb opens the clause.
                let speechNounPhrase = token.has(.speechNoun) && c + 1 < v && ["by", "from", "of"].contains(tokens[c + 1].lower)
                if token.has(.cue) && !speechNounPhrase && isCue(tokens, c) && !isPassive(tokens, c) &&
                    !((c + 1)..<v).contains(where: { tokens[$0].isPunctuation(",") }) { break scan }
                // `as firms redirect budgets toward what one executive called`: a free relative
                // clause has its own subject, the noun phrase after `what`, whatever the main clause
                // says. (`in what it calls` keeps `what` for the pronoun's test below.)
                if token.lowerIs("what"), c + 2 < v, pronounCandidate(tokens[c + 1]) == nil { break scan }
                guard token.has(.clauseOpener), !token.isCapitalized || c == sentence.lowerBound,
                      !insideNames.contains(c) else { break }
                if Self.isAdverbSince(tokens, c, after: sentence.lowerBound) { break }
                // `an activist and ally of …`: `and` joins nouns unless a new subject follows it.
                if token.lowerIs("and") || token.lowerIs("or") {
                    if c + 1 < v {
                        let next = tokens[c + 1]
                        let opensSubject = next.has(.determiner) || pronounCandidate(next) != nil || (next.isCapitalized && next.isWord)
                        if !opensSubject || isInsideOrganisationName(tokens, and: c, before: v, sentence: sentence) ||
                            insidePartitiveAside(tokens, before: c, sentence: sentence) { break }
                    }
                    break scan
                }
                // `quoted as saying`
                if token.lowerIs("as") && c + 1 == v { break }
                // `the rules (which one minister described as "a mess")`: a relative clause with its
                // own subject before the cue.
                if (token.lowerIs("which") || token.lowerIs("whom")) && c + 1 < v {
                    let next = tokens[c + 1]
                    if next.isWord && (next.has(.determiner) || next.runStart >= 0 || pronounCandidate(next) != nil || looksPlural(next)) { break scan }
                }
                if token.lowerIs("who") || token.lowerIs("which") || token.lowerIs("whose") {
                    // `the crowd, who chanted …`: the cue is inside the relative clause. Without a
                    // comma before it, or with one closing it before the cue, the relative clause
                    // is only a modifier of the subject further left.
                    let commaBefore = c > sentence.lowerBound && tokens[c - 1].isPunctuation(",")
                    let closedBeforeCue = v > c + 1 && tokens[v - 1].isPunctuation(",")
                    if commaBefore && !closedBeforeCue { relative = c; break scan }
                    break
                }
                if token.lowerIs("that") && c + 1 == v { relative = c; break scan }
                if token.lowerIs("as") && c > sentence.lowerBound && tokens[c - 1].lowerIs("such") { break }
                break scan
            }
            c -= 1
        }
        if let relative {
            return nounPhraseEnding(at: relative - 1, in: tokens, lowerBound: sentence.lowerBound)
        }
        var end = v
        while end > c + 1 && (isAuxiliary(tokens, end - 1) ||
                              (end - 2 > c && Self.isAdverbSince(tokens, end - 1, after: c))) { end -= 1 }
        // `Kadyrov was heard saying`: a passive verb of perception before the participle cue.
        if tokens[v].lower.endsWithBytes("ing"), end - 2 > c, isPassive(tokens, end - 1) || ["heard", "seen", "caught", "filmed", "overheard"].contains(tokens[end - 1].lower) {
            end -= 1
            while end > c + 1 && isAuxiliary(tokens, end - 1) { end -= 1 }
        }
        if let both = coordinatedNames(tokens, and: c, end: end, sentence: sentence) { return both }
        // `Now I tell every young baker`, `and every December I said`: the first person, outside
        // quotation marks, is the writer or the one answering, whatever phrase comes before it.
        if end - 1 > c, tokens[end - 1].isWord, tokens[end - 1].lowerIs("i"), text[tokens[end - 1].start] == "I" {
            return SpeakerCandidate(text: "I", start: tokens[end - 1].start, end: tokens[end - 1].end, kind: .pronoun)
        }
        // `in what it calls`: the pronoun of a free relative clause.
        if end - 2 > c, tokens[end - 2].lowerIs("what"), let pronoun = pronounCandidate(tokens[end - 1]) { return pronoun }
        // `In his final statement last week he told the court`: a personal pronoun right before
        // the verb is its subject, whatever phrase comes before it.
        if end - 1 > c + 1, tokens[end - 1].lower != "it", let pronoun = pronounCandidate(tokens[end - 1]),
           tokens[end - 2].isWord && !["and", "or", "than", "as"].contains(tokens[end - 2].lower) ||
            // `Speaking to reporters after the hearing, he said`
            tokens[end - 2].isPunctuation(",") {
            return pronoun
        }
        var region = (c + 1)..<end
        // `accusing the board of "bad faith" and managers calling it`: a conjunction right after
        // a quotation joins clauses; it is no part of the subject.
        if region.count > 1, tokens[region.lowerBound].lowerIs("and") || tokens[region.lowerBound].lowerIs("or"),
           c >= sentence.lowerBound, tokens[c].quotationIndex != nil {
            region = (region.lowerBound + 1)..<region.upperBound
        }
        guard !region.isEmpty else { return nil }
        // `As the results were read out, the crowd chanted`: skip a subordinate clause that opens
        // the sentence.
        if c >= sentence.lowerBound, c == sentence.lowerBound, tokens[c].isWord,
           let comma = region.first(where: { tokens[$0].isPunctuation(",") }), comma + 1 < region.upperBound {
            region = (comma + 1)..<region.upperBound
        }
        // `The protesters, Smith said, were …`: a parenthetical attribution.
        if v + 1 < tokens.count, tokens[v + 1].isPunctuation(","), tokens[end - 1].isPunctuation(",") == false,
           let comma = region.last(where: { tokens[$0].isPunctuation(",") }), comma + 1 < end {
            return speakerOfRegion(p, (comma + 1)..<end, subjectPosition: true)
        }
        if let reporting = trailingReportingSubject(p, cue: v, region: region, sentence: sentence) { return reporting }
        return speakerOfRegion(p, region, subjectPosition: true)
    }

    /// `The protesters, many of them members of the union and its youth wing, chanted`: an aside
    /// opening `, many of them` (or `of whom`) before `c` holds the `and`, not a new subject.
    private func insidePartitiveAside(_ tokens: [QuoteToken], before c: Int, sentence: Range<Int>) -> Bool {
        var j = c - 1
        while j > sentence.lowerBound + 1 && j > c - 16 {
            defer { j -= 1 }
            guard tokens[j].isWord, tokens[j].lowerIs("of"), tokens[j - 2].isPunctuation(","), j + 1 < c,
                  tokens[j + 1].lowerIs("them") || tokens[j + 1].lowerIs("whom") else { continue }
            return Self.partitiveHeads.contains(tokens[j - 1].lower)
        }
        return false
    }

    /// `The Treasury and Finance Ministry said`: an `and` between capitalized words after `the`,
    /// with an organisation word after it, joins the parts of one name.
    private func isInsideOrganisationName(_ tokens: [QuoteToken], and c: Int, before v: Int, sentence: Range<Int>) -> Bool {
        guard c > sentence.lowerBound, c + 1 < v, tokens[c - 1].isWord, tokens[c - 1].isCapitalized, tokens[c + 1].isCapitalized else { return false }
        var b = c - 1
        while b > sentence.lowerBound, tokens[b - 1].isWord, tokens[b - 1].isCapitalized, tokens[b - 1].lower != "the" { b -= 1 }
        guard b > sentence.lowerBound, tokens[b - 1].lowerIs("the") else { return false }
        return ((c + 1)..<v).contains { tokens[$0].isWord && tokens[$0].isCapitalized && tokens[$0].has(.organisation) }
    }

    /// `A boy named Maksym`, `a resident who gave only her first name, Liudmyla`, `one trader,
    /// identified only as Bakyt`: an anonymous common noun phrase whose name follows it.
    func namedLater(_ candidate: SpeakerCandidate) -> SpeakerCandidate? {
        guard candidate.kind == .group, !candidate.plural, let first = candidate.text.utf8.first,
              first | 0x20 == UInt8(ascii: "a") || first | 0x20 == UInt8(ascii: "o") ||
                // `said the woman, who gave only her first name, Lyudmila`
                (first | 0x20 == UInt8(ascii: "t") && lexicon.personNouns.contains(lastWord(of: candidate.text))) else { return nil }
        let line = line(containing: candidate.end)
        guard line < lines.count else { return nil }
        let tokens = paragraph(line).tokens
        guard let low = tokenIndex(endingAt: candidate.end, in: tokens) else { return nil }
        var k = low + 1
        var afterTrigger = false
        while k < tokens.count && k <= low + 14 {
            let token = tokens[k]
            if token.quotationIndex != nil { return nil }
            if token.kind == .punctuation {
                guard token.mark == "," else { return nil }
                k += 1
                continue
            }
            if afterTrigger, token.runStart == Int32(k) {
                let end = Int(token.runEnd)
                guard end == tokens.count || tokens[end].kind == .punctuation || tokens[end].quotationIndex != nil,
                      let name = nameCandidate(tokens, k..<end, gender: candidate.gender), name.kind == .person else { return nil }
                return name
            }
            // `who said her name was Mohira`: a cue about the name goes on to it.
            if isCue(tokens, k) && !(k + 2 < tokens.count && ["her", "his"].contains(tokens[k + 1].lower) && tokens[k + 2].lowerIs("name")) { return nil }
            if afterTrigger && ["was", "is"].contains(token.lower) && tokens[k - 1].lowerIs("name") { k += 1; continue }
            afterTrigger = ["named", "called", "nicknamed", "name", "names", "as"].contains(token.lower) &&
                (token.lower != "as" || ["identified", "known", "named", "name", "himself", "herself", "only"].contains(tokens[k - 1].lower))
            k += 1
        }
        return nil
    }

    /// `said a young woman holding a placard. She gave her name as Elif Demir.`, `"…," the doctor
    /// said. Her name is Saida Nurova`: a description of one person whom the next sentence names
    /// (`Her name is X`, `She gave her name as X`), read in the paragraph `p` holding it.
    private func namedInNextSentence(_ candidate: SpeakerCandidate, _ p: TokenizedParagraph) -> SpeakerCandidate? {
        switch candidate.kind {
        case .group, .title: guard !candidate.plural else { return nil }
        default: return nil
        }
        let tokens = p.tokens
        guard let low = tokenIndex(endingAt: candidate.end, in: tokens) else { return nil }
        // The end of the description's sentence, with no quotation before it.
        var k = low + 1
        while k < tokens.count, k <= low + 16, !tokens[k].isPunctuation("."), tokens[k].quotationIndex == nil { k += 1 }
        guard k + 5 < tokens.count, tokens[k].isPunctuation("."), tokens[k + 1].isCapitalized else { return nil }
        var n = k + 2
        switch tokens[k + 1].lower {
        case "he", "she":
            // `She gave her name as`, `He gave only his first name,`
            guard tokens[n].lowerIs("gave") else { return nil }
            n += 1
            if tokens[n].lowerIs("only") { n += 1 }
            guard n + 1 < tokens.count, ["his", "her"].contains(tokens[n].lower) else { return nil }
            n += 1
            if n + 1 < tokens.count, ["first", "full"].contains(tokens[n].lower) { n += 1 }
        case "his", "her": break
        default: return nil
        }
        guard n + 2 < tokens.count, tokens[n].lowerIs("name"), ["is", "was", "as"].contains(tokens[n + 1].lower) || tokens[n + 1].isPunctuation(","),
              tokens[n + 2].runStart == Int32(n + 2) else { return nil }
        let end = Int(tokens[n + 2].runEnd)
        guard end == tokens.count || !tokens[end].isWord || tokens[end].lowerIs("and"),
              let name = nameCandidate(tokens, (n + 2)..<end, gender: .unknown), name.kind == .person, isSpeakerShaped(name) else { return nil }
        var named = withLearnedGender(name)
        if named.gender == .unknown { named.gender = ["she", "her"].contains(tokens[k + 1].lower) ? .female : .male }
        return named
    }

    /// The index of the token that ends at code point offset `end`, found by binary search, or
    /// nil when none does.
    private func tokenIndex(endingAt end: Int, in tokens: [QuoteToken]) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].end < end { low = mid + 1 } else { high = mid }
        }
        return low < tokens.count && tokens[low].end == end ? low : nil
    }

    /// `the UKMK said` after `Kyrgyzstan's State Committee for National Security (UKMK)`: an
    /// acronym stands for the name it was given after in parentheses.
    private func expandedAcronym(_ candidate: SpeakerCandidate) -> SpeakerCandidate? {
        guard candidate.kind == .organisation, (2...8).contains(candidate.text.utf8.count) else { return nil }
        let letters = Array(candidate.text.unicodeScalars)
        guard letters.allSatisfy({ ScalarClass.isUpper($0) }) else { return nil }
        if let known = acronyms[candidate.text] { return known }
        var found: SpeakerCandidate? = nil
        let n = letters.count
        let limit = min(text.count, candidate.start)
        // Where the letters of the first `(ACRONYM)` before the speaker start.
        let opening: Int? = text.withUnsafeBufferPointer { text in
            var i = 1
            search: while i + n < limit {
                defer { i += 1 }
                guard text[i - 1] == "(", text[i + n] == ")" else { continue }
                for k in 0..<n where text[i + k] != letters[k] { continue search }
                return i
            }
            return nil
        }
        if let i = opening {
            let tokens = paragraph(line(containing: i)).tokens
            if let open = tokens.firstIndex(where: { $0.start == i - 1 }), open > 0, tokens[open - 1].runStart >= 0,
                  Int(tokens[open - 1].runEnd) == open,
                  var name = nameCandidate(tokens, Int(tokens[open - 1].runStart)..<open, gender: .unknown) {
                // `the Rapid Support Forces (RSF)`: a name whose initials spell the acronym is an
                // organisation's, whatever its words.
                let initials = name.text.split(separator: " ").compactMap { $0.unicodeScalars.first }.filter { ScalarClass.isUpper($0) }
                if name.kind != .organisation, initials == letters { name.kind = .organisation }
                if name.kind == .organisation { found = name }
            }
        }
        acronyms[candidate.text] = found
        return found
    }

    /// Acronyms expanded so far, by acronym (`nil` when the text does not spell one out).
    private var acronyms: [String: SpeakerCandidate?] = [:]

    /// `"…," Arsen said` after `Arsen Hakobyan, 52, …`; `Toktosunov said` after `Almaz
    /// Toktosunov`: a person named by one word is reported by the one full name before it in the
    /// article that begins or ends with that word. When two full names share the word (`Arsen
    /// Hakobyan` and `Lusine Hakobyan`, for `Hakobyan`), or none has it, the word stays as it is.
    /// The offsets stay those of the short mention, which the names stage links to the full one.
    private func fullName(of candidate: SpeakerCandidate) -> SpeakerCandidate? {
        guard candidate.kind == .person, !candidate.text.unicodeScalars.contains(where: { ScalarClass.isSpace($0) }) else { return nil }
        var found: SpeakerCandidate? = nil
        for name in fullNames(containing: candidate.text, before: candidate.end) where name.start < candidate.start && name.text != found?.text {
            if found != nil { return nil }
            found = name
        }
        guard var full = found else { return nil }
        full.start = candidate.start
        full.end = candidate.end
        if full.gender == .unknown { full.gender = candidate.gender }
        return full
    }

    /// The people named by two or more words, the first or last of them `word`, in text order.
    /// The text is searched for the word first, so that only the paragraphs holding it are
    /// tokenized: most paragraphs of an article never are.
    private func fullNames(containing word: String, before limit: Int) -> [SpeakerCandidate] {
        if let known = fullNamesByWord[word], known.limit >= limit { return known.names }
        var names: [SpeakerCandidate] = []
        // Only the text before the speaker: a full name after it is not the one it stands for.
        forEachOccurrence(of: Array(word.unicodeScalars), startingIn: 0..<min(limit, text.count)) { i in
            let tokens = paragraph(line(containing: i)).tokens
            guard let k = tokens.firstIndex(where: { $0.start == i }), tokens[k].runStart >= 0 else { return true }
            let run = Int(tokens[k].runStart)..<Int(tokens[k].runEnd)
            guard run.count >= 2, let name = nameCandidate(tokens, run, gender: .unknown), name.kind == .person else { return true }
            let words = name.text.split(separator: " ")
            if words.count >= 2, words.first == Substring(word) || words.last == Substring(word),
               !names.contains(where: { $0.start == name.start }) {
                names.append(name)
            }
            return true
        }
        fullNamesByWord[word] = (limit, names)
        return names
    }

    /// Full names found so far, by the word searched for, with the offset the search stopped at.
    private var fullNamesByWord: [String: (limit: Int, names: [SpeakerCandidate])] = [:]

    /// `a move the opposition called "…"`, `a step lawmakers said was needed`: the subject of a
    /// relative clause without `that`, right after the noun it describes.
    private func reducedRelativeSubject(_ tokens: [QuoteToken], before v: Int, sentence: Range<Int>) -> SpeakerCandidate? {
        func isContent(_ token: QuoteToken) -> Bool {
            token.isWord && !token.isCapitalized && !token.has(.function) && !token.has(.cue) && !isAuxiliary(token) && !token.has(.clauseOpener)
        }
        var k = v - 1
        while k > sentence.lowerBound && k >= v - 3 && isContent(tokens[k]) { k -= 1 }
        guard k < v - 1, k - 1 > sentence.lowerBound else { return nil }
        let head = tokens[v - 1]
        if tokens[k].lowerIs("the") {
            // `a move the opposition called`: a noun after `a` right before `the`.
            guard isContent(tokens[k - 1]), ["a", "an"].contains(tokens[k - 2].lower) else { return nil }
            return speakerOfSegment(tokens, k..<v, appositives: [])
        }
        // `a step lawmakers said`: `a` with one noun, then a plural.
        guard ["a", "an"].contains(tokens[k].lower), v - 1 - k >= 2, looksPlural(head) || head.has(.irregularPlural) else { return nil }
        return speakerOfSegment(tokens, (k + 2)..<v, appositives: [])
    }

    /// The comma opening a relative clause that a comma right before the cue at `v` closes
    /// (`X, who spoke on condition of anonymity, said`; `X, in which Y holds stakes, said`).
    private func relativeClauseOpening(_ tokens: [QuoteToken], before v: Int, sentence: Range<Int>) -> Int? {
        var close = v - 1
        while close > sentence.lowerBound && isAuxiliary(tokens, close) { close -= 1 }
        guard close > sentence.lowerBound, tokens[close].isPunctuation(",") else { return nil }
        var k = close - 1
        while k > sentence.lowerBound && k >= close - 40 {
            defer { k -= 1 }
            let token = tokens[k]
            if token.quotationIndex != nil { return nil }
            if token.kind == .punctuation && (token.mark == ";" || token.mark == ":" || token.mark == "(" || token.mark == ")" || token.mark == "–" || token.mark == "—") { return nil }
            guard token.isWord, ["who", "which", "whose", "whom"].contains(token.lower) else { continue }
            // `, in which`, `, of whom`: a preposition before the relative pronoun.
            var opening = k - 1
            if opening > sentence.lowerBound, tokens[opening].isWord, tokens[opening].has(.preposition) || tokens[opening].lowerIs("of") { opening -= 1 }
            guard opening > sentence.lowerBound, tokens[opening].isPunctuation(","), opening + 1 < close - 1 else { return nil }
            return opening
        }
        return nil
    }

    /// `Aizhan Nurlanova and Daniyar Seitkali said`: two names joined by `and` as a whole subject
    /// are one plural speaker, not the second name alone.
    private func coordinatedNames(_ tokens: [QuoteToken], and c: Int, end: Int, sentence: Range<Int>) -> SpeakerCandidate? {
        guard c > sentence.lowerBound, c + 1 < end, tokens[c].lowerIs("and"), tokens[c - 1].runStart >= 0,
              tokens[c + 1].runStart == Int32(c + 1) else { return nil }
        // The second name may carry an appositive (`X and Y, two lawyers for the residents, said`).
        let secondEnd = Int(tokens[c + 1].runEnd)
        guard secondEnd == end || (secondEnd < end && tokens[secondEnd].isPunctuation(",")) else { return nil }
        let first = Int(tokens[c - 1].runStart)
        guard first == sentence.lowerBound || first == 0 || tokens[first - 1].kind == .punctuation || tokens[first - 1].quotationIndex != nil,
              let left = nameCandidate(tokens, first..<c, gender: .unknown), left.kind == .person,
              let right = nameCandidate(tokens, (c + 1)..<secondEnd, gender: .unknown), right.kind == .person else { return nil }
        return SpeakerCandidate(text: ScalarClass.string(text, left.start..<right.end), start: left.start, end: right.end, kind: .group, plural: true)
    }

    /// Whether token `k` is an age between commas after a name (`Aisha Rahman, 29, who said`).
    private func isAgeBetweenCommas(_ k: Int, in tokens: [QuoteToken]) -> Bool {
        k > 0 && k + 1 < tokens.count && tokens[k].isWord && ScalarClass.isDigit(text[tokens[k].start])
            && tokens[k - 1].isPunctuation(",") && tokens[k + 1].isPunctuation(",")
    }

    /// The noun phrase that ends at token `k` (for `the crowd, who …`), read leftwards.
    private func nounPhraseEnding(at k: Int, in tokens: [QuoteToken], lowerBound: Int) -> SpeakerCandidate? {
        var k = k
        if k >= lowerBound && tokens[k].isPunctuation(",") { k -= 1 }
        // `Aisha Rahman, 29, who said`: the age is the name's.
        if k - 2 >= lowerBound, isAgeBetweenCommas(k, in: tokens), tokens[k - 2].isWord {
            k -= 2
        }
        guard k >= lowerBound, tokens[k].isWord else { return nil }
        // `the National Bank of Kazakhstan, which cited …`: a whole name.
        if tokens[k].runStart >= 0, Int(tokens[k].runEnd) == k + 1, Int(tokens[k].runStart) >= lowerBound,
           let name = nameCandidate(tokens, Int(tokens[k].runStart)..<(k + 1), gender: .unknown) {
            return name
        }
        var start = k
        var j = k
        while j >= lowerBound && tokens[j].isWord {
            let token = tokens[j]
            if token.has(.determiner) { start = j; break }
            if token.has(.function) || token.has(.cue) || token.lower.endsWithBytes("ing") { break }
            start = j
            j -= 1
        }
        guard start <= k else { return nil }
        return speakerOfSegment(tokens, start..<(k + 1), appositives: [])
    }

    /// The speaker named after a cue or `according to` (`said Smith, a doctor`, `according to
    /// the ministry`): the phrase up to a preposition, clause opener or the sentence end.
    private func objectSpeaker(_ p: TokenizedParagraph, from start: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        var end = start
        let runs = nameRunMembership(tokens, start..<min(tokens.count, start + 16))
        while end < tokens.count && end < start + 16 {
            let token = tokens[end]
            if token.quotationIndex != nil { break }
            // The period of an initial inside a name (`Robert F. Kennedy`) does not end it.
            if token.kind == .punctuation && token.mark != "," && !runs.contains(end) { break }
            if token.isWord && !runs.contains(end) {
                // `a statement from the ministry`: the phrase goes on to who made the statement.
                let afterSpeechNoun = end > start && tokens[end - 1].has(.speechNoun) && (token.lowerIs("from") || token.lowerIs("by"))
                // `a source close to the talks`; `an analyst at Halyk Finance, Murat Temirkhanov`;
                // `one user on VKontakte`.
                let complement = end > start && tokens[end - 1].has(.complementAdjective)
                let affiliation = end > start && ["at", "from", "for", "on"].contains(token.lower) && tokens[end - 1].isWord &&
                    !tokens[end - 1].isCapitalized && end + 1 < tokens.count && tokens[end + 1].runStart >= 0
                // `said one woman wrapped in an EU flag, who …`: a past participle after an
                // indefinite description's noun, with a phrase of place or manner after it (not an
                // agent: `a pensioner interviewed by the local site`), describes the speaker.
                if token.has(.preposition), !token.lowerIs("by"), !token.lowerIs("of"), end > start + 2,
                   tokens[end - 1].isWord, !tokens[end - 1].isCapitalized, tokens[end - 1].lower.endsWithBytes("ed"), !isCue(tokens, end - 1),
                   tokens[end - 2].isWord, !tokens[end - 2].isCapitalized, tokens[end - 2].runStart < 0,
                   tokens[start].isWord, Self.indefiniteDeterminers.contains(tokens[start].lower),
                   let close = (end + 1..<min(tokens.count, start + 16)).first(where: { tokens[$0].kind != .word || isCue(tokens, $0) }),
                   tokens[close].kind == .punctuation, [".", ","].contains(tokens[close].mark),
                   let described = speakerOfRelativeDescription(p, start..<close, relative: end - 1, namesAllowed: true) {
                    return described
                }
                if token.has(.preposition) && token.lower != "of" && !afterSpeechNoun && !complement && !affiliation {
                    // (`a shopper interviewed by the radio station`: a participle with its agent
                    // goes with the phrase it opens.)
                    if token.lowerIs("by"), end > start + 1, tokens[end - 1].isWord, !tokens[end - 1].isCapitalized,
                       tokens[end - 1].lower.endsWithBytes("ed"), tokens[end - 2].isWord, !tokens[end - 2].isCapitalized { end -= 1 }
                    break
                }
                // `said a neighbor who declined to give his name.`: a relative clause with no comma
                // belongs to an indefinite description; it runs to the next punctuation mark.
                if token.lowerIs("who"), end > start + 1, tokens[end - 1].isWord, !tokens[end - 1].isCapitalized,
                   tokens[start].isWord, Self.indefiniteDeterminers.contains(tokens[start].lower),
                   let close = (end + 2..<min(tokens.count, start + 16)).first(where: { tokens[$0].kind != .word }),
                   tokens[close].kind == .punctuation, [".", ","].contains(tokens[close].mark),
                   let described = speakerOfRelativeDescription(p, start..<close, relative: end) {
                    return described
                }
                if token.has(.clauseOpener) && !token.has(.determiner) { break }
                if isCue(tokens, end) { break }
            }
            end += 1
        }
        while end > start && tokens[end - 1].isPunctuation(",") { end -= 1 }
        guard end > start else { return nil }
        return speakerOfRegion(p, start..<end)
    }

    /// The indefinite description `region`, its relative clause from `relative` kept: the noun
    /// phrase before it as read alone, with the clause's words after it.
    /// With `namesAllowed`, capitalized words may stand in the clause (`wrapped in an EU flag`:
    /// a participle phrase names a thing, where a relative clause may be naming the person).
    private func speakerOfRelativeDescription(_ p: TokenizedParagraph, _ region: Range<Int>, relative: Int, namesAllowed: Bool = false) -> SpeakerCandidate? {
        // (`a resident who gave only her first name, Liudmyla`: the name it goes on to says who.)
        guard !p.tokens[region.lowerBound..<relative].contains(where: { $0.kind != .word }),
              let described = speakerOfRegion(p, region.lowerBound..<relative), described.kind == .group,
              namedLater(described) == nil,
              // (`a man who gave his name as T.J.`: a clause with a capitalized word may be naming him.)
              namesAllowed || !p.tokens[relative..<region.upperBound].contains(where: { $0.isCapitalized || $0.runStart >= 0 }) else { return nil }
        let end = p.tokens[region.upperBound - 1].end
        var whole = described
        whole.text = ScalarClass.string(text, described.start..<end)
        whole.end = end
        return whole
    }

    /// Reads a speaker out of a subject region: introductory phrase, reported-speech noun,
    /// head phrase and appositives.
    func speakerOfRegion(_ p: TokenizedParagraph, _ region: Range<Int>, subjectPosition: Bool = false) -> SpeakerCandidate? {
        let tokens = p.tokens
        var region = region
        // `On Monday, the ministry said`: skip an introductory phrase up to its comma.
        if let first = region.first, tokens[first].isWord, !tokens[first].isCapitalized || isSentenceStart(tokens, first),
           tokens[first].has(.introductory) || tokens[first].has(.preposition) ||
            (tokens[first].lower.endsWithBytes("ly") && tokens[first].lower.count > 3) ||
            // `Reached by phone, Bakyt Beshimov said`: a participle phrase.
            (isSentenceStart(tokens, first) && tokens[first].runEnd == Int32(first + 1) &&
             (tokens[first].lower.endsWithBytes("ed") || tokens[first].lower.endsWithBytes("ing")) && first + 1 < region.upperBound &&
             ((tokens[first + 1].isWord && !tokens[first + 1].isCapitalized) ||
              // `Sentencing, Judge Helen Marsh said`: a lone participle, unless it is a surname.
              (tokens[first + 1].isPunctuation(",") && tokens[first].lower.endsWithBytes("ing") &&
               !isSpeakerShaped(SpeakerCandidate(text: ScalarClass.string(text, tokens[first].start..<tokens[first].end), start: tokens[first].start, end: tokens[first].end, kind: .person))))),
           let comma = region.first(where: { tokens[$0].isPunctuation(",") }) {
            region = (comma + 1)..<region.upperBound
        }
        // `Later the president said`: leading adverbs.
        while let first = region.first, tokens[first].kind == .punctuation || isAuxiliary(tokens, first) ||
                (tokens[first].isWord && isSentenceStart(tokens, first) && tokens[first].has(.auxiliary)) {
            region = (first + 1)..<region.upperBound
        }
        guard !region.isEmpty else { return nil }
        // `claims by international observers say`: the speaker is the one who made the claims.
        // (Not a speech noun inside a name: `Headquarters for the Release of Civilians`.)
        for k in region where k + 1 < region.upperBound && tokens[k].isWord && tokens[k].has(.speechNoun) &&
            (!tokens[k].isCapitalized || isSentenceStart(tokens, k)) {
            let next = tokens[k + 1].lower
            if next == "by" || next == "from" || next == "of" {
                if let speaker = speakerOfRegion(p, (k + 2)..<region.upperBound) { return speaker }
            }
            break
        }
        // Split at commas outside parentheses: the head, then appositives.
        var segments: [Range<Int>] = []
        var depth = 0
        var segmentStart = region.lowerBound
        for k in region {
            let token = tokens[k]
            if token.isPunctuation("(") { depth += 1 }
            if token.isPunctuation(")") { depth = max(0, depth - 1) }
            // (Not a comma inside a name: `Ministry of Housing, Communities and Local Government`.)
            if depth == 0 && token.isPunctuation(",") && token.runStart < 0 {
                segments.append(segmentStart..<k)
                segmentStart = k + 1
            }
        }
        segments.append(segmentStart..<region.upperBound)
        segments = segments.filter { !$0.isEmpty }.map { withoutParenthesisAfterName(tokens, $0) }
        // `Turnout was 69%, the commission said`: a clause reported before the comma, with the
        // subject after it.
        // (Not when the last is an age: `that is how Aigul Temirova, 34, describes`.)
        if segments.count > 1, let last = segments.last, !ScalarClass.isDigit(text[tokens[last.lowerBound].start]),
           segments[0].contains(where: { tokens[$0].isWord && (tokens[$0].has(.auxiliary) && Self.finiteVerbs.contains(tokens[$0].lower) ||
                // (`Net profit fell to …, the company said`: a past tense makes a clause too.)
                tokens[$0].has(.irregularPast) && !tokens[$0].isCapitalized) }) {
            segments = [last]
        }
        // `after Safarov's arrest, it said`: a pronoun is never an appositive; after a comma it is
        // the subject, the words before it a phrase of their own.
        if segments.count > 1, let last = segments.last, last.count == 1, pronounCandidate(tokens[last.lowerBound]) != nil {
            segments = [last]
        }
        guard let head = segments.first else { return nil }
        return speakerOfSegment(tokens, cutHead(tokens, head, keepsPrepositions: subjectPosition), appositives: Array(segments.dropFirst()))
    }

    /// `Cllr Ruth Ashdown (Lab)`: a short parenthesis (a party, a place) closing a segment right
    /// after a person's name is no part of the speaker.
    private func withoutParenthesisAfterName(_ tokens: [QuoteToken], _ segment: Range<Int>) -> Range<Int> {
        guard segment.count >= 4, tokens[segment.upperBound - 1].isPunctuation(")"),
              let open = ((segment.upperBound - 4)..<(segment.upperBound - 2)).last(where: { tokens[$0].isPunctuation("(") }),
              open > segment.lowerBound, tokens[open - 1].runEnd == Int32(open), tokens[open - 1].runStart >= Int32(segment.lowerBound),
              let person = nameCandidate(tokens, Int(tokens[open - 1].runStart)..<open, gender: .unknown), person.kind == .person else { return segment }
        return segment.lowerBound..<open
    }

    /// Whether the prepositional phrase at `k` belongs to a subject's common head (`Nurses at
    /// the hospital`, `doctors from the clinic`), rather than being a time or a setting
    /// (`on Monday`, `in a statement`).
    private func keepsPhrase(_ tokens: [QuoteToken], at k: Int, in head: Range<Int>) -> Bool {
        guard ["at", "from", "in"].contains(tokens[k].lower), k > head.lowerBound,
              tokens[k - 1].isWord, !tokens[k - 1].isCapitalized || isSentenceStart(tokens, k - 1),
              tokens[k - 1].runStart < 0 || (isSentenceStart(tokens, k - 1) && looksPlural(tokens[k - 1])) else { return false }
        var j = k + 1
        var words = 0
        while j < head.upperBound && tokens[j].isWord {
            let word = tokens[j]
            if Self.timeWords.contains(word.lower) || word.has(.speechNoun) || ScalarClass.isDigit(text[word.start]) { return false }
            if word.has(.preposition) || word.has(.cue) { break }
            words += 1
            j += 1
        }
        return words > 0 && words <= 4
    }

    /// The head phrase up to a relative pronoun, a parenthesis, a participle (`organized by`), a
    /// preposition outside a name, or a cue word.
    private func cutHead(_ tokens: [QuoteToken], _ head: Range<Int>, keepsPrepositions: Bool = false) -> Range<Int> {
        let runs = nameRunMembership(tokens, head)
        for k in head where k > head.lowerBound {
            let token = tokens[k]
            if token.isPunctuation("(") { return head.lowerBound..<k }
            guard token.isWord, !runs.contains(k) else { continue }
            if ["who", "which", "whose", "that", "whom"].contains(token.lower) { return head.lowerBound..<k }
            // `Analysts at Jefferies`, `doctors from MSF`, `a spokesperson for Rio Tinto`, `one
            // user on VKontakte`: an
            // affiliation with a named organisation stays with a common head.
            let affiliation = ["at", "from", "for", "on"].contains(token.lower) &&
                (!runs.contains(k - 1) || (k - 1 == head.lowerBound && isSentenceStart(tokens, k - 1) && looksPlural(tokens[k - 1]))) &&
                k + 1 < head.upperBound && runs.contains(k + 1) &&
                runs.runs.first(where: { $0.contains(k + 1) }).map { $0.upperBound == head.upperBound || tokens[$0.upperBound].isPunctuation(",") } == true
            // `Lawyers for the company`, `Officials at the ministry`: an organisation by its noun.
            let commonAffiliation = ["at", "for"].contains(token.lower) && k + 2 < head.upperBound &&
                (!runs.contains(k - 1) || (k - 1 == head.lowerBound && isSentenceStart(tokens, k - 1))) &&
                tokens[k + 1].lowerIs("the") && head.upperBound - (k + 2) <= 3 && tokens[head.upperBound - 1].has(.organisation) &&
                ((k + 2)..<head.upperBound).allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].has(.function) }
            if affiliation || commonAffiliation { continue }
            // `One of the company's largest shareholders`: a partitive keeps the noun phrase it
            // counts from (not `One of them`, whose name follows in apposition).
            if token.lowerIs("of"), k - 1 == head.lowerBound, Self.partitiveHeads.contains(tokens[k - 1].lower), k + 2 < head.upperBound,
               tokens[k + 1].has(.determiner) || tokens[k + 1].isPossessive {
                continue
            }
            if token.has(.preposition) {
                if keepsPrepositions && keepsPhrase(tokens, at: k, in: head) { continue }
                if tokens[k - 1].has(.complementAdjective) { continue }
                if roleBeforeName(tokens, preposition: k, in: head) { return head }
                return head.lowerBound..<k
            }
            if token.lower.endsWithBytes("ed") && k + 1 < head.upperBound && tokens[k + 1].lowerIs("by") { return head.lowerBound..<k }
            // `More than 200 scientists signed an open letter calling …`: a past-tense verb after
            // the head noun, before its object, ends the subject.
            if token.lower.endsWithBytes("ed") || (token.has(.irregularPast) && !token.isCapitalized), k - 1 > head.lowerBound, !tokens[k - 1].has(.determiner), !isAuxiliary(tokens, k - 1),
               k + 1 < head.upperBound, tokens[k + 1].has(.determiner) || tokens[k + 1].has(.preposition) || ScalarClass.isDigit(text[tokens[k + 1].start]) {
                return head.lowerBound..<k
            }
            // `Bolot Sherniyazov of the Ata-Meken party`: the name is the head.
            if (token.lowerIs("of") || token.lowerIs("from") || token.lowerIs("at")) && runs.contains(k - 1) && !tokens[k - 1].has(.quantityNoun) { return head.lowerBound..<k }
            if isCue(tokens, k) { return head.lowerBound..<k }
        }
        return head
    }

    /// Whether the preposition at `k` is inside a role written before its holder's name:
    /// `Cabinet member for highways Cllr Richard Pryce`, `Minister for education Dr Aigul Bekova`.
    /// A few lower-case words after the preposition, then a person's name closing the head.
    private func roleBeforeName(_ tokens: [QuoteToken], preposition k: Int, in head: Range<Int>) -> Bool {
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

    /// A speaker from a head phrase and its appositives.
    private func speakerOfSegment(_ tokens: [QuoteToken], _ head: Range<Int>, appositives: [Range<Int>]) -> SpeakerCandidate? {
        let head = withoutTrailingTime(tokens, head)
        guard !head.isEmpty else { return nil }
        let words = head.filter { tokens[$0].isWord }
        guard !words.isEmpty else { return nil }
        if words.count == 1, let pronoun = pronounCandidate(tokens[words[0]]) { return pronoun }
        // `He declined to comment further, saying`: a pronoun subject with a verb of its own
        // before a participle cue.
        if words.count > 1, appositives.isEmpty, words[0] == head.lowerBound, let pronoun = pronounCandidate(tokens[words[0]]),
           !tokens[words[1]].isCapitalized, !tokens[words[1]].has(.auxiliary),
           tokens[words[1]].lower.endsWithBytes("ed") || tokens[words[1]].has(.irregularPast) {
            return pronoun
        }
        let firstWord = tokens[words[0]]
        // `When I asked the bank what that meant, a spokeswoman said`: the verb that ends an
        // opening clause is no head, and the description after its comma is the subject.
        if words.count == 1, let appositive = appositives.first, !firstWord.isCapitalized,
           firstWord.has(.irregularPast) || firstWord.lower.endsWithBytes("ed") {
            return speakerOfSegment(tokens, appositive, appositives: [])
        }
        if isAuxiliary(firstWord) || (!firstWord.isCapitalized && (firstWord.lower.endsWithBytes("ed") || isCue(tokens, words[0]))) {
            return nil
        }
        var gender = SpeakerGender.unknown
        for segment in [head] + appositives {
            for k in segment where tokens[k].isWord {
                let g = wordGender(tokens, k)
                if g != .unknown { gender = g }
            }
        }
        // `The head of the National Security Committee, Kamchybek Tashiev,`, `An agricultural
        // economist at the University of Lagos, Prof. Tunde Olatunji,`: a role of an organisation
        // (a title, or a few lower-case words), with the person's name in apposition.
        if let appositive = appositives.first, let role = words.first(where: { !tokens[$0].has(.determiner) }),
           !tokens[role].isCapitalized || isSentenceStart(tokens, role),
           let of = ((role + 1)..<min(role + 4, head.upperBound)).first(where: { !tokens[$0].isWord || tokens[$0].isCapitalized || tokens[$0].has(.function) ||
               tokens[$0].has(.preposition) || tokens[$0].lowerIs("of") }),
           tokens[of].lowerIs("of") || (tokens[of].lowerIs("at") && of > role + 1),
           tokens[role].has(.title) || of > role + 1, (role..<of).allSatisfy({ tokens[$0].runStart < 0 && !tokens[$0].has(.cue) && !isAuxiliary(tokens[$0]) }),
           tokens[appositive.lowerBound].runStart == Int32(appositive.lowerBound), Int(tokens[appositive.lowerBound].runEnd) == appositive.upperBound,
           let candidate = nameCandidate(tokens, appositive, gender: gender), candidate.kind == .person {
            return candidate
        }
        // `One of them, Dastan Bekeshev,`: a partitive head (a number or quantifier, cut before
        // its `of` or keeping it: `One of the company's shareholders`) names no one, even
        // capitalized at the start; the name in apposition does.
        let partitive = !appositives.isEmpty &&
            (words.count == 1 && firstWord.has(.function) ||
             Self.partitiveHeads.contains(firstWord.lower) && (words.count == 1 || tokens[words[1]].lowerIs("of")))
        // The head ends with a name: `Party member Elvira Surabaldiyeva`, `President Jeenbekov`.
        let runs = partitive ? [] : nameRuns(tokens, head)
        if runs.count == 2, runs[0].lowerBound == words[0], runs[0].upperBound + 1 == runs[1].lowerBound,
           tokens[runs[0].upperBound].lowerIs("and"), runs[1].upperBound == lastWordIndex(tokens, head) + 1,
           let both = coordinatedNames(tokens, and: runs[0].upperBound, end: runs[1].upperBound, sentence: head) {
            return both
        }
        // `The Treasury and Finance Ministry`: two capitalized parts of one organisation's name.
        if runs.count >= 2, let last = runs.last, last.upperBound == lastWordIndex(tokens, head) + 1 {
            let previous = runs[runs.count - 2]
            if previous.upperBound + 1 == last.lowerBound, tokens[previous.upperBound].lowerIs("and"),
               previous.lowerBound > head.lowerBound, tokens[previous.lowerBound - 1].lowerIs("the"),
               last.contains(where: { tokens[$0].has(.organisation) }),
               let candidate = nameCandidate(tokens, previous.lowerBound..<last.upperBound, gender: .unknown), candidate.kind == .organisation {
                return candidate
            }
        }
        // (`Analysts` opening the sentence may read as a one-word name run of its own.)
        let groupOfName = runs.count == 1 || runs.count == 2 && runs[0] == words[0]..<(words[0] + 1) && isSentenceStart(tokens, words[0])
            ? groupBeforeName(tokens, runs[runs.count - 1], words) : nil
        if let run = runs.last, run.upperBound == lastWordIndex(tokens, head) + 1, groupOfName == nil,
           !(run.lowerBound > head.lowerBound && tokens[run.lowerBound - 1].isWord && !tokens[run.lowerBound - 1].isCapitalized &&
             (tokens[run.lowerBound - 1].has(.preposition) || tokens[run.lowerBound - 1].lowerIs("of"))) {
            if let candidate = nameCandidate(tokens, run, gender: gender) { return candidate }
        }
        // `one opposition candidate, Ryskeldi Mombekov,`: a common head with a name in apposition.
        if let appositive = appositives.first {
            let appositiveRuns = nameRuns(tokens, appositive)
            // After a partitive, a role may stand before the name (`One of them, actress Yelena Morozova,`).
            if let run = appositiveRuns.last, run.upperBound == lastWordIndex(tokens, appositive) + 1,
               partitive || appositive.allSatisfy({ k in !tokens[k].isWord || appositiveRuns.contains(where: { r in r.contains(k) }) || tokens[k].has(.title) || tokens[k].has(.determiner) ||
                   // `A voter in Vake, 72-year-old Manana Jorbenadze,`: an age before the name.
                   (k < run.lowerBound && tokens[k].lower.endsWithBytes("-year-old")) ||
                   // `A customer at the counter, retired postman Billy Rennie,`: a few lower-case words
                   // of a role before the name.
                   (k < run.lowerBound && run.lowerBound - appositive.lowerBound <= 3 && !tokens[k].isCapitalized && !tokens[k].has(.function) &&
                    !tokens[k].has(.cue) && !isAuxiliary(tokens[k])) ||
                   // `Kostova's coach, her father Dimitar,`: a relation of known sex after `his`/`her`.
                   (k < run.lowerBound && k > appositive.lowerBound && ["his", "her"].contains(tokens[k - 1].lower) && wordGender(tokens, k) != .unknown) ||
                   (k + 1 < run.lowerBound && ["his", "her"].contains(tokens[k].lower)) }),
               let candidate = nameCandidate(tokens, run, gender: gender) {
                return candidate
            }
            // `Her co-author, Samuel Okonjo of the British Antarctic Survey,`: a person's name
            // and the body they speak for.
            if let run = appositiveRuns.first, run.upperBound < appositive.upperBound,
               ["of", "at", "from"].contains(tokens[run.upperBound].lower),
               (appositive.lowerBound..<run.lowerBound).allSatisfy({ tokens[$0].isWord && (tokens[$0].has(.title) || tokens[$0].has(.determiner)) }),
               let candidate = nameCandidate(tokens, run, gender: gender), candidate.kind == .person {
                return candidate
            }
        }
        // `The dinghy's owner, a 38-year-old tradie from Ingham,`: a relation to something (a
        // possessive head) with an indefinite description in apposition, which says who.
        if let appositive = appositives.first, let described = indefiniteAppositive(tokens, words, appositive) { return described }
        // A common noun phrase: a group or an organisation (`the health ministry`, `protesters`).
        // (A long organisation's name closing `The observation mission of …` makes no phrase too long.)
        guard words.count <= 8 || groupOfName.map({ words.firstIndex(of: $0)! <= 6 }) == true else {
            // `A group of women waiting at a tanker point in Karvenagar said`: a participle phrase
            // after the group's noun makes the phrase long, not the group unknown; the words
            // before the participle name it.
            guard appositives.isEmpty,
                  let participle = words.dropFirst(2).first(where: { k in
                      let token = tokens[k]
                      return !token.isCapitalized && token.lower.endsWithBytes("ing") && !token.has(.function) &&
                          tokens[k - 1].isWord && !tokens[k - 1].has(.function) && !tokens[k - 1].has(.determiner)
                  }), participle - head.lowerBound <= 8 else { return nil }
            return speakerOfSegment(tokens, head.lowerBound..<participle, appositives: [])
        }
        let headWord = tokens[words.last!]
        // Function words are not speakers, except indefinite ones (`shouted another`).
        guard !headWord.has(.function) || ["another", "others", "one", "other"].contains(headWord.lower) ||
                headWord.isCapitalized && !isSentenceStart(tokens, words.last!) else { return nil }
        let start = tokens[head.lowerBound].start
        let end = tokens[words.last!].end
        let phrase = ScalarClass.string(text, start..<end)
        if words.count <= 2, headWord.has(.title), !headWord.has(.organisation),
           words.count == 1 || isDeterminer(tokens[words[0]].lower) {
            return SpeakerCandidate(text: phrase, start: start, end: end, kind: .title(headWord.lower), gender: gender)
        }
        // The noun that heads the phrase: before a kept prepositional phrase (`Officials at the
        // ministry`, `two people familiar with the matter`), else the last word.
        var nounWord = headWord
        if let preposition = words.dropFirst().first(where: { tokens[$0].has(.preposition) }) {
            var n = preposition - 1
            while n > words[0] && tokens[n].has(.complementAdjective) { n -= 1 }
            nounWord = tokens[n]
        }
        // (`One of the company's largest shareholders` is one person.)
        let singularPartitive = words.count > 2 && ["one", "another", "each"].contains(firstWord.lower) && tokens[words[1]].lowerIs("of")
        let plural = !singularPartitive && ((nounWord.lower.endsWithBytes("s") && !nounWord.lower.endsWithBytes("ss") && !nounWord.isPossessive) ||
            nounWord.has(.irregularPlural))
        return SpeakerCandidate(text: phrase, start: start, end: end, kind: .group, gender: gender, plural: plural)
    }

    /// The preposition in `Analysts at brokerage Meridian Securities`, `The observation mission of
    /// the Organization for …`, `Officials at the Ministry of Health`: a common noun heading the
    /// phrase, then `at`/`of`/… with the name closing it after `the` or a lower-case class noun.
    /// The phrase is the speaker, a part of the organisation speaking, not the organisation; nil
    /// when the name follows its preposition directly (handled as a kept phrase already) or a
    /// word before the preposition is capitalized mid-sentence (`Mr Smith of the Liberal Party`).
    private func groupBeforeName(_ tokens: [QuoteToken], _ run: Range<Int>, _ words: [Int]) -> Int? {
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

    /// The gender that the word at `k` suggests (``QuoteLexicon/gender(ofWord:)``), asked only of
    /// a listed word: its flag says so without hashing it, and most of a subject's words are not.
    private func wordGender(_ tokens: [QuoteToken], _ k: Int) -> SpeakerGender {
        tokens[k].has(.gendered) ? lexicon.gender(ofWord: tokens[k].lower) : .unknown
    }

    /// The indefinite description (`a junior`, `a 38-year-old tradie`: its words up to a
    /// preposition or a relative pronoun) in apposition to a short possessive head (`His friend`,
    /// `The dinghy's owner`), or nil.
    private func indefiniteAppositive(_ tokens: [QuoteToken], _ words: [Int], _ appositive: Range<Int>) -> SpeakerCandidate? {
        guard words.count <= 3, let last = words.last, !tokens[last].isCapitalized || words.count == 1,
              tokens[words[0]].lowerIs("his") || tokens[words[0]].lowerIs("her") || words.dropLast().contains(where: { tokens[$0].isPossessive }),
              tokens[appositive.lowerBound].isWord, ["a", "an"].contains(tokens[appositive.lowerBound].lower) else { return nil }
        var end = appositive.lowerBound + 1
        while end < appositive.upperBound, tokens[end].isWord, tokens[end].runStart < 0,
              !tokens[end].has(.preposition), !tokens[end].has(.clauseOpener), !tokens[end].has(.function) { end += 1 }
        guard end > appositive.lowerBound + 1, end == appositive.upperBound || !tokens[end].isWord || tokens[end].runStart < 0 else { return nil }
        let noun = tokens[end - 1]
        // (A person: not `a firm`, `a crowd`, `a statement`.)
        guard !noun.isCapitalized, !noun.has(.organisation), !noun.has(.speechNoun), !lexicon.collectiveNouns.contains(noun.lower) else { return nil }
        let start = tokens[appositive.lowerBound].start
        return SpeakerCandidate(text: ScalarClass.string(text, start..<noun.end), start: start, end: noun.end, kind: .group)
    }

    /// Whether a found speaker is a noun phrase that can speak: not a clause with a verb of its
    /// own (`Astana would compensate`), not a prepositional phrase (`of Investment`), not a lone
    /// participle opening a sentence (`Sentencing`).
    private func isSpeakerShaped(_ candidate: SpeakerCandidate) -> Bool {
        switch candidate.kind {
        case .pronoun, .title: return true
        default: break
        }
        // Read on the UTF-8 bytes: most speakers are capitalized names, which need no lookup.
        var phrase = candidate.text
        return phrase.withUTF8 { bytes -> Bool in
            func isLower(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
            func word(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
            var first: Range<Int>? = nil
            var last = 0..<0
            var second: Range<Int>? = nil
            var words = 0
            var i = 0
            while i < bytes.count {
                while i < bytes.count && bytes[i] == 32 { i += 1 }
                let start = i
                while i < bytes.count && bytes[i] != 32 { i += 1 }
                guard i > start else { break }
                words += 1
                let r = start..<i
                if first == nil { first = r; last = r; continue }
                if words == 2 { second = r }
                last = r
                // (`Andre Correa do Lago`: `do` between names is a particle.)
                let particle = r.count == 2 && bytes[start] == 100 && bytes[start + 1] == 111 && candidate.kind == .person &&
                    i + 1 < bytes.count && bytes[i + 1] >= 65 && bytes[i + 1] <= 90
                if r.count <= 6, isLower(bytes[start]), !particle, Self.finiteVerbs.contains(word(r)) { return false }
            }
            guard let first else { return false }
            // A phrase opening with `firstWord` (lower-cased) and ending in a common noun that is
            // no collective, organisation, title or person word: no determiner, function word or
            // indefinite person (`someone`) makes it someone.
            func isBareCommonNoun(_ firstWord: String) -> Bool {
                let lastWord = word(last)
                return !isDeterminer(firstWord) && !lexicon.functionWords.contains(firstWord) && !Self.indefinitePersons.contains(firstWord) &&
                    !lexicon.collectiveNouns.contains(lastWord) && !lexicon.organisationWords.contains(lastWord) && !lexicon.titles.contains(lastWord) &&
                    lexicon.gender(ofWord: lastWord) == .unknown
            }
            // `Video: "Get out!" protesters chant`: a kicker labels the piece; it never speaks.
            if words == 1, first.count <= 9, !isLower(bytes[first.lowerBound]), lexicon.kickerWords.contains(word(first).lowercased()) { return false }
            // `He declined`: a pronoun with a verb of its own is a clause.
            if words > 1, first.count <= 4, Self.subjectPronouns.contains(word(first).lowercased()) { return false }
            if isLower(bytes[first.lowerBound]) {
                let firstWord = word(first)
                // (`about 200 activists chanted`: a preposition of number before a count opens a group.
                // The second word is read only then: most phrases open with no preposition.)
                func opensCount() -> Bool {
                    guard Self.approximators.contains(firstWord), let r = second else { return false }
                    return (bytes[r.lowerBound] >= 48 && bytes[r.lowerBound] <= 57) || Self.countWords.contains(word(r))
                }
                if lexicon.prepositions.contains(firstWord) && !opensCount() || firstWord == "of" || firstWord == "to" { return false }
                // `regional cooperation`: a bare singular common noun names no one; plurals
                // (`officials`), collective nouns (`police`) and determiners (`the ministry`) can.
                // (`someone in the public gallery shouted`: an unknown person is a speaker.)
                if candidate.kind == .group, !candidate.plural, isLower(bytes[last.lowerBound]), isBareCommonNoun(firstWord) { return false }
            } else if candidate.kind == .group, !candidate.plural, words == 2, isLower(bytes[last.lowerBound]), opensSentence(candidate.start) {
                // `Net profit`: a capitalized adjective and a common noun opening a sentence are
                // no name; lower-cased, a bare singular noun names no one either.
                let firstWord = word(first).lowercased()
                if lexicon.gender(ofWord: firstWord) == .unknown, !lexicon.titles.contains(firstWord), isBareCommonNoun(firstWord) { return false }
            } else if words == 1, first.count > 5, bytes[first.upperBound - 3] == 105, bytes[first.upperBound - 2] == 110, bytes[first.upperBound - 1] == 103,
                      mentionKind(candidate.start, candidate.end) == nil, !endsLongerName(Array(candidate.text.unicodeScalars), before: candidate.start) {
                // `Sentencing, Judge Helen Marsh said`: a lone participle.
                return false
            }
            return true
        }
    }

    /// Whether the text at `start` opens a sentence or a paragraph: only spaces between it and a
    /// full stop, a question or exclamation mark, a quotation's closing mark or a line break.
    private func opensSentence(_ start: Int) -> Bool {
        var i = start - 1
        while i >= 0 && text[i] == " " { i -= 1 }
        guard i >= 0 else { return true }
        return ".!?\n\"”’".unicodeScalars.contains(text[i])
    }

    /// Whether the word is a year (`1994`, `2021`).
    private func isYear(_ token: QuoteToken) -> Bool {
        guard token.isWord, token.end - token.start == 4, (token.start..<token.end).allSatisfy({ ScalarClass.isDigit(text[$0]) }) else { return false }
        return token.lower.hasPrefix("19") || token.lower.hasPrefix("20")
    }

    /// Pronouns for an unknown person, which like `a man` head a description (`someone in the
    /// crowd`).
    private static let indefinitePersons: Set<String> = ["someone", "somebody"]

    /// Prepositions that approximate a number (`about 200 activists`, `over 1,000 residents`).
    private static let approximators: Set<String> = ["about", "around", "over", "under"]

    /// Number words that count a group after an approximator (`about thirty members`).
    private static let countWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                                  "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                                                  "hundred", "hundreds", "dozen", "dozens", "thousand", "thousands"]

    /// Words that head a partitive (`One of them`, `Two of the deputies`), cut before its `of`.
    private static let partitiveHeads: Set<String> = ["one", "two", "three", "four", "five", "several", "many", "most", "each",
                                                      "both", "few", "some", "another"]

    /// `since` right after has, have or had (`Tokayev has since described it as`): an adverb, not
    /// a clause opener. `index - 1` must lie after `lowerBound`.
    private static func isAdverbSince(_ tokens: [QuoteToken], _ index: Int, after lowerBound: Int) -> Bool {
        index > lowerBound && tokens[index].lowerIs("since") && perfectAuxiliaries.contains(tokens[index - 1].lower)
    }

    private static let perfectAuxiliaries: Set<String> = ["has", "have", "had"]

    /// Subject pronouns, which with a verb after them make a clause (`He declined`).
    private static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "we", "i"]

    /// Verbs that make a phrase a clause rather than a noun phrase.
    private static let finiteVerbs: Set<String> = ["has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would",
                                                   "could", "can", "should", "might", "must", "did", "does", "do"]

    /// Whether the cue at `v` has a finite verb right after it: `a measure critics say is modeled
    /// on …` is a relative clause about the noun before, not a report of the quotation.
    private func opensReducedRelative(_ tokens: [QuoteToken], _ v: Int) -> Bool {
        v + 1 < tokens.count && tokens[v + 1].isWord && Self.relativeVerbs.contains(tokens[v + 1].lower)
    }

    /// Verbs that, right after a cue, make it a reduced relative clause (`critics say is modeled`).
    private static let relativeVerbs: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can"]

    /// Words of a time adverbial (`last month`, `on Monday`), which may stand between a subject and its verb.
    private static let timeWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                 "january", "february", "march", "april", "may", "june", "july", "august",
                                                 "september", "october", "november", "december", "morning", "evening", "night",
                                                 "afternoon", "weekend", "week", "year", "month", "time", "past", "end"]

    /// The head without a time adverbial at its end (`the State Committee … last month warned`).
    private func withoutTrailingTime(_ tokens: [QuoteToken], _ head: Range<Int>) -> Range<Int> {
        guard head.count >= 3, let last = head.last, tokens[last].isWord, tokens[last - 1].isWord,
              ["last", "this", "next", "earlier", "on", "that"].contains(tokens[last - 1].lower),
              Self.timeWords.contains(tokens[last].lower) else { return head }
        return head.lowerBound..<(last - 1)
    }

    private func lastWordIndex(_ tokens: [QuoteToken], _ range: Range<Int>) -> Int {
        range.last(where: { tokens[$0].isWord }) ?? range.lowerBound
    }

    /// A person or organisation from a name run, without leading titles.
    private func nameCandidate(_ tokens: [QuoteToken], _ run: Range<Int>, gender: SpeakerGender) -> SpeakerCandidate? {
        var gender = gender
        // Drop a title with its modifiers (`Interior Minister`, `Transport Secretary`): everything up
        // to the last title word before the name.
        var first = run.lowerBound
        if let lastTitle = (run.lowerBound..<(run.upperBound - 1)).last(where: { lexicon.titles.contains(tokens[$0].lower.trimmingDots) }) {
            for k in run.lowerBound...lastTitle {
                let g = lexicon.gender(ofWord: tokens[k].lower.trimmingDots)
                if g != .unknown { gender = g }
            }
            first = lastTitle + 1
            // The period of an abbreviated title (`Dr.`) is not part of the name.
            while first < run.upperBound - 1 && !tokens[first].isWord { first += 1 }
            // `Secretary of State Marco Rubio`, `Minister of Digital Development Zhaslan Madiyev`:
            // the office's name runs on after the title; the person is the last two words.
            if first < run.upperBound - 2, ["of", "for", "in", "to"].contains(tokens[first].lower) {
                var k = run.upperBound - 1
                var names = 0
                while k > first && names < 2 {
                    if tokens[k].isCapitalized { names += 1 }
                    if names < 2 { k -= 1 }
                }
                first = k
            }
        }
        if first == run.upperBound - 1 && tokens[first].has(.title) {
            // Only a title (`The President said`), or titles only (`The Prime Minister said`):
            // the office, to be resolved to its holder, not a person called `Minister`.
            let token = tokens[first]
            let start = tokens[run.lowerBound].start
            return SpeakerCandidate(text: ScalarClass.string(text, start..<token.end), start: start, end: token.end, kind: .title(token.lower), gender: gender)
        }
        let start = tokens[first].start
        var lastToken = tokens[run.upperBound - 1]
        // `Alison Meade KC`, `John Smith MP`: an honour or office in capitals after a full name
        // is no part of it.
        if run.upperBound - first >= 3, lastToken.end - lastToken.start <= 3, tokens[run.upperBound - 2].isWord,
           !run.contains(where: { tokens[$0].has(.organisation) }),
           (lastToken.start..<lastToken.end).allSatisfy({ ScalarClass.isUpper(text[$0]) }),
           (tokens[run.upperBound - 2].start + 1..<tokens[run.upperBound - 2].end).contains(where: { !ScalarClass.isUpper(text[$0]) }),
           (tokens[first].start + 1..<tokens[first].end).contains(where: { !ScalarClass.isUpper(text[$0]) }) {
            lastToken = tokens[run.upperBound - 2]
        }
        var end = lastToken.end
        end -= Int(lastToken.possessiveLength)
        // `Robert F. Kennedy Jr.`: an abbreviation keeps its period.
        if run.upperBound < tokens.count, tokens[run.upperBound].isPunctuation("."), tokens[run.upperBound].start == end,
           ["jr", "sr"].contains(lastToken.lower) {
            end += 1
        }
        var name = ScalarClass.string(text, start..<end)
        // `Rosemary "Rosie" Kowalski` is Rosemary Kowalski.
        if run.upperBound - first >= 3, let q = (first + 1..<run.upperBound - 1).first(where: { tokens[$0].quotationIndex != nil }) {
            name = ScalarClass.string(text, start..<tokens[q - 1].end) + " " + ScalarClass.string(text, tokens[q + 1].start..<end)
        }
        // `Protesters gathered …`: one capitalized plural noun opening a sentence is a group.
        if run.count == 1, isSentenceStart(tokens, first), mentionKind(start, end) == nil, looksPlural(lastToken) {
            return SpeakerCandidate(text: name, start: start, end: end, kind: .group, plural: true)
        }
        // `Parliament Speaker Shalva Papuashvili`: the office's words before the title are not his.
        let isOrganisation = (first..<run.upperBound).contains { tokens[$0].has(.organisation) } ||
            (run.count == 1 && tokens[first].end - tokens[first].start > 1 && (tokens[first].start..<tokens[first].end).allSatisfy { ScalarClass.isUpper(text[$0]) || !ScalarClass.isWord(text[$0]) }) ||
            mentionKind(start, end).map { $0 != "person" } == true ||
            // `the Kremlin`, `the Moscow Times`: an article before a name without a title makes
            // it a thing, not a person.
            (first == run.lowerBound && first > 0 && tokens[first - 1].lowerIs("the") && mentionKind(start, end) != "person" &&
             (run.upperBound == tokens.count || tokens[run.upperBound].lower != "and"))
        if !isOrganisation && gender == .unknown {
            gender = lexicon.gender(ofSurname: lastToken.lower)
        }
        return SpeakerCandidate(text: name, start: start, end: end, kind: isOrganisation ? .organisation : .person, gender: gender)
    }

    /// A plural common noun by its ending (`Protesters`, `Analysts`, `Authorities`).
    private func looksPlural(_ token: QuoteToken) -> Bool {
        guard token.lower.utf8.last == UInt8(ascii: "s") else { return false }
        return ["ers", "ors", "ists", "ians", "ants", "ents", "ies", "ses", "ials", "ives", "ees", "ysts"].contains(where: { token.lower.endsWithBytes($0) })
    }

    private func pronounCandidate(_ token: QuoteToken) -> SpeakerCandidate? {
        switch token.lower {
        case "he": return SpeakerCandidate(text: token.lower, start: token.start, end: token.end, kind: .pronoun, gender: .male)
        case "she": return SpeakerCandidate(text: token.lower, start: token.start, end: token.end, kind: .pronoun, gender: .female)
        case "they": return SpeakerCandidate(text: token.lower, start: token.start, end: token.end, kind: .pronoun, plural: true)
        case "it": return SpeakerCandidate(text: token.lower, start: token.start, end: token.end, kind: .pronoun)
        default: return nil
        }
    }

    /// The speaker of an earlier cue or quotation in the same sentence, for participles and
    /// coordinated verbs.
    private func earlierSpeaker(in p: TokenizedParagraph, before v: Int, sentence: Range<Int>) -> SpeakerCandidate? {
        var k = v - 1
        while k >= max(sentence.lowerBound, v - Self.scanLimit) {
            let token = p.tokens[k]
            if let q = token.quotationIndex, let speaker = results[q]?.speaker { return speaker }
            if token.isWord && isCue(p.tokens, k), let subject = subject(of: k, in: p, sentence: sentence) { return subject }
            k -= 1
        }
        return nil
    }

    // MARK: - Pronouns and titles

    /// The nearest earlier compatible antecedent, sentence by sentence backwards: in each
    /// sentence a speaker (a quotation's, or a cue verb's subject) first, else the person or group
    /// the sentence opens with.
    private func resolvePronoun(_ pronoun: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate? {
        if pronoun.text == "I" { return narrator(at: line) }
        if pronoun.text == "it", let writer = documentWriter(line: line, before: position) { return writer }
        var paragraphsSeen = 0
        var budget = Self.pronounTokenBudget
        var l = line
        while l >= 0 && budget > 0 {
            defer { l -= 1 }
            if isBlank(l) || (l != line && l == titleCaseHeadline) { continue }
            if l != line {
                paragraphsSeen += 1
                if paragraphsSeen > maxPronounParagraphs { break }
            }
            let p = paragraph(l)
            // The paragraph with the question being answered (`"Wait for what?" Arsen asked.`):
            // nobody in it but the one asked answers.
            let asks = currentIndex > 0 && quotations[currentIndex - 1].line == l && isAnswer(to: currentIndex - 1)
            for sentence in p.sentences.reversed() {
                var k = sentence.upperBound - 1
                while k >= sentence.lowerBound {
                    defer { k -= 1 }
                    // Read in place until a cue: most tokens are passed over, and a token copied
                    // costs a retain and a release of its string.
                    if p.tokens[k].start >= position { continue }
                    budget -= 1
                    if budget <= 0 { return nil }
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
                    let token = p.tokens[k]
                    // `A reporter asked the minister whether …. "…," he said`: the one asked answers.
                    if answering, ["asked", "asks", "pressed", "questioned"].contains(token.lower), let object = objectSpeaker(p, from: k + 1) {
                        if case .title(let title) = object.kind, pronoun.text != "they", pronoun.text != "it" {
                            return resolveTitle(title, line: l, before: object.start) ?? object
                        }
                        if object.kind != .pronoun && fits(object, pronoun) { return object }
                    }
                    if asks { continue }
                    if var subject = subject(of: k, in: p, sentence: sentence), subject.kind != .pronoun, isSpeakerShaped(subject),
                       !isReportedClauseSubject(subject, p.tokens, sentence) {
                        // `The governor promised compensation. "…," he said`: the governor named before.
                        // (`Another analyst, who …, said`: someone new, not the analyst named before.)
                        if case .title(let title) = subject.kind, pronoun.text == "he" || pronoun.text == "she" {
                            if subject.text.lowercased().hasPrefix("another ") {
                                subject.kind = .group
                            } else if let named = resolveTitle(title, line: l, before: token.start) {
                                subject = named
                            }
                        }
                        // `The veteran prosecutor said she had …. "…," she said`: a description by
                        // a role stands for the person it resolves to.
                        if subject.kind == .group, !subject.plural, pronoun.text == "he" || pronoun.text == "she",
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
                        if fits(subject, pronoun) || introducesPerson(subject, pronoun, p.tokens, sentence) { return subject }
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
                if !asks, let first = sentence.first, p.tokens[first].start < position, !objectPronoun(objectForm, in: p.tokens, sentence) {
                    let subjects = sentenceSubjects(p, sentence)
                    if let candidate = subjects.first(where: { fits($0, pronoun) && looksLikeName($0) && isSpeakerShaped($0) }) {
                        return candidate
                    }
                    // `Outside, a driver in a yellow jacket was less interested …. "…," he said`:
                    // an indefinite description of one person as the subject, in the pronoun's
                    // paragraph, introduces him (further back, a name in between is likelier).
                    if l == line, let first = subjects.first, introducesPerson(first, pronoun, p.tokens, sentence), isSpeakerShaped(first) {
                        return first
                    }
                    if pronoun.text != "they", pronoun.text != "it",
                       let candidate = mainClauseSubject(p, sentence, before: position) ?? openingClauseSubject(p, sentence, before: position) ??
                        invertedCopulaSubject(p, sentence, before: position),
                       fits(candidate, pronoun) {
                        return candidate
                    }
                }
            }
        }
        return nil
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
    private func appositiveToBody(_ first: Int, _ tokens: [QuoteToken], _ sentence: Range<Int>) -> Bool {
        guard first >= sentence.lowerBound + 2 else { return false }
        return tokens[first - 1].isPunctuation(",") && tokens[first - 2].isWord && !tokens[first - 2].isCapitalized && tokens[first - 2].has(.organisation)
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
            // apposition to a description that opens the sentence.
            let appositive = !aged && end + 1 < sentence.upperBound && tokens[end].isPunctuation(",") &&
                (tokens[sentence.lowerBound].has(.determiner) || comma < k - 1)
            let verb = tokens[aged ? end + 3 : appositive ? end + 1 : end]
            guard verb.isWord, !verb.isCapitalized, !verb.has(.function) || Self.finiteVerbs.contains(verb.lower),
                  verb.has(.irregularPast) || Self.finiteVerbs.contains(verb.lower) || verb.lower.endsWithBytes("ed") ||
                    (verb.lower.endsWithBytes("s") && !verb.lower.endsWithBytes("ss") && !looksPlural(verb)),
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
            role = role || tokens[b].has(.title) || tokens[b].lower.endsWithBytes("-year-old")
        }
        return role ? b : k
    }

    /// The sentence's first token past a dateline and opening marks (its upper bound when it has
    /// none).
    private func openingToken(_ p: TokenizedParagraph, _ sentence: Range<Int>) -> Int {
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
        let first = openingToken(p, sentence)
        guard first < sentence.upperBound, tokens[first].isWord, tokens[first].isCapitalized,
              tokens[first].has(.preposition) || lexicon.placePrepositions.contains(tokens[first].lower) else { return nil }
        // The prepositional phrase: a few lower-case words, no name and no comma.
        var c = first + 1
        while c < min(sentence.upperBound, first + 6), tokens[c].isWord, !tokens[c].isCapitalized, tokens[c].lower != "was", tokens[c].lower != "is" { c += 1 }
        guard c + 1 < sentence.upperBound, c > first + 1, tokens[c].lowerIs("was") || tokens[c].lowerIs("is"),
              tokens[c + 1].runStart == Int32(c + 1), tokens[c + 1].start < position else { return nil }
        let end = Int(tokens[c + 1].runEnd)
        // The name ends the clause or takes an age or an appositive after a comma.
        guard end == sentence.upperBound || tokens[end].kind == .punctuation,
              let candidate = nameCandidate(tokens, (c + 1)..<end, gender: .unknown), candidate.kind == .person,
              isSpeakerShaped(candidate), looksLikeName(candidate) else { return nil }
        return withLearnedGender(candidate)
    }

    /// Whether `speaker`, found for a quotation, is one unnamed person `pronoun` may stand for:
    /// an indefinite description (`A delegate from Owo`) whose noun is no body, group or document.
    private func quotedIndefinitePerson(_ speaker: SpeakerCandidate, _ pronoun: SpeakerCandidate) -> Bool {
        guard speaker.kind == .group, !speaker.plural, speaker.gender == .unknown, pronoun.text == "he" || pronoun.text == "she" else { return false }
        let words = speaker.text.split(separator: " ", maxSplits: 5)
        // (The head first: it asks for two words, so `words[0]` is there.)
        guard let head = indefiniteHead(words), Self.indefiniteDeterminers.contains(words[0].lowercased()) else { return false }
        let noun = head.lowercased()
        return head.first?.isLowercase == true && noun != "of" && !isOrganisationNoun(noun) && !lexicon.speechNouns.contains(noun) &&
            !lexicon.collectiveNouns.contains(noun)
    }

    /// The head of a description's words after its determiner: the last word before a
    /// preposition (`a district official in Isfara`), or nil for fewer than two words.
    private func indefiniteHead(_ words: [Substring]) -> Substring? {
        guard words.count >= 2 else { return nil }
        var head = words[1]
        for word in words.dropFirst(2) {
            guard word.first?.isLowercase == true, !lexicon.prepositions.contains(String(word)) else { break }
            head = word
        }
        return head
    }

    /// `A city council official, speaking on condition of anonymity, said …. "…," he said`: an
    /// indefinite description of one person (`a`, `an`, `one`, then a role or an agent noun) as a
    /// cue's subject introduces whom `he` or `she` then stands for, its sex unknown. Only as
    /// the clause's first words: `Dr X, in her second year as a foundation doctor, said` is X.
    private func introducesPerson(_ subject: SpeakerCandidate, _ pronoun: SpeakerCandidate, _ tokens: [QuoteToken], _ sentence: Range<Int>) -> Bool {
        guard subject.kind == .group, !subject.plural, subject.gender == .unknown,
              // `a`, `an`, `one` or `another` first, read from the first byte: most descriptions are definite.
              let initial = subject.text.utf8.first, initial | 0x20 == UInt8(ascii: "a") || initial | 0x20 == UInt8(ascii: "o"),
              pronoun.text == "he" || pronoun.text == "she" else { return false }
        let words = subject.text.split(separator: " ", maxSplits: 5)
        // (`Another analyst, who asked not to be named, said`: `another` introduces one more.)
        guard words.count >= 2, Self.indefiniteDeterminers.contains(words[0].lowercased()),
              let k = sentence.first(where: { tokens[$0].start == subject.start }),
              k == sentence.lowerBound || tokens[k - 1].isPunctuation(","), let head = indefiniteHead(words) else { return false }
        // (`One of his neighbours`: one of a plural noun's persons.)
        let noun = words[1].lowercased() == "of" && head.hasSuffix("s") ? String(head.dropLast()) : String(head)
        // (`a 38-year-old tradie`: an age says it is a person, whatever the noun.)
        return lexicon.titles.contains(noun) || lexicon.personNouns.contains(noun) || isAgentNoun(noun) ||
            words.dropFirst().contains(where: { $0.hasSuffix("-year-old") })
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
            } else if token.end - token.start == 3 && token.lower == form && isObjectPronoun(tokens, k) {
                return true
            }
        }
        return false
    }

    /// Clause openers that join clauses of equal rank: `him` or `her` after them is still in the
    /// main clause.
    private static let coordinators: Set<String> = ["and", "or", "but", "so", "yet", "as"]

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
    private func looksLikeName(_ candidate: SpeakerCandidate, midSentence: Bool = true) -> Bool {
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
        if givesNameOfEarlierSpeaker(candidate) { return true }
        if let known = surnameSeen[candidate.text] { return known }
        let seen = endsLongerName(Array(candidate.text.unicodeScalars), before: candidate.start)
        surnameSeen[candidate.text] = seen
        return seen
    }


    /// Whether a role word stands anywhere in the text (in any case) right before a capitalized
    /// word (`spokesman Aibek`, `Prime Minister Adylbek`) or after a comma and an article (`, a
    /// nurse`): a cheap test, cached by word, before searching for the person it names.
    private func mayNameSomeone(_ word: [Unicode.Scalar]) -> Bool {
        let key = String(String.UnicodeScalarView(word))
        if let known = roleSeen[key] { return known }
        var found = false
        let n = word.count
        forEachOccurrence(of: word, startingIn: 1..<text.count, foldingCase: true) { i in
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

    private var roleSeen: [String: Bool] = [:]

    /// Whether `he`, `his`, `him`, `she` or `her` stands in the sentence of `[start, end)`,
    /// within 150 code points of it.
    private func personalPronounNear(_ start: Int, _ end: Int) -> Bool {
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

    /// Answers of ``looksLikeName(_:)`` by word, for one document.
    private var surnameSeen: [String: Bool] = [:]

    /// Whether a one-word candidate is the first word of the full name of a speaker already
    /// found for an earlier quotation.
    private func givesNameOfEarlierSpeaker(_ candidate: SpeakerCandidate) -> Bool {
        let word = candidate.text.utf8
        for q in 0..<min(currentIndex, results.count) {
            guard let speaker = results[q]?.speaker, speaker.kind == .person, speaker.start < candidate.start else { continue }
            let name = speaker.text.utf8
            if name.count > word.count, name.starts(with: word), name[name.index(name.startIndex, offsetBy: word.count)] == UInt8(ascii: " ") {
                return true
            }
        }
        return false
    }

    /// Whether `word` ends a longer capitalized name in the few thousand scalars before `end`,
    /// about as far back as a pronoun looks.
    private func endsLongerName(_ word: [Unicode.Scalar], before end: Int) -> Bool {
        var found = false
        let starts = max(2, end - 4 * Self.pronounTokenBudget)..<max(2, end - word.count + 1)
        forEachOccurrence(of: word, startingIn: starts) { i in
            guard ScalarClass.isSpace(text[i - 1]), ScalarClass.isWord(text[i - 2]) else { return true }
            var j = i - 2
            while j > 0 && ScalarClass.isWord(text[j - 1]) { j -= 1 }
            found = ScalarClass.isUpper(text[j])
            return !found
        }
        return found
    }

    /// The likely subject of a sentence: a name that opens it (after role words such as
    /// `Interior Minister`), else a short noun phrase before its first verb (`Protesters gathered`).
    /// The sentence's subject, and a second one coordinated with `and` (`Climate envoy Laurence
    /// Tubiana and economist Nicholas Stern`).
    private func sentenceSubjects(_ p: TokenizedParagraph, _ whole: Range<Int>) -> [SpeakerCandidate] {
        let tokens = p.tokens
        // (`5.40pm — Deputy Commissioner X has …`: a live blog's stamp comes before the subject.)
        let sentence = liveBlogStampEnd(tokens, whole, before: whole.upperBound)..<whole.upperBound
        guard let first = sentenceSubjectName(p, sentence) else { return [] }
        // `Kostova's coach, her father Dimitar, watched`: the name in apposition to a common head.
        if first.kind == .group, let named = appositiveName(after: first, tokens, sentence) {
            return [named] + sentenceSubjectsAfterGroup(first, tokens, sentence)
        }
        return sentenceSubjectsAfterGroup(first, tokens, sentence)
    }

    /// The person named in apposition right after a common noun phrase (`, Stefan Ivanov,` or
    /// `, her father Stefan,`), closed by a comma.
    private func appositiveName(after group: SpeakerCandidate, _ tokens: [QuoteToken], _ sentence: Range<Int>) -> SpeakerCandidate? {
        // (`her legal aid centre, Hamroh,`: a body's name, not a person's.)
        guard let e = sentence.first(where: { tokens[$0].end == group.end }), !tokens[e].has(.organisation) else { return nil }
        // `My colleague on the business desk, Declan Moriarty,`: a short prepositional phrase
        // after the head, before the comma, still leaves the name in apposition to it.
        var c = e + 1
        if c < sentence.upperBound, tokens[c].isWord, tokens[c].has(.preposition) {
            let limit = min(sentence.upperBound, c + 5)
            c += 1
            while c < limit, tokens[c].isWord, !tokens[c].isCapitalized, !tokens[c].has(.cue), !isAuxiliary(tokens, c) { c += 1 }
        }
        guard c + 1 < sentence.upperBound, tokens[c].isPunctuation(",") else { return nil }
        var j = c + 1
        if j + 2 < sentence.upperBound, ["his", "her"].contains(tokens[j].lower), wordGender(tokens, j + 1) != .unknown { j += 2 }
        guard tokens[j].runStart == Int32(j) else { return nil }
        let end = Int(tokens[j].runEnd)
        // (`, Mykhailo Petrenko — no relation, they both stress — has decided`: a dash closes it too.)
        guard end < sentence.upperBound, tokens[end].isPunctuation(",") || tokens[end].isPunctuation("—") || tokens[end].isPunctuation("–"),
              let candidate = nameCandidate(tokens, j..<end, gender: .unknown), candidate.kind == .person, looksLikeName(candidate) else { return nil }
        // A relation's noun tells the sex (`her father Dimitar`).
        var named = withLearnedGender(candidate)
        // So does the head's (`His wife, Saule,`).
        if named.gender == .unknown { named.gender = wordGender(tokens, j > c + 1 ? j - 1 : e) }
        return named
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

    private func sentenceSubjectName(_ p: TokenizedParagraph, _ sentence: Range<Int>) -> SpeakerCandidate? {
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
                 !endsLongerName(Array(text[tokens[start].start..<tokens[start].end]), before: tokens[start].start)) ||
                opensWithAdverbial(tokens, start, sentence),
              let comma = (start..<min(sentence.upperBound, start + 10)).first(where: { tokens[$0].isPunctuation(",") }) {
            start = comma + 1
        }
        let window = start..<min(sentence.upperBound, start + 12)
        guard !window.isEmpty else { return nil }
        // The opening phrase of names and role words (`Energy minister Olga Petrova`): its last name.
        var opening: Range<Int>? = nil
        var k = start
        // `Dozens of women`: a capitalized number noun is not a name.
        let quantity = tokens[start].has(.quantityNoun) && start + 1 < window.upperBound && tokens[start + 1].lowerIs("of")
        for run in nameRuns(tokens, window) where !quantity {
            let gap = k..<run.lowerBound
            // `Conservative group leader Cllr Graham Pike`: lower-case words ending in a role.
            let roleWords = gap.count <= 3 && gap.last.map { tokens[$0].has(.title) } == true &&
                gap.allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].has(.function) && !isAuxiliary(tokens, $0) && !tokens[$0].has(.cue) }
            guard roleWords || gap.allSatisfy({ tokens[$0].isWord && (tokens[$0].has(.title) || tokens[$0].has(.determiner)) }) else { break }
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
            if run.count >= 2, !tokens[run.upperBound - 1].isPossessive, next.lower.endsWithBytes("s"), !next.lower.endsWithBytes("ss"), !looksPlural(next),
               tokens[after].isWord, !tokens[after].isCapitalized, !isAuxiliary(tokens[after]), !tokens[after].has(.cue), !tokens[after].has(.irregularPast),
               !tokens[after].lower.endsWithBytes("ed"), !tokens[after].lower.endsWithBytes("s") {
                return false
            }
            return true
        }()
        if let run = opening, !modifiesNoun, let candidate = nameCandidate(tokens, run, gender: .unknown) {
            return candidate
        }
        var end = start
        var limit = start + 4
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
        if let who = (start..<end).first(where: { tokens[$0].isWord && tokens[$0].lowerIs("who") }), who > start,
           let closing = (who..<min(sentence.upperBound, who + 12)).first(where: { tokens[$0].isPunctuation(",") }),
           closing + 1 < sentence.upperBound, tokens[closing + 1].runStart == Int32(closing + 1) {
            comma = closing
        }
        // `His main rival, Ana Kovac, refused …`: a name in apposition is the subject.
        // (Also after a lower-case role, `The bill's author, lawmaker Dastan Bekeshev, defended`,
        // or a description and `named`, `His neighbour, a retired teacher named Gulsara, nodded`.)
        var appositive = comma + 1
        while appositive < min(sentence.upperBound, comma + 4), tokens[appositive].isWord, !tokens[appositive].isCapitalized, tokens[appositive].has(.title) { appositive += 1 }
        if appositive < sentence.upperBound, tokens[appositive].runStart < 0,
           // (`a retired driver who gave his name only as Gagik`: `as` after the name given.)
           let named = (appositive..<min(sentence.upperBound, appositive + 10)).first(where: { k in
               tokens[k].isWord && (["named", "called"].contains(tokens[k].lower) ||
                   (tokens[k].lowerIs("as") && ["identified", "known", "name", "only"].contains(tokens[k - 1].lower)))
           }),
           (appositive..<named).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }), named + 1 < sentence.upperBound {
            appositive = named + 1
        }
        // (`Her volunteer centre, Umit, says`: a body's name is no person's.)
        if appositive < sentence.upperBound, tokens[comma].isPunctuation(","), tokens[appositive].runStart == Int32(appositive),
           comma == start || !tokens[comma - 1].has(.organisation) {
            let runEnd = Int(tokens[appositive].runEnd)
            if runEnd < sentence.upperBound, tokens[runEnd].isPunctuation(","),
               var candidate = nameCandidate(tokens, appositive..<runEnd, gender: .unknown) {
                // `His wife, Saule, sells flowers`: the head's noun tells the sex.
                if candidate.gender == .unknown, comma > start { candidate.gender = wordGender(tokens, comma - 1) }
                return candidate
            }
        }
        return speakerOfSegment(tokens, start..<end, appositives: [])
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

    /// The person last named with `title` before `position` (`the president` → `Sooronbai Jeenbekov`).
    private func resolveTitle(_ title: String, line: Int, before position: Int, budget: Int = titleTokenBudget, lines reach: Int = 60) -> SpeakerCandidate? {
        resolveRole([title], line: line, before: position, budget: budget, lines: reach)
    }

    /// The person last named with the role `role` (one or more lower-case words: `prosecutor
    /// general`) in their name, right before it or heading an appositive after it.
    ///
    /// With `family`, the role is any one of those words instead, and the person must be the only
    /// one in reach named with one of them (`nil` when two people fit: `the coach` after two
    /// managers is kept as written).
    private func resolveRole(_ role: [String], family: Set<String> = [], line: Int, before position: Int, budget: Int = titleTokenBudget, lines reach: Int = 60) -> SpeakerCandidate? {
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
                // `Foreign Minister Annalena Baerbock` for `the minister`, also with the role in
                // lower case before the name (`ministry spokesman Aibek Smadiyarov`) or heading
                // an appositive after it (`Leila Hassan, a nurse at the hospital`).
                let inside = run.count > 1 && (run.lowerBound..<(run.upperBound - 1)).contains(where: { matches(tokens, endingAt: $0, lowerBound: run.lowerBound) })
                let before = run.lowerBound > 0 && tokens[run.lowerBound - 1].isWord && matches(tokens, endingAt: run.lowerBound - 1, lowerBound: 0) ||
                    // `Turkmenistan's president, Serdar Berdimuhamedov, has said`: the role heads
                    // an appositive closed after the name.
                    (run.lowerBound > 1 && tokens[run.lowerBound - 1].isPunctuation(",") && tokens[run.lowerBound - 2].isWord &&
                     run.upperBound < tokens.count && tokens[run.upperBound].isPunctuation(",") && matches(tokens, endingAt: run.lowerBound - 2, lowerBound: 0))
                guard inside || before || appositiveHead(tokens, after: run).map(isRoleWord) == true else { continue }
                guard let candidate = nameCandidate(tokens, run, gender: .unknown), candidate.kind == .person, isSpeakerShaped(candidate) else { continue }
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

    /// `the coach` after `Athletic manager Joe Hartley`, `the player` after `Midfielder Ana
    /// Kovač`: the one person named near enough with another word of the role's family
    /// (`role-families.txt`), as near as a pronoun would look.
    private func resolveRoleFamily(_ noun: String, line: Int, before position: Int) -> SpeakerCandidate? {
        guard let family = lexicon.roleFamilies[noun] else { return nil }
        return resolveRole([noun], family: family.union([noun]), line: line, before: position, budget: Self.pronounTokenBudget,
                           lines: 2 * (maxPronounParagraphs + 1))
    }

    /// The paragraphs that are not blank from `line` backwards, at most `count` of them.
    private func recentParagraphs(from line: Int, count: Int) -> [Int] {
        var found: [Int] = []
        var l = line
        while l >= 0 && found.count < count {
            if !isBlank(l) { found.append(l) }
            l -= 1
        }
        return found
    }

    /// The paragraph (line) holding the code point offset `position`.
    private func line(containing position: Int) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].upperBound < position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// `the source` after `A Kyrgyz government source, who declined to be named, said`: the
    /// indefinite noun phrase that introduced the same noun, in this paragraph or the one before.
    private func indefiniteAntecedent(_ noun: String, line: Int, before position: Int) -> SpeakerCandidate? {
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
                var name = k + 2
                if name < tokens.count, tokens[name].lowerIs("the") { name += 1 }
                if name < tokens.count, ["for", "at"].contains(tokens[k + 1].lower) {
                    if tokens[name].runStart == Int32(name) {
                        last = Int(tokens[name].runEnd) - 1
                        end = tokens[last].end - Int(tokens[last].possessiveLength)
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
    private static let indefiniteDeterminers: Set<String> = ["a", "an", "one", "another"]

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
    private func withModifiers(_ candidate: SpeakerCandidate) -> SpeakerCandidate? {
        guard candidate.kind != .person, candidate.kind != .pronoun, candidate.end > candidate.start else { return nil }
        let opening = candidate.text.prefix(3).lowercased()
        guard opening.hasPrefix("a ") || opening == "an " || Self.indefinitePersons.contains(candidate.text.lowercased()) else { return nil }
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
        if !tokens[low].isCapitalized, candidate.text.split(separator: " ").contains(where: { Self.modifierPrepositions.contains(String($0)) }) {
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
                let closedByCue = end < limit && tokens[end].isWord && isCue(tokens, end) && !tokens[end].lower.endsWithBytes("ing") && end - 1 > j + 1
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

    /// Who wrote the letter (note, statement) introduced at `k` with `a` or `an`: the agent of a
    /// participle after it (`a letter written by his niece`), or the subject of a verb of writing
    /// or sending right before it (`the principal sent a letter home`). The document is only what
    /// they wrote; `the letter said` quotes them.
    private func writer(ofDocumentAt k: Int, in p: TokenizedParagraph, line: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard k >= 2, tokens[k - 1].isWord, tokens[k - 1].lowerIs("a") || tokens[k - 1].lowerIs("an") else { return nil }
        if k + 3 < tokens.count, tokens[k + 1].isWord, Self.writingVerbs.contains(tokens[k + 1].lower), tokens[k + 2].lowerIs("by"),
           let source = objectSpeaker(p, from: k + 3), source.kind != .pronoun, isSpeakerShaped(source) {
            return resolve(source, line: line, before: tokens[k].start)
        }
        let sentence = p.sentence(containing: k)
        guard k - 2 >= sentence.lowerBound, tokens[k - 2].isWord, Self.writingVerbs.contains(tokens[k - 2].lower),
              let subject = subject(of: k - 2, in: p, sentence: sentence), subject.kind != .pronoun, isSpeakerShaped(subject),
              !lexicon.speechNouns.contains(lastWord(of: subject.text)) else { return nil }
        return resolve(subject, line: line, before: tokens[k - 2].start)
    }

    /// Past forms of verbs by which someone puts out a document under their name.
    private static let writingVerbs: Set<String> = ["wrote", "written", "sent", "signed", "issued", "released", "published", "posted", "emailed"]

    /// `Her brother read a letter written by her niece. "…," it said`: `it` right after a
    /// sentence that introduces a document by its writer stands for the document, so for them.
    private func documentWriter(line: Int, before position: Int) -> SpeakerCandidate? {
        let p = paragraph(line)
        let tokens = p.tokens
        guard let q = tokens.firstIndex(where: { $0.start >= position }), q > 0 else { return nil }
        let previous = p.sentence(containing: q - 1)
        for k in previous.reversed() where k < q && tokens[k].isWord && tokens[k].has(.speechNoun) {
            if let writer = writer(ofDocumentAt: k, in: p, line: line) { return writer }
        }
        return nil
    }

    /// Who issued the statement (report, letter) that `the statement` refers to: the subject of
    /// the nearest earlier cue with that noun after it (`X said in a statement that …`), in this
    /// paragraph or the two before.
    private func issuer(of noun: String, line: Int, before position: Int) -> SpeakerCandidate? {
        for l in recentParagraphs(from: line, count: 3) {
            let p = paragraph(l)
            let tokens = p.tokens
            var k = (l == line ? tokens.firstIndex(where: { $0.start >= position }) : nil) ?? tokens.count
            k -= 1
            while k > 0 {
                defer { k -= 1 }
                guard tokens[k].isWord, tokens[k].lower == noun, tokens[k - 1].isWord, tokens[k - 1].lower != "the" else { continue }
                // `A statement from the Interior Ministry said`: who it is from.
                if k + 2 < tokens.count, ["from", "by", "of"].contains(tokens[k + 1].lower), let source = objectSpeaker(p, from: k + 2),
                   source.kind != .pronoun, isSpeakerShaped(source) {
                    return resolve(source, line: l, before: tokens[k].start)
                }
                if let writer = writer(ofDocumentAt: k, in: p, line: l) { return writer }
                let sentence = p.sentence(containing: k)
                let isCueHere = { (i: Int) in tokens[i].isWord && self.isCue(tokens, i) && !self.isPassive(tokens, i) }
                // `In a (brief) statement, the ministry said …`: a setting put before its clause
                // has that clause's cue after it.
                let determiner = k >= 2 && tokens[k - 1].has(.determiner) ? k - 1
                    : k >= 3 && !tokens[k - 1].isCapitalized && tokens[k - 2].has(.determiner) ? k - 2 : 0
                let fronted = determiner > 0 && tokens[determiner - 1].lowerIs("in")
                guard let v = (sentence.lowerBound..<k).last(where: isCueHere) ?? (fronted ? (k + 1..<sentence.upperBound).first(where: isCueHere) : nil),
                      let subject = subject(of: v, in: p, sentence: sentence), isSpeakerShaped(subject) else { return nil }
                if subject.kind == .pronoun || lexicon.speechNouns.contains(lastWord(of: subject.text)) { return nil }
                return resolve(subject, line: l, before: tokens[v].start)
            }
        }
        return nil
    }

    /// The paragraphs of `recentParagraphs(from:count:)` whose text has `word` (lower-case ASCII)
    /// before `position`, in any case, nearest first: the sieves that look back for a noun
    /// tokenize only these. Lazy, so a search that stops early scans no further paragraph.
    private func recentParagraphs(holding word: String, from line: Int, count: Int, before position: Int = .max) -> LazyFilterSequence<[Int]> {
        let pattern = Array(word.unicodeScalars)
        return recentParagraphs(from: line, count: count).lazy.filter { self.paragraph($0, contains: pattern, before: position) }
    }

    /// Whether paragraph `l` has the lower-case ASCII `pattern` as a word before `position`, in
    /// any case: a scan of its scalars that spares tokenizing the paragraphs that cannot match.
    private func paragraph(_ l: Int, contains pattern: [Unicode.Scalar], before position: Int = .max) -> Bool {
        var found = false
        let end = min(lines[l].upperBound, position)
        forEachOccurrence(of: pattern, startingIn: lines[l].lowerBound..<max(lines[l].lowerBound, end - pattern.count + 1), foldingCase: true) { _ in
            found = true
            return false
        }
        return found
    }

    /// Calls `visit` with the start of each occurrence of `word` as a whole word (not inside a
    /// longer word) that starts in `range`, left to right, until `visit` returns `false`. With
    /// `foldingCase`, capital ASCII letters of the text match the small letters of `word`.
    /// The sieves that look for a word across paragraphs search the scalars this way, which spares
    /// tokenizing the paragraphs that cannot match.
    private func forEachOccurrence(of word: [Unicode.Scalar], startingIn range: Range<Int>, foldingCase: Bool = false, _ visit: (Int) -> Bool) {
        guard let first = word.first else { return }
        let n = word.count
        // The values the word's first scalar may have in the text; the scan skips to them, eight
        // scalars at a time, instead of testing each position whole. Folding case, a capital
        // letter of the text matches only its small letter in `word`, so a capital first letter
        // of `word` matches nowhere.
        let small = first.value
        if foldingCase && small &- 65 < 26 { return }
        let capital = foldingCase && small &- 97 < 26 ? small - 32 : small
        let (smalls, capitals) = (SIMD8<UInt32>(repeating: small), SIMD8<UInt32>(repeating: capital))
        text.withUnsafeBufferPointer { text in
            @inline(__always) func same(_ s: Unicode.Scalar, _ w: Unicode.Scalar) -> Bool {
                foldingCase && s.value &- 65 < 26 ? s.value | 0x20 == w.value : s == w
            }
            guard let base = text.baseAddress else { return }
            let values = UnsafeRawPointer(base)
            var i = max(range.lowerBound, 0)
            let limit = min(range.upperBound, text.count - n + 1)
            while i < limit {
                while i + 8 <= limit {
                    let chunk = values.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<UInt32>.self)
                    if any((chunk .== smalls) .| (chunk .== capitals)) { break }
                    i += 8
                }
                guard i < limit else { return }
                defer { i += 1 }
                let v = text[i].value
                guard v == small || v == capital, i == 0 || !ScalarClass.isWord(text[i - 1]),
                      i + n == text.count || !ScalarClass.isWord(text[i + n]) else { continue }
                var k = 1
                while k < n && same(text[i + k], word[k]) { k += 1 }
                if k == n && !visit(i) { return }
            }
        }
    }

    /// Whether a common noun may stand for a named organisation (`the ministry`, `the firm`).
    private func isOrganisationNoun(_ word: String) -> Bool {
        lexicon.organisationWords.contains(word)
    }

    /// The organisation a definite description (`the ministry`, `the company`) stands for: the
    /// nearest earlier name with the noun in it (`the Ministry of Natural Resources`), right before
    /// it (`state copper company Codelco`) or heading an appositive after it (`Codelco, the state
    /// copper company`); failing those, the nearest organisation quoted in the last paragraphs.
    private func resolveOrganisation(_ noun: String, line: Int, before position: Int) -> SpeakerCandidate? {
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
    private func isBareDefinite(_ candidate: SpeakerCandidate, _ noun: String) -> Bool {
        candidate.text.utf8.count == noun.utf8.count + 4 && candidate.text.utf8.first.map({ $0 | 0x20 }) == UInt8(ascii: "t")
    }

    /// The one organisation named with `noun` in its name (`Ministry`) anywhere before `position`,
    /// or `nil` when the text named none or more than one (`the ministry` is then nobody's guess).
    /// Not for a company noun, which any name may stand for.
    private func onlyOrganisationNamed(with noun: String, line: Int, before position: Int) -> SpeakerCandidate? {
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
    private func modifiersAgree(_ description: String, with name: String) -> Bool {
        let words = description.lowercased().split(separator: " ")
        guard words.count > 2 else { return true }
        let nameWords = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        for modifier in words.dropFirst().dropLast() where !modifier.hasSuffix("'s") && !modifier.hasSuffix("’s") && !lexicon.functionWords.contains(String(modifier)) {
            let stem = modifier.prefix(4)
            guard nameWords.contains(where: { $0.hasPrefix(stem) }) else { return false }
        }
        return true
    }

    /// Nouns for an organisation of any name, unlike `the ministry` (which is a ministry's name).
    private static let companyNouns: Set<String> = ["company", "firm", "group", "corporation", "holding", "watchdog"]

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
    private func appositiveHead(_ tokens: [QuoteToken], after run: Range<Int>) -> String? {
        var k = run.upperBound
        guard k < tokens.count, tokens[k].isPunctuation(",") else { return nil }
        k += 1
        var head: String? = nil
        while k < tokens.count && k < run.upperBound + 8 {
            let token = tokens[k]
            guard token.isWord, !token.has(.preposition), token.lower != "of", !token.has(.clauseOpener) || token.has(.determiner) else { break }
            head = token.lower
            k += 1
        }
        return head
    }

    // MARK: - Names

    /// Runs of capitalized words forming a name, joined by particles (`Organisation for Security
    /// and Cooperation in Europe`); a capitalized function word opening a sentence is not a name.
    func nameRuns(_ tokens: [QuoteToken], _ range: Range<Int>) -> [Range<Int>] {
        // Counted first, for an array made at its size: grown run by run, it was reallocated a
        // few times at each call.
        var count = 0
        var k = range.lowerBound
        while k < range.upperBound {
            if tokens[k].runStart >= 0 {
                count += 1
                k = min(Int(tokens[k].runEnd), range.upperBound)
            } else {
                k += 1
            }
        }
        guard count > 0 else { return [] }
        var runs: [Range<Int>] = []
        runs.reserveCapacity(count)
        k = range.lowerBound
        while k < range.upperBound {
            if tokens[k].runStart >= 0 {
                let end = min(Int(tokens[k].runEnd), range.upperBound)
                runs.append(k..<end)
                k = end
            } else {
                k += 1
            }
        }
        return runs
    }

    /// Whether a quotation is one capitalized word, as a nickname is (`"Rosie"`).
    private func isNickname(_ token: QuoteToken) -> Bool {
        guard token.end - token.start <= 16, token.start + 1 < token.end, ScalarClass.isUpper(text[token.start + 1]) else { return false }
        return !(token.start..<token.end).contains { ScalarClass.isSpace(text[$0]) }
    }

    /// Finds the name runs of a paragraph's tokens (stored in the tokens by ``paragraph(_:)``).
    private func findNameRuns(_ tokens: [QuoteToken], _ range: Range<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var k = range.lowerBound
        while k < range.upperBound {
            guard isNameToken(tokens, k) else { k += 1; continue }
            let start = k
            var end = k + 1
            var joined = false
            while end < range.upperBound {
                if isNameToken(tokens, end) && !tokens[end - 1].isPossessive { end += 1; continue }
                let token = tokens[end]
                // A period inside a name: after an initial (`Robert F. Kennedy`, `the U.S. State
                // Department`) or an abbreviated title (`said Ms. Marchenko`, `Dr. Meerim Abdyldaeva`).
                if token.isPunctuation("."), end + 1 < range.upperBound, tokens[end - 1].end == token.start, isNameToken(tokens, end + 1) {
                    let before = tokens[end - 1]
                    let initial = (before.end - before.start == 1 && before.isCapitalized) || before.isDottedInitialism
                    if initial || (before.has(.title) && lexicon.abbreviations.contains(before.lower)) {
                        end += 2
                        continue
                    }
                }
                // `Rosemary "Rosie" Kowalski`: a one-word nickname quoted between two names.
                if token.quotationIndex != nil, end + 1 < range.upperBound, isNameToken(tokens, end + 1), isNickname(token) {
                    end += 2
                    continue
                }
                // `Food Allergy Research & Education`, `Johnson & Johnson`: an ampersand joins.
                if token.isPunctuation("&"), end + 1 < range.upperBound, isNameToken(tokens, end + 1) {
                    joined = true
                    end += 2
                    continue
                }
                // `the Ministry of Natural Resources, Ecology, and Technical Supervision`: an
                // office's list of domains after `of` runs on to the list's last part.
                if token.isPunctuation(","), let listEnd = listedDomainsEnd(tokens, after: start..<end, upTo: range.upperBound) {
                    end = listEnd
                    break
                }
                // `Committee to Protect Journalists`: `to` only inside an organisation's name.
                // An organisation's name runs on through `for the`, `under the` (`Coordination
                // Headquarters for the Treatment of Prisoners of War`, `the Sports Agency under
                // the Cabinet of Ministers`), but not `of the` (`Ministry of Emergency Situations
                // of the Kyrgyz Republic` is the ministry of a country).
                let organisational = token.isWord && !token.isCapitalized && (start..<end).contains(where: { tokens[$0].has(.organisation) })
                let particle = token.has(.nameParticle) ||
                    (joined && ["and", "in", "the", "on"].contains(token.lower)) ||
                    (organisational && ["to", "in", "under"].contains(token.lower))
                // `Timur Akhmetov of Freedom Finance`: a person's name does not run on through
                // `of` (an office's or an organisation's does: `Ministry of Health`, `Secretary
                // of State`).
                // A title before the person's own names does not make the run an office's name
                // (`Detective Sergeant Paul Whitby of North Yorkshire Police`): only a title
                // right before `of` does (`Secretary of State`).
                let lastTitle = (start..<end).last(where: { tokens[$0].has(.title) })
                let ofOrFor = token.lowerIs("of") || token.lowerIs("for")
                let personOf = ofOrFor && end - start >= 2 && !joined &&
                    !(start..<end).contains(where: { tokens[$0].has(.organisation) }) &&
                    lastTitle.map { end - $0 >= 2 } ?? true
                // `UNICEF Representative in Kyrgyzstan Anna Kowalska`, `EU Ambassador to Kazakhstan
                // Kestutis Jankauskas`: a title's place, then the person (three names at least).
                if token.isWord, token.lowerIs("in") || token.lowerIs("to"), tokens[end - 1].has(.title), tokens[end - 1].isCapitalized,
                   end + 3 < range.upperBound, isNameToken(tokens, end + 1), isNameToken(tokens, end + 2), isNameToken(tokens, end + 3) {
                    joined = true
                    end += 1
                    continue
                }
                if token.isWord && !token.isCapitalized && particle && !personOf {
                    // One or more particles, then a name: `von der Leyen`, `de la Cruz`.
                    var next = end + 1
                    while next < range.upperBound && next < end + 3 && tokens[next].isWord && !tokens[next].isCapitalized &&
                            (tokens[next].has(.nameParticle) || (organisational && tokens[next].lowerIs("the") && token.lower != "of")) { next += 1 }
                    if next < range.upperBound && isNameToken(tokens, next) {
                        // A surname's particle keeps the run a person's name, which stops at its
                        // `of` (`Johan de Wet of Karoo Power`); `of`, `for` and the like join a body's.
                        joined = joined || ofOrFor || !token.has(.nameParticle) || organisational
                        end = next + 1
                        continue
                    }
                }
                break
            }
            runs.append(start..<end)
            k = end
        }
        return runs
    }

    /// The end of a list of capitalized domains closed by `and` after an organisation's `of`
    /// (`Ministry of Housing, Communities and Local Government`), when `run` is such a name
    /// and the comma at its end opens the list; nil otherwise (`the Ministry of Health, the
    /// police and …` is not one name: every part must be capitalized words only).
    private func listedDomainsEnd(_ tokens: [QuoteToken], after run: Range<Int>, upTo limit: Int) -> Int? {
        guard let of = run.firstIndex(where: { tokens[$0].lowerIs("of") }), of > run.lowerBound,
              (run.lowerBound..<of).contains(where: { tokens[$0].has(.organisation) }) else { return nil }
        var k = run.upperBound
        var parts = 0
        while k < limit && parts < 5 {
            // `,` or `, and` or `and` before the next part.
            var sawAnd = false
            if tokens[k].isPunctuation(",") { k += 1 }
            if k < limit, tokens[k].isWord, tokens[k].lowerIs("and") { sawAnd = true; k += 1 }
            let partStart = k
            while k < limit, isNameToken(tokens, k), !tokens[k].isPossessive { k += 1 }
            guard k > partStart else { return nil }
            parts += 1
            if sawAnd {
                // The list ends here: a comma, a cue or a lower-case word must follow, not more names.
                return k == limit || !tokens[k].isPunctuation("&") ? k : nil
            }
            guard k < limit, tokens[k].isPunctuation(",") || tokens[k].lowerIs("and") else { return nil }
        }
        return nil
    }

    private func nameRunMembership(_ tokens: [QuoteToken], _ range: Range<Int>) -> NameRunSet {
        NameRunSet(runs: nameRuns(tokens, range))
    }

    private func isNameToken(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        // Fields read in place: a token copied whole costs a retain and a release of its string.
        guard tokens[k].isWord else { return false }
        if tokens[k].inNameMention { return true }
        guard tokens[k].isCapitalized else { return false }
        if tokens[k].has(.function) || pronounCandidate(tokens[k]) != nil { return false }
        if isSentenceStart(tokens, k) && !tokens[k].flags.isDisjoint(with: [.cue, .introductory, .clauseOpener]) { return false }
        return true
    }


    private func isSentenceStart(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        guard k > 0 else { return true }
        // Read in place and by the mark's scalar: a token copied costs a retain and a release of
        // its string, and the mark as a string a comparison with each of the six.
        if tokens[k - 1].quotationIndex != nil { return true }
        guard tokens[k - 1].kind == .punctuation else { return false }
        switch tokens[k - 1].mark {
        case ".": return !(k > 1 && QuoteTokenizer.initialismBeforeName(tokens, k - 2))
        case "!", "?", ":", "(", "…": return true
        default: return false
        }
    }

    /// The `names` stage's kind for a mention overlapping the span, if it ran.
    private func mentionKind(_ start: Int, _ end: Int) -> String? {
        guard let names else { return nil }
        return mention(overlapping: start, end, in: names)?.kind
    }

    /// The index of the first mention ending after `position`; mentions are in text order.
    private func firstMention(endingAfter position: Int, in names: [NameMention]) -> Int {
        var low = 0, high = names.count
        while low < high {
            let mid = (low + high) / 2
            if names[mid].end <= position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// A mention overlapping `[start, end)`.
    private func mention(overlapping start: Int, _ end: Int, in names: [NameMention]) -> NameMention? {
        var k = firstMention(endingAfter: start, in: names)
        while k < names.count && names[k].start < end {
            if start < names[k].end { return names[k] }
            k += 1
        }
        return nil
    }


    // MARK: - Cues

    /// Whether a quotation opens at `start` or after at most `words` words from there, with no
    /// mark between (`for a "humanitarian corridor"`).
    private func quotedWithin(_ tokens: [QuoteToken], from start: Int, words: Int) -> Bool {
        var j = start
        while j < tokens.count && j <= start + words {
            if tokens[j].quotationIndex != nil { return true }
            guard tokens[j].isWord else { return false }
            j += 1
        }
        return false
    }

    func isCue(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        // Read in place first: most words asked about are no cue, and a token copied costs a
        // retain and a release of its string.
        guard tokens[k].isWord, tokens[k].has(.cue) else { return false }
        let token = tokens[k]
        if token.isCapitalized && !isSentenceStart(tokens, k) { return false }
        // `as Orwell put it`
        if token.lowerIs("put") || token.lowerIs("puts") { return k + 1 < tokens.count && tokens[k + 1].lowerIs("it") }
        // `McAlister shot back`, `Tuipulotu chipped in`
        if token.has(.phrasalCue) { return k + 1 < tokens.count && tokens[k + 1].isWord && lexicon.isPhrasalCue(token.lower, tokens[k + 1].lower) }
        if k + 1 < tokens.count, tokens[k + 1].isWord, lexicon.isNotCue(token.lower, tokens[k + 1].lower) {
            // `called for "an end to the shelling"`, `asked for a "humanitarian corridor"`: a
            // quoted object of `for` is the demand in the asker's words.
            guard tokens[k + 1].lowerIs("for"), quotedWithin(tokens, from: k + 2, words: 3) else { return false }
        }
        let lower = token.lower
        // `Her sister laughed. "…"`, `Everyone laughed, but …`: laughing reports words only right
        // beside a quotation (`"…," she laughs`, `he laughed: '…'`); on its own it is a reaction.
        if Self.besideQuotationCues.contains(lower) {
            // (`“…health.” Everyone laughed`: a quotation that closed its sentence is not beside it.)
            let before = tokens[max(0, k - 4)..<k].contains {
                guard let q = $0.quotationIndex, let last = lastContentScalar(quotations[q]) else { return false }
                return last != "."
            }
            var after = k + 1
            if after < tokens.count, tokens[after].isPunctuation(":") || tokens[after].isPunctuation(",") { after += 1 }
            guard before || (after < tokens.count && after > k + 1 && tokens[after].quotationIndex != nil) else { return false }
        }
        // `rejected the budget as "…"`: rejecting reports words only as the object's description.
        if Self.asQuotationCues.contains(lower) {
            guard let asWord = ((k + 1)..<min(tokens.count, k + 8)).first(where: { tokens[$0].lowerIs("as") || tokens[$0].kind != .word }),
                  tokens[asWord].lowerIs("as"), asWord + 1 < tokens.count, tokens[asWord + 1].quotationIndex != nil else { return false }
        }
        // `said state Sen. Maria Delgado`, `told state TV`: a base form right after a cue verb
        // is a modifier of the speaker or the audience, never a second verb.
        if k > 0, tokens[k - 1].isWord, tokens[k - 1].has(.cue), !tokens[k - 1].isCapitalized, !lower.endsWithBytes("ed"),
           !lower.endsWithBytes("ing"), !lower.endsWithBytes("s"), !Self.irregularCueForms.contains(lower) {
            return false
        }
        // A base form before a noun (`label owner`, `call centre`) is a noun, not a cue verb;
        // right after a quotation it is one (`'…', say residents`).
        let afterQuotation = k > 0 && (tokens[k - 1].quotationIndex != nil || (tokens[k - 1].isPunctuation(",") && k > 1 && tokens[k - 2].quotationIndex != nil))
        if !afterQuotation, !lower.endsWithBytes("ed") && !lower.endsWithBytes("ing") && !Self.irregularCueForms.contains(lower),
           k + 1 < tokens.count, tokens[k + 1].isWord, !tokens[k + 1].isCapitalized,
           !tokens[k + 1].has(.function), !tokens[k + 1].has(.cue),
           !tokens[k + 1].has(.auxiliary), !tokens[k + 1].lower.endsWithBytes("ly") {
            return false
        }
        // A noun after a determiner (`the report`, `a post`) is not a cue verb.
        // `Amnesty's new report`: a base form after a possessive (or a possessive and a modifier)
        // is a noun.
        if token.has(.speechNoun) && k > 0 && tokens[k - 1].isWord &&
           (tokens[k - 1].isPossessive || (k > 1 && tokens[k - 2].isWord && tokens[k - 2].isPossessive && !tokens[k - 1].isCapitalized)) {
            return false
        }
        // `in a Facebook post`: a base form after a determiner and a name is a noun.
        if k > 1, token.has(.speechNoun), tokens[k - 1].isWord, tokens[k - 1].isCapitalized,
           tokens[k - 2].isWord, ["a", "an", "the", "his", "her", "its", "their"].contains(tokens[k - 2].lower) { return false }
        // `said in a statement posted on its website`: a past participle between a speech noun
        // and a preposition describes the statement (`the statement added` is a cue).
        if lower.endsWithBytes("ed"), k > 1, tokens[k - 1].isWord, tokens[k - 1].has(.speechNoun), !tokens[k - 1].isCapitalized,
           tokens[k - 2].isWord, tokens[k - 2].has(.determiner), k + 1 < tokens.count, tokens[k + 1].has(.preposition) { return false }
        // `an old saying`
        if lower == "saying", k >= 2, ["a", "an"].contains(tokens[k - 2].lower), tokens[k - 1].isWord, !tokens[k - 1].isCapitalized { return false }
        // `Another added`, `one said`: those two stand for a person before a past-tense verb.
        if k > 0, tokens[k - 1].isWord, tokens[k - 1].has(.determiner), !["chants", "cries", "shouts"].contains(token.lower),
           !(["another", "one"].contains(tokens[k - 1].lower) && (lower.endsWithBytes("ed") || ["said", "told", "wrote"].contains(lower))) { return false }
        return true
    }

    /// Cue forms that are neither a base form nor end in `-ed` or `-ing`: the irregular pasts and
    /// the commonest third persons, never a noun before a noun.
    private static let irregularCueForms: Set<String> = ["said", "told", "wrote", "read", "says", "tells", "adds", "writes"]

    /// Cues that report words only as what their object is called (`rejected the budget as "…"`).
    private static let asQuotationCues: Set<String> = ["rejects", "rejected"]

    /// Cues of a manner that is no speech on its own (`laughed`): cues only right beside a quotation.
    private static let besideQuotationCues: Set<String> = ["laughs", "laughed"]

    /// `has been branded`, `was described`: the speaker is the `by` phrase, if any.
    private func isPassive(_ tokens: [QuoteToken], _ v: Int) -> Bool {
        guard tokens[v].lower.endsWithBytes("ed") || ["told", "said", "read", "written", "spoken"].contains(tokens[v].lower) else { return false }
        var k = v - 1
        var steps = 0
        while k >= 0 && steps < 3 {
            let token = tokens[k]
            guard token.isWord else { return false }
            if ["is", "are", "was", "were", "been", "being", "be"].contains(token.lower) { return true }
            // (`is often called`: the adverbs a speaker's cue may carry stand in a passive too.)
            if !(token.lower.endsWithBytes("ly") || token.has(.auxiliary)) { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// The cue as reported: the verb, with the audience of `told` (`told AFP`, `told the crowd`)
    /// and a setting such as `in a statement`.
    private func cueText(_ tokens: [QuoteToken], _ v: Int) -> String {
        var end = v + 1
        let verb = tokens[v].lower
        if ["told", "tell", "tells", "telling"].contains(verb) {
            var k = v + 1
            while k < tokens.count && k < v + 4 {
                let token = tokens[k]
                guard token.isWord, !token.has(.preposition), !token.has(.clauseOpener),
                      !["her", "him", "them", "me", "us", "you", "more", "than"].contains(token.lower) || k > v + 1 else { break }
                if ["her", "him", "them", "me", "us"].contains(token.lower) { end = k + 1; break }
                if pronounCandidate(token) != nil { break }
                end = k + 1
                if !token.has(.determiner) { if !(k + 1 < tokens.count && tokens[k + 1].isWord && tokens[k + 1].isCapitalized && token.isCapitalized) { break } }
                k += 1
            }
        }
        if end + 2 < tokens.count, tokens[end].lowerIs("in"), ["a", "an", "the"].contains(tokens[end + 1].lower),
           tokens[end + 2].has(.speechNoun) {
            end += 3
        }
        return phraseText(tokens, v..<end)
    }

    /// The end of an `according to` phrase starting at `k`, if one does.
    private func accordingPhrase(at k: Int, in tokens: [QuoteToken]) -> Int? {
        for phrase in lexicon.accordingPhrases where !phrase.isEmpty && k + phrase.count <= tokens.count {
            var matches = true
            for (offset, word) in phrase.enumerated() where !tokens[k + offset].isWord || !tokens[k + offset].lowerIs(word) {
                matches = false
                break
            }
            if matches { return k + phrase.count }
        }
        return nil
    }

    private func phraseText(_ tokens: [QuoteToken], _ range: Range<Int>) -> String {
        ScalarClass.string(text, tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    private func isAuxiliary(_ token: QuoteToken) -> Bool {
        token.isWord && !token.isCapitalized && (token.has(.auxiliary) || (token.lower.endsWithBytes("ly") && token.lower.count > 4))
    }

    /// ``isAuxiliary(_:)`` read in place: a word in -ly after a determiner is a noun (`a lawyer
    /// for the family said`, `the assembly has said`), which ends the speaker rather than
    /// standing between it and the cue.
    private func isAuxiliary(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        guard isAuxiliary(tokens[k]) else { return false }
        return tokens[k].has(.auxiliary) || k == 0 || !tokens[k - 1].has(.determiner)
    }

    private func isDeterminer(_ lower: String) -> Bool {
        ["the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "one", "another"].contains(lower)
    }

    /// The quotation's last scalar that is not a space, read through the closing mark of a
    /// quotation nested at its end (`… ‘Then let him be a hero at home.’`).
    private func lastContentScalar(_ span: QuotationSpan) -> Unicode.Scalar? {
        var k = span.contentEnd - 1
        while k >= span.contentStart {
            let s = text[k]
            if !ScalarClass.isSpace(s) && !(k > span.contentStart && (s == "’" || s == "'" || s == "”")) { return s }
            k -= 1
        }
        return nil
    }
}

fileprivate extension String {
    /// The string without trailing periods (`mr.` → `mr`).
    var trimmingDots: String {
        var result = self
        while result.hasSuffix(".") { result.removeLast() }
        return result
    }
}
