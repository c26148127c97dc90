// A person named by given name and surname whom the article also names with a middle name or a
// patronymic (`Vera Gorelova` after the headline's `Vera Alexandrovna Gorelova`): the fuller form
// is the name as the article gives it most fully.

extension SpeakerAttributor {
    /// `Vera Alexandrovna Gorelova` for `Vera Gorelova`: the one fuller form of a two-word
    /// person's name that the text writes before the name (the headline too) with one capitalized
    /// word of letters, no title, between the same given name and surname. Nil when the text has
    /// none there, or two different ones. (Only before: an obituary's closing line, `Nora Margaret
    /// X, folk singer, born …; died …`, is a record's form, which the article's own naming does
    /// not take up.) The fuller forms are among the full names ending in the surname that
    /// ``fullNames(containing:before:)`` finds and keeps for the document, the search the lone
    /// surname's resolution makes too; a search of its own, once per two-word speaker, had cost a
    /// tenth of the stage's instructions.
    func withMiddleName(_ candidate: SpeakerCandidate) -> SpeakerCandidate? {
        // The name's bytes, not its characters: this runs for every quotation's speaker.
        let bytes = candidate.text.utf8
        guard candidate.kind == .person, let space = bytes.firstIndex(of: 0x20),
              !bytes[bytes.index(after: space)...].contains(0x20) else { return nil }
        let given = candidate.text[..<space], surname = String(candidate.text[bytes.index(after: space)...])
        var middle: Substring? = nil
        for name in fullNames(containing: surname, before: candidate.start) where name.start < candidate.start {
            let words = name.text.wordsSplitAtSpaces()
            guard words.count == 3, words[0] == given, words[2] == surname, let word = words[1].first,
                  word.isUppercase, words[1].count >= 2, words[1].allSatisfy(\.isLetter),
                  !lexicon.titles.contains(words[1].lowercased()) else { continue }
            if let middle, middle != words[1] { return nil }
            middle = words[1]
        }
        guard let middle else { return nil }
        var named = candidate
        named.text = given + " " + middle + " " + surname
        return named
    }
}
