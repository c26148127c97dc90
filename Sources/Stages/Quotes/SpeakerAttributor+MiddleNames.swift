// A person named by given name and surname whom the article also names with a middle name or a
// patronymic (`Vera Gorelova` after the headline's `Vera Alexandrovna Gorelova`): the fuller form
// is the name as the article gives it most fully.

extension SpeakerAttributor {
    /// `Vera Alexandrovna Gorelova` for `Vera Gorelova`: the one fuller form of a two-word
    /// person's name that the text writes before the name (the headline too) with one capitalized
    /// word of letters, no title, between the same given name and surname. Nil when the text has
    /// none there, or two different ones. (Only before: an obituary's closing line, `Nora Margaret
    /// X, folk singer, born …; died …`, is a record's form, which the article's own naming does
    /// not take up.) The surname is searched for in the scalars once per name, and only as far as
    /// the mention asked about: the search, once over the whole text for every two-word speaker,
    /// cost a tenth of the stage's instructions.
    func withMiddleName(_ candidate: SpeakerCandidate) -> SpeakerCandidate? {
        // The name's bytes, not its characters: this runs for every quotation's speaker.
        let bytes = candidate.text.utf8
        guard candidate.kind == .person, let space = bytes.firstIndex(of: 0x20),
              !bytes[bytes.index(after: space)...].contains(0x20) else { return nil }
        let limit = min(candidate.start, text.count)
        var known = middleNames[candidate.text] ?? (limit: 0, forms: [])
        if known.limit < limit {
            known.forms += middleNameForms(given: Array(candidate.text[..<space].unicodeScalars),
                                           surname: Array(candidate.text[bytes.index(after: space)...].unicodeScalars),
                                           in: known.limit..<limit)
            known.limit = limit
            middleNames[candidate.text] = known
        }
        let before = known.forms.lazy.filter { $0.start < candidate.start }
        guard let middle = before.first?.middle, before.allSatisfy({ $0.middle == middle }) else { return nil }
        return fuller(candidate, middle)
    }

    /// Where the text writes `given`, one capitalized word of letters that is no title, and
    /// `surname`, with that word, in text order, for the surnames that start in `range`.
    private func middleNameForms(given: [Unicode.Scalar], surname: [Unicode.Scalar], in range: Range<Int>) -> [(start: Int, middle: String)] {
        var forms: [(start: Int, middle: String)] = []
        forEachOccurrence(of: surname, startingIn: range) { i in
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
