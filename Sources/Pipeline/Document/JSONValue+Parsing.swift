extension JSONValue {
    /// Parses one JSON value from UTF-8 bytes, with the strict parser `pipe` reads JSONL with.
    ///
    /// Invalid UTF-8 inside strings is replaced with U+FFFD rather than rejected.
    ///
    /// - Throws: ``JSONSyntaxError`` naming the column of the first problem.
    public init(parsing bytes: [UInt8]) throws(JSONSyntaxError) {
        do {
            self = try bytes.withUnsafeBufferPointer { buffer throws(JSONParser.Failure) in try JSONParser.parse(buffer).value }
        } catch {
            throw JSONSyntaxError(column: error.column, message: error.message)
        }
    }

    /// Serializes the value as compact JSON, object members in their order.
    public var jsonBytes: [UInt8] {
        var output = JSONOutput()
        output.append(self)
        return output.bytes
    }
}

/// Text that is not valid JSON.
public struct JSONSyntaxError: Error, CustomStringConvertible, Sendable {
    /// The 1-based byte column of the first problem.
    public var column: Int
    /// What was wrong there.
    public var message: String
    public var description: String { "column \(column): \(message)" }
}
