// Clauses joined by `, and` or `, but` that have a subject of their own (`Her remarks drew boos,
// and moderator Luis Ibarra appealed to the audience:`, `…, and Quiroga, unable to resist, takes
// the floor`): the sentence's first subject is not whom its last clause is about.

extension SpeakerAttributor {
    /// The subject of the last clause of `range` joined by `, and` or `, but`, when it has one of
    /// its own: a person's name (after role words) or a pronoun, then its verb, with an age or an
    /// aside set off by commas allowed between (`Quiroga, unable to resist, takes`). Nil when the
    /// words after the conjunction are no clause (`the nurses, the doctors, and the cleaners`)
    /// or its subject starts at or after `position`.
    ///
    /// The conjunction is looked for first: most clauses have none.
    func coordinatedClauseSubject(_ p: TokenizedParagraph, _ range: Range<Int>, before position: Int = .max) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard range.count > 4 else { return nil }
        // (`…, but Rakhimova is wary of what she calls "souvenir clay"`: for a pronoun inside the
        // sentence, the clause it stands in is the last one before it; a quotation after it
        // belongs to that clause.)
        var upper = range.upperBound
        while upper > range.lowerBound, tokens[upper - 1].start >= position { upper -= 1 }
        var c = upper - 3
        while c > range.lowerBound, !(tokens[c].isPunctuation(",") && tokens[c + 1].isWord && (tokens[c + 1].lowerIs("and") || tokens[c + 1].lowerIs("but"))) {
            if tokens[c].quotationIndex != nil { return nil }
            c -= 1
        }
        guard c > range.lowerBound else { return nil }
        let clause = (c + 2)..<upper
        guard let subject = sentenceSubjects(p, clause).first, subject.kind == .person || subject.kind == .pronoun,
              subject.start < position, tokens[clause.lowerBound].start <= subject.start,
              let last = clause.first(where: { tokens[$0].end == subject.end }),
              let verb = predicateStart(after: last, tokens, clause), opensFiniteVerb(tokens[verb]) else { return nil }
        return subject
    }

    /// The token after a subject ending at `last` where its predicate starts: right after it,
    /// or after an age or an aside of up to six lower-case words set off by commas (`, 79,`,
    /// `, unable to resist,`).
    private func predicateStart(after last: Int, _ tokens: [QuoteToken], _ clause: Range<Int>) -> Int? {
        let next = last + 1
        guard next < clause.upperBound else { return nil }
        guard tokens[next].isPunctuation(",") else { return next }
        var k = next + 1
        while k < min(clause.upperBound, next + 8), tokens[k].isWord, !tokens[k].isCapitalized || ScalarClass.isDigit(text[tokens[k].start]) { k += 1 }
        guard k > next + 1, k + 1 < clause.upperBound, tokens[k].isPunctuation(",") else { return nil }
        return k + 1
    }

    /// Whether `token` can open a finite predicate: a lower-case verb in the past, a present in
    /// -s, a finite auxiliary or a cue.
    private func opensFiniteVerb(_ token: QuoteToken) -> Bool {
        guard token.isWord, !token.isCapitalized, !token.has(.preposition), !token.has(.determiner) else { return false }
        return token.has(.irregularPast) || token.lower.endsWithBytes("ed") || Self.finiteVerbs.contains(token.lower) ||
            token.has(.cue) || looksLikeVerbInS(token)
    }

    /// `As the class ends, the music switches …, and Quiroga, unable to resist, takes the floor`:
    /// the person named as the subject of the sentence's last coordinated clause, for a pronoun
    /// after it when the sentence's own subject is no one it can stand for.
    func coordinatedPersonSubject(_ p: TokenizedParagraph, _ sentence: Range<Int>, before position: Int) -> SpeakerCandidate? {
        guard let subject = coordinatedClauseSubject(p, sentence, before: position), subject.kind == .person,
              isSpeakerShaped(subject), looksLikeName(subject) else { return nil }
        return withLearnedGender(subject)
    }
}
