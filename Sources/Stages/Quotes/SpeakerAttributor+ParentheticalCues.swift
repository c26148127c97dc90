// A pronoun's cue set off by commas after a clause that brings in someone new (`One large brewer
// had bought 20,000 tonnes, he said, adding: "…"`): the clause is what the pronoun's person
// reported, and an indefinite description is someone new to the text, never whom a pronoun of
// the same sentence stands for. The pronoun stands for whom the text named before the sentence.
// (`Nora kept the medal, she said, in a tin`: a name can report on herself, and is left alone.)

extension SpeakerAttributor {
    /// Whether `pronoun` is the subject of a cue set off by a comma after a clause of its
    /// sentence (`…, he said, adding`) that opens with an indefinite description (`A buyer`,
    /// `One large brewer`), with no quotation before it in the sentence (`"…," he said,` is the
    /// quotation's speaker going on, read as before).
    func reportsClauseOfSomeoneNew(_ pronoun: SpeakerCandidate, _ tokens: [QuoteToken], _ sentence: Range<Int>) -> Bool {
        guard tokens[sentence.lowerBound].isWord, Self.indefiniteDeterminers.contains(tokens[sentence.lowerBound].lower),
              let j = sentence.first(where: { tokens[$0].start == pronoun.start }),
              j >= sentence.lowerBound + 3, j + 2 < sentence.upperBound,
              tokens[j - 1].isPunctuation(","), tokens[j - 2].isWord, isCue(tokens, j + 1),
              tokens[j + 2].isPunctuation(",") || tokens[j + 2].isPunctuation(":") else { return false }
        return !(sentence.lowerBound..<j).contains(where: { tokens[$0].quotationIndex != nil })
    }
}
