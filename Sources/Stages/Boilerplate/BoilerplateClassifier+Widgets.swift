/// Widgets that print figures or readers' words as short lines of their own.
///
/// A market ticker (`DOLAR 41,28 %0,12`, `EUR 4,27 zł`), a scores strip (`FT Eastbrook Rovers
/// 3-1 Millport Athletic`) or a league table (`2. Real Madrid 32`) is a label in capitals or Title
/// Case with figures, and no sentence; a story does not print its figures so, next to the page's
/// chrome. A thread of readers' comments is lines of a handle, a colon and a sentence (`kemal_1971:
/// Kredi çekmek için beklemek lazım.`, `Gerd Hüther: Hoffentlich wird der Täter gefunden.`),
/// between the comment form and the next widget; a story's interview repeats its two speakers and
/// sits between paragraphs of the story.
extension BoilerplateClassifier {
    /// Whether the line reads as a ticker's or table's entry: up to eight words, figures among
    /// them and a word that is not one, every word but one a figure or capitalized, no sentence.
    static func isTickerEntry(_ line: LineFeatures) -> Bool {
        line.words >= 2 && line.words <= 8 && line.numericWords >= 1 && line.numericWords < line.words
            && line.capitalized >= 1 && line.capitalized + line.numericWords + 1 >= line.words
            && !line.terminal && !line.storysOwn && line.end - line.start <= 60
    }

    /// Whether the line is a rate's or price's quote alone: one to three words of a label (`USD`,
    /// `Gasolina R$`, `Euro/Dollar`) and then only figures (`1.7000`, `6,29`, `478,50 ₸`), as a
    /// widget of exchange rates, fuel prices or indices prints them. A result (`Real Madrid 3
    /// Barcelona 1`) has words after its first figure; a table's row (`2. Real Madrid 32`) opens
    /// with one.
    static func isQuoteEntry(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isTickerEntry(line), line.words <= 5, line.trimmedEnd > line.trimmedStart else { return false }
        let tokens = line.trimmedText(in: bytes).split(separator: 0x20)
        guard tokens.count <= 5, let first = tokens.firstIndex(where: { $0.contains(where: isDigit) }),
              first > tokens.startIndex, first - tokens.startIndex <= 3,
              tokens[tokens.startIndex].contains(where: { $0 >= 0x41 }) else { return false }
        // After the first figure, nothing with a letter in it but a currency's code (`₸`, `zł`, `FCFA`).
        let rest = tokens[first...]
        guard rest.allSatisfy({ token in token.contains(where: isDigit) || token.count <= 4 }) else { return false }
        return isDigit(bytes[line.trimmedEnd - 1]) || rest.last.map { !$0.contains(where: isDigit) } == true
    }

    /// Whether a kept line can open a story's list over a run of quotes: any line but a paragraph's
    /// sentence, a lead-in ending on a colon (`Prices this week:`, which ends no sentence) or the
    /// list's first item in other words (`Barcelona: 9.870 viviendas turísticas`).
    private static func leadsIn(_ line: LineFeatures) -> Bool {
        !line.removed && (!line.terminal || line.words < 8)
    }

    /// Removes runs of ticker entries next to chrome: two entries or more with removed chrome
    /// before or after the run; in the head and tail, where no story lists results, one entry
    /// alone between removed lines. A run of two quotes or more (`USD 1.7000`, `EUR 1.8420`)
    /// goes wherever the page set it, between two paragraphs too, unless a lead-in opens it as the
    /// story's list (`The new fares:`, the list's first item) or one of its labels comes twice. No
    /// run goes that lies under a sentence announcing a list (``isUnderListLead(_:_:bytes:)``).
    func tickers(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var changed = false
        var position = 0
        while position < nonBlank.count {
            guard Self.isTickerEntry(lines[nonBlank[position]]) && !lines[nonBlank[position]].removed else { position += 1; continue }
            var end = position + 1
            while end < nonBlank.count && Self.isTickerEntry(lines[nonBlank[end]]) && !lines[nonBlank[end]].removed { end += 1 }
            let before = position > 0 && lines[nonBlank[position - 1]].removed
            let after = end < nonBlank.count && lines[nonBlank[end]].removed
            let inBody = (position..<end).contains { lines[nonBlank[$0]].zone == .body }
            // One entry alone needs chrome on both sides: a deals page's product (`LG C5 OLED
            // 55-inch`) heads its own price box, under the story's paragraph.
            let enough = end - position >= 2 ? before || after || quoteRun(lines, nonBlank[position..<end], bytes: bytes)
                && !(position > 0 && Self.leadsIn(lines[nonBlank[position - 1]])) : before && after && !inBody
            // Under a sentence announcing a list through kept items of its own (`Average prices of the
            // day (euros a kilo):`, `Octopus: 14.80`, then items whose longer labels no ticker's
            // shape reads), the run is the rest of the story's list, though chrome comes under it.
            if enough && !isUnderListLead(lines, nonBlank[position], bytes: bytes) {
                for member in position..<end { changed = remove(&lines, nonBlank[member], rule: .ticker) || changed }
            }
            position = end
        }
        return changed
    }

