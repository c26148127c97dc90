// A few quoted words inside the object of a verb of judging or describing (`praised his side's
// 'ruthless' finishing`, `warned of "high flood risk"`, `thanked him for "his honesty"`): the
// words are the judgement of the one who judges, the verb's subject, even where they would
// otherwise read as a label between a determiner and a noun.

extension SpeakerAttributor {
    /// The subject of a verb of judging, describing, warning, praising or criticising whose
    /// object phrase holds the short quotation at `t`, the verb at most a few words before it
    /// with no punctuation, cue or clause between. Nil for a passive (`was accused of "…"`: the
    /// accuser is not the subject) and for the naming verbs that give titles and nicknames.
    func judgingVerbSubject(_ p: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>, _ span: QuotationSpan) -> SpeakerCandidate? {
        // (A headline's clipped grammar, `Armenia, Azerbaijan hail 'historic' step`, has no
        // clause to read; the repeated-quotation pass gives its words.)
        guard span.line != headline else { return nil }
        let tokens = p.tokens
        // (A cheap test first: the verb is a word at most six before, nothing but words between.)
        var v = t - 1
        let floor = max(sentence.lowerBound, t - 6)
        while v >= floor, tokens[v].isWord, !Self.judgingVerbs.contains(tokens[v].lower), !isWhatOneCalls(tokens, v, floor) {
            // (`described the move as "…"`: `as` opens the description, no clause.)
            if tokens[v].lowerIs("as") { v -= 1; continue }
            // (`said the move was "…"`, `warned that a "…"`: a clause of its own between, its
            // words no object of the verb's.)
            if tokens[v].has(.cue) || tokens[v].has(.clauseOpener) || tokens[v].has(.auxiliary) || Self.objectBreaks.contains(tokens[v].lower) { return nil }
            v -= 1
        }
        guard v >= floor, tokens[v].isWord else { return nil }
        let whatOneCalls = isWhatOneCalls(tokens, v, floor)
        guard whatOneCalls || Self.judgingVerbs.contains(tokens[v].lower), !isPassive(tokens, v) else { return nil }
        var words = 1
        for k in span.contentStart..<span.contentEnd where text[k] == " " { words += 1 }
        // (`praised its "Heart in Your Pocket" campaign`: a title stays nobody's.)
        guard words <= 6, !isTitle(span) else { return nil }
        // `what it called 'brutal' price pressure`, `what the company described as a "…"`: the
        // words between `what` and the verb.
        if whatOneCalls, let what = whatBefore(tokens, v, floor: max(sentence.lowerBound, v - 6)) {
            // (`what one executive recently called`: the verb's adverb is no part of the subject.)
            var end = v
            while end > what + 2, tokens[end - 1].lower.endsWithBytes("ly") { end -= 1 }
            return speakerOfRegion(p, (what + 1)..<end).flatMap { isSpeakerShaped($0) ? $0 : nil }
        }
        // A participle's subject: the phrase after `with` right before it (`with NHS leaders
        // warning of "…"`). Else a noun right before it (`a video thanking the "…"`) is no
        // speaker, and one after a comma (`X went further, describing the plan as "…"`) is left
        // to the cue sieves, which read its clause.
        if tokens[v].lower.endsWithBytes("ing") {
            guard v - 1 >= sentence.lowerBound, tokens[v - 1].isWord,
                  let with = stride(from: v - 2, through: max(sentence.lowerBound, v - 5), by: -1).first(where: { tokens[$0].isWord && tokens[$0].lowerIs("with") }),
                  let doer = speakerOfRegion(p, (with + 1)..<v), isSpeakerShaped(doer) else { return nil }
            return doer
        }
        // (`described the experiments as '…' but warned against '…'`: a second verb of the same
        // subject, whose clause opens at the first.)
        var verb = v
        if v - 1 > sentence.lowerBound, tokens[v - 1].isWord, tokens[v - 1].lowerIs("but") || tokens[v - 1].lowerIs("and"),
           let first = stride(from: v - 2, through: max(sentence.lowerBound, v - 20), by: -1).first(where: { tokens[$0].isWord && (Self.judgingVerbs.contains(tokens[$0].lower) || isCue(tokens, $0)) }) {
            verb = first
        }
        if verb == v, let judge = reducedRelativeJudge(p, v, sentence) { return judge }
        guard let subject = subject(of: verb, in: p, sentence: sentence), isSpeakerShaped(subject) else { return nil }
        return subject
    }

