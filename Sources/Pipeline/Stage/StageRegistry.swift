/// The stages a run can use, by name.
///
/// A registry is a value, not a global: build one, register stages into it, and hand it to
/// ``PipelineRunner``. Built-in stages go into the same registry as a user's stages, as the same
/// kind of entry:
///
/// ```swift
/// var registry = StageRegistry()
/// try BuiltinStages.register(into: &registry)
/// try registry.register(KeywordTagger.self)        // "acme.keywords"
/// ```
///
/// ## Namespaces
///
/// A stage registered with `register(_:)` must have a dotted name whose first part
/// is its namespace, such as `acme.keywords`: names without a dot are reserved for the stages
/// that ship with `pipe`, so a new built-in stage can never collide with a stage some package
/// already uses. The built-in stages register through an entry point declared `package`, which
/// the compiler only lets modules of this package call; no flag or naming trick is needed.
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

    /// Registers a per-document stage from another package.
    ///
    /// - Throws: ``RegistrationError`` when the name is malformed, has no namespace (names
    ///   without a dot are reserved for built-in stages), or is already taken.
    public mutating func register<S: Stage>(_ type: S.Type) throws {
        try add(Self.entry(for: S.self), builtin: false)
    }

    /// Registers a corpus stage from another package.
    ///
    /// - Throws: ``RegistrationError`` when the name is malformed, has no namespace (names
    ///   without a dot are reserved for built-in stages), or is already taken.
    public mutating func register<S: CorpusStage>(_ type: S.Type) throws {
        try add(Self.entry(for: S.self), builtin: false)
    }

    /// Registers a per-document stage that ships with `pipe`: its name has no namespace.
    package mutating func registerBuiltin<S: Stage>(_ type: S.Type) throws {
        try add(Self.entry(for: S.self), builtin: true)
    }

    /// Registers a corpus stage that ships with `pipe`: its name has no namespace.
    package mutating func registerBuiltin<S: CorpusStage>(_ type: S.Type) throws {
        try add(Self.entry(for: S.self), builtin: true)
    }

    private static func entry<S: Stage>(for type: S.Type) -> Entry {
        entry(for: S.self, isCorpusStage: false, configure: ConfiguredStage.init)
    }

    private static func entry<S: CorpusStage>(for type: S.Type) -> Entry {
        entry(for: S.self, isCorpusStage: true, configure: ConfiguredStage.init)
    }

    /// The entry of any stage type; `configure` erases the built stage (per-document or corpus).
    private static func entry<S: StageDefinition>(
        for type: S.Type, isCorpusStage: Bool, configure: @escaping @Sendable (S) -> ConfiguredStage
    ) -> Entry {
        Entry(
            name: S.name, summary: S.summary, documentation: S.documentation, options: S.optionDocumentation,
            requires: S.requires, provides: S.provides, isCorpusStage: isCorpusStage,
            typeName: String(reflecting: S.self),
            make: { decoder in
                let options = try S.Options(from: decoder)
                do { return configure(try S(options: options)) } catch { throw StageInitFailure(underlying: error) }
            })
    }

    private mutating func add(_ entry: Entry, builtin: Bool) throws {
        guard Self.isValidName(entry.name) else {
            throw RegistrationError(
                message: "stage name '\(entry.name)' of \(entry.typeName) is not valid: use lowercase words joined by "
                    + "'-', with a dotted namespace, such as 'acme.keywords' or 'acme.split-sentences'")
        }
        let hasNamespace = entry.name.contains(".")
        if !builtin && !hasNamespace {
            throw RegistrationError(
                message: "stage name '\(entry.name)' of \(entry.typeName) has no namespace: names without a dot are "
                    + "reserved for pipe's built-in stages; prefix it with your package's or organization's name, "
                    + "such as 'acme.\(entry.name)'")
        }
        if builtin && hasNamespace {
            throw RegistrationError(
                message: "built-in stage name '\(entry.name)' of \(entry.typeName) must not have a namespace")
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
