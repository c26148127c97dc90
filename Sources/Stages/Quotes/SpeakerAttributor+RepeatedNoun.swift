// A speaker described first and named only after the quotation: `"…," said the driver of the lead
// truck. The driver, Oleksandr Petrenko, had waited …`. News writing of every kind (wire, tabloid,
// local, African and Asian English-language outlets) opens with the description for effect and
// gives the name in the next sentence or paragraph, the description's noun repeated with the name
// in apposition to it.

extension SpeakerAttributor {
    /// The person a description of one (`the driver of the lead truck`, `a maize trader at Gikomba
    /// market`) stands for when the next sentence, or the next paragraph's first, opens with the
    /// description's own noun and a name in apposition to it (`The driver, Oleksandr Petrenko,`).
    /// The noun must be the same word: `The passenger, Anna Kowalska,` after `said the driver` is
    /// someone else.
    func namedByRepeatedNoun(_ candidate: SpeakerCandidate, _ p: TokenizedParagraph, line: Int) -> SpeakerCandidate? {
        switch candidate.kind {
        case .group, .title: guard !candidate.plural else { return nil }
        default: return nil
        }
        let tokens = p.tokens
        guard let low = tokenIndex(endingAt: candidate.end, in: tokens),
              let first = tokens.firstIndex(where: { $0.start == candidate.start }), first <= low,
              let head = descriptionHead(tokens, first...low) else { return nil }
        // The end of the description's sentence, with no quotation after the description.
        var k = low + 1
        while k < tokens.count, k <= low + 16, !tokens[k].isPunctuation("."), tokens[k].quotationIndex == nil { k += 1 }
        guard k < tokens.count, tokens[k].isPunctuation(".") else { return nil }
        if k + 1 < tokens.count { return appositiveToNoun(head, tokens, from: k + 1) }
        // The description's sentence ends its paragraph: the next paragraph's first sentence.
        var next = line + 1
        while next < lines.count, isBlank(next) { next += 1 }
        guard next < lines.count else { return nil }
        let following = paragraph(next)
        return appositiveToNoun(head, following.tokens, from: openingToken(following, following.sentences.first ?? 0..<following.tokens.count))
    }

    /// The description's head noun, lower-cased: the last word before a preposition, `of`, a
    /// relative pronoun or a participle after it (`driver` in `the driver of the lead truck`,
    /// `trader` in `a maize trader at Gikomba market`), when it is a common noun.
    private func descriptionHead(_ tokens: [QuoteToken], _ range: ClosedRange<Int>) -> String? {
        var head: Int? = nil
        for k in range {
            let token = tokens[k]
            guard token.isWord else { break }
            if token.has(.preposition) || token.lowerIs("of") || token.lowerIs("who") || token.lowerIs("whose") { break }
            if token.has(.determiner) || token.has(.function) { if head == nil { continue } else { break } }
            head = k
        }
        guard let h = head, !tokens[h].isCapitalized || h == range.lowerBound else { return nil }
        return tokens[h].lower
    }

    /// `The driver, Oleksandr Petrenko,` at token `start`: `The`, the noun `head`, a comma and a
    /// person's name closed by a comma (the appositive an office's holder is read from).
    private func appositiveToNoun(_ head: String, _ tokens: [QuoteToken], from start: Int) -> SpeakerCandidate? {
        guard start + 1 < tokens.count, tokens[start].lowerIs("the"), tokens[start + 1].isWord, tokens[start + 1].lower == head,
              let name = holderInApposition(tokens, after: start..<(start + 2), 0..<tokens.count), isSpeakerShaped(name),
              looksLikeName(name) else { return nil }
        return withLearnedGender(name)
    }
}
