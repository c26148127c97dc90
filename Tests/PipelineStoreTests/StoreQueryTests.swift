import Foundation
import Pipeline
import Testing

@testable import PipelineStore

@Suite struct NameKeyTests {
    @Test(arguments: [
        ["Atambaev", "Atambayev", "Атамбаев", "ATAMBAYEV"],
        ["Jeenbekov", "Zheenbekov", "Жээнбеков", "Dzheenbekov"],
        ["Akaev", "Akayev", "Акаев"],
        ["Sooronbai", "Sooronbay", "Сооронбай"],
        ["Tokayev", "Toqaev", "Токаев"],
        ["Khrushchev", "Hrushchev", "Хрущёв"],
    ])
    func spellingsOfOneNameShareAKey(spellings: [String]) throws {
        let keys = try NameKey()
        let folded = Set(spellings.map { keys.key($0) })
        #expect(folded.count == 1, "\(spellings) → \(folded)")
    }

    @Test func differentNamesKeepDifferentKeys() throws {
        let keys = try NameKey()
        let names = ["Atambayev", "Atambayeva", "Japarov", "Jeenbekov", "Akaev", "Akmatov", "Isakov"]
        #expect(Set(names.map { keys.key($0) }).count == names.count)
    }

    @Test func wordsDropPunctuationAndInitials() throws {
        let keys = try NameKey()
        #expect(keys.words("A. Atambaev,") == ["atambaev"])
        #expect(keys.words("Almazbek  Atambayev") == ["almazbek", "atambaev"])
        #expect(keys.words("") == [])
        #expect(keys.words("“…”") == [])
    }
}

/// The query layer on records built by hand: the quotes stage is not on this branch yet, so the
/// records carry `names` and `quotes` fields of the shapes those stages write (see
/// Sources/Stages/Annotations), set by a test stage from the input's metadata.
@Suite struct StoreQueryTests {
    let directory: String
    let store: DocumentStore
    let fingerprint: String

    nonisolated(unsafe) static let records: [(id: String, text: String, names: [[String: Any]], quotes: [[String: Any]])] = [
        (
            "afp", "Almazbek Atambayev said: \"We will not leave.\" Atambayev was freed.",
            [name(0, 18, "Almazbek Atambayev"), name(47, 56, "Atambayev")],
            [quote(25, 45, "We will not leave.", "Almazbek Atambayev", "Almazbek Atambayev")]
        ),
        (
            "rferl", "Atambaev told reporters: \"The vote was stolen.\"",
            [name(0, 8, "Atambaev")],
            [quote(25, 47, "The vote was stolen.", "Atambaev", "Almazbek Atambayev")]
        ),
        (
            "akipress", "Атамбаев заявил: «Мы победим». Садыр Жапаров промолчал.",
            [name(0, 8, "Атамбаев"), name(31, 44, "Садыр Жапаров", canonical: "Sadyr Japarov")],
            [quote(17, 29, "Мы победим", "Атамбаев", "Almazbek Atambayev")]
        ),
        (
            "blog", "\"Enough,\" wrote A. Atambaev. \"Free them,\" said Sadyr Japarov.",
            [name(47, 60, "Sadyr Japarov", canonical: "Sadyr Japarov")],
            [quote(0, 9, "Enough,", "A. Atambaev", nil), quote(29, 41, "Free them,", "Sadyr Japarov", "Sadyr Japarov")]
        ),
    ]

    static func name(_ start: Int, _ end: Int, _ surface: String, canonical: String = "Almazbek Atambayev") -> [String: Any] {
        ["start": start, "end": end, "surface": surface, "canonical": canonical, "kind": "person"]
    }

    static func quote(_ start: Int, _ end: Int, _ text: String, _ speaker: String, _ canonical: String?) -> [String: Any] {
        ["start": start, "end": end, "quote": text, "speaker": speaker, "speaker_canonical": canonical ?? NSNull(), "cue": "said"]
    }

