/// A counter of views or reads right under the article's date line.
///
/// A site prints how often the story was read under its byline and date, in its own words and
/// shape: a label and a colon before the figure (`View count: 2 317`), or the figure inside the
/// phrase (`Read 3 418 times`, `Прочетено 512 пъти`, `Gelesen 1.203 Mal`). The lexicon's counter
/// class knows the one-word labels with a colon; the count-line rule wants a unit after a colon.
/// What tells the counter in every language is its shape and its place: one to three words of
/// letters and one figure (digits, grouped by spaces, dots or commas), nothing else, on the line
/// right under a date line (not under a lead-in that names a date and closes on a colon, and not
/// over a line of the same shape: those are a list of the story's figures). What sits there in a story is its lead or its
/// standfirst, a sentence, never a figure with a word or two; a date line itself (`Updated: 28
/// October 2026, 09:12`) is left alone, and a line with two figures apart (`Bulgaria 2 Romania 1`)
/// is no counter.
extension BoilerplateClassifier {
    /// Removes the kept counter right under a kept date line. (Anywhere on the page: a standfirst
    /// above the byline is prose, so the date line under it may already lie in the body's zone.)
    func countersUnderDate(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        for position in 0..<max(0, nonBlank.count - 1) {
            // The date line first (a flag), then the line under it: a handful of lines per page.
            let date = lines[nonBlank[position]]
            guard date.dateLike, !date.removed else { continue }
            let index = nonBlank[position + 1]
            let line = lines[index]
            guard !line.removed, !line.dateLike, !line.terminal, line.words >= 2, line.words <= 6,
                  line.trimmedEnd - line.trimmedStart <= 48, !endsWithColon(date, bytes: bytes),
                  Self.isCounter(line.trimmedText(in: bytes)) else { continue }
            // A line of the same shape under it makes a list of the story's figures.
            if position + 2 < nonBlank.count {
                let next = lines[nonBlank[position + 2]]
                if next.trimmedEnd - next.trimmedStart <= 48 && Self.isCounter(next.trimmedText(in: bytes)) { continue }
            }
            // Right above the first paragraph, a counter of four words is taken for the title (as
            // a count line is, see `countLines`): below the headline already found, it is none.
            guard untitleBelowHeadline(&lines, nonBlank: nonBlank, at: position + 1) else { continue }
            _ = remove(&lines, index, rule: .dateCounter)
        }
    }

    /// Whether `raw` is a counter: one to three words of letters and one figure of digit groups
    /// joined by a space, a dot or a comma, in one of two shapes: the label closed by a colon and
    /// the figure last (`View count: 2 317`), or the figure of three digits or more and one word
    /// that counts it (`Read 3 418 times`). A figure after a word and nothing else (`Almaty 223`)
    /// is a list's item; a time ago is short and counted by two words or none (`Updated: 1 hour
    /// ago`, `Atjaunots pirms 12 minūtēm`).
    static func isCounter(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        // Words before and after the figure, runs of digit groups, digits in all.
        var (wordsBefore, wordsAfter, figureRuns, digits) = (0, 0, 0, 0)
        var (inFigure, colonBeforeFigure) = (false, false)
        for token in raw.split(separator: 0x20) {
            guard let first = token.first else { continue }
            if isDigit(first) {
                // A group of the figure: digits, and a dot or a comma between them.
                guard token.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }),
                      let last = token.last, isDigit(last) else { return false }
                if !inFigure { figureRuns += 1; inFigure = true }
                digits += token.count { isDigit($0) }
            } else {
                // A word of letters, a colon allowed at the end of the label only.
                var body = token[...]
                let colon = body.last == UInt8(ascii: ":")
                if colon { body = body.dropLast() }
                guard !body.isEmpty, body.allSatisfy({ isLetter($0 | 0x20) || $0 == UInt8(ascii: "-") }) else { return false }
                if figureRuns > 0 {
                    guard !colon else { return false }
                    wordsAfter += 1
                } else {
                    wordsBefore += 1
                    colonBeforeFigure = colon
                }
                inFigure = false
            }
        }
        guard figureRuns == 1, (1...3).contains(wordsBefore) else { return false }
        return colonBeforeFigure ? wordsAfter == 0 : wordsAfter == 1 && digits >= 3
    }
}
