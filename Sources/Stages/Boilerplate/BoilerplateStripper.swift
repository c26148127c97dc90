import Foundation
public import Pipeline

/// The `boilerplate` stage: removes the site chrome that scraped plain-text articles still carry
/// (appeals, paywalls, menus, captions, share and comment prompts, related headlines, footers)
/// and keeps every line of the article itself.
///
/// A corpus stage: the map phase fingerprints every short line per outlet, so that lines repeated
/// across articles of one outlet are removed, while text shared by different outlets (wire copy)
/// is kept. Each line is then scored by an editable lexicon and by its features and position, and
/// structural rules take whole appeals, menus, captions and lists of related headlines.
public struct BoilerplateStripper: CorpusStage {
    public static let name = "boilerplate"
    public static let summary = "Removes site chrome (appeals, paywalls, menus, captions, share/comment prompts, related lists, footers) from plain-text articles."
    public static let documentation = """
        Works on plain text, line by line; blank lines separate paragraphs and are kept.

        For each line it computes, in one pass: a phrase and pattern lexicon (Resources/boilerplate/
        lexicon.txt: donation and subscription appeals, paywalls, newsletters, app downloads, comment
        forms, share and follow lines, cookie notices, advertisements, media notices and captions,
        photo credits, related-headline teasers and headings, site residue, source footers,
        copyright, navigation); features (length, sentence-final punctuation, share of function
        words, second person and imperative calls to action, currency, links, @handles, #hashtags,
        menu separators, dates, bylines); and its zone: the head (before the first paragraph of
        prose), the body, or the tail (after the last). A line goes when its score reaches
        `threshold` in the body or `edge_threshold` in the head and tail.

        Across the batch, lines are fingerprinted per outlet (the metadata fields in
        `outlet_fields`, else the folder the document came from, see `outlet_fallback`): short
        lines (up to 120 bytes) anywhere, and lines of up to 400 bytes among the first and last 12
        non-blank lines, where longer chrome lives. A fingerprint ignores case, punctuation, list
        numbers and the value of digits, and of a line longer than 120 bytes it reads the words of
        the first 64 and the last 48 bytes only (a template's varying middle does not count). A line that occurs in `min_repeats` or more articles of
        one outlet is chrome, unless it is a sentence in the body of the article, which outlets
        reuse for background and which wire copy shares between outlets. In the body, any other
        repeated line needs one more article than `min_repeats`: two versions of one story share
        their subheadings, and a folder may mix outlets. Repetition across different outlets is
        never used.

        Then structure: the line after an `Image caption` label is a caption; a caption printed
        twice, once with its credit, goes twice; after a `Most read` or `Related` heading, the list
        of headlines goes; runs of three or more menu items go; a paragraph block holding a removed
        appeal goes whole (on a page without blank lines, the appeal grows line by line instead,
        so that it cannot take the story's subheadings); a line opening with the byline's name is
        the author's bio; in the head and tail, lines with some chrome signal next to removed lines
        go, and after chrome has begun in the tail, what is not a sentence goes; anywhere, one or
        two short labels (no sentence, eight words at most) with removed lines right before and
        after go, and below the first paragraph a pitch with a seller's mark that closes on a call
        of a few words after its sentence (`… od 1,69%. Sprawdź ofertę banku`) goes. Rows of a table
        between bars (`| Corn | 3.1 |`) are the story's.

        Last, the shape of the page. Around a social post embedded in the story (its handle or link
        removed), the post's short labels go, and below the handle its text and time stamp. The
        article ends where the best-scoring run of lines from the title ends (prose adds; kept
        labels and removed lines subtract, a menu's items such as a tag row in full), or at a
        section's count heading (`Comments (7)`, `Комментарии (23)`) with the story above it, and
        what is kept after it goes once chrome has begun there (a byline or a date at the story's foot
        stays), as does a form glued under the story's last paragraph (short labels, then one closing
        sentence that shares few of the story's words), and a pitch under it (the site, by its name
        or `our`, calling on the reader, sharing few of the story's words) with its button and what
        follows. Above the title, what sits above the site's last menu (a breadcrumb counts as one)
        goes, and so do a feed of clock-first headlines (`11:52 Astana to host …`) and a strip's
        labelled item (`Breaking: …`) with chrome beside them. Inside the page, a media player's
        controls go around its clock or a gallery's counter (`0:00 / 2:14`, `Up next`, `Cancel`), as do
        a share row's leftovers between the date line and the lead, a form's prompt and consent
        note beside its button (`Sign up`) when they address the reader, and an advertisement's own lines
        under its label go (a sentence and a short call, an exclamation, a price; never a quoted or
        reported line), as does a run of headlines signed by an ad network (`por Taboola`); a
        teaser goes with its label when the label is repeated on the page or across the outlet's
        articles (`Baca juga:`), its headline asking or not; an embedded post ending on its signature
        (`— Name (@handle) March 4, 2026`) or on its stamp (`9:22 AM · 3 Feb 2026`, `午前7:15 ·
        2024年9月14日`, `Facebook · 9. svibnja`) goes with its text and labels; and so do a caption above a removed photo credit or closing on one
        (`… Repro: Magistrát`), a control's setting (`Auto-refresh: on`), a row of page numbers,
        and a heading in capitals over one headline. Widgets of figures go too (a market's arrow with a
        figure, `USD ▲ 1.2%`; two or more rate or price lines in a row, unless a lead-in opens them as the
        story's list; a player's countdown), as do a section's one-word label alone over the headline,
        a live strip's label with the headline under it, and a row of reactions (`👍 24`). So do a
        messenger channel's pitch anywhere on the page (`Join our WhatsApp channel`) with the button
        under it, a video's title under a player's label, a caption closed by a credit in capitals
        (`… NAME FOR OUTLET`), a print edition's tag at the foot, a paid teaser marked `+`, a comment
        count alone (`12 reacties`) and a post's stamp under its removed text. Above or below the
        story, so do a breadcrumb of one step (`Wien > Verkehr`) and a score written with the teams'
        names (`León 2 - 1 América`); anywhere, a lottery draw's numbers, a reading time alone on its
        line (`3 min de leitura`), a sponsor's teaser closed by its call button (`En savoir plus`),
        and another story's summary box (`What you need to know`) whose items share few of the
        story's words; a comment count written number first (`12 commentaires`) opens a comment
        section as `Comments (12)` does. The story's sentences after a short box inside it (ten
        removed lines at most, no comment section among them) stay in the article, and so do a fact
        box of three or more `Label: value` lines (labels of up to five words) under its last
        paragraph (`Länge: 7 km`), a list closing the story under its lead sentence, a short list
        the story resumes after, and a subheading under an embedded post. A poll's answers go with
        its question and its vote button, and a counter of reads or views right under the date line
        (`Read 3 418 times`) goes; the head's feed of clock-first headlines is looked for above the
        last headline over the byline, its items may open with a quotation mark and its clocks be
        written in Persian or Arabic digits, and the outlet's name alone over the day's date is its
        masthead, no headline; an advertisement's shop button (`Buy now`) is found past a blank
        line; a photo's credit is read after a caption's sentence in more forms (`Photo : …`,
        `Pic by …`, `(Foto: …)`, a name ending in initials). A caption closed by the outlet's own
        credit (`(… photo)`, `- Foto …`) goes, as does a role line naming the outlet right under a
        byline (`Special to the …`) and an app's download box over its store buttons (`Google
        Play`, `App Store`); a tag row's label (`Oznake:`) opens a menu for the article's end; the
        slogan under the masthead is no headline. Sentence ends, question marks and decimal digits
        of other scripts count as such (the danda `।`, Arabic and Urdu marks, Ethiopic, Burmese and
        Khmer stops), so a story in Bengali, Hindi or Nepali finds its title and span; a virama or
        joiner does not cut a word. In a script with no capitals a byline is told by its place (two
        to four words with no function word under a long headline and over the date, the desk's town
        between them), and a date written in another script's digits is a date; other scripts'
        colons (`៖`, `፦`, `：`) close a list's lead line, and a line in a script that does not space
        its words (Thai, Khmer, Burmese) is measured by its length. A line ending in a full stop over
        a photo's labelled credit is a caption, no headline; a brand's offer under an advertisement's
        label (`Orange Money : envoyez …`) goes, and so do a trending list's items above the title
        when chrome closes them. The print edition's imprint naming the outlet and a date (`Published
        in …`), the page's last kept line right under the story, goes; so does an author's role in
        lower case alone between a name and the date (`novinarka`), a switch to the story in another
        language (`Read in Russian`), and a photo's credit label with its colon in more languages
        (`Mynd:`, `Slika:`). A caption closing on its own credit after a spaced bar or slash (`… |
        Foto: …`), in a script's own parentheses and colon (`(រូបថត៖ …)`) or in a Chinese or
        Japanese full-width parenthesis naming who took or gave the photo (`（記者…攝）`) goes, and
        a cookie consent in a script the lexicon has no words for, told by `cookie` in Latin letters
        over its button of a word or two, goes with the button and is no lead. A call's verb alone
        (`Donate`) is a form's button, not a field with the story's subheading under it for its
        button, and a messenger's pitch in a script that spaces its phrases is measured by its length;
        a byline opens on `ដោយ៖` in Khmer and on the reporter's label in Persian (`خبرنگار:`).

        When in doubt it keeps: headlines, datelines, bylines (under `bylines: keep`), subheadings and short story lines
        have no chrome signal, and lines such as `Editor's note:` or `Correction:` are protected.
        A live blog's post stamps (a time alone over a post, two or more on a page), a line of a year
        and a time (`19 noyabr 2026, 09:12`) and a writer's sign-off after a dash (`— Dana`) are
        dates and bylines, which the rules that go by shape leave alone, as is a name under the date
        with a counter between them (`Views: 2,341`); an embedded post's row of counts (a comment
        count with another count above or below it) neither ends the story nor keeps it from
        resuming under the post; a byline stays when an author box repeats it; a
        short subheading right over a paragraph, under a short inline block (a list of teasers, an
        appeal), ends that block; a sentence ending on a colon over a list (`The changes include:`)
        keeps the list as the story's (an appeal's block growing up ends at its items), an agency's sign-off
        in parentheses (`(Reporting by …)`) stays, and so does an author's e-mail address alone on its line
        when it holds a name of the byline; a date line strung of stamps between bullets (`Published June
        3, 2026 • 4 minute read`, or `Vandaag, 16:05 • Aangepast vandaag, 17:20`) is a date line, not a
        menu; a lead opening with the outlet's name as its dateline (`Lintas Warta, Jakarta - …`) is no
        author's bio. A list in the head (`Latest news`) never takes the headline or byline under it;
        a list of read-also headlines ends at a short sentence with a full stop when none of its
        headlines ends on one; a short paragraph closing the lead's run of three or more stays
        though a photo's credit follows it; the story goes on past its last long paragraph over short
        sentences (a full stop, a function word, no chrome between); and a run of lines inside the
        story each holding a figure among words (a match's goals, a vote's results) is its list, not
        a menu.

        The article's own byline block is the story's or the site's as `bylines` says: gold
        standards and users differ. Under `keep` (the default) it stays; under `remove` the block
        under the headline (past a standfirst of a line or two) or right over it goes: the byline,
        with or without its label (`By`, `Por`, `Von`, `Imeandikwa na`) or as a name alone next to
        the date, the writer's role or desk between the name and the date, the published and
        updated date lines (across a share row between them), and a reading time or a counter right
        under them; so does a writer's sign-off or address under the story's last paragraph. Each
        goes under a rule of its own (`byline`, `byline-role`, `byline-date`, `byline-counter`), so
        that the block can be recovered from `boilerplate`. The same recognition serves both
        conventions, so a dateline opening the lead paragraph (`KIGALI —`), a story's sentence
        naming a person, a subheading and a table's row with a date stay under either.

        Output: the cleaned text, and `boilerplate`, every removed line with its 1-based line
        number in the input text and the rule that removed it (`lexicon:donation`,
        `repeated-in-outlet`, `navigation-run`, ...). With `mark_only`, removed lines stay in the
        text behind a marker, for auditing.
        """
    public static let optionDocumentation = [
        OptionDocumentation("outlet_fields", type: "[string]", default: "[\"outlet\", \"site\", \"domain\", \"publisher\", \"source_name\"]", help: "Metadata fields naming the outlet, tried in order."),
        OptionDocumentation("outlet_fallback", type: "string", default: "\"folder\"", help: "When no outlet field is set: \"folder\" (the directory of the document's source, or the JSONL file), \"batch\" (the whole batch is one outlet) or \"none\" (no learning across documents)."),
        OptionDocumentation("min_repeats", type: "number", default: "2", help: "In how many articles of one outlet a line must occur to be chrome."),
        OptionDocumentation("threshold", type: "number", default: "1.0", help: "Score at which a line in the body of the article is removed."),
        OptionDocumentation("edge_threshold", type: "number", default: "0.8", help: "Score at which a line before the first or after the last paragraph of prose is removed."),
        OptionDocumentation("lexicon", type: "[string]", default: "[]", help: "More lexicon files in the format of Resources/boilerplate/lexicon.txt."),
        OptionDocumentation("rules", type: "[string]", default: "[]", help: "Lexicon lines given inline, such as [\"[promo 1.0]\", \"~ use code\"]."),
        OptionDocumentation("words", type: "[string]", default: "[]", help: "More word-list files in the format of Resources/boilerplate/words.txt."),
        OptionDocumentation("replace_lexicon", type: "boolean", default: "false", help: "Use only the given lexicon files and rules, not the built-in lexicon (the built-in word lists stay)."),
        OptionDocumentation("bylines", type: "string", default: "\"keep\"", help: "The article's own byline block: \"keep\" (the byline, the author's role, the published and updated date lines and a reading time or counter among them are the story's) or \"remove\" (they go, as `byline`, `byline-role`, `byline-date` and `byline-counter`; a dateline opening the first paragraph stays)."),
        OptionDocumentation("mark_only", type: "boolean", default: "false", help: "Keep removed lines in the text, each behind `marker`, for auditing."),
        OptionDocumentation("marker", type: "string", default: "\"[boilerplate:{rule}] \"", help: "The prefix of a kept-but-marked line in `mark_only` mode; {rule} is replaced by the rule."),
    ]

