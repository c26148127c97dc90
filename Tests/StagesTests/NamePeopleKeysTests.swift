import Pipeline
import Testing
@testable import Stages

/// Composed cases of one person's surname in the spellings Central Asian names take (Russian я
/// written a, a Kazakh surname with -uly added) and in passport order. Invented people, one article
/// per spelling as in the gold tables.
@Suite("names stage: a person's surname across spellings")
struct NamePeopleKeysTests {
    @Test("я after a consonant and before a vowel may be written a: Tillyaeva, Tillaeva")
    func yaBeforeVowel() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Dilnoza Temirlyaeva", "Dilnoza Temirlaeva", "Dilnoza Temirlyayeva", "Дильноза Темирляева",  // 0-3
            "Maria Temirbekova", "Mara Temirbekova",  // 4-5: a final я is a letter of its own
        ])
        NameNormalizerTests.expectJoined(found, [0...3])
        #expect(found[4] != found[5], "\(found)")
    }

    @Test("и before я before a vowel keeps its i: Зияев is not Заев, nor Мирзияев Мирзаев")
    func iBeforeYaBeforeVowel() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Rustam Ziyaev", "Rustam Ziyayev", "Рустам Зияев", "Rustam Ziiaev",  // 0-3 (Uzbek)
            "Rustam Zaev", "Рустам Заев", "Rustam Zayev",  // 4-6
            "Daniyar Kaliyaev", "Данияр Калияев",  // 7-8 (Kazakh)
            "Daniyar Kalaev", "Данияр Калаев",  // 9-10
            "Фаррух Мирзияев", "Farrukh Mirziyaev",  // 11-12 (Tajik)
            "Фаррух Мирзаев", "Farrukh Mirzaev",  // 13-14
            // Not fired: я written a after a consonant (Temirlyaeva), and и before я before a consonant.
            "Dilnoza Temirlyaeva", "Dilnoza Temirlaeva",  // 15-16
            "Ruslan Iliyasov", "Ruslan Ilyasov",  // 17-18
        ])
        NameNormalizerTests.expectJoined(found, [0...3, 4...6, 7...8, 9...10, 11...12, 13...14, 15...16, 17...18])
        #expect(found[0] != found[4] && found[7] != found[9] && found[11] != found[13], "\(found)")
    }

    @Test("Ukrainian h for г joins a surname under a given name and its Russian equivalent: Yevhen Prihozhyn, Yevgeny Prigozhin")
    func ukrainianHForG() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Yevhen Temirhozhyn", "Yevgeny Temirgozhin", "Евгений Темиргожин",  // 0-2
            "Mykhailo Sarybahov", "Mikhail Sarybagov",  // 3-4
            "Oleg Temirgozhin",  // 5: a given name of another line of given-name-equivalents.txt
        ])
        NameNormalizerTests.expectJoined(found, [0...2, 3...4])
        #expect(found[5] != found[0] && found[3] != found[0], "\(found)")
        // A surname that differs by another letter than h for g stays apart under equivalent given names.
        let apart = try NameNormalizerTests.matchedClusters(["Yevhen Temirhozhyn", "Yevgeny Temirdozhin"])
        #expect(apart[0] != apart[1], "\(apart)")
    }

    @Test("a Kazakh surname with -uly added joins the bare surname under the same given name")
    func ulyAdded() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Kairat Temirbaldy", "Kairat Temirbaldyuly", "Кайрат Темирбалды",  // 0-2
            "Marat Temirbaldyuly",  // 3: another given name
        ])
        NameNormalizerTests.expectJoined(found, [0...2])
        #expect(found[3] != found[0], "\(found)")
        // The bare name, its Russian form and its -uly form: one person, not two candidates.
        let three = try NameNormalizerTests.matchedClusters(["Dimash Temirbergen", "Dimash Temirbergenov", "Dimash Temirbergenuly"])
        NameNormalizerTests.expectJoined(three, [0...2])
    }

    @Test("passport order with a Kazakh patronymic surname")
    func passportPatronymicSurname() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Zhanibek Temirkhanuly", "TEMIRKHANULY Zhanibek", "Жанибек Темирханулы",  // 0-2
            "Zhanibek Temirkhanovich",  // 3: a given name and a patronymic are no passport order
        ])
        NameNormalizerTests.expectJoined(found, [0...2])
        #expect(found[3] != found[0], "\(found)")
    }

    @Test("French -yne is the final -ын, and Alexandre is Aleksandr: Alexandre Kalitsyne, Aleksandr Kalitsyn")
    func frenchFinalYne() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Alexandre Kalitsyne", "Aleksandr Kalitsyn", "Александр Калицын",  // 0-2: Russian
            "Nourlan Baïtsyne", "Nurlan Baitsyn", "Нурлан Байцын",  // 3-5: Kazakh
            "Olexandr Kalitsyn",  // 6: the Ukrainian given name with the same surname
            "Alexandre Kalitsyna",  // 7: a woman's surname (-ына) is another person
            "Dwayne Kalitsyn",  // 8: an English -ayne is no -ын, and another given name
        ])
        NameNormalizerTests.expectJoined(found, [0...2, 3...5])
        #expect(found[6] == found[0], "\(found)")
        #expect(found[7] != found[0] && found[8] != found[0], "\(found)")
    }
}
