import Foundation
import Pipeline

/// The word lists behind the sentence splitter's corrective rules, read from the editable rule
/// files in `Resources/sentences/`.
///
/// Lookups take a word as written (without its final period); abbreviation lookups are exact,
/// the other lists ignore case.
struct SentenceLexicon: Sendable {
    /// How a period after an abbreviation behaves before a capitalised word.
    enum AbbreviationClass: String, Sendable {
        /// Titles and introducers (`Dr.`, `Gen.`, `vs.`): never end a sentence there.
        case prefix
        /// `Inc.`, `U.S.`, `Oct.`: end a sentence only before a usual sentence opener.
        case abbreviation
        /// `a.m.`, `p.m.`: end a sentence unless the next word continues the time.
        case time
        /// `etc.`: end a sentence before any capitalised word.
        case final
    }

    /// Abbreviation (without final period) to its class.
    var abbreviations: [String: AbbreviationClass] = [:]
    /// Lowercased words that usually open a sentence.
    var sentenceStarters: Set<String> = []
    /// Lowercased verbs of speech (`said`, `asked`).
    var speechVerbs: Set<String> = []
    /// Lowercased words that continue a time (`Sunday`, `GMT`).
    var timeContinuations: Set<String> = []
    /// Lowercased prepositions that open a time phrase (`At 5 a.m. …`).
    var timeOpeners: Set<String> = []

    /// The lists shipped with `pipe`.
    static func builtIn() throws -> SentenceLexicon {
        var lexicon = SentenceLexicon()
        try lexicon.addAbbreviations(fromFileContents: try resource("abbreviations"), origin: "abbreviations.txt")
        lexicon.sentenceStarters = Set(words(try resource("sentence-starters")).map { $0.lowercased() })
        lexicon.speechVerbs = Set(words(try resource("speech-verbs")).map { $0.lowercased() })
        lexicon.timeContinuations = Set(words(try resource("time-continuations")).map { $0.lowercased() })
        lexicon.timeOpeners = Set(words(try resource("time-openers")).map { $0.lowercased() })
        return lexicon
    }

    /// Adds the entries of an abbreviation file (see `abbreviations.txt` for the format).
    ///
    /// - Throws: ``OptionError`` for an unknown section name.
    mutating func addAbbreviations(fromFileContents contents: String, origin: String) throws {
        var current = AbbreviationClass.abbreviation
        for (number, rawLine) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                let name = String(line.dropFirst().dropLast())
                guard let found = AbbreviationClass(rawValue: name) else {
                    throw OptionError("\(origin):\(number + 1): unknown section [\(name)]; expected [prefix], [abbreviation], [time] or [final]")
                }
                current = found
                continue
            }
            add(abbreviation: line, as: current)
        }
    }

    /// Adds one abbreviation; a final period, if written, is dropped.
    mutating func add(abbreviation: String, as kind: AbbreviationClass) {
        var word = abbreviation.trimmingCharacters(in: .whitespaces)
        while word.hasSuffix(".") { word.removeLast() }
        guard !word.isEmpty else { return }
        abbreviations[word] = kind
    }

    private static func resource(_ name: String) throws -> String {
        try RuleFile.bundled(name, stage: "sentences")
    }

    /// The non-comment, non-empty lines of a word list.
    static func words(_ contents: String) -> [String] { RuleFile.lines(contents) }
}
