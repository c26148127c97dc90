/// Finds quotations: pairs of double or single quote marks, straight or curly, within a
/// paragraph, and quotations that run on across paragraphs.
///
/// A mark's role comes from what surrounds it: after a space and before a word it opens, after a
/// word and before a space or punctuation it closes. A letter on both sides makes an apostrophe
/// (`Kyrgyzstan's`, `rock'n'roll`); a leading apostrophe before a decade or an elided word
/// (`'90s`, `'n'`, `'em`) is not a quote mark either. Pairing is done paragraph by paragraph, so
/// a stray mark costs at most its own paragraph's pairing, never the rest of the article; an
/// opener that is still open when a second opener arrives is taken for a stray mark.
/// Quotations nested inside another (single inside double, or double inside single) are part of
/// the outer quotation and are not reported on their own.
struct QuoteMarkScanner {
    let elisions: Set<String>
    let singleQuotes: Bool

    /// How many lines a quotation may run over inside one hard-wrapped paragraph.
    static let maxWrappedLines = 8

    /// A quote mark and its possible roles.
    private struct Mark {
        var position: Int
        var canOpen: Bool
        var canClose: Bool
        /// A closer that could also be a plural possessive (`protesters' demands`).
        var possessiveLike = false
    }

    /// The quotations in `text`, in text order.
    /// `linesWithMarks[i]` tells whether line `i` has any quote mark and `marks` (ascending) where
    /// every scalar that may be one is (the caller learns both while decoding the text); lines
    /// without are only checked for being blank.
    func scan(_ text: [Unicode.Scalar], lines: [Range<Int>], linesWithMarks: [Bool], marks: [Int]) -> [QuotationSpan] {
        var markCursor = 0
        var result: [QuotationSpan] = []
        // An opener left open at the end of a paragraph, waiting to see if the next one reopens.
        var pendingOpen: Int? = nil
        var pendingLine = -1
        // The last line a hard-wrapped quotation has run into so far.
        var pendingLastLine = -1
        var pendingContinues = false
        // Whether the open quotation was opened by a single mark (UK style), which only a
        // single mark closes or reopens; one never reopened is dropped, as a stray apostrophe
        // is likelier than a forgotten closing mark.
        var pendingSingle = false
        func flushPending() {
            if let open = pendingOpen, !pendingSingle, var span = unclosedFallback(text, open: open, line: lines[pendingLine], lineIndex: pendingLine) {
                span.continuesPrevious = pendingContinues
                result.append(span)
            }
            pendingOpen = nil
        }
        for (lineIndex, line) in lines.enumerated() {
            var doubles: [Mark] = []
            var singles: [Mark] = []
            if linesWithMarks[lineIndex] {
                while markCursor < marks.count && marks[markCursor] < line.lowerBound { markCursor += 1 }
                var markEnd = markCursor
                while markEnd < marks.count && marks[markEnd] < line.upperBound { markEnd += 1 }
                collectMarks(text, line: line, positions: marks[markCursor..<markEnd], doubles: &doubles, singles: &singles)
                markCursor = markEnd
            }
            // A line right after the open quotation's line (no blank line between) may carry on a
            // hard-wrapped paragraph.
            let wraps = pendingOpen != nil && lineIndex == pendingLastLine + 1 && lineIndex - pendingLine < Self.maxWrappedLines
            if doubles.isEmpty && singles.isEmpty {
                if pendingOpen != nil && !isBlank(text, line) {
                    if wraps { pendingLastLine = lineIndex } else { flushPending() }
                }
                continue
            }
            var reopenedAt: Int? = nil
            if let open = pendingOpen {
                let same = pendingSingle ? singles.first : doubles.first
                if wraps, let mark = same, mark.canClose, firstNonSpace(text, line) != mark.position || !mark.canOpen {
                    // The quotation closes on a following line of the same paragraph.
                    result.append(QuotationSpan(
                        start: open, end: mark.position + 1, contentStart: open + 1, contentEnd: mark.position, line: pendingLine,
                        continuesPrevious: pendingContinues))
                    if pendingSingle { singles.removeFirst() } else { doubles.removeFirst() }
                    pendingOpen = nil
                } else if let first = firstNonSpace(text, line), let mark = same, mark.position == first, mark.canOpen {
                    let end = trimmedEnd(text, lines[pendingLine])
                    result.append(QuotationSpan(
                        start: open, end: end, contentStart: open + 1, contentEnd: end, line: pendingLine,
                        continuesPrevious: pendingContinues, continuesInNext: true))
                    reopenedAt = first
                    pendingOpen = nil
                } else {
                    flushPending()
                }
            }
            var lineSpans: [QuotationSpan] = []
            var leftOpen = pairDoubles(text, doubles, line: lineIndex, into: &lineSpans)
            var leftOpenSingle = false
            if singleQuotes && !singles.isEmpty {
                var singleSpans: [QuotationSpan] = []
                let singleLeftOpen = pairSingles(text, singles, line: lineIndex, into: &singleSpans)
                lineSpans = merge(doubles: lineSpans, singles: singleSpans)
                // A single-quoted statement left open, with no double mark left open, may be
                // reopened by the next paragraph's first mark; only one opening its paragraph or
                // introduced by a colon or comma (`she said: '…`), as a statement long enough to
                // run on is, since a mark inside a sentence is likelier a stray apostrophe.
                if leftOpen == nil, let singleLeftOpen, opensStatement(text, singleLeftOpen, line),
                   !lineSpans.contains(where: { $0.start < singleLeftOpen && singleLeftOpen < $0.end }) {
                    leftOpen = singleLeftOpen
                    leftOpenSingle = true
                }
            }
            if let reopenedAt, let index = lineSpans.firstIndex(where: { $0.start == reopenedAt }) {
                lineSpans[index].continuesPrevious = true
            }
            if let leftOpen {
                pendingOpen = leftOpen
                pendingSingle = leftOpenSingle
                pendingLine = lineIndex
                pendingLastLine = lineIndex
                pendingContinues = leftOpen == reopenedAt
            }
            result.append(contentsOf: lineSpans)
        }
        flushPending()
        result.sort { $0.start < $1.start }
        return result
    }

