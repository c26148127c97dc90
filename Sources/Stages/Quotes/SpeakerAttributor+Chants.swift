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
}
