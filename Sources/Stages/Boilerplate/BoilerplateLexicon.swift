import Foundation
import Pipeline

/// The phrase and pattern lexicon and the word lists of the `boilerplate` stage, parsed from
/// `Resources/boilerplate/lexicon.txt` and `words.txt` (the format is described at the top of
/// those files) plus any files and inline rules from the configuration.
struct BoilerplateLexicon: Sendable {
    /// A rule family such as `donation`, with the score each of its entries adds to a line.
    struct Category: Sendable {
        var name: String
        var weight: Double
    }

    /// How an entry is compared with a line.
    enum Kind: Sendable {
        case exact, prefix, contains, rawPrefix, rawSuffix
    }

    struct Entry: Sendable {
        var kind: Kind
        var bytes: [UInt8]
        var category: Int
    }

    /// An entry as the matcher reads it: its pattern is a range of ``patterns``, so that reading it
    /// touches no reference count.
    struct CompiledEntry: Sendable {
        var kind: Kind
        var category: Int32
        var start: Int32
        var end: Int32
        /// The first eight bytes of the pattern (fewer if it is shorter, the rest zero), read
        /// little-endian, and the mask of those bytes: one comparison rejects most candidates.
        var head: UInt64
        var headMask: UInt64
    }

    /// Bits of a word's class in ``wordInfo``.
    enum WordClass {
        static let stopword: Int32 = 1 << 0
        static let secondPerson: Int32 = 1 << 1
        static let imperative: Int32 = 1 << 2
        static let credit: Int32 = 1 << 3
        static let month: Int32 = 1 << 4
        static let menu: Int32 = 1 << 5
        static let bylineOpener: Int32 = 1 << 6
        static let reporting: Int32 = 1 << 7
        static let time: Int32 = 1 << 8
        static let comment: Int32 = 1 << 9
        /// A control's setting after a colon (`Autoplay: on`, `Automatisch verversen: aan`).
        static let setting: Int32 = 1 << 10
        /// A control's setting that says so without a colon (`Pembaruan otomatis aktif`).
        static let statedSetting: Int32 = 1 << 11
        /// The bits below it are the classes a line's counts are tallied from.
        static let tallyShift: Int32 = 10
        /// Above this bit: 1 + the index of the list of entries whose first word this is.
        static let listShift: Int32 = 12
    }

    private(set) var categories: [Category] = []
    /// Each category's weight, by index.
    private(set) var weights: [Double] = []
    /// Each category's rule name (`lexicon:donation`), made once rather than per removed line.
    private(set) var ruleNames: [String] = []
    private(set) var entries: [Entry] = []
    private var categoryIndex: [String: Int] = [:]

    // Lookup structures, built by `seal()`.
    private var compiled: [CompiledEntry] = []
    private var patterns: [UInt8] = []
    /// Lists of entry numbers, back to back; a list is a range of it (``EntryList``).
    private var listEntries: [Int32] = []
    /// Whole-line hash → the list of `=` entries with that hash.
    private var exactTable = WordHashTable([])
    private var exactLists: [EntryList] = []
    /// Every known word → its classes and its list of first-word entries, in one probe.
    private(set) var wordInfo = WordHashTable([])
    private var firstWordLists: [EntryList] = []
    /// The same lists without the `^` entries, for words after the first.
    private var innerWordLists: [EntryList] = []
    /// Raw `<` entries by their first byte and `>` entries by their last, so that a line is only
    /// compared with the entries that can match it; each list keeps the lexicon's order.
    private var rawPrefixLists: [EntryList] = []
    private var rawSuffixLists: [EntryList] = []

    /// A list of entries: `listEntries[start..<end]`.
    private struct EntryList: Sendable {
        var start: Int32
        var end: Int32
    }

