// A given name's sex as evidence against a pronoun: `she` never stands for Declan Moran.

extension SpeakerAttributor {
    /// Whether the first word of a person's full name is a given name of the other sex than `he`
    /// or `she` (`given-names.txt`), when nothing else told the person's sex. It only rules a
    /// candidate out: a name of the pronoun's own sex, or one the list lacks, is no reason to
    /// choose it. A single word is not asked: it may be a surname (`Ms Francis`).
    func givenNameRulesOut(_ candidate: SpeakerCandidate, for pronoun: SpeakerCandidate) -> Bool {
        guard pronoun.gender != .unknown, candidate.kind == .person, candidate.gender == .unknown,
              let space = candidate.text.utf8.firstIndex(of: 32) else { return false }
        let sex = lexicon.givenNameSex[candidate.text[..<space].lowercased()] ?? .unknown
        return sex != .unknown && sex != pronoun.gender
    }
}
