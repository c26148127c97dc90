extension SpeakerAttributor {
    /// `The reply from the Kremlin was swift:`, `The response of the ministry was blunt:`: a clause
    /// before a colon that says of someone's words (a speech noun, or a cue's noun such as `reply`
    /// or `answer`, after `the`) that they were so, with no verb of its own, introduces the words
    /// of whoever the phrase after `from`/`of`/`by` names. Only a copula and plain words may follow
    /// the phrase (`The reply from the Kremlin came after a week:` is a narrative sentence, not a
    /// frame), and the phrase must name someone (`The answer from the polls was clear:` names none).
    func speechNounFromColonSpeaker(_ p: TokenizedParagraph, _ clause: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard clause.count >= 6, clause.allSatisfy({ tokens[$0].isWord }),
              tokens[clause.lowerBound].lowerIs("the") else { return nil }
        let noun = clause.lowerBound + 1
        guard !tokens[noun].isCapitalized, tokens[noun].has(.speechNoun) || tokens[noun].has(.cue),
              ["from", "of", "by"].contains(tokens[noun + 1].lower) else { return nil }
        // The copula after the phrase, then one or two plain words up to the colon.
        guard let copula = (noun + 3..<clause.upperBound).first(where: { ["was", "were", "is", "are"].contains(tokens[$0].lower) }),
              copula + 1 < clause.upperBound, clause.upperBound - copula <= 3,
              (copula + 1..<clause.upperBound).allSatisfy({ !tokens[$0].isCapitalized && !tokens[$0].has(.function) &&
                  !tokens[$0].has(.auxiliary) && !isCue(tokens, $0) }) else { return nil }
        guard let speaker = speakerOfRegion(p, noun + 2..<copula) else { return nil }
        switch speaker.kind {
        case .person, .organisation, .title: return speaker
        // A common noun only for a body or a person (`the ministry`, `his lawyer`), not `the polls`.
        case .group:
            let head = lastWord(of: speaker.text)
            return isOrganisationNoun(head) || lexicon.titles.contains(head) || speaker.gender != .unknown ? speaker : nil
        case .pronoun: return nil
        }
    }
}
