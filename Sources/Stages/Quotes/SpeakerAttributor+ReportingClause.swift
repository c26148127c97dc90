extension SpeakerAttributor {
    /// `Net profit fell to 212 billion tenge, the company said in a statement, describing …`: a
    /// reporting clause after the statement it reports, set off by a comma, has the noun phrase
    /// after that comma as its subject, not the statement's own subject. Only a cue followed by
    /// an adjunct (`in a statement`, `on Thursday`) and then a comma or the sentence's end is
    /// read so; `The protesters, Smith said, were …` is the parenthetical sieve's.
    func trailingReportingSubject(_ p: TokenizedParagraph, cue v: Int, region: Range<Int>, sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard v + 1 < sentence.upperBound, tokens[v + 1].isWord, tokens[v + 1].has(.preposition) else { return nil }
        var k = v + 2
        while k < sentence.upperBound && k <= v + 6 && tokens[k].isWord && !tokens[k].has(.cue) { k += 1 }
        guard k == sentence.upperBound || tokens[k].isPunctuation(",") || tokens[k].isPunctuation(".") else { return nil }
        guard let comma = region.last(where: { tokens[$0].isPunctuation(",") }), comma - region.lowerBound >= 3,
              comma + 1 < region.upperBound, !tokens[region.upperBound - 1].isPunctuation(",") else { return nil }
        return speakerOfRegion(p, (comma + 1)..<region.upperBound, subjectPosition: true)
    }
}
