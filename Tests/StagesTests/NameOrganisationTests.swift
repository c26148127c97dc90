import Pipeline
import Testing
@testable import Stages

/// Composed cases of the organisation joins (``NameClusterer/joinOrganisationForms``): invented
/// organisations, so they test the mechanism and none of the gold's strings.
@Suite("names stage: organisations")
struct NameOrganisationTests {
    /// Each spelling's cluster when every spelling is an article of its own, as in the gold tables.
    static func clusters(_ texts: [String]) throws -> [String] { try NameNormalizerTests.clusters(texts) }

    /// Expects every spelling in a cluster of its own.
    static func expectApart(_ texts: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let found = try clusters(texts)
        #expect(Set(found).count == texts.count, "\(found)", sourceLocation: sourceLocation)
    }

    /// Expects every spelling matched to an entity and all of them in one cluster.
    static func expectTogether(_ texts: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let found = try NameNormalizerTests.matchedClusters(texts, sourceLocation: sourceLocation)
        #expect(Set(found).count == 1, "\(found)", sourceLocation: sourceLocation)
    }

    @Test("a transliterated name in sentence case keeps its words of railways, post and newspapers' truth")
    func sentenceCaseConceptWords() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Farg'ona temir yo'llari", "Farg'ona Temir Yo'llari", "Фаргона темир йўллари",  // 0-2: Uzbek
            "Zakhidna poshta", "Zakhidna Poshta", "Західна пошта",  // 3-5: Ukrainian
            "Sibirskaya pravda", "Sibirskaya Pravda", "Сибирская правда",  // 6-8: Russian
            "Bystraya pochta", "Bystraya Pochta", "Быстрая почта",  // 9-11: Russian
        ])
        NameNormalizerTests.expectJoined(found, [0...2, 3...5, 6...8, 9...11])
        #expect(Set([found[0], found[3], found[6], found[9]]).count == 4, "\(found)")
        // English words after a name stay out of it: post and railway are English too.
        try NameNormalizerTests.expectSurfaces("On Monday, the Karimov railway plan and the Ukrposhta post offices were closed.", ["Karimov", "Ukrposhta"])
    }

    @Test("a tail naming a country joins the name without it and the same country's other tails")
    func countryTail() throws {
        let found = try Self.clusters(["Sarybel Company of Kazakhstan", "Sarybel Company", "Sarybel Company Казахстана", "Сарыбел Компани РК"])
        #expect(Set(found).count == 1, "\(found)")
        #expect(!found[0].hasPrefix("unmatched"))
    }

    @Test("full names of general vocabulary join across languages when their concepts and country agree")
    func concepts() throws {
        let one = try Self.clusters([
            "Ministry of Foreign Affairs", "Министерство иностранных дел", "Supreme Court", "Верховный суд",
            "Federal Security Service", "Федеральная служба безопасности", "Central Election Commission of Kyrgyzstan",
            "Центральная избирательная комиссия Кыргызстана", "Ministry of Health of Ukraine", "Міністерство охорони здоров'я України",
            "State Security Service of Uzbekistan", "Davlat Xavfsizlik Xizmati",
        ])
        for pair in stride(from: 0, to: one.count, by: 2) { #expect(one[pair] == one[pair + 1], "\(pair) \(one)") }
        #expect(!one[0].hasPrefix("unmatched"), "\(one)")
        // Two countries' ministries, a national language's body and the bare English name, and a
        // renamed body (other words) stay apart.
        try Self.expectApart([
            "Ministry of Defence of Kazakhstan", "Ministry of Defence of Kyrgyzstan", "Жогорку Кеңеш", "Верховна Рада",
            "Supreme Council", "Ministry of Internal Affairs", "Ministry of Emergency Situations",
        ])
    }

    @Test("a proper name with general vocabulary joins its translations when the concepts and country agree")
    func conceptReadings() throws {
        let found = try Self.clusters([
            "Ata-Sarybel Socialist Party", "Socialist Party Ata-Sarybel", "Kolkha Information Agency", "Information Agency Kolkha",
            "Tolen Human Rights Centre", "Human Rights Center Tolen",
        ])
        for pair in stride(from: 0, to: found.count, by: 2) { #expect(found[pair] == found[pair + 1], "\(pair) \(found)") }
        #expect(Set(found).count == 3, "\(found)")
        #expect(!found[0].hasPrefix("unmatched"), "\(found)")
        // Other concepts, another country, or the bare name (a sister body's as often) stay apart.
        try Self.expectApart(["Kolkha Information Agency", "Kolkha University", "Georgian Kolkha Information Agency", "Kolkha"])
    }

    @Test("a place's Russian adjective in general vocabulary joins the place's name: Ошский государственный университет, Osh State University")
    func placeAdjectiveReadings() throws {
        // Kyrgyz, Tajik, Uzbek and Kazakh cities, their Russian adjectives made the ways NamePlaceStem reads:
        // -ский on the noun, on a noun in -a that it replaces, and with the -in- of Карагандинский.
        for pair in [
            ["Osh State University", "Ошский государственный университет"],
            ["Khujand State University", "Худжандский государственный университет"],
            ["Samarkand State University", "Самаркандский государственный университет"],
            ["Karaganda State University", "Карагандинский государственный университет"],
        ] {
            try Self.expectTogether(pair)
        }
        // Other concepts (national, not state), another city of a like sound (Taraz, Talas), and the
        // bare city stay apart.
        try Self.expectApart(["Naryn State University", "Нарынский национальный университет"])
        try Self.expectApart(["Talas State University", "Таразский государственный университет", "Osh", "Ошский государственный университет"])
    }

    @Test("a name the batch gives two countries stays apart, and so does its bare form")
    func twoCountries() throws {
        try Self.expectApart(["Green Union Party of Kyrgyzstan", "Green Union Party of Tajikistan", "Green Union Party"])
    }

    @Test("a country's name in the nominative is part of the name, and an acronym's tail never joins the bare acronym")
    func notTails() throws {
        try Self.expectApart(["Zhany Kyrgyzstan", "Zhany"])
        try Self.expectApart(["МЧС Беларуси", "МЧС"])
        // A place's initials are no acronym: Ak-Tal city (A, T, c) is not АТК.
        try Self.expectApart(["Ak-Tal city", "АТК"])
    }

    @Test("an acronym joins the one full name whose initials make it, in either script")
    func acronyms() throws {
        let found = try Self.clusters(["Служба охраны границ", "СОГ", "SOG", "Qoraqum Temir Yollari", "QTY", "TengriNurGaz", "TNG"])
        #expect(found[0] == found[1] && found[1] == found[2], "\(found)")
        #expect(found[3] == found[4], "\(found)")
        #expect(found[5] == found[6], "\(found)")
        #expect(Set(found).count == 3, "\(found)")
    }

    @Test("an acronym two full names could make joins neither")
    func ambiguousAcronym() throws {
        try Self.expectApart(["Berik Tau Kompaniyasy", "Bolat Temir Kombinaty", "BTK"])
    }

    @Test("a head word or legal form at the edge of an organisation's name joins its bare name")
    func headWords() throws {
        let found = try Self.clusters(["Radio Sarybel", "Sarybel", "Sarybel Media", "Sarybel OJSC", "Радио Сарыбел"])
        #expect(Set(found).count == 1, "\(found)")
        #expect(!found[0].hasPrefix("unmatched"))
    }

    @Test("a head word the batch also writes joined to the name is part of it: another body, named after the bare one")
    func headWordWrittenJoined() throws {
        let found = try Self.clusters(["Sarybel", "ПАО Сарыбел", "Sarybel Bank", "Sarybelbank", "Сарыбелбанк"])
        #expect(!found.contains { $0.hasPrefix("unmatched") }, "\(found)")
        #expect(found[0] == found[1] && found[2] == found[3] && found[3] == found[4], "\(found)")
        #expect(found[0] != found[2], "\(found)")
        let hyphenated = try Self.clusters(["Kaldyr", "Kaldyr Media", "Kaldyr-Media"])
        #expect(hyphenated[0] != hyphenated[1] && hyphenated[1] == hyphenated[2], "\(hyphenated)")
        // Written apart only, the head word is the body's kind and the bare name is the same body's.
        let apart = try Self.clusters(["Sarybel", "Sarybel Bank", "Сарыбел банк"])
        #expect(Set(apart).count == 1, "\(apart)")
    }

    @Test("a name hyphenated to a lower-case head word is one organisation's name, as the words written apart")
    func hyphenatedHeadWord() throws {
        try Self.expectTogether(["Tolenbai-bank", "Tolenbai Bank", "Толенбай-банк", "Толенбай банк"])
        try Self.expectTogether(["Kaldyr-media", "Kaldyr Media"])
        // Another lower-case part is no name's: the word is the sentence's.
        try NameNormalizerTests.expectSurfaces("Tolenbai-based and Kaldyr-backed groups met.", [])
    }

    @Test("a nationality before an acronym or an organisation's name says its country, as a tail does")
    func nationality() throws {
        let found = try Self.clusters([
            "Служба водных ресурсов Республики Казахстан", "СВР", "Kazakh SVR", "SVR of Kazakhstan", "СВР Казахстана",
            "Kyrgyz Justice Ministry", "Ministry of Justice of the Kyrgyz Republic", "Министерство юстиции Кыргызской Республики",
            "Tajik Justice Ministry",
        ])
        #expect(Set(found[0...4]).count == 1, "\(found)")
        #expect(Set(found[5...7]).count == 1, "\(found)")
        #expect(found[8] != found[5] && found[5] != found[0], "\(found)")
        #expect(!found.contains { $0.hasPrefix("unmatched") }, "\(found)")
        // A creed starts a name too, but says no country.
        let islamic = try NameNormalizerTests.names("He met the Islamic Unity Party leaders.")
        #expect(islamic.map(\.surface) == ["Islamic Unity Party"])
    }

    @Test("a ministry's domain before a word of institutions opens the institution's name, not a title (Justice Ministry of …)")
    func domainBeforeInstitution() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Justice Ministry of Tajikistan", "Ministry of Justice of the Republic of Tajikistan", "Министерство юстиции Республики Таджикистан",
            "Finance Ministry of Kazakhstan", "Ministry of Finance of Kazakhstan",
            "Justice Ministry of Kazakhstan", "Interior Ministry", "Ministry of Internal Affairs",
        ])
        NameNormalizerTests.expectJoined(found, [0...2, 3...4, 6...7])
        // Two countries' ministries of one domain, and two domains of one country, stay apart.
        #expect(Set([found[0], found[3], found[5], found[6]]).count == 4, "\(found)")
        // Before a person's name, or a title, the domain is still a title; an honorific stays one.
        let minister = try NameNormalizerTests.names("On Monday, Foreign Minister Erlan Sarybekov said so.")
        #expect(minister.map(\.surface) == ["Erlan Sarybekov"] && minister.first?.titles == ["foreign", "minister"], "\(minister)")
        try NameNormalizerTests.expectSurfaces("On Monday, Finance Minister Ruslan Kolkhaev said so.", ["Ruslan Kolkhaev"])
        let bank = try NameNormalizerTests.names("It was Mr Bank who paid.")
        #expect(bank.first?.kind != .organisation, "\(bank)")
    }

    @Test("the region's languages' state first (Kazakh republic in the nominative, a country's genitive, Tajik izafet heads, Kyrgyz боюнча) names the body's country")
    func localStateHeads() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Ўзбекистон Республикаси Ички ишлар вазирлиги", "Ministry of Internal Affairs of Uzbekistan",  // 0-1: Uzbek Cyrillic affairs
            "Қазақстан Республикасы Әділет министрлігі", "Ministry of Justice of Kazakhstan",  // 2-3: the republic in the nominative
            "Кыргыз Республикасынын Шайлоо боюнча борбордук комиссиясы", "Central Election Commission of Kyrgyzstan",  // 4-5: боюнча
            "Бонки миллии Ҷумҳурии Тоҷикистон", "National Bank of the Republic of Tajikistan",  // 6-7: a Tajik izafet head
            "Кыргызстандын коммунисттик партиясы", "Communist Party of Kyrgyzstan",  // 8-9: the country's genitive
            "Communist Party of Kazakhstan", "National Bank of Kazakhstan", "Ministry of Internal Affairs of Kyrgyzstan",
        ])
        NameNormalizerTests.expectJoined(found, [0...1, 2...3, 4...5, 6...7, 8...9])
        // Another country's body of the same concepts stays apart.
        #expect(Set([found[8], found[10]]).count == 2 && Set([found[6], found[11]]).count == 2 && Set([found[0], found[12]]).count == 2, "\(found)")
        // The republic's name alone is the country, no body's head.
        let republic = try NameNormalizerTests.names("On Monday, Қазақстан Республикасы said so.")
        #expect(republic.first?.kind != .organisation, "\(republic)")
    }

    @Test("a Russian or Ukrainian nationality adjective first says the body's country, as the English one does (Таджикский государственный университет)")
    func localNationalityAdjectives() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Tajik State University", "Таджикский государственный университет",  // 0-1
            "Uzbek State University", "Узбекский государственный университет",  // 2-3
            "Ukrainian State University", "Український державний університет",  // 4-5
            "Kazakh State University", "Казахский национальный университет", "Українська правда", "Pravda",
        ])
        NameNormalizerTests.expectJoined(found, [0...1, 2...3, 4...5])
        // Another country's, or other concepts', body stays apart; a newspaper named after its
        // country is not the bare name.
        #expect(Set([found[0], found[6], found[7], found[2]]).count == 4, "\(found)")
        #expect(found[8] != found[9], "\(found)")
    }

    @Test("a nationality before one capitalised word is a company's name written apart (Kyrgyz Telecom as Kyrgyztelecom)")
    func nationalityBrands() throws {
        // Composed: invented companies whose owners write the nationality and the brand as one word.
        try Self.expectTogether(["Kyrgyz Sarybel", "Kyrgyzsarybel", "KyrgyzSarybel"])
        try Self.expectTogether(["Tajik Kolkha", "Tajikkolkha"])
        try Self.expectTogether(["Uzbek Sarybin", "Uzbeksarybin"])
        let countries = try Self.clusters(["Kyrgyz Sarybel", "Kazakh Sarybel", "Kazakhsarybel"])
        #expect(countries[0] != countries[1] && countries[1] == countries[2], "\(countries)")
        // Must not fire: a title or a role after the nationality, a place with its region word, a surname.
        for (text, surfaces) in [
            ("On Monday, the Kazakh President said so.", [String]()),
            ("On Monday, the Russian Kursk region was shelled.", ["Kursk region"]),
            ("On Monday, Russian Ivanov said so.", ["Ivanov"]),
        ] {
            #expect(try NameNormalizerTests.names(text).map(\.surface) == surfaces, "\(text)")
        }
    }

    @Test("an acronym naming a country never joins a full name naming none, and a nationality is no tail for a bare name")
    func nationalityGuards() throws {
        // The uncountried full name is most often another country's body (the Soviet KGB).
        let found = try Self.clusters(["Служба охраны границ", "СОГ", "СОГ Беларуси", "Belarusian SOG"])
        #expect(found[0] == found[1] && found[2] == found[3] && found[0] != found[2], "\(found)")
        // `Ukrainian Pravda` is not `Pravda`: a nationality is as often the first word of a name.
        try Self.expectApart(["Georgian Kolkha Bank", "Kolkha Bank"])
        // A country after a person's name is no tail of it.
        let people = try NameNormalizerTests.names("Talks with Sarybaev of Kazakhstan and President Tolen of Kazakhstan went on.")
        #expect(people.map(\.surface) == ["Sarybaev", "Kazakhstan", "Tolen", "Kazakhstan"], "\(people.map(\.surface))")
    }

    @Test("a compound's stump and a hyphenated word's parts read as concepts")
    func stumpsAndHyphens() throws {
        let found = try NameNormalizerTests.joinedClusters([
            "Минздрав Казахстана", "Ministry of Health of Kazakhstan", "Госсовет", "State Council",
            "Социал-народная партия Таджикистана", "Social People Party of Tajikistan",
        ], [0...1, 2...3, 4...5])
        #expect(Set(found).count == 3, "\(found)")
        #expect(!found.contains { $0.hasPrefix("unmatched") }, "\(found)")
        // A possessive institution's word starts a name: "People's Democratic Party".
        let people = try Self.clusters(["Народно-демократическая партия Казахстана", "People's Democratic Party of Kazakhstan"])
        #expect(people[0] == people[1] && !people[0].hasPrefix("unmatched"), "\(people)")
        try NameNormalizerTests.expectSurfaces("He met Sarybaev's Democratic Party leaders.", ["Sarybaev", "Democratic Party"])
        // A stump before a word that is no concept reads as nothing: Минск is no ministry.
        try Self.expectApart(["Минск", "Мин", "Госпром", "State Prom"])
    }

    @Test("lower-case head words after a name are part of the organisation's mention and join its bare name")
    func lowerHeadWords() throws {
        let found = try Self.clusters(["Sarybel news agency", "Sarybel", "Kolkha media outlet", "Kolkha Media", "Kolkha"])
        #expect(found[0] == found[1] && found[2] == found[3] && found[3] == found[4] && found[0] != found[2], "\(found)")
        #expect(!found.contains { $0.hasPrefix("unmatched") }, "\(found)")
        try NameNormalizerTests.expectSurfaces("On Monday, Sarybel news agency said so.", ["Sarybel news agency"])
        // Not after a person's name or a place's, and not over a word that is no head.
        try NameNormalizerTests.expectSurfaces("Askar Sarybaev news agency staff and Osh city media came.", ["Askar Sarybaev", "Osh city"])
        // Nor does a place's or a surname's bare name take them in.
        try Self.expectApart(["Kyrgyzstan news agency", "Kyrgyzstan"])
        try Self.expectApart(["Sarybaev media outlet", "Sarybaev"])
    }

    @Test("a long word in capitals is a name in the middle of a sentence and after a legal form, and joins its other forms")
    func capitalsAlone() throws {
        let found = try NameNormalizerTests.matchedClusters(["SARYBELGAZ", "Sarybelgaz", "ПАО «САРЫБЕЛГАЗ»", "Сарыбелгаз"])
        #expect(Set(found).count == 1, "\(found)")
        // Not a dateline's word, a heading's or a shouted run's.
        try NameNormalizerTests.expectSurfaces("SARYBELGAZ, Monday. Talks went on.", [])
        try NameNormalizerTests.expectSurfaces("He wrote: TALKS, ALWAYS TALKS.", [])
    }

    @Test("a state enterprise's or company's legal form before a quoted name joins its bare name")
    func stateLegalForms() throws {
        let found = try NameNormalizerTests.matchedClusters(["ГУП «Сарыбелгаз»", "Сарыбелгаз", "НЕК «Колхаенерго»", "Колхаенерго", "Госкорпорация «Толенкосмос»", "Толенкосмос"])
        NameNormalizerTests.expectJoined(found, [0...1, 2...3, 4...5])
        #expect(Set(found).count == 3, "\(found)")
    }

    /// Spellings that say a name's kind around it, and the bare name each must join.
    static let kindsAroundAName: [(spelling: String, bare: String)] = [
        // A legal form before a quoted name that starts with another, with or without the outer closing quote.
        ("АО «НК «Толенмунай»", "Толенмунай"), ("ТОО «НК «Сарыбелгаз»»", "Сарыбелгаз"),
        // A reference work's qualifier in brackets.
        ("Сарыбел (агентство)", "Сарыбел"), ("Толенсу (телеканал)", "Толенсу"),
        // A Russian state enterprise (as the Ukrainian ДП) and the Ukrainian nominative of party.
        ("ГП «Толенмаш»", "Толенмаш"), ("партія «Сарыбел жолу»", "Сарыбел жолу"),
    ]

    @Test("a name's kind written around it (nested legal forms, a qualifier in brackets, ГП, партія) is in its span, not its key",
          arguments: kindsAroundAName)
    func kindAroundAName(_ spelling: String, bare: String) throws {
        let found = try NameNormalizerTests.matchedClusters([spelling, bare])
        #expect(found[0] == found[1], "\(found)")
    }

    @Test("a capitalised word or a place's word in brackets, and an abbreviation of no legal form, say no organisation's kind")
    func noKindAroundAName() throws {
        // A river of the name is another entity than the agency.
        try Self.expectApart(["Сарыбел (река)", "агентство «Сарыбел»"])
        // A capitalised word in brackets is no qualifier of the name's kind.
        try Self.expectApart(["Сарыбел (Толен)", "Сарыбел"])
        // An abbreviation of no legal form before the nested quotes is still a word of the name.
        try Self.expectApart(["ПЦ «НК «Толенмунай»", "Толенмунай"])
    }

    @Test("the press abroad's translations (French, German, Polish, Turkish) read as the same concepts")
    func pressAbroadConcepts() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Central Election Commission", "Centralna Komisja Wyborcza", "Commission Électorale Centrale", "Merkez Seçim Kurulu",
            "Supreme Court", "Cour Suprême", "Oberster Gerichtshof", "Ministry of Health", "Ministerstwo Zdrowia", "Sağlık Bakanlığı",
            "Customs Committee of Kyrgyzstan", "Komitet Celny Kyrgyzstana",
        ])
        NameNormalizerTests.expectJoined(found, [0...3, 4...6, 7...9, 10...11])
        #expect(Set(found).count == 4, "\(found)")
        // They imply no country: another country's committee stays apart.
        try Self.expectApart(["Komitet Celny Kyrgyzstana", "Customs Committee of Kazakhstan"])
    }

    @Test("an acronym joins the one full name whose concepts make it in any language")
    func conceptAcronyms() throws {
        // ГТК: Государственный таможенный комитет, whatever the language the full name is written in.
        let found = try NameNormalizerTests.matchedClusters(["State Customs Committee", "ГТК", "GTK", "State Tax Committee of Tajikistan", "ГНК Таджикистана"])
        NameNormalizerTests.expectJoined(found, [0...2, 3...4])
        #expect(found[0] != found[3], "\(found)")
        // Two countries' committees of one Russian acronym: a bare acronym joins neither, and a
        // country word says which.
        let two = try NameNormalizerTests.matchedClusters(["State Customs Committee of Kyrgyzstan", "State Customs Committee of Tajikistan", "ГТК", "ГТК Таджикистана"])
        #expect(Set(two).count == 3 && two[1] == two[3], "\(two)")
        // An acronym naming a country never joins a full name naming none.
        try Self.expectApart(["State Customs Committee", "ГТК Таджикистана"])
        // Letters written in two orders are two bodies' acronyms: neither joins.
        try Self.expectApart(["State Customs Committee", "ГТК", "ГКТ"])
        // A bare acronym of Russian initials is any country's body: it joins no country's name.
        try Self.expectApart(["State Customs Committee of Kyrgyzstan", "ГТК"])
        // A national language's acronym (Ukrainian ДМК) is its country's body's only.
        try Self.expectApart(["State Customs Committee", "ДМК"])
        try Self.expectTogether(["State Customs Committee of Ukraine", "ДМК"])
    }

    @Test("a place or a surname with a head word is another entity")
    func headWordGuards() throws {
        try Self.expectApart(["Kyrgyzstan Party", "Kyrgyzstan"])
        try Self.expectApart(["Sarybaev University", "Sarybaev"])
    }

    @Test("two acronyms one letter apart are two bodies, however long the name around them")
    func acronymsOneLetterApart() throws {
        try Self.expectApart(["СГБ Таджикистана", "СНБ Таджикистана"])
        try Self.expectApart(["MVD Tajikistana", "MID Tajikistana"])
        try Self.expectApart(["FC Dinamo Vitebsk", "HC Dinamo Vitebsk"])
        // A long name without an acronym still joins one edit away.
        try Self.expectTogether(["Tajiktransgaz", "Tajiktrangaz"])
    }
    @Test("an abbreviation in capitals before a quoted name is that name's, as if unquoted")
    func abbreviationBeforeQuotedName() throws {
        // A club's or a centre's abbreviation before its quoted name: the quotes are dropped from the
        // key, so the spelling joins the same words unquoted; the abbreviation stays in it.
        let found = try Self.clusters(["ФК «Сарыбел»", "ФК Сарыбел", "FC Sarybel", "ХК «Толен»", "HC Tolen"])
        #expect(found[0] == found[1] && found[1] == found[2], "\(found)")
        #expect(found[3] == found[4], "\(found)")
        #expect(!found[0].hasPrefix("unmatched") && !found[3].hasPrefix("unmatched"), "\(found)")
        // Another abbreviation is another body; the bare quoted name is not the club.
        try Self.expectApart(["ФК «Сарыбел»", "ХК «Сарыбел»", "«Сарыбел»"])
    }

    @Test("a lower-case generic word for a broadcaster, newspaper, airline or brewery joins the bare name")
    func genericWordBeforeOrAfter() throws {
        let found = try Self.clusters([
            "телеканал «Сарыбел»", "Sarybel", "Kolkha newspaper", "Kolkha", "авиакомпания Tolenair", "Tolenair", "Jeltau brewery", "Jeltau",
        ])
        for pair in stride(from: 0, to: found.count, by: 2) { #expect(found[pair] == found[pair + 1], "\(pair) \(found)") }
        #expect(!found.contains { $0.hasPrefix("unmatched") }, "\(found)")
        // A capitalised word is part of the name: another entity than the bare name.
        try Self.expectApart(["Kolkha Newspaper Group", "Kolkha"])
    }
    @Test("a lower-case word for a movement, a fund or a society before or after the name joins the bare name")
    func movementFundSociety() throws {
        let found = try Self.clusters([
            "движение «Колдук»", "движение Колдук", "Колдук", "фонд Жылдыз-Казына", "Jyldyz-Kazyna fund", "Jyldyz-Kazyna",
            "общество Туулган", "Tuulgan society", "Tuulgan",
        ])
        #expect(!found.contains { $0.hasPrefix("unmatched") }, "\(found)")
        for group in [0...2, 3...5, 6...8] { #expect(Set(found[group]).count == 1, "\(group) \(found)") }
        // Capitalised, the word is the name's own: another entity than the bare name.
        try Self.expectApart(["Tuulgan Society", "Tuulgan"])
    }

    /// A quoted name and the words before it that say what it is, and the bare name.
    static let kindsBeforeQuotedNames: [(described: String, bare: [String])] = [
        // An institution's word capitalised as the written name's first word.
        ("Агентство «Тоолук»", ["Тоолук"]),
        // An adjective in -sk- before a lower-case descriptor, one word or hyphened.
        ("Социалистическая партия «Колдук»", ["Колдук"]),
        ("Социал-демократическая партия «Толен»", ["партия «Толен»", "Толен"]),
    ]

    @Test("a quoted name after an institution's word capitalised, or after an adjective in -sk- and its descriptor, is one name that joins the bare one",
          arguments: kindsBeforeQuotedNames)
    func kindBeforeQuotedName(_ described: String, _ bare: [String]) throws {
        // Matched whole (the span is the spelling) and joined.
        try Self.expectTogether([described] + bare)
    }

    @Test("without quotes or a descriptor, the words before a name are read as before")
    func kindBeforeNameLeftAlone() throws {
        // No quotes: the adjective and descriptor are the name's own words, in its key.
        try NameNormalizerTests.expectSurfaces("On Monday, Демократическая партия Сарыбела said.", ["Демократическая партия Сарыбела"])
        // A region's word is no organisation's descriptor: the region and the quoted name stay two.
        try NameNormalizerTests.expectSurfaces("On Monday, Ошская область «Жайлоо» said.", ["Ошская область", "Жайлоо"])
    }

    @Test("a club with its sport's abbreviation joins its bare name, unless two sports' clubs share it")
    func clubForms() throws {
        let found = try Self.clusters(["FC Sarybel Tash", "Sarybel Tash", "Kolkha Tash PFK", "Kolkha Tash"])
        #expect(found[0] == found[1] && found[2] == found[3], "\(found)")
        #expect(!found.contains { $0.hasPrefix("unmatched") }, "\(found)")
        // A city's football and hockey clubs share the bare name, which then joins neither.
        try Self.expectApart(["FC Tolen Kara", "HC Tolen Kara", "Tolen Kara"])
        // A club's one-word name is as often its city's or river's: the bare word is not the club.
        try Self.expectApart(["FC Tash-Kumyr", "Tash-Kumyr"])
        try Self.expectApart(["FC Sarykol", "Sarykol"])
    }

    @Test("a one-word club's abbreviation before or after its name is one club (FC Astana, Astana FC), not its bare name")
    func oneWordClubEitherOrder() throws {
        let found = try Self.clusters([
            "FC Sarykol", "Sarykol FC", "ФК Сарыкол",  // 0-2 (Kazakh)
            "FK Tolenbag", "Tolenbağ FK",  // 3-4 (Azerbaijani)
            "HC Torgay", "Torgay HC", "ХК Торгай",  // 5-7 (hockey, Kyrgyz)
            "Sarykol", "Torgay",  // 8-9 bare names
            "Ozerny PFK", "FC Ozerny",  // 10-11: another abbreviation may be another city's club
            "FC Torgay",  // 12: another sport's club
        ])
        #expect(!found.contains { $0.hasPrefix("unmatched") }, "\(found)")
        NameNormalizerTests.expectJoined(found, [0...2, 3...4, 5...7])
        #expect(found[8] != found[0] && found[9] != found[5] && found[10] != found[11] && found[12] != found[5], "\(found)")
    }

    @Test("a one-word name with a city after it stays apart from the bare name, which may be a market, a city or a person")
    func clubWithCityStaysApart() throws {
        // A club named after a market, a city or a man (Dordoi Bishkek beside the Dordoi bazaar,
        // Kairat Almaty beside Kairat the given name): no batch of lone names says the bare word is
        // the club, so the two stay apart until a reading of kinds does.
        try Self.expectApart(["Tolenbag", "Tolenbag Shymkent", "Shymkent"])
        try Self.expectApart(["Сарыкол", "Сарыкол Ташкент", "Ташкент"])
        try Self.expectApart(["Ruslan", "Ruslan Kulob", "Kulob"])
    }

    @Test("a transliterated name in sentence case keeps its lower-case words of an institution's vocabulary")
    func transliteratedSentenceCase() throws {
        // Russian and Uzbek capitalise a name's first word only; transliterated, its lower-case words
        // are still the name's, and it joins the name in its own script.
        for (text, surface) in [
            ("On Monday, Sluzhba natsional'noy bezopasnosti Sarybelii said that talks would go on.", "Sluzhba natsional'noy bezopasnosti Sarybelii"),
            ("On Monday, Partiya regionov Kolkhidy said that talks would go on.", "Partiya regionov Kolkhidy"),
            ("On Monday, Sarybelskaya natsionalnaya partiya said that talks would go on.", "Sarybelskaya natsionalnaya partiya"),
            ("On Monday, Davlat xavfsizlik xizmati said that talks would go on.", "Davlat xavfsizlik xizmati"),
            // A transliterated compound adjective starting the name, as a Cyrillic one does.
            ("On Monday, Sotsial-demokraticheskaya partiya Sarybelii said that talks would go on.", "Sotsial-demokraticheskaya partiya Sarybelii"),
        ] {
            let names = try NameNormalizerTests.names(text)
            #expect(names.map(\.surface) == [surface], "\(names.map(\.surface))")
            #expect(names.first?.kind == .organisation, "\(text)")
        }
        try Self.expectTogether(["Sarybelskaya natsionalnaya partiya", "Сарыбельская национальная партия", "Sarybel'skaya natsional'naia partiya"])
        // English words of the same vocabulary, and short words, are the sentence's, not the name's.
        for (text, surface) in [
            ("On Monday, Sarybel national security officials said that talks would go on.", "Sarybel"),
            ("On Monday, Kolkha federal officials said that talks would go on.", "Kolkha"),
            ("On Monday, Sarybel sud said that talks would go on.", "Sarybel"),
            // A compound whose lower-case part is no such word is no name (Pro-government), nor is a
            // transliterated compound with nothing after it.
            ("On Monday, Pro-government Sarybel said that talks would go on.", "Sarybel"),
            ("On Monday, Sotsial-demokraticheskaya said Sarybel would go on.", "Sarybel"),
        ] {
            #expect(try NameNormalizerTests.names(text).map(\.surface) == [surface], "\(text)")
        }
    }

    @Test("a transliterated name keeps its words of newspapers, parties' ideas and movements, which the vocabulary lists")
    func transliteratedVocabulary() throws {
        // The region's press and parties name themselves with words of a general class (newspaper,
        // choice, revival, movement, the people as a noun): in sentence case, they are the name's too.
        for (text, surface) in [
            ("On Monday, Sarybelskaya gazeta said that talks would go on.", "Sarybelskaya gazeta"),
            ("On Monday, Demokraticheskiy vybor Sarybelii said that talks would go on.", "Demokraticheskiy vybor Sarybelii"),
            ("On Monday, Partiya islamskogo vozrozhdeniya Kolkhidy said that talks would go on.", "Partiya islamskogo vozrozhdeniya Kolkhidy"),
            ("On Monday, Druh narodu said that talks would go on.", "Druh narodu"),
            ("On Monday, Milliy harakati Sarybel said that talks would go on.", "Milliy harakati Sarybel"),
        ] {
            #expect(try NameNormalizerTests.names(text).map(\.surface) == [surface], "\(text)")
        }
        try Self.expectTogether(["Vechernyaya gazeta", "Вечерняя газета", "Vechernyaya Gazeta"])
        try Self.expectTogether(["Druh narodu", "Друг народу", "Druh Narodu"])
        // Ukrainian г is h in Latin: the word is known either way, and the name joins its Russian form.
        #expect(try NameNormalizerTests.names("On Monday, Partiia rehioniv Kolkhidy said that talks would go on.").map(\.surface)
            == ["Partiia rehioniv Kolkhidy"])
        try Self.expectTogether(["Partiia rehioniv Kolkhidy", "Partiya regionov Kolkhidy", "Партія регіонів Колхіди"])
        // The English words of the class are the sentence's.
        for (text, surface) in [
            ("On Monday, Sarybel revival plans were said to go on.", "Sarybel"),
            ("On Monday, Kolkha movement supporters said that talks would go on.", "Kolkha"),
            ("On Monday, Sarybel gazette readers said that talks would go on.", "Sarybel"),
        ] {
            #expect(try NameNormalizerTests.names(text).map(\.surface) == [surface], "\(text)")
        }
    }

    @Test("imeni joins an institution's name to the person it is named after")
    func namedAfter() throws {
        for (text, surface) in [
            ("On Monday, Sarybelskiy natsionalnyy universitet imeni Kolkhi Tashevoy said that talks would go on.",
             "Sarybelskiy natsionalnyy universitet imeni Kolkhi Tashevoy"),
            ("On Monday, Sarybel State University imeni Aibek Tashev said that talks would go on.", "Sarybel State University imeni Aibek Tashev"),
        ] {
            let names = try NameNormalizerTests.names(text)
            #expect(names.map(\.surface) == [surface], "\(names.map(\.surface))")
        }
        // After a person's name it joins nothing: no institution was named.
        #expect(try NameNormalizerTests.names("On Monday, Aibek Tashev imeni Kolkha said that talks would go on.").map(\.surface)
            == ["Aibek Tashev", "Kolkha"])
    }

    @Test("им. and ім., имени and імені abbreviated, join a Cyrillic institution's name to the person it is named after")
    func abbreviatedNamedAfter() throws {
        try NameOrganisationTests.expectTogether([
            "Сарыбельский национальный университет им. Колхи Ташевой", "Сарыбельский национальный университет имени Колхи Ташевой",
        ])
        try NameOrganisationTests.expectTogether(["Сарибельський національний університет ім. Тараса Колха", "Сарибельський національний університет імені Тараса Колха"])
        // Must not fire: a period after a Latin connector ends the sentence, and a Cyrillic word that
        // is no connector keeps its period as a sentence's end.
        #expect(try NameNormalizerTests.names("On Monday, Sarybel State University of. Aibek Tashev said that talks would go on.").map(\.surface)
            == ["Sarybel State University", "Aibek Tashev"])
        #expect(try NameNormalizerTests.names("On Monday, Сарыбельский национальный университет закрыт. Колха Ташева said that talks would go on.").map(\.surface)
            != ["Сарыбельский национальный университет закрыт. Колха Ташева"])
    }

    @Test("a Cyrillic institution's name of more than five words in Latin text is one name")
    func longEmbeddedInstitution() throws {
        for (text, surface) in [
            ("On Monday, Сарыбельский национальный университет имени Колхи Ташевой said that talks would go on.",
             "Сарыбельский национальный университет имени Колхи Ташевой"),
            ("On Monday, Государственный комитет национальной безопасности Сарыбельской Республики said that talks would go on.",
             "Государственный комитет национальной безопасности Сарыбельской Республики"),
            ("On Monday, Сарыбельский университет имени А. Б. Ташева said that talks would go on.", "Сарыбельский университет имени А. Б. Ташева"),
        ] {
            let names = try NameNormalizerTests.names(text)
            #expect(names.map(\.surface) == [surface], "\(names.map(\.surface))")
        }
        try Self.expectTogether(["Сарыбельский национальный университет имени Колхи Ташевой", "Sarybelskiy natsionalnyy universitet imeni Kolkhi Tashevoy"])
        // A Cyrillic sentence quoted in Latin text is no name of more than five words, though it starts
        // with a word of institutions: past five words it ends on no proper name.
        for text in [
            "On Monday, Кто-то сказал нам что все будет хорошо, he said.",
            "On Monday, Партия будет бороться до самого конца и победит, he said.",
        ] {
            let found = try NameNormalizerTests.names(text).map(\.surface)
            #expect(!found.contains { $0.split(separator: " ").count > 5 }, "\(found)")
        }
    }
}

