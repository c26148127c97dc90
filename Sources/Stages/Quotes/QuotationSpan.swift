/// A quotation found by ``QuoteMarkScanner``: code point offsets into the text.
struct QuotationSpan: Sendable, Equatable {
    /// The opening mark.
    var start: Int
    /// One past the closing mark, or the end of the paragraph for a quotation that goes on in
    /// the next paragraph.
    var end: Int
    /// The quoted words, without the marks.
    var contentStart: Int
    var contentEnd: Int
    /// The index of the line (paragraph) it is in.
    var line: Int
    /// Whether it goes on from a quotation left open at the end of the previous paragraph.
    var continuesPrevious = false
    /// Whether it is left open at the end of its paragraph and reopened in the next.
    var continuesInNext = false
}
