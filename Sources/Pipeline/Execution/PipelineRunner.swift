import Foundation

/// Loads a configuration, checks it against a registry and runs it: everything `pipe run` does,
/// as a library, so a package with its own stages can build its own `pipe` in a few lines.
///
/// ```swift
/// var registry = StageRegistry()
/// try BuiltinStages.register(into: &registry)
/// let runner = PipelineRunner(registry: registry)
/// let plan = try runner.plan(configurationAt: "pipelines/default.conf")
/// let summary = try runner.run(plan, options: RunOptions(output: "-"))
/// ```
public struct PipelineRunner: Sendable {
    /// The stages the runner can build.
    public let registry: StageRegistry

    /// A runner over `registry`.
    public init(registry: StageRegistry) {
        self.registry = registry
    }

    /// Parses the configuration file and builds its plan, reporting every problem.
    ///
    /// - Throws: ``ConfigurationError``.
    public func plan(configurationAt path: String) throws -> ExecutionPlan {
        try ExecutionPlan(source: try PipelineConfiguration.readSource(path: path), registry: registry)
    }

    /// Runs `plan`.
    ///
    /// - Returns: The run's summary; `documentsFailed` tells whether any document failed.
    /// - Throws: ``RunError`` when input, output or saved state cannot be used; ``RunAborted``
    ///   when `on_error abort` stopped the run. Nothing is written to the output path then.
    public func run(_ plan: ExecutionPlan, options: RunOptions = RunOptions()) throws -> RunSummary {
        let configuration = plan.configuration
        let inputs = try plan.inputs(overriddenBy: options.inputs)
        let outputPath = options.output ?? configuration.output ?? "-"
        let workers = plan.workers(overriddenBy: options.workers)
        let statePath = options.statePath ?? configuration.statePath
        let stateStore = statePath.map { CorpusStateStore(directory: $0, plan: plan) }

        let source = try InputSource(patterns: inputs, maximumRecordBytes: options.maximumRecordBytes)
        let progress = options.showProgress
            ? ProgressReporter.make(expectedDocuments: source.expectedCount, expectedBytes: source.expectedBytes) : nil
        let executor = Executor(
            plan: plan, workers: workers, onError: options.onError ?? configuration.onError,
            initialStates: try stateStore?.load() ?? [:], progress: progress, batchSize: options.batchSize)
        let sink = try OutputSink(path: outputPath)
        do {
            var summary = try executor.run(source: source, sink: sink)
            summary.peakMemoryBytes = RunSummary.currentPeakMemory()
            progress?.finish()
            try sink.commit()
            try stateStore?.save(executor.corpusStates)
            return summary
        } catch {
            progress?.finish()
            sink.abandon()
            throw error
        }
    }
}

extension ExecutionPlan {
    /// The inputs of a run: the command line's if given, else the config's.
    ///
    /// - Throws: ``RunError`` when neither names one.
    package func inputs(overriddenBy override: [String]?) throws -> [String] {
        let inputs = override ?? configuration.inputs
        guard !inputs.isEmpty else {
            throw RunError("no input: give 'input \"PATH\"' in \(configuration.source.path) or --input PATH (- for stdin)")
        }
        return inputs
    }

    /// The worker threads of a run: the command line's, else the config's, else one per core.
    package func workers(overriddenBy override: Int?) -> Int {
        max(1, override ?? configuration.workers ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}

/// Per-run settings that override the configuration file (the `pipe run` flags).
public struct RunOptions: Sendable {
    /// Input paths or patterns instead of the config's `input`; `["-"]` reads JSONL from stdin.
    public var inputs: [String]?
    /// Output path instead of the config's `output`; `-` writes to stdout.
    public var output: String?
    /// Worker threads instead of the config's `workers`.
    public var workers: Int?
    /// Error policy instead of the config's `on_error`.
    public var onError: ErrorPolicy?
    /// Corpus-state folder instead of the config's `state`.
    public var statePath: String?
    /// Whether to draw a progress line when standard error is a terminal.
    public var showProgress: Bool
    /// Documents per batch in streaming runs (default: 64 per worker).
    public var batchSize: Int?
    /// The longest JSONL line or text file read as a record (default 64 MiB); longer input
    /// becomes an error record naming the file and line, and reading goes on after it.
    public var maximumRecordBytes: Int

    /// Settings that change nothing in the configuration.
    public init(
        inputs: [String]? = nil, output: String? = nil, workers: Int? = nil, onError: ErrorPolicy? = nil,
        statePath: String? = nil, showProgress: Bool = false, batchSize: Int? = nil, maximumRecordBytes: Int = 64 << 20
    ) {
        self.maximumRecordBytes = maximumRecordBytes
        self.inputs = inputs
        self.output = output
        self.workers = workers
        self.onError = onError
        self.statePath = statePath
        self.showProgress = showProgress
        self.batchSize = batchSize
    }
}

/// Saves and loads the merged states of a plan's corpus stages, one JSON file per stage.
struct CorpusStateStore {
    let directory: String
    let plan: ExecutionPlan

    /// `<directory>/<state name>.json`; state names come from ``ExecutionPlan/corpusStateNames``.
    private func path(of name: String) -> String {
        (directory as NSString).appendingPathComponent("\(name).json")
    }

    /// The saved states as bytes by state name (see ``ExecutionPlan/encodeStates(_:)``).
    func loadEncoded() throws -> [String: Data] {
        var encoded: [String: Data] = [:]
        for name in plan.corpusStateNames {
            let path = path(of: name)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let data = FileManager.default.contents(atPath: path) else { throw RunError("cannot read saved state '\(path)'") }
            encoded[name] = data
        }
        return encoded
    }

    func load() throws -> [Int: any Sendable] {
        try plan.decodeStates(loadEncoded()).byStage
    }

    func save(_ states: [Int: any Sendable]) throws {
        guard !states.isEmpty else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (name, data) in try plan.encodeStates(CorpusStates(byStage: states)) {
            do {
                try data.write(to: URL(fileURLWithPath: path(of: name)), options: .atomic)
            } catch {
                throw RunError("cannot save state '\(name)' to '\(path(of: name))': \(error)")
            }
        }
    }
}

extension PipelineRunner {
    /// The corpus states saved as JSON files in `directory` (a config's `state "DIR"`), as bytes by
    /// state name, for a program that moves them elsewhere (the store imports them once).
    ///
    /// - Throws: ``RunError`` when a file exists but cannot be read.
    public static func savedStateFiles(in directory: String, plan: ExecutionPlan) throws -> [String: Data] {
        try CorpusStateStore(directory: directory, plan: plan).loadEncoded()
    }
}
