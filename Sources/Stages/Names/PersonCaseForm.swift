/// One oblique case of a Cyrillic full name (person-case-forms.txt): how a given name and a surname
/// end in it, as matching keys write them.
struct PersonCaseForm: Sendable, Hashable {
    /// The given name's final letter in the nominative, empty for a consonant (Алмазбек), which the
    /// ending follows; `a` for Раиса, which the ending replaces.
    var givenFinal: String
    /// The given name's ending in this case (`a` for Алмазбека).
    var givenEnding: String
    /// The surname's final letter in the nominative, as for the given name; nil for a surname that
    /// does not inflect (Лукашенко).
    var surnameFinal: String?
    /// The surname's ending in this case, nil for a surname that does not inflect.
    var surnameEnding: String?
    /// Whether the form also reads as a woman's name in the nominative (Александра Петрова).
    var isAlsoNominative: Bool

    /// The nominative keys (given, surname) of a name whose words have the keys `given` and `surname`
    /// in this case, or nil when they do not end so.
    func nominative(given: String, surname: String) -> (given: String, surname: String)? {
        guard let givenStem = Self.stem(given, ending: givenEnding, final: givenFinal) else { return nil }
        guard let surnameEnding, let surnameFinal else {
            // A surname that does not inflect: never a woman's -а, and after a man's name a vowel.
            guard let last = surname.last, last != "a", !givenFinal.isEmpty || "eiou".contains(last) else { return nil }
            return (givenStem, surname)
        }
        guard let surnameStem = Self.stem(surname, ending: surnameEnding, final: surnameFinal) else { return nil }
        return (givenStem, surnameStem)
    }

    /// `word` with `ending` replaced by `final`, when it ends so after at least three letters, and a
    /// consonant stands before an ending that follows one.
    static func stem(_ word: String, ending: String, final: String) -> String? {
        guard word.utf8.count >= ending.utf8.count + 3, word.hasSuffix(ending) else { return nil }
        let stem = String(word.utf8.dropLast(ending.utf8.count))!
        if final.isEmpty, let last = stem.last, "aeiouy".contains(last) { return nil }
        return stem + final
    }
}
