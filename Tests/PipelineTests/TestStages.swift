import Foundation
import Pipeline

/// Stages used only by the framework's tests.
enum TestStages {
    static func registry() throws -> StageRegistry {
        var registry = StageRegistry()
        try registry.register(Upcase.self)
        try registry.register(Explode.self)
        try registry.register(MarkWords.self)
        try registry.register(WordFrequency.self)
        try registry.register(NeedsWords.self)
        try registry.register(InPlaceMergeProbe.self)
        return registry
    }
}

enum WordSpansKey: CodableAnnotationKey {
    typealias Value = [Span]
    static let name = "words"
    static let carriesOffsets = true
}

enum FrequencyKey: CodableAnnotationKey {
    typealias Value = Int
    static let name = "frequency"
}

/// Rewrites the text to upper case.
struct Upcase: Stage {
    static let name = "test.upcase"
    static let summary = "Upper-cases the text."
    struct Options: Decodable, Sendable {
        var suffix: String = ""
        var times: Int = 1
        var enabled: Bool = true
        var ratio: Double = 1
        var tags: [String] = []
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            suffix = try c.decodeIfPresent(String.self, forKey: .suffix) ?? ""
            times = try c.decodeIfPresent(Int.self, forKey: .times) ?? 1
            enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? true
            ratio = try c.decodeIfPresent(Double.self, forKey: .ratio) ?? 1
            tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        }
        enum CodingKeys: String, CodingKey {
            case suffix, times, enabled, ratio, tags
        }
    }
    let options: Options
    init(options: Options) throws {
        if options.times < 1 { throw OptionError("times must be at least 1") }
        self.options = options
    }
    var rewritesText: Bool { true }
    func process(_ document: inout Document, context: StageContext) throws {
        document.text = document.text.uppercased() + options.suffix
    }
}

struct ExplosionError: Error, CustomStringConvertible {
    var description: String { "the text asked for it" }
}

/// Fails on any document whose text contains "boom".
struct Explode: Stage {
    static let name = "test.explode"
    static let summary = "Throws on documents containing 'boom'."
    init(options: NoOptions) {}
    func process(_ document: inout Document, context: StageContext) throws {
        if document.text.contains("boom") { throw ExplosionError() }
    }
}

/// Sets code point spans of words.
struct MarkWords: Stage {
    static let name = "test.words"
    static let summary = "Marks words."
    static var provides: [AnyAnnotationKey] { [AnyAnnotationKey(WordSpansKey.self)] }
    init(options: NoOptions) {}
    func process(_ document: inout Document, context: StageContext) throws {
        var spans: [Span] = []
        var start: Int?
        for (offset, scalar) in document.text.unicodeScalars.enumerated() {
            if scalar.properties.isAlphabetic {
                if start == nil { start = offset }
            } else if let s = start {
                spans.append(Span(start: s, end: offset))
                start = nil
            }
        }
        if let start { spans.append(Span(start: start, end: document.text.unicodeScalars.count)) }
        document[WordSpansKey.self] = spans
    }
}

/// A corpus stage: counts each document's first word across the batch (and earlier batches).
struct WordFrequency: CorpusStage {
    static let name = "test.frequency"
    static let summary = "Counts first words across the batch."
    static var provides: [AnyAnnotationKey] { [AnyAnnotationKey(FrequencyKey.self)] }
    typealias State = [String: Int]
    init(options: NoOptions) {}
    func emptyState() -> State { [:] }
    func summarize(_ document: Document, context: StageContext) throws -> State {
        if document.text.contains("corpus-boom") { throw ExplosionError() }
        return [firstWord(document): 1]
    }
    func merge(_ state: inout State, with other: State) {
        state.merge(other, uniquingKeysWith: +)
    }
    func process(_ document: inout Document, resolved: State, context: StageContext) throws {
        document[FrequencyKey.self] = resolved[firstWord(document)] ?? 0
    }
    private func firstWord(_ document: Document) -> String {
        String(document.text.split(separator: " ").first ?? "")
    }
}

/// Requires words.
struct NeedsWords: Stage {
    static let name = "test.needs-words"
    static let summary = "Requires words."
    static var requires: [AnyAnnotationKey] { [AnyAnnotationKey(WordSpansKey.self)] }
    init(options: NoOptions) {}
    func process(_ document: inout Document, context: StageContext) throws {}
}

func plan(_ text: String, path: String = "test.conf") throws -> ExecutionPlan {
    try ExecutionPlan(source: SourceFile(path: path, text: text), registry: try TestStages.registry())
}

/// The rendered diagnostics of a configuration that must fail.
func diagnostics(_ text: String) -> String {
    do {
        _ = try plan(text)
        return "no error"
    } catch {
        return "\(error)"
    }
}

func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "pipe-tests-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

enum SharedMergesKey: CodableAnnotationKey {
    typealias Value = Int
    static let name = "shared_merges"
}

/// A corpus stage that counts the merges handed a state they did not own alone, and so had to
/// copy it: a state that grows with the batch must be merged in place.
struct InPlaceMergeProbe: CorpusStage {
    static let name = "test.in-place-merge"
    static let summary = "Counts merges that had to copy their state."
    static var provides: [AnyAnnotationKey] { [AnyAnnotationKey(SharedMergesKey.self)] }

    final class Storage: Codable, @unchecked Sendable {
        var words: [String] = []
    }

    struct State: Codable, Sendable {
        var storage = Storage()
        var sharedMerges = 0
    }

    init(options: NoOptions) {}
    func emptyState() -> State { State() }
    func summarize(_ document: Document, context: StageContext) throws -> State {
        let state = State()
        state.storage.words = [document.id]
        return state
    }
    func merge(_ state: inout State, with other: State) {
        if !isKnownUniquelyReferenced(&state.storage) {
            state.sharedMerges += 1
            let copy = Storage()
            copy.words = state.storage.words
            state.storage = copy
        }
        state.storage.words += other.storage.words
        state.sharedMerges += other.sharedMerges
    }
    func process(_ document: inout Document, resolved: State, context: StageContext) throws {
        document[SharedMergesKey.self] = resolved.sharedMerges
    }
}
