import Foundation
import Pipeline
import Testing

@Suite struct ReaderTests {
    private func runOn(files: [String: [UInt8]], pattern: String = "*", config: String = "stage test.words { }", limit: Int = 64 << 20) throws -> [String] {
        let directory = temporaryDirectory()
        for (name, bytes) in files {
            _ = FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(bytes))
        }
        let output = directory + "/out/result.jsonl"
        let p = try plan(config)
        _ = try PipelineRunner(registry: try TestStages.registry()).run(
            p, options: RunOptions(inputs: [pattern == "*" ? directory : directory + "/" + pattern], output: output, maximumRecordBytes: limit))
        return try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func textFilesGetTheirNameAsIdAndAreSortedByName() throws {
        let lines = try runOn(files: ["b.txt": Array("second".utf8), "a.txt": Array("first".utf8), "c.md": Array("ignored".utf8)])
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("{\"id\":\"a\",") && lines[1].hasPrefix("{\"id\":\"b\","))
    }

    @Test func bomAndCRLFAreHandled() throws {
        let lines = try runOn(files: ["a.txt": [0xEF, 0xBB, 0xBF] + Array("one\r\ntwo\rthree".utf8)])
        #expect(lines[0].contains("\"text\":\"one\\ntwo\\nthree\""))
    }

    @Test func invalidUTF8IsRepairedAndFlagged() throws {
        let lines = try runOn(files: ["a.txt": Array("ok ".utf8) + [0xFF, 0xFE] + Array(" end".utf8)])
        #expect(lines[0].contains("\"text\":\"ok \u{FFFD}\u{FFFD} end\""))
        #expect(lines[0].contains("\"warnings\":[\""))
        #expect(lines[0].contains("invalid UTF-8 from byte 3 replaced with U+FFFD"))
    }

    @Test func emptyFileGivesARecordWithEmptyText() throws {
        let lines = try runOn(files: ["empty.txt": []])
        #expect(lines == ["{\"id\":\"empty\",\"source\":\"\(lines[0].split(separator: "\"")[7])\",\"text\":\"\",\"words\":[]}"])
    }

    @Test func binaryFileIsAnErrorRecordNamingTheFile() throws {
        let lines = try runOn(files: ["bin.txt": [0x41, 0x00, 0x42], "ok.txt": Array("fine".utf8)])
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"error\":{\"stage\":\"read\",\"message\":\"") && lines[0].contains("bin.txt: binary file (NUL byte at offset 1), not text"))
        #expect(lines[1].contains("\"text\":\"fine\""))
    }

    @Test func jsonlKeepsOtherFieldsAsMetadataAndFlagsBadLines() throws {
        let jsonl = """
            {"id": "x", "text": "hello", "outlet": "AFP", "tags": ["a", 1.50, null, true], "nested": {"k": "v"}}
            {"id": "y", "text": 
            
            {"id": 7, "text": "numeric id"}
            [1, 2]
            {"text": "no id"}
            {"id": "z", "text": "\\ud83d\\ude00 and \\ud800 lone"}
            {"id": "w"}
            """
        let lines = try runOn(files: ["in.jsonl": Array((jsonl + "\n").utf8)], pattern: "in.jsonl")
        #expect(lines.count == 7)
        #expect(lines[0].contains("\"metadata\":{\"outlet\":\"AFP\",\"tags\":[\"a\",1.50,null,true],\"nested\":{\"k\":\"v\"}}"))
        #expect(lines[1].contains("\"error\":{\"stage\":\"read\",\"message\":\"line 2: invalid JSON at column 21: unexpected end of line, expected a value\"}"))
        #expect(lines[2].hasPrefix("{\"id\":\"7\","))
        #expect(lines[3].contains("line 5: expected a JSON object"))
        #expect(lines[4].hasPrefix("{\"id\":\"in.jsonl:6\","))
        #expect(lines[5].contains("\"text\":\"😀 and \u{FFFD} lone\"") && lines[5].contains("\"warnings\""))
        #expect(lines[6].contains("line 8: record has no \\\"text\\\" field"))
    }

    @Test(arguments: [1 << 16, (1 << 20) + 10, 3 << 20])
    func aHugeJSONLineIsAnErrorRecordAndTheNextLineSurvives(length: Int) throws {
        // Longer than the 1 MiB limit set below (the default is 64 MiB), and longer than one read.
        var bytes = Array("{\"id\":\"big\",\"text\":\"".utf8)
        bytes += [UInt8](repeating: 0x61, count: length)
        bytes += Array("\"}\n{\"id\":\"small\",\"text\":\"ok\"}\n".utf8)
        let lines = try runOn(files: ["in.jsonl": bytes], pattern: "in.jsonl", limit: 1 << 20)
        // Compare through booleans: a failure must not print megabytes of text.
        let lineCount = lines.count
        #expect(lineCount == 2)
        let firstIsError = lines.first.map { $0.count < 500 && $0.contains("line 1 is \(length + 22) bytes long, over the limit of 1048576 bytes") } ?? false
        #expect(firstIsError == (length > 1 << 20))
        #expect(lines.last?.hasPrefix("{\"id\":\"small\",") == true)
    }

    @Test func aTextFileOverTheLimitIsAnErrorRecord() throws {
        let lines = try runOn(files: ["big.txt": [UInt8](repeating: 0x62, count: 2000), "small.txt": Array("ok".utf8)], limit: 1000)
        #expect(lines.count == 2)
        #expect(lines[0].count < 500 && lines[0].contains("big.txt: file is 2000 bytes, over the limit of 1000 bytes"))
    }
}
