/// A stage that processes each document on its own, such as a sentence splitter.
///
/// A stage is an immutable `Sendable` value built once per run from its options and shared by
/// every worker; per-thread state (an ICU iterator, say) comes from ``StageContext/local(_:)``.
///
/// ```swift
/// struct Shout: Stage {
///     static let name = "acme.shout"
///     static let summary = "Upper-cases the text."
///     init(options: NoOptions) {}
///     var rewritesText: Bool { true }
///     func process(_ document: inout Document, context: StageContext) throws {
///         document.text = document.text.uppercased()
///     }
/// }
/// ```
///
/// If `process` throws, that one document becomes an error record naming the stage and the
/// error; every other document goes on.
public protocol Stage: StageDefinition {
    /// Processes one document in place.
    ///
    /// - Parameters:
    ///   - document: The document, with the annotations of the stages before this one.
    ///   - context: This worker's context for this stage.
    func process(_ document: inout Document, context: StageContext) throws
}

/// A stage that must see the whole batch before it can decide, such as choosing one canonical
/// spelling per person across every article.
///
/// It runs map-reduce shaped, so that it parallelises and can later run on a cluster:
///
/// 1. ``summarize(_:context:)`` on every document (in parallel),
/// 2. ``merge(_:with:)`` of the summaries, in input order (associative, so partial merges can be
///    combined, and deterministic),
/// 3. ``resolve(_:)`` once on the merged state (cluster, rank, build tables),
/// 4. ``process(_:resolved:context:)`` on every document with the resolved state.
///
/// The merged ``State`` is `Codable`: a run can start from a state saved by an earlier run
/// (`state "DIR"` in the config), so later drops reuse what earlier drops learned.
public protocol CorpusStage: StageDefinition {
    /// What one document contributes, and what the batch has learned once merged.
    associatedtype State: Codable & Sendable
    /// What ``resolve(_:)`` derives from the merged state for ``process(_:resolved:context:)``.
    associatedtype Resolved: Sendable = State

    /// The state of an empty batch: the identity of ``merge(_:with:)``.
    func emptyState() -> State
    /// What `document` contributes.
    func summarize(_ document: Document, context: StageContext) throws -> State
    /// Folds `other` into `state`. Must be associative; `other` comes later in input order.
    func merge(_ state: inout State, with other: State)
    /// Derives what documents are processed with, once per batch.
    func resolve(_ state: State) throws -> Resolved
    /// Processes one document with the resolved batch state.
    func process(_ document: inout Document, resolved: Resolved, context: StageContext) throws
}

extension CorpusStage where Resolved == State {
    public func resolve(_ state: State) throws -> State { state }
}
