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

    /// Whether the tokens from `k` are a clock time opening the sentence: a number, a colon
    /// and a number, written together (`16:20`).
    func isClockTime(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        guard tokens[k].isWord, tokens[k + 1].isPunctuation(":"), tokens[k + 2].isWord,
              tokens[k].end == tokens[k + 1].start, tokens[k + 1].end == tokens[k + 2].start else { return false }
        return tokens[k].lower.utf8.allSatisfy(Self.isDigitByte) && tokens[k + 2].lower.utf8.allSatisfy(Self.isDigitByte)
    }

    /// Whether a UTF-8 byte is an ASCII digit (in a stamp's words and a clock time's numbers).
    private static func isDigitByte(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
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
            // (`10.15am: Rosario Villanueva, head of …, has just finished a briefing.`: a time of
            // day in `am` or `pm` closed by a colon and a space is a stamp too.)
            if token.isPunctuation(":"), sawDigit, k > sentence.lowerBound, k + 1 < min(limit, sentence.upperBound), tokens[k].end < tokens[k + 1].start,
               tokens[k - 1].isWord, tokens[k - 1].lower.endsWithBytes("am") || tokens[k - 1].lower.endsWithBytes("pm") {
                return k + 1
            }
            if token.isPunctuation(".") || token.isPunctuation(":") { continue }
            guard token.isWord else { return sentence.lowerBound }
            let hasDigit = token.lower.utf8.contains(where: Self.isDigitByte)
            // `16:20 Zelensky: "…"`: a clock time (two numbers joined by a colon) before a
            // capitalized word is a stamp without its dash.
            if !hasDigit, token.isCapitalized, k >= sentence.lowerBound + 3, isClockTime(tokens, k - 3) { return k }
            guard hasDigit || token.lowerIs("am") || token.lowerIs("pm") || token.lowerIs("a.m") || token.lowerIs("p.m") else { return sentence.lowerBound }
            sawDigit = sawDigit || hasDigit
        }
        return sentence.lowerBound
    }
}
