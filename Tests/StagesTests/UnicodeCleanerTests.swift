import Pipeline
import PipelineTesting
import Stages
import Testing

@Suite struct UnicodeCleanerTests {
    @Test(arguments: [
        // (input, expected, why)
        ("Cafe\u{301} au lait", "Café au lait", "NFC composes"),
        ("line one\r\nline two\rline three", "line one\nline two\nline three", "CRLF and CR become LF"),
        ("\u{FEFF}Title", "Title", "a BOM is removed"),
        ("zero\u{200B}width and soft\u{00AD}hyphen", "zerowidth and softhyphen", "invisible characters go"),
        ("word\u{2060}joiner", "wordjoiner", "word joiner goes"),
        ("a\u{200D}b 👨\u{200D}👩", "a\u{200D}b 👨\u{200D}👩", "ZWJ is kept for emoji sequences"),
        ("bell\u{07} and nul-ish\u{1B}[0m", "bell and nul-ish[0m", "control characters go"),
        ("tabs\tand   spaces", "tabs and spaces", "white space collapses"),
        ("  indented  \n\n  trailing   ", "indented\n\ntrailing", "lines are trimmed, blank lines kept"),
        ("non\u{00A0}breaking\u{2009}thin\u{3000}ideographic", "non breaking thin ideographic", "space separators become spaces"),
        ("para\u{2029}next\u{2028}line", "para\n\nnext\nline", "Unicode separators become newlines"),
        ("plain ascii text\nsecond line", "plain ascii text\nsecond line", "clean text is unchanged"),
        ("“Curly” — dashes… and Кыргызстан", "“Curly” — dashes… and Кыргызстан", "clean non-ASCII is unchanged"),
        ("C1\u{0085}next", "C1\nnext", "NEL is a line break"),
        ("", "", "empty text"),
    ])
    func cleans(input: String, expected: String, why: String) throws {
        let harness = try StageHarness<UnicodeCleaner>(options: .init())
        #expect(try harness.run(text: input).text == expected, "\(why)")
    }

    @Test func nfkcFoldsCompatibilityCharacters() throws {
        let harness = try StageHarness<UnicodeCleaner>(configuration: "form \"NFKC\"")
        #expect(try harness.run(text: "ﬁnal ½ ｆｕｌｌ").text == "final 1⁄2 full")
    }

    @Test func lineStructureIsKeptSoLineNumbersStayValid() throws {
        let text = "a\r\n\r\n  b  \n\u{FEFF}\nc\t\t"
        let harness = try StageHarness<UnicodeCleaner>(options: .init())
        let cleaned = try harness.run(text: text).text
        #expect(cleaned.split(separator: "\n", omittingEmptySubsequences: false).count == 5)
    }

    @Test func spacesCanBeKept() throws {
        let harness = try StageHarness<UnicodeCleaner>(configuration: "collapse_spaces false\nremove_invisible false")
        #expect(try harness.run(text: "a  b\u{200B}c ").text == "a  b\u{200B}c ")
    }

    @Test func unknownFormIsAnOptionError() {
        #expect(throws: OptionError.self) { try StageHarness<UnicodeCleaner>(configuration: "form \"NFX\"") }
    }

    @Test func hugeSingleLineDoesNotBreak() throws {
        let harness = try StageHarness<UnicodeCleaner>(options: .init())
        let line = String(repeating: "word  \u{00A0}", count: 200_000)
        let cleaned = try harness.run(text: line).text
        #expect(cleaned.utf8.count == 200_000 * 5 - 1)
    }
}
