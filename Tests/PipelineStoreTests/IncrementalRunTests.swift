import Foundation
import GRDB
import Pipeline
import Testing

@testable import PipelineStore

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownDigests(message: String, digest: String) {
        #expect(SHA256.hex(message) == digest)
    }

    @Test func longMultiByteMessage() {
        // hashlib.sha256(("Атамбаев said 😀 " * 1000).encode()).hexdigest()
        #expect(SHA256.hex(String(repeating: "Атамбаев said 😀 ", count: 1000)) == "f042f9356969a63122daf84dc381b69c21fc115f5f8daddfa833aa53ae8359a5")
    }

    @Test func pieceByPieceEqualsAllAtOnce() {
        let text = String(repeating: "Атамбаев said \u{1F600} ", count: 97)
        var hasher = SHA256()
        var rest = Substring(text)
        var size = 1
        while !rest.isEmpty {
            hasher.update(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
            size = size % 70 + 1
        }
        #expect(hasher.hexDigest() == SHA256.hex(text))
    }
}

@Suite struct IncrementalRunTests {
    let directory: String
    init() throws { directory = try StoreTestSupport.temporaryDirectory() }

    private func run(
        _ plan: ExecutionPlan, _ store: DocumentStore, input: String, output: String = "out.jsonl", full: Bool = false,
        commitEvery: Int = 1000, workers: Int = 2
    ) throws -> StoreRunSummary {
        try store.run(
            plan,
            options: StoreRunOptions(
                inputs: [directory + "/" + input], output: directory + "/" + output, workers: workers, full: full,
                commitEvery: commitEvery))
    }

    @Test func onlyNewAndChangedDocumentsAreProcessedAndRenamedFilesAreNot() throws {
        let plan = try StoreTestSupport.plan("stage test.first-word-count { }")
        let store = try DocumentStore(path: directory + "/store.sqlite")
        try StoreTestSupport.write("alpha one", to: directory + "/in/a.txt")
        try StoreTestSupport.write("beta two", to: directory + "/in/b.txt")
        try StoreTestSupport.write("alpha three", to: directory + "/in/c.txt")

        var summary = try run(plan, store, input: "in")
        #expect((summary.new, summary.changed, summary.unchanged, summary.failed) == (3, 0, 0, 0))
        #expect(try StoreTestSupport.lines(directory + "/out.jsonl").count == 3)

        summary = try run(plan, store, input: "in")
        #expect((summary.new, summary.changed, summary.unchanged) == (0, 0, 3))
        #expect(summary.recordsWritten == 0)
        #expect(summary.description.contains("nothing new"))
        #expect(try String(contentsOfFile: directory + "/out.jsonl", encoding: .utf8).isEmpty)

        // Renamed: not new. Edited: changed, and its old record goes. Added: new.
        try FileManager.default.moveItem(atPath: directory + "/in/a.txt", toPath: directory + "/in/a-renamed.txt")
        try StoreTestSupport.write("beta two, edited", to: directory + "/in/b.txt")
        try StoreTestSupport.write("gamma four", to: directory + "/in/d.txt")
        summary = try run(plan, store, input: "in")
        #expect((summary.new, summary.changed, summary.unchanged) == (1, 1, 2))
        let output = try StoreTestSupport.lines(directory + "/out.jsonl")
        #expect(output.count == 2)
        #expect(output[0].contains(#""text":"beta two, edited""#) && output[1].contains(#""id":"d""#))

        let exported = try StoreTestSupport.export(store)
        #expect(exported.count == 4)
        #expect(exported.filter { $0.contains(#""id":"b""#) }.count == 1)
        #expect(exported.contains { $0.contains(#""text":"beta two, edited""#) })
        // The renamed file keeps its first record (its content is the document).
        #expect(exported[0].contains(#""id":"a""#))
    }

    @Test func corpusStatesCarryOverFromDropToDrop() throws {
        let plan = try StoreTestSupport.plan("stage test.first-word-count { }")
        let store = try DocumentStore(path: directory + "/store.sqlite")
        try StoreTestSupport.write("alpha one\n", to: directory + "/drop1/a.txt")
        try StoreTestSupport.write("alpha two\n", to: directory + "/drop1/b.txt")
        try StoreTestSupport.write("alpha three\n", to: directory + "/drop2/c.txt")
        try StoreTestSupport.write("beta four\n", to: directory + "/drop2/d.txt")
        _ = try run(plan, store, input: "drop1")
        _ = try run(plan, store, input: "drop2")
        let counts = StoreTestSupport.field("first_word_count", of: try StoreTestSupport.export(store))
        // Drop 1 saw two alphas; drop 2 starts from them.
        #expect(counts == ["a": "2", "b": "2", "c": "3", "d": "1"])
    }