    public static var provides: [AnyAnnotationKey] { [AnyAnnotationKey(BoilerplateKey.self)] }

    /// The options of the `boilerplate` stage.
    public struct Options: Decodable, Sendable {
        /// Metadata fields naming the outlet.
        public var outletFields = ["outlet", "site", "domain", "publisher", "source_name"]
        /// `folder`, `batch` or `none`.
        public var outletFallback = "folder"
        /// Articles of one outlet that must share a line.
        public var minRepeats = 2
        /// Score to remove a line in the body.
        public var threshold = 1.0
        /// Score to remove a line in the head or tail.
        public var edgeThreshold = 0.8
        /// Extra lexicon files.
        public var lexicon: [String] = []
        /// Extra lexicon lines.
        public var rules: [String] = []
        /// Extra word-list files.
        public var words: [String] = []
        /// Drop the built-in lexicon.
        public var replaceLexicon = false
        /// `keep` or `remove` (see ``BylineConvention``): whether the article's own byline block is
        /// the story's or chrome.
        public var bylines = "keep"
        /// Keep removed lines, marked.
        public var markOnly = false
        /// The marker template.
        public var marker = "[boilerplate:{rule}] "

        /// The defaults.
        public init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Options()
            outletFields = try container.decodeIfPresent([String].self, forKey: .outletFields) ?? defaults.outletFields
            outletFallback = try container.decodeIfPresent(String.self, forKey: .outletFallback) ?? defaults.outletFallback
            minRepeats = try container.decodeIfPresent(Int.self, forKey: .minRepeats) ?? defaults.minRepeats
            threshold = try container.decodeIfPresent(Double.self, forKey: .threshold) ?? defaults.threshold
            edgeThreshold = try container.decodeIfPresent(Double.self, forKey: .edgeThreshold) ?? defaults.edgeThreshold
            lexicon = try container.decodeIfPresent([String].self, forKey: .lexicon) ?? defaults.lexicon
            rules = try container.decodeIfPresent([String].self, forKey: .rules) ?? defaults.rules
            words = try container.decodeIfPresent([String].self, forKey: .words) ?? defaults.words
            replaceLexicon = try container.decodeIfPresent(Bool.self, forKey: .replaceLexicon) ?? defaults.replaceLexicon
            bylines = try container.decodeIfPresent(String.self, forKey: .bylines) ?? defaults.bylines
            markOnly = try container.decodeIfPresent(Bool.self, forKey: .markOnly) ?? defaults.markOnly
            marker = try container.decodeIfPresent(String.self, forKey: .marker) ?? defaults.marker
        }

