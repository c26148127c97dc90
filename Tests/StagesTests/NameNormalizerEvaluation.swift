import Foundation
import Pipeline
import PipelineTesting
@testable import Stages

/// The gold variant table and the pairwise scores of the `names` stage on it.
enum NameNormalizerEvaluation {
    struct Spelling: Hashable {
        var entity: String
        var text: String
    }

    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/names/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func rows(_ name: String) throws -> [[String]] {
        try fixture(name).split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .map { $0.split(separator: "\t").map(String.init) }
    }

    static func table(_ name: String) throws -> [Spelling] {
        try rows(name).map { Spelling(entity: $0[0], text: $0[1]) }
    }

    static func confusablePairs(_ name: String) throws -> [(String, String)] {
        try rows(name).map { ($0[0], $0[1]) }
    }

    /// Pairs a confusable file sets aside as commented-out rows (`# a<TAB>b<TAB>why`): different
    /// entities whose spellings no spelling rule can tell apart.
    static func setAsidePairs(_ name: String) throws -> [(String, String)] {
        try fixture(name).split(separator: "\n").filter { $0.hasPrefix("# ") }
            .map { $0.dropFirst(2).split(separator: "\t").map(String.init) }.filter { $0.count == 3 }.map { ($0[0], $0[1]) }
    }

    /// The spellings grouped twice, each level in the order it is first met: by `outer`, then by
    /// `inner` within it, each inner group's texts in the table's order. The two lists of misses
    /// below are the one grouping read both ways (entities by cluster, clusters by entity).
    private static func grouped(_ spellings: [Spelling], clusters: [String],
                                outer: (Spelling, String) -> String, inner: (Spelling, String) -> String)
        -> [(key: String, members: [(key: String, texts: [String])])] {
        var groups: [(key: String, members: [(key: String, texts: [String])])] = []
        var position: [String: Int] = [:]
        for (spelling, cluster) in zip(spellings, clusters) {
            let (o, i) = (outer(spelling, cluster), inner(spelling, cluster))
            let g = position[o] ?? {
                groups.append((o, []))
                position[o] = groups.count - 1
                return groups.count - 1
            }()
            if let m = groups[g].members.firstIndex(where: { $0.key == i }) {
                groups[g].members[m].texts.append(spelling.text)
            } else {
                groups[g].members.append((i, [spelling.text]))
            }
        }
        return groups
    }

    /// Each gold entity whose spellings ended in more than one cluster, its spellings grouped by cluster:
    /// a compact list of misses for a large table.
    static func splitEntities(_ spellings: [Spelling], clusters: [String]) -> [String] {
        grouped(spellings, clusters: clusters, outer: { spelling, _ in spelling.entity }, inner: { _, cluster in cluster })
            .compactMap { entity in
                guard entity.members.count > 1 else { return nil }
                return "\(entity.key): " + entity.members.map { "[\($0.texts.joined(separator: ", "))]" }.joined(separator: " ")
            }
    }

    /// Each cluster holding spellings of more than one gold entity, its spellings grouped by entity,
    /// with the false pairs it makes: the compact list of a large table's wrong merges.
    static func falsePairClusters(_ spellings: [Spelling], clusters: [String]) -> [String] {
        grouped(spellings, clusters: clusters, outer: { _, cluster in cluster }, inner: { spelling, _ in spelling.entity })
            .compactMap { cluster in
                let members = cluster.members
                guard members.count > 1 else { return nil }
                let sizes = members.map(\.texts.count)
                let total = sizes.reduce(0, +)
                let pairs = (total * total - sizes.map { $0 * $0 }.reduce(0, +)) / 2
                return "\(pairs) false pairs: " + members.map { "\($0.key) [\($0.texts.joined(separator: ", "))]" }.joined(separator: " + ")
            }
    }

    /// The sentence each spelling is put in: one article per spelling, so that only the batch-wide
    /// clustering (not in-article linking) can join two spellings.
    static func sentence(_ spelling: String) -> String { "On Monday, \(spelling) said that talks would go on." }

    /// Each spelling's cluster, found by running the stage over one article per spelling.
    static func clusters(_ spellings: [Spelling], stage: NameNormalizer = try! NameNormalizer(options: .init())) throws -> [String] {
        try evaluate(spellings, stage: stage).clusters
    }

