import Foundation
import Testing
import Pipeline
import PipelineTesting
@testable import Stages

@Suite("QuoteAttributor")
struct QuoteAttributorTests {
    static let stage = try! QuoteAttributor(options: .init())

    @Test("every composed passage: each quotation found with its speaker", arguments: QuoteGold.passages("passages.txt"))
    func passage(_ passage: GoldPassage) {
        let predicted = Self.stage.quotes(in: passage.text, sentences: nil, names: nil)
        #expect(predicted.map { QuoteGold.normalizedQuote($0.quote) } == passage.quotes.map { QuoteGold.normalizedQuote($0.quote) })
        for (gold, found) in zip(passage.quotes, predicted) {
            #expect(QuoteGold.speakersMatch(gold.speaker, found.speaker), "\"\(gold.quote)\": expected \(gold.speaker ?? "nil"), got \(found.speaker ?? "nil")")
        }
    }

    @Test("composed passages are at least 40")
    func enoughPassages() {
        #expect(QuoteGold.passages("passages.txt").count >= 40)
    }

    @Test("seed articles: detection F1 and speaker accuracy")
    func seeds() {
        let seeds = QuoteGold.seeds()
        #expect(seeds.count == 5)
        #expect(seeds.allSatisfy { !$0.text.isEmpty })
        let score = QuoteGold.score(seeds, stage: Self.stage)
        print("quotes seeds: \(score)")
        for miss in score.misses { print("  \(miss)") }
        #expect(score.f1 >= 0.97)
        #expect(score.speakerAccuracy >= 0.9)
    }

    @Test("composed passages: detection F1 and speaker accuracy")
    func passageScores() {
        let score = QuoteGold.score(QuoteGold.passages("passages.txt"), stage: Self.stage)
        print("quotes passages: \(score)")
        for miss in score.misses { print("  \(miss)") }
        #expect(score.f1 >= 0.97)
        #expect(score.speakerAccuracy >= 0.9)
    }
}

@Suite("QuoteAttributor held-out")
struct QuoteAttributorHeldOutTests {
    @Test("held-out passages: detection F1 and speaker accuracy")
    func heldOut() throws {
        let stage = try QuoteAttributor(options: .init())
        let passages = QuoteGold.passages("heldout.txt")
        #expect(passages.count >= 30)
        let score = QuoteGold.score(passages, stage: stage)
        print("quotes held-out: \(score)")
        for miss in score.misses { print("  \(miss)") }
        #expect(score.f1 >= 0.97)
        #expect(score.speakerAccuracy >= 0.9)
    }
}

/// Blind set A (`blind-a.txt`), written before any rule was tuned for it. Blind first score:
/// detection F1 1.000, speaker accuracy 108/139 = 0.777; after general fixes for its misses
/// 137/139 (the rest: an organisation's role noun `the company`, a name given after `one
/// resident`); 138/139 with the organisation descriptions of set E (b18's gold now the
/// ministry's name, the convention of set E).
@Suite("QuoteAttributor blind set A")
struct QuoteAttributorBlindATests {
    @Test("blind set A: detection F1 and speaker accuracy")
    func blindA() throws {
        let stage = try QuoteAttributor(options: .init())
        let passages = QuoteGold.passages("blind-a.txt")
        #expect(passages.count >= 80)
        let score = QuoteGold.score(passages, stage: stage)
        print("quotes blind A: \(score)")
        for miss in score.misses { print("  \(miss)") }
        #expect(score.f1 >= 0.97)
        #expect(score.speakerAccuracy >= 0.95)
    }
}

/// Blind set B (`blind-b.txt`), written after the fixes for set A and scored before any rule was
/// changed for it: the honest estimate. Blind first score: detection F1 1.000,
/// speaker accuracy 42/56 = 0.750; 55/56 after general fixes for its misses (left: `asks the
/// minister …, "…," he replies`, where `he` is the one asked).
@Suite("QuoteAttributor blind set B")
struct QuoteAttributorBlindBTests {
    @Test("blind set B: detection F1 and speaker accuracy")
    func blindB() throws {
        let stage = try QuoteAttributor(options: .init())
        let passages = QuoteGold.passages("blind-b.txt")
        #expect(passages.count >= 40)
        let score = QuoteGold.score(passages, stage: stage)
        print("quotes blind B: \(score)")
        for miss in score.misses { print("  \(miss)") }
        #expect(score.f1 >= 0.97)
        #expect(score.speakerAccuracy >= 0.95)
    }
}

