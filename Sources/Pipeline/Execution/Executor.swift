import Dispatch
import Foundation

/// Runs an ``ExecutionPlan`` over an input source, writing records to an output sink.
///
/// ```text
///                   document-only pipeline (streaming, bounded memory)
///   read batch ──► ┌ worker 0: decode ─► stage 1 ─► … ─► stage n ─► encode ┐ ──► write batch
///   (serial)       │ worker 1: decode ─► stage 1 ─► … ─► stage n ─► encode │     in input order
///                  └ worker k: …                                           ┘
///
///                   with a corpus stage C (the plan is split at each corpus stage)
///   read all ─► [decode + stages before C]  ─►  C.summarize  ─►  merge in input order ─► C.resolve
///               (parallel)                      (parallel)       (per worker, then in order)
///           ─► [C.process + stages up to the next corpus stage] ─► … ─► encode ─► write
/// ```
///
/// A document that throws in a stage stops there and becomes an error record in its place; with
/// `on_error abort` the run stops instead. Output is byte-identical whatever the worker count:
/// documents never see each other except through corpus states, which are merged in input order.
final class Executor {
    private let plan: ExecutionPlan
    private let loop: ParallelLoop
    private let onError: ErrorPolicy
    private let batchSize: Int
    private let batchBytes: Int
    private let contexts: [[StageContext]]
    /// Per worker and stage, flattened (`worker * stageCount + stage`): each worker writes only its own.
    private let timings: SharedSlots<StageClock>
    /// Merged corpus states after the run, by stage index, for saving.
    private(set) var corpusStates: [Int: any Sendable] = [:]
    /// The states corpus stages start from, by stage index (an earlier run's, or an earlier batch's).
    var initialStates: [Int: any Sendable]
    private let progress: ProgressReporter?

    struct StageClock {
        var nanoseconds: UInt64 = 0
        var documents = 0
        var failures = 0
    }

    /// A document slot as it moves through the run.
    enum Slot {
        case raw(RawRecord)
        case document(Document)
        case failed(id: String?, source: String?, stage: String, message: String, warnings: [String])
        case encoded([UInt8])
        case encodedFailure([UInt8], RunAborted)
        case empty

        var document: Document? {
            if case .document(let d) = self { return d }
            return nil
        }
    }

    init(
        plan: ExecutionPlan, workers: Int, onError: ErrorPolicy, initialStates: [Int: any Sendable],
        progress: ProgressReporter?, batchSize: Int? = nil
    ) {
        self.plan = plan
        self.loop = ParallelLoop(workers: workers)
        self.onError = onError
        self.batchSize = batchSize ?? max(64, workers * 64)
        self.batchBytes = 32 << 20
        self.initialStates = initialStates
        self.progress = progress
        contexts = (0..<workers).map { worker in
            plan.stages.map { StageContext(stageName: $0.name, workerIndex: worker) }
        }
        timings = SharedSlots(Array(repeating: StageClock(), count: max(1, workers * plan.stages.count)))
    }

    /// Runs to the end of the input.
    ///
    /// - Throws: ``RunError`` for input or output failures, ``RunAborted`` under `on_error abort`.
    func run(source: InputSource, sink: OutputSink) throws -> RunSummary {
        let start = DispatchTime.now()
        var summary = RunSummary()
        summary.workers = loop.workers
        if plan.stages.contains(where: \.isCorpus) {
            try runInPhases(source: source, sink: sink, summary: &summary)
        } else {
            try runStreaming(source: source, sink: sink, summary: &summary)
        }
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        summary.bytesOut = sink.bytesWritten
        summary.stages = stageTimings()
        return summary
    }

    /// Time and documents per stage so far, summed over workers.
    func stageTimings() -> [RunSummary.StageTiming] {
        plan.stages.indices.map { index in
            let merged = (0..<loop.workers).map { timings[$0 * plan.stages.count + index] }.reduce(StageClock()) { total, clock in
                StageClock(
                    nanoseconds: total.nanoseconds + clock.nanoseconds,
                    documents: total.documents + clock.documents,
                    failures: total.failures + clock.failures)
            }
            return .init(
                name: plan.stages[index].name, documents: merged.documents, failures: merged.failures,
                seconds: Double(merged.nanoseconds) / 1e9)
        }
    }

