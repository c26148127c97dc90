// A colon after a fragment of time or manner alone (`"Sleep," she says. Then, after a pause:
// "…"`): no one new speaks; the one quoted just before in the paragraph goes on.

extension SpeakerAttributor {
    /// Words of sequence that open such a fragment.
    private static let sequenceWords: Set<String> = ["then", "later", "finally", "afterwards", "afterward"]

    /// The speaker of the quotation before `index` in its paragraph, when the clause the colon
    /// closes is a fragment that opens with a word of sequence and has no subject or verb of its
    /// own: lower-case words and commas only, no pronoun, name, cue or auxiliary (`Then, more
    /// quietly:`, `Later, with a grin:`). `Then the minister added:` has a subject, and is read
    /// by the cue sieves.
    func speakerGoingOn(_ index: Int, _ p: TokenizedParagraph, _ clause: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard index > 0, clause.count >= 2, quotations[index - 1].line == quotations[index].line,
              tokens[clause.lowerBound].isWord, Self.sequenceWords.contains(tokens[clause.lowerBound].lower) else { return nil }
        for k in clause.dropFirst() {
            let token = tokens[k]
            if token.isPunctuation(",") { continue }
            guard token.isWord, !token.isCapitalized, pronounCandidate(token) == nil, !isCue(tokens, k),
                  // (An adverb in -ly reads as an auxiliary's neighbour; it is manner here, `more quietly`.)
                  !isAuxiliary(tokens, k) || token.lower.endsWithBytes("ly"),
                  !token.has(.irregularPast), !token.lower.endsWithBytes("ed") else { return nil }
        }
        return results[index - 1]?.speaker
    }
}
