/// Turns ICU's sentence boundaries into the final ones: it removes the boundaries ICU puts after
/// abbreviations, initials, list markers and quoted questions, and adds the ones ICU misses
/// (list items, bullets, ellipses, a number after a full stop).
///
/// It works on the text's UTF-16 code units, as ICU does, in one forward pass over candidate
/// boundaries; each candidate is decided by looking at a few words around it, so the cost is
/// linear in the length of the text.
///
/// A boundary is represented by the position where the next sentence starts (after white space).
struct SentenceBoundaryResolver: Sendable {
    let lexicon: SentenceLexicon

    /// What a candidate boundary becomes.
    private enum Decision {
        case keep
        case drop
        /// The sentence really ends earlier, at this position (`compounds. . . . The`).
        case moveTo(Int)
    }

    /// Why a position is a candidate boundary (several reasons may meet at one position).
    private struct Reasons: OptionSet {
        let rawValue: UInt8
        /// ICU broke here.
        static let icu = Reasons(rawValue: 1)
        /// Terminal punctuation followed by white space.
        static let punctuation = Reasons(rawValue: 2)
        /// An item of an inline numbered or lettered list starts here.
        static let listItem = Reasons(rawValue: 4)
        /// A bullet after white space starts an item here.
        static let bullet = Reasons(rawValue: 8)
    }

    private struct Candidate {
        var position: Int
        var reasons: Reasons
    }

    /// The sentences of `text` as UTF-16 ranges, trimmed of white space, in order.
    ///
    /// - Parameters:
    ///   - text: The text's UTF-16 code units.
    ///   - icuBoundaries: ICU's sentence boundaries (UTF-16 offsets, ascending; 0 and the end may
    ///     be included).
    /// - Complexity: O(*n*) for *n* code units.
    func sentences(in text: UnsafeBufferPointer<UInt16>, icuBoundaries: [Int]) -> [Range<Int>] {
        let count = text.count
        guard let first = firstNonSpace(text, from: 0) else { return [] }
        let (candidates, embeddedQuotes) = collectCandidates(text, icuBoundaries: icuBoundaries)
        var quoteIndex = 0

        var starts: [Int] = [first]
        var sentenceStart = first
        for candidate in candidates where candidate.position > sentenceStart && candidate.position < count {
            // The last character of the sentence so far.
            var end = candidate.position - 1
            while end >= sentenceStart && SentenceCharacter.isSpace(text[end]) { end -= 1 }
            if end < sentenceStart { continue }
            // `"The vote was stolen. We want a new one," he said.` is one sentence: the quotation
            // ends in a comma, so it is part of the sentence that goes on after it.
            while quoteIndex < embeddedQuotes.count && embeddedQuotes[quoteIndex].upperBound < candidate.position { quoteIndex += 1 }
            if quoteIndex < embeddedQuotes.count && embeddedQuotes[quoteIndex].lowerBound < candidate.position
                && candidate.position < embeddedQuotes[quoteIndex].upperBound
            {
                continue
            }
            switch decide(text, at: candidate.position, reasons: candidate.reasons, lastCharacter: end, sentenceStart: sentenceStart) {
            case .keep:
                starts.append(candidate.position)
                sentenceStart = candidate.position
            case .moveTo(let position) where position > sentenceStart && position != candidate.position:
                starts.append(position)
                sentenceStart = position
            case .drop, .moveTo:
                break
            }
        }

        var result: [Range<Int>] = []
        result.reserveCapacity(starts.count)
        for (index, start) in starts.enumerated() {
            var end = index + 1 < starts.count ? starts[index + 1] : count
            while end > start && SentenceCharacter.isSpace(text[end - 1]) { end -= 1 }
            if end > start { result.append(start..<end) }
        }
        return result
    }

    // MARK: - Candidates

