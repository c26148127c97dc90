import Foundation
import Pipeline
import Testing

@testable import Stages

/// The digest of a stage's rule files, which the store records with each run so that `pipe run`
/// can tell records made under other rules.
@Suite struct RulesDigestTests {
    /// Each built-in stage with rule files, built with one user file (or folder) named by its option.
    static func digest(_ stage: String, userFile path: String) throws -> String {
        switch stage {
        case "boilerplate":
            var options = BoilerplateStripper.Options()
            options.lexicon = [path]
            return try BoilerplateStripper(options: options).rulesDigest
        case "names":
            var options = NameNormalizer.Options()
            options.lexiconFile = path
            return try NameNormalizer(options: options).rulesDigest
        case "sentences":
            var options = SentenceSplitter.Options()
            options.abbreviationFile = path
            return try SentenceSplitter(options: options).rulesDigest
        default:
            var options = QuoteAttributor.Options()
            options.lexicons = (path as NSString).deletingLastPathComponent
            return try QuoteAttributor(options: options).rulesDigest
        }
    }

    /// A rule line each stage accepts in the file its option names.
    static let lines = [
        "boilerplate": ("[sponsored 1.0]\n= paid content from our partners", "[sponsored 1.0]\n= paid content from a partner"),
        "names": ("Askar Akayev = Askar Akaev", "Askar Akayev = Askar Akaev; Askar Akayiev"),
        "sentences": ("Cllr.", "Cllr.\nAmb."),
        "quotes": ("grumbled", "grumbled\ngroused"),
    ]

    @Test(arguments: ["boilerplate", "names", "sentences", "quotes"])
    func editingANamedRuleFileChangesTheDigestAndNothingElseDoes(stage: String) throws {
        let folder = NSTemporaryDirectory() + "pipe-digest-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The quotes stage reads a folder of files named like its bundled ones.
        let path = folder + (stage == "quotes" ? "/cue-verbs.txt" : "/rules.txt")
        let (first, second) = Self.lines[stage]!
        try first.write(toFile: path, atomically: true, encoding: .utf8)
        let before = try Self.digest(stage, userFile: path)
        #expect(!before.isEmpty)
        #expect(try Self.digest(stage, userFile: path) == before)
        try second.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try Self.digest(stage, userFile: path) != before)
    }

    @Test func stagesWithoutRuleFilesHaveNoDigest() throws {
        #expect(try UnicodeCleaner(options: .init()).rulesDigest.isEmpty)
    }
}
