import Foundation
import GRDB
import Pipeline

/// What `pipe query` searches, taken from a record's JSON as it is stored: the `names`, `quotes`
/// and `sentences` annotations of the news stages, when the record has them.
///
/// The store reads them by field name and shape (`names` = [{start, end, surface, canonical,
/// kind}], `quotes` = [{start, end, quote, speaker, speaker_canonical, cue, sentence}],
/// `sentences` = [{start, end}]), not through the stages' Swift types, so it works with any
/// pipeline that writes those fields and ignores a field of another shape. A record without
/// `sentences` has its non-empty lines indexed for full-text search instead.
final class RecordIndex {
    struct Mention {
        var start: Int
        var end: Int
        var surface: String
        var canonical: String?
        var kind: String?
    }

    struct Quote {
        var start: Int
        var end: Int
        var quote: String
        var speaker: String?
        var speakerCanonical: String?
        var cue: String?
        var sentence: Int?
    }

    /// The fields of a record the index reads; a field of another shape reads as absent (the
    /// whole field, as when one element of a list has another shape).
    ///
    /// Read from the record's ``JSONValue`` with `pipe`'s own JSON parser: the store reads every
    /// record it writes, and `JSONDecoder` made the store several times slower than the stages.
    struct View {
        var text: String?
        var names: [Mention]?
        var quotes: [Quote]?
        var sentences: [(start: Int, end: Int)]?

        init(_ record: JSONValue) {
            guard case .object(let members) = record else { return }
            for (key, value) in members {
                switch key {
                case "text": text = value.stringValue
                case "names": names = Self.list(value) { item in
                    guard let start = Self.int(item["start"]), let end = Self.int(item["end"]),
                          let surface = item["surface"]?.stringValue,
                          let canonical = Self.optionalString(item["canonical"]),
                          let kind = Self.optionalString(item["kind"]) else { return nil }
                    return Mention(start: start, end: end, surface: surface, canonical: canonical, kind: kind)
                }
                case "quotes": quotes = Self.list(value) { item in
                    guard let start = Self.int(item["start"]), let end = Self.int(item["end"]),
                          let quote = item["quote"]?.stringValue,
                          let speaker = Self.optionalString(item["speaker"]),
                          let speakerCanonical = Self.optionalString(item["speaker_canonical"]),
                          let cue = Self.optionalString(item["cue"]),
                          let sentence = Self.optionalInt(item["sentence"]) else { return nil }
                    return Quote(start: start, end: end, quote: quote, speaker: speaker, speakerCanonical: speakerCanonical,
                                 cue: cue, sentence: sentence)
                }
                case "sentences": sentences = Self.list(value) { item in
                    guard let start = Self.int(item["start"]), let end = Self.int(item["end"]) else { return nil }
                    return (start, end)
                }
                default: break
                }
            }
        }

        /// Every element of an array read by `element`, or `nil` when one of them cannot be.
        private static func list<T>(_ value: JSONValue, _ element: (JSONValue) -> T?) -> [T]? {
            guard case .array(let items) = value else { return nil }
            var result: [T] = []
            result.reserveCapacity(items.count)
            for item in items {
                guard let read = element(item) else { return nil }
                result.append(read)
            }
            return result
        }

        /// An integer; a number with a fraction or exponent is not one.
        private static func int(_ value: JSONValue?) -> Int? {
            guard case .number(let text) = value else { return nil }
            return Int(text)
        }

        /// `.some(nil)` for an absent or null member, `nil` for a member of another shape.
        private static func optionalString(_ value: JSONValue?) -> String?? {
            switch value {
            case nil, .null?: return .some(nil)
            case .string(let string)?: return string
            default: return nil
            }
        }

        private static func optionalInt(_ value: JSONValue?) -> Int?? {
            switch value {
            case nil, .null?: return .some(nil)
            case .number?: return int(value).map { .some($0) } ?? nil
            default: return nil
            }
        }
    }

    /// Made on first use: compiling the ICU transform takes a noticeable moment, and a pipeline
    /// without names or quotes never needs it.
    private var cachedKeys: NameKey?

    /// Keys already made: names repeat across a drop, and the ICU transform is the costly part.
    private var keyCache: [String: String] = [:]

