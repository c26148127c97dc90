import AcmeStages
import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

@Suite struct KeywordTaggerTests {
    static func tag(_ text: String, _ configuration: String = #"words ["Sadyr Japarov", "Japarov", "Osh", "U.S.", "Ala-Too Square"]"#) throws -> [KeywordMatch] {
        try StageHarness<KeywordTagger>(configuration: configuration).run(text: text)[KeywordsKey.self] ?? []
    }

    @Test func offsetsAreCodePoints() throws {
        let text = "😀 Cafe\u{301}: Sadyr Japarov spoke."  // the emoji is 1 code point, "e\u{301}" is 2
        let matches = try Self.tag(text)
        #expect(matches == [KeywordMatch(start: 9, end: 22, text: "Sadyr Japarov", keyword: "Sadyr Japarov", label: "keyword")])
        #expect(String(text.substring(Span(start: 9, end: 22))) == "Sadyr Japarov")
    }

    @Test(arguments: [
        ("JAPAROV and japarov", ["JAPAROV", "japarov"], "case is ignored by default"),
        ("Japarov's supporters", ["Japarov"], "a possessive still matches the name"),
        ("Oshkosh, not Osh.", ["Osh"], "whole words only"),
        ("Sadyr  Japarov, then Sadyr\nJaparov", ["Sadyr  Japarov", "Sadyr\nJaparov"], "spaces and one line break inside an entry"),
        ("Sadyr\n\nJaparov", ["Japarov"], "never across a blank line"),
        ("the U.S. and U. S.", ["U.S."], "punctuation inside an entry must match its spacing"),
        ("on Ala-Too Square", ["Ala-Too Square"], "hyphenated entries"),
        ("", [], "empty text"),
    ])
    func matchesWholeTokens(text: String, expected: [String], why: String) throws {
        #expect(try Self.tag(text).map(\.text) == expected, "\(why)")
    }

    @Test func longestEntryWinsAndMatchesDoNotOverlap() throws {
        let matches = try Self.tag("Sadyr Japarov met Japarov")
        #expect(matches.map(\.keyword) == ["Sadyr Japarov", "Japarov"])
    }

    @Test func caseSensitiveOption() throws {
        #expect(try Self.tag("JAPAROV and Japarov", "words [\"Japarov\"]\ncase_sensitive true").map(\.start) == [12])
    }

    @Test func listFileLabelsEntries() throws {
        let path = NSTemporaryDirectory() + "acme-\(UUID().uuidString).txt"
        try "# people\n[person]\nAlmazbek Atambayev\n\n[place]\nBishkek\n".write(toFile: path, atomically: true, encoding: .utf8)
        let matches = try Self.tag("Almazbek Atambayev left Bishkek.", "word_list \"\(path)\"\nwords [\"left\"]")
        #expect(matches.map(\.label) == ["person", "keyword", "place"])
    }

    @Test(arguments: [
        ("word_list \"/no/such/list.txt\"", "cannot read word_list '/no/such/list.txt'"),
        ("words []", "no entries"),
        ("case_sensitive \"yes\"", "expected a boolean"),
    ])
    func badOptionsAreReported(configuration: String, expected: String) {
        do {
            _ = try StageHarness<KeywordTagger>(configuration: configuration)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains(expected), "\(error)")
        }
    }

    @Test func registersNextToTheBuiltinStages() throws {
        var registry = StageRegistry()
        try BuiltinStages.register(into: &registry)
        try AcmeStages.register(into: &registry)
        #expect(registry.names.contains("acme.keywords") && registry.names.contains("unicode"))
        let plan = try ExecutionPlan(
            source: SourceFile(path: "t.conf", text: "stage unicode { }\nstage acme.keywords { words [\"Osh\"] }"), registry: registry)
        let result = try plan.process([Document(id: "1", text: "In  Osh\u{200B}.")])
        #expect(try result[0].get()[KeywordsKey.self]?.map(\.start) == [3])
    }
}
