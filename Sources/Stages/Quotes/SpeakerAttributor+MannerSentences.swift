// A short sentence of manner, its subject `he` or `she`, right before a quotation that fills its
// own sentence: `She shrugs that off. "I would rather be right than fast."`, `She waves away the
// criticism. "Come and see …"`. Profiles, sport and court copy alike set the speaker's gesture
// before the words; the pronoun's person speaks them.

extension SpeakerAttributor {
    /// The person `He`/`She` stands for when `sentence` opens with the pronoun and a lower-case
    /// word, runs eight words at most, names nobody and holds no quotation (`She waited while the
    /// clerk read out the verdict to a silent court.`: a longer sentence brings in others who may
    /// speak next). Only a person counts.
    func mannerSentencePerson(_ p: TokenizedParagraph, _ sentence: Range<Int>, line: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        let first = openingToken(p, sentence)
        guard first + 1 < sentence.upperBound, tokens[first].isWord, tokens[first].lowerIs("he") || tokens[first].lowerIs("she"),
              tokens[first + 1].isWord, !tokens[first + 1].isCapitalized else { return nil }
        var words = 0
        for k in first..<sentence.upperBound {
            let token = tokens[k]
            if token.quotationIndex != nil { return nil }
            guard token.isWord else { continue }
            words += 1
            if words > 8 || (k > first && token.isCapitalized) { return nil }
        }
        let pronoun = SpeakerCandidate(text: tokens[first].lower, start: tokens[first].start, end: tokens[first].end, kind: .pronoun,
                                       gender: tokens[first].lowerIs("she") ? .female : .male)
        guard let person = resolvePronounTeachingSex(pronoun, line: line, before: tokens[first].start), person.kind == .person else { return nil }
        return person
    }
}