/// Blind set C (`blind-c.txt`), written after the fixes for sets A and B and scored before any
/// rule was changed for it: the honest estimate. Blind first score: detection F1 1.000, speaker
/// accuracy 36/50 = 0.720 (12 of the 14 misses no speaker, 2 a wrong or vaguer one); 49/50 after
/// general fixes for its misses (left: `The firm said` for a company named before); 50/50 with
/// the organisation descriptions of set E.
@Suite("QuoteAttributor blind set C")
struct QuoteAttributorBlindCTests {
    @Test("blind set C: detection F1 and speaker accuracy")
    func blindC() throws {
        let stage = try QuoteAttributor(options: .init())
        let passages = QuoteGold.passages("blind-c.txt")
        #expect(passages.count >= 40)
        let score = QuoteGold.score(passages, stage: stage)
        print("quotes blind C: \(score)")
        for miss in score.misses { print("  \(miss)") }
        #expect(score.f1 >= 0.97)
        #expect(score.speakerAccuracy >= 0.95)
    }
}

/// Blind set D (`blind-d.txt`), written after the fixes for sets A, B and C and scored before
/// any rule was changed for it: the honest estimate. Blind first score: detection F1 1.000,
/// speaker accuracy 41/52 = 0.788 (7 of the 11 misses no speaker, 4 a wrong or cut-short one);
/// 47/52 after general fixes (left: `A sign on the door read`, `Lawyers for the company`, a
/// translated passive `it is noted`, `The Kyrgyz and Tajik governments … They`, a quotation after
/// a sentence with no cue); 48/52 after the structural mechanisms of set E (the quotation after
/// a sentence with no cue).
@Suite("QuoteAttributor blind set D")
struct QuoteAttributorBlindDTests {
    @Test("blind set D: detection F1 and speaker accuracy")
    func blindD() throws {
        let stage = try QuoteAttributor(options: .init())
        let passages = QuoteGold.passages("blind-d.txt")
        #expect(passages.count >= 40)
        let score = QuoteGold.score(passages, stage: stage)
        print("quotes blind D: \(score)")
        for miss in score.misses { print("  \(miss)") }
        #expect(score.f1 >= 0.97)
        #expect(score.speakerAccuracy >= 0.92)
    }
}

/// Blind set E (`blind-e.txt`): whole articles written by someone who never saw the stage, scored
/// before any rule was changed for them. Blind first score: detection F1 0.994 (2 quotations
/// missed), speaker accuracy 127/163 = 0.779: 13 speakers that are not noun phrases (`Sentencing`,
/// `Turnout was 69`, `for Tajikistan Kanako Watanabe`), 11 nulls (an interview's answers, a
/// speaker introduced after a colon in the previous paragraph), 8 organisations given by their
/// short form (`the ministry` for the ministry named earlier), the rest wrong people. After
/// structural mechanisms (not per-construction fixes): a speaker validator (no clause, no
/// prepositional phrase, no lone participle, no bare singular noun; time adverbials cut),
/// definite descriptions of organisations and statements resolved to the name, the indefinite
/// phrase a definite common noun refers to, repeated quotations, and a quotation after a sentence
/// about someone, subjects read past chains of introductory phrases and through coordinated
/// verbs: 153/163 = 0.939.
@Suite("QuoteAttributor blind set E")
struct QuoteAttributorBlindETests {
    @Test("blind set E: detection F1 and speaker accuracy")
    func blindE() throws {
        let stage = try QuoteAttributor(options: .init())
        let passages = QuoteGold.passages("blind-e.txt")
        #expect(passages.count >= 30)
        let score = QuoteGold.score(passages, stage: stage)
        print("quotes blind E: \(score)")
        for miss in score.misses { print("  \(miss)") }
        #expect(score.f1 >= 0.97)
        #expect(score.speakerAccuracy >= 0.93)
    }
}

/// Blind set F (`blind-f.txt`): whole articles written by someone who never saw the stage, scored
/// before any rule was changed for them, after the fixes for sets A-E. Blind first score: detection
/// F1 0.992, speaker accuracy 162/198 = 0.818. Seven misses were one bug (`said Ms. Marchenko`,
/// `said Dr. Meerim Abdyldaeva`, `Cllr`/`Akim` titles kept in the name), fixed: 169/198 = 0.854.
/// Left: people named after an anonymous introduction (`A boy named Maksym`, `a resident,
/// Liudmyla`), organisation names cut short (`the press service`, `the center`), an acronym for an
/// organisation named earlier, partial quotes whose cue is a noun (`the jury praised its "…"`).
@Suite("QuoteAttributor blind set F")
struct QuoteAttributorBlindFTests {
    @Test("blind set F: detection F1 and speaker accuracy")
    func blindF() throws {
        let stage = try QuoteAttributor(options: .init())
        let passages = QuoteGold.passages("blind-f.txt")
        #expect(passages.count >= 30)
        let score = QuoteGold.score(passages, stage: stage)
        print("quotes blind F: \(score)")
        for miss in score.misses { print("  \(miss)") }
        #expect(score.f1 >= 0.97)
        #expect(score.speakerAccuracy >= 0.85)
    }
}
