/// One input record as read, before it is decoded into a ``Document`` (decoding runs on the
/// workers, so the reading thread only splits input).
enum RawRecord: Sendable {
    /// A `.txt` file; the worker reads it, refusing files over `limit` bytes.
    case textFile(path: String, limit: Int)
    /// One JSONL line (without its line ending).
    case jsonLine(bytes: [UInt8], source: String, line: Int)
    /// Input that could not be read as a record; it becomes an error record in its place.
    case unreadable(id: String?, source: String, message: String)

    /// Bytes of input this record stands for, for throughput figures (files report 0 until read).
    var byteCount: Int {
        if case .jsonLine(let bytes, _, _) = self { return bytes.count + 1 }
        return 0
    }
}

/// A failure of the run as a whole (an input that cannot be opened, an output that cannot be
/// written), as opposed to a document that fails.
public struct RunError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, naming the file.
    public var message: String
    /// Creates the error.
    public init(_ message: String) { self.message = message }
    public var description: String { "error: \(message)" }
}
