import Foundation

/// A parsed `.conf` file: where documents come from and go, and the stages they pass through.
///
/// ```text
/// input   "seeds/*.txt"          # a folder, a glob of .txt files, a .jsonl file, or "-" (stdin)
/// output  "out/default.jsonl"    # a .jsonl path, or "-" (stdout)
/// workers auto                   # or a number
/// on_error record                # or abort
/// state   "out/state"            # optional: where corpus stages keep what they learned
/// store   "out/drops.sqlite"     # optional: the embedded store `pipe run` keeps (see PipelineStore)
///
/// stage unicode { form "NFC" }
/// stage split-sentences { }
/// ```
///
/// Paths are relative to the current directory.
public struct PipelineConfiguration: Sendable {
    /// The file this configuration was read from.
    public let source: SourceFile
    /// Input paths or glob patterns; `-` is JSONL on standard input.
    public var inputs: [String]
    /// The output path; `-` is standard output; `nil` when the config names none.
    public var output: String?
    /// Worker threads; `nil` means one per core.
    public var workers: Int?
    /// What a document that fails in a stage does to the run.
    public var onError: ErrorPolicy
    /// The folder where corpus stages load and save their merged state, if any.
    public var statePath: String?
    /// The store file named by `store "PATH"`, if any. The framework only carries the path: the
    /// `PipelineStore` module opens it, so `Pipeline` itself never links SQLite.
    public var storePath: String?
    /// The stages, in order.
    public var stageNames: [String] { stages.map(\.name) }

    struct StageDeclaration: Sendable {
        var name: String
        var nameRange: SourceRange
        var options: ConfigNode
    }

    var stages: [StageDeclaration]

    static let statements = ["input", "output", "workers", "on_error", "state", "store", "stage"]

    /// Reads and parses the file at `path`, reporting every syntax and top-level problem.
    ///
    /// - Throws: ``ConfigurationError``.
    public static func load(path: String) throws -> PipelineConfiguration {
        try parse(try readSource(path: path))
    }