    /// Word lists by section name (`stopwords`, `second-person`, `imperatives`, `credits`, `months`,
    /// `menu`, `reporting`).
    private var wordLists: [String: Set<UInt64>] = [:]
    /// The `first-person-plural` word list, read once the lexicon is sealed.
    private var ownWords: Set<UInt64> = []
    private var channelWords: Set<UInt64> = []
    private var newsAppWords: Set<UInt64> = []

    /// An empty lexicon.
    init() {}

    /// The lexicon shipped with the stage.
    static func builtin() throws -> BoilerplateLexicon {
        var lexicon = BoilerplateLexicon()
        try lexicon.addRules(from: resource("lexicon"), origin: "lexicon.txt")
        try lexicon.addWords(from: resource("words"), origin: "words.txt")
        return lexicon
    }

    /// The shipped word lists with no lexicon entries, for `replace_lexicon`.
    static func builtinWordsOnly() throws -> BoilerplateLexicon {
        var lexicon = BoilerplateLexicon()
        try lexicon.addWords(from: resource("words"), origin: "words.txt")
        return lexicon
    }

    private static func resource(_ name: String) throws -> String {
        try RuleFile.bundled(name, stage: "boilerplate")
    }

    // MARK: - Parsing

    /// Adds the entries of a lexicon in the rule-file format; entries before any section header go
    /// to the category `custom` with weight 1.
    mutating func addRules(from text: String, origin: String) throws {
        var category = self.category(named: "custom", weight: 1.0)
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { throw OptionError("\(origin):\(number + 1): a section header ends with ]") }
                let parts = line.dropFirst().dropLast().split(separator: " ")
                guard let name = parts.first else { throw OptionError("\(origin):\(number + 1): a section needs a name") }
                var weight = 1.0
                if parts.count > 1 {
                    guard let parsed = Double(parts[1]) else {
                        throw OptionError("\(origin):\(number + 1): the weight \"\(parts[1])\" is not a number")
                    }
                    weight = parsed
                }
                category = self.category(named: String(name), weight: weight)
                continue
            }
            let kind: Kind
            switch line.first {
            case "=": kind = .exact
            case "^": kind = .prefix
            case "~": kind = .contains
            case "<": kind = .rawPrefix
            case ">": kind = .rawSuffix
            default:
                throw OptionError("\(origin):\(number + 1): an entry starts with =, ^, ~, < or >, not \"\(line.prefix(1))\"")
            }
            // Raw patterns keep their spaces; `< follow ` needs its trailing one.
            var pattern = String(rawLine.drop(while: { $0 == " " || $0 == "\t" }).dropFirst())
            if pattern.hasPrefix(" ") { pattern.removeFirst() }
            let normalizer = LineNormalizer()
            var utf8 = pattern
            utf8.withUTF8 { normalizer.run($0) }
            let bytes: [UInt8]
            switch kind {
            case .exact, .prefix, .contains: bytes = Array(normalizer.normalizedBytes)
            case .rawPrefix, .rawSuffix: bytes = Array(normalizer.loweredBytes)
            }
            guard !bytes.isEmpty else { throw OptionError("\(origin):\(number + 1): the entry is empty") }
            entries.append(Entry(kind: kind, bytes: bytes, category: category))
        }
        seal()
    }

    /// Adds word lists in the `words.txt` format.
    mutating func addWords(from text: String, origin: String) throws {
        var section: String?
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast())
                continue
            }
            guard let section else { throw OptionError("\(origin):\(number + 1): words come after a [section] header") }
            for word in line.split(separator: " ") {
                let normalizer = LineNormalizer()
                var utf8 = String(word)
                utf8.withUTF8 { normalizer.run($0) }
                // `you're` normalizes to two words; each is listed.
                for hash in normalizer.hashes { wordLists[section, default: []].insert(hash) }
            }
        }
        seal()
    }

    private mutating func category(named name: String, weight: Double) -> Int {
        if let index = categoryIndex[name] {
            categories[index].weight = weight
            return index
        }
        categories.append(Category(name: name, weight: weight))
        categoryIndex[name] = categories.count - 1
        return categories.count - 1
    }

    private mutating func seal() {
        ownWords = wordLists["first-person-plural"] ?? []
        channelWords = wordLists["channels"] ?? []
        newsAppWords = wordLists["news-apps"] ?? []
        var exact: [UInt64: [Int32]] = [:]
        var firstWord: [UInt64: [Int32]] = [:]
        var rawPrefix = Array(repeating: [Int32](), count: 256)
        var rawSuffix = Array(repeating: [Int32](), count: 256)
        compiled = []
        patterns = []
        for (index, entry) in entries.enumerated() {
            let start = Int32(patterns.count)
            patterns.append(contentsOf: entry.bytes)
            var head: UInt64 = 0
            for (offset, byte) in entry.bytes.prefix(8).enumerated() { head |= UInt64(byte) << UInt64(offset * 8) }
            let headMask: UInt64 = entry.bytes.count >= 8 ? ~0 : (1 << UInt64(entry.bytes.count * 8)) - 1
            compiled.append(CompiledEntry(
                kind: entry.kind, category: Int32(entry.category), start: start, end: Int32(patterns.count),
                head: head, headMask: headMask))
            switch entry.kind {
            case .exact:
                exact[WordHasher.hash(entry.bytes), default: []].append(Int32(index))
            case .prefix, .contains:
                let firstEnd = entry.bytes.firstIndex(of: 0x20) ?? entry.bytes.count
                firstWord[WordHasher.hash(entry.bytes[..<firstEnd]), default: []].append(Int32(index))
            case .rawPrefix: rawPrefix[Int(entry.bytes.first!)].append(Int32(index))
            case .rawSuffix: rawSuffix[Int(entry.bytes.last!)].append(Int32(index))
            }
        }
        weights = categories.map(\.weight)
        ruleNames = categories.map { "lexicon:" + $0.name }
        listEntries = []
        func list(_ entries: [Int32]) -> EntryList {
            let start = Int32(listEntries.count)
            listEntries.append(contentsOf: entries)
            return EntryList(start: start, end: Int32(listEntries.count))
        }
        exactLists = []
        var exactPairs: [(key: UInt64, value: Int32)] = []
        for (hash, entries) in exact {
            exactPairs.append((key: hash, value: Int32(exactLists.count)))
            exactLists.append(list(entries))
        }
        exactTable = WordHashTable(exactPairs)
        rawPrefixLists = rawPrefix.map(list)
        rawSuffixLists = rawSuffix.map(list)
        firstWordLists = []
        innerWordLists = []
        var info: [UInt64: Int32] = [:]
        for (hash, entries) in firstWord {
            firstWordLists.append(list(entries))
            innerWordLists.append(list(entries.filter { self.entries[Int($0)].kind != .prefix }))
            info[hash, default: 0] |= Int32(firstWordLists.count) << WordClass.listShift
        }
        let classes: [(String, Int32)] = [
            ("stopwords", WordClass.stopword), ("second-person", WordClass.secondPerson),
            ("imperatives", WordClass.imperative), ("credits", WordClass.credit),
            ("months", WordClass.month), ("menu", WordClass.menu), ("reporting", WordClass.reporting),
            ("times", WordClass.time), ("comment-words", WordClass.comment),
            ("settings", WordClass.setting), ("stated-settings", WordClass.statedSetting),
        ]
        for (section, bit) in classes {
            for hash in wordLists[section] ?? [] { info[hash, default: 0] |= bit }
        }
        // `By`, and its word in Spanish, French, German, Italian, Russian, Swedish and Norwegian (`Av`),
        // Dutch (`Door`), Polish, Czech and Romanian (`Autor`) and Indonesian (`Oleh`); Danish (`Af`),
        // Latvian (`Autors`), Lithuanian (`Autorius`), a woman's in Polish and Czech (`Autorka`),
        // Hungarian (`Szerző`), Turkish (`Yazar`), Azerbaijani (`Müəllif`), Uzbek (`Muallif`),
        // Belarusian (`Аўтар`), Georgian (`ავტორი`) and Armenian (`Հեղինակ`), Slovenian (`Avtor`,
        // `Avtorica`); the writer's label in
        // Indonesian and Malay (`Penulis`), Swahili (`Mwandishi`), Finnish (`Kirjoittaja`) and Greek
        // (`Συντάκτης`); `by` in Swahili (`Na`), Tagalog (`Ni`), Afrikaans (`Deur`), Haitian Creole
        // (`Pa`) and Maltese (`Minn`), Thai (`โดย`, a line of a name only) and Khmer (`ដោយ`, before its
        // own colon `៖`); the reporter's and the writer's label in Persian (`خبرنگار`, `نویسنده`); `Written` before one of them
        // (``BoilerplateClassifier/writtenBylineOpeners``).
        for opener in ["by", "posted", "por", "par", "von", "di", "автор", "av", "door", "autor", "oleh",
                       "af", "autors", "autorius", "autorka", "avtor", "avtorica", "szerző", "yazar", "müəllif", "muallif", "аўтар", "ავტორი", "հեղինակ",
                       "penulis", "mwandishi", "kirjoittaja", "συντάκτης", "na", "ni", "deur", "pa", "minn", "โดย", "ដោយ", "خبرنگار", "نویسنده"]
            + BoilerplateClassifier.writtenBylineOpeners {
            info[WordHasher.hash(Array(opener.utf8)), default: 0] |= WordClass.bylineOpener
        }
        wordInfo = WordHashTable(info.map { (key: $0.key, value: $0.value) })
    }

    // MARK: - Matching

    /// Looks up the classes of every word of the line `normalizer` has just read, into its
    /// ``LineNormalizer/Word/classes``, and lists the words that open a phrase entry in its
    /// ``LineNormalizer/phraseWords``.
    ///
    /// - Returns: How many words open a phrase entry (most lines have none, and
    ///   ``match(_:phraseStarts:_:)`` then skips the phrases).
    @discardableResult
    func classify(_ normalizer: LineNormalizer) -> Int {
        let words = normalizer.words
        let starts = normalizer.phraseWords
        return wordInfo.withLookup { lookup in
            var found = 0
            // A cursor rather than an index: the record's address is then not remade per word.
            let end = words + normalizer.wordCount
            var word = words
            while word < end {
                let value = lookup.value(for: word.pointee.hash, absent: 0)
                word.pointee.classes = value
                // A branch, rarely taken: a store for every word and a counted flag cost 11
                // instructions a word more than the skipping loop they replaced.
                if value >> WordClass.listShift != 0 {
                    starts[found] = Int32(truncatingIfNeeded: word - words)
                    found &+= 1
                }
                word += 1
            }
            return found
        }
    }

    /// Calls `visit` with the category and kind of every entry the line matches.
    ///
    /// - Parameters:
    ///   - normalizer: The normalizer that has just run on the line, after ``classify(_:)``.
    ///   - phraseStarts: What ``classify(_:)`` returned: how many of ``LineNormalizer/phraseWords``.
    ///   - visit: Called once per matching entry.
    func match(_ normalizer: LineNormalizer, phraseStarts: Int, _ visit: (Int, Kind) -> Void) {
        let line = normalizer.normalizedBytes
        let lowered = normalizer.loweredBytes
        let words = normalizer.words
        patterns.withUnsafeBufferPointer { patterns in
            compiled.withUnsafeBufferPointer { compiled in
            listEntries.withUnsafeBufferPointer { listEntries in
                func equal(_ entry: CompiledEntry, _ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
                    var offset = start
                    for position in Int(entry.start)..<Int(entry.end) {
                        if text[offset] != patterns[position] { return false }
                        offset += 1
                    }
                    return true
                }
                func entries(_ list: EntryList) -> UnsafeBufferPointer<Int32> {
                    UnsafeBufferPointer(rebasing: listEntries[Int(list.start)..<Int(list.end)])
                }
                // Whole line.
                if line.count > 0 && line.count <= 80 {
                    let list = exactTable.withLookup { $0.value(for: normalizer.lineHash, absent: -1) }
                    if list >= 0 {
                        for index in entries(exactLists[Int(list)]) {
                            let entry = compiled[Int(index)]
                            if Int(entry.end - entry.start) == line.count && equal(entry, line, at: 0) { visit(Int(entry.category), .exact) }
                        }
                    }
                }
                // Phrases, by their first word: only the words ``classify(_:)`` listed as opening one.
                let starts = normalizer.phraseWords
                for slot in 0..<phraseStarts {
                    let position = Int(starts[slot])
                    let word = words + position
                    let listNumber = Int(word.pointee.classes >> WordClass.listShift)
                    let start = word.pointee.start
                    // The normalizer's buffer has eight readable bytes past the line.
                    let head = UInt64(littleEndian: UnsafeRawPointer(line.baseAddress! + start).loadUnaligned(as: UInt64.self))
                    let lists = position == 0 ? firstWordLists : innerWordLists
                    for index in entries(lists[listNumber - 1]) {
                        let entry = compiled[Int(index)]
                        let end = start + Int(entry.end - entry.start)
                        guard end <= line.count, head & entry.headMask == entry.head else { continue }
                        if entry.kind == .prefix && end < line.count && line[end] != 0x20 { continue }
                        if equal(entry, line, at: start) { visit(Int(entry.category), entry.kind) }
                    }
                }
                // Raw patterns, on short lines only.
                guard let first = lowered.first, let last = lowered.last else { return }
                // The line's first eight bytes against each entry's, as the phrases are tested: the
                // entries of a bucket share their first byte (every Devanagari, Bengali or Tamil
                // entry opens on 0xE0), so the byte-by-byte comparison is left for those that pass.
                // (The lowered buffer too has eight readable bytes past the line.)
                let loweredHead = UInt64(littleEndian: UnsafeRawPointer(lowered.baseAddress!).loadUnaligned(as: UInt64.self))
                for index in entries(rawPrefixLists[Int(first)]) {
                    let entry = compiled[Int(index)]
                    guard Int(entry.end - entry.start) <= lowered.count, loweredHead & entry.headMask == entry.head else { continue }
                    if equal(entry, lowered, at: 0) { visit(Int(entry.category), .rawPrefix) }
                }
                for index in entries(rawSuffixLists[Int(last)]) {
                    let entry = compiled[Int(index)]
                    let length = Int(entry.end - entry.start)
                    if length <= lowered.count && equal(entry, lowered, at: lowered.count - length) { visit(Int(entry.category), .rawSuffix) }
                }
            }
            }
        }
    }

    /// Whether the word with `hash` is one by which a site speaks of itself to its reader (`our`,
    /// `notre`, `onze`: the `first-person-plural` word list). Looked up for a few lines a page only,
    /// so it has no bit in ``WordClass``.
    func isOwnWord(_ hash: UInt64) -> Bool { ownWords.contains(hash) }

    /// Whether the word with `hash` names a messenger a site keeps a channel on (`WhatsApp`,
    /// `Telegram`, `Zalo`: the `channels` word list). Looked up for a few lines a page only.
    func isChannelWord(_ hash: UInt64) -> Bool { channelWords.contains(hash) }

    /// Whether the word with `hash` names Google's news app after `Google` (`News`, `Notícias`: the
    /// `news-apps` word list).
    func isNewsAppWord(_ hash: UInt64) -> Bool { newsAppWords.contains(hash) }

    /// Whether the word with `hash` has the class `bit` (a ``WordClass`` constant).
    func word(_ hash: UInt64, is bit: Int32) -> Bool {
        (wordInfo.withLookup { $0.value(for: hash, absent: 0) } & bit) != 0
    }
}
