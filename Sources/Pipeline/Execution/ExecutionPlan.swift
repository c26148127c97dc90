/// A configuration whose stages are built and whose order is checked: ready to run.
///
/// Building the plan decodes every stage's options and checks, before any document is read, that
/// each stage's requirements are provided by an earlier stage and that no stage rewrites the text
/// after offsets into it were set. `pipe check` stops here.
public struct ExecutionPlan: Sendable {
    /// The configuration the plan was built from.
    public let configuration: PipelineConfiguration
    let stages: [ConfiguredStage]

    /// The stage names, in order.
    public var stageNames: [String] { stages.map(\.name) }

    /// The stages and their options as one normalized text (`stage unicode { form "NFC"; }` …),
    /// without comments, layout, inputs, outputs or worker counts: what decides a record's
    /// content. The store hashes it to tell whether a document was processed with this config.
    ///
    /// Rule files are named, not read: editing one does not change the signature, so the store
    /// keeps the records and learned state; see ``rulesDigest``.
    public var signature: String {
        configuration.stages.map { "stage \($0.name) \($0.options.canonicalText)" }.joined(separator: "\n")
    }

    /// The rule files the stages loaded, as `stage=digest` lines for the stages that have any
    /// (see ``StageDefinition/rulesDigest``): what the store compares to tell that stored records
    /// were made under other rules, such as those of an earlier `pipe`.
    public var rulesDigest: String {
        stages.filter { !$0.rulesDigest.isEmpty }.map { "\($0.name)=\($0.rulesDigest)" }.joined(separator: "\n")
    }

    /// The annotation names the plan's stages provide, in order of first appearance.
    public var annotationNames: [String] {
        var seen = Set<String>()
        return stages.flatMap(\.provides).map(\.name).filter { seen.insert($0).inserted }
    }

    /// Builds the stages of `configuration` from `registry`.
    ///
    /// - Throws: ``ConfigurationError`` listing every unknown stage, bad option, unmet requirement
    ///   and misplaced text-rewriting stage.
    public init(configuration: PipelineConfiguration, registry: StageRegistry) throws {
        try self.init(configuration: configuration, registry: registry, diagnostics: DiagnosticCollector(file: configuration.source))
    }

    /// Parses and plans `source` in one pass, so that syntax errors and stage errors are
    /// reported together.
    ///
    /// - Throws: ``ConfigurationError`` with every problem found, in file order.
    public init(source: SourceFile, registry: StageRegistry) throws {
        let diagnostics = DiagnosticCollector(file: source)
        let configuration = PipelineConfiguration.parse(source, diagnostics: diagnostics)
        try self.init(configuration: configuration, registry: registry, diagnostics: diagnostics)
    }

    init(configuration: PipelineConfiguration, registry: StageRegistry, diagnostics: DiagnosticCollector) throws {
        var stages: [ConfiguredStage] = []
        var provided: [String: String] = [:]  // annotation name → stage that provided it
        var offsetsSetBy: [String: String] = [:]  // offset-carrying annotation → stage
        var allBuilt = true

        for declaration in configuration.stages {
            guard let entry = registry.entry(named: declaration.name) else {
                diagnostics.error(
                    .unknownStage, "unknown stage '\(declaration.name)'", at: declaration.nameRange,
                    note: Suggestion.note(for: declaration.name, in: registry.names) ?? "run 'pipe stages' to list them")
                allBuilt = false
                continue
            }
            guard let stage = Self.build(entry, declaration: declaration, diagnostics: diagnostics) else {
                allBuilt = false
                continue
            }
            for requirement in stage.requires where provided[requirement.name] == nil {
                let providers = registry.entries.filter { $0.provides.contains(requirement) }.map { "'\($0.name)'" }
                diagnostics.error(
                    .unmetRequirement,
                    "stage '\(stage.name)' requires '\(requirement.name)', which no earlier stage provides",
                    at: declaration.nameRange,
                    note: providers.isEmpty ? nil : "add \(providers.joined(separator: " or ")) before it")
            }
            if stage.rewritesText, let (annotation, setter) = offsetsSetBy.first(where: { !stage.provides.map(\.name).contains($0.key) }) {
                diagnostics.error(
                    .staleOffsets,
                    "stage '\(stage.name)' rewrites the text after '\(setter)' set offsets into it ('\(annotation)')",
                    at: declaration.nameRange, note: "move '\(stage.name)' before '\(setter)'")
            }
            for key in stage.provides {
                provided[key.name] = stage.name
                if key.carriesOffsets { offsetsSetBy[key.name] = stage.name }
            }
            stages.append(stage)
        }
        _ = allBuilt
        try diagnostics.throwIfAny()
        self.configuration = configuration
        self.stages = stages
    }

