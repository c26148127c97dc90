import ArgumentParser
import Foundation
import Pipeline
import PipelineStore

extension PipeCommand {
    struct Watch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Process drops as they arrive in a folder.",
            discussion: """
                Polls the folders (default: the config's input folders) for .txt and .jsonl files, waits until \\
                a file has stopped changing for --settle seconds, and runs the pipeline on the files that are \\
                ready, through the store, so each document is processed once. Each cycle that processes \\
                something writes its records to the output named after the time (out/default.jsonl → \\
                out/default-20261121T093000Z.jsonl), or to stdout with --output -. SIGINT or SIGTERM: the \\
                batch in flight is finished and committed, and pipe exits with status 0.
                """)

        @Argument(help: "The pipeline configuration (.conf) file.")
        var configuration: String

        @Argument(help: "The folders to watch.")
        var directories: [String] = []

        @Option(name: .long, help: ArgumentHelp("Seconds a file must stay unchanged before it is read.", valueName: "s"))
        var settle = 5.0

        @Option(name: .long, help: ArgumentHelp("Seconds between looks at the folders.", valueName: "s"))
        var poll = 2.0

        @Option(name: .long, help: ArgumentHelp("Where each cycle's records go: a path (timestamped per cycle) or - for stdout.", valueName: "path"))
        var output: String?

        @Option(name: .long, help: ArgumentHelp("The store file instead of the config's or the default.", valueName: "path"))
        var store: String?

        @Option(name: [.customShort("j"), .long], help: ArgumentHelp("Worker threads.", valueName: "n"))
        var jobs: Int?

        @Option(name: .long, help: ArgumentHelp("New documents per store transaction.", valueName: "n"))
        var commitEvery: Int?

        @Flag(name: .shortAndLong, help: "Print no summaries.")
        var quiet = false

        func validate() throws {
            if settle < 0 || poll <= 0 { throw ValidationError("--settle must be 0 or more and --poll more than 0") }
        }

        func run() throws {
            let plan = try PipeCommand.plan(configurationAt: configuration)
            let folders = directories.isEmpty ? plan.configuration.inputs.filter(Self.isDirectory) : directories
            guard !folders.isEmpty, folders.allSatisfy(Self.isDirectory) else {
                printError("error: give folders to watch that exist (the config's input names none)")
                throw ExitCode(64)
            }
            let outputBase = output ?? plan.configuration.output ?? "-"
            let storePath = store ?? plan.configuration.storePath ?? DocumentStore.defaultPath(forOutput: outputBase)
            guard let storePath else {
                printError("error: watching needs a store: give --store PATH (the output is stdout)")
                throw ExitCode(64)
            }
            let documentStore: DocumentStore
            do {
                documentStore = try DocumentStore(path: storePath)
            } catch {
                printError("\(error)")
                throw ExitCode(2)
            }
            SignalFlag.shared.install()
            let watcher = DropWatcher(directories: folders, settleSeconds: settle)
            if !quiet { printError("pipe: watching \(folders.joined(separator: ", ")) (settle \(settle) s, store \(storePath))") }
            while !SignalFlag.shared.isSet {
                let ready = watcher.readyFiles()
                if !ready.isEmpty {
                    let cycleOutput = outputBase == "-" ? "-" : Self.timestamped(outputBase)
                    let options = StoreRunOptions(
                        inputs: ready, output: cycleOutput, workers: jobs,
                        commitEvery: commitEvery ?? StoreRunOptions.defaultCommitEvery, seedStatePath: plan.configuration.statePath,
                        shouldStop: { SignalFlag.shared.isSet })
                    do {
                        let summary = try documentStore.run(plan, options: options)
                        if cycleOutput != "-" && summary.recordsWritten == 0 { try? FileManager.default.removeItem(atPath: cycleOutput) }
                        if !quiet {
                            printError("pipe: \(ready.count) file\(ready.count == 1 ? "" : "s") ready: \(ready.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "))")
                            printError(summary.description)
                        }
                    } catch {
                        printError("\(error)")
                        throw ExitCode(2)
                    }
                }
                var slept = 0.0
                while slept < poll && !SignalFlag.shared.isSet {
                    Thread.sleep(forTimeInterval: min(0.1, poll))
                    slept += 0.1
                }
            }
            if !quiet { printError("pipe: stopped; every committed batch is in \(storePath)") }
        }

        static func isDirectory(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }

        /// `out/default.jsonl` → `out/default-20261121T093000Z.jsonl` (with `-2`, `-3` … if taken).
        static func timestamped(_ path: String) -> String {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
            let url = URL(fileURLWithPath: path)
            let ext = url.pathExtension.isEmpty ? "jsonl" : url.pathExtension
            let base = (path as NSString).deletingPathExtension + "-" + formatter.string(from: Date())
            var candidate = base + "." + ext
            var counter = 2
            while FileManager.default.fileExists(atPath: candidate) {
                candidate = base + "-\(counter)." + ext
                counter += 1
            }
            return candidate
        }
    }
}
