import Foundation

/// Decodes raw input records into documents, on the worker threads.
///
/// Repairs what can be repaired and says so in ``Document/warnings``: invalid UTF-8 becomes
/// U+FFFD, a BOM is dropped, CRLF and CR line endings of text files become LF. What cannot be
/// repaired (binary files, malformed JSON, a record without text) becomes an error record.
enum RecordDecoder {
    struct Failure: Error {
        var id: String?
        var source: String
        var message: String
    }

    static func decode(_ raw: RawRecord) -> Result<Document, Failure> {
        switch raw {
        case .textFile(let path, let limit): return decodeTextFile(path, limit: limit)
        case .jsonLine(let bytes, let source, let line): return decodeJSONLine(bytes, source: source, line: line)
        case .unreadable(let id, let source, let message): return .failure(Failure(id: id, source: source, message: message))
        }
    }

    static func decodeTextFile(_ path: String, limit: Int) -> Result<Document, Failure> {
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
        if size > limit {
            return .failure(Failure(id: id, source: path, message: "\(path): file is \(size) bytes, over the limit of \(limit) bytes"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Failure(id: id, source: path, message: "\(path): cannot read file"))
        }
        return data.withUnsafeBytes { raw -> Result<Document, Failure> in
            let bytes = raw.bindMemory(to: UInt8.self)
            if let nul = bytes.firstIndex(of: 0) {
                return .failure(Failure(id: id, source: path, message: "\(path): binary file (NUL byte at offset \(nul)), not text"))
            }
            var warnings: [String] = []
            var body = UnsafeBufferPointer(rebasing: bytes[...])
            if body.count >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF {
                body = UnsafeBufferPointer(rebasing: body[3...])
            }
            var text: String
            if let valid = String(validating: body, as: UTF8.self) {
                text = valid
            } else {
                let offset = firstInvalidUTF8Offset(body) ?? 0
                warnings.append("\(path): invalid UTF-8 from byte \(offset + (body.count == bytes.count ? 0 : 3)) replaced with U+FFFD")
                text = String(decoding: body, as: UTF8.self)
            }
            if text.utf8.contains(0x0D) { text = normalizeLineEndings(text) }
            var document = Document(id: id, source: path, text: text)
            document.warnings = warnings
            return .success(document)
        }
    }

    static func decodeJSONLine(_ bytes: [UInt8], source: String, line: Int) -> Result<Document, Failure> {
        let location = "\(source):\(line)"
        let parsed: (value: JSONValue, repairedStrings: Int)
        do {
            parsed = try bytes.withUnsafeBufferPointer { try JSONParser.parse($0) }
        } catch {
            return .failure(Failure(id: nil, source: location, message: "line \(line): invalid JSON at \(error)"))
        }
        guard case .object(let members) = parsed.value else {
            return .failure(Failure(id: nil, source: location, message: "line \(line): expected a JSON object {\"id\": …, \"text\": …}"))
        }
        var id: String?
        var text: String?
        var metadata: [(key: String, value: JSONValue)] = []
        var recordSource: String?
        for member in members {
            switch (member.key, member.value) {
            case ("id", .string(let s)): id = s
            case ("id", .number(let n)): id = n
            case ("text", .string(let s)): text = s
            case ("source", .string(let s)): recordSource = s
            case ("id", _), ("text", _):
                return .failure(
                    Failure(id: id, source: location, message: "line \(line): '\(member.key)' must be a string"))
            default: metadata.append(member)
            }
        }
        guard let text else {
            return .failure(Failure(id: id, source: location, message: "line \(line): record has no \"text\" field"))
        }
        var document = Document(id: id ?? "\((source as NSString).lastPathComponent):\(line)", source: recordSource ?? location, text: text, metadata: metadata)
        if parsed.repairedStrings > 0 {
            document.warnings.append("\(location): invalid UTF-8 or unpaired surrogate replaced with U+FFFD")
        }
        return .success(document)
    }

    static func normalizeLineEndings(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var previousCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                output.append(0x0A)
                previousCR = true
                continue
            }
            if byte == 0x0A && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
