import Pipeline
import Testing
@testable import Stages

/// Composed cases of an organisation's local and transliterated names read as its concepts
/// (``NameClusterer/concept(ofWord:)``, ``NameClusterer/countryHead(of:)``): general vocabulary
/// written in new combinations, none of the gold's strings.
@Suite("names stage: organisations' local forms")
struct NameOrganisationLocalFormsTests {
    @Test("a transliterated official name, or one naming the state first, joins its translation; another country's stays apart",
          arguments: [
              // Words read by their key as the Russian or Ukrainian words they spell.
              (["Ministry of Energy of Kazakhstan", "Ministerstvo energetiki Kazakhstana"], true),
              (["State Customs Service of Ukraine", "Derzhavna mytna sluzhba Ukrainy"], true),
              (["Ministerstvo energetiki Kazakhstana", "Ministry of Energy of Kyrgyzstan"], false),
              // The Turkic languages' state named first in the genitive says the country, as a tail does.
              (["Қазақстан Республикасының Энергетика министрлігі", "Ministry of Energy of Kazakhstan"], true),
              (["Oʻzbekiston Respublikasi Madaniyat vazirligi", "Ministry of Culture of Uzbekistan"], true),
              (["Кыргыз Республикасынын Маданият министрлиги", "Министерство культуры Кыргызской Республики"], true),
              (["Қазақстан Республикасының Энергетика министрлігі", "Ministry of Energy of Kyrgyzstan"], false),
              (["Kyrgyz Respublikasynyn Madaniyat ministrligi", "Ministry of Culture of Kazakhstan"], false),
              // A lone transliterated word beside a proper name may be the name's own.
              (["Sarybel Radiosy", "Sarybel Gazetasy"], false),
          ])
    func localForms(_ texts: [String], joined: Bool) throws {
        if joined { try NameOrganisationTests.expectTogether(texts) } else { try NameOrganisationTests.expectApart(texts) }
    }
}
