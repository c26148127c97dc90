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

    private(set) var categories: [Category] = []
    private(set) var entries: [Entry] = []
    private var categoryIndex: [String: Int] = [:]

    // Lookup structures, built by `seal()`.
    private var exactTable = WordHashTable([])
    private var exactLists: [[Int]] = []
    private var firstWordTable = WordHashTable([])
    private var firstWordLists: [[Int]] = []
    private var rawPrefixEntries: [Int] = []
    private var rawSuffixEntries: [Int] = []

    /// Word lists by section name (`stopwords`, `second-person`, `imperatives`, `credits`, `months`).
    private var wordLists: [String: Set<UInt64>] = [:]
    private(set) var stopwords = WordHashTable([])
    private(set) var secondPerson = WordHashTable([])
    private(set) var imperatives = WordHashTable([])
    private(set) var credits = WordHashTable([])
    private(set) var months = WordHashTable([])
    private(set) var menuWords = WordHashTable([])
    private(set) var bylineOpeners = WordHashTable([])

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
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources/boilerplate") else {
            throw OptionError("the boilerplate stage's resource \(name).txt is missing from the bundle")
        }
        return try String(contentsOf: url, encoding: .utf8)
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
            var normalizer = LineNormalizer()
            var utf8 = pattern
            utf8.withUTF8 { normalizer.run($0) }
            let bytes: [UInt8]
            switch kind {
            case .exact, .prefix, .contains: bytes = normalizer.normalized
            case .rawPrefix, .rawSuffix: bytes = normalizer.lowered
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
                var normalizer = LineNormalizer()
                var utf8 = String(word)
                utf8.withUTF8 { normalizer.run($0) }
                // `you're` normalizes to two words; each is listed.
                for hash in normalizer.wordHashes { wordLists[section, default: []].insert(hash) }
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
        var exact: [UInt64: [Int]] = [:]
        var firstWord: [UInt64: [Int]] = [:]
        rawPrefixEntries = []
        rawSuffixEntries = []
        for (index, entry) in entries.enumerated() {
            switch entry.kind {
            case .exact:
                exact[WordHasher.hash(entry.bytes), default: []].append(index)
            case .prefix, .contains:
                let firstEnd = entry.bytes.firstIndex(of: 0x20) ?? entry.bytes.count
                firstWord[WordHasher.hash(entry.bytes[..<firstEnd]), default: []].append(index)
            case .rawPrefix: rawPrefixEntries.append(index)
            case .rawSuffix: rawSuffixEntries.append(index)
            }
        }
        exactLists = Array(exact.values)
        exactTable = WordHashTable(exact.keys.enumerated().map { (key: $0.element, value: Int32($0.offset)) })
        firstWordLists = Array(firstWord.values)
        firstWordTable = WordHashTable(firstWord.keys.enumerated().map { (key: $0.element, value: Int32($0.offset)) })
        stopwords = WordHashTable(set: wordLists["stopwords"] ?? [])
        secondPerson = WordHashTable(set: wordLists["second-person"] ?? [])
        imperatives = WordHashTable(set: wordLists["imperatives"] ?? [])
        credits = WordHashTable(set: wordLists["credits"] ?? [])
        months = WordHashTable(set: wordLists["months"] ?? [])
        menuWords = WordHashTable(set: wordLists["menu"] ?? [])
        bylineOpeners = WordHashTable(set: ["by", "posted", "por", "par", "von", "di", "автор"].map { WordHasher.hash(Array($0.utf8)) })
    }

    // MARK: - Matching

    /// The categories a normalized line matches, each with its summed weight, through `visit`.
    ///
    /// - Parameters:
    ///   - normalizer: The normalizer that has just run on the line.
    ///   - visit: Called once per matching entry with its category.
    func match(_ normalizer: LineNormalizer, _ visit: (Int, Kind) -> Void) {
        let normalized = normalizer.normalized
        if normalized.isEmpty && normalizer.lowered.isEmpty { return }
        if let list = exactTable.value(for: WordHasher.hash(normalized)) {
            for index in exactLists[Int(list)] where entries[index].bytes == normalized {
                visit(entries[index].category, .exact)
            }
        }
        normalized.withUnsafeBufferPointer { line in
            for (position, start) in normalizer.wordStarts.enumerated() {
                guard let list = firstWordTable.value(for: normalizer.wordHashes[position]) else { continue }
                for index in firstWordLists[Int(list)] {
                    let entry = entries[index]
                    if entry.kind == .prefix && position != 0 { continue }
                    let end = start + entry.bytes.count
                    guard end <= line.count else { continue }
                    if entry.kind == .prefix && end < line.count && line[end] != 0x20 { continue }
                    var equal = true
                    var offset = 0
                    for byte in entry.bytes {
                        if line[start + offset] != byte { equal = false; break }
                        offset += 1
                    }
                    if equal { visit(entry.category, entry.kind) }
                }
            }
        }
        let lowered = normalizer.lowered
        for index in rawPrefixEntries {
            let bytes = entries[index].bytes
            if lowered.count >= bytes.count && lowered.starts(with: bytes) { visit(entries[index].category, .rawPrefix) }
        }
        for index in rawSuffixEntries {
            let bytes = entries[index].bytes
            if lowered.count >= bytes.count && lowered[(lowered.count - bytes.count)...].elementsEqual(bytes) {
                visit(entries[index].category, .rawSuffix)
            }
        }
    }
}
