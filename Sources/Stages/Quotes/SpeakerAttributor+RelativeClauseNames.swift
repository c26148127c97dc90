// A person the sentence brings in with a relative clause or a description of their own, outside
// its subject (`… if not for his daughter, Denise Okafor, who found it.` or `I spent an afternoon
// with Priti Shah, a nurse.` then `"…," she said`): the one the clause or the description is about
// is whom a later `he` or `she` stands for, when no subject of the sentence is.

extension SpeakerAttributor {
    /// The last full name in `sentence` before `position` set off by a comma and `who`, `a` or
    /// `an` (a writer brings someone in with a description as often as with a clause), its sex
    /// told by a listed given name and the same as the pronoun's. Nil when no such name stands
    /// there, or its given name is not listed: a name of unknown sex is too weak a reason to skip
    /// the antecedents further back. With `ofUnknownSex`, the last such name whose given name is
    /// not listed at all, for when no antecedent further back fits.
    func personBeforeRelativeWho(_ p: TokenizedParagraph, _ sentence: Range<Int>, before position: Int, for pronoun: SpeakerCandidate,
                                 ofUnknownSex: Bool = false) -> SpeakerCandidate? {
        let tokens = p.tokens
        var found: SpeakerCandidate? = nil
        var k = sentence.lowerBound
        while k < sentence.upperBound, tokens[k].start < position {
            defer { k += 1 }
            guard tokens[k].runStart == Int32(k) else { continue }
            let end = Int(tokens[k].runEnd)
            guard end - k >= 2, end + 1 < sentence.upperBound, tokens[end].isPunctuation(","), tokens[end + 1].isWord,
                  tokens[end + 1].lowerIs("who") || tokens[end + 1].lowerIs("a") || tokens[end + 1].lowerIs("an"),
                  ofUnknownSex ? lexicon.givenNameSex[tokens[k].lower] == nil : lexicon.givenNameSex[tokens[k].lower] == pronoun.gender,
                  let candidate = nameCandidate(tokens, k..<end, gender: ofUnknownSex ? .unknown : pronoun.gender), candidate.kind == .person else { continue }
            found = candidate
        }
        return found
    }
}
