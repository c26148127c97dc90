import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension PipeBench {
    /// Runs the built `pipe` binary over a generated corpus, for each worker count.
    struct Pipeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a pipeline over a generated JSONL corpus; print MB/s, records/s and peak memory per worker count, and the JSONDecoder+JSONEncoder baseline.")

        @Argument(help: "The pipeline configuration.")
        var configuration: String

        @Option(help: "Corpus size in MB.")
        var megabytes = 200

        @Option(name: .customLong("jobs"), help: "Worker counts to measure (repeatable).")
        var jobs: [Int] = [1, ProcessInfo.processInfo.activeProcessorCount]

        @Option(help: "Runs per worker count; the median is reported.")
        var `repeat` = 3

        @Option(help: "Folder of seed .txt articles the corpus is made from.")
        var seeds = "seeds"

        @Option(help: "Where to keep the generated corpus.")
        var corpus: String?

        @Flag(help: "Skip the JSONDecoder+JSONEncoder baseline.")
        var noBaseline = false

        func run() throws {
            let corpusPath = corpus ?? NSTemporaryDirectory() + "pipe-bench-\(megabytes)MB.jsonl"
            try BenchCorpus.write(seeds: seeds, megabytes: megabytes, to: corpusPath)
            let bytes = Double(((try FileManager.default.attributesOfItem(atPath: corpusPath)[.size]) as! NSNumber).intValue)
            let records = Double(try countLines(corpusPath))
            let pipe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
                .deletingLastPathComponent().appendingPathComponent("pipe").path
            guard FileManager.default.isExecutableFile(atPath: pipe) else {
                throw ValidationError("no pipe binary next to pipe-bench at \(pipe): run 'swift build -c release' first")
            }
            print("corpus: \(corpusPath) (\(format(bytes / 1e6)) MB, \(Int(records)) records); config: \(configuration)")
            var baseline: Double?
            if !noBaseline {
                let seconds = try (0..<self.repeat).map { _ in try baselineSeconds(corpusPath) }
                baseline = bytes / median(seconds) / 1e6
                print("baseline JSONDecoder+JSONEncoder (1 thread): \(format(baseline!)) MB/s")
            }
            for workers in jobs {
                var times: [Double] = []
                var peaks: [Double] = []
                for _ in 0..<self.repeat {
                    let output = NSTemporaryDirectory() + "pipe-bench-out.jsonl"
                    let (seconds, peak, status) = try spawnMeasured(
                        pipe, ["run", configuration, "--input", corpusPath, "--output", output, "--jobs", String(workers), "--no-progress", "--no-store"])
                    try? FileManager.default.removeItem(atPath: output)
                    guard status == 0 || status == 1 else { throw ValidationError("pipe exited with status \(status)") }
                    times.append(seconds)
                    peaks.append(peak)
                }
                let seconds = median(times)
                var line = "workers \(workers): \(format(bytes / seconds / 1e6)) MB/s, \(Int(records / seconds)) records/s, "
                line += "peak memory \(format(median(peaks) / 1e6)) MB (median of \(self.repeat))"
                if let baseline { line += ", \(format(bytes / seconds / 1e6 / baseline, 2))× baseline" }
                print(line)
            }
        }

        private func countLines(_ path: String) throws -> Int {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
            return data.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        }

        /// Decodes every line into a record and encodes it again, as a program using Foundation would.
        private func baselineSeconds(_ path: String) throws -> Double {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
            let decoder = JSONDecoder()
            let encoder = JSONEncoder()
            let start = now()
            var written = 0
            var lineStart = data.startIndex
            while lineStart < data.endIndex {
                let lineEnd = data[lineStart...].firstIndex(of: 0x0A) ?? data.endIndex
                let record = try decoder.decode(BaselineRecord.self, from: data[lineStart..<lineEnd])
                written += try encoder.encode(record).count
                lineStart = lineEnd + 1
            }
            precondition(written > 0)
            return now() - start
        }

        /// Runs a child process; returns wall seconds, peak resident bytes and exit status.
        ///
        /// The peak comes from the summary `pipe` prints (its own `VmHWM`): `wait4`'s `ru_maxrss`
        /// would include this benchmark's memory, which the child inherits until it execs.
        private func spawnMeasured(_ path: String, _ arguments: [String]) throws -> (Double, Double, Int32) {
            var pid: pid_t = 0
            let argv = ([path] + arguments).map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            let summaryPath = NSTemporaryDirectory() + "pipe-bench-summary.txt"
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 2, summaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            let start = now()
            let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
            guard spawned == 0 else { throw ValidationError("cannot start \(path): \(String(cString: strerror(spawned)))") }
            var status: Int32 = 0
            var usage = rusage()
            _ = wait4(pid, &status, 0, &usage)
            let seconds = now() - start
            let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            let summary = (try? String(contentsOfFile: summaryPath, encoding: .utf8)) ?? ""
            guard let range = summary.range(of: #"peak memory ([0-9.]+) MB"#, options: .regularExpression) else {
                throw ValidationError("pipe printed no peak memory; its standard error was:\n\(summary)")
            }
            let megabytes = Double(summary[range].split(separator: " ")[2]) ?? 0
            return (seconds, megabytes * 1_000_000, exitStatus)
        }
    }
}