    @Test func batchesAreTheSameWhateverTheWorkersAndStoppingPoints() throws {
        let plan = try StoreTestSupport.plan("stage test.first-word-count { }")
        var jsonl = ""
        for index in 0..<23 { jsonl += "{\"id\":\"r\(index)\",\"text\":\"w\(index % 3) text \(index)\"}\n" }
        try StoreTestSupport.write(jsonl, to: directory + "/in.jsonl")

        let whole = try DocumentStore(path: directory + "/whole.sqlite")
        _ = try run(plan, whole, input: "in.jsonl", commitEvery: 5, workers: 1)

        // Stop after every batch (as a signal would), then go on: same store in the end.
        let stepped = try DocumentStore(path: directory + "/stepped.sqlite")
        var runs = 0
        while true {
            let flag = StopAfterOneBatch(store: stepped)
            let summary = try stepped.run(
                plan,
                options: StoreRunOptions(
                    inputs: [directory + "/in.jsonl"], output: directory + "/stepped.jsonl", workers: 2, commitEvery: 5,
                    shouldStop: flag.check))
            runs += 1
            if summary.new == 0 { break }
        }
        #expect(runs == 6)  // five batches of ≤ 5, then one run that finds nothing new
        #expect(try StoreTestSupport.export(whole) == StoreTestSupport.export(stepped))
        let counts = StoreTestSupport.field("first_word_count", of: try StoreTestSupport.export(whole))
        #expect(counts["r0"] == "2" && counts["r22"] == "8")  // batch 1 sees its own two w0s; the last, all eight
    }

    @Test func recordsOfAnInterruptedRunGoToTheNextRunsOutput() throws {
        let plan = try StoreTestSupport.plan("stage test.first-word-count { }")
        let store = try DocumentStore(path: directory + "/store.sqlite")
        for index in 0..<6 { try StoreTestSupport.write("word \(index)", to: directory + "/in/\(index).txt") }
        // A run that committed batches but was never delivered, as after kill -9.
        let runID = try store.database.write { db in
            try db.execute(sql: "INSERT INTO configs (fingerprint, signature, created) VALUES (?, ?, 'now')",
                           arguments: [DocumentStore.fingerprint(of: plan.signature), plan.signature])
            try db.execute(sql: "INSERT INTO runs (config, started) VALUES (?, 'now')", arguments: [DocumentStore.fingerprint(of: plan.signature)])
            return db.lastInsertedRowID
        }
        #expect(runID == 1)
        let stopped = try store.run(
            plan,
            options: StoreRunOptions(
                inputs: [directory + "/in"], output: directory + "/first.jsonl", commitEvery: 4, shouldStop: StopAfterOneBatch(store: store).check))
        #expect(stopped.stopped && stopped.recordsWritten == 4)
        try store.database.write { db in try db.execute(sql: "UPDATE runs SET delivered = 0") }  // as if killed before delivering
        let summary = try run(plan, store, input: "in", output: "second.jsonl", commitEvery: 4)
        #expect(summary.new == 2 && summary.recoveredRecords == 4 && summary.recordsWritten == 6)
        #expect(try StoreTestSupport.lines(directory + "/second.jsonl") == StoreTestSupport.export(store))
    }

    @Test func fullForgetsAndReprocesses() throws {
        let plan = try StoreTestSupport.plan("stage test.first-word-count { }")
        let store = try DocumentStore(path: directory + "/store.sqlite")
        try StoreTestSupport.write("alpha one", to: directory + "/drop1/a.txt")
        try StoreTestSupport.write("alpha two", to: directory + "/drop2/b.txt")
        _ = try run(plan, store, input: "drop1")
        _ = try run(plan, store, input: "drop2")
        let summary = try run(plan, store, input: "drop2", full: true)
        #expect(summary.new == 1)
        let counts = StoreTestSupport.field("first_word_count", of: try StoreTestSupport.export(store))
        #expect(counts == ["b": "1"])
    }

