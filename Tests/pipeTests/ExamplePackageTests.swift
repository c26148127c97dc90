import Foundation
import Testing

/// Runs a program with a deadline, capturing its output in files (pipes could fill up and block).
struct ChildProgram {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var seconds: Double
    }

    static func run(_ executable: String, _ arguments: [String], in directory: String, timeout: Double) throws -> Result {
        let scratch = try PipeProcess.temporaryDirectory()
        let outPath = scratch + "/stdout", errPath = scratch + "/stderr"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let start = Date()
        try process.run()
        while process.isRunning && Date().timeIntervalSince(start) < timeout {
            Thread.sleep(forTimeInterval: 0.1)
        }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw TimedOut(command: ([executable] + arguments).joined(separator: " "), seconds: timeout)
        }
        return Result(
            status: process.terminationStatus, stdout: try String(contentsOfFile: outPath, encoding: .utf8),
            stderr: try String(contentsOfFile: errPath, encoding: .utf8), seconds: Date().timeIntervalSince(start))
    }

    struct TimedOut: Error, CustomStringConvertible {
        var command: String
        var seconds: Double
        var description: String { "'\(command)' did not finish within \(Int(seconds)) s" }
    }

    /// `swift` as found on PATH.
    static let swift: String = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
        return path.split(separator: ":").map { "\($0)/swift" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/swift"
    }()
}

/// The records of a JSONL file, as dictionaries.
func jsonRecords(_ path: String) throws -> [[String: Any]] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
        try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
}

/// `text[start:end]` as Python would slice it: code point offsets.
func codePoints(_ text: String, _ start: Int, _ end: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    return String(String.UnicodeScalarView(scalars[start..<end]))
}

/// The user-package route, as the README describes it: build `Examples/KeywordTagger` (its own
/// package, depending on this one by path), run its tests, and run its pipeline on the seeds.
@Suite(.serialized) struct ExamplePackageTests {
    static let example = PipeProcess.packageRoot + "/Examples/KeywordTagger"

    /// Removes SwiftPM's cached build plans (`*.yaml` manifests and `description.json`) under
    /// `scratch`, keeping everything already compiled.
    static func removeBuildPlans(in scratch: String) {
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(atPath: scratch) else { return }
        while let relative = enumerator.nextObject() as? String {
            let depth = relative.split(separator: "/").count
            if depth > 3 { enumerator.skipDescendants() }
            let name = (relative as NSString).lastPathComponent
            if name == "description.json" || (depth <= 2 && name.hasSuffix(".yaml")) {
                try? fileManager.removeItem(atPath: scratch + "/" + relative)
            }
        }
    }

    @Test func theExamplePackageBuildsPassesItsTestsAndRunsItsPipeline() throws {
        // Its own scratch path (the default, Examples/KeywordTagger/.build): the outer `swift test`
        // holds the lock of this package's .build, and a nested build must never wait for it.
        let scratch = Self.example + "/.build"
        // Run nested inside `swift test`, SwiftPM reuses the cached build plan of this path
        // dependency even after a source file of the main package was added or removed, and fails
        // on "missing inputs". Dropping the plan (not the compiled objects) makes it re-plan.
        Self.removeBuildPlans(in: scratch)
        let test = try ChildProgram.run(
            ChildProgram.swift, ["test", "--package-path", Self.example, "--scratch-path", scratch], in: Self.example,
            timeout: 900)
        #expect(test.status == 0, "swift test of the example failed:\n\(test.stdout.suffix(3000))\n\(test.stderr.suffix(3000))")
        print("Examples/KeywordTagger: built and tested in \(Int(test.seconds)) s")

        let binary = scratch + "/debug/acme-pipe"
        let stages = try ChildProgram.run(binary, ["stages", "acme.keywords"], in: Self.example, timeout: 60)
        #expect(stages.status == 0 && stages.stdout.contains("word_list (string, default none)"), "\(stages.stdout)\(stages.stderr)")
        let check = try ChildProgram.run(binary, ["check", "pipelines/keywords.conf"], in: Self.example, timeout: 60)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        let output = try PipeProcess.temporaryDirectory() + "/keywords.jsonl"
        let run = try ChildProgram.run(binary, ["run", "pipelines/keywords.conf", "--output", output], in: Self.example, timeout: 120)
        #expect(run.status == 0, "\(run.stderr)")
        let records = try jsonRecords(output)
        #expect(records.count == 5)
        for record in records {
            let text = try #require(record["text"] as? String)
            let matches = try #require(record["acme.keywords"] as? [[String: Any]], "no acme.keywords in \(record["id"] ?? "?")")
            #expect(!matches.isEmpty)
            for match in matches {
                let (start, end) = (match["start"] as! Int, match["end"] as! Int)
                #expect(codePoints(text, start, end) == match["text"] as? String)
            }
            #expect(matches.contains { $0["label"] as? String == "place" && $0["keyword"] as? String == "Bishkek" })
            // The Python stage, through `exec`, in the same pipeline.
            let language = try #require(record["language"] as? [String: Any], "no language in \(record["id"] ?? "?")")
            #expect(language["code"] as? String == "en")
            #expect(record["boilerplate"] != nil)
        }
    }

    @Test func aPythonScriptRunsThroughExecInTheBuiltinPipe() throws {
        let directory = try PipeProcess.temporaryDirectory()
        try """
            input "seeds/*.txt"
            stage unicode { }
            stage sentences { locale "en" }
            stage exec { command ["python3", "Examples/exec/language_guess.py"] }
            """.write(toFile: directory + "/exec.conf", atomically: true, encoding: .utf8)
        let result = try PipeProcess.run(["run", directory + "/exec.conf", "--output", directory + "/out.jsonl", "--jobs", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try jsonRecords(directory + "/out.jsonl")
        #expect(records.count == 5)
        for record in records {
            #expect((record["language"] as? [String: Any])?["code"] as? String == "en")
            #expect(record["sentences"] != nil)
            #expect(Array(record.keys).contains("language"))
        }
    }

    @Test func aDyingCommandFailsOnlyItsDocument() throws {
        let directory = try PipeProcess.temporaryDirectory()
        try """
            import json, os, sys
            for line in sys.stdin:
                record = json.loads(line)
                if record["text"] == "die":
                    os._exit(9)
                print(json.dumps({"id": record["id"], "chars": len(record["text"])}), flush=True)
            """.write(toFile: directory + "/fragile.py", atomically: true, encoding: .utf8)
        try "stage exec { command [\"python3\", \"\(directory)/fragile.py\"] }\n".write(
            toFile: directory + "/fragile.conf", atomically: true, encoding: .utf8)
        let input = ["one", "die", "three", "four"].map { #"{"id":"\#($0)","text":"\#($0)"}"# }.joined(separator: "\n") + "\n"
        let result = try PipeProcess.run(["run", directory + "/fragile.conf", "--input", "-", "--output", "-", "--jobs", "1"], stdin: input)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            #"{"id":"one","source":"<stdin>:1","text":"one","chars":3}"#,
            #"{"id":"die","source":"<stdin>:2","error":{"stage":"exec","message":"command exited with status 9 before answering"}}"#,
            #"{"id":"three","source":"<stdin>:3","text":"three","chars":5}"#,
            #"{"id":"four","source":"<stdin>:4","text":"four","chars":4}"#,
        ])
        #expect(result.stderr.contains("pipe: 4 in, 3 out, 1 failed"))
    }
}
