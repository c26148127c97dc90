/// One oblique case of a Cyrillic full name (person-case-forms.txt): how a given name and a surname
/// end in it, as matching keys write them.
struct PersonCaseForm: Sendable, Hashable {
    /// The given name's final letter in the nominative, empty for a consonant (Алмазбек), which the
    /// ending follows; `a` for Раиса, which the ending replaces. Nil for a given name that does not
    /// inflect (a woman's Айгерим, Айсулуу).
    var givenFinal: String?
    /// The given name's ending in this case (`a` for Алмазбека), nil for a given name that does not
    /// inflect.
    var givenEnding: String?
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
        let givenStem: String
        if let givenEnding, let givenFinal {
            guard let stem = Self.stem(given, ending: givenEnding, final: givenFinal) else { return nil }
            givenStem = stem
        } else {
            givenStem = given
        }
        guard let surnameEnding, let surnameFinal else {
            // A surname that does not inflect: never a woman's -а, and after a man's name a vowel.
            guard let last = surname.last, last != "a", givenFinal?.isEmpty == false || "eiou".contains(last) else { return nil }
            return (givenStem, surname)
        }
        guard let surnameStem = Self.stem(surname, ending: surnameEnding, final: surnameFinal) else { return nil }
        return (givenStem, surnameStem)
    }

    /// The nominative keys of a name written in Cyrillic as the words `given` and `surname`, found
    /// by undoing this case's endings on the letters themselves and keying the result with `key`:
    /// the keys of a nominative are not always its case form's key less the ending, since the key
    /// rules read a word's last letters (Эдиль, `edil`, but Эдиля, `edilia`; Геннадий, `genadi`,
    /// but Геннадия, `genadia`; Наталья, `natalia`, but Натальи, `natali`). Empty when the keys
    /// do not end as this case does.
    func nominatives(given: Substring, surname: Substring, keys: (Substring) -> String) -> [(given: String, surname: String)] {
        let givenKey = keys(given), surnameKey = keys(surname)
        guard Self.endsAs(givenKey, givenEnding), Self.endsAs(surnameKey, surnameEnding),
            surnameEnding != nil || nominative(given: givenKey, surname: surnameKey) != nil
        else { return [] }
        let givens = Self.restored(given, ending: givenEnding, final: givenFinal).map(keys)
        let surnames = Self.restored(surname, ending: surnameEnding, final: surnameFinal).map(keys)
        var found: [(given: String, surname: String)] = []
        for givenForm in Set(givens) {
            for surnameForm in Set(surnames) { found.append((givenForm, surnameForm)) }
        }
        return found
    }

    /// Whether a word's key ends in `ending` after at least two letters (any key when the word does
    /// not inflect): short names inflect too (Ильи, Алии, Анны), and the nominative must be a
    /// person of the batch.
    private static func endsAs(_ key: String, _ ending: String?) -> Bool {
        guard let ending else { return true }
        return key.utf8.count >= ending.utf8.count + 2 && key.hasSuffix(ending)
    }

    /// The nominative spellings of a Cyrillic word in a case whose key ending is `ending`: the word
    /// less as many letters (а я for `a`, ой for `oi`), then the nominative's final letter as Cyrillic
    /// writes it. A consonant's word may have ended in ь (Эдиль) and a vowel's in й (Сооронбай,
    /// Геннадий), and a final `a` is а or я (Наталья).
    private static func restored(_ word: Substring, ending: String?, final: String?) -> [Substring] {
        guard let ending, let final else { return [word] }
        let stem = word.dropLast(ending.count)
        guard let last = stem.last else { return [] }
        let finals: [String]
        switch final {
        case "": finals = "аеёиоуыэюяіїєӯӣөүұә".contains(last.lowercased()) ? ["й"] : ["", "ь"]
        case "a": finals = ["а", "я"]
        default: finals = [final]
        }
        return finals.map { stem + $0 }
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
