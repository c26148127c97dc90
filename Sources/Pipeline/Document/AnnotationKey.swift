/// A typed key for one kind of annotation on a ``Document``.
///
/// Declare a key as a caseless enum, keep it internal, and give users a named accessor:
///
/// ```swift
/// enum KeywordsKey: CodableAnnotationKey {
///     typealias Value = [String]
///     static let name = "keywords"
/// }
/// extension Annotations {
///     /// Keywords found in the text. Set by `acme.keywords`.
///     public internal(set) var keywords: [String]? {
///         get { self[KeywordsKey.self] }
///         set { self[KeywordsKey.self] = newValue }
///     }
/// }
/// ```
///
/// Keys are identified by type, so two packages that both pick the name `keywords` never
/// overwrite each other's values in memory; the name is what errors, `requires`/`provides`
/// checks and the JSONL writer use.
public protocol AnnotationKey: Sendable {
    /// The type of the annotation's value.
    associatedtype Value: Sendable
    /// The field name in output records and error messages, such as `sentences`.
    static var name: String { get }
    /// Whether the value holds code point offsets into ``Document/text``. A stage that rewrites
    /// the text after such an annotation was set would leave its offsets pointing at the wrong
    /// characters, so the plan check rejects that order.
    static var carriesOffsets: Bool { get }
}

extension AnnotationKey {
    /// Most annotations hold no offsets.
    public static var carriesOffsets: Bool { false }
}

/// An annotation key whose value is written to (and can be read back from) JSONL records.
public protocol CodableAnnotationKey: AnnotationKey where Value: Codable {}

/// A type-erased annotation key, for `requires`/`provides` lists and the writer.
public struct AnyAnnotationKey: Sendable, Hashable, CustomStringConvertible {
    /// The key's ``AnnotationKey/name``.
    public let name: String
    /// The key's ``AnnotationKey/carriesOffsets``.
    public let carriesOffsets: Bool
    let identity: Identity
    let codec: AnnotationCodec?

    /// What makes two keys the same: the key type, or for a JSON annotation its name.
    enum Identity: Hashable, Sendable {
        case type(ObjectIdentifier)
        case json(String)
    }

    /// Erases `key`.
    public init<Key: AnnotationKey>(_ key: Key.Type) {
        name = Key.name
        carriesOffsets = Key.carriesOffsets
        identity = .type(ObjectIdentifier(key))
        codec = nil
    }

    /// Erases `key`, keeping the ability to encode and decode its values as JSON.
    public init<Key: CodableAnnotationKey>(_ key: Key.Type) {
        name = Key.name
        carriesOffsets = Key.carriesOffsets
        identity = .type(ObjectIdentifier(key))
        codec = AnnotationCodec(Key.self)
    }

    /// The key of a JSON annotation named `name` (see ``Annotations/subscript(json:)``).
    ///
    /// Its values are ``JSONValue``s and carry no offsets that the plan check knows of.
    public static func json(_ name: String) -> AnyAnnotationKey {
        AnyAnnotationKey(json: name)
    }

    private init(json name: String) {
        self.name = name
        carriesOffsets = false
        identity = .json(name)
        codec = AnnotationCodec.json
    }

    public var description: String { name }

    public static func == (lhs: AnyAnnotationKey, rhs: AnyAnnotationKey) -> Bool { lhs.identity == rhs.identity }
    public func hash(into hasher: inout Hasher) { hasher.combine(identity) }
}