    /// Whether every line of the run is a quote and no label comes twice: a widget quotes each
    /// rate once, while a story's table of one product's prices repeats its name.
    private func quoteRun(_ lines: [LineFeatures], _ run: ArraySlice<Int>, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var labels: Set<[UInt8]> = []
        for index in run {
            guard Self.isQuoteEntry(lines[index], bytes: bytes) else { return false }
            let label = lines[index].trimmedText(in: bytes).prefix { !Self.isDigit($0) && $0 != 0x20 }
            guard labels.insert(Array(label)).inserted else { return false }
        }
        return true
    }

    /// Removes readers' comments: a run of lines, each a handle, a colon and a sentence, with
    /// removed chrome before the run and after it (or the page's end), not in the head. The
    /// handles differ (an interview's speakers come back); a run of one needs a handle that only
    /// a username has (a figure or an underscore: `Erzurumlu_25`).
    func readerComments(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var changed = false
        var position = 1
        while position < nonBlank.count {
            // The thread opens after chrome, or after its count (`Kommentare (2)`), which goes with it.
            let opening = lines[nonBlank[position - 1]]
            guard opening.removed || opening.commentCount, let first = commentHandle(lines[nonBlank[position]], bytes: bytes) else {
                position += 1
                continue
            }
            var handles = [first]
            var end = position + 1
            while end < nonBlank.count, let handle = commentHandle(lines[nonBlank[end]], bytes: bytes) {
                handles.append(handle)
                end += 1
            }
            let after = end == nonBlank.count || lines[nonBlank[end]].removed
            let distinct = handles.indices.allSatisfy { index in
                !handles[..<index].contains { bytes[$0].elementsEqual(bytes[handles[index]]) }
            }
            let username = bytes[first].contains { Self.isDigit($0) || $0 == UInt8(ascii: "_") }
            // Or the comment form's `Reply` under it.
            let form = end < nonBlank.count && commentsCategory != nil && lines[nonBlank[end]].lexiconCategory == commentsCategory
            if after && distinct && (handles.count >= 2 || username || form) {
                changed = remove(&lines, nonBlank[position - 1], rule: .readerComment) || changed
                for member in position..<end { changed = remove(&lines, nonBlank[member], rule: .readerComment) || changed }
            }
            position = end
        }
        return changed
    }

    /// The handle of a comment line, as a range of the page: one to three words of letters,
    /// figures, `_`, `.`, `,` or `-` opening with a letter, not all in capitals (a label), then a
    /// colon and a space, and a sentence of three words or more that is not a quotation.
    func commentHandle(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard !line.blank, !line.removed, line.zone != .head, line.terminal, line.words >= 4, line.words <= 80,
              !line.title, !line.byline, !line.protected, !line.tableRow, line.reporting == 0 else { return nil }
        let start = line.trimmedStart
        let limit = min(line.trimmedEnd, start + 40)
        guard start < limit, Self.isLetter(bytes[start] | 0x20) else { return nil }
        var spaces = 0
        var lower = false
        var index = start
        while index < limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") { break }
            if byte == 0x20 {
                spaces += 1
                guard spaces <= 2 else { return nil }
            } else if byte >= 0x61 && byte <= 0x7A {
                lower = true
            } else if byte >= 0xC0 {
                guard let scalar = Self.scalar(bytes, at: index, end: limit), scalar.properties.isAlphabetic else { return nil }
                if scalar.properties.isLowercase { lower = true }
                index += UTF8.width(scalar)
                continue
            } else if byte >= 0x80 {
                return nil
            } else if !(Self.isUpperASCII(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                        || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-")) {
                return nil
            }
            index += 1
        }
        guard index < limit, index > start + 1, lower, index + 2 < line.trimmedEnd, bytes[index + 1] == 0x20 else { return nil }
        let text = index + 2
        let opening = bytes[text]
        // A quotation is a speaker's line or a headline quoting one.
        guard opening != UInt8(ascii: "\"") && opening != UInt8(ascii: "'") && opening != 0xE2 && opening != 0xC2 else { return nil }
        guard bytes[text..<line.trimmedEnd].count(where: { $0 == 0x20 }) >= 2 else { return nil }
        return start..<index
    }

    /// Whether `raw` opens with a quotation mark (`"`, `“`, `„`, `«`) and ends with one (`"`, `”`,
    /// `“`, `»`): a quotation alone on its line.
    static func isQuotationAlone(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard raw.count >= 4 else { return false }
        let opens = raw[0] == UInt8(ascii: "\"") || (raw[0] == 0xC2 && raw[1] == 0xAB)
            || (raw[0] == 0xE2 && raw[1] == 0x80 && (raw[2] == 0x9C || raw[2] == 0x9E))
        let last = raw.count - 1
        let closes = raw[last] == UInt8(ascii: "\"") || (raw[last - 1] == 0xC2 && raw[last] == 0xBB)
            || (raw[last - 2] == 0xE2 && raw[last - 1] == 0x80 && (raw[last] == 0x9D || raw[last] == 0x9C))
        return opens && closes
    }
}
