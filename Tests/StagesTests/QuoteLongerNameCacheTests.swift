import Testing
@testable import Stages

/// The quotes stage's answers that are cached for a document but depend on where they are asked:
/// whether a lone word ends a longer name written shortly before, and what the writer's own
/// possessives taught about a person's sex, read only when first asked.
@Suite("Quote attribution caches answer as if asked in any order")
struct QuoteLongerNameCacheTests {
    /// A composed report: `Okafor` alone right after `Chidi Okafor` (a longer name within reach),
    /// then again more than a pronoun's reach of filler later (none within reach), then once more
    /// after `Ngozi Okafor`.
    static let paragraphs = [
        "Chidi Okafor runs a bakery in the old market in Lagos.",
        "Okafor opened early on Monday.",
    ] + Array(repeating: "The market was busy that morning and the traders were loud.", count: 70) + [
        "Okafor closed late on Friday.",
        "Ngozi Okafor sells fabric two stalls down.",
        "Okafor waved across the lane.",
    ]

    private func attributor() throws -> (SpeakerAttributor, [Unicode.Scalar], [Range<Int>]) {
        let text = Array(Self.paragraphs.joined(separator: "\n").unicodeScalars)
        var lines: [Range<Int>] = []
        var start = 0
        for paragraph in Self.paragraphs {
            let end = start + paragraph.unicodeScalars.count
            lines.append(start..<end)
            start = end + 1
        }
        let lexicon = try QuoteAttributor(options: .init()).lexicon
        let attributor = SpeakerAttributor(text: text, lines: lines, quotations: [], lexicon: lexicon, names: nil, maxPronounParagraphs: 3)
        return (attributor, text, lines)
    }

    /// Each paragraph's opening `Okafor` alone, as a person of unknown sex.
    private func loneSurnames(_ text: [Unicode.Scalar], _ lines: [Range<Int>]) -> [SpeakerCandidate] {
        lines.filter { line in text[line].starts(with: "Okafor ".unicodeScalars) }.map { line in
            SpeakerCandidate(text: "Okafor", start: line.lowerBound, end: line.lowerBound + 6, kind: .person)
        }
    }

    @Test("whether a lone word ends a longer name before it does not depend on what was asked before", arguments: [
        "forward", "backward", "middle first", "last first, then forward",
    ])
    func longerNameAnswerIsOrderFree(order: String) throws {
        let (attributor, text, lines) = try attributor()
        let candidates = loneSurnames(text, lines)
        try #require(candidates.count == 3)
        // The answer each position has on its own, with no cache.
        let expected = candidates.map { attributor.endsLongerName(Array($0.text.unicodeScalars), before: $0.start) }
        // Within reach of `Chidi Okafor`, out of reach of it, within reach of `Ngozi Okafor`.
        #expect(expected == [true, false, true])
        let asked: [Int] = switch order {
        case "forward": [0, 1, 2]
        case "backward": [2, 1, 0]
        case "middle first": [1, 0, 2]
        default: [2, 0, 1, 2]
        }
        var answers: [Int: Bool] = [:]
        for i in asked {
            let answer = attributor.looksLikeName(candidates[i])
            if let earlier = answers[i] { #expect(earlier == answer) }
            answers[i] = answer
        }
        #expect((0..<3).map { answers[$0] } == expected)
    }

    @Test("the full names holding a word, searched on from where an earlier search stopped, are those one search finds")
    func fullNamesSearchedOnAreThoseFoundAtOnce() throws {
        let (fresh, text, lines) = try attributor()
        let last = lines[lines.count - 1].upperBound
        let atOnce = fresh.fullNames(containing: "Okafor", before: last).map(\.text)
        #expect(atOnce == ["Chidi Okafor", "Ngozi Okafor"])
        let (stepped, _, _) = try attributor()
        // Asked at each lone `Okafor` in turn, as the quotations of a report would, then at the end.
        for candidate in loneSurnames(text, lines) { _ = stepped.fullNames(containing: "Okafor", before: candidate.start) }
        #expect(stepped.fullNames(containing: "Okafor", before: last).map(\.text) == atOnce)
        // A nearer question after a further one keeps what the further search found.
        #expect(stepped.fullNames(containing: "Okafor", before: lines[1].lowerBound).map(\.text) == atOnce)
    }

    @Test("the possessive pass teaches at the first question about a sex, before any quotation is attributed")
    func possessivesTaughtWhenFirstAsked() throws {
        let text = "Aroha Ngata runs a bakery in the old market.\nAroha Ngata was watching from her garden on Sunday."
        let scalars = Array(text.unicodeScalars)
        let first = text.unicodeScalars.firstIndex(of: "\n").map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) } ?? 0
        let lines = [0..<first, (first + 1)..<scalars.count]
        let lexicon = try QuoteAttributor(options: .init()).lexicon
        let attributor = SpeakerAttributor(text: scalars, lines: lines, quotations: [], lexicon: lexicon, names: nil, maxPronounParagraphs: 3)
        let person = SpeakerCandidate(text: "Aroha Ngata", start: 0, end: 11, kind: .person)
        // Nothing else was asked before: the pass runs now, and `her garden` tells the sex.
        #expect(attributor.withLearnedGender(person).gender == .female)
        // A person of another name learns nothing from it.
        #expect(attributor.withLearnedGender(SpeakerCandidate(text: "Chidi Okafor", start: 0, end: 12, kind: .person)).gender == .unknown)
    }
}
