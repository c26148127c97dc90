/// The stages a run can use, by name.
///
/// A registry is a value, not a global: build one, register stages into it, and hand it to
/// ``PipelineRunner``. Built-in stages register exactly as a user's stages do:
///
/// ```swift
/// var registry = StageRegistry()
/// try BuiltinStages.register(into: &registry)
/// try registry.register(KeywordTagger.self)        // "acme.keywords"
/// ```
public struct StageRegistry: Sendable {
    /// Everything the registry knows about one stage type.
    public struct Entry: Sendable {
        /// The stage's name.
        public let name: String
        /// Its one-line summary.
        public let summary: String
        /// Its longer description.
        public let documentation: String
        /// Its options.
        public let options: [OptionDocumentation]
        /// Annotations it requires.
        public let requires: [AnyAnnotationKey]
        /// Annotations it provides.
        public let provides: [AnyAnnotationKey]
        /// Whether it is a corpus stage (sees the whole batch).
        public let isCorpusStage: Bool
        /// The Swift type, for error messages such as a duplicate registration.
        public let typeName: String
        /// Decodes the options and builds the stage; an error from the stage's initializer comes
        /// wrapped in ``StageInitFailure`` so it can be told apart from a decoding error.
        let make: @Sendable (any Decoder) throws -> ConfiguredStage
    }

    private var entriesByName: [String: Entry] = [:]

    /// An empty registry.
    public init() {}

    /// Registers a per-document stage.
    ///
    /// - Throws: ``RegistrationError`` when the name is malformed or already taken.
    public mutating func register<S: Stage>(_ type: S.Type) throws {
        try add(
            Entry(
                name: S.name, summary: S.summary, documentation: S.documentation, options: S.optionDocumentation,
                requires: S.requires, provides: S.provides, isCorpusStage: false,
                typeName: String(reflecting: S.self),
                make: { decoder in
                    let options = try S.Options(from: decoder)
                    do { return ConfiguredStage(try S(options: options)) } catch { throw StageInitFailure(underlying: error) }
                }))
    }

    /// Registers a corpus stage.
    ///
    /// - Throws: ``RegistrationError`` when the name is malformed or already taken.
    public mutating func register<S: CorpusStage>(_ type: S.Type) throws {
        try add(
            Entry(
                name: S.name, summary: S.summary, documentation: S.documentation, options: S.optionDocumentation,
                requires: S.requires, provides: S.provides, isCorpusStage: true,
                typeName: String(reflecting: S.self),
                make: { decoder in
                    let options = try S.Options(from: decoder)
                    do { return ConfiguredStage(try S(options: options)) } catch { throw StageInitFailure(underlying: error) }
                }))
    }

    private mutating func add(_ entry: Entry) throws {
        guard Self.isValidName(entry.name) else {
            throw RegistrationError(
                message: "stage name '\(entry.name)' of \(entry.typeName) is not valid: use lowercase words joined by "
                    + "'-', with an optional dotted namespace, such as 'split-sentences' or 'acme.keywords'")
        }
        if let existing = entriesByName[entry.name] {
            throw RegistrationError(
                message: "stage name '\(entry.name)' is registered twice: by \(existing.typeName) and by \(entry.typeName)")
        }
        entriesByName[entry.name] = entry
    }

    /// The entry for `name`, if registered.
    public func entry(named name: String) -> Entry? { entriesByName[name] }

    /// Every registered name, sorted.
    public var names: [String] { entriesByName.keys.sorted() }

    /// Every entry, sorted by name.
    public var entries: [Entry] { names.map { entriesByName[$0]! } }

    static func isValidName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            guard let first = part.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
            return part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
                && part.last != "-"
        }
    }
}

/// A stage could not be registered.
public struct RegistrationError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, naming the stage types involved.
    public var message: String
    public var description: String { "error: \(message)" }
}

/// A stage's initializer rejected its (well-typed) options.
struct StageInitFailure: Error {
    let underlying: any Error
}
