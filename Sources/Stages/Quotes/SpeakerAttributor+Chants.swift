// Chants, slogans and refrains: a crowd's words are introduced by the chant noun, not a cue verb
// (`the crowd took up the chant: "…"`), so they need a reading of their own.

extension SpeakerAttributor {
    /// Nouns of a crowd's voice (`took up the chant:`, `broke into a new chant:`, `raised the cry:`).
    private static let chantNouns: Set<String> = ["chant", "chants", "chorus", "cry", "cries", "refrain", "shout", "shouts", "slogan", "slogans"]

    /// The possessive determiners that name a chant's owner (`their chants of`): the third
    /// person's only, a set of its own beside the cues' `possessiveDeterminers`, which holds `our`,
    /// `my` and `your` too.
    private static let chantOwnerDeterminers: Set<String> = ["their", "its", "his", "her"]

    /// `The crowd behind him took up the chant:`, `the protesters … before breaking into a new
    /// chant:`: a clause that ends in a noun of a crowd's voice gives the words to its subject,
    /// but only to a group of many (a plural or a collective noun, `the crowd`), the head kept
    /// without what follows it (`The crowd behind him` is `The crowd`). One person, or a
    /// subject that is no group, gets nothing from this: `The minister's reply was a cry:`.
    ///
    /// The chant noun is asked first: most colon clauses end in none, and reading the subject
    /// (``sentenceSubjects(_:_:)``) costs a walk over the clause's names and phrases.
    func chantIntroduction(_ para: TokenizedParagraph, _ clause: Range<Int>) -> SpeakerCandidate? {
        let tokens = para.tokens
        guard let last = clause.last, tokens[last].isWord, Self.chantNouns.contains(tokens[last].lower),
              let subject = sentenceSubjects(para, clause).first, subject.kind == .group,
              let first = clause.first(where: { tokens[$0].start == subject.start }) else { return nil }
        // The subject's head: the last word before a preposition or other function word.
        var head = first
        while head + 1 < clause.upperBound, tokens[head + 1].isWord, tokens[head + 1].end <= subject.end,
              !tokens[head + 1].has(.preposition) && !tokens[head + 1].has(.function) ||
                // (`Hundreds of students`: a noun of number runs on through its `of`.)
                tokens[head + 1].lowerIs("of") && tokens[head].has(.quantityNoun) { head += 1 }
        let noun = tokens[head].lower
        guard subject.plural || lexicon.collectiveNouns.contains(noun) else { return nil }
        return SpeakerCandidate(text: ScalarClass.string(text, subject.start..<tokens[head].end), start: subject.start, end: tokens[head].end,
                                kind: .group, plural: true)
    }

    /// `Opposition members trooped into the well raising slogans of "…"`, `The crowd answered
    /// with the party's slogan, "…"`: a quotation right after a noun of a crowd's voice and `of`
    /// (or a comma) is the chant of the clause's subject, when that subject is a group of many
    /// (``chantIntroduction(_:_:)`` reads it). One person's clause (`He was greeted with a
    /// chant of "…"`) gives nobody: the chanters are not named there.
    ///
    /// The word before the quotation is asked first: almost no quotation follows `of` or a comma
    /// after a chant noun.
    func chantNounPhrase(_ para: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = para.tokens
        guard t >= sentence.lowerBound + 2, tokens[t - 1].lowerIs("of") || tokens[t - 1].isPunctuation(","),
              tokens[t - 2].isWord, Self.chantNouns.contains(tokens[t - 2].lower) else { return nil }
        // (`the home fans' chants of "…"`, `their chants of`: an owner names the chanters; other
        // readings find it.)
        var n = t - 3
        while n > sentence.lowerBound, tokens[n].isWord, !tokens[n].isPossessive, !tokens[n].has(.determiner) { n -= 1 }
        if n >= sentence.lowerBound, tokens[n].isPossessive || Self.chantOwnerDeterminers.contains(tokens[n].lower) { return nil }
        // (`Chants of "…" rang around the ground`: the chant noun is no chanter.)
        guard let chanters = chantIntroduction(para, sentence.lowerBound..<(t - 1)), chanters.end <= tokens[t - 2].start,
              let after = tokens[sentence].firstIndex(where: { $0.start >= chanters.end }) else { return nil }
        // (`Two late goals settled it, as chants of "…" rang out`: a clause of its own between the
        // subject and the chant noun has other chanters, not named.)
        if after < t - 2, (after..<(t - 2)).contains(where: { tokens[$0].isWord && tokens[$0].has(.clauseOpener) && !tokens[$0].lowerIs("and") && !tokens[$0].lowerIs("or") }) {
            return nil
        }
        return chanters
    }

