import Foundation
import Pipeline
import Testing

@Suite struct ExecutorTests {
    private func jsonl(_ records: [(String, String)]) -> String {
        records.map { id, text in
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n")
            return "{\"id\":\"\(id)\",\"text\":\"\(escaped)\"}"
        }.joined(separator: "\n") + "\n"
    }

    /// One input folder per test, so `source` fields match between runs being compared.
    private let directory = temporaryDirectory()

    private func run(_ config: String, input: String, workers: Int = 2, batchSize: Int? = nil, state: String? = nil) throws -> (String, RunSummary) {
        let inputPath = directory + "/in.jsonl"
        let outputPath = directory + "/out.jsonl"
        try input.write(toFile: inputPath, atomically: true, encoding: .utf8)
        let p = try plan(config)
        let summary = try PipelineRunner(registry: try TestStages.registry()).run(
            p, options: RunOptions(inputs: [inputPath], output: outputPath, workers: workers, statePath: state, batchSize: batchSize))
        return (try String(contentsOfFile: outputPath, encoding: .utf8), summary)
    }

    @Test func outputIsInInputOrderAndIdenticalForAnyWorkerCount() throws {
        let records = (0..<10_000).map { ("d\($0)", "text number \($0) " + String(repeating: "é", count: $0 % 50)) }
        let config = "stage test.upcase { }\nstage test.words { }\nstage test.frequency { }"
        let (one, summaryOne) = try run(config, input: jsonl(records), workers: 1)
        let (two, _) = try run(config, input: jsonl(records), workers: 2, batchSize: 37)
        let (four, _) = try run(config, input: jsonl(records), workers: 4)
        #expect(one == two)
        #expect(one == four)
        #expect(summaryOne.documentsIn == 10_000 && summaryOne.documentsOut == 10_000)
        let ids = one.split(separator: "\n").prefix(3).map { $0.split(separator: ",")[0] }
        #expect(ids == ["{\"id\":\"d0\"", "{\"id\":\"d1\"", "{\"id\":\"d2\""])
    }

    @Test(arguments: [1, 2])
    func corpusStatesAreMergedInPlace(workers: Int) throws {
        let records = (0..<200).map { ("d\($0)", "text \($0)") }
        let (output, _) = try run("stage test.in-place-merge { }", input: jsonl(records), workers: workers)
        let lines = output.split(separator: "\n")
        #expect(lines.count == 200)
        #expect(lines.allSatisfy { $0.contains("\"shared_merges\":0") }, "\(lines.first ?? "")")
    }

    @Test func streamingOutputIsIdenticalForAnyWorkerCountAndBatchSize() throws {
        let records = (0..<3_000).map { ("s\($0)", "x \($0)" + ($0 % 97 == 0 ? " boom" : "")) }
        let config = "stage test.upcase { }\nstage test.explode { }"
        let (one, _) = try run(config, input: jsonl(records), workers: 1, batchSize: 1)
        let (two, summary) = try run(config, input: jsonl(records), workers: 2, batchSize: 64)
        #expect(one == two)
        #expect(summary.documentsFailed == 0)  // upcase turned "boom" into "BOOM"
    }

    @Test func aFailingDocumentBecomesAnErrorRecordInItsPlace() throws {
        let records = [("a", "fine"), ("b", "goes boom"), ("c", "also fine")]
        let (output, summary) = try run("stage test.explode { }\nstage test.words { }", input: jsonl(records))
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("{\"id\":\"a\",\"source\":"))
        #expect(lines[0].contains("\"words\":[{\"end\":4,\"start\":0}]"))
        #expect(lines[1].hasPrefix("{\"id\":\"b\","))
        #expect(lines[1].hasSuffix("\"error\":{\"stage\":\"test.explode\",\"message\":\"the text asked for it\"}}"))
        #expect(lines[2].hasPrefix("{\"id\":\"c\","))
        #expect(summary.documentsIn == 3 && summary.documentsOut == 2 && summary.documentsFailed == 1)
        #expect(summary.documentsIn == summary.documentsOut + summary.documentsFailed)
        #expect(summary.stages.first { $0.name == "test.explode" }?.failures == 1)
    }

    @Test func aFailureInACorpusStageIsIsolatedToo() throws {
        let records = [("a", "alpha one"), ("b", "corpus-boom"), ("c", "alpha two")]
        let (output, summary) = try run("stage test.frequency { }", input: jsonl(records))
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines[0].contains("\"frequency\":2"))
        #expect(lines[1].contains("\"error\":{\"stage\":\"test.frequency\""))
        #expect(lines[2].contains("\"frequency\":2"))
        #expect(summary.documentsFailed == 1)
    }

    @Test func abortStopsTheRunAndWritesNothing() throws {
        let directory = temporaryDirectory()
        let inputPath = directory + "/in.jsonl"
        try jsonl([("a", "ok"), ("b", "boom")]).write(toFile: inputPath, atomically: true, encoding: .utf8)
        let p = try plan("on_error abort\nstage test.explode { }")
        #expect(throws: RunAborted.self) {
            try PipelineRunner(registry: try TestStages.registry()).run(
                p, options: RunOptions(inputs: [inputPath], output: directory + "/out.jsonl"))
        }
        #expect(!FileManager.default.fileExists(atPath: directory + "/out.jsonl"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.contains("partial") }
        #expect(leftovers.isEmpty)
    }

    @Test func corpusStateIsSavedAndLoadedByTheNextRun() throws {
        let state = temporaryDirectory() + "/state"
        let config = "stage test.frequency { }"
        let (first, _) = try run(config, input: jsonl([("a", "alpha"), ("b", "beta")]), state: state)
        #expect(first.contains("\"frequency\":1"))
        #expect(FileManager.default.fileExists(atPath: state + "/test.frequency.json"))
        let (second, _) = try run(config, input: jsonl([("c", "alpha again")]), state: state)
        #expect(second.contains("\"frequency\":2"))
        let (third, _) = try run(config, input: jsonl([("d", "alpha")]), state: state)
        #expect(third.contains("\"frequency\":3"))
    }

    @Test func inMemoryProcessingReturnsResultsInOrder() throws {
        let p = try plan("stage test.explode { }\nstage test.words { }")
        let results = try p.process((0..<100).map { Document(id: "\($0)", text: $0 == 50 ? "boom" : "w \($0)") }, workers: 3)
        #expect(results.count == 100)
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let document): #expect(document.id == "\(index)" && index != 50)
            case .failure(let failure): #expect(index == 50 && failure.stage == "test.explode")
            }
        }
    }

    @Test func inputsThatDoNotExistAreRunErrors() throws {
        let p = try plan("stage test.words { }")
        let runner = PipelineRunner(registry: try TestStages.registry())
        #expect(throws: RunError.self) { try runner.run(p, options: RunOptions(inputs: ["/nonexistent/*.txt"], output: "-")) }
        #expect(throws: RunError.self) { try runner.run(p, options: RunOptions(inputs: ["/nonexistent/file.jsonl"], output: "-")) }
        #expect(throws: RunError.self) { try runner.run(p, options: RunOptions(inputs: [], output: "-")) }
    }
}
