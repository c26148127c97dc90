/// Splits a paragraph into words, punctuation and quotations, and its tokens into sentences.
struct QuoteTokenizer {
    let abbreviations: Set<String>
    let wordTable: WordFlagTable

    /// Tokenizes `line` of `text`; `quotations` are the document's quotations with their indices,
    /// those in this line becoming single tokens.
    func tokenize(_ text: [Unicode.Scalar], line: Range<Int>, quotations: [(index: Int, span: QuotationSpan)]) -> TokenizedParagraph {
        // Read through a buffer pointer: no bounds check at each of the several reads per scalar.
        let tokens: [QuoteToken] = text.withUnsafeBufferPointer { self.tokens(of: $0, line: line, quotations: quotations) }
        return TokenizedParagraph(tokens: tokens, sentences: sentences(of: tokens, text: text))
    }

    private func tokens(of text: UnsafeBufferPointer<Unicode.Scalar>, line: Range<Int>, quotations: [(index: Int, span: QuotationSpan)]) -> [QuoteToken] {
        var tokens: [QuoteToken] = []
        // A token takes one scalar at least, a word and its space two or more: room for them all
        // at once (a paragraph's tokens had most often outgrown a fifth of its scalars and been
        // copied, a retain of each one's string, into a bigger array).
        tokens.reserveCapacity(line.count / 2 + 4)
        // The lower-case bytes of the current word, in a buffer reused across the paragraph and
        // grown when a longer word needs it, without zeroing (an array, zero-filled at each
        // growth and checked for uniqueness at each word, cost as much as the lowering).
        var loweredCapacity = 256
        var lowered = UnsafeMutablePointer<UInt8>.allocate(capacity: loweredCapacity)
        defer { lowered.deallocate() }
        var quoteCursor = 0
        var i = line.lowerBound
        let end = line.upperBound
        while i < end {
            while quoteCursor < quotations.count && quotations[quoteCursor].span.end <= i { quoteCursor += 1 }
            if quoteCursor < quotations.count && quotations[quoteCursor].span.start == i {
                let q = quotations[quoteCursor]
                tokens.append(QuoteToken(kind: .quotation(q.index), start: q.span.start, end: q.span.end, mark: "\0", lower: "", isCapitalized: false))
                i = max(q.span.end, i + 1)
                quoteCursor += 1
                continue
            }
            let s = text[i]
            if ScalarClass.isSpace(s) { i += 1; continue }
            if Self.isWordScalar(s) {
                let start = i
                while i < end {
                    let c = text[i]
                    if Self.isWordScalar(c) {
                        i += 1
                        continue
                    }
                    // Joiners inside a word: Ata-Meken, Kyrgyzstan's, 5,000, U.S.
                    let joins = i + 1 < end && Self.isWordScalar(text[i + 1]) &&
                        (c == "-" || c == "'" || c == "’" || c == "." || (c == "," && ScalarClass.isDigit(text[i - 1]) && ScalarClass.isDigit(text[i + 1])))
                    let nextIsQuoteStart = quoteCursor < quotations.count && quotations[quoteCursor].span.start == i
                    if joins && !nextIsQuoteStart {
                        i += 1
                        continue
                    }
                    // A final `ng'` (the velar nasal of Luo and Swahili spelling) inside a name:
                    // `Grace Achieng' Odhiambo`. Only before a capitalized word, so that a single
                    // quotation closing after `-ng` stays a mark.
                    if (c == "'" || c == "’") && i - start >= 3 && text[i - 1] == "g" && text[i - 2] == "n" && ScalarClass.isUpper(text[start]) &&
                        !nextIsQuoteStart && i + 2 < end && ScalarClass.isSpace(text[i + 1]) && ScalarClass.isUpper(text[i + 2]) &&
                        !quotations.contains(where: { $0.span.end == i + 1 }) {
                        i += 1
                        break
                    }
                    // Plural possessive: protesters'
                    if (c == "'" || c == "’") && (text[i - 1] == "s" || text[i - 1] == "S") && !nextIsQuoteStart &&
                        (i + 1 >= end || !Self.isWordScalar(text[i + 1])) {
                        i += 1
                    }
                    break
                }
                // Build the lower-case form as UTF-8 bytes: much cheaper than appending to a
                // String's scalar view. A scalar lowercases to at most three scalars of four bytes.
                if loweredCapacity < (i - start) * 12 {
                    lowered.deallocate()
                    loweredCapacity = max((i - start) * 12, loweredCapacity * 2)
                    lowered = UnsafeMutablePointer<UInt8>.allocate(capacity: loweredCapacity)
                }
                // Without a possessive ending: Kyrgyzstan's → kyrgyzstan, protesters' → protesters.
                var possessive: Int8 = 0
                let length = i - start
                if length > 2 {
                    let last = text[i - 1], previous = text[i - 2]
                    if (last == "s" || last == "S") && (previous == "'" || previous == "’") { possessive = 2 }
                    else if (last == "'" || last == "’") && (previous == "s" || previous == "S") { possessive = 1 }
                }
                var loweredCount = 0
                for k in start..<i {
                    let c = text[k]
                    if c.value < 0x80 {
                        let byte = UInt8(c.value)
                        lowered[loweredCount] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        loweredCount += 1
                    } else {
                        for byte in c.properties.lowercaseMapping.utf8 {
                            lowered[loweredCount] = byte
                            loweredCount += 1
                        }
                    }
                }
                var lowerCount = loweredCount
                if possessive == 2 { lowerCount -= text[i - 2] == "'" ? 2 : 4 }
                else if possessive == 1 { lowerCount -= text[i - 1] == "'" ? 1 : 3 }
                let bytes = UnsafeBufferPointer(start: lowered, count: lowerCount)
                // A listed word's string is the table's: no string is made for it.
                let listed = wordTable.lookup(bytes)
                let lower = listed.word ?? String(decoding: bytes, as: UTF8.self)
                let flags = listed.flags
                tokens.append(QuoteToken(
                    kind: .word, start: start, end: i, mark: "\0", lower: lower,
                    isCapitalized: ScalarClass.isUpper(text[start]), flags: flags, possessiveLength: possessive))
                continue
            }
            tokens.append(QuoteToken(kind: .punctuation, start: i, end: i + 1, mark: s, lower: s.value < 0x80 ? Self.asciiStrings[Int(s.value)] : String(s), isCapitalized: false))
            i += 1
        }
        return tokens
    }

