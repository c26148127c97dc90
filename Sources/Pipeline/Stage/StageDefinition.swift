/// What every stage declares: its name, documentation, typed options, and the annotations it
/// reads and writes. Conform to ``Stage`` or ``CorpusStage``, which refine this protocol.
public protocol StageDefinition: Sendable {
    /// The options decoded from the stage's block in a `.conf` file.
    ///
    /// Synthesized `Decodable` ignores property defaults, so write `init(from:)` with
    /// `decodeIfPresent(…) ?? default`; keys the decoder never asks for are reported to the
    /// user as unknown options.
    associatedtype Options: Decodable & Sendable = NoOptions

    /// The word used in `.conf` files: lowercase kebab-case, such as `split-sentences`.
    /// Names without a dot belong to built-in stages; a third-party stage uses a namespace,
    /// such as `acme.keywords`.
    static var name: String { get }
    /// One line, shown by `pipe stages`.
    static var summary: String { get }
    /// A longer description for `pipe stages NAME`: what the stage does and how.
    static var documentation: String { get }
    /// Every option: its key, type, default and meaning, for `pipe stages NAME`.
    static var optionDocumentation: [OptionDocumentation] { get }
    /// Annotations that an earlier stage must provide.
    static var requires: [AnyAnnotationKey] { get }
    /// Annotations this stage sets.
    static var provides: [AnyAnnotationKey] { get }

    /// Validates the options and prepares what the stage shares between documents.
    ///
    /// - Throws: Any error; it is reported at the stage's position in the config, before any
    ///   document is read.
    init(options: Options) throws

    /// Whether this configured stage rewrites ``Document/text``. The plan check rejects a
    /// text-rewriting stage placed after one that set offsets into the text.
    var rewritesText: Bool { get }

    /// A digest of what decides the stage's output besides its options: the rule files it
    /// loaded, bundled and named by an option. Empty (the default) when there is nothing such.
    ///
    /// The options are in the configuration's fingerprint; this is not, so that editing a word
    /// list keeps the store's records and learned state. The store records the digest with each
    /// run instead, and `pipe run` warns when stored documents were processed under other rules.
    var rulesDigest: String { get }
}

extension StageDefinition {
    public static var documentation: String { summary }
    public static var optionDocumentation: [OptionDocumentation] { [] }
    public static var requires: [AnyAnnotationKey] { [] }
    public static var provides: [AnyAnnotationKey] { [] }
    public var rewritesText: Bool { false }
    public var rulesDigest: String { "" }
}

/// The options of a stage that takes none: any key in its block is reported as unknown.
public struct NoOptions: Decodable, Sendable {
    /// No options.
    public init() {}
    public init(from decoder: any Decoder) throws {
        // Asking for a keyed container lets the configuration decoder report stray keys.
        _ = try? decoder.container(keyedBy: NoKeys.self)
    }
    private enum NoKeys: CodingKey {}
}

/// The documentation of one stage option, shown by `pipe stages NAME`.
public struct OptionDocumentation: Sendable, Hashable {
    /// The key as written in `.conf` files, such as `max_length`.
    public var key: String
    /// The value's type as a user writes it, such as `string`, `number`, `boolean`, `[string]`.
    public var type: String
    /// The default, as it would be written in a `.conf` file; `nil` when the option is required.
    public var defaultValue: String?
    /// What the option does.
    public var help: String

    /// Documents one option.
    public init(_ key: String, type: String, default defaultValue: String?, help: String) {
        self.key = key
        self.type = type
        self.defaultValue = defaultValue
        self.help = help
    }
}
