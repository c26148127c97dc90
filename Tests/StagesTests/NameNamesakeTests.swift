import Testing
@testable import Stages

/// Composed cases of an institution named with and without whom it is named after
/// (namesake-words.txt, ``NameClusterer/withoutNamesake(_:)``): invented namesakes around general
/// vocabulary, none of the gold's strings.
@Suite("names stage: an institution's namesake")
struct NameNamesakeTests {
    @Test("an institution's name with its namesake, after имени or before номидаги, joins its names without it; another country's body and the namesake alone stay apart",
          arguments: [
              (["Национальная академия Казахстана имени Сарыбека Ташенова", "National Academy of Kazakhstan"], true),
              (["Национальная академия Казахстана им. Сарыбека Ташенова", "Национальная академия Казахстана"], true),
              (["Сарибек Тошев номидаги Ўзбекистон Давлат университети", "State University of Uzbekistan"], true),
              // Another country's body of the same words.
              (["Национальная академия Казахстана имени Сарыбека Ташенова", "National Academy of Kyrgyzstan"], false),
              (["Сарибек Тошев номидаги Ўзбекистон Давлат университети", "State University of Tajikistan"], false),
              // The namesake is a person, never the institution.
              (["Национальная академия Казахстана имени Сарыбека Ташенова", "Сарыбек Ташенов"], false),
          ])
    func namesake(_ texts: [String], joined: Bool) throws {
        if joined { try NameOrganisationTests.expectTogether(texts) } else { try NameOrganisationTests.expectApart(texts) }
    }
}
