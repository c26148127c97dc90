import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// One sentence-splitting case from a fixture file: a text and the sentences expected in it.
struct SentenceCase: Sendable, Decodable, CustomTestStringConvertible {
    var name: String?
    var category: String?
    var text: String
    var sentences: [String]

    var testDescription: String {
        let label = name ?? category ?? "case"
        let preview = text.count > 60 ? String(text.prefix(60)) + "…" : text
        return "\(label): \(preview.debugDescription)"
    }
}

/// Loads the sentence fixtures in `Fixtures/sentences/`.
enum SentenceFixtures {
    private struct CaseFile: Decodable { var cases: [SentenceCase] }
    private struct SeedFile: Decodable { var seeds: [String: [String]] }

    static func url(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/sentences") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/sentences/\(name).json"])
        }
        return url
    }

    /// The cases of `golden-rules.json` or `cases.json`.
    static func cases(_ name: String) throws -> [SentenceCase] {
        try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url(name))).cases
    }

    /// The seed articles (read from the repository's `seeds/`) with their hand-checked sentences.
    static func seeds() throws -> [SentenceCase] {
        let gold = try JSONDecoder().decode(SeedFile.self, from: Data(contentsOf: url("seeds-gold"))).seeds
        let seedsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds")
        return try gold.keys.sorted().map { file in
            let text = try String(contentsOf: seedsFolder.appendingPathComponent(file), encoding: .utf8)
            return SentenceCase(name: file, category: "seed", text: text, sentences: gold[file]!)
        }
    }

    /// The sentences `harness` finds in `text`, as strings, after checking the span invariants.
    static func split(_ text: String, with harness: StageHarness<SentenceSplitter>) throws -> [String] {
        let document = try harness.run(text: text)
        let spans = try #require(document.annotations.sentences)
        let scalars = Array(text.unicodeScalars)
        var previousEnd = 0
        for span in spans {
            #expect(span.start >= previousEnd, "spans overlap or are out of order: \(spans)")
            #expect(span.end > span.start && span.end <= scalars.count, "bad span \(span) in a text of \(scalars.count) code points")
            previousEnd = span.end
        }
        return spans.map { span in
            let sentence = String(String.UnicodeScalarView(scalars[span.start..<min(span.end, scalars.count)]))
            #expect(sentence == sentence.trimmingCharacters(in: .whitespacesAndNewlines), "untrimmed sentence \(sentence.debugDescription)")
            return sentence
        }
    }
}
