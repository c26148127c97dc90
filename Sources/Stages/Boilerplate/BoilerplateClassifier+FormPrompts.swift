/// A sign-up or donation form's prompt and consent note, next to its button.
///
/// A form inside the story is a prompt (`Welcome to the new subscribers … you can sign up here`,
/// `Keep local reporting strong — give $10 a month`), a field, a button (`Sign up`, `Subscribe`,
/// `Donate`) and a note under it (`We use your sign-up to provide content in ways you've consented
/// to`). The lexicon knows the button, a word or two of its own; the prompt and the note are the
/// site's sentences, in any wording, that read as prose. What gives them away is the button beside
/// them and their addressing the reader. A story's paragraph beside such a button would have the
/// form's own prompt between them; one that reports speech (`"You pay twice," she said`) or is a
/// headline, byline or date line stays, and so does a paragraph of more than forty words.
extension BoilerplateClassifier {
    /// Removes the kept lines that address the reader right above or below a form's button.
    func formPrompts(_ lines: inout [LineFeatures], nonBlank: [Int]) {
        for (position, index) in nonBlank.enumerated() where isFormButton(lines[index]) {
            for neighbour in [position - 1, position + 1] where nonBlank.indices.contains(neighbour) {
                let line = lines[nonBlank[neighbour]]
                guard !line.removed, line.secondPerson > 0, line.reporting == 0, line.words <= 40, !line.storysOwn else { continue }
                _ = remove(&lines, nonBlank[neighbour], rule: .formPrompt)
            }
        }
    }

    /// A removed line of at most three words that the lexicon takes for a sign-up, subscription or
    /// donation: a form's button.
    @inline(__always)
    private func isFormButton(_ line: LineFeatures) -> Bool {
        guard line.removed, line.words <= 3, let category = line.lexiconCategory, line.lexiconScore >= 0.5 else { return false }
        return formCategory[category]
    }
}
