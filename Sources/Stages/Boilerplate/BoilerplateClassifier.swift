import Glibc

/// Decides, line by line, what in one document is site chrome.
///
/// Five passes, each cheap:
/// 1. **Features** of every line in one pass over its bytes (``LineNormalizer``), and the lexicon.
/// 2. **Zones**: the first and last lines of prose ("anchors") split the article into head, body
///    and tail; chrome lives mostly in the head and the tail, so the bar to remove is lower there.
/// 3. **Scores** from the lexicon and the features, and **repetition** within the outlet.
/// 4. **Structure**: a caption after an `Image caption` label, a list after a `Most read`
///    heading, a run of menu items, a block around a removed appeal, chrome-like lines next
///    to removed lines in the head and tail, and short labels between two removed lines.
/// 5. **The article's span**: a maximum-scoring segment of the line scores from the title on ends
///    the story; what is kept after its end, once chrome has begun, goes (see `trimAfterArticle`);
///    what is kept above the site's last menu above the title goes (see `trimPageHead`).
///
/// When in doubt it keeps: a sentence-like line in the body is removed only by a strong lexicon
/// entry, and an editor's note or correction is never removed.
final class BoilerplateClassifier: Sendable {
    let lexicon: BoilerplateLexicon
    let bodyThreshold: Double
    let edgeThreshold: Double

    /// The categories the structure rules look for, by index, so that a rule compares numbers.
    private let captionLabelCategory: Int?
    let mediaCategory: Int?
    private let relatedCategory: Int?
    let advertisementCategory: Int?
    /// A recommendation network's signature (`por Taboola`), under or over its sponsored links.
    let sponsorNetworkCategory: Int?
    let pollCategory: Int?
    /// A live strip's label (`EN DIRECT`, `ПРЯМОЙ ЭФИР`), over the headline of the story it carries.
    let liveStripCategory: Int?
    /// The headings of a box summing up another story (see ``explainerBoxes(_:nonBlank:title:bytes:)``).
    let explainerCategory: Int?
    /// A site's links and a tag row's label (`Tags:`, `Oznake:`): a label it takes opens a menu as
    /// the menu's first item does.
    let navigationCategory: Int?
    let commentsCategory: Int?
    /// An app's download pitch and its store badges (`Google Play`, `App Store`).
    let appCategory: Int?
    private let playerCategory: Int?
    /// A reporters' credit (`Reporting by …; editing by …`): chrome alone on its line, the story's
    /// own closing line when printed in parentheses as part of the story, as agencies print it,
    /// and then kept as an editor's note is.
    private let wireCreditCategory: Int?
    /// A reading time (`4 min read`), weak alone since it often shares the byline's line.
    private let readingTimeCategory: Int?
    /// The lexicon's consent banners (`cookies`), given to a banner the lexicon has no words for.
    let cookiesCategory: Int?
    /// Whether each category is an appeal, whose paragraph block goes whole.
    let appealCategory: [Bool]
    /// Each category's kind of appeal, its name without `-hint` (`donation-hint` is a donation's):
    /// a line between two lines of one kind lies inside that appeal, between two kinds it lies
    /// between two appeals.
    private let appealKind: [String]
    /// Whether each category is a sign-up, subscription or donation, whose button closes a form.
    let formCategory: [Bool]
    /// Whether each category is a form's or its hint's (`newsletter-hint`: `… in your inbox`),
    /// the lines of a sign-up box under its heading.
    let formKindCategory: [Bool]

    /// Whether the article's own byline block is the story's or chrome.
    let bylines: BoilerplateStripper.BylineConvention
    /// A reading time's and a counter's categories (`4 min read`, `Views: 2,341`), read as part of
    /// the byline block.
    let blockCounterCategories: [Bool]

    init(lexicon: BoilerplateLexicon, bodyThreshold: Double, edgeThreshold: Double, bylines: BoilerplateStripper.BylineConvention = .keep) {
        self.lexicon = lexicon
        self.bylines = bylines
        blockCounterCategories = lexicon.categories.map { Self.counterCategories.contains($0.name) }
        self.bodyThreshold = bodyThreshold
        self.edgeThreshold = edgeThreshold
        func index(_ name: String) -> Int? { lexicon.categories.firstIndex { $0.name == name } }
        captionLabelCategory = index("caption-label")
        mediaCategory = index("media")
        relatedCategory = index("related")
        advertisementCategory = index("advertisement")
        sponsorNetworkCategory = index("sponsor-network")
        pollCategory = index("poll")
        liveStripCategory = index("live-strip")
        explainerCategory = index("explainer")
        navigationCategory = index("navigation")
        commentsCategory = index("comments")
        appCategory = index("app")
        playerCategory = index("player")
        wireCreditCategory = index("wire-credit")
        readingTimeCategory = index("reading-time")
        cookiesCategory = index("cookies")
        appealCategory = lexicon.categories.map { Self.appealCategories.contains($0.name) }
        appealKind = lexicon.categories.map { $0.name.hasSuffix("-hint") ? String($0.name.dropLast(5)) : $0.name }
        formCategory = lexicon.categories.map { Self.formCategories.contains($0.name) }
        formKindCategory = appealKind.map { Self.formCategories.contains($0) }
    }

    /// The name reported for a removed line.
    func ruleName(_ removal: LineFeatures.Removal) -> String { removal.name(lexicon) }

    /// What the batch knows about the document's outlet.
    struct OutletContext {
        /// The outlet's name squeezed to letters and digits (`dailyherald`), to spot site-name lines.
        var squeezedName: [UInt8] = []
        /// The outlet's name in its other script, squeezed, when its name gives it in parentheses
        /// (`Tana Zena (ጣና ዜና)`): a page prints either alone, the masthead one over the other.
        var squeezedAlias: [UInt8] = []

        /// Whether `body` holds for the squeezed name or for the squeezed alias.
        func eitherName(_ body: ([UInt8]) -> Bool) -> Bool {
            (!squeezedName.isEmpty && body(squeezedName)) || (!squeezedAlias.isEmpty && body(squeezedAlias))
        }
        /// In how many documents of the outlet a fingerprint occurs (this document included).
        var repeats: @Sendable (UInt64) -> Int = { _ in 0 }
        /// How many documents must share a line for it to count as repeated.
        var minimumRepeats = 2
    }

    /// Buffers reused from line to line, so that the hot loop allocates nothing.
    struct Scratch {
        var normalizer = LineNormalizer()
        var categoryScores: [Double]
        var touched: [Int] = []
        /// The normalized text of the document's lines of up to 60 words, back to back, in its
        /// first ``normalizedCount`` bytes; the rest is room for the next lines.
        var normalized: [UInt8] = []
        /// How many bytes of ``normalized`` the document's lines fill so far.
        var normalizedCount = 0
        /// The line records of the last document, given back by ``Workspace/recycle(_:)``.
        var lines: [LineFeatures] = []
    }

    /// Buffers kept by one worker between documents (through `StageContext.local`), so that a
    /// document costs no allocation for them.
    final class Workspace {
        fileprivate var scratch: Scratch?
        /// The last outlet name given to ``squeezedNames(_:_:)`` and its squeezed forms.
        private var lastOutletName: String?
        private var lastSqueezedNames: (name: [UInt8], alias: [UInt8]) = ([], [])
        init() {}

        /// `squeeze(name)`, remembered for the next document: a worker's documents mostly come
        /// from one outlet in a row, and squeezing a name allocates a few strings.
        func squeezedNames(_ name: String, _ squeeze: (String) -> (name: [UInt8], alias: [UInt8])) -> (name: [UInt8], alias: [UInt8]) {
            if name != lastOutletName {
                lastSqueezedNames = squeeze(name)
                lastOutletName = name
            }
            return lastSqueezedNames
        }

        /// Takes back the lines ``classify(_:outlet:workspace:)`` returned, once they are used,
        /// to fill them again for the next document (a line record is some 250 bytes).
        func recycle(_ lines: consuming [LineFeatures]) {
            scratch?.lines = lines
        }
    }

    /// The lines of `text`, with ``LineFeatures/removal`` set on those to remove.
    func classify(_ text: String, outlet: OutletContext, workspace: Workspace? = nil) -> [LineFeatures] {
        var text = text
        // Taken out of the workspace (not copied), so that the buffers stay uniquely referenced.
        var scratch = workspace?.scratch ?? Scratch(categoryScores: Array(repeating: 0, count: lexicon.categories.count))
        workspace?.scratch = nil
        // Room for every line's normalized bytes at once (a line's are at most three times its own
        // bytes, see `LineNormalizer`), so that `describe` copies each line in place: appended line
        // by line, every copy went through the array's generic append.
        let room = text.utf8.count * 3 + 16
        if scratch.normalized.count < room {
            scratch.normalized.append(contentsOf: repeatElement(0, count: room - scratch.normalized.count))
        }
        scratch.normalizedCount = 0
        let lines = text.withUTF8 { bytes in
            var lines = analyze(bytes, scratch: &scratch)
            if lines.isEmpty { return lines }
            markUnlistedLanguage(&lines)
            markBareBylines(&lines, normalized: scratch.normalized, outlet: outlet)
            markAuthorBios(&lines, bytes: bytes, normalized: scratch.normalized, outlet: outlet)
            markPostStamps(&lines, bytes: bytes)
            markConsentBanners(&lines, bytes: bytes)
            markSignOffs(&lines, bytes: bytes)
            markAuthorAddresses(&lines, bytes: bytes)
            assignZones(&lines, bytes: bytes, normalized: scratch.normalized, outlet: outlet)
            // Fingerprints only where repetition can decide: a sentence in the body is kept whether
            // it repeats or not, and the map phase records long lines only near the edges.
            // The non-blank lines, listed once for the fingerprints and the structure rules (grown
            // line by line, the list was reallocated some five times per document).
            var nonBlank: [Int] = []
            nonBlank.reserveCapacity(lines.count)
            for index in lines.indices where !lines[index].blank { nonBlank.append(index) }
            for (position, index) in nonBlank.enumerated() {
                score(&lines[index])
                // Fields are read through the array, not from a copy: a line is some 250 bytes.
                let (start, end) = (lines[index].trimmedStart, lines[index].trimmedEnd)
                if !(lines[index].zone == .body && lines[index].sentenceLike)
                    && LineFingerprint.isRecorded(length: end - start, position: position, of: nonBlank.count) {
                    let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    if end - start <= LineFingerprint.shortBytes && LineFingerprint.isASCII(raw) {
                        // From the bytes `describe` normalized (kept for every line of up to 60
                        // words, which a line of up to `shortBytes` is).
                        let range = lines[index].normalizedRange
                        lines[index].fingerprint = scratch.normalized.withUnsafeBufferPointer {
                            LineFingerprint.of(shortASCII: UnsafeBufferPointer(rebasing: $0[range]))
                        } ?? 0
                    } else {
                        lines[index].fingerprint = LineFingerprint.of(raw) ?? 0
                    }
                }
            }
            applyLineRules(&lines, outlet: outlet, normalized: scratch.normalized)
            markPromotions(&lines, bytes: bytes, normalizer: scratch.normalizer, normalized: scratch.normalized)
            markClosingPitches(&lines, bytes: bytes)
            markAdCreatives(&lines, bytes: bytes)
            markSponsoredBlocks(&lines, bytes: bytes)
            markTeasers(&lines, bytes: bytes, normalized: scratch.normalized)
            markRepeatedLabels(&lines, bytes: bytes, outlet: outlet)
            applyStructureRules(&lines, nonBlank: nonBlank, bytes: bytes, normalized: scratch.normalized, outlet: outlet)
            return lines
        }
        workspace?.scratch = scratch
        return lines
    }

    // MARK: - Features

    private func analyze(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout Scratch) -> [LineFeatures] {
        // Moved out of the scratch, so that it stays uniquely referenced and keeps its capacity.
        var lines = scratch.lines
        scratch.lines = []
        lines.removeAll(keepingCapacity: true)
        var lineStart = 0
        let count = bytes.count
        // Held once for the document and lent to each line: read from the scratch per line, the
        // reference would be retained and released per line.
        let normalizer = scratch.normalizer
        while lineStart <= count {
            var lineEnd = count
            if lineStart < count, let newline = memchr(bytes.baseAddress! + lineStart, 0x0A, count - lineStart) {
                lineEnd = UnsafeRawPointer(newline) - UnsafeRawPointer(bytes.baseAddress!)
            }
            let trimmed = LineFingerprint.trimmed(bytes, lineStart..<lineEnd)
            // Described in place: a record built aside was copied into the array whole.
            lines.append(LineFeatures(start: lineStart, end: lineEnd, blank: trimmed.isEmpty))
            let last = lines.count - 1
            lines[last].trimmedStart = trimmed.lowerBound
            lines[last].trimmedEnd = trimmed.upperBound
            if !trimmed.isEmpty {
                normalizer.run(UnsafeBufferPointer(rebasing: bytes[trimmed]))
                describe(&lines[last], normalizer: normalizer, raw: UnsafeBufferPointer(rebasing: bytes[trimmed]), scratch: &scratch)
            }
            if lineEnd == count { break }
            lineStart = lineEnd + 1
        }
        return lines
    }


    /// The word class bits ``classTallies`` is indexed by: all of them below the settings' bits.
    private static let tallyClasses: Int32 = (1 << BoilerplateLexicon.WordClass.tallyShift) - 1
    /// The largest count a lane of twelve bits of a tally holds.
    private static let tallyLane = (1 << 12) - 1
    /// For each combination of ``tallyClasses`` bits, one in the lane of each counted class that
    /// is among them: stopwords, second person, reporting, time and credit words, twelve bits each.
    private static let classTallies: [UInt64] = (0...Int(tallyClasses)).map { bits in
        let counted = [BoilerplateLexicon.WordClass.stopword, BoilerplateLexicon.WordClass.secondPerson,
                       BoilerplateLexicon.WordClass.reporting, BoilerplateLexicon.WordClass.time, BoilerplateLexicon.WordClass.credit]
        return counted.enumerated().reduce(UInt64(0)) { tally, entry in
            Int32(bits) & entry.element != 0 ? tally | 1 << UInt64(12 * entry.offset) : tally
        }
    }

    /// The lexicon's reading of the text in `normalizer`: whether a protecting entry matched, and
    /// the category that scored most (ties to the lower category) with the text's total score, at
    /// most 3, or `nil` when no entry scored. `signOff`'s entries protect as an editor's note does,
    /// `pollKicker`'s are passed over, and in a `long` line a phrase not matching the whole line
    /// counts half. One reading for a line and for each half of a line in two languages
    /// (``bilingualHalvesLexicon(_:normalizer:scratch:)``).
    func lexiconReading(_ normalizer: LineNormalizer, phraseStarts: Int, scratch: inout Scratch, long: Bool = false,
                        signOff: Int? = nil, pollKicker: Int? = nil) -> (protected: Bool, best: (category: Int, score: Double)?) {
        var protected = false
        // The closure reads locals only: reaching the lexicon from it would copy the lexicon.
        let weights = lexicon.weights
        lexicon.match(normalizer, phraseStarts: phraseStarts) { category, kind in
            if category == signOff { protected = true; return }
            if category == pollKicker { return }
            let weight = weights[category]
            if weight < 0 { protected = true; return }
            // A phrase inside a long paragraph is weaker evidence than the same phrase on its own line.
            let discounted = long && kind != .exact ? weight / 2 : weight
            if scratch.categoryScores[category] == 0 { scratch.touched.append(category) }
            scratch.categoryScores[category] += discounted
        }
        guard !scratch.touched.isEmpty else { return (protected, nil) }
        var best = scratch.touched[0]
        var total = 0.0
        for category in scratch.touched {
            let value = scratch.categoryScores[category]
            total += value
            if value > scratch.categoryScores[best] || (value == scratch.categoryScores[best] && category < best) { best = category }
        }
        for category in scratch.touched { scratch.categoryScores[category] = 0 }
        scratch.touched.removeAll(keepingCapacity: true)
        return (protected, (best, min(total, 3)))
    }

