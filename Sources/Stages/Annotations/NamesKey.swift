public import Pipeline

/// One mention of a named entity (person, place, organisation) in a document.
public struct NameMention: Codable, Hashable, Sendable {
    /// The first code point of the mention in the document's text.
    public var start: Int
    /// One past its last code point.
    public var end: Int
    /// The mention as written, such as `Atambaev`.
    public var surface: String
    /// The canonical form shared by every variant of the same entity in the batch, such as
    /// `Almazbek Atambayev`.
    public var canonical: String
    /// `person`, `place`, `organisation` or `other`.
    public var kind: String

    /// Creates a mention.
    public init(start: Int, end: Int, surface: String, canonical: String, kind: String) {
        self.start = start
        self.end = end
        self.surface = surface
        self.canonical = canonical
        self.kind = kind
    }
}

/// Named-entity mentions with their canonical forms, in text order.
public enum NamesKey: CodableAnnotationKey {
    public typealias Value = [NameMention]
    public static let name = "names"
    public static let carriesOffsets = true
}

extension Annotations {
    /// Name mentions, in text order. Set by the `names` stage.
    public internal(set) var names: [NameMention]? {
        get { self[NamesKey.self] }
        set { self[NamesKey.self] = newValue }
    }
}
