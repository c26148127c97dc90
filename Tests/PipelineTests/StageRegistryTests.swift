import Pipeline
import Testing

@Suite struct StageRegistryTests {
    struct Duplicate: Stage {
        static let name = "test.upcase"
        static let summary = "Collides."
        init(options: NoOptions) {}
        func process(_ document: inout Document, context: StageContext) throws {}
    }

    struct BadName: Stage {
        static let name = "Bad_Name"
        static let summary = "Not kebab-case."
        init(options: NoOptions) {}
        func process(_ document: inout Document, context: StageContext) throws {}
    }

    struct Unqualified: Stage {
        static let name = "keywords"
        static let summary = "Claims a built-in name."
        init(options: NoOptions) {}
        func process(_ document: inout Document, context: StageContext) throws {}
    }

    struct UnqualifiedCorpus: CorpusStage {
        static let name = "frequency"
        static let summary = "Claims a built-in name."
        init(options: NoOptions) {}
        func emptyState() -> Int { 0 }
        func summarize(_ document: Document, context: StageContext) throws -> Int { 1 }
        func merge(_ state: inout Int, with other: Int) { state += other }
        func process(_ document: inout Document, resolved: Int, context: StageContext) throws {}
    }

    @Test func namesWithoutANamespaceAreReservedForBuiltins() throws {
        var registry = StageRegistry()
        #expect {
            try registry.register(Unqualified.self)
        } throws: { error in
            "\(error)".contains("stage name 'keywords' of PipelineTests.StageRegistryTests.Unqualified has no namespace")
                && "\(error)".contains("such as 'acme.keywords'")
        }
        #expect(throws: RegistrationError.self) { try registry.register(UnqualifiedCorpus.self) }
        #expect(registry.names.isEmpty)
    }

    @Test func builtinsRegisterWithoutANamespaceAndOnlyWithout() throws {
        var registry = StageRegistry()
        try registry.registerBuiltin(Unqualified.self)
        try registry.registerBuiltin(UnqualifiedCorpus.self)
        #expect(registry.names == ["frequency", "keywords"])
        #expect(throws: RegistrationError.self) { try registry.registerBuiltin(Duplicate.self) }
        #expect(throws: RegistrationError.self) { try registry.registerBuiltin(Unqualified.self) }
    }

    @Test func registeringANameTwiceNamesBothTypes() throws {
        var registry = try TestStages.registry()
        do {
            try registry.register(Duplicate.self)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("stage name 'test.upcase' is registered twice: by PipelineTests.Upcase and by PipelineTests.StageRegistryTests.Duplicate"))
        }
    }

    @Test func malformedNamesAreRejected() {
        var registry = StageRegistry()
        #expect(throws: RegistrationError.self) { try registry.register(BadName.self) }
    }

    @Test func entriesDescribeTheStages() throws {
        let registry = try TestStages.registry()
        #expect(registry.names == ["test.explode", "test.frequency", "test.in-place-merge", "test.needs-words", "test.upcase", "test.words"])
        #expect(registry.entry(named: "test.frequency")?.isCorpusStage == true)
        #expect(registry.entry(named: "test.words")?.provides.map(\.name) == ["words"])
    }
}
