import Foundation

/// What a run did: documents in, out and failed, and where the time went.
public struct RunSummary: Sendable, CustomStringConvertible {
    /// Time and document count of one stage, summed over workers.
    public struct StageTiming: Sendable {
        /// The stage's name.
        public var name: String
        /// Documents the stage processed (for a corpus stage: summarized and processed).
        public var documents: Int
        /// Documents that failed in this stage.
        public var failures: Int
        /// Seconds spent in the stage, summed over all workers (so it can exceed wall time).
        public var seconds: Double
    }

    /// Input records read.
    public var documentsIn = 0
    /// Records written as documents.
    public var documentsOut = 0
    /// Records written as error records.
    public var documentsFailed = 0
    /// Input bytes read (JSONL lines, text files).
    public var bytesIn = 0
    /// Output bytes written.
    public var bytesOut = 0
    /// Wall-clock seconds of the run.
    public var seconds = 0.0
    /// Worker threads used.
    public var workers = 1
    /// The process's peak resident memory in bytes (Linux `VmHWM`), when the system reports it.
    public var peakMemoryBytes: Int?
    /// Per-stage figures, in pipeline order.
    public var stages: [StageTiming] = []

    /// A summary of nothing yet, to fill in.
    public init() {}

    /// The multi-line summary printed on standard error.
    public var description: String {
        var lines: [String] = []
        let rate = seconds > 0 ? Double(bytesIn) / seconds / 1_000_000 : 0
        lines.append(
            "pipe: \(documentsIn) in, \(documentsOut) out, \(documentsFailed) failed in \(format(seconds)) s "
                + "(\(workers) worker\(workers == 1 ? "" : "s"), \(String(format1(rate))) MB/s"
                + (peakMemoryBytes.map { ", peak memory \(format1(Double($0) / 1_000_000)) MB" } ?? "") + ")")
        if !stages.isEmpty {
            let width = max(5, stages.map(\.name.count).max() ?? 5)
            lines.append("  " + "stage".padding(width) + "  documents  failed   seconds")
            for stage in stages {
                lines.append(
                    "  " + stage.name.padding(width) + "  " + String(stage.documents).leftPadding(9) + "  "
                        + String(stage.failures).leftPadding(6) + "  " + format(stage.seconds).leftPadding(8))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String {
        let scaled = (value * 1000).rounded() / 1000
        var text = String(scaled)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < 3 { text += String(repeating: "0", count: 3 - decimals) }
        }
        return text
    }

    private func format1(_ value: Double) -> String {
        String((value * 10).rounded() / 10)
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
    fileprivate func leftPadding(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

extension RunSummary {
    /// Reads the peak resident set size of this process from `/proc/self/status`.
    ///
    /// `VmHWM` starts afresh at `exec`, unlike `ru_maxrss`, which on Linux inherits the high-water
    /// mark of the process that spawned us.
    public static func currentPeakMemory() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}
