// `One` or `another` standing alone as a subject leaves out the noun of a description the text
// just gave (`One Facebook user wrote …, while another said`, `Fans were quick to take sides.
// One commented:`): the speaker is that noun with the determiner, one of a kind, not a nobody.

extension SpeakerAttributor {
    /// Words that may open a description before its modifiers without being part of what is
    /// counted (`Several former employees`, `About 30 fans`, `One Facebook user`).
    private static let countOpeners: Set<String> = approximationWords.union(["more", "than", "several", "many", "some", "dozens",
                                                                             "hundreds", "thousands", "of", "few", "the"])
    /// Words that count a group exactly beside the numbers (``countWords``): `Both students`, `A
    /// couple of fans`.
    private static let exactCountWords: Set<String> = ["both", "pair", "couple"]
    /// The subjects read, as written at a sentence's opening or inside it.
    private static let elidingDeterminers: Set<String> = ["one", "One", "another", "Another"]
    /// Determiners that open one singular member of a kind (`One Facebook user`, `A viewer`).
    private static let singularOpeners: Set<String> = ["one", "a", "an"]

    /// `one` or `another` as `candidate`, a subject standing alone, read as the description
    /// whose noun it leaves out: the noun phrase opening its sentence, or when it opens its own
    /// (or a quotation opens it) the sentence before in the paragraph, read past sentences that
    /// open the same way (`One commented: "…" Another wrote:`), with the determiner in front and
    /// the noun made singular (`another Facebook user`, `one former employee`). Only a noun
    /// phrase of at most three plain words counts, a singular one only after `one`, `a` or `an`;
    /// anything else (a name, `The court heard …`) gives `nil`, the kind unknown. So does a
    /// group counted exactly (`Two students described the raid. "…," said one`): `one` and `the
    /// other` of a counted few are told apart by the count, and the text's own word is kept.
    ///
    /// The length is asked first: almost no subject is seven bytes or fewer.
    func elidedNounDescription(_ candidate: SpeakerCandidate) -> SpeakerCandidate? {
        guard candidate.text.utf8.count <= 7, Self.elidingDeterminers.contains(candidate.text) else { return nil }
        let p = paragraph(line(containing: candidate.start))
        guard let k = p.tokens.firstIndex(where: { $0.start == candidate.start }) else { return nil }
        var sentence = p.sentence(containing: k)
        var limit = k
        for _ in 0..<4 {
            let opening = p.tokens[sentence.lowerBound]
            if sentence.lowerBound < limit, opening.isWord {
                if let kind = countedKind(p, opening: sentence, before: limit) {
                    return SpeakerCandidate(text: candidate.text.lowercased() + " " + kind, start: candidate.start, end: candidate.end, kind: .group)
                }
                // Only a sentence about another of the kind (`One commented:`) is read past.
                guard opening.lowerIs("one") || opening.lowerIs("another") else { return nil }
            }
            guard sentence.lowerBound > 0 else { return nil }
            sentence = p.sentence(containing: sentence.lowerBound - 1)
            limit = sentence.upperBound
        }
        return nil
    }

    /// The kind the noun phrase opening `sentence` names, singular and with its modifiers
    /// (`former employee` for `Several former employees posted`), or `nil`.
    private func countedKind(_ p: TokenizedParagraph, opening sentence: Range<Int>, before limit: Int) -> String? {
        let tokens = p.tokens
        let end = min(limit, sentence.upperBound)
        var w = sentence.lowerBound
        var singular = false
        while w < min(end, sentence.lowerBound + 4), tokens[w].isWord,
              Self.countOpeners.contains(tokens[w].lower) || Self.singularOpeners.contains(tokens[w].lower) ||
                isExactCount(tokens[w]) {
            guard !isExactCount(tokens[w]) else { return nil }
            singular = Self.singularOpeners.contains(tokens[w].lower)
            w += 1
        }
        let first = w
        // A name's word only as a modifier before a lower-case word (`Facebook user`), or
        // opening the sentence (`Fans`): a name itself is no kind.
        while w < end, w - first < 3, tokens[w].isWord, tokens[w].flags.isDisjoint(with: .notPlainModifier),
              tokens[w].runStart < 0 || w == sentence.lowerBound || w + 1 < end && !tokens[w + 1].isCapitalized {
            let next = w + 1
            let plural = isPluralNoun(tokens, w, end)
            if plural || singular && endsNounPhrase(tokens, next, end) {
                guard plural != singular, !tokens[w].isCapitalized || w == sentence.lowerBound,
                      let head = plural ? singularForm(tokens[w].lower) : tokens[w].lower else { return nil }
                let modifiers = w > first ? ScalarClass.string(text, tokens[first].start..<tokens[w - 1].end) + " " : ""
                return modifiers + head
            }
            w = next
        }
        return nil
    }

    /// A number (`30`, `two`, `a dozen`) or a pair: a group counted exactly, not `hundreds`.
    private func isExactCount(_ token: QuoteToken) -> Bool {
        ScalarClass.isDigit(text[token.start]) || Self.exactCountWords.contains(token.lower) ||
            Self.countWords.contains(token.lower) && !token.lower.hasSuffix("s")
    }

    /// A plural noun by its ending, or an `-s` word a verb follows (`Fans were quick`).
    private func isPluralNoun(_ tokens: [QuoteToken], _ w: Int, _ end: Int) -> Bool {
        if looksPlural(tokens[w]) { return true }
        guard looksLikeVerbInS(tokens[w]), w + 1 < end, tokens[w + 1].isWord else { return false }
        return !tokens[w + 1].flags.isDisjoint(with: [.auxiliary, .cue]) || tokens[w + 1].lower.endsWithBytes("ed")
    }

    /// Whether the noun phrase ends before `next`: a verb, a preposition or a comma follows.
    private func endsNounPhrase(_ tokens: [QuoteToken], _ next: Int, _ end: Int) -> Bool {
        guard next < end else { return false }
        if tokens[next].isPunctuation(",") { return true }
        return tokens[next].isWord && (!tokens[next].flags.isDisjoint(with: [.auxiliary, .cue, .preposition]) || tokens[next].lower.endsWithBytes("ed"))
    }

    /// The singular of a plural noun by its ending (`employees`, `parties`, `witnesses`), or
    /// `nil` for a word whose ending tells none.
    func singularForm(_ plural: String) -> String? {
        guard plural.hasSuffix("s"), !plural.hasSuffix("ss") else { return nil }
        if plural.hasSuffix("ies") { return String(plural.dropLast(3)) + "y" }
        if ["sses", "ches", "shes", "xes"].contains(where: plural.hasSuffix) { return String(plural.dropLast(2)) }
        return String(plural.dropLast())
    }
}
