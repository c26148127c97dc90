import Foundation

/// A stage built from its options, with its type erased so the executor can run a list of them.
struct ConfiguredStage: Sendable {
    enum Work: Sendable {
        case document(@Sendable (inout Document, StageContext) throws -> Void)
        case corpus(CorpusOperations)
    }

    let name: String
    let rewritesText: Bool
    let rulesDigest: String
    let requires: [AnyAnnotationKey]
    let provides: [AnyAnnotationKey]
    let work: Work

    init<S: Stage>(_ stage: S) {
        name = S.name
        rewritesText = stage.rewritesText
        rulesDigest = stage.rulesDigest
        requires = S.requires
        provides = S.provides
        work = .document { document, context in try stage.process(&document, context: context) }
    }

    init<S: CorpusStage>(_ stage: S) {
        name = S.name
        rewritesText = stage.rewritesText
        rulesDigest = stage.rulesDigest
        requires = S.requires
        provides = S.provides
        work = .corpus(CorpusOperations(stage))
    }

    var isCorpus: Bool {
        if case .corpus = work { return true }
        return false
    }
}

/// The operations of a ``CorpusStage`` with its `State` and `Resolved` types erased.
struct CorpusOperations: Sendable {
    let empty: @Sendable () -> any Sendable
    let summarize: @Sendable (Document, StageContext) throws -> any Sendable
    let merge: @Sendable (inout any Sendable, any Sendable) -> Void
    let resolve: @Sendable (any Sendable) throws -> any Sendable
    let process: @Sendable (inout Document, any Sendable, StageContext) throws -> Void
    let encodeState: @Sendable (any Sendable) throws -> Data
    let decodeState: @Sendable (Data) throws -> any Sendable

    init<S: CorpusStage>(_ stage: S) {
        empty = { stage.emptyState() }
        summarize = { document, context in try stage.summarize(document, context: context) }
        merge = { state, other in
            var typed = state as! S.State
            // The box lets go of its copy first, so that the merge mutates the state in place:
            // with both holding it, every merge would copy the whole state so far (quadratic in
            // the batch for a state that grows with it).
            state = ()
            stage.merge(&typed, with: other as! S.State)
            state = typed
        }
        resolve = { state in try stage.resolve(state as! S.State) }
        process = { document, resolved, context in
            try stage.process(&document, resolved: resolved as! S.Resolved, context: context)
        }
        encodeState = { state in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            return try encoder.encode(state as! S.State)
        }
        decodeState = { data in try JSONDecoder().decode(S.State.self, from: data) }
    }
}
