/// Display ads printed as a line of text inside the story.
///
/// A local advertiser's box, once the page is text, is one line: the advertiser's name, a dash,
/// the pitch (`Kilbeggan Motors — Winter service from €89. Book now: 057 933 2110`, `Athlone
/// Furniture Centre — Black Friday starts early! Up to 50% off`). No lexicon can know the names,
/// and the pitch is short prose; what gives it away is the shape (a name in Title Case before a
/// dash, where a story's dateline is in capitals or has a comma: `HARBOR CITY —`, `LANSING,
/// Mich. —`) together with a seller's cue in the pitch: a price, a discount, a phone number, an
/// exclamation, a call to action, or no word in common with the headline and the first paragraph.
extension BoilerplateClassifier {
    /// Marks the advertisers' lines of the document.
    func markPromotions(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>, normalizer: LineNormalizer, normalized: [UInt8]) {
        var vocabulary: [ArraySlice<UInt8>]?
        // Only the first title is surely the headline: an ad right above the first paragraph is
        // taken for the title too, when nothing else of four words or more stands between them.
        let headline = lines.indices.first { lines[$0].title }
        for index in lines.indices {
            let line = lines[index]
            guard !line.blank, !line.removed, !line.protected, !line.title || index != headline, !line.byline, !line.dateLike, !line.tableRow,
                  line.words >= 4, line.words <= 30, line.reporting == 0, line.capitalized >= 2,
                  line.trimmedStart < line.trimmedEnd, Self.isUpperASCII(bytes[line.trimmedStart]) else { continue }
            let raw = line.trimmedText(in: bytes)
            guard let pitchStart = Self.pitchAfterAdvertiser(raw) else { continue }
            let pitch = UnsafeBufferPointer(rebasing: raw[pitchStart...])
            // A quotation is someone speaking: the story's.
            guard !Self.containsQuotationMark(pitch) else { continue }
            var cue = Self.hasSellerMarks(pitch)
            normalizer.run(pitch)
            lexicon.classify(normalizer)
            let words = normalizer.words
            if !cue { cue = Self.hasPrice(pitch, currency: normalizer.currency) }
            if !cue {
                cue = (0..<normalizer.wordCount).contains { words[$0].classes & BoilerplateLexicon.WordClass.imperative != 0 }
            }
            // Without a seller's mark, a pitch of one clause may be a list of the story's people
            // (`Mary Keegan — chair of the committee that drew up the plan`); an ad says two things.
            if !cue && Self.holdsTwoSentences(pitch) {
                if vocabulary == nil { vocabulary = storyVocabulary(lines, normalized: normalized) }
                cue = !sharesContentWord(normalizer, with: vocabulary ?? [])
            }
            if cue { lines[index].removal = .rule(.promotion) }
        }
    }

    /// Marks the pitches without an advertiser's name that close on a call of a few words after
    /// their sentence (`Kredyt hipoteczny z marżą od 1,69%. Sprawdź ofertę banku`, `Earn up to 4.1%
    /// on idle cash with daily liquidity. Learn more →`), below the first paragraph. A seller's mark
    /// (a discount, a phone number, an exclamation) and a sentence followed by a fragment with no
    /// end of its own: a story's sentence ends, and a story's headline with a second clause
    /// (`Sejm przyjął budżet na 2027 rok. Deficyt rekordowy`) sits above the first paragraph.
    func markClosingPitches(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>) {
        guard let lead = lines.indices.first(where: { lines[$0].anchor && lines[$0].zone == .body }) else { return }
        for index in lines.indices where index > lead {
            let line = lines[index]
            guard !line.blank, !line.removed, !line.storysOwn, line.zone == .body, !line.terminal, line.words >= 6, line.words <= 40, line.reporting == 0 else { continue }
            let raw = line.trimmedText(in: bytes)
            // A colon closing the line opens the story's list (`… 9,400 charges statewide. Of those:`).
            guard !endsWithColon(line, bytes: bytes), Self.hasSellerMarks(raw), Self.closesOnShortCall(raw),
                  !Self.containsQuotationMark(raw) else { continue }
            lines[index].removal = .rule(.promotion)
        }
    }

    /// Whether the last sentence end inside `raw` (`.`, `!` or `?`, a space, a capital of any
    /// script) closes `wordsBefore` words or more (five unless told), after a word of four letters or a
    /// figure (not an abbreviation: `ul. Reymonta`, `N. Kansas`, `Gov. Hochul`), and one to `wordsAfter`
    /// words follow it.
    static func closesOnShortCall(_ raw: UnsafeBufferPointer<UInt8>, wordsAfter limit: Int = 4, wordsBefore least: Int = 5) -> Bool {
        lastCall(in: raw).map { $0.after <= limit && $0.before >= least } ?? false
    }

    /// The words before and after the last sentence end inside `raw` that
    /// ``closesOnShortCall(_:wordsAfter:wordsBefore:)`` weighs, or nil when there is none or it
    /// closes an abbreviation: measured once, for a rule that tries more than one pair of limits.
    static func lastCall(in raw: UnsafeBufferPointer<UInt8>) -> (before: Int, after: Int)? {
        var stop: Int?
        for index in raw.indices where index + 2 < raw.count && raw[index + 1] == 0x20 {
            let byte = raw[index]
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else { continue }
            if opensWithCapital(raw, at: index + 2, end: raw.count) { stop = index }
        }
        guard let stop else { return nil }
        var wordStart = stop
        while wordStart > 0 && raw[wordStart - 1] != 0x20 { wordStart -= 1 }
        let last = raw[stop - 1]
        let figure = (last >= 0x30 && last <= 0x39) || last == UInt8(ascii: "%")
        // Letters, not bytes: a continuation byte of UTF-8 starts no character.
        let letters = raw[wordStart..<stop].count { $0 & 0xC0 != 0x80 }
        guard figure || letters >= 4 else { return nil }
        return (before: raw[..<stop].count { $0 == 0x20 } + 1, after: raw[(stop + 2)...].count { $0 == 0x20 } + 1)
    }

