import Dispatch
import Foundation
import GRDB
public import Pipeline

/// Settings of an incremental run (the `pipe run` flags when a store is in use).
public struct StoreRunOptions: Sendable {
    /// Input paths or patterns instead of the config's `input`.
    public var inputs: [String]?
    /// Where this run's records go (`-` for stdout); `nil` means the config's output, else stdout.
    public var output: String?
    /// Worker threads instead of the config's `workers`.
    public var workers: Int?
    /// Error policy instead of the config's `on_error`.
    public var onError: ErrorPolicy?
    /// Forget this configuration's records and learned state first, and process the whole input.
    public var full: Bool
    /// Documents per transaction: each batch of this many new documents, and the corpus states
    /// after it, is committed at once. Corpus stages see one batch at a time on top of what earlier
    /// batches and drops taught them.
    public var commitEvery: Int
    /// A `state "DIR"` folder whose JSON files seed the store's corpus states when the store has
    /// none for this configuration yet (never written: the store is the one source of truth).
    public var seedStatePath: String?
    /// Whether to draw a progress line when standard error is a terminal.
    public var showProgress: Bool
    /// The longest JSONL line or text file read as a record.
    public var maximumRecordBytes: Int
    /// Asked between batches; `true` stops the run after the batch in flight is committed (SIGINT,
    /// SIGTERM). The records committed so far are still written to the output.
    public var shouldStop: (@Sendable () -> Bool)?

    /// The default batch: large enough that a typical drop (a few hundred articles every few
    /// hours) is one batch, so corpus stages see it whole; small enough that a crash during a big
    /// backlog loses at most a minute or so of work.
    public static let defaultCommitEvery = 1000

    /// Settings that change nothing in the configuration.
    public init(
        inputs: [String]? = nil, output: String? = nil, workers: Int? = nil, onError: ErrorPolicy? = nil, full: Bool = false,
        commitEvery: Int = StoreRunOptions.defaultCommitEvery, seedStatePath: String? = nil, showProgress: Bool = false,
        maximumRecordBytes: Int = 64 << 20, shouldStop: (@Sendable () -> Bool)? = nil
    ) {
        self.inputs = inputs
        self.output = output
        self.workers = workers
        self.onError = onError
        self.full = full
        self.commitEvery = max(1, commitEvery)
        self.seedStatePath = seedStatePath
        self.showProgress = showProgress
        self.maximumRecordBytes = maximumRecordBytes
        self.shouldStop = shouldStop
    }
}

/// What an incremental run did.
public struct StoreRunSummary: Sendable, CustomStringConvertible {
    /// Records read, processed, failed, time per stage (`documentsOut`: processed without error).
    public var run: RunSummary
    /// Documents whose content the store had not seen under this configuration.
    public var new = 0
    /// Documents read from a file (or JSONL id) the store knew with other content: edited articles.
    public var changed = 0
    /// Documents whose content was already processed with this configuration (a renamed file too).
    public var unchanged = 0
    /// New or changed documents that became error records.
    public var failed = 0
    /// Records written to the output: this run's, and those of interrupted runs never delivered.
    public var recordsWritten = 0
    /// Of ``recordsWritten``, those committed by earlier runs that were killed before writing them.
    public var recoveredRecords = 0
    /// Whether the run stopped early because it was asked to (a signal), after committing.
    public var stopped = false
    /// The store file.
    public var storePath = ""
    /// The output path (`-` for stdout).
    public var outputPath = "-"
    /// The configuration fingerprint (hex).
    public var fingerprint = ""
    /// Stored documents of this configuration whose records were made under other rule files
    /// than this run's (see ``Pipeline/ExecutionPlan/rulesDigest``): they keep those records
    /// until `--full`.
    public var staleDocuments = 0
    /// The stages whose rule files differ for ``staleDocuments``, sorted.
    public var staleStages: [String] = []

