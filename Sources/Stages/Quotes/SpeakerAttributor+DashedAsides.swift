// A quotation broken by an aside between dashes that tells what the speaker did
// (`"…my coach was doing this" — she mimed a man eating a sandwich — "and I thought, …"`): the
// two parts are one utterance, the aside no one's words.

extension SpeakerAttributor {
    /// The speaker of a quotation that meets an aside set off by dashes (at most fifteen words,
    /// no quotation in it) with another quotation on its other side, in one sentence: the person
    /// a `he` or `she` opening the aside stands for; else, for the part after the aside, whoever
    /// said the part before it, and for the part before, when it opens its sentence, whoever the
    /// sentence before quoted or was about. Nil for any other shape.
    func dashedAsideSpeaker(_ index: Int, _ p: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        func isDash(_ k: Int) -> Bool { k >= 0 && k < tokens.count && (tokens[k].isPunctuation("—") || tokens[k].isPunctuation("–")) }
        // The aside's dashes and the quotation on its other side.
        let aside: Range<Int>
        let other: Int
        if isDash(t + 1), let close = ((t + 2)..<min(sentence.upperBound, t + 18)).first(where: { !tokens[$0].isWord }),
           isDash(close), close > t + 2, close + 1 < sentence.upperBound, tokens[close + 1].quotationIndex != nil {
            (aside, other) = ((t + 2)..<close, close + 1)
        } else if isDash(t - 1), let open = stride(from: t - 2, through: max(sentence.lowerBound, t - 18), by: -1).first(where: { !tokens[$0].isWord }),
                  isDash(open), open < t - 2, open - 1 >= sentence.lowerBound, tokens[open - 1].quotationIndex != nil {
            (aside, other) = ((open + 1)..<(t - 1), open - 1)
        } else {
            return nil
        }
        // (`— and this is the point —`: an aside of the speaker's own has no subject of its own.)
        if let pronoun = pronounCandidate(tokens[aside.lowerBound]), pronoun.isHeOrShe, aside.count >= 2, !isCue(tokens, aside.lowerBound + 1) {
            return resolvePronounTeachingSex(pronoun, line: quotations[index].line, before: tokens[aside.lowerBound].start)
        }
        if other < t {
            guard let q = tokens[other].quotationIndex, q < index else { return nil }
            return results[q]?.speaker
        }
        // The part before the aside, opening its sentence: whoever the sentence before it, in
        // its paragraph, quoted or was about (`Coach X laughed. "…" — a long pause — "…"`).
        guard t == sentence.lowerBound, let previous = p.sentences.last(where: { $0.upperBound <= t && !$0.isEmpty }) else { return nil }
        if let k = previous.last(where: { tokens[$0].quotationIndex != nil }), let q = tokens[k].quotationIndex, let speaker = results[q]?.speaker {
            return speaker
        }
        guard !previous.contains(where: { tokens[$0].quotationIndex != nil }), let subject = sentenceSubjects(p, previous).first,
              subject.kind == .person, looksLikeName(subject), isSpeakerShaped(subject) else { return nil }
        return subject
    }
}
