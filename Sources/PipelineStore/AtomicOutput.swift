import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A JSONL output written under a temporary name and renamed into place when complete (or
/// standard output), so a killed run never leaves half an output behind.
final class AtomicOutput {
    private let fd: Int32
    private let finalPath: String?
    private let temporaryPath: String?

    /// Opens `path` (`-` for standard output), creating its folder.
    init(path: String) throws {
        guard path != "-" else {
            fd = 1
            finalPath = nil
            temporaryPath = nil
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let temporary = ((folder.isEmpty ? "." : folder) as NSString)
            .appendingPathComponent(".\((path as NSString).lastPathComponent).\(getpid()).partial")
        let opened = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if opened < 0 { throw StoreError("cannot create output '\(path)': \(String(cString: strerror(errno)))") }
        fd = opened
        finalPath = path
        temporaryPath = temporary
    }

    func write(_ data: Data) throws {
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw StoreError("cannot write output '\(finalPath ?? "<stdout>")': \(String(cString: strerror(errno)))")
                }
                offset += n
            }
        }
    }

    /// Flushes the file and renames it into place.
    func commit() throws {
        guard let finalPath, let temporaryPath else { return }
        if fsync(fd) != 0 { throw StoreError("cannot flush output '\(finalPath)': \(String(cString: strerror(errno)))") }
        close(fd)
        if rename(temporaryPath, finalPath) != 0 {
            throw StoreError("cannot move output into place at '\(finalPath)': \(String(cString: strerror(errno)))")
        }
    }

    /// Removes the partial file.
    func abandon() {
        guard let temporaryPath else { return }
        close(fd)
        unlink(temporaryPath)
    }
}