    func key(_ name: String, _ keys: NameKey) -> String {
        if let cached = keyCache[name] { return cached }
        let made = keys.key(name)
        if keyCache.count > 100_000 { keyCache.removeAll(keepingCapacity: true) }
        keyCache[name] = made
        return made
    }

    func keys() throws -> NameKey {
        if let cachedKeys { return cachedKeys }
        let made = try NameKey()
        cachedKeys = made
        return made
    }

    /// Adds the index rows of the document stored as `seq`.
    func add(record: [UInt8], seq: Int64, db: Database) throws {
        guard let json = try? JSONValue(parsing: record) else { return }
        let view = View(json)
        guard let text = view.text else { return }
        var scalars = ScalarSlicer(text)
        let keys = view.names?.isEmpty == false || view.quotes?.isEmpty == false ? try self.keys() : nil
        for mention in view.names ?? [] {
            guard let keys else { break }
            let canonical = mention.canonical ?? mention.surface
            try db.cachedStatement(
                sql: """
                    INSERT INTO mentions (doc, start, "end", surface, canonical, kind, surface_key, canonical_key)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                seq, mention.start, mention.end, mention.surface, canonical, mention.kind, key(mention.surface, keys),
                key(canonical, keys),
            ])
        }
        for quote in view.quotes ?? [] {
            guard let keys else { break }
            try db.cachedStatement(
                sql: """
                    INSERT INTO quotes (doc, start, "end", quote, speaker, speaker_canonical, speaker_key, cue, sentence)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                seq, quote.start, quote.end, quote.quote, quote.speaker, quote.speakerCanonical,
                quote.speaker.map { key($0, keys) }, quote.cue, quote.sentence,
            ])
        }
        var units: [(Int, Int)] = []
        if let sentences = view.sentences {
            units = sentences.map { ($0.start, $0.end) }
        } else {
            // No sentence stage ran: search line by line (offsets in scalars, as spans are).
            var start = 0
            var offset = 0
            for byte in text.utf8 where byte & 0xC0 != 0x80 {
                if byte == 0x0A {
                    if offset > start { units.append((start, offset)) }
                    start = offset + 1
                }
                offset += 1
            }
            if offset > start { units.append((start, offset)) }
        }
        for (start, end) in units {
            guard let sentence = scalars.slice(start, end), sentence.contains(where: { !$0.isWhitespace }) else { continue }
            try db.cachedStatement(sql: #"INSERT INTO sentence_index (text, doc, start, "end") VALUES (?, ?, ?, ?)"#)
                .execute(arguments: [sentence, seq, start, end])
        }
    }

    /// Removes the index rows of the documents `condition` selects (an SQL condition on `documents`).
    static func remove(where condition: String, arguments: StatementArguments, db: Database) throws {
        // mentions and quotes go with their documents (ON DELETE CASCADE); the FTS table has no
        // foreign keys.
        try db.execute(
            sql: "DELETE FROM sentence_index WHERE doc IN (SELECT seq FROM documents WHERE \(condition))", arguments: arguments)
    }
}

/// Slices of a text by Unicode scalar offsets (the offsets of spans), for offsets that mostly
/// come in increasing order: each slice walks on from the last one instead of from the start.
struct ScalarSlicer {
    private let text: String
    private var scalars: String.UnicodeScalarView { text.unicodeScalars }
    /// The last position reached, as a scalar offset and its index.
    private var offset = 0
    private var index: String.Index
    /// The number of scalars.
    let count: Int

    init(_ text: String) {
        self.text = text
        index = text.unicodeScalars.startIndex
        count = text.unicodeScalars.count
    }

    /// The index of scalar offset `target` (0...count).
    private mutating func index(at target: Int) -> String.Index {
        if target < offset {
            offset = 0
            index = scalars.startIndex
        }
        index = scalars.index(index, offsetBy: target - offset)
        offset = target
        return index
    }

    /// The text from scalar offset `start` to `end`, or `nil` when they are not a range within it.
    mutating func slice(_ start: Int, _ end: Int) -> String? {
        guard start >= 0, start <= end, end <= count else { return nil }
        let lower = index(at: start)
        let upper = scalars.index(lower, offsetBy: end - start)
        return String(scalars[lower..<upper])
    }
}
