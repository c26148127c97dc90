// Speech someone was made to give: `prompting the health secretary to describe the delays as
// "…"`. The cue is an infinitive; who speaks is the object of the verb that caused it, not the
// subject of the sentence the clause hangs from.

extension SpeakerAttributor {
    /// Verbs whose object goes on to do what the infinitive after it says (`prompting X to
    /// call`, `led one analyst to describe`), in the forms a report writes them.
    private static let causativeVerbs: Set<String> = [
        "prompt", "prompts", "prompted", "prompting", "lead", "leads", "led", "leading",
        "force", "forces", "forced", "forcing", "spur", "spurs", "spurred", "spurring",
    ]

    /// The object of a causative verb before the infinitive cue at `v` (`prompting the health
    /// secretary to describe`): the words between the verb and `to`, when they are words only and
    /// open with a determiner or a name. `nil` for any other shape (`wants to describe`).
    ///
    /// The word before the cue is asked first: most cues have no `to` before them.
    func objectOfCausative(_ p: TokenizedParagraph, cue v: Int, sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard v - 3 >= sentence.lowerBound, tokens[v - 1].isWord, tokens[v - 1].lowerIs("to") else { return nil }
        var k = v - 2
        while k > sentence.lowerBound && k >= v - 8 {
            guard tokens[k].isWord else { return nil }
            k -= 1
            guard tokens[k].isWord, Self.causativeVerbs.contains(tokens[k].lower) else { continue }
            let object = (k + 1)..<(v - 1)
            let first = tokens[object.lowerBound]
            guard first.has(.determiner) || first.runStart == Int32(object.lowerBound) else { return nil }
            return speakerOfRegion(p, object, subjectPosition: true)
        }
        return nil
    }
}