    /// The summary printed on standard error.
    public var description: String {
        var text = run.description + "\n"
        let processed = new + changed
        if processed == 0 && recoveredRecords == 0 {
            text += "store \(storePath): nothing new — \(unchanged) unchanged document\(unchanged == 1 ? "" : "s") already processed with this configuration"
        } else {
            text += "store \(storePath): \(new) new, \(changed) changed, \(unchanged) unchanged, \(failed) failed"
        }
        text += "; \(recordsWritten) record\(recordsWritten == 1 ? "" : "s") written to \(outputPath == "-" ? "stdout" : outputPath)"
        if recoveredRecords > 0 { text += " (\(recoveredRecords) from an interrupted run)" }
        if stopped { text += "\nstopped on request after committing the batch in flight" }
        if staleDocuments > 0 {
            text += "\nwarning: \(staleDocuments) stored document\(staleDocuments == 1 ? " was" : "s were") processed under other rule files"
            if !staleStages.isEmpty { text += " (stage \(staleStages.joined(separator: ", ")))" }
            text += " and keep\(staleDocuments == 1 ? "s its record" : " their records"); 'pipe run --full' reprocesses everything"
        }
        return text
    }
}

extension DocumentStore {
    /// Runs `plan` over the documents of the input that this configuration has not processed
    /// yet, committing each batch with the corpus states after it, then writes this run's records
    /// to the output.
    ///
    /// A document is its content: text, metadata, and the id a JSONL record gives itself (SHA-256
    /// of them). A path, and an id made from a file name, are only where it was found, so a
    /// renamed file is unchanged, an edited one is changed (its earlier record is replaced), and
    /// two files with the same text are one document. Batches are the next ``StoreRunOptions/commitEvery`` new documents in input
    /// order, so a run killed at any moment and run again commits exactly the batches an
    /// uninterrupted run would have, from the same states: the store ends the same. The records
    /// of a killed run, never written to an output, go to the next run's output.
    ///
    /// - Throws: ``StoreError``, ``Pipeline/RunError`` (input), ``Pipeline/RunAborted`` or
    ///   ``Pipeline/DocumentFailure`` under `on_error abort`.
    public func run(_ plan: ExecutionPlan, options: StoreRunOptions = StoreRunOptions()) throws -> StoreRunSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        let configuration = plan.configuration
        let inputs = try plan.inputs(overriddenBy: options.inputs)
        let workers = plan.workers(overriddenBy: options.workers)
        let outputPath = options.output ?? configuration.output ?? "-"
        let fingerprint = Self.fingerprint(of: plan.signature)
        let onError = options.onError ?? configuration.onError

        var summary = StoreRunSummary(run: RunSummary())
        summary.run.workers = workers
        summary.storePath = path
        summary.outputPath = outputPath
        summary.fingerprint = fingerprint