    /// `a die-off the regional fisheries agency later attributed to "…"`: a noun phrase opening
    /// with a determiner right after another noun, then the verb, is a relative clause without
    /// `that`, and its own subject judges (not the sentence's).
    private func reducedRelativeJudge(_ p: TokenizedParagraph, _ v: Int, _ sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        var end = v
        while end - 1 > sentence.lowerBound, tokens[end - 1].isWord,
              tokens[end - 1].lower.endsWithBytes("ly") || Self.verbAdverbs.contains(tokens[end - 1].lower) { end -= 1 }
        var d = end - 1
        while d > sentence.lowerBound, d >= end - 6, tokens[d].isWord, !Self.relativeDeterminers.contains(tokens[d].lower) {
            if tokens[d].has(.cue) || tokens[d].has(.function) || tokens[d].has(.preposition) { return nil }
            d -= 1
        }
        guard d > sentence.lowerBound, d < end - 1, tokens[d].isWord, Self.relativeDeterminers.contains(tokens[d].lower) else { return nil }
        let before = tokens[d - 1]
        // (`a die-off the …`: a compound's last part may be a particle.)
        let compound = d >= 3 && tokens[d - 2].isPunctuation("-")
        guard before.isWord, !before.isCapitalized, compound || !before.has(.function) && !before.has(.preposition), !before.has(.cue), !before.has(.auxiliary) else { return nil }
        return speakerOfRegion(p, d..<end).flatMap { isSpeakerShaped($0) ? $0 : nil }
    }

    private static let relativeDeterminers: Set<String> = ["the", "a", "an"]

    /// Adverbs of time that stand between a subject and its verb (`the agency later attributed`).
    private static let verbAdverbs: Set<String> = ["later", "then", "also", "once", "now", "first", "since"]

    /// `what it called`, `what the ministry describes as`: a naming verb after `what` and its
    /// subject of a few words.
    private func isWhatOneCalls(_ tokens: [QuoteToken], _ v: Int, _ floor: Int) -> Bool {
        Self.namingJudgements.contains(tokens[v].lower) && whatBefore(tokens, v, floor: max(0, v - 6)) != nil
    }

    /// The `what` opening the clause of the verb at `v`, with only words (at least one) between.
    private func whatBefore(_ tokens: [QuoteToken], _ v: Int, floor: Int) -> Int? {
        var k = v - 2
        while k >= floor, tokens[k].isWord {
            if tokens[k].lowerIs("what") { return k }
            k -= 1
        }
        return nil
    }

    /// Verbs of naming that are a judgement only in `what … called`.
    private static let namingJudgements: Set<String> = ["called", "calls", "termed", "terms", "dubbed", "dubs", "described", "describes"]

    /// Verbs whose object carries the subject's own judgement of a thing.
    private static let judgingVerbs: Set<String> = [
        "praised", "praises", "praising", "hailed", "hails", "hailing", "lauded", "lauds",
        "criticised", "criticized", "criticises", "criticizes", "criticising", "criticizing",
        "condemned", "condemns", "condemning", "denounced", "denounces", "slammed", "slams",
        "warned", "warns", "warning", "described", "describes", "describing",
        "thanked", "thanks", "thanking", "blamed", "blames", "blaming", "attributed", "attributes",
        "welcomed", "welcomes", "welcoming",
    ]

    /// Words that end a verb's object before a quotation: a new clause or a second verb's.
    private static let objectBreaks: Set<String> = ["that", "which", "who", "and", "but", "or", "because", "while", "when", "if", "after", "before"]
}
