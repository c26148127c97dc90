import Foundation

/// What a plan's corpus stages have learned, by stage: the merged states of every batch so far.
///
/// Opaque on purpose: a state's type belongs to its stage. To keep it between runs, turn it into
/// bytes with ``ExecutionPlan/encodeStates(_:)`` and back with ``ExecutionPlan/decodeStates(_:)``.
public struct CorpusStates: Sendable {
    var byStage: [Int: any Sendable]

    /// Nothing learned yet: every corpus stage starts from its empty state.
    public init() { byStage = [:] }

    init(byStage: [Int: any Sendable]) { self.byStage = byStage }
}

/// Runs a plan batch after batch over documents in memory, each batch's corpus stages starting
/// from the states the caller hands in: the building block of incremental runs.
///
/// Per-worker stage contexts (ICU iterators, transliterators) live as long as the processor, so
/// small batches do not rebuild them.
public final class BatchProcessor {
    /// The plan being run.
    public let plan: ExecutionPlan
    private let executor: Executor

    /// A processor with `workers` threads; `onError` overrides the config's `on_error`.
    public init(plan: ExecutionPlan, workers: Int, onError: ErrorPolicy? = nil) {
        self.plan = plan
        executor = Executor(
            plan: plan, workers: max(1, workers), onError: onError ?? plan.configuration.onError, initialStates: [:],
            progress: nil)
    }

    /// Runs every stage over `documents`; corpus stages merge the batch into `states`.
    ///
    /// - Returns: Each document or why it failed, in input order, and the merged states.
    /// - Throws: ``RunAborted`` under `on_error abort`; ``RunError`` when a corpus stage cannot resolve.
    public func process(_ documents: [Document], states: CorpusStates) throws
        -> (results: [Result<Document, DocumentFailure>], states: CorpusStates)
    {
        guard !documents.isEmpty else { return ([], states) }
        executor.initialStates = states.byStage
        let results = try executor.process(documents)
        return (results, CorpusStates(byStage: states.byStage.merging(executor.corpusStates) { $1 }))
    }

    /// Time and documents per stage over every batch so far.
    public var stageTimings: [RunSummary.StageTiming] { executor.stageTimings() }
}

extension ExecutionPlan {
    /// The names under which corpus-stage states are kept: the stage's name, with `-2`, `-3` …
    /// for a stage that appears more than once, by stage index.
    var corpusStateSlots: [(index: Int, name: String)] {
        var seen: [String: Int] = [:]
        var result: [(Int, String)] = []
        for (index, stage) in stages.enumerated() where stage.isCorpus {
            seen[stage.name, default: 0] += 1
            result.append((index, seen[stage.name]! > 1 ? "\(stage.name)-\(seen[stage.name]!)" : stage.name))
        }
        return result
    }

    /// The names of the plan's corpus-stage states, in stage order (see ``encodeStates(_:)``).
    public var corpusStateNames: [String] { corpusStateSlots.map(\.name) }

    /// Each corpus stage's state as JSON, by state name; stages that learned nothing are left out.
    ///
    /// - Throws: When a state cannot be encoded.
    public func encodeStates(_ states: CorpusStates) throws -> [String: Data] {
        var encoded: [String: Data] = [:]
        for (index, name) in corpusStateSlots {
            guard let state = states.byStage[index], case .corpus(let operations) = stages[index].work else { continue }
            encoded[name] = try operations.encodeState(state)
        }
        return encoded
    }

    /// States from what ``encodeStates(_:)`` produced; names the plan does not have are ignored.
    ///
    /// - Throws: ``RunError`` when a state does not fit its stage.
    public func decodeStates(_ encoded: [String: Data]) throws -> CorpusStates {
        var states: [Int: any Sendable] = [:]
        for (index, name) in corpusStateSlots {
            guard let data = encoded[name], case .corpus(let operations) = stages[index].work else { continue }
            do {
                states[index] = try operations.decodeState(data)
            } catch {
                throw RunError("saved state '\(name)' does not fit stage '\(stages[index].name)': \(error)")
            }
        }
        return CorpusStates(byStage: states)
    }
}
