public import ArgumentParser
public import Pipeline

/// The `pipe` command line: `run`, `watch`, `export`, `query`, `check` and `stages`.
///
/// A package that adds its own stages builds its own `pipe` with this type:
///
/// ```swift
/// // Sources/my-pipe/main.swift
/// import PipelineCLI
/// import Stages
/// import AcmeStages
///
/// PipeCommand.main { registry in
///     try BuiltinStages.register(into: &registry)
///     try AcmeStages.register(into: &registry)
/// }
/// ```
public struct PipeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pipe",
        abstract: "Composable text-processing pipelines for drops of news articles.",
        discussion: """
            A pipeline is a .conf file naming an input, an output and a list of stages. \
            'pipe run pipelines/default.conf' runs the news pipeline over seeds/.

            Exit status: 0 every document succeeded; 1 the run finished but some documents \
            became error records; 2 the run stopped (unreadable input, unwritable output, \
            or on_error abort); 64 bad command line or configuration.
            """,
        subcommands: [Run.self, Watch.self, Export.self, Query.self, Check.self, Stages.self])

    public init() {}

    nonisolated(unsafe) static var registerStages: (inout StageRegistry) throws -> Void = { _ in }

    /// Parses the command line and runs it with the stages that `registerStages` adds.
    public static func main(registerStages: @escaping (inout StageRegistry) throws -> Void) -> Never {
        self.registerStages = registerStages
        self.main()
        Self.exit()
    }

    static func makeRegistry() throws -> StageRegistry {
        var registry = StageRegistry()
        do {
            try registerStages(&registry)
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        return registry
    }

    /// The plan of the configuration at `path`, checked against the registered stages. A
    /// configuration error is printed and exits with status 64: nothing was read.
    static func plan(configurationAt path: String, runner: PipelineRunner? = nil) throws -> ExecutionPlan {
        let runner = try runner ?? PipelineRunner(registry: makeRegistry())
        do {
            return try runner.plan(configurationAt: path)
        } catch {
            printError("\(error)")
            throw ExitCode(64)
        }
    }
}

func printError(_ text: String) {
    var standardError = StandardError()
    print(text, to: &standardError)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandleWriter.write(string, to: 2)
    }
}
