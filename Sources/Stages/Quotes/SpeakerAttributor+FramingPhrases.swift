// A person named in a phrase that frames the sentence, not as its subject: `For Margaret Oduya,
// the closure came as no surprise.`, `According to Dr Suresh Menon, the hospital had run out of
// oxygen.` Features, sport and court reports alike make that person the one the next `she` or `he`
// stands for, though the sentence's grammatical subject is a thing.

extension SpeakerAttributor {
    /// The person named in a `For X,` or `According to X,` phrase opening the sentence (also with
    /// a role before the name, `According to prosecutor Helen Carter,`, or a description with the
    /// name in apposition, `According to the spokesman of the police, Mr Bala Musa,`). Only a
    /// person's name counts: `For Kenya,`, `According to police,` give nobody.
    func framingPhraseSubject(_ p: TokenizedParagraph, _ sentence: Range<Int>, before position: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        var k = openingToken(p, sentence)
        // (`According to Nino, she has rejected only one`: a pronoun inside the framed sentence is
        // someone the source speaks about; only a later sentence's pronoun is the source's.)
        guard k + 1 < sentence.upperBound, tokens[sentence.upperBound - 1].end <= position, tokens[k].isWord, tokens[k].isCapitalized else { return nil }
        if tokens[k].lowerIs("for") {
            k += 1
        } else if tokens[k].lowerIs("according"), tokens[k + 1].lowerIs("to") {
            k += 2
        } else {
            return nil
        }
        // The phrase ends at the first comma, within a few words.
        guard let comma = (k..<min(sentence.upperBound, k + 12)).first(where: { tokens[$0].isPunctuation(",") }),
              tokens[comma].start < position else { return nil }
        // A name ending at the comma, after at most a few lower-case role words. (`For Kenya,`,
        // `For South Africa,`: a name after `For` is as often a country or a club as a person; it
        // is taken for a person's only when the text gave it a sex, or `he`, `his`, `she` or `her`
        // stands in its sentence or opens the next.)
        if let name = framedName(tokens, k..<comma) {
            guard tokens[k - 1].lowerIs("for") else { return name }
            return name.gender != .unknown || personalPronounNear(name.start, name.end) || nextSentenceOpensWithPronoun(p, sentence) ? name : nil
        }
        // A lower-case description, then the name in apposition closed by a second comma.
        guard (k..<comma).allSatisfy({ tokens[$0].isWord && (!tokens[$0].isCapitalized || tokens[$0].has(.determiner)) }),
              let close = ((comma + 1)..<min(sentence.upperBound, comma + 6)).first(where: { tokens[$0].isPunctuation(",") }),
              tokens[close].start < position else { return nil }
        return framedName(tokens, (comma + 1)..<close)
    }

    /// Whether the sentence after `sentence` in its paragraph opens with `He` or `She`.
    private func nextSentenceOpensWithPronoun(_ p: TokenizedParagraph, _ sentence: Range<Int>) -> Bool {
        guard sentence.upperBound < p.tokens.count else { return false }
        let token = p.tokens[sentence.upperBound]
        return token.lowerIs("he") || token.lowerIs("she")
    }

    /// A person's name that ends `range`, with only lower-case role words before it.
    private func framedName(_ tokens: [QuoteToken], _ range: Range<Int>) -> SpeakerCandidate? {
        guard let n = range.first(where: { tokens[$0].runStart == Int32($0) }), Int(tokens[n].runEnd) == range.upperBound,
              range[range.lowerBound..<n].allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].has(.function) }),
              let name = nameCandidate(tokens, n..<range.upperBound, gender: .unknown), name.kind == .person, isSpeakerShaped(name),
              looksLikeName(name) else { return nil }
        return withLearnedGender(name)
    }
}

extension SpeakerAttributor {
    /// The person named in the sentence's framing phrase when `description`, the subject found
    /// for `pronoun`, is only that name's apposition (`According to Aigerim Tulegenova, an energy
    /// analyst at …, the problem is older than the ministry admits. "…," she said`): the
    /// description right after the framed name's comma is the name's, not someone new.
    func framedName(over description: SpeakerCandidate, _ pronoun: SpeakerCandidate, _ p: TokenizedParagraph, _ sentence: Range<Int>,
                    before position: Int) -> SpeakerCandidate? {
        guard description.kind != .person, pronoun.isHeOrShe, let framed = framingPhraseSubject(p, sentence, before: position),
              fits(framed, pronoun), framed.end <= description.start,
              let comma = sentence.first(where: { p.tokens[$0].start >= framed.end }),
              p.tokens[comma].isPunctuation(","), comma + 1 < sentence.upperBound else { return nil }
        return p.tokens[comma + 1].start == description.start ? framed : nil
    }
}
