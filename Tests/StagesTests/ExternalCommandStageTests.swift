import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The `exec` stage against a real Python process (`Fixtures/exec/probe.py`).
@Suite struct ExternalCommandStageTests {
    static let probe = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/exec/probe.py").path

    static func harness(_ extra: String = "") throws -> StageHarness<ExternalCommandStage> {
        try StageHarness<ExternalCommandStage>(configuration: "command [\"python3\", \"\(probe)\"]\n\(extra)")
    }

    static func failure(_ body: () throws -> Document) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func newFieldsBecomeJSONAnnotationsAndEchoedFieldsAreIgnored() throws {
        let harness = try Self.harness()
        var document = Document(id: "a1", source: "x.txt", text: "héllo 😀", metadata: [("outlet", .string("AFP"))])
        document.annotations[json: "upstream"] = .bool(true)
        let result = try harness.run(document)
        #expect(result.text == "héllo 😀")
        #expect(result.annotations[json: "length"] == .number("7"))
        #expect(result.annotations[json: "seen"] == .array(["id", "metadata", "source", "text", "upstream"].map(JSONValue.string)))
        #expect(result.annotations[json: "upstream"] == .bool(true))
        #expect(result.annotations.keyNames == ["upstream", "length", "pid", "seen"])
        let line = String(decoding: try result.jsonRecord(), as: UTF8.self)
        #expect(line.hasPrefix(#"{"id":"a1","source":"x.txt","text":"héllo 😀","metadata":{"outlet":"AFP"},"upstream":true,"length":7,"pid":"#))
    }

    @Test func aCommandThatDiesFailsOneDocumentAndIsStartedAgain() throws {
        let harness = try Self.harness()
        let first = try harness.run(text: "fine", id: "1")
        let message = Self.failure { try harness.run(text: "please die-now", id: "2") }
        #expect(message.contains("command exited with status 3 before answering"), "\(message)")
        #expect(message.contains("probe: asked to die"), "\(message)")
        let third = try harness.run(text: "fine again", id: "3")
        #expect(third.annotations[json: "length"] == .number("10"))
        #expect(first.annotations[json: "pid"] != third.annotations[json: "pid"])
    }

    @Test func aCommandThatHangsIsKilledAtTheTimeout() throws {
        // The timeout also covers starting the command (Python takes a while on a loaded machine).
        let harness = try Self.harness("timeout 2.5")
        _ = try harness.run(text: "warm up")
        let start = Date()
        let message = Self.failure { try harness.run(text: "hang-now") }
        #expect(message.contains("command did not answer within 2.5 s and was killed"), "\(message)")
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(try harness.run(text: "after").annotations[json: "length"] == .number("5"))
    }

    @Test func anErrorFieldFailsTheDocumentAndTheCommandGoesOn() throws {
        let harness = try Self.harness()
        let before = try harness.run(text: "one")
        #expect(Self.failure { try harness.run(text: "refuse-now") } == "refused: the text asked for it")
        let after = try harness.run(text: "two")
        #expect(before.annotations[json: "pid"] == after.annotations[json: "pid"])
    }

    @Test(arguments: [("garbage-now", "command answered with a line that is not a JSON object: 'this is not json'"),
                      ("wrong-id-now", #"command answered for id "someone-else" instead of "test""#)])
    func answersOutOfStepFailTheDocumentAndRestartTheCommand(text: String, expected: String) throws {
        let harness = try Self.harness()
        let before = try harness.run(text: "one")
        let message = Self.failure { try harness.run(text: text) }
        #expect(message.contains(expected), "\(message)")
        let after = try harness.run(text: "two")
        #expect(after.annotations[json: "length"] == .number("3"))
        #expect(before.annotations[json: "pid"] != after.annotations[json: "pid"])
    }

    @Test func changingTheTextNeedsRewritesText() throws {
        #expect(Self.failure { try Self.harness().run(text: "shout-now") }.contains("set 'rewrites_text true'"))
        let rewriting = try Self.harness("rewrites_text true")
        #expect(rewriting.stage.rewritesText)
        #expect(try rewriting.run(text: "shout-now").text == "SHOUT-NOW")
    }

    @Test func afterMaxRestartsLaterDocumentsFailAtOnce() throws {
        let harness = try Self.harness("max_restarts 1")
        _ = Self.failure { try harness.run(text: "die-now") }
        _ = Self.failure { try harness.run(text: "die-now") }
        let message = Self.failure { try harness.run(text: "fine") }
        #expect(message.contains("command not started again: it failed 2 times on this worker (max_restarts 1)"), "\(message)")
    }

    @Test func aLongDocumentDoesNotDeadlock() throws {
        let text = String(repeating: "Кыргызстан 😀 ", count: 200_000)  // about 5 MB of UTF-8
        let result = try Self.harness().run(text: text)
        #expect(result.annotations[json: "length"] == .number(String(text.unicodeScalars.count)))
    }

    @Test(arguments: [
        ("command []", "command must name a program"),
        ("command [\"no-such-program-xyz\"]", "command 'no-such-program-xyz' is not on PATH"),
        ("command [\"./missing/tool\"]", "command './missing/tool' is not an executable file"),
        ("command [\"python3\"]\ntimeout 0", "timeout must be a positive number"),
        ("timeout 3", "missing option 'command'"),
    ])
    func badOptionsAreReportedBeforeAnyDocument(block: String, expected: String) throws {
        var registry = StageRegistry()
        try BuiltinStages.register(into: &registry)
        do {
            _ = try ExecutionPlan(source: SourceFile(path: "x.conf", text: "stage exec {\n\(block)\n}"), registry: registry)
            Issue.record("expected an error for \(block)")
        } catch {
            #expect("\(error)".contains(expected), "\(error)")
        }
    }

    @Test func eachWorkerHasItsOwnCommandAndOrderIsKept() throws {
        var registry = StageRegistry()
        try BuiltinStages.register(into: &registry)
        let plan = try ExecutionPlan(
            source: SourceFile(path: "x.conf", text: "stage exec { command [\"python3\", \"\(Self.probe)\"] }"), registry: registry)
        let documents = (0..<200).map { Document(id: "d\($0)", text: String(repeating: "x", count: $0 % 17) + ($0 == 50 ? " die-now" : "")) }
        let results = try plan.process(documents, workers: 2)
        var pids = Set<JSONValue>()
        for (index, result) in results.enumerated() {
            if index == 50 {
                guard case .failure(let failure) = result else { Issue.record("document 50 should fail"); continue }
                #expect(failure.stage == "exec" && failure.documentID == "d50")
                continue
            }
            let document = try result.get()
            #expect(document.id == "d\(index)")
            #expect(document.annotations[json: "length"] == .number(String(index % 17)))
            pids.insert(document.annotations[json: "pid"]!)
        }
        #expect(pids.count >= 2 && pids.count <= 3)  // one per worker, plus the restart after d50
    }
}
