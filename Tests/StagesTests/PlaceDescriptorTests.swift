import Pipeline
import Testing
@testable import Stages

/// Places named with a descriptor (place-descriptors.txt, region-words.txt) and the Russian and
/// Ukrainian adjectives such names are made of (``NamePlaceStem``). Composed cases: places that
/// are not in the gold tables, written the ways the press writes them.
@Suite("names stage: described places")
struct PlaceDescriptorTests {
    static func clusters(_ texts: [String]) throws -> [String] { try NameNormalizerTests.clusters(texts) }

    /// Asserts that each group of spellings is one cluster, every spelling matched, and that no two
    /// groups share a cluster.
    static func expectGroups(_ groups: [[String]], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let clusters = try Self.clusters(groups.flatMap { $0 })
        #expect(!clusters.contains { $0.hasPrefix("unmatched") }, "\(clusters)", sourceLocation: sourceLocation)
        var offset = 0
        var seen: Set<String> = []
        for group in groups {
            let mine = Set(clusters[offset..<offset + group.count])
            #expect(mine.count == 1, "\(group): \(clusters[offset..<offset + group.count])", sourceLocation: sourceLocation)
            #expect(seen.isDisjoint(with: mine), "\(group) meets another group", sourceLocation: sourceLocation)
            seen.formUnion(mine)
            offset += group.count
        }
    }

    @Test("a range's English plural written bare joins the range of its stem, not the bare name (Tatras, Tatra Mountains)")
    func rangePlurals() throws {
        try Self.expectGroups([
            ["Tatras", "Tatra Mountains", "Tatra-Gebirge"],
            ["Rhodopes", "Rhodope Mountains"],
            // The bare stem stays apart: it is as often the region or a town of the name.
            ["Tatra"],
            // A name that merely ends in s, and a plural with no range of its stem, stay apart.
            ["Seychelles"], ["Rockies"], ["Sarybels"],
            ["Sarybel Lake"],
        ])
    }

    @Test("a district, named before or after its descriptor, Russian and Ukrainian adjectives read as the noun")
    func districts() throws {
        try Self.expectGroups([
            ["Sokuluk District", "Sokuluk district", "Sokuluk raion", "Sokuluk rayon", "Сокулукский район", "Сокулук району",
             "Sokulukskiy rayon", "район Сокулук"],
            ["Podil District", "Podilskyi district", "Подільський район", "Подольский район", "Podilskyi raion"],
            ["Chilanzar tumani", "Chilanzar District", "Чиланзарский район"],
            // The town the district is named after is another place.
            ["город Сокулук", "Sokuluk town"],
        ])
    }

    @Test("a valley, a sea and a peak meet the adjective and the genitive they are written with")
    func valleysSeasAndPeaks() throws {
        try Self.expectGroups([
            ["Talas Valley", "Таласская долина", "Talas vodiysi"],
            ["Azov Sea", "Азовское море", "Азовское моря"],
            ["Lenin Peak", "пик Ленина", "Pik Lenin", "Lenin peak"],
            ["город Азов", "Azov city"],
        ])
    }

    @Test("the Russian and local designators in Latin letters name the river, lake, sea or valley, not the town of the name")
    func latinDesignators() throws {
        try Self.expectGroups([
            // Kyrgyz дарыясы in the press's yy, Uzbek дарёси in its Latin alphabet, Russian река in Latin.
            ["Talas River", "река Талас", "Talas daryyasy", "reka Talas"],
            ["Sokh River", "Сох дарёси", "Sokh daryosi"],
            // Tajik кӯли before the name, in Latin.
            ["Lake Iskanderkul", "кӯли Искандаркӯл", "kuli Iskanderkul"],
            // Russian долина in Latin, after the adjective. (Not море's `more`: after a name in English it is
            // the comparative, "Bishkek more than doubled", and would make the city a sea.)
            ["Chuy Valley", "Чуйская долина", "Chuyskaya dolina"],
            // The town of the name stays apart.
            ["город Талас", "Talas city"],
        ])
    }

    @Test("an English word after a city that spells a designator in Latin (море, `more`) leaves the city a city")
    func englishWordsAfterACity() throws {
        try NameNormalizerTests.expectSurfaces("Officials said Bishkek more than doubled the budget this year.", ["Bishkek"])
    }

