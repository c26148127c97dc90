public import Pipeline
import ICU

/// The `names` stage: finds the names of people, places and organisations in every article and
/// gives every spelling of the same entity one canonical form across the whole batch
/// (Atambaev, Atambayev and Атамбаев become `Almazbek Atambayev`).
///
/// A corpus stage: ``summarize(_:context:)`` detects the names of one article and counts their
/// spellings under their matching keys (``NameVariantTable``); the tables are merged; ``resolve(_:)``
/// clusters the entities and chooses canonical forms (``NameClusterer``); ``process(_:resolved:context:)``
/// writes ``NamesKey`` and, with `rewrite`, the canonical spellings into the text.
public struct NameNormalizer: CorpusStage {
    public typealias State = NameVariantTable
    public typealias Resolved = NameResolution

    public static let name = "names"
    public static let summary = "Finds names of people, places and organisations and gives every spelling of one entity a canonical form across the batch."
    public static let documentation = """
        Detection (no trained model): runs of capitalised words on one line, with particles (bin, uulu) \
        and, in organisation names, connectors (Ministry of Health). Titles in front (President, Mr, \
        former Prime Minister) are left out of the name but make it a person; common words that are \
        capitalised only because they start a sentence or a heading are not names, and a single word \
        at a sentence start counts only if the article also capitalises it mid-sentence. Organisation \
        words (party, committee, ministry) and place words (square, region, village of) give the kind; \
        a region word next to a place's name (oblast, область, capitalised Region; region-words.txt) \
        makes it a region, never the place itself, and the Russian adjective meets the noun \
        (Chelyabinskaya oblast, Челябинская область, Chelyabinsk Oblast). A place descriptor \
        (place-descriptors.txt: Osh City, город Ош, г. Ош, Ош шаары, Lake Balkhash, озеро Балхаш, \
        Балқаш көлі, Balchaschsee, lac Balkhach, Naryn River, река Нарын, Naryn-Fluss, Москва-река) \
        is part of the span, not of the base key, and sets a place sub-kind (city, lake, river, \
        mountain, valley; a region word the region sub-kind) that is added to the key: one base name \
        is often a city, a lake, a river and a region, which never join each other. A bare form (no \
        descriptor: Osh) joins the city of its base name only when the batch gives that name no other \
        sub-kind (a region aside); otherwise, and beside a lake or a river alone, it stays with the \
        other bare forms. The kind stays place; \
        surname endings (-ov, -eva, -uulu, …) and role words (leader, activist) make a person. A surname \
        written alone ("Atambayev", "Mr Mombekov") is linked to the full name of the same article.

        Matching key: each word goes through the ICU transform in transliteration-folding.txt: \
        Cyrillic (Russian, Kyrgyz, Kazakh, Ukrainian, Uzbek, Tajik letters) to Latin, Any-Latin, \
        Latin-ASCII, then folding of transliteration habits: zh/j/dzh, kh/h, ch/tch, ts/tz, y/i, \
        -yev/-iev/-ev, ye/e, yo/io/e, shch/sch/sh, -zade/-zod/-zoda, doubled letters, soft signs and \
        apostrophes. Words mixing Latin and Cyrillic look-alike letters are repaired first (ICU \
        confusable skeletons); words spelt the German, French or Uzbek Latin way (Chruschtschow, \
        Khrouchtchev, Baxodir Qurbonov) are first respelt by spelling-styles.txt, a given name \
        takes its surname's style and a surname its given name's; German s and sch, which stand for \
        two Cyrillic letters each, join only the one entity of the batch they can stand for; so do \
        names with Kyrgyz ө or Azerbaijani ə read as the Russian form writes them (letter-readings.txt: \
        Ysyk-Köl, Issyk-Kul; Məmmədyarov, Mamedyarov).

        Across the batch: spellings with one key are one entity; people with the same surname join \
        only if their given names match (or by the documented short-form rule: Janar ~ Janarbek, when \
        unambiguous; Bakhytzhan ~ Bakytzhan, kh, h or k; Volodymyr ~ Vladimir, from \
        given-name-equivalents.txt; Slava ~ Svyatoslav, from given-name-diminutives.txt, when only one \
        full name under that surname fits; an initial; or the lexicon), and never when \
        one article names both as different people. A full name written in Cyrillic in a Russian \
        oblique case (Садыра Жапарова, Раисы Атамбаевой; person-case-forms.txt) joins the one person \
        its nominative gives, given name and surname inflected together. Keys that differ only by o for a after a word's \
        first letter (Uzbek and Tajik Latin: Komilov, Kamilov) or by h for g (Ukrainian: Oleh, Oleg) \
        join, and so do keys with ks for kh (Uzbek x between vowels: Raximov, Rakhimov) and places \
        across k and kh (Balqash, Balkhash); a patronymic, keyed by the father's name \
        (Abishevich, Abishuly), keeps namesakes apart (Sergei Borisovich and Sergei \
        Sergeyevich Ivanov) and joins the bare name when it is the only one seen, and a patronymic \
        initial (Ivan S. Petrov) joins the only patronymic it starts. A company's legal form before its \
        name (PAO, NK; legal-forms.txt) is left out of the key, and so is a lower-case descriptor next to a \
        name (Ata-Meken party, партия «Ата-Мекен»; descriptor-words.txt), which, like a legal \
        form before a quoted name (ПАО «Газпром»), is part of the span. The canonical form is the lexicon's if any, else the most \
        frequent full Latin spelling (ties: the smallest string). A loaded state keeps the canonical \
        forms chosen by earlier drops.

        Output `names`: [{start, end, surface, canonical, kind}] in code points; kind is person, \
        place, organisation or other. With `rewrite true` each variant is replaced in the text by its \
        canonical spelling (a surname alone by the canonical surname), and offsets refer to the new text.
        """
    public static let optionDocumentation = [
        OptionDocumentation("rewrite", type: "boolean", default: "false", help: "Replace each variant in the text with its canonical spelling."),
        OptionDocumentation("key_rules", type: "[string]", default: "[]", help: "ICU transform rules added as a last pass of the matching key, such as [\"dj > J;\"]."),
        OptionDocumentation("key_rules_file", type: "string", default: "bundled transliteration-folding.txt", help: "An ICU transform rule file that replaces the bundled key rules."),
        OptionDocumentation("display_transform", type: "string", default: "bundled display-transliteration.txt", help: "ICU transform ID used to show a name seen only in a non-Latin script, such as \"Russian-Latin/BGN; Latin-ASCII\"."),
        OptionDocumentation("lexicon", type: "[string]", default: "[]", help: "Lexicon lines \"Canonical = variant; variant\" added to the bundled lexicon."),
        OptionDocumentation("lexicon_file", type: "string", default: "bundled lexicon.txt", help: "A lexicon file that replaces the bundled one."),
        OptionDocumentation("keep_stored_canonical", type: "boolean", default: "true", help: "Keep the canonical form an earlier drop chose (from a loaded state) even if this batch spells the name differently more often."),
        OptionDocumentation("short_form_endings", type: "[string]", default: "bundled given-name-short-forms.txt", help: "Endings that a given name may drop (key spelling, such as \"bek\"); [] turns the short-form rule off."),
        OptionDocumentation("given_name_equivalents", type: "[string]", default: "[]", help: "More groups of given names that are one name under the same surname, such as \"Volodymyr Vladimir\"."),
        OptionDocumentation("given_name_diminutives", type: "[string]", default: "[]", help: "More lines of a full given name followed by its short forms, such as \"Svyatoslav Slava\"."),
        OptionDocumentation("common_words", type: "[string]", default: "[]", help: "More words that are not names at a sentence start."),
        OptionDocumentation("never_names", type: "[string]", default: "[]", help: "More words that are never part of a name."),
        OptionDocumentation("titles", type: "[string]", default: "[]", help: "More titles and honorifics."),
        OptionDocumentation("role_words", type: "[string]", default: "[]", help: "More role nouns that mark a person (leader, activist)."),
        OptionDocumentation("organisation_words", type: "[string]", default: "[]", help: "More words that make a name an organisation."),
        OptionDocumentation("place_words", type: "[string]", default: "[]", help: "More words that make a name a place."),
        OptionDocumentation("region_words", type: "[string]", default: "[]", help: "More words for a region named after a place (`ilce`, `Governorate`): a word in lower case counts in any case, one with a capital only when the text capitalises it."),
        OptionDocumentation("place_descriptors", type: "[string]", default: "[]", help: "More place descriptor lines \"SUBKIND WORD…\" (\"lake ozer\", \"river -fluss\" for a suffix, \"city g.\" for an abbreviation)."),
        OptionDocumentation("particles", type: "[string]", default: "[]", help: "More lower-case particles allowed inside a person's name."),
        OptionDocumentation("memo_megabytes", type: "number", default: "256", help: "Memory (estimated MB) for keeping each article's names between the summarize and process passes, so it is read once; 0 reads it twice."),
        OptionDocumentation("surname_endings", type: "[string]", default: "[]", help: "More key endings that mark a surname (\"patronymic oviC\" for a patronymic; C stands for ch in keys)."),
    ]
    public static let provides = [AnyAnnotationKey(NamesKey.self)]

