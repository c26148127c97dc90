// Speaker labels before a colon, as headlines, transcripts and live blogs print them, including
// the time stamp that opens a live blog's entry (`3.47pm — Cathcart: "…"`).

extension SpeakerAttributor {
    /// `Jeenbekov: "I will not resign."`: a name and a colon opening the sentence, as in
    /// headlines and interview transcripts.
    func colonLabel(_ p: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard t >= 2, t - 1 > sentence.lowerBound || t - 1 == sentence.lowerBound, tokens[t - 1].isPunctuation(":") else { return nil }
        let opening = liveBlogStampEnd(tokens, sentence, before: t - 1)
        let runs = nameRuns(tokens, opening..<(t - 1))
        guard let run = runs.first, run.lowerBound == opening, run.upperBound == t - 1 else { return nil }
        // `Q: "…"`: an interview's question and answer labels name nobody.
        if run.count == 1 && tokens[run.lowerBound].end - tokens[run.lowerBound].start == 1 { return nil }
        return nameCandidate(tokens, run, gender: .unknown)
    }

    /// `3.47pm — Cathcart: "…"`: a live blog's entry opens with its time and a dash before the
    /// speaker's name and colon. The token after the dash when the sentence opens with such a
    /// stamp (words holding a digit, `am`/`pm`, `.` and `:` only, a digit among them), else the
    /// sentence's first token: a dash after words (`Minister — "…"`) is no stamp.
    func liveBlogStampEnd(_ tokens: [QuoteToken], _ sentence: Range<Int>, before limit: Int) -> Int {
        var sawDigit = false
        for k in sentence.lowerBound..<min(limit, sentence.upperBound) {
            let token = tokens[k]
            if token.isPunctuation("—") || token.isPunctuation("–") || token.isPunctuation("-") {
                return sawDigit && k > sentence.lowerBound ? k + 1 : sentence.lowerBound
            }
            if token.isPunctuation(".") || token.isPunctuation(":") { continue }
            guard token.isWord else { return sentence.lowerBound }
            let hasDigit = token.lower.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            guard hasDigit || token.lowerIs("am") || token.lowerIs("pm") || token.lowerIs("a.m") || token.lowerIs("p.m") else { return sentence.lowerBound }
            sawDigit = sawDigit || hasDigit
        }
        return sentence.lowerBound
    }
}
