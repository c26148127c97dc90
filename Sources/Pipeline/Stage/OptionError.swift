/// An option value that decoded but makes no sense, reported at the stage's place in the config.
public struct OptionError: Error, CustomStringConvertible, Sendable {
    /// What is wrong and what would be right.
    public var description: String

    /// Creates the error with its message (lowercase, no trailing period).
    public init(_ message: String) { description = message }
}