    // MARK: - Streaming

    private func runStreaming(source: InputSource, sink: OutputSink, summary: inout RunSummary) throws {
        let stageRange = plan.stages.indices
        while true {
            var batch: [Slot] = []
            var bytes = 0
            while batch.count < batchSize && bytes < batchBytes, let raw = try source.next() {
                bytes += raw.byteCount
                batch.append(.raw(raw))
            }
            if batch.isEmpty { break }
            let slots = SharedSlots(batch)
            var readBytes = [Int](repeating: 0, count: batch.count)
            readBytes.withUnsafeMutableBufferPointer { readBytesBuffer in
                let readBytesPointer = readBytesBuffer
                loop.run(count: slots.count) { index, worker in
                    self.decode(slots, index, bytesRead: &readBytesPointer[index])
                    self.runStages(stageRange, on: slots, index, worker: worker)
                    self.encode(slots, index)
                }
            }
            summary.bytesIn += readBytes.reduce(0, +)
            try write(slots, to: sink, summary: &summary)
            progress?.update(documents: summary.documentsIn, bytes: summary.bytesIn)
        }
    }

    // MARK: - In memory

    /// Runs every stage over documents held in memory; no reading, encoding or writing.
    func process(_ documents: [Document]) throws -> [Result<Document, DocumentFailure>] {
        let slots = SharedSlots(documents.map(Slot.document))
        _ = try runInPhases(slots, decodeFirst: false)
        return slots.elements.map { slot in
            switch slot {
            case .document(let document): return .success(document)
            case .failed(let id, let source, let stage, let message, let warnings):
                return .failure(DocumentFailure(documentID: id, source: source, stage: stage, message: message, warnings: warnings))
            default:
                return .failure(DocumentFailure(documentID: nil, source: nil, stage: "internal", message: "document was lost"))
            }
        }
    }

    // MARK: - Phases (corpus stages)

    private func runInPhases(source: InputSource, sink: OutputSink, summary: inout RunSummary) throws {
        var raws: [Slot] = []
        while let raw = try source.next() { raws.append(.raw(raw)) }
        let slots = SharedSlots(raws)
        raws = []
        summary.bytesIn = try runInPhases(slots, decodeFirst: true)
        loop.run(count: slots.count) { index, _ in self.encode(slots, index) }
        try write(slots, to: sink, summary: &summary)
        progress?.update(documents: summary.documentsIn, bytes: summary.bytesIn)
    }

    /// Runs every stage over `slots`, the plan split at each corpus stage: the stages between two
    /// corpus stages run per document, then the corpus stage sees the whole batch.
    ///
    /// - Returns: The input bytes decoded (when `decodeFirst`).
    private func runInPhases(_ slots: SharedSlots<Slot>, decodeFirst: Bool) throws -> Int {
        var readBytes = [Int](repeating: 0, count: slots.count)
        var segmentStart = 0
        var first = decodeFirst
        for (index, stage) in plan.stages.enumerated() where stage.isCorpus {
            try runSegment(segmentStart..<index, slots: slots, decodeFirst: first, readBytes: &readBytes)
            first = false
            try runCorpusStage(index, slots: slots)
            segmentStart = index + 1
        }
        try runSegment(segmentStart..<plan.stages.count, slots: slots, decodeFirst: first, readBytes: &readBytes)
        return readBytes.reduce(0, +)
    }

    private func runSegment(_ stages: Range<Int>, slots: SharedSlots<Slot>, decodeFirst: Bool, readBytes: inout [Int]) throws {
        readBytes.withUnsafeMutableBufferPointer { readBytesBuffer in
            let readBytesPointer = readBytesBuffer
            loop.run(count: slots.count) { index, worker in
                if decodeFirst { self.decode(slots, index, bytesRead: &readBytesPointer[index]) }
                self.runStages(stages, on: slots, index, worker: worker)
            }
        }
        try abortIfNeeded(slots)
    }

