/// The typed annotations of one document, in the order they were first set.
///
/// A value type: every document owns its annotations, so no stage can see another document's
/// values, and copying a document copies them. The only way in or out is the typed subscript.
public struct Annotations: Sendable {
    struct Entry: Sendable {
        var key: AnyAnnotationKey
        var value: any Sendable
    }

    // A short array beats a dictionary for the handful of keys a document carries, and keeps
    // insertion order, which the writer uses to make output deterministic.
    private(set) var entries: [Entry] = []

    /// No annotations.
    public init() {}

    /// The value stored under `key`, or `nil`.
    public subscript<Key: AnnotationKey>(_ key: Key.Type) -> Key.Value? {
        get {
            let id = AnyAnnotationKey.Identity.type(ObjectIdentifier(key))
            guard let entry = entries.first(where: { $0.key.identity == id }) else { return nil }
            // Safe: this subscript is the only way to store a value under this key.
            return (entry.value as! Key.Value)
        }
        set { store(AnyAnnotationKey(key), newValue) }
    }

    /// The value stored under a codable `key`, or `nil`; setting it keeps the key's JSON codec.
    public subscript<Key: CodableAnnotationKey>(_ key: Key.Type) -> Key.Value? {
        get {
            let id = AnyAnnotationKey.Identity.type(ObjectIdentifier(key))
            guard let entry = entries.first(where: { $0.key.identity == id }) else { return nil }
            return (entry.value as! Key.Value)
        }
        set { store(AnyAnnotationKey(key), newValue) }
    }

    /// A JSON annotation: a value whose Swift type no stage declares, named at run time, such
    /// as a field that an external command returned to the `exec` stage.
    ///
    /// ```swift
    /// document.annotations[json: "language"] = .object([("code", .string("en"))])
    /// ```
    ///
    /// It is written to the output record as a field of that name, in the order annotations
    /// were set, like a typed annotation. Typed keys are the better choice whenever a Swift
    /// stage knows the type: JSON annotations are for values that only a later reader of the
    /// output interprets.
    ///
    /// A record never gets two fields of one name, because typed annotations win: setting a
    /// typed annotation removes a JSON annotation of the same name, and setting a JSON
    /// annotation under a name a typed annotation has does nothing (see ``contains(named:)``).
    /// Do not use the names of the record's own fields (`id`, `source`, `text`, `metadata`,
    /// `warnings`, `error`); ``Document/recordFieldNames`` lists them.
    public subscript(json name: String) -> JSONValue? {
        get {
            let id = AnyAnnotationKey.Identity.json(name)
            return entries.first(where: { $0.key.identity == id })?.value as? JSONValue
        }
        set {
            guard newValue == nil || !entries.contains(where: { $0.key.name == name && $0.key.identity != .json(name) }) else { return }
            store(.json(name), newValue)
        }
    }

    private mutating func store(_ key: AnyAnnotationKey, _ value: (any Sendable)?) {
        if let index = entries.firstIndex(where: { $0.key == key }) {
            if let value { entries[index].value = value } else { entries.remove(at: index) }
        } else if let value {
            if case .type = key.identity, let index = entries.firstIndex(where: { $0.key.identity == .json(key.name) }) {
                entries.remove(at: index)
            }
            entries.append(Entry(key: key, value: value))
        }
    }

    /// Whether an annotation with this key is present.
    public func contains(_ key: AnyAnnotationKey) -> Bool {
        entries.contains { $0.key == key }
    }

    /// Whether an annotation of this name is present, typed or JSON.
    public func contains(named name: String) -> Bool {
        entries.contains { $0.key.name == name }
    }

    /// The names of the annotations present, in the order they were set.
    public var keyNames: [String] { entries.map(\.key.name) }

    /// Removes every annotation whose values are offsets into the text.
    mutating func removeOffsetAnnotations() {
        entries.removeAll { $0.key.carriesOffsets }
    }
}
