import ArgumentParser
import Pipeline
import PipelineStore

extension PipeCommand {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a pipeline.",
            discussion: """
                Reads the configured input, runs every document through the stages, and writes one \
                JSONL record per input record, in input order. A document that fails in a stage becomes \
                an error record in its place ({"id", "source", "error": {"stage", "message"}}) and the run \
                goes on. A summary goes to standard error; a progress line too while a long run writes to a terminal.

                With a store (on by default when the output is a file: the config's 'store "PATH"', --store PATH, \
                else the output's name with .sqlite, such as out/default.sqlite for out/default.jsonl), only documents \
                not yet processed with this configuration are processed, batch by batch, each batch committed with the \
                corpus states after it; the output holds this run's records ('pipe export' writes them all). --no-store \
                runs without one; --full reprocesses everything. A warning says when stored records were made \
                under other rule files (an edited word list, a new pipe): --full reprocesses them.
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

        @Option(name: .long, help: ArgumentHelp("Keep the store in this SQLite file instead of the config's or the default.", valueName: "path"))
        var store: String?

        @Flag(name: .long, help: "Keep no store: process every input document, as a stateless filter.")
        var noStore = false

        @Flag(name: .long, help: "Forget this configuration's stored records and learned state, and process everything.")
        var full = false

        @Option(name: .long, help: ArgumentHelp("New documents per store transaction (default \(StoreRunOptions.defaultCommitEvery)).", valueName: "n"))
        var commitEvery: Int?

        @Flag(name: .shortAndLong, help: "Print no summary.")
        var quiet = false

        @Flag(name: .long, help: "Never draw the progress line.")
        var noProgress = false

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
            if let commitEvery, commitEvery < 1 { throw ValidationError("--commit-every must be 1 or more") }
            if noStore && (store != nil || full || commitEvery != nil) {
                throw ValidationError("--no-store cannot be combined with --store, --full or --commit-every")
            }
        }

        func run() throws {
            let runner = PipelineRunner(registry: try PipeCommand.makeRegistry())
            let plan = try PipeCommand.plan(configurationAt: configuration, runner: runner)
            if let storePath = PipeCommand.storePath(explicit: store, plan: plan, output: output, disabled: noStore) {
                let options = StoreRunOptions(
                    inputs: input.isEmpty ? nil : input, output: output, workers: jobs, full: full,
                    commitEvery: commitEvery ?? StoreRunOptions.defaultCommitEvery, seedStatePath: state ?? plan.configuration.statePath,
                    showProgress: !noProgress && !quiet, shouldStop: { SignalFlag.shared.isSet })
                SignalFlag.shared.install()
                let summary: StoreRunSummary
                do {
                    summary = try DocumentStore(path: storePath).run(plan, options: options)
                } catch {
                    printError("\(error)")
                    throw ExitCode(2)
                }
                if !quiet { printError(summary.description) }
                if summary.failed > 0 { throw ExitCode(1) }
                return
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
