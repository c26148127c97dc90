/// Decodes a stage's `Options` from its block in a configuration file.
///
/// Modelled on swift-argument-parser's `ArgumentDecoder`: every value keeps its source range, and
/// the decoder records which keys the options asked for, so that keys nobody asked for are
/// reported as unknown options, with the nearest asked-for key as a suggestion.
struct ConfigurationDecoder: Decoder {
    let node: ConfigNode
    let session: DecodingSession
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .block(let statements) = node.value else {
            throw session.mismatch(expected: "a block { … }", found: node)
        }
        return KeyedDecodingContainer(KeyedContainer<Key>(statements: statements, blockRange: node.range, decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        switch node.value {
        case .list(let elements): return UnkeyedContainer(elements: elements, decoder: self)
        case .block: throw session.mismatch(expected: "a list [ … ]", found: node)
        default: return UnkeyedContainer(elements: [node], decoder: self)  // one value where a list is expected
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(decoder: self)
    }

    func child(_ node: ConfigNode, key: any CodingKey) -> ConfigurationDecoder {
        ConfigurationDecoder(node: node, session: session, codingPath: codingPath + [key])
    }

    // MARK: Scalars

    func decodeScalar<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is Bool.Type:
            guard case .bool(let b) = node.value else { throw session.mismatch(expected: "a boolean (true or false)", found: node) }
            return b as! T
        case is String.Type:
            switch node.value {
            case .string(let s), .word(let s): return s as! T
            default: throw session.mismatch(expected: "a string", found: node)
            }
        case is Double.Type, is Float.Type:
            guard case .number(let n) = node.value, let d = Double(n) else { throw session.mismatch(expected: "a number", found: node) }
            return (type is Float.Type ? Float(d) as Any : d as Any) as! T
        default:
            if let integer = type as? any FixedWidthInteger.Type {
                guard case .number(let n) = node.value, let i = Int64(n) else {
                    throw session.mismatch(expected: "a whole number", found: node)
                }
                guard let value = makeInteger(integer, i) else { throw session.invalid("\(n) is out of range", at: node) }
                return value as! T
            }
            return try T(from: self)
        }
    }
}

private func makeInteger<I: FixedWidthInteger>(_ type: I.Type, _ value: Int64) -> I? {
    I(exactly: value)
}

/// State shared by the decoders of one stage block.
final class DecodingSession {
    let diagnostics: DiagnosticCollector
    let owner: String
    /// Keys asked for, by the coding path of their container.
    var requested: [String: Set<String>] = [:]

    init(diagnostics: DiagnosticCollector, owner: String) {
        self.diagnostics = diagnostics
        self.owner = owner
    }

    func mismatch(expected: String, found node: ConfigNode) -> DiagnosedError {
        diagnose(.typeMismatch, "expected \(expected), found \(node.typeDescription)", at: node.range)
    }

    func invalid(_ message: String, at node: ConfigNode) -> DiagnosedError {
        diagnose(.invalidValue, message, at: node.range)
    }

    func diagnose(_ code: ConfigurationDiagnostic.Code, _ message: String, at range: SourceRange, note: String? = nil) -> DiagnosedError {
        diagnostics.error(code, message, at: range, note: note)
        return DiagnosedError()
    }

    /// Reports every key in `statements` (recursively through nested blocks) that was never asked for.
    func reportUnknownKeys(in statements: [ConfigStatement], path: String) {
        let asked = requested[path] ?? []
        for statement in statements {
            if !asked.contains(statement.key) {
                diagnostics.error(
                    .unknownOption, "unknown option '\(statement.key)' for \(owner)", at: statement.keyRange,
                    note: Suggestion.note(for: statement.key, in: asked) ?? (asked.isEmpty ? "it takes no options" : nil))
            } else if let block = statement.block, case .block(let inner) = block.value, statement.values.isEmpty {
                reportUnknownKeys(in: inner, path: path + "." + statement.key)
            }
        }
    }
}

/// Thrown once a problem has been recorded as a diagnostic, to unwind the `Decodable` initializer.
struct DiagnosedError: Error {}

private func pathString(_ codingPath: [any CodingKey]) -> String {
    codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let statements: [ConfigStatement]
    let blockRange: SourceRange
    let decoder: ConfigurationDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }
    private let byKey: [String: ConfigStatement]

    init(statements: [ConfigStatement], blockRange: SourceRange, decoder: ConfigurationDecoder) {
        self.statements = statements
        self.blockRange = blockRange
        self.decoder = decoder
        var byKey: [String: ConfigStatement] = [:]
        for statement in statements {
            if let first = byKey[statement.key] {
                decoder.session.diagnostics.error(
                    .duplicateKey, "option '\(statement.key)' is given twice", at: statement.keyRange,
                    note: "first given on line \(first.keyRange.start.line)")
            } else {
                byKey[statement.key] = statement
            }
        }
        self.byKey = byKey
    }

    var allKeys: [Key] { statements.compactMap { Key(stringValue: $0.key) } }

    private func note(_ key: Key) {
        decoder.session.requested[pathString(codingPath), default: []].insert(key.stringValue)
    }

    func contains(_ key: Key) -> Bool {
        note(key)
        return byKey[key.stringValue] != nil
    }

    private func node(for key: Key) throws -> ConfigNode {
        note(key)
        guard let statement = byKey[key.stringValue] else {
            throw decoder.session.diagnose(
                .missingValue, "missing option '\(key.stringValue)' for \(decoder.session.owner)", at: blockRange,
                note: "add '\(key.stringValue) …' to the block")
        }
        guard let value = statement.decodableValue else {
            throw decoder.session.diagnose(.missingValue, "expected a value after '\(key.stringValue)'", at: statement.keyRange)
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        note(key)
        return byKey[key.stringValue] == nil
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.child(try node(for: key), key: key).decodeScalar(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        note(key)
        guard byKey[key.stringValue] != nil else { return nil }
        return try decode(type, forKey: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try decoder.child(try node(for: key), key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.child(try node(for: key), key: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoder.child(try node(for: key), key: key) }
}

private struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [ConfigNode]
    let decoder: ConfigurationDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }
    var currentIndex = 0

    init(elements: [ConfigNode], decoder: ConfigurationDecoder) {
        self.elements = elements
        self.decoder = decoder
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else { throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "list is too short")) }
        let element = elements[currentIndex]
        let value = try decoder.child(element, key: IndexKey(currentIndex)).decodeScalar(type)
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let element = elements[currentIndex]
        currentIndex += 1
        return try decoder.child(element, key: IndexKey(currentIndex - 1)).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let element = elements[currentIndex]
        currentIndex += 1
        return try decoder.child(element, key: IndexKey(currentIndex - 1)).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { decoder }
}

private struct SingleValueContainer: SingleValueDecodingContainer {
    let decoder: ConfigurationDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }
    func decodeNil() -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeScalar(type) }
}