    /// `…, and at the final whistle chants of "…" rang around the ground`, `as the result was read
    /// out, chants of "…" could be heard`: a chant noun and `of` opening a clause of their own, with
    /// no owner and no `from` or `by` after the quotation, leave the chanters unnamed. Whoever
    /// the sentence or the paragraph named before is no chanter of these words.
    ///
    /// Asked before ``chantNounPhrase(_:_:_:)``, which would otherwise take the subject of the
    /// clause before `and`; the two words before the quotation are read first.
    func chantOpensClause(_ para: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>) -> Bool {
        let tokens = para.tokens
        guard t >= sentence.lowerBound + 2, tokens[t - 1].lowerIs("of"), tokens[t - 2].isWord,
              Self.chantNouns.contains(tokens[t - 2].lower) else { return false }
        // Back over up to two plain modifiers (`loud chants of`, `fresh cries of`), never a
        // participle (`, raising slogans of`: the clause's subject raised them).
        var n = t - 3
        while n >= sentence.lowerBound, n >= t - 4, tokens[n].isWord, !tokens[n].isCapitalized, !tokens[n].isPossessive,
              tokens[n].flags.isDisjoint(with: .notPlainModifier), !tokens[n].lower.endsWithBytes("ing") { n -= 1 }
        func joins(_ k: Int) -> Bool {
            k < sentence.lowerBound || tokens[k].isPunctuation(",") || tokens[k].isWord && Self.clauseJoiners.contains(tokens[k].lower)
        }
        // (`and at the final whistle chants of`: a phrase of time or place fronted in the clause,
        // a preposition and up to four words, may come between the joiner and the noun.)
        let fronted = stride(from: t - 3, through: max(sentence.lowerBound, t - 7), by: -1).first { k in
            tokens[k].isWord && tokens[k].has(.preposition) && joins(k - 1)
                && (k + 1..<(t - 2)).allSatisfy { tokens[$0].isWord && !tokens[$0].has(.cue) && !tokens[$0].isPossessive }
        }
        guard joins(n) || fronted != nil else { return false }
        if t + 1 < sentence.upperBound, tokens[t + 1].lowerIs("from") || tokens[t + 1].lowerIs("by") { return false }
        return true
    }

    /// `drew shouts of "…" from opposition MPs`, `cries of "…" from the government benches`: a
    /// chant noun and `of` before the quotation and `from` right after it name the ones who
    /// raised it, whoever the sentence's subject is (`His words drew`, the Speaker named later).
    /// Only a group of many is taken: a plural head (`protesters`, an initialism's plural, `MPs`),
    /// a collective noun (`the crowd`) or a parliament's `benches`; a place or one person after
    /// `from` (`from the back of the hall`, `from the stands`) gives nothing here.
    ///
    /// The two words before the quotation and the one after are asked first: almost no
    /// quotation sits between a chant noun's `of` and `from`.
    func chantFromPhrase(_ para: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = para.tokens
        guard t >= sentence.lowerBound + 2, t + 2 < sentence.upperBound, tokens[t - 1].lowerIs("of"), tokens[t - 2].isWord,
              Self.chantNouns.contains(tokens[t - 2].lower), tokens[t + 1].lowerIs("from") else { return nil }
        var k = t + 2
        let first = k
        if tokens[k].lowerIs("the") { k += 1 }
        // Up to three words of the phrase: modifiers and the head, up to a mark, `and`, or a
        // preposition (`from MPs on the opposition side`: the head is `MPs`).
        var head: Int? = nil
        while k < sentence.upperBound, k < first + 4, tokens[k].isWord, !tokens[k].has(.preposition), !tokens[k].has(.function),
              !tokens[k].has(.determiner), !tokens[k].has(.cue) || looksPlural(tokens[k]) {
            head = k
            k += 1
        }
        guard let head, isChantingGroup(tokens[head]) else { return nil }
        return SpeakerCandidate(text: ScalarClass.string(text, tokens[first].start..<tokens[head].end), start: tokens[first].start,
                                end: tokens[head].end, kind: .group, plural: true)
    }

    /// Whether the word heads a group that can chant: a plural that looks like one, an irregular
    /// plural (`people`), a collective noun, an initialism's plural (`MPs`, `TDs`, `MSPs`) or a
    /// parliament's `benches` (the members seated there).
    private func isChantingGroup(_ token: QuoteToken) -> Bool {
        if looksPlural(token) || token.has(.irregularPlural) || lexicon.collectiveNouns.contains(token.lower) || token.lowerIs("benches") { return true }
        let length = token.end - token.start
        guard length >= 3, length <= 5, token.lower.utf8.last == UInt8(ascii: "s") else { return false }
        return (token.start..<(token.end - 1)).allSatisfy { text[$0].properties.isUppercase }
    }

    /// Words after which a chant noun opens a clause of its own (`and chants of`, `as cries of`).
    private static let clauseJoiners: Set<String> = ["and", "but", "as", "while", "when", "until", "before", "after"]
}
