import Pipeline
import Testing
@testable import Stages

/// Composed cases of a person's name after a lower-case role phrase ("former speaker", "opposition
/// leader", "Kremlin spokesman"): the phrase is the name's titles, so the spelling is found whole.
/// Invented people, one article per spelling as in the gold tables.
@Suite("names stage: a role phrase before a person's name")
struct NamePeopleRolesTests {
    @Test("a lower-case role phrase before a name is its titles, whole, and the name joins its bare form")
    func lowerCaseRolePhrase() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Bolot Usenbekov", "former speaker Bolot Usenbekov", "former deputy speaker Bolot Usenbekov",  // 0-2
            "opposition leader Bolot Usenbekov", "ousted president Bolot Usenbekov", "goalkeeper Bolot Usenbekov",  // 3-5
            "Nurlan Saparbekov", "first deputy prime minister Nurlan Saparbekov", "jailed opposition politician Nurlan Saparbekov",  // 6-8
            "ousted President Nurlan Saparbekov",  // 9
        ])
        NameNormalizerTests.expectJoined(found, [0...5, 6...9])
        #expect(found[0] != found[6], "\(found)")
        let names = try NameNormalizerTests.names("On Monday, former deputy speaker Bolot Usenbekov said so.")
        #expect(names.map(\.surface) == ["Bolot Usenbekov"])
        #expect(names.first?.titles == ["former", "deputy", "speaker"])
    }

    @Test("an ex- word keeps its title or role, or is a modifier; a nationality before a title or role phrase is a title too")
    func formerOfficesAndNationalities() throws {
        // Composed: one invented person under a former office's prefix, a nationality, and the press's
        // role nouns; a namesake of another given name stays apart.
        let found = try NameNormalizerTests.matchedClusters([
            "Dauren Kenzhebai", "ex-premier Dauren Kenzhebai", "ex-KNB chief Dauren Kenzhebai", "ex-commander-in-chief Dauren Kenzhebai",  // 0-3
            "экс-министр Даурен Кенжебай", "Kazakh President Dauren Kenzhebai", "Soviet leader Dauren Kenzhebai",  // 4-6
            "witness Dauren Kenzhebai", "billionaire Dauren Kenzhebai", "fugitive banker Dauren Kenzhebai", "ex-PM Dauren Kenzhebai",  // 7-10
            "Askhat Kenzhebai",  // 11
        ])
        NameNormalizerTests.expectJoined(found, [0...10])
        #expect(found[11] != found[0], "\(found)")
        let names = try NameNormalizerTests.names("On Monday, Kazakh President Dauren Kenzhebai said so.")
        #expect(names.map(\.surface) == ["Dauren Kenzhebai"])
        #expect(names.first?.titles == ["kazakh", "president"])
        // An ex- word alone before a name is a modifier, as `former` is: nothing.
        #expect(try NameNormalizerTests.names("On Monday, the ex-Yukos Dauren Kenzhebai spoke.").first?.titles == [])
    }

    @Test("a role phrase stops at a word that is no title, role or modifier, and a modifier alone is nothing")
    func rolePhraseBounds() throws {
        let said = try NameNormalizerTests.names("The opposition said coach Bolot Usenbekov would go.")
        #expect(said.map(\.surface) == ["Bolot Usenbekov"])
        #expect(said.first?.titles == ["coach"])
        let alone = try NameNormalizerTests.names("On Monday, the jailed Bolot Usenbekov spoke.")
        #expect(alone.map(\.surface) == ["Bolot Usenbekov"])
        #expect(alone.first?.titles == [])
    }

    @Test("a noun before a role word at a clause start is part of the role phrase; after a verb or a preposition it is not")
    func nounBeforeRoleWord() throws {
        // Composed: one invented person under compound role phrases ("gas tycoon"), another apart.
        let found = try NameNormalizerTests.matchedClusters([
            "Bolot Usenbekov", "gas tycoon Bolot Usenbekov", "tennis player Bolot Usenbekov",  // 0-2
            "investigative journalist Bolot Usenbekov", "local resident Bolot Usenbekov",  // 3-4
            "Nurlan Usenbekov", "chess champion Nurlan Usenbekov",  // 5-6
        ])
        NameNormalizerTests.expectJoined(found, [0...4, 5...6])
        #expect(found[0] != found[5], "\(found)")
        let names = try NameNormalizerTests.names("On Monday, gas tycoon Bolot Usenbekov said so.")
        #expect(names.map(\.surface) == ["Bolot Usenbekov"])
        #expect(names.first?.titles == ["gas", "tycoon"])
        // Must not fire: the word before the role is no clause start (a verb, a preposition).
        let met = try NameNormalizerTests.names("The minister met journalist Bolot Usenbekov on Monday.")
        #expect(met.first?.titles == ["journalist"])
        let with = try NameNormalizerTests.names("On Monday, talks with journalist Bolot Usenbekov went on.")
        #expect(with.first?.titles == ["journalist"])
        // Nor a common word at a clause start.
        let the = try NameNormalizerTests.names("On Monday, the journalist Bolot Usenbekov spoke.")
        #expect(the.first?.titles == ["journalist"])
    }

    @Test("a name saying whose office the role is goes to the titles with the role phrase, not a possessive or a full name")
    func officeBeforeRolePhrase() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Bolot Usenbekov", "Kremlin spokesman Bolot Usenbekov", "Tokmok mayor Bolot Usenbekov",  // 0-2
            "former KNB chief Bolot Usenbekov", "Supreme Court deputy chairman Bolot Usenbekov",  // 3-4
        ])
        NameNormalizerTests.expectJoined(found, [0...4])
        let office = try NameNormalizerTests.names("On Monday, Kremlin spokesman Bolot Usenbekov said so.")
        #expect(office.map(\.surface) == ["Bolot Usenbekov"])
        #expect(office.first?.titles == ["kremlin", "spokesman"])
        let possessive = try NameNormalizerTests.names("On Monday, Temirov's spokesman Bolot Usenbekov said so.")
        #expect(possessive.count == 2, "\(possessive.map(\.surface))")
        let person = try NameNormalizerTests.names("On Monday, Almaz Temirov adviser Bolot Usenbekov said so.")
        #expect(person.map(\.surface) == ["Almaz Temirov", "Bolot Usenbekov"])
    }
}
