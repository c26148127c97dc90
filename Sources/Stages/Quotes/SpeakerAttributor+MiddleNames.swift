// A person named by given name and surname whom the article also names with a middle name or a
// patronymic (`Vera Gorelova` after the headline's `Vera Alexandrovna Gorelova`): the fuller form
// is the name as the article gives it most fully.

extension SpeakerAttributor {
    /// `Vera Alexandrovna Gorelova` for `Vera Gorelova`: the one fuller form of a two-word
    /// person's name that the text writes before the name (the headline too) with one capitalized
    /// word of letters, no title, between the same given name and surname. Nil when the text has
    /// none there, or two different ones. (Only before: an obituary's closing line, `Nora Margaret
    /// X, folk singer, born …; died …`, is a record's form, which the article's own naming does
    /// not take up.) The surname is searched for in the scalars once per name.
    func withMiddleName(_ candidate: SpeakerCandidate) -> SpeakerCandidate? {
        guard candidate.kind == .person, let space = candidate.text.firstIndex(of: " "),
              !candidate.text[candidate.text.index(after: space)...].contains(" ") else { return nil }
        let forms: [(start: Int, middle: String)]
        if let known = middleNames[candidate.text] {
            forms = known
        } else {
            forms = middleNameForms(given: Array(candidate.text[..<space].unicodeScalars),
                                    surname: Array(candidate.text[candidate.text.index(after: space)...].unicodeScalars))
            middleNames[candidate.text] = forms
        }
        let before = forms.filter { $0.start < candidate.start }
        guard let middle = before.first?.middle, before.allSatisfy({ $0.middle == middle }) else { return nil }
        return fuller(candidate, middle)
    }

    /// Where the text writes `given`, one capitalized word of letters that is no title, and
    /// `surname`, with that word, in text order.
    private func middleNameForms(given: [Unicode.Scalar], surname: [Unicode.Scalar]) -> [(start: Int, middle: String)] {
        var forms: [(start: Int, middle: String)] = []
        forEachOccurrence(of: surname, startingIn: 0..<text.count) { i in
            // `given middle surname`: one space before the surname, a word of letters, one space, the given name.
            guard i >= given.count + 4, text[i - 1] == " " else { return true }
            var m = i - 2
            while m >= 0, ScalarClass.isWord(text[m]), text[m] != "." { m -= 1 }
            let middle = (m + 1)..<(i - 1)
            guard middle.count >= 2, ScalarClass.isUpper(text[middle.lowerBound]), middle.allSatisfy({ text[$0].properties.isAlphabetic }),
                  m >= given.count, text[m] == " ", m - given.count == 0 || !ScalarClass.isWord(text[m - given.count - 1]),
                  Array(text[(m - given.count)..<m]) == given else { return true }
            let word = ScalarClass.string(text, middle)
            if !lexicon.titles.contains(word.lowercased()) { forms.append((m - given.count, word)) }
            return true
        }
        return forms
    }

    private func fuller(_ candidate: SpeakerCandidate, _ middle: String) -> SpeakerCandidate {
        var named = candidate
        let parts = candidate.text.split(separator: " ", maxSplits: 1)
        named.text = parts[0] + " " + middle + " " + parts[1]
        return named
    }
}
