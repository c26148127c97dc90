import Foundation
import Pipeline
import Testing
@testable import Stages

/// One hand-written gold quotation: its words and its speaker (`nil` when the text names none).
struct GoldQuote: Sendable, Hashable {
    var quote: String
    var speaker: String?
}

/// A composed passage or a seed article with its gold quotations.
struct GoldPassage: Sendable, CustomTestStringConvertible {
    var id: String
    var pattern: String
    var text: String
    var quotes: [GoldQuote]
    var testDescription: String { "\(id) (\(pattern))" }
}

/// Reads the fixture files of `Fixtures/quotes` and scores predictions against them.
enum QuoteGold {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/quotes")
    static let seedsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds")

    /// Composed passages of `file` (`passages.txt`, `heldout.txt`).
    static func passages(_ file: String) -> [GoldPassage] {
        guard let text = try? String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8) else { return [] }
        return parse(text) { header, body in body.joined(separator: "\n").trimmingCharacters(in: .newlines) }
    }

    /// The seed articles with their gold.
    static func seeds() -> [GoldPassage] {
        guard let text = try? String(contentsOf: fixtures.appendingPathComponent("seeds-gold.txt"), encoding: .utf8) else { return [] }
        return parse(text) { header, _ in
            (try? String(contentsOf: seedsFolder.appendingPathComponent(header + ".txt"), encoding: .utf8)) ?? ""
        }
    }

    private static func parse(_ file: String, text makeText: (String, [String]) -> String) -> [GoldPassage] {
        var passages: [GoldPassage] = []
        var header: (id: String, pattern: String)? = nil
        var body: [String] = []
        var quotes: [GoldQuote] = []
        func flush() {
            if let header { passages.append(GoldPassage(id: header.id, pattern: header.pattern, text: makeText(header.id, body), quotes: quotes)) }
            body = []
            quotes = []
        }
        for line in file.components(separatedBy: "\n") {
            if line.hasPrefix("## ") {
                flush()
                let parts = line.dropFirst(3).components(separatedBy: " | ")
                header = (parts[0].trimmingCharacters(in: .whitespaces), parts.count > 1 ? parts[1] : "")
            } else if line.hasPrefix(">> ") {
                let parts = line.dropFirst(3).components(separatedBy: " || ")
                let speaker = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : "-"
                quotes.append(GoldQuote(quote: parts[0], speaker: speaker == "-" ? nil : speaker))
            } else if header != nil && quotes.isEmpty && !line.hasPrefix("#") {
                body.append(line)
            }
        }
        flush()
        return passages
    }

    /// Quote words compared with white space collapsed and without final punctuation.
    static func normalizedQuote(_ quote: String) -> String {
        let collapsed = quote.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        var scalars = Substring(collapsed)
        while let last = scalars.last, ",.;:".contains(last) { scalars.removeLast() }
        return String(scalars)
    }

    /// A speaker compared in lower case without a leading article or title; a shorter form of
    /// the same name (`Mombekov` or `Ryskeldi` for `Ryskeldi Mombekov`) counts as the same
    /// speaker, but only when the extra words are capitalized name parts (`by international
    /// observers` is wrong). Gold sets differ on a person named by the given name alone: some
    /// give the word of the text (`Timur`), some the full name.
    static func speakersMatch(_ gold: String?, _ predicted: String?) -> Bool {
        guard let gold, let predicted else { return gold == nil && predicted == nil }
        let articles: Set<String> = ["the", "a", "an", "one", "mr", "mrs", "ms", "dr", "president"]
        func words(_ s: String) -> [String] {
            var words = s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            while let first = words.first, articles.contains(first.lowercased()), words.count > 1 { words.removeFirst() }
            return words
        }
        let g = words(gold), p = words(predicted)
        if g.map({ $0.lowercased() }) == p.map({ $0.lowercased() }) { return true }
        let (short, long) = g.count < p.count ? (g, p) : (p, g)
        guard !short.isEmpty else { return false }
        let shortWords = short.map { $0.lowercased() }
        if long.suffix(short.count).map({ $0.lowercased() }) == shortWords {
            return long.prefix(long.count - short.count).allSatisfy { $0.first?.isUppercase == true }
        }
        if long.prefix(short.count).map({ $0.lowercased() }) == shortWords {
            return long.suffix(long.count - short.count).allSatisfy { $0.first?.isUppercase == true }
        }
        return false
    }

    /// A speaker written as a name (every word capitalised but for particles) or a description.
    static func shape(_ speaker: String) -> String {
        let words = speaker.split(separator: " ")
        let named = words.filter { $0.first?.isUppercase == true }.count
        return named * 2 > words.count && words.first?.first?.isUppercase == true ? "name" : "description"
    }

    /// Detection and speaker scores over passages.
    struct Score: CustomStringConvertible {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var speakerCorrect = 0
        /// The wrong speakers by kind, totals that say where an unseen set's misses lie without
        /// printing them: another speaker named, none found where the gold has one, and one given
        /// to words nobody says.
        var wrongSpeaker = 0, noSpeaker = 0, speakerForNobody = 0
        /// Another speaker named, by the shapes of the gold and the found speaker: a name
        /// (capitalised words) or a description (`the ministry`, `a resident`), as `name>description`.
        var wrongByShape: [String: Int] = [:]
        var misses: [String] = []
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var speakerAccuracy: Double { Double(speakerCorrect) / Double(max(1, truePositives)) }
        var description: String {
            String(format: "detection P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d); speaker accuracy %.3f (%d/%d); misses: %d another speaker, %d none, %d for nobody's words",
                   precision, recall, f1, truePositives, falsePositives, falseNegatives, speakerAccuracy, speakerCorrect, truePositives,
                   wrongSpeaker, noSpeaker, speakerForNobody)
                + " (" + wrongByShape.keys.sorted().map { "\($0) \(wrongByShape[$0]!)" }.joined(separator: ", ") + ")"
        }
    }

    static func score(_ passages: [GoldPassage], stage: QuoteAttributor) -> Score {
        var score = Score()
        for passage in passages {
            let predicted = stage.quotes(in: passage.text, sentences: nil, names: nil)
            var unmatched = predicted
            for gold in passage.quotes {
                if let index = unmatched.firstIndex(where: { normalizedQuote($0.quote) == normalizedQuote(gold.quote) }) {
                    score.truePositives += 1
                    if speakersMatch(gold.speaker, unmatched[index].speaker) {
                        score.speakerCorrect += 1
                    } else {
                        switch (gold.speaker, unmatched[index].speaker) {
                        case (nil, _): score.speakerForNobody += 1
                        case (_, nil): score.noSpeaker += 1
                        case let (gold?, found?):
                            score.wrongSpeaker += 1
                            score.wrongByShape["\(shape(gold))>\(shape(found))", default: 0] += 1
                        }
                        score.misses.append("\(passage.id): speaker of \"\(gold.quote)\": expected \(gold.speaker ?? "nil"), got \(unmatched[index].speaker ?? "nil")")
                    }
                    unmatched.remove(at: index)
                } else {
                    score.falseNegatives += 1
                    score.misses.append("\(passage.id): missed \"\(gold.quote)\"")
                }
            }
            score.falsePositives += unmatched.count
            for extra in unmatched { score.misses.append("\(passage.id): spurious \"\(extra.quote)\"") }
        }
        return score
    }
}
