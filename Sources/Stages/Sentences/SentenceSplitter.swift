import Foundation
import ICU
public import Pipeline

/// The `sentences` stage: sentence boundaries from ICU's sentence break iterator, corrected by
/// rules for the places where ICU is known to be wrong.
///
/// ```
/// stage sentences {
///     locale "en"
///     abbreviations ["Dept.", "Gov.-elect"]
/// }
/// ```
///
/// It sets the ``SentencesKey`` annotation: code point spans into the text, trimmed of white
/// space, in order and non-overlapping.
public struct SentenceSplitter: Stage {
    public static let name = "sentences"
    public static let summary = "Splits the text into sentences: ICU's sentence iterator plus rules for abbreviations, initials, quotes, lists, ellipses and headlines."
    public static let documentation = """
        Sets `sentences`: a list of {start, end} code point offsets into the text, trimmed of white
        space, in order, non-overlapping (Python's text[start:end] is the sentence).

        ICU's sentence break iterator proposes the boundaries; rules then correct it:
        - after an abbreviation or initial (Mr., Gen., St., U.S., Inc., Oct., J. R.) the sentence goes
          on, unless the next word is a usual sentence opener (`I live in the U.S. How about you?`);
          titles (Dr., Sen., Prof., vs., e.g.) never end one; `a.m.`/`p.m.` end one unless a day,
          month or time zone follows; `etc.` ends one before any capital; a number after `No.`,
          `p.`, `Oct.` continues; a second initial continues a name (`E. A. Poe`);
        - a full stop before a number ends a sentence (`in 2019. 2020 was…`);
        - `?` or `!` followed by a lowercase word, or by a name and a verb of speech, goes on
          (`"Who will pay?" asked one resident.`, `"Why?" Smith asked.`);
        - a quotation that closes with a comma is part of the sentence that goes on after it, so
          `"The vote was stolen. We want a new one," he said.` is one sentence; a quotation
          continued into the next paragraph without a closing mark ends at the paragraph;
        - closing quotes and brackets stay with the sentence they close; `(Smith 55).` and a
          credit such as `(AFP)` at the end of a paragraph join the sentence before them;
        - a blank line always ends a sentence; a line without terminal punctuation (a headline) is
          a sentence of its own, unless the next line starts in lowercase (hard-wrapped text) or
          the line is a dateline ending in a dash (`BISHKEK —`), which belongs to the first sentence;
        - inline lists (`1) … 2) …`, `a. … b. …`) and bullets (•, ⁃, ▪) start new sentences;
          a marker alone (`1.`, `Q.`) is never a sentence;
        - ellipses: `...`/`…` end a sentence before a capital; `. . .` never does; `. . . .` does;
        - web addresses and e-mail addresses are never split; an emoji after `!` stays with its
          sentence.

        The word lists are editable files in Resources/sentences/ (abbreviations.txt,
        sentence-starters.txt, speech-verbs.txt, time-continuations.txt, time-openers.txt).
        Offsets are Unicode code points, so emoji and combining characters count as in Python.
        """
    public static let optionDocumentation = [
        OptionDocumentation("locale", type: "string", default: "\"en\"", help: "ICU locale of the sentence break iterator, such as \"en\", \"ru\" or \"en@ss=standard\"."),
        OptionDocumentation("abbreviations", type: "[string]", default: "[]", help: "More abbreviations that may end a sentence only before a usual sentence opener, such as [\"Dept.\", \"Gov.-elect\"]."),
        OptionDocumentation("titles", type: "[string]", default: "[]", help: "More titles and prefixes that never end a sentence, such as [\"Amb.\", \"Cllr.\"]."),
        OptionDocumentation("abbreviation_file", type: "string", default: nil, help: "A file in the format of Resources/sentences/abbreviations.txt ([prefix], [abbreviation], [time] and [final] sections) whose entries are added to the built-in lists."),
    ]
    public static let provides = [AnyAnnotationKey(SentencesKey.self)]

    /// The options of the `sentences` stage.
    public struct Options: Decodable, Sendable {
        /// ICU locale for the break iterator.
        public var locale: String = "en"
        /// Extra abbreviations of the `[abbreviation]` class.
        public var abbreviations: [String] = []
        /// Extra abbreviations of the `[prefix]` class.
        public var titles: [String] = []
        /// A path to an extra abbreviation file.
        public var abbreviationFile: String?

        /// The defaults.
        public init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Options()
            locale = try container.decodeIfPresent(String.self, forKey: .locale) ?? defaults.locale
            abbreviations = try container.decodeIfPresent([String].self, forKey: .abbreviations) ?? defaults.abbreviations
            titles = try container.decodeIfPresent([String].self, forKey: .titles) ?? defaults.titles
            abbreviationFile = try container.decodeIfPresent(String.self, forKey: .abbreviationFile)
        }

        enum CodingKeys: String, CodingKey {
            case locale, abbreviations, titles
            case abbreviationFile = "abbreviation_file"
        }
    }

    private let locale: String
    let resolver: SentenceBoundaryResolver
    /// A digest of the bundled `Resources/sentences/` files and of the files named by options.
    public let rulesDigest: String

    public init(options: Options) throws {
        rulesDigest = RuleFile.digest(stage: "sentences", files: [options.abbreviationFile].compactMap { $0 })
        var lexicon = try SentenceLexicon.builtIn()
        if let path = options.abbreviationFile {
            try lexicon.addAbbreviations(fromFileContents: try RuleFile.read(path, option: "abbreviation_file"), origin: path)
        }
        for abbreviation in options.abbreviations { lexicon.add(abbreviation: abbreviation, as: .abbreviation) }
        for title in options.titles { lexicon.add(abbreviation: title, as: .prefix) }
        do {
            _ = try BreakIterator(.sentence, locale: options.locale)
        } catch {
            throw OptionError("locale '\(options.locale)' cannot open an ICU sentence iterator: \(error)")
        }
        locale = options.locale
        resolver = SentenceBoundaryResolver(lexicon: lexicon)
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        let iterator = try context.local { try SentenceIterator(locale: locale) }
        document.annotations.sentences = try iterator.sentences(in: document.text, resolver: resolver)
    }
}
