import Pipeline

/// Converts UTF-16 ranges into code point spans (the offsets `pipe` reports).
enum CodePointSpans {
    /// The spans of ascending, non-overlapping UTF-16 `ranges` into `units`; `hasSurrogates`
    /// tells whether `units` holds any surrogate pair.
    ///
    /// - Complexity: O(*n*) for *n* code units, in one pass; text without surrogate pairs (no
    ///   emoji or other astral characters) needs no conversion at all.
    static func spans(_ ranges: [Range<Int>], in units: [UInt16], hasSurrogates: Bool) -> [Span] {
        if !hasSurrogates {
            return ranges.map { Span(start: $0.lowerBound, end: $0.upperBound) }
        }
        return units.withUnsafeBufferPointer { buffer in
            var spans: [Span] = []
            spans.reserveCapacity(ranges.count)
            var unit = 0
            var codePoints = 0
            func advance(to target: Int) {
                while unit < target {
                    // A low surrogate after a high one is part of the same code point.
                    let u = buffer[unit]
                    if !(u & 0xFC00 == 0xDC00 && unit > 0 && buffer[unit - 1] & 0xFC00 == 0xD800) { codePoints += 1 }
                    unit += 1
                }
            }
            for range in ranges {
                advance(to: range.lowerBound)
                let start = codePoints
                advance(to: range.upperBound)
                spans.append(Span(start: start, end: codePoints))
            }
            return spans
        }
    }
}
