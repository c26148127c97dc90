public import Pipeline

/// The `exec` stage: hands each document to a long-running external command, so that a stage
/// can be written in any language.
///
/// The command speaks `pipe`'s own JSONL: it reads one record per line on standard input, in
/// the format `pipe` writes (`id`, `source`, `text`, `metadata`, annotations), and answers each
/// with one JSON object on one line on standard output. Its answer's new fields become JSON
/// annotations (``Annotations/subscript(json:)``) and are written to the output record.
public struct ExternalCommandStage: Stage {
    public static let name = "exec"
    public static let summary = "Pipes each document as a JSONL line through an external command (a stage in any language)."
    public static let documentation = """
        Starts the command once per worker and keeps it running. For each document it writes one
        line: the record as pipe would write it at this point ({"id", "source", "text", "metadata",
        and every annotation set so far}). The command answers with one JSON object on one line
        and must flush its output after each line (Python: print(json.dumps(reply), flush=True)).

        The answer:
        - "id": optional; if given it must be the id sent (a check that replies stay in step);
        - "error": a message: this document becomes an error record, the command keeps running;
        - "text": optional; if it differs from the text sent, the text is replaced, which needs
          rewrites_text true (the plan then checks no earlier stage set offsets into the text);
        - every other field that was not sent becomes an annotation of that name in the output
          record, with its JSON value as is. Fields that echo what was sent are ignored, so a
          command may answer with the whole record plus its own fields, or only its own fields.

        Failures stay with one document: a command that dies, closes its output, writes a line
        that is not a JSON object, or does not answer within the timeout (it is then killed) turns
        that document into an error record quoting the end of its standard error; the command is
        started again for the next document. After max_restarts restarts on one worker, later
        documents fail at once instead. The command's standard error is passed through to pipe's.
        """
    public static let optionDocumentation = [
        OptionDocumentation("command", type: "[string]", default: nil, help: "The program and its arguments, such as [\"python3\", \"tools/language.py\"]; the program is looked up on PATH. Paths are relative to the current directory."),
        OptionDocumentation("timeout", type: "number", default: "30", help: "Seconds the command may take to answer one document before it is killed and the document fails; for the first document after a start, this includes the command's start-up."),
        OptionDocumentation("rewrites_text", type: "boolean", default: "false", help: "Allow the command to return a changed \"text\"; otherwise a changed text makes the document fail."),
        OptionDocumentation("max_restarts", type: "number", default: "10", help: "How many times one worker starts the command again after it died or timed out, before failing later documents at once."),
    ]

    /// The options of the `exec` stage.
    public struct Options: Decodable, Sendable {
        /// The program and its arguments.
        public var command: [String]
        /// Seconds per document.
        public var timeout: Double = 30
        /// Whether the command may change the text.
        public var rewritesText: Bool = false
        /// Restarts per worker before giving up on the command.
        public var maxRestarts: Int = 10

        /// Options that run `command` with the defaults.
        public init(command: [String]) {
            self.command = command
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Options(command: [])
            command = try container.decode([String].self, forKey: .command)
            timeout = try container.decodeIfPresent(Double.self, forKey: .timeout) ?? defaults.timeout
            rewritesText = try container.decodeIfPresent(Bool.self, forKey: .rewritesText) ?? defaults.rewritesText
            maxRestarts = try container.decodeIfPresent(Int.self, forKey: .maxRestarts) ?? defaults.maxRestarts
        }

        enum CodingKeys: String, CodingKey {
            case command, timeout
            case rewritesText = "rewrites_text"
            case maxRestarts = "max_restarts"
        }
    }

    private let executable: String
    private let arguments: [String]
    private let timeout: Double
    private let maxRestarts: Int
    public let rewritesText: Bool

    public init(options: Options) throws {
        guard let program = options.command.first, !program.isEmpty else {
            throw OptionError("command must name a program, such as [\"python3\", \"script.py\"]")
        }
        guard let executable = ExternalProcess.resolve(program) else {
            throw OptionError(program.contains("/") ? "command '\(program)' is not an executable file" : "command '\(program)' is not on PATH")
        }
        guard options.timeout > 0 && options.timeout.isFinite else { throw OptionError("timeout must be a positive number of seconds") }
        guard options.maxRestarts >= 0 else { throw OptionError("max_restarts must be 0 or more") }
        self.executable = executable
        arguments = options.command
        timeout = options.timeout
        maxRestarts = options.maxRestarts
        rewritesText = options.rewritesText
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        let worker = context.local { CommandWorker() }
        let request = try document.jsonRecord()
        let replyBytes = try worker.exchange(request, stage: self)
        let reply: [(key: String, value: JSONValue)]
        do {
            guard case .object(let members) = try JSONValue(parsing: replyBytes) else { throw ExecError("") }
            reply = members
        } catch {
            worker.restart()
            throw ExecError("command answered with a line that is not a JSON object: \(Self.excerpt(replyBytes))")
        }
        try apply(reply, to: &document, worker: worker)
    }

    private func apply(_ reply: [(key: String, value: JSONValue)], to document: inout Document, worker: CommandWorker) throws {
        if let id = reply.first(where: { $0.key == "id" })?.value, id != .string(document.id) {
            worker.restart()
            throw ExecError("command answered for id \(String(decoding: id.jsonBytes, as: UTF8.self)) instead of \"\(document.id)\": its answers are out of step; restarted it")
        }
        if let error = reply.first(where: { $0.key == "error" })?.value {
            throw ExecError(error.stringValue ?? String(decoding: error.jsonBytes, as: UTF8.self))
        }
        if let text = reply.first(where: { $0.key == "text" })?.value {
            guard case .string(let newText) = text else { throw ExecError("command answered with a \"text\" that is not a string") }
            if newText != document.text {
                guard rewritesText else {
                    throw ExecError("command changed the text; set 'rewrites_text true' on the stage to allow it")
                }
                document.text = newText
            }
        }
        let sent = document.annotations
        for (key, value) in reply where !Document.recordFieldNames.contains(key) && !sent.contains(named: key) {
            document.annotations[json: key] = value
        }
    }

    /// The command this worker talks to, started on first use and again after it died.
    final class CommandWorker {
        private var process: ExternalProcess?
        private var restarts = 0
        private var lastFailure = ""

        func exchange(_ line: [UInt8], stage: ExternalCommandStage) throws -> [UInt8] {
            if process == nil {
                if restarts > stage.maxRestarts {
                    throw ExecError("command not started again: it failed \(restarts) times on this worker (max_restarts \(stage.maxRestarts)); last: \(lastFailure)")
                }
                process = try ExternalProcess(executable: stage.executable, arguments: stage.arguments)
            }
            do {
                return try process!.exchange(line, timeout: stage.timeout)
            } catch {
                process = nil
                restarts += 1
                lastFailure = error.description
                throw ExecError(error.description)
            }
        }

        /// Stops the command after an answer that shows it is out of step; the next document starts it again.
        func restart() {
            process?.terminate(grace: 0)
            process = nil
            restarts += 1
            lastFailure = "an answer out of step"
        }
    }

    static func excerpt(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes.prefix(120), as: UTF8.self)
        return "'\(text)\(bytes.count > 120 ? "…" : "")'"
    }
}

/// A document failed in the `exec` stage.
struct ExecError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