    private func describe(_ line: inout LineFeatures, normalizer: LineNormalizer, raw: UnsafeBufferPointer<UInt8>, scratch: inout Scratch) {
        let phraseStarts = lexicon.classify(normalizer)
        let words = normalizer.wordCount
        line.words = words
        // Only a long line of few words asks which script it opens in (see `spacedByPhrase`).
        if LineFeatures.scriptDecidesSpacing(length: raw.count, words: words) { line.runTogetherScript = Self.opensInRunTogetherScript(raw) }
        var monthSeen = false
        // Months named: two make a line of two stamps (`Publié le 16 mai 2024 à 06h00, modifié le 16 mai 2024 à 09h41`).
        var months = 0
        var numericWords = 0
        var stopwords = 0, secondPerson = 0, capitalized = 0, menuWords = 0, reporting = 0, timeWords = 0, creditWords = 0
        let info = normalizer.words
        // A cursor over the records, as the lexicon's lookups walk them.
        var cursor = info
        let end = info + words
        Self.classTallies.withUnsafeBufferPointer { tallies in
            while cursor < end {
                // The five counts in the lanes of one word, a lane per count, added per word from
                // ``classTallies`` (one load and one add where each count took a test and an add),
                // and emptied into the counts before a lane can carry into the next.
                let chunkEnd = end - cursor > Self.tallyLane ? cursor + Self.tallyLane : end
                var tally: UInt64 = 0
                while cursor < chunkEnd {
                    let word = cursor.pointee
                    cursor += 1
                    let classes = word.classes
                    tally &+= tallies[Int(classes & Self.tallyClasses)]
                    if word.capitalized { capitalized &+= 1 }
                    if word.numeric {
                        numericWords &+= 1
                    } else if words <= 16 {
                        if classes & BoilerplateLexicon.WordClass.menu != 0 { menuWords += 1 }
                        if classes & BoilerplateLexicon.WordClass.month != 0 { monthSeen = true; months &+= 1 }
                    }
                }
                let lane = UInt64(Self.tallyLane)
                stopwords &+= Int(tally & lane)
                secondPerson &+= Int(tally >> 12 & lane)
                reporting &+= Int(tally >> 24 & lane)
                timeWords &+= Int(tally >> 36 & lane)
                creditWords &+= Int(tally >> 48 & lane)
            }
        }
        if words > 0 {
            line.imperativeOpening = info[0].classes & BoilerplateLexicon.WordClass.imperative != 0
            // `By Jane Doe`, `Posted by Jane Doe`, but not `By then the crowd had gone.`
            // A two-letter `by` (Swahili `Na`, Tagalog `Ni`) is a preposition of other languages
            // too (Polish `NA ŻYWO`, `live`): it opens a byline only before a name of two words.
            // Thai writes `by` (`โดย`) apart inside a sentence too, and a Thai line of fifty
            // letters or more is a clause, not a name (``LineFeatures/unpunctuatedClause``).
            line.byline = words <= 10 && info[0].classes & BoilerplateLexicon.WordClass.bylineOpener != 0
                && !(raw.count >= LineFeatures.unpunctuatedClauseBytes && Self.opensInThaiOrLao(raw))
                && (Self.shortBylineOpeners.contains(info[0].hash)
                    ? words >= 3 && info[1].capitalized && info[2].capitalized
                    : Self.writtenBylineHashes.contains(info[0].hash)
                    ? words > 2 && info[1].classes & BoilerplateLexicon.WordClass.bylineOpener != 0 && info[2].capitalized
                    : words < 2 || info[1].classes & BoilerplateLexicon.WordClass.stopword == 0 || info[1].capitalized
                        || (words > 2 && info[1].classes & BoilerplateLexicon.WordClass.bylineOpener != 0 && info[2].capitalized))
        }
        line.stopwords = stopwords
        line.secondPerson = secondPerson > 0 ? secondPerson - Self.namesParticles(info, count: words) : 0
        line.capitalized = capitalized
        // A name in a script without case (`सुरेन्द्र पौडेल`) has no capitals to count: the bare
        // byline's test asks this instead. Short lines with a non-ASCII first byte only.
        if capitalized == 0 && numericWords == 0 && words >= 1 && words <= 5 && raw.count > 0 && raw[0] >= 0xC0 {
            line.uncased = normalizer.wordsAreUncased()
        }
        line.menuWords = menuWords
        line.reporting = reporting
        line.numericWords = numericWords
        // `Comments (3)`, `12 comments`: a comment count alone on its line.
        // (Looked up for such lines only, not counted word by word.)
        line.commentCount = words == 2 && numericWords == 1 && (info[0].classes | info[1].classes) & BoilerplateLexicon.WordClass.comment != 0
        let hasDigit = numericWords > 0
        let allNumeric = words > 0 && numericWords == words
        line.numericOnly = allNumeric
        // `12:41, 7 Jun 2025 | Updated 15:09, 7 Jun 2025`: longer, but mostly numbers.
        // (A script that joins its figures to a word, Khmer's `ទី២៣` and `ឆ្នាំ២០២៥`, `the 23rd`
        // and `year 2025`, prints a date with no word of figures alone.)
        line.dateLike = (monthSeen && (hasDigit || normalizer.foreignDigits && words <= 10) && (words <= 10 || numericWords * 2 >= words)) || (allNumeric && words >= 3)
            || (hasDigit && timeWords > 0 && words <= 4 && numericWords + timeWords == words)
            // The published and the updated stamps on one line are twice one stamp's length: two months,
            // a figure with each (day and year), no sentence's end.
            || (months >= 2 && numericWords >= 4 && words <= 18 && !endsLikeSentence(normalizer.lastScalars))
        line.separators = normalizer.separators
        if normalizer.separators == 1 && words >= 3 && words <= 4 && numericWords == 0 && info[0].capitalized && capitalized < words {
            line.capitalizedLabels = Self.opensCapitalAfterSeparator(raw)
        } else if normalizer.separators == 1 && words >= 3 && words <= 6 && numericWords == 0 && capitalized == 0
                    && raw.count > 0 && raw[0] >= 0xC0 && Self.holdsSpacedChevron(raw) && normalizer.wordsAreUncased() {
            // A script without case (`સાબરમતી સમાચાર › અમદાવાદ`, `د خيبر رڼا › کلتور او هنر`) has no
            // capital to open a label: the breadcrumb's own chevron stands for it. Not `/` or `|`,
            // which a credit or a byline's date puts between two runs of words as well.
            line.capitalizedLabels = true
        }
        line.currency = normalizer.currency && hasDigit
        line.copyrightSign = normalizer.copyrightSign
        line.terminal = endsLikeSentence(normalizer.lastScalars)
        if !line.terminal && raw.count >= LineFeatures.unpunctuatedClauseBytes && Self.opensInThaiOrLao(raw) {
            line.unpunctuatedScript = true
        }
        line.fullStop = line.terminal && !endsWithQuestionOrExclamation(normalizer.lastScalars)
        // A caption that closes on its credit after its own sentence's end (`… ਵਿਦਿਆਰਥੀ। ਫੋਟੋ: …`)
        // runs past the scan's always-lowered length at ten words in a script of three bytes a
        // letter; its credit's word asks for the lowered copy, on a line ending on no sentence's end.
        if creditWords > 0 && !line.terminal { normalizer.lowerIfMissing(raw) }
        let lowered = normalizer.loweredBytes
        if normalizer.maybeLink && lowered.count > 0 { scanLinks(&line, lowered: lowered) }
        if let last = lowered.last, last == UInt8(ascii: ")") || normalizer.separators > 0 || normalizer.maybeLink {
            findCredits(&line, normalizer: normalizer)
        }
        if creditWords > 0 && !line.parentheticalCredit && lowered.count >= 12 && words <= 60 {
            line.parentheticalCredit = Self.endsWithCreditLabel(lowered) || Self.endsWithDashedCredit(lowered)
        }
        if !line.parentheticalCredit && words >= 4 && words <= 40 {
            // A credit may close on its photographer's initials (`… / Y. B.`), which end the line
            // on a full stop: only the labelled credit's rule reads those.
            if !line.terminal {
                line.parentheticalCredit = Self.endsWithGluedCreditLabel(raw) || Self.endsWithLabelledCredit(raw)
                    || Self.endsWithCapitalCredit(raw)
            } else if Self.endsWithInitial(raw) {
                line.parentheticalCredit = Self.endsWithLabelledCredit(raw)
                line.creditClosesOnInitial = line.parentheticalCredit
            }
        }
        // A credit after a spaced bar or slash, or in a script's own parentheses or colon: looked
        // for only on a line closing on a parenthesis or holding a separator or a credit's word.
        if !line.parentheticalCredit && !line.slashCredit && words <= 40 {
            if lowered.last == 0x89 {
                line.creditedCaption = Self.endsWithHanPhotoCredit(raw) || endsWithSeparatedCredit(lowered)
            } else if lowered.last == UInt8(ascii: ")") || normalizer.separators > 0 || creditWords > 0 {
                line.creditedCaption = endsWithSeparatedCredit(lowered, afterSentence: creditWords > 0 && !line.terminal)
            }
        }
        line.closesOnParenthesis = lowered.last == UInt8(ascii: ")")
        if line.closesOnParenthesis { line.videoDuration = Self.endsWithDuration(lowered) }
        // An item of a list (`- Cloud tops near 400 °C`) is the story's, not a widget.
        let listItem = lowered.count >= 2 && (lowered[0] == UInt8(ascii: "-") || lowered[0] == UInt8(ascii: "*")) && lowered[1] == 0x20
        if words <= 8 && !line.terminal && numericWords > 0 && !listItem {
            line.widget = Self.looksLikeWidget(lowered, words: words) || Self.looksLikeScoreline(lowered, capitals: capitalized)
        }
        if !line.widget && !line.terminal && numericWords >= 2 && words <= 10 && !listItem {
            line.namedScoreline = Self.looksLikeNamedScoreline(raw)
        }
        // A lottery's draw: six small figures in a row, no date's (`Lotto Max Nov 13: 4 11 19 27 33 41 48`).
        if !line.terminal && numericWords >= 6 && words <= 20 && !listItem && lowered.first != UInt8(ascii: "|") && Self.holdsDraw(lowered) {
            line.widget = true
            line.dateLike = false
        }
        // A temperature is no day of the month: `Viña del Mar 18°` names no March.
        if line.widget && line.dateLike && Self.figuresAreDegrees(lowered) { line.dateLike = false }
        // A price box: `$1,099 at Amazon`, `Was $1,799`, `Now $1,199 at Best Buy`.
        if line.currency && words <= 6 && !line.terminal && Self.opensWithPrice(lowered) { line.widget = true }
        if words >= 4 && words <= 15 && !line.terminal && numericWords > 0 && Self.endsWithDatedCaption(lowered) {
            line.datedCaption = true
            // The date is the photo's, not the article's.
            line.dateLike = false
        }
        if words >= 2 && words <= 4 && numericWords == 0 && !line.terminal {
            let last = info[words - 1].classes
            if last & (BoilerplateLexicon.WordClass.setting | BoilerplateLexicon.WordClass.statedSetting) != 0 {
                line.setting = last & BoilerplateLexicon.WordClass.setting != 0 && Self.colonBeforeLastWord(raw)
                line.statedSetting = !line.setting && last & BoilerplateLexicon.WordClass.statedSetting != 0
            }
        }
        // A row opens on its bar even when the copy drops the closing one (`| 1.º | Black Bulls | 62
        // pts`): a menu's or a share row's bars come between its items, never before the first.
        line.tableRow = lowered.count >= 3 && lowered.first == UInt8(ascii: "|")
            && (lowered.last == UInt8(ascii: "|") || normalizer.separators >= 2)
        // A date in figures (`Publié le 21/11/2026 à 08h15`, `13.03.2024, 09:15`) makes a short
        // line the article's date line, whatever label opens it.
        // (Longer when mostly figures: `20.11.2026 14:03 | Güncelleme: 20.11.2026 14:41`.)
        if !line.dateLike && numericWords >= 3 && (words <= 10 || numericWords * 3 >= words * 2) && Self.holdsNumericDate(lowered) { line.dateLike = true }
        // Closed on a dot only when half its words are figures: the Thai clock's `น.` (`16 มี.ค.
        // 2568 เวลา 14:32 น.`), not a sentence naming a year and a time.
        if !line.dateLike && (!line.terminal || numericWords * 2 >= words) && numericWords >= 3 && words <= 8
            && Self.holdsYearAndClock(lowered) { line.dateLike = true }
        // A month the list does not know, told by its place between a day and a year (`28 Maris 2025`).
        if !line.dateLike && !monthSeen && numericWords >= 2 && words <= 10 && Self.holdsWordDate(raw, uncased: false) {
            line.dateLike = true
        } else if !line.dateLike && !monthSeen && numericWords >= 2 && words <= 10 && Self.holdsWordDate(raw, uncased: true) {
            // One whose month is a word of a script without capitals is read in the byline block only.
            line.uncasedWordDate = true
        } else if !line.dateLike && !monthSeen && numericWords >= 2 && words <= 10 && normalizer.foreignDigits
                    && LineNormalizer.foldingDigits(raw).withUnsafeBufferPointer({ Self.holdsWordDate($0, uncased: true) }) {
            // The same date in the script's own figures (`۸ نومبر ۲۰۲۴`, `٨ نوفمبر ٢٠٢٤`), read as ASCII
            // digits: the day and the year are its place's marks whatever digits print them. (Short
            // lines holding such a figure only.)
            line.uncasedWordDate = true
        }
        // A date of Chinese or Japanese, its figures joined by the signs of year, month and day
        // (`2026年11月25日 10時32分`): the figures and the signs make one word, no figure of its own.
        if !line.dateLike && !line.terminal && words <= 6 && raw.count <= 48 && raw.count >= 11 && Self.holdsHanDate(raw) { line.dateLike = true }
        // The same tests over the line's figures in another script (`अपडेट: २४.११.२०२६, १०:१५`,
        // `প্রকাশিত : ০৯:২০, ২০২৬`), read as ASCII digits: a date line whatever digits print it.
        if !line.dateLike && normalizer.foreignDigits && numericWords >= 3 && words <= 10 {
            let folded = LineNormalizer.foldingDigits(lowered)
            folded.withUnsafeBufferPointer { figures in
                if Self.holdsNumericDate(figures) || !line.terminal && words <= 8 && Self.holdsYearAndClock(figures) { line.dateLike = true }
            }
        }
        // Longer when its stamps come in segments, each with a figure (`Published June 3, 2026 • Last
        // updated 6 hours ago • 4 minute read`).
        if !line.dateLike && hasDigit && !line.terminal && words <= 20 && normalizer.separators >= 1
            && Self.isSegmentedDate(raw, clocks: !monthSeen) {
            line.dateLike = true
            line.segmentedDate = true
        }
        // A video player's clock (`00:00 / 01:12`) is all figures, and no date.
        if allNumeric && words <= 6 && Self.isPlayerClock(lowered) {
            line.dateLike = false
            line.widget = true
            line.mediaCounter = true
        } else if allNumeric && words <= 2 {
            line.mediaCounter = Self.isMediaCounter(lowered)
        }

        // Lexicon.
        let long = words > 25
        // The story's sign-off is protected as an editor's note is: its reporters' names repeat
        // across the outlet's stories.
        let signOff = lowered.count >= 2 && lowered.first == UInt8(ascii: "(") && lowered.last == UInt8(ascii: ")") ? wireCreditCategory : nil
        // A poll's label over a statement of six words or more is a headline's kicker (`Poll: Cost of
        // living tops voters' worries`): the widget's own line asks (`Poll: Should the council ban
        // cars?`), is short (`Take our poll`) or speaks to the reader (`Have your say on …`).
        let pollKicker = words >= 6 && secondPerson == 0 && lowered.last != UInt8(ascii: "?") ? pollCategory : nil
        let reading = lexiconReading(normalizer, phraseStarts: phraseStarts, scratch: &scratch, long: long, signOff: signOff, pollKicker: pollKicker)
        line.protected = reading.protected
        if let best = reading.best {
            line.lexiconCategory = best.category
            line.lexiconScore = best.score
        }
        if words <= 60 {
            let start = scratch.normalizedCount
            let count = normalizer.normalizedCount
            if start + count > scratch.normalized.count {
                scratch.normalized.append(contentsOf: repeatElement(0, count: start + count - scratch.normalized.count))
            }
            scratch.normalized.withUnsafeMutableBufferPointer { buffer in
                (buffer.baseAddress! + start).update(from: normalizer.normalized, count: count)
            }
            scratch.normalizedCount = start + count
            line.normalizedRange = start..<(start + count)
        }
        // Chrome in two languages joined by a slash (`Nalunaarut / Annonce`): each half read alone.
        // Last, as it runs the normalizer again; only on a short unknown line whose one separator
        // may be a spaced slash.
        if normalizer.separators == 1 && line.lexiconScore == 0 && !line.protected && words >= 2 && words <= Self.bilingualHalvesWords
            && !line.terminal && !line.byline && !line.dateLike && !line.tableRow,
           let half = bilingualHalvesLexicon(raw, normalizer: normalizer, scratch: &scratch) {
            line.lexiconCategory = half.category
            line.lexiconScore = half.score
        }
        // An ad's label opening the ad's own line (`Sponsored: …`, `Sponsored | …`, `[AD] …`): the
        // label read alone, only once a byte scan of the line's first words found the colon, the
        // spaced bar or the bracket that closes a label.
        if line.lexiconScore == 0 && !line.protected && words >= 4 && words <= Self.labelledAdWords && line.reporting == 0
            && !line.byline && !line.dateLike && !line.tableRow, let label = Self.adLabel(raw),
           let ad = labelledAdLexicon(UnsafeBufferPointer(rebasing: raw[label]), normalizer: normalizer, scratch: &scratch) {
            line.lexiconCategory = ad.category
            line.lexiconScore = ad.score
        }
        // Chinese and Japanese write no space between words, so a paragraph counts a handful of
        // words (parted only at the marks the normalizer drops) and no rule read it as prose: its
        // words are counted by its letters instead (after the lexicon and the word tests above,
        // which read the normalizer's words).
        if raw.count >= words * Self.unspacedWordBytes * 2 && raw.count >= Self.unspacedLineBytes && Self.opensInHanOrKana(raw) {
            line.words = max(words, raw.count / Self.unspacedWordBytes)
            line.wordsByLetters = true
        }
    }

