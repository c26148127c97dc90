import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    let harness: StageHarness<SentenceSplitter>

    init() throws {
        harness = try StageHarness<SentenceSplitter>(options: .init())
    }

    @Test("English golden rules (pragmatic_segmenter / pySBD)", arguments: try SentenceFixtures.cases("golden-rules"))
    func goldenRule(_ example: SentenceCase) throws {
        #expect(try SentenceFixtures.split(example.text, with: harness) == example.sentences)
    }

    @Test("Hand-written news cases", arguments: try SentenceFixtures.cases("cases"))
    func newsCase(_ example: SentenceCase) throws {
        #expect(try SentenceFixtures.split(example.text, with: harness) == example.sentences)
    }

    @Test("Every sentence of the seed articles", arguments: try SentenceFixtures.seeds())
    func seed(_ example: SentenceCase) throws {
        let found = try SentenceFixtures.split(example.text, with: harness)
        #expect(found.count == example.sentences.count)
        for (index, pair) in zip(found, example.sentences).enumerated() where pair.0 != pair.1 {
            Issue.record("sentence \(index): found \(pair.0.debugDescription), expected \(pair.1.debugDescription)")
            break
        }
    }

    @Test("The fixture files hold enough cases in every category")
    func fixtureCoverage() throws {
        let cases = try SentenceFixtures.cases("cases")
        #expect(cases.count >= 120)
        let categories = Set(cases.compactMap(\.category))
        for required in [
            "title", "initials", "country-abbreviation", "time-date", "number", "abbreviation", "ellipsis",
            "quote-question", "closing-mark", "quote-continued", "headline", "dateline", "list", "url-email",
            "emoji-combining", "cyrillic",
        ] {
            #expect(categories.contains(required), "no case of category \(required)")
        }
        #expect(try SentenceFixtures.cases("golden-rules").count == 48)
    }

    @Test("Offsets are code points, not UTF-16 units or graphemes")
    func codePointOffsets() throws {
        // 👨‍👩‍👧 is 5 code points (8 UTF-16 units, 1 grapheme); e + U+0301 is 2 code points.
        let text = "👨‍👩‍👧 Cafe\u{301} opened. Then 🇰🇬 fans came."
        let document = try harness.run(text: text)
        #expect(document.annotations.sentences == [Span(start: 0, end: 19), Span(start: 20, end: 38)])
    }

    @Test(
        "Odd input never crashes and keeps the span invariants",
        arguments: [
            "", " ", "\n\n\n", ".", "?!", "...", "…", "“", "(", "1.", "• ", "a) b) c)", "Mr.", "U.S.",
            String(repeating: "word ", count: 20_000), String(repeating: "A. ", count: 5_000),
            String(repeating: "1. ", count: 3_000), String(repeating: "\"", count: 1_000),
            String(repeating: "(", count: 500) + "x." + String(repeating: ")", count: 500),
            "\u{0}\u{1}. \u{FFFD}. \u{10FFFF}.", "🎉. 🎉! 🎉", "\u{301}\u{301}. Next.", "x\r\ny\rz",
        ])
    func oddInput(_ text: String) throws {
        _ = try SentenceFixtures.split(text, with: harness)
    }

    @Test("Extra abbreviations and titles come from the options")
    func extraAbbreviations() throws {
        let text = "The grant came from the Fndn. Foundation board. Meet Cllr. The Great."
        #expect(try SentenceFixtures.split(text, with: harness) == ["The grant came from the Fndn.", "Foundation board.", "Meet Cllr. The Great."])
        let configured = try StageHarness<SentenceSplitter>(configuration: "abbreviations [\"Fndn.\"]\ntitles [\"Zq\"]")
        #expect(try SentenceFixtures.split(text, with: configured) == ["The grant came from the Fndn. Foundation board.", "Meet Cllr. The Great."])
        #expect(try SentenceFixtures.split("Ask Zq. The answer.", with: configured) == ["Ask Zq. The answer."])
    }

    @Test("An abbreviation file adds entries; a bad section is reported")
    func abbreviationFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sentences-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.txt")
        try "# ours\n[prefix]\nKomr\n".write(to: good, atomically: true, encoding: .utf8)
        var options = SentenceSplitter.Options()
        options.abbreviationFile = good.path
        let harness = try StageHarness<SentenceSplitter>(options: options)
        #expect(try SentenceFixtures.split("Ask Komr. Ivanov.", with: harness) == ["Ask Komr. Ivanov."])

        let bad = folder.appendingPathComponent("bad.txt")
        try "[prefixes]\nKomr\n".write(to: bad, atomically: true, encoding: .utf8)
        options.abbreviationFile = bad.path
        #expect(throws: OptionError.self) { try StageHarness<SentenceSplitter>(options: options) }
        options.abbreviationFile = folder.appendingPathComponent("missing.txt").path
        #expect(throws: OptionError.self) { try StageHarness<SentenceSplitter>(options: options) }
    }

    @Test("The Russian locale opens and splits Cyrillic text")
    func russianLocale() throws {
        let russian = try StageHarness<SentenceSplitter>(configuration: #"locale "ru""#)
        #expect(try SentenceFixtures.split("Он ушёл. Она осталась.", with: russian) == ["Он ушёл.", "Она осталась."])
    }

    @Test("The stage is registered as `sentences` and provides the sentences annotation")
    func registration() throws {
        var registry = StageRegistry()
        try BuiltinStages.register(into: &registry)
        #expect(registry.names.contains("sentences"))
        #expect(SentenceSplitter.provides.map(\.name) == ["sentences"])
    }
}
