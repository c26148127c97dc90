// Two people of one surname written as one name: `Edna and Stacey Pickering`, `Ryan and Kelly
// Marsh`. A speaker given by the surname alone (`"…," said Pickering`) could be either; the
// surname is reported as written, never widened to the one full name the text spells out.

extension SpeakerAttributor {
    /// Whether `full`, a full name ending in the surname `word`, comes right after a given name
    /// and `and` (`Edna and Stacey Pickering`), so that the surname is two people's.
    func sharesSurnameWithGivenName(_ full: SpeakerCandidate, word: String) -> Bool {
        guard full.text.hasSuffix(" " + word) else { return false }
        let tokens = paragraph(line(containing: full.start)).tokens
        guard let k = tokens.firstIndex(where: { $0.start == full.start }), k >= 2, tokens[k - 1].lowerIs("and") else { return false }
        let given = tokens[k - 2]
        return given.isWord && given.isCapitalized && given.runStart == Int32(k - 2) && given.runEnd == Int32(k - 1)
    }
}
