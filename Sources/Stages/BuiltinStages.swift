public import Pipeline

/// The stages that ship with `pipe`.
///
/// They register exactly as a user's stages do; `pipe` calls this once at start-up.
public enum BuiltinStages {
    /// Registers every built-in stage.
    ///
    /// - Throws: ``RegistrationError`` if a name is already taken in `registry`.
    public static func register(into registry: inout StageRegistry) throws {
        try registry.register(UnicodeCleaner.self)
        try registry.register(BoilerplateStripper.self)
        try registry.register(NameNormalizer.self)
        try registry.register(SentenceSplitter.self)
        try registry.register(QuoteAttributor.self)
    }
}
