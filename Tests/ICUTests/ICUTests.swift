import ICU
import Testing

@Suite struct TransliteratorTests {
    @Test(arguments: [
        ("Атамбаев", "Atambaev"),
        ("Жээнбеков", "Zeenbekov"),  // ISO 9 (ж → ž); the names stage adds its own rules,
        ("Владимир Путин", "Vladimir Putin"),
        ("Ala-Too", "Ala-Too"),
        ("Ёлка", "Elka"),
        ("Αθήνα", "Athena"),
        ("北京", "bei jing"),
        ("Ærøskøbing", "AEroskobing"),
    ])
    func anyLatinThenASCII(input: String, expected: String) throws {
        let transliterator = try Transliterator(id: "Any-Latin; Latin-ASCII")
        #expect(try transliterator(input) == expected)
    }

    @Test func customRules() throws {
        // Rules are tried in order at each position, so the longer match comes first.
        let rules = try Transliterator(name: "test rules", rules: "ayev > aev; ay > ai;")
        #expect(try rules("Atambayev") == "Atambaev")
        #expect(try rules.clone()("Sooronbay") == "Sooronbai")
    }

    @Test func unknownIDIsAnExactError() {
        #expect(throws: ICUError(operation: "cannot open transliterator 'Any-Klingon'", icuErrorName: "U_INVALID_ID")) {
            try Transliterator(id: "Any-Klingon")
        }
    }

    @Test func malformedRulesSayWhere() {
        do {
            _ = try Transliterator(name: "bad", rules: "a > b;\nc > ;; d >")
            Issue.record("expected an error")
        } catch {
            #expect(error.operation == "cannot compile transliteration rules 'bad'")
            #expect(error.icuErrorName.hasPrefix("U_"))
        }
    }

    @Test func lengtheningTransformsGrowTheBuffer() throws {
        let transliterator = try Transliterator(id: "Russian-Latin/BGN")
        let long = String(repeating: "щ", count: 5_000)
        #expect(try transliterator(long).count >= 10_000)
    }
}

@Suite struct NormalizerTests {
    @Test(arguments: [
        (Normalizer.Form.nfc, "Cafe\u{301}", "Café"),
        (.nfc, "plain ascii", "plain ascii"),
        (.nfc, "“curly” — quotes…", "“curly” — quotes…"),
        (.nfd, "é", "e\u{301}"),
        (.nfkc, "ﬁ ① ｆｕｌｌ", "fi 1 full"),
        (.nfkc, "…", "..."),
        (.nfc, "Ангстрем \u{212B}", "Ангстрем Å"),
        (.nfkcCasefold, "STRASSE Straße", "strasse strasse"),
    ])
    func normalizes(form: Normalizer.Form, input: String, expected: String) throws {
        #expect(try Normalizer(form)(input) == expected)
    }
}

@Suite struct BreakIteratorTests {
    @Test func sentenceBoundariesAreCodePointOffsets() throws {
        let iterator = try BreakIterator(.sentence, locale: "en")
        let text = "I 😀 it. Café e\u{301}tait. Done?"
        let boundaries = iterator.boundaries(in: text)
        let scalars = Array(text.unicodeScalars)
        #expect(boundaries.first == 0 && boundaries.last == scalars.count)
        let pieces = zip(boundaries, boundaries.dropFirst()).map { String(String.UnicodeScalarView(scalars[$0..<$1])) }
        #expect(pieces == ["I 😀 it. ", "Café e\u{301}tait. ", "Done?"])
    }

    @Test func wordBoundariesCarryRuleStatus() throws {
        let iterator = try BreakIterator(.word, locale: "en")
        let boundaries = iterator.boundaries(utf16: UTF16Text.units("Hi, 42"))
        #expect(boundaries.map(\.utf16Offset) == [0, 2, 3, 4, 6])
        #expect(boundaries.last?.ruleStatus ?? 0 >= 100)  // a number
    }

    @Test func customRulesCompileOrFailWithAPosition() throws {
        let iterator = try BreakIterator(rules: "!!forward; [\\p{L}]+; [^\\p{L}];")
        #expect(iterator.boundaries(in: "ab cd") == [0, 2, 3, 5])
        #expect(throws: ICUError.self) { try BreakIterator(rules: "!!forward; [[[;") }
    }
}

@Suite struct ConfusablesAndScriptsTests {
    @Test func cyrillicLookalikesShareASkeleton() throws {
        let detector = try ConfusableDetector()
        let mixed = "Jeenb\u{0435}kov"  // Cyrillic е
        #expect(try detector.skeleton(mixed) == detector.skeleton("Jeenbekov"))
        #expect(try detector.isSuspicious(mixed))
        #expect(try !detector.isSuspicious("Jeenbekov"))
    }

    @Test func scripts() {
        #expect(UnicodeScript(of: "ж") == .cyrillic)
        #expect(UnicodeScript(of: "z") == .latin)
        #expect(UnicodeScript(of: "7") == .common)
    }

    @Test func utf16TranscodingMatchesTheStandardLibrary() {
        for text in ["", "ascii", "é 😀 ж 北京 \u{10FFFF}", String(repeating: "a😀", count: 1000)] {
            #expect(UTF16Text.units(text) == Array(text.utf16))
        }
        let units = UTF16Text.units("a😀b")
        #expect(UTF16Text.codePointOffsets([0, 1, 3, 4], in: units) == [0, 1, 2, 3])
    }
}
