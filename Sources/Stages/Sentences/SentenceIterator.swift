import ICU
import Pipeline

/// One worker's ICU sentence iterator (ICU iterators are not thread-safe).
final class SentenceIterator {
    private let iterator: BreakIterator

    init(locale: String) throws {
        iterator = try BreakIterator(.sentence, locale: locale)
    }

    /// The sentences of `text` as code point spans.
    func sentences(in text: String, resolver: SentenceBoundaryResolver) throws -> [Span] {
        let (units, hasSurrogates) = UTF16Text.unitsAndSurrogates(text)
        let icuBoundaries = iterator.boundaries(utf16: units).map(\.utf16Offset)
        let ranges = units.withUnsafeBufferPointer { resolver.sentences(in: $0, icuBoundaries: icuBoundaries) }
        return CodePointSpans.spans(ranges, in: units, hasSurrogates: hasSurrogates)
    }
}
