import Pipeline
import Testing

@Suite struct AnnotationTests {
    enum PrivateWordsKey: AnnotationKey {
        typealias Value = [Span]
        static let name = "words"  // the same name as WordSpansKey, but a different type
    }

    @Test func keysAreIdentifiedByTypeNotName() {
        var document = Document(id: "1", text: "a b")
        document[WordSpansKey.self] = [Span(start: 0, end: 1)]
        document[PrivateWordsKey.self] = [Span(start: 2, end: 3)]
        #expect(document[WordSpansKey.self] == [Span(start: 0, end: 1)])
        #expect(document[PrivateWordsKey.self] == [Span(start: 2, end: 3)])
        document[WordSpansKey.self] = nil
        #expect(document[WordSpansKey.self] == nil)
        #expect(document.annotations.keyNames == ["words"])
    }

    @Test(arguments: [("héllo 😀 wörld", Span(start: 8, end: 13), "wörld"), ("e\u{301}x", Span(start: 2, end: 3), "x")])
    func spansAreCodePointOffsets(text: String, span: Span, expected: String) {
        #expect(String(text.substring(span)) == expected)
    }
}
