public import Pipeline
import Foundation

/// The `quotes` stage: finds every direct quotation in a document and attributes it to its
/// speaker.
///
/// Quotations are found by ``QuoteMarkScanner`` and attributed by ``SpeakerAttributor``'s sieves.
/// The stage needs no earlier stage: when the `sentences` stage ran it fills each quote's
/// `sentence` index, and when the `names` stage ran it uses its mentions to recognise names and
/// fills `speaker_canonical`, so that one person's quotes group together across outlets.
public struct QuoteAttributor: Stage {
    public static let name = "quotes"
    public static let summary = "Finds direct quotations and attributes each to its speaker (who said what)."
    public static let documentation = """
        Finds quotations in straight and curly double quotes, and in single quotes (British style,
        headlines such as 'Jeenbekov out'); partial quotes inside a sentence; quotations running on
        across paragraphs (an opening mark left open at a paragraph's end and reopened in the next,
        reported as one quote per paragraph with the same speaker). Apostrophes, plural possessives
        (protesters' demands), rock 'n' roll and '90s are not quote marks. Marks are paired paragraph
        by paragraph, so a stray mark never costs the other quotations. A quotation nested in
        another is part of the outer one and is not reported on its own.

        Speakers are found by sieves, most precise first: a cue right after the quote ("...," X said /
        said X / according to X); the nearest cue before it in its sentence (X said: "...", X told AFP
        "...", X said in a statement that ... "...") with the subject found through introductory
        phrases, appositives ("one opposition candidate, Ryskeldi Mombekov, told"), relative clauses
        and titles; a cue later in the sentence; pronouns (he, she, they, it) resolved to the nearest
        earlier compatible speaker or person, gender-compatible when a title, a role word or a
        surname ending tells (a given name of the other sex only rules a person out: she is never
        Declan Moran); "the president" resolved to the person last named with that title;
        a quotation standing alone continues the previous quotation's speaker. Descriptions resolve
        to who they describe: a name given after an anonymous one (a boy named Maksym, a resident
        who gave only her first name, Liudmyla), an age, `former` or a demonym (the 34-year-old,
        the former official, said the German) like a pronoun, an acronym to the name it followed
        in parentheses, the press service to the press service of X written before. A short
        quotation between a determiner and a noun (Russia's "foreign agents" legislation) is
        nobody's words. Otherwise the speaker is null rather than a guess.

        Output `quotes`: [{start, end, quote, speaker, speaker_canonical, cue, sentence}] with code
        point offsets; `start`/`end` include the quote marks, `quote` is the text between them.
        The word lists (cue verbs, titles, organisation words, gender words, given names, ...) are the files in
        Resources/quotes/; extend them with the options below or replace them with `lexicons`.
        """
    public static let optionDocumentation = [
        OptionDocumentation("cue_verbs", type: "[string]", default: "[]", help: "More cue words (verb forms such as \"shrugged\", two-word cues such as \"shot back\"), added to Resources/quotes/cue-verbs.txt; mark a verb of manner \"beside: grumbled\" to make it a cue only right beside a quotation, \"as: rejected\" a cue only before `as` and a quotation, or \"between: paused\" a cue only between two parts of a quotation, and a noun \"judgement: view\" to report its holder's words in `was of the view that \"…\"`."),
        OptionDocumentation("titles", type: "[string]", default: "[]", help: "More title or role words dropped before a speaker's name, added to titles.txt."),
        OptionDocumentation("organisation_words", type: "[string]", default: "[]", help: "More words that make a capitalized name an organisation rather than a person."),
        OptionDocumentation("lexicons", type: "string", default: "\"\"", help: "A folder of rule files (cue-verbs.txt, titles.txt, ...) that replace the built-in files of the same name; empty for the built-in lists only."),
        OptionDocumentation("single_quotes", type: "boolean", default: "true", help: "Also find quotations in single quote marks."),
        OptionDocumentation("pronoun_paragraphs", type: "number", default: "3", help: "How many earlier paragraphs a pronoun speaker may be resolved into."),
    ]
    public static let provides = [AnyAnnotationKey(QuotesKey.self)]

