public import Pipeline

/// A line removed as boilerplate.
public struct RemovedLine: Codable, Hashable, Sendable {
    /// The line's 1-based number in the text as the stage received it.
    public var line: Int
    /// The line's text.
    public var text: String
    /// The rule that removed it, such as `lexicon:donation` or `repeated-in-outlet`.
    public var rule: String

    /// Creates a record of a removed line.
    public init(line: Int, text: String, rule: String) {
        self.line = line
        self.text = text
        self.rule = rule
    }
}

/// The lines the `boilerplate` stage removed, in line order.
public enum BoilerplateKey: CodableAnnotationKey {
    public typealias Value = [RemovedLine]
    public static let name = "boilerplate"
}

extension Annotations {
    /// Removed lines. Set by the `boilerplate` stage.
    public internal(set) var boilerplate: [RemovedLine]? {
        get { self[BoilerplateKey.self] }
        set { self[BoilerplateKey.self] = newValue }
    }
}
