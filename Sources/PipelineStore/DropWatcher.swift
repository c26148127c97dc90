public import Foundation

/// Polls folders where drops land and hands out the files that have stopped changing.
///
/// A file is ready once its size and modification time have stayed the same for
/// ``settleSeconds`` — a file still being copied or written keeps changing and waits. A ready file
/// is handed out once; if it changes again (a JSONL file that grows, an article edited), it is
/// handed out again once it settles (the store then processes only what is new in it). Polling
/// rather than inotify: it works the same on every file system, network mounts included, and a
/// drop every few hours does not need sub-second latency.
public final class DropWatcher {
    /// The folders watched (with their subfolders: a drop may arrive as a new folder).
    public let directories: [String]
    /// How long a file must stay unchanged before it is read.
    public let settleSeconds: Double

    private struct Seen {
        var size: Int
        var modified: Date
        var stableSince: Date
        var handedOut: Bool
    }

    private var seen: [String: Seen] = [:]

    /// Watches `directories`.
    public init(directories: [String], settleSeconds: Double) {
        self.directories = directories
        self.settleSeconds = settleSeconds
    }

    /// Looks at the folders now and returns the files that became ready since the last call, sorted.
    public func readyFiles(now: Date = Date()) -> [String] {
        var present = Set<String>()
        let fileManager = FileManager.default
        for directory in directories {
            guard let enumerator = fileManager.enumerator(atPath: directory) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    // Hidden files and folders (editors' and copiers' temporary files) are not drops.
                    enumerator.skipDescendants()
                    continue
                }
                guard [".txt", ".jsonl", ".ndjson"].contains(where: name.hasSuffix) else { continue }
                let path = (directory as NSString).appendingPathComponent(relative)
                guard let attributes = try? fileManager.attributesOfItem(atPath: path),
                    attributes[.type] as? FileAttributeType == .typeRegular,
                    let size = (attributes[.size] as? NSNumber)?.intValue,
                    let modified = attributes[.modificationDate] as? Date
                else { continue }
                present.insert(path)
                if let previous = seen[path], previous.size == size, previous.modified == modified {
                    continue
                }
                seen[path] = Seen(size: size, modified: modified, stableSince: now, handedOut: false)
            }
        }
        for path in seen.keys where !present.contains(path) { seen[path] = nil }
        var ready: [String] = []
        for (path, file) in seen where !file.handedOut && now.timeIntervalSince(file.stableSince) >= settleSeconds {
            ready.append(path)
            seen[path]!.handedOut = true
        }
        return ready.sorted()
    }
}