    /// Each spelling's cluster, and which spellings of people are one word once titles are set
    /// aside (`Atambayev`, `President Japarov`, `Mr Mombekov`). The issue's guard lets such a
    /// mention join a person only through a full name in its own article, and in the table each
    /// spelling is an article of its own: the pairs of such a spelling with a fuller one are misses
    /// by design, and a score without them (``scores(_:clusters:apart:)``) says how much of the
    /// rest is still missed.
    static func evaluate(
        _ spellings: [Spelling], stage: NameNormalizer = try! NameNormalizer(options: .init())
    ) throws -> (clusters: [String], lonePersonWords: [Bool]) {
        let context = StageContext(stageName: "names")
        var state = stage.emptyState()
        for (i, spelling) in spellings.enumerated() {
            stage.merge(&state, with: try stage.summarize(Document(id: "\(i)", text: sentence(spelling.text)), context: context))
        }
        let resolution = try stage.resolve(state)
        var lone: [Bool] = []
        let clusters = try spellings.enumerated().map { i, spelling in
            let names = try stage.detect(sentence(spelling.text), context: context)
            lone.append(
                spelling.entity.split(separator: "_").dropFirst().first == "per" && names.count == 1
                    && !names[0].surface.contains(" "))
            // A spelling the detector missed or split is a cluster of its own.
            // A final soft-sign apostrophe (Mariupol', GOST 7.79's Kazan`) is not part of the span: it
            // cannot be told from a closing quote.
            // Quotes around a party or newspaper name («Яблоко», "Ata-Meken") are not part of it either.
            var expected = String(spelling.text.reversed().drop(while: { "'’ʹ`".contains($0) }).reversed())
            if let open = expected.first, let close = expected.last, expected.count > 2,
                ["«»", "\"\"", "“”", "„“", "„”"].contains(String([open, close]))
            {
                expected = String(expected.dropFirst().dropLast())
            }
            guard names.count == 1, names[0].surface == expected || isTitled(expected, as: names[0]) else {
                return "unmatched:\(i)"
            }
            return resolution.cluster[names[0].entityKey] ?? "unresolved:\(i)"
        }
        return (clusters, lone)
    }

    /// Whether `spelling` is the detected name after titles the detector read as its own
    /// (`President Tokayev`, `Foreign Minister Lavrov`, `Gen. Zaluzhnyi`): the stage leaves titles
    /// out of a name's span and keeps them in ``DetectedName/titles``, so the spelling is found
    /// whole, as a name and its titles.
    static func isTitled(_ spelling: String, as name: DetectedName) -> Bool {
        guard !name.titles.isEmpty, spelling.hasSuffix(" " + name.surface) else { return false }
        let prefix = spelling.dropLast(name.surface.count + 1).split(separator: " ")
        return !prefix.isEmpty && prefix.allSatisfy { word in
            name.titles.contains(String(word.hasSuffix(".") ? word.dropLast() : word).lowercased())
        }
    }

    struct Scores: CustomStringConvertible {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var description: String {
            "pairwise P=\(String(format: "%.4f", precision)) R=\(String(format: "%.4f", recall)) F1=\(String(format: "%.4f", f1)) (TP \(truePositives), FP \(falsePositives), FN \(falseNegatives))"
        }
    }

    /// - Parameter apart: when given, a pair of one entity whose two spellings differ in it is left
    ///   out (see ``evaluate(_:stage:)``).
    static func scores(_ spellings: [Spelling], clusters: [String], apart: [Bool]? = nil) -> Scores {
        var scores = Scores()
        for i in spellings.indices {
            for j in spellings.indices where j > i {
                let gold = spellings[i].entity == spellings[j].entity
                if gold, let apart, apart[i] != apart[j] { continue }
                let predicted = clusters[i] == clusters[j]
                if gold && predicted { scores.truePositives += 1 }
                if !gold && predicted { scores.falsePositives += 1 }
                if gold && !predicted { scores.falseNegatives += 1 }
            }
        }
        return scores
    }

    /// Pairwise recall of each kind of entity, for tables whose ids name the kind
    /// (`kg_per_…`, `kz_loc_…`, `uz_org_…`): a total per kind, which says where a table's misses lie
    /// without printing them. Nil for a table whose ids do not all name a kind.
    static func recallByKind(_ spellings: [Spelling], clusters: [String]) -> String? {
        let kinds = spellings.map { spelling in ["per", "loc", "org"].first { spelling.entity.split(separator: "_").dropFirst().first == Substring($0) } }
        guard kinds.allSatisfy({ $0 != nil }) else { return nil }
        var found: [String: (hit: Int, all: Int)] = [:]
        for i in spellings.indices {
            for j in spellings.indices where j > i && spellings[i].entity == spellings[j].entity {
                found[kinds[i]!, default: (0, 0)].all += 1
                if clusters[i] == clusters[j] { found[kinds[i]!, default: (0, 0)].hit += 1 }
            }
        }
        return found.keys.sorted().map { kind in
            let (hit, all) = found[kind]!
            return "\(kind) \(hit)/\(all) = \(String(format: "%.3f", Double(hit) / Double(max(all, 1))))"
        }.joined(separator: ", ")
    }
}
