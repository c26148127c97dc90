/// Writes documents and error records as JSONL lines.
///
/// Field order is fixed, so output is byte-identical run to run: `id`, `source`, `text`,
/// `metadata` (when the input had other fields), each codable annotation in the order stages set
/// it, then `warnings` (when there are any). An error record has `id`, `source`, `error`
/// (`stage`, `message`) and `warnings`.
enum RecordEncoder {
    static func encode(_ document: Document, into output: inout JSONOutput) throws {
        output.appendRaw("{\"id\":")
        output.append(document.id)
        output.appendRaw(",\"source\":")
        output.append(document.source)
        output.appendRaw(",\"text\":")
        output.append(document.text)
        if !document.metadata.isEmpty {
            output.appendRaw(",\"metadata\":")
            output.append(JSONValue.object(document.metadata))
        }
        for entry in document.annotations.entries {
            guard let codec = entry.key.codec else { continue }
            output.append(byte: UInt8(ascii: ","))
            output.appendKey(entry.key.name)
            try codec.encode(entry.value, &output)
        }
        appendWarnings(document.warnings, into: &output)
        output.appendRaw("}\n")
    }

    static func encodeError(id: String?, source: String?, stage: String, message: String, warnings: [String], into output: inout JSONOutput) {
        output.appendRaw("{\"id\":")
        output.append(id)
        output.appendRaw(",\"source\":")
        output.append(source)
        output.appendRaw(",\"error\":{\"stage\":")
        output.append(stage)
        output.appendRaw(",\"message\":")
        output.append(message)
        output.append(byte: UInt8(ascii: "}"))
        appendWarnings(warnings, into: &output)
        output.appendRaw("}\n")
    }

    private static func appendWarnings(_ warnings: [String], into output: inout JSONOutput) {
        guard !warnings.isEmpty else { return }
        output.appendRaw(",\"warnings\":")
        output.append(JSONValue.array(warnings.map(JSONValue.string)))
    }
}

extension Document {
    /// The fields every output record has or may have besides its annotations, in the order
    /// they are written. An annotation must not use these names.
    public static let recordFieldNames: Set<String> = ["id", "source", "text", "metadata", "warnings", "error"]

    /// This document as the JSONL line `pipe` would write for it, without the newline.
    ///
    /// For stages that hand documents to another program, such as `exec`: the program sees
    /// exactly the record format of `pipe`'s output.
    ///
    /// - Throws: An error when an annotation value cannot be encoded.
    public func jsonRecord() throws -> [UInt8] {
        var output = JSONOutput(capacity: text.utf8.count + 64)
        try RecordEncoder.encode(self, into: &output)
        output.removeLastByte()  // the newline
        return output.bytes
    }
}
