// The turns of an exchange: a cross-examination, a hearing, a doorstop or an interview quotes a
// question, then an answer, then perhaps another question, often with no cue between them. Who
// holds the turn is read from the questions themselves: whom a question calls by name, and whose
// answer a new question follows.

extension SpeakerAttributor {
    /// The person question `q` calls by name, at its start or at its end (`Did you write these,
    /// Ms. Vega?`, `Mr Lutz, where were you that night?`): one to three capitalized words set off
    /// by a comma, the last of them the surname of someone quoted before or named in full before.
    /// Only a question is read: a statement's opening name is as often its speaker's subject.
    func addressedPerson(in q: Int) -> SpeakerCandidate? {
        let span = quotations[q]
        guard lastContentScalar(span) == "?", let surname = vocativeSurname(span) else { return nil }
        let word = ScalarClass.string(text, surname)
        let key = word.lowercased()
        var j = q - 1
        while j >= 0 && j >= q - 30 {
            defer { j -= 1 }
            if let speaker = results[j]?.speaker, speaker.kind == .person, lastWord(of: speaker.text) == key { return speaker }
        }
        let called = SpeakerCandidate(text: word, start: surname.lowerBound, end: surname.upperBound, kind: .person)
        return fullName(of: called)
    }

    /// The scalars of the last word of the name a quotation calls someone by, closing it after a
    /// comma or opening it before one (`Counsel,` as well as `, Ms. Vega`: whether the word is a
    /// person's surname is the caller's to find). The last comma and the first scalar are asked
    /// before any word is read.
    private func vocativeSurname(_ span: QuotationSpan) -> Range<Int>? {
        var end = span.contentEnd
        while end > span.contentStart, !ScalarClass.isWord(text[end - 1]) { end -= 1 }
        let closing = max(span.contentStart, end - 40)
        if let comma = (closing..<end).last(where: { text[$0] == "," }), let words = capitalizedWords(comma + 1..<end) {
            return words
        }
        guard ScalarClass.isUpper(text[span.contentStart]),
              let comma = (span.contentStart..<min(span.contentEnd, span.contentStart + 40)).first(where: { text[$0] == "," }) else { return nil }
        return capitalizedWords(span.contentStart..<comma)
    }

    /// The last of one to three capitalized words filling `range` (a title's full stop allowed:
    /// `Ms. Vega`), or nil.
    private func capitalizedWords(_ range: Range<Int>) -> Range<Int>? {
        var i = range.lowerBound, count = 0
        var last: Range<Int>? = nil
        while i < range.upperBound {
            if ScalarClass.isSpace(text[i]) { i += 1; continue }
            guard ScalarClass.isUpper(text[i]) else { return nil }
            let start = i
            while i < range.upperBound, ScalarClass.isWord(text[i]) || text[i] == "-" || NameText.isApostrophe(text[i]) { i += 1 }
            last = start..<i
            if i < range.upperBound, text[i] == "." { i += 1 }
            count += 1
            guard count <= 3, i == range.upperBound || ScalarClass.isSpace(text[i]) else { return nil }
        }
        return last
    }

    /// `"Did you write these, Ms. Vega?" Hollister asked.` / `"I did not. …"` / `"Everybody?"`:
    /// a question standing alone in a paragraph of its own, right after the answers of the one
    /// an asker questioned, is the asker's next question, not more of the answer. Read back over
    /// the answering person's quotations (three at most) to the question they answered, which
    /// must end the paragraph right before the first of them and be another person's.
    func askersNextTurn(_ index: Int, answerer: SpeakerCandidate) -> SpeakerCandidate? {
        guard !answering, answerer.kind == .person, index >= 2, quotations[index - 1].line != quotations[index].line,
              paragraph(quotations[index].line).tokens.allSatisfy({ $0.quotationIndex == index || $0.kind == .punctuation }) else { return nil }
        var j = index - 1
        while j > 0, j > index - 4, results[j - 1]?.speaker?.text == answerer.text { j -= 1 }
        let question = j - 1
        guard question >= 0, lastContentScalar(quotations[question]) == "?",
              previousNonBlankLine(before: quotations[j].line) == quotations[question].line,
              let asker = results[question]?.speaker, asker.kind == .person, asker.text != answerer.text else { return nil }
        return asker
    }

    /// `"So you're saying nobody in your office knew?" the reporter pressed.`: a question put in
    /// the second person right after someone's words is put to them, so a description of its
    /// asker (`the reporter`, `one councillor`) that found that very person stands for someone
    /// else, and stays as written. (A name, a pronoun or a title finds the asker as it is.)
    func isPutToResolvedSpeaker(_ candidate: SpeakerCandidate, resolved: SpeakerCandidate) -> Bool {
        guard !answering, candidate.kind == .group, resolved.kind == .person,
              let before = personQuotedJustBefore(), surnameKey(before) == surnameKey(resolved),
              quotations[currentIndex - 1].line != quotations[currentIndex].line else { return false }
        return addressesSomeone(quotations[currentIndex])
    }

    /// Whether a quotation holds `you` or `your` as a word, in any case: the text's own word
    /// search (``forEachOccurrence(of:startingIn:foldingCase:_:)``) over the quotation's scalars.
    private func addressesSomeone(_ span: QuotationSpan) -> Bool {
        Self.secondPersonWords.contains { word in
            var found = false
            forEachOccurrence(of: word, startingIn: span.contentStart..<max(span.contentStart, span.contentEnd - word.count + 1), foldingCase: true) { _ in
                found = true
                return false
            }
            return found
        }
    }

    /// The words that put a question to the one it is asked of.
    private static let secondPersonWords: [[Unicode.Scalar]] = ["you", "your"].map { Array($0.unicodeScalars) }
}

extension SpeakerAttributor {
    /// `Under cross-examination, barrister X suggested Mrs Crace had approved the payments.` /
    /// `'…, wasn't it?' he asked.` / `'It was my job to flag them,' she replied.`: the one an
    /// answer's `he` or `she` stands for, when nothing nearer did, is the one question `q` was put
    /// to: whom it calls by name, else the person named last (outside quotation marks) in its
    /// paragraph or the one before that is not its asker and fits the pronoun.
    func questionedPerson(by q: Int, fitting pronoun: SpeakerCandidate) -> SpeakerCandidate? {
        guard pronoun.isHeOrShe, let asker = results[q]?.speaker, asker.kind == .person else { return nil }
        if let addressed = addressedPerson(in: q), surnameKey(addressed) != surnameKey(asker) {
            return fits(addressed, pronoun) ? addressed : nil
        }
        let line = quotations[q].line
        for l in [line] + (previousNonBlankLine(before: line).map { [$0] } ?? []) where l != headline {
            let tokens = paragraph(l).tokens
            for run in nameRuns(tokens, 0..<tokens.count).reversed() where tokens[run.lowerBound].quotationIndex == nil {
                guard var named = nameCandidate(tokens, run, gender: .unknown), named.kind == .person, looksLikeName(named),
                      isSpeakerShaped(named), surnameKey(named) != surnameKey(asker) else { continue }
                named = fullName(of: named) ?? named
                return fits(named, pronoun) ? named : nil
            }
        }
        return nil
    }
}