        enum CodingKeys: String, CodingKey {
            case outletFields = "outlet_fields"
            case outletFallback = "outlet_fallback"
            case minRepeats = "min_repeats"
            case threshold
            case edgeThreshold = "edge_threshold"
            case lexicon, rules, words
            case replaceLexicon = "replace_lexicon"
            case bylines
            case markOnly = "mark_only"
            case marker
        }
    }

    /// What the batch has learned: per outlet, in how many documents each line fingerprint occurs.
    public struct State: Codable, Sendable, Equatable {
        /// Outlet key (`meta:…`, `folder:…` or `batch`) → fingerprint → number of documents.
        public var outlets: [String: [OutletPrint: Int]]

        /// An empty state.
        public init(outlets: [String: [OutletPrint: Int]] = [:]) { self.outlets = outlets }
    }

    private enum Fallback: String { case folder, batch, none }

    /// Whether the article's own byline block (the byline, the writer's role, the published and
    /// updated date lines, a reading time or counter among them, a sign-off at the story's foot) is
    /// the story's or the site's: gold standards and users differ. The `bylines` option's values.
    public enum BylineConvention: String, Sendable, CaseIterable {
        /// The block is the story's and stays (the default: when in doubt, keep).
        case keep
        /// The block goes, each line under a rule of its own (`byline`, `byline-role`,
        /// `byline-date`, `byline-counter`); a dateline opening the lead paragraph stays.
        case remove
    }

    private let classifier: BoilerplateClassifier
    private let outletFields: [String]
    private let fallback: Fallback
    private let minRepeats: Int
    private let markOnly: Bool
    private let marker: String
    /// A digest of the bundled `Resources/boilerplate/` files and of the files named by options.
    public let rulesDigest: String

    public init(options: Options) throws {
        rulesDigest = RuleFile.digest(stage: "boilerplate", files: options.lexicon + options.words)
        guard let fallback = Fallback(rawValue: options.outletFallback) else {
            throw OptionError("outlet_fallback must be \"folder\", \"batch\" or \"none\", not \"\(options.outletFallback)\"")
        }
        guard let bylines = BylineConvention(rawValue: options.bylines) else {
            throw OptionError("bylines must be \"keep\" or \"remove\", not \"\(options.bylines)\"")
        }
        guard options.minRepeats >= 2 else { throw OptionError("min_repeats must be at least 2, not \(options.minRepeats)") }
        guard options.threshold > 0, options.edgeThreshold > 0 else { throw OptionError("threshold and edge_threshold must be positive") }
        var lexicon = try BoilerplateLexicon.builtin()
        if options.replaceLexicon { lexicon = try BoilerplateLexicon.builtinWordsOnly() }
        for path in options.lexicon {
            try lexicon.addRules(from: RuleFile.read(path, option: "lexicon"), origin: path)
        }
        if !options.rules.isEmpty {
            try lexicon.addRules(from: options.rules.joined(separator: "\n"), origin: "rules")
        }
        for path in options.words {
            try lexicon.addWords(from: RuleFile.read(path, option: "words"), origin: path)
        }
        classifier = BoilerplateClassifier(lexicon: lexicon, bodyThreshold: options.threshold, edgeThreshold: options.edgeThreshold,
                                           bylines: bylines)
        outletFields = options.outletFields
        self.fallback = fallback
        minRepeats = options.minRepeats
        markOnly = options.markOnly
        marker = options.marker
    }

    public var rewritesText: Bool { true }

    // MARK: - Outlets

    /// The outlet a document belongs to: its key in the state, and its name (to spot site-name lines).
    struct Outlet: Equatable {
        var key: String
        var name: String
    }

    func outlet(of document: Document) -> Outlet? {
        for field in outletFields {
            if let value = document.metadata(field)?.stringValue, value.contains(where: { !$0.isWhitespace }) {
                let trimmed = value.first!.isWhitespace || value.last!.isWhitespace ? value.trimmingCharacters(in: .whitespaces) : value
                return Outlet(key: "meta:" + trimmed.lowercased(), name: trimmed)
            }
        }
        switch fallback {
        case .none:
            return nil
        case .batch:
            return Outlet(key: "batch", name: "")
        case .folder:
            guard let source = document.source else { return nil }
            return Self.folderOutlet(ofASCII: source) ?? Self.folderOutlet(of: source)
        }
    }

    /// The folder outlet of a document from `source`, read by characters.
    static func folderOutlet(of source: String) -> Outlet {
        // JSONL records have `path:line` sources: the file is the folder.
        if let colon = source.lastIndex(of: ":"), source[source.index(after: colon)...].allSatisfy(\.isNumber),
           colon != source.index(before: source.endIndex) {
            return Outlet(key: "folder:" + String(source[..<colon]), name: "")
        }
        guard let slash = source.lastIndex(of: "/") else { return Outlet(key: "folder:.", name: "") }
        let folder = String(source[..<slash])
        let name = folder.split(separator: "/").last.map(String.init) ?? ""
        return Outlet(key: "folder:" + folder, name: name)
    }

    /// ``outlet(of:)``'s folder outlet of an ASCII `source`, read as bytes; `nil` when the source is
    /// not ASCII (the caller then reads it by characters).
    ///
    /// Both phases ask for every document's outlet: read by characters, a path cost some 45,000
    /// instructions per call, a tenth of the stage on a folder of pages. In ASCII a character is a
    /// byte (a `\r\n` pair, one character, is neither a digit, a colon nor a slash), so the bytes
    /// give the same outlet.
    static func folderOutlet(ofASCII source: String) -> Outlet? {
        var source = source
        return source.withUTF8 { bytes -> Outlet? in
            var colon = -1
            var slash = -1
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: ":") { colon = index } else if byte == UInt8(ascii: "/") { slash = index }
            }
            func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            // JSONL records have `path:line` sources: the file is the folder.
            if colon >= 0 && colon < bytes.count - 1
                && bytes[(colon + 1)...].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                return Outlet(key: "folder:" + text(0..<colon), name: "")
            }
            guard slash >= 0 else { return Outlet(key: "folder:.", name: "") }
            // The folder's last non-empty component.
            var nameEnd = slash
            while nameEnd > 0 && bytes[nameEnd - 1] == UInt8(ascii: "/") { nameEnd -= 1 }
            var nameStart = nameEnd
            while nameStart > 0 && bytes[nameStart - 1] != UInt8(ascii: "/") { nameStart -= 1 }
            return Outlet(key: "folder:" + text(0..<slash), name: text(nameStart..<nameEnd))
        }
    }

    /// The articles an outlet's name may open with, which a line naming the outlet drops or
    /// contracts (`au Courrier`, `del Heraldo`, `της Λεμεσού`): French, Spanish, Italian,
    /// Portuguese, German, Dutch and Greek.
    static let leadingArticles: Set<String> = ["le", "la", "les", "l", "el", "los", "las", "il", "lo", "gli", "o", "os", "a", "as",
                                               "der", "die", "das", "de", "het", "το", "η", "ο", "οι", "τα"]

    /// The outlet's name and its other script's name, squeezed (``squeezedName(_:)``), when the
    /// name gives one in parentheses after the other, one of them in ASCII letters and the other
    /// not (`Tana Zena (ጣና ዜና)`, `札幌まちなかニュース (Sapporo Machinaka News)`): a transliteration,
    /// which the page prints on its own line, either alone. Squeezed whole, neither line held the
    /// name, so the slogan under them was read as the headline. A parenthesis in one script
    /// (`The Star (Kenya)`) is part of the name: its word alone names no outlet.
    static func squeezedNames(_ name: String) -> (name: [UInt8], alias: [UInt8]) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), open > trimmed.startIndex else { return (squeezedName(name), []) }
        let outside = String(trimmed[..<open])
        let inside = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
        guard isASCII(outside) != isASCII(inside) else { return (squeezedName(name), []) }
        let names = (squeezedName(outside), squeezedName(inside))
        return names.0.isEmpty || names.1.isEmpty ? (squeezedName(name), []) : names
    }

    /// `The Daily Herald` → `dailyherald`, `www.techpulse.io` → `techpulse`.
    ///
    /// Split by scalars, not characters, keeping those the line normalizer keeps (alphabetic or
    /// numeric, a virama or nukta inside a word) and dropping the zero-width joiners it drops: a
    /// name squeezed by characters kept the joiner of `র‍্যাপিড`, which the line never holds.
    static func squeezedName(_ name: String) -> [UInt8] {
        let labels = name.lowercased().split(separator: ".")
        let main = labels.count > 1 ? (labels.max(by: { $0.count < $1.count }) ?? "") : Substring(name.lowercased())
        let kept = main.unicodeScalars.filter { $0.value != 0x200C && $0.value != 0x200D }
        var words = kept.split(whereSeparator: { scalar in
            !scalar.properties.isAlphabetic && scalar.properties.numericType == nil && !LineNormalizer.joinsWord(scalar)
        }).map { String(String.UnicodeScalarView($0)) }
        if words.count > 1 && words.first == "the" { words.removeFirst() }
        // The article of other languages too, when two words or more stay (`Le Courrier du Cèdre`
        // → `courrierducedre`, which `Journaliste au Courrier du Cèdre` holds after its `au`); a
        // name of one word after it keeps it (`La Nación`: `nación` alone is a story's word).
        else if words.count > 2, let first = words.first, Self.leadingArticles.contains(first) { words.removeFirst() }
        let squeezed = Array(words.joined().utf8)
        return squeezed.count >= 4 ? squeezed : []
    }

    // MARK: - CorpusStage

    public func emptyState() -> State { State() }

    public func summarize(_ document: Document, context: StageContext) throws -> State {
        guard let outlet = outlet(of: document) else { return State() }
        var text = document.text
        let prints = text.withUTF8 { LineFingerprint.recorded(in: $0) }
        return State(outlets: [outlet.key: prints])
    }

    public func merge(_ state: inout State, with other: State) {
        for (key, counts) in other.outlets {
            if state.outlets[key] == nil {
                state.outlets[key] = counts
            } else {
                Self.add(counts, to: &state.outlets[key]!)
            }
        }
    }

    /// Adds one document's counts to an outlet's, print by print: the standard library's
    /// `merge(_:uniquingKeysWith:)` went through a lazy map of the other dictionary and called
    /// the closure once per print.
    private static func add(_ counts: [OutletPrint: Int], to total: inout [OutletPrint: Int]) {
        for (print, count) in counts { total[print, default: 0] += count }
    }

    public func process(_ document: inout Document, resolved: State, context: StageContext) throws {
        let workspace = context.local { BoilerplateClassifier.Workspace() }
        var outletContext = BoilerplateClassifier.OutletContext()
        outletContext.minimumRepeats = minRepeats
        if let outlet = outlet(of: document) {
            (outletContext.squeezedName, outletContext.squeezedAlias) = workspace.squeezedNames(outlet.name, Self.squeezedNames)
            if let counts = resolved.outlets[outlet.key] {
                outletContext.repeats = { counts[OutletPrint($0)] ?? 0 }
            }
        }
        let lines = classifier.classify(document.text, outlet: outletContext, workspace: workspace)
        let (text, removed) = render(document.text, lines: lines)
        workspace.recycle(consume lines)
        document.text = text
        document[BoilerplateKey.self] = removed
    }

    /// The cleaned (or marked) text and the removed lines.
    ///
    /// The text is assembled from slices of the original string rather than from bytes (a string
    /// made from bytes is validated as UTF-8 again, which for a whole text cost three times the
    /// rest of the rendering), a run of kept lines as one slice.
    func render(_ original: String, lines: [LineFeatures]) -> (String, [RemovedLine]) {
        // Counted first, so that the report is allocated once (fields read through the array:
        // a line record is some 250 bytes).
        var removedCount = 0
        for index in lines.indices where lines[index].removed { removedCount += 1 }
        guard removedCount > 0 else { return (original, []) }
        var contiguous = original
        return contiguous.withUTF8 { render(original, bytes: $0, lines: lines, removedCount: removedCount) }
    }

    /// ``render(_:lines:)`` of `original`, whose UTF-8 is `bytes`, of which `removedCount` lines
    /// are removed. A removed line's text is made from its bytes, not from a slice of the string:
    /// a slice takes two conversions of a byte offset to a string index, which cost more than
    /// validating a line's bytes.
    private func render(_ original: String, bytes: UnsafeBufferPointer<UInt8>, lines: [LineFeatures],
                        removedCount: Int) -> (String, [RemovedLine]) {
        var removed: [RemovedLine] = []
        removed.reserveCapacity(removedCount)
        let utf8 = original.utf8
        func slice(_ start: Int, _ end: Int) -> Substring {
            // Line bounds are at line feeds, so they are scalar boundaries.
            original[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
        }
        var output = ""
        output.reserveCapacity(utf8.count)
        // The run of kept lines not yet appended, as a byte range of the original.
        var runStart = -1
        var runEnd = -1
        var lastEmittedIndex = -2
        var emittedLines = 0
        var lastEmittedBlank = true
        var afterRemoval = false
        var endsWithRemoval = false
        var lastNonBlankEnd = 0
        func flush() {
            if runStart >= 0 { output.append(contentsOf: slice(runStart, runEnd)) }
            runStart = -1
        }
        func emit(_ index: Int, blank: Bool) {
            // Consecutive lines of the original are consecutive in it with their line feeds.
            if runStart >= 0 && lastEmittedIndex == index - 1 {
                runEnd = lines[index].end
            } else if runStart >= 0 {
                // The line feed after the run (its last line is not the text's last) separates it
                // from the next: appended with it rather than on its own.
                output.append(contentsOf: slice(runStart, runEnd + 1))
                runStart = lines[index].start
                runEnd = lines[index].end
            } else {
                if emittedLines > 0 { output.append("\n") }
                runStart = lines[index].start
                runEnd = lines[index].end
            }
            lastEmittedIndex = index
            emittedLines += 1
            lastEmittedBlank = blank
        }
        for index in lines.indices {
            let (start, end) = (lines[index].start, lines[index].end)
            if let removal = lines[index].removal {
                let rule = classifier.ruleName(removal)
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                removed.append(RemovedLine(line: index + 1, text: text, rule: rule))
                if markOnly {
                    flush()
                    if emittedLines > 0 { output.append("\n") }
                    output.append(marker.replacingOccurrences(of: "{rule}", with: rule))
                    output.append(text)
                    emittedLines += 1
                    lastEmittedBlank = false
                } else {
                    afterRemoval = true
                    endsWithRemoval = true
                }
                continue
            }
            if lines[index].blank {
                if afterRemoval && lastEmittedBlank { continue }
                emit(index, blank: true)
            } else {
                emit(index, blank: false)
                lastNonBlankEnd = output.utf8.count + (runEnd - runStart)
                afterRemoval = false
                endsWithRemoval = false
            }
        }
        flush()
        if endsWithRemoval && !markOnly {
            // Blank lines that only separated the removed footer from the story go with it.
            output.removeSubrange(output.utf8.index(output.startIndex, offsetBy: lastNonBlankEnd)...)
            if original.hasSuffix("\n") { output.append("\n") }
        }
        return (output, removed)
    }
}
