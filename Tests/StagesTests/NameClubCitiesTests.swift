import Testing
@testable import Stages

/// Composed cases of a one-word club joined to its name with a city after it
/// (``NameClusterer/joinClubsToCityNames(_:sets:)``): invented clubs and cities, none of the gold's.
@Suite("names stage: clubs and their cities")
struct NameClubCitiesTests {
    @Test("a one-word club joins the one club of its name with a city after it, written with the same sport's abbreviation",
          arguments: [
              ["FC Kyzylbel", "FC Kyzylbel Tashtak", "Kyzylbel Tashtak"],
              ["ФК Кызылбел", "Кызылбел Таштак", "ФК Кызылбел Таштак"],
              ["HC Ak-Tuz", "HC Ak-Tuz Korgon"],
              // The city's name of two words.
              ["FC Tolenbag", "FC Tolenbag Nizhny Kargat", "Tolenbag Nizhny Kargat"],
          ])
    func joined(_ texts: [String]) throws {
        try NameOrganisationTests.expectTogether(texts)
    }

    @Test("a one-word club joins its name with a city after it never written as a club when the batch writes that city alone",
          arguments: [
              (["FC Kyzylbel", "Kyzylbel Tashtak"], "Tashtak"),
              (["ФК Кызылбел", "Кызылбел Таштак"], "Таштак"),
              (["HC Ak-Tuz", "Ak-Tuz Korgon"], "Korgon"),
              (["FC Tolenbag", "Tolenbag Nizhny Kargat"], "Nizhny Kargat"),
          ])
    func joinedByWrittenCity(_ texts: [String], city: String) throws {
        let found = try NameNormalizerTests.matchedClusters(texts + [city]).prefix(texts.count)
        #expect(Set(found).count == 1, "\(found)")
    }

    @Test("a name with a place after it never written as a club stays apart from the one-word club unless that place alone is its city's name",
          arguments: [
              // The words after the first not written alone.
              (["FC Kyzylbel", "Kyzylbel Tashtak"], "Korgon"),
              // Two names with written cities: which one the club is, the batch does not say.
              (["FC Kyzylbel", "Kyzylbel Tashtak", "Kyzylbel Korgon"], "Tashtak, Korgon"),
              // Another sport's club of that name with the city, the city written alone or not.
              (["FC Kyzylbel", "HC Kyzylbel Tashtak"], "Tashtak"),
              // A surname written alone is no city: a man of the club's given name.
              (["FC Kairbek", "Kairbek Toktosunov"], "Toktosunov"),
          ])
    func apartWithoutWrittenCity(_ texts: [String], others: String) throws {
        let found = try NameNormalizerTests.matchedClusters(texts + others.split(separator: ", ").map(String.init)).prefix(texts.count)
        #expect(Set(found).count == texts.count, "\(found)")
    }

    @Test("a one-word club stays apart from a name with a city after it that is not one club of its sport",
          arguments: [
              // Two cities' clubs of that name: which one the bare club is, the batch does not say.
              ["FC Kyzylbel", "FC Kyzylbel Tashtak", "FC Kyzylbel Korgon"],
              // Another sport's club.
              ["FC Kyzylbel", "HC Kyzylbel Tashtak"],
              // Both sports' clubs of that city.
              ["FC Kyzylbel", "FC Kyzylbel Tashtak", "HC Kyzylbel Tashtak"],
              // Never written as a club: a market's, a man's or a city's name with a place after it.
              ["FC Kyzylbel", "Kyzylbel Tashtak"],
              // A word of places or bodies after the name is no city.
              ["FC Kyzylbel", "FC Kyzylbel River"],
          ])
    func apart(_ texts: [String]) throws {
        try NameOrganisationTests.expectApart(texts)
    }
}