    @Test func recordsMadeUnderOtherRuleFilesAreReportedUntilFull() throws {
        let store = try DocumentStore(path: directory + "/store.sqlite")
        let rules = directory + "/rules.txt"
        let plan = { try StoreTestSupport.plan("stage test.rule-file { file \"\(rules)\" }") }
        try StoreTestSupport.write("alpha one", to: directory + "/in/a.txt")
        try StoreTestSupport.write("beta two", to: directory + "/in/b.txt")
        try StoreTestSupport.write("version 1", to: rules)
        let first = try run(try plan(), store, input: "in")
        #expect(first.new == 2 && first.staleDocuments == 0)

        // The same config with an edited rule file: the records stand, and the run says so.
        try StoreTestSupport.write("version 2", to: rules)
        try StoreTestSupport.write("gamma three", to: directory + "/in/c.txt")
        let edited = try run(try plan(), store, input: "in")
        #expect(edited.new == 1 && edited.unchanged == 2)
        #expect(edited.staleDocuments == 2 && edited.staleStages == ["test.rule-file"])
        #expect(edited.description.contains("warning: 2 stored documents were processed under other rule files (stage test.rule-file)"))
        #expect(try store.configurations().count == 1)

        let full = try run(try plan(), store, input: "in", full: true)
        #expect(full.new == 3 && full.staleDocuments == 0)
        #expect(!full.description.contains("warning"))
    }

    @Test func anotherConfigurationProcessesEverythingAgain() throws {
        let store = try DocumentStore(path: directory + "/store.sqlite")
        try StoreTestSupport.write("alpha one", to: directory + "/in/a.txt")
        let first = try run(try StoreTestSupport.plan("stage test.first-word-count { }"), store, input: "in")
        let second = try run(try StoreTestSupport.plan("stage test.first-word-count { }\nstage test.boom { }"), store, input: "in")
        let same = try run(try StoreTestSupport.plan("# a comment\nstage   test.first-word-count {\n}\n"), store, input: "in")
        #expect(first.new == 1 && second.new == 1 && same.new == 0)
        #expect(try store.configurations().count == 2)
    }

    @Test func failuresAreStoredWithTheirErrorAndNotRetried() throws {
        let plan = try StoreTestSupport.plan("stage test.boom { }")
        let store = try DocumentStore(path: directory + "/store.sqlite")
        try StoreTestSupport.write("fine", to: directory + "/in/a.txt")
        try StoreTestSupport.write("boom", to: directory + "/in/b.txt")
        try Data([0x41, 0x00]).write(to: URL(fileURLWithPath: directory + "/in/c.txt"))
        var summary = try run(plan, store, input: "in")
        #expect(summary.new == 3 && summary.failed == 2)
        let errors = try store.database.read { db in
            try String.fetchAll(db, sql: "SELECT error FROM documents WHERE error IS NOT NULL ORDER BY seq")
        }
        #expect(errors.count == 2 && errors[0] == #"{"stage":"test.boom","message":"boom"}"#)
        summary = try run(plan, store, input: "in")
        #expect(summary.unchanged == 3 && summary.failed == 0)
    }

    @Test func storeOutputEqualsAStatelessRun() throws {
        let plan = try StoreTestSupport.plan("stage test.first-word-count { }")
        var jsonl = ""
        for index in 0..<50 { jsonl += "{\"id\":\"r\(index)\",\"text\":\"w\(index % 4) \\u00e9 \(index)\",\"outlet\":\"o\(index % 2)\"}\n" }
        jsonl += "not json\n"
        try StoreTestSupport.write(jsonl, to: directory + "/in.jsonl")
        let store = try DocumentStore(path: directory + "/store.sqlite")
        _ = try run(plan, store, input: "in.jsonl", output: "stored.jsonl")
        _ = try PipelineRunner(registry: try StoreTestSupport.registry()).run(
            plan, options: RunOptions(inputs: [directory + "/in.jsonl"], output: directory + "/plain.jsonl"))
        #expect(try String(contentsOfFile: directory + "/stored.jsonl", encoding: .utf8)
            == String(contentsOfFile: directory + "/plain.jsonl", encoding: .utf8))
    }

    @Test func defaultStorePathIsNamedAfterTheOutput() {
        #expect(DocumentStore.defaultPath(forOutput: "out/default.jsonl") == "out/default.sqlite")
        #expect(DocumentStore.defaultPath(forOutput: "result") == "result.sqlite")
        #expect(DocumentStore.defaultPath(forOutput: "-") == nil)
    }
}

/// Says "stop" once a batch has been committed since it was made, as a signal during the run would.
final class StopAfterOneBatch: Sendable {
    let store: DocumentStore
    let before: Int

    init(store: DocumentStore) {
        self.store = store
        before = Self.committed(store)
    }

    static func committed(_ store: DocumentStore) -> Int {
        (try? store.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0 }) ?? 0
    }

    func check() -> Bool { Self.committed(store) > before }
}
