import Pipeline
import Testing
@testable import Stages

/// Composed cases of an organisation's local and transliterated names read as its concepts
/// (``NameClusterer/concept(ofWord:)``, ``NameClusterer/countryHead(of:)``, and the detector's
/// `isRegionalWordBeforeConcept`, ``NameRules/regionalLatinWords``): general vocabulary
/// written in new combinations, none of the gold's strings.
@Suite("names stage: organisations' local forms")
struct NameOrganisationLocalFormsTests {
    @Test("a transliterated official name, or one naming the state first (its formal name, or its bare name before general vocabulary ending in the possessive), joins its translation; another country's stays apart",
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
              // The country's own name first, before words of the vocabulary ending in the possessive.
              (["Oʻzbekiston Davlat bojxona qoʻmitasi", "State Customs Committee of Uzbekistan"], true),
              (["Қазақстан Демократиялық партиясы", "Democratic Party of Kazakhstan"], true),
              (["Ўзбекистон Миллий хавфсизлик хизмати", "National Security Service of Uzbekistan"], true),
              (["Қазақстан Демократиялық партиясы", "Democratic Party of Kyrgyzstan"], false),
              (["Oʻzbekiston Davlat bojxona qoʻmitasi", "State Customs Committee of Kazakhstan"], false),
              // A proper word in the name: the country's name is the name's own word.
              (["Oʻzbekiston Sarybel banki", "Sarybel Bank of Uzbekistan"], false),
              // A word of the region's languages in lower case spelt as no English word, before a
              // transliterated word of the vocabulary, is the name's: `ishlar` adds no concept, and
              // `demokratik`'s key is `democratic`'s.
              (["Oʻzbekiston Respublikasi Ichki ishlar vazirligi", "Ministry of Internal Affairs of the Republic of Uzbekistan"], true),
              (["Oʻzbekiston Ekologik demokratik partiyasi", "Ўзбекистон Экологик демократик партияси"], true),
              (["Oʻzbekiston Respublikasi Ichki ishlar vazirligi", "Oʻzbekiston Respublikasi Tashqi ishlar vazirligi"], false),
          ])
    func localForms(_ texts: [String], joined: Bool) throws {
        if joined { try NameOrganisationTests.expectTogether(texts) } else { try NameOrganisationTests.expectApart(texts) }
    }

    @Test("a lower-case word spelt as the region's vocabulary ends a name unless a transliterated word of it follows")
    func regionalWordBeforeConcept() throws {
        let stage = try NameNormalizer(options: .init())
        let context = StageContext(stageName: "names")
        let kept = try stage.detect("On Monday, Oʻzbekiston Ekologik demokratik partiyasi met.", context: context).map(\.surface)
        #expect(kept.contains("Oʻzbekiston Ekologik demokratik partiyasi"))
        let left = try stage.detect("On Monday, Oʻzbekiston Ekologik demokratik tuzum said so.", context: context).map(\.surface)
        #expect(!left.contains { $0.contains("demokratik") })
    }
}