/// Composed cases of a name's numeral (``Pass/isNameNumeral(_:)``, ``Pass/isHyphenNumeralName(_:)``):
/// a channel, club or group written with a number, spaced or hyphened, in Latin and Cyrillic.
@Suite("names stage: a name's numeral")
struct NameNumeralTests {
    @Test("a numeral after a one-word name, spaced or hyphened, is part of it, in any script")
    func numeralJoins() throws {
        let found = try NameNormalizerTests.matchedClusters([
            "Kerbez 5", "Kerbez-5", "Кербез 5", "Кербез-5",  // 0-3: a Kazakh channel
            "Zoryana 12", "Zoryana-12", "Зоряна-12",  // 4-6: a Ukrainian group
            "Tbilvisi 3", "Тбилвиси-3",  // 7-8: a Georgian station
            "Mardikor 96", "Мардикор-96",  // 9-10: a Tajik club
        ])
        NameNormalizerTests.expectJoined(found, [0...3, 4...6, 7...8, 9...10])
        #expect(Set([found[0], found[4], found[7], found[9]]).count == 4, "\(found)")
    }

    @Test("a numeral keeps a name apart from the bare name and from another numeral")
    func numeralKeepsApart() throws {
        // Kerbez the town, Kerbez-5 the channel, Kerbez-2 another; a numeral is no one-letter slip.
        try NameOrganisationTests.expectApart(["Kerbez", "Kerbez-5", "Kerbez-2", "Semirechensk", "Semirechensk-7"])
    }

