/// A pull quote: a sentence of the story printed again, larger, between its paragraphs.
///
/// A page sets a line of a paragraph apart as a quote box (`"There simply isn't another tenant of
/// that size waiting."` under the paragraph that says it, with `she said` around it). Extracted,
/// it is a line of prose like any other; what gives it away is that its words are a story line's
/// words again, in the same order, within a few lines. A story does not repeat its own sentence
/// next to itself, so the shorter copy goes and the paragraph that holds it stays. The copy is a
/// sentence of six words at least, closed by its stop: a subheading quoting a phrase of the
/// paragraph under it (`'It's more than a shop'`, `”Jag grät i tre dagar”`) has none, and stays.
extension BoilerplateClassifier {
    /// Removes the kept lines whose words are, in order, within a longer kept line nearby.
    func pullQuotes(_ lines: inout [LineFeatures], nonBlank: [Int], normalized: [UInt8]) {
        normalized.withUnsafeBufferPointer { text in
            for (position, index) in nonBlank.enumerated() {
                let line = lines[index]
                guard !line.removed, line.zone == .body, line.terminal, line.words >= 6, line.words <= 40, !line.storysOwn,
                      !line.normalizedRange.isEmpty else { continue }
                let lower = max(0, position - 3), upper = min(nonBlank.count - 1, position + 3)
                for neighbour in lower...upper where neighbour != position {
                    let other = lines[nonBlank[neighbour]]
                    guard !other.removed, other.words > line.words, !other.normalizedRange.isEmpty,
                          Self.contains(text, other.normalizedRange, wordsOf: line.normalizedRange) else { continue }
                    _ = remove(&lines, index, rule: .pullQuote)
                    break
                }
            }
        }
    }

    /// Whether the normalized words in `needle` occur in `haystack` as whole words.
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ haystack: Range<Int>, wordsOf needle: Range<Int>) -> Bool {
        guard needle.count < haystack.count else { return false }
        let first = text[needle.lowerBound]
        // From each word start of the haystack whose first byte is the needle's.
        var start = haystack.lowerBound
        while start + needle.count <= haystack.upperBound {
            if text[start] == first, start == haystack.lowerBound || text[start - 1] == 0x20 {
                let end = start + needle.count
                if end == haystack.upperBound || text[end] == 0x20,
                   UnsafeBufferPointer(rebasing: text[start..<end]).elementsEqual(UnsafeBufferPointer(rebasing: text[needle])) {
                    return true
                }
            }
            start += 1
        }
        return false
    }
}
