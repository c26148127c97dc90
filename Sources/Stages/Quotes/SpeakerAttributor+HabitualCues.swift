// A cue after a verb of habit or liking (`she used to say, "…"`, `Salazar is fond of saying,
// "…"`, `He likes to say that …`): the one with the habit says the words.

extension SpeakerAttributor {
    /// Verbs of habit or liking before `to` and a cue in its base form (`used to say`).
    private static let habitVerbsBeforeTo: Set<String> = ["used", "likes", "liked", "loves", "loved", "tends", "tended"]

    /// Words of liking or habit before `of` and a cue in -ing (`fond of saying`, `never tires of telling`).
    private static let habitWordsBeforeOf: Set<String> = ["fond", "tires", "tired"]

    /// The first token of the frame of habit right before the cue at `v` (`used` of `used to
    /// say`, `fond` of `is fond of saying`): the subject is the frame's, read before it. Nil when
    /// no such frame stands there (a preposition `to` or `of` alone opens no clause of its own,
    /// but the subject search stops at it).
    func habitFrameStart(_ tokens: [QuoteToken], before v: Int, sentence: Range<Int>) -> Int? {
        guard v - 2 > sentence.lowerBound, tokens[v - 1].isWord, tokens[v - 2].isWord else { return nil }
        let link = tokens[v - 1], head = tokens[v - 2]
        if link.lowerIs("to"), Self.habitVerbsBeforeTo.contains(head.lower) { return v - 2 }
        if link.lowerIs("of"), tokens[v].lower.endsWithBytes("ing"), Self.habitWordsBeforeOf.contains(head.lower) { return v - 2 }
        return nil
    }
}
