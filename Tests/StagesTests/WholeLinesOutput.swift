import Foundation

/// Prints a test's report lines so that `swift test` shows every one of them.
///
/// `swift test` relays a test process's standard output by reads of at most 4,096 bytes and drops a
/// read that is not whole UTF-8. A read takes whatever the pipe holds, so once more than that waits
/// in it, a read can end inside a letter of two bytes or more, and the whole read is lost: a names
/// table's report, its spellings mostly Cyrillic, lost runs of its split lines from run to run
/// (AD printed 58 to 210 of them), in parallel runs and in serial ones alike, and one `print` per
/// table lost more than one per line. So the lines go out in pieces of whole lines, each one
/// `write` small enough to be atomic and to fit a read, and each only once the pipe was read empty:
/// every read then ends where a piece does. A lock keeps one report's pieces together.
enum WholeLinesOutput {
    /// The most bytes of one write: half a relayed read, leaving room for a line another test
    /// prints meanwhile without the lock.
    static let pieceLimit = 2048

    private static let lock = NSLock()

    /// Writes `lines`, each ended by a new line, to standard output.
    static func print(_ lines: [String]) {
        let text = lines.map { $0 + "\n" }.joined()
        lock.lock()
        defer { lock.unlock() }
        for piece in pieces(Array(text.utf8), limit: pieceLimit) {
            waitUntilRead()
            writeAll(piece)
        }
    }

    /// `bytes` cut into pieces of at most `limit` bytes, each ending at a line's end where one fits
    /// and otherwise at a letter's end (a line longer than `limit` goes out in several pieces).
    static func pieces(_ bytes: [UInt8], limit: Int) -> [ArraySlice<UInt8>] {
        var pieces: [ArraySlice<UInt8>] = []
        var start = 0
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            if end < bytes.count {
                if let newline = bytes[start..<end].lastIndex(of: 0x0A) {
                    end = newline + 1
                } else {
                    // No line ends within the limit: cut before a continuation byte's letter instead.
                    while end > start + 1 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
                }
            }
            pieces.append(bytes[start..<end])
            start = end
        }
        return pieces
    }

    /// Waits, for a second at most, until a pipe on standard output holds no unread byte. A file or
    /// a terminal is not waited for, and neither is a reader that stopped reading.
    private static func waitUntilRead() {
        var status = stat()
        guard fstat(1, &status) == 0, status.st_mode & S_IFMT == S_IFIFO else { return }
        for _ in 0..<2000 {
            var unread: Int32 = 0
            if ioctl(1, UInt(FIONREAD), &unread) != 0 || unread == 0 { return }
            usleep(500)
        }
    }

    private static func writeAll(_ piece: ArraySlice<UInt8>) {
        var rest = piece
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            rest = rest.dropFirst(written)
        }
    }
}