    /// ICU's boundaries, plus every place the rules may want one, sorted by position; and the
    /// double-quoted passages that close with a comma (`"…," he said`), from the opening mark
    /// to the closing one, within one line.
    private func collectCandidates(_ text: UnsafeBufferPointer<UInt16>, icuBoundaries: [Int]) -> ([Candidate], [Range<Int>]) {
        let count = text.count
        var found: [Candidate] = []
        found.reserveCapacity(icuBoundaries.count * 2 + 8)
        for boundary in icuBoundaries where boundary > 0 && boundary < count {
            if let start = firstNonSpace(text, from: boundary) { found.append(Candidate(position: start, reasons: .icu)) }
        }

        var markers: [ListMarker] = []
        var embeddedQuotes: [Range<Int>] = []
        var openQuote: Int?
        var line = 0
        var index = 0
        while index < count {
            // Most text is letters, digits and spaces, where nothing can happen: skip it eight
            // units at a time. This keeps the pass several times cheaper than ICU's own.
            index = SentenceCharacter.nextInterestingUnit(in: text, from: index)
            guard index < count else { break }
            let unit = text[index]
            if unit == 0x2E || unit == 0x29, let marker = listMarker(text, endingAt: index, line: line) {
                markers.append(marker)
            }
            if SentenceCharacter.isTerminal(unit) {
                var after = index + 1
                while after < count && (SentenceCharacter.isTerminal(text[after]) || SentenceCharacter.isCloser(text[after])) {
                    if text[after] == 0x22 || text[after] == 0x201D || text[after] == 0xBB { openQuote = nil }
                    after += 1
                }
                if after < count && SentenceCharacter.isSpace(text[after]), let start = firstNonSpace(text, from: after) {
                    found.append(Candidate(position: start, reasons: .punctuation))
                }
                index = after
                continue
            }
            if unit == 0x22 || unit == 0x201C || unit == 0x201D || unit == 0xAB || unit == 0xBB {
                let opens =
                    unit == 0x201C || unit == 0xAB
                    || unit == 0x22 && (index == 0 || SentenceCharacter.isSpace(text[index - 1]) || SentenceCharacter.isOpener(text[index - 1]) || SentenceCharacter.isDash(text[index - 1]))
                if opens {
                    openQuote = index
                } else if let open = openQuote {
                    if index > 0 && text[index - 1] == 0x2C { embeddedQuotes.append(open..<index) }
                    openQuote = nil
                }
            } else if SentenceCharacter.lineBreaks(unit) > 0 {
                line += 1
                openQuote = nil
            } else if SentenceCharacter.isBullet(unit) && (index == 0 || SentenceCharacter.isSpace(text[index - 1])) {
                found.append(Candidate(position: index, reasons: .bullet))
            }
            index += 1
        }
        for position in ListMarker.itemStarts(markers) {
            found.append(Candidate(position: position, reasons: .listItem))
        }

        found.sort { $0.position < $1.position }
        var merged: [Candidate] = []
        merged.reserveCapacity(found.count)
        for candidate in found {
            if let last = merged.last, last.position == candidate.position {
                merged[merged.count - 1].reasons.formUnion(candidate.reasons)
            } else {
                merged.append(candidate)
            }
        }
        return (merged, embeddedQuotes)
    }

    /// The list marker (`12.`, `b)`) whose punctuation is at `index`, if one is there.
    private func listMarker(_ text: UnsafeBufferPointer<UInt16>, endingAt index: Int, line: Int) -> ListMarker? {
        var start = index
        while start > 0 && index - start < 3 && SentenceCharacter.isDigit(text[start - 1]) { start -= 1 }
        if start == index {
            guard index > 0 && text[index - 1] >= 0x61 && text[index - 1] <= 0x7A else { return nil }
            start = index - 1
        }
        // `1.)`: the marker was found at its period already.
        if text[index] == 0x29 && index > 0 && text[index - 1] == 0x2E { return nil }
        guard start == 0 || SentenceCharacter.isSpace(text[start - 1]) else { return nil }
        return ListMarker.parse(text, at: start, line: line)
    }

