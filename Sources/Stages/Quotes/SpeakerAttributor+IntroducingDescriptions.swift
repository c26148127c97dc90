// A body the text never names, only describes (`the regional prosecutor's office`,
// `Ukraine's grid operator`): a later `the office` or `the operator` stands for the
// description it was introduced with, as the reader takes it.

extension SpeakerAttributor {
    /// How far back the description that introduced a body is looked for: as far as a pronoun
    /// reaches. Further on, a writer's bare `the department` is the text's own reference again.
    static let introducingDescriptionParagraphs = 3

    /// `The regional prosecutor's office said …. "…," the office said`, `Russia's central bank
    /// kept its rate …. The bank said`: the fullest description with `noun` as its head in this
    /// paragraph or the two before, reported as written. It opens with a capitalized possessive
    /// (`Nigeria's central bank`) or with `the` and one to three modifiers (`the agriculture
    /// ministry`, `the regional prosecutor's office`), never after a preposition (`a statement
    /// from the prosecutor's office` mentions a body the sentence is not about) nor before a name
    /// (`the grid operator Ukrenergo`, `the state operator, Kegoc,`: the name is the body).
    func introducingDescription(_ noun: String, line: Int, before position: Int) -> SpeakerCandidate? {
        var best: (start: Int, end: Int, words: Int)? = nil
        for l in recentParagraphs(holding: noun, from: line, count: Self.introducingDescriptionParagraphs, before: position) {
            let tokens = paragraph(l).tokens
            for k in tokens.indices where k >= 1 && tokens[k].start < position && tokens[k].isWord && tokens[k].lower == noun &&
                !tokens[k].isCapitalized && !tokens[k].isPossessive {
                guard !isFollowedByName(tokens, after: k) else { continue }
                // Back over at most three lower-case modifiers, a possessive one among them
                // (`prosecutor's`), to what opens the description.
                var j = k - 1
                while j > k - 4, j >= 0, tokens[j].isWord, !tokens[j].isCapitalized, !tokens[j].has(.function) { j -= 1 }
                guard j >= 0, tokens[j].isWord else { continue }
                let opensWithOwner = tokens[j].isCapitalized && tokens[j].isPossessive &&
                    (j == 0 || !tokens[j - 1].isWord || !tokens[j - 1].isCapitalized || isSentenceStart(tokens, j - 1))
                let opensWithArticle = tokens[j].lowerIs("the") && j < k - 1 && (j == 0 || !tokens[j - 1].has(.preposition))
                guard opensWithOwner || opensWithArticle else { continue }
                let words = k - j + 1
                if best == nil || words > best!.words { best = (tokens[j].start, tokens[k].end, words) }
            }
        }
        guard let best else { return nil }
        return SpeakerCandidate(text: ScalarClass.string(text, best.start..<best.end), start: best.start, end: best.end, kind: .organisation)
    }

    /// Whether a capitalized word follows the noun at `k`, right after it or after its comma.
    private func isFollowedByName(_ tokens: [QuoteToken], after k: Int) -> Bool {
        var next = k + 1
        if next < tokens.count, tokens[next].isPunctuation(",") { next += 1 }
        return next < tokens.count && tokens[next].isWord && tokens[next].isCapitalized
    }
}
