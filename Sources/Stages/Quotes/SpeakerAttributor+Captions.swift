// Words posted as a picture's caption (`posted a photo of the queue with the caption: "…"`):
// the one who posted them says them, whatever the verb of posting or sharing.

extension SpeakerAttributor {
    /// Who posted the picture whose caption the quotation at `t` is: the agent after `by` of a
    /// passive in the sentence (`a photo … was shared on X by local writer X with the caption:`),
    /// else the sentence's subject (`X, 29, shared a snap of the villa with the caption "…"`).
    /// A caption with no poster named (`The caption read: "…"`, a sign's) is left to the other sieves.
    func captionPoster(_ p: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>, line: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        // (A byte test first: `caption` right before the quotation, or before its colon.)
        var k = t - 1
        if k > sentence.lowerBound, tokens[k].isPunctuation(":") { k -= 1 }
        guard k > sentence.lowerBound + 1, tokens[k].isWord, tokens[k].lowerIs("caption"),
              tokens[k - 1].isWord, tokens[k - 1].lowerIs("the") || tokens[k - 1].lowerIs("a") else { return nil }
        let opening = sentence.lowerBound
        // Only `with the caption`: `The caption read:` and `under the caption` are no one's post.
        guard k - 2 > opening, tokens[k - 2].isWord, tokens[k - 2].lowerIs("with") else { return nil }
        // (`Police said the man had shared a video with the caption "…"`: a cue reporting the
        // posting puts the poster in its clause, not at the sentence's start; left to the cues.)
        let posting = opening..<(k - 2)
        if posting.contains(where: { tokens[$0].isWord && isCue(tokens, $0) && !Self.postingVerbs.contains(tokens[$0].lower) }) { return nil }
        if let by = (opening..<(k - 2)).last(where: { tokens[$0].isWord && tokens[$0].lowerIs("by") }),
           let agent = objectSpeaker(p, from: by + 1), agent.kind != .pronoun, isSpeakerShaped(agent) {
            return resolve(agent, line: line, before: tokens[by].start)
        }
        // (`Rocco, who shot to fame on a cookery show, posted …`: a lone name the sentence opens
        // with, its relative clause set off, is the subject too.)
        guard let subject = sentenceSubjects(p, opening..<(k - 2)).first ?? nameBeforeRelativeClause(tokens, opening),
              isSpeakerShaped(subject) else { return nil }
        return resolve(subject, line: line, before: subject.start)
    }

    /// Verbs of putting a picture online, cues of their own elsewhere (`posted`, `tweeted`).
    private static let postingVerbs: Set<String> = ["posted", "posts", "shared", "shares", "tweeted", "tweets", "uploaded", "uploads"]

    /// The name run opening the sentence at `opening` when a comma and `who` follow it.
    private func nameBeforeRelativeClause(_ tokens: [QuoteToken], _ opening: Int) -> SpeakerCandidate? {
        guard tokens[opening].runStart == Int32(opening) else { return nil }
        let end = Int(tokens[opening].runEnd)
        guard end + 1 < tokens.count, tokens[end].isPunctuation(","), tokens[end + 1].isWord, tokens[end + 1].lowerIs("who") else { return nil }
        return nameCandidate(tokens, opening..<end, gender: .unknown)
    }
}
