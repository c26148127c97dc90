// A hearing that hears from someone: `The court also heard from a second night carer, X, who …`
// then `She told the jury …`. The one heard from is whom the sentence brings in, though the
// court or the inquest is its subject.

extension SpeakerAttributor {
    /// The person after `heard from` (or `hears from`) in `sentence`, read as a cue's object is
    /// (`a second night carer, X,` gives X). The verb's word is asked first.
    func personHeardFrom(_ p: TokenizedParagraph, _ sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard let k = sentence.dropLast().first(where: { (tokens[$0].lowerIs("heard") || tokens[$0].lowerIs("hears")) && tokens[$0 + 1].lowerIs("from") }),
              k + 2 < sentence.upperBound else { return nil }
        // (`We have just heard from Kostenko again`: a name right after `from` is the person
        // whole, whatever adverb follows it; the object phrase would run on into it.)
        let first = k + 2
        if tokens[first].runStart == Int32(first), let named = nameCandidate(tokens, first..<Int(tokens[first].runEnd), gender: .unknown),
           named.kind == .person, isSpeakerShaped(named) {
            return withLearnedGender(named)
        }
        guard let person = objectSpeaker(p, from: first), person.kind == .person else { return nil }
        return withLearnedGender(person)
    }
}