    /// The words of the title and of the first paragraph, which a pitch for something else lacks.
    func storyVocabulary(_ lines: [LineFeatures], normalized: [UInt8]) -> [ArraySlice<UInt8>] {
        var words: [ArraySlice<UInt8>] = []
        if let title = lines.indices.first(where: { lines[$0].title }) {
            words += normalized[lines[title].normalizedRange].split(separator: 0x20)
        }
        if let lead = lines.indices.first(where: { lines[$0].anchor && lines[$0].zone == .body }) {
            words += normalized[lines[lead].normalizedRange].split(separator: 0x20)
        }
        return words
    }

    /// Whether a word of the pitch of four letters or more, not a function word, is in `vocabulary`.
    /// A pitch of fewer than three such words says too little to tell, and counts as sharing.
    private func sharesContentWord(_ normalizer: LineNormalizer, with vocabulary: [ArraySlice<UInt8>]) -> Bool {
        let words = normalizer.words
        var contentWords = 0
        for (position, word) in normalizer.normalizedBytes.split(separator: 0x20).enumerated() where position < normalizer.wordCount {
            guard word.count >= 4, words[position].classes & BoilerplateLexicon.WordClass.stopword == 0,
                  !word.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
            contentWords += 1
            if vocabulary.contains(where: { $0.elementsEqual(word) }) { return true }
        }
        return contentWords < 3
    }

    /// Where the pitch starts, when the line opens with one to four words in Title Case (not in
    /// capitals, no comma, digit or full stop: not a dateline) and a spaced em or en dash.
    static func pitchAfterAdvertiser(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var words = 0
        let limit = min(raw.count, 64)
        while index < limit {
            // One word: an upper-case letter, then letters and apostrophes with one lower-case letter at least.
            let first = raw[index]
            guard isUpperASCII(first) || first == UInt8(ascii: "&") else { return nil }
            var lower = first == UInt8(ascii: "&")
            index += 1
            while index < limit && raw[index] != 0x20 {
                let byte = raw[index]
                if byte >= 0x61 && byte <= 0x7A || byte >= 0x80 {
                    lower = lower || byte >= 0x61
                } else if !(isUpperASCII(byte) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")) {
                    return nil
                }
                index += 1
            }
            guard lower else { return nil }
            words += 1
            // A space, then either the dash or the next word.
            guard index + 5 < raw.count, raw[index] == 0x20 else { return nil }
            if isLongDash(raw, at: index + 1) && raw[index + 4] == 0x20 {
                return words <= 4 ? index + 5 : nil
            }
            guard words < 4 else { return nil }
            index += 1
        }
        return nil
    }

    /// A discount (`50%`, or `30 %` with the space French and German set before the sign), an
    /// exclamation, or a phone number (seven digits or more). (A price is ``hasPrice(_:currency:)``.)
    static func hasSellerMarks(_ pitch: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        var previousWasDigit = false
        var spaceAfterDigit = false
        for byte in pitch {
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isDigit { digits += 1 }
            if byte == UInt8(ascii: "!") || (byte == UInt8(ascii: "%") && (previousWasDigit || spaceAfterDigit)) { return true }
            spaceAfterDigit = byte == 0x20 && previousWasDigit
            previousWasDigit = isDigit
        }
        return digits >= 7
    }

    /// A price: a currency sign as the normalizer counts them (`$`, `€`, `£`, `₹`), which
    /// `currency` says `raw` holds, and a figure in `raw`.
    static func hasPrice(_ raw: UnsafeBufferPointer<UInt8>, currency: Bool) -> Bool {
        currency && raw.contains(where: isDigit)
    }

    /// Whether a sentence ends inside `pitch` and another follows (`… farm. Open 7 days.`).
    static func holdsTwoSentences(_ pitch: UnsafeBufferPointer<UInt8>) -> Bool {
        pitch.indices.contains { index in
            index + 2 < pitch.count && (pitch[index] == UInt8(ascii: ".") || pitch[index] == UInt8(ascii: "?"))
                && pitch[index + 1] == 0x20 && isUpperASCII(pitch[index + 2])
        }
    }

    /// Whether `bytes` hold a quotation mark, straight, curly or angled (`" “ ” « »`), or the corner
    /// brackets Chinese and Japanese quote with (`「 」 『 』`): the mark of someone speaking, which
    /// the rules for pitches and captions leave to the story. A straight mark after a figure is a
    /// size in inches, not a quotation.
    static func containsQuotationMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A straight mark right after a figure is an inch mark (`Televisor 55" 4K`), no quotation.
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\"") {
            if index == 0 || !isDigit(bytes[index - 1]) { return true }
        }
        for index in bytes.indices where index + 1 < bytes.count {
            if bytes[index] == 0xC2 && (bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB) { return true }
            if bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D) { return true }
            // `「` `」` `『` `』`: U+300C–U+300F.
            if bytes[index] == 0xE3 && index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (0x8C...0x8F).contains(bytes[index + 2]) { return true }
        }
        return false
    }
}
