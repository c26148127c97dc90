import Foundation

/// Reads the configured inputs as decoded documents, in the order a run reads them, for programs
/// that drive a plan themselves (the store's incremental runs, tools, tests).
///
/// The same rules as `pipe run`: a folder's `.txt`/`.jsonl` files sorted by name, JSONL lines
/// one record each, invalid UTF-8 repaired and flagged in ``Document/warnings``, and input that
/// cannot be a document (a binary file, a line that is not JSON) returned as a failure of stage
/// `read` in its place.
public final class DocumentReader {
    /// One input record, decoded.
    public struct Record: Sendable {
        /// The document, or why the input could not be read as one (stage `read`).
        public var result: Result<Document, DocumentFailure>
        /// The file the record came from (`<stdin>` for standard input), whatever the record's
        /// own `source` field says.
        public var file: String
        /// The record's line in a JSONL file; `nil` for a text file.
        public var line: Int?
        /// Input bytes the record stands for.
        public var bytes: Int
        /// Whether the id is the record's own (a JSONL `id` field) rather than made from where it
        /// was read (a file name, `file:line`).
        public var hasOwnID: Bool
    }

    private let source: InputSource
    private let loop: ParallelLoop

    /// The number of records, when known before reading (text files only).
    public var expectedCount: Int? { source.expectedCount }
    /// The total input size in bytes, when known (files only).
    public var expectedBytes: Int? { source.expectedBytes }

    /// Resolves `inputs` (paths, folders, glob patterns, `-` for JSONL on stdin).
    ///
    /// - Parameters:
    ///   - workers: Threads that decode a batch (reading itself is serial).
    ///   - maximumRecordBytes: The longest JSONL line or text file read as a record.
    /// - Throws: ``RunError`` when a pattern matches nothing or a path does not exist.
    public init(inputs: [String], workers: Int = 1, maximumRecordBytes: Int = 64 << 20) throws {
        source = try InputSource(patterns: inputs, maximumRecordBytes: maximumRecordBytes)
        loop = ParallelLoop(workers: max(1, workers))
    }

    /// Up to `count` records, decoded in parallel; empty at the end of the input.
    ///
    /// - Throws: ``RunError`` when an input cannot be opened or read.
    public func next(count: Int) throws -> [Record] {
        var raws: [RawRecord] = []
        while raws.count < count, let raw = try source.next() { raws.append(raw) }
        let slots = SharedSlots<Record?>(Array(repeating: nil, count: raws.count))
        loop.run(count: raws.count) { index, _ in
            slots[index] = Self.decode(raws[index])
        }
        return slots.elements.map { $0! }
    }

    static func decode(_ raw: RawRecord) -> Record {
        let file: String
        let line: Int?
        switch raw {
        case .textFile(let path, _): (file, line) = (path, nil)
        case .jsonLine(_, let source, let number): (file, line) = (source, number)
        case .unreadable(_, let source, _):
            // `path:line` for an over-long JSONL line: keep the file apart from the line.
            if let colon = source.lastIndex(of: ":"), let number = Int(source[source.index(after: colon)...]) {
                (file, line) = (String(source[..<colon]), number)
            } else {
                (file, line) = (source, nil)
            }
        }
        switch RecordDecoder.decode(raw) {
        case .success(let document):
            let bytes = raw.byteCount > 0 ? raw.byteCount : document.text.utf8.count
            let madeID = line.map { "\((file as NSString).lastPathComponent):\($0)" }
            let ownID = line != nil && document.id != madeID
            return Record(result: .success(document), file: file, line: line, bytes: bytes, hasOwnID: ownID)
        case .failure(let failure):
            let document = DocumentFailure(documentID: failure.id, source: failure.source, stage: "read", message: failure.message)
            return Record(result: .failure(document), file: file, line: line, bytes: raw.byteCount, hasOwnID: false)
        }
    }
}
