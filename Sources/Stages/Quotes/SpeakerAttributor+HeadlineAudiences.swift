// A court report's headline says who heard the words, not who said them: `Builder 'took
// deposits…', jury told`, `Witness tells jury she saw him 'pushed down the stairs'`. The headline
// drops the speaker (or gives a bare description of them) and the copy names the one who told
// that audience, in the same verb: `Ms Whitcombe told jurors`, `A barmaid told a jury that …`.

extension SpeakerAttributor {
    /// Gives a headline quotation the body's first speaker who `told` the audience the headline
    /// names, when the headline ends in a passive `jury told` and found nobody, or opens with a
    /// bare description that `tells` that audience (`Witness tells court`) and found only it.
    func attributeHeadlineAudiences() {
        guard let h = headline, !quotationsByLine[h].isEmpty else { return }
        let p = paragraph(h)
        guard let (audience, subjectEnd) = headlineAudience(p) else { return }
        let subjectLimit = subjectEnd.map { p.tokens[$0].start }
        for (index, _) in quotationsByLine[h] {
            let current = results[index]?.speaker
            if let subjectLimit {
                guard let current, current.end <= subjectLimit,
                      current.kind != .person || isCommonNounInBody(p.tokens[0], after: h) else { continue }
            } else if current != nil {
                continue
            }
            guard let teller = bodySpeaker(whoTold: audience, after: h) else { return }
            results[index] = Attribution(speaker: teller, cue: "told", sieve: "headline-audience")
        }
    }

    /// Whether the headline's first word, capitalized by its place, is written in lower case
    /// in the copy (`Witness tells jury …`, then `the witness replied`): a common noun, not a name.
    private func isCommonNounInBody(_ word: QuoteToken, after h: Int) -> Bool {
        followingParagraphs(after: h, count: 12).contains { l in
            paragraph(l).tokens.contains(where: { $0.isWord && !$0.isCapitalized && $0.lower == word.lower })
        }
    }

    /// The audience word of `X, jury told` (subject end nil), or of `Witness tells court` with
    /// the token index of `tells` as the end of the bare subject (one or two words, no article).
    private func headlineAudience(_ p: TokenizedParagraph) -> (String, Int?)? {
        let tokens = p.tokens
        if headlineEndsInPassiveTold(p), let last = tokens.lastIndex(where: { $0.isWord }), last > 0 {
            let audience = tokens[last - 1]
            guard audience.isWord, !audience.isCapitalized, !audience.has(.function), !audience.has(.determiner) else { return nil }
            return (audience.lower, nil)
        }
        guard let verb = tokens.prefix(3).firstIndex(where: { $0.lowerIs("tells") || $0.lowerIs("tell") }), verb > 0,
              verb + 1 < tokens.count, tokens[0].isCapitalized,
              tokens[..<verb].allSatisfy({ $0.isWord && !$0.has(.determiner) && !$0.has(.function) }) else { return nil }
        let audience = tokens[verb + 1]
        guard audience.isWord, !audience.isCapitalized, !audience.has(.function), !audience.has(.determiner) else { return nil }
        return (audience.lower, verb)
    }

    /// The person in the first paragraphs after the headline who `told` (`the`/`a`) a word of
    /// the audience's stem (`jury`, `jurors`), or a name ending in one: a name, a title and surname made whole, or a
    /// lead's `a`/`an` description the copy names next. Nil when the first such teller is none
    /// of these (a pronoun, an age after a comma): the rule then guesses nothing.
    private func bodySpeaker(whoTold audience: String, after h: Int) -> SpeakerCandidate? {
        for l in followingParagraphs(after: h, count: 6) {
            let p = paragraph(l)
            let tokens = p.tokens
            for k in tokens.indices.dropFirst() where tokens[k].lowerIs("told") {
                var j = k + 1
                if j < tokens.count, tokens[j].has(.determiner) { j += 1 }
                // The audience or a name ending in it: `told jurors`, `told the Circuit Criminal Court`.
                var reached = false
                while j < min(tokens.count, k + 6), tokens[j].isWord, !reached {
                    reached = Self.sharesStem(tokens[j].lower, audience)
                    j += 1
                }
                guard reached else { continue }
                // The subject: the words right before `told`, back to a mark.
                var s = k
                while s > 0, k - s < 6, tokens[s - 1].isWord { s -= 1 }
                guard s < k, let subject = speakerOfRegion(p, s..<k, subjectPosition: true) else { return nil }
                let named = subject.kind == .person ? (fullName(of: subject) ?? subject) : namedAfterLead(subject)
                guard let named, named.kind == .person else { return nil }
                return named
            }
        }
        return nil
    }

    /// Whether two lower-case words share a stem: all but the last letter of the shorter, and
    /// at least three letters, at most four (`jury`, `jurors`; `court`, `courts`; not `council`).
    static func sharesStem(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        let needed = min(4, min(x.count, y.count) - 1)
        guard needed >= 3 else { return false }
        return x.prefix(needed) == y.prefix(needed)
    }
}
