import ArgumentParser
import Pipeline

extension PipeCommand {
    struct Stages: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the registered stages, or describe one.",
            discussion: "With a NAME: the stage's documentation, options (type, default, meaning), and the annotations it requires and provides.")

        @Argument(help: "A stage name, to describe that stage.")
        var name: String?

        func run() throws {
            let registry = try PipeCommand.makeRegistry()
            guard let name else {
                let width = registry.names.map(\.count).max() ?? 0
                for entry in registry.entries {
                    print("  \(entry.name.padding(toLength: width))  \(entry.summary)")
                }
                print("\nRun 'pipe stages NAME' for a stage's options.")
                return
            }
            guard let entry = registry.entry(named: name) else {
                var message = "error: unknown stage '\(name)'"
                if let suggestion = registry.names.min(by: { distance($0, name) < distance($1, name) }), distance(suggestion, name) <= 3 {
                    message += "; did you mean '\(suggestion)'?"
                }
                printError(message)
                throw ExitCode(64)
            }
            print(StageDescription(entry).text)
        }

        private func distance(_ a: String, _ b: String) -> Int {
            let a = Array(a), b = Array(b)
            var row = Array(0...b.count)
            for i in 1...max(1, a.count) where !a.isEmpty {
                var previous = row[0]
                row[0] = i
                for j in stride(from: 1, through: b.count, by: 1) {
                    let current = row[j]
                    row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                    previous = current
                }
            }
            return a.isEmpty ? b.count : row[b.count]
        }
    }
}

/// The text of `pipe stages NAME`.
struct StageDescription {
    let text: String

    init(_ entry: StageRegistry.Entry) {
        var lines = ["\(entry.name)\(entry.isCorpusStage ? " (corpus stage: sees the whole batch)" : "")", "", entry.documentation, ""]
        if entry.options.isEmpty {
            lines.append("Options: none.")
        } else {
            lines.append("Options:")
            for option in entry.options {
                let defaultText = option.defaultValue.map { "default \($0)" } ?? "required"
                lines.append("  \(option.key) (\(option.type), \(defaultText))")
                lines.append("      \(option.help)")
            }
        }
        lines.append("")
        lines.append("Requires: \(entry.requires.isEmpty ? "nothing" : entry.requires.map(\.name).joined(separator: ", "))")
        lines.append("Provides: \(entry.provides.isEmpty ? "nothing (rewrites or filters text)" : entry.provides.map(\.name).joined(separator: ", "))")
        text = lines.joined(separator: "\n")
    }
}

extension String {
    func padding(toLength width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
