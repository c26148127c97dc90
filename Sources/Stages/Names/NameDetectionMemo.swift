import Foundation

/// The names found in an article by `summarize`, kept for `process` of the same batch so that
/// each article is read once instead of twice.
///
/// Pure memoization: an entry is used only for a document with the same id and the same text, and
/// is removed when used, so the output is the same with or without it. Entries are kept up to an
/// estimated memory budget; past it, `process` simply detects again. Shared by the workers (the
/// executor may process an article on another worker than the one that summarized it).
final class NameDetectionMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var usedBytes = 0
    private let budgetBytes: Int

    private struct Entry {
        var text: String
        var names: [DetectedName]
        var cost: Int
    }

    init(budgetBytes: Int) {
        self.budgetBytes = budgetBytes
    }

    /// Keeps `names` for the document, if the budget allows.
    func store(id: String, text: String, names: [DetectedName]) {
        guard budgetBytes > 0 else { return }
        // A rough size: the offsets and flags, plus the strings each name holds.
        let cost = 96 + names.reduce(0) { $0 + 160 + $1.surface.utf8.count * 2 + $1.entityKey.utf8.count }
        lock.lock()
        defer { lock.unlock() }
        if let old = entries[id] { usedBytes -= old.cost }
        guard usedBytes + cost <= budgetBytes else {
            entries[id] = nil
            return
        }
        entries[id] = Entry(text: text, names: names, cost: cost)
        usedBytes += cost
    }

    /// The names kept for the document, removed from the memo; `nil` if none or the text differs.
    func take(id: String, text: String) -> [DetectedName]? {
        guard budgetBytes > 0 else { return nil }
        lock.lock()
        let entry = entries.removeValue(forKey: id)
        if let entry { usedBytes -= entry.cost }
        lock.unlock()
        guard let entry, entry.text == text else { return nil }
        return entry.names
    }
}