    @Test("a region's adjective with -in- meets its noun (Karaganda, Карагандинская)")
    func regionAdjectives() throws {
        try Self.expectGroups([
            ["Karaganda Region", "Карагандинская область", "Karagandinskaya oblast", "Karaganda Oblast", "Gebiet Karaganda"],
            // German: the adjective in -er and Gebiet.
            ["Orenburg Oblast", "Orenburger Gebiet", "Оренбургская область"],
            ["Tula Oblast", "Тульская область", "Tulskaya oblast"],
            ["Kostanay Region", "Костанайская область"],
            // A noun in -t: the key reads the adjective's t and s as ц.
            ["Shymkent Region", "Шымкентская область", "Shymkentskaya oblast"],
            // A noun in -tsk, whose adjective the key writes alike.
            ["Bratsk Oblast", "Братская область", "Bratskaya oblast"],
            ["Karaganda city", "город Караганда"],
        ])
    }

    @Test("place stems: the noun and the adjective reach one stem")
    func stems() {
        for (noun, adjective) in [("fergana", "ferganska"), ("medeu", "medeuski"), ("aral", "aralskoe"), ("akmola", "akmolinska"),
                                  ("talas", "talaska"), ("kursk", "kurska"), ("kostanai", "kostanaiska"), ("oS", "oSska")]
        {
            #expect(NamePlaceStem.stem(noun) == NamePlaceStem.stem(adjective), "\(noun) \(adjective)")
        }
        // Stems of different names stay apart.
        #expect(NamePlaceStem.stem("naryn") != NamePlaceStem.stem("narynkol"))
    }

    @Test("a lower-case region word before the name makes a region (область Абай, вилояти Суғд)")
    func regionWordBefore() throws {
        try Self.expectGroups([
            ["область Жетысу", "Zhetysu Region", "Жетысуская область"],
            ["вилояти Хатлон", "Khatlon Region", "Viloyati Khatlon"],
        ])
        #expect(try NameNormalizerTests.names("Officials of the oblast Zhetysu met.").first?.surface == "oblast Zhetysu")
    }

    @Test("a descriptor with a connector before the name (Sea of Azov, Republic of Tatarstan)")
    func descriptorOfName() throws {
        try Self.expectGroups([
            ["Sea of Okhotsk", "Okhotsk Sea", "Охотское море"],
            ["Republic of Bashkortostan", "Республика Башкортостан", "Bashkortostan Respublikası"],
            // The city and the bare name are other entities than the republic.
            ["Okhotsk city", "город Охотск"],
        ])
        // A bare name other than a land in -stan is not the republic of its name (the river and the
        // region of Karelia have no republic-only sense): see republicOfBareLand for the lands that are.
        let bare = try Self.clusters(["Republic of Karelia", "Karelia"])
        #expect(bare[0] != bare[1])
    }

    @Test("a land named in -stan written bare is its republic: its base or its people's adjective (Tatarstan, Кыргызская Республика)")
    func republicOfBareLand() throws {
        try Self.expectGroups([
            ["Dagestan", "Дагестан", "Republic of Dagestan", "Республика Дагестан"],
            ["Bashkortostan", "Башкортостан", "Republic of Bashkortostan", "Bashkortostan Respublikası"],
            // The republic's adjective is the people's name the land's -stan is made of.
            ["Turkmenistan", "Туркменистан", "Туркменская Республика", "Turkmenistan Republic"],
            // Uzbek and Tajik write the suffix -iston.
            ["Tojikiston", "Тоҷикистон", "Tojikiston Respublikasi"],
        ])
        // Not fired: a region and the self-proclaimed republic of its name are two entities, and a
        // people's republic is not its city; a -stan name that is also a city stays with neither.
        let apart = try Self.clusters([
            "Abkhazia", "Republic of Abkhazia",  // 0-1
            "Nagorno-Karabakh", "Nagorno-Karabakh Republic",  // 2-3
            "Donetsk", "Donetsk People's Republic",  // 4-5
            "Turkestan", "Turkestan city", "Turkestan Republic",  // 6-8
        ])
        #expect(apart[0] != apart[1] && apart[2] != apart[3] && apart[4] != apart[5], "\(apart)")
        #expect(Set(apart[6...8]).count == 3, "\(apart)")
    }