    /// Whether the mark at `open` begins its paragraph or follows a colon, a comma or the end of
    /// a sentence (`'…,' said Reid. 'It's a joke. …` and the next paragraph reopening: the UK
    /// desk's second quotation of a paragraph running on).
    private func opensStatement(_ text: [Unicode.Scalar], _ open: Int, _ line: Range<Int>) -> Bool {
        guard let before = scalarBefore(text, open, line) else { return true }
        return before == ":" || before == "," || before == "." || before == "?" || before == "!"
    }

    /// The last scalar before `open` in its paragraph that is not a space, or nil when the mark
    /// begins the paragraph.
    private func scalarBefore(_ text: [Unicode.Scalar], _ open: Int, _ line: Range<Int>) -> Unicode.Scalar? {
        var before = open - 1
        while before >= line.lowerBound && ScalarClass.isSpace(text[before]) { before -= 1 }
        return before < line.lowerBound ? nil : text[before]
    }

    private func isBlank(_ text: [Unicode.Scalar], _ line: Range<Int>) -> Bool {
        firstNonSpace(text, line) == nil
    }

    private func firstNonSpace(_ text: [Unicode.Scalar], _ line: Range<Int>) -> Int? {
        for i in line where !ScalarClass.isSpace(text[i]) { return i }
        return nil
    }

    private func trimmedEnd(_ text: [Unicode.Scalar], _ line: Range<Int>) -> Int {
        var end = line.upperBound
        while end > line.lowerBound && ScalarClass.isSpace(text[end - 1]) { end -= 1 }
        return end
    }

    /// An opener never closed nor reopened: kept as a quotation running to the end of the
    /// paragraph only when it opens the paragraph or follows a colon (a closing mark forgotten),
    /// and dropped as a stray mark otherwise.
    private func unclosedFallback(_ text: [Unicode.Scalar], open: Int, line: Range<Int>, lineIndex: Int) -> QuotationSpan? {
        let end = trimmedEnd(text, line)
        if let before = scalarBefore(text, open, line), before != ":" { return nil }
        var words = 0
        var inWord = false
        for i in (open + 1)..<end {
            let isSpace = ScalarClass.isSpace(text[i])
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
        }
        guard words >= 3 else { return nil }
        return QuotationSpan(start: open, end: end, contentStart: open + 1, contentEnd: end, line: lineIndex)
    }

    // MARK: - Marks

    private func collectMarks(_ text: [Unicode.Scalar], line: Range<Int>, positions: ArraySlice<Int>, doubles: inout [Mark], singles: inout [Mark]) {
        // Marks up to here were consumed by the one before (an elision's closing apostrophe).
        var consumed = -1
        for position in positions where position > consumed {
            switch text[position].value {
            case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB:
                if let mark = classifyDouble(text, position, line) { doubles.append(mark) }
            case 0x27, 0x2018, 0x2019, 0x201A, 0x2039, 0x203A:
                var i = position
                if singleQuotes, let mark = classifySingle(text, &i, line) { singles.append(mark) }
                consumed = i
            default:
                break
            }
        }
    }

