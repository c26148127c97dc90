import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the configured inputs into a stream of raw records, in a deterministic order.
///
/// An input is `-` (JSONL on standard input), a folder (its `.txt`, `.jsonl` and `.ndjson`
/// files, sorted by name), a glob pattern (matches sorted), a `.jsonl`/`.ndjson` file, or any other
/// file, read as one plain-text document.
final class InputSource {
    /// The default for the longest JSONL line or text file accepted; longer input becomes an
    /// error record.
    static let defaultMaximumRecordBytes = 64 << 20
    let maximumRecordBytes: Int

    private enum Item {
        case textFile(String)
        case jsonl(path: String)
        case standardInput
    }

    private var items: [Item]
    private var current: LineReader?
    private var currentName = ""
    /// The number of records, when known before reading (text files only).
    let expectedCount: Int?
    /// The total input size in bytes, when known (files only).
    let expectedBytes: Int?

    /// Resolves `patterns`.
    ///
    /// - Throws: ``RunError`` when a pattern matches nothing or a path does not exist.
    init(patterns: [String], maximumRecordBytes: Int = InputSource.defaultMaximumRecordBytes) throws {
        self.maximumRecordBytes = maximumRecordBytes
        var items: [Item] = []
        var bytes = 0
        var allKnown = true
        let fileManager = FileManager.default
        for pattern in patterns {
            if pattern == "-" {
                items.append(.standardInput)
                allKnown = false
                continue
            }
            var paths: [String]
            var isDirectory: ObjCBool = false
            if pattern.contains(where: { "*?[".contains($0) }) {
                paths = try Self.glob(pattern)
                if paths.isEmpty { throw RunError("input pattern '\(pattern)' matches no files") }
            } else if fileManager.fileExists(atPath: pattern, isDirectory: &isDirectory) {
                if isDirectory.boolValue {
                    let names = (try? fileManager.contentsOfDirectory(atPath: pattern)) ?? []
                    paths = names.filter { !$0.hasPrefix(".") && [".txt", ".jsonl", ".ndjson"].contains(where: $0.hasSuffix) }
                        .sorted().map { (pattern as NSString).appendingPathComponent($0) }
                    if paths.isEmpty { throw RunError("input folder '\(pattern)' has no .txt or .jsonl files") }
                } else {
                    paths = [pattern]
                }
            } else {
                throw RunError("input '\(pattern)' does not exist")
            }
            for path in paths {
                if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") {
                    items.append(.jsonl(path: path))
                    allKnown = false
                } else {
                    items.append(.textFile(path))
                }
                bytes += ((try? fileManager.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
            }
        }
        self.items = items.reversed()
        expectedCount = allKnown ? items.count : nil
        expectedBytes = items.contains(where: { if case .standardInput = $0 { return true } else { return false } }) ? nil : bytes
    }

    /// The next record, or `nil` at the end of every input.
    func next() throws -> RawRecord? {
        while true {
            if let reader = current {
                switch try reader.nextLine() {
                case .line(let bytes, let number):
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }  // blank lines separate nothing
                    return .jsonLine(bytes: bytes, source: currentName, line: number)
                case .tooLong(let number, let length):
                    return .unreadable(
                        id: nil, source: "\(currentName):\(number)",
                        message: "line \(number) is \(length) bytes long, over the limit of \(maximumRecordBytes) bytes")
                case .end:
                    current = nil
                }
            }
            guard let item = items.popLast() else { return nil }
            switch item {
            case .textFile(let path):
                return .textFile(path: path, limit: maximumRecordBytes)
            case .jsonl(let path):
                let fd = open(path, O_RDONLY)
                if fd < 0 { throw RunError("cannot open input '\(path)': \(String(cString: strerror(errno)))") }
                current = LineReader(fileDescriptor: fd, name: path, closeWhenDone: true, maximumLineBytes: maximumRecordBytes)
                currentName = path
            case .standardInput:
                current = LineReader(fileDescriptor: 0, name: "<stdin>", closeWhenDone: false, maximumLineBytes: maximumRecordBytes)
                currentName = "<stdin>"
            }
        }
    }

    private static func glob(_ pattern: String) throws -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        let status = Glibc.glob(pattern, 0, nil, &result)
        if status == GLOB_NOMATCH { return [] }
        if status != 0 { throw RunError("cannot expand input pattern '\(pattern)'") }
        var paths: [String] = []
        for i in 0..<Int(result.gl_pathc) {
            if let p = result.gl_pathv[i] { paths.append(String(cString: p)) }
        }
        return paths.sorted()
    }
}

/// Splits a file descriptor into lines, reading large chunks; strips `\r` before `\n` and a BOM
/// at the start.
final class LineReader {
    enum Result {
        case line([UInt8], number: Int)
        case tooLong(number: Int, length: Int)
        case end
    }

    private let fd: Int32
    private let name: String
    private let closeWhenDone: Bool
    private let maximumLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    private var lineNumber = 0
    private var atFileStart = true

    init(fileDescriptor: Int32, name: String, closeWhenDone: Bool, maximumLineBytes: Int) {
        self.fd = fileDescriptor
        self.name = name
        self.closeWhenDone = closeWhenDone
        self.maximumLineBytes = maximumLineBytes
    }

    deinit { if closeWhenDone { close(fd) } }

    private func fill() throws {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let chunk = 1 << 20
        let oldCount = buffer.count
        buffer.reserveCapacity(oldCount + chunk)
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        let n = buffer.withUnsafeMutableBytes { raw in
            read(fd, raw.baseAddress! + oldCount, chunk)
        }
        if n < 0 {
            buffer.removeSubrange(oldCount...)
            throw RunError("cannot read '\(name)': \(String(cString: strerror(errno)))")
        }
        buffer.removeSubrange((oldCount + n)...)
        if n == 0 { eof = true }
        if atFileStart && buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
            start = 3
            atFileStart = false
        } else if buffer.count >= 3 || eof {
            atFileStart = false
        }
    }

    private func findNewline(from offset: Int) -> Int? {
        guard offset < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { pointer -> Int? in
            guard let found = memchr(pointer.baseAddress! + offset, 0x0A, pointer.count - offset) else { return nil }
            return pointer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    func nextLine() throws -> Result {
        var searchFrom = start
        var skipping = false  // inside an over-long line, discarding until its end
        var skippedLength = 0
        while true {
            if let newline = findNewline(from: searchFrom) {
                lineNumber += 1
                if skipping || newline - start > maximumLineBytes {
                    skippedLength += newline - start
                    start = newline + 1
                    return .tooLong(number: lineNumber, length: skippedLength)
                }
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                return .line(line, number: lineNumber)
            }
            if buffer.count - start > maximumLineBytes {
                skipping = true
                skippedLength += buffer.count - start
                start = buffer.count
            }
            if eof {
                if start >= buffer.count { return .end }
                lineNumber += 1
                if skipping || buffer.count - start > maximumLineBytes {
                    skippedLength += buffer.count - start
                    start = buffer.count
                    return .tooLong(number: lineNumber, length: skippedLength)
                }
                var end = buffer.count
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = buffer.count
                return .line(line, number: lineNumber)
            }
            // Only the bytes that the next read adds need scanning; fill() drops the consumed prefix.
            let scanned = buffer.count - start
            try fill()
            searchFrom = max(start, scanned)
        }
    }
}
