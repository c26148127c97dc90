import Pipeline
import Testing

@Suite struct JSONAnnotationTests {
    @Test func jsonAnnotationsAreWrittenByNameInTheOrderSet() throws {
        var document = Document(id: "7", text: "Déjà vu")
        document.annotations[json: "language"] = .object([("code", .string("fr")), ("score", .number("0.90"))])
        document[FrequencyKey.self] = 3
        document.annotations[json: "tags"] = .array([.string("a"), .null])
        #expect(document.annotations.keyNames == ["language", "frequency", "tags"])
        #expect(document.annotations[json: "language"]?["code"] == .string("fr"))
        let line = String(decoding: try document.jsonRecord(), as: UTF8.self)
        #expect(line == #"{"id":"7","source":null,"text":"Déjà vu","language":{"code":"fr","score":0.90},"frequency":3,"tags":["a",null]}"#)
        document.annotations[json: "language"] = nil
        #expect(document.annotations.keyNames == ["frequency", "tags"])
    }

    @Test func typedAnnotationsWinOverJSONAnnotationsOfTheSameName() {
        var document = Document(id: "1", text: "x")
        document.annotations[json: "frequency"] = .number("1")
        document[FrequencyKey.self] = 2
        #expect(document.annotations.keyNames == ["frequency"])
        #expect(document.annotations[json: "frequency"] == nil)
        document.annotations[json: "frequency"] = .number("5")
        #expect(document[FrequencyKey.self] == 2)
        #expect(document.annotations.keyNames == ["frequency"])
    }

    @Test func jsonAnnotationsRunThroughAPlan() throws {
        let plan = try plan("stage test.upcase { }")
        var document = Document(id: "1", text: "abc")
        document.annotations[json: "origin"] = .string("upstream")
        let result = try plan.process([document])
        #expect(try result[0].get().annotations[json: "origin"] == .string("upstream"))
        #expect(try result[0].get().text == "ABC")
    }

    @Test(arguments: [
        (#"{"a":[1,2.5e3,true,null],"b":"\u00e9\n"}"#, true),
        (#"{"a":1} x"#, false),
        (#"{"a":}"#, false),
        ("", false),
    ])
    func parsingIsStrict(text: String, valid: Bool) {
        let parsed = try? JSONValue(parsing: Array(text.utf8))
        #expect((parsed != nil) == valid)
        if let parsed { #expect(String(decoding: parsed.jsonBytes, as: UTF8.self) == #"{"a":[1,2.5e3,true,null],"b":"é\n"}"#) }
    }

    @Test func syntaxErrorsNameTheColumn() {
        #expect {
            _ = try JSONValue(parsing: Array(#"{"a" 1}"#.utf8))
        } throws: { error in
            (error as? JSONSyntaxError)?.column == 6
        }
    }
}
