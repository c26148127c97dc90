/// An error reported by ICU, with the operation that failed.
///
/// ```
/// cannot open transliterator 'Any-Latn': U_INVALID_ID
/// ```
public struct ICUError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What was being done, including the ID or rule set involved.
    public var operation: String
    /// ICU's name for the status code, such as `U_INVALID_ID` or `U_MALFORMED_RULE`.
    public var icuErrorName: String
    /// For rule-set errors: the 1-based line of the rules where ICU stopped, when it says.
    public var ruleLine: Int?
    /// For rule-set errors: the 0-based offset within that line (or the rules) where ICU stopped.
    public var ruleOffset: Int?

    /// Creates an error; public so that tests and wrappers can build the exact value they expect.
    public init(operation: String, icuErrorName: String, ruleLine: Int? = nil, ruleOffset: Int? = nil) {
        self.operation = operation
        self.icuErrorName = icuErrorName
        self.ruleLine = ruleLine
        self.ruleOffset = ruleOffset
    }

    public var description: String {
        var text = "\(operation): \(icuErrorName)"
        if let ruleLine, ruleLine > 0 {
            text += " at rule line \(ruleLine)"
            if let ruleOffset { text += ", offset \(ruleOffset)" }
        } else if let ruleOffset, ruleOffset > 0 {
            text += " at rule offset \(ruleOffset)"
        }
        return text
    }
}
