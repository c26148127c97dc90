import Pipeline
import Testing
@testable import Stages

/// Composed cases of a person written surname first and of a lexicon place inside a longer name:
/// invented people and clubs of several countries, Latin and Cyrillic, one article per spelling as
/// in the gold tables.
@Suite("names stage: word order and the lexicon's places inside names")
struct NameWordOrderTests {
    @Test("a name read as no person joins its words with the first one moved to the end")
    func surnameFirstOthers() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Кравец Олег", "Олег Кравец", "Oleg Kravets",  // 0-2: Ukrainian, a surname of no known ending
            "Назри Фаррух", "Фаррух Назри", "Farrukh Nazri",  // 3-5: Tajik
            "Moldo Bakyt", "Bakyt Moldo",  // 6-7: Kyrgyz, in Latin
            "Сафо Ахмад Шариф", "Ахмад Шариф Сафо", "Ahmad Sharif Safo",  // 8-10: two given names
        ])
        NameNormalizerTests.expectJoined(found, [0...2, 3...5, 6...7, 8...10])
        #expect(Set([found[0], found[3], found[6], found[8]]).count == 4, "\(found)")
    }

    @Test("no join without the rotated name, with other words, or for a name read as a place")
    func surnameFirstOthersGuards() throws {
        // Other words in the other order; a word order that is no rotation of three words.
        let found = try NameNormalizerTests.matchedClusters(["Кравец Олег", "Olga Kravets", "Сафо Ахмад Шариф", "Шариф Ахмад Сафо"])
        #expect(Set(found).count == 4, "\(found)")
        // The same two words, one order read as a place by its article: a village and a man.
        let documents = try NameNormalizerTests.run(["They drove to the village of Sary Tash on Monday.", "On Monday, Tash Sary said that talks would go on."])
        let canonicals = documents.map { Set($0[NamesKey.self]?.map(\.canonical) ?? []) }
        #expect(canonicals[0].isDisjoint(with: canonicals[1]), "\(canonicals)")
    }

    @Test("a surname made of a father's name, written first, is the surname of the given name after it")
    func patronymicSurnameFirst() throws {
        // Composed: a Kazakh -uly and a Kyrgyz -uulu surname in the register's order, Cyrillic and Latin.
        let found = try NameNormalizerTests.matchedClusters([
            "Ерлан Сарыбайұлы", "Сарыбайұлы Ерлан", "Sarybaiuly Yerlan", "Yerlan Sarybaiuly",  // 0-3
            "Nurlan Tokonuulu", "Tokonuulu Nurlan",  // 4-5
        ])
        #expect(Set(found[0...3]).count == 1, "\(found)")
        #expect(found[4] == found[5] && found[4] != found[0], "\(found)")
        // Must not fire: a patronymic before a surname's strong ending is a name whose given name was
        // left out, and the surname stays last.
        let names = try NameNormalizerTests.names("On Monday, Sergeyevich Ivanov said so.")
        #expect(names.first.map { "\($0.entityKey)".contains("ivanov") } == true, "\(names)")
    }

    @Test("a person read in both orders (a given name in -ина) is one person")
    func surnameFirstPeople() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Алина Ковальчук", "Ковальчук Алина", "Alina Kovalchuk",  // 0-2
            "Марина Бондарчук", "Бондарчук Марина",  // 3-4
        ])
        NameNormalizerTests.expectJoined(found, [0...2, 3...4])
        #expect(found[0] != found[3], "\(found)")
        // Another given name in the other order is another person.
        let apart = try NameNormalizerTests.matchedClusters(["Алина Ковальчук", "Ковальчук Марина"])
        #expect(apart[0] != apart[1], "\(apart)")
    }

    @Test("a lexicon place inside a longer name is the place's canonical form")
    func lexiconWords() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Karpaty Lviv", "Karpaty Lvov", "Карпаты Львов",  // 0-2: a place in -ov read as a surname
            "Metalist Kharkiv", "Metallist Kharkov", "Металлист Харьков",  // 3-5
            "Kharkiv Tractor Plant", "Kharkov Tractor Plant",  // 6-7: the place first
            "Pakhtakor Tashkent", "Pakhtakor Toshkent",  // 8-9: Uzbek Latin
            "Arsenal Kyiv", "Arsenal Kiev", "Арсенал Киев",  // 10-12
        ])
        NameNormalizerTests.expectJoined(found, [0...2, 3...5, 6...7, 8...9, 10...12])
        #expect(Set([found[0], found[3], found[6], found[8], found[10]]).count == 5, "\(found)")
    }

    @Test("another place, or a place the lexicon does not list, keeps a name apart")
    func lexiconWordsGuards() throws {
        let found = try NameNormalizerTests.matchedClusters(["Arsenal Kyiv", "Arsenal Moscow", "Arsenal Kharkov", "Pakhtakor Tashkent", "Pakhtakor Samarkand"])
        #expect(Set(found).count == 5, "\(found)")
    }
}
