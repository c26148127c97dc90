/// A word, a punctuation mark, or a whole quotation, in one paragraph of an article.
///
/// Attribution works on these: a quotation is one token, so the periods inside it never end a
/// sentence and the words inside it are never taken for a speaker.
struct QuoteToken: Sendable {
    enum Kind: Sendable, Equatable {
        case word
        case punctuation
        /// A quotation; the associated value indexes the document's quotations.
        case quotation(Int)
    }

    var kind: Kind
    /// Code point offsets into the document.
    var start: Int
    var end: Int
    /// The punctuation mark as written (NUL for words and quotations: read words from the
    /// document's scalars). A scalar, not a string: a token copied or freed then costs no
    /// reference counting for it.
    var mark: Unicode.Scalar
    /// `text`, lowercased, without a trailing possessive `'s`.
    var lower: String
    /// Whether the first letter is upper case.
    var isCapitalized: Bool
    /// The word lists `lower` is in.
    var flags: LexiconFlags = []
    /// Code points of a possessive ending: 2 for `'s`, 1 for `s'`, else 0.
    var possessiveLength: Int8 = 0
    /// The token range of the capitalized name this word belongs to, computed once per paragraph
    /// (`-1` when it is in none).
    var runStart: Int32 = -1
    var runEnd: Int32 = -1
    /// Whether a mention of the `names` stage covers the word.
    var inNameMention = false

    /// Whether `lower` is `word`. Words of other lengths, most of those asked, are told apart
    /// without a call into the standard library's string comparison.
    @inline(__always)
    func lowerIs(_ word: String) -> Bool { lower.utf8.count == word.utf8.count && lower == word }

    /// Whether the word is in the list `flag`.
    func has(_ flag: LexiconFlags) -> Bool { flags.contains(flag) }

    var isWord: Bool { kind == .word }
    var quotationIndex: Int? {
        if case .quotation(let index) = kind { return index }
        return nil
    }
    /// The punctuation mark as a string (empty for words and quotations).
    var text: String { kind == .punctuation ? String(mark) : "" }
    /// Whether this is the punctuation mark `mark`.
    func isPunctuation(_ mark: Unicode.Scalar) -> Bool { kind == .punctuation && self.mark == mark }
    /// Whether it is a dotted initialism (`U.S`, `U.N`; the final period is a separate token).
    var isDottedInitialism: Bool {
        isCapitalized && end - start <= 5 && lower.utf8.contains(UInt8(ascii: "."))
    }
    /// Whether it ends with a possessive `'s` or `s'`.
    var isPossessive: Bool { possessiveLength > 0 }
}
