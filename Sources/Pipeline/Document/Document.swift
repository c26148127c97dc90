/// One article (or any text record) travelling through a pipeline.
///
/// ```swift
/// var document = Document(id: "001", text: "Hello.")
/// document.annotations[SentencesKey.self] = [Span(start: 0, end: 6)]
/// ```
public struct Document: Sendable {
    /// The record's identity: a `.txt` file's name without extension, or a JSONL record's `id`.
    public var id: String
    /// Where the record came from: a path, or `path:line` for JSONL input.
    public var source: String?
    /// The current text. Offsets in annotations are Unicode code point indices into it.
    public var text: String
    /// Input fields other than `id` and `text`, passed through to the output unchanged.
    public var metadata: [(key: String, value: JSONValue)]
    /// Typed annotations set by stages.
    public var annotations: Annotations
    /// Problems that were repaired rather than failed on, such as invalid UTF-8 in the input.
    public var warnings: [String]

    /// Creates a document with no metadata, annotations or warnings.
    public init(id: String, source: String? = nil, text: String, metadata: [(key: String, value: JSONValue)] = []) {
        self.id = id
        self.source = source
        self.text = text
        self.metadata = metadata
        self.annotations = Annotations()
        self.warnings = []
    }

    /// Shorthand for `annotations[key]`.
    public subscript<Key: AnnotationKey>(_ key: Key.Type) -> Key.Value? {
        get { annotations[key] }
        set { annotations[key] = newValue }
    }

    /// Shorthand for `annotations[key]` on a codable key.
    public subscript<Key: CodableAnnotationKey>(_ key: Key.Type) -> Key.Value? {
        get { annotations[key] }
        set { annotations[key] = newValue }
    }

    /// The metadata field named `key`.
    public func metadata(_ key: String) -> JSONValue? {
        metadata.first(where: { $0.key == key })?.value
    }
}
