public import Foundation
import GRDB

/// The embedded store: one SQLite file holding every processed document with its content hash,
/// where it was read, the configuration it was processed with, its output record and its error,
/// and what each corpus stage has learned, so that runs over drops of articles are incremental
/// and survive a crash at any moment.
///
/// ```text
/// configs    fingerprint → the normalized stages and options it stands for
/// runs       one row per `pipe run` (or watch cycle): counts, and whether its records were delivered
/// documents  (config, content hash) → id, source, record JSON, error   — the records, in commit order
/// sources    (config, file or file#id) → content hash                  — what tells new, changed, renamed
/// states     (config, corpus stage) → merged state JSON                 — the one source of truth for corpus state
/// mentions, quotes, sentence_index (FTS5)                               — what `pipe query` searches
/// ```
///
/// Every batch of documents and the corpus states after it are written in one transaction (WAL
/// journal), so a killed process leaves the store as it was after its last committed batch.
public final class DocumentStore: Sendable {
    /// The store file.
    public let path: String
    let database: DatabaseQueue

    /// Opens (and if needed creates) the store at `path`, with its folder.
    ///
    /// - Throws: ``StoreError`` when the file cannot be opened or is not a store.
    public init(path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // A second `pipe` (a watch and a query) waits for the other's transaction instead of failing.
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // WAL: a commit is one append to the log, readers never block the writer, and a
            // killed process leaves the last committed transaction intact. NORMAL sync keeps
            // every commit across a process crash; after a power cut the last commits may be
            // rolled back, never half-applied — a rerun redoes them.
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try StoreSchema.migrator.migrate(database)
        } catch {
            throw StoreError("cannot open store '\(path)': \(error)")
        }
    }

    /// The store path `pipe run` uses when neither the config nor the command line names one: next
    /// to the output and named after it (`out/default.jsonl` → `out/default.sqlite`), so that each
    /// output has its own store and two pipelines writing different outputs never share one by
    /// accident. `nil` when the output is standard output: a stream (`--output -`) keeps no store
    /// unless asked to.
    public static func defaultPath(forOutput output: String) -> String? {
        guard output != "-" else { return nil }
        let url = URL(fileURLWithPath: output)
        let base = url.pathExtension.isEmpty ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent
        let folder = (output as NSString).deletingLastPathComponent
        return folder.isEmpty ? base + ".sqlite" : (folder as NSString).appendingPathComponent(base + ".sqlite")
    }

    /// The fingerprint of a plan's configuration: SHA-256 of ``Pipeline/ExecutionPlan/signature``.
    public static func fingerprint(of signature: String) -> String { SHA256.hex(signature) }

    /// The configurations the store holds records for, most recently run first.
    public func configurations() throws -> [StoredConfiguration] {
        try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT c.fingerprint, c.signature,
                           (SELECT COUNT(*) FROM documents d WHERE d.config = c.fingerprint) AS documents,
                           (SELECT MAX(id) FROM runs r WHERE r.config = c.fingerprint) AS last_run
                    FROM configs c ORDER BY last_run DESC, c.rowid DESC
                    """
            ).map { row in
                StoredConfiguration(fingerprint: row["fingerprint"], signature: row["signature"], documents: row["documents"])
            }
        }
    }

    /// The configuration whose records export and query read: `fingerprint` when given (a prefix
    /// is enough), else the most recently run one.
    ///
    /// - Throws: ``StoreError`` when the store is empty or the fingerprint is unknown.
    public func configuration(_ fingerprint: String? = nil) throws -> StoredConfiguration {
        let all = try configurations()
        if let fingerprint {
            guard let found = all.first(where: { $0.fingerprint.hasPrefix(fingerprint) }) else {
                throw StoreError("store '\(path)' has no records for configuration \(fingerprint)")
            }
            return found
        }
        guard let latest = all.first else { throw StoreError("store '\(path)' holds no records yet") }
        return latest
    }

    /// Writes the stored records of one configuration as JSONL, in commit order (the order the
    /// runs processed them: input order within a run, runs in time order), one line per document.
    ///
    /// - Returns: The number of records written.
    /// - Throws: ``StoreError`` or the writer's error.
    @discardableResult
    public func export(configuration fingerprint: String, to write: (Data) throws -> Void) throws -> Int {
        try database.read { db in
            var count = 0
            var buffer = Data()
            let cursor = try String.fetchCursor(db, sql: "SELECT record FROM documents WHERE config = ? ORDER BY seq", arguments: [fingerprint])
            while let record = try cursor.next() {
                buffer.append(contentsOf: record.utf8)
                buffer.append(0x0A)
                count += 1
                if buffer.count >= 1 << 20 {
                    try write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            if !buffer.isEmpty { try write(buffer) }
            return count
        }
    }
}

/// A configuration the store holds records for.
public struct StoredConfiguration: Sendable {
    /// SHA-256 of the signature (hex).
    public var fingerprint: String
    /// The normalized stages and options (see ``Pipeline/ExecutionPlan/signature``).
    public var signature: String
    /// Documents stored for it.
    public var documents: Int
}

/// A store that cannot be opened, read or written.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public var message: String
    /// Creates the error.
    public init(_ message: String) { self.message = message }
    public var description: String { "error: \(message)" }
}