    init() throws {
        directory = try StoreTestSupport.temporaryDirectory()
        var jsonl = ""
        for record in Self.records {
            let fixture = String(
                decoding: try JSONSerialization.data(withJSONObject: ["names": record.names, "quotes": record.quotes], options: [.sortedKeys]),
                as: UTF8.self)
            let line = try JSONSerialization.data(withJSONObject: ["id": record.id, "text": record.text, "fixture": fixture], options: [.sortedKeys])
            jsonl += String(decoding: line, as: UTF8.self) + "\n"
        }
        try StoreTestSupport.write(jsonl, to: directory + "/in.jsonl")
        store = try DocumentStore(path: directory + "/store.sqlite")
        let plan = try StoreTestSupport.plan("stage test.fixture-annotations { }")
        let summary = try store.run(plan, options: StoreRunOptions(inputs: [directory + "/in.jsonl"], output: directory + "/out.jsonl"))
        #expect(summary.new == 4 && summary.failed == 0)
        fingerprint = summary.fingerprint
    }

    @Test(arguments: ["Atambaev", "Atambayev", "Атамбаев", "atambayev", "Almazbek Atambaev"])
    func quotesByAnySpellingOfTheSpeaker(asked: String) throws {
        let quotes = try store.quotes(by: asked, configuration: fingerprint)
        #expect(quotes.map(\.quote) == ["We will not leave.", "The vote was stolen.", "Мы победим", "Enough,"])
        #expect(quotes.map(\.id) == ["afp", "rferl", "akipress", "blog"])
    }

    @Test func quotesOfSomeoneElseAreNotTheirs() throws {
        #expect(try store.quotes(by: "Japarov", configuration: fingerprint).map(\.quote) == ["Free them,"])
        #expect(try store.quotes(by: "Жапаров", configuration: fingerprint).map(\.quote) == ["Free them,"])
        #expect(try store.quotes(by: "Akayev", configuration: fingerprint).isEmpty)
        #expect(try store.quotes(by: "", configuration: fingerprint).isEmpty)
    }

    @Test func mentionsWithTheirVariants() throws {
        let canonicals = try store.canonicalNames(matching: "Атамбаев", configuration: fingerprint)
        #expect(canonicals == ["Almazbek Atambayev": ["Almazbek Atambayev", "Atambaev", "Atambayev", "Атамбаев"]])
        let mentions = try store.mentions(of: "Atambaev", configuration: fingerprint)
        #expect(mentions.map(\.surface) == ["Almazbek Atambayev", "Atambayev", "Atambaev", "Атамбаев"])
        #expect(Set(mentions.map(\.canonical)) == ["Almazbek Atambayev"])
    }

    @Test func fullTextSearchOverSentencesWithoutASentenceStageSearchesLines() throws {
        let hits = try store.search("stolen", configuration: fingerprint)
        #expect(hits.count == 1 && hits[0].id == "rferl" && hits[0].snippet.contains("[stolen]"))
        #expect(try store.search("победим", configuration: fingerprint).map(\.id) == ["akipress"])
        #expect(try store.search("free*", configuration: fingerprint).compactMap(\.id).sorted() == ["afp", "blog"])
        #expect(throws: StoreError.self) { try store.search("\"unbalanced", configuration: fingerprint) }
    }

    @Test func anEditedRecordLeavesNoStaleQuotesOrSentences() throws {
        var lines = try String(contentsOfFile: directory + "/in.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
        lines[1] = lines[1].replacingOccurrences(of: "The vote was stolen.", with: "The vote was fair..")
        try StoreTestSupport.write(lines.joined(separator: "\n") + "\n", to: directory + "/in.jsonl")
        let plan = try StoreTestSupport.plan("stage test.fixture-annotations { }")
        let summary = try store.run(plan, options: StoreRunOptions(inputs: [directory + "/in.jsonl"], output: directory + "/out.jsonl"))
        #expect(summary.changed == 1 && summary.unchanged == 3)
        #expect(try store.search("stolen", configuration: fingerprint).isEmpty)
        #expect(try store.search("fair", configuration: fingerprint).map(\.id) == ["rferl"])
        #expect(try store.quotes(by: "Atambaev", configuration: fingerprint).count == 4)
    }
}
