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
                // (Fields read in place: a copy of each line and of each neighbour cost more than the search.)
                guard !lines[index].removed, lines[index].zone == .body, lines[index].terminal, (6...40).contains(lines[index].words),
                      !lines[index].storysOwn, !lines[index].normalizedRange.isEmpty else { continue }
                let needle = lines[index].normalizedRange, words = lines[index].words
                let lower = max(0, position - 3), upper = min(nonBlank.count - 1, position + 3)
                for neighbour in lower...upper where neighbour != position {
                    let other = nonBlank[neighbour]
                    guard lines[other].words > words, !lines[other].removed,
                          Self.contains(text, lines[other].normalizedRange, wordsOf: needle) else { continue }
                    _ = remove(&lines, index, rule: .pullQuote)
                    break
                }
            }
        }
    }

    /// Whether the normalized words in `needle` occur in `haystack` as whole words, the needle
    /// shorter than the haystack (``BoilerplateClassifier/occurs(_:in:wholeWords:)``).
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ haystack: Range<Int>, wordsOf needle: Range<Int>) -> Bool {
        needle.count < haystack.count
            && occurs(UnsafeBufferPointer(rebasing: text[needle]), in: UnsafeBufferPointer(rebasing: text[haystack]), wholeWords: true)
    }
}