    /// Reads a configuration file as text.
    ///
    /// - Throws: ``ConfigurationError`` when it is missing, unreadable or not UTF-8.
    static func readSource(path: String) throws -> SourceFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            let diagnostics = DiagnosticCollector(file: SourceFile(path: path, text: ""))
            let exists = FileManager.default.fileExists(atPath: path)
            diagnostics.error(
                .unreadableFile, exists ? "cannot read configuration file" : "no such configuration file",
                at: SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1)))
            throw ConfigurationError(diagnostics: diagnostics.diagnostics)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let diagnostics = DiagnosticCollector(file: SourceFile(path: path, text: ""))
            diagnostics.error(
                .unreadableFile, "configuration file is not valid UTF-8",
                at: SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1)))
            throw ConfigurationError(diagnostics: diagnostics.diagnostics)
        }
        return SourceFile(path: path, text: text)
    }

    /// Parses configuration text.
    ///
    /// - Throws: ``ConfigurationError`` with every problem found.
    public static func parse(_ file: SourceFile) throws -> PipelineConfiguration {
        let diagnostics = DiagnosticCollector(file: file)
        let configuration = parse(file, diagnostics: diagnostics)
        try diagnostics.throwIfAny()
        return configuration
    }

    static func parse(_ file: SourceFile, diagnostics: DiagnosticCollector) -> PipelineConfiguration {
        var parser = ConfigurationParser(file: file, diagnostics: diagnostics)
        let statements = parser.parseFile()
        var configuration = PipelineConfiguration(
            source: file, inputs: [], output: nil, workers: nil, onError: .record, statePath: nil, storePath: nil, stages: [])
        var seen: [String: SourceRange] = [:]

        for statement in statements {
            if statement.key != "stage" {
                if let first = seen[statement.key] {
                    diagnostics.error(
                        .duplicateKey, "'\(statement.key)' is given twice", at: statement.keyRange,
                        note: "first given on line \(first.start.line)")
                    continue
                }
                seen[statement.key] = statement.keyRange
            }
            switch statement.key {
            case "input":
                configuration.inputs = strings(of: statement, diagnostics: diagnostics)
            case "output":
                configuration.output = strings(of: statement, diagnostics: diagnostics, single: true).first
            case "state":
                configuration.statePath = strings(of: statement, diagnostics: diagnostics, single: true).first
            case "store":
                configuration.storePath = strings(of: statement, diagnostics: diagnostics, single: true).first
            case "workers":
                guard let node = single(statement, diagnostics: diagnostics) else { continue }
                switch node.value {
                case .word("auto"): configuration.workers = nil
                case .number(let n):
                    if let count = Int(n), count >= 1 {
                        configuration.workers = count
                    } else {
                        diagnostics.error(.invalidValue, "workers must be a whole number of 1 or more, or auto", at: node.range)
                    }
                default:
                    diagnostics.error(.typeMismatch, "expected a number or auto, found \(node.typeDescription)", at: node.range)
                }
            case "on_error":
                guard let node = single(statement, diagnostics: diagnostics) else { continue }
                switch node.value {
                case .word(let w), .string(let w):
                    if let policy = ErrorPolicy(rawValue: w) {
                        configuration.onError = policy
                    } else {
                        diagnostics.error(
                            .invalidValue, "on_error must be 'record' or 'abort', not '\(w)'", at: node.range,
                            note: Suggestion.note(for: w, in: ["record", "abort"]))
                    }
                default:
                    diagnostics.error(.typeMismatch, "expected record or abort, found \(node.typeDescription)", at: node.range)
                }
            case "stage":
                guard let nameNode = statement.values.first else {
                    diagnostics.error(.missingValue, "expected a stage name after 'stage'", at: statement.keyRange)
                    continue
                }
                guard case .word(let name) = nameNode.value else {
                    if case .string(let name) = nameNode.value {
                        configuration.stages.append(stageDeclaration(name, nameNode, statement))
                    } else {
                        diagnostics.error(.typeMismatch, "expected a stage name, found \(nameNode.typeDescription)", at: nameNode.range)
                    }
                    continue
                }
                if statement.values.count > 1 {
                    diagnostics.error(
                        .syntax, "expected '{' after the stage name", at: statement.values[1].range,
                        note: "options go inside the block: stage \(name) { key value }")
                }
                configuration.stages.append(stageDeclaration(name, nameNode, statement))
            default:
                diagnostics.error(
                    .unknownStatement, "unknown statement '\(statement.key)'", at: statement.keyRange,
                    note: Suggestion.note(for: statement.key, in: Self.statements) ?? "expected one of: \(Self.statements.joined(separator: ", "))")
            }
        }
        return configuration
    }


    private static func stageDeclaration(_ name: String, _ nameNode: ConfigNode, _ statement: ConfigStatement) -> StageDeclaration {
        StageDeclaration(
            name: name, nameRange: nameNode.range,
            options: statement.block ?? ConfigNode(value: .block([]), range: nameNode.range))
    }

    private static func single(_ statement: ConfigStatement, diagnostics: DiagnosticCollector) -> ConfigNode? {
        if statement.values.count != 1 || statement.block != nil {
            diagnostics.error(.invalidValue, "'\(statement.key)' takes one value", at: statement.keyRange)
            return nil
        }
        return statement.values[0]
    }

    private static func strings(of statement: ConfigStatement, diagnostics: DiagnosticCollector, single: Bool = false) -> [String] {
        if single && statement.values.count != 1 {
            diagnostics.error(.invalidValue, "'\(statement.key)' takes one path", at: statement.keyRange)
            return []
        }
        var result: [String] = []
        for node in statement.values {
            switch node.value {
            case .string(let s): result.append(s)
            case .list(let elements) where !single:
                for element in elements {
                    if case .string(let s) = element.value {
                        result.append(s)
                    } else {
                        diagnostics.error(.typeMismatch, "expected a path in quotes, found \(element.typeDescription)", at: element.range)
                    }
                }
            default:
                diagnostics.error(.typeMismatch, "expected a path in quotes, found \(node.typeDescription)", at: node.range)
            }
        }
        return result
    }
}

/// What a document that fails in a stage does to the run.
public enum ErrorPolicy: String, Sendable, CaseIterable {
    /// The document becomes an error record in its place and the run goes on (the default).
    case record
    /// The run stops at the first failing document; nothing more is written.
    case abort
}