    // MARK: - Decisions

    private func decide(
        _ text: UnsafeBufferPointer<UInt16>, at position: Int, reasons: Reasons, lastCharacter end: Int, sentenceStart: Int
    ) -> Decision {
        var lineBreaks = 0
        for index in (end + 1)..<position { lineBreaks += SentenceCharacter.lineBreaks(text[index]) }
        // A blank line always ends a sentence, whatever the punctuation says.
        if lineBreaks >= 2 { return .keep }
        // `1.`, `a)`, `• 9.` alone is the start of a list item, not a sentence.
        if isListMarkerOnly(text, from: sentenceStart, through: end) { return .drop }
        if lineBreaks == 1 { return decideAtLineBreak(text, at: position, lastCharacter: end, sentenceStart: sentenceStart) }
        if !reasons.isDisjoint(with: [.listItem, .bullet]) { return .keep }

        // `(Smith 55).` after a sentence-final mark belongs to that sentence.
        if continuesParenthetical(text, at: position) { return .drop }
        // Within a line, a dash opens no sentence: `WASHINGTON, D.C. — The…`, `«Кто?» — спросил он`.
        if SentenceCharacter.isDash(text[position]) && position + 1 < text.count && text[position + 1] == 0x20 { return .drop }

        var terminal = end
        while terminal > sentenceStart && SentenceCharacter.isCloser(text[terminal]) { terminal -= 1 }
        let unit = text[terminal]
        let decision: Decision
        switch unit {
        case 0x2E:  // .
            decision = decideAfterPeriod(text, period: terminal, next: position, reasons: reasons, sentenceStart: sentenceStart)
        case 0x2026:  // …
            decision = nextWord(text, at: position).kind == .upper ? .keep : .drop
        case 0x3F, 0x21, 0x203C, 0x2047, 0x2048, 0x2049:  // ? ! ‼ ⁇ ⁈ ⁉
            decision = decideAfterQuestionOrExclamation(text, next: position)
        default:
            decision = reasons.contains(.icu) ? .keep : .drop
        }
        if case .keep = decision, let afterEmoji = emojiRunEnd(text, at: position) {
            // `We won! 🎉 Next year…`: the emoji reacts to the sentence before it.
            return .moveTo(afterEmoji)
        }
        return decision
    }

    /// One line break (not a blank line) between two pieces of text.
    private func decideAtLineBreak(_ text: UnsafeBufferPointer<UInt16>, at position: Int, lastCharacter end: Int, sentenceStart: Int) -> Decision {
        var terminal = end
        while terminal > sentenceStart && SentenceCharacter.isCloser(text[terminal]) { terminal -= 1 }
        // Hard-wrapped text may break a line after `Mr.` or `U.S.`: the period rules still apply.
        if text[terminal] == 0x2E && terminal == end {
            return decideAfterPeriod(text, period: terminal, next: position, reasons: .icu, sentenceStart: sentenceStart)
        }
        if SentenceCharacter.isTerminal(text[terminal]) { return .keep }
        let next = nextWord(text, at: position)
        // A line that stops mid-sentence and a next line in lowercase: hard-wrapped text.
        if next.kind == .lower { return .drop }
        let last = text[end]
        if last == 0x2C || last == 0x3B { return .drop }  // , ;
        // `BISHKEK, Kyrgyzstan (AP) —` on a line of its own belongs to the first sentence.
        if SentenceCharacter.isDash(last) && end > 0 && SentenceCharacter.isSpace(text[end - 1]) && isDatelineLine(text, endingAt: end) {
            return .drop
        }
        // Otherwise a line without terminal punctuation is a sentence of its own (a headline).
        return .keep
    }

    private func isDatelineLine(_ text: UnsafeBufferPointer<UInt16>, endingAt end: Int) -> Bool {
        var start = end
        while start > 0 && SentenceCharacter.lineBreaks(text[start - 1]) == 0 { start -= 1 }
        guard end - start <= 80, let first = firstNonSpace(text, from: start), first < end else { return false }
        return SentenceCharacter.isUppercase(text[first])
    }

