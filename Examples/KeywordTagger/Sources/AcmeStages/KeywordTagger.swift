import Foundation
public import Pipeline

/// The `acme.keywords` stage: finds the entries of a keyword or entity list in each document.
///
/// Matching is on whole tokens, longest entry first, left to right, without overlaps. White
/// space between the words of an entry may be any run of spaces or a single line break (a name
/// wrapped over two lines), never a blank line.
public struct KeywordTagger: Stage {
    public static let name = "acme.keywords"
    public static let summary = "Tags the entries of a keyword or entity list (people, places…) with code point offsets."
    public static let documentation = """
        Finds every occurrence of the entries of a word list and sets the 'acme.keywords'
        annotation: [{start, end, text, keyword, label}], in text order, offsets in code points.

        The list file has one entry per line; a line [label] labels the entries after it (for
        example [person], [place]); lines starting with # are comments. Entries match whole words
        only, the longest entry first, without overlaps; white space inside an entry matches any
        run of spaces or one line break.
        """
    public static let optionDocumentation = [
        OptionDocumentation("word_list", type: "string", default: "none", help: "Path of a list file (relative to the current directory)."),
        OptionDocumentation("words", type: "[string]", default: "[]", help: "Entries given inline, in addition to the file's."),
        OptionDocumentation("label", type: "string", default: "\"keyword\"", help: "The label of inline entries and of file entries before any [label] line."),
        OptionDocumentation("case_sensitive", type: "boolean", default: "false", help: "Match case exactly; by default 'BISHKEK' matches the entry 'Bishkek'."),
    ]
    public static var provides: [AnyAnnotationKey] { [AnyAnnotationKey(KeywordsKey.self)] }

    /// The options of `acme.keywords`.
    public struct Options: Decodable, Sendable {
        /// A list file.
        public var wordList: String?
        /// Inline entries.
        public var words: [String] = []
        /// The default label.
        public var label: String = "keyword"
        /// Whether case must match.
        public var caseSensitive: Bool = false

        /// Options with inline `words` and the defaults.
        public init(wordList: String? = nil, words: [String] = [], label: String = "keyword", caseSensitive: Bool = false) {
            self.wordList = wordList
            self.words = words
            self.label = label
            self.caseSensitive = caseSensitive
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Options()
            wordList = try container.decodeIfPresent(String.self, forKey: .wordList)
            words = try container.decodeIfPresent([String].self, forKey: .words) ?? defaults.words
            label = try container.decodeIfPresent(String.self, forKey: .label) ?? defaults.label
            caseSensitive = try container.decodeIfPresent(Bool.self, forKey: .caseSensitive) ?? defaults.caseSensitive
        }

        enum CodingKeys: String, CodingKey {
            case words, label
            case wordList = "word_list"
            case caseSensitive = "case_sensitive"
        }
    }

    private let list: KeywordList

    public init(options: Options) throws {
        var list = KeywordList(caseSensitive: options.caseSensitive)
        if let path = options.wordList {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw OptionError("cannot read word_list '\(path)'")
            }
            guard let text = String(data: data, encoding: .utf8) else { throw OptionError("word_list '\(path)' is not UTF-8") }
            do {
                try list.add(fileText: text, defaultLabel: options.label, path: path)
            } catch {
                throw OptionError("\(error)")
            }
        }
        for word in options.words { list.add(word, label: options.label) }
        guard list.count > 0 else { throw OptionError("no entries: give word_list \"FILE\" or words [\"…\"]") }
        self.list = list
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        let scalars = Array(document.text.unicodeScalars)
        let tokens = Tokenizer.tokens(in: scalars)
        let keys = tokens.map { list.key(scalars[$0]) }
        var matches: [KeywordMatch] = []
        var index = 0
        while index < tokens.count {
            guard let entry = list.entriesByFirstToken[keys[index]]?.first(where: { entryMatches($0, at: index, keys, tokens, scalars) }) else {
                index += 1
                continue
            }
            let start = tokens[index].lowerBound
            let end = tokens[index + entry.tokens.count - 1].upperBound
            matches.append(KeywordMatch(
                start: start, end: end, text: String(String.UnicodeScalarView(scalars[start..<end])),
                keyword: entry.keyword, label: entry.label))
            index += entry.tokens.count
        }
        document[KeywordsKey.self] = matches
    }

    private func entryMatches(
        _ entry: KeywordList.Entry, at index: Int, _ keys: [String], _ tokens: [Range<Int>], _ scalars: [Unicode.Scalar]
    ) -> Bool {
        guard index + entry.tokens.count <= tokens.count else { return false }
        for offset in 1..<max(1, entry.tokens.count) {
            guard keys[index + offset] == entry.tokens[offset] else { return false }
            let gap = scalars[tokens[index + offset - 1].upperBound..<tokens[index + offset].lowerBound]
            if gap.isEmpty == entry.spaced[offset - 1] { return false }
            if gap.filter({ $0 == "\n" }).count > 1 { return false }
        }
        return true
    }
}
