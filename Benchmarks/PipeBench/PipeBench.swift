import ArgumentParser
import Foundation
import Pipeline
import Stages

/// `pipe-bench`: the benchmark command. Figures are medians over repeats; machines are shared
/// and noisy, so compare ratios measured in one sitting rather than absolute numbers.
@main
struct PipeBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipe-bench",
        abstract: "Measure pipe's throughput and peak memory.",
        subcommands: [Pipeline.self, StageAlone.self, Corpus.self])
}

/// A deterministic generator (SplitMix64), so every run benchmarks the same corpus.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum BenchCorpus {
    /// Paragraphs of the seed articles, the raw material of generated records.
    static func paragraphs(seeds: String) throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
        guard !files.isEmpty else { throw ValidationError("no .txt files in '\(seeds)'") }
        return try files.flatMap { name -> [String] in
            let text = try String(contentsOfFile: (seeds as NSString).appendingPathComponent(name), encoding: .utf8)
            return text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        }
    }

    /// Article texts of 16-44 paragraphs (the range of the seeds, about 4.5 KB on average, as news
    /// articles are), until `bytes` of text.
    static func texts(seeds: String, bytes: Int) throws -> [String] {
        let paragraphs = try paragraphs(seeds: seeds)
        var generator = SeededGenerator(state: 42)
        var texts: [String] = []
        var total = 0
        while total < bytes {
            let count = Int.random(in: 16...44, using: &generator)
            let text = (0..<count).map { _ in paragraphs.randomElement(using: &generator)! }.joined(separator: "\n\n")
            total += text.utf8.count
            texts.append(text)
        }
        return texts
    }

    /// Writes a JSONL corpus of about `megabytes` MB to `path`, unless one of that size is there.
    static func write(seeds: String, megabytes: Int, to path: String) throws {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber,
            abs(size.intValue - megabytes * 1_000_000) < megabytes * 50_000
        {
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var buffer = Data()
        for (index, text) in try texts(seeds: seeds, bytes: megabytes * 1_000_000).enumerated() {
            buffer.append(try encoder.encode(BaselineRecord(id: "doc-\(index)", text: text, outlet: "outlet-\(index % 7)")))
            buffer.append(0x0A)
            if buffer.count > 1 << 22 {
                handle.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(buffer)
    }
}

/// The record shape of the baseline: what `JSONDecoder` + `JSONEncoder` alone do per line.
struct BaselineRecord: Codable {
    var id: String
    var text: String
    var outlet: String?
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

/// CPU seconds used by the calling thread.
func threadCPUTime() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}
