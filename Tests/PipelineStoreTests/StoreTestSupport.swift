import Foundation
import Pipeline
import PipelineStore

/// Stages and helpers for the store's tests.
enum StoreTestSupport {
    static func registry() throws -> StageRegistry {
        var registry = StageRegistry()
        try registry.register(FirstWordCount.self)
        try registry.register(FailOnBoom.self)
        try registry.register(FixtureAnnotations.self)
        try registry.register(RuleFileStage.self)
        return registry
    }

    static func plan(_ stages: String, onError: String = "record") throws -> ExecutionPlan {
        try ExecutionPlan(source: SourceFile(path: "test.conf", text: "on_error \(onError)\n" + stages), registry: try registry())
    }

    static func temporaryDirectory() throws -> String {
        let directory = NSTemporaryDirectory() + "pipe-store-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func export(_ store: DocumentStore) throws -> [String] {
        var data = Data()
        try store.export(configuration: try store.configuration().fingerprint) { data.append($0) }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// The `id` and one field of each JSONL record.
    static func field(_ name: String, of records: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for line in records {
            let object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            result[object["id"] as! String] = object[name].map { "\($0)" } ?? "nil"
        }
        return result
    }
}

enum FirstWordCountKey: CodableAnnotationKey {
    typealias Value = Int
    static let name = "first_word_count"
}

/// A corpus stage whose output depends on everything seen so far: each document gets the number
/// of documents (in the state, this batch included) whose first word is its first word.
struct FirstWordCount: CorpusStage {
    static let name = "test.first-word-count"
    static let summary = "Counts documents by first word across batches."
    static var provides: [AnyAnnotationKey] { [AnyAnnotationKey(FirstWordCountKey.self)] }
    init(options: NoOptions) {}

    func emptyState() -> [String: Int] { [:] }

    static func firstWord(_ text: String) -> String {
        String(text.split(whereSeparator: \.isWhitespace).first ?? "")
    }

    func summarize(_ document: Document, context: StageContext) throws -> [String: Int] {
        [Self.firstWord(document.text): 1]
    }

    func merge(_ state: inout [String: Int], with other: [String: Int]) {
        state.merge(other, uniquingKeysWith: +)
    }

    func process(_ document: inout Document, resolved: [String: Int], context: StageContext) throws {
        document[FirstWordCountKey.self] = resolved[Self.firstWord(document.text)] ?? 0
    }
}

/// Changes nothing; its rules digest is the text of the file its `file` option names, as a
/// built-in stage's is a digest of its rule files.
struct RuleFileStage: Stage {
    static let name = "test.rule-file"
    static let summary = "Has a rule file."
    struct Options: Decodable, Sendable { var file: String }
    let rulesDigest: String
    init(options: Options) throws { rulesDigest = try String(contentsOfFile: options.file, encoding: .utf8) }
    func process(_ document: inout Document, context: StageContext) throws {}
}

struct BoomError: Error, CustomStringConvertible {
    var description: String { "boom" }
}

/// Fails on any document containing "boom".
struct FailOnBoom: Stage {
    static let name = "test.boom"
    static let summary = "Throws on 'boom'."
    init(options: NoOptions) {}
    func process(_ document: inout Document, context: StageContext) throws {
        if document.text.contains("boom") { throw BoomError() }
    }
}

struct FixtureMention: Codable, Sendable {
    var start: Int
    var end: Int
    var surface: String
    var canonical: String
    var kind: String
}

struct FixtureQuote: Codable, Sendable {
    var start: Int
    var end: Int
    var quote: String
    var speaker: String?
    var speakerCanonical: String?
    var cue: String?

    enum CodingKeys: String, CodingKey {
        case start, end, quote, speaker, cue
        case speakerCanonical = "speaker_canonical"
    }
}

enum FixtureNamesKey: CodableAnnotationKey {
    typealias Value = [FixtureMention]
    static let name = "names"
}

enum FixtureQuotesKey: CodableAnnotationKey {
    typealias Value = [FixtureQuote]
    static let name = "quotes"
}

/// Sets `names` and `quotes` from the JSON in the record's `fixture` metadata field, standing in
/// for the names and quotes stages.
struct FixtureAnnotations: Stage {
    static let name = "test.fixture-annotations"
    static let summary = "Copies fixture annotations from metadata."
    static var provides: [AnyAnnotationKey] { [AnyAnnotationKey(FixtureNamesKey.self), AnyAnnotationKey(FixtureQuotesKey.self)] }
    init(options: NoOptions) {}

    struct Fixture: Decodable {
        var names: [FixtureMention]
        var quotes: [FixtureQuote]
    }

    func process(_ document: inout Document, context: StageContext) throws {
        guard let json = document.metadata("fixture")?.stringValue else { return }
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(json.utf8))
        document[FixtureNamesKey.self] = fixture.names
        document[FixtureQuotesKey.self] = fixture.quotes
    }
}
