public import Pipeline

/// Sentence boundaries: code point spans into the document's text, trimmed of surrounding white
/// space, in order and non-overlapping.
public enum SentencesKey: CodableAnnotationKey {
    public typealias Value = [Span]
    public static let name = "sentences"
    public static let carriesOffsets = true
}

extension Annotations {
    /// Sentence spans, in order. Set by the `sentences` stage.
    public internal(set) var sentences: [Span]? {
        get { self[SentencesKey.self] }
        set { self[SentencesKey.self] = newValue }
    }
}