        // Open the run: register the config, forget it first with --full.
        let runID: Int64 = try write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO configs (fingerprint, signature, created) VALUES (?, ?, ?)",
                arguments: [fingerprint, plan.signature, Self.timestamp()])
            if options.full {
                try RecordIndex.remove(where: "config = ?", arguments: [fingerprint], db: db)
                try db.execute(sql: "DELETE FROM documents WHERE config = ?", arguments: [fingerprint])
                try db.execute(sql: "DELETE FROM sources WHERE config = ?", arguments: [fingerprint])
                try db.execute(sql: "DELETE FROM states WHERE config = ?", arguments: [fingerprint])
                try db.execute(sql: "UPDATE runs SET delivered = 1 WHERE config = ?", arguments: [fingerprint])
            }
            try db.execute(
                sql: "INSERT INTO runs (config, started, rules) VALUES (?, ?, ?)",
                arguments: [fingerprint, Self.timestamp(), plan.rulesDigest])
            return db.lastInsertedRowID
        }

        // Corpus states: the store's, or seeded once from a `state` folder.
        var encodedStates = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT name, state FROM states WHERE config = ?", arguments: [fingerprint])
                .reduce(into: [String: Data]()) { $0[$1["name"]] = $1["state"] }
        }
        if encodedStates.isEmpty, let seed = options.seedStatePath, !options.full {
            encodedStates = try PipelineRunner.savedStateFiles(in: seed, plan: plan)
        }
        var states = try plan.decodeStates(encodedStates)

        let reader = try DocumentReader(inputs: inputs, workers: workers, maximumRecordBytes: options.maximumRecordBytes)
        let progress = options.showProgress
            ? ProgressReporter.make(expectedDocuments: reader.expectedCount, expectedBytes: reader.expectedBytes) : nil
        defer { progress?.finish() }
        let processor = BatchProcessor(plan: plan, workers: workers, onError: onError)
        let index = RecordIndex()

        var pending: [PendingDocument] = []
        var renames: [(identity: String, hash: String)] = []
        var seenHashes = Set<String>()
        var runIdentities: [String: String] = [:]

        func commitPending() throws {
            guard !pending.isEmpty || !renames.isEmpty else { return }
            let documents = pending.compactMap { item -> Document? in
                if case .success(let document) = item.result { return document }
                return nil
            }
            let (results, newStates) = try processor.process(documents, states: states)
            var processed = results.makeIterator()
            var records: [(PendingDocument, Result<Document, DocumentFailure>)] = []
            for item in pending {
                if case .success = item.result {
                    records.append((item, processed.next()!))
                } else {
                    records.append((item, item.result))
                }
            }
            let encoded = try plan.encodeStates(newStates)
            var batchFailed = 0
            try write { db in
                for (item, result) in records {
                    let bytes: [UInt8]
                    var error: String?
                    var id: String?
                    var source: String?
                    switch result {
                    case .success(let document):
                        do {
                            bytes = try document.jsonRecord()
                        } catch {
                            let failure = DocumentFailure(
                                documentID: document.id, source: document.source, stage: "write",
                                message: "cannot encode record: \(error)", warnings: document.warnings)
                            bytes = failure.jsonRecord
                        }
                        id = document.id
                        source = document.source
                    case .failure(let failure):
                        bytes = failure.jsonRecord
                        id = failure.documentID
                        source = failure.source
                    }
                    if case .failure(let failure) = result {
                        error = "{\"stage\":\(Self.jsonString(failure.stage)),\"message\":\(Self.jsonString(failure.message))}"
                        batchFailed += 1
                    }
                    let recordText = String(decoding: bytes.last == 0x0A ? bytes.dropLast() : bytes[...], as: UTF8.self)
                    try db.execute(
                        sql: """
                            INSERT INTO documents (config, hash, id, source, record, error, run) VALUES (?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (config, hash) DO UPDATE SET id = excluded.id, source = excluded.source,
                                record = excluded.record, error = excluded.error, run = excluded.run
                            """,
                        arguments: [fingerprint, item.hash, id, source, recordText, error, runID])
                    let seq = try Int64.fetchOne(
                        db, sql: "SELECT seq FROM documents WHERE config = ? AND hash = ?", arguments: [fingerprint, item.hash])!
                    if error == nil { try index.add(record: bytes, seq: seq, db: db) }
                    try Self.point(identity: item.identity, at: item.hash, config: fingerprint, db: db)
                }
                for rename in renames {
                    try Self.point(identity: rename.identity, at: rename.hash, config: fingerprint, db: db)
                }
                for (name, data) in encoded {
                    try db.execute(
                        sql: "INSERT INTO states (config, name, state) VALUES (?, ?, ?) ON CONFLICT (config, name) DO UPDATE SET state = excluded.state",
                        arguments: [fingerprint, name, data])
                }
            }
            summary.failed += batchFailed
            summary.run.documentsFailed += batchFailed
            summary.run.documentsOut += records.count - batchFailed
            // The next batch starts from the states as stored, exactly as a rerun after a crash would.
            states = try plan.decodeStates(encoded)
            pending.removeAll(keepingCapacity: true)
            renames.removeAll()
        }

        while true {
            if let shouldStop = options.shouldStop, shouldStop() {
                summary.stopped = true
                break
            }
            let chunk = try reader.next(count: min(256, options.commitEvery))
            if chunk.isEmpty { break }
            let hashes = Self.contentHashes(chunk, workers: workers)
            let identities = chunk.map(Self.identity)
            let (known, stored) = try database.read { db in
                (
                    Set(try String.fetchAll(
                        db, sql: "SELECT hash FROM documents WHERE config = ? AND hash IN (\(databaseQuestionMarks(count: hashes.count)))",
                        arguments: StatementArguments([fingerprint] + hashes))),
                    try Row.fetchAll(
                        db,
                        sql: "SELECT identity, hash FROM sources WHERE config = ? AND identity IN (\(databaseQuestionMarks(count: identities.count)))",
                        arguments: StatementArguments([fingerprint] + identities)
                    ).reduce(into: [String: String]()) { $0[$1["identity"]] = $1["hash"] }
                )
            }
            for (offset, record) in chunk.enumerated() {
                let hash = hashes[offset], identity = identities[offset]
                summary.run.documentsIn += 1
                summary.run.bytesIn += record.bytes
                let previous = runIdentities[identity] ?? stored[identity]
                runIdentities[identity] = hash
                if known.contains(hash) || seenHashes.contains(hash) {
                    summary.unchanged += 1
                    if previous != hash { renames.append((identity, hash)) }
                    continue
                }
                seenHashes.insert(hash)
                if case .failure(let failure) = record.result, onError == .abort { throw failure }
                let changed = previous != nil && previous != hash
                if changed { summary.changed += 1 } else { summary.new += 1 }
                pending.append(PendingDocument(result: record.result, hash: hash, identity: identity, changed: changed))
                if pending.count >= options.commitEvery {
                    try commitPending()
                    if let shouldStop = options.shouldStop, shouldStop() {
                        summary.stopped = true
                        break
                    }
                }
            }
            progress?.update(documents: summary.run.documentsIn, bytes: summary.run.bytesIn)
            if summary.stopped { break }
        }
        try commitPending()
        progress?.finish()

        // Deliver: this run's records and those of earlier runs killed before delivering theirs.
        let (written, recovered) = try deliver(config: fingerprint, upTo: runID, to: outputPath)
        try write { db in
            try db.execute(
                sql: "UPDATE runs SET new = ?, changed = ?, unchanged = ?, failed = ? WHERE id = ?",
                arguments: [summary.new, summary.changed, summary.unchanged, summary.failed, runID])
        }
        summary.recordsWritten = written
        summary.recoveredRecords = recovered
        (summary.staleDocuments, summary.staleStages) = try staleDocuments(config: fingerprint, rules: plan.rulesDigest)
        summary.run.bytesOut = outputPath == "-" ? 0 : ((try? FileManager.default.attributesOfItem(atPath: outputPath)[.size]) as? NSNumber)?.intValue ?? 0
        summary.run.stages = processor.stageTimings
        summary.run.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        summary.run.peakMemoryBytes = RunSummary.currentPeakMemory()
        return summary
    }

    /// The stored documents of `config` processed under other rules than `rules`, and the stages
    /// whose rules differ (every stage with rules, for runs that did not record theirs: a `pipe`
    /// from before rules were recorded, whose built-in rules may differ).
    func staleDocuments(config: String, rules: String) throws -> (count: Int, stages: [String]) {
        let rows = try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.rules AS rules, COUNT(*) AS count FROM documents d JOIN runs r ON r.id = d.run
                    WHERE d.config = ? GROUP BY r.rules
                    """,
                arguments: [config])
        }.filter { row in
            let old: String? = row["rules"]
            return old != rules && !(old == nil && rules.isEmpty)
        }
        let current = Self.stageDigests(rules)
        var stages = Set<String>()
        for row in rows {
            let old: String? = row["rules"]
            let recorded = old.map(Self.stageDigests) ?? [:]
            for name in Set(current.keys).union(recorded.keys) where old == nil || recorded[name] != current[name] {
                stages.insert(name)
            }
        }
        return (rows.reduce(0) { $0 + ($1["count"] as Int) }, stages.sorted())
    }

    /// `stage=digest` lines as a dictionary.
    static func stageDigests(_ rules: String) -> [String: String] {
        rules.split(separator: "\n").reduce(into: [:]) { result, line in
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { result[String(parts[0])] = String(parts[1]) }
        }
    }

    struct PendingDocument {
        var result: Result<Document, DocumentFailure>
        var hash: String
        var identity: String
        var changed: Bool
    }

    /// Runs `body` in one transaction.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.write(body)
        } catch let error as DatabaseError {
            throw StoreError("cannot write store '\(path)': \(error)")
        }
    }

    /// Points `identity` at `hash`; the record it pointed at before goes when nothing else points
    /// at it (an edited article replaces its earlier version).
    static func point(identity: String, at hash: String, config: String, db: Database) throws {
        let old = try String.fetchOne(
            db, sql: "SELECT hash FROM sources WHERE config = ? AND identity = ?", arguments: [config, identity])
        guard old != hash else { return }
        try db.execute(
            sql: "INSERT INTO sources (config, identity, hash) VALUES (?, ?, ?) ON CONFLICT (config, identity) DO UPDATE SET hash = excluded.hash",
            arguments: [config, identity, hash])
        guard let old else { return }
        let stillUsed = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM sources WHERE config = ? AND hash = ?)", arguments: [config, old]) ?? false
        if !stillUsed {
            try RecordIndex.remove(where: "config = ? AND hash = ?", arguments: [config, old], db: db)
            try db.execute(sql: "DELETE FROM documents WHERE config = ? AND hash = ?", arguments: [config, old])
        }
    }

    /// Writes the undelivered records of `config` up to run `runID` to `outputPath`, in commit
    /// order, atomically, then marks those runs delivered.
    ///
    /// A crash between the rename and the mark delivers those records again in the next run's
    /// output: outputs are at-least-once, the store exactly-once.
    func deliver(config: String, upTo runID: Int64, to outputPath: String) throws -> (written: Int, recovered: Int) {
        let writer = try OutputSink(path: outputPath)
        var written = 0
        var recovered = 0
        do {
            try database.read { db in
                let cursor = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT d.record, d.run FROM documents d JOIN runs r ON r.id = d.run
                        WHERE d.config = ? AND r.delivered = 0 AND r.id <= ? ORDER BY d.seq
                        """,
                    arguments: [config, runID])
                var buffer: [UInt8] = []
                buffer.reserveCapacity(1 << 20)
                while let row = try cursor.next() {
                    let record: String = row["record"]
                    let run: Int64 = row["run"]
                    buffer.append(contentsOf: record.utf8)
                    buffer.append(0x0A)
                    written += 1
                    if run != runID { recovered += 1 }
                    if buffer.count >= 1 << 20 {
                        try writer.write(buffer)
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
                if !buffer.isEmpty { try writer.write(buffer) }
            }
            try writer.commit()
        } catch {
            writer.abandon()
            throw error
        }
        try write { db in
            try db.execute(
                sql: "UPDATE runs SET delivered = 1, finished = COALESCE(finished, ?) WHERE config = ? AND delivered = 0 AND id <= ?",
                arguments: [Self.timestamp(), config, runID])
        }
        return (written, recovered)
    }

    /// What a record is a version of: its file, and for JSONL its id within the file.
    static func identity(_ record: DocumentReader.Record) -> String {
        guard record.line != nil else { return record.file }
        switch record.result {
        case .success(let document): return record.file + "#" + document.id
        case .failure(let failure): return record.file + "#" + (failure.documentID ?? "line \(record.line!)")
        }
    }

    /// SHA-256 of each record's content (length-prefixed fields), in parallel: its text, its
    /// metadata, and its id when the record carries one (a JSONL `id`) — not an id made from a file
    /// name, so a renamed file is the same document. An unreadable record hashes its file, line and
    /// reason.
    static func contentHashes(_ records: [DocumentReader.Record], workers: Int) -> [String] {
        var hashes = [String](repeating: "", count: records.count)
        hashes.withUnsafeMutableBufferPointer { buffer in
            let output = UnsafeSendableBuffer(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: min(max(1, workers), max(1, records.count))) { worker in
                var index = worker
                while index < records.count {
                    output.buffer[index] = contentHash(records[index])
                    index += max(1, min(workers, records.count))
                }
            }
        }
        return hashes
    }

    static func contentHash(_ record: DocumentReader.Record) -> String {
        var hasher = SHA256()
        switch record.result {
        case .success(let document):
            hasher.update("document\n")
            let ownID = record.hasOwnID ? document.id : ""
            hasher.update(length: ownID.utf8.count)
            hasher.update(ownID)
            hasher.update(length: document.text.utf8.count)
            hasher.update(document.text)
            var metadata = JSONOutput(capacity: 64)
            if !document.metadata.isEmpty { metadata.append(JSONValue.object(document.metadata)) }
            hasher.update(length: metadata.bytes.count)
            hasher.update(metadata.bytes)
        case .failure(let failure):
            hasher.update("unreadable\n")
            for part in [record.file, record.line.map(String.init) ?? "", failure.message] {
                hasher.update(length: part.utf8.count)
                hasher.update(part)
            }
        }
        return hasher.hexDigest()
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }

    static func jsonString(_ string: String) -> String {
        var output = JSONOutput(capacity: string.utf8.count + 2)
        output.append(string)
        return String(decoding: output.bytes, as: UTF8.self)
    }
}

/// A buffer the hashing threads write, each to its own indices.
private struct UnsafeSendableBuffer: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<String>
}
