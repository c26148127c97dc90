import Foundation

/// Encodes and decodes the values of one codable annotation key as JSON.
struct AnnotationCodec: Sendable {
    let encode: @Sendable (any Sendable, inout JSONOutput) throws -> Void
    let decode: @Sendable (JSONValue) throws -> any Sendable

    private init(
        encode: @escaping @Sendable (any Sendable, inout JSONOutput) throws -> Void,
        decode: @escaping @Sendable (JSONValue) throws -> any Sendable
    ) {
        self.encode = encode
        self.decode = decode
    }

    /// The codec of JSON annotations: the value is a ``JSONValue`` already.
    static let json = AnnotationCodec(
        encode: { value, output in output.append(value as! JSONValue) },
        decode: { $0 })

    init<Key: CodableAnnotationKey>(_ key: Key.Type) {
        encode = { value, output in
            let typed = value as! Key.Value
            if let writable = typed as? any JSONWritable {
                writable.writeJSON(into: &output)
            } else {
                output.appendRaw(try AnnotationCodec.encoder.encode(typed))
            }
        }
        decode = { json in
            var output = JSONOutput()
            output.append(json)
            return try JSONDecoder().decode(Key.Value.self, from: Data(output.bytes))
        }
    }

    // JSONEncoder is Sendable: one configured instance serves every worker.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
