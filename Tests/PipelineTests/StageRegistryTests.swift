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
        #expect(registry.names == ["test.explode", "test.frequency", "test.needs-words", "test.upcase", "test.words"])
        #expect(registry.entry(named: "test.frequency")?.isCorpusStage == true)
        #expect(registry.entry(named: "test.words")?.provides.map(\.name) == ["words"])
    }
}
