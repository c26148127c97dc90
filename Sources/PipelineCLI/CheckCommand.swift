import ArgumentParser
import Pipeline

extension PipeCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a pipeline configuration without running it.",
            discussion: """
                Parses the file, decodes every stage's options, and checks that each stage's required \
                annotations are provided by an earlier stage — before any document is read. Every problem \
                is reported with file:line:column. Exit status 0 when the configuration is usable, 64 when not.
                """)

        @Argument(help: "The pipeline configuration (.conf) file.")
        var configuration: String

        func run() throws {
            let plan = try PipeCommand.plan(configurationAt: configuration)
            print("\(configuration): ok — \(plan.stageNames.count) stage\(plan.stageNames.count == 1 ? "" : "s"): \(plan.stageNames.joined(separator: " → "))")
        }
    }
}
