/// One problem in a configuration file, with its place and, where possible, a suggestion.
public struct ConfigurationDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// A stable code for the kind of problem.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The code's name, such as `unknown-option`.
        public let description: String
        init(_ name: String) { description = name }

        /// The file could not be read.
        public static let unreadableFile = Code("unreadable-file")
        /// A string, number or other token is malformed.
        public static let syntax = Code("syntax")
        /// No stage of that name is registered.
        public static let unknownStage = Code("unknown-stage")
        /// A stage's block has a key its options do not know.
        public static let unknownOption = Code("unknown-option")
        /// A top-level statement is not one the language knows.
        public static let unknownStatement = Code("unknown-statement")
        /// A value has the wrong type.
        public static let typeMismatch = Code("type-mismatch")
        /// A required value is missing.
        public static let missingValue = Code("missing-value")
        /// A value has the right type but is not allowed.
        public static let invalidValue = Code("invalid-value")
        /// The same key is given twice.
        public static let duplicateKey = Code("duplicate-key")
        /// A stage requires an annotation that no earlier stage provides.
        public static let unmetRequirement = Code("unmet-requirement")
        /// A stage rewrites the text after offsets into it were set.
        public static let staleOffsets = Code("stale-offsets")
    }

    /// The kind of problem.
    public var code: Code
    /// The file's path as given.
    public var path: String
    /// Where the problem is.
    public var range: SourceRange
    /// The message, lowercase, without a trailing period.
    public var message: String
    /// A short note printed after the caret, such as `did you mean 'max_length'?`.
    public var note: String?
    /// The text of the offending line, for rendering.
    var lineText: String

    /// The diagnostic rendered like a compiler's, with the line and a caret.
    ///
    /// ```text
    /// error: unknown option 'max_lenght' for stage 'split-sentences'
    ///  --> pipelines/default.conf:14:3
    ///    |
    /// 14 |   max_lenght 400
    ///    |   ^^^^^^^^^^ did you mean 'max_length'?
    /// ```
    public var description: String {
        let lineNumber = String(range.start.line)
        let gutter = String(repeating: " ", count: lineNumber.count)
        let prefix = lineText.prefix(max(0, range.start.column - 1))
        let padding = String(prefix.map { $0 == "\t" ? "\t" : " " })
        let width: Int
        if range.end.line == range.start.line && range.end.column > range.start.column {
            width = range.end.column - range.start.column
        } else {
            width = 1
        }
        var text = "error: \(message)\n"
        text += "\(gutter)--> \(path):\(range.start.line):\(range.start.column)\n"
        text += "\(gutter) |\n"
        text += "\(lineNumber) | \(lineText)\n"
        text += "\(gutter) | \(padding)\(String(repeating: "^", count: width))"
        if let note { text += " \(note)" }
        return text
    }
}

/// A configuration that cannot be used: every problem found, in file order.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    /// The problems, in the order they appear in the file.
    public var diagnostics: [ConfigurationDiagnostic]

    /// The rendered diagnostics, separated by blank lines.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n\n")
    }
}

/// Collects diagnostics while a file is parsed, decoded and checked, so that one run of
/// `pipe check` reports every problem rather than the first.
final class DiagnosticCollector: @unchecked Sendable {
    let file: SourceFile
    private(set) var diagnostics: [ConfigurationDiagnostic] = []

    init(file: SourceFile) { self.file = file }

    func error(_ code: ConfigurationDiagnostic.Code, _ message: String, at range: SourceRange, note: String? = nil) {
        diagnostics.append(
            ConfigurationDiagnostic(
                code: code, path: file.path, range: range, message: message, note: note,
                lineText: String(file.line(range.start.line))))
    }

    func add(_ diagnostic: ConfigurationDiagnostic) { diagnostics.append(diagnostic) }

    var hasErrors: Bool { !diagnostics.isEmpty }

    func throwIfAny() throws {
        if !diagnostics.isEmpty {
            throw ConfigurationError(diagnostics: diagnostics.sorted { $0.range.start < $1.range.start })
        }
    }
}
