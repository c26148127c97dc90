/// A half-open range `[start, end)` of Unicode code point offsets into a document's text.
///
/// Python's `text[start:end]` gives the same characters.
public struct Span: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The first code point.
    public var start: Int
    /// One past the last code point.
    public var end: Int

    /// Creates a span; `start` must not exceed `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "span start \(start) is after its end \(end)")
        self.start = start
        self.end = end
    }

    /// `end - start`.
    public var length: Int { end - start }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "[\(start), \(end))" }
}

extension String {
    /// The characters of a code point span (clamped to the string).
    ///
    /// - Complexity: O(*n*) in `span.end`; for many spans over one text, index the text's
    ///   `unicodeScalars` once instead.
    public func substring(_ span: Span) -> Substring {
        let scalars = unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: span.start, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let end = scalars.index(start, offsetBy: span.length, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return Substring(scalars[start..<end])
    }
}
