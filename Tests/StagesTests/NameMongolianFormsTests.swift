import Pipeline
import Testing
@testable import Stages

/// Composed cases of Mongolian personal names (invented people): a Mongol is named by a given name
/// and a patronymic, which the press writes in the genitive before the given name (Tsakhiagiin
/// Elbegdorj, Цахиагийн Элбэгдорж), in the nominative (Tsakhia Elbegdorj), or after it in the
/// western order (Elbegdorj Tsakhia).
@Suite("names stage: Mongolian patronymics")
struct NameMongolianFormsTests {
    @Test("a patronymic in the genitive before the given name is the patronymic written bare")
    func genitivePatronymic() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Dorjsurengiin Altangerel", "Dorjsuren Altangerel", "Доржсүрэнгийн Алтангэрэл",  // 0-2 (-giin after n)
            "Bayarkhuugiin Tuvshin", "Bayarkhuu Tuvshin", "Баярхүүгийн Түвшин",  // 3-5 (-giin after a vowel)
            "Batbaataryn Enkhjin", "Batbaatar Enkhjin", "Батбаатарын Энхжин",  // 6-8 (-yn)
            "Ganbatyn Solongo", "Ganbat Solongo",  // 9-10
            "Ochirbatiin Saruul", "Ochirbat Saruul", "Очирбатийн Саруул",  // 11-13 (-iin)
            "Ganbat Tuvshin",  // 14 another person: the given name must be the same
        ])
        NameNormalizerTests.expectJoined(found, [0...2, 3...5, 6...8, 9...10, 11...13])
        #expect(Set([found[0], found[3], found[6], found[9], found[11], found[14]]).count == 6, "\(found)")
    }

    @Test("a genitive ending is read only on the first of two words, not on a name of another kind or language")
    func onlyMongolianOrder() throws {
        // A Russian surname in -yn/-in first (register order) and a place stay as they were.
        let found = try NameNormalizerTests.matchedClusters(["Kalinin Oleg", "Kalin Oleg", "Berlin Wall", "Berl Wall"])
        #expect(Set(found).count == 4, "\(found)")
    }
}