    private func decideAfterQuestionOrExclamation(_ text: UnsafeBufferPointer<UInt16>, next position: Int) -> Decision {
        let next = nextWord(text, at: position)
        // `"Who will pay?" asked one resident.` and `Yahoo! in the accounting department`.
        if next.kind == .lower { return .drop }
        if isSpeechAttribution(text, at: position) { return .drop }
        return .keep
    }

    private func decideAfterPeriod(
        _ text: UnsafeBufferPointer<UInt16>, period: Int, next position: Int, reasons: Reasons, sentenceStart: Int
    ) -> Decision {
        let icuDefault: Decision = reasons.contains(.icu) ? .keep : .drop
        // Ellipses made of periods.
        if period > sentenceStart && text[period - 1] == 0x2E {
            var dots = 0
            var index = period
            while index >= sentenceStart && text[index] == 0x2E {
                dots += 1
                index -= 1
            }
            if dots >= 3 { return nextWord(text, at: position).kind == .upper ? .keep : .drop }
            return icuDefault
        }
        if period >= sentenceStart + 2 && text[period - 1] == 0x20 && text[period - 2] == 0x2E {
            return decideAfterSpacedEllipsis(text, lastDot: period, next: position, sentenceStart: sentenceStart)
        }

        let next = nextWord(text, at: position)
        if next.kind == .lower { return .drop }

        let token = tokenBefore(text, period: period, sentenceStart: sentenceStart)
        if token.isEmpty { return icuDefault }
        if isWebAddress(text, token) { return next.kind == .upper ? .keep : icuDefault }

        switch abbreviationClass(text, token) {
        case .prefix?:
            return next.kind == .other ? icuDefault : .drop
        case .time?:
            switch next.kind {
            case .digit: return .drop
            case .upper:
                if lexicon.timeContinuations.contains(word(text, next.word).lowercased()) { return .drop }
                if isShortTimeOpener(text, from: sentenceStart, to: token.lowerBound) { return .drop }
                return .keep
            default: return icuDefault
            }
        case .final?:
            switch next.kind {
            case .digit: return .drop
            case .upper: return .keep
            default: return icuDefault
            }
        case .abbreviation?:
            switch next.kind {
            case .digit: return .drop
            case .upper:
                // Another initial (`E. A. Poe`, `В. В. Путин`) continues the name, even when
                // the letter is also a word (`A`, Russian `В`).
                if next.word.count == 1 && next.word.upperBound < text.count && text[next.word.upperBound] == 0x2E { return .drop }
                return isSentenceStarter(text, next.word) ? .keep : .drop
            default: return icuDefault
            }
        case nil:
            // An ordinary word or a number: `in 2019. 2020 was…` ends a sentence although ICU
            // sees a lowercase word further on.
            return next.kind == .digit || next.kind == .upper ? .keep : icuDefault
        }
    }

    /// `. . .` (three spaced dots) continues; `. . . .` ends the sentence; `word. . . . Next`
    /// ends it after `word.`, and the ellipsis opens the next sentence.
    private func decideAfterSpacedEllipsis(
        _ text: UnsafeBufferPointer<UInt16>, lastDot: Int, next position: Int, sentenceStart: Int
    ) -> Decision {
        var dots = 1
        var firstDot = lastDot
        while firstDot - 2 >= sentenceStart && text[firstDot - 1] == 0x20 && text[firstDot - 2] == 0x2E {
            dots += 1
            firstDot -= 2
        }
        let attached = firstDot > sentenceStart && !SentenceCharacter.isSpace(text[firstDot - 1])
        let nextIsUpper = nextWord(text, at: position).kind == .upper
        if dots < 4 || !nextIsUpper { return .drop }
        if attached, let start = firstNonSpace(text, from: firstDot + 1) { return .moveTo(start) }
        return .keep
    }