    /// The options of the `names` stage.
    public struct Options: Decodable, Sendable {
        /// Replace each variant in the text with its canonical spelling.
        public var rewrite = false
        /// ICU transform rules added as a last pass of the matching key.
        public var keyRules: [String] = []
        /// A rule file that replaces the bundled key rules.
        public var keyRulesFile: String?
        /// An ICU transform ID for names seen only in another script; empty for the bundled rules.
        public var displayTransform: String = ""
        /// Lexicon lines added to the bundled lexicon.
        public var lexicon: [String] = []
        /// A lexicon file that replaces the bundled one.
        public var lexiconFile: String?
        /// Keep canonical forms chosen by earlier drops.
        public var keepStoredCanonical = true
        /// More groups of equivalent given names, one group per string.
        public var givenNameEquivalents: [String] = []
        /// More lines of a full given name followed by its short forms (`Svyatoslav Slava`).
        public var givenNameDiminutives: [String] = []
        /// Endings a given name may drop; `nil` for the bundled list.
        public var shortFormEndings: [String]?
        /// More words that are not names at a sentence start.
        public var commonWords: [String] = []
        /// More words that are never part of a name.
        public var neverNames: [String] = []
        /// More titles and honorifics.
        public var titles: [String] = []
        /// More role nouns that mark a person.
        public var roleWords: [String] = []
        /// More words that make a name an organisation.
        public var organisationWords: [String] = []
        /// More words that make a name a place.
        public var placeWords: [String] = []
        /// More words for a region named after a place (`ilce`, `Governorate`); as in region-words.txt, a word
        /// given in lower case counts in any case, one given with a capital only when the text capitalises it.
        public var regionWords: [String] = []
        /// More place descriptors, as lines of place-descriptors.txt (`lake ozer`, `river -fluss`): each
        /// sets the sub-kind of the place it is written next to.
        public var placeDescriptors: [String] = []
        /// More particles allowed inside a person's name.
        public var particles: [String] = []
        /// More key endings that mark a surname (or `patronymic ENDING`).
        public var surnameEndings: [String] = []
        /// Memory budget (estimated MB) for names kept between the summarize and process passes.
        public var memoMegabytes = 256

