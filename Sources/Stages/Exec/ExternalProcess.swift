#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One running external command that answers one line of output for each line of input.
///
/// Its standard input, output and error are Unix socket pairs rather than pipes, for two
/// reasons. Writing to a command that has died fails with `EPIPE` (`MSG_NOSIGNAL`) instead of
/// raising `SIGPIPE`, which would kill `pipe` itself (ignoring `SIGPIPE` process-wide would
/// change how `pipe … | head` behaves). And `socketpair` creates both ends close-on-exec in one
/// call (`SOCK_CLOEXEC`; `pipe2` is not visible from Swift on glibc), so a command that another
/// worker starts at the same moment never inherits, and holds open, this command's descriptors.
///
/// Not thread-safe: each worker owns its own instance (see `StageContext.local`).
final class ExternalProcess {
    /// Why an exchange failed; after any of these the process is gone.
    enum Failure: Error, CustomStringConvertible {
        case spawn(String)
        case died(String)
        case timedOut(Double, String)

        var description: String {
            switch self {
            case .spawn(let message): return message
            case .died(let message): return message
            case .timedOut(let seconds, let stderr):
                return "command did not answer within \(ExternalProcess.format(seconds)) s and was killed" + stderr
            }
        }
    }

    let pid: pid_t
    private let commandName: String
    private var input: Int32  // our end of the socket pair: the command's standard input
    private var output: Int32  // our end of the command's standard output
    private var errors: Int32  // our end of the command's standard error
    private var buffered: [UInt8] = []
    /// The last bytes the command wrote to standard error, quoted when it dies.
    private var errorTail: [UInt8] = []
    private var exited = false

    /// Starts `executable` with `arguments` (`arguments[0]` is the program name it sees).
    ///
    /// - Throws: ``Failure/spawn(_:)`` when the system cannot start it.
    init(executable: String, arguments: [String]) throws(Failure) {
        commandName = arguments.first ?? executable
        var socketEnds: [Int32] = [-1, -1]
        var outputEnds: [Int32] = [-1, -1]
        var errorEnds: [Int32] = [-1, -1]
        #if canImport(Glibc)
        let streamType = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
        let streamType = SOCK_STREAM
        #endif
        guard socketpair(AF_UNIX, streamType, 0, &socketEnds) == 0,
            socketpair(AF_UNIX, streamType, 0, &outputEnds) == 0,
            socketpair(AF_UNIX, streamType, 0, &errorEnds) == 0
        else {
            let text = Self.errnoText()
            for fd in socketEnds + outputEnds + errorEnds where fd >= 0 { close(fd) }
            throw .spawn("cannot create sockets for the command: \(text)")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the copies 0, 1 and 2; the originals close at exec.
        posix_spawn_file_actions_adddup2(&actions, socketEnds[1], 0)
        posix_spawn_file_actions_adddup2(&actions, outputEnds[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorEnds[1], 2)

        let cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, nil, cArguments, environ)
        close(socketEnds[1])
        close(outputEnds[1])
        close(errorEnds[1])
        guard status == 0 else {
            close(socketEnds[0])
            close(outputEnds[0])
            close(errorEnds[0])
            throw .spawn("cannot start '\(executable)': \(String(cString: strerror(status)))")
        }
        self.pid = pid
        input = socketEnds[0]
        output = outputEnds[0]
        errors = errorEnds[0]
        _ = fcntl(output, F_SETFL, fcntl(output, F_GETFL) | O_NONBLOCK)
        _ = fcntl(errors, F_SETFL, fcntl(errors, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        terminate(grace: 2)
    }

    /// Writes `line` and a newline, and returns the next line the command writes (without
    /// its newline).
    ///
    /// Writing and reading are interleaved, so a command that starts answering before it has
    /// read a long line cannot deadlock with `pipe`.
    ///
    /// - Throws: ``Failure``; the process is then terminated and this instance is unusable.
    func exchange(_ line: [UInt8], timeout: Double) throws(Failure) -> [UInt8] {
        var pending = line
        pending.append(0x0A)
        var written = 0
        let deadline = Self.now() + timeout
        var inputOpen = true
        var scanned = 0  // bytes of `buffered` known to hold no newline
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let newline = buffered[scanned...].firstIndex(of: 0x0A) {
                let reply = Array(buffered[..<newline])
                buffered.removeSubrange(...newline)
                return reply
            }
            scanned = buffered.count
            let remaining = deadline - Self.now()
            if remaining <= 0 {
                drainErrors()
                terminate(grace: 0)
                throw .timedOut(timeout, stderrQuote())
            }
            var fds = [
                pollfd(fd: output, events: Int16(POLLIN), revents: 0),
                pollfd(fd: errors, events: Int16(POLLIN), revents: 0),
                pollfd(fd: inputOpen && written < pending.count ? input : -1, events: Int16(POLLOUT), revents: 0),
            ]
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining * 1000, 60_000).rounded(.up)))
            if ready < 0 {
                if errno == EINTR { continue }
                terminate(grace: 0)
                throw .died("cannot wait for the command: \(Self.errnoText())")
            }
            if fds[1].revents != 0 { drainErrors() }
            if fds[2].revents != 0 {
                let sent = pending.withUnsafeBytes { raw in
                    send(input, raw.baseAddress! + written, raw.count - written, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
                }
                if sent > 0 {
                    written += sent
                } else if sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
                    // The command closed its input or died: what it wrote, and its exit status, tell.
                    inputOpen = false
                }
            }
            if fds[0].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
                if count > 0 {
                    buffered.append(contentsOf: chunk[..<count])
                } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                    drainErrors()
                    let status = terminate(grace: 1)
                    throw .died("command \(status) before answering" + stderrQuote())
                }
            }
        }
    }

    /// Closes the command's input, gives it `grace` seconds to exit, then kills it; reaps it.
    ///
    /// - Returns: How it ended, such as `exited with status 1` or `was killed by signal 9`.
    @discardableResult
    func terminate(grace: Double) -> String {
        guard !exited else { return "had already ended" }
        exited = true
        close(input)
        close(output)
        close(errors)
        var status: Int32 = 0
        let deadline = Self.now() + grace
        var reaped = false
        while Self.now() < deadline {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid || (result < 0 && errno != EINTR) {
                reaped = result == pid
                break
            }
            usleep(2_000)
        }
        if !reaped {
            kill(pid, SIGKILL)
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        let signal = status & 0x7F
        return signal == 0 ? "exited with status \((status >> 8) & 0xFF)" : "was killed by signal \(signal)"
    }

    /// Forwards what the command wrote to standard error to `pipe`'s own, and keeps its tail.
    private func drainErrors() {
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(errors, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            _ = chunk.withUnsafeBytes { write(2, $0.baseAddress, count) }
            errorTail.append(contentsOf: chunk[..<count])
            if errorTail.count > 4096 { errorTail.removeFirst(errorTail.count - 4096) }
        }
    }

    /// The last lines of the command's standard error, for an error message.
    private func stderrQuote() -> String {
        let text = String(decoding: errorTail, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: " | ")
        return text.isEmpty ? "" : "; its standard error ended with: \(text)"
    }

    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }

    /// The path of `command` as `execvp` would find it, or `nil`.
    static func resolve(_ command: String) -> String? {
        if command.contains("/") { return access(command, X_OK) == 0 ? command : nil }
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":", omittingEmptySubsequences: false) {
            let candidate = (directory.isEmpty ? "." : String(directory)) + "/" + command
            var info = stat()
            if stat(candidate, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }
}