    // MARK: - Words around a candidate

    private enum WordKind { case upper, lower, digit, other }

    /// The first word at `position`, after opening quotes and brackets: its kind and its letters.
    private func nextWord(_ text: UnsafeBufferPointer<UInt16>, at position: Int) -> (kind: WordKind, word: Range<Int>) {
        var index = position
        // Openers, and the dash of Russian-style attribution (`«Кто?» — спросил он`).
        while index < text.count
            && (SentenceCharacter.isOpener(text[index]) || (text[index] == 0x2014 || text[index] == 0x2013) && index + 1 < text.count && text[index + 1] == 0x20)
        {
            index += text[index] == 0x2014 || text[index] == 0x2013 ? 2 : 1
        }
        guard index < text.count else { return (.other, index..<index) }
        let unit = text[index]
        var end = index
        while end < text.count && SentenceCharacter.isLetter(text[end]) { end += 1 }
        let kind: WordKind =
            SentenceCharacter.isDigit(unit) ? .digit
            : SentenceCharacter.isUppercase(unit) ? .upper
            : SentenceCharacter.isLowercase(unit) ? .lower
            : .other
        return (kind, index..<end)
    }

    /// The non-space run that ends at the period, without the quotes and brackets around it.
    private func tokenBefore(_ text: UnsafeBufferPointer<UInt16>, period: Int, sentenceStart: Int) -> Range<Int> {
        var start = period
        while start > sentenceStart && !SentenceCharacter.isSpace(text[start - 1]) { start -= 1 }
        var end = period
        while start < end && SentenceCharacter.isOpener(text[start]) && text[start] != 0x2E { start += 1 }
        while end > start && SentenceCharacter.isCloser(text[end - 1]) { end -= 1 }
        return start..<end
    }