    /// Runs the plan's stages over documents in memory, in parallel, and returns them in order.
    ///
    /// For embedding `pipe` in another program, and for benchmarks: no files are read or written.
    /// Corpus stages see `documents` as the batch and start from an empty state.
    ///
    /// - Parameter workers: Worker threads (default 1).
    /// - Returns: Each document, or why it failed, in input order.
    /// - Throws: ``RunAborted`` under `on_error abort`, ``RunError`` when a corpus stage cannot resolve.
    public func process(_ documents: [Document], workers: Int = 1) throws -> [Result<Document, DocumentFailure>] {
        let executor = Executor(
            plan: self, workers: max(1, workers), onError: configuration.onError, initialStates: [:], progress: nil)
        return try executor.process(documents)
    }

    private static func build(
        _ entry: StageRegistry.Entry, declaration: PipelineConfiguration.StageDeclaration, diagnostics: DiagnosticCollector
    ) -> ConfiguredStage? {
        let session = DecodingSession(diagnostics: diagnostics, owner: "stage '\(entry.name)'")
        let decoder = ConfigurationDecoder(node: declaration.options, session: session, codingPath: [])
        let before = diagnostics.diagnostics.count
        var stage: ConfiguredStage?
        var decoded = false
        do {
            stage = try entry.make(decoder)
            decoded = true
        } catch let failure as StageInitFailure {
            decoded = true
            diagnostics.error(
                .invalidValue, "stage '\(entry.name)' rejected its options: \(failure.underlying)",
                at: declaration.nameRange)
        } catch is DiagnosedError {
            // Already reported where it happened.
        } catch let error as DecodingError {
            report(error, declaration: declaration, diagnostics: diagnostics)
        } catch {
            diagnostics.error(
                .invalidValue, "stage '\(entry.name)' rejected its options: \(error)",
                at: declaration.nameRange)
        }
        if case .block(let statements) = declaration.options.value {
            if !decoded {
                // Decoding stopped early, so later keys were never asked for. Learn the option
                // names from a decode of an empty block, which asks for every optional key.
                let probe = DecodingSession(diagnostics: DiagnosticCollector(file: diagnostics.file), owner: session.owner)
                let empty = ConfigNode(value: .block([]), range: declaration.options.range)
                _ = try? entry.make(ConfigurationDecoder(node: empty, session: probe, codingPath: []))
                for (path, keys) in probe.requested { session.requested[path, default: []].formUnion(keys) }
            }
            session.reportUnknownKeys(in: statements, path: "")
        }
        return diagnostics.diagnostics.count == before ? stage : nil
    }

    /// Maps a `DecodingError` thrown by a stage's own `init(from:)` back to the place in the file.
    private static func report(
        _ error: DecodingError, declaration: PipelineConfiguration.StageDeclaration, diagnostics: DiagnosticCollector
    ) {
        let (path, message): ([any CodingKey], String) = {
            switch error {
            case .dataCorrupted(let c): return (c.codingPath, c.debugDescription)
            case .keyNotFound(let key, let c): return (c.codingPath, "missing option '\(key.stringValue)'")
            case .typeMismatch(let type, let c): return (c.codingPath, "expected a value of type \(type): \(c.debugDescription)")
            case .valueNotFound(let type, let c): return (c.codingPath, "missing value of type \(type)")
            @unknown default: return ([], "\(error)")
            }
        }()
        var node = declaration.options
        for key in path {
            if case .block(let statements) = node.value, let statement = statements.first(where: { $0.key == key.stringValue }),
                let value = statement.decodableValue
            {
                node = value
            } else if case .list(let elements) = node.value, let index = key.intValue, elements.indices.contains(index) {
                node = elements[index]
            }
        }
        let range = path.isEmpty ? declaration.nameRange : node.range
        diagnostics.error(.invalidValue, "invalid option for stage '\(declaration.name)': \(message)", at: range)
    }
}

/// Decodes a stage's options from the text of its block, for tests and for programs that build
/// stages without a `.conf` file.
public enum StageOptionsParser {
    /// Decodes `Options` from block text such as `locale "en"\nmax_length 400`.
    ///
    /// - Throws: ``ConfigurationError`` with positions in `text` (path `<options>`).
    public static func decode<Options: Decodable>(_ type: Options.Type, from text: String, stageName: String) throws -> Options {
        let file = SourceFile(path: "<options>", text: text)
        let diagnostics = DiagnosticCollector(file: file)
        var parser = ConfigurationParser(file: file, diagnostics: diagnostics)
        let statements = parser.parseFile()
        try diagnostics.throwIfAny()
        let start = SourceLocation(line: 1, column: 1)
        let node = ConfigNode(value: .block(statements), range: SourceRange(start: start, end: start))
        let session = DecodingSession(diagnostics: diagnostics, owner: "stage '\(stageName)'")
        let decoder = ConfigurationDecoder(node: node, session: session, codingPath: [])
        var result: Options?
        do {
            result = try Options(from: decoder)
        } catch is DiagnosedError {
        } catch {
            diagnostics.error(.invalidValue, "\(error)", at: node.range)
        }
        session.reportUnknownKeys(in: statements, path: "")
        try diagnostics.throwIfAny()
        return result!
    }
}