    /// The bytes of a word of Chinese or Japanese, as its letters are counted: two letters of three
    /// bytes, an average word's length in both (``opensInHanOrKana(_:)``).
    static let unspacedWordBytes = 6
    /// The least length of a line whose words are counted by its letters: four letters, no
    /// label's single word.
    static let unspacedLineBytes = 12

    /// The signs of year, month and day of a Chinese or Japanese date (`年`, `月`, `日`), in UTF-8.
    private static let hanYear: [UInt8] = [0xE5, 0xB9, 0xB4], hanMonth: [UInt8] = [0xE6, 0x9C, 0x88], hanDay: [UInt8] = [0xE6, 0x97, 0xA5]

    /// Whether `raw` holds a date of Chinese or Japanese: a year of four figures, `年`, one or two
    /// figures, `月`, one or two figures, `日`.
    static func holdsHanDate(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        // The figures from `at` and the sign after them: the index past the sign, or `nil`.
        func figures(_ at: Int, _ least: Int, _ most: Int, then sign: [UInt8]) -> Int? {
            var index = at
            while index < raw.count && isDigit(raw[index]) && index - at < most { index += 1 }
            guard index - at >= least, index + 3 <= raw.count, raw[index] == sign[0], raw[index + 1] == sign[1], raw[index + 2] == sign[2] else { return nil }
            return index + 3
        }
        var start = 0
        while start + 11 <= raw.count {
            if isDigit(raw[start]), let month = figures(start, 4, 4, then: hanYear), let day = figures(month, 1, 2, then: hanMonth),
               figures(day, 1, 2, then: hanDay) != nil { return true }
            start += 1
        }
        return false
    }

    /// Whether the first letter within the line's first sixteen bytes is a Chinese character or
    /// Japanese kana (U+3040–U+30FF, U+3400–U+9FFF): scripts that write no space between words.
    static func opensInHanOrKana(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (lead, next) = firstLetterLead(raw) else { return false }
        switch lead {
        case 0xE3: return next >= 0x81 && next <= 0x83 || next >= 0x90
        case 0xE4: return next >= 0xB8
        case 0xE5...0xE9: return true
        default: return false
        }
    }

    /// The line's last mark before up to two closing quotes or brackets, and how many it skipped.
    private func lastMark(_ last: (UInt32, UInt32, UInt32)) -> (mark: UInt32, skipped: Int) {
        func isCloser(_ value: UInt32) -> Bool {
            switch value {
            case 0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0x00BB, 0x201C: true
            default: false
            }
        }
        if !isCloser(last.2) { return (last.2, 0) }
        if !isCloser(last.1) { return (last.1, 1) }
        return (last.0, 2)
    }

    private func endsLikeSentence(_ last: (UInt32, UInt32, UInt32)) -> Bool {
        let (mark, skipped) = lastMark(last)
        switch mark {
        // The Greek question mark `;` (U+037E, which NFC turns into U+003B) ends a Greek question;
        // `;` after a word of any other script closes a list's item, not a sentence.
        case 0x3B: return Self.isGreekBefore(last, skipped: skipped)
        // A quotation closed after a comma ends a line too: `…until the end,"`.
        case 0x2C: return skipped > 0
        default: return Self.isSentenceEndMark(mark)
        }
    }

    /// Whether `mark` ends a sentence in any script, whatever stands before it. The line's own end
    /// (``endsLikeSentence(_:)``) and a caption's end before its credit
    /// (``endsWithSeparatedCredit(_:afterSentence:)``) both ask it.
    static func isSentenceEndMark(_ mark: UInt32) -> Bool {
        switch mark {
        // The Armenian full stop `։` (U+0589) ends an Armenian sentence as `.` does.
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0x0589: return true
        // The full stops and question marks of scripts that have their own: the danda `।` and
        // double danda `॥` of Bengali, Hindi, Nepali, Marathi and the other Indic scripts (U+0964,
        // U+0965), the Arabic question mark `؟` (U+061F) and the Urdu full stop `۔` (U+06D4), the
        // Ethiopic full stop `።` and question mark `፧` of Amharic and Tigrinya (U+1362, U+1367),
        // the Burmese section mark `။` (U+104B), the Khmer `។` (U+17D4), the Sinhala `෴` (U+0DF4),
        // the Tibetan shad `།` (U+0F0D) and the Armenian question mark `՞` (U+055E). Without them a
        // Bengali story had no line of prose: no first paragraph, so no title, and the page's
        // head and foot stayed whole.
        case 0x0964, 0x0965, 0x061F, 0x06D4, 0x1362, 0x1367, 0x104B, 0x17D4, 0x0DF4, 0x0F0D, 0x055E: return true
        // The Greek question mark `;` (U+037E); its NFC form `;` is asked with the word before it.
        case 0x037E: return true
        // The Myanmar little section `၊` (U+104A), which Unicode counts as a sentence's end, parts
        // clauses as a comma does.
        case 0x104A: return false
        // Any other script's own full stop or question mark, by Unicode's Sentence_Terminal
        // property: the full stop of Canadian syllabics `᙮` (Inuktitut, Cree), the Mongolian `᠃`,
        // Syriac `܂`, Ol Chiki `᱾` (Santali), Meetei Mayek `꯫` (Manipuri), Javanese `꧉`, Balinese
        // `᭟`, Vai `꘎`, Bamum `꛳`, Tibetan's double shad `༎` (a Terminal_Punctuation only), the
        // full-width and half-width stops `．` `｡`. The list above did not hold them: a page
        // closing its sentences so had no line of prose, and its headline and standfirst went as
        // an island of chrome. Asked only of a mark past Latin's and Greek's, so a line of them
        // never reads the property.
        default:
            guard mark >= 0x0590, let scalar = Unicode.Scalar(mark) else { return false }
            return mark == 0x0F0E || scalar.properties.isSentenceTerminal
        }
    }

    /// Whether the line's last mark, before closing quotes and brackets, is `?` or `!` (or the
    /// Greek question mark `;` after a Greek word).
    private func endsWithQuestionOrExclamation(_ last: (UInt32, UInt32, UInt32)) -> Bool {
        let (mark, skipped) = lastMark(last)
        switch mark {
        case 0x21, 0x3F, 0xFF01, 0xFF1F, 0x037E, 0x061F, 0x1367, 0x055E: return true
        case 0x3B: return Self.isGreekBefore(last, skipped: skipped)
        default: return false
        }
    }

    /// Whether the scalar before the line's last mark (the mark `skipped` closers from the end) is
    /// a Greek letter, basic or polytonic.
    private static func isGreekBefore(_ last: (UInt32, UInt32, UInt32), skipped: Int) -> Bool {
        let before: UInt32
        switch skipped {
        case 0: before = last.1
        case 1: before = last.0
        default: return false
        }
        return (0x0386...0x03FF).contains(before) || (0x1F00...0x1FFF).contains(before)
    }

    /// Counts URLs, bare domains, e-mail addresses, @handles and #hashtags.
    private func scanLinks(_ line: inout LineFeatures, lowered: UnsafeBufferPointer<UInt8>) {
        let count = lowered.count
        let marks = Self.linkMarks
        var index = 0
        while index < count {
            let byte = lowered[index]
            // Most bytes start nothing: passed over with one table lookup.
            if marks[Int(byte)] == 0 { index += 1; continue }
            let atTokenStart = index == 0 || lowered[index - 1] == 0x20
            switch byte {
            case UInt8(ascii: "h") where atTokenStart:
                if lowered[index...].starts(with: Self.http) { line.urls += 1; index = skipToken(lowered, from: index); continue }
            case UInt8(ascii: "w") where atTokenStart:
                if lowered[index...].starts(with: Self.www) { line.urls += 1; index = skipToken(lowered, from: index); continue }
            case UInt8(ascii: "@"):
                if index + 1 < count && Self.isAlnum(lowered[index + 1]) {
                    if atTokenStart { line.handles += 1 } else { line.urls += 1 }
                    index = skipToken(lowered, from: index)
                    continue
                }
            case UInt8(ascii: "#") where atTokenStart:
                if index + 1 < count && Self.isLetter(lowered[index + 1]) { line.hashtags += 1 }
            case UInt8(ascii: "."):
                if index > 0 && Self.isAlnum(lowered[index - 1]) {
                    var end = index + 1
                    while end < count && Self.isLetter(lowered[end]) { end += 1 }
                    let tld = lowered[(index + 1)..<end]
                    if (end == count || !Self.isAlnum(lowered[end])) && Self.topLevelDomains.contains(where: { $0.elementsEqual(tld) }) {
                        line.urls += 1
                        index = skipToken(lowered, from: index)
                        continue
                    }
                }
            default: break
            }
            index += 1
        }
    }

    /// The bytes ``scanLinks(_:lowered:)`` looks at (1), all others 0.
    private static let linkMarks: [UInt8] = (0..<256).map { "hw@#.".utf8.contains(UInt8($0)) ? 1 : 0 }

    private static let http = Array("http".utf8)
    private static let www = Array("www.".utf8)
    private static let topLevelDomains: [[UInt8]] = ["com", "org", "net", "io", "co", "uk", "ru", "de", "fr", "info", "gov", "edu", "tv", "me", "news"].map { Array($0.utf8) }

    private func skipToken(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while index < bytes.count && bytes[index] != 0x20 { index += 1 }
        return index
    }

