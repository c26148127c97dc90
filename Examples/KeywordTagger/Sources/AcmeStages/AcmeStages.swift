public import Pipeline

/// The stages of this package, all in the `acme` namespace.
public enum AcmeStages {
    /// Registers every stage of this package.
    ///
    /// - Throws: `RegistrationError` if a name is taken or lacks the `acme.` namespace.
    public static func register(into registry: inout StageRegistry) throws {
        try registry.register(KeywordTagger.self)
    }
}
