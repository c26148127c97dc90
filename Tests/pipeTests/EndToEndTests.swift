import Foundation
import Testing

/// Runs the built `pipe` binary on real files, from the package root.
struct PipeProcess {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static let binary: String = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("pipe").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("pipe").path,
            Bundle.main.bundleURL.appendingPathComponent("pipe").path,
            packageRoot + "/.build/debug/pipe",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        let directory = NSTemporaryDirectory() + "pipe-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let outPath = directory + "/stdout", errPath = directory + "/stderr", inPath = directory + "/stdin"
        try (stdin ?? "").write(toFile: inPath, atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: try String(contentsOfFile: outPath, encoding: .utf8),
            stderr: try String(contentsOfFile: errPath, encoding: .utf8))
    }

    static func temporaryDirectory() throws -> String {
        let directory = NSTemporaryDirectory() + "pipe-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }
}

@Suite(.serialized) struct EndToEndTests {
    @Test func defaultPipelineRunsOnTheSeeds() throws {
        let output = try PipeProcess.temporaryDirectory() + "/default.jsonl"
        let result = try PipeProcess.run(["run", "pipelines/default.conf", "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: PipeProcess.packageRoot + "/seeds").filter { $0.hasSuffix(".txt") }.sorted()
        #expect(lines.count == seeds.count)
        for (line, seed) in zip(lines, seeds) {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            #expect(record["id"] as? String == String(seed.dropLast(4)))
            #expect((record["text"] as? String)?.isEmpty == false)
            #expect(record["error"] == nil)
        }
        #expect(result.stderr.contains("pipe: 5 in, 5 out, 0 failed"))
    }

    @Test func streamsJSONLFromStdinToStdoutInOrder() throws {
        let input = """
            {"id": "one", "text": "First  record.", "outlet": "AFP"}
            {"id": "two", "text": "Second\\r\\nrecord."}
            not json at all
            {"id": "four", "text": "Fourth."}

            """
        let result = try PipeProcess.run(["run", "pipelines/default.conf", "--input", "-", "--output", "-", "--quiet"], stdin: input)
        #expect(result.status == 1)  // one record failed
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix(#"{"id":"one","source":"<stdin>:1","text":"First record.","metadata":{"outlet":"AFP"}"#))
        #expect(lines[1].hasPrefix(#"{"id":"two","source":"<stdin>:2","text":"Second\nrecord.""#))
        #expect(lines[2] == #"{"id":null,"source":"<stdin>:3","error":{"stage":"read","message":"line 3: invalid JSON at column 1: invalid literal, expected 'null'"}}"#)
        #expect(lines[3].hasPrefix(#"{"id":"four","#))
        #expect(result.stderr.isEmpty)
    }

    @Test func outputIsByteIdenticalForOneAndTwoJobs() throws {
        let directory = try PipeProcess.temporaryDirectory()
        var input = ""
        let seeds = try FileManager.default.contentsOfDirectory(atPath: PipeProcess.packageRoot + "/seeds").sorted()
        let texts = try seeds.map { try String(contentsOfFile: PipeProcess.packageRoot + "/seeds/" + $0, encoding: .utf8) }
        for index in 0..<10_000 {
            let text = texts[index % texts.count].split(separator: "\n\n").shuffled().prefix(3).joined(separator: "\n\n")
            let record = ["id": "r\(index)", "text": text]
            input += String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self) + "\n"
        }
        try input.write(toFile: directory + "/in.jsonl", atomically: true, encoding: .utf8)
        let one = try PipeProcess.run(["run", "pipelines/default.conf", "--input", directory + "/in.jsonl", "--output", directory + "/one.jsonl", "--jobs", "1"])
        let two = try PipeProcess.run(["run", "pipelines/default.conf", "--input", directory + "/in.jsonl", "--output", directory + "/two.jsonl", "--jobs", "2"])
        #expect(one.status == 0 && two.status == 0, "\(one.stderr)\n\(two.stderr)")
        let first = try Data(contentsOf: URL(fileURLWithPath: directory + "/one.jsonl"))
        let second = try Data(contentsOf: URL(fileURLWithPath: directory + "/two.jsonl"))
        #expect(first.count > 1_000_000)
        #expect(first == second)
        #expect(first.filter { $0 == 0x0A }.count == 10_000)
    }

    @Test func badFilesBecomeErrorRecordsAndTheCountsAddUp() throws {
        let directory = try PipeProcess.temporaryDirectory()
        try "A fine article.\n".write(toFile: directory + "/a.txt", atomically: true, encoding: .utf8)
        try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: directory + "/b.txt"))
        try Data([0x6F, 0x6B, 0xC3, 0x28]).write(to: URL(fileURLWithPath: directory + "/c.txt"))
        try "".write(toFile: directory + "/d.txt", atomically: true, encoding: .utf8)
        let result = try PipeProcess.run(["run", "pipelines/default.conf", "--input", directory, "--output", "-"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[1].contains(#""error":{"stage":"read","message":""#) && lines[1].contains("b.txt: binary file"))
        #expect(lines[2].contains(#""text":"ok\#u{FFFD}(""#) && lines[2].contains("invalid UTF-8 from byte 2"))
        #expect(lines[3].contains(#""id":"d","#) && lines[3].contains(#""text":"""#))
        #expect(result.stderr.contains("pipe: 4 in, 3 out, 1 failed"))
    }

    @Test func checkReportsEveryProblemWithItsPlace() throws {
        let directory = try PipeProcess.temporaryDirectory()
        try """
            input "seeds/*.txt"
            output "out/x.jsonl
            stage unicod { }
            stage unicode {
                from "NFKC"
                collapse_spaces "yes"
            }
            """.write(toFile: directory + "/bad.conf", atomically: true, encoding: .utf8)
        let result = try PipeProcess.run(["check", directory + "/bad.conf"])
        #expect(result.status == 64)
        for expected in [
            "error: unterminated string\n --> \(directory)/bad.conf:2:8",
            "error: unknown stage 'unicod'\n --> \(directory)/bad.conf:3:7",
            "^^^^^^ did you mean 'unicode'?",
            "error: unknown option 'from' for stage 'unicode'\n --> \(directory)/bad.conf:5:5",
            "^^^^ did you mean 'form'?",
            "error: expected a boolean (true or false), found a string \"yes\"\n --> \(directory)/bad.conf:6:21",
        ] {
            #expect(result.stderr.contains(expected), "missing \(expected) in\n\(result.stderr)")
        }
        let good = try PipeProcess.run(["check", "pipelines/default.conf"])
        #expect(good.status == 0)
        #expect(good.stdout.hasPrefix("pipelines/default.conf: ok"))
    }

    @Test func stagesListsAndDescribes() throws {
        let list = try PipeProcess.run(["stages"])
        #expect(list.status == 0 && list.stdout.contains("unicode"))
        let one = try PipeProcess.run(["stages", "unicode"])
        #expect(one.stdout.contains("form (string, default \"NFC\")"))
        let unknown = try PipeProcess.run(["stages", "unicod"])
        #expect(unknown.status == 64 && unknown.stderr.contains("did you mean 'unicode'?"))
    }

    @Test func aMissingInputStopsTheRunAndLeavesNoOutput() throws {
        let directory = try PipeProcess.temporaryDirectory()
        let result = try PipeProcess.run(["run", "pipelines/default.conf", "--input", directory + "/missing/*.txt", "--output", directory + "/out.jsonl"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: input pattern '\(directory)/missing/*.txt' matches no files"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/out.jsonl"))
    }
}