        /// The defaults.
        public init() {}

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            rewrite = try c.decodeIfPresent(Bool.self, forKey: .rewrite) ?? false
            keyRules = try c.decodeIfPresent([String].self, forKey: .keyRules) ?? []
            keyRulesFile = try c.decodeIfPresent(String.self, forKey: .keyRulesFile)
            displayTransform = try c.decodeIfPresent(String.self, forKey: .displayTransform) ?? ""
            lexicon = try c.decodeIfPresent([String].self, forKey: .lexicon) ?? []
            lexiconFile = try c.decodeIfPresent(String.self, forKey: .lexiconFile)
            keepStoredCanonical = try c.decodeIfPresent(Bool.self, forKey: .keepStoredCanonical) ?? true
            shortFormEndings = try c.decodeIfPresent([String].self, forKey: .shortFormEndings)
            givenNameEquivalents = try c.decodeIfPresent([String].self, forKey: .givenNameEquivalents) ?? []
            givenNameDiminutives = try c.decodeIfPresent([String].self, forKey: .givenNameDiminutives) ?? []
            commonWords = try c.decodeIfPresent([String].self, forKey: .commonWords) ?? []
            neverNames = try c.decodeIfPresent([String].self, forKey: .neverNames) ?? []
            titles = try c.decodeIfPresent([String].self, forKey: .titles) ?? []
            roleWords = try c.decodeIfPresent([String].self, forKey: .roleWords) ?? []
            organisationWords = try c.decodeIfPresent([String].self, forKey: .organisationWords) ?? []
            placeWords = try c.decodeIfPresent([String].self, forKey: .placeWords) ?? []
            regionWords = try c.decodeIfPresent([String].self, forKey: .regionWords) ?? []
            placeDescriptors = try c.decodeIfPresent([String].self, forKey: .placeDescriptors) ?? []
            particles = try c.decodeIfPresent([String].self, forKey: .particles) ?? []
            surnameEndings = try c.decodeIfPresent([String].self, forKey: .surnameEndings) ?? []
            memoMegabytes = try c.decodeIfPresent(Int.self, forKey: .memoMegabytes) ?? 256
        }

