/// A fast, append-only JSON writer into a byte buffer.
///
/// The record writer builds each output line with it; annotation values that conform to
/// ``JSONWritable`` write themselves here instead of going through `JSONEncoder`.
public struct JSONOutput: Sendable {
    /// The UTF-8 bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty buffer.
    public init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends raw bytes that are already valid JSON.
    public mutating func appendRaw(_ raw: some Sequence<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    /// Appends raw ASCII text that is already valid JSON, such as `{` or `"key":`.
    public mutating func appendRaw(_ raw: StaticString) {
        raw.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends an integer.
    public mutating func append(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    /// Appends `true` or `false`.
    public mutating func append(_ value: Bool) {
        appendRaw(value ? "true" : "false")
    }

    /// Appends a string literal with JSON escaping. Non-ASCII characters are written as UTF-8.
    ///
    /// - Complexity: O(*n*), with a fast path over runs that need no escaping.
    public mutating func append(_ string: some StringProtocol) {
        bytes.append(UInt8(ascii: "\""))
        var string = String(string)
        string.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
                    index += 1
                    continue
                }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                switch byte {
                case 0x22: appendRaw("\\\"")
                case 0x5C: appendRaw("\\\\")
                case 0x0A: appendRaw("\\n")
                case 0x0D: appendRaw("\\r")
                case 0x09: appendRaw("\\t")
                case 0x08: appendRaw("\\b")
                case 0x0C: appendRaw("\\f")
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    appendRaw("\\u00")
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0xF)])
                }
                index += 1
                runStart = index
            }
            if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends an optional string, or `null`.
    public mutating func append(_ string: String?) {
        if let string { append(string) } else { appendRaw("null") }
    }

    /// Appends `"key":`.
    public mutating func appendKey(_ key: String) {
        append(key)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Appends a ``JSONValue``.
    public mutating func append(_ value: JSONValue) {
        switch value {
        case .null: appendRaw("null")
        case .bool(let b): append(b)
        case .number(let n): bytes.append(contentsOf: n.utf8)
        case .string(let s): append(s)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                append(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (i, member) in members.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                appendKey(member.key)
                append(member.value)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Appends one byte, such as `,` or a newline.
    public mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Removes the last byte written, if any.
    mutating func removeLastByte() {
        _ = bytes.popLast()
    }

    /// Removes everything, keeping the capacity.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }
}

/// A value that writes its own JSON, skipping `JSONEncoder` on the output hot path.
///
/// Its output must equal what `JSONEncoder` with `.sortedKeys` would produce for its
/// `Encodable` form, so that both paths give the same bytes.
public protocol JSONWritable {
    /// Appends this value as JSON.
    func writeJSON(into output: inout JSONOutput)
}

extension Array: JSONWritable where Element: JSONWritable {
    public func writeJSON(into output: inout JSONOutput) {
        output.append(byte: UInt8(ascii: "["))
        for (i, element) in enumerated() {
            if i > 0 { output.append(byte: UInt8(ascii: ",")) }
            element.writeJSON(into: &output)
        }
        output.append(byte: UInt8(ascii: "]"))
    }
}

extension Span: JSONWritable {
    public func writeJSON(into output: inout JSONOutput) {
        output.appendRaw("{\"end\":")
        output.append(end)
        output.appendRaw(",\"start\":")
        output.append(start)
        output.append(byte: UInt8(ascii: "}"))
    }
}
