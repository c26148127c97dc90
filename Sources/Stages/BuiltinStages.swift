public import Pipeline

/// The stages that ship with `pipe`.
///
/// They register as a user's stages do, through `StageRegistry.registerBuiltin(_:)`, the
/// `package`-only entry point that lets them use names without a namespace (`unicode`, not
/// `pipe.unicode`); `pipe` calls this once at start-up.
public enum BuiltinStages {
    /// Registers every built-in stage.
    ///
    /// - Throws: ``RegistrationError`` if a name is already taken in `registry`.
    public static func register(into registry: inout StageRegistry) throws {
        try registry.registerBuiltin(UnicodeCleaner.self)
        try registry.registerBuiltin(BoilerplateStripper.self)
        try registry.registerBuiltin(NameNormalizer.self)
        try registry.registerBuiltin(SentenceSplitter.self)
        try registry.registerBuiltin(QuoteAttributor.self)
        try registry.registerBuiltin(ExternalCommandStage.self)
    }
}
