import Foundation
import GRDB

/// A quotation found by ``DocumentStore/quotes(by:configuration:)``.
public struct QuoteMatch: Codable, Sendable, Equatable {
    /// The document's id.
    public var id: String?
    /// Where the document came from.
    public var source: String?
    /// The quoted words.
    public var quote: String
    /// The speaker as written.
    public var speaker: String?
    /// The speaker's canonical name, when the `names` stage knew it.
    public var speakerCanonical: String?
    /// The cue (`said`, `told AFP`).
    public var cue: String?
    /// Code point offsets of the quotation in the record's text.
    public var start: Int
    /// One past its end.
    public var end: Int

    enum CodingKeys: String, CodingKey {
        case id, source, quote, speaker, cue, start, end
        case speakerCanonical = "speaker_canonical"
    }
}

/// A mention found by ``DocumentStore/mentions(of:configuration:)``.
public struct MentionMatch: Codable, Sendable, Equatable {
    /// The document's id.
    public var id: String?
    /// The mention as written.
    public var surface: String
    /// Its canonical form.
    public var canonical: String
    /// `person`, `place`, `organisation`, `other`.
    public var kind: String?
    /// Code point offsets in the record's text.
    public var start: Int
    /// One past its end.
    public var end: Int
}

/// A sentence found by ``DocumentStore/search(_:configuration:limit:)``.
public struct SentenceMatch: Codable, Sendable, Equatable {
    /// The document's id.
    public var id: String?
    /// The sentence.
    public var text: String
    /// The sentence with the matching terms in `[brackets]`.
    public var snippet: String
    /// Code point offsets of the sentence in the record's text.
    public var start: Int
    /// One past its end.
    public var end: Int
}

extension DocumentStore {
    /// The canonical names that `name`, in any script or spelling, stands for: every canonical
    /// form whose own key or one of whose written variants' keys contains all the words of
    /// `name`'s key (so `Atambaev`, `Atambayev` and `Атамбаев` all give `Almazbek Atambayev`).
    ///
    /// - Returns: Canonical form → its variants as written, sorted.
    public func canonicalNames(matching name: String, configuration fingerprint: String) throws -> [String: [String]] {
        let words = Set(try NameKey().words(name))
        guard !words.isEmpty else { return [:] }
        return try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT m.canonical, m.canonical_key, m.surface, m.surface_key
                    FROM mentions m JOIN documents d ON d.seq = m.doc WHERE d.config = ?
                    """,
                arguments: [fingerprint])
            var matched = Set<String>()
            var variants: [String: Set<String>] = [:]
            for row in rows {
                let canonical: String = row["canonical"]
                variants[canonical, default: []].insert(row["surface"])
                let canonicalKey: String = row["canonical_key"], surfaceKey: String = row["surface_key"]
                if words.isSubset(of: canonicalKey.split(separator: " ").map(String.init))
                    || words.isSubset(of: surfaceKey.split(separator: " ").map(String.init))
                {
                    matched.insert(canonical)
                }
            }
            return Dictionary(uniqueKeysWithValues: matched.map { ($0, variants[$0, default: []].sorted()) })
        }
    }

    /// The quotations attributed to `name` in any spelling: those whose speaker's canonical name
    /// is one `name` stands for (``canonicalNames(matching:configuration:)``), and those whose
    /// speaker as written matches `name`'s key or is part of such a canonical name (for quotes no
    /// names stage resolved). In store order.
    public func quotes(by name: String, configuration fingerprint: String) throws -> [QuoteMatch] {
        let canonicals = Array(try canonicalNames(matching: name, configuration: fingerprint).keys)
        let keys = try NameKey()
        let words = Set(keys.words(name))
        guard !words.isEmpty else { return [] }
        let canonicalWords = canonicals.map { Set(keys.words($0)) }
        return try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT d.id, d.source, q.quote, q.speaker, q.speaker_canonical, q.speaker_key, q.cue, q.start, q."end"
                    FROM quotes q JOIN documents d ON d.seq = q.doc WHERE d.config = ?
                    ORDER BY d.seq, q.start
                    """,
                arguments: [fingerprint])
            return rows.compactMap { row -> QuoteMatch? in
                let canonical: String? = row["speaker_canonical"]
                let speakerKey: String? = row["speaker_key"]
                let byCanonical = canonical.map(canonicals.contains) ?? false
                // A speaker no names stage resolved matches when written with the words asked
                // for, or as part of a name asked for (`A. Atambaev` for `Almazbek Atambayev`).
                let speakerWords = Set(speakerKey.map { $0.split(separator: " ").map(String.init) } ?? [])
                let bySpeaker = !speakerWords.isEmpty
                    && (words.isSubset(of: speakerWords) || canonicalWords.contains { speakerWords.isSubset(of: $0) })
                guard byCanonical || bySpeaker else { return nil }
                return QuoteMatch(
                    id: row["id"], source: row["source"], quote: row["quote"], speaker: row["speaker"], speakerCanonical: canonical,
                    cue: row["cue"], start: row["start"], end: row["end"])
            }
        }
    }

    /// Every mention of the entities `name` stands for, with the variant written each time, in
    /// store order.
    public func mentions(of name: String, configuration fingerprint: String) throws -> [MentionMatch] {
        let canonicals = Array(try canonicalNames(matching: name, configuration: fingerprint).keys)
        guard !canonicals.isEmpty else { return [] }
        return try database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.id, m.surface, m.canonical, m.kind, m.start, m."end"
                    FROM mentions m JOIN documents d ON d.seq = m.doc
                    WHERE d.config = ? AND m.canonical IN (\(databaseQuestionMarks(count: canonicals.count)))
                    ORDER BY d.seq, m.start
                    """,
                arguments: StatementArguments([fingerprint] + canonicals)
            ).map { row in
                MentionMatch(id: row["id"], surface: row["surface"], canonical: row["canonical"], kind: row["kind"], start: row["start"], end: row["end"])
            }
        }
    }

    /// Full-text search over the stored sentences (SQLite FTS5, `unicode61` tokens with diacritics
    /// removed): `query` is an FTS5 query (`protest`, `"central election commission"`,
    /// `Bishkek AND (protest OR rally)`, `parliam*`). Best matches first (bm25).
    ///
    /// - Throws: ``StoreError`` for a malformed query.
    public func search(_ query: String, configuration fingerprint: String, limit: Int = 20) throws -> [SentenceMatch] {
        do {
            return try database.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT d.id, s.text, snippet(sentence_index, 0, '[', ']', '…', 24) AS snippet, s.start, s."end"
                        FROM sentence_index s JOIN documents d ON d.seq = s.doc
                        WHERE sentence_index MATCH ? AND d.config = ?
                        ORDER BY bm25(sentence_index), d.seq, s.start LIMIT ?
                        """,
                    arguments: [query, fingerprint, limit]
                ).map { row in
                    SentenceMatch(id: row["id"], text: row["text"], snippet: row["snippet"], start: row["start"], end: row["end"])
                }
            }
        } catch let error as DatabaseError {
            throw StoreError("cannot search for '\(query)': \(error.message ?? "\(error)")")
        }
    }
}