    @Test("a nationality before a republic's descriptor is the republic's name (Kyrgyz Republic, as Кыргызская Республика)")
    func republicOfANationality() throws {
        try Self.expectGroups([
            ["Kyrgyz Republic", "Кыргызская Республика", "Kyrgyz Respublikasy", "Kyrgyzstan"],
            ["Tajik Republic", "Таджикская Республика", "Tajikistan"],
            ["Turkmen Republic", "Туркменская Республика"],
            // Not fired: a nationality before another capitalised word is a brand's (Kyrgyz Telecom).
            ["Kyrgyz Telecom", "Kyrgyztelecom"],
        ])
    }

    @Test("a nationality before the common noun republic names no state")
    func republicAsCommonNoun() throws {
        for text in ["Kyrgyzstan, a former Soviet republic, votes on Sunday.", "The Central Asian republic has no coast.",
                     "Ташкент, столица бывшей советской республики, принял гостей."] {
            let surfaces = try NameNormalizerTests.names(text).map(\.surface)
            #expect(!surfaces.contains { $0.lowercased().contains("republic") || $0.contains("республик") }, "\(text): \(surfaces)")
        }
    }

    @Test("a power plant or dam is a place of its own: its acronym or designator in each language, never its town or another plant")
    func plants() throws {
        try Self.expectGroups([
            ["Tolbazar HPP", "Tolbazar Dam", "Tolbazar hydropower plant", "Толбазарская ГЭС", "НБО Толбазар",
             "Толбазарская гидроэлектростанция"],
            ["Sarybel NPP", "Sarybel nuclear plant", "Сарыбельская АЭС"],
            // The town a plant is named after, and a reservoir of its name, are other places.
            ["город Толбазар", "Tolbazar town"],
            ["Tolbazar Reservoir"],
        ])
        // An acronym in Latin letters before a name is its institution's (a chamber's), not a plant's.
        let names = try NameNormalizerTests.names("On Monday, NPP Kolkhanbek said that talks would go on.")
        #expect(names.first?.kind != .place, "\(names)")
    }

    @Test("a German Stausee is a reservoir, not a lake of the name plus Stau, and the Ukrainian neuter adjective is read as its noun")
    func germanAndUkrainianReservoirs() throws {
        try Self.expectGroups([
            ["Tarnov Reservoir", "Тарновское водохранилище", "Тарновське водосховище", "Tarnov-Stausee", "Tarnovstausee"],
            // A lake of the name, in German -see, and the town stay other places.
            ["Tarnovsee", "Lake Tarnov", "озеро Тарнов"],
            ["город Тарнов", "Tarnov town"],
        ])
    }

    @Test("the Russian square in Latin letters is a square, named before or after it, never the town or a street")
    func squareInLatinLetters() throws {
        try Self.expectGroups([
            ["Yasnaya Ploshchad", "Ясная площадь", "ploshchad Yasnaya", "Yasnaya Square"],
            ["Yasnaya Street", "улица Ясная"],
        ])
    }

    @Test("a short name under a descriptor keeps its first letter in a one-letter slip: Ore and Rena are two rivers")
    func shortNamesUnderDescriptors() throws {
        try Self.expectGroups([
            // A later letter changed or added is a spelling's slip.
            ["Ori River", "Ore River", "River Ori", "река Ори"],
            ["Shu River", "Shui River", "река Шу"],
            // A first letter dropped and a last one added leave another river (`ore` and `ren` both `re`).
            ["Rena River", "река Рена", "River Rena"],
        ])
    }

    @Test("a mine and an international airport are places of their own, their ore and the adjective part of the descriptor")
    func minesAndInternationalAirports() throws {
        try Self.expectGroups([
            ["Tashbulak mine", "Tashbulak gold mine", "рудник Ташбулак", "Ташбулак кени", "месторождение Ташбулак", "Tashbulak copper deposit"],
            ["Tashbulak town", "город Ташбулак"],
            ["Kerben International Airport", "Kerben Airport", "аэропорт Кербен", "Flughafen Kerben"],
            ["Kerben Reservoir"],
        ])
        // The English deposit alone is as often a bank's: no mine.
        for text in ["On Monday, Halyk deposit rates rose.", "On Monday, Kaspi deposit holders queued."] {
            let names = try NameNormalizerTests.names(text)
            #expect(!names.contains { $0.kind == .place }, "\(text): \(names.map(\.surface))")
        }
    }
}