    // The byte classes of the stage's rules. A letter is a lower-case ASCII letter or any byte of
    // a non-ASCII scalar: on a raw byte, `isLetter(byte | 0x20)` reads ASCII capitals as letters too.
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 }
    @inline(__always) static func isAlnum(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    @inline(__always) static func isUpperASCII(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether an en dash or an em dash (`–` E2 80 93, `—` E2 80 94) starts at `index` of `bytes`.
    @inline(__always) static func isLongDash(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index >= 0 && index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94)
    }

    /// Whether the scalar at `index` of `raw` (ending before `end`) is a capital, in any script:
    /// an ASCII capital is read off its byte, and a lead byte below `0xC3` opens no capital.
    static func opensWithCapital(_ raw: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        isUpperASCII(raw[index]) || (raw[index] >= 0xC3 && scalar(raw, at: index, end: end)?.properties.isUppercase == true)
    }

    /// The scalar whose UTF-8 opens at `index` of `bytes` and ends before `end`, or `nil` where
    /// the bytes there are no whole scalar: the shape rules ask a letter beyond ASCII its case.
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Unicode.Scalar? {
        var iterator = bytes[index..<min(end, index + 4)].makeIterator()
        var decoder = Unicode.UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return scalar
    }

    /// Finds a photo or agency credit at the end of the line: `(AFP)`, `(Photo: Jane Doe)`,
    /// `Jane Doe / AFP`, `Photograph: Ahmed Yusuf/AFP/Getty Images`.
    private func findCredits(_ line: inout LineFeatures, normalizer: LineNormalizer) {
        let lowered = normalizer.loweredBytes
        guard let last = lowered.last else { return }
        // Both credits sit in the line's last bytes, so their marks are looked for there only: a
        // paragraph holding a link or a slash was read back to its start. A credit's parenthesis
        // opens within 60 bytes of the end (the checks below ask for 60 and 52), its slash within 40.
        if last == UInt8(ascii: ")"), let open = lowered[max(0, lowered.count - 60)...].lastIndex(of: UInt8(ascii: "(")) {
            // The credit word opens the parenthesis or follows one word (`(Representational image | PTI)`).
            func isCreditWord(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
                !word.isEmpty && lexicon.word(WordHasher.hash(word), is: BoilerplateLexicon.WordClass.credit)
            }
            if lowered.count - open <= 60 {
                let first = lowered[(open + 1)...].prefix { Self.isAlnum($0) }
                if isCreditWord(first) || isCreditWord(lowered[first.endIndex...].drop { !Self.isAlnum($0) }.prefix { Self.isAlnum($0) }) {
                    line.parentheticalCredit = true
                }
            }
            // `(APBN News: Ben Carter)`: an outlet or desk, a colon, a name in capitals.
            let enclosed = lowered[(open + 1)..<(lowered.count - 1)]
            if !line.parentheticalCredit && enclosed.count <= 50, let colon = enclosed.firstIndex(of: UInt8(ascii: ":")) {
                let name = enclosed[(colon + 1)...].split(separator: 0x20)
                let before = enclosed[..<colon].split(separator: 0x20)
                if (1...4).contains(name.count) && (1...4).contains(before.count) && !enclosed.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") })
                    && normalizer.wordCount > 0 && normalizer.words[normalizer.wordCount - 1].capitalized {
                    line.parentheticalCredit = true
                }
            }
        }
        // `Name Surname / AGENCY` or `Name/AGENCY`: a slash among the last few words, then one to
        // four words, no sentence punctuation after it.
        if line.words >= 3, let slash = lowered[max(0, lowered.count - 40)...].lastIndex(of: UInt8(ascii: "/")) {
            let after = lowered[(slash + 1)...]
            let tailWords = after.split(separator: 0x20).count
            let hasSentencePunctuation = after.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "?") }
            let before = lowered[..<slash]
            // A word, or a caption's sentence (`… en Valencia. / JORGE SALAS`), before the slash.
            let wordBefore = before.last.map(Self.isAlnum) ?? false
                || (before.last == 0x20 && before.dropLast().last.map { Self.isAlnum($0) || $0 == UInt8(ascii: ".") } == true)
            if tailWords >= 1 && tailWords <= 4 && !hasSentencePunctuation && wordBefore && !line.terminal
                && line.separators <= 1 {
                let firstAfter = after.drop { $0 == 0x20 }
                if let first = firstAfter.first, first >= 0x61 && first <= 0x7A || first >= 0x80 {
                    line.slashCredit = normalizer.wordCount > 0 && normalizer.words[normalizer.wordCount - 1].capitalized
                    line.tightSlash = line.slashCredit && wordBefore && before.last != 0x20 && after.first != 0x20
                }
            }
        }
    }

    /// Whether a colon ends the word before the line's last word (`Autoplay: on`).
    static func colonBeforeLastWord(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let space = raw.lastIndex(of: 0x20), space > 0 else { return false }
        return raw[space - 1] == UInt8(ascii: ":")
    }

    /// Labels that open a photo credit closing a caption (`… after printing. Photograph: Harwick
    /// Cathedral Library`, `(Viewer photo: Mark Hollis)`), lower-cased.
    static let creditLabels: [[UInt8]] = [
        "photo:", "photos:", "photograph:", "photographs:", "picture:", "pictures:", "image:",
        "photo courtesy of", "photos courtesy of", "image courtesy of", "courtesy photo",
        "photo by", "photos by", "photograph by", "viewer photo:", "file photo:", "photo credit:", "credit:",
        "фото:", "foto:", "fotoğraf:",
        // The same label in more of the languages of news pages: a French colon after a space,
        // and the Spanish, Portuguese, Hungarian, Finnish, Bulgarian, Kazakh,
        // Greek and Georgian words.
        "photo :", "photos :", "crédit photo :", "imagen:", "imagem:", "fotó:", "kuva:",
        "снимка:", "сурет:", "φωτογραφία:", "ფოტო:",
    ].map { Array($0.utf8) }

    /// Credit words that open a credit without a colon after a caption's sentence (`… emploie 540
    /// salariés. Photo archives Courrier de l'Adour`), lower-cased: only on a line that ends
    /// without a sentence's end, as a credit does.
    private static let bareCreditLabels: [[UInt8]] = ["photo ", "photos ", "foto ", "фото ", "ფოტო "].map { Array($0.utf8) }
    /// ``creditLabels`` and ``bareCreditLabels``, joined once rather than at every label's start.
    private static let allCreditLabels = creditLabels + bareCreditLabels

    /// Whole credits that close a caption after a dash, with no name after them (`… at Dubai
    /// Silicon Oasis. — Supplied photo`, `— Foto cedida`, `– Divulgação`), lower-cased: a photo a
    /// company or a family gave, or the outlet's archive.
    private static let dashedCredits: [[UInt8]] = [
        "supplied photo", "supplied image", "supplied picture", "supplied", "handout photo", "handout", "file photo",
        "foto cedida", "imagen cedida", "foto de archivo", "foto arquivo", "divulgação", "reprodução", "photo fournie",
    ].map { Array($0.utf8) }

    /// Whether `lowered` ends with one of ``dashedCredits`` after a dash (`—`, `–`, or `-` between
    /// spaces): a story's sentence does not end on such a label after a dash.
    static func endsWithDashedCredit(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        for credit in dashedCredits where lowered.count > credit.count + 3 {
            let start = lowered.count - credit.count
            guard lowered[start...].elementsEqual(credit), lowered[start - 1] == 0x20 else { continue }
            let mark = lowered[start - 2]
            if mark == UInt8(ascii: "-") && lowered[start - 3] == 0x20 { return true }
            if isLongDash(lowered, at: start - 4) { return true }
        }
        return false
    }

    /// Whether `lowered` ends with a credit label after a sentence (`. Photo: X`) or inside a
    /// closing parenthesis (`(Viewer photo: X)`), followed by a few words only.
    static func endsWithCreditLabel(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = lowered.count
        // The credit is short: look for the label in the last 60 characters (not bytes: a
        // Georgian or Greek credit takes two or three bytes a letter).
        let windowStart = startOfLast(60, charactersOf: lowered)
        guard let last = lowered.last else { return false }
        let unterminated = last != UInt8(ascii: ".") && last != UInt8(ascii: "!") && last != UInt8(ascii: "?")
        for start in windowStart..<count {
            let byte = lowered[start]
            guard byte == UInt8(ascii: "p") || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "v") || byte == UInt8(ascii: "f")
                || byte == UInt8(ascii: "c") || byte >= 0x80 else { continue }
            // After a sentence's end and a space, or right after an opening parenthesis.
            let opensCredit: Bool
            if start >= 2 && lowered[start - 1] == 0x20 {
                let mark = lowered[start - 2]
                opensCredit = mark == UInt8(ascii: ".") || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?") || mark == 0x94 || mark == 0x9D
            } else {
                opensCredit = start >= 1 && lowered[start - 1] == UInt8(ascii: "(")
            }
            guard opensCredit else { continue }
            for label in unterminated && lowered[start - 1] == 0x20 ? allCreditLabels : creditLabels where start + label.count < count {
                guard (0..<label.count).allSatisfy({ lowered[start + $0] == label[$0] }) else { continue }
                // The rest: one to eight words, no sentence inside it.
                let rest = lowered[(start + label.count)...]
                let words = rest.split(separator: 0x20).count
                let inner = rest.dropLast().contains { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: ";") }
                if words >= 1 && words <= 8 && !inner { return true }
            }
        }
        return false
    }

    /// The one-word credit labels a page's extractor glues to the caption before them, lower-cased.
    private static let gluedCreditLabels: [[UInt8]] = ["credit", "credits", "photo", "photos", "photograph", "picture", "image", "foto"].map { Array($0.utf8) }

    /// Whether the line ends with a credit label glued to the caption's last word, capital and
    /// colon kept (`… spotted the intruderCredit: SWNS`): the caption and its credit were two
    /// elements of the page that the extractor joined without a space. A word of prose does not
    /// change case inside itself before a colon.
    static func endsWithGluedCreditLabel(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = raw.count
        let floor = max(2, count - 48)
        var colon = count - 2
        while colon >= floor && raw[colon] != UInt8(ascii: ":") { colon -= 1 }
        guard colon >= floor else { return false }
        var capital = colon - 1
        while capital > 0 && raw[capital] >= 0x61 && raw[capital] <= 0x7A { capital -= 1 }
        guard capital >= 1, colon - capital >= 4, isUpperASCII(raw[capital]),
              (raw[capital - 1] >= 0x61 && raw[capital - 1] <= 0x7A) || isDigit(raw[capital - 1]) else { return false }
        let label = raw[capital..<colon].map { $0 | 0x20 }
        guard gluedCreditLabels.contains(where: { $0 == label }) else { return false }
        // The credit: one to six words, no sentence in it.
        let rest = raw[(colon + 1)...]
        let words = rest.split(separator: 0x20).count
        return words >= 1 && words <= 6 && !rest.contains { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") }
    }

    /// A market ticker's change (`+0.84%`, `-9.27 (-18.14%)`, `▲ %0,12`) or a weather widget's
    /// temperature (`58°F Harbor City, partly cloudy`, `Buenos Aires 24° Nublado`): numbers that a
    /// short line of a page's furniture shows. A market's arrow (`▲`, `▼`, `↑`) marks a change
    /// wherever its sign and percentage sit; a story writes its changes in words. A bare degree
    /// after a figure is a widget's only in a line of five words or fewer (`40° in Seville` is a
    /// subheading's when it says more).
    static func looksLikeWidget(_ lowered: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        var signedNumber = false
        var percent = false
        var arrow = false
        for index in lowered.indices {
            let byte = lowered[index]
            if (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")) && index + 1 < lowered.count
                && lowered[index + 1] >= 0x30 && lowered[index + 1] <= 0x39 && (index == 0 || lowered[index - 1] == 0x20 || lowered[index - 1] == UInt8(ascii: "(")) {
                signedNumber = true
            } else if byte == UInt8(ascii: "%") && (index > 0 && isDigit(lowered[index - 1]) || index + 1 < lowered.count && isDigit(lowered[index + 1])) {
                // `0.62%`, and the Turkish `%0,12`.
                percent = true
            } else if byte == 0xC2 && index + 1 < lowered.count && lowered[index + 1] == 0xB0 {
                if index + 2 < lowered.count && (lowered[index + 2] == UInt8(ascii: "c") || lowered[index + 2] == UInt8(ascii: "f")) { return true }
                // A bare degree right after a figure, closing a word: `24°`.
                let closes = index + 2 == lowered.count || lowered[index + 2] == 0x20
                if closes && index > 0 && isDigit(lowered[index - 1]) && words > 0 && words <= 5 { return true }
            } else if isMarketArrow(lowered, at: index) {
                arrow = true
            }
        }
        // The figure is looked for only once an arrow is seen: most lines have none.
        return signedNumber && percent || arrow && lowered.contains(where: isDigit)
    }

    /// Whether the line's first letter is Thai or Lao (U+0E00–U+0EFF), scripts that close a
    /// sentence with no mark.
    static func opensInThaiOrLao(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        raw.count >= 3 && raw[0] == 0xE0 && raw[1] >= 0xB8 && raw[1] <= 0xBB
    }

    /// The lead byte and the one after it of the first letter past ASCII within the line's first
    /// sixteen bytes, or nil: the one scan the tests of a line's script (``opensInRunTogetherScript(_:)``,
    /// ``opensInHanOrKana(_:)``) read the script from. An empty line has none (and no range to trap on).
    static func firstLetterLead(_ raw: UnsafeBufferPointer<UInt8>) -> (UInt8, UInt8)? {
        for index in 0..<max(0, min(raw.count - 1, 16)) where raw[index] >= 0xC0 { return (raw[index], raw[index + 1]) }
        return nil
    }

    /// Whether the first letter within the line's first sixteen bytes is Thai, Lao, Tibetan, Khmer
    /// or Burmese: scripts that run a sentence's words together and space its phrases, so that the
    /// normalizer's words (parted at spaces and at the signs it does not keep) are few and long.
    static func opensInRunTogetherScript(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (lead, next) = firstLetterLead(raw) else { return false }
        switch lead {
        case 0xE0: return next >= 0xB8 && next <= 0xBF
        case 0xE1: return next == 0x9E || next == 0x9F || next >= 0x80 && next <= 0x82
        default: return false
        }
    }

    /// `Written`, the participle that stands before `by` in a byline: English, Spanish and
    /// Portuguese (`Escrito por`, `Escrita por`), French (`Écrit par`), German (`Geschrieben von`),
    /// Indonesian (`Ditulis oleh`), Swahili (`Imeandikwa na`) and Kinyarwanda (`Yanditswe na`). It
    /// opens a byline only with `by` and a capitalized name after it: `Written evidence shows …`
    /// is a story's sentence.
    static let writtenBylineOpeners = ["written", "escrito", "escrita", "écrit", "geschrieben", "ditulis", "imeandikwa", "yanditswe"]
    static let writtenBylineHashes: [UInt64] = writtenBylineOpeners.map { WordHasher.hash(Array($0.utf8)) }

    /// How many of the words addressing the reader stand between two capitalized words: there
    /// they are a name's particle in another language (French `du` in `Fonds du Logement`, read
    /// as the German or Nordic `du`, "you"), not the reader addressed. Counted as the reader's,
    /// one such word left a Luxembourgish lead no anchor, and the headline, byline and date above
    /// it went with the head. Asked only of lines with such a word.
    static func namesParticles(_ info: UnsafeMutablePointer<LineNormalizer.Word>, count: Int) -> Int {
        guard count >= 3 else { return 0 }
        var particles = 0
        for index in 1..<(count - 1) where info[index].classes & BoilerplateLexicon.WordClass.secondPerson != 0
            && !info[index].capitalized && info[index - 1].capitalized && info[index + 1].capitalized {
            particles += 1
        }
        return particles
    }

    /// The hashes of the byline openers that are their language's common words too (`na`, `ni`;
    /// Haitian Creole `pa`, "not"; Maltese `minn`, "from"), which ask for a name of two capitalized
    /// words after them.
    static let shortBylineOpeners: [UInt64] = ["na", "ni", "pa", "minn"].map { WordHasher.hash(Array($0.utf8)) }

    /// Whether every figure of `lowered` is closed by a degree sign (`18°`, `29°C`): a weather
    /// widget's temperatures, which a month's abbreviation before them (`Mar`, `Jun`) made a date.
    static func figuresAreDegrees(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0, figures = 0
        while index < lowered.count {
            guard isDigit(lowered[index]) else { index += 1; continue }
            while index < lowered.count && isDigit(lowered[index]) { index += 1 }
            guard index + 1 < lowered.count, lowered[index] == 0xC2, lowered[index + 1] == 0xB0 else { return false }
            figures += 1
        }
        return figures > 0
    }

    /// Whether a market's arrow starts at `index`: a triangle of U+25B2–U+25BE (`▲ △ ▴ ▼ ▽ ▾`; the
    /// range takes the sideways ones between them too, `▶ ▸`) or `↑ ↓` (U+2191, U+2193).
    private static func isMarketArrow(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard bytes[index] == 0xE2, index + 2 < bytes.count else { return false }
        let second = bytes[index + 1], third = bytes[index + 2]
        return second == 0x96 && (0xB2...0xBE).contains(third) || second == 0x86 && (third == 0x91 || third == 0x93)
    }

    /// Whether `lowered` opens with a currency sign (as the normalizer counts them: `$` and the
    /// Unicode currency symbols), or with `was` or `now` before one.
    static func opensWithPrice(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        var bytes = lowered[...]
        if bytes.starts(with: "was ".utf8) || bytes.starts(with: "now ".utf8) { bytes = bytes.dropFirst(4) }
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.generalCategory == .currencySymbol
    }

    /// Whether the line ends, after its last comma, with a few words holding a year: a photo's
    /// caption (`Cotton field in Syrdarya region, October 2026`, `Очередь на АЗС, ноябрь 2026 года`).
    static func endsWithDatedCaption(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let comma = lowered.lastIndex(of: UInt8(ascii: ",")), comma >= 8, lowered.count - comma <= 40 else { return false }
        // What the photo shows, in words: a date line (`Tuesday, 9 April 2024`, `Published On: May
        // 29, 2024`) has a single word or a number before its last comma.
        // After a label's colon, one word is a weekday (`An wallafa: Juma'a, 28 Maris 2025`): the
        // words that describe a photo come after the label (`Foto: Crowds at the market, May 2024`).
        let shown = lowered[(lowered[..<comma].lastIndex(of: UInt8(ascii: ":")).map { $0 + 1 } ?? 0)..<comma]
        guard shown.count(where: { $0 == 0x20 }) >= 2, !shown.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let rest = lowered[(comma + 1)...]
        guard rest.split(separator: 0x20).count <= 3 else { return false }
        // A run of exactly four digits starting with 1 or 2.
        var run = 0
        var first: UInt8 = 0
        for byte in rest {
            if byte >= 0x30 && byte <= 0x39 {
                if run == 0 { first = byte }
                run += 1
            } else {
                if run == 4 && (first == UInt8(ascii: "1") || first == UInt8(ascii: "2")) { return true }
                run = 0
            }
        }
        return run == 4 && (first == UInt8(ascii: "1") || first == UInt8(ascii: "2"))
    }

    /// Whether `lowered` holds a date in figures: day, month and year between dots, slashes or
    /// dashes (`21/11/2026`, `13.03.2024`, `2026-11-21`).
    static func holdsNumericDate(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = lowered.count
        while index < count {
            guard isDigit(lowered[index]), index == 0 || !isDigit(lowered[index - 1]) else { index += 1; continue }
            // Three runs of digits, the separator the same between them.
            var runs = (0, 0, 0)
            // Whether the first two runs are all zeros: no day or month is (`0-0-12`, an instalment
            // plan's terms, is no date).
            var zeros = (false, false)
            var runCount = 0
            var separator: UInt8 = 0
            var cursor = index
            while cursor < count && runCount < 3 {
                let start = cursor
                while cursor < count && isDigit(lowered[cursor]) { cursor += 1 }
                switch runCount {
                case 0: runs.0 = cursor - start; zeros.0 = lowered[start..<cursor].allSatisfy { $0 == UInt8(ascii: "0") }
                case 1: runs.1 = cursor - start; zeros.1 = lowered[start..<cursor].allSatisfy { $0 == UInt8(ascii: "0") }
                default: runs.2 = cursor - start
                }
                runCount += 1
                guard runCount < 3, cursor + 1 < count, isDigit(lowered[cursor + 1]) else { break }
                let mark = lowered[cursor]
                guard mark == UInt8(ascii: "/") || mark == UInt8(ascii: ".") || mark == UInt8(ascii: "-"),
                      separator == 0 || separator == mark else { break }
                separator = mark
                cursor += 1
            }
            if runCount == 3 && (cursor == count || !isDigit(lowered[cursor])) {
                let dayFirst = (1...2).contains(runs.0) && (1...2).contains(runs.1) && (runs.2 == 2 || runs.2 == 4) && !zeros.0 && !zeros.1
                let yearFirst = runs.0 == 4 && runs.1 == 2 && runs.2 == 2
                if dayFirst || yearFirst { return true }
            }
            index = max(cursor, index + 1)
        }
        return false
    }

    /// Whether `lowered` is a player's position and running time: `00:00 / 01:12`, `0:00/2:34`.
    static func isPlayerClock(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        let sides = lowered.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        return sides.count == 2 && sides.allSatisfy { side in
            let start = side.firstIndex { $0 != 0x20 } ?? side.endIndex
            let end = side.lastIndex { $0 != 0x20 }.map { $0 + 1 } ?? start
            return isRunningTime(side[start..<end])
        }
    }

    /// Whether `part` is a running time: one or two digits, then one or two groups of a colon and
    /// two digits (`2:14`, `01:12`, `1:02:33`).
    static func isRunningTime<Part: Collection<UInt8>>(_ part: Part) -> Bool {
        let groups = part.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard groups.count == 2 || groups.count == 3 else { return false }
        return groups.enumerated().allSatisfy { index, group in
            (index == 0 ? 1...2 : 2...2).contains(group.count) && group.allSatisfy(isDigit)
        }
    }

    /// A scores ticker's entry: two team codes around a score or a `v` (`ARS 2-1 CHE FT`,
    /// `TOT v AVL 17:30`), or around a score spaced out (`EDM 4 - 2 CGY`, `LAL 112 – 108 BOS`). A
    /// story names its teams in words; a strip prints their codes in capitals (`capitals`, the
    /// line's capitalized words).
    static func looksLikeScoreline(_ lowered: UnsafeBufferPointer<UInt8>, capitals: Int) -> Bool {
        let parts = lowered.split(separator: 0x20)
        guard parts.count >= 3 && parts.count <= 6 else { return false }
        func isCode(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            (2...4).contains(part.count) && part.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        }
        func isScore(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            if part.count == 1 && part.first == UInt8(ascii: "v") { return true }
            let sides = part.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
            return sides.count == 2 && sides.allSatisfy { isFigure($0, digits: 1...2) }
        }
        guard capitals >= 2, isCode(parts[0]) else { return false }
        if isScore(parts[1]) && isCode(parts[2]) { return true }
        return parts.count >= 5 && isFigure(parts[1], digits: 1...3) && isScoreDash(parts[2])
            && isFigure(parts[3], digits: 1...3) && isCode(parts[4])
    }

    /// Whether `part` is a figure of `digits` digits, as a score's side or a draw's number is.
    static func isFigure<Part: Collection<UInt8>>(_ part: Part, digits: ClosedRange<Int>) -> Bool {
        digits.contains(part.count) && part.allSatisfy(isDigit)
    }

    /// Whether `part` is what a score's line prints alone between the two sides' figures
    /// (`4 - 2`, `112 – 108`, `2 : 1`): a hyphen, an en dash (U+2013) or a colon.
    static func isScoreDash(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        part.elementsEqual([UInt8(ascii: "-")]) || part.elementsEqual([0xE2, 0x80, 0x93]) || part.elementsEqual([UInt8(ascii: ":")])
    }

    /// Whether `lowered` ends with a clip's running time in parentheses: `… explained (2:14)`.
    static func endsWithDuration(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let open = lowered.lastIndex(of: UInt8(ascii: "(")), lowered.count - open <= 10 else { return false }
        return isRunningTime(lowered[(open + 1)..<(lowered.count - 1)])
    }

    // MARK: - Zones

    /// The fewest short statements (``LineFeatures/shortStatement``) that anchor a page with no
    /// paragraph of ten words: one or two may be a comment's or a notice's.
    static let shortStatementAnchors = 4

    private func assignZones(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>, normalized: [UInt8], outlet: OutletContext) {
        // Indices, not elements: handing each line record to a predicate would copy it.
        var first = lines.indices.first(where: { lines[$0].anchor })
        var last = first.flatMap { _ in lines.indices.last(where: { lines[$0].anchor }) }
        // One paragraph of ten words or none: in a language of long words (Tigrinya, Inuktitut,
        // Malayalam, Pashto) a story told in one short sentence a paragraph has at most its one
        // long quote, and the page was read as a page of chrome, or as a head down to that quote:
        // its first paragraphs went as a feed's items, its subheadings with the chrome next to
        // them. Its short statements anchor it too, when there are enough of them to be a story's.
        if first == last, lines.indices.reduce(0, { $0 + (lines[$1].shortStatement ? 1 : 0) }) >= Self.shortStatementAnchors,
           let firstShort = lines.indices.first(where: { lines[$0].shortStatement }),
           let lastShort = lines.indices.last(where: { lines[$0].shortStatement }) {
            first = min(first ?? firstShort, firstShort)
            last = max(last ?? lastShort, lastShort)
        }
        guard var first, var last else {
            // No prose at all: a page of chrome, or a very short item. Treat it all as edge, where
            // only lines with their own signals go.
            for index in lines.indices { lines[index].zone = .head }
            return
        }
        // A notice's paragraph (a cookie consent) above the headline is no lead.
        if let lead = leadBelowNotice(lines, first: first) { first = lead }
        last = listAfterLastAnchor(lines, last: last, bytes: bytes)
        // A story that goes on in short lines (results, quotes of one line, a last short sentence)
        // past its last long paragraph: the list rule and the sentence rule each may carry the end
        // past what the other found.
        while true {
            let further = listAfterLastAnchor(lines, last: storyAfterLastAnchor(lines, last: last), bytes: bytes)
            if further == last { break }
            last = further
        }
        for index in lines.indices {
            lines[index].zone = index < first ? .head : index > last ? .tail : .body
        }
        markHeadlines(&lines, before: first, normalized: normalized, outlet: outlet)
        // The title: the nearest line of four words or more above the first paragraph, skipping
        // dates and bylines. Repetition (an outlet's lists carry its other headlines) and
        // neighbourhood rules leave it alone; only its own strong signals can remove it.
        var index = first - 1
        // The nearest line above the lead, if it may be the story's dateline on a line of its own:
        // one only once the headline is found above it.
        var nearest = index
        while nearest >= 0 && lines[nearest].blank { nearest -= 1 }
        let dateline = nearest >= 0 && isDatelineShape(lines[nearest], over: lines[first], bytes: bytes, normalized: normalized) ? nearest : nil
        while index >= 0 {
            let line = lines[index]
            // A caption closing on the outlet's own credit sits between the head and the lead
            // (`… ছবি: চট্টগ্রাম দর্পণ`): the headline is above it.
            // Under `remove`, an update stamp of a label and its clock (`Actualizado 09:12 h`,
            // `Updated 09:12 GMT`) is the byline block's, no headline, though no month makes it a
            // date line. (Under `keep`, taken for the title, it stays as the story's stamp.)
            if !line.blank && isHeadlineShape(line) && !followsMediaLabel(lines, index)
                && !(bylines == .remove && line.words <= 6 && line.numericWords >= 2 && Self.holdsClock(line.trimmedText(in: bytes)))
                && !endsOnOutletCredit(line, normalized: normalized, outlet: outlet)
                && !isCaptionOverCredit(lines, index, bytes: bytes, normalized: normalized, outlet: outlet) {
                lines[index].title = true
                if let dateline, dateline > index { lines[dateline].dateline = true }
                break
            }
            index -= 1
        }
    }

    /// The word for reporter or correspondent in the Arabic-script languages: Pashto (`خبریال`,
    /// `رپوټر`), Urdu (`نامہ نگار`, `رپورٹر`, `نمائندہ`), Persian (`خبرنگار`, `گزارشگر`), Sindhi
    /// (`رپورٽر`, `نمائندو`), Sorani (`پەیامنێر`, with its ezafe `پەیامنێری`) and Arabic (`مراسل`,
    /// `مراسلة`, `مندوب`), as the normalizer writes them.
    static let reporterWords: [[UInt8]] = [
        "خبریال", "خبريال", "رپوټر", "نامہ نگار", "رپورٹر", "نمائندہ", "خبرنگار", "گزارشگر", "رپورٽر", "نمائندو",
        "پەیامنێر", "پەیامنێری", "مراسل", "مراسلة", "مندوب",
    ].map { Array($0.utf8) }

    /// Whether `text`, a line's normalized words, holds one of ``reporterWords`` as whole words
    /// (by ``occurs(_:in:wholeWords:)``, the stage's one byte search).
    static func holdsReporterWord(_ text: ArraySlice<UInt8>) -> Bool {
        text.withUnsafeBufferPointer { haystack in
            reporterWords.contains { word in word.withUnsafeBufferPointer { occurs($0, in: haystack, wholeWords: true) } }
        }
    }

    /// A name alone on its line next to the article's date (`Dana Whitcombe` over `Mar 9, 2025`,
    /// `Tom Akers Environment editor`) is a byline without `By`: neither repetition (one author
    /// writes many of an outlet's articles) nor its neighbours remove it, and it is not the title.
    /// The outlet's name alone over the day's date is the masthead, no byline (unless a name stands
    /// over it): read as one, it kept its copies lower down (a post's account) from going as the
    /// masthead's duplicates.
    private func markBareBylines(_ lines: inout [LineFeatures], normalized: [UInt8], outlet: OutletContext) {
        // In a script without case (Devanagari, Bengali, Arabic) a name has no capitals: two to four
        // words with no function word there, which the date next to it makes a byline.
        func isNameLine(_ line: LineFeatures) -> Bool {
            !line.blank && line.words >= 2 && line.words <= 5 && !line.terminal && line.numericWords == 0
                && (line.capitalized >= line.words - 1 && line.capitalized >= 2 || line.uncased && line.words <= 4 && line.stopwords == 0)
                && line.menuWords <= (line.words >= 3 ? 1 : 0)
                && line.lexiconScore == 0 && line.urls == 0 && line.separators == 0 && line.stopwords <= 1
        }
        // The outlet's name over the date with no writer's name right above it (`Mélanie Sirois` /
        // `Le Montréalais`, the desk's line): the masthead.
        // So is the outlet's slogan right under its name alone, over the day's date (`Галицький
        // Пульс` / `Новини Львова та Галичини`): read as a byline, it made the skip link above the
        // masthead a headline, and the page's head above the menu stayed.
        func isMasthead(_ name: Int, above: Int?) -> Bool {
            let outletAbove = above.map { isOutletNameAlone(lines[$0], normalized: normalized, outlet: outlet, slack: 3) } ?? false
            return outletAbove || isOutletNameAlone(lines[name], normalized: normalized, outlet: outlet, slack: 3)
                && !(above.map { isNameLine(lines[$0]) } ?? false)
        }
        // The desk's town on its own line between the name and the date (`Surendra Paudel` /
        // `Chitwan` / `Published: …`): one or two words, a name's shape, nothing the lexicon knows.
        func isDeskLine(_ line: LineFeatures) -> Bool {
            !line.blank && line.words >= 1 && line.words <= 2 && !line.terminal && line.numericWords == 0
                && (line.capitalized == line.words || line.uncased) && line.stopwords == 0 && line.menuWords == 0
                && line.lexiconScore == 0 && line.urls == 0 && line.separators == 0
        }
        // A name with the desk's town or the outlet after a slash (`Selin Yurdakul / İstanbul`)
        // right over the date: a photo's credit has the same shape, but sits under its caption.
        func isPlacedName(_ line: LineFeatures) -> Bool {
            line.slashCredit && line.words >= 2 && line.words <= 5 && line.numericWords == 0 && !line.terminal
                && line.capitalized >= line.words - 1 && line.lexiconScore == 0 && line.urls == 0
        }
        // A name and the desk's town after one spaced separator of any kind (`ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੇਖੋਂ |
        // ਲੁਧਿਆਣਾ`, `Ana Ruiz · Vigo`), in capitals or in a script without them: told by its place
        // only, under the headline or the standfirst and over the date.
        func isBarredName(_ line: LineFeatures) -> Bool {
            line.separators == 1 && line.words >= 3 && line.words <= 6 && !line.terminal && line.numericWords == 0
                && (line.capitalized >= line.words - 1 || line.capitalized == 0) && line.stopwords <= 1 && line.menuWords == 0
                && line.lexiconScore == 0 && line.urls == 0
        }
        // A reporter's credit in an Arabic-script language, the word for reporter or correspondent
        // with the outlet's name and the desk's town (`د خيبر رڼا خبریال، پېښور`, `مراسل …، أكادير`):
        // no name's shape, five or six words with the outlet's, but the byline all the same under
        // the headline or the standfirst and over the date. Read only of a short line of that
        // script right over a date line.
        func isReporterCredit(_ line: LineFeatures) -> Bool {
            guard !line.blank, line.words >= 2, line.words <= 6, !line.terminal, line.numericWords == 0, line.capitalized == 0,
                  line.lexiconScore == 0, line.urls == 0, !line.normalizedRange.isEmpty,
                  (0xD8...0xDB).contains(normalized[line.normalizedRange.lowerBound]) else { return false }
            return Self.holdsReporterWord(normalized[line.normalizedRange])
        }
        // The headline or the standfirst over a byline: six words or more, none the lexicon knows,
        // no date. (A skip link over the masthead and the day's date, `رفتن به محتوای اصلی`, `Skip
        // to main content`, has four words: the masthead is no byline.)
        func isHeadline(_ line: LineFeatures) -> Bool { line.words >= 6 && line.lexiconScore == 0 && !line.dateLike }
        // So does a button the lexicon knows between the name and the date under it (`Follow`):
        // its removal left the name an island of chrome. (Not under the date: a share row's
        // buttons there, `Distribuie` over `Trimite pe WhatsApp`, have a name's capitals.)
        func isButton(_ line: LineFeatures) -> Bool { line.words <= 3 && !line.terminal && !line.dateLike && line.lexiconScore >= 1 }
        func isShortLabel(_ line: LineFeatures) -> Bool {
            line.words <= 4 && !line.terminal && !line.dateLike && line.numericWords == 0 && line.urls == 0
        }
        var previous: Int?, beforePrevious: Int?, thirdPrevious: Int?
        for index in lines.indices where !lines[index].blank {
            // A name without capitals is told by its place too: under a line of four words or more
            // (the headline, the standfirst), not at the end of a menu. Under `remove`, over a date
            // whose month is a word no list knows in a script without capitals (`18 نومبر 2024`),
            // which takes them as the block; under `keep` such a name stays to its own signals.
            if lines[index].dateLike || bylines == .remove && lines[index].uncasedWordDate, let previous, isNameLine(lines[previous]) || isPlacedName(lines[previous]),
               !lines[previous].uncased || beforePrevious.map({ isHeadline(lines[$0]) }) == true,
               !isMasthead(previous, above: beforePrevious) {
                lines[previous].byline = true
            }
            if lines[index].dateLike || bylines == .remove && lines[index].uncasedWordDate, let previous, let beforePrevious,
               isHeadline(lines[beforePrevious]), isReporterCredit(lines[previous]) {
                lines[previous].byline = true
            }
            if lines[index].dateLike, let previous, let beforePrevious, isHeadline(lines[beforePrevious]), isBarredName(lines[previous]),
               !isMasthead(previous, above: beforePrevious) {
                lines[previous].byline = true
            }
            // Under the date, names joined by a slash with no space are the lead photo's credit
            // (`PAP/Adam Warżawa`); a byline's desk comes after a spaced slash (`Elif Yıldız / İzmir`).
            if let previous, lines[previous].dateLike, isNameLine(lines[index]) || isPlacedName(lines[index]), !lines[index].tightSlash {
                lines[index].byline = true
            }
            // Under the headline or the standfirst only (a line of four words or more above the
            // name): the last two items of a menu of regions over the day's date (`Tamil Nadu` /
            // `Kerala` / `Tuesday, 24 November 2026`) have the same shapes.
            if lines[index].dateLike, let previous, let beforePrevious, let thirdPrevious, isHeadline(lines[thirdPrevious]),
               isDeskLine(lines[previous]), isNameLine(lines[beforePrevious]) {
                lines[beforePrevious].byline = true
                lines[previous].byline = true
            }
            // So is a name under the headline over a short line of its own over the date, whatever
            // that line is (the writer's role, `Nutaarsiortoq / Journalist`, `Wakilinmu`): the name
            // is told by its place, and a label the lexicon does not know may open it (`Allattoq:`,
            // `Daga`). The line between keeps its own signals, and is marked the writer's role for
            // the `remove` convention's byline block (not protected: one recognition for both).
            if lines[index].dateLike, let previous, let beforePrevious, let thirdPrevious, isHeadline(lines[thirdPrevious]),
               isShortLabel(lines[previous]), isNameLine(lines[beforePrevious]) {
                lines[beforePrevious].byline = true
                lines[previous].authorRole = true
            }
            // A counter between them (`Views: 2,341`, `3 min read`) belongs to the same block of the head.
            if let previous, let beforePrevious, Self.isShortCount(lines[previous]) {
                if lines[beforePrevious].dateLike && isNameLine(lines[index]) { lines[index].byline = true }
                if lines[index].dateLike && isNameLine(lines[beforePrevious]) { lines[beforePrevious].byline = true }
            }
            if let previous, let beforePrevious, lines[index].dateLike, isButton(lines[previous]), isNameLine(lines[beforePrevious]) {
                lines[beforePrevious].byline = true
            }
            thirdPrevious = beforePrevious
            beforePrevious = previous
            previous = index
        }
    }

    /// Whether the first letter after the line's spaced separator (`/`, `|`, `>`, `»`, `›`) is a
    /// capital: the second label of a breadcrumb opens as the first does.
    static func opensCapitalAfterSeparator(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        let scalars = String(decoding: raw, as: UTF8.self).unicodeScalars
        var afterSeparator = false, previous: Unicode.Scalar = " "
        for scalar in scalars {
            if afterSeparator {
                if scalar == " " { previous = scalar; continue }
                return scalar.properties.isUppercase
            }
            if previous == " " && "/|>»›".unicodeScalars.contains(scalar) { afterSeparator = true }
            previous = scalar
        }
        return false
    }

    /// Whether the line's first `count` words hold capitals and no lower-case ASCII letter (`KUALA
    /// LUMPUR:`), as a dateline's place does.
    static func opensWithCapitalWords(_ raw: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
        var words = 0, capitals = 0
        for byte in raw {
            if byte == 0x20 { words += 1; if words == count { break }; continue }
            if byte >= 0x61 && byte <= 0x7A { return false }
            if byte >= 0x41 && byte <= 0x5A { capitals += 1 }
        }
        return capitals >= 2
    }

    /// Whether the line holds a breadcrumb's chevron between spaces (` › `, ` » `, ` > `).
    static func holdsSpacedChevron(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard raw.count >= 3 else { return false }
        for index in 1..<(raw.count - 1) where raw[index - 1] == 0x20 {
            if raw[index] == UInt8(ascii: ">") && raw[index + 1] == 0x20 { return true }
            // `»` is C2 BB, `›` is E2 80 BA.
            if raw[index] == 0xC2 && index + 2 < raw.count && raw[index + 1] == 0xBB && raw[index + 2] == 0x20 { return true }
            if raw[index] == 0xE2 && index + 3 < raw.count && raw[index + 1] == 0x80 && raw[index + 2] == 0xBA
                && raw[index + 3] == 0x20 { return true }
        }
        return false
    }

    /// An author's bio box opens with the byline's name (`Marcus Delgado covers transportation for
    /// the Tribune.`). Marked before the zones, since a bio is
    /// prose and would otherwise anchor the body of the article. The outlet's name is no author's:
    /// a byline may end with it (`Dewi Sari - Lintas Warta`) and the lead open with it as its
    /// dateline (`Lintas Warta, Jakarta - …`). Nor is a place in capitals opening the lead
    /// (`KUALA LUMPUR: …`): a name in the head that ends with the town (`Waktu Solat Kuala Lumpur`,
    /// `By …, Kuala Lumpur`) matched the dateline's two words; a bio writes its name as the byline does.
    private func markAuthorBios(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>, normalized: [UInt8],
                                outlet: OutletContext) {
        // Each byline's words between spaces, so that a name is found whole (`marcus delgado`).
        let bylines = lines.indices.filter { lines[$0].byline && !lines[$0].normalizedRange.isEmpty }
        guard let firstByline = bylines.first else { return }
        let bylineTexts = bylines.map { [0x20] + normalized[lines[$0].normalizedRange] + [0x20] }
        for index in (firstByline + 1)..<lines.count {
            let line = lines[index]
            // A sentence: a live blog's sign-off (`– Dana Whitlock`) is the article's.
            guard !line.blank && !line.byline && line.terminal && line.words >= 4 && line.capitalized >= 2
                && line.reporting == 0 && !line.protected, !line.normalizedRange.isEmpty else { continue }
            // The line's first two words, with the space before and after them.
            let text = normalized[line.normalizedRange]
            guard let firstSpace = text.firstIndex(of: 0x20), firstSpace - text.startIndex >= 2,
                  let secondSpace = text[(firstSpace + 1)...].firstIndex(of: 0x20), secondSpace - firstSpace > 2 else { continue }
            let name = text[text.startIndex...secondSpace]
            if outlet.eitherName({ $0.starts(with: name.filter { $0 != 0x20 }) }) { continue }
            if Self.opensWithCapitalWords(line.trimmedText(in: bytes), count: 2) { continue }
            if bylineTexts.contains(where: { byline in
                byline.count > name.count && (0..<(byline.count - name.count)).contains { start in
                    byline[start] == 0x20 && byline[(start + 1)...].starts(with: name)
                }
            }) {
                lines[index].authorBio = true
            }
        }
    }

    /// A line of four words or more right above the byline or the date (with at most one line,
    /// the standfirst, between them) is the headline, whatever lines come between it and the
    /// first paragraph (a video player's list, share buttons): it is kept like the title, even
    /// when the page lists it again under `Most viewed`. The outlet's name alone over the day's
    /// date (`Le Courrier de l'Oriental` over `Lundi 23 novembre 2026`) is the masthead, not a
    /// headline: taken for the title, it hid the head's feed and widgets under it from the rules
    /// that look above the title. So is the slogan right under that name.
    private func markHeadlines(_ lines: inout [LineFeatures], before first: Int, normalized: [UInt8], outlet: OutletContext) {
        let head = (0..<first).filter { !lines[$0].blank }
        for (position, index) in head.enumerated() {
            let line = lines[index]
            guard isHeadlineShape(line) && !line.videoDuration else { continue }
            let below = head[(position + 1)..<min(head.count, position + 3)]
            guard below.contains(where: { lines[$0].byline || lines[$0].dateLike }) else { continue }
            // The squeezed name drops a leading `The` (`The Times of Galle` → `timesofgalle`).
            if line.words <= 8 && isOutletNameAlone(line, normalized: normalized, outlet: outlet, slack: 3) { continue }
            // Right under the masthead, the outlet's slogan (`Zimbabwe's voice since 1998`) over the
            // day's date is no headline either: a story's title has its section, menu or
            // breadcrumb above it, not the outlet's name.
            if line.words <= 8 && position > 0
                && isOutletNameAlone(lines[head[position - 1]], normalized: normalized, outlet: outlet, slack: 3) { continue }
            lines[index].title = true
        }
    }

    /// A line right over a photo's credit, between the head and the lead: the lead photo's caption,
    /// not the headline. A statement closed by a full stop (`Queue at the port on Thursday
    /// morning.`) is a caption over any credit, one the lexicon knows (`Photo: … / …`) or the
    /// outlet crediting itself (``isOutletCredit(_:bytes:normalized:outlet:)``, which needs no
    /// word of the page's language). A line closed by no full stop is a caption too once the
    /// headline is found above it, over the byline (``markHeadlines(_:before:normalized:outlet:)``):
    /// a page prints one headline, and the caption of a photo is written in any shape.
    private func isCaptionOverCredit(_ lines: [LineFeatures], _ index: Int, bytes: UnsafeBufferPointer<UInt8>,
                                     normalized: [UInt8], outlet: OutletContext) -> Bool {
        guard lines[index].fullStop || lines[..<index].contains(where: { $0.title }) else { return false }
        var below = index + 1
        while below < lines.count && lines[below].blank { below += 1 }
        guard below < lines.count else { return false }
        let credit = lines[below]
        guard credit.words <= 8 && !credit.terminal else { return false }
        return credit.slashCredit || credit.parentheticalCredit || credit.lexiconScore >= 0.5 && credit.lexiconCategory == mediaCategory
            || isOutletCredit(credit, bytes: bytes, normalized: normalized, outlet: outlet)
    }

    /// Whether the nearest non-blank line above is an `Image caption` or media label, which makes
    /// this line a caption rather than a title.
    private func followsMediaLabel(_ lines: [LineFeatures], _ index: Int) -> Bool {
        var above = index - 1
        while above >= 0 && lines[above].blank { above -= 1 }
        guard above >= 0, let category = lines[above].lexiconCategory, lines[above].lexiconScore >= 0.5 else { return false }
        return category == captionLabelCategory || category == mediaCategory
    }

    // MARK: - Scores

    private func score(_ line: inout LineFeatures) {
        var contributions = Contributions()
        if line.lexiconScore > 0, let category = line.lexiconCategory {
            // A reading time is weak since a byline often shares its line; alone on its line, a
            // figure and the phrase (`3 min de leitura`, `4 min read`), it is the page's.
            let readingTimeAlone = category == readingTimeCategory && line.words <= 5 && line.numericWords == 1
                && !line.byline && !line.terminal
            contributions.append(.lexicon(category), readingTimeAlone ? max(line.lexiconScore, 1.0) : line.lexiconScore)
        }
        let edge = line.zone != .body
        let short = line.words <= 12
        if line.urls > 0 { contributions.append(.link, line.words <= 12 ? 1.0 : 0.5) }
        let handles = line.handles + line.hashtags
        if handles > 0 {
            contributions.append(.handles, handles * 3 >= line.words ? 1.0 : min(0.3 * Double(handles), 0.9))
        }
        if line.tableRow || line.segmentedDate {
            // A table of the story (`| Corn | 3.1 | 2.4 |`), not a menu; nor the stamps of a date line.
        } else if line.separators >= 2 && line.words <= (line.separators + 1) * 4 {
            contributions.append(.navigation, 1.0)
        } else if line.separators >= 2 && !line.terminal {
            contributions.append(.navigation, 0.6)
        } else if edge && line.separators == 1 && line.words >= 2
                    && (line.words <= 4 && (line.capitalized == line.words || line.capitalizedLabels)
                        || line.zone == .head && line.capitalized == 0 && line.capitalizedLabels)
                    && line.numericWords == 0 && !line.terminal && !line.byline && !line.dateLike && !line.title {
            // A breadcrumb of one step (`Wien > Verkehr`, `Gent > Mobiliteit`, `Văn hóa / Di sản`)
            // over the headline or under the story: two capitalized labels and a separator, too
            // short for a menu's row.
            contributions.append(.navigation, 1.0)
        } else if line.separators >= 1 && short && !line.byline {
            contributions.append(.navigation, 0.3)
        }
        if line.words >= 3 && line.menuWords * 2 >= line.words + 1 && line.capitalized == line.words && !line.terminal {
            contributions.append(.navigation, 1.0)
        }
        if line.copyrightSign && line.words <= 30 { contributions.append(.copyright, 1.0) }
        var callToAction = 0.0
        // Addressing the reader is commoner in the head and tail, where the site speaks.
        if line.secondPerson > 0 { callToAction += line.words > 25 ? 0.15 : edge ? 0.35 : 0.25 }
        if line.imperativeOpening && line.words <= 25 { callToAction += line.secondPerson > 0 ? 0.55 : 0.35 }
        if line.currency && (line.secondPerson > 0 || line.lexiconScore > 0) { callToAction += 0.3 }
        if callToAction > 0 { contributions.append(.callToAction, callToAction) }
        if line.parentheticalCredit || line.slashCredit && !line.byline { contributions.append(.captionCredit, 1.0) }
        if line.creditedCaption && !line.byline { contributions.append(.creditedCaption, 1.0) }
        if line.videoDuration && line.words <= 20 { contributions.append(.videoDuration, 1.0) }
        if line.datedCaption && !line.byline && !line.tableRow { contributions.append(.captionCredit, 1.0) }
        if line.widget || line.namedScoreline && edge && !line.title && !line.dateLike { contributions.append(.numbers, 1.0) }
        // A comment count alone on its line (`12 reacties`, `Comments (3)`): the link to the
        // comment section or its heading, never a line of the story, which counts in a sentence.
        if line.commentCount { contributions.append(.commentCount, 1.0) }
        if line.numericOnly && !line.dateLike {
            contributions.append(.numbers, 0.5)
        } else if line.words >= 6 && line.numericWords * 2 >= line.words && !line.terminal && !line.dateLike {
            // Tickers and scoreboards: `FTSE 100 7,934 +0.4% | Dow 38,892 -0.1%`.
            contributions.append(.numbers, 0.5)
        }
        if edge && line.words <= 3 && !line.terminal && !line.dateLike && !line.byline {
            contributions.append(.shortEdgeLine, 0.3)
        }
        var total = contributions.total
        // Prose protects itself: a long sentence-like line with function words needs more evidence.
        // (Not in the head or tail when the line addresses the reader: there, that is the site talking.)
        // (Nor a caption closing on its credit in parentheses: the full stop of `(Photo: … / Enkhbold D.)`
        // or `(Provided by … Corp.)` is the credit's abbreviation, not a sentence's end, nor that of
        // `Photo : … / Y. B.` an initial's.)
        if line.sentenceLike && line.words >= 15 && line.urls == 0 && !(edge && line.secondPerson > 0 && line.reporting == 0)
            && !(line.parentheticalCredit && (line.closesOnParenthesis || line.creditClosesOnInitial)) {
            total -= 0.3
        }
        // A teaser's headline that names a day (`LES OGSÅ: Her er værvarselet for 17. mai-helgen`) is
        // no date line: its label, known to the lexicon as a related link's, says what it is.
        let teaser = line.lexiconScore >= 1.0 && line.lexiconCategory != nil && line.lexiconCategory == relatedCategory
        if (line.dateLike && !teaser) || line.byline { total -= 0.5 }
        // Chrome does not report speech: `"Contact us if you see him," police said.` is story.
        if line.reporting > 0 && line.words >= 5 && line.terminal { total -= 0.5 }
        if line.protected { total = -1 }
        line.score = total
        line.scoreReason = contributions.strongest
    }

    /// The signals of one line: their sum and the strongest, without an array.
    private struct Contributions {
        var total = 0.0
        var strongest = LineFeatures.ScoreReason.features
        private var strongestValue = 0.0

        mutating func append(_ reason: LineFeatures.ScoreReason, _ value: Double) {
            total += value
            if value > strongestValue {
                strongestValue = value
                strongest = reason
            }
        }
    }

    // MARK: - Rules

    private func threshold(_ line: LineFeatures) -> Double {
        line.zone == .body ? bodyThreshold : edgeThreshold
    }

    private func applyLineRules(_ lines: inout [LineFeatures], outlet: OutletContext, normalized: [UInt8]) {
        // Pages often print the title twice (in a breadcrumb or teaser, then as the heading):
        // the copy above the title goes.
        if let title = lines.indices.first(where: { lines[$0].title }), lines[title].fingerprint != 0 {
            for index in 0..<title where lines[index].fingerprint == lines[title].fingerprint {
                lines[index].removal = .rule(.duplicateOfTitle)
            }
        }
        for index in lines.indices where !lines[index].blank && !lines[index].protected {
            applyLineRules(&lines[index], outlet: outlet, normalized: normalized)
        }
    }

    /// The rules of one line, on the line in place (a copy of a line costs more than its rules).
    private func applyLineRules(_ line: inout LineFeatures, outlet: OutletContext, normalized: [UInt8]) {
        if line.authorBio {
            line.removal = .rule(.authorBio)
            return
        }
        // The site speaking of itself in the head or tail (`follow Ouest Régions in My News`).
        if line.zone != .body && line.words <= 40 && namesOutlet(line, normalized: normalized, outlet: outlet) {
            line.score += 0.5
            if line.scoreReason == .features { line.scoreReason = .selfReference }
        }
        // A byline goes by the lexicon only: its author's e-mail and the outlet's name after a bar
        // (`By Marcus Delgado | mdelgado@tribune.com | Tribune`) are the byline's own.
        if line.score >= threshold(line) && (!line.byline || line.lexiconScore >= 0.5) {
            line.removal = .score(line.scoreReason)
            return
        }
        if line.words <= 5 && line.zone != .body && !line.byline && isOutletNameAlone(line, normalized: normalized, outlet: outlet, slack: 6) {
            line.removal = .rule(.siteName)
            return
        }
        if line.fingerprint != 0 && outlet.repeats(line.fingerprint) >= outlet.minimumRepeats {
            // Repetition is chrome, except prose in the body, which an outlet does reuse for
            // background, and which wire copy shares between outlets of one folder.
            let guarded = line.sentenceLike && line.zone == .body
            // In the body, one more article is needed: two versions of one story in a drop
            // share their subheadings, and a folder may mix outlets.
            let weakEvidence = line.zone == .body && outlet.repeats(line.fingerprint) < outlet.minimumRepeats + 1
            if !guarded && !weakEvidence && !line.dateLike && !line.byline && !line.title && !line.dateline {
                line.removal = .rule(.repeatedInOutlet)
            }
        }
    }

    /// Whether `needle` occurs in `haystack` (an outlet's squeezed name in a line's).
    func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { Self.occurs($0, in: haystack) }
    }

    /// Whether `needle` occurs in `haystack`; with `wholeWords`, only where a space or an end of
    /// the haystack bounds it on both sides. The one byte search of the stage's rules: it jumps
    /// between places of the needle's first byte with `memchr` and compares the rest with `memcmp`
    /// (the pull quote asks it of every paragraph's neighbours, where stepping byte by byte cost a
    /// sixth of the stage's time).
    static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, wholeWords: Bool = false) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count, let base = haystack.baseAddress, let wanted = needle.baseAddress else { return false }
        let first = Int32(needle[0])
        // The last place the needle may start.
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
            guard let hit = memchr(base + start, first, last - start + 1) else { return false }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let end = at + needle.count
            if !wholeWords || (at == 0 || haystack[at - 1] == 0x20) && (end == haystack.count || haystack[end] == 0x20),
               memcmp(base + at, wanted, needle.count) == 0 {
                return true
            }
            start = at + 1
        }
        return false
    }

    private func applyStructureRules(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>, normalized: [UInt8],
                                     outlet: OutletContext) {
        plusTeasers(&lines, nonBlank: nonBlank, bytes: bytes)
        captionsAndLists(&lines, nonBlank: nonBlank, bytes: bytes)
        playerLists(&lines)
        pollsAndComments(&lines)
        pollBlocks(&lines, nonBlank: nonBlank)
        navigationRuns(&lines, nonBlank: nonBlank, bytes: bytes)
        resumedLists(&lines, nonBlank: nonBlank, bytes: bytes, normalized: normalized)
        // Propagation until nothing changes: blocks, neighbours, the tail after chrome, duplicates.
        for _ in 0..<4 {
            var changed = false
            changed = appealBlocks(&lines, bytes: bytes, normalized: normalized) || changed
            changed = neighbours(&lines, nonBlank: nonBlank) || changed
            changed = tailAfterChrome(&lines, nonBlank: nonBlank, bytes: bytes, normalized: normalized) || changed
            changed = duplicates(&lines, nonBlank: nonBlank, normalized: normalized) || changed
            changed = tickers(&lines, nonBlank: nonBlank, bytes: bytes) || changed
            changed = readerComments(&lines, nonBlank: nonBlank, bytes: bytes) || changed
            if !changed { break }
        }
        strandedTailIslands(&lines, nonBlank: nonBlank)
        embedResidue(&lines, nonBlank: nonBlank, bytes: bytes)
        embedLinks(&lines, nonBlank: nonBlank, normalized: normalized)
        stampedPosts(&lines, nonBlank: nonBlank, bytes: bytes)
        signedPosts(&lines, nonBlank: nonBlank, bytes: bytes)
        bareHandlePosts(&lines, nonBlank: nonBlank, bytes: bytes)
        countedPosts(&lines, nonBlank: nonBlank, bytes: bytes)
        liveStripItems(&lines, nonBlank: nonBlank)
        // The headline's position among the non-blank lines, found once for the rules below: none of
        // them marks a title, and `countLines` and `countersUnderDate` unmark only a title below an
        // earlier one.
        let title = nonBlank.firstIndex(where: { lines[$0].title })
        // Before the islands: a feed's heading (`Latest news`) is left between chrome once its items go.
        headFeeds(&lines, nonBlank: nonBlank, title: title, bytes: bytes)
        playerControls(&lines, nonBlank: nonBlank, title: title, bytes: bytes)
        clipTitles(&lines, nonBlank: nonBlank, title: title, bytes: bytes)
        chromeIslands(&lines, nonBlank: nonBlank, title: title, bytes: bytes)
        captionsAboveCredits(&lines, nonBlank: nonBlank, bytes: bytes)
        settings(&lines, nonBlank: nonBlank)
        pagers(&lines, nonBlank: nonBlank, bytes: bytes)
        capitalHeadings(&lines, nonBlank: nonBlank, bytes: bytes)
        labelRuns(&lines, nonBlank: nonBlank, title: title, bytes: bytes)
        pictographPrompts(&lines, nonBlank: nonBlank, bytes: bytes)
        pictographCounts(&lines, nonBlank: nonBlank, bytes: bytes)
        adBlocksByShape(&lines, nonBlank: nonBlank, bytes: bytes)
        bracketedAds(&lines, nonBlank: nonBlank, bytes: bytes)
        countLines(&lines, nonBlank: nonBlank, bytes: bytes)
        countersUnderDate(&lines, nonBlank: nonBlank, bytes: bytes)
        channelPitches(&lines, nonBlank: nonBlank, bytes: bytes, normalized: normalized, outlet: outlet)
        // Before the span: a box's items anchor it as the story's short paragraphs.
        explainerBoxes(&lines, nonBlank: nonBlank, title: title, bytes: bytes)
        trimAfterArticle(&lines, nonBlank: nonBlank, title: title, bytes: bytes, normalized: normalized, outlet: outlet)
        factBoxes(&lines, nonBlank: nonBlank, bytes: bytes)
        trimPageHead(&lines, nonBlank: nonBlank)
        sectionLabelOverTitle(&lines, nonBlank: nonBlank, title: title)
        // After the span is set: a prompt gone from under the story's last paragraph must not
        // leave that paragraph among the chrome that ends the article.
        formButtons(&lines, nonBlank: nonBlank, normalized: normalized)
        formPrompts(&lines, nonBlank: nonBlank)
        formHeadings(&lines, nonBlank: nonBlank, bytes: bytes, normalized: normalized, outlet: outlet)
        tagRows(&lines, nonBlank: nonBlank, bytes: bytes)
        stackedTagLists(&lines, nonBlank: nonBlank, bytes: bytes)
        pullQuotes(&lines, nonBlank: nonBlank, normalized: normalized)
        outletCredits(&lines, nonBlank: nonBlank, title: title, bytes: bytes, normalized: normalized, outlet: outlet)
        storeBadgeBoxes(&lines, nonBlank: nonBlank, title: title, bytes: bytes)
        roleLines(&lines, nonBlank: nonBlank, title: title)
        if bylines == .remove { removeBylineBlocks(&lines, nonBlank: nonBlank, title: title, bytes: bytes) }
    }

    /// After the story, a few kept lines between long runs of chrome are a widget of the page's
    /// own (death notices under their heading, classifieds), though they read as prose and so
    /// anchored the body: from the end of the page back, while each group of at most three kept
    /// lines has at least six removed lines before it, the last a short heading, and a removed
    /// line (or the page's end) after it, the group goes. The story is never such a group: its
    /// paragraphs come before the page's long runs of chrome, and a group that does not qualify
    /// ends the walk.
    private func strandedTailIslands(_ lines: inout [LineFeatures], nonBlank: [Int]) {
        var position = nonBlank.count - 1
        // Trailing chrome first: an island must have a removed line or the end after it.
        while position >= 0 && lines[nonBlank[position]].removed { position -= 1 }
        while position >= 0 {
            let islandEnd = position
            while position >= 0 && !lines[nonBlank[position]].removed { position -= 1 }
            let islandStart = position + 1
            var chromeRun = 0
            while position >= 0 && lines[nonBlank[position]].removed { chromeRun += 1; position -= 1 }
            let island = islandStart...islandEnd
            // Under a heading of its own (`Death Notices`): the rest of a story after a list of
            // related headlines follows a headline, not a heading, and the rest of a story after
            // sponsored links follows their network's signature (`by Taboola`).
            guard island.count <= 3, chromeRun >= 6, position >= 0,
                  lines[nonBlank[islandStart - 1]].words <= 3, !lines[nonBlank[islandStart - 1]].terminal,
                  lines[nonBlank[islandStart - 1]].removal != .rule(.sponsoredBlock),
                  island.allSatisfy({ !lines[nonBlank[$0]].protected && !lines[nonBlank[$0]].title && !lines[nonBlank[$0]].tableRow }),
                  // The story's own sentences after a box inside it (a horoscope's signs, a TV
                  // guide, a most-read list) are no widget's lines: see `midStoryBox`.
                  !isMidStoryBox(lines, nonBlank: nonBlank, box: islandStart - chromeRun..<islandStart)
                    || !island.allSatisfy({ lines[nonBlank[$0]].storySentence })
            else { return }
            for member in island { lines[nonBlank[member]].removal = .rule(.strandedAfterChrome) }
        }
    }

    func remove(_ lines: inout [LineFeatures], _ index: Int, rule: LineFeatures.Rule) -> Bool {
        guard !lines[index].removed, !lines[index].protected, !lines[index].blank, !lines[index].title,
              !lines[index].tableRow, !lines[index].dateline else { return false }
        lines[index].removal = .rule(rule)
        return true
    }

    /// The line's lexicon category, when the lexicon says much.
    func category(of line: LineFeatures) -> Int? {
        guard let index = line.lexiconCategory, line.lexiconScore >= 0.5 else { return nil }
        return index
    }

    /// A caption after its label; a list after its heading.
    private func captionsAndLists(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        for (position, index) in nonBlank.enumerated() {
            guard lines[index].removed, let category = category(of: lines[index]) else { continue }
            let line = lines[index]
            if category == captionLabelCategory, position + 1 < nonBlank.count {
                let next = nonBlank[position + 1]
                if lines[next].words <= 60 { _ = remove(&lines, next, rule: .caption) }
            }
            // A heading over a list is a label of a few words; a line of few words that are long
            // phrases (Khmer, Thai: `អានផងដែរ៖ …`) is a teaser's label and its headline in one line.
            let heading = line.words <= 5 && !line.terminal && !line.spacedByPhrase
            let listCategory = category == relatedCategory || (category == advertisementCategory && line.zone == .tail)
            // In the head, menus are found as runs; a heading there would take the title with it.
            // Under the title (`Top Stories` under the share row, over the lead photo) it cannot.
            // Above it, the list goes only when chrome closes it (`headListClosedByChrome`).
            guard heading && listCategory else { continue }
            if line.zone == .head && !belowTitle(lines, index) {
                headListClosedByChrome(&lines, nonBlank: nonBlank, heading: position)
                continue
            }
            var taken = 0
            // The length of the last headline the list took: an advertisement's label or another
            // line removed before, inside the list (`ANNONS` under a teaser), is no listed headline.
            var headlineWords = 0
            // Whether a headline the list took ended on a full stop: where none did, a short
            // sentence closing on one is the story's next paragraph (`Роботи фінансували місто та
            // Європейський інвестиційний банк.`, seven words, after two listed headlines).
            var listedFullStop = false
            var cursor = position + 1
            while cursor < nonBlank.count {
                let item = lines[nonBlank[cursor]]
                if taken >= 2 && !listedFullStop && item.zone == .body && item.sentenceLike && item.fullStop { break }
                let stop: Bool
                if item.zone == .body {
                    // Listed headlines ask and exclaim (`Rivers in England: how polluted is the water
                    // near you?`): only a full stop ends the list.
                    // A quotation alone on its line is the story's subheading (`"Dezenflasyon süreci
                    // sürüyor"`), where a listed headline quoting someone goes on after the quote.
                    stop = taken >= 12 || item.words > 20 || (item.terminal && item.fullStop && item.words >= 8) || item.protected
                } else {
                    stop = item.words > 25 || (item.sentenceLike && item.fullStop) || item.protected
                }
                if stop || Self.isQuotationAlone(item.trimmedText(in: bytes)) { break }
                // In the head, the story's own headline or byline ends the list: a latest list
                // over the story's head (`Terkini` under the menu, under a widget taken for a
                // title) walked through the headline, which it cannot remove, and took the byline
                // and the date under it.
                if item.zone == .head && !item.removed && (item.title || item.byline) { break }
                // A sentence announcing a list is the story's (`The letter asks for:`): listed
                // headlines do not end on a colon.
                if leadsIntoList(item, bytes: bytes) { break }
                // The story's subheading after the list, over its paragraph or the sentence that
                // announces its list: half as long as the listed headline before it (the items of
                // one list are alike).
                let before = headlineWords > 0 ? headlineWords : lines[nonBlank[cursor - 1]].words
                if taken >= 1 && item.zone == .body && item.words * 2 <= before
                    && (isSubheading(lines, nonBlank[cursor]) || isAskingSubheading(lines, nonBlank, cursor)
                        || !item.terminal && cursor + 1 < nonBlank.count && leadsIntoList(lines[nonBlank[cursor + 1]], bytes: bytes)) { break }
                if !item.removed { headlineWords = item.words }
                listedFullStop = listedFullStop || item.fullStop
                _ = remove(&lines, nonBlank[cursor], rule: .relatedList)
                taken += 1
                cursor += 1
            }
        }
    }

    /// A latest-news strip's items under its label above the title (`Inkuru zigezweho`, `Última
    /// hora`, then headlines with no clock): one to six kept lines shaped like headlines (no
    /// sentence's end, none of the story's own lines), closed by a line the rules removed (the
    /// breadcrumb, the menu) before the title or a byline or date. The story's kicker and
    /// standfirst sit between that chrome and the headline, never between the label and the chrome.
    private func headListClosedByChrome(_ lines: inout [LineFeatures], nonBlank: [Int], heading: Int) {
        var cursor = heading + 1
        while cursor < nonBlank.count && cursor - heading <= 6 {
            let item = lines[nonBlank[cursor]]
            if item.removed { break }
            guard !item.storysOwn && !item.terminal && item.words >= 2 && item.words <= 16 else { return }
            cursor += 1
        }
        guard cursor > heading + 1, cursor < nonBlank.count, lines[nonBlank[cursor]].removed else { return }
        for member in (heading + 1)..<cursor { _ = remove(&lines, nonBlank[member], rule: .relatedList) }
    }

    /// Whether a line of the head sits under the title and the byline or date under it: a list's
    /// heading there has the title above it, not among the lines it takes.
    private func belowTitle(_ lines: [LineFeatures], _ index: Int) -> Bool {
        // Indices, not elements, as in `assignZones`: a predicate handed each record would copy it.
        guard let title = lines.indices[..<index].last(where: { lines[$0].title }) else { return false }
        return lines.indices[title..<index].contains { lines[$0].byline || lines[$0].dateLike }
    }

    /// A video player's clips under its label (`Up next`): headlines, each with its running time
    /// (`01:30`) or none, up to the first line that is not a headline, within the label's block.
    /// The walk stops at the title: on a page whose player sits above the headline, the headline
    /// is the first line of the story.
    private func playerLists(_ lines: inout [LineFeatures]) {
        guard let playerCategory else { return }
        for index in lines.indices where lines[index].removed && lines[index].lexiconCategory == playerCategory && lines[index].lexiconScore >= 0.5 {
            var cursor = index + 1
            var taken = 0
            while cursor < lines.count && taken < 6 {
                let item = lines[cursor]
                if item.blank || item.title || item.protected { break }
                if !item.removed {
                    let headline = item.words >= 2 && item.words <= 15 && !item.fullStop && !item.byline && !item.dateLike
                        && item.urls == 0 && item.reporting == 0
                    guard headline else { break }
                    lines[cursor].removal = .rule(.relatedList)
                    taken += 1
                }
                cursor += 1
            }
        }
    }

    /// A poll's answers after its question; a comment thread after its heading.
    ///
    /// Both end at the next blank line. A thread is taken only when a second line of the comment
    /// form follows the heading closely (`Reply`, `Sort by: Newest`): a lone `Comments (12)` in a
    /// share bar under the headline, on a page with no blank lines, must not take the story.
    private func pollsAndComments(_ lines: inout [LineFeatures]) {
        for index in lines.indices where lines[index].zone != .head && !lines[index].blank {
            let category = category(of: lines[index])
            let countHeading = lines[index].commentCount
            guard lines[index].removed || countHeading else { continue }
            if category == pollCategory && lines[index].removed {
                var next = index + 1
                while next < lines.count && !lines[next].blank && lines[next].words <= 10 {
                    _ = remove(&lines, next, rule: .poll)
                    next += 1
                }
            } else if (category == commentsCategory && lines[index].words <= 4) || countHeading {
                var end = index + 1
                while end < lines.count && !lines[end].blank { end += 1 }
                let form = (index + 1)..<min(end, index + 9)
                guard form.contains(where: { lines[$0].removed && self.category(of: lines[$0]) == commentsCategory }) else { continue }
                _ = remove(&lines, index, rule: .commentThread)
                for next in (index + 1)..<end { _ = remove(&lines, next, rule: .commentThread) }
            }
        }
    }

    /// Menus: runs of very short lines that are not sentences, dates or bylines.
    ///
    /// A run ends before a line over a sentence announcing a list (`The licence requires:`): that
    /// is the story's subheading, though a gallery's buttons come right before it.
    private func navigationRuns(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        // An item is at most 40 characters long, not bytes, in a script that spaces its words: a
        // menu's word in Georgian or Devanagari takes three bytes a letter.
        func isItem(_ line: LineFeatures) -> Bool {
            line.words >= 1 && line.words <= 3 && !line.terminal && !line.dateLike && !line.byline
                && !line.protected && !line.tableRow && Self.isShortItem(line, bytes: bytes)
        }
        var runStart = 0
        while runStart < nonBlank.count {
            var runEnd = runStart
            while runEnd < nonBlank.count && isItem(lines[nonBlank[runEnd]])
                    && !(runEnd + 1 < nonBlank.count && leadsIntoList(lines[nonBlank[runEnd + 1]], bytes: bytes)) { runEnd += 1 }
            let length = runEnd - runStart
            if length > 0 {
                let zoneOfRun = lines[nonBlank[runStart]].zone
                let needed = zoneOfRun == .body ? 5 : 3
                // In the body, a run whose items past the first each carry a figure among words
                // (`12' Pérez (Náxara)` under `Goles`, `2019: İhale` under a timeline's heading) is
                // the story's list of goals, dates or results under its subheading, not a menu; a
                // pager's bare numbers are no words.
                let figures = zoneOfRun == .body && (runStart + 1..<runEnd).allSatisfy {
                    let item = lines[nonBlank[$0]]
                    return item.numericWords > 0 && !item.numericOnly
                }
                if length >= needed && !figures {
                    for position in runStart..<runEnd { _ = remove(&lines, nonBlank[position], rule: .navigationRun) }
                }
                runStart = runEnd
            } else {
                runStart += 1
            }
        }
    }

    /// Whether `line` is short enough for a menu's item: ``menuItemCharacters`` bytes or fewer, or
    /// as many characters in a script that parts its words with spaces. Chinese and Japanese, and
    /// Thai, Lao, Khmer, Burmese and Tibetan, run a phrase's words together: there the line's one
    /// or two "words" are a phrase, and fourteen characters of three bytes (the byte cap) already
    /// hold a list's item or a subheading (`ប្រាសាទអង្គរវត្ត`, `琵琶湖の外来魚、5年で半減`).
    static func isShortItem(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = line.end - line.start
        guard length > menuItemCharacters else { return true }
        guard length <= menuItemCharacters * 4 else { return false }
        let raw = UnsafeBufferPointer(rebasing: bytes[line.start..<line.end])
        guard let lead = raw.first(where: { $0 >= 0xC0 }), !(0xE3...0xE9).contains(lead), !opensInRunTogetherScript(raw) else { return false }
        return raw.count { $0 & 0xC0 != 0x80 } <= menuItemCharacters
    }

    /// The longest menu item, in characters.
    static let menuItemCharacters = 40

    private static let appealCategories: Set<String> = [
        "donation", "donation-hint", "subscription", "subscription-hint", "newsletter", "newsletter-hint",
        "comments", "cookies", "cookies-hint", "app", "app-hint",
    ]

    /// The categories of a form's button (`Sign up`, `Subscribe`, `Donate`): see ``formPrompts(_:nonBlank:)``.
    private static let formCategories: Set<String> = ["donation", "subscription", "newsletter"]

    /// The paragraph block (lines with no blank between them) of a removed appeal goes with it.
    ///
    /// Where the page marks its paragraphs with blank lines, the whole block goes. Many extracted
    /// pages have no blank lines at all, and there the whole page is one block: taking it took
    /// every subheading of the story with one newsletter line (`Temporary barriers`, `What
    /// happens next`). On such pages the appeal grows line by line, up and down, and stops at the
    /// first line that would not go with it.
    ///
    /// A line with no signal of its own between two lines of one appeal goes with them (`We do not
    /// have a billionaire owner.` inside a donation's request). On a page with no blank lines,
    /// between two appeals of different kinds (a paywall's line above it, a donation's or a comment
    /// prompt's below) it is the story's, and stays: both blocks grew through the lines removed
    /// between them and took the story's sentence that lay between the two. Where the page marks
    /// its paragraphs, the lines of one paragraph block are one appeal whatever their kinds (`Local
    /// news needs local support.` over a third-person line and `Subscribe today`). A sentence of
    /// the story that reports (see ``isStorySentence(_:normalized:)``) stays inside one appeal's
    /// lines too.
    private func appealBlocks(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>, normalized: [UInt8]) -> Bool {
        func goesWithAppeal(_ line: LineFeatures) -> Bool {
            // Short lines go with the appeal, but not the byline or the date under a headline; nor
            // a short statement closed by a full stop with no figure and no signal of its own (`Yes.`,
            // `No regrets.`: an interview's answers), for a button has no full stop (a reading time
            // may: `Lecture 5 min.`).
            (line.score >= 0.2 || line.words <= 3 && !(line.fullStop && line.numericWords == 0)) && !line.dateLike && !line.byline
        }
        let blankLines = lines.count { $0.blank }
        let marksParagraphs = blankLines * 8 >= lines.count - blankLines
        var changed = false
        for index in lines.indices where lines[index].removed && !lines[index].blank {
            guard let category = category(of: lines[index]), appealCategory[category] else { continue }
            for step in [-1, 1] {
                var cursor = index + step
                while lines.indices.contains(cursor) && !lines[cursor].blank {
                    // A line with no signal of its own still goes when an appeal's line follows
                    // it (`We do not have a billionaire owner.` inside a donation request).
                    let beyond = cursor + step
                    let sandwiched = lines.indices.contains(beyond) && !lines[beyond].blank
                        && (self.category(of: lines[beyond]).map {
                            appealCategory[$0] && (marksParagraphs || appealKind[$0] == appealKind[category])
                        } ?? false)
                    let storySentence = !lines[cursor].removed && isStorySentence(lines[cursor], normalized: normalized)
                    // The story's subheading under the appeal, over its paragraph, ends the block.
                    if step == 1 && lines[cursor].score < 0.2 && isSubheading(lines, cursor) { break }
                    // Growing up, the story's list under the sentence that announces it (`The stations
                    // in the first phase are:`) ends the block: its items are short, as an appeal's are.
                    if step == -1 && !lines[cursor].removed && isUnderListLead(lines, cursor, bytes: bytes) { break }
                    // Growing up, the story's subheading whose paragraph lies under the box ends it too.
                    if step == -1 && !marksParagraphs && isSubheadingOverBox(lines, cursor) { break }
                    if (goesWithAppeal(lines[cursor]) || sandwiched) && !storySentence {
                        changed = remove(&lines, cursor, rule: .appealBlock) || changed
                    } else if !marksParagraphs && !lines[cursor].removed {
                        break
                    }
                    cursor += step
                }
            }
        }
        return changed
    }

    /// In the head and tail, a line with some chrome signal next to a removed line goes too.
    private func neighbours(_ lines: inout [LineFeatures], nonBlank: [Int]) -> Bool {
        var changed = false
        for (position, index) in nonBlank.enumerated() where !lines[index].removed {
            let previousRemoved = position > 0 && lines[nonBlank[position - 1]].removed
            let nextRemoved = position + 1 < nonBlank.count && lines[nonBlank[position + 1]].removed
            guard previousRemoved || nextRemoved else { continue }
            let line = lines[index]
            // At the edges a weak signal will do, but not for a sentence: `Here's what you need to
            // know.` addresses the reader, and is still the article's.
            let needed = line.zone == .body || line.sentenceLike ? 0.5 : 0.3
            if line.score >= needed && !(line.zone == .body && line.sentenceLike) && !line.dateLike && !line.byline {
                changed = remove(&lines, index, rule: .nextToChrome) || changed
            }
        }
        return changed
    }

    /// After the last paragraph, once chrome has begun, what is not a sentence is chrome too; but
    /// the story's short last sentence right under its last paragraph, past a credit or an inline
    /// teaser, is the story's (`isClosingSentence`).
    private func tailAfterChrome(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>,
                                 normalized: [UInt8]) -> Bool {
        var changed = false
        var chromeSeen = false
        for (position, index) in nonBlank.enumerated() where lines[index].zone == .tail {
            let line = lines[index]
            if line.removed { chromeSeen = true; continue }
            if isClosingSentence(line, normalized: normalized) && followsStoryParagraph(lines, nonBlank: nonBlank, at: position) { continue }
            // A date line goes too when it says what it dates (`Publié le 12/05/2024 à 09h14`
            // under the agency footer): the page's, not the article's date under its last line.
            // A sign-off (`— Dana`) closes the story even under a closing pitch. A clause of Thai or
            // Lao is a sentence with no mark of its end (a story's last lines under a player).
            if chromeSeen && !line.sentenceLike && !line.unpunctuatedClause && line.words <= 20 && (!line.dateLike || line.lexiconScore >= 0.5)
                && !(line.byline && Self.opensWithDash(line, bytes: bytes)) {
                changed = remove(&lines, index, rule: .tailChrome) || changed
            }
        }
        return changed
    }

    /// A line that repeats a removed line of the same document, or is the start of a removed
    /// caption next to it (a caption printed twice, once with its credit).
    private func duplicates(_ lines: inout [LineFeatures], nonBlank: [Int], normalized: [UInt8]) -> Bool {
        var changed = false
        // A document has a few dozen removed lines at most: an array beats a set here.
        var removedPrints: [UInt64] = []
        // Room for them all at once: grown one by one, the array was reallocated three times per call.
        removedPrints.reserveCapacity(nonBlank.count)
        for index in nonBlank where lines[index].removed && lines[index].fingerprint != 0 {
            removedPrints.append(lines[index].fingerprint)
        }
        for (position, index) in nonBlank.enumerated() where !lines[index].removed {
            let fingerprint = lines[index].fingerprint
            // A date line is the article's even when a footer repeats it (fingerprints ignore figures).
            // A byline is the article's even when an author box or a list of the outlet's writers repeats it.
            if fingerprint != 0 && removedPrints.contains(fingerprint) && !(lines[index].zone == .body && lines[index].sentenceLike)
                && !lines[index].dateLike && !lines[index].byline {
                changed = remove(&lines, index, rule: .duplicateOfChrome) || changed
                continue
            }
            if position + 1 < nonBlank.count {
                let next = nonBlank[position + 1]
                if isPhotoCredit(lines[next]) {
                    if lines[index].words >= 3 && isPrefix(lines[index], of: lines[next], normalized: normalized) {
                        changed = remove(&lines, index, rule: .caption) || changed
                    }
                }
            }
        }
        return changed
    }

    /// A line removed as a photo's credit, alone or closing its caption.
    func isPhotoCredit(_ line: LineFeatures) -> Bool {
        line.removal == .score(.captionCredit) || (mediaCategory.map { line.removal == .score(.lexicon($0)) } ?? false)
    }

    private func isPrefix(_ line: LineFeatures, of other: LineFeatures, normalized: [UInt8]) -> Bool {
        let short = normalized[line.normalizedRange]
        let longer = normalized[other.normalizedRange]
        return !short.isEmpty && longer.count > short.count && longer.starts(with: short)
    }
}
