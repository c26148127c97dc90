import Foundation
import Pipeline
import PipelineTesting
import Stages

/// A gold article for the `boilerplate` stage: its text and, for every line, whether it is chrome.
///
/// Fixture format (`Fixtures/boilerplate/**/*.txt`): optional `#key: value` header lines
/// (`#source:` sets the document's source, any other key becomes metadata, such as `#outlet:`),
/// then the article line by line; a line starting with `!` is boilerplate, `|` escapes a content
/// line that starts with `!`, `|` or `#`, blank lines are blank.
struct BoilerplateGoldArticle {
    var name: String
    var document: Document
    /// For each line (1-based number − 1): `true` boilerplate, `false` content, `nil` blank.
    var labels: [Bool?]

    init(name: String, fixture: String) {
        var lines = fixture.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var metadata: [(key: String, value: JSONValue)] = []
        var source: String?
        while let first = lines.first, first.hasPrefix("#") {
            lines.removeFirst()
            guard let colon = first.firstIndex(of: ":") else { continue }
            let key = first[first.index(after: first.startIndex)..<colon].trimmingCharacters(in: .whitespaces)
            let value = first[first.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if key == "source" { source = value } else { metadata.append((key: key, value: .string(value))) }
        }
        var textLines: [String] = []
        var labels: [Bool?] = []
        for line in lines {
            if line.hasPrefix("!") {
                textLines.append(String(line.dropFirst()))
                labels.append(true)
            } else if line.hasPrefix("|") {
                textLines.append(String(line.dropFirst()))
                labels.append(false)
            } else {
                textLines.append(line)
                labels.append(line.allSatisfy(\.isWhitespace) ? nil : false)
            }
        }
        self.name = name
        self.labels = labels
        self.document = Document(id: name, source: source, text: textLines.joined(separator: "\n"), metadata: metadata)
    }

    /// Loads every fixture of a folder, in file-name order.
    static func load(folder: URL) throws -> [BoilerplateGoldArticle] {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { try BoilerplateGoldArticle(name: $0.deletingPathExtension().lastPathComponent, fixture: String(contentsOf: $0, encoding: .utf8)) }
    }

    /// Line-level scores of kept content, given the 1-based numbers of the removed lines.
    /// Runs the stage over `articles` as one batch, as a drop would be, and scores each article by
    /// the lines the stage removed.
    /// `bylines` is the convention the stage runs under (the set's own, see `BoilerplateGoldSet.bylines`).
    static func run(_ articles: [BoilerplateGoldArticle], bylines: BoilerplateStripper.BylineConvention = .keep) throws
        -> [(article: BoilerplateGoldArticle, score: BoilerplateLineScore, removed: [RemovedLine])] {
        var options = BoilerplateStripper.Options()
        options.bylines = bylines.rawValue
        let harness = try CorpusStageHarness<BoilerplateStripper>(options: options)
        let (documents, _) = try harness.run(articles.map(\.document))
        return zip(articles, documents).map { article, document in
            let removed = document[BoilerplateKey.self] ?? []
            return (article, article.score(removed: Set(removed.map(\.line))), removed)
        }
    }

    func score(removed: Set<Int>) -> BoilerplateLineScore {
        var score = BoilerplateLineScore()
        for (index, label) in labels.enumerated() {
            guard let isBoilerplate = label else { continue }
            let kept = !removed.contains(index + 1)
            switch (isBoilerplate, kept) {
            case (false, true): score.truePositives += 1
            case (true, true): score.falsePositives += 1
            case (false, false): score.falseNegatives += 1
            case (true, false): score.trueNegatives += 1
            }
        }
        return score
    }

    /// The lines the stage got wrong, one per line: `kept` boilerplate and `removed` content.
    func mistakes(removed: [RemovedLine]) -> String {
        let rules = Dictionary(removed.map { ($0.line, $0.rule) }, uniquingKeysWith: { first, _ in first })
        let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false)
        var report: [String] = []
        for (index, label) in labels.enumerated() {
            guard let isBoilerplate = label else { continue }
            switch (isBoilerplate, rules[index + 1]) {
            case (true, nil): report.append("kept \(index + 1): \(lines[index])")
            case (false, let rule?): report.append("removed \(index + 1) [\(rule)]: \(lines[index])")
            default: break
            }
        }
        return report.joined(separator: "\n")
    }

    /// Share of non-blank lines that are content.
    var contentShare: Double {
        let labelled = labels.compactMap { $0 }
        return Double(labelled.filter { !$0 }.count) / Double(max(labelled.count, 1))
    }
}

/// Counts of kept and removed lines against gold, with the content as the positive class.
struct BoilerplateLineScore {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var trueNegatives = 0

    var precision: Double { Double(truePositives) / Double(max(truePositives + falsePositives, 1)) }
    var recall: Double { Double(truePositives) / Double(max(truePositives + falseNegatives, 1)) }
    var f1: Double {
        let sum = precision + recall
        return sum == 0 ? 0 : 2 * precision * recall / sum
    }

    static func + (a: Self, b: Self) -> Self {
        Self(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
             falseNegatives: a.falseNegatives + b.falseNegatives, trueNegatives: a.trueNegatives + b.trueNegatives)
    }
}
