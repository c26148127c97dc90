import ArgumentParser
import Foundation
import Pipeline
import Stages

extension PipeBench {
    /// Times one stage alone, on one thread, over articles made from the seeds.
    struct StageAlone: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stage",
            abstract: "Measure one stage alone on one thread (MB/s per core of document text).")

        @Argument(help: "The stage name.")
        var name: String

        @Option(help: "The stage's options, as the text of its .conf block.")
        var options = ""

        @Option(help: "Stages to run first, untimed, comma-separated (for example unicode,sentences).")
        var before = ""

        @Option(help: "Megabytes of text to process per run.")
        var megabytes = 20

        @Option(help: "Runs; the median is reported.")
        var `repeat` = 5

        @Option(help: "Folder of seed .txt articles.")
        var seeds = "seeds"

        func run() throws {
            var registry = StageRegistry()
            try BuiltinStages.register(into: &registry)
            let texts = try BenchCorpus.texts(seeds: seeds, bytes: megabytes * 1_000_000)
            var documents = texts.enumerated().map { Document(id: "doc-\($0.offset)", text: $0.element) }
            if !before.isEmpty {
                let stages = before.split(separator: ",").map { "stage \($0) { }" }.joined(separator: "\n")
                let plan = try makePlan(stages, registry: registry)
                documents = try plan.process(documents, workers: ProcessInfo.processInfo.activeProcessorCount).map { try $0.get() }
            }
            let bytes = Double(documents.reduce(0) { $0 + $1.text.utf8.count })
            let plan = try makePlan("stage \(name) {\n\(options)\n}", registry: registry)
            var times: [Double] = []
            var cpuTimes: [Double] = []
            var failures = 0
            for _ in 0..<self.repeat {
                // One worker runs on this thread, so the thread's CPU time is the stage's cost
                // per core, whatever else the shared machine is doing; wall time is shown too.
                let start = now()
                let cpuStart = threadCPUTime()
                let results = try plan.process(documents, workers: 1)
                cpuTimes.append(threadCPUTime() - cpuStart)
                times.append(now() - start)
                failures = results.filter { if case .failure = $0 { return true } else { return false } }.count
            }
            print(
                "stage \(name): \(format(bytes / median(cpuTimes) / 1e6)) MB/s per core (thread CPU time), "
                    + "\(format(bytes / median(times) / 1e6)) MB/s wall clock "
                    + "(\(documents.count) documents, \(format(bytes / 1e6)) MB, median of \(self.repeat)\(failures > 0 ? ", \(failures) failed" : ""))")
        }

        private func makePlan(_ text: String, registry: StageRegistry) throws -> ExecutionPlan {
            let configuration = try PipelineConfiguration.parse(SourceFile(path: "<bench>", text: text))
            return try ExecutionPlan(configuration: configuration, registry: registry)
        }
    }

    /// Writes the generated corpus, to use it with other tools.
    struct Corpus: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the generated JSONL corpus.")

        @Option(help: "Corpus size in MB.")
        var megabytes = 200

        @Option(help: "Folder of seed .txt articles.")
        var seeds = "seeds"

        @Argument(help: "Output path.")
        var output: String

        func run() throws {
            try BenchCorpus.write(seeds: seeds, megabytes: megabytes, to: output)
            print(output)
        }
    }
}
