// A given name's sex as evidence against a pronoun: `she` never stands for Declan Moran.

extension SpeakerAttributor {
    /// Whether the first word of a person's full name is a given name of the other sex than `he`
    /// or `she` (`given-names.txt`), when nothing else told the person's sex. It only rules a
    /// candidate out: a name of the pronoun's own sex, or one the list lacks, is no reason to
    /// choose it. A single word is asked through the one full name the article gave it before
    /// (`Rudenko` after `Vitaliy Rudenko`, ``fullName(of:)``); alone it may be a surname or a
    /// given name of either (`Ms Francis`), so it tells nothing.
    func givenNameRulesOut(_ candidate: SpeakerCandidate, for pronoun: SpeakerCandidate) -> Bool {
        guard pronoun.gender != .unknown, candidate.kind == .person, candidate.gender == .unknown else { return false }
        var name = candidate
        if !name.text.utf8.contains(32) {
            guard let full = fullName(of: candidate) else { return false }
            name = full
        }
        guard let space = name.text.utf8.firstIndex(of: 32) else { return false }
        let sex = lexicon.givenNameSex[name.text[..<space].lowercased()] ?? .unknown
        return sex != .unknown && sex != pronoun.gender
    }
}