    /// The options of the `quotes` stage.
    public struct Options: Decodable, Sendable {
        /// Extra cue words.
        public var cueVerbs: [String] = []
        /// Extra title words.
        public var titles: [String] = []
        /// Extra organisation words.
        public var organisationWords: [String] = []
        /// A folder of replacement rule files; empty for none.
        public var lexicons = ""
        /// Find single-quoted quotations.
        public var singleQuotes = true
        /// Paragraphs searched back for a pronoun's antecedent.
        public var pronounParagraphs = 3

        /// The defaults.
        public init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Options()
            cueVerbs = try container.decodeIfPresent([String].self, forKey: .cueVerbs) ?? defaults.cueVerbs
            titles = try container.decodeIfPresent([String].self, forKey: .titles) ?? defaults.titles
            organisationWords = try container.decodeIfPresent([String].self, forKey: .organisationWords) ?? defaults.organisationWords
            lexicons = try container.decodeIfPresent(String.self, forKey: .lexicons) ?? defaults.lexicons
            singleQuotes = try container.decodeIfPresent(Bool.self, forKey: .singleQuotes) ?? defaults.singleQuotes
            pronounParagraphs = try container.decodeIfPresent(Int.self, forKey: .pronounParagraphs) ?? defaults.pronounParagraphs
        }

