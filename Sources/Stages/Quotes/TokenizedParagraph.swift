/// One paragraph split into tokens and sentences.
struct TokenizedParagraph: Sendable {
    var tokens: [QuoteToken]
    /// Sentences as token index ranges, in order, covering every token.
    var sentences: [Range<Int>]
    /// The token index of each quotation in the paragraph, by quotation index.
    var quotationTokens: QuotationTokens
    /// The token index of the dash that ends a capitals dateline opening the paragraph
    /// (`DONETSK OBLAST — …`), or 0 when it has none.
    var datelineEnd = 0

    init(tokens: [QuoteToken], sentences: [Range<Int>]) {
        self.tokens = tokens
        self.sentences = sentences
        var pairs: [(quotation: Int, token: Int)] = []
        // Read in place: a token copied whole costs a retain and a release of its string.
        for k in tokens.indices {
            if case .quotation(let q) = tokens[k].kind { pairs.append((q, k)) }
        }
        self.quotationTokens = QuotationTokens(pairs: pairs)
    }

    /// The token index of each quotation of a paragraph, by quotation index: a paragraph holds a
    /// few quotations, in ascending order, so a short array answers without hashing (a
    /// dictionary per paragraph was a tenth of its tokenizing).
    struct QuotationTokens: Sendable {
        fileprivate var pairs: [(quotation: Int, token: Int)]

        var isEmpty: Bool { pairs.isEmpty }

        subscript(quotation: Int) -> Int? {
            for pair in pairs where pair.quotation == quotation { return pair.token }
            return nil
        }
    }

    /// The sentence that holds token `index`.
    func sentence(containing index: Int) -> Range<Int> {
        var low = 0, high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].upperBound <= index { low = mid + 1 } else { high = mid }
        }
        return low < sentences.count && sentences[low].contains(index) ? sentences[low] : 0..<tokens.count
    }
}
