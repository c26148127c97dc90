// Chants, slogans and refrains: a crowd's words are introduced by the chant noun, not a cue verb
// (`the crowd took up the chant: "…"`), so they need a reading of their own.

extension SpeakerAttributor {
    /// Nouns of a crowd's voice (`took up the chant:`, `broke into a new chant:`, `raised the cry:`).
    private static let chantNouns: Set<String> = ["chant", "chants", "chorus", "cry", "cries", "refrain", "shout", "shouts", "slogan", "slogans"]

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
              !tokens[head + 1].has(.preposition), !tokens[head + 1].has(.function) { head += 1 }
        let noun = tokens[head].lower
        guard subject.plural || lexicon.collectiveNouns.contains(noun) else { return nil }
        return SpeakerCandidate(text: ScalarClass.string(text, subject.start..<tokens[head].end), start: subject.start, end: tokens[head].end,
                                kind: .group, plural: true)
    }
}
