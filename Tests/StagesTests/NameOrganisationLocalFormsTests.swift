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
              // A lower-case word of the vocabulary that alone says nothing (English `bank`, the
              // region's function words: `del`) carries a transliterated name in sentence case on,
              // between a transliteration and more of the name (the detector's `isLinkingConcept`).
              (["Derzhavnyi bank Ukrainy", "State Bank of Ukraine"], true),
              (["Ministerstvo vnutrennikh del Respubliki Kazakhstan", "Министерство внутренних дел Республики Казахстан"], true),
              (["Derzhavnyi bank Ukrainy", "State Bank of Kazakhstan"], false),
              (["Ministerstvo vnutrennikh del Respubliki Kazakhstan", "Министерство внутренних дел Кыргызской Республики"], false),
              // A bureau and an anti-corruption body are the vocabulary's words too, and so is the
              // neuter of `national` (Russian национальное, Ukrainian національне).
              (["Antykoruptsiine biuro Ukrainy", "Антикоррупционное бюро Украины"], true),
              (["Національне бюро України", "Национальное бюро Украины"], true),
              (["Antykoruptsiine biuro Ukrainy", "Антикоррупционное бюро Казахстана"], false),
              // An ecological party is a word of the vocabulary too, in each language; another
              // country's, or a party of other words, stays apart.
              (["Экологическая партия Кыргызстана", "Ecological Party of Kyrgyzstan"], true),
              (["Qazaqstan Ekologik partiyasy", "Ecological Party of Kyrgyzstan"], false),
              (["Ecological Party of Kyrgyzstan", "Ecological Party of Kazakhstan"], false),
              (["Экологическая партия Кыргызстана", "Социал-демократическая партия Кыргызстана"], false),
          ])
    func localForms(_ texts: [String], joined: Bool) throws {
        if joined { try NameOrganisationTests.expectTogether(texts) } else { try NameOrganisationTests.expectApart(texts) }
    }

    /// The surfaces of the names the stage detects in `text`.
    static func detected(_ text: String) throws -> [String] {
        try NameNormalizer(options: .init()).detect(text, context: StageContext(stageName: "names")).map(\.surface)
    }

    @Test("a lower-case word of institutions that alone says nothing carries a name on only to more of it",
          arguments: [
              ("On Monday, Derzhavnyi bank Ukrainy said so.", "Derzhavnyi bank Ukrainy", true),
              // English in lower case after it: the name ends before it.
              ("On Monday, Ministerstvo finansov bank officials met.", "officials", false),
              // Not after a word that is no transliteration: `Sarybel bank Almaty` is two names.
              ("On Monday, Sarybel bank Almaty opened.", "bank Almaty", false),
          ])
    func linkingWordsLeaveEnglishAlone(_ text: String, _ part: String, _ inName: Bool) throws {
        #expect(try Self.detected(text).contains { $0.contains(part) } == inName)
    }

    @Test("a lower-case word spelt as the region's vocabulary ends a name unless a transliterated word of it follows")
    func regionalWordBeforeConcept() throws {
        #expect(try Self.detected("On Monday, Oʻzbekiston Ekologik demokratik partiyasi met.").contains("Oʻzbekiston Ekologik demokratik partiyasi"))
        let left = try Self.detected("On Monday, Oʻzbekiston Ekologik demokratik tuzum said so.")
        #expect(!left.contains { $0.contains("demokratik") })
    }
}
