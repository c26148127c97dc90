import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where output lines go (for `pipe run`, and for the store's deliveries): standard output, or a file written under a temporary name and renamed
/// into place only when the run completes, so a crash never leaves a half-written output.
package final class OutputSink {
    private let fd: Int32
    private let finalPath: String?
    private let temporaryPath: String?
    package private(set) var bytesWritten = 0

    /// Opens `path` (`-` for standard output).
    ///
    /// - Throws: ``RunError`` when the file cannot be created.
    package init(path: String) throws {
        if path == "-" {
            fd = 1
            finalPath = nil
            temporaryPath = nil
            return
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw RunError("cannot create output folder '\(directory)': \(error.localizedDescription)")
            }
        }
        let name = (path as NSString).lastPathComponent
        let temporary = ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(".\(name).\(getpid()).partial")
        let opened = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if opened < 0 { throw RunError("cannot create output '\(path)': \(String(cString: strerror(errno)))") }
        fd = opened
        finalPath = path
        temporaryPath = temporary
    }

    /// Writes all of `bytes`.
    package func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw RunError("cannot write output '\(finalPath ?? "<stdout>")': \(String(cString: strerror(errno)))")
                }
                offset += n
            }
        }
        bytesWritten += bytes.count
    }

    /// Flushes the file to disk and renames it into place.
    package func commit() throws {
        guard let finalPath, let temporaryPath else { return }
        if fsync(fd) != 0 { throw RunError("cannot flush output '\(finalPath)': \(String(cString: strerror(errno)))") }
        close(fd)
        if rename(temporaryPath, finalPath) != 0 {
            throw RunError("cannot move output into place at '\(finalPath)': \(String(cString: strerror(errno)))")
        }
    }

    /// Removes the partial file after a failed run.
    package func abandon() {
        guard let temporaryPath else { return }
        close(fd)
        unlink(temporaryPath)
    }
}
