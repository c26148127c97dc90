import Dispatch
import Foundation

/// A one-line progress display on standard error, for runs long enough to want one.
///
/// Shown only when standard error is a terminal and the run has lasted a second; redrawn at most
/// ten times a second; erased when the run ends, so the summary starts on a clean line.
public final class ProgressReporter: @unchecked Sendable {
    private let start = DispatchTime.now().uptimeNanoseconds
    private var lastDraw: UInt64 = 0
    private var drawn = false
    private let expectedDocuments: Int?
    private let expectedBytes: Int?
    private let lock = NSLock()

    /// A reporter, or `nil` when standard error is not a terminal.
    ///
    /// With `expectedBytes`, the line shows the share done and an estimate of the time left.
    public static func make(expectedDocuments: Int?, expectedBytes: Int?) -> ProgressReporter? {
        isatty(2) == 1 ? ProgressReporter(expectedDocuments: expectedDocuments, expectedBytes: expectedBytes) : nil
    }

    private init(expectedDocuments: Int?, expectedBytes: Int?) {
        self.expectedDocuments = expectedDocuments
        self.expectedBytes = expectedBytes
    }

    /// Redraws the line (at most ten times a second) with the documents and bytes done so far.
    public func update(documents: Int, bytes: Int) {
        lock.withLock {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now - start > 1_000_000_000, now - lastDraw > 100_000_000 else { return }
            lastDraw = now
            let seconds = Double(now - start) / 1e9
            var line = "  \(documents)"
            if let expectedDocuments { line += "/\(expectedDocuments)" }
            line += " records  \(Int(Double(documents) / seconds)) records/s  "
            line += String(format: "%.1f MB/s", Double(bytes) / seconds / 1e6)
            if let expectedBytes, expectedBytes > 0 {
                let fraction = min(1, Double(bytes) / Double(expectedBytes))
                line += String(format: "  %3.0f%%", fraction * 100)
                if fraction > 0.01 { line += String(format: "  ETA %.0f s", seconds / fraction - seconds) }
            }
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
            drawn = true
        }
    }

    /// Erases the line.
    public func finish() {
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            drawn = false
        }
    }
}
