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
/// is no counter. A language may put the figure anywhere among the counter's words (`Minti 2 na
/// karatu`, `An karanta sau 4,210`): such a loose counter goes like one with its figure first, in
/// a run under the date over a line already taken (a caption, the share row), never over the lead,
/// when its figure counts readers (three digits or more) or a rule took it already (a reading time
/// the lexicon knows): a small figure there is also a time ago, which is the article's.
extension BoilerplateClassifier {
    /// Removes the kept counters right under a kept date line. (Anywhere on the page: a standfirst
    /// above the byline is prose, so the date line under it may already lie in the body's zone.)
    ///
    /// A site may print two counters there, one under the other (`३ मिनेट पढ्नुहोस्` over `२,४१८
    /// पटक पढिएको`: a reading time and views), one of them perhaps taken already by the lexicon. A
    /// list of the story's figures has the same shape, and so has a timeline's item with the figure
    /// first (`१२ बसें चालू`), but the story goes on under them; the counters run into the share row
    /// or another line already taken. So one counter with its label first goes alone, and two or
    /// three, or one with its figure first, go when the line under them is removed.
    func countersUnderDate(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        for position in 0..<max(0, nonBlank.count - 1) {
            // The date line first (a flag), then the lines under it: a handful of lines per page.
            let date = lines[nonBlank[position]]
            guard date.dateLike, !date.removed, !endsWithColon(date, bytes: bytes) else { continue }
            var (end, figureFirst, kept) = (position + 1, false, false)
            while end < nonBlank.count, end - position <= 4, let shape = counterShape(lines[nonBlank[end]], bytes: bytes) {
                figureFirst = figureFirst || shape != .labelFirst
                kept = kept || !lines[nonBlank[end]].removed
                end += 1
            }
            let run = end - position - 1
            guard kept, run <= 3 else { continue }
            if run > 1 || figureFirst {
                guard end < nonBlank.count, lines[nonBlank[end]].removed else { continue }
            }
            // Right above the first paragraph, a counter of four words is taken for the title (as
            // a count line is, see `countLines`): below the headline already found, it is none.
            for counter in (position + 1)..<end where untitleBelowHeadline(&lines, nonBlank: nonBlank, at: counter) {
                _ = remove(&lines, nonBlank[counter], rule: .dateCounter)
            }
        }
    }

    /// The shapes of a counter: see ``counterShape(of:)``. A loose one goes as one with its figure
    /// first does, only over a line already taken.
    enum CounterShape { case labelFirst, figureFirst, loose }

    /// The counter's shape of `line`, when it is short, no sentence, no date, and a counter
    /// (``counterShape(of:)``), its figures read in any script's digits; `nil` otherwise. A line
    /// already removed may be one (the lexicon knows some reading times).
    private func counterShape(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> CounterShape? {
        guard !line.dateLike, !line.terminal, line.words >= 2, line.words <= 6 else { return nil }
        let raw = line.trimmedText(in: bytes)
        // Forty-eight characters: a line of other scripts' letters is up to three bytes each.
        guard raw.count <= 48 || raw.count <= 144 && raw.count { $0 & 0xC0 != 0x80 } <= 48 else { return nil }
        guard raw.contains(where: { $0 >= 0x80 }) else {
            return Self.counterShape(of: raw).flatMap { Self.counts($0, removed: line.removed, raw: raw) ? $0 : nil }
        }
        let folded = LineNormalizer.foldingDigits(raw)
        return folded.withUnsafeBufferPointer { folded in
            Self.counterShape(of: folded).flatMap { Self.counts($0, removed: line.removed, raw: folded) ? $0 : nil }
        }
    }

    /// The shape of `raw` when it is a counter, or `nil`: one to three words of letters and one
    /// figure of digit groups joined by a space, a dot or a comma, in one of three shapes: the label closed by a colon and
    /// the figure last (`View count: 2 317`), the figure of three digits or more and one word
    /// that counts it (`Read 3 418 times`), or the figure first and two words, or one word after a
    /// figure of three digits or more, as languages that put the verb last print it (`३ मिनेट
    /// पढ्नुहोस्`, `२,४१८ पटक पढिएको`, `1.203 okunma`). A figure after a word and nothing else
    /// (`Almaty 223`) is a list's item; a time ago is short and counted by two words or none
    /// (`Updated: 1 hour ago`, `Atjaunots pirms 12 minūtēm`). Digits of other scripts are
    /// folded to ASCII first; other bytes past ASCII are letters.
    static func counterShape(of raw: UnsafeBufferPointer<UInt8>) -> CounterShape? {
        // Words before and after the figure, runs of digit groups, digits in all.
        var (wordsBefore, wordsAfter, figureRuns, digits) = (0, 0, 0, 0)
        var (inFigure, colonBeforeFigure) = (false, false)
        for token in raw.split(separator: 0x20) {
            guard let first = token.first else { continue }
            if isDigit(first) {
                // A group of the figure: digits, and a dot or a comma between them.
                guard token.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }),
                      let last = token.last, isDigit(last) else { return nil }
                if !inFigure { figureRuns += 1; inFigure = true }
                digits += token.count { isDigit($0) }
            } else {
                // A word of letters, a colon allowed at the end of the label only.
                var body = token[...]
                let colon = body.last == UInt8(ascii: ":")
                if colon { body = body.dropLast() }
                guard !body.isEmpty, body.allSatisfy({ isLetter($0 | 0x20) || $0 == UInt8(ascii: "-") }) else { return nil }
                if figureRuns > 0 {
                    guard !colon else { return nil }
                    wordsAfter += 1
                } else {
                    wordsBefore += 1
                    colonBeforeFigure = colon
                }
                inFigure = false
            }
        }
        guard figureRuns == 1 else { return nil }
        if wordsBefore == 0 { return wordsAfter == 2 || wordsAfter == 1 && digits >= 3 ? .figureFirst : nil }
        guard wordsBefore <= 3 else { return nil }
        if colonBeforeFigure ? wordsAfter == 0 : wordsAfter == 1 && digits >= 3 { return .labelFirst }
        // Any other place of the figure among one to four words (`Minti 3 na karatu`, `An karanta
        // sau 4,210`): a counter's words in the language's own order.
        return wordsBefore + wordsAfter <= 4 ? .loose : nil
    }

    /// Whether a line of `shape` counts as a counter: a loose one only when a rule already took it
    /// (a reading time: `Lohkanáigi: 3 minuhta`) or, with no colon, its figure counts readers, three
    /// digits or more. A small figure among a few words under the date is also a time ago (`Updated
    /// about 3 hours ago`, `Atjaunots pirms 12 minūtēm`), which is the article's.
    private static func counts(_ shape: CounterShape, removed: Bool, raw: UnsafeBufferPointer<UInt8>) -> Bool {
        shape != .loose || removed || raw.count(where: isDigit) >= 3 && !raw.contains(UInt8(ascii: ":"))
    }
}