        enum CodingKeys: String, CodingKey {
            case rewrite
            case keyRules = "key_rules"
            case keyRulesFile = "key_rules_file"
            case displayTransform = "display_transform"
            case lexicon
            case lexiconFile = "lexicon_file"
            case keepStoredCanonical = "keep_stored_canonical"
            case shortFormEndings = "short_form_endings"
            case givenNameEquivalents = "given_name_equivalents"
            case givenNameDiminutives = "given_name_diminutives"
            case commonWords = "common_words"
            case neverNames = "never_names"
            case titles
            case roleWords = "role_words"
            case organisationWords = "organisation_words"
            case placeWords = "place_words"
            case regionWords = "region_words"
            case placeDescriptors = "place_descriptors"
            case particles
            case surnameEndings = "surname_endings"
            case memoMegabytes = "memo_megabytes"
        }
    }

    let rules: NameRules
    let detector: NameDetector
    let homoglyphs: HomoglyphRepair
    let rewrite: Bool
    let keepStoredCanonical: Bool
    let memo: NameDetectionMemo
    let transforms: NameKeyTransforms
    /// The keys of the rule files' given names and concept initials, made here once rather than in every batch's resolve.
    let ruleKeys: NameRuleKeys
    /// A digest of the bundled `Resources/names/` files and of the files named by options.
    public let rulesDigest: String

    public init(options: Options) throws {
        rulesDigest = RuleFile.digest(
            stage: "names", files: [options.keyRulesFile, options.lexiconFile, options.displayTransform].compactMap { $0 }.filter { !$0.isEmpty })
        guard options.memoMegabytes >= 0 else { throw OptionError("memo_megabytes must be 0 or more, not \(options.memoMegabytes)") }
        memo = NameDetectionMemo(budgetBytes: options.memoMegabytes * 1_000_000)
        rules = try NameRules(options: options)
        detector = NameDetector(rules: rules)
        homoglyphs = try HomoglyphRepair()
        rewrite = options.rewrite
        keepStoredCanonical = options.keepStoredCanonical
        // Compile both transforms now, so a bad rule is reported at the stage's place in the config.
        transforms = try NameKeyTransforms(rules: rules, display: try Self.makeDisplayTransliterator(rules: rules))
        ruleKeys = NameRuleKeys(rules: rules, keys: try NameKeyMaker(rules: rules, homoglyphs: homoglyphs, transforms: transforms))
    }

    public var rewritesText: Bool { rewrite }

    /// A worker's key maker, wrapped so that `StageContext.local` keeps it by this type.
    final class WorkerKeys {
        let maker: NameKeyMaker
        init(_ maker: NameKeyMaker) { self.maker = maker }
    }

    func keyMaker(_ context: StageContext) throws -> NameKeyMaker {
        try context.local { WorkerKeys(try conceptKeyMaker()) }.maker
    }

    /// A new key maker that knows the region's words of institutions, long and short
    /// (``NameRuleKeys/transliteratedConcepts``), as the detector's workers and the clusterer need.
    func conceptKeyMaker() throws -> NameKeyMaker {
        try NameKeyMaker(
            rules: rules, homoglyphs: homoglyphs, transforms: transforms, conceptKeys: ruleKeys.transliteratedConcepts,
            shortConceptKeys: ruleKeys.shortTransliteratedConcepts, linkingConceptKeys: ruleKeys.linkingConcepts)
    }

    static func makeDisplayTransliterator(rules: NameRules) throws -> Transliterator {
        if rules.displayTransform.isEmpty {
            return try Transliterator(name: "names display rules", rules: try NameRules.bundled("display-transliteration"))
        }
        return try Transliterator(id: rules.displayTransform)
    }

    /// Detects the names of `text` (for tests and tools).
    func detect(_ text: String, context: StageContext) throws -> [DetectedName] {
        // A name keeps its offsets in 32 bits; a longer text fails as a document, never with wrapped offsets.
        guard text.utf8.count <= Int(Int32.max) else { throw TextTooLong(bytes: text.utf8.count) }
        return detector.detect(in: text, keys: try keyMaker(context))
    }

    /// A document's text too long for a name's 32-bit offsets.
    struct TextTooLong: Error, CustomStringConvertible {
        var bytes: Int
        var description: String { "the text is \(bytes) bytes; the names stage reads texts of up to 2 GiB (\(Int32.max) bytes)" }
    }

    public func emptyState() -> NameVariantTable { NameVariantTable() }

    public func summarize(_ document: Document, context: StageContext) throws -> NameVariantTable {
        let names = try detect(document.text, context: context)
        memo.store(id: document.id, text: document.text, names: names)
        var table = NameVariantTable()
        table.add(contentsOf: names)
        table.namesakes = NameLinker.distinctNamesakes(names)
        return table
    }

    public func merge(_ state: inout NameVariantTable, with other: NameVariantTable) {
        state.merge(other)
    }

    public func resolve(_ state: NameVariantTable) throws -> NameResolution {
        let clusterer = NameClusterer(
            rules: rules, keys: try conceptKeyMaker(),
            display: try transforms.displayCopy(), keepStoredCanonical: keepStoredCanonical, ruleKeys: ruleKeys)
        var resolution = clusterer.resolve(state.consolidated)
        resolution.indexEntries()
        return resolution
    }

    public func process(_ document: inout Document, resolved: NameResolution, context: StageContext) throws {
        let names = try memo.take(id: document.id, text: document.text) ?? detect(document.text, context: context)
        var mentions: [NameMention] = []
        mentions.reserveCapacity(names.count)
        guard rewrite else {
            // Each name is read field by field in place: reading it whole copied it (and retained
            // every string in it).
            for index in names.indices {
                let entry = resolved.canonicalAndKind(for: names[index].entityKey)
                mentions.append(NameMention(
                    start: names[index].codePointStart, end: names[index].codePointEnd, surface: names[index].surface,
                    canonical: entry?.canonical ?? names[index].surface, kind: (entry?.kind ?? names[index].kind).rawValue))
            }
            document[NamesKey.self] = mentions
            return
        }
        // Rewrite: copy the text, replacing each name by its canonical spelling; offsets shift.
        var output: [UInt8] = []
        var text = document.text
        text.withUTF8 { utf8 in
            output.reserveCapacity(utf8.count + 64)
            var byte = 0
            var shift = 0
            for name in names {
                let entry = resolved.entry(for: name.entityKey)
                let canonical = entry?.canonical ?? name.surface
                let replacement: String
                switch name.form {
                case .linkedSurname, .surname: replacement = entry?.canonicalSurname ?? name.surface
                default: replacement = canonical
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[byte..<name.byteStart]))
                output.append(contentsOf: replacement.utf8)
                byte = name.byteEnd
                let length = replacement.unicodeScalars.count
                mentions.append(NameMention(
                    start: name.codePointStart + shift, end: name.codePointStart + shift + length, surface: replacement,
                    canonical: canonical, kind: (entry?.kind ?? name.kind).rawValue))
                shift += length - (name.codePointEnd - name.codePointStart)
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[byte..<utf8.count]))
        }
        document.text = String(decoding: output, as: UTF8.self)
        document[NamesKey.self] = mentions
    }
}