    private func runCorpusStage(_ stageIndex: Int, slots: SharedSlots<Slot>) throws {
        guard case .corpus(let operations) = plan.stages[stageIndex].work else { return }
        let stageName = plan.stages[stageIndex].name

        // Map: each worker folds the summaries of a contiguous run of documents, so that merging
        // the per-run states in run order equals merging every summary in input order.
        let workers = loop.workers
        let runLength = max(1, (slots.count + workers - 1) / workers)
        let runCount = (slots.count + runLength - 1) / runLength
        let partials = SharedSlots<(any Sendable)?>(Array(repeating: nil, count: runCount))
        loop.run(count: runCount) { run, worker in
            var state = operations.empty()
            for index in (run * runLength)..<min(slots.count, (run + 1) * runLength) {
                guard let document = slots[index].document else { continue }
                let clock = DispatchTime.now().uptimeNanoseconds
                do {
                    let summary = try operations.summarize(document, self.contexts[worker][stageIndex])
                    operations.merge(&state, summary)
                } catch {
                    self.fail(slots, index, stage: stageName, error: error, worker: worker, stageIndex: stageIndex)
                }
                self.timings[worker * self.plan.stages.count + stageIndex].nanoseconds += DispatchTime.now().uptimeNanoseconds - clock
            }
            partials[run] = state
        }
        try abortIfNeeded(slots)

        // Reduce in order, on top of the state an earlier run saved.
        var merged = initialStates[stageIndex] ?? operations.empty()
        for partial in partials.elements { if let partial { operations.merge(&merged, partial) } }
        corpusStates[stageIndex] = merged
        let resolved: any Sendable
        do {
            resolved = try operations.resolve(merged)
        } catch {
            throw RunError("stage '\(stageName)' could not resolve the batch state: \(error)")
        }

        loop.run(count: slots.count) { index, worker in
            guard case .document(var document) = slots[index] else { return }
            slots[index] = .empty
            let clock = DispatchTime.now().uptimeNanoseconds
            do {
                try operations.process(&document, resolved, self.contexts[worker][stageIndex])
                slots[index] = .document(document)
                self.timings[worker * self.plan.stages.count + stageIndex].documents += 1
            } catch {
                slots[index] = .document(document)
                self.fail(slots, index, stage: stageName, error: error, worker: worker, stageIndex: stageIndex)
            }
            self.timings[worker * self.plan.stages.count + stageIndex].nanoseconds += DispatchTime.now().uptimeNanoseconds - clock
        }
        try abortIfNeeded(slots)
    }

    // MARK: - Per-document steps

    private func decode(_ slots: SharedSlots<Slot>, _ index: Int, bytesRead: inout Int) {
        guard case .raw(let raw) = slots[index] else { return }
        bytesRead = raw.byteCount
        switch RecordDecoder.decode(raw) {
        case .success(let document):
            // A text file's size is known once it is read; no second stat.
            if bytesRead == 0 { bytesRead = document.text.utf8.count }
            slots[index] = .document(document)
        case .failure(let failure):
            slots[index] = .failed(id: failure.id, source: failure.source, stage: "read", message: failure.message, warnings: [])
        }
    }

    private func runStages(_ stages: Range<Int>, on slots: SharedSlots<Slot>, _ index: Int, worker: Int) {
        guard !stages.isEmpty, case .document(var document) = slots[index] else { return }
        slots[index] = .empty  // keep one reference, so stages mutate the text in place
        for stageIndex in stages {
            guard case .document(let process) = plan.stages[stageIndex].work else { continue }
            let clock = DispatchTime.now().uptimeNanoseconds
            do {
                try process(&document, contexts[worker][stageIndex])
                timings[worker * plan.stages.count + stageIndex].documents += 1
                timings[worker * plan.stages.count + stageIndex].nanoseconds += DispatchTime.now().uptimeNanoseconds - clock
            } catch {
                timings[worker * plan.stages.count + stageIndex].nanoseconds += DispatchTime.now().uptimeNanoseconds - clock
                slots[index] = .document(document)
                fail(slots, index, stage: plan.stages[stageIndex].name, error: error, worker: worker, stageIndex: stageIndex)
                return
            }
        }
        slots[index] = .document(document)
    }

