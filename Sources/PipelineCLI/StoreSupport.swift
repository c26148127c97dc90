import ArgumentParser
import Dispatch
import Foundation
import Pipeline
import PipelineStore
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

extension PipeCommand {
    /// The store a command uses: `--store PATH`, else the config's `store "PATH"`, else the default
    /// next to the output (none for standard output); none with `--no-store`.
    static func storePath(explicit: String?, plan: ExecutionPlan, output: String?, disabled: Bool) -> String? {
        if disabled { return nil }
        if let explicit { return explicit }
        if let configured = plan.configuration.storePath { return configured }
        return DocumentStore.defaultPath(forOutput: output ?? plan.configuration.output ?? "-")
    }

    /// The store of a read-only command (`export`, `query`): `--store PATH`, or the one a config
    /// runs with.
    static func openStore(path: String?, configuration: String?) throws -> (DocumentStore, fingerprint: String?) {
        if let path {
            guard FileManager.default.fileExists(atPath: path) else {
                printError("error: no store at '\(path)'")
                throw ExitCode(2)
            }
            return (try DocumentStore(path: path), nil)
        }
        guard let configuration else {
            printError("error: name the store with --store PATH, or the pipeline with --config CONF")
            throw ExitCode(64)
        }
        let plan = try plan(configurationAt: configuration)
        guard let path = storePath(explicit: nil, plan: plan, output: nil, disabled: false) else {
            printError("error: \(configuration) writes to stdout and names no store: give --store PATH")
            throw ExitCode(64)
        }
        guard FileManager.default.fileExists(atPath: path) else {
            printError("error: no store at '\(path)' (run 'pipe run \(configuration)' first)")
            throw ExitCode(2)
        }
        return (try DocumentStore(path: path), DocumentStore.fingerprint(of: plan.signature))
    }
}

/// Set by SIGINT or SIGTERM once `install()` ran: runs finish the batch in flight, commit and
/// stop. A second signal exits at once (the store is still consistent: transactions are atomic).
final class SignalFlag: Sendable {
    static let shared = SignalFlag()
    private let flag = Atomic<Int>(0)
    private let sources = Mutex<[any DispatchSourceSignal]>([])

    var isSet: Bool { flag.load(ordering: .relaxed) > 0 }

    func install() {
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { [self] in
                    if self.flag.add(1, ordering: .relaxed).newValue > 1 { _exit(130) }
                    printError("pipe: stopping after the batch in flight (signal again to stop at once)")
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}