    /// Each ASCII scalar as a string, made once: a punctuation token's `lower`.
    private static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        ScalarClass.isWord(s)
    }

    /// Whether the word at `k` is a dotted initialism (`U.S`, `U.N`) whose period leads into a
    /// name it modifies: `the U.S. Embassy`, `a U.S. State Department spokesperson`. Its period
    /// ends a sentence only when no title or organisation word follows within two words.
    static func initialismBeforeName(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        guard tokens[k].isDottedInitialism else { return false }
        let nameWords: LexiconFlags = [.title, .organisation]
        for next in (k + 2)..<min(k + 4, tokens.count) {
            guard tokens[next].isWord, tokens[next].isCapitalized, !tokens[next].has(.function) else { return false }
            if !tokens[next].flags.isDisjoint(with: nameWords) { return true }
        }
        return false
    }

    /// Whether the dotted initialism at `k` is a person's initials before the surname (`said
    /// T.V. Narendran`, `managing director A.K. Singh told`): no article or preposition before it
    /// (`the U.S.`, `in the U.K.` are places) and a capitalized word that is no function word
    /// after its period.
    static func personsInitials(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        guard tokens[k].isDottedInitialism, k + 2 < tokens.count, tokens[k + 2].isWord, tokens[k + 2].isCapitalized,
              !tokens[k + 2].has(.function), !tokens[k + 2].isDottedInitialism else { return false }
        guard k > 0 else { return false }
        let before = tokens[k - 1]
        return !(before.isWord && (before.has(.determiner) || before.has(.preposition) || before.has(.function)))
    }

    /// Sentence ranges: a break after `.`, `!`, `?` or `…` before a capitalized word, a number or a
    /// quotation, unless the period ends an abbreviation or an initial; and after a quotation
    /// whose words end a sentence when a capitalized word follows.
    private func sentences(of tokens: [QuoteToken], text: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        // Fields are read in place (a token copied whole costs two string retains) and a
        // punctuation mark by its scalar, not its string.
        for index in tokens.indices {
            var breaks = false
            switch tokens[index].kind {
            case .punctuation:
                let mark = text[tokens[index].start]
                guard mark == "." || mark == "!" || mark == "?" || mark == "…", index + 1 < tokens.count else { break }
                let next = index + 1
                let opensSentence = tokens[next].isCapitalized || tokens[next].quotationIndex != nil ||
                    (tokens[next].isWord && ScalarClass.isDigit(text[tokens[next].start]))
                guard opensSentence else { break }
                if mark == ".", index > 0, tokens[index - 1].isWord, tokens[index - 1].end == tokens[index].start {
                    let previous = index - 1
                    if abbreviations.contains(tokens[previous].lower) { break }
                    if tokens[previous].end - tokens[previous].start == 1 && tokens[previous].isCapitalized { break }
                    if Self.initialismBeforeName(tokens, previous) { break }
                    if Self.personsInitials(tokens, previous) { break }
                }
                breaks = true
            case .quotation:
                guard index + 1 < tokens.count, tokens[index + 1].isWord, tokens[index + 1].isCapitalized else { break }
                let token = (start: tokens[index].start, end: tokens[index].end)
                var last = token.end - 2
                while last > token.start && (ScalarClass.isSpace(text[last])) { last -= 1 }
                if last > token.start {
                    let c = text[last]
                    breaks = c == "." || c == "!" || c == "?"
                }
            case .word:
                break
            }
            if breaks {
                result.append(start..<(index + 1))
                start = index + 1
            }
        }
        if start < tokens.count || result.isEmpty { result.append(start..<tokens.count) }
        return result
    }
}