    private func fail(_ slots: SharedSlots<Slot>, _ index: Int, stage: String, error: any Error, worker: Int, stageIndex: Int) {
        let document = slots[index].document
        timings[worker * plan.stages.count + stageIndex].failures += 1
        slots[index] = .failed(
            id: document?.id, source: document?.source, stage: stage, message: String(describing: error),
            warnings: document?.warnings ?? [])
    }

    private func encode(_ slots: SharedSlots<Slot>, _ index: Int) {
        var output = JSONOutput(capacity: 1024)
        switch slots[index] {
        case .document(let document):
            do {
                try RecordEncoder.encode(document, into: &output)
                slots[index] = .encoded(output.bytes)
            } catch {
                output.removeAll()
                let message = "cannot encode record: \(error)"
                RecordEncoder.encodeError(
                    id: document.id, source: document.source, stage: "write", message: message,
                    warnings: document.warnings, into: &output)
                slots[index] = .encodedFailure(
                    output.bytes, RunAborted(documentID: document.id, source: document.source, stage: "write", message: message))
            }
        case .failed(let id, let source, let stage, let message, let warnings):
            RecordEncoder.encodeError(id: id, source: source, stage: stage, message: message, warnings: warnings, into: &output)
            slots[index] = .encodedFailure(
                output.bytes, RunAborted(documentID: id, source: source, stage: stage, message: message))
        default:
            return
        }
    }

    private func write(_ slots: SharedSlots<Slot>, to sink: OutputSink, summary: inout RunSummary) throws {
        try abortIfNeeded(slots)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        for index in 0..<slots.count {
            summary.documentsIn += 1
            switch slots[index] {
            case .encoded(let bytes):
                summary.documentsOut += 1
                buffer.append(contentsOf: bytes)
            case .encodedFailure(let bytes, _):
                summary.documentsFailed += 1
                buffer.append(contentsOf: bytes)
            default:
                break
            }
            if buffer.count >= 1 << 20 {
                try sink.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { try sink.write(buffer) }
    }

    private func abortIfNeeded(_ slots: SharedSlots<Slot>) throws {
        guard onError == .abort else { return }
        for index in 0..<slots.count {
            switch slots[index] {
            case .failed(let id, let source, let stage, let message, _):
                throw RunAborted(documentID: id, source: source, stage: stage, message: message)
            case .encodedFailure(_, let aborted):
                throw aborted
            default:
                continue
            }
        }
    }
}

/// Why one document failed, for in-memory runs.
public struct DocumentFailure: Error, CustomStringConvertible, Sendable {
    /// The document's id, when known.
    public var documentID: String?
    /// Where it came from.
    public var source: String?
    /// The stage that failed (`read` for input that could not be decoded).
    public var stage: String
    /// The stage's error.
    public var message: String
    /// Repairs made to the document before it failed (they are kept in its error record).
    public var warnings: [String]

    /// Describes a failure.
    public init(documentID: String?, source: String?, stage: String, message: String, warnings: [String] = []) {
        self.documentID = documentID
        self.source = source
        self.stage = stage
        self.message = message
        self.warnings = warnings
    }

    public var description: String { "stage '\(stage)' failed on '\(documentID ?? "?")': \(message)" }

    /// The error record `pipe run` writes in the document's place, with its line ending.
    public var jsonRecord: [UInt8] {
        var output = JSONOutput(capacity: 256)
        RecordEncoder.encodeError(id: documentID, source: source, stage: stage, message: message, warnings: warnings, into: &output)
        return output.bytes
    }
}

/// The run stopped at the first failing document, as `on_error abort` asks.
public struct RunAborted: Error, CustomStringConvertible, Sendable {
    /// The failing document's id, when known.
    public var documentID: String?
    /// Where it came from.
    public var source: String?
    /// The stage that failed (or `read` for input that could not be decoded).
    public var stage: String
    /// The stage's error.
    public var message: String
    public var description: String {
        "error: stopped at document '\(documentID ?? "?")' (\(source ?? "unknown source")): stage '\(stage)' failed: \(message)"
    }
}
