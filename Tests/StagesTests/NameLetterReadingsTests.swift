import Pipeline
import Testing
@testable import Stages

/// Composed cases of letters the Russian form of a name writes another way (letter-readings.txt):
/// invented names, so they test the mechanism and none of a gold table's strings.
@Suite("names stage: letters read as the Russian form writes them")
struct NameLetterReadingsTests {
    @Test("a Latin s where Russian hears з joins the one entity the reading as z gives")
    func voicedS() throws {
        // Between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g.
        try NameOrganisationTests.expectTogether(["Baisa Ormonova", "Baiza Ormonova", "Байза Ормонова"])
        try NameOrganisationTests.expectTogether(["Temirasbek Sadykov", "Temirazbek Sadykov", "Темиразбек Садыков"])
        try NameOrganisationTests.expectTogether(["Kamil Tursunsoda", "Kamil Tursunzoda", "Камил Турсунзода"])
        try NameOrganisationTests.expectTogether(["Tolosen", "Tolozen", "Толозен"])
        // Must not fire: an s opening a word, a doubled s, or one by a voiceless consonant is с.
        try NameOrganisationTests.expectApart(["Samir Bekov", "Zamir Bekov"])
        try NameOrganisationTests.expectApart(["Kassym Ormonov", "Kazym Ormonov"])
        try NameOrganisationTests.expectApart(["Aspara", "Azpara"])
        // Nor with another given name, nor where the reading gives two entities.
        try NameOrganisationTests.expectApart(["Baisa Ormonova", "Aida Ormonova"])
        let two = try NameNormalizerTests.clusters(["Nurasbek Tolosov", "Nurazbek Tolosov", "Nurasbek Tolozov"])
        #expect(Set(two).count == 3, "\(two)")
    }

    @Test("a row whose Cyrillic spellings agree on the hyphen takes a reading though a Latin one joins the words")
    func hyphenSettledByCyrillic() throws {
        // A Latin writer joins the hyphenated name (Sarykul); the Cyrillic spellings keep its hyphen.
        try NameOrganisationTests.expectTogether(["Sary-Kul", "Sarykul", "Сары-Куль", "Sary-Köl", "Сары-Көл"])
        // Must not fire: Cyrillic spellings with and without the hyphen may be two places.
        let two = try NameNormalizerTests.clusters(["Сарыкуль", "Сары-Куль", "Sarykul", "Sary-Köl"])
        #expect(two[3] != two[0], "\(two)")
    }

    @Test("readings that give two entities join once another reading has made them one")
    func readingsInRounds() throws {
        // Töktön reads as Tuktön and as Tukten; Tuktön reads as Tukten alone and joins it first.
        try NameOrganisationTests.expectTogether(["Töktön", "Tuktön", "Tukten", "Туктен"])
        // Must not fire: two people no reading joins stay two, and the name that reads as both apart.
        let two = try NameNormalizerTests.clusters(["Aibek Töktönov", "Aibek Tuktenov", "Aibek Tektunov"])
        #expect(Set(two).count == 3, "\(two)")
    }
}
