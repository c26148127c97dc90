import Foundation
import GRDB

/// What `pipe query` searches, taken from a record's JSON as it is stored: the `names`, `quotes`
/// and `sentences` annotations of the news stages, when the record has them.
///
/// The store reads them by field name and shape (`names` = [{start, end, surface, canonical,
/// kind}], `quotes` = [{start, end, quote, speaker, speaker_canonical, cue, sentence}],
/// `sentences` = [{start, end}]), not through the stages' Swift types, so it works with any
/// pipeline that writes those fields and ignores a field of another shape. A record without
/// `sentences` has its non-empty lines indexed for full-text search instead.
final class RecordIndex {
    struct Mention: Decodable {
        var start: Int
        var end: Int
        var surface: String
        var canonical: String?
        var kind: String?
    }

    struct Quote: Decodable {
        var start: Int
        var end: Int
        var quote: String
        var speaker: String?
        var speakerCanonical: String?
        var cue: String?
        var sentence: Int?

        enum CodingKeys: String, CodingKey {
            case start, end, quote, speaker, cue, sentence
            case speakerCanonical = "speaker_canonical"
        }
    }

    struct Span: Decodable {
        var start: Int
        var end: Int
    }

    /// The fields of a record the index reads; a field of another shape reads as absent.
    struct View: Decodable {
        var text: String?
        var names: [Mention]?
        var quotes: [Quote]?
        var sentences: [Span]?

        enum CodingKeys: String, CodingKey { case text, names, quotes, sentences }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try? container.decodeIfPresent(String.self, forKey: .text)
            names = try? container.decodeIfPresent([Mention].self, forKey: .names)
            quotes = try? container.decodeIfPresent([Quote].self, forKey: .quotes)
            sentences = try? container.decodeIfPresent([Span].self, forKey: .sentences)
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
        guard let view = try? JSONDecoder().decode(View.self, from: Data(record)), let text = view.text else { return }
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String? {
            guard start >= 0, start <= end, end <= scalars.count else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
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
            // No sentence stage ran: search line by line.
            var start = 0
            for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
                if offset > start { units.append((start, offset)) }
                start = offset + 1
            }
            if scalars.count > start { units.append((start, scalars.count)) }
        }
        for (start, end) in units {
            guard let sentence = slice(start, end), sentence.contains(where: { !$0.isWhitespace }) else { continue }
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
