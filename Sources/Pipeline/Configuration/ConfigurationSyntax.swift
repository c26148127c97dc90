/// A value in a configuration file, with where it was written.
struct ConfigNode: Sendable {
    enum Value: Sendable {
        case string(String)
        case number(String)
        case bool(Bool)
        /// A bare word such as `auto` or a stage name.
        case word(String)
        case list([ConfigNode])
        case block([ConfigStatement])
    }

    var value: Value
    var range: SourceRange

    /// How the value's type is named in messages.
    var typeDescription: String {
        switch value {
        case .string(let s): return "a string \"\(s.count > 30 ? s.prefix(30) + "…" : Substring(s))\""
        case .number(let n): return "a number \(n)"
        case .bool(let b): return "a boolean \(b)"
        case .word(let w): return "the word '\(w)'"
        case .list: return "a list"
        case .block: return "a block { … }"
        }
    }
}

/// `key value… { block }` — one line of a configuration file.
struct ConfigStatement: Sendable {
    var key: String
    var keyRange: SourceRange
    var values: [ConfigNode]
    var block: ConfigNode?

    /// The statement's value for decoding: the single value, a list of several, or the block.
    var decodableValue: ConfigNode? {
        if let block, values.isEmpty { return block }
        if values.count == 1 { return values[0] }
        if values.count > 1 {
            return ConfigNode(value: .list(values), range: SourceRange(start: values[0].range.start, end: values.last!.range.end))
        }
        return nil
    }
}

extension ConfigNode {
    /// The value written out with comments, layout and positions dropped: two files that
    /// configure a stage the same way give the same text.
    var canonicalText: String {
        switch value {
        case .string(let s): return "\"" + s.unicodeScalars.map { $0 == "\"" || $0 == "\\" ? "\\\($0)" : String($0) }.joined() + "\""
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        case .word(let w): return w
        case .list(let elements): return "[" + elements.map(\.canonicalText).joined(separator: ", ") + "]"
        case .block(let statements):
            return "{" + statements.map { statement in
                var parts = [statement.key] + statement.values.map(\.canonicalText)
                if let block = statement.block { parts.append(block.canonicalText) }
                return " " + parts.joined(separator: " ") + ";"
            }.joined() + " }"
        }
    }
}
