import Pipeline
import Testing

@testable import PipelineStore

/// The index reads a stored record by field name and shape, and slices its text by the scalar
/// offsets spans carry.
@Suite struct RecordIndexTests {
    static func view(_ json: String) throws -> RecordIndex.View {
        RecordIndex.View(try JSONValue(parsing: Array(json.utf8)))
    }

    @Test func fieldsOfTheStagesShapesAreRead() throws {
        let view = try Self.view("""
            {"id":"a","text":"Japarov said: \\"No.\\"","names":[{"start":0,"end":7,"surface":"Japarov","canonical":null,"kind":"person"}],\
            "quotes":[{"start":15,"end":18,"quote":"No.","speaker":"Japarov","speaker_canonical":"Sadyr Japarov","cue":"said","sentence":0}],\
            "sentences":[{"start":0,"end":19}]}
            """)
        #expect(view.text == "Japarov said: \"No.\"")
        #expect(view.names?.map(\.surface) == ["Japarov"] && view.names?.first?.canonical == nil)
        #expect(view.quotes?.first?.speakerCanonical == "Sadyr Japarov" && view.quotes?.first?.sentence == 0)
        #expect(view.sentences?.map(\.end) == [19])
    }

    @Test(arguments: [
        // Another stage's field of the same name, of another shape.
        #"{"text":"x","names":"Japarov"}"#,
        // One element of another shape takes the whole field.
        #"{"text":"x","names":[{"start":0,"end":1,"surface":"x"},{"start":0,"end":"1","surface":"x"}]}"#,
        // A fraction is not an offset.
        #"{"text":"x","names":[{"start":0.5,"end":1,"surface":"x"}]}"#,
        #"{"text":"x","names":[{"start":0,"end":1,"surface":"x","canonical":7}]}"#,
    ])
    func aFieldOfAnotherShapeReadsAsAbsent(json: String) throws {
        let view = try Self.view(json)
        #expect(view.text == "x")
        #expect(view.names == nil)
    }

    @Test func quotesWithAFieldOfAnotherShapeReadAsAbsent() throws {
        let view = try Self.view(#"{"text":"x","quotes":[{"start":0,"end":1,"quote":"x","speaker":["a"]}],"sentences":[{"start":0}]}"#)
        #expect(view.quotes == nil && view.sentences == nil)
    }

    @Test func slicesAreByScalarOffsetInAnyOrder() {
        // `é` as one scalar, the flag as two scalars, Cyrillic two bytes each.
        var slicer = ScalarSlicer("café 🇰🇬 Бишкек\nend")
        #expect(slicer.count == 18)
        #expect(slicer.slice(8, 14) == "Бишкек")
        #expect(slicer.slice(0, 4) == "café")
        #expect(slicer.slice(5, 7) == "🇰🇬")
        #expect(slicer.slice(16, 18) == "nd")
        #expect(slicer.slice(18, 18) == "")
        #expect(slicer.slice(17, 19) == nil)
        #expect(slicer.slice(-1, 2) == nil)
        #expect(slicer.slice(3, 2) == nil)
    }
}
