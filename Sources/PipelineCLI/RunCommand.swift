import ArgumentParser
import Pipeline

extension PipeCommand {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a pipeline.",
            discussion: """
                Reads the configured input, runs every document through the stages, and writes one \
                JSONL record per input record, in input order. A document that fails in a stage becomes \
                an error record in its place ({"id", "source", "error": {"stage", "message"}}) and the run \
                goes on. A summary goes to standard error; a progress line too while a long run writes to a terminal.
                """)

        @Argument(help: "The pipeline configuration (.conf) file.")
        var configuration: String

        @Option(name: .long, help: ArgumentHelp("Read this input instead of the config's (- for JSONL on stdin); repeatable.", valueName: "path"))
        var input: [String] = []

        @Option(name: .long, help: ArgumentHelp("Write to this path instead of the config's (- for stdout).", valueName: "path"))
        var output: String?

        @Option(name: [.customShort("j"), .long], help: ArgumentHelp("Worker threads (default: the config's workers, else one per core).", valueName: "n"))
        var jobs: Int?

        @Option(name: .long, help: ArgumentHelp("Load and save corpus-stage state in this folder instead of the config's state.", valueName: "dir"))
        var state: String?

        @Flag(name: .shortAndLong, help: "Print no summary.")
        var quiet = false

        @Flag(name: .long, help: "Never draw the progress line.")
        var noProgress = false

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        }

        func run() throws {
            let runner = PipelineRunner(registry: try PipeCommand.makeRegistry())
            let plan: ExecutionPlan
            do {
                plan = try runner.plan(configurationAt: configuration)
            } catch {
                printError("\(error)")
                throw ExitCode(64)
            }
            let options = RunOptions(
                inputs: input.isEmpty ? nil : input, output: output, workers: jobs, statePath: state,
                showProgress: !noProgress && !quiet)
            let summary: RunSummary
            do {
                summary = try runner.run(plan, options: options)
            } catch {
                printError("\(error)")
                throw ExitCode(2)
            }
            if !quiet { printError(summary.description) }
            if summary.documentsFailed > 0 { throw ExitCode(1) }
        }
    }
}