        enum CodingKeys: String, CodingKey {
            case cueVerbs = "cue_verbs"
            case titles
            case organisationWords = "organisation_words"
            case lexicons
            case singleQuotes = "single_quotes"
            case pronounParagraphs = "pronoun_paragraphs"
        }
    }

    let lexicon: QuoteLexicon
    let singleQuotes: Bool
    let pronounParagraphs: Int
    /// A digest of the bundled `Resources/quotes/` files and of the files named by options.
    public let rulesDigest: String

    public init(options: Options) throws {
        rulesDigest = RuleFile.digest(stage: "quotes", files: options.lexicons.isEmpty ? [] : [options.lexicons])
        guard options.pronounParagraphs >= 0 else { throw OptionError("pronoun_paragraphs must be 0 or more, not \(options.pronounParagraphs)") }
        var isDirectory: ObjCBool = false
        if !options.lexicons.isEmpty,
           !FileManager.default.fileExists(atPath: options.lexicons, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw OptionError("lexicons: there is no folder at \"\(options.lexicons)\"")
        }
        // RuleFile reports an unreadable or missing rule file as an OptionError.
        var lexicon = try QuoteLexicon.load(overrideDirectory: options.lexicons.isEmpty ? nil : options.lexicons)
        lexicon.addCueEntries(options.cueVerbs)
        lexicon.titles.formUnion(options.titles.map { $0.lowercased() })
        lexicon.organisationWords.formUnion(options.organisationWords.map { $0.lowercased() })
        lexicon.indexWords()
        self.lexicon = lexicon
        self.singleQuotes = options.singleQuotes
        self.pronounParagraphs = options.pronounParagraphs
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        document.annotations.quotes = quotes(in: document.text, sentences: document.annotations.sentences, names: document.annotations.names)
    }

    /// The quotations of `text`, attributed.
    func quotes(in text: String, sentences: [Span]?, names: [NameMention]?) -> [Quote] {
        var utf8Text = text
        var lines: [Range<Int>] = []
        var linesWithMarks: [Bool] = []
        // Where every possible quote mark is, learned while decoding: the scanner reads these
        // instead of every scalar again.
        var marks: [Int] = []
        var hasMark = false
        // Room for a line every 128 bytes and a mark every 64 from the start: grown from empty,
        // the arrays were reallocated and copied several times per document.
        lines.reserveCapacity(text.utf8.count / 128 + 8)
        linesWithMarks.reserveCapacity(text.utf8.count / 128 + 8)
        marks.reserveCapacity(text.utf8.count / 64 + 8)
        // Decode once into an array of scalars, so offsets are code points and lookups are O(1).
        // Swift strings are valid UTF-8, so the decoding needs no error path.
        let scalars = utf8Text.withUTF8 { bytes -> [Unicode.Scalar] in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { output, initialized in
                var count = 0
                var lineStart = 0
                var lineHasMark = false
                var i = 0
                let n = bytes.count
                let raw = UnsafeRawBufferPointer(bytes)
                while i < n {
                    // Eight plain ASCII bytes at a time (no newline, no quote mark): most of an
                    // article, and a quarter of the stage's instructions when read byte by byte.
                    while i + 8 <= n {
                        let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        let special = (word & ByteLanes.high) | ByteLanes.equal(word, 0x0A) | ByteLanes.equal(word, 0x22) | ByteLanes.equal(word, 0x27)
                        // Widened as one vector: a scalar of an ASCII byte is the byte as a UInt32.
                        // (Stored whole even before a special byte: the scalars from that byte on
                        // are written again below, and the room is there, as `count <= i`.)
                        let widened = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(word, to: SIMD8<UInt8>.self))
                        UnsafeMutableRawPointer(output.baseAddress! + count).storeBytes(of: widened, as: SIMD8<UInt32>.self)
                        guard special == 0 else {
                            // The plain bytes before the first special one are done: a newline, a
                            // quote mark or a byte beyond ASCII comes every few dozen bytes, and
                            // reading its whole eight bytes one by one was half the decoding.
                            let plain = special.trailingZeroBitCount >> 3
                            count += plain
                            i += plain
                            break
                        }
                        count += 8
                        i += 8
                    }
                    guard i < n else { break }
                    let b0 = bytes[i]
                    if b0 < 0x80 {
                        if b0 == 0x0A {
                            lines.append(lineStart..<count)
                            linesWithMarks.append(lineHasMark)
                            lineHasMark = false
                            lineStart = count + 1
                        } else if b0 == 0x22 || b0 == 0x27 {
                            lineHasMark = true
                            marks.append(count)
                        }
                        output.initializeElement(at: count, to: Unicode.Scalar(b0))
                        count += 1
                        i += 1
                        continue
                    }
                    var value: UInt32
                    if b0 < 0xE0 {
                        value = (UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        value = (UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12) | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    switch value {
                    case 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A:
                        lineHasMark = true
                        marks.append(count)
                    default: break
                    }
                    output.initializeElement(at: count, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                    count += 1
                }
                lines.append(lineStart..<count)
                linesWithMarks.append(lineHasMark)
                hasMark = linesWithMarks.contains(true)
                initialized = count
            }
        }
        guard hasMark else { return [] }

        let scanner = QuoteMarkScanner(elisions: lexicon.elisions, singleQuotes: singleQuotes)
        var spans = scanner.scan(scalars, lines: lines, linesWithMarks: linesWithMarks, marks: marks)
        guard !spans.isEmpty else { return [] }
        joinWrappedLines(&lines, &spans, scalars)
        let attributor = SpeakerAttributor(text: scalars, lines: lines, quotations: spans, lexicon: lexicon, names: names, maxPronounParagraphs: pronounParagraphs)
        let attributions = attributor.attributeAll()
        return zip(spans, attributions).map { span, attribution in
            let speaker = attribution.speaker
            return Quote(
                start: span.start,
                end: span.end,
                quote: ScalarClass.string(scalars, span.contentStart..<span.contentEnd),
                speaker: speaker.map { Self.reportedText(of: $0, in: scalars) },
                speakerCanonical: speaker.flatMap { canonicalName(of: $0, names: names) },
                cue: attribution.cue,
                sentence: sentences.flatMap { sentenceIndex(of: span.start, in: $0) }
            )
        }
    }

    /// `says Svetlana K., whose husband …`: a person's name that ends in an initial keeps the
    /// initial's full stop, which the name's words leave out because it may also end the sentence.
    private static func reportedText(of speaker: SpeakerCandidate, in scalars: [Unicode.Scalar]) -> String {
        let end = speaker.end
        guard speaker.kind == .person, end >= 2, end < scalars.count, scalars[end] == ".",
              ScalarClass.isUpper(scalars[end - 1]), scalars[end - 2] == " ",
              speaker.text.unicodeScalars.last == scalars[end - 1] else { return speaker.text }
        return speaker.text + "."
    }

    /// Joins the lines that a quotation runs across (a hard-wrapped paragraph) into one, so that
    /// attribution sees the quotation and its cue in one paragraph.
    ///
    /// A hard-wrapped text (a line that stops mid-sentence, the next going on in lower case) has
    /// its consecutive full-width lines joined too: otherwise each line would be a paragraph, a
    /// line starting `Monday for talks` would open a sentence with a false subject, and pronouns
    /// would reach back fewer real paragraphs.
    private func joinWrappedLines(_ lines: inout [Range<Int>], _ spans: inout [QuotationSpan], _ text: [Unicode.Scalar]) {
        func lineIndex(of position: Int) -> Int {
            var low = 0, high = lines.count
            while low < high {
                let mid = (low + high) / 2
                if lines[mid].upperBound < position { low = mid + 1 } else { high = mid }
            }
            return min(low, lines.count - 1)
        }
        var reach = Array(0..<lines.count)
        var crosses = false
        for span in spans {
            let last = lineIndex(of: span.end - 1)
            if last > span.line {
                reach[span.line] = max(reach[span.line], last)
                crosses = true
            }
        }
        let width = wrapWidth(lines, text)
        if width > 0 {
            for i in 0..<(lines.count - 1) {
                let length = trimmedLength(lines[i], text)
                if length >= max(40, width - 20) && length <= width + 5 && trimmedLength(lines[i + 1], text) > 0 {
                    reach[i] = max(reach[i], i + 1)
                    crosses = true
                }
            }
        }
        guard crosses else { return }
        var joined: [Range<Int>] = []
        var newIndex = Array(repeating: 0, count: lines.count)
        var i = 0
        while i < lines.count {
            var j = i
            var end = reach[i]
            while j < end {
                j += 1
                end = max(end, reach[j])
            }
            for k in i...j { newIndex[k] = joined.count }
            joined.append(lines[i].lowerBound..<lines[j].upperBound)
            i = j + 1
        }
        for index in spans.indices { spans[index].line = newIndex[spans[index].line] }
        lines = joined
    }

    /// The width a text is hard-wrapped at: the longest line that breaks mid-sentence (no final
    /// punctuation, the next line going on in lower case); 0 for a text that is not wrapped.
    private func wrapWidth(_ lines: [Range<Int>], _ text: [Unicode.Scalar]) -> Int {
        var width = 0
        for i in 0..<max(0, lines.count - 1) {
            guard let last = lines[i].last(where: { !ScalarClass.isSpace(text[$0]) }),
                  let first = lines[i + 1].first(where: { !ScalarClass.isSpace(text[$0]) }),
                  ScalarClass.isWord(text[last]) || text[last] == ",",
                  text[first].properties.isLowercase else { continue }
            width = max(width, trimmedLength(lines[i], text))
        }
        return width
    }

    private func trimmedLength(_ line: Range<Int>, _ text: [Unicode.Scalar]) -> Int {
        guard let first = line.first(where: { !ScalarClass.isSpace(text[$0]) }),
              let last = line.last(where: { !ScalarClass.isSpace(text[$0]) }) else { return 0 }
        return last - first + 1
    }

    /// The `names` stage's canonical name for the speaker: the mention overlapping the speaker's
    /// words, else a mention spelled the same.
    private func canonicalName(of speaker: SpeakerCandidate, names: [NameMention]?) -> String? {
        guard let names, !names.isEmpty else { return nil }
        var best: (overlap: Int, canonical: String)? = nil
        var low = 0, high = names.count
        while low < high {
            let mid = (low + high) / 2
            if names[mid].end <= speaker.start { low = mid + 1 } else { high = mid }
        }
        var k = low
        while k < names.count && names[k].start < speaker.end {
            let mention = names[k]
            k += 1
            guard speaker.start < mention.end else { continue }
            let overlap = min(mention.end, speaker.end) - max(mention.start, speaker.start)
            if best == nil || overlap > best!.overlap { best = (overlap, mention.canonical) }
        }
        if let best { return best.canonical }
        return names.first(where: { $0.surface == speaker.text })?.canonical
    }

    /// The index of the sentence holding `position` (or the last one starting before it).
    private func sentenceIndex(of position: Int, in sentences: [Span]) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].start <= position { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }
}