    private static func isOpeningMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201C, 0x201E, 0x201F, 0xAB, 0x2018, 0x201A, 0x2039: return true
        default: return false
        }
    }

    private static func isQuoteMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x27, 0x2018, 0x2019, 0x201A, 0x2039, 0x203A: return true
        default: return false
        }
    }

    /// Whether the character before a mark lets it open: start, space, bracket, dash, slash or
    /// another opening mark.
    private func leftBound(_ text: [Unicode.Scalar], _ i: Int, _ line: Range<Int>) -> Bool {
        guard i > line.lowerBound else { return true }
        let p = text[i - 1]
        if ScalarClass.isSpace(p) { return true }
        switch p.value {
        case 0x28, 0x5B, 0x7B, 0x3C, 0x2014, 0x2013, 0x2D, 0x2F: return true
        default: return Self.isOpeningMark(p) || (Self.isQuoteMark(p) && i - 1 == line.lowerBound)
        }
    }

    /// Whether the character after a mark lets it close: end, space, punctuation or a mark.
    private func rightBound(_ text: [Unicode.Scalar], _ i: Int, _ line: Range<Int>) -> Bool {
        guard i + 1 < line.upperBound else { return true }
        let n = text[i + 1]
        if ScalarClass.isSpace(n) { return true }
        switch n.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x3E, 0x2014, 0x2013, 0x2026, 0x2D, 0x2F: return true
        default: return Self.isQuoteMark(n)
        }
    }

    private func classifyDouble(_ text: [Unicode.Scalar], _ i: Int, _ line: Range<Int>) -> Mark? {
        let left = leftBound(text, i, line)
        let right = rightBound(text, i, line)
        switch text[i].value {
        case 0x201C, 0x201E, 0x201F, 0xAB:
            // Some sites write “ for both marks: after a word and before a space it closes.
            if !left && right { return Mark(position: i, canOpen: false, canClose: true) }
            // After a dash and before a space: speech broken off may end here (`„…der Hafen –“`),
            // so the pairing decides; not « , which French spaces inside its marks.
            if right && text[i].value != 0xAB && Self.follows(dashIn: text, i, line) {
                return Mark(position: i, canOpen: true, canClose: true)
            }
            return Mark(position: i, canOpen: true, canClose: false)
        case 0x201D, 0xBB:
            if left && !right { return Mark(position: i, canOpen: true, canClose: false) }
            return Mark(position: i, canOpen: false, canClose: true)
        default:
            if left && !right { return Mark(position: i, canOpen: true, canClose: false) }
            if !left && right { return Mark(position: i, canOpen: false, canClose: true) }
            // Both or neither: decided by the pairing state.
            return Mark(position: i, canOpen: true, canClose: true)
        }
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        ScalarClass.isWord(s)
    }

    /// Whether the scalar before `position` is a dash or hyphen.
    private static func follows(dashIn text: [Unicode.Scalar], _ position: Int, _ line: Range<Int>) -> Bool {
        guard position > line.lowerBound else { return false }
        let v = text[position - 1].value
        return v == 0x2013 || v == 0x2014 || v == 0x2D
    }

    /// Whether a closer after an `s` reads as a plural possessive: a word follows after a space
    /// (`protesters' demands`), or after a spaced dash opening an aside (`the fans' – and the
    /// players' – anger`).
    private static func isPluralPossessive(_ text: [Unicode.Scalar], _ position: Int, _ line: Range<Int>) -> Bool {
        guard position > line.lowerBound, text[position - 1] == "s" || text[position - 1] == "S",
              position + 2 < line.upperBound, text[position + 1] == " " else { return false }
        if isWordScalar(text[position + 2]) { return true }
        let v = text[position + 2].value
        return (v == 0x2013 || v == 0x2014) && position + 4 < line.upperBound && text[position + 3] == " " && isWordScalar(text[position + 4])
    }

    /// Classifies a single mark; apostrophes give `nil`. May advance `i` past an elided word's
    /// closing apostrophe (`'n'`).
    private func classifySingle(_ text: [Unicode.Scalar], _ i: inout Int, _ line: Range<Int>) -> Mark? {
        let position = i
        let previousIsWord = position > line.lowerBound && Self.isWordScalar(text[position - 1])
        let nextIsWord = position + 1 < line.upperBound && Self.isWordScalar(text[position + 1])
        if previousIsWord && nextIsWord { return nil }  // don't, Kyrgyzstan's, rock'n'roll
        let value = text[position].value
        let left = leftBound(text, position, line)
        let right = rightBound(text, position, line)
        if nextIsWord && (left || value == 0x2018 || value == 0x201A || value == 0x2039) {
            // A leading apostrophe: '90s, '20, 'n', 'em.
            var j = position + 1
            var word = ""
            var allDigits = true
            while j < line.upperBound, Self.isWordScalar(text[j]) {
                if !ScalarClass.isDigit(text[j]) { allDigits = false }
                word.unicodeScalars.append(text[j])
                j += 1
            }
            let lower = word.lowercased()
            if allDigits && word.unicodeScalars.count == 2 { return nil }
            if word.unicodeScalars.count == 3, lower.endsWithBytes("s"),
               word.unicodeScalars.first!.properties.numericType != nil,
               Array(word.unicodeScalars)[1].properties.numericType != nil { return nil }
            if elisions.contains(lower) {
                // 'n' closes its own elision: skip that apostrophe too.
                if j < line.upperBound, text[j].value == 0x27 || text[j].value == 0x2019,
                   j + 1 >= line.upperBound || !Self.isWordScalar(text[j + 1]) {
                    i = j
                }
                return nil
            }
            return Mark(position: position, canOpen: true, canClose: false)
        }
        if left && right && Self.follows(dashIn: text, position, line) {
            // A dash right before the mark and a space or punctuation after it: speech broken
            // off (`'…the harbour –' he said`), which closes; the dash alone made it look able
            // to open. A left-hand glyph may still open (`– ‘…and then’`), so the pairing decides.
            if value == 0x2019 || value == 0x203A { return Mark(position: position, canOpen: false, canClose: true) }
            return Mark(position: position, canOpen: true, canClose: true)
        }
        if !previousIsWord && !nextIsWord && !(right && !left) && !(left && !right) {
            return nil  // a lone mark between spaces or punctuation
        }
        if right && !left {
            return Mark(position: position, canOpen: false, canClose: true, possessiveLike: Self.isPluralPossessive(text, position, line))
        }
        if left && !right && value != 0x2019 && value != 0x203A {
            return Mark(position: position, canOpen: true, canClose: false)
        }
        return nil
    }

    // MARK: - Pairing

    /// Pairs double marks within one paragraph. Returns the position of an opener still open at
    /// the end of the paragraph.
    private func pairDoubles(_ text: [Unicode.Scalar], _ marks: [Mark], line: Int, into spans: inout [QuotationSpan]) -> Int? {
        var open: Int? = nil
        for mark in marks {
            if let start = open {
                if mark.canClose {
                    if mark.position > start + 1 {
                        spans.append(QuotationSpan(start: start, end: mark.position + 1, contentStart: start + 1, contentEnd: mark.position, line: line))
                    }
                    open = nil
                } else {
                    // A second opener: a closing mark glued to the next word (`,"he said`) if the
                    // quoted words end with punctuation, else the first opener was a stray mark.
                    let previous = text[mark.position - 1].value
                    if previous == 0x2C || previous == 0x2E || previous == 0x3F || previous == 0x21 {
                        spans.append(QuotationSpan(start: start, end: mark.position + 1, contentStart: start + 1, contentEnd: mark.position, line: line))
                        open = nil
                    } else {
                        open = mark.position
                    }
                }
            } else if mark.canOpen {
                open = mark.position
            }
            // A closer with nothing open is a stray mark (inches, a typo): ignored.
        }
        return open
    }

    /// Pairs single marks within one paragraph. A possessive-looking closer (`protesters' `) is
    /// skipped when a later closer can end the quotation instead. Returns the position of an
    /// opener still open at the end of the paragraph.
    private func pairSingles(_ text: [Unicode.Scalar], _ marks: [Mark], line: Int, into spans: inout [QuotationSpan]) -> Int? {
        var open: Int? = nil
        var index = 0
        while index < marks.count {
            let mark = marks[index]
            if let start = open {
                if mark.canClose {
                    if mark.possessiveLike {
                        var laterCloser = false
                        var k = index + 1
                        while k < min(marks.count, index + 64) {
                            if marks[k].canClose && !marks[k].possessiveLike { laterCloser = true; break }
                            if marks[k].canOpen { break }
                            k += 1
                        }
                        if laterCloser { index += 1; continue }
                    }
                    if mark.position > start + 1 {
                        spans.append(QuotationSpan(start: start, end: mark.position + 1, contentStart: start + 1, contentEnd: mark.position, line: line))
                    }
                    open = nil
                } else if mark.canOpen {
                    open = mark.position
                }
            } else if mark.canOpen {
                open = mark.position
            }
            index += 1
        }
        return open
    }

    /// Keeps the outer quotation where one contains another, and the double-quoted one where a
    /// single- and a double-quoted span overlap without nesting.
    private func merge(doubles: [QuotationSpan], singles: [QuotationSpan]) -> [QuotationSpan] {
        if singles.isEmpty { return doubles }
        var kept: [QuotationSpan] = []
        for single in singles {
            var drop = false
            for double in doubles where double.start < single.end && single.start < double.end {
                // Overlap: the single survives only if it contains the double.
                if !(single.start < double.start && double.end <= single.end) { drop = true; break }
            }
            if !drop { kept.append(single) }
        }
        var result = doubles.filter { double in
            !kept.contains { $0.start < double.start && double.end <= $0.end }
        }
        result.append(contentsOf: kept)
        result.sort { $0.start < $1.start }
        return result
    }
}
