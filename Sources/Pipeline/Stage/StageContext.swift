/// What a stage sees of the run while it processes documents on one worker.
///
/// The executor makes one context per stage per worker thread, so ``local(_:)`` is the place
/// for state that must not be shared between threads.
public final class StageContext {
    /// The stage's name in the config.
    public let stageName: String
    /// The worker's index, from 0.
    public let workerIndex: Int
    private var locals: [ObjectIdentifier: Any] = [:]

    /// Creates a context; the executor does this, and so does `StageHarness` in tests.
    public init(stageName: String, workerIndex: Int = 0) {
        self.stageName = stageName
        self.workerIndex = workerIndex
    }

    /// This worker's instance of `T`, made by `make` on first use.
    ///
    /// ```swift
    /// let splitter = try context.local { try BreakIterator(.sentence, locale: locale) }
    /// ```
    ///
    /// One instance is kept per type; wrap values in a small struct or class of your own to keep
    /// more than one of the same type.
    public func local<T>(_ make: () throws -> T) rethrows -> T {
        let key = ObjectIdentifier(T.self)
        if let existing = locals[key] { return existing as! T }
        let made = try make()
        locals[key] = made
        return made
    }
}