    private func word(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF16.self)
    }

    private func isSentenceStarter(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        !range.isEmpty && lexicon.sentenceStarters.contains(word(text, range).lowercased())
    }

    /// The class of the abbreviation `token`: from the lists, else by shape (an initial such as
    /// `J` or `В`; dotted letters such as `U.S`, `Ph.D`, `J.R.R`).
    private func abbreviationClass(_ text: UnsafeBufferPointer<UInt16>, _ token: Range<Int>) -> SentenceLexicon.AbbreviationClass? {
        if token.count <= 12, let listed = lexicon.abbreviations[word(text, token)] { return listed }
        if token.count == 1 { return SentenceCharacter.isLetter(text[token.lowerBound]) ? .abbreviation : nil }
        // Dotted letters: every part one to three letters, at least one inner period.
        var partLength = 0
        var periods = 0
        for index in token {
            let unit = text[index]
            if unit == 0x2E {
                if partLength == 0 { return nil }
                periods += 1
                partLength = 0
            } else if SentenceCharacter.isLetter(unit) {
                partLength += 1
                if partLength > 3 { return nil }
            } else {
                return nil
            }
        }
        return periods > 0 && partLength > 0 ? .abbreviation : nil
    }

    private func isWebAddress(_ text: UnsafeBufferPointer<UInt16>, _ token: Range<Int>) -> Bool {
        var previous: UInt16 = 0
        for index in token {
            let unit = text[index]
            if unit == 0x40 || unit == 0x2F && previous == 0x2F { return true }  // @ or //
            previous = unit
        }
        return token.count > 4 && text[token.lowerBound] == 0x77 && text[token.lowerBound + 1] == 0x77
            && text[token.lowerBound + 2] == 0x77 && text[token.lowerBound + 3] == 0x2E  // www.
    }

    /// `At 5 a.m. Mr. Smith went…`: a sentence cannot be only a preposition and a time.
    private func isShortTimeOpener(_ text: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int) -> Bool {
        var words = 0
        var inWord = false
        for index in start..<end {
            let space = SentenceCharacter.isSpace(text[index])
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        guard words <= 3 else { return false }
        let first = nextWord(text, at: start)
        return lexicon.timeOpeners.contains(word(text, first.word).lowercased())
    }

    /// `(Smith 55).` after a sentence-final mark: the parenthesis ends with the sentence's own
    /// punctuation, so it belongs to the sentence before it.
    private func continuesParenthetical(_ text: UnsafeBufferPointer<UInt16>, at position: Int) -> Bool {
        guard text[position] == 0x28 else { return false }
        var index = position + 1
        let limit = min(text.count, position + 300)
        var depth = 1
        while index < limit {
            let unit = text[index]
            if SentenceCharacter.lineBreaks(unit) > 0 { return false }
            if unit == 0x28 { depth += 1 }
            if unit == 0x29 {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index < limit else { return false }
        let close = index
        index += 1
        while index < text.count && SentenceCharacter.isCloser(text[index]) { index += 1 }
        while index < text.count && text[index] == 0x20 { index += 1 }
        if index == text.count || SentenceCharacter.lineBreaks(text[index]) > 0 {
            // `… on October 5. (AFP)` at the end of a paragraph: a credit or an aside without
            // sentence punctuation of its own is no sentence.
            guard close - position <= 60 else { return false }
            for inner in (position + 1)..<close where SentenceCharacter.isTerminal(text[inner]) { return false }
            return true
        }
        let unit = text[index]
        return unit == 0x2E || unit == 0x3F || unit == 0x21 || unit == 0x2C || unit == 0x3B
    }

    /// `"Who will pay?" Mr. Smith asked.`: up to four capitalised words and a verb of speech.
    private func isSpeechAttribution(_ text: UnsafeBufferPointer<UInt16>, at position: Int) -> Bool {
        var index = position
        var capitalised = 0
        while capitalised <= 4 && index < text.count {
            var end = index
            while end < text.count && SentenceCharacter.isLetter(text[end]) { end += 1 }
            guard end > index else { return false }
            if SentenceCharacter.isUppercase(text[index]) {
                capitalised += 1
            } else {
                return capitalised > 0 && lexicon.speechVerbs.contains(word(text, index..<end))
            }
            // Skip the rest of the word (`Mr.`, `O'Brien`, `Smith,`) and one space.
            while end < text.count && !SentenceCharacter.isSpace(text[end]) { end += 1 }
            guard end < text.count && text[end] == 0x20 else { return false }
            index = end + 1
        }
        return false
    }

    /// The start of the text after an emoji run at `position` that is followed by more text
    /// on the same line.
    private func emojiRunEnd(_ text: UnsafeBufferPointer<UInt16>, at position: Int) -> Int? {
        var index = position
        while index < text.count && SentenceCharacter.isEmojiPart(text[index]) { index += 1 }
        guard index > position, index < text.count, text[index] == 0x20 else { return nil }
        guard let next = firstNonSpace(text, from: index) else { return nil }
        for between in index..<next where SentenceCharacter.lineBreaks(text[between]) > 0 { return nil }
        return next
    }

    private func isListMarkerOnly(_ text: UnsafeBufferPointer<UInt16>, from start: Int, through end: Int) -> Bool {
        guard end - start < 8 else { return false }
        var index = start
        if SentenceCharacter.isBullet(text[index]) {
            index += 1
            while index <= end && SentenceCharacter.isSpace(text[index]) { index += 1 }
            if index > end { return true }
        }
        // `Q.` and `A.` of an interview, or `B.` of a lettered list, open the sentence after them.
        if end == index + 1 && text[end] == 0x2E && SentenceCharacter.isUppercase(text[index]) { return true }
        return ListMarker.parse(text, at: index, line: 0, requireFollowingText: false).map { $0.end == end + 1 } ?? false
    }

    private func firstNonSpace(_ text: UnsafeBufferPointer<UInt16>, from position: Int) -> Int? {
        var index = position
        while index < text.count && SentenceCharacter.isSpace(text[index]) { index += 1 }
        return index < text.count ? index : nil
    }
}
