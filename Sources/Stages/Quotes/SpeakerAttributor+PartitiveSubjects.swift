// `Some` standing alone as a subject: the part of a group the sentence (or the one before it)
// opened with, as reports of crowds write it (`Supporters … applauded, and some shouted "…"`,
// `About 30 supporters gathered outside. Some chanted "…"`).

extension SpeakerAttributor {
    /// Words that may come before a group's noun at a sentence's opening without naming it: a
    /// number, an approximation, a quantity and its `of` (`About 30`, `Hundreds of`, `the`).
    /// (Not `some`, which opens a count elsewhere: here it is the word resolved.)
    private static let groupOpeners: Set<String> = approximationWords.union(["more", "than", "several", "dozens", "hundreds", "thousands",
                                                                             "of", "a", "few", "the"])

    /// The group a lone `some` at `k` is part of: the plural noun that opens its sentence
    /// (`Supporters who gathered outside the building applauded …, and some shouted`), or, when
    /// `some` opens its own sentence, the one before it in the paragraph (`About 30 supporters
    /// gathered outside the courthouse. Some chanted`). Only a plural noun within the opening's
    /// first words, after numbers and approximations and at most two plain modifiers (`Angry
    /// local supporters`), counts; anything else (`The court heard the evidence. Some said`)
    /// gives nobody, as the group is not named.
    ///
    /// The word is asked first: almost no subject is a lone `some`.
    func partitiveAntecedent(_ p: TokenizedParagraph, some k: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard tokens[k].isWord, tokens[k].lowerIs("some") else { return nil }
        var sentence = p.sentence(containing: k)
        if k == sentence.lowerBound {
            guard sentence.lowerBound > 0 else { return nil }
            sentence = p.sentence(containing: sentence.lowerBound - 1)
        }
        var w = sentence.lowerBound
        while w < min(k, sentence.lowerBound + 4), tokens[w].isWord,
              Self.groupOpeners.contains(tokens[w].lower) || ScalarClass.isDigit(text[tokens[w].start]) { w += 1 }
        var modifiers = 0
        while w < k, tokens[w].isWord, !looksPlural(tokens[w]), modifiers < 2,
              tokens[w].flags.isDisjoint(with: .notPlainModifier),
              !tokens[w].isCapitalized || w == sentence.lowerBound { w += 1; modifiers += 1 }
        guard w < k, tokens[w].isWord, looksPlural(tokens[w]), tokens[w].runStart < 0 || w == sentence.lowerBound,
              tokens[w].flags.isDisjoint(with: [.function, .cue, .auxiliary]) else { return nil }
        return SpeakerCandidate(text: ScalarClass.string(text, tokens[w].start..<tokens[w].end), start: tokens[w].start, end: tokens[w].end,
                                kind: .group, plural: true)
    }
}