    @Test("a count, a day, an age or a score is no name's numeral")
    func notANumeral() throws {
        for (text, surfaces) in [
            ("In Kerbez 12 people were hurt.", ["Kerbez"]),  // a count after a place's preposition
            ("The talks on May 9 ended.", ["May"]),  // a day
            ("The Kremlin said Medvedkov 70 was a fine age.", ["Kremlin", "Medvedkov"]),  // a surname's age
            ("On Sunday, Kerbez 2-1 Zoryana was the score.", ["Kerbez", "Zoryana"]),  // a score
            ("On Sunday, Zoryana 3,5 million was raised.", ["Zoryana"]),  // a decimal
            ("On Sunday, Kerbez 2024 results were out.", ["Kerbez"]),  // a year spaced after a name
        ] {
            try NameNormalizerTests.expectSurfaces(text, surfaces)
        }
    }

    @Test("a head noun's -i first is the Tajik izafet, last the Uzbek possessive: two countries' bodies of one meaning stay apart, each joins its own")
    func izafetAgainstPossessive() throws {
        // Invented bodies, Latin and Cyrillic: the izafet order (head-i, then the name) against the Turkic
        // order (the name, then the head, bare or with its possessive -i), through the concepts and
        // through the rotation of a name read as no person.
        let apart = [
            ["Kengashi Sarvar", "Sarvar Kengash"], ["Kengashi Sarvar", "Sarvar Kengashi"], ["Banki Ravshan", "Ravshan Banki"],
            ["Хизмати Равшан", "Равшан хизмати"], ["Маҷлиси Равшан", "Ravshan Majlisi"], ["Madzhlisi Ravshan", "Равшан мажлиси"],
        ]
        for pair in apart { try NameOrganisationTests.expectApart(pair) }
        // Each country's own forms still join: the izafet with a Tajik tail and its English, the Uzbek
        // possessive with its bare head and an Uzbek tail; and a person's name ending in -i, which is no
        // institution's word, written surname first.
        let together = [
            ["Partiyasi Ozodlik", "Ozodlik Party of Tajikistan"],
            ["Kengashi Sarvar", "Kengashi Sarvar of Tajikistan", "Sarvar Council of Tajikistan"],
            ["Ravshan Banki", "Ravshan Bank", "Ravshan bank", "Ravshan Bank of Uzbekistan"],
            ["Sarvar Kengashi", "Sarvar Council of Uzbekistan"], ["Nuri Said Abdullo", "Said Abdullo Nuri"],
        ]
        for group in together { try NameOrganisationTests.expectTogether(group) }
    }
}
