public import Pipeline

/// Runs one per-document stage on documents, without an executor, files or threads.
///
/// The test double for stages, in the manner of NIO's `EmbeddedChannel`:
///
/// ```swift
/// let harness = try StageHarness<SentenceSplitter>(options: .init())
/// let document = try harness.run(text: "Hello. World.")
/// #expect(document[SentencesKey.self]?.count == 2)
/// ```
public struct StageHarness<S: Stage> {
    /// The stage under test.
    public let stage: S
    private let context: StageContext

    /// Wraps an already built stage.
    public init(_ stage: S) {
        self.stage = stage
        self.context = StageContext(stageName: S.name)
    }

    /// Builds the stage from options.
    public init(options: S.Options) throws {
        self.init(try S(options: options))
    }

    /// Builds the stage from the text of its `.conf` block, such as `locale "en"`.
    public init(configuration: String) throws {
        self.init(try S(options: try StageOptionsParser.decode(S.Options.self, from: configuration, stageName: S.name)))
    }

    /// Processes one document and returns it.
    public func run(_ document: Document) throws -> Document {
        var document = document
        try stage.process(&document, context: context)
        return document
    }

    /// Processes a document made of `text`.
    public func run(text: String, id: String = "test") throws -> Document {
        try run(Document(id: id, text: text))
    }
}

/// Runs one corpus stage over a batch of documents: summarize, merge in order, resolve, process.
public struct CorpusStageHarness<S: CorpusStage> {
    /// The stage under test.
    public let stage: S

    /// Wraps an already built stage.
    public init(_ stage: S) { self.stage = stage }

    /// Builds the stage from options.
    public init(options: S.Options) throws { self.init(try S(options: options)) }

    /// Builds the stage from the text of its `.conf` block.
    public init(configuration: String) throws {
        self.init(try S(options: try StageOptionsParser.decode(S.Options.self, from: configuration, stageName: S.name)))
    }

    /// The merged state of `documents`, starting from `initial` (or the empty state).
    public func state(of documents: [Document], startingFrom initial: S.State? = nil) throws -> S.State {
        let context = StageContext(stageName: S.name)
        var state = initial ?? stage.emptyState()
        for document in documents {
            stage.merge(&state, with: try stage.summarize(document, context: context))
        }
        return state
    }

    /// Processes the batch and returns the documents with the merged state.
    public func run(_ documents: [Document], startingFrom initial: S.State? = nil) throws -> (documents: [Document], state: S.State) {
        let context = StageContext(stageName: S.name)
        let state = try state(of: documents, startingFrom: initial)
        let resolved = try stage.resolve(state)
        var output = documents
        for index in output.indices {
            try stage.process(&output[index], resolved: resolved, context: context)
        }
        return (output, state)
    }
}
