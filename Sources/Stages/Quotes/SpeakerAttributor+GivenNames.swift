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

    /// The sex a surname's ending suggests (`Stamalieva`, `Akayev`), unless the given name of
    /// a full name says otherwise: `Ramon Dizon-Villanueva` and `Jose Nueva` end like a Russian
    /// woman's surname but are men, and the listed given name is the stronger evidence.
    func surnameEndingGender(_ name: String, _ surname: String) -> SpeakerGender {
        let ending = lexicon.gender(ofSurname: surname)
        guard ending != .unknown, let space = name.utf8.firstIndex(of: 32),
              let given = lexicon.givenNameSex[name[..<space].lowercased()] else { return ending }
        return given == ending ? ending : .unknown
    }

    /// Whether a surname alone whose ending told a sex other than the pronoun's stands for a full
    /// name the article gave before whose given name is of the pronoun's sex (`Dizon-Villanueva`
    /// after `Ramon Dizon-Villanueva`, for `he`): the given name overrules the ending, as it does
    /// for the full name. Asked only of a candidate the sex already ruled out.
    func givenNameOverrulesEnding(_ candidate: SpeakerCandidate, for pronoun: SpeakerCandidate) -> Bool {
        guard pronoun.isHeOrShe, candidate.kind == .person, candidate.gender != .unknown, candidate.gender != pronoun.gender,
              !candidate.text.utf8.contains(32), lexicon.gender(ofSurname: candidate.text.lowercased()) == candidate.gender,
              let full = fullName(of: candidate), let space = full.text.utf8.firstIndex(of: 32) else { return false }
        return lexicon.givenNameSex[full.text[..<space].lowercased()] == pronoun.gender
    }
}
