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

    /// Removes the heading of a sign-up box inside the story: the kept line right above a line the
    /// lexicon took for the box's blurb, field or button (`Get the Harbour Herald Morning Brief`
    /// over `The day's news in your inbox`, `Prejemajte Kurirjeve e-novice vsak dan ob 7. uri` over
    /// `Vaš e-naslov`). The heading is the site's call in any wording and need not address the
    /// reader; what gives it away, beside the box, is that it speaks as the site or calls: it names
    /// the outlet, a call's verb opens it, or it cheers with `!`, and it ends on no full stop. A
    /// story's subheading over a box put between it and its paragraph does none of these, and a
    /// paragraph ends on its full stop.
    func formHeadings(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>, normalized: [UInt8],
                      outlet: OutletContext) {
        for (position, index) in nonBlank.enumerated().dropFirst() where isFormLine(lines[index]) {
            let headingIndex = nonBlank[position - 1]
            let heading = lines[headingIndex]
            guard !heading.removed, !heading.fullStop, (4...25).contains(heading.words), heading.reporting == 0, !heading.storysOwn,
                  !heading.title, !heading.byline, !heading.dateLike,
                  heading.imperativeOpening || heading.trimmedText(in: bytes).last == UInt8(ascii: "!")
                    || namesOutlet(heading, normalized: normalized, outlet: outlet) else { continue }
            _ = remove(&lines, headingIndex, rule: .formPrompt)
        }
    }

    /// A removed line of up to thirty words that the lexicon takes for a sign-up, subscription or
    /// donation, or a hint of one: a form's blurb, field or button.
    @inline(__always)
    private func isFormLine(_ line: LineFeatures) -> Bool {
        guard line.removed, line.words <= 30, let category = line.lexiconCategory else { return false }
        return formKindCategory[category]
    }

    /// A removed line of at most three words that the lexicon takes for a sign-up, subscription or
    /// donation: a form's button.
    @inline(__always)
    private func isFormButton(_ line: LineFeatures) -> Bool {
        guard line.removed, line.words <= 3, let category = line.lexiconCategory, line.lexiconScore >= 0.5 else { return false }
        return formCategory[category]
    }

    /// Removes a form's button the lexicon does not know, right under the form's field, and the
    /// consent note under the button. A field (`Tu correo electrónico`, `Your email`) is a removed
    /// line of at most four words the lexicon takes for a sign-up; the kept line of one or two
    /// words under it, no sentence, is its button (`Suscribirme`), whatever the language. The note
    /// under the button names what the button does again (`Al suscribirte aceptas…`, `By signing
    /// up…`): a word of it shares the button's stem, its first five letters. A story's paragraph
    /// resuming under the button shares none, and a subheading is longer than two words.
    func formButtons(_ lines: inout [LineFeatures], nonBlank: [Int], normalized: [UInt8]) {
        for (position, index) in nonBlank.enumerated().dropLast() where isFormField(lines[index]) {
            let buttonIndex = nonBlank[position + 1]
            let button = lines[buttonIndex]
            guard !button.removed, (1...2).contains(button.words), !button.terminal, !button.storysOwn, !button.anchor,
                  button.numericWords == 0, remove(&lines, buttonIndex, rule: .formButton),
                  position + 2 < nonBlank.count else { continue }
            let noteIndex = nonBlank[position + 2]
            let note = lines[noteIndex]
            guard !note.removed, note.words <= 30, note.reporting == 0, !note.storysOwn,
                  sharesStem(normalized, note.normalizedRange, button.normalizedRange) else { continue }
            _ = remove(&lines, noteIndex, rule: .formButton)
        }
    }

    /// A removed line of at most four words, no sentence, that the lexicon takes for a sign-up,
    /// subscription or donation: a form's field or its prompt. A call's verb alone (`Donate`,
    /// `Subscribe`) is the form's button itself, with nothing of the form under it: the story
    /// resumes there, often with a subheading of two words (`Safety concerns`).
    private func isFormField(_ line: LineFeatures) -> Bool {
        guard line.removed, line.words <= 4, !line.terminal, !(line.words == 1 && line.imperativeOpening),
              let category = category(of: line) else { return false }
        return formCategory[category]
    }

    /// Whether a word of `text` opens on the first five letters of a word of `stems` (bytes of
    /// the normalized text, so five letters of Latin script).
    private func sharesStem(_ normalized: [UInt8], _ text: Range<Int>, _ stems: Range<Int>) -> Bool {
        let stemLength = 5
        var stemStart = stems.lowerBound
        while stemStart < stems.upperBound {
            var stemEnd = stemStart
            while stemEnd < stems.upperBound && normalized[stemEnd] != 0x20 { stemEnd += 1 }
            if stemEnd - stemStart >= stemLength {
                var wordStart = text.lowerBound
                while wordStart < text.upperBound {
                    var wordEnd = wordStart
                    while wordEnd < text.upperBound && normalized[wordEnd] != 0x20 { wordEnd += 1 }
                    if wordEnd - wordStart >= stemLength
                        && normalized[wordStart..<(wordStart + stemLength)].elementsEqual(normalized[stemStart..<(stemStart + stemLength)]) {
                        return true
                    }
                    wordStart = wordEnd + 1
                }
            }
            stemStart = stemEnd + 1
        }
        return false
    }
}
