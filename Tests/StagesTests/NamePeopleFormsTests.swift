import Pipeline
import Testing
@testable import Stages

/// Composed cases of one person written in the forms other languages give a given name, and in the
/// oblique cases of a Russian full name. Invented people, one article per spelling as in the gold tables.
@Suite("names stage: a person's given name across languages and cases")
struct NamePeopleFormsTests {
    static func clusters(_ texts: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String] {
        try NameNormalizerTests.matchedClusters(texts, sourceLocation: sourceLocation)
    }

    @Test("a given name in the forms other languages give it joins under one surname")
    func givenNamesAcrossLanguages() throws {
        let found = try Self.clusters([
            "Mikhail Temirbekov", "Mikheil Temirbekov", "Michel Temirbekov", "Michał Temirbekov",  // 0-3
            "Iosif Temirbekov", "Joseph Temirbekov", "Józef Temirbekov", "Ioseb Temirbekov",  // 4-7
            "Nikolai Temirbekov", "Nicolas Temirbekov", "Mikołaj Temirbekov",  // 8-10
            "Maksim Temirbekov", "Maxime Temirbekov",  // 11-12
            "Heydar Temirbekov", "Haydar Temirbekov",  // 13-14
            "Georgy Temirbekov", "Giorgi Temirbekov", "Jerzy Temirbekov",  // 15-17
            "Shavkat Temirbekov", "Şevket Temirbekov",  // 18-19
        ])
        NameNormalizerTests.expectJoined(found, [0...3, 4...7, 8...10, 11...12, 13...14, 15...17, 18...19])
        // Five people, not one: the groups never meet.
        #expect(Set([found[0], found[4], found[8], found[11], found[13], found[15], found[18]]).count == 7, "\(found)")
    }

    @Test("an equivalent given name never joins another surname, a spouse's form or a namesake an article names")
    func givenNamesAcrossLanguagesGuards() throws {
        let found = try Self.clusters(["Joseph Temirbekov", "Iosif Temirbekova", "Iosif Temirbaev", "Maxime Temirbekov", "Maksim Temirbekova"])
        #expect(Set(found).count == 5, "\(found)")
        let apart = try NameNormalizerTests.run(["Joseph Temirbekov and Iosif Temirbekov are namesakes.", "Joseph Temirbekov spoke."])
        #expect(Set(apart[0][NamesKey.self]?.map(\.canonical) ?? []).count == 2)
    }
}
