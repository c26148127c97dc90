import ArgumentParser
import Foundation
import Pipeline
import PipelineStore

extension PipeCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every record in the store as JSONL.",
            discussion: """
                One line per stored document, in the order runs committed them (input order within a run, \\
                runs in time order): the union of every run's output, each document once, an edited article \\
                in its latest version. The records are those of the most recently run configuration, or of \\
                --config CONF's.
                """)

        @Option(name: .long, help: ArgumentHelp("The store file.", valueName: "path"))
        var store: String?

        @Option(name: .long, help: ArgumentHelp("The pipeline whose store and records to export.", valueName: "conf"))
        var config: String?

        @Option(name: .long, help: ArgumentHelp("Write here instead of stdout.", valueName: "path"))
        var output: String?

        func run() throws {
            let (store, fingerprint) = try PipeCommand.openStore(path: store, configuration: config)
            do {
                let configuration = try store.configuration(fingerprint)
                let handle: FileHandle
                if let output, output != "-" {
                    let temporary = output + ".partial"
                    guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
                        throw StoreError("cannot create '\(output)'")
                    }
                    handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
                    let count = try store.export(configuration: configuration.fingerprint) { try handle.write(contentsOf: $0) }
                    try handle.synchronize()
                    try handle.close()
                    _ = try FileManager.default.replaceItemAt(URL(fileURLWithPath: output), withItemAt: URL(fileURLWithPath: temporary))
                    printError("pipe: \(count) records exported to \(output)")
                } else {
                    handle = FileHandle.standardOutput
                    try store.export(configuration: configuration.fingerprint) { try handle.write(contentsOf: $0) }
                }
            } catch {
                printError("\(error)")
                throw ExitCode(2)
            }
        }
    }
}
