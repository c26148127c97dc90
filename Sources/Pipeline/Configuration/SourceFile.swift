/// The text of a configuration file, with its path as the user gave it, for diagnostics.
public struct SourceFile: Sendable {
    /// The path as given on the command line (or a label such as `<options>`).
    public let path: String
    /// The whole text.
    public let text: String
    let lines: [Substring]

    /// Wraps `text` read from `path`.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
    }

    /// The 1-based line `number`, without its line ending.
    func line(_ number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }
}

/// A position in a configuration file: 1-based line and column (columns count characters).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The column, from 1.
    public var column: Int

    /// A position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A range of a configuration file, for carets under the offending text.
public struct SourceRange: Sendable, Hashable {
    /// Where it starts.
    public var start: SourceLocation
    /// Where it ends (exclusive). On another line than `start`, the caret covers one character.
    public var end: SourceLocation

    /// A range.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }
}
