import Foundation

/// A list of keywords or entities, tokenized once and indexed by first token.
///
/// The file format is one entry per line; a line `[label]` labels the entries after it; `#`
/// starts a comment line; blank lines are ignored:
///
/// ```text
/// [person]
/// Sadyr Japarov
/// [place]
/// Bishkek
/// ```
struct KeywordList: Sendable {
    struct Entry: Sendable {
        var keyword: String
        var label: String
        var tokens: [String]
        /// For each gap between two tokens: whether the entry has white space there (`U.S.` has none).
        var spaced: [Bool]
    }

    private(set) var entriesByFirstToken: [String: [Entry]] = [:]
    let caseSensitive: Bool
    private(set) var count = 0

    init(caseSensitive: Bool) {
        self.caseSensitive = caseSensitive
    }

    /// Adds one entry; an entry whose tokens are already listed keeps its first label.
    mutating func add(_ keyword: String, label: String) {
        let scalars = Array(keyword.unicodeScalars)
        let tokens = Tokenizer.tokens(in: scalars)
        guard !tokens.isEmpty else { return }
        let keys = tokens.map { key(scalars[$0]) }
        let spaced = zip(tokens, tokens.dropFirst()).map { $0.upperBound < $1.lowerBound }
        var candidates = entriesByFirstToken[keys[0], default: []]
        guard !candidates.contains(where: { $0.tokens == keys && $0.spaced == spaced }) else { return }
        candidates.append(Entry(keyword: keyword.trimmingCharacters(in: .whitespaces), label: label, tokens: keys, spaced: spaced))
        // Longest first, so that "Sadyr Japarov" wins over "Sadyr".
        candidates.sort { $0.tokens.count > $1.tokens.count }
        entriesByFirstToken[keys[0]] = candidates
        count += 1
    }

    /// Adds the entries of a list file's text.
    ///
    /// - Throws: ``ListError`` for a malformed `[label]` line.
    mutating func add(fileText: String, defaultLabel: String, path: String) throws {
        var label = defaultLabel
        for (index, rawLine) in fileText.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw ListError("\(path):\(index + 1): a label line is written [label], found '\(line)'")
                }
                label = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                continue
            }
            add(line, label: label)
        }
    }

    /// The comparison key of a token.
    func key(_ token: ArraySlice<Unicode.Scalar>) -> String {
        var string = String(String.UnicodeScalarView(token))
        if !caseSensitive { string = string.lowercased() }
        return string
    }
}

/// A word list that cannot be used.
struct ListError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Splits text into tokens: runs of letters, digits and combining marks are one token; every
/// other character that is not white space is a token of its own. So a keyword matches whole
/// words only (`Osh` not inside `Oshkosh`), and `Japarov's` contains the token `Japarov`.
enum Tokenizer {
    static func tokens(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var wordStart: Int?
        for (offset, scalar) in scalars.enumerated() {
            if isWordScalar(scalar) {
                if wordStart == nil { wordStart = offset }
                continue
            }
            if let start = wordStart {
                tokens.append(start..<offset)
                wordStart = nil
            }
            if !scalar.properties.isWhitespace { tokens.append(offset..<offset + 1) }
        }
        if let start = wordStart { tokens.append(start..<scalars.count) }
        return tokens
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation: return true
        default: return false
        }
    }
}
