import Foundation
import ICU
import Pipeline
import PipelineTesting
import Testing
@testable import Stages

@Suite("names stage")
struct NameNormalizerTests {
    static let stage = try! NameNormalizer(options: .init())

    /// The matching key of one name word.
    static func key(_ word: String) throws -> String {
        let context = StageContext(stageName: "names")
        return try stage.keyMaker(context).key(of: Substring(word))
    }

    static func names(_ text: String, stage: NameNormalizer = stage) throws -> [DetectedName] {
        try stage.detect(text, context: StageContext(stageName: "names"))
    }

    /// Expects the surfaces of the names found in `text`, in text order.
    static func expectSurfaces(
        _ text: String, _ expected: [String], stage: NameNormalizer = stage, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let found = try names(text, stage: stage).map(\.surface)
        #expect(found == expected, "\(text)", sourceLocation: sourceLocation)
    }

    static func run(_ texts: [String], configuration: String = "") throws -> [Document] {
        let harness = try CorpusStageHarness<NameNormalizer>(configuration: configuration)
        return try harness.run(texts.enumerated().map { Document(id: "\($0)", text: $1) }).documents
    }

    // MARK: Matching keys

    static let sameKey: [(String, String)] = [
        ("Atambaev", "Atambayev"), ("Atambayev", "Атамбаев"), ("Akaev", "Akayev"), ("Akayev", "Akaiev"),
        ("Akaev", "Акаев"), ("Sooronbai", "Sooronbay"), ("Sooronbay", "Сооронбай"), ("Jeenbekov", "Zheenbekov"),
        ("Jeenbekov", "Dzheenbekov"), ("Jeenbekov", "Жээнбеков"), ("Tchoroev", "Choroev"), ("Choroev", "Чороев"),
        ("Rayimbek", "Raiymbek"), ("Raimbek", "Райымбек"), ("Tokayev", "Toqaev"), ("Toqaev", "Тоқаев"),
        ("Kassym", "Qasym"), ("Kasym", "Қасым"), ("Xo'jayev", "Хўжаев"), ("Khodzhaev", "Ходжаев"),
        ("Rahmon", "Rakhmon"), ("Rakhmon", "Раҳмон"), ("Zelenskyy", "Zelenskiy"), ("Zelensky", "Зеленський"),
        ("Zelenskij", "Zelenskii"), ("Mirziyoyev", "Мирзиёев"), ("Mirziyoev", "Mirzieev"),
        ("Alexei", "Aleksei"), ("Aleksej", "Алексей"), ("Alexey", "Aleksey"), ("Maxim", "Maksim"),
        ("Dmitriy", "Dmitrii"), ("Dmitry", "Дмитрий"), ("Yevgeny", "Evgeny"), ("Evgenii", "Евгений"),
        ("Ignatyev", "Ignat'ev"), ("Ignatiev", "Игнатьев"), ("Gorbachyov", "Горбачёв"), ("Gorbachev", "Gorbachyov"),
        ("Yeltsin", "Eltsin"), ("Eltsin", "Ельцин"), ("Klitschko", "Klychko"), ("Klychko", "Кличко"),
        ("Kharkiv", "Harkiv"), ("Harkiv", "Харків"), ("Yanukovich", "Yanukovych"), ("Yanukovych", "Янукович"),
        ("Surabaldiyeva", "Surabaldieva"), ("Ryskeldi", "Riskeldi"), ("Ömürbek", "Omurbek"), ("Omurbek", "Өмүрбек"),
        ("Wladimir", "Vladimir"), ("Yulia", "Yuliya"), ("Yuliya", "Iuliia"), ("Yulia", "Юлія"),
        ("Navalny", "Navalnyy"), ("Naval'nyj", "Навальный"), ("Shoigu", "Shoygu"), ("Shoygu", "Шойгу"),
        ("Kyrgyzstan", "Kirgizstan"), ("Kyrgyzstan", "Кыргызстан"), ("Kenesh", "Кеңеш"), ("Majilis", "Mazhilis"),
        ("Nursultan", "Нұрсұлтан"), ("Massimov", "Masimov"), ("Gul'nara", "Гульнара"),
        ("Lyubov", "Lubov"), ("Liubov", "Любовь"), ("Žirinovskij", "Zhirinovsky"), ("Şavkat", "Shavkat"),
        ("Čeremisov", "Cheremisov"), ("Oğuz", "Oghuz"),
        // The scholarly style: j is й, ch and x are х in a word with č š ž.
        ("Čeljabinskaja", "Chelyabinskaya"), ("Chruščev", "Khrushchev"), ("Xruščev", "Хрущёв"), ("Šojgu", "Shoigu"),
        ("Baqytjan", "Bakytzhan"), ("Bakytzhan", "Бакытжан"), ("Khudoyorov", "Khudoerov"), ("Khudoerov", "Худоёров"),
        ("Lukashenka", "Lukashenko"), ("Lukashenka", "Лукашэнка"), ("Vinnytsia", "Vinnitsa"), ("Vinnitsa", "Вінниця"),
        ("Volodine", "Volodin"), ("Borodine", "Бородин"), ("Nuritdinov", "Nuriddinov"), ("Zainutdinov", "Зайнуддинов"),
        // The older English and French -eff of -ев, as -off is -ов.
        ("Sarybaeff", "Сарыбаев"), ("Tolenbieff", "Tolenbiyev"),
        // ... after a letter the key reads as a class of its own (ш, ч, ж, х: Karatcheff, Kourbacheff).
        ("Karatcheff", "Карачев"), ("Kourbacheff", "Kurbashev"), ("Sarykhoff", "Sarykhov"),
        // The Polish press: sz cz ż for ш ч ж, w for в, j for й, c for ц, ł for л.
        ("Ławrow", "Lavrov"), ("Szojgu", "Shoigu"), ("Tymoszenko", "Tymoshenko"), ("Dżaparow", "Japarov"),
        ("Szewczenko", "Шевченко"), ("Łukaszenka", "Lukashenka"), ("Abramowicz", "Abramovich"), ("Biszkek", "Bishkek"),
        // Saint abbreviated, and in its German and Russian form, as a whole word.
        ("St", "Saint"), ("Sankt", "Saint"), ("Санкт", "Saint"),
        ("Atambаev", "Atambaev"),  // Cyrillic а inside a Latin word
        ("Jееnbekov", "Jeenbekov"),  // two Cyrillic е
    ]

    @Test("spellings of one name have one key", arguments: sameKey)
    func sameKeys(_ a: String, _ b: String) throws {
        #expect(try Self.key(a) == Self.key(b))
    }

    static let differentKey: [(String, String)] = [
        ("Akayev", "Akayeva"), ("Nazarbayev", "Nazarbayeva"), ("Karimov", "Karimova"), ("Meken", "Mekenim"),
        ("Janar", "Janarbek"), ("Askar", "Janar"), ("Asylbek", "Sooronbay"), ("Navalny", "Navalnaya"),
        ("Vitali", "Wladimir"), ("Tilek", "Rayimbek"), ("Seitbek", "Almazbek"), ("Sergei", "Sergeev"),
        // Polish spouses stay apart as others do.
        ("Niemcowa", "Niemcow"), ("Łukaszenko", "Łukaszenkowa"),
        // A one-letter stem before -eff is no -ев (Jeff).
        ("Jeff", "Jev"),
        // Only the whole word St or Sankt is Saint.
        ("Stas", "Saintas"), ("Sanktov", "Saintov"),
    ]

    @Test("different names keep different keys", arguments: differentKey)
    func differentKeys(_ a: String, _ b: String) throws {
        #expect(try Self.key(a) != Self.key(b))
    }

    @Test("hyphens, spaces and run-together words give one key to a place or party")
    func hyphens() throws {
        for spellings in [["Ala-Too", "Ala Too", "Alatoo", "Ала-Тоо"], ["Ysyk-Köl", "Yssykköl", "Ысык-Көл"]] {
            let keys = try spellings.map { try Self.names("They met in \($0) on Monday.").first?.entityKey }
            #expect(Set(keys).count == 1, "\(keys)")
            #expect(keys[0] != nil)
        }
    }

    @Test("the homoglyph table comes from ICU confusables")
    func homoglyphTable() throws {
        let repair = try HomoglyphRepair()
        #expect(repair.cyrillicToLatin["а"] == "a")
        #expect(repair.cyrillicToLatin["е"] == "e")
        #expect(repair.cyrillicToLatin["о"] == "o")
        #expect(repair.cyrillicToLatin["А"] == "A")
        #expect(repair.cyrillicToLatin["ж"] == nil)
        #expect(repair.repaired("Atambаev") == "Atambaev")
        #expect(repair.repaired("Атамбaев") == "Атамбаев")  // a Latin a inside a Cyrillic word
        #expect(repair.repaired("Atambaev") == nil)
    }

    // MARK: The gold variant table

    @Test("pairwise F1 and no merges of different entities", arguments: NameGoldTable.all)
    func goldTable(_ table: NameGoldTable) throws {
        let spellings = try NameNormalizerEvaluation.table(table.file)
        let entities = Set(spellings.map(\.entity)).count
        #expect(spellings.count >= table.minimumSpellings)
        #expect(entities >= table.minimumEntities)
        let (clusters, lone) = try NameNormalizerEvaluation.evaluate(spellings)
        let scores = NameNormalizerEvaluation.scores(spellings, clusters: clusters)
        // One report per table, printed whole (see WholeLinesOutput: `swift test` lost runs of these lines).
        var report = ["names \(table.file): \(spellings.count) spellings of \(entities) entities: \(scores)"]
        if let byKind = NameNormalizerEvaluation.recallByKind(spellings, clusters: clusters) { report.append("names \(table.file) recall by kind: \(byKind)") }
        let withinGuard = NameNormalizerEvaluation.scores(spellings, clusters: clusters, apart: lone)
        report.append("names \(table.file) within the surname guard (\(lone.filter { $0 }.count) lone surnames; their pairs with fuller spellings left out): \(withinGuard)")
        // The newest blind tables stay unseen: their totals only, never their misses.
        if !table.isUnseen {
            report += NameNormalizerEvaluation.splitEntities(spellings, clusters: clusters).map { "names: \(table.file) split: \($0)" }
            report += NameNormalizerEvaluation.falsePairClusters(spellings, clusters: clusters).map { "names: \(table.file) merged: \($0)" }
        }
        WholeLinesOutput.print(report)
        #expect(scores.falsePositives <= table.maximumFalsePairs)
        #expect(scores.f1 >= table.f1Floor, "\(scores)")
    }

    @Test("no confusable pair of different entities is merged", arguments: NameGoldTable.all)
    func confusables(_ table: NameGoldTable) throws {
        let spellings = try NameNormalizerEvaluation.table(table.file)
        let clusters = try NameNormalizerEvaluation.clusters(spellings)
        var clustersOf: [String: Set<String>] = [:]
        for (spelling, cluster) in zip(spellings, clusters) { clustersOf[spelling.entity, default: []].insert(cluster) }
        let pairs = try NameNormalizerEvaluation.confusablePairs(table.confusables)
        #expect(pairs.count >= 5)
        // An unseen table's merged pairs are counted, never named: the ids would show a tuner the table.
        var unseenMerged = 0
        for (a, b) in pairs {
            let merged = !clustersOf[a]!.isDisjoint(with: clustersOf[b]!)
            if table.knownMerges.contains([a, b]) {
                // Recorded as a failure we know of: the test fails again once it no longer happens.
                withKnownIssue("\(a) and \(b): a wrong merge not fixed yet") { #expect(!merged) }
            } else if table.isUnseen {
                unseenMerged += merged ? 1 : 0
            } else {
                #expect(!merged, "\(a) and \(b) were merged")
            }
        }
        if table.isUnseen { Self.expectNone(unseenMerged, known: table.knownUnseenMerges.pairs, of: "confusable pairs merged (unseen table)") }
        // And no two gold entities at all share a cluster, but for homonyms the file sets aside.
        let homonyms = Set(try NameNormalizerEvaluation.setAsidePairs(table.confusables).map { Set([$0.0, $0.1]) })
        let entitiesOfCluster = Dictionary(grouping: zip(spellings, clusters), by: \.1).mapValues { Set($0.map(\.0.entity)) }
        // A cluster of three namesakes is set aside when each of its pairs is.
        let isHomonymCluster = { (entities: Set<String>) in
            entities.allSatisfy { a in entities.allSatisfy { b in a == b || homonyms.contains([a, b]) } }
        }
        let wrongClusters = entitiesOfCluster.values.filter { $0.count > 1 && !isHomonymCluster($0) && !table.knownMerges.contains($0) }
        // An unseen table's failure says how many clusters, never which entities.
        let detail = table.isUnseen ? "(unseen table)" : "\(wrongClusters.map { $0.sorted() })"
        let known = table.isUnseen ? table.knownUnseenMerges.clusters : 0
        Self.expectNone(wrongClusters.count, known: known, of: "clusters joining different entities: \(detail)")
    }

    /// Expects no wrong merges, or, when some are known by their count only (an unseen table's),
    /// exactly those, recorded as a known issue. Fewer fail too, as a named known merge that no longer
    /// happens does: a count left above the truth would hide the next new merge.
    /// (`#expect` prints the values of the expression it checks, so it is given plain counts.)
    static func expectNone(_ count: Int, known: Int, of what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard known > 0 else {
            #expect(count == 0, "\(what)", sourceLocation: sourceLocation)
            return
        }
        #expect(count <= known, "\(what)", sourceLocation: sourceLocation)
        #expect(count >= known, "\(what): fewer than the \(known) known, so a wrong merge was undone; lower the count",
                sourceLocation: sourceLocation)
        withKnownIssue("\(known) \(what): wrong merges not fixed yet") { #expect(count == 0, sourceLocation: sourceLocation) }
    }

    // MARK: The seeds

    static func seeds() throws -> [Document] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { Document(id: $0.deletingPathExtension().lastPathComponent, text: try String(contentsOf: $0, encoding: .utf8)) }
    }

    static func seedCanonicals() throws -> [String: Set<String>] {
        let harness = try CorpusStageHarness<NameNormalizer>(options: .init())
        var canonicals: [String: Set<String>] = [:]
        for document in try harness.run(seeds()).documents {
            for mention in document[NamesKey.self] ?? [] {
                canonicals[mention.surface, default: []].insert(mention.canonical)
            }
        }
        return canonicals
    }

    static let seedGroups: [[String]] = [
        ["Almazbek Atambayev", "Almazbek Atambaev", "Atambayev", "Atambaev"],
        ["Sooronbai Jeenbekov", "Sooronbay Jeenbekov"],
        ["Janar Akayev", "Janar Akaev", "Janarbek Akaev"],
        // The seeds' Ala-Too is the square, and its descriptor is in the span (place-descriptors.txt).
        ["Ala-Too square", "Ala Too Square"],
        ["Ata-Meken", "Ata Meken"],
        ["Ryskeldi Mombekov", "Mombekov"],
        ["Rayimbek Matraimov", "Matraimov"],
        ["Bishkek", "BISHKEK"],
    ]

    @Test("every seed variant group gets one canonical form", arguments: seedGroups)
    func seedGroup(_ group: [String]) throws {
        let canonicals = try Self.seedCanonicals()
        let forms = group.map { canonicals[$0] ?? [] }
        #expect(forms.allSatisfy { $0.count == 1 }, "\(group): \(forms)")
        #expect(Set(forms.flatMap { $0 }).count == 1, "\(group): \(forms)")
    }

    static let seedTraps: [(String, String)] = [
        ("Asylbek Jeenbekov", "Sooronbai Jeenbekov"),
        ("Mekenim Kyrgyzstan", "Ata-Meken"),
        ("Meken Yntymagy", "Ata-Meken"),
        ("Mekenim Kyrgyzstan", "Meken Yntymagy"),
        ("Kyrgyzstan Party", "Kyrgyzstan"),
        ("Kyrgyzstan Party", "Mekenim Kyrgyzstan"),
        ("Janar Akayev", "Asylbek Jeenbekov"),
    ]

    @Test("seed traps are not merged", arguments: seedTraps)
    func seedTrap(_ a: String, _ b: String) throws {
        let canonicals = try Self.seedCanonicals()
        let (ca, cb) = (canonicals[a] ?? [], canonicals[b] ?? [])
        #expect(!ca.isEmpty && !cb.isEmpty)
        #expect(ca.isDisjoint(with: cb), "\(a) \(ca) vs \(b) \(cb)")
    }

    @Test("the canonical form is the most frequent full Latin spelling")
    func seedCanonicalForms() throws {
        let canonicals = try Self.seedCanonicals()
        #expect(canonicals["Atambaev"] == ["Almazbek Atambayev"])
        #expect(canonicals["Sooronbay Jeenbekov"] == ["Sooronbai Jeenbekov"])
        #expect(canonicals["Asylbek Jeenbekov"] == ["Asylbek Jeenbekov"])
    }

    // MARK: Detection

    @Test("titles are left out of the name but make it a person")
    func titles() throws {
        let names = try Self.names("Former Prime Minister Sapar Isakov was released. Mr. Isakov thanked President Sooronbay Jeenbekov.")
        #expect(names.map(\.surface) == ["Sapar Isakov", "Isakov", "Sooronbay Jeenbekov"])
        #expect(names.allSatisfy { $0.kind == .person })
        #expect(names[1].form == .linkedSurname(surnameKey: try Self.key("Isakov"), givenKey: try Self.key("Sapar")))
    }

    @Test("a title after capitalised words saying whose office it is goes to the titles with them, not into the given names")
    func innerTitles() throws {
        for (text, surface, title) in [
            ("On Monday, Kyiv Mayor Vitali Klitschko spoke.", "Vitali Klitschko", "mayor"),
            ("On Monday, Central Bank Governor Elvira Nabiullina spoke.", "Elvira Nabiullina", "governor"),
            ("On Monday, Senate Speaker Maulen Ashimbayev spoke.", "Maulen Ashimbayev", "speaker"),
            ("On Monday, First Vice-President Mehriban Aliyeva spoke.", "Mehriban Aliyeva", "vice-president"),
            ("On Monday, Tashkent Hokim Jahongir Artikkhodjaev spoke.", "Jahongir Artikkhodjaev", "hokim"),
        ] {
            let names = try Self.names(text)
            #expect(names.map(\.surface) == [surface], "\(text)")
            #expect(names.first?.titles.last == title, "\(text)")
            #expect(names.first?.kind == .person, "\(text)")
        }
        // An organisation whose name holds a title word keeps it; so does a name after it that is no person's.
        try Self.expectSurfaces("On Monday, the Ministry of Defence of Ukraine spoke.", ["Ministry of Defence of Ukraine"])
        #expect(try Self.names("On Monday, the Kyiv Mayor Office spoke.").first?.titles == [])
    }

    @Test("sentence-initial and ordinary capitalised words are not names")
    func commonWords() throws {
        let text = """
            Police used water cannon. Opposition supporters gathered on Monday. Eyewitnesses told reporters \
            that Thousands had gathered. Separately, the health ministry said nothing.
            Fear of looting
            """
        let names = try Self.names(text).map(\.surface)
        #expect(names == [], "\(names)")
        #expect(try Self.names("Later the Health Ministry said so.").map(\.kind) == [.organisation])
    }

    @Test("a sentence-initial single word is a name when the article capitalises it elsewhere too")
    func sentenceInitialEvidence() throws {
        let names = try Self.names("Atambayev was freed. Supporters of Almazbek Atambayev cheered.")
        #expect(names.map(\.surface) == ["Atambayev", "Almazbek Atambayev"])
        #expect(names[0].kind == .person)
    }

    @Test("a word alone on its line, or shaped like a surname, is a name even at a sentence start")
    func sentenceInitialShapes() throws {
        try Self.expectSurfaces("Bishkek", ["Bishkek"])
        try Self.expectSurfaces("Comments\nAdvertisement", [])
        try Self.expectSurfaces("Mombekov said the vote was rigged.", ["Mombekov"])
        try Self.expectSurfaces("Footage showed crowds. Certain protesters left. Main streets closed.", [])
    }

    @Test("organisations and places get their kind and lose trailing place words")
    func kinds() throws {
        // A square is a place of its own (place-descriptors.txt): its descriptor stays in the span. So is
        // an avenue (Chuy Avenue, проспект Чуй), and a street now too: the gold tables write a street
        // with its descriptor in every language (Tverskaya Street, улица Тверская, Тверская улица),
        // and its bare name is as often the man or town it is named after.
        let names = try Self.names("Protesters on Chuy Street and in Ala Too Square joined the Ata-Meken party and the Central Election Commission near the village of Moldovanovka.")
        #expect(names.map(\.surface) == ["Chuy Street", "Ala Too Square", "Ata-Meken party", "Central Election Commission", "Moldovanovka"])
        #expect(names.map(\.kind) == [.place, .place, .organisation, .organisation, .place])
    }

    @Test("a descriptor next to a name (party, a legal form before a quoted name) is in its span, not its key")
    func descriptors() throws {
        func one(_ spelling: String) throws -> DetectedName? {
            let names = try Self.names("On Monday, \(spelling) said that talks would go on.")
            return names.count == 1 ? names[0] : nil
        }
        let cases: [(spelling: String, bare: String, kind: NameKind)] = [
            ("Ata-Meken party", "Ata-Meken", .organisation), ("партия «Яблоко»", "Яблоко", .organisation),
            ("ПАО «Газпром»", "Газпром", .organisation), ("ЧВК «Вагнер»", "Вагнер", .organisation),
            ("НАК «Нафтогаз України»", "Нафтогаз України", .organisation),
        ]
        for (spelling, bare, kind) in cases {
            let name = try one(spelling)
            #expect(name?.surface == spelling, "\(spelling)")
            #expect(name?.kind == kind, "\(spelling)")
            #expect(name?.entityKey == (try one(bare))?.entityKey, "\(spelling)")
        }
        // A quoted name after a legal form is an organisation's, whatever its endings.
        #expect(try one("ГМК «Норильский никель»")?.kind == .organisation)
        // A capitalised word is the name's: the Kyrgyzstan Party is not Kyrgyzstan.
        #expect(try one("Kyrgyzstan Party")?.entityKey != (try one("Kyrgyzstan"))?.entityKey)
        // An abbreviation that is no legal form is a word of the name, not a descriptor: ПЦ «Мемориал»
        // is another entity than «Мемориал».
        #expect(try one("ПЦ «Мемориал»")?.surface == "ПЦ «Мемориал»")
        #expect(try one("ПЦ «Мемориал»")?.entityKey != (try one("«Мемориал»"))?.entityKey)
        // Place words are no such descriptors (`descriptor-words.txt` says why; blind table K's
        // confusable pairs test it): город Днепр is the city, in its span, but not the bare Днепр's key.
        #expect(try one("город Днепр")?.surface == "город Днепр")
        #expect(try one("город Днепр")?.entityKey != (try one("Днепр"))?.entityKey)
    }

    @Test("letters that Any-Latin writes with a caron (Armenian ж, ч, ш) key as the English digraphs")
    func armenianScript() throws {
        // Composed: names in Armenian script and their English forms.
        for (armenian, latin) in [("Փաշինյան", "Pashinyan"), ("Քոչարյան", "Kocharyan"), ("Սերժ", "Serzh"), ("Շուշի", "Shushi")] {
            #expect(try Self.key(armenian) == Self.key(latin), "\(armenian)")
        }
    }

    @Test("surname first: a strong surname ending first makes it the surname though the given name ends like a weak one, in capitals or not")
    func passportOrder() throws {
        for (passport, usual) in [("ZHURAVLEVA EKATERINA", "Ekaterina Zhuravleva"), ("MATVIENKO VALENTINA", "Valentina Matvienko"),
                                  ("SAIDOVA NIGINA", "Nigina Saidova"),
                                  // Composed: the surname alone in capitals, and a register's list in Cyrillic.
                                  ("KARIMOVA Irina", "Irina Karimova"), ("BONDARENKO Marina", "Marina Bondarenko"),
                                  ("Рахимова Малика", "Malika Rakhimova")] {
            let a = try Self.names("On Monday, \(passport) said so.")
            let b = try Self.names("On Monday, \(usual) said so.")
            #expect(a.count == 1 && a.first?.entityKey == b.first?.entityKey, "\(passport)")
        }
    }

    @Test("Cyrillic names and Russian name order")
    func cyrillic() throws {
        let names = try Self.names("Вчера Атамбаев Алмазбек Шаршенович встретился с Сооронбаем.")
        #expect(names.first?.surface == "Атамбаев Алмазбек Шаршенович")
        #expect(names.first?.form == .fullPerson(
            surnameKey: try Self.key("Atambayev"), givenKey: try Self.key("Almazbek") + "|" + Self.key("Sharshen"),
            display: "Алмазбек Атамбаев", surname: "Атамбаев"))
    }

    @Test("a patronymic is keyed by the father's name: Russian -evich and Kazakh -uly are one patronymic")
    func russianAndKazakhPatronymics() throws {
        let russian = try Self.names("Nursultan Abishevich Nazarbayev spoke.").first?.form
        let kazakh = try Self.names("Nursultan Abishuly Nazarbayev spoke.").first?.form
        guard case .fullPerson(let surnameKey, let givenKey, _, _) = russian else { Issue.record("no person"); return }
        guard case .fullPerson(let kazakhSurname, let kazakhGiven, _, _) = kazakh else { Issue.record("no person"); return }
        #expect(givenKey == kazakhGiven && surnameKey == kazakhSurname)
        #expect(givenKey.hasSuffix("|" + (try Self.key("Abish"))))
        // Azerbaijani Latin oğlu, like oglu, makes the father's name a patronymic.
        let azerbaijani = try Self.clusters(["İlham Heydər oğlu Əliyev", "Ilham Heydar oglu Aliyev", "Ilham Aliyev"])
        #expect(Set(azerbaijani).count == 1, "\(azerbaijani)")
    }

    @Test("a trailing patronymic particle ends a person's name: the father's name and the particle are the surname")
    func trailingPatronymicParticle() throws {
        let latin = try Self.names("On Monday, Makhabat Tajibek kyzy said that talks would go on.")
        let cyrillic = try Self.names("On Monday, Махабат Тажибек кызы said that talks would go on.")
        #expect(latin.map(\.surface) == ["Makhabat Tajibek kyzy"])
        #expect(cyrillic.map(\.surface) == ["Махабат Тажибек кызы"])
        #expect(latin.first?.kind == .person && latin.first?.entityKey == cyrillic.first?.entityKey)
        // A particle that a capitalised word follows is still inside the name ("Heydar oglu Aliyev").
        try Self.expectSurfaces("On Monday, Ilham Heydar oglu Aliyev said so.", ["Ilham Heydar oglu Aliyev"])
    }

    @Test("a Cyrillic name in sentence case is whole inside quotes or Latin text, and only there")
    func quotedSentenceCase() throws {
        let quoted = try Self.names("Редакция «Новая газета» и партия “Слуга народу” ответили.")
        #expect(quoted.map(\.surface) == ["Новая газета", "партия “Слуга народу”"])
        let embedded = try Self.names("The party Слуга народу won, and Ҳизби наҳзати исломии Тоҷикистон lost.")
        #expect(embedded.map(\.surface) == ["party Слуга народу", "Ҳизби наҳзати исломии Тоҷикистон"])
        #expect(embedded.first?.entityKey == quoted.last?.entityKey)
        // Russian text after a Latin word is not a name in Latin text.
        for text in ["Вчера глава Telegram Павел Дуров заявил, что сервис работает.", "В 2024 Павел Дуров заявил так."] {
            #expect(try Self.names(text).allSatisfy { !$0.surface.contains("заявил") })
        }
        let latin = try Self.names("The newspaper Novaya Gazeta said so.")
        #expect(latin.first?.entityKey == quoted.first?.entityKey)
        // Without quotes, or with more in the quotes, the lower-case words stay out.
        #expect(try Self.names("В Москве Новая газета вышла.").map(\.surface).contains("Новая газета") == false)
        #expect(try Self.names("Он сказал: «Новая газета вышла сегодня утром».").map(\.surface).contains { $0.contains(" ") } == false)
    }

    @Test("offsets are code points")
    func offsets() throws {
        let text = "🇰🇬 Ёлка — «Сооронбай Жээнбеков» and Sadyr Japarov."
        let scalars = Array(text.unicodeScalars)
        for name in try Self.names(text) {
            #expect(String(String.UnicodeScalarView(scalars[name.codePointStart..<name.codePointEnd])) == name.surface)
        }
        try Self.expectSurfaces(text, ["Сооронбай Жээнбеков", "Sadyr Japarov"])
    }

    @Test("a surname alone joins only its own article's full name")
    func surnameGuard() throws {
        let documents = try Self.run([
            "President Sooronbay Jeenbekov spoke. Jeenbekov said he would meet the parties.",
            "His brother Asylbek Jeenbekov is a member of Birimdik.",
            "Crowds chanted against Jeenbekov in the square.",
        ])
        let mentions = documents.map { $0[NamesKey.self] ?? [] }
        #expect(mentions[0].map(\.canonical) == ["Sooronbay Jeenbekov", "Sooronbay Jeenbekov"])
        #expect(mentions[1].first?.canonical == "Asylbek Jeenbekov")
        // No full name in the third article: the surname keeps its own spelling, joins nobody.
        #expect(mentions[2].first?.canonical == "Jeenbekov")
        #expect(mentions[2].first?.kind == "other")
    }

    @Test("namesakes in one article stay apart, and a generic title does not choose between them")
    func namesakes() throws {
        let documents = try Self.run([
            "President Sooronbai Jeenbekov and his brother Asylbek Jeenbekov voted. President Jeenbekov smiled. Mr Jeenbekov left.",
        ])
        let mentions = documents[0][NamesKey.self] ?? []
        #expect(mentions.map(\.canonical) == ["Sooronbai Jeenbekov", "Asylbek Jeenbekov", "Sooronbai Jeenbekov", "Jeenbekov"])
    }

    @Test("a titled surname with no full name in its article joins the one person of the batch of that surname, none of two")
    func titledSurnames() throws {
        // One Tokayev in the batch, written three ways: the titled surname joins him.
        var documents = try Self.run([
            "Kassym-Jomart Tokayev spoke.", "Qasym-Jomart Toqaev spoke.", "Later President Tokayev left.",
            "Foreign Minister Lavrov said so.", "Sergei Lavrov met him.",
        ])
        var canonicals = documents.map { $0[NamesKey.self]?.first?.canonical }
        #expect(canonicals[2] == canonicals[0])
        #expect(canonicals[3] == canonicals[4])
        // Two Japarovs in the batch: the titled surname could be either, and joins neither.
        documents = try Self.run(["Sadyr Japarov spoke.", "Akylbek Japarov spoke.", "Later President Japarov left."])
        canonicals = documents.map { $0[NamesKey.self]?.first?.canonical }
        #expect(canonicals[2] != canonicals[0] && canonicals[2] != canonicals[1])
        // An article that wrote two given names under the surname makes it ambiguous too, though
        // the batch's other articles name only one of them.
        documents = try Self.run([
            "President Sooronbai Jeenbekov and his brother Asylbek Jeenbekov voted.", "Sooronbai Jeenbekov spoke.",
            "Then Mr Jeenbekov left.",
        ])
        #expect(documents[2][NamesKey.self]?.first?.canonical == "Jeenbekov")
        // A wife's surname is another key: Mrs Nazarbayeva never joins Nursultan Nazarbayev.
        documents = try Self.run(["Nursultan Nazarbayev spoke.", "Then Mrs Nazarbayeva left."])
        #expect(documents[1][NamesKey.self]?.first?.canonical == "Nazarbayeva")
    }

    @Test("a surname of no known ending before the given name, in capitals, joins the person written given name first")
    func surnameFirstOrders() throws {
        let documents = try Self.run(["Sergei Shoigu spoke.", "The list read: SHOIGU SERGEI, minister.", "Emomali Rahmon spoke.", "The list read: RAHMON EMOMALI, president."])
        let canonicals = documents.map { $0[NamesKey.self]?.first?.canonical }
        #expect(canonicals[1] == canonicals[0])
        #expect(canonicals[3] == canonicals[2])
    }

    @Test("a patronymic initial joins the one person whose patronymic it starts, though the given name is also written bare")
    func patronymicInitialOverBareName() throws {
        let clusters = try Self.clusters([
            "Сергей Борисович Иванов", "Сергей Петрович Иванов", "Sergei Ivanov", "Иванов С.Б.", "Иванов С.П.", "Иванов С.К.",
        ])
        #expect(clusters[3] == clusters[0])
        #expect(clusters[4] == clusters[1])
        #expect(clusters[0] != clusters[1])
        // No patronymic it starts: the bare name could be anyone, and S.K. joins nobody in particular.
        #expect(clusters[5] != clusters[0] && clusters[5] != clusters[1])
    }

    @Test("Elbasy is a title, not a given name")
    func elbasy() throws {
        let names = try Self.names("On Monday, Elbasy Nazarbayev said so.")
        #expect(names.map(\.surface) == ["Nazarbayev"])
        #expect(names.first?.titles == ["elbasy"])
    }

    @Test("two initials after a Cyrillic surname make a person whatever its ending; not in Latin")
    func cyrillicSurnameInitials() throws {
        for (text, surface) in [("Как сказал Шойгу С.К. вчера.", "Шойгу С.К."), ("Как сказал Янукович В.Ф. вчера.", "Янукович В.Ф.")] {
            let names = try Self.names(text)
            #expect(names.map(\.surface) == [surface])
            #expect(names.first?.kind == .person)
        }
        let documents = try Self.run(["Как сказал Сергей Кужугетович Шойгу вчера.", "Как сказал Шойгу С.К. вчера."])
        let canonicals = documents.map { $0[NamesKey.self]?.first?.canonical }
        #expect(canonicals[0] == canonicals[1])
        #expect(try Self.names("They flew to Washington D.C. on Monday.").allSatisfy { $0.kind != .person })
    }

    @Test("short forms join only through the short-form rule, and not when an article shows two people")
    func shortForms() throws {
        var documents = try Self.run(["Janar Akayev spoke.", "Janarbek Akaev spoke.", "Askar Akayev spoke."])
        var canonicals = documents.map { $0[NamesKey.self]?.first?.canonical }
        #expect(canonicals[0] == canonicals[1])
        #expect(canonicals[2] != canonicals[0])
        documents = try Self.run(["Janar Akayev spoke.", "Janarbek Akaev spoke."], configuration: "short_form_endings []")
        canonicals = documents.map { $0[NamesKey.self]?.first?.canonical }
        #expect(canonicals[0] != canonicals[1])
        documents = try Self.run(["Janar Akayev and Janarbek Akayev spoke.", "Janar Akayev spoke."])
        canonicals = documents.map { $0[NamesKey.self]?.first?.canonical }
        #expect(documents[0][NamesKey.self]?.map(\.canonical) == ["Janar Akayev", "Janarbek Akayev"])
    }

    @Test("given names differing by kh, h or k or a hyphen join under one surname, but not namesakes of one article; surnames under one given name")
    func khRule() throws {
        var documents = try Self.run(["Bakhytzhan Sagintayev spoke.", "Bakytzhan Sagintaev spoke.", "Adakan Madumarov came."])
        var canonicals = documents.map { $0[NamesKey.self]?.first?.canonical }
        #expect(canonicals[0] == canonicals[1])
        #expect(canonicals[2] == "Adakan Madumarov")
        let runTogether = try Self.clusters(["Kassym-Jomart Tokayev", "Kassymzhomart Tokayev", "Kassym Jomart Tokayev"])
        #expect(Set(runTogether).count == 1)
        let surnames = try Self.clusters(["Gulshara Abdykhalikova", "Gulshara Abdykalikova", "Aigul Abdykalikova"])
        #expect(surnames[0] == surnames[1] && surnames[2] != surnames[1])
        documents = try Self.run(["Hasan Aliev and Kasan Aliev spoke.", "Hasan Aliev came."])
        canonicals = documents[0][NamesKey.self]?.map(\.canonical) ?? []
        #expect(canonicals == ["Hasan Aliev", "Kasan Aliev"])
    }

    @Test("long non-person names one edit apart join; people never do")
    func oneEdit() throws {
        var documents = try Self.run(["Shares of KazMunayGas rose.", "Shares of KazMunaiGaz fell."])
        var canonicals = documents.map { $0[NamesKey.self]?.first?.canonical }
        #expect(canonicals[0] == canonicals[1])
        documents = try Self.run([
            "Abdulla Aripov spoke.", "Abdulla Oripov wrote.", "Rustam Nazarov spoke.", "Rustam Nazirov spoke.",
            "Sergei Ivanov spoke.", "Sergei Ivanova spoke.",
        ])
        canonicals = documents.map { $0[NamesKey.self]?.first?.canonical }
        #expect(Set(canonicals).count == 6)
    }

    @Test("vowel variants: o for a in people after the first letter, a e i o in long place names, never u")
    func vowelVariants() throws {
        var documents = try Self.run([
            "Abdulaziz Komilov spoke.", "Abdulaziz Kamilov spoke.", "Protesters met in Urganch.", "Protesters met in Urgench.",
        ])
        var canonicals = documents.map { $0[NamesKey.self]?.first?.canonical }
        #expect(canonicals[0] == canonicals[1])
        #expect(canonicals[2] == canonicals[3])
        let runs = try Self.clusters(["Amudaryo", "Amu Darya", "Sirdaryo", "Syr-Darya"])
        #expect(runs[0] == runs[1] && runs[2] == runs[3] && runs[0] != runs[2])
        documents = try Self.run([
            "Protesters met in Karakol.", "Protesters met in Karakul.", "Rustam Komilov spoke.", "Anvar Kamilov spoke.",
            "Later Nazarov spoke.", "Later Nazirov spoke.", "Later Komilov spoke.", "Later Kamilov spoke.",
        ])
        canonicals = documents.map { $0[NamesKey.self]?.first?.canonical }
        #expect(Set(canonicals).count == 8, "\(canonicals)")
        // Patronymics (not shown in the canonical form) keep two Sergei Ivanovs apart; with one
        // patronymic in the batch, the bare name is that person.
        let stage = try NameNormalizer(options: .init())
        let context = StageContext(stageName: "names")
        func clusters(_ texts: [String]) throws -> [String?] {
            var state = stage.emptyState()
            for (i, text) in texts.enumerated() {
                stage.merge(&state, with: try stage.summarize(Document(id: "\(i)", text: text), context: context))
            }
            let resolution = try stage.resolve(state)
            return try texts.map { resolution.cluster[try stage.detect($0, context: context)[0].entityKey] }
        }
        let namesakes = try clusters(["Sergei Borisovich Ivanov spoke.", "Sergei Sergeyevich Ivanov spoke.", "Sergei Ivanov spoke."])
        #expect(Set(namesakes).count == 3, "\(namesakes)")
        let one = try clusters(["Sergei Borisovich Ivanov spoke.", "Sergei Ivanov spoke."])
        #expect(one[0] != nil && one[0] == one[1], "\(one)")
    }

    @Test("equivalent given names join under one surname only")
    func givenNameEquivalents() throws {
        let documents = try Self.run([
            "Volodymyr Zelensky spoke.", "Vladimir Zelensky spoke.", "Vladimir Putin spoke.", "Oleksandr Lukashenko spoke.",
            "Aleksandr Lukashenko spoke.", "Mykyta Poturaiev spoke.", "Nikita Poturaev spoke.",
        ])
        let canonicals = documents.map { $0[NamesKey.self]?.first?.canonical }
        #expect(canonicals[0] == canonicals[1])
        #expect(canonicals[2] == "Vladimir Putin")
        #expect(canonicals[3] == canonicals[4])
        #expect(canonicals[5] == canonicals[6])
        let apart = try Self.run(["Volodymyr Zelensky and Vladimir Zelensky are namesakes.", "Vladimir Zelensky spoke."])
        #expect(apart[0][NamesKey.self]?.map(\.canonical) == ["Volodymyr Zelensky", "Vladimir Zelensky"])
    }

    @Test("a short given name joins the one full name under its surname; more short forms come from options")
    func diminutives() throws {
        let bundled = try Self.clusters(["Svyatoslav Vakarchuk", "Slava Vakarchuk", "Nadezhda Mikhalkova", "Nadya Mikhalkova"])
        #expect(bundled[0] == bundled[1])
        #expect(bundled[2] == bundled[3])
        let spellings = ["Kubanychbek Jumaliev", "Kuban Jumaliev"]
        let plain = try Self.clusters(spellings)
        #expect(plain[0] != plain[1])
        var options = NameNormalizer.Options()
        options.givenNameDiminutives = ["Kubanychbek Kuban"]
        let extended = try NameNormalizerEvaluation.clusters(
            spellings.map { NameNormalizerEvaluation.Spelling(entity: "", text: $0) }, stage: try NameNormalizer(options: options))
        #expect(extended[0] == extended[1])
    }

    /// The cluster of each spelling, one article per spelling.
    static func clusters(_ texts: [String]) throws -> [String] {
        try NameNormalizerEvaluation.clusters(texts.map { NameNormalizerEvaluation.Spelling(entity: "", text: $0) })
    }

    /// ``clusters(_:)`` of `texts`, expecting every spelling matched to an entity (none `unmatched`).
    static func matchedClusters(_ texts: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String] {
        let found = try clusters(texts)
        #expect(!found.contains { $0.hasPrefix("unmatched") }, "\(found)", sourceLocation: sourceLocation)
        return found
    }

    /// Expects the spellings of each group (positions in `clusters`, as ``clusters(_:)`` gives them) in one cluster.
    static func expectJoined(_ clusters: [String], _ groups: [ClosedRange<Int>], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for group in groups { #expect(Set(clusters[group]).count == 1, "\(group): \(clusters)", sourceLocation: sourceLocation) }
    }

    /// ``clusters(_:)`` of `texts`, expecting the spellings of each of `groups` in one cluster (``expectJoined(_:_:sourceLocation:)``);
    /// a test that checks only the joins leaves the clusters unused.
    @discardableResult
    static func joinedClusters(
        _ texts: [String], _ groups: [ClosedRange<Int>], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> [String] {
        let found = try clusters(texts)
        expectJoined(found, groups, sourceLocation: sourceLocation)
        return found
    }

    @Test("register order: surname, given name and patronymic whatever the surname's ending; initials after the surname")
    func registerOrder() throws {
        // Composed: surnames with no Slavic ending, and brothers with one patronymic.
        let people = try Self.joinedClusters([
            "Тулеген Жумабай", "Жумабай Тулеген Серикович", "Асель Кенже", "Кенже Асель Маратовна",
            "Кенже Бауыржан Маратович", "Бауыржан Кенже",
        ], [0...1, 2...3, 4...5])
        #expect(people[3] != people[4] && people[0] != people[2])
        // A one-letter never-word after a surname or an initial is an initial: the article A, the pronoun I.
        let initials = try Self.clusters(["Gulnara Bekova", "Bekova G.", "Timur Asanbekov", "Timur Ivanovich Asanbekov", "Asanbekov T. I.",
                                          "Азамат Исаевич Осмонов", "Осмонов А. И."])
        #expect(initials[0] == initials[1] && initials[2] == initials[4] && initials[3] == initials[4] && initials[5] == initials[6], "\(initials)")
        #expect(try Self.names("A vote was held. I think so.").isEmpty)
        // Initials make a person whatever the surname's ending, so they join the full name.
        let frunze = try Self.clusters(["Михаил Васильевич Дзюба", "М. В. Дзюба"])
        #expect(frunze[0] == frunze[1], "\(frunze)")
    }

    @Test("one initial with its period after a surname of any ending makes a person, unless a capitalised word follows it")
    func oneTrailingInitial() throws {
        // Composed: surnames with no Slavic ending, in both scripts, with a digraph initial, beside a namesake
        // of another initial.
        let people = try Self.joinedClusters([
            "Dauren Kenzhebai", "Kenzhebai D.", "Даурен Кенжебай", "Кенжебай Д.", "Yulduz Tokhtaboi", "Tokhtaboi Yu.",
            "Askhat Kenzhebai",
        ], [0...3, 4...5])
        #expect(people[6] != people[0], "\(people)")
        // A capitalised word after the period: the initial ends a sentence ("Peter I. Then"), it is no person's.
        #expect(try Self.names("Tsar Kenzhebai I. Then the war began.").allSatisfy { $0.kind != .person || !$0.surface.contains("I") })
    }

    @Test("hyphenated initials stand for a double given name; a surname, a comma and a given name are one person")
    func hyphenatedInitialsAndCommaOrder() throws {
        // Composed: a double given name and its hyphenated initials in both scripts, beside a namesake.
        let people = try Self.clusters(["Nur-Aly Sarsenbayev", "Нур-Али Сарсенбаев", "Н.-А. Сарсенбаев", "N.-A. Sarsenbayev", "Nurlan Sarsenbayev"])
        #expect(Set(people.prefix(4)).count == 1 && people[4] != people[0], "\(people)")
        let comma = try Self.clusters(["Bolat Zhunusov", "Zhunusov, Bolat", "Ainur Zhunusova", "Zhunusova, Ainur"])
        #expect(comma[0] == comma[1] && comma[2] == comma[3] && comma[0] != comma[2], "\(comma)")
        // A list of surnames is no such name.
        #expect(try Self.names("Akayev, Bakiyev and Atambayev met. Tashiev, Japarov, Mukhtar came.").count == 6)
    }

    @Test("a surname of a weak ending, a comma and a known given name are one person; lists stay apart")
    func commaOrderWithKnownGivenName() throws {
        // Composed: invented surnames of endings that are not strong (-sky, -in, -enko), each with a
        // given name of given-name-equivalents.txt after a comma, beside a namesake.
        let found = try Self.matchedClusters([
            "Dmitry Zhuravsky", "Zhuravsky, Dmitry", "Dmytro Zhuravsky",  // 0-2
            "Olga Berezhkina", "Berezhkina, Olga",  // 3-4
            "Vladimir Zhuravsky",  // 5
        ])
        Self.expectJoined(found, [0...2, 3...4])
        #expect(found[5] != found[0], "\(found)")
        #expect(try Self.names("On Monday, Zhuravsky, Dmitry said so.").map(\.surface) == ["Zhuravsky, Dmitry"])
        // Must not fire: a list of surnames, a list of given names, a place before a given name.
        #expect(try Self.names("On Monday, Zhuravsky, Berezhkina and Sokolsky met.").count == 3)
        #expect(try Self.names("On Monday, Olga, Dmitry and Irina met.").allSatisfy { !$0.surface.contains(",") })
        #expect(try Self.names("In Moscow, Dmitry said so.").allSatisfy { !$0.surface.contains(",") })
        #expect(try Self.names("On Monday, Kazakhstan, Dmitry said, would sign.").allSatisfy { !$0.surface.contains(",") })
    }

    @Test("a soft sign's apostrophe before a hyphen is inside the word")
    func apostropheBeforeHyphen() throws {
        let places = try Self.clusters(["Sol'-Iletsk", "Sol-Iletsk"])
        #expect(places[0] == places[1] && !places[0].hasPrefix("unmatched"), "\(places)")
    }

    @Test("a soft sign's apostrophe ending a given name goes on the name; a closing quote or a plural possessive does not")
    func softSignBeforeNextWord() throws {
        // Composed: the soft sign as the scholarly style, BGN (ʹ) and GOST 7.79 B (`) write it.
        try Self.joinedClusters([
            "Igor Shuvalov", "Igor' Shuvalov", "Igorʹ Shuvalov", "Igor` Shuvalov",  // 0-3
            "Lyubov Sobol", "Lyubov' Sobol'",  // 4-5
        ], [0...3, 4...5])
        #expect(try Self.names("On Monday, Edil' Baisalov said so.").map(\.surface) == ["Edil' Baisalov"])
        // Must not fire: a name in single quotes before a capitalised word, a plural possessive.
        #expect(try Self.names("They met the 'Ata Meken' Party on Monday.").map(\.surface).allSatisfy { !$0.contains("'") })
        #expect(try Self.names("They saw the Bakiyevs' House on Monday.").map(\.surface).allSatisfy { !$0.contains("'") })
    }

    @Test("Kazakh Latin of 2018 is read as it writes у and и (ý, ı), not as Turkmen or Polish words")
    func kazakhLatin() throws {
        // Composed: the 2018 alphabet's spelling of names the press writes in its own habit too.
        try Self.joinedClusters(["Máýlen Áshimbaev", "Maulen Ashimbaev", "Aqtaý", "Aktau", "Qostanaı", "Kostanay"], [0...1, 2...3, 4...5])
        // Must not fire: Turkmen ý after a consonant is й (Nyýazow is no Nyuazov), and a Polish ó is
        // no Kazakh letter (Lwów stays Polish).
        let others = try Self.clusters(["Nyýazow", "Nyuazov", "Lwów", "Lviv"])
        #expect(others[0] != others[1] && others[2] == others[3], "\(others)")
    }

    @Test("Kazakh Latin of 2018 writes у as ý before a consonant too, in a word with no acute letter")
    func kazakhLatinWithoutAcute() throws {
        // Composed: ı alone would read Tımýr as a Turkish word, Timyr; its ý before a consonant is у.
        try Self.joinedClusters([
            "Tımýr Ospanbaev", "Timur Ospanbaev", "Тимур Оспанбаев", "Ospanbaev Ýnıversıteti", "Оспанбаев Университеті",
        ], [0...2, 3...4])
        // Must not fire: Turkmen ý before a vowel is й (Nyýazow), and a Turkish ı with no ý keeps the
        // Turkish reading, which no Kazakh word shares (Timur and Temir stay two given names).
        let others = try Self.clusters(["Nyýazow", "Nyuazov", "Tımýr Ospanbaev", "Temir Ospanbaev"])
        #expect(others[0] != others[1] && others[2] != others[3], "\(others)")
    }

    @Test("ISO 9 is read as it writes я, ю and щ (â, û, ŝ), not in a French word")
    func isoLatin() throws {
        // Composed: ISO 9 spellings of names the press writes in its own habit too.
        try Self.joinedClusters([
            "Vâčeslav Volodin", "Vyacheslav Volodin", "Viktor Ûŝenko", "Viktor Yushchenko", "Âkutsk", "Yakutsk",
        ], [0...1, 2...3, 4...5])
        // Must not fire: a French word with â is no ISO 9 one (Pâté is no Pyate).
        let french = try Self.clusters(["Pâté", "Pyate"])
        #expect(french[0] != french[1], "\(french)")
    }

    @Test("German s and sch join the one entity they can stand for, and none when there are two")
    func germanMarks() throws {
        let one = try Self.clusters(["Maria Zakharova", "Maria Sacharowa", "Sergei Shoigu", "Sergej Schoigu"])
        #expect(one[0] == one[1])
        #expect(one[2] == one[3])
        let two = try Self.clusters(["Andrei Zakharov", "Andrei Sakharov", "Andrej Sacharow"])
        #expect(two[2] != two[0] && two[2] != two[1])
        #expect(two[0] != two[1])
    }

    @Test("German sch is also сх: it joins the one of sh, zh or skh the batch holds, and neither beside two")
    func germanSchForSKh() throws {
        // Composed: a Kazakh and a Tatar person and a Russian place, German beside English.
        try Self.joinedClusters([
            "Aschar Ischakow", "Askhar Iskhakov", "Jeschan Muchtarow", "Yeskhan Mukhtarov", "Paschalowo", "Paskhalovo",
        ], [0...1, 2...3, 4...5])
        // Must not fire: beside both an Ishakov (Ишаков) and an Iskhakov (Исхаков), Ischakow could be either.
        let two = try Self.clusters(["Ruslan Ishakov", "Ruslan Iskhakov", "Ruslan Ischakow"])
        #expect(two[2] != two[0] && two[2] != two[1], "\(two)")
        #expect(NameClusterer.canStandFor("a¶ar", "asHar") && NameClusterer.canStandFor("a¶ar", "aSar"))
        #expect(!NameClusterer.canStandFor("a¶ar", "azHar") && !NameClusterer.canStandFor("a¶ar", "asar"))
    }

    @Test("a German tsch still apart is т before ш or ж as well as ч, in a name marked by the German s")
    func germanTschForTZh() throws {
        // Composed: Kazakh people, German beside English; the German s of the surname marks the name.
        try Self.joinedClusters([
            "Bakytzhan Sultanbekov", "Bakytschan Sultanbekow", "Kamchybek Sarsenbayev", "Kamtschybek Sarsenbajew",
        ], [0...1, 2...3])
        // Must not fire: beside a Bakychan (Бакычан) the German tsch is read as ч first, and joins that one only.
        let both = try Self.clusters(["Bakytzhan Sultanbekov", "Bakychan Sultanbekov", "Bakytschan Sultanbekow"])
        #expect(both[2] == both[1] && both[2] != both[0], "\(both)")
    }

    @Test("a word with an English digraph or y glide is not read the German way, nor are its name's other words")
    func germanCounterMarkers() throws {
        // Sakharov's kh is English: its s is not the German з, so it never joins Zakharov.
        let apart = try Self.clusters(["Andrei Sakharov", "Andrei Zakharov", "Sakharov", "Zakharov", "Yevgeny Sasonov", "Yevgeny Zazonov"])
        #expect(Set(apart).count == 6, "\(apart)")
        // Sakharow mixes the German w with the English kh: its s is s, and it joins Sakharov.
        let mixed = try Self.clusters(["Andrei Sakharov", "Andrei Sakharow", "Andrei Zakharov"])
        #expect(mixed[0] == mixed[1] && mixed[0] != mixed[2], "\(mixed)")
        // German forms still join their English ones.
        let one = try Self.clusters([
            "Andrej Sacharow", "Andrei Sakharov", "Nursultan Nasarbajew", "Nursultan Nazarbayev", "Sergej Schoigu", "Sergei Shoigu",
        ])
        for pair in stride(from: 0, to: one.count, by: 2) { #expect(one[pair] == one[pair + 1], "\(pair) \(one)") }
        // Kasan, five letters, is read with the ambiguous German s only as a word that shows no style (styleReadings).
    }

    @Test("the German adjective endings -kaja and -koje mark a word German, its j and tz read as y and ц")
    func germanAdjectiveEndings() throws {
        // Composed: regions of Kyrgyzstan, Kazakhstan, Ukraine and Russia, a Russian person and a Russian place,
        // in English, Cyrillic and German spellings.
        let one = try Self.joinedClusters([
            "Talasskaya oblast", "Таласская область", "Talasskaja oblast",
            "Karagandinskaya oblast", "Карагандинская область", "Karagandinskaja oblast",
            "Odesskaya oblast", "Одесская область", "Odesskaja oblast",
            "Lyudmila Ulitskaya", "Людмила Улицкая", "Ljudmila Ulitzkaja",
            "Tsarskoye Selo", "Zarskoje Selo",
        ], [0...2, 3...5, 6...8, 9...11, 12...13])
        #expect(Set(one).count == 5, "\(one)")
        // Must not fire: the German s of such a word is з or с, so beside two women it could stand for it joins
        // neither, and a word with an English digraph is not German whatever its ending.
        let none = try Self.clusters(["Lyudmila Saritskaya", "Lyudmila Zaritskaya", "Ljudmila Saritzkaja", "Sakharskaja oblast", "Zakharskaya oblast"])
        #expect(Set(none).count == none.count, "\(none)")
    }

    @Test("an initial that is the first letter of the digraph of х or ш joins the one person it can stand for")
    func digraphInitials() throws {
        // Composed: Russian and Uzbek names, Latin and Cyrillic.
        let one = try Self.joinedClusters([
            "Khabib Nurmagomedov", "Хабиб Нурмагомедов", "K. Nurmagomedov",
            "Shukhrat Ganiyev", "Шухрат Ганиев", "S. Ganiyev",
            "Khasanboy Dusmatov", "Хасанбой Дусматов", "K. Dusmatov",
            "Khurshid Yusupov", "Хуршид Юсупов", "K. Yusupov",
        ], [0...2, 3...5, 6...8, 9...11])
        #expect(Set(one).count == 4, "\(one)")
        // Must not fire: two people under the surname that the initial can stand for (Khabib and Kamil, Shukhrat and
        // Sergei), or none (K. is no Ch- name, whose key starts with ч's letter), join nothing.
        let none = try Self.clusters([
            "Khabib Nurmagomedov", "Kamil Nurmagomedov", "K. Nurmagomedov", "Shukhrat Ganiyev", "Sergei Ganiyev", "S. Ganiyev",
            "Chingiz Aitmatov", "K. Aitmatov",
        ])
        #expect(Set(none).count == none.count, "\(none)")
    }

    @Test("Kyrgyz ө and Azerbaijani ə, read as the Russian form writes them, join the one entity the reading gives")
    func letterReadings() throws {
        let one = try Self.clusters([
            "Иссык-Куль", "Ысык-Көл", "Issyk-Kul", "Ysyk-Köl", "Tolekan Ismailova", "Tölökan Ismailova",
            "Elmar Mamedyarov", "Elmar Məmmədyarov", "Таш-Кумыр", "Таш-Көмүр", "Tash-Kumyr", "Tash-Kömür",
        ])
        for pair in stride(from: 0, to: one.count, by: 2) { #expect(one[pair] == one[pair + 1], "\(pair)") }
        #expect(one[1] == one[3])
        // Two entities the reading gives: neither. Different given names: no join.
        let two = try Self.clusters(["Aibek Kulov", "Aibek Kelov", "Aibek Kölov", "Aibek Tolekov", "Kanat Tölökov"])
        #expect(Set(two).count == 5)
        // A row that a hyphen alone may have made of two places (Karakul, Kara-Kul) is not joined.
        let hyphen = try Self.clusters(["Karakul", "Kara-Kul", "Kara-Köl"])
        #expect(hyphen[2] != hyphen[0])
    }

    @Test("Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о joins the one entity the reading gives")
    func uzbekOReadings() throws {
        // An invented Uzbek surname in Uzbek Latin (oʻ, o') and Cyrillic (ў) and in Russian with о; the
        // Uzbek x of Usmonxoʻjayev is х in the reading too.
        let one = try Self.clusters([
            "Azamat Xoʻrozov", "Azamat Xo'rozov", "Азамат Хўрозов", "Azamat Khorozov", "Азамат Хорозов",
            "Botir Usmonxo'jayev", "Botir Usmonkhodzhayev",
        ])
        #expect(Set(one[0...4]).count == 1, "\(one)")
        #expect(one[5] == one[6] && one[0] != one[5], "\(one)")
        // Must not fire: another given name.
        let apart = try Self.clusters(["Azamat Xoʻrozov", "Ilhom Khorozov"])
        #expect(apart[0] != apart[1], "\(apart)")
    }

    @Test("Kyrgyz and Kazakh ң written ng in Latin joins the one entity of the Russian н it gives; a name also written in Cyrillic keeps its ng")
    func nasalReadings() throws {
        // A Kyrgyz valley and rock, a Kazakh town and a Kyrgyz person, each written in Latin with ng
        // and in Cyrillic with the Russian н.
        let one = try Self.clusters([
            "Chong-Kemin", "Чон-Кемин", "Song-Tash", "Сон-Таш", "Zhangaozen", "Жанаозен", "Kengesh Alymkulov", "Кенеш Алымкулов",
        ])
        for pair in stride(from: 0, to: one.count, by: 2) { #expect(one[pair] == one[pair + 1], "\(pair) \(one)") }
        #expect(Set(one).count == 4, "\(one)")
        // Tengiz is Тенгиз, its ng a real н and г: the entity heard in Cyrillic is not read so, and
        // Teniz stays apart. A different given name does not join.
        let apart = try Self.clusters(["Tengiz", "Тенгиз", "Teniz", "Nurlan Alymkulov"])
        #expect(apart[0] == apart[1] && apart[2] != apart[0] && Set(apart).count == 3, "\(apart)")
    }

    @Test("Tajik у before ғ, written u before gh in Latin, joins the one entity of the Russian о it gives, its Tajik Cyrillic spelling with it; a name heard in Russian Cyrillic keeps its u")
    func tajikVowelReadings() throws {
        // A Tajik town, a Tajik region and an invented Tajik surname, each written in Tajik (Latin
        // with gh, Cyrillic with ғ) and in Russian with о.
        let one = try Self.clusters([
            "Khorugh", "Хоруғ", "Хорог", "Sughd", "Суғд", "Согд", "Davlat Tughlov", "Давлат Тоглов",
        ])
        #expect(one[0] == one[1] && one[1] == one[2], "\(one)")
        #expect(one[3] == one[4] && one[4] == one[5], "\(one)")
        #expect(one[6] == one[7], "\(one)")
        #expect(Set(one).count == 3, "\(one)")
        // Urghut is heard in Russian Cyrillic as Ургут: the entity is not read, and Orgut stays apart.
        // A u before no gh is not read (Kulob, Kolob), and a person's reading joins only with the same
        // given name (Davlat Tughlov, Nurali Toglov).
        let apart = try Self.clusters(["Urghut", "Ургут", "Orgut", "Kulob", "Kolob", "Davlat Tughlov", "Nurali Toglov"])
        #expect(apart[0] == apart[1] && apart[2] != apart[0], "\(apart)")
        #expect(apart[3] != apart[4] && apart[5] != apart[6], "\(apart)")
    }

    @Test("Uzbek and Tajik yo for the Russian я joins the one entity of the reading; a name heard in Russian Cyrillic keeps its yo")
    func localYaReadings() throws {
        // An invented Uzbek person written in Latin and Uzbek Cyrillic (ҳ), a Tajik person and an
        // invented Tajik village, each beside its Russian form with я.
        let one = try Self.clusters([
            "Ikhtiyor Tursunov", "Иҳтиёр Турсунов", "Ихтияр Турсунов", "Mirzo Ziyoyev", "Мирзо Зияев", "Dilyorobod", "Дилярабод",
        ])
        #expect(one[0] == one[1] && one[1] == one[2], "\(one)")
        #expect(one[3] == one[4] && one[5] == one[6], "\(one)")
        #expect(Set(one).count == 3, "\(one)")
        // Semyonov is heard in Russian Cyrillic as Семёнов: Semyanov stays apart. A person's reading
        // joins only with the same given name (Rustam Ziyoyev, Mirzo Ziyayev).
        let apart = try Self.clusters(["Semyonov", "Семёнов", "Semyanov", "Rustam Ziyoyev", "Mirzo Ziyayev"])
        #expect(apart[0] == apart[1] && apart[2] != apart[0] && apart[3] != apart[4], "\(apart)")
    }

    @Test("a name with no style marker, read in a style, joins the one entity the reading gives")
    func styleReadings() throws {
        let one = try Self.clusters([
            "Boris Yeltsin", "Boris Jelzin", "Petro Poroshenko", "Petro Porochenko", "Bishkek", "Bichkek", "Uzbekneftegaz",
            "Usbekneftegas", "Donetsk", "Donezk",
        ])
        for pair in stride(from: 0, to: one.count, by: 2) { #expect(one[pair] == one[pair + 1], "\(pair)") }
        // Rachmaninov is Rakhmaninov read the German way and Rashmaninov read the French way: neither.
        let two = try Self.clusters(["Sergei Rakhmaninov", "Sergei Rashmaninov", "Sergei Rachmaninov"])
        #expect(Set(two).count == 3)
        // A word of five or six letters is read with the ambiguous German s too (composed: a Russian, a Kyrgyz,
        // an Uzbek and a Tajik name, Latin and Cyrillic).
        try Self.joinedClusters([
            "Kazan", "Казань", "Kasan", "Frunze", "Фрунзе", "Frunse", "Termez", "Термез", "Termes", "Sarez", "Сарез", "Sares",
        ], [0...2, 3...5, 6...8, 9...11])
        // Must not fire: beside both of its readings such a word joins neither (Sorin and Zorin are different
        // people), and a word of four letters is not read so (Sima is not Zima).
        let short = try Self.clusters(["Pavel Zorin", "Pavel Sorin", "Zorin", "Sorin"])
        #expect(Set(short).count == 4)
        let four = try Self.matchedClusters(["Zima", "Sima"])
        #expect(four[0] != four[1], "\(four)")
    }

    @Test("a legal form before an organisation's name, or in capitals after it, is not part of its key")
    func legalForms() throws {
        let one = try Self.clusters(["Gazprom", "PAO Gazprom", "Gazprom PJSC", "Gazprom Neft", "Gazprom Neft PJSC"])
        #expect(one[0] == one[1] && one[0] == one[2])
        #expect(one[3] == one[4] && one[3] != one[0])
        // A name whose last word is spelt like a legal form but is not in capitals keeps it (Ala Too).
        let two = try Self.clusters(["Ala Too", "Ala"])
        #expect(two[0] != two[1])
    }

    @Test("a Tajik -zoda or Persian -zade surname makes a person, so the surname-first capitals form joins")
    func zodaSurnames() throws {
        let one = try Self.clusters(["Farkhod Karimzoda", "KARIMZODA FARKHOD", "Farhod Karimzade"])
        #expect(Set(one).count == 1)
        #expect(try Self.names("Farkhod Karimzoda said so.").first?.kind == .person)
    }

    @Test("a -zod after a stem of two syllables is the surname's -zoda; a given name's -zod after one syllable is not", arguments: [
        (["Anvar Saidzod", "Anvar Saidzoda", "Anvar Saidzade"], true),
        (["Nodir Sharifzod", "Nodir Sharifzoda"], true),
        (["Bekzod Tursunov", "Bekzad Tursunov"], true),
        (["Behzod Nazarov", "Behzad Nazarov"], true),
    ])
    func zodAfterTwoSyllables(spellings: [String], together: Bool) throws {
        let found = try Self.clusters(spellings)
        #expect((Set(found).count == 1) == together, "\(found)")
    }

    @Test("the Turkish and Azerbaijani press: c is дж in a name with ı, ş, ç, ğ or ə, the unmarked words read so too")
    func turkishStyle() throws {
        let one = try Self.clusters([
            "Bakıt Cumabekov", "Bakyt Dzhumabekov", "Cəlal Əliyev", "Jalal Aliyev", "Aydın Ceenbekov", "Aidyn Zheenbekov",
        ])
        for pair in stride(from: 0, to: one.count, by: 2) { #expect(one[pair] == one[pair + 1], "\(pair)") }
        // The c of a name with no such letter is still the English k.
        let plain = try Self.clusters(["Bakyt Kumabekov", "Bakyt Cumabekov"])
        #expect(plain[0] == plain[1], "\(plain)")
        // Kazakh Latin writes ы as ı and ч as ch: its ch stays ч.
        #expect(try Self.key("Kıchıbaev") == Self.key("Кичибаев"))
    }

    @Test("a Kazakh surname in -uly or -kyzy joins the one person of the same given name with the Russian -ov, -eva of the father's name")
    func kazakhPatronymicSurnames() throws {
        let one = try Self.clusters([
            "Arman Zhaksybaiuly", "Arman Zhaksybayev", "Saule Kenzhebaikyzy", "Saule Kenzhebayeva", "Erlan Tulegenuly", "Erlan Tulegenov",
            "Ерлан Төлегенұлы", "Ерлан Тулегенов",
        ])
        for pair in stride(from: 0, to: one.count, by: 2) { #expect(one[pair] == one[pair + 1], "\(pair)") }
        // Another given name, or a son's form for a woman, never joins.
        let apart = try Self.clusters(["Marat Tulegenuly", "Erlan Tulegenov", "Saule Kenzhebaiuly", "Saule Kenzhebayeva"])
        #expect(Set(apart).count == 4, "\(apart)")
    }

    @Test("a styled name read another way joins the one entity that reading gives: unmarked words as written, Turkmen -ow")
    func otherStyleReadings() throws {
        let one = try Self.clusters([
            "Gulzat Toktosunova", "Gulzat Toktosunowa", "Rashid Meredov", "Rashid Meredow", "Farangis Nazarova", "Farangis Nazarowa",
        ])
        for pair in stride(from: 0, to: one.count, by: 2) { #expect(one[pair] == one[pair + 1], "\(pair)") }
        // A different given name never joins.
        let none = try Self.clusters(["Gulnara Meredow", "Rashid Meredov", "Gulzat Toktosunowa", "Gulnaz Toktosunova"])
        #expect(Set(none).count == 4)
    }

    @Test("an initial joins the one person of its surname it can stand for, after the other joins")
    func initials() throws {
        // Ramsan joins Ramzan only through its German s; the initial still sees one person. Y. is Е.
        let one = try Self.clusters([
            "Ramzan Kadyrov", "Ramsan Kadyrow", "Akhmad Kadyrov", "R. Kadyrov", "Aleksandr Beglov", "A. Beglov",
            "Yerlan Zhumabekov", "Y. Zhumabekov", "Shavkat Mirziyoyev", "Sh. Mirziyoyev",
        ])
        #expect(one[3] == one[0] && one[1] == one[0] && one[2] != one[0])
        #expect(one[5] == one[4])
        #expect(one[7] == one[6])
        #expect(one[9] == one[8])
        // Two people the initial can stand for, or none: no join.
        let none = try Self.clusters(["Akhmad Kadyrov", "Aslan Kadyrov", "A. Kadyrov", "Ramzan Kadyrov", "S. Kadyrov"])
        #expect(Set(none).count == 5)
    }

    @Test("an initial or a title joins a two-word name read as no person (a surname of no known ending), the one of its surname")
    func initialsOfOtherNames() throws {
        // Composed: surnames of no known ending, so the full names are read as other names.
        // An initial is the first letter as written: Z. for Zhanbolat, Y. for Yulia.
        let one = try Self.matchedClusters(["Dmytro Kuleba", "D. Kuleba", "Valerii Zaluzhnyi", "Gen. Zaluzhnyi", "Zhanbolat Mamay", "Z. Mamay",
                                            "Yulia Svyrydenko", "Y. Svyrydenko"])
        Self.expectJoined(one, [0...1, 2...3, 4...5, 6...7])
        #expect(Set(one).count == 4)
        // Two such names under the surname that the initial or the title could stand for: no join.
        let none = try Self.clusters(["Dmytro Kuleba", "Daria Kuleba", "D. Kuleba", "Mr Kuleba", "Valerii Zaluzhnyi", "Olena Zaluzhna", "Daria Zaluzhnyi", "Gen. Zaluzhnyi"])
        #expect(Set(none).count == none.count, "\(none)")
        // One person read as a person in one article (a title) and as another name in another counts once.
        let twice = try Self.clusters(["Anna Kuleba", "Mrs Anna Kuleba", "Mr Kuleba"])
        #expect(Set(twice).count == 1, "\(twice)")
        // A name of two words read as a place as often as not is no person's.
        let place = try Self.clusters(["in Kara Suu", "Kara Suu", "K. Suu"])
        #expect(place[2] != place[1])
    }

    @Test("two initials are the given name's and the patronymic's, and one after the surname keeps its period")
    func patronymicInitials() throws {
        let one = try Self.matchedClusters([
            "Ivan Sergeyevich Petrov", "Ivan Nikolayevich Petrov", "И. С. Петров", "I. N. Petrov",
            "Gennady Golovkin", "Golovkin G.", "Sergei Viktorovich Lavrov", "Lavrov S. V.",
        ])
        #expect(one[2] == one[0] && one[3] == one[1] && one[0] != one[1])
        #expect(one[5] == one[4])
        #expect(one[7] == one[6])
        // A patronymic's initial that no patronymic of the name starts: no join.
        let none = try Self.clusters(["Sergei Viktorovich Lavrov", "S. A. Lavrov"])
        #expect(none[0] != none[1])
    }

    @Test("a style reading of one word alone, of a name read as a person elsewhere, and Georgian surnames in German and French")
    func partialStyleReadings() throws {
        let one = try Self.clusters([
            "Novaya Gazeta", "Novaja Gazeta", "Yedinaya Rossiya", "Jedinaja Rossija", "Ilya Yashin", "Ilia Iachine",
            "Bidzina Ivanishvili", "Bidzina Ivanichvili", "Irakli Kobakhidze", "Irakli Kobachidse",
            // Nawalnaja shows the German style: Julija is read in it.
            "Yulia Navalnaya", "Julija Nawalnaja",
        ])
        for pair in stride(from: 0, to: one.count, by: 2) { #expect(one[pair] == one[pair + 1], "\(pair)") }
        #expect(Set(one).count == one.count / 2)
        let german = try Self.clusters(["Bidzina Ivanishvili", "Bidsina Iwanischwili", "Salome Zurabishvili", "Salome Surabischwili"])
        #expect(german[0] == german[1] && german[2] == german[3] && german[0] != german[2])
        // Read alone, a word still joins only the one entity its reading gives.
        let two = try Self.clusters(["Novaya Gazeta", "Novaya Gazeta Evropa", "Novaja Gazeta Europa"])
        #expect(two[2] != two[0] && two[2] != two[1])
    }

    @Test("a region named after a place joins its other forms, never the place")
    func regions() throws {
        let spellings = [
            "Chelyabinsk", "Челябинск", "Chelyabinsk Oblast", "Chelyabinskaya oblast", "Челябинская область", "Oblast Tscheljabinsk",
            "Chelyabinsk Region", "Talas", "Таласская область", "Talas oblusu", "Jalal-Abad", "Jalal-Abad Oblast", "Жалал-Абад облусу",
        ]
        let clusters = try Self.matchedClusters(spellings)
        #expect(clusters[0] == clusters[1])
        #expect(Set(clusters[2...6]).count == 1 && clusters[2] != clusters[0])
        #expect(clusters[8] == clusters[9] && clusters[7] != clusters[8])
        #expect(clusters[11] == clusters[12] && clusters[10] != clusters[11])
        // The region word is part of the span, a lower-case "region" after a name too.
        try Self.expectSurfaces("Officials in Chelyabinskaya oblast said so.", ["Chelyabinskaya oblast"])
        try Self.expectSurfaces("Fighting in the Donbas region went on.", ["Donbas region"])
    }

    @Test("a place's Saint, abbreviated or in its German and Russian form, is one word")
    func saintForms() throws {
        let clusters = try Self.matchedClusters(["St. Sarybelsk", "St Sarybelsk", "Saint Sarybelsk", "Sankt-Sarybelsk", "Санкт-Сарыбельск", "Sarybelsk"])
        #expect(Set(clusters[0...4]).count == 1 && clusters[5] != clusters[0], "\(clusters)")
    }

    @Test("an abbreviated region word after the name, with its period, makes the region")
    func abbreviatedRegions() throws {
        let clusters = try Self.matchedClusters(["Сарыбельская обл.", "Сарыбельская область", "Sarybel oblast", "Сарыбель"])
        #expect(clusters[0] == clusters[1] && clusters[1] == clusters[2] && clusters[3] != clusters[0], "\(clusters)")
        // The period is part of the span; without it the word is no region word.
        try Self.expectSurfaces("Officials in Сарыбельская обл. said so.", ["Сарыбельская обл."])
        let found = try Self.names("Officials in Сарыбельская обл said so.")
        #expect(!found.contains { $0.entityKey.hasSuffix("#region") }, "\(found)")
    }

    @Test("a lower-case region after a name, and the oblique case of the Russian and Ukrainian adjective, make the region")
    func regionForms() throws {
        let spellings = [
            "Osh region", "Osh Oblast", "Ошская область", "Ошской области",  // 0-3 the region
            "Kursk region", "Курская область", "Курской области",  // 4-6 the region
            "Kyiv Oblast", "Київська область", "Київської області", "Киевской области",  // 7-10 the region
            "Donetsk region", "Донецкая область", "Донецької області",  // 11-13 the region
            "Кыргызская Республика", "Кыргызской Республики",  // 14-15 the republic
            "Osh", "город Ош", "Kursk", "Kyiv", "Donetsk",  // 16-20 the cities
        ]
        let clusters = try Self.matchedClusters(spellings)
        Self.expectJoined(clusters, [0...3, 4...6, 7...10, 11...13, 14...15, 16...17])
        for (city, region) in [(16, 0), (18, 4), (19, 7), (20, 11)] { #expect(clusters[city] != clusters[region]) }
        try Self.expectSurfaces("Officials of the Osh region met in Bishkek.", ["Osh region", "Bishkek"])
    }

    @Test("a one-word Cyrillic place or company in an oblique case joins its nominative; a surname alone never does")
    func caseForms() throws {
        let spellings = [
            "Бишкек", "город Бишкек", "Бишкеке", "Бишкека",  // 0-3 the city
            "Одеса", "Одесі",  // 4-5 the city, Ukrainian locative
            "Газпром", "ПАО «Газпром»", "Газпрома",  // 6-8 the company
            "Крым", "Крыму",  // 9-10 a name of no kind yet
            "Иванов", "Иванова",  // 11-12 a husband and wife written alone
            "Kursk", "Kurska",  // 13-14 Latin: no case ending
        ]
        let clusters = try Self.matchedClusters(spellings)
        Self.expectJoined(clusters, [0...3, 4...5, 6...8, 9...10])
        #expect(clusters[11] != clusters[12])
        #expect(clusters[13] != clusters[14])
        #expect(Set([clusters[0], clusters[4], clusters[6], clusters[9]]).count == 4)
    }

    @Test("a legal form in capitals before a name makes it a company's, and joins the bare name")
    func legalFormsBeforeNames() throws {
        let clusters = try Self.matchedClusters(["OJSC Kyrgyzaltyn", "Kyrgyzaltyn", "NJSC Naftogaz", "Naftogaz", "ИА «Азия-Плюс»", "Азия-Плюс"])
        Self.expectJoined(clusters, [0...1, 2...3, 4...5])
        #expect(try Self.names("On Monday, OJSC Kyrgyzaltyn said so.").first?.kind == .organisation)
        // A person's name is still one after a word that is no legal form in capitals.
        #expect(try Self.names("On Monday, Ao Wei said so.").first?.kind != .organisation)
    }

    @Test("a place descriptor is in the span, not the base key, and sets a sub-kind: a city, a lake, a river and a region of one name never merge")
    func placeSubKinds() throws {
        // One base name, four places, each written with its descriptors; bare forms stay apart.
        let spellings = [
            "Balkhash city", "город Балхаш", "Балқаш қаласы", "Balqash qalasy",  // 0-3 the town
            "Lake Balkhash", "озеро Балхаш", "Балқаш көлі", "Balchaschsee", "lac Balkhach",  // 4-8 the lake
            "Naryn River", "river Naryn", "река Нарын", "Нарын дарыясы", "Naryn-Fluss",  // 9-13 the river
            "Naryn city", "Naryn town", "Нарын шаары", "г. Нарын",  // 14-17 the town
            "Naryn Region", "Нарынская область", "Naryn oblusu",  // 18-20 the region
            "Balkhash", "Naryn", "Москва-река", "Moskva River", "Moskva",  // 21-25 bare forms and the Moskva
        ]
        let clusters = try Self.matchedClusters(spellings)
        Self.expectJoined(clusters, [0...3, 4...8, 9...13, 14...17, 18...20])
        #expect(Set([clusters[0], clusters[4], clusters[21]]).count == 3)
        #expect(Set([clusters[9], clusters[14], clusters[18], clusters[22]]).count == 4)
        // The Moskva river is not Moscow, written Moskva: a bare form joins only a city.
        #expect(clusters[23] == clusters[24] && clusters[25] != clusters[23])
        // A bare form joins the city when the city is its base name's only sub-kind in the batch.
        let osh = try Self.clusters(["Osh", "Osh City", "город Ош", "Ош шаары", "Ош"])
        #expect(Set(osh).count == 1, "\(osh)")
        // A valley or a square of the city's name leaves the bare name to the city; a river, a lake
        // or mountains of that name keep it apart (the Dnipro and Днепр are the river as often).
        let described = try Self.clusters([
            "Karasu", "Karasu town", "Karasu River", "река Карасу",  // 0-3
            "Sarybel", "Sarybel city", "Sarybel Valley", "Sarybel Square",  // 4-7
            "Tashkol", "Tashkol town", "Lake Tashkol", "Tashbel", "Tashbel city", "Tashbel Mountains",  // 8-13
        ])
        #expect(described[0] != described[1] && described[2] == described[3] && described[0] != described[2], "\(described)")
        #expect(described[4] == described[5] && Set(described[4...7]).count == 3, "\(described)")
        #expect(described[8] != described[9] && described[8] != described[10] && described[11] != described[12], "\(described)")
        // A short name's loose skeleton keeps its first vowel: Osh (`osh`) is not the Shu river (`sh`).
        let short = try Self.clusters(["Osh", "Osh city", "Shu River", "Chu River"])
        #expect(short[0] == short[1] && short[2] == short[3] && short[0] != short[2], "\(short)")
        // Traps: a town in -sk with `town` after it and a German lake in -see; a valley beside its city.
        let traps = try Self.clusters(["Baikalsk town", "Baikalsk", "Baikalsee", "Lake Baikal", "Baikal", "Fergana", "Fergana Valley"])
        #expect(traps[0] == traps[1] && traps[2] == traps[3] && traps[0] != traps[2] && traps[4] != traps[0])
        #expect(traps[5] != traps[6])
        // The kind stays place; the English verb "see" and a Kyrgyz name part (Ysyk-Köl) are no descriptors.
        // (A line of five words with four capitals would be a headline: this one is a sentence.)
        #expect(try Self.names("On Monday, Lake Balkhash froze over again.").first?.kind == .place)
        try Self.expectSurfaces("Residents of Osh see no change.", ["Osh"])
        #expect(Set(try Self.clusters(["Ysyk-Köl", "Issyk-Kul"])).count == 1)
        // More descriptors come from options, in the rule file's lines.
        var options = NameNormalizer.Options()
        options.placeDescriptors = ["lake ozer"]
        let stage = try NameNormalizer(options: options)
        try Self.expectSurfaces("On Monday, ozer Sonkul froze.", ["ozer Sonkul"], stage: stage)
    }

    @Test("squares, lower-case provinces, German -Gebiet, Tajik izafet, Kyrgyz possessive and French descriptors with de set a sub-kind")
    func morePlaceDescriptors() throws {
        let spellings = [
            "Ala-Too Square", "Ala Too square", "площадь Ала-Тоо", "Ала-Тоо аянты", "Ala-Too-Platz",  // 0-4 the square
            "Osh Region", "Osh province", "Ошская область",  // 5-7 the region
            "Chuy Region", "Tschui-Gebiet", "Чуйская область",  // 8-10 the region
            "Vakhsh River", "река Вахш", "дарёи Вахш",  // 11-13 the river
            "Lake Sarez", "кӯли Сарез",  // 14-15 the lake
            "Ayni District", "ноҳияи Айнӣ",  // 16-17 the district
            "Lake Issyk-Kul", "Ысык-Көл көлү",  // 18-19 the lake
            "Aral Sea", "mer Aral",  // 20-21 the sea
            "Fergana Valley", "vallée de Ferghana",  // 22-23 the valley
            "Ala-Too", "Osh", "Vakhsh", "Fergana", "Aral",  // 24-28 bare forms
        ]
        let clusters = try Self.matchedClusters(spellings)
        Self.expectJoined(clusters, [0...4, 5...7, 8...10, 11...13, 14...15, 16...17, 18...19, 20...21, 22...23])
        // The descriptor stays part of what tells places apart: no bare form joins a described place.
        for (bare, described) in [(24, 0), (25, 5), (26, 11), (27, 22), (28, 20)] { #expect(clusters[bare] != clusters[described]) }
        // A lower-case "de" after a descriptor is part of the span only before a name.
        try Self.expectSurfaces("Floods hit the vallée de Ferghana on Monday.", ["vallée de Ferghana"])
        try Self.expectSurfaces("The square in front of Osh was empty.", ["Osh"])
    }

    @Test("a Ukrainian region noun in -щина is its oblast, not its city")
    func ukrainianRegionNouns() throws {
        let spellings = [
            "Херсонщина", "Херсонська область", "Kherson region",  // 0-2 the region
            "Полтавщина", "Полтавская область", "Poltava Oblast", "Poltavshchyna",  // 3-6 the region
            "Луганщина", "Луганська область",  // 7-8 the region
            "Херсон", "Kherson city", "Полтава",  // 9-11 the cities
            "Батьківщина", "Batkivshchyna", "Batkivshchina",  // 12-14 the homeland (a party's name), no region
            // -щина as Russian-form, German and French romanisations write it.
            "Poltavshchina", "Poltawschtschina", "Poltavchtchina",  // 15-17 the region
            "Batkiwschtschina", "Batkivchtchina",  // 18-19 the homeland
        ]
        let clusters = try Self.matchedClusters(spellings)
        Self.expectJoined(clusters, [0...2, 3...6, 7...8, 12...14, 3...3, 15...17, 12...12, 18...19])
        #expect(clusters[15] == clusters[3] && clusters[18] == clusters[12], "\(clusters)")
        for (city, region) in [(9, 0), (10, 0), (11, 3), (11, 15)] { #expect(clusters[city] != clusters[region]) }
    }

    @Test("Turkish and Polish descriptors and the French région de set a sub-kind")
    func turkishPolishFrenchDescriptors() throws {
        let spellings = [
            "Lake Sevan", "Sevan Gölü", "jezioro Sewan",  // 0-2 the lake
            "Altai Mountains", "Altay Dağları", "Góry Ałtaj",  // 3-5 the mountains
            "Naryn River", "rzeka Naryn", "Naryn Nehri",  // 6-8 the river
            "Naryn Oblast", "région de Naryn",  // 9-10 the region
            "Republic of Tatarstan", "Tatarstan Cumhuriyeti",  // 11-12 the republic
            "Sevan", "Naryn", "Tatarstan",  // 13-15 bare forms
        ]
        let clusters = try Self.matchedClusters(spellings)
        Self.expectJoined(clusters, [0...2, 3...5, 6...8, 9...10, 11...12])
        for (bare, described) in [(13, 0), (14, 6), (14, 9)] { #expect(clusters[bare] != clusters[described]) }
        // A land named in -stan written bare is its republic (PlaceDescriptorTests.republicOfBareLand).
        #expect(clusters[15] == clusters[11], "\(clusters)")
    }

    @Test("a place descriptor alone in brackets after a name sets its sub-kind, as one after it does; the brackets are in the span")
    func bracketedPlaceDescriptors() throws {
        let spellings = [
            "Naryn (town)", "Naryn city", "г. Нарын", "Нарын (город)",  // 0-3 the town
            "Naryn (river)", "Naryn River", "река Нарын", "Нарын (река)",  // 4-7 the river
            "Lake Balkhash", "Balkhash (lake)",  // 8-9 the lake
        ]
        // Not yet: a capitalised descriptor in brackets (Moskwa (Fluss)) is read as a name of its own.
        let clusters = try Self.matchedClusters(spellings)
        Self.expectJoined(clusters, [0...3, 4...7, 8...9])
        #expect(clusters[0] != clusters[4])
        try Self.expectSurfaces("Flooding hit Naryn (town) and Osh on Monday.", ["Naryn (town)", "Osh"])
        // Anything else in brackets stays out of the name, and so does a descriptor not alone in them.
        #expect(try Self.names("Flooding hit Naryn (Kyrgyzstan) on Monday.").first?.surface == "Naryn")
        try Self.expectSurfaces("Flooding hit Naryn (town centre) on Monday.", ["Naryn"])
    }

    @Test("region words come from options too, with the rule file's case rule")
    func regionWordOptions() throws {
        // (District is a place descriptor now: Territory, a place word, stands for an added one.)
        let text = "Officials in Talas raiony and in Naryn Territory said so."
        try Self.expectSurfaces(text, ["Talas", "Naryn"])
        var options = NameNormalizer.Options()
        options.regionWords = ["raiony", "Territory"]
        let stage = try NameNormalizer(options: options)
        try Self.expectSurfaces(text, ["Talas raiony", "Naryn Territory"], stage: stage)
        // A capitalised word counts only when the text capitalises it.
        try Self.expectSurfaces("Fighting in the Naryn territory went on.", ["Naryn"], stage: stage)
    }

    @Test("patronymics: an initial joins the patronymic it starts, a bare name the only patronymic")
    func patronymicForms() throws {
        let initials = try Self.clusters(["Ivan Sergeyevich Petrov", "Ivan Nikolayevich Petrov", "Ivan S. Petrov", "Ivan N. Petrov"])
        #expect(initials[2] == initials[0])
        #expect(initials[3] == initials[1])
        #expect(initials[0] != initials[1])
        let bare = try Self.clusters(["Sergei Kuzhugetovich Shoigu", "Sergei Shoigu"])
        #expect(bare[0] == bare[1])
        let equivalent = try Self.clusters(["Aleksandr Petrovich Kovalenko", "Oleksandr Petrovych Kovalenko", "Aleksandr Ivanovich Kovalenko"])
        #expect(equivalent[0] == equivalent[1])
        #expect(equivalent[2] != equivalent[1])
    }

    @Test("a double surname joins its first part only when it is the only one")
    func doubleSurnames() throws {
        let one = try Self.clusters(["Lola Karimova-Tillyaeva", "Lola Karimova", "Gulnara Karimova"])
        #expect(one[0] == one[1] && one[2] != one[1])
        let two = try Self.clusters(["Lola Karimova-Tillyaeva", "Lola Karimova-Ivanova", "Lola Karimova"])
        #expect(two[2] != two[0] && two[2] != two[1])
    }

    @Test("a surname without its Russian ending joins the one person with it; a double surname its unhyphenated form")
    func surnameForms() throws {
        let one = try Self.joinedClusters([
            "Emomali Rahmonov", "Emomali Rahmon", "Ozoda Rahmonova", "Ozoda Rahmon", "Rustam Emomali", "Rahmon",
            "Lola Karimova-Tillyaeva", "Lola Karimova Tillyaeva", "Gulnara Karimova",
        ], [0...1, 2...3, 6...7])
        #expect(Set([one[0], one[2], one[4], one[5], one[6], one[8]]).count == 6)
        let two = try Self.clusters(["Sergei Ivanovich Rahmonov", "Sergei Petrovich Rahmonov", "Sergei Rahmon"])
        #expect(Set(two).count == 3)
    }

    @Test("the lexicon wins and joins what keys cannot")
    func lexicon() throws {
        let documents = try Self.run(
            ["Vladimir Zelensky spoke.", "Volodymyr Zelenskyy spoke.", "Volodymyr Zelensky spoke."],
            configuration: #"lexicon ["Volodymyr Zelensky = Vladimir Zelensky"]"#)
        #expect(documents.map { $0[NamesKey.self]?.first?.canonical } == Array(repeating: "Volodymyr Zelensky", count: 3))
    }

    @Test("the bundled lexicon joins Ukrainian and Russian-based place names")
    func bundledLexicon() throws {
        let documents = try Self.run(["Shelling hit Kharkov on Monday.", "Shelling hit Kharkiv again.", "Talks in Kiev and Lvov."])
        #expect(documents.map { $0[NamesKey.self]?.first?.canonical } == ["Kharkiv", "Kharkiv", "Kyiv"])
        #expect(documents[2][NamesKey.self]?.map(\.canonical) == ["Kyiv", "Lviv"])
    }

    @Test("a name seen only in Cyrillic is shown in Latin")
    func cyrillicOnly() throws {
        let documents = try Self.run(["Вчера Сооронбай Жээнбеков выступил."])
        #expect(documents[0][NamesKey.self]?.first?.canonical == "Sooronbay Zheenbekov")
    }

    @Test("Belarusian forms: ў after a vowel is в, and ці is ти in a word that shows ў, in both scripts")
    func belarusianForms() throws {
        // Composed: invented people, each in Belarusian Cyrillic, its Latin spelling and the Russian forms.
        let people = try Self.joinedClusters(["Алена Ціхуноўская", "Alena Tsikhunouskaya", "Алена Тихуновская", "Alena Tikhunovskaya",
                                              "Алена Корзаўская", "Alena Korzauskaya", "Алена Корзавская", "Alena Korzavskaya", "Alena Korzau"],
                                             [0...3, 4...7])
        #expect(people[8] != people[4], "\(people)")
    }

    // MARK: State between drops

    @Test("a loaded state keeps its canonical forms; the option or the lexicon can change them")
    func storedCanonical() throws {
        let harness = try CorpusStageHarness<NameNormalizer>(options: .init())
        let first = try harness.state(of: [Document(id: "a", text: "Almazbek Atambayev spoke.")])
        let saved = try JSONDecoder().decode(NameVariantTable.self, from: JSONEncoder().encode(first))
        #expect(saved.entities.values.allSatisfy { $0.surfaces.dictionary.values.allSatisfy { $0.count == 0 && $0.stored > 0 } })
        let drop = ["Almazbek Atambaev spoke.", "Almazbek Atambaev left.", "Almazbek Atambaev came back."]
            .enumerated().map { Document(id: "\($0)", text: $1) }
        let kept = try harness.run(drop, startingFrom: saved).documents
        #expect(kept.allSatisfy { $0[NamesKey.self]?.first?.canonical == "Almazbek Atambayev" })
        let fresh = try CorpusStageHarness<NameNormalizer>(configuration: "keep_stored_canonical false").run(drop, startingFrom: saved).documents
        #expect(fresh.allSatisfy { $0[NamesKey.self]?.first?.canonical == "Almazbek Atambaev" })
        let lexicon = try CorpusStageHarness<NameNormalizer>(configuration: #"lexicon ["Almazbek Sharshenovich Atambayev = Almazbek Atambaev"]"#)
            .run(drop, startingFrom: saved).documents
        #expect(lexicon.allSatisfy { $0[NamesKey.self]?.first?.canonical == "Almazbek Sharshenovich Atambayev" })
    }

    @Test("merging is associative: any split of the batch gives the same table")
    func associativeMerge() throws {
        let stage = Self.stage
        let context = StageContext(stageName: "names")
        let documents = try Self.seeds()
        let summaries = try documents.map { try stage.summarize($0, context: context) }
        var left = stage.emptyState()
        for summary in summaries { stage.merge(&left, with: summary) }
        var head = stage.emptyState()
        var tail = stage.emptyState()
        for summary in summaries.prefix(2) { stage.merge(&head, with: summary) }
        for summary in summaries.dropFirst(2) { stage.merge(&tail, with: summary) }
        stage.merge(&head, with: tail)
        #expect(left == head)
    }

    @Test("the memo between summarize and process changes nothing but speed")
    func memo() throws {
        let with = try CorpusStageHarness<NameNormalizer>(options: .init()).run(Self.seeds()).documents
        let without = try CorpusStageHarness<NameNormalizer>(configuration: "memo_megabytes 0").run(Self.seeds()).documents
        #expect(with.map { $0[NamesKey.self] ?? [] } == without.map { $0[NamesKey.self] ?? [] })
        #expect(with.allSatisfy { !($0[NamesKey.self] ?? []).isEmpty })
        // A document whose text changed between the passes is detected again, not served from the memo.
        let stage = try NameNormalizer(options: .init())
        let context = StageContext(stageName: "names")
        let state = try stage.summarize(Document(id: "x", text: "Sadyr Japarov spoke."), context: context)
        var changed = Document(id: "x", text: "Almazbek Atambayev spoke.")
        try stage.process(&changed, resolved: try stage.resolve(state), context: context)
        #expect(changed[NamesKey.self]?.map(\.surface) == ["Almazbek Atambayev"])
    }

    // MARK: Rewrite

    @Test("rewrite puts the canonical spelling in the text and offsets follow it")
    func rewrite() throws {
        let harness = try CorpusStageHarness<NameNormalizer>(configuration: "rewrite true")
        #expect(harness.stage.rewritesText)
        let documents = try harness.run([
            Document(id: "a", text: "Almazbek Atambayev spoke. Atambayev left."),
            Document(id: "b", text: "Almazbek Atambayev came. Ёж: Almazbek Atambaev, and then Atambaev, in Ala Too Square."),
            Document(id: "c", text: "Rallies in Ala-Too Square. Almazbek Atambayev again, in Ala-Too Square."),
        ]).documents
        #expect(documents[1].text == "Almazbek Atambayev came. Ёж: Almazbek Atambayev, and then Atambayev, in Ala-Too Square.")
        for document in documents {
            let scalars = Array(document.text.unicodeScalars)
            for mention in document[NamesKey.self] ?? [] {
                #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.surface)
            }
        }
    }

    @Test("mentions never overlap, so rewrite works on any text: the seeds, a descriptor in brackets after a name")
    func mentionsDoNotOverlap() throws {
        // `Respublika (Republic)`: the bracketed word was the name's descriptor and then read again as
        // a name of its own, inside the first; rewrite then went backwards in the text and trapped.
        let composed = [
            Document(id: "x", text: "Ten parties ran: Ata-Meken (Fatherland), Respublika (Republic), Zamandash (Contemporary) and Osh (City)."),
            Document(id: "y", text: "Rallies in Naryn (Town) and at Issyk-Kul (Lake); Respublika (Republic) won."),
        ]
        for configuration in ["", "rewrite true"] {
            let harness = try CorpusStageHarness<NameNormalizer>(configuration: configuration)
            for document in try harness.run(try Self.seeds() + composed).documents {
                let mentions = document[NamesKey.self] ?? []
                for (before, after) in zip(mentions, mentions.dropFirst()) {
                    #expect(before.end <= after.start, "\(document.id): \(before.surface) overlaps \(after.surface)")
                }
                let scalars = Array(document.text.unicodeScalars)
                for mention in mentions {
                    #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.surface)
                }
            }
        }
    }

    // MARK: Bad input

    @Test("bad input never crashes", arguments: [
        "", " ", "\n\n\n", "A", "Mr", "Mr.", "President", "'s", "Ala-", "-Too", "A-B-C-D", "Ŀ̸̛͓", "\u{301}\u{301}Атамбаев",
        String(repeating: "Atambayev ", count: 20_000), String(repeating: "А", count: 100_000),
        "\u{FEFF}\u{200B}Sadyr\u{00A0}Japarov", "مرحبا Sadyr Japarov 你好", "X'", "O'", "Zh. Akaev and A. Atambayev",
    ])
    func badInput(_ text: String) throws {
        _ = try Self.run([text, text])
    }

    @Test("bad options are reported")
    func badOptions() throws {
        #expect(throws: (any Error).self) { try NameNormalizer(options: { var o = NameNormalizer.Options(); o.keyRules = ["a > > b;"]; return o }()) }
        #expect(throws: (any Error).self) { try NameNormalizer(options: { var o = NameNormalizer.Options(); o.keyRulesFile = "/nonexistent"; return o }()) }
        #expect(throws: (any Error).self) { try NameNormalizer(options: { var o = NameNormalizer.Options(); o.displayTransform = "No-Such-Transform"; return o }()) }
        #expect(throws: (any Error).self) { try NameNormalizer(options: { var o = NameNormalizer.Options(); o.lexicon = ["= nothing"]; return o }()) }
    }

    @Test("a spelling style's local letter is one letter, or the style file is refused",
          arguments: ["style tajik: =ғҳ\nugh > ogh;\n", "style tajik: =\nugh > ogh;\n"])
    func localLetterIsOneLetter(_ file: String) throws {
        #expect(throws: OptionError.self) { try NameRules.spellingStyles(file) }
        let style = try #require(try NameRules.spellingStyles("style tajik: =ғ dzh\nugh > ogh;\n").first)
        #expect(style.localLetters == ["ғ"] && style.markers == ["dzh"])
    }

    @Test("key rules can be extended from the config")
    func keyRulesOption() throws {
        let stage = try NameNormalizer(options: { var o = NameNormalizer.Options(); o.keyRules = ["o > u;"]; return o }())
        let context = StageContext(stageName: "names")
        #expect(try stage.keyMaker(context).key(of: "Omurbek") == stage.keyMaker(context).key(of: "Umurbek"))
    }
}

/// A gold variant table with its confusable pairs, the least it must hold and the scores the stage
/// must keep on it. Each table's history is in its fixture header; blind first scores are the
/// honest estimate for unseen spellings.
struct NameGoldTable: Sendable, CustomTestStringConvertible {
    var file: String
    var confusables: String
    var minimumSpellings = 0
    var minimumEntities = 0
    var f1Floor: Double
    var maximumFalsePairs = 0
    /// Confusable pairs the stage is known to merge, each a wrong merge not yet fixed (not a
    /// homonym set aside): tested as known issues, so a fix shows as a test to update.
    var knownMerges: Set<Set<String>> = []
    /// How many confusable pairs, and clusters of different entities, an unseen table is known to
    /// merge: counted, never named, until the table is released to the tuners.
    var knownUnseenMerges: (pairs: Int, clusters: Int) = (0, 0)
    var testDescription: String { file }
    /// The newest blind table, kept unseen by whoever tunes the rules: the tests print its
    /// totals only, so that its score stays an honest estimate for unseen spellings. (Tables M, N and O,
    /// each unseen for two sittings, were released to the tuners in the fourth and fifth sittings of 2026-11-21
    /// and at the start of the sitting of 2026-11-22; table P, unseen for three sittings, at the start of the
    /// eighth sitting; table Q, unseen for three sittings, at the start of the ninth, when table T was written; table R,
    /// unseen for three sittings, at the start of the tenth, when table U was written; table S, unseen for three
    /// sittings, at the start of the eleventh, when table V was written; table T, unseen for three sittings, at the
    /// start of the twelfth, when table W was written; table U, unseen for three sittings, at the start of the thirteenth,
    /// when table X was written; table V, unseen for three sittings, at the start of the fourteenth, when table Y was written;
    /// table W, unseen for three sittings, at the start of the fifteenth, when table Z was written; table X, unseen for
    /// three sittings, at the start of the sixteenth, when table AA was written; table Y, unseen for three sittings, at
    /// the start of the seventeenth, when table AB was written; table Z, unseen for three sittings, at the start of the
    /// eighteenth, when table AC was written; table AA, unseen for three sittings, at the start of the nineteenth, when
    /// a table AD was written that the machine lost before it was integrated; table AD was written anew, by another
    /// writer, in the twentieth; table AB, unseen for three sittings, at the start of the twenty-first, when table AE
    /// was written; table AC, unseen for three sittings, at the start of the twenty-second, when table AF was written;
    /// table AD, unseen for three sittings, at the start of the twenty-third, when table AG was written; table AE,
    /// unseen for three sittings, at the start of the twenty-fourth, when table AH was written; table AF, unseen for
    /// three sittings, at the start of the twenty-fifth, when table AI was written; table AG, unseen for three
    /// sittings, at the start of the twenty-sixth, when table AJ was written; table AH, unseen for three sittings, at
    /// the start of the twenty-seventh, when table AK was written; table AI, unseen for three sittings, at the start
    /// of the twenty-eighth, when table AL was written; table AJ, unseen for three sittings, at the start of the
    /// twenty-ninth, when table AM was written; table AK, unseen for three sittings, at the start of the thirtieth,
    /// when table AN was written; table AL, unseen for three sittings, at the start of the thirty-first, when table AO
    /// was written.)
    var isUnseen: Bool { ["variant-table-am.tsv", "variant-table-an.tsv", "variant-table-ao.tsv"].contains(file) }

    static let all: [NameGoldTable] = [
        // The first table, written with the rules.
        // Twenty-first sitting, second round: 0.9954 -> 1.0000 after Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well as the у the key reads, joining the one entity the reading gives (Xoʻjayev, Хўжаев; Ходжаев; found on AB and the sitting's second tuner table), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table.tsv", confusables: "confusable-pairs.tsv", minimumSpellings: 150, minimumEntities: 40, f1Floor: 0.999),
        // Blind F1 0.959 before tuning.
        NameGoldTable(file: "variant-table-fresh.tsv", confusables: "confusable-pairs-fresh.tsv", f1Floor: 0.98),
        // Blind F1 0.958.
        NameGoldTable(file: "variant-table-blind.tsv", confusables: "confusable-pairs-blind.tsv", f1Floor: 0.98),
        // Blind F1 0.971.
        // Seventeenth sitting, third round: 0.9906 -> 1.0000 (0.9906 -> 1.0000 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-final.tsv", confusables: "confusable-pairs-final.tsv", f1Floor: 0.9),
        // Written after the four above were tuned: blind P 0.992, R 0.809, F1 0.891, one confusable
        // pair merged (two Sergei Ivanovs with different patronymics); 0.972 after the spelling
        // styles, o/a, h/g and place vowel joins and patronymics; 0.980 after readings of unmarked
        // words in a spelling style and kh/k in surnames; 0.982 after Kyrgyz ө and Azerbaijani ə read as
        // the Russian form writes them (letter-readings.txt); 0.985 after styled names read another
        // way (unmarked words as written, Turkmen -ow); 0.988 after Kyrgyz ү read as ы (Tash-Kömür);
        // 0.9875 -> 0.9887 after я written a before a vowel (Karimova-Tillaeva, Karimova-Tillyaeva).
        // 0.9887 -> 0.9898 after a nationality before one capitalised word with a weak surname ending (-in, -ina) is a
        // brand written apart too (Kyrgyz Altyn as Kyrgyzaltyn; fitted to a generated breadth table), false pairs
        // unchanged.
        // Seventeenth sitting, third round: 0.9898 -> 0.9921 (0.9898 -> 0.9921 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-wide.tsv", confusables: "confusable-pairs-wide.tsv", minimumSpellings: 500, minimumEntities: 150, f1Floor: 0.98),
        // By a writer who never saw the stage; a third of its pairs are German and French
        // transliterations, translations, acronyms and renamed places. Blind P 1.000, R 0.653,
        // F1 0.790 (rapidfuzz's best oracle threshold: 0.773 with 15 confusable merges); 0.876
        // after German and French styles, patronymic forms, double surnames and legal forms. Left,
        // mostly out of reach of a spelling key: translations, acronyms, renames, Belarusian and
        // Kyrgyz national forms. 0.908 after German and French readings of words with no marker
        // letter (Jelzin, Porochenko), Belarusian -enka, -ov dropped from Tajik surnames (Rahmon)
        // and Cyrillic sentence-case names in Latin text. 0.911 after Kyrgyz ө read as у and е.
        // 0.912 -> 0.918 after the organisation joins (country tails, acronyms, head words).
        // 0.9184 -> 0.9234 after the organisation forms (a nationality before the name, a country after `of`, acronyms of one country, stumps, hyphenated words and a possessive People's read as concepts, the region's organisation words).
        // Eleventh sitting: 0.9291 -> 0.9301 after a transliterated organisation name in sentence case keeps its lower-case words of the region's vocabulary of institutions (Sluzhba natsionalnoy bezopasnosti, Partiya regionov; fitted to S); false pairs unchanged.
        // 0.9301 -> 0.9337 after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S), false pairs unchanged.
        // 0.9337 -> 0.9349 after a short transliterated word of institutions (Kazakh and Kyrgyz жолы, жолу under railways, Uzbek havo under a new airline concept) keeps a name in sentence case whole beside a longer one (Qazaqstan temir joly, O'zbekiston havo yo'llari; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.9349 -> 0.9354 after the German adjective endings -kaja, -koje mark a word German, German
        // tz is ц, an initial K. or S. stands for a Kh- or Sh- name, and a place's or organisation's word of five or
        // six letters is read with the ambiguous German s (Talasskaja oblast, K. Nurmagomedov, Kasan; fitted to W),
        // false pairs and merges unchanged.
        // Eighteenth sitting: 0.9354 -> 0.9340 after a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty); false pairs unchanged (lost: this early table counts Almaty and Alma-Ata as one entity, against the later tables' rule that a renamed place is a separate entity); the floor still holds.
        // Twentieth sitting: 0.9340 -> 0.9362 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, third round: 0.9362 -> 0.9386 after an organisation's words in Latin read by their key as the Russian or local word they transliterate (Ministerstvo finansov, Natsionalnyi bank) and the Turkic languages' state named first in the genitive read as a country's tail (Қазақстан Республикасының Қаржы министрлігі), with the Tajik and Uzbek Cyrillic organisation vocabulary extended (found on the sitting's organisations table), false pairs and merges unchanged.
        // Twenty-third sitting: 0.9386 -> 0.9391 after a country's own name first in a Turkic name of general vocabulary ending in the possessive is the state's, as its formal name there is (Oʻzbekiston Milliy banki, Қазақстан Халық партиясы: the bank and party of Uzbekistan, Kazakhstan), and a lower-case Latin word spelt as the region's vocabulary and not as English's, right before a transliterated word of it, stays in the name (Xalq demokratik partiyasi, Tashqi ishlar vazirligi; found on AD), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-e.tsv", confusables: "confusable-pairs-e.tsv", minimumSpellings: 500, f1Floor: 0.939),
        // By a writer who never saw the stage, in the regime the issue describes (English-language
        // press, documents, native Cyrillic). Blind P 0.986, R 0.788, F1 0.876 (0.910 without its 29
        // lone surnames, which the issue's guard joins only through their own article's full
        // mention); 0.898 after patronymics keyed by the father's name, diminutives, -ёва as -ova,
        // k/kh in places and Uzbek x. Its 18 false pairs are two places whose spellings differ only
        // by a hyphen (Kara-Su, Karasu), set aside in its confusable file. Left then: Cyrillic
        // organisation names in sentence case, Kazakh vowel insertions (Samuryq), Ukrainian and
        // Russian forms of one place (Bila Tserkva, Belaya Tserkov), lone surnames. 0.918 after
        // Cyrillic sentence-case names in Latin text, t+zh, ё after о and vowel runs in long place
        // names (Amudaryo, Amu Darya). Left: 23 lone surnames, Kyrgyz ө ү for Russian у е (Ysyk-Köl,
        // Issyk-Kul; Tölökan, Tolekan), Mirziyaev, a final soft-sign apostrophe (Lyubov' Sobol',
        // read as a closing quote; reading it in the tokenizer cost 1-2% of the stage). 0.924 after
        // Kyrgyz ө read as у and е (Ysyk-Köl, Issyk-Kul; Tölökan, Tolekan).
        // Twelfth sitting: 0.9241 -> 0.9251 after a soft sign's apostrophe ending a given name (Igor' Sechin, Lyubov'
        // Sobol', Aigul' Isakova) goes on the name when no single quote is open (fitted to a generated breadth table, not
        // to a gold one), false pairs unchanged.
        // 0.9251 -> 0.9261 after a nationality before one capitalised word with a weak surname ending (-in, -ina) is a
        // brand written apart too (Kyrgyz Altyn as Kyrgyzaltyn; fitted to a generated breadth table), false pairs
        // unchanged.
        // 0.9261 -> 0.9303 after an adjective in -sk- and nouns is a newspaper's or works' name, in sentence case an organisation and in title case no person in the register's order unless a given name, initial or surname follows (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод; fitted to a generated breadth table), false pairs unchanged.
        // Seventeenth sitting, third round: 0.9303 -> 0.9323 (0.9303 -> 0.9323 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Twentieth sitting: 0.9323 -> 0.9344 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.9344 -> 0.9354 (the s read as z 0.9344 -> 0.9354) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-f.tsv", confusables: "confusable-pairs-f.tsv", minimumSpellings: 500, f1Floor: 0.935, maximumFalsePairs: 18),
        // By a writer who never saw the stage (real-world spellings of 199 entities, with Tatar,
        // Ukrainian, Kazakh Latin, German and French forms). Blind P 0.988, R 0.691, F1 0.813 on
        // the stage at the start of this round; 0.847 (P 0.988, R 0.741) after the round's rules,
        // still unseen. Its 18 false pairs are three pairs set aside in its confusable file:
        // Atameken / Ata Meken and Azattyq / Azattyk differ only by what the issue requires to
        // join, and Tokmok / Tokmak (Ukraine) are joined by the place vowel rule. 0.864 after
        // initials that start a name ("A. Beglov") and join after the other person joins; 0.868
        // once the evaluation leaves quotes out of the expected span («Яблоко»), as it leaves out a
        // final soft-sign apostrophe. That scores «Атамекен» too, which takes the set-aside
        // Atameken / Ata Meken pair from 8 false pairs to 15 (25 in all). 0.875 after style readings
        // of one word of a name alone (Novaja Gazeta), of two-word names read as people elsewhere
        // (Jedinaja Rossija), French -chine and Georgian surnames in German and French; 0.877 after
        // reading a name's unmarked words in the style another of its words shows (Julija Nawalnaja);
        // 0.887 after region words (Chelyabinsk Oblast, Челябинская область: one region, not the city);
        // 0.888 after the scholarly style (Čeljabinskaja: j is й in a word with č š ž); 0.891 after
        // Kyrgyz ө and Azerbaijani ə read as the Russian form writes them; 0.893 after styled names
        // read another way (Gulzat Toktosunowa: Gulzat as written; Turkmen Meredow); 0.899 after
        // place descriptors set a sub-kind (K's rules). 0.899 -> 0.906 after the organisation joins
        // (country tails, acronyms, head words); its false pairs 25 -> 31 only inside the set-aside
        // Azattyk / Azattyq cluster: Radio Azattyk and Radio Azattyq now join their bare names.
        // 0.9088 -> 0.9105 after squares, Kyrgyz and Tajik descriptors and -Gebiet compounds (fitted to N).
        // Eleventh sitting: 0.9170 -> 0.9187 after a transliterated organisation name in sentence case keeps its lower-case words of the region's vocabulary of institutions (Sluzhba natsionalnoy bezopasnosti, Partiya regionov; fitted to S); false pairs unchanged.
        // 0.9187 -> 0.9198 after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S), false pairs unchanged.
        // 0.9198 -> 0.9243 after an adjective in -sk- and nouns is a newspaper's or works' name, in sentence case an organisation and in title case no person in the register's order unless a given name, initial or surname follows (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод; fitted to a generated breadth table), false pairs unchanged.
        // 0.9243 -> 0.9257 after the German adjective endings -kaja, -koje mark a word German, German
        // tz is ц, an initial K. or S. stands for a Kh- or Sh- name, and a place's or organisation's word of five or
        // six letters is read with the ambiguous German s (Talasskaja oblast, K. Nurmagomedov, Kasan; fitted to W),
        // false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.9274 -> 0.9290 after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Twentieth sitting: 0.9290 -> 0.9323 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, third round: 0.9323 -> 0.9331 after an organisation's words in Latin read by their key as the Russian or local word they transliterate (Ministerstvo finansov, Natsionalnyi bank) and the Turkic languages' state named first in the genitive read as a country's tail (Қазақстан Республикасының Қаржы министрлігі), with the Tajik and Uzbek Cyrillic organisation vocabulary extended (found on the sitting's organisations table), false pairs and merges unchanged.
        // Twenty-first sitting, second round: 0.9331 -> 0.9334 after Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well as the у the key reads, joining the one entity the reading gives (Xoʻjayev, Хўжаев; Ходжаев; found on AB and the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-third sitting: 0.9334 -> 0.9350 after a country's own name first in a Turkic name of general vocabulary ending in the possessive is the state's, as its formal name there is (Oʻzbekiston Milliy banki, Қазақстан Халық партиясы: the bank and party of Uzbekistan, Kazakhstan), and a lower-case Latin word spelt as the region's vocabulary and not as English's, right before a transliterated word of it, stays in the name (Xalq demokratik partiyasi, Tashqi ishlar vazirligi; found on AD), false pairs and merges unchanged.
        // Twenty-fifth sitting: 0.9350 -> 0.9364 after a transliterated name in sentence case goes on past a lower-case word of institutions' names that alone says nothing (English bank, the region's function words sprav, korhoi, ister, the short millii), between a transliteration and a capitalised word or another transliteration (Natsionalny bank Kyrgyzskoy Respubliki, Ministerstvo zakordonnykh sprav Ukrainy, Bonki millii Tojikiston; found on AF), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-h.tsv", confusables: "confusable-pairs-h.tsv", minimumSpellings: 500, f1Floor: 0.936, maximumFalsePairs: 31),
        // By a writer who never saw the stage: 1,182 real-world spellings of 198 entities from eleven
        // countries, beyond the issue's six (Georgian and Armenian script, Azerbaijani and Turkmen
        // Latin, Belarusian, translations). Blind P 0.990, R 0.704, F1 0.823 on the stage at the
        // start of this round; 0.859 (P 0.991, R 0.758) after the round's rules, still unseen. On
        // the entities of the issue's six countries (896 spellings of 149 entities): 0.877 blind,
        // 0.909 after the round's rules. Its 21 false pairs are two pairs set aside in its
        // confusable file: Karakol / Kara-Kol differ by a hyphen only, and Viasna's Russian name is
        // Весна, the Russian movement's name. 0.864 after Kyrgyz ө and Azerbaijani ə read as the
        // Russian form writes them (Ysyk-Köl, Issyk-Kul; Məmmədyarov, Mamedyarov); 0.865 after styled
        // names read another way (Rashid Meredow, Rashid Meredov); 0.866 after a legal form in
        // capitals after a name (Gazprom PJSC); 0.867 after -zoda as a surname ending (the list had
        // -zade, which the key rules make -zoda). 0.872 after descriptors next to a name (J's rules),
        // 0.873 after passport order (J's rules); 0.8733 -> 0.8746 after two initials (K's rules);
        // 0.877 after the register's orders (K's and L's rules). 0.8814 -> 0.8826 after the
        // organisation forms (a nationality before the name, a country after `of`, acronyms of one
        // country, stumps, hyphenated words and a possessive People's read as concepts, the region's
        // organisation words).
        // 0.8932 -> 0.8942 after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S), false pairs unchanged.
        // Twelfth sitting: 0.8942 -> 0.8952 after an abbreviated region word after the name with its period (Челябинская обл.;
        // fitted to T), false pairs unchanged.
        // 0.8952 -> 0.8951 (R 0.8159 -> 0.8169, false pairs 21 -> 25) after a lower-case движение, фонд/fund or общество/society next to an organisation's name as a descriptor (фонд Самрук-Казына, Memorial society; fitted to T): движение «Весна» joins
        // Vesna, whose cluster already held Viasna, the homonym the confusable file sets aside (Весна is both names); the false
        // pairs are that set-aside merge grown by one spelling, and its maximum was raised to record it.
        // 0.8951 -> 0.8961 after a soft sign's apostrophe ending a given name (Igor' Sechin, Lyubov' Sobol', Aigul'
        // Isakova) goes on the name when no single quote is open (fitted to a generated breadth table, not to a gold one),
        // false pairs unchanged.
        // After a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег Кравец), a
        // person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place inside a
        // longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.8961 -> 0.8963, false pairs
        // unchanged.
        // After said moved from never-names.txt to common-words.txt: capitalised inside a sentence it is the given name
        // Said (Said Abdullo Nuri, Said Karimov), at a sentence's start still the verb (fitted to V; general across
        // I-V): 0.8963 -> 0.8977, false pairs unchanged.
        // Seventeenth sitting, third round: 0.8977 -> 0.8989 (0.8977 -> 0.8989 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Eighteenth sitting: 0.8989 -> 0.8979 after a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty); false pairs unchanged (lost: 5 pairs, cause not found this round); the floor still holds.
        // Eighteenth sitting, second round: 0.8979 -> 0.8989 (the first round's loss found and undone) after a name joined at one vowel takes the rule only when one of its spellings joins there at a hyphen (Alma-Ata), not a given name and a surname met across a space, read as no person (Svetlana Alexievich, Sviatlana Aleksiyevich); false pairs unchanged.
        // Twentieth sitting: 0.8989 -> 0.9009 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.9009 -> 0.9033 (the s read as z 0.9009 -> 0.9033) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-i.tsv", confusables: "confusable-pairs-i.tsv", minimumSpellings: 500, f1Floor: 0.903, maximumFalsePairs: 25),
        // By a writer who never saw the stage: 1,280 real-world spellings of 212 entities of the
        // issue's six countries only, mostly beyond the best-known names. Blind P 0.988, R 0.676,
        // F1 0.803 on the stage at the start of this round. Its 26 false pairs are three pairs set
        // aside in its confusable file: Ata-Meken / Atameken (a hyphen apart), Ak Jol / Ak Zhol (the
        // same words) and Tokmok / Tokmak (the Kyrgyz town's Russian name is the Ukrainian city's).
        // 0.809 (P 0.989, R 0.685) after the round's rules fitted to H and I, still unseen.
        // Blind at first sight F1 0.803, 0.809 after the I rules (unseen), then tuned on: 0.837
        // (P 0.981, R 0.730) after descriptors next to a name (Osh city, Алматы қаласы, партия
        // «Ата-Мекен», ПАО «Газпром») are in its span but not its key; 0.840 (P 0.981, R 0.735)
        // after passport order with a given name ending like a weak surname (ZHURAVLEVA EKATERINA);
        // 0.827 after place words were taken out of the descriptors (on blind table K, unseen, they
        // merged Balkhash city with Lake Balkhash, written Balkhash, and two more such pairs).
        // Its false pairs rose from 26 to 47 only inside the three set-aside homonym clusters: Ak
        // Jol party, Ata-Meken party, Tokmok city and the like now join their own entity, and so
        // meet its homonym too.
        // 0.827 -> 0.847 (R 0.713 -> 0.746) after place descriptors set a sub-kind (K's rules) and a
        // bare name joins its city when the batch gives it no other sub-kind; its false pairs 47 -> 51
        // only inside the set-aside Tokmok / Tokmak cluster: Tokmok city and Tokmak city now join
        // their own bare forms, which share one key, and so meet each other.
        // 0.848 -> 0.853 after K's place stems and district, sea and peak descriptors.
        // Then 0.853 -> 0.861 after the organisation joins (country tails, acronyms, head words).
        // 0.8608 -> 0.8637 after squares, Kyrgyz and Tajik descriptors and -Gebiet compounds (fitted to N).
        // Twelfth sitting: 0.8712 -> 0.8716 after a nationality before one capitalised word that is no title, role, place,
        // region or surname is a name written apart (Kyrgyz Telecom as Kyrgyztelecom, Tajik Air as Tajikair; fitted to a
        // generated breadth table), false pairs unchanged.
        // 0.8716 -> 0.8721 after a republic named with its people's adjective joins its land named in -ia on the people's name (Chuvash Republic, Chuvashia; Chechen Republic, Chechnya; Kabardino-Balkarian Republic; not Republic of Abkhazia; fitted to a generated breadth table), false pairs unchanged.
        // 0.8721 -> 0.8740 after an adjective in -sk- and nouns is a newspaper's or works' name, in sentence case an organisation and in title case no person in the register's order unless a given name, initial or surname follows (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод; fitted to a generated breadth table), false pairs unchanged.
        // After a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег Кравец), a
        // person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place inside a
        // longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.8740 -> 0.8782, false pairs
        // unchanged.
        // After said moved from never-names.txt to common-words.txt: capitalised inside a sentence it is the given name
        // Said (Said Abdullo Nuri, Said Karimov), at a sentence's start still the verb (fitted to V; general across
        // I-V): 0.8782 -> 0.8792, false pairs unchanged.
        // 0.8792 -> 0.8805 after the German adjective endings -kaja, -koje mark a word German, German
        // tz is ц, an initial K. or S. stands for a Kh- or Sh- name, and a place's or organisation's word of five or
        // six letters is read with the ambiguous German s (Talasskaja oblast, K. Nurmagomedov, Kasan; fitted to W),
        // false pairs and merges unchanged.
        // 0.8814 -> 0.8824 after a marked German spelling still apart is read again with the ц of the English key and a t before s as its ambiguous s, joining the one entity it can stand for (Schachtar Donezk, Shakhtar Donetsk; Rostselmasch, Rostselmash; fitted to a generated breadth table), false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.8824 -> 0.8839 (0.8824 -> 0.8839 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Eighteenth sitting: 0.8839 -> 0.8824 after a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty); false pairs unchanged (lost: this early table counts Almaty and Alma-Ata as one entity); the floor still holds.
        // Twenty-second sitting: 0.8824 -> 0.8848 (the s read as z 0.8824 -> 0.8848) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        // Twenty-fourth sitting: 0.8848 -> 0.8859 after a one-word club written with its sport's abbreviation joins the one club of its name with a city after it that the batch writes with the same sport's abbreviation and no other's (FC Dordoi, ФК Дордой with FC Dordoi Bishkek, Дордой Бишкек; FC Kairat with FC Kairat Almaty; found on AE), false pairs and merges unchanged.
        // Twenty-seventh sitting, second round: 0.8859 -> 0.8865 after a German Stausee is a reservoir's descriptor, tried before the lake's -see it ends in (place suffixes longest first: Kachowka-Stausee no longer a lake Kachowka-Stau), the Russian and Ukrainian square in Latin letters is a square's (ploshchad, ploshcha: Krasnaya Ploshchad) and the Ukrainian neuter adjective -ське is read as its noun (Каховське водосховище, NamePlaceStem).
        NameGoldTable(file: "variant-table-j.tsv", confusables: "confusable-pairs-j.tsv", minimumSpellings: 500, f1Floor: 0.8863, maximumFalsePairs: 51),
        // By a writer who never saw the stage: 1,429 spellings of 231 entities of the issue's six
        // countries, with renamed places kept as one entity (Astana, Nur-Sultan, Akmola,
        // Tselinograd; Frunze; Stalingrad), which no spelling rule can join. Blind P 0.999, R 0.595,
        // F1 0.746 on main at a43c57a; 0.758 (P 0.999, R 0.611) after the rules fitted to J, still
        // unseen (0.773 with 19 false pairs before place words left the descriptors). Its 2 false pairs are one pair set aside in its confusable
        // file: the city of Dnipro's Russian name Днепр is the river's. Tuned on from here: 0.758 -> 0.810
        // (R 0.611 -> 0.681) after two initials read as the given name's and the patronymic's
        // (Н. А. Назарбаев, Lavrov S. V.) and an initial after the surname keeping its period.
        // 0.810 -> 0.835 (R 0.681 -> 0.717) after place descriptors set a sub-kind (Lake Balkhash,
        // город Балхаш, Naryn River, река Нарын, Balchaschsee, Москва-река): in the span, not the key;
        // a bare name joins its city only when the batch gives it no other sub-kind.
        // 0.835 -> 0.850 (R 0.717 -> 0.740) after the register's orders: Surname Given Patronymic
        // whatever the surname's ending, initials after the surname (Toktogulova A., Asanov B. A.),
        // hyphenated initials (К.-Ж. Токаев), Surname, Given (Ablyazov, Mukhtar), Ust'-Kamenogorsk.
        // 0.851 -> 0.854 after district, sea, peak and republic descriptors, a place stem shared by
        // the Russian, Ukrainian and German adjective and its noun (Ташкентская область, Wolgograder
        // Gebiet), a region word before the name and a descriptor with a connector (Sea of Azov).
        // 0.854 -> 0.856 after the people's rules (titled surnames, surname-first order, patronymic
        // initials).
        // Then 0.856 -> 0.861 after the organisation joins (country tails, acronyms, head words).
        // 0.8618 -> 0.8635 after the organisation forms (a nationality before the name, a country after `of`, acronyms of one country, stumps, hyphenated words and a possessive People's read as concepts, the region's organisation words).
        // 0.8713 -> 0.8728 after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S), false pairs unchanged.
        // 0.8728 -> 0.8736 after a surname of any ending, a comma and a known given name of given-name-equivalents/diminutives are one name (Zelensky, Volodymyr), and no surname after a place preposition (In Moscow, Dmitry); false pairs unchanged.
        // Twelfth sitting: 0.8736 -> 0.8744 after a name's word St or Sankt read as Saint (St. Petersburg, Sankt-Peterburg; fitted to T), false pairs unchanged.
        // Twelfth sitting: 0.8744 -> 0.8762 after a soft sign's apostrophe ending a given name (Igor' Sechin, Lyubov'
        // Sobol', Aigul' Isakova) goes on the name when no single quote is open (fitted to a generated breadth table, not
        // to a gold one), false pairs unchanged.
        // Thirteenth sitting: 0.8762 -> 0.8776 after a land named in -stan written bare joins its republic (Tatarstan, Republic of Tatarstan; Kyrgyzstan, Кыргызская Республика; fitted to U), false pairs unchanged.
        // 0.8776 -> 0.8784 after a republic named with its people's adjective joins its land named in -ia on the people's name (Chuvash Republic, Chuvashia; Chechen Republic, Chechnya; Kabardino-Balkarian Republic; not Republic of Abkhazia; fitted to a generated breadth table), false pairs unchanged.
        // 0.8784 -> 0.8794 after an adjective in -sk- and nouns is a newspaper's or works' name, in sentence case an organisation and in title case no person in the register's order unless a given name, initial or surname follows (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод; fitted to a generated breadth table), false pairs unchanged.
        // After a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег Кравец), a
        // person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place inside a
        // longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.8794 -> 0.8844, false pairs
        // unchanged.
        // 0.8844 -> 0.8848 after a short transliterated word of institutions (Kazakh and Kyrgyz жолы, жолу under railways, Uzbek havo under a new airline concept) keeps a name in sentence case whole beside a longer one (Qazaqstan temir joly, O'zbekiston havo yo'llari; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8848 -> 0.8877 after the German adjective endings -kaja, -koje mark a word German, German
        // tz is ц, an initial K. or S. stands for a Kh- or Sh- name, and a place's or organisation's word of five or
        // six letters is read with the ambiguous German s (Talasskaja oblast, K. Nurmagomedov, Kasan; fitted to W),
        // false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.8877 -> 0.8890 (0.8877 -> 0.8890 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Eighteenth sitting: 0.8890 -> 0.8871 after a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty); false pairs unchanged (lost: this early table counts Almaty and Alma-Ata as one entity); the floor still holds.
        // Twentieth sitting: 0.8871 -> 0.8880 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, second round: 0.8880 -> 0.8886 after a German tsch still apart read as т before ш or ж as well as ч in the loose pass of the marked joins, where the German s marks the name (Bakytschan Sagintajew, Bakytzhan Sagintayev; found on the sitting's second tuner table), false pairs and merges unchanged.
        // Twentieth sitting, third round: 0.8886 -> 0.8893 after an organisation's words in Latin read by their key as the Russian or local word they transliterate (Ministerstvo finansov, Natsionalnyi bank) and the Turkic languages' state named first in the genitive read as a country's tail (Қазақстан Республикасының Қаржы министрлігі), with the Tajik and Uzbek Cyrillic organisation vocabulary extended (found on the sitting's organisations table), false pairs and merges unchanged.
        // Twenty-third sitting: 0.8893 -> 0.8902 after a country's own name first in a Turkic name of general vocabulary ending in the possessive is the state's, as its formal name there is (Oʻzbekiston Milliy banki, Қазақстан Халық партиясы: the bank and party of Uzbekistan, Kazakhstan), and a lower-case Latin word spelt as the region's vocabulary and not as English's, right before a transliterated word of it, stays in the name (Xalq demokratik partiyasi, Tashqi ishlar vazirligi; found on AD), false pairs and merges unchanged.
        // Twenty-fourth sitting: 0.8902 -> 0.8908 after a one-word club written with its sport's abbreviation joins the one club of its name with a city after it that the batch writes with the same sport's abbreviation and no other's (FC Dordoi, ФК Дордой with FC Dordoi Bishkek, Дордой Бишкек; FC Kairat with FC Kairat Almaty; found on AE), false pairs and merges unchanged.
        // Twenty-fifth sitting, second round: 0.8908 -> 0.8923 after a name's kind written around it is in its span and not its key: a legal form before a quoted name that starts with another (АО «НК «…»), a lower-case descriptor in brackets after the name (Ховар (агентство)), the Russian state enterprise ГП as a legal form (as the Ukrainian ДП) and the Ukrainian nominative партія as a descriptor; found on AF, false pairs and merges unchanged.
        // Twenty-sixth sitting, third round: 0.8923 -> 0.8940 after a power plant's or dam's designator describes a place of its own (place-descriptors.txt: dam, HPP, NPP, ГЭС, АЭС, ГЕС, АЕС, НБО before the name, hydropower plant, nuclear plant: Rogun Dam, Rogun HPP, НБО Роғун, Рогунская ГЭС one place and never the town), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-k.tsv", confusables: "confusable-pairs-k.tsv", minimumSpellings: 500, f1Floor: 0.8939, maximumFalsePairs: 2),
        // By a writer who never saw the stage: 1,395 spellings of 236 entities of the six countries,
        // renamed entities split per name (Astana / Nur-Sultan; Rahmon / Rakhmonov). Blind P 0.984,
        // R 0.619, F1 0.760 (36 false pairs) on main at 1d20924. Two of its four merged confusable
        // pairs are set aside in its file: the prime minister Abdulla Aripov is written Abdulla
        // Oripov, the poet's very name, and Rahmon / Rakhmonov is one man before and after 2007.
        // The other two are wrong merges: Moscow with the Moskva river (Moskwa, река Москва) and
        // Lake Baikal (Baikalsee) with the town of Baikalsk (Baikalsk town). Unchanged (0.760) after
        // the rules fitted to K (two initials), still unseen. 0.815 (33 false pairs), still unseen,
        // after place descriptors set a sub-kind (fitted to K): Lake Baikal is no longer Baikalsk.
        // Moscow and the Moskva stay merged: the river written bare (Moskwa) has the city's key.
        // Released to the tuners: 0.815 -> 0.820 after the register's orders (Шойгу Сергей
        // Кужугетович, Кулеба Дмитро Іванович) and Ust'-Kamenogorsk. 0.820 -> 0.826 after a place
        // descriptor alone in brackets (Naryn (town)) and the Polish press style (fitted to M).
        // 0.826 -> 0.828 after K's place stems and descriptors.
        // Then 0.829 -> 0.839 after the organisation joins (country tails, acronyms, head words).
        // 0.8400 -> 0.8467 after the organisation forms (a nationality before the name, a country after `of`, acronyms of one country, stumps, hyphenated words and a possessive People's read as concepts, the region's organisation words).
        // 0.8400 -> 0.8434 after squares, Kyrgyz and Tajik descriptors and -Gebiet compounds (fitted to N).
        // 0.8500 -> 0.8504 after initials and titles join two-word names read as no person (fitted to
        // O): E. Rahmon now meets Emomali Rahmon, so the set-aside pair Rahmon / Rakhmonov (one man)
        // counts 38 false pairs, 33 before.
        // 0.8630 -> 0.8646 after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S), false pairs unchanged.
        // 0.8646 -> 0.8652 after a Cyrillic institution's name in Latin text running past five words when one of its first five is a
        // word of organisation-concepts.txt and it ends on a proper name or such a word (Государственный комитет национальной
        // безопасности Кыргызской Республики, ... университет імені Тараса Шевченка; fitted to S), false pairs unchanged.
        // Twelfth sitting: 0.8652 -> 0.8669 after a name's word St or Sankt read as Saint (St. Petersburg, Sankt-Peterburg; fitted to T), false pairs unchanged.
        // 0.8669 -> 0.8673 after a lower-case движение, фонд/fund or общество/society next to an organisation's name as a descriptor (фонд Самрук-Казына, Memorial society; fitted to T), false pairs unchanged.
        // Twelfth sitting: 0.8673 -> 0.8675 after a nationality before one capitalised word that is no title, role, place,
        // region or surname is a name written apart (Kyrgyz Telecom as Kyrgyztelecom, Tajik Air as Tajikair; fitted to a
        // generated breadth table), false pairs unchanged.
        // 0.8675 -> 0.8682 after a nationality before one capitalised word with a weak surname ending (-in, -ina) is a
        // brand written apart too (Kyrgyz Altyn as Kyrgyzaltyn; fitted to a generated breadth table), false pairs
        // unchanged.
        // Thirteenth sitting: 0.8682 -> 0.8696 after a land named in -stan written bare joins its republic (Tatarstan, Republic of Tatarstan; Kyrgyzstan, Кыргызская Республика; fitted to U), false pairs unchanged.
        // 0.8696 -> 0.8722 after an outlet written as its web address is one name, a country's ending part of it and a generic one not (Kun.uz, Gazeta.uz and Gazeta.ru, Meduza.io as Meduza; fitted to a generated breadth table), false pairs unchanged.
        // 0.8722 -> 0.8724 after an adjective in -sk- before an acronym of three to five capitals names a plant or works, not a person (Рогунская ГЭС, Запорізька АЕС, Rogunskaya GES; fitted to a generated breadth table), false pairs unchanged.
        // 0.8724 -> 0.8738 after an adjective in -sk- and nouns is a newspaper's or works' name, in sentence case an organisation and in title case no person in the register's order unless a given name, initial or surname follows (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод; fitted to a generated breadth table), false pairs unchanged.
        // After a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег Кравец), a
        // person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place inside a
        // longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.8738 -> 0.8764; false pairs 38 ->
        // 43: RAHMON EMOMALI now joins Emomali Rahmon, whom the pair this file sets aside (one man before and after he
        // dropped -ov) already joined to Emomali Rakhmonov; no new merge of different entities; its ceiling raised to
        // record it, not to hide it.
        // 0.8764 -> 0.8770 after a short transliterated word of institutions (Kazakh and Kyrgyz жолы, жолу under railways, Uzbek havo under a new airline concept) keeps a name in sentence case whole beside a longer one (Qazaqstan temir joly, O'zbekiston havo yo'llari; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8770 -> 0.8778 after the German adjective endings -kaja, -koje mark a word German, German
        // tz is ц, an initial K. or S. stands for a Kh- or Sh- name, and a place's or organisation's word of five or
        // six letters is read with the ambiguous German s (Talasskaja oblast, K. Nurmagomedov, Kasan; fitted to W),
        // false pairs and merges unchanged.
        // 0.8778 -> 0.8785 after a marked German spelling still apart is read again with the ц of the English key and a t before s as its ambiguous s, joining the one entity it can stand for (Schachtar Donezk, Shakhtar Donetsk; Rostselmasch, Rostselmash; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8785 -> 0.8790 after a country's ending in lower case after a space is the web address retyped as words (Kun uz, Vlast kz, Власть кз; fitted to X), false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.8790 -> 0.8804 (0.8790 -> 0.8804 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Eighteenth sitting: 0.8804 -> 0.8783 after a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty); false pairs unchanged (lost: this early table counts Almaty and Alma-Ata as one entity); the floor still holds.
        // Twentieth sitting: 0.8783 -> 0.8804 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, third round: 0.8804 -> 0.8813 after an organisation's words in Latin read by their key as the Russian or local word they transliterate (Ministerstvo finansov, Natsionalnyi bank) and the Turkic languages' state named first in the genitive read as a country's tail (Қазақстан Республикасының Қаржы министрлігі), with the Tajik and Uzbek Cyrillic organisation vocabulary extended (found on the sitting's organisations table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.8813 -> 0.8827 (the s read as z 0.8813 -> 0.8827) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        // Twenty-third sitting: 0.8827 -> 0.8833 after a country's own name first in a Turkic name of general vocabulary ending in the possessive is the state's, as its formal name there is (Oʻzbekiston Milliy banki, Қазақстан Халық партиясы: the bank and party of Uzbekistan, Kazakhstan), and a lower-case Latin word spelt as the region's vocabulary and not as English's, right before a transliterated word of it, stays in the name (Xalq demokratik partiyasi, Tashqi ishlar vazirligi; found on AD), false pairs and merges unchanged.
        // Twenty-third sitting, second change: 0.8833 -> 0.8844 after a reservoir, a canyon or gorge, an avenue and an airport are described places of their own, which leave a bare name to the town (Toktogul Reservoir, Токтогульское водохранилище; Varzob Gorge, Варзобское ущелье; проспект Рудаки, Rudaki Avenue; аэропорт Манас, Manas Airport), and the Kyrgyz peak's чокусу is a mountain's descriptor (Ленин чокусу; found on AD), false pairs and merges unchanged.
        // Twenty-third sitting, second round: 0.8844 -> 0.8871 after a quoted name takes the words before it that say what it is: an institution's word capitalised as the written name's first word (Агентство «Хабар»), and an adjective in -sk- before a lower-case descriptor (Демократическая партия «Миллий тикланиш», Социал-демократическая партия «Адолат»; found on AD), false pairs and merges unchanged.
        // Twenty-fifth sitting, second round: 0.8871 -> 0.8887 after a name's kind written around it is in its span and not its key: a legal form before a quoted name that starts with another (АО «НК «…»), a lower-case descriptor in brackets after the name (Ховар (агентство)), the Russian state enterprise ГП as a legal form (as the Ukrainian ДП) and the Ukrainian nominative партія as a descriptor; found on AF, false pairs and merges unchanged.
        // Twenty-sixth sitting, third round: 0.8887 -> 0.8910 after a power plant's or dam's designator describes a place of its own (place-descriptors.txt: dam, HPP, NPP, ГЭС, АЭС, ГЕС, АЕС, НБО before the name, hydropower plant, nuclear plant: Rogun Dam, Rogun HPP, НБО Роғун, Рогунская ГЭС one place and never the town), false pairs and merges unchanged.
        // Twenty-ninth sitting, second change: 0.8910 -> 0.8919 after the region's languages name the state before a body's name in more of their forms (country-heads.txt: the Kazakh republic in the nominative, Қазақстан Республикасы Ұлттық қауіпсіздік комитеті; the genitive of a country's bare name, Кыргызстандын социал-демократиялык партиясы), Tajik izafet and Uzbek Cyrillic heads are words of institutions (organisation-words.txt: Бонки миллии Тоҷикистон, had been a surname-first person), and the vocabulary of organisation-concepts.txt has Kyrgyz боюнча, Kazakh жөніндегі and Uzbek bo'yicha as function words, Uzbek Cyrillic ишлар and Uzbek and Tajik sotsial, сотсиал (found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, fourth change: 0.8919 -> 0.8932 after a mountain range's English plural written bare joins the one range of its stem (NameClusterer.joinRangePlurals: Pamirs, Urals, Carpathians, Fanns with the Pamir, Ural, Carpathian, Fann Mountains; the bare stem stays apart, as often the region or a town; found on AJ), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-l.tsv", confusables: "confusable-pairs-l.tsv", minimumSpellings: 500, f1Floor: 0.8931, maximumFalsePairs: 43,
                      knownMerges: [["ru_city_moscow", "ru_river_moskva"]]),
        // By a writer who never saw the stage: 1,422 spellings of 255 entities (the six countries
        // and a few of Turkmenistan, Belarus, Azerbaijan and Georgia), renamed entities split per
        // name. Blind on main at 1419459: P 0.984, R 0.543, F1 0.700 (32 false pairs). Of its 48
        // confusable pairs, Rahmon / Rakhmonov is set aside as in L (one man, before and after
        // 2007), and so is Alma-Ata / Almaty, one city the writer split as a rename, which the stage
        // joins by spelling; one is a wrong merge: the passport form IVANOV SERGEY of an invented Sergey
        // Petrovich Ivanov joins the Kremlin's Sergei Borisovich Ivanov, whose bare forms it
        // cannot be told from by spelling, while their patronymic forms stay apart. Still unseen,
        // after place descriptors set a sub-kind (fitted to K): P 0.976, R 0.623, F1 0.760; its 56
        // false pairs all lie in the clusters set aside or known. 0.762 (R 0.625), still unseen,
        // after the register's orders (fitted to K and L); then after surnames written alone left
        // the one-edit and vowel joins (the couples of N): see the figures printed. Released to the
        // tuners: 0.762 -> 0.796 (R 0.625 -> 0.672, false pairs unchanged) after a place descriptor
        // alone in brackets (Akmola (city), Урал (река)) and the Polish press style (Siergiej Ławrow).
        // 0.796 -> 0.810 (R 0.672 -> 0.692, false pairs unchanged) after K's place stems and
        // descriptors (Медеуский район, Medeu District; Акмолинская область; область Абай).
        // 0.810 -> 0.826 (R 0.692 -> 0.715, false pairs unchanged) after titled spellings are scored
        // as the name and its titles (President Tokayev: the stage keeps titles out of a name's span),
        // a titled surname joins the one person of its surname in the batch, Elbasy is a title, two
        // initials after a Cyrillic surname make a person (Шойгу С.К.), the surname-first order joins
        // its person (RAHMON EMOMALI) and a patronymic initial chooses its person (Иванов С.Б.).
        // Then 0.826 -> 0.834 after the organisation joins (country tails, acronyms, head words).
        // 0.8344 -> 0.8334 when English digraphs stop the German s reading (Sakharov is not
        // Zakharov): Mukhtar Ablyasov, an English spelling with its з written s, no longer joins.
        // 0.8334 -> 0.8351 after institutions' names join by their concepts (organisation-concepts.txt);
        // with it H 0.9074 -> 0.9088, K 0.8608 -> 0.8618, L 0.8391 -> 0.8400, E 0.9177 -> 0.9184;
        // unseen N 0.7529 -> 0.7546 (organisations' recall 0.317 -> 0.334), O 0.6571 -> 0.6585
        // (0.238 -> 0.249); no new false pairs.
        // 0.8351 -> 0.8429 after the organisation forms (a nationality before the name, a country after `of`, acronyms of one country, stumps, hyphenated words and a possessive People's read as concepts, the region's organisation words); false pairs unchanged.
        // 0.8451 -> 0.8475 after the people's rules fitted to O (initials and titles of two-word names
        // read as no person: Yanukovych, Zaluzhnyi), false pairs unchanged.
        // 0.8518 -> 0.8559 after the given names' forms in other languages (Maxime, Mikheil, Józef, Şevket:
        // given-name-equivalents.txt), false pairs unchanged. With all four rounds of the seventh sitting
        // merged: 0.8590 (the organisations' acronyms and translations), false pairs unchanged.
        // Eleventh sitting: 0.8643 -> 0.8654 after a transliterated organisation name in sentence case keeps its lower-case words of the region's vocabulary of institutions (Sluzhba natsionalnoy bezopasnosti, Partiya regionov; fitted to S); false pairs unchanged.
        // 0.8654 -> 0.8661 after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S), false pairs unchanged.
        // Twelfth sitting: 0.8661 -> 0.8678 after a name's word St or Sankt read as Saint (St. Petersburg, Sankt-Peterburg; fitted to T), false pairs unchanged.
        // Thirteenth sitting: 0.8678 -> 0.8688 after a land named in -stan written bare joins its republic (Tatarstan, Republic of Tatarstan; Kyrgyzstan, Кыргызская Республика; fitted to U), false pairs unchanged.
        // 0.8688 -> 0.8699 after an adjective in -sk- and nouns is a newspaper's or works' name, in sentence case an organisation and in title case no person in the register's order unless a given name, initial or surname follows (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод; fitted to a generated breadth table), false pairs unchanged.
        // After a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег Кравец), a
        // person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place inside a
        // longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.8699 -> 0.8701; false pairs 56 ->
        // 61: RAHMON EMOMALI now joins Emomali Rahmon, whom the pair this file sets aside (one man before and after he
        // dropped -ov) already joined to Emomali Rakhmonov; no new merge of different entities; its ceiling raised to
        // record it, not to hide it.
        // 0.8701 -> 0.8723 after the German adjective endings -kaja, -koje mark a word German, German
        // tz is ц, an initial K. or S. stands for a Kh- or Sh- name, and a place's or organisation's word of five or
        // six letters is read with the ambiguous German s (Talasskaja oblast, K. Nurmagomedov, Kasan; fitted to W),
        // false pairs and merges unchanged.
        // Twentieth sitting: 0.8723 -> 0.8733 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, third round: 0.8733 -> 0.8752 after an organisation's words in Latin read by their key as the Russian or local word they transliterate (Ministerstvo finansov, Natsionalnyi bank) and the Turkic languages' state named first in the genitive read as a country's tail (Қазақстан Республикасының Қаржы министрлігі), with the Tajik and Uzbek Cyrillic organisation vocabulary extended (found on the sitting's organisations table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.8752 -> 0.8771 (the s read as z 0.8752 -> 0.8771) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        // Twenty-fifth sitting, second round: 0.8771 -> 0.8774 after a name's kind written around it is in its span and not its key: a legal form before a quoted name that starts with another (АО «НК «…»), a lower-case descriptor in brackets after the name (Ховар (агентство)), the Russian state enterprise ГП as a legal form (as the Ukrainian ДП) and the Ukrainian nominative партія as a descriptor; found on AF, false pairs and merges unchanged.
        // Twenty-seventh sitting, second round: 0.8774 -> 0.8783 after a German Stausee is a reservoir's descriptor, tried before the lake's -see it ends in (place suffixes longest first: Kachowka-Stausee no longer a lake Kachowka-Stau), the Russian and Ukrainian square in Latin letters is a square's (ploshchad, ploshcha: Krasnaya Ploshchad) and the Ukrainian neuter adjective -ське is read as its noun (Каховське водосховище, NamePlaceStem).
        // Twenty-ninth sitting, second change: 0.8783 -> 0.8786 after the region's languages name the state before a body's name in more of their forms (country-heads.txt: the Kazakh republic in the nominative, Қазақстан Республикасы Ұлттық қауіпсіздік комитеті; the genitive of a country's bare name, Кыргызстандын социал-демократиялык партиясы), Tajik izafet and Uzbek Cyrillic heads are words of institutions (organisation-words.txt: Бонки миллии Тоҷикистон, had been a surname-first person), and the vocabulary of organisation-concepts.txt has Kyrgyz боюнча, Kazakh жөніндегі and Uzbek bo'yicha as function words, Uzbek Cyrillic ишлар and Uzbek and Tajik sotsial, сотсиал (found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, fourth change: 0.8786 -> 0.8793 after a mountain range's English plural written bare joins the one range of its stem (NameClusterer.joinRangePlurals: Pamirs, Urals, Carpathians, Fanns with the Pamir, Ural, Carpathian, Fann Mountains; the bare stem stays apart, as often the region or a town; found on AJ), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-m.tsv", confusables: "confusable-pairs-m.tsv", minimumSpellings: 500, f1Floor: 0.8792, maximumFalsePairs: 61,
                      knownMerges: [["ru_ivanov_invented_sergey_petrovich", "ru_ivanov_sergei_borisovich"]]),
        // By a writer who never saw the stage: 2,298 spellings of 361 entities (185 people, 104
        // places, 72 organisations; the six countries and a few of their neighbours), renamed
        // entities split per name. Blind on main at f0cf31a: P 0.990, R 0.517, F1 0.679 (38 false
        // pairs). Of its 91 confusable pairs, two are set aside with their reasons in the file (the
        // parties Respublika and Respublica; Alma-Ata / Almaty as in M). Four clusters are wrong
        // merges: three couples whose surnames are masculine and feminine adjectival forms
        // (Navalny / Navalnaya, Zelensky / Zelenska, Tsikhanouski / Tsikhanouskaya), and a Kyrgyz
        // minister and a Kazakh businessman whose surnames differ by one vowel (Kulubaev, Kulibayev).
        // All four joined through surnames written alone, which the one-edit and vowel joins of
        // places and organisations took in. After that first look (so N is no longer unseen for
        // this), those joins leave out a surname written alone and keep a final i apart from a final
        // a: the couples are apart, F1 0.679 (P 0.992, R 0.516, 28 false pairs); Kulubaev and
        // Kulibayev still meet. Then, with the register's orders (fitted to K and L; N unseen for
        // them): F1 0.698 (P 0.993, R 0.539). Still unseen after the place stems and descriptors
        // (fitted to K, L, M): 0.6987 -> 0.7007 (places' recall 0.682 -> 0.694), false pairs unchanged.
        // Then 0.7007 -> 0.7461 (P 0.993, R 0.598; people's recall 0.553 -> 0.633) after the people's
        // rules fitted to M and the scoring of titled spellings (scoring alone: 0.726), false pairs
        // unchanged. A tuner's grep showed about 30 of its titled rows and another's about 7 rows:
        // not fully unseen for those rules.
        // Then 0.746 -> 0.753 after the organisation joins (country tails, acronyms, head words):
        // organisations' recall 0.245 -> 0.317, false pairs unchanged.
        // Released to the tuners (its organisations' misses listed by cause): 0.7546 -> 0.7636
        // (organisations' recall 0.334 -> 0.418) after the organisation forms (a nationality before the name, a country after `of`, acronyms of one country, stumps, hyphenated words and a possessive People's read as concepts, the region's organisation words); false pairs unchanged. A head word
        // for football clubs (FC Astana) was tried and dropped: it joined the club with its city.
        // Released: 0.765 -> 0.768 after the Turkish style (c is дж) and Kazakh -uly/-kyzy surnames
        // (people's recall 0.653 -> 0.659), false pairs unchanged; with them H 0.9088 -> 0.9105,
        // I 0.8814 -> 0.8845, J 0.8608 -> 0.8631, K 0.8618 -> 0.8633, M 0.8351 -> 0.8367.
        // Released to the tuners: 0.7651 -> 0.7713 (places' recall 0.694 -> 0.737, false pairs unchanged)
        // after squares as a place sub-kind (Ala-Too Square, площадь Ала-Тоо, Ала-Тоо аянты), lower-case
        // province, a region word after a hyphen (Tschui-Gebiet), Tajik izafet and Kyrgyz possessive
        // descriptors (дарёи Вахш, кӯли Сарез, ноҳияи Айнӣ, Ысык-Көл көлү) and vallée de Ferghana.
        // Released: 0.7831 -> 0.7847 (people's recall 0.662 -> 0.665; false pairs unchanged) after the
        // people's rules fitted to O (surname first with a weak given-name ending, initials and titles
        // of two-word names read as no person, Armenian carons). One loss follows the guard: the batch
        // has Ozoda Rahmon written in full, so President Rahmon no longer joins her father.
        // 0.7852 -> 0.7855 (organisations' recall 0.418 -> 0.422) after a proper name's readings
        // (its words of organisation-concepts.txt around it) join across languages; false pairs unchanged.
        // 0.7852 -> 0.7867 (people 0.665 -> 0.668) after the Belarusian forms (ў after a vowel is в; in a word with
        // ў or Latin -ousk-, ці is ти and ou au are ов ав), false pairs unchanged.
        // 0.7870 -> 0.7906 (people 0.668 -> 0.675) after the given names' forms in other languages, false pairs unchanged.
        // 0.7870 -> 0.7875 (organisations 0.422 -> 0.428) after lower-case head words after a name
        // (Kabar news agency), false pairs unchanged; 0.7879 (organisations 0.432) after a long word
        // in capitals alone (AMANAT), false pairs unchanged; 0.7881 (organisations 0.435) after state
        // enterprises' legal forms (ГУП «ТАЛКО»).
        // With the people's and organisations' rounds of the seventh sitting merged: 0.7918 (people 0.675,
        // organisations 0.435), false pairs unchanged. 0.7973 (people 0.686) after a lower-case role
        // phrase before a name is its titles (former speaker, opposition leader, ousted President);
        // 0.8026 (people 0.697) when a name saying whose office it is goes with it (Kremlin spokesman).
        // The second organisations round of the same sitting (on the stage before the people's second round):
        // enterprises' legal forms (ГУП «ТАЛКО»); 0.7895 (organisations 0.450) after the translations
        // of the press abroad (French, German, Polish, Turkish) and Tajik read as concepts and the
        // acronyms concepts make in the region's languages (ГКНБ: State Committee for National
        // Security), false pairs unchanged.
        // With all four rounds of the seventh sitting merged: 0.8039 (organisations 0.450, people 0.697),
        // false pairs unchanged.
        // Eleventh sitting: 0.8060 -> 0.8073 (organisations 0.457 -> 0.472) after a transliterated organisation name in sentence case keeps its lower-case words of the region's vocabulary of institutions (Sluzhba natsionalnoy bezopasnosti, Partiya regionov; fitted to S); false pairs unchanged.
        // 0.8073 -> 0.8082 after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S), false pairs unchanged.
        // 0.8082 -> 0.8088 after a Cyrillic institution's name in Latin text running past five words when one of its first five is a
        // word of organisation-concepts.txt and it ends on a proper name or such a word (Государственный комитет национальной
        // безопасности Кыргызской Республики, ... университет імені Тараса Шевченка; fitted to S), false pairs unchanged.
        // 0.8088 -> 0.8092 after a noun before a role word at a clause start joins the role phrase (gas tycoon, tennis player), with more role nouns (resident, player, owner, star, ...) and investigative as a modifier; false pairs unchanged.
        // 0.8092 -> 0.8122 after a surname of any ending, a comma and a known given name of given-name-equivalents/diminutives are one name (Zelensky, Volodymyr), and no surname after a place preposition (In Moscow, Dmitry); false pairs unchanged.
        // Twelfth sitting: 0.8122 -> 0.8132 after a name's word St or Sankt read as Saint (St. Petersburg, Sankt-Peterburg; fitted to T), false pairs unchanged.
        // 0.8132 -> 0.8135 after a lower-case движение, фонд/fund or общество/society next to an organisation's name as a descriptor (фонд Самрук-Казына, Memorial society; fitted to T), false pairs unchanged.
        // Thirteenth sitting: 0.8135 -> 0.8143 (places 0.756 -> 0.762) after a land named in -stan written bare joins its republic (Tatarstan, Republic of Tatarstan; Kyrgyzstan, Кыргызская Республика; fitted to U), false pairs unchanged.
        // 0.8143 -> 0.8145 (organisations 0.493 -> 0.495) after a one-word club's abbreviation before or after its name is one club (FC Astana, Astana FC; fitted to U), false pairs unchanged.
        // 0.8145 -> 0.8148 after an outlet written as its web address is one name, a country's ending part of it and a generic one not (Kun.uz, Gazeta.uz and Gazeta.ru, Meduza.io as Meduza; fitted to a generated breadth table), false pairs unchanged.
        // 0.8148 -> 0.8158 after a republic named with its people's adjective joins its land named in -ia on the people's name (Chuvash Republic, Chuvashia; Chechen Republic, Chechnya; Kabardino-Balkarian Republic; not Republic of Abkhazia; fitted to a generated breadth table), false pairs unchanged.
        // 0.8158 -> 0.8168 after an adjective in -sk- and nouns is a newspaper's or works' name, in sentence case an organisation and in title case no person in the register's order unless a given name, initial or surname follows (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод; fitted to a generated breadth table), false pairs unchanged.
        // After a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег Кравец), a
        // person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place inside a
        // longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.8168 -> 0.8187 (0.8932 -> 0.8951
        // within the surname guard), false pairs unchanged.
        // After said moved from never-names.txt to common-words.txt: capitalised inside a sentence it is the given name
        // Said (Said Abdullo Nuri, Said Karimov), at a sentence's start still the verb (fitted to V; general across
        // I-V): 0.8187 -> 0.8189 (0.8951 -> 0.8953 within the surname guard), false pairs unchanged.
        // 0.8189 -> 0.8194 (0.8953 -> 0.8958 within the surname guard) after a short transliterated word of institutions (Kazakh and Kyrgyz жолы, жолу under railways, Uzbek havo under a new airline concept) keeps a name in sentence case whole beside a longer one (Qazaqstan temir joly, O'zbekiston havo yo'llari; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8194 -> 0.8200 (0.8958 -> 0.8965 within the surname guard) after the German adjective
        // endings -kaja, -koje mark a word German, German tz is ц, an initial K. or S. stands for a Kh- or Sh- name,
        // and a place's or organisation's word of five or six letters is read with the ambiguous German s (Talasskaja
        // oblast, K. Nurmagomedov, Kasan; fitted to W), false pairs and merges unchanged.
        // 0.8200 -> 0.8204 after a described place's adjective written the German way without a marker letter is read in that style, its descriptor and stem kept (Donezka oblast, Donetska oblast; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8204 -> 0.8213 after a marked German spelling still apart is read again with the ц of the English key and a t before s as its ambiguous s, joining the one entity it can stand for (Schachtar Donezk, Shakhtar Donetsk; Rostselmasch, Rostselmash; fitted to a generated breadth table) (0.8969 -> 0.8978 within the surname guard), false pairs and merges unchanged.
        // Twentieth sitting, third round: 0.8213 -> 0.8231 after an organisation's words in Latin read by their key as the Russian or local word they transliterate (Ministerstvo finansov, Natsionalnyi bank) and the Turkic languages' state named first in the genitive read as a country's tail (Қазақстан Республикасының Қаржы министрлігі), with the Tajik and Uzbek Cyrillic organisation vocabulary extended (found on the sitting's organisations table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.8231 -> 0.8251 (the s read as z 0.8231 -> 0.8251) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        // Twenty-third sitting: 0.8251 -> 0.8253 after a country's own name first in a Turkic name of general vocabulary ending in the possessive is the state's, as its formal name there is (Oʻzbekiston Milliy banki, Қазақстан Халық партиясы: the bank and party of Uzbekistan, Kazakhstan), and a lower-case Latin word spelt as the region's vocabulary and not as English's, right before a transliterated word of it, stays in the name (Xalq demokratik partiyasi, Tashqi ishlar vazirligi; found on AD), false pairs and merges unchanged.
        // Twenty-fifth sitting, second round: 0.8253 -> 0.8255 (organisations 0.551 -> 0.554; 0.9021 -> 0.9023 within the surname guard) after a name's kind written around it is in its span and not its key: a legal form before a quoted name that starts with another (АО «НК «…»), a lower-case descriptor in brackets after the name (Ховар (агентство)), the Russian state enterprise ГП as a legal form (as the Ukrainian ДП) and the Ukrainian nominative партія as a descriptor; found on AF, false pairs and merges unchanged.
        // Twenty-sixth sitting, third round: 0.8255 -> 0.8267 after a power plant's or dam's designator describes a place of its own (place-descriptors.txt: dam, HPP, NPP, ГЭС, АЭС, ГЕС, АЕС, НБО before the name, hydropower plant, nuclear plant: Rogun Dam, Rogun HPP, НБО Роғун, Рогунская ГЭС one place and never the town), false pairs and merges unchanged.
        // Twenty-ninth sitting, fourth change: 0.8267 -> 0.8270 after a mountain range's English plural written bare joins the one range of its stem (NameClusterer.joinRangePlurals: Pamirs, Urals, Carpathians, Fanns with the Pamir, Ural, Carpathian, Fann Mountains; the bare stem stays apart, as often the region or a town; found on AJ), false pairs and merges unchanged.
        // Thirtieth sitting, third change: 0.8270 -> 0.8287 (0.9038 -> 0.9056 within the surname guard) after a one-word club joins its name with a city after it never written as a club when the batch writes that city alone, and not as a surname (NameClusterer.joinClubsToCityNames: FC Pakhtakor with Pakhtakor Tashkent where Tashkent is written), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-n.tsv", confusables: "confusable-pairs-n.tsv", minimumSpellings: 500, f1Floor: 0.8286, maximumFalsePairs: 28,
                      knownMerges: [["kg_per_jeenbek_kulubaev", "kz_per_timur_kulibayev"]]),
        // By a writer who never saw the stage: 3,669 spellings of 481 entities (178 people, 212
        // places, 91 organisations), renamed entities split per name. Blind on main at 4550d04: P
        // 0.986, R 0.440, F1 0.609 (91 false pairs). Of its 97 confusable pairs, four are set aside
        // with their reasons in the file (two RFE/RL services named by one word in k and q, the
        // parties Respublika / Respublica, Alma-Ata / Almaty as in M and N, the city Dnipro and its
        // river, written alike), and one homonym cluster outside the pairs (the Caspian and the
        // bank Kaspi). Four clusters are wrong merges: two towns one vowel apart (Tokmok, Tokmak),
        // Aralsk with Oral (Uralsk), and two presidents with the cities named after their titles
        // (Turkmenbashi, Arkadag). Still unseen after place words in brackets (`Naryn (town)`) and
        // Polish press spellings: P 0.986, R 0.463, F1 0.630, false pairs unchanged. Still unseen
        // after the place stems and descriptors (fitted to K, L, M): 0.6302 -> 0.6344 (places' recall
        // 0.465 -> 0.479), false pairs unchanged.
        // Then 0.6344 -> 0.6518 (P 0.987, R 0.487; people's recall 0.533 -> 0.568) after the people's
        // rules fitted to M and the scoring of titled spellings, false pairs unchanged (the same
        // tuners' greps showed a few of its rows).
        // Then 0.652 -> 0.657 after the organisation joins (country tails, acronyms, head words):
        // organisations' recall 0.193 -> 0.238; false pairs 91 -> 108, all inside the clusters set
        // aside or known (the confusable test finds no other cluster of two entities).
        // Then 0.6585 -> 0.6655 (organisations' recall 0.249 -> 0.305; P 0.985 unchanged, false
        // pairs 108 unchanged) after the organisation forms (a nationality before the name, a
        // country after `of`, acronyms of one country, stumps, hyphenated words and a possessive
        // People's read as concepts, the region's organisation words), fitted to N and older. A
        // first version also let an
        // acronym naming a country join a full name naming none; the confusable test failed on
        // this table with it (its failure message printed the two entities' ids, a leak of the
        // test's own output), and the rule was taken out, a composed case (KGB of Belarus is not
        // the Soviet KGB) standing for it.
        // Still unseen after the Turkish style and Kazakh -uly/-kyzy surnames (fitted to N):
        // 0.6606 -> 0.6637 (people's recall 0.573 -> 0.578), false pairs unchanged. With both
        // rounds merged: 0.6706 (P 0.985, R 0.508; people 0.578, places 0.481, organisations 0.305).
        // Still unseen after the squares, Kyrgyz and Tajik descriptors and -Gebiet compounds (fitted to
        // N): 0.6606 -> 0.6624 (places' recall 0.479 -> 0.485), false pairs unchanged. With the
        // sitting's four names rounds merged: 0.6723 (P 0.985, R 0.510; people 0.578, places
        // 0.487, organisations 0.305).
        // Released to the tuners at the start of the sitting of 2026-11-22, never tuned on before. Its
        // people's misses, classified: of 3,236 missed people pairs, 2,145 have a one-word spelling
        // (a surname alone, which the issue's guard joins only through its own article, and epithets:
        // Elbasy, Turkmenbashi, Avicenna); of the rest, the largest causes were initials and titles
        // before names read as no person (Dmytro Kuleba, Valerii Zaluzhnyi: surnames of no known
        // ending), titled surnames of a batch with two people of the surname (kept apart by the guard),
        // pseudonyms and maiden names (Stalin / Jughashvili, Lenin / Ulyanov: lexicon only),
        // surname-first forms with a given name ending like a weak surname (PETROVA Irina), given names
        // of other languages (Iosif, Joseph, Józef; Mikheil, Mikhail), Belarusian forms (Tsikhanouskaya,
        // Tikhanovskaya), Armenian and Georgian script, Russian case forms (Алмазбека Атамбаева) and
        // comma-inverted names of weak or no surname ending (Putin, Vladimir). Before this sitting's
        // people's rules: 0.6723 (P 0.985, R 0.510; people 0.578); after them (surname first with a
        // weak given-name ending, initials and titles joining two-word names read as no person, an
        // initial as first written letter, Armenian carons): 0.6789 (P 0.986, R 0.518; people 0.592),
        // false pairs unchanged.
        // Released to the tuners (its places' and organisations' misses listed by cause): 0.6723 ->
        // 0.6884 (places' recall 0.487 -> 0.539, organisations' 0.305 -> 0.319) after a lower-case
        // region after a place's name (Osh region), the oblique adjective (Ошской области, Київської
        // області) and a legal form in capitals before a name (OJSC Kyrgyzaltyn); then 0.6954
        // (places 0.562) after the Cyrillic case forms (Бишкеке, Одесі, Крыму); then 0.7008 (P
        // 0.986, R 0.544; places 0.582, organisations 0.323, people 0.579) after the Turkish and
        // Polish descriptors and région de. False pairs 108 -> 111: the case form Токмоке joins
        // Tokmok, inside the known wrong merge with Tokmak. With them J 0.8660 -> 0.8695, K 0.8649
        // -> 0.8659, L 0.8500 -> 0.8511, N 0.7831 -> 0.7836 (places 0.737 -> 0.741).
        // With both rounds merged (people; places and organisations): 0.7071 (P 0.986, R 0.551;
        // people 0.593, places 0.582, organisations 0.323), 111 false pairs.
        // Then 0.7071 -> 0.7076 (organisations' recall 0.323 -> 0.327) after a proper name's readings
        // join across languages (`Ata-Meken Socialist Party`, `Democratic Party Ak Zhol`, the same
        // concepts and country); false pairs unchanged. Joining the bare name to its readings as
        // well (0.7084, organisations 0.345) merged sister bodies (Memorial and Memorial Human
        // Rights Centre), places (Kyiv and Kyiv University) and two countries' Ak Zhol: left out.
        // 0.7071 -> 0.7084 (people 0.593 -> 0.596) after the Belarusian forms, false pairs unchanged.
        // 0.7093 -> 0.7178 (people 0.596 -> 0.616) after the given names' forms in other languages
        // (French, German, Polish, Georgian, Armenian, Turkish), false pairs unchanged.
        // 0.7178 -> 0.7206 (people 0.616 -> 0.622) after full names in a Russian oblique case (Садыра
        // Жапарова, Раисы Атамбаевой: person-case-forms.txt), false pairs unchanged.
        // Its organisations' misses measured by cause at 35231bf (pairs): 731 of 1,358 between two
        // detected spellings (translations, acronyms, concepts), 216 a Latin name with lower-case
        // words after it (news agency; French and Uzbek sentence case), 120 lower-case words inside a
        // Latin name (Mining and Metallurgical Combine), 59 an abbreviation or descriptor before a
        // quoted Cyrillic name read apart (КНИА «Кабар»), 47 Cyrillic sentence case. 0.7093 -> 0.7103
        // (organisations 0.327 -> 0.335) after lower-case head words after a name (Kabar news
        // agency, Kloop media outlet), false pairs unchanged; 0.7119 (organisations 0.350) after a
        // long word in capitals alone mid-sentence or quoted after a legal form (LUKOIL, ПАО «ЛУКОЙЛ»);
        // 0.7126 (organisations 0.355) after state enterprises' legal forms (ГУП «ТАЛКО», НЕК «Укренерго»).
        // With both rounds merged: 0.7238 (P 0.987, R 0.572; people 0.622, places 0.582, organisations
        // 0.355), false pairs unchanged. 0.7253 (people 0.626) after a lower-case role phrase before a
        // name is its titles (former speaker, opposition leader, ousted President), false pairs unchanged;
        // 0.7261 (people 0.627) when a name saying whose office it is goes with it (Kremlin spokesman).
        // The second organisations round of the same sitting (on the stage before the people's second round):
        // The 738 pairs of two detected spellings, sub-classified at 064fd9d: 235 an acronym and a
        // full name, 240 translations (138 naming no country), 219 one script's other wordings, 44
        // two acronyms. 0.7126 -> 0.7153 (organisations 0.355 -> 0.379) after the translations of the
        // press abroad (French, German, Polish, Turkish) and Tajik read as concepts and the acronyms
        // concepts make in the region's languages (ГКНБ, GKNB: State Committee for National
        // Security; ҰҚК: the Kazakh name), false pairs unchanged.
        // With all four rounds of the seventh sitting merged: 0.7288 (P 0.987, R 0.578; people 0.627, places
        // 0.582, organisations 0.379), false pairs unchanged.
        // Eleventh sitting: 0.7336 -> 0.7344 (organisations 0.384 -> 0.391) after a transliterated organisation name in sentence case keeps its lower-case words of the region's vocabulary of institutions (Sluzhba natsionalnoy bezopasnosti, Partiya regionov; fitted to S); false pairs unchanged.
        // 0.7344 -> 0.7349 after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S), false pairs unchanged.
        // 0.7349 -> 0.7357 after a Cyrillic institution's name in Latin text running past five words when one of its first five is a
        // word of organisation-concepts.txt and it ends on a proper name or such a word (Государственный комитет национальной
        // безопасности Кыргызской Республики, ... университет імені Тараса Шевченка; fitted to S), false pairs unchanged.
        // 0.7357 -> 0.7374 after a surname of any ending, a comma and a known given name of given-name-equivalents/diminutives are one name (Zelensky, Volodymyr), and no surname after a place preposition (In Moscow, Dmitry); false pairs unchanged.
        // Twelfth sitting: 0.7374 -> 0.7379 after a name's word St or Sankt read as Saint (St. Petersburg, Sankt-Peterburg; fitted to T), false pairs unchanged.
        // Twelfth sitting: 0.7379 -> 0.7380 after a nationality before one capitalised word that is no title, role, place,
        // region or surname is a name written apart (Kyrgyz Telecom as Kyrgyztelecom, Tajik Air as Tajikair; fitted to a
        // generated breadth table), false pairs unchanged.
        // Thirteenth sitting: 0.7380 -> 0.7388 (places 0.596 -> 0.599) after a land named in -stan written bare joins its republic (Tatarstan, Republic of Tatarstan; Kyrgyzstan, Кыргызская Республика; fitted to U), false pairs unchanged.
        // 0.7388 -> 0.7393 after an outlet written as its web address is one name, a country's ending part of it and a generic one not (Kun.uz, Gazeta.uz and Gazeta.ru, Meduza.io as Meduza; fitted to a generated breadth table); false pairs 111 -> 112, its ceiling raised to record it: Kaspi.kz now joins the bank's bare name Kaspi, which the file sets aside as a homonym of the Caspian Sea.
        // 0.7393 -> 0.7410 after a republic named with its people's adjective joins its land named in -ia on the people's name (Chuvash Republic, Chuvashia; Chechen Republic, Chechnya; Kabardino-Balkarian Republic; not Republic of Abkhazia; fitted to a generated breadth table), false pairs unchanged.
        // 0.7410 -> 0.7410 (one pair more found) after an adjective in -sk- before an acronym of three to five capitals names a plant or works, not a person (Рогунская ГЭС, Запорізька АЕС, Rogunskaya GES; fitted to a generated breadth table), false pairs unchanged.
        // 0.7410 -> 0.7418 after an adjective in -sk- and nouns is a newspaper's or works' name, in sentence case an organisation and in title case no person in the register's order unless a given name, initial or surname follows (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод; fitted to a generated breadth table), false pairs unchanged.
        // After a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег Кравец), a
        // person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place inside a
        // longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.7418 -> 0.7422 (0.8138 -> 0.8142
        // within the surname guard), false pairs unchanged.
        // 0.7422 -> 0.7425 (0.8142 -> 0.8145 within the surname guard) after a short transliterated word of institutions (Kazakh and Kyrgyz жолы, жолу under railways, Uzbek havo under a new airline concept) keeps a name in sentence case whole beside a longer one (Qazaqstan temir joly, O'zbekiston havo yo'llari; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.7425 -> 0.7437 (0.8145 -> 0.8158 within the surname guard) after the German adjective
        // endings -kaja, -koje mark a word German, German tz is ц, an initial K. or S. stands for a Kh- or Sh- name,
        // and a place's or organisation's word of five or six letters is read with the ambiguous German s (Talasskaja
        // oblast, K. Nurmagomedov, Kasan; fitted to W), false pairs and merges unchanged.
        // 0.7437 -> 0.7439 after a described place's adjective written the German way without a marker letter is read in that style, its descriptor and stem kept (Donezka oblast, Donetska oblast; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.7439 -> 0.7443 after a marked German spelling still apart is read again with the ц of the English key and a t before s as its ambiguous s, joining the one entity it can stand for (Schachtar Donezk, Shakhtar Donetsk; Rostselmasch, Rostselmash; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.7443 -> 0.7444 after a country's ending in lower case after a space is the web address retyped as words (Kun uz, Vlast kz, Власть кз; fitted to X), false pairs and merges unchanged.
        // Seventeenth sitting, second round: 0.7444 -> 0.7445 (0.8166 within the surname guard, unchanged) after Kyrgyz and Kazakh ң written ng in Latin read as the Russian н to join the one entity that reading gives, where the entity is written in Latin only (Song-Kol, Сон-Куль; Kenges Rakishev, Кенес Ракишев; found by counting causes across all released tables: 38 missed pairs in 9 tables), false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.7445 -> 0.7450 (0.8166 -> 0.8172 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Unchanged by the eighteenth sitting's first round (a name most of whose spellings join two words at one vowel, Alma-Ata, takes no loose join across its vowels): 0.7450, false pairs unchanged (Алма-Аты and Алмате join both cities on their keys).
        // Twentieth sitting: 0.7450 -> 0.7457 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, third round: 0.7457 -> 0.7470 after an organisation's words in Latin read by their key as the Russian or local word they transliterate (Ministerstvo finansov, Natsionalnyi bank) and the Turkic languages' state named first in the genitive read as a country's tail (Қазақстан Республикасының Қаржы министрлігі), with the Tajik and Uzbek Cyrillic organisation vocabulary extended (found on the sitting's organisations table), false pairs and merges unchanged.
        // Twenty-first sitting: 0.7470 -> 0.7474 after the Russian and local designators in Latin letters name a place's sub-kind (Kyrgyz daryyasy and Uzbek daryosi, Tajik kuli, Russian reka and dolina: Naryn daryyasy, Kuli Sarez, Ferganskaya dolina; found on AB), false pairs and merges unchanged.
        // Twenty-second sitting: 0.7474 -> 0.7482 (the ө and ү readings 0.7474 -> 0.7482) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        // Twenty-third sitting: 0.7482 -> 0.7485 after a country's own name first in a Turkic name of general vocabulary ending in the possessive is the state's, as its formal name there is (Oʻzbekiston Milliy banki, Қазақстан Халық партиясы: the bank and party of Uzbekistan, Kazakhstan), and a lower-case Latin word spelt as the region's vocabulary and not as English's, right before a transliterated word of it, stays in the name (Xalq demokratik partiyasi, Tashqi ishlar vazirligi; found on AD), false pairs and merges unchanged.
        // Twenty-third sitting, second change: 0.7485 -> 0.7487 after a reservoir, a canyon or gorge, an avenue and an airport are described places of their own, which leave a bare name to the town (Toktogul Reservoir, Токтогульское водохранилище; Varzob Gorge, Варзобское ущелье; проспект Рудаки, Rudaki Avenue; аэропорт Манас, Manas Airport), and the Kyrgyz peak's чокусу is a mountain's descriptor (Ленин чокусу; found on AD), false pairs and merges unchanged.
        // Twenty-third sitting, second round: 0.7487 -> 0.7503 after a quoted name takes the words before it that say what it is: an institution's word capitalised as the written name's first word (Агентство «Хабар»), and an adjective in -sk- before a lower-case descriptor (Демократическая партия «Миллий тикланиш», Социал-демократическая партия «Адолат»; found on AD), false pairs and merges unchanged.
        // Twenty-fifth sitting, second round: 0.7503 -> 0.7505 (organisations 0.450 -> 0.452; 0.8227 -> 0.8230 within the surname guard) after a name's kind written around it is in its span and not its key: a legal form before a quoted name that starts with another (АО «НК «…»), a lower-case descriptor in brackets after the name (Ховар (агентство)), the Russian state enterprise ГП as a legal form (as the Ukrainian ДП) and the Ukrainian nominative партія as a descriptor; found on AF, false pairs and merges unchanged.
        // Twenty-sixth sitting, third round: 0.7505 -> 0.7525 after a power plant's or dam's designator describes a place of its own (place-descriptors.txt: dam, HPP, NPP, ГЭС, АЭС, ГЕС, АЕС, НБО before the name, hydropower plant, nuclear plant: Rogun Dam, Rogun HPP, НБО Роғун, Рогунская ГЭС one place and never the town), false pairs and merges unchanged.
        // Twenty-seventh sitting: 0.7525 -> 0.7529 (places 0.628 -> 0.629; 0.8251 -> 0.8255 within the surname guard) after a market or bazaar and a cosmodrome are described places of their own, which leave a bare name to the town (place-descriptors.txt: market, bazaar, рынок, базар, Kyrgyz базары, Uzbek bozori, and the Latin bazar but as a capitalised name's first word, where it is a given name; cosmodrome, космодром, Kazakh ғарыш айлағы: Dordoi Bazaar, рынок Дордой, Dordoi market; Baikonur Cosmodrome, космодром Байконур; found on AH), false pairs and merges unchanged.
        // Twenty-seventh sitting, second round: 0.7529 -> 0.7544 after a German Stausee is a reservoir's descriptor, tried before the lake's -see it ends in (place suffixes longest first: Kachowka-Stausee no longer a lake Kachowka-Stau), the Russian and Ukrainian square in Latin letters is a square's (ploshchad, ploshcha: Krasnaya Ploshchad) and the Ukrainian neuter adjective -ське is read as its noun (Каховське водосховище, NamePlaceStem).
        // Twenty-eighth sitting: 0.7544 -> 0.7549 (people 0.637 -> 0.638; 0.8271 -> 0.8276 within the surname guard) after an initial stands for a person the detector read surname first for a given name's weak -in alone, in the other order (NameClusterer.peopleInTheOtherOrder: M. Kabiri with Muhiddin Kabiri, S. Ayni with Sadriddin Ayni; found on AI), false pairs and merges unchanged.
        // Twenty-ninth sitting, fourth change: 0.7549 -> 0.7554 after a mountain range's English plural written bare joins the one range of its stem (NameClusterer.joinRangePlurals: Pamirs, Urals, Carpathians, Fanns with the Pamir, Ural, Carpathian, Fann Mountains; the bare stem stays apart, as often the region or a town; found on AJ), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-o.tsv", confusables: "confusable-pairs-o.tsv", minimumSpellings: 500, f1Floor: 0.7553, maximumFalsePairs: 112,
                      knownMerges: [["kg_loc_tokmok", "ua_loc_tokmak"], ["kz_loc_aralsk", "kz_loc_oral"],
                                    ["tm_per_saparmurat_niyazov", "tm_loc_turkmenbashi_city"], ["tm_per_gurbanguly_berdimuhamedow", "tm_loc_arkadag_city"]]),
        // By a writer who never saw the stage: 2,953 spellings of 429 entities, weighted to
        // provincial officials, district towns, clubs and small bodies; renamed entities split per
        // name. Blind on main at 8bd02c0: P 0.978, R 0.474, F1 0.638 (107 false pairs); recall
        // people 0.486, places 0.573, organisations 0.269. Of its 126 confusable pairs, six are set
        // aside with their reasons in the file (two banks and two parties written alike, the two
        // RFE/RL services as in O, a mine and its company), and one more pair completes a cluster of
        // three towns named Dzerzhinsk. Six clusters are wrong merges: Tokmok / Tokmak and the two
        // presidents with the cities named after their titles as in O, the football and hockey
        // clubs Dinamo Minsk, the Tengiz field with Tengizchevroil, and Uzbekistan's security
        // service under its old and new names (SNB, SGB). Still unseen: 0.640 after the title
        // inside a capitalised run (Kyiv Mayor ...); 0.642 (P 0.975, R 0.478; organisations'
        // recall 0.269 -> 0.289) after the organisation forms fitted to N, with false pairs 107 ->
        // 123, all inside the known wrong merges (the confusable test finds no other cluster).
        // Still unseen after the Turkish style and Kazakh -uly/-kyzy surnames (fitted to N):
        // 0.6396 -> 0.6493 (people's recall 0.489 -> 0.506), false pairs unchanged. With both
        // rounds merged: 0.6514 (P 0.976, R 0.489; people 0.506, places 0.575, organisations 0.289).
        // Still unseen after the squares, Kyrgyz and Tajik descriptors and -Gebiet compounds (fitted to
        // N): 0.6396 -> 0.6400 (places' recall 0.573 -> 0.574), false pairs unchanged. With the
        // sitting's four names rounds merged: 0.6518 (P 0.976, R 0.489; people 0.506, places
        // 0.577, organisations 0.289).
        // Still unseen after the people's rules fitted to O (surname first with a weak given-name
        // ending, initials and titles of two-word names read as no person, Armenian carons): 0.6518 ->
        // 0.6562 (P 0.976, R 0.494; people's recall 0.506 -> 0.514), false pairs unchanged.
        // Still unseen after the region forms (Osh region, Ошской области), the Cyrillic case forms
        // and the Turkish and Polish descriptors (fitted to O): 0.6518 -> 0.6700 (P 0.977, R 0.510;
        // places 0.577 -> 0.659, organisations 0.289 -> 0.292), false pairs unchanged.
        // With both rounds of the sitting of 2026-11-22 merged (people; places and organisations),
        // still unseen: 0.6745 (P 0.977, R 0.515; people 0.514, places 0.659, organisations 0.292).
        // Still unseen, after a proper name's readings join (fitted to O): 0.6746 (organisations
        // 0.292 -> 0.294), false pairs unchanged.
        // Still unseen after the Belarusian forms: 0.6757 (people 0.514 -> 0.516), false pairs unchanged.
        // Still unseen after the given names' forms in other languages (fitted to composed cases and
        // O): 0.6765 -> 0.6801 (people 0.516 -> 0.523), false pairs unchanged.
        // Still unseen after full names in a Russian oblique case (fitted to composed cases; O gained
        // 0.003): 0.6801 -> 0.7289 (P 0.980, R 0.580; people 0.523 -> 0.622), false pairs unchanged.
        // Still unseen after lower-case head words after a name (fitted to O and N): 0.6765 unchanged;
        // after a long word in capitals alone: unchanged; 0.6768 (organisations 0.294 -> 0.296) after
        // state enterprises' legal forms, false pairs unchanged.
        // With both rounds merged, still unseen: 0.7292 (P 0.980, R 0.581; people 0.622, places 0.662,
        // organisations 0.296), false pairs unchanged.
        // Still unseen after a lower-case role phrase before a name is its titles (fitted to N, O and
        // composed cases): 0.7299 (people 0.622 -> 0.623), false pairs unchanged; 0.7331 (people 0.630)
        // when a name saying whose office it is goes with it (Kremlin spokesman), false pairs unchanged.
        // The second organisations round of the same sitting (on the stage before the people's second round):
        // Still unseen after the press abroad's translations read as concepts and the acronyms
        // concepts make (fitted to O and N): 0.6768 -> 0.6785 (organisations 0.296 -> 0.310), false
        // pairs 123 -> 128, not looked into (O, N and M have none more; the confusable test finds
        // no new cluster of two entities).
        // With all four rounds of the seventh sitting merged: 0.7346 (P 0.979, R 0.588; people 0.630, places
        // 0.662, organisations 0.310), 128 false pairs, still unseen.
        // Released to the tuners at the start of the eighth sitting (2026-11-22), unseen for three sittings.
        // Its missed pairs of two full spellings of one person, classified: 128 have a full name in a
        // Russian oblique case whose nominative the key-space endings could not give (Эдиля,
        // Сооронбая, Геннадия, Натальи, Ильи, Абдуллы; Айгерим Токтосуновой), the largest cause.
        // 0.7346 -> 0.7462 (people 0.630 -> 0.655) after a case form's nominative is found on its
        // letters (ь, й, я before the ending, a man's -а, a woman's given name that does not inflect),
        // false pairs unchanged; unseen Q and R unchanged.
        // Its 128 false pairs, classified: no two people merged. 31 are three towns named after
        // Dzerzhinsky (Belarus, Russia, Ukraine), 18 the Kyrgyz and Kazakh RFE/RL services (Azattyk,
        // Azattyq), 15 the parties Ak Jol and Ak Zhol of two countries, 12 Tokmok and Tokmak, 4 two
        // banks named Kapital: one name, written alike, for two entities. 13 join a president's
        // epithet with the city named after it (Turkmenbashi, Arkadag), 2 a mine with its company,
        // 1 a field with its operator's acronym (TCO). 30 were Uzbekistan's two security services
        // (СГБ Узбекистана, СНБ Узбекистана) and 2 FC and HC Dinamo Minsk, joined one letter of an
        // acronym apart: 0.7462 -> 0.7477 (false pairs 128 -> 96) once an acronym's letter is never
        // changed for another in the one-edit join; O loses the Belarusian КДБ Беларусі (КГБ Беларуси),
        // 0.7288 -> 0.7285.
        // The places round of the same sitting:
        // After a valley or square leaving the bare name to its city and short skeletons keeping a first
        // vowel (composed cases): on the stage before the people round, 0.7346 -> 0.7361 (places 0.662 -> 0.670), false pairs unchanged.
        // With both rounds merged: 0.7492 (P 0.985, R 0.605), 96 false pairs.
        // The people round's second part: 0.7477 -> 0.7485 after я written a before a vowel (Tillaeva), a
        // Kazakh surname with -uly added (Kairat Satybaldyuly) and a surname in capitals first
        // (ALIMKHANULY Zhanibek); merged with the places round: 0.7492 -> 0.7500, false pairs unchanged.
        // Ninth sitting: 0.7504 -> 0.7549 after an abbreviation in capitals before a quoted name, lower-case generic words (телеканал, агентство, newspaper) and a club's sport abbreviation (fitted to Q, P, O, N, M); false pairs unchanged.
        // Eleventh sitting: 0.7554 -> 0.7562 (organisations 0.353 -> 0.360) after a transliterated organisation name in sentence case keeps its lower-case words of the region's vocabulary of institutions (Sluzhba natsionalnoy bezopasnosti, Partiya regionov; fitted to S); false pairs unchanged.
        // 0.7562 -> 0.7569 after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S), false pairs unchanged.
        // 0.7569 -> 0.7581 after a Cyrillic institution's name in Latin text running past five words when one of its first five is a
        // word of organisation-concepts.txt and it ends on a proper name or such a word (Государственный комитет национальной
        // безопасности Кыргызской Республики, ... университет імені Тараса Шевченка; fitted to S), false pairs unchanged.
        // 0.7581 -> 0.7584 after a noun before a role word at a clause start joins the role phrase (gas tycoon, tennis player), with more role nouns (resident, player, owner, star, ...) and investigative as a modifier; false pairs unchanged.
        // Thirteenth sitting: 0.7584 -> 0.7590 (places 0.670 -> 0.673) after a land named in -stan written bare joins its republic (Tatarstan, Republic of Tatarstan; Kyrgyzstan, Кыргызская Республика; fitted to U), false pairs unchanged.
        // 0.7590 -> 0.7594 (organisations 0.376 -> 0.379) after a one-word club's abbreviation before or after its name is one club (FC Astana, Astana FC; fitted to U), false pairs unchanged.
        // 0.7594 -> 0.7602 after an outlet written as its web address is one name, a country's ending part of it and a generic one not (Kun.uz, Gazeta.uz and Gazeta.ru, Meduza.io as Meduza; fitted to a generated breadth table), false pairs unchanged.
        // 0.7602 -> 0.7608 after a republic named with its people's adjective joins its land named in -ia on the people's name (Chuvash Republic, Chuvashia; Chechen Republic, Chechnya; Kabardino-Balkarian Republic; not Republic of Abkhazia; fitted to a generated breadth table), false pairs unchanged.
        // 0.7608 -> 0.7610 after an adjective in -sk- before an acronym of three to five capitals names a plant or works, not a person (Рогунская ГЭС, Запорізька АЕС, Rogunskaya GES; fitted to a generated breadth table), false pairs unchanged.
        // 0.7610 -> 0.7611 after an adjective in -sk- and nouns is a newspaper's or works' name, in sentence case an organisation and in title case no person in the register's order unless a given name, initial or surname follows (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод; fitted to a generated breadth table), false pairs unchanged.
        // After a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег Кравец), a
        // person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place inside a
        // longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.7611 -> 0.7634 (0.8305 -> 0.8329
        // within the surname guard), false pairs unchanged.
        // 0.7634 -> 0.7636 (0.8329 -> 0.8331 within the surname guard) after a short transliterated word of institutions (Kazakh and Kyrgyz жолы, жолу under railways, Uzbek havo under a new airline concept) keeps a name in sentence case whole beside a longer one (Qazaqstan temir joly, O'zbekiston havo yo'llari; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.7636 -> 0.7653 (0.8331 -> 0.8341 within the surname guard) after the German adjective
        // endings -kaja, -koje mark a word German, German tz is ц, an initial K. or S. stands for a Kh- or Sh- name,
        // and a place's or organisation's word of five or six letters is read with the ambiguous German s (Talasskaja
        // oblast, K. Nurmagomedov, Kasan; fitted to W), false pairs and merges unchanged.
        // 0.7653 -> 0.7661 after a marked German spelling still apart is read again with the ц of the English key and a t before s as its ambiguous s, joining the one entity it can stand for (Schachtar Donezk, Shakhtar Donetsk; Rostselmasch, Rostselmash; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.7661 -> 0.7662 after a numeral after a one-word name, spaced or hyphened, is part of it and of its key (Rustavi 2, Rustavi-2, Рустави-2; Group 24, Группа-24; Dnipro-1, Дніпро-1), kept out of the style readings and the one-edit join (Semipalatinsk-21 is not Semipalatinsk); false pairs and merges unchanged.
        // Seventeenth sitting, second round: 0.7662 -> 0.7668 (0.8350 -> 0.8356 within the surname guard; places 0.676 -> 0.679) after Kyrgyz and Kazakh ң written ng in Latin read as the Russian н to join the one entity that reading gives, where the entity is written in Latin only (Song-Kol, Сон-Куль; Kenges Rakishev, Кенес Ракишев; found by counting causes across all released tables: 38 missed pairs in 9 tables), false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.7668 -> 0.7671 (0.8356 -> 0.8359 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Twentieth sitting: 0.7671 -> 0.7682 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, second round: 0.7682 -> 0.7688 after a German tsch still apart read as т before ш or ж as well as ч in the loose pass of the marked joins, where the German s marks the name (Bakytschan Sagintajew, Bakytzhan Sagintayev; found on the sitting's second tuner table), false pairs and merges unchanged.
        // Twentieth sitting, third round: 0.7688 -> 0.7703 after an organisation's words in Latin read by their key as the Russian or local word they transliterate (Ministerstvo finansov, Natsionalnyi bank) and the Turkic languages' state named first in the genitive read as a country's tail (Қазақстан Республикасының Қаржы министрлігі), with the Tajik and Uzbek Cyrillic organisation vocabulary extended (found on the sitting's organisations table), false pairs and merges unchanged.
        // Twenty-first sitting: 0.7703 -> 0.7712 after the Russian and local designators in Latin letters name a place's sub-kind (Kyrgyz daryyasy and Uzbek daryosi, Tajik kuli, Russian reka and dolina: Naryn daryyasy, Kuli Sarez, Ferganskaya dolina; found on AB), false pairs and merges unchanged.
        // Twenty-first sitting, second round: 0.7712 -> 0.7725 after Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well as the у the key reads, joining the one entity the reading gives (Xoʻjayev, Хўжаев; Ходжаев; found on AB and the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-second sitting, second round: 0.7725 -> 0.7729 after a given name's vowel that the region's languages write differently is read as one under one surname, unless an article names both (the vowel of a closed last syllable, a, e or i: Tajik e for the Persian i, Jamshed, Jamshid; Umed, Umid; Turkic e for a, Rustem, Rustam; Nilufer, Nilufar; the joining vowel of an Arabic compound before -din and -llah: Sadriddin, Sadreddin; Rahmatullo, Rahmatillo), false pairs and merges unchanged.
        // Twenty-third sitting, second change: 0.7729 -> 0.7740 after a reservoir, a canyon or gorge, an avenue and an airport are described places of their own, which leave a bare name to the town (Toktogul Reservoir, Токтогульское водохранилище; Varzob Gorge, Варзобское ущелье; проспект Рудаки, Rudaki Avenue; аэропорт Манас, Manas Airport), and the Kyrgyz peak's чокусу is a mountain's descriptor (Ленин чокусу; found on AD), false pairs and merges unchanged.
        // Twenty-third sitting, second round: 0.7740 -> 0.7748 after a quoted name takes the words before it that say what it is: an institution's word capitalised as the written name's first word (Агентство «Хабар»), and an adjective in -sk- before a lower-case descriptor (Демократическая партия «Миллий тикланиш», Социал-демократическая партия «Адолат»; found on AD), false pairs and merges unchanged.
        // Twenty-fourth sitting: 0.7748 -> 0.7762 after a one-word club written with its sport's abbreviation joins the one club of its name with a city after it that the batch writes with the same sport's abbreviation and no other's (FC Dordoi, ФК Дордой with FC Dordoi Bishkek, Дордой Бишкек; FC Kairat with FC Kairat Almaty; found on AE), false pairs and merges unchanged.
        // Twenty-fourth sitting, second round: 0.7762 -> 0.7764 (0.8454 -> 0.8457 within the surname guard) after the region's other languages' designators and the abbreviated ones describe a place (Kazakh шатқалы and даңғылы, Kyrgyz капчыгайы, Uzbek хиёбони, Tajik обанбори and кӯҳҳои before the name; пр., пл., ул.), and a street is a described place of its own in every language (Tverskaya Street, улица Тверская, Тверская улица, вулиця; found on AE), false pairs and merges unchanged.
        // Twenty-fourth sitting, third round: 0.7764 -> 0.7770 (0.8457 -> 0.8462 within the surname guard) after a two-word designator after the name describes a reservoir (Uzbek сув омбори, Kazakh су қоймасы, Kyrgyz суу сактагычы, English water reservoir; a `+` joins its words in place-descriptors.txt; found on AE), false pairs and merges unchanged.
        // Twenty-fifth sitting, second round: 0.7770 -> 0.7775 (organisations 0.439 -> 0.444; 0.8462 -> 0.8468 within the surname guard) after a name's kind written around it is in its span and not its key: a legal form before a quoted name that starts with another (АО «НК «…»), a lower-case descriptor in brackets after the name (Ховар (агентство)), the Russian state enterprise ГП as a legal form (as the Ukrainian ДП) and the Ukrainian nominative партія as a descriptor; found on AF, false pairs and merges unchanged.
        // Twenty-sixth sitting, second round: 0.7775 -> 0.7777 (0.8468 -> 0.8470 within the surname guard) after whom an institution is named after, after имени, імені, imeni, им. or before атындағы, атындагы, nomidagi, номидаги, is in its span and not its organisation key, and its initials make no acronym (Казахский национальный университет имени …, … атындағы Қазақ ұлттық университеті joining the names without it; found on AG, AD, AE), false pairs and merges unchanged.
        // Twenty-sixth sitting, third round: 0.7777 -> 0.7794 after a power plant's or dam's designator describes a place of its own (place-descriptors.txt: dam, HPP, NPP, ГЭС, АЭС, ГЕС, АЕС, НБО before the name, hydropower plant, nuclear plant: Rogun Dam, Rogun HPP, НБО Роғун, Рогунская ГЭС one place and never the town), false pairs and merges unchanged.
        // Twenty-seventh sitting: 0.7794 -> 0.7812 (organisations 0.446 -> 0.462; 0.8487 -> 0.8507 within the surname guard) after a market or bazaar and a cosmodrome are described places of their own, which leave a bare name to the town (place-descriptors.txt: market, bazaar, рынок, базар, Kyrgyz базары, Uzbek bozori, and the Latin bazar but as a capitalised name's first word, where it is a given name; cosmodrome, космодром, Kazakh ғарыш айлағы: Dordoi Bazaar, рынок Дордой, Dordoi market; Baikonur Cosmodrome, космодром Байконур; found on AH), false pairs and merges unchanged.
        // Twenty-seventh sitting, second round: 0.7812 -> 0.7825 after a German Stausee is a reservoir's descriptor, tried before the lake's -see it ends in (place suffixes longest first: Kachowka-Stausee no longer a lake Kachowka-Stau), the Russian and Ukrainian square in Latin letters is a square's (ploshchad, ploshcha: Krasnaya Ploshchad) and the Ukrainian neuter adjective -ське is read as its noun (Каховське водосховище, NamePlaceStem).
        // Twenty-eighth sitting: 0.7825 -> 0.7828 (people 0.667 -> 0.668; 0.8520 -> 0.8523 within the surname guard) after an initial stands for a person the detector read surname first for a given name's weak -in alone, in the other order (NameClusterer.peopleInTheOtherOrder: M. Kabiri with Muhiddin Kabiri, S. Ayni with Sadriddin Ayni; found on AI), false pairs and merges unchanged.
        // Twenty-eighth sitting, second round: 0.7828 -> 0.7831 after German j after tsch or ch is the soft sign before a vowel, as after any other consonant (spelling-styles.txt: Rybatschje is Rybachye, Рыбачье; found on AI and AG), false pairs and merges unchanged.
        // Twenty-ninth sitting, third change: 0.7831 -> 0.7833 after a Russian or Ukrainian nationality adjective first in a body's name says its country as the English one does (organisation-adjectives.txt: Таджикский государственный университет, Кыргызский национальный университет; not the plural, whose initial an acronym keeps: Российские железные дороги, РЖД; found on AJ), false pairs and merges unchanged.
        // Thirtieth sitting, second change: 0.7833 -> 0.7843 after a mine and the deposit it works are a place of their own, named with their descriptor in each language (place-descriptors.txt: Kumtor mine, gold mine, рудник, месторождение, Kyrgyz кени, Kazakh кеніші; the English deposit only after its ore, alone as often a bank's), which leaves a bare name to the town, and an international airport is the airport (international+airport, internationaler Flughafen: Manas International Airport with Manas Airport; found on AK), false pairs and merges unchanged.
        // Thirtieth sitting, third change: 0.7843 -> 0.7844 (0.8538 -> 0.8540 within the surname guard) after a one-word club joins its name with a city after it never written as a club when the batch writes that city alone, and not as a surname (NameClusterer.joinClubsToCityNames: FC Pakhtakor with Pakhtakor Tashkent where Tashkent is written), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-p.tsv", confusables: "confusable-pairs-p.tsv", minimumSpellings: 500, f1Floor: 0.7843, maximumFalsePairs: 96,
                      knownMerges: [["kg_loc_tokmok", "ua_loc_tokmak"], ["tm_per_saparmurat_niyazov", "tm_loc_turkmenbashi_city"],
                                    ["tm_per_gurbanguly_berdimuhamedow", "tm_loc_arkadag_city"],
                                    ["kz_org_tengizchevroil", "kz_loc_tengiz_field"]]),
        // Blind table Q (3,021 spellings of 415 entities: a third from Russia, Ukraine and Belarus, a
        // third from the Caucasus and Mongolia, a third from Central Asia; many women, patronymics,
        // organisations in three forms; invented people sharing a surname with another entity), by a
        // writer who never saw the stage: P 0.992, R 0.479, F1 0.646 (42 false pairs) on main at
        // 63f28ba; recall people 0.551, places 0.460, organisations 0.259. Of its 134 confusable
        // pairs, one is set aside as in O and P (the two RFE/RL services Azattyk and Azattyq). Six
        // clusters are wrong merges, looked into by the coordinator (not by the tuners) at first
        // sight: Tokmok / Tokmak as in O and P; two brothers whose initials `V.` and `W.` were
        // joined by the W/V reading; an initial `Y.` joined to `Elena` read as `Yelena` while
        // `Yulia` has the same surname; a title and surname (`Marshal X`) and a descriptor
        // (`city of X`, `X exclave`) dropped so that the bare name met a city or a republic of
        // that name; `BSU` taken for Baku State University, whose acronym in its own language is BDU.
        // Still unseen after the people's round (initials matched on the letter as written, other
        // names as people, surname first by its ending; fitted to N and O): 0.6529 (P 0.993,
        // R 0.486; people 0.562), 36 false pairs; the initial `Y.` no longer meets `Elena`.
        // With both rounds merged, still unseen: 0.6753 (P 0.994, R 0.512; people 0.563, places
        // 0.549, organisations 0.263), 36 false pairs.
        // Still unseen after the guards of NameGuardTests (composed cases of the five mechanisms, none
        // tuned on this table): 0.6461 -> 0.6495 (P 0.9920 -> 0.9968, false pairs 42 -> 17; recall
        // places 0.460 -> 0.468). Four of the six wrong merges are gone (the brothers' initials, Y.
        // for Yulia, the marshal, the city and the republic); Tokmok / Tokmak and BSU remain: the
        // composed acronym case (a nationality's initial making a rival full name) did not reach it.
        // With the people's, places' and guards' rounds merged, still unseen: 0.6785 (P 0.997,
        // R 0.514), 17 false pairs.
        // Still unseen, after a proper name's readings join (fitted to O): 0.6755 (organisations
        // 0.263 -> 0.265), 36 false pairs.
        // Still unseen after the Belarusian forms: 0.6777 (people 0.563 -> 0.568), false pairs unchanged.
        // With the Belarusian forms too (fitted to composed cases), still unseen: 0.6811 (P 0.997,
        // R 0.517; people 0.568), 17 false pairs.
        // Still unseen after the given names' forms in other languages: 0.6811 -> 0.6818 (people
        // 0.568 -> 0.569), false pairs unchanged.
        // Still unseen after full names in a Russian oblique case: unchanged (0.6818).
        // Still unseen after lower-case head words after a name (fitted to O and N): 0.6811 -> 0.6814
        // (organisations 0.265 -> 0.267), false pairs unchanged; 0.6839 (organisations 0.285) after a
        // long word in capitals alone, false pairs unchanged; 0.6845 (organisations 0.289) after state
        // enterprises' legal forms, false pairs unchanged.
        // With both rounds merged, still unseen: 0.6851 (P 0.997, R 0.522; people 0.569, places 0.558,
        // organisations 0.289), false pairs unchanged.
        // Still unseen after a lower-case role phrase before a name is its titles (fitted to N, O and
        // composed cases): 0.6875 (people 0.569 -> 0.574), false pairs unchanged; 0.6906 (people 0.581)
        // when a name saying whose office it is goes with it (Kremlin spokesman), false pairs unchanged.
        // The second organisations round of the same sitting (on the stage before the people's second round):
        // Still unseen after the press abroad's translations read as concepts and the acronyms
        // concepts make (fitted to O and N): 0.6845 -> 0.6871 (organisations 0.289 -> 0.308), false
        // pairs unchanged.
        // With all four rounds of the seventh sitting merged: 0.6932 (P 0.997, R 0.531; people 0.581, places
        // 0.558, organisations 0.308), false pairs unchanged, still unseen.
        // Still unseen after the one-edit join stopped changing an acronym's letter (fitted to P):
        // 0.6932 -> 0.6928, false pairs unchanged; the floor follows.
        // The eighth sitting's rounds (people's case forms and passport order, acronyms, places; fitted to P, O
        // and older), still unseen: 0.6932 -> 0.6933, false pairs unchanged.
        // Released to the tuners at the start of the ninth sitting (2026-11-22), unseen for three sittings.
        // Its missed pairs classified (helper report of the ninth sitting): 1,547 of 5,109 are a person's
        // surname alone (the guard's, by design); then organisations' translations and short forms,
        // generic words, native scripts without capitals (Georgian), local Latin alphabets, titles.
        // 0.6933 -> 0.6941 (people 0.581 -> 0.583) after a Mongolian patronymic in the genitive before
        // the given name is read bare (Gombojavyn Zandanshatar; composed cases), false pairs unchanged;
        // unseen R 0.7662 -> 0.7663, S unchanged.
        // 0.6941 -> 0.6954 (organisations' recall 0.306 -> 0.315) after an abbreviation in capitals before a quoted name, lower-case generic words (телеканал, агентство, newspaper) and a club's sport abbreviation (fitted to Q, P, O, N, M); false pairs unchanged.
        // Tenth sitting: 0.6954 -> 0.7013 (people 0.583 -> 0.595) after an ex- word's title, a nationality before a title and the press's role nouns (fitted to R); false pairs unchanged.
        // Eleventh sitting: 0.7013 -> 0.7021 (organisations 0.315 -> 0.321) after a transliterated organisation name in sentence case keeps its lower-case words of the region's vocabulary of institutions (Sluzhba natsionalnoy bezopasnosti, Partiya regionov; fitted to S); false pairs unchanged.
        // 0.7021 -> 0.7033 after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S), false pairs unchanged.
        // 0.7033 -> 0.7044 after a Cyrillic institution's name in Latin text running past five words when one of its first five is a
        // word of organisation-concepts.txt and it ends on a proper name or such a word (Государственный комитет национальной
        // безопасности Кыргызской Республики, ... университет імені Тараса Шевченка; fitted to S), false pairs unchanged.
        // 0.7044 -> 0.7062 after a surname of any ending, a comma and a known given name of given-name-equivalents/diminutives are one name (Zelensky, Volodymyr), and no surname after a place preposition (In Moscow, Dmitry); false pairs unchanged.
        // Thirteenth sitting: 0.7062 -> 0.7092 (places 0.560 -> 0.573) after a land named in -stan written bare joins its republic (Tatarstan, Republic of Tatarstan; Kyrgyzstan, Кыргызская Республика; fitted to U), false pairs unchanged.
        // 0.7092 -> 0.7096 (organisations 0.337 -> 0.341) after a one-word club's abbreviation before or after its name is one club (FC Astana, Astana FC; fitted to U), false pairs unchanged.
        // 0.7096 -> 0.7104 after an adjective in -sk- and nouns is a newspaper's or works' name, in sentence case an organisation and in title case no person in the register's order unless a given name, initial or surname follows (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод; fitted to a generated breadth table), false pairs unchanged.
        // After a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег Кравец), a
        // person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place inside a
        // longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.7104 -> 0.7159 (0.7841 -> 0.7897
        // within the surname guard), false pairs unchanged.
        // 0.7159 -> 0.7177 (0.7897 -> 0.7916 within the surname guard) after the German adjective
        // endings -kaja, -koje mark a word German, German tz is ц, an initial K. or S. stands for a Kh- or Sh- name,
        // and a place's or organisation's word of five or six letters is read with the ambiguous German s (Talasskaja
        // oblast, K. Nurmagomedov, Kasan; fitted to W), false pairs and merges unchanged.
        // 0.7177 -> 0.7182 after a described place's adjective written the German way without a marker letter is read in that style, its descriptor and stem kept (Donezka oblast, Donetska oblast; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.7182 -> 0.7186 after a numeral after a one-word name, spaced or hyphened, is part of it and of its key (Rustavi 2, Rustavi-2, Рустави-2; Group 24, Группа-24; Dnipro-1, Дніпро-1), kept out of the style readings and the one-edit join (Semipalatinsk-21 is not Semipalatinsk); false pairs and merges unchanged.
        // Seventeenth sitting, second round: 0.7186 -> 0.7189 (0.7926 -> 0.7929 within the surname guard; organisations 0.355 -> 0.357) after a place's Russian adjective in an organisation's general vocabulary is read as the place (Ереванский государственный университет, Yerevan State University; found by counting causes across all released tables), false pairs and merges unchanged.
        // Twentieth sitting: 0.7189 -> 0.7198 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, third round: 0.7198 -> 0.7211 after an organisation's words in Latin read by their key as the Russian or local word they transliterate (Ministerstvo finansov, Natsionalnyi bank) and the Turkic languages' state named first in the genitive read as a country's tail (Қазақстан Республикасының Қаржы министрлігі), with the Tajik and Uzbek Cyrillic organisation vocabulary extended (found on the sitting's organisations table), false pairs and merges unchanged.
        // Twenty-first sitting: 0.7211 -> 0.7212 after the Russian and local designators in Latin letters name a place's sub-kind (Kyrgyz daryyasy and Uzbek daryosi, Tajik kuli, Russian reka and dolina: Naryn daryyasy, Kuli Sarez, Ferganskaya dolina; found on AB), false pairs and merges unchanged.
        // Twenty-second sitting, second round: 0.7212 -> 0.7216 after a given name's vowel that the region's languages write differently is read as one under one surname, unless an article names both (the vowel of a closed last syllable, a, e or i: Tajik e for the Persian i, Jamshed, Jamshid; Umed, Umid; Turkic e for a, Rustem, Rustam; Nilufer, Nilufar; the joining vowel of an Arabic compound before -din and -llah: Sadriddin, Sadreddin; Rahmatullo, Rahmatillo), false pairs and merges unchanged.
        // Twenty-third sitting: 0.7216 -> 0.7219 after a country's own name first in a Turkic name of general vocabulary ending in the possessive is the state's, as its formal name there is (Oʻzbekiston Milliy banki, Қазақстан Халық партиясы: the bank and party of Uzbekistan, Kazakhstan), and a lower-case Latin word spelt as the region's vocabulary and not as English's, right before a transliterated word of it, stays in the name (Xalq demokratik partiyasi, Tashqi ishlar vazirligi; found on AD), false pairs and merges unchanged.
        // Twenty-sixth sitting, third round: 0.7219 -> 0.7228 after a power plant's or dam's designator describes a place of its own (place-descriptors.txt: dam, HPP, NPP, ГЭС, АЭС, ГЕС, АЕС, НБО before the name, hydropower plant, nuclear plant: Rogun Dam, Rogun HPP, НБО Роғун, Рогунская ГЭС one place and never the town), false pairs and merges unchanged.
        // Twenty-seventh sitting: 0.7228 -> 0.7232 (places 0.582 -> 0.584; 0.7969 -> 0.7974 within the surname guard) after a market or bazaar and a cosmodrome are described places of their own, which leave a bare name to the town (place-descriptors.txt: market, bazaar, рынок, базар, Kyrgyz базары, Uzbek bozori, and the Latin bazar but as a capitalised name's first word, where it is a given name; cosmodrome, космодром, Kazakh ғарыш айлағы: Dordoi Bazaar, рынок Дордой, Dordoi market; Baikonur Cosmodrome, космодром Байконур; found on AH), false pairs and merges unchanged.
        // Twenty-seventh sitting, second round: 0.7232 -> 0.7237 after a German Stausee is a reservoir's descriptor, tried before the lake's -see it ends in (place suffixes longest first: Kachowka-Stausee no longer a lake Kachowka-Stau), the Russian and Ukrainian square in Latin letters is a square's (ploshchad, ploshcha: Krasnaya Ploshchad) and the Ukrainian neuter adjective -ське is read as its noun (Каховське водосховище, NamePlaceStem).
        // Twenty-eighth sitting: 0.7237 -> 0.7246 (people 0.613 -> 0.615; 0.7979 -> 0.7985 within the surname guard) after an initial stands for a person the detector read surname first for a given name's weak -in alone, in the other order (NameClusterer.peopleInTheOtherOrder: M. Kabiri with Muhiddin Kabiri, S. Ayni with Sadriddin Ayni; found on AI), false pairs and merges unchanged.
        // Twenty-eighth sitting, second round: 0.7246 -> 0.7248 after German j after tsch or ch is the soft sign before a vowel, as after any other consonant (spelling-styles.txt: Rybatschje is Rybachye, Рыбачье; found on AI and AG), false pairs and merges unchanged.
        // Twenty-ninth sitting: 0.7248 -> 0.7256 (0.7987 -> 0.7996 within the surname guard) after a ministry's domain before a word of institutions as a name's first word opens the institution's name and is no title (NameDetector.classify: Foreign Ministry of Kyrgyzstan, Justice Ministry, had been a person `Ministry of Kyrgyzstan`; found on AJ), false pairs and merges unchanged.
        // Thirtieth sitting, second change: 0.7256 -> 0.7258 after a mine and the deposit it works are a place of their own, named with their descriptor in each language (place-descriptors.txt: Kumtor mine, gold mine, рудник, месторождение, Kyrgyz кени, Kazakh кеніші; the English deposit only after its ore, alone as often a bank's), which leaves a bare name to the town, and an international airport is the airport (international+airport, internationaler Flughafen: Manas International Airport with Manas Airport; found on AK), false pairs and merges unchanged.
        // Thirtieth sitting, third change: 0.7258 -> 0.7269 (0.7998 -> 0.8010 within the surname guard) after a one-word club joins its name with a city after it never written as a club when the batch writes that city alone, and not as a surname (NameClusterer.joinClubsToCityNames: FC Pakhtakor with Pakhtakor Tashkent where Tashkent is written), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-q.tsv", confusables: "confusable-pairs-q.tsv", minimumSpellings: 500, f1Floor: 0.7268, maximumFalsePairs: 17,
                      knownMerges: [["kg_loc_tokmok", "ua_loc_tokmak"], ["by_org_belarusian_state_university", "az_org_baku_state_university"]]),
        // Blind table R, 4,665 spellings of 546 entities, written to the issue's description of the
        // held-out set: real-world spellings of Russian, Kyrgyz, Kazakh, Ukrainian, Uzbek and Tajik
        // people (half), places and organisations, as met in the press, with no translations asked
        // for. By a writer who never saw the stage: P 0.990, R 0.594, F1 0.742 (132 false pairs) on
        // main at 2fcef1c (the stage as at 35231bf); recall people 0.586, places 0.733,
        // organisations 0.416. Of its 129 confusable pairs, two are set aside by the coordinator at
        // first sight, because the writer's note calls each one entity under an old and a new name
        // (the table keeps them apart). One is a wrong merge, recorded as a known issue and not shown
        // to the tuners: two countries' security committees whose Russian acronyms differ by k/kh.
        // Still unseen with the people's and organisations' rounds of the seventh sitting merged (fitted
        // to O, N and composed cases): 0.7433 (P 0.990, R 0.595; people 0.586, places 0.733,
        // organisations 0.433), false pairs unchanged.
        // Still unseen after a lower-case role phrase before a name is its titles (fitted to N, O and
        // composed cases): 0.7519 (people 0.586 -> 0.600), false pairs unchanged; 0.7645 (people 0.621)
        // when a name saying whose office it is goes with it (Kremlin spokesman), false pairs unchanged.
        // The second organisations round of the same sitting (on the stage before the people's second round):
        // Still unseen after the press abroad's translations read as concepts and the acronyms
        // concepts make (fitted to O and N): 0.7438 (P 0.989, R 0.596; organisations 0.448), false
        // pairs 132 -> 140, not looked into (O, N and M have none more; the confusable test finds
        // no new cluster of two entities).
        // With all four rounds of the seventh sitting merged: 0.7651 (P 0.990, R 0.624; people 0.621, places
        // 0.733, organisations 0.448), 140 false pairs, still unseen.
        // The eighth sitting's rounds (people's case forms and passport order, acronyms, places; fitted to P, O
        // and older), still unseen: 0.7651 -> 0.7662 (people 0.621 -> 0.622, places 0.733 -> 0.736), false pairs unchanged.
        // 0.7662 -> 0.7663 after a Mongolian patronymic in the genitive before the given name (fitted to Q), still
        // unseen; S unchanged by it.
        // 0.7663 -> 0.7664 after an abbreviation in capitals before a quoted name, lower-case generic words (телеканал, агентство, newspaper) and a club's sport abbreviation (fitted to Q, P, O, N, M), still unseen; false pairs unchanged.
        // Released to the tuners at the start of the tenth sitting (2026-11-22), unseen for three sittings.
        // At release on main at bedd3c3: P 0.990, R 0.625, F1 0.7664 (140 false pairs; people 0.622, places
        // 0.736, organisations 0.451), 0.8674 within the surname guard. Its 8,029 missed pairs, classified:
        // 4,160 a person's surname alone (the guard's, by design); 1,127 a spelling whose words before the
        // name are no titles (ex-premier, billionaire, Ukrainian President, witness); 1,019 one cut short
        // after the name, most of them a surname of no Slavic ending and one initial (Navalny A., Шойгу С.,
        // Navalnaya Yu.); 364 a name split in several (Kremlin critic Alexei Navalny, Raimbek "Aika"
        // Matraimov); 1,357 two spellings both found but keyed apart (translations, short forms, native
        // and other scripts).
        // 0.7664 -> 0.7852 (people 0.622 -> 0.655) after one initial with its period after a surname of any
        // ending makes a person (Navalny A., Шойгу С.); false pairs 140 -> 160, all inside the set-aside
        // Rahmon / Rakhmonov cluster (one man): Rahmon E. now joins Emomali Rahmon. N 0.8057 -> 0.8060,
        // O 0.7320 -> 0.7328, the others and unseen S and T unchanged.
        // 0.7852 -> 0.8028 (people 0.655 -> 0.686) after an ex- word keeps its title or role or is a role
        // phrase's modifier (ex-premier, ex-KNB chief), a nationality before a title or role phrase is a
        // title too (Russian President, Soviet leader) and the press's role nouns (witness, billionaire,
        // ombudsman; fugitive, presidential, rights); false pairs unchanged. Q 0.6954 -> 0.7013, the others
        // and unseen S and T unchanged.
        // 0.8028 -> 0.8038 (place pairs keyed apart 694 -> 664) after a Ukrainian region noun in -щина
        // (Київщина, Харківщина, Луганщина, Херсонщина) is keyed as its oblast; false pairs unchanged. M
        // 0.8629 -> 0.8643, O 0.7328 -> 0.7336, the others unchanged; unseen S and U unchanged, T 0.8637 -> 0.8652.
        // Eleventh sitting: 0.8038 -> 0.8043 (organisations 0.451 -> 0.461) after a transliterated organisation name in sentence case keeps its lower-case words of the region's vocabulary of institutions (Sluzhba natsionalnoy bezopasnosti, Partiya regionov; fitted to S); false pairs unchanged.
        // 0.8043 -> 0.8046 after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S), false pairs unchanged.
        // 0.8046 -> 0.8048 after Ukrainian h for г: a word of organisation-concepts.txt with г is known by its h too (Partiia
        // rehioniv), other names of eight letters or more join across h and g, and people across h and g under equivalent given
        // names (Yevhen Prihozhyn, Yevgeny Prigozhin; Mykhailo Horbachov, Mikhail Gorbachev; fitted to S), false pairs unchanged.
        // 0.8048 -> 0.8087 (TP 14536 -> 14654) after a noun before a role word at a clause start joins the role phrase (gas tycoon, tennis player), with more role nouns (resident, player, owner, star, ...) and investigative as a modifier; false pairs unchanged.
        // Twelfth sitting: 0.8087 -> 0.8091 after a name's word St or Sankt read as Saint (St. Petersburg, Sankt-Peterburg; fitted to T), false pairs unchanged.
        // 0.8091 -> 0.8092 after a lower-case движение, фонд/fund or общество/society next to an organisation's name as a descriptor (фонд Самрук-Казына, Memorial society; fitted to T), false pairs unchanged.
        // Twelfth sitting: 0.8092 -> 0.8094 after a soft sign's apostrophe ending a given name (Igor' Sechin, Lyubov'
        // Sobol', Aigul' Isakova) goes on the name when no single quote is open (fitted to a generated breadth table, not
        // to a gold one), false pairs unchanged.
        // 0.8094 -> 0.8095 after a nationality before one capitalised word that is no title, role, place, region or surname
        // is a name written apart (Kyrgyz Telecom as Kyrgyztelecom, Tajik Air as Tajikair; fitted to a generated breadth
        // table), false pairs unchanged.
        // 0.8095 -> 0.8097 after a nationality before one capitalised word with a weak surname ending (-in, -ina) is a
        // brand written apart too (Kyrgyz Altyn as Kyrgyzaltyn; fitted to a generated breadth table), false pairs
        // unchanged.
        // Thirteenth sitting: 0.8097 -> 0.8102 (places 0.753 -> 0.759) after a land named in -stan written bare joins its republic (Tatarstan, Republic of Tatarstan; Kyrgyzstan, Кыргызская Республика; fitted to U), false pairs unchanged.
        // 0.8102 -> 0.8107 after an outlet written as its web address is one name, a country's ending part of it and a generic one not (Kun.uz, Gazeta.uz and Gazeta.ru, Meduza.io as Meduza; fitted to a generated breadth table), false pairs unchanged.
        // 0.8107 -> 0.8112 after a republic named with its people's adjective joins its land named in -ia on the people's name (Chuvash Republic, Chuvashia; Chechen Republic, Chechnya; Kabardino-Balkarian Republic; not Republic of Abkhazia; fitted to a generated breadth table), false pairs unchanged.
        // 0.8112 -> 0.8115 after an adjective in -sk- and nouns is a newspaper's or works' name, in sentence case an organisation and in title case no person in the register's order unless a given name, initial or surname follows (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод; fitted to a generated breadth table), false pairs unchanged.
        // After a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег Кравец), a
        // person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place inside a
        // longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.8115 -> 0.8118 (0.9115 -> 0.9118
        // within the surname guard), false pairs unchanged.
        // After said moved from never-names.txt to common-words.txt: capitalised inside a sentence it is the given name
        // Said (Said Abdullo Nuri, Said Karimov), at a sentence's start still the verb (fitted to V; general across
        // I-V): 0.8118 -> 0.8124 (0.9118 -> 0.9124 within the surname guard), false pairs unchanged.
        // 0.8124 -> 0.8125 (0.9124 -> 0.9125 within the surname guard) after a short transliterated word of institutions (Kazakh and Kyrgyz жолы, жолу under railways, Uzbek havo under a new airline concept) keeps a name in sentence case whole beside a longer one (Qazaqstan temir joly, O'zbekiston havo yo'llari; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8125 -> 0.8134 (0.9125 -> 0.9135 within the surname guard) after the German adjective
        // endings -kaja, -koje mark a word German, German tz is ц, an initial K. or S. stands for a Kh- or Sh- name,
        // and a place's or organisation's word of five or six letters is read with the ambiguous German s (Talasskaja
        // oblast, K. Nurmagomedov, Kasan; fitted to W), false pairs and merges unchanged.
        // 0.8134 -> 0.8136 after a place or organisation of five letters joins across the vowel of its last closed syllable, the Ukrainian і for the Russian е or о (Irpin, Irpen; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8136 -> 0.8137 after a marked German spelling still apart is read again with the ц of the English key and a t before s as its ambiguous s, joining the one entity it can stand for (Schachtar Donezk, Shakhtar Donetsk; Rostselmasch, Rostselmash; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8137 -> 0.8138 after a country's ending in lower case after a space is the web address retyped as words (Kun uz, Vlast kz, Власть кз; fitted to X), false pairs and merges unchanged.
        // 0.8138 -> 0.8138 (TP 14810 -> 14811) after a numeral after a one-word name, spaced or hyphened, is part of it and of its key (Rustavi 2, Rustavi-2, Рустави-2; Group 24, Группа-24; Dnipro-1, Дніпро-1), kept out of the style readings and the one-edit join (Semipalatinsk-21 is not Semipalatinsk); false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.8138 -> 0.8142 (0.9139 -> 0.9143 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Twentieth sitting: 0.8142 -> 0.8146 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, third round: 0.8146 -> 0.8152 after an organisation's words in Latin read by their key as the Russian or local word they transliterate (Ministerstvo finansov, Natsionalnyi bank) and the Turkic languages' state named first in the genitive read as a country's tail (Қазақстан Республикасының Қаржы министрлігі), with the Tajik and Uzbek Cyrillic organisation vocabulary extended (found on the sitting's organisations table), false pairs and merges unchanged.
        // Twenty-first sitting: 0.8152 -> 0.8153 after the Russian and local designators in Latin letters name a place's sub-kind (Kyrgyz daryyasy and Uzbek daryosi, Tajik kuli, Russian reka and dolina: Naryn daryyasy, Kuli Sarez, Ferganskaya dolina; found on AB), false pairs and merges unchanged.
        // Twenty-second sitting: 0.8153 -> 0.8182 (the ө and ү readings 0.8153 -> 0.8156; the s read as z 0.8156 -> 0.8182) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        // Twenty-second sitting, second round: 0.8182 -> 0.8193 after a given name's vowel that the region's languages write differently is read as one under one surname, unless an article names both (the vowel of a closed last syllable, a, e or i: Tajik e for the Persian i, Jamshed, Jamshid; Umed, Umid; Turkic e for a, Rustem, Rustam; Nilufer, Nilufar; the joining vowel of an Arabic compound before -din and -llah: Sadriddin, Sadreddin; Rahmatullo, Rahmatillo), false pairs and merges unchanged.
        // Twenty-third sitting: 0.8193 -> 0.8194 after a country's own name first in a Turkic name of general vocabulary ending in the possessive is the state's, as its formal name there is (Oʻzbekiston Milliy banki, Қазақстан Халық партиясы: the bank and party of Uzbekistan, Kazakhstan), and a lower-case Latin word spelt as the region's vocabulary and not as English's, right before a transliterated word of it, stays in the name (Xalq demokratik partiyasi, Tashqi ishlar vazirligi; found on AD), false pairs and merges unchanged.
        // Twenty-third sitting, third change: 0.8194 -> 0.8197 after a woman's Russian surname written in the man's form joins her full name under the same given name ending in a (Raisa Gorbachev, Raisa Gorbacheva; Naina Yeltsin, Naina Yeltsina; found on AD, R and S), false pairs and merges unchanged.
        // Twenty-sixth sitting, third round: 0.8197 -> 0.8205 after a power plant's or dam's designator describes a place of its own (place-descriptors.txt: dam, HPP, NPP, ГЭС, АЭС, ГЕС, АЕС, НБО before the name, hydropower plant, nuclear plant: Rogun Dam, Rogun HPP, НБО Роғун, Рогунская ГЭС one place and never the town), false pairs and merges unchanged.
        // Twenty-seventh sitting: 0.8205 -> 0.8206 (places 0.790 -> 0.791; 0.9205 -> 0.9206 within the surname guard) after a market or bazaar and a cosmodrome are described places of their own, which leave a bare name to the town (place-descriptors.txt: market, bazaar, рынок, базар, Kyrgyz базары, Uzbek bozori, and the Latin bazar but as a capitalised name's first word, where it is a given name; cosmodrome, космодром, Kazakh ғарыш айлағы: Dordoi Bazaar, рынок Дордой, Dordoi market; Baikonur Cosmodrome, космодром Байконур; found on AH), false pairs and merges unchanged.
        // Twenty-eighth sitting: 0.8206 -> 0.8208 (people 0.702 -> 0.703; 0.9206 -> 0.9208 within the surname guard) after an initial stands for a person the detector read surname first for a given name's weak -in alone, in the other order (NameClusterer.peopleInTheOtherOrder: M. Kabiri with Muhiddin Kabiri, S. Ayni with Sadriddin Ayni; found on AI), false pairs and merges unchanged.
        // Twenty-ninth sitting, third change: 0.8208 -> 0.8209 after a Russian or Ukrainian nationality adjective first in a body's name says its country as the English one does (organisation-adjectives.txt: Таджикский государственный университет, Кыргызский национальный университет; not the plural, whose initial an acronym keeps: Российские железные дороги, РЖД; found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, fourth change: 0.8209 -> 0.8210 after a mountain range's English plural written bare joins the one range of its stem (NameClusterer.joinRangePlurals: Pamirs, Urals, Carpathians, Fanns with the Pamir, Ural, Carpathian, Fann Mountains; the bare stem stays apart, as often the region or a town; found on AJ), false pairs and merges unchanged.
        // Thirtieth sitting, second change: 0.8210 -> 0.8212 after a mine and the deposit it works are a place of their own, named with their descriptor in each language (place-descriptors.txt: Kumtor mine, gold mine, рудник, месторождение, Kyrgyz кени, Kazakh кеніші; the English deposit only after its ore, alone as often a bank's), which leaves a bare name to the town, and an international airport is the airport (international+airport, internationaler Flughafen: Manas International Airport with Manas Airport; found on AK), false pairs and merges unchanged.
        // Thirtieth sitting, third change: 0.8212 -> 0.8213 (0.9213 -> 0.9214 within the surname guard) after a one-word club joins its name with a city after it never written as a club when the batch writes that city alone, and not as a surname (NameClusterer.joinClubsToCityNames: FC Pakhtakor with Pakhtakor Tashkent where Tashkent is written), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-r.tsv", confusables: "confusable-pairs-r.tsv", minimumSpellings: 500, f1Floor: 0.8212, maximumFalsePairs: 160,
                      knownMerges: [["kg_org_gknb", "tj_org_gkhnb"]]),
        // By a writer who never saw the stage, written to the issue's description of its held-out set
        // AND calibrated on it: the forms a string matcher cannot be expected to join (a surname
        // alone, titles, initials, translations, acronyms, epithets, renames, patronymic forms, added
        // generic words) were moved, kind by kind, to a supplement not scored here (see the header).
        // The issue's set gives rapidfuzz 0.96; this one 0.853 (single link, oracle threshold), with 20
        // of its 117 confusable pairs merged: still harder than the issue's. Blind at first sight on
        // main at 45e6229 (the stage as at 2ed1da8): P 0.985, R 0.836, F1 0.904 (people 0.913, places
        // 0.785, organisations 0.678); 142 false pairs; 5 confusable pairs merged and 6 clusters of
        // different entities, counted but not looked at (the table stays unseen). Still unseen after the
        // eighth sitting's first people round (a Russian oblique case rebuilt on the Cyrillic letters
        // before keying) and the one-edit join no longer changing a letter of an acronym (which had merged
        // МВД and МИД Узбекистана; chosen on P and O): 0.9040 -> 0.9034 (R 0.836 -> 0.835), false pairs
        // unchanged; its floor was lowered to record the loss, not to hide it.
        // Unchanged by the ninth sitting's rounds (a Mongolian patronymic; an abbreviation in capitals before a quoted name, lower-case generic words (телеканал, агентство, newspaper) and a club's sport abbreviation (fitted to Q, P, O, N, M)), still unseen.
        // Unchanged, still unseen, by the tenth sitting's round on R (one initial after a surname, ex- titles, a
        // nationality before a title, role nouns) and by its speed round.
        // Unchanged, still unseen, by a Ukrainian region noun in -щина keyed as its oblast (fitted to R, M, O).
        // Released to the tuners at the start of the eleventh sitting (2026-11-22), unseen for three sittings, at
        // P 0.9847, R 0.8346, F1 0.9034 (people 0.913, places 0.785, organisations 0.673); 142 false pairs; its five
        // counted merges are now named: two invented namesakes (Bakyt / Bakytbek Asanov, a short form the stage
        // joins), Azattyk / Azattyq (Kyrgyz and Kazakh services), Almaty / Alma-Ata (a renamed city), Majlisi Oli /
        // Oliy Majlis (Tajik and Uzbek parliaments) and Dnipro / Dnieper (the city and the river, in two clusters).
        // 0.9034 -> 0.9061 (R 0.8346 -> 0.8391; organisations 0.673 -> 0.697) after a transliterated organisation name in sentence case keeps its lower-case words of the region's vocabulary of institutions (Sluzhba natsionalnoy bezopasnosti, Partiya regionov; fitted to S); false pairs and
        // the five known merges unchanged; 0.9069 after a final -eff read as -ев (Akaeff, Bakieff), the others unchanged;
        // 0.9070 after a transliterated compound adjective starting such a name (Sotsial-demokraticheskaya partiya), the others unchanged.
        // Unchanged by the eleventh sitting's speed round (the tokenizer's capitalised words; output identical).
        // 0.9070 -> 0.9087 after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S), false pairs unchanged.
        // 0.9087 -> 0.9097 after a Cyrillic institution's name in Latin text running past five words when one of its first five is a
        // word of organisation-concepts.txt and it ends on a proper name or such a word (Государственный комитет национальной
        // безопасности Кыргызской Республики, ... университет імені Тараса Шевченка; fitted to S), false pairs unchanged.
        // 0.9097 -> 0.9113 after Ukrainian h for г: a word of organisation-concepts.txt with г is known by its h too (Partiia
        // rehioniv), other names of eight letters or more join across h and g, and people across h and g under equivalent given
        // names (Yevhen Prihozhyn, Yevgeny Prigozhin; Mykhailo Horbachov, Mikhail Gorbachev; fitted to S), false pairs unchanged.
        // Twelfth sitting: 0.9113 -> 0.9128 after a name's word St or Sankt read as Saint (St. Petersburg, Sankt-Peterburg; fitted to T), false pairs unchanged.
        // Twelfth sitting: 0.9128 -> 0.9139 after a nationality before one capitalised word that is no title, role, place,
        // region or surname is a name written apart (Kyrgyz Telecom as Kyrgyztelecom, Tajik Air as Tajikair; fitted to a
        // generated breadth table), false pairs unchanged.
        // 0.9139 -> 0.9142 after a nationality before one capitalised word with a weak surname ending (-in, -ina) is a
        // brand written apart too (Kyrgyz Altyn as Kyrgyzaltyn; fitted to a generated breadth table), false pairs
        // unchanged.
        // Thirteenth sitting: unchanged at 0.9142 by a land named in -stan written bare joins its republic (Tatarstan, Republic of Tatarstan; Kyrgyzstan, Кыргызская Республика; fitted to U).
        // 0.9142 -> 0.9156 after an adjective in -sk- and nouns is a newspaper's or works' name, in sentence case an organisation and in title case no person in the register's order unless a given name, initial or surname follows (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод; fitted to a generated breadth table), false pairs unchanged.
        // After a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег Кравец), a
        // person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place inside a
        // longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.9156 -> 0.9175 (0.9157 -> 0.9177
        // within the surname guard), false pairs unchanged.
        // After said moved from never-names.txt to common-words.txt: capitalised inside a sentence it is the given name
        // Said (Said Abdullo Nuri, Said Karimov), at a sentence's start still the verb (fitted to V; general across
        // I-V): 0.9175 -> 0.9189 (0.9177 -> 0.9191 within the surname guard), false pairs unchanged.
        // After railways, the post and the truth of newspapers' titles as concepts of organisation-concepts.txt, whose
        // transliterated words keep a name in sentence case whole (Uzbekiston temir yo'llari, Novaya pochta, Ukrainskaya
        // pravda; fitted to V): 0.9189 -> 0.9195 (0.9191 -> 0.9196 within the surname guard), false pairs unchanged.
        // 0.9195 -> 0.9201 (0.9196 -> 0.9203 within the surname guard) after a short transliterated word of institutions (Kazakh and Kyrgyz жолы, жолу under railways, Uzbek havo under a new airline concept) keeps a name in sentence case whole beside a longer one (Qazaqstan temir joly, O'zbekiston havo yo'llari; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.9201 -> 0.9204 (0.9203 -> 0.9206 within the surname guard) after a nationality before capitalised words one of which transliterates the region's vocabulary of institutions, none ending like a surname, is the body's name (Kyrgyz Temir Zholu, Uzbek Havo Yo'llari; not Kyrgyz Temir Sariyev; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.9204 -> 0.9226 (0.9206 -> 0.9227 within the surname guard) after the German adjective
        // endings -kaja, -koje mark a word German, German tz is ц, an initial K. or S. stands for a Kh- or Sh- name,
        // and a place's or organisation's word of five or six letters is read with the ambiguous German s (Talasskaja
        // oblast, K. Nurmagomedov, Kasan; fitted to W), false pairs and merges unchanged.
        // 0.9226 -> 0.9227 after a town on its river written with spaces is the hyphenated town (Rostov na Donu, Komsomolsk na Amure; not where the article writes na as a word, nor a surname in -ov before a longer place; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.9227 -> 0.9234 after a marked German spelling still apart is read again with the ц of the English key and a t before s as its ambiguous s, joining the one entity it can stand for (Schachtar Donezk, Shakhtar Donetsk; Rostselmasch, Rostselmash; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.9234 -> 0.9235 after a country's ending in lower case after a space is the web address retyped as words (Kun uz, Vlast kz, Власть кз; fitted to X), false pairs and merges unchanged.
        // 0.9235 -> 0.9238 after a numeral after a one-word name, spaced or hyphened, is part of it and of its key (Rustavi 2, Rustavi-2, Рустави-2; Group 24, Группа-24; Dnipro-1, Дніпро-1), kept out of the style readings and the one-edit join (Semipalatinsk-21 is not Semipalatinsk); false pairs and merges unchanged.
        // Seventeenth sitting, second round: 0.9238 -> 0.9241 (0.9240 -> 0.9243 within the surname guard) after Kyrgyz and Kazakh ң written ng in Latin read as the Russian н to join the one entity that reading gives, where the entity is written in Latin only (Song-Kol, Сон-Куль; Kenges Rakishev, Кенес Ракишев; found by counting causes across all released tables: 38 missed pairs in 9 tables), false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.9241 -> 0.9249 (0.9243 -> 0.9251 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.9249 -> 0.9258 (0.9251 -> 0.9260 within the surname guard) after an Uzbek or Tajik yo (ё) in a Latin name read as the Russian я (ya) to join the one entity that reading gives, where the entity is written in Latin or Tajik or Uzbek Cyrillic only (Ikhtiyor, Ikhtiyar; Ziyoyev, Ziyayev), false pairs and merges unchanged.
        // Eighteenth sitting: 0.9258 -> 0.9264 after a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty); false pairs 142 -> 117 (Alma-Aty still joins Almaty on its key).
        // Eighteenth sitting, second round: 0.9264 -> 0.9267 after a name joined at one vowel takes the rule only when one of its spellings joins there at a hyphen (Alma-Ata), not a given name and a surname met across a space, read as no person (Svetlana Alexievich, Sviatlana Aleksiyevich) (and a university named after a person, its imeni Ivana met across a space); false pairs unchanged.
        // Eighteenth sitting, second round: 0.9267 -> 0.9299, false pairs 117 -> 45 (the Majlisi Oli / Oliy Majlis merge gone) after a head noun's -i first is the Tajik izafet and last the Uzbek possessive: an organisation-vocabulary word ending in -i before a proper word reads as Tajikistan's, not Uzbekistan's (Majlisi Oli against Oli Majlis), and a name with such a word (or its respelling's key: Madzhlisi, Маҷлиси) is not rotated as a person written surname first (Majlisi Oli against Oliy Majlisi).
        // Twentieth sitting: 0.9299 -> 0.9305 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, third round: 0.9305 -> 0.9307 after an organisation's words in Latin read by their key as the Russian or local word they transliterate (Ministerstvo finansov, Natsionalnyi bank) and the Turkic languages' state named first in the genitive read as a country's tail (Қазақстан Республикасының Қаржы министрлігі), with the Tajik and Uzbek Cyrillic organisation vocabulary extended (found on the sitting's organisations table), false pairs and merges unchanged.
        // Twenty-first sitting, second round: 0.9307 -> 0.9311 after Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well as the у the key reads, joining the one entity the reading gives (Xoʻjayev, Хўжаев; Ходжаев; found on AB and the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.9311 -> 0.9347 (the ө and ү readings 0.9311 -> 0.9333; the s read as z 0.9333 -> 0.9347) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        // Twenty-second sitting, second round: 0.9347 -> 0.9350 after a given name's vowel that the region's languages write differently is read as one under one surname, unless an article names both (the vowel of a closed last syllable, a, e or i: Tajik e for the Persian i, Jamshed, Jamshid; Umed, Umid; Turkic e for a, Rustem, Rustam; Nilufer, Nilufar; the joining vowel of an Arabic compound before -din and -llah: Sadriddin, Sadreddin; Rahmatullo, Rahmatillo), false pairs and merges unchanged.
        // Twenty-third sitting: 0.9350 -> 0.9357 after a country's own name first in a Turkic name of general vocabulary ending in the possessive is the state's, as its formal name there is (Oʻzbekiston Milliy banki, Қазақстан Халық партиясы: the bank and party of Uzbekistan, Kazakhstan), and a lower-case Latin word spelt as the region's vocabulary and not as English's, right before a transliterated word of it, stays in the name (Xalq demokratik partiyasi, Tashqi ishlar vazirligi; found on AD), false pairs and merges unchanged.
        // Twenty-third sitting, third change: 0.9357 -> 0.9368 (people 0.937 -> 0.940) after a woman's Russian surname written in the man's form joins her full name under the same given name ending in a (Raisa Gorbachev, Raisa Gorbacheva; Naina Yeltsin, Naina Yeltsina; found on AD, R and S), false pairs and merges unchanged.
        // Twenty-sixth sitting, second round: 0.9368 -> 0.9371 (0.9370 -> 0.9373 within the surname guard) after whom an institution is named after, after имени, імені, imeni, им. or before атындағы, атындагы, nomidagi, номидаги, is in its span and not its organisation key, and its initials make no acronym (Казахский национальный университет имени …, … атындағы Қазақ ұлттық университеті joining the names without it; found on AG, AD, AE), false pairs and merges unchanged.
        // Twenty-ninth sitting, second change: 0.9371 -> 0.9374 after the region's languages name the state before a body's name in more of their forms (country-heads.txt: the Kazakh republic in the nominative, Қазақстан Республикасы Ұлттық қауіпсіздік комитеті; the genitive of a country's bare name, Кыргызстандын социал-демократиялык партиясы), Tajik izafet and Uzbek Cyrillic heads are words of institutions (organisation-words.txt: Бонки миллии Тоҷикистон, had been a surname-first person), and the vocabulary of organisation-concepts.txt has Kyrgyz боюнча, Kazakh жөніндегі and Uzbek bo'yicha as function words, Uzbek Cyrillic ишлар and Uzbek and Tajik sotsial, сотсиал (found on AJ), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-s.tsv", confusables: "confusable-pairs-s.tsv", minimumSpellings: 500, f1Floor: 0.9373, maximumFalsePairs: 45,
                      knownMerges: [["kg_per_invented_bakyt_asanov", "kg_per_invented_bakytbek_asanov"], ["kg_org_azattyk", "kz_org_azattyq"],
                                    ["kz_loc_almaty", "kz_loc_alma_ata"], ["ua_loc_dnipro", "ua_loc_dnieper"]]),
        // Blind table T, 3,104 spellings of 636 entities, written to the issue's description of its
        // held-out set and calibrated on it like S, by a writer who never saw the stage: whole kinds
        // (surname-first order, names with a patronymic, a name with a generic word when the bare name is
        // also given, places with an English generic word, second-language names) went to a supplement not
        // scored here (see the header). Its writer stopped with rapidfuzz at 0.807 (single link, oracle
        // threshold; 16 of its 193 confusable pairs merged), leaving short place names, Russian against
        // local place names and short against long organisation names in: harder than the issue's set.
        // Blind at first sight on main at 5a24f2c (the stage as at 31e94fc): P 0.987, R 0.768, F1 0.864
        // (people 0.895, places 0.733, organisations 0.538); 71 false pairs; 5 confusable pairs merged and
        // 5 clusters of different entities, counted but not looked at (the table stays unseen). Unchanged by
        // a Mongolian patronymic in the genitive before the given name (fitted to Q), and by
        // an abbreviation in capitals before a quoted name, lower-case generic words (телеканал, агентство, newspaper) and a club's sport abbreviation (fitted to Q, P, O, N, M), still unseen.
        // Unchanged, still unseen, by the tenth sitting's round on R (one initial after a surname, ex- titles, a
        // nationality before a title, role nouns) and by its speed round.
        // 0.8637 -> 0.8652 after a Ukrainian region noun in -щина keyed as its oblast (fitted to R, M, O), still unseen;
        // false pairs and merges unchanged.
        // Still unseen after a transliterated organisation name in sentence case keeps its lower-case words of the region's vocabulary of institutions (Sluzhba natsionalnoy bezopasnosti, Partiya regionov; fitted to S): 0.8652 -> 0.8677, false pairs and merges unchanged.
        // Unchanged, still unseen, by a final -eff read as -ев (fitted to S): 0.8677.
        // Still unseen after a transliterated compound adjective starting an organisation's name (Sotsial-demokraticheskaya
        // partiya; fitted to S): 0.8677 -> 0.8686, false pairs and merges unchanged.
        // Unchanged, still unseen, by the eleventh sitting's speed round (output identical).
        // Still unseen after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S): 0.8686 -> 0.8695, false
        // pairs and merges unchanged.
        // Still unseen after a Cyrillic institution's name in Latin text running past five words when one of its first five is a
        // word of organisation-concepts.txt and it ends on a proper name or such a word (Государственный комитет национальной
        // безопасности Кыргызской Республики, ... университет імені Тараса Шевченка; fitted to S): 0.8695 -> 0.8703, false pairs
        // and merges unchanged.
        // Still unseen after Ukrainian h for г: a word of organisation-concepts.txt with г is known by its h too (Partiia
        // rehioniv), other names of eight letters or more join across h and g, and people across h and g under equivalent given
        // names (Yevhen Prihozhyn, Yevgeny Prigozhin; Mykhailo Horbachov, Mikhail Gorbachev; fitted to S): 0.8703 -> 0.8710,
        // false pairs and merges unchanged.
        // Unchanged, still unseen, by a noun before a role word at a clause start joins the role phrase (gas tycoon, tennis player), with more role nouns (resident, player, owner, star, ...) and investigative as a modifier (fitted to R, N, P).
        // Unchanged, still unseen, by a surname of any ending, a comma and a known given name of given-name-equivalents/diminutives are one name (Zelensky, Volodymyr), and no surname after a place preposition (In Moscow, Dmitry) (fitted to N, O, Q).
        // Released to the tuners at the start of the twelfth sitting (2026-11-22), unseen for three sittings, at
        // P 0.9868, R 0.7796, F1 0.8710 (recall: people 0.897, places 0.741, organisations 0.576); 71 false pairs; 0.8738
        // within the surname guard. Its five counted merges are now named: Almaty / Alma-Ata (a renamed city), Abdulla
        // Aripov / Abdulla Oripov (a politician and a poet whose names differ by one vowel), Oliy Majlis / Majlisi Oli
        // (Uzbek and Tajik parliaments), Gazprom / Gazprombank and Dnipro / the Dnieper (the city and the river).
        // Twelfth sitting: 0.8710 -> 0.8719 (P 0.9868 -> 0.9890; false pairs 71 -> 59), recall unchanged, after a head word
        // the batch also writes joined to the name (Gazprombank beside Gazprom Bank) no longer strips to the bare name:
        // Gazprom / Gazprombank is no longer merged and left knownMerges. 0.8719 -> 0.8755 (R 0.7796 -> 0.7853; places
        // 0.741 -> 0.760) after an abbreviated region word after the name with its period (Чуйская обл.), false pairs unchanged.
        // Twelfth sitting: 0.8755 -> 0.8764 after a name's word St or Sankt read as Saint (St. Petersburg, Sankt-Peterburg; fitted to T), false pairs unchanged.
        // 0.8764 -> 0.8778 after a lower-case движение, фонд/fund or общество/society next to an organisation's name as a descriptor (фонд Самрук-Казына, Memorial society; fitted to T), false pairs unchanged.
        // 0.8778 -> 0.8784 after a name hyphenated to a lower-case head word of organisation-heads.txt is one name (Ипотека-банк; fitted to T), false pairs unchanged.
        // 0.8784 -> 0.8793 after a nationality before one capitalised word that is no title, role, place, region or surname
        // is a name written apart (Kyrgyz Telecom as Kyrgyztelecom, Tajik Air as Tajikair; fitted to a generated breadth
        // table), false pairs unchanged.
        // 0.8793 -> 0.8796 after a nationality before one capitalised word with a weak surname ending (-in, -ina) is a
        // brand written apart too (Kyrgyz Altyn as Kyrgyzaltyn; fitted to a generated breadth table), false pairs
        // unchanged.
        // Thirteenth sitting: 0.8796 -> 0.8805 (places 0.765 -> 0.770) after a land named in -stan written bare joins its republic (Tatarstan, Republic of Tatarstan; Kyrgyzstan, Кыргызская Республика; fitted to U), false pairs unchanged.
        // 0.8805 -> 0.8826 after an outlet written as its web address is one name, a country's ending part of it and a generic one not (Kun.uz, Gazeta.uz and Gazeta.ru, Meduza.io as Meduza; fitted to a generated breadth table), false pairs unchanged.
        // 0.8826 -> 0.8829 after a republic named with its people's adjective joins its land named in -ia on the people's name (Chuvash Republic, Chuvashia; Chechen Republic, Chechnya; Kabardino-Balkarian Republic; not Republic of Abkhazia; fitted to a generated breadth table), false pairs unchanged.
        // 0.8829 -> 0.8830 after an adjective in -sk- before an acronym of three to five capitals names a plant or works, not a person (Рогунская ГЭС, Запорізька АЕС, Rogunskaya GES; fitted to a generated breadth table), false pairs unchanged.
        // 0.8830 -> 0.8847 after an adjective in -sk- and nouns is a newspaper's or works' name, in sentence case an organisation and in title case no person in the register's order unless a given name, initial or surname follows (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод; fitted to a generated breadth table), false pairs unchanged.
        // After a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег Кравец), a
        // person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place inside a
        // longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.8847 -> 0.8855 (0.8875 -> 0.8883
        // within the surname guard), false pairs unchanged.
        // After said moved from never-names.txt to common-words.txt: capitalised inside a sentence it is the given name
        // Said (Said Abdullo Nuri, Said Karimov), at a sentence's start still the verb (fitted to V; general across
        // I-V): 0.8855 -> 0.8862 (0.8883 -> 0.8890 within the surname guard), false pairs unchanged.
        // After railways, the post and the truth of newspapers' titles as concepts of organisation-concepts.txt, whose
        // transliterated words keep a name in sentence case whole (Uzbekiston temir yo'llari, Novaya pochta, Ukrainskaya
        // pravda; fitted to V): 0.8862 -> 0.8866 (0.8890 -> 0.8894 within the surname guard), false pairs unchanged.
        // 0.8866 -> 0.8871 (0.8894 -> 0.8899 within the surname guard) after a short transliterated word of institutions (Kazakh and Kyrgyz жолы, жолу under railways, Uzbek havo under a new airline concept) keeps a name in sentence case whole beside a longer one (Qazaqstan temir joly, O'zbekiston havo yo'llari; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8871 -> 0.8875 (0.8899 -> 0.8903 within the surname guard) after a lone word with only a weak surname ending (-ka, -in) before a lower-case head word of organisation-heads.txt is a company's name (Asaka bank; not Sarybaev bank or Aibek Turonka bank; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8875 -> 0.8885 (0.8903 -> 0.8913 within the surname guard) after the German adjective
        // endings -kaja, -koje mark a word German, German tz is ц, an initial K. or S. stands for a Kh- or Sh- name,
        // and a place's or organisation's word of five or six letters is read with the ambiguous German s (Talasskaja
        // oblast, K. Nurmagomedov, Kasan; fitted to W), false pairs and merges unchanged.
        // 0.8885 -> 0.8891 after a place or organisation of five letters joins across the vowel of its last closed syllable, the Ukrainian і for the Russian е or о (Irpin, Irpen; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8891 -> 0.8892 after a town on its river written with spaces is the hyphenated town (Rostov na Donu, Komsomolsk na Amure; not where the article writes na as a word, nor a surname in -ov before a longer place; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8892 -> 0.8896 after a marked German spelling still apart is read again with the ц of the English key and a t before s as its ambiguous s, joining the one entity it can stand for (Schachtar Donezk, Shakhtar Donetsk; Rostselmasch, Rostselmash; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8896 -> 0.8907 after a country's ending in lower case after a space is the web address retyped as words (Kun uz, Vlast kz, Власть кз; fitted to X), false pairs and merges unchanged.
        // 0.8907 -> 0.8910 after a numeral after a one-word name, spaced or hyphened, is part of it and of its key (Rustavi 2, Rustavi-2, Рустави-2; Group 24, Группа-24; Dnipro-1, Дніпро-1), kept out of the style readings and the one-edit join (Semipalatinsk-21 is not Semipalatinsk); false pairs and merges unchanged.
        // Seventeenth sitting, second round: 0.8910 -> 0.8925 (0.8938 -> 0.8953 within the surname guard; places 0.782 -> 0.790) after Kyrgyz and Kazakh ң written ng in Latin read as the Russian н to join the one entity that reading gives, where the entity is written in Latin only (Song-Kol, Сон-Куль; Kenges Rakishev, Кенес Ракишев; found by counting causes across all released tables: 38 missed pairs in 9 tables), false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.8925 -> 0.8932 (0.8953 -> 0.8960 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Eighteenth sitting: 0.8932 -> 0.8937 after a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty); false pairs 59 -> 51 (the Almaty / Alma-Ata merge gone).
        // Eighteenth sitting, second round: 0.8937 -> 0.8972, false pairs 51 -> 3 (the Majlisi Oli / Oliy Majlis merge gone) after a head noun's -i first is the Tajik izafet and last the Uzbek possessive: an organisation-vocabulary word ending in -i before a proper word reads as Tajikistan's, not Uzbekistan's (Majlisi Oli against Oli Majlis), and a name with such a word (or its respelling's key: Madzhlisi, Маҷлиси) is not rotated as a person written surname first (Majlisi Oli against Oliy Majlisi).
        // Twentieth sitting: 0.8972 -> 0.8980 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twenty-first sitting: 0.8980 -> 0.8986 after the Russian and local designators in Latin letters name a place's sub-kind (Kyrgyz daryyasy and Uzbek daryosi, Tajik kuli, Russian reka and dolina: Naryn daryyasy, Kuli Sarez, Ferganskaya dolina; found on AB), false pairs and merges unchanged.
        // Twenty-first sitting, second round: 0.8986 -> 0.9009 after Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well as the у the key reads, joining the one entity the reading gives (Xoʻjayev, Хўжаев; Ходжаев; found on AB and the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.9009 -> 0.9015 (the s read as z 0.9009 -> 0.9015) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        // Twenty-second sitting, second round: 0.9015 -> 0.9018 after a given name's vowel that the region's languages write differently is read as one under one surname, unless an article names both (the vowel of a closed last syllable, a, e or i: Tajik e for the Persian i, Jamshed, Jamshid; Umed, Umid; Turkic e for a, Rustem, Rustam; Nilufer, Nilufar; the joining vowel of an Arabic compound before -din and -llah: Sadriddin, Sadreddin; Rahmatullo, Rahmatillo), false pairs and merges unchanged.
        // Twenty-fourth sitting, second round: 0.9018 -> 0.9019 (0.9047 -> 0.9048 within the surname guard) after the region's other languages' designators and the abbreviated ones describe a place (Kazakh шатқалы and даңғылы, Kyrgyz капчыгайы, Uzbek хиёбони, Tajik обанбори and кӯҳҳои before the name; пр., пл., ул.), and a street is a described place of its own in every language (Tverskaya Street, улица Тверская, Тверская улица, вулиця; found on AE), false pairs and merges unchanged.
        // Twenty-fifth sitting: 0.9019 -> 0.9020 (0.9048 -> 0.9049 within the surname guard) after a transliterated name in sentence case goes on past a lower-case word of institutions' names that alone says nothing (English bank, the region's function words sprav, korhoi, ister, the short millii), between a transliteration and a capitalised word or another transliteration (Natsionalny bank Kyrgyzskoy Respubliki, Ministerstvo zakordonnykh sprav Ukrainy, Bonki millii Tojikiston; found on AF), false pairs and merges unchanged.
        // Twenty-fifth sitting, second change: 0.9020 -> 0.9025 (0.9049 -> 0.9053 within the surname guard) after a bureau and an anti-corruption body are words of institutions' names (бюро, biuro; антикоррупционное, антикорупційне) and so is the neuter of national (национальное, національне) in organisation-concepts.txt (Natsionalne antykoruptsiine biuro Ukrainy, Национальное антикоррупционное бюро Украины; found on AF), false pairs and merges unchanged.
        // Twenty-sixth sitting, second round: 0.9025 -> 0.9032 (0.9053 -> 0.9060 within the surname guard) after whom an institution is named after, after имени, імені, imeni, им. or before атындағы, атындагы, nomidagi, номидаги, is in its span and not its organisation key, and its initials make no acronym (Казахский национальный университет имени …, … атындағы Қазақ ұлттық университеті joining the names without it; found on AG, AD, AE), false pairs and merges unchanged.
        // Twenty-sixth sitting, third round: 0.9032 -> 0.9034 after a power plant's or dam's designator describes a place of its own (place-descriptors.txt: dam, HPP, NPP, ГЭС, АЭС, ГЕС, АЕС, НБО before the name, hydropower plant, nuclear plant: Rogun Dam, Rogun HPP, НБО Роғун, Рогунская ГЭС one place and never the town), false pairs and merges unchanged.
        // Twenty-ninth sitting, fourth change: 0.9034 -> 0.9036 after a mountain range's English plural written bare joins the one range of its stem (NameClusterer.joinRangePlurals: Pamirs, Urals, Carpathians, Fanns with the Pamir, Ural, Carpathian, Fann Mountains; the bare stem stays apart, as often the region or a town; found on AJ), false pairs and merges unchanged.
        // Thirtieth sitting, third change: 0.9036 -> 0.9041 (0.9065 -> 0.9069 within the surname guard) after a one-word club joins its name with a city after it never written as a club when the batch writes that city alone, and not as a surname (NameClusterer.joinClubsToCityNames: FC Pakhtakor with Pakhtakor Tashkent where Tashkent is written), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-t.tsv", confusables: "confusable-pairs-t.tsv", minimumSpellings: 500, f1Floor: 0.9040, maximumFalsePairs: 3,
                      knownMerges: [["uz_per_aripov_abdulla", "uz_per_oripov_abdulla_poet"], ["ua_loc_dnipro", "ua_loc_dnieper_river"]]),
        // Blind table U, 2,955 spellings of 649 entities (279 people, 210 places, 160 organisations), written to
        // the issue's description of its held-out set by a writer who never saw the stage, and calibrated like S
        // and T by moving whole kinds to a supplement not scored here (translations, acronyms, other names,
        // spellings with a patronymic, a spelling plus a generic word such as "city", "party" or "FC"; surnames
        // alone, titles, initials and nicknames). Its writer kept Latin against Cyrillic, Russian against local
        // forms (Kiev/Kyiv, Yelena/Olena), j/zh/dzh and surname-first order in, and stopped with rapidfuzz at
        // 0.747 (single link, oracle threshold; 19 of its 130 confusable pairs merged): far harder for a string
        // matcher than the issue's set. Blind at first sight on main at bf31fb4 (the stage as at a479316):
        // P 0.9936, R 0.7996, F1 0.8861 (recall: people 0.930, places 0.755, organisations 0.593); 31 false
        // pairs; 4 confusable pairs merged and 5 clusters of different entities, counted but not looked at.
        // Unchanged, still unseen, by the tenth sitting's round on R (one initial after a surname, ex- titles, a
        // nationality before a title, role nouns) and by its speed rounds. With its supplement (4,426 spellings)
        // it scores 0.683 (0.759 within the surname guard), rapidfuzz's best line 0.482.
        // Unchanged, still unseen, by a Ukrainian region noun in -щина keyed as its oblast (fitted to R, M, O).
        // Still unseen after a transliterated organisation name in sentence case keeps its lower-case words of the region's vocabulary of institutions (Sluzhba natsionalnoy bezopasnosti, Partiya regionov; fitted to S): 0.8861 -> 0.8886, false pairs and merges unchanged.
        // Unchanged, still unseen, by a final -eff read as -ев (fitted to S): 0.8886.
        // Still unseen after a transliterated compound adjective starting an organisation's name (Sotsial-demokraticheskaya
        // partiya; fitted to S): 0.8886 -> 0.8895, false pairs and merges unchanged.
        // Unchanged, still unseen, by the eleventh sitting's speed round (output identical).
        // Still unseen after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S): 0.8895 -> 0.8900, false
        // pairs and merges unchanged.
        // Still unseen after a Cyrillic institution's name in Latin text running past five words when one of its first five is a
        // word of organisation-concepts.txt and it ends on a proper name or such a word (Государственный комитет национальной
        // безопасности Кыргызской Республики, ... университет імені Тараса Шевченка; fitted to S): 0.8900 -> 0.8901, false pairs
        // and merges unchanged.
        // Still unseen after Ukrainian h for г: a word of organisation-concepts.txt with г is known by its h too (Partiia
        // rehioniv), other names of eight letters or more join across h and g, and people across h and g under equivalent given
        // names (Yevhen Prihozhyn, Yevgeny Prigozhin; Mykhailo Horbachov, Mikhail Gorbachev; fitted to S): 0.8901 -> 0.8906,
        // false pairs and merges unchanged.
        // Unchanged, still unseen, by a noun before a role word at a clause start joins the role phrase (gas tycoon, tennis player), with more role nouns (resident, player, owner, star, ...) and investigative as a modifier (fitted to R, N, P).
        // Unchanged, still unseen, by a surname of any ending, a comma and a known given name of given-name-equivalents/diminutives are one name (Zelensky, Volodymyr), and no surname after a place preposition (In Moscow, Dmitry) (fitted to N, O, Q).
        // Still unseen after a head word the batch also writes joined to the name no longer strips to the bare name (fitted to
        // T's Gazprom / Gazprombank): 0.8906 -> 0.8919, false pairs 31 -> 15, recall unchanged.
        // Unchanged, still unseen, by an abbreviated region word after the name with its period (Чуйская обл.; fitted to T).
        // Still unseen after a name's word St or Sankt read as Saint (St. Petersburg, Sankt-Peterburg; fitted to T): 0.8919 -> 0.8934, false pairs unchanged.
        // Unchanged, still unseen, by a lower-case движение, фонд/fund or общество/society next to an organisation's name as a descriptor (фонд Самрук-Казына, Memorial society; fitted to T).
        // Unchanged, still unseen, by a name hyphenated to a lower-case head word of organisation-heads.txt is one name (Ипотека-банк; fitted to T).
        // Unchanged, still unseen, by a soft sign's apostrophe ending a given name (Igor' Sechin, Lyubov' Sobol', Aigul'
        // Isakova) goes on the name when no single quote is open (fitted to a generated breadth table, not to a gold one).
        // Unchanged, still unseen, by a Ukrainian region noun's -щина read in its Russian-form, German, French, ISO 9 and
        // GOST B romanisations (Kievshchina, Poltawschtschina, Poltavchtchina; fitted to a generated breadth table).
        // Unchanged, still unseen, by Kazakh Latin of 2018 read as a spelling style (ý for у after a vowel, ı for и; Máýlen
        // Áshimbaev, Aqtaý; fitted to a generated breadth table).
        // Unchanged, still unseen, by ISO 9 read as a spelling style (â û ŝ for я ю щ; Vâčeslav, Ûŝenko; fitted to a
        // generated breadth table).
        // Still unseen after a nationality before one capitalised word that is no title, role, place, region or surname is
        // a name written apart (Kyrgyz Telecom as Kyrgyztelecom, Tajik Air as Tajikair; fitted to a generated breadth
        // table): 0.8934 -> 0.8958, false pairs and merges unchanged.
        // Unchanged, still unseen, by a final -eff read as -ев after a letter the key reads as a class (Karatcheff,
        // Patroucheff; fitted to a generated breadth table).
        // Still unseen after a nationality before one capitalised word with a weak surname ending (-in, -ina) is a brand
        // written apart too (Kyrgyz Altyn as Kyrgyzaltyn; fitted to a generated breadth table): 0.8958 -> 0.8962, false
        // pairs and merges unchanged.
        // Released to the tuners at the start of the thirteenth sitting (2026-11-22), unseen for three sittings, at
        // P 0.9970, R 0.8140, F1 0.8962 (recall: people 0.930, places 0.764, organisations 0.653); 15 false pairs; 0.8964
        // within the surname guard. Its counted merges, three confusable pairs in four clusters, are now named: Respublika
        // / Respublica (a Kyrgyz and a Kazakh paper), Shavkat Mirziyoyev / the invented Shavkat Mirzayev, Dnipro / the
        // Dnieper (the city and the river), and Almaty / Alma-Ata (a renamed city; not a listed pair, a wrong cluster).
        // Thirteenth sitting: 0.8962 -> 0.9018 (R 0.8140 -> 0.8231; places 0.764 -> 0.787) after a land named in -stan written bare joins its republic (Tatarstan, Republic of Tatarstan; Kyrgyzstan, Кыргызская Республика; fitted to U); false pairs
        // and merges unchanged; floor 0.885 -> 0.900.
        // 0.9018 -> 0.9021 (P 0.9970 -> 0.9978; false pairs 15 -> 11), recall unchanged, after и before я before a vowel keeps
        // its i in the key (Мирзияев, Mirziyayev is no longer Мирзаев, Mirzayev; Зияев is not Заев): Shavkat Mirziyoyev / the
        // invented Shavkat Mirzayev is no longer merged and left knownMerges.
        // 0.9021 -> 0.9024 (organisations 0.653 -> 0.655) after a one-word club's abbreviation before or after its name is one club (FC Astana, Astana FC; fitted to U), false pairs unchanged.
        // 0.9024 -> 0.9030 (places 0.787 -> 0.790) after a nationality of organisation-adjectives.txt before a republic's descriptor is the republic's name (Kyrgyz Republic; fitted to U), false pairs unchanged.
        // 0.9030 -> 0.9053 after an outlet written as its web address is one name, a country's ending part of it and a generic one not (Kun.uz, Gazeta.uz and Gazeta.ru, Meduza.io as Meduza; fitted to a generated breadth table), false pairs unchanged.
        // 0.9053 -> 0.9073 after a republic named with its people's adjective joins its land named in -ia on the people's name (Chuvash Republic, Chuvashia; Chechen Republic, Chechnya; Kabardino-Balkarian Republic; not Republic of Abkhazia; fitted to a generated breadth table), false pairs unchanged.
        // 0.9073 -> 0.9090 after an adjective in -sk- and nouns is a newspaper's or works' name, in sentence case an organisation and in title case no person in the register's order unless a given name, initial or surname follows (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод; fitted to a generated breadth table), false pairs unchanged.
        // After a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег Кравец), a
        // person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place inside a
        // longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.9090 -> 0.9129 (0.9092 -> 0.9131
        // within the surname guard), false pairs unchanged.
        // After said moved from never-names.txt to common-words.txt: capitalised inside a sentence it is the given name
        // Said (Said Abdullo Nuri, Said Karimov), at a sentence's start still the verb (fitted to V; general across
        // I-V): 0.9129 -> 0.9138 (0.9131 -> 0.9140 within the surname guard), false pairs unchanged.
        // 0.9138 -> 0.9141 (0.9140 -> 0.9143 within the surname guard) after a short transliterated word of institutions (Kazakh and Kyrgyz жолы, жолу under railways, Uzbek havo under a new airline concept) keeps a name in sentence case whole beside a longer one (Qazaqstan temir joly, O'zbekiston havo yo'llari; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.9141 -> 0.9152 (0.9143 -> 0.9154 within the surname guard) after the German adjective
        // endings -kaja, -koje mark a word German, German tz is ц, an initial K. or S. stands for a Kh- or Sh- name,
        // and a place's or organisation's word of five or six letters is read with the ambiguous German s (Talasskaja
        // oblast, K. Nurmagomedov, Kasan; fitted to W), false pairs and merges unchanged.
        // 0.9152 -> 0.9157 after a described place's adjective written the German way without a marker letter is read in that style, its descriptor and stem kept (Donezka oblast, Donetska oblast; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.9157 -> 0.9160 after a place or organisation of five letters joins across the vowel of its last closed syllable, the Ukrainian і for the Russian е or о (Irpin, Irpen; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.9160 -> 0.9168 after a country's ending in lower case after a space is the web address retyped as words (Kun uz, Vlast kz, Власть кз; fitted to X), false pairs and merges unchanged.
        // 0.9168 -> 0.9170 (organisations 0.708 -> 0.709; 0.9170 -> 0.9172 within the surname guard) after a Latin brand name's c before e, i or y is read as the English s, joining the one entity it gives where no spelling of the entity is in another script (Kcell, Кселл; Ucell, Юселл; Tcell, Тселл; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.9170 -> 0.9172 after a numeral after a one-word name, spaced or hyphened, is part of it and of its key (Rustavi 2, Rustavi-2, Рустави-2; Group 24, Группа-24; Dnipro-1, Дніпро-1), kept out of the style readings and the one-edit join (Semipalatinsk-21 is not Semipalatinsk); false pairs and merges unchanged.
        // Seventeenth sitting, second round: 0.9172 -> 0.9187 (0.9174 -> 0.9189 within the surname guard; places 0.808 -> 0.813) after Kyrgyz and Kazakh ң written ng in Latin read as the Russian н to join the one entity that reading gives, where the entity is written in Latin only (Song-Kol, Сон-Куль; Kenges Rakishev, Кенес Ракишев; found by counting causes across all released tables: 38 missed pairs in 9 tables), false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.9187 -> 0.9196 (0.9189 -> 0.9197 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.9196 -> 0.9203 (0.9197 -> 0.9205 within the surname guard) after an Uzbek or Tajik yo (ё) in a Latin name read as the Russian я (ya) to join the one entity that reading gives, where the entity is written in Latin or Tajik or Uzbek Cyrillic only (Ikhtiyor, Ikhtiyar; Ziyoyev, Ziyayev), false pairs and merges unchanged.
        // Eighteenth sitting: 0.9203 -> 0.9210 after a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty); false pairs 11 -> 3.
        // Twentieth sitting, third round: 0.9210 -> 0.9212 after an organisation's words in Latin read by their key as the Russian or local word they transliterate (Ministerstvo finansov, Natsionalnyi bank) and the Turkic languages' state named first in the genitive read as a country's tail (Қазақстан Республикасының Қаржы министрлігі), with the Tajik and Uzbek Cyrillic organisation vocabulary extended (found on the sitting's organisations table), false pairs and merges unchanged.
        // Twenty-first sitting: 0.9212 -> 0.9220 after the Russian and local designators in Latin letters name a place's sub-kind (Kyrgyz daryyasy and Uzbek daryosi, Tajik kuli, Russian reka and dolina: Naryn daryyasy, Kuli Sarez, Ferganskaya dolina; found on AB), false pairs and merges unchanged.
        // Twenty-first sitting, second round: 0.9220 -> 0.9224 after Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well as the у the key reads, joining the one entity the reading gives (Xoʻjayev, Хўжаев; Ходжаев; found on AB and the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-second sitting, second round: 0.9224 -> 0.9232 after a given name's vowel that the region's languages write differently is read as one under one surname, unless an article names both (the vowel of a closed last syllable, a, e or i: Tajik e for the Persian i, Jamshed, Jamshid; Umed, Umid; Turkic e for a, Rustem, Rustam; Nilufer, Nilufar; the joining vowel of an Arabic compound before -din and -llah: Sadriddin, Sadreddin; Rahmatullo, Rahmatillo), false pairs and merges unchanged.
        // Twenty-third sitting, second change: 0.9232 -> 0.9234 after a reservoir, a canyon or gorge, an avenue and an airport are described places of their own, which leave a bare name to the town (Toktogul Reservoir, Токтогульское водохранилище; Varzob Gorge, Варзобское ущелье; проспект Рудаки, Rudaki Avenue; аэропорт Манас, Manas Airport), and the Kyrgyz peak's чокусу is a mountain's descriptor (Ленин чокусу; found on AD), false pairs and merges unchanged.
        // Twenty-fourth sitting: 0.9234 -> 0.9240 after a one-word club written with its sport's abbreviation joins the one club of its name with a city after it that the batch writes with the same sport's abbreviation and no other's (FC Dordoi, ФК Дордой with FC Dordoi Bishkek, Дордой Бишкек; FC Kairat with FC Kairat Almaty; found on AE), false pairs and merges unchanged.
        // Twenty-fifth sitting, second change: 0.9240 -> 0.9242 (0.9241 -> 0.9243 within the surname guard) after a bureau and an anti-corruption body are words of institutions' names (бюро, biuro; антикоррупционное, антикорупційне) and so is the neuter of national (национальное, національне) in organisation-concepts.txt (Natsionalne antykoruptsiine biuro Ukrainy, Национальное антикоррупционное бюро Украины; found on AF), false pairs and merges unchanged.
        // Twenty-fifth sitting, second round: 0.9242 -> 0.9244 (organisations 0.721 -> 0.724; 0.9243 -> 0.9246 within the surname guard) after a name's kind written around it is in its span and not its key: a legal form before a quoted name that starts with another (АО «НК «…»), a lower-case descriptor in brackets after the name (Ховар (агентство)), the Russian state enterprise ГП as a legal form (as the Ukrainian ДП) and the Ukrainian nominative партія as a descriptor; found on AF, false pairs and merges unchanged.
        // Twenty-sixth sitting, second round: 0.9244 -> 0.9245 (0.9246 -> 0.9247 within the surname guard) after whom an institution is named after, after имени, імені, imeni, им. or before атындағы, атындагы, nomidagi, номидаги, is in its span and not its organisation key, and its initials make no acronym (Казахский национальный университет имени …, … атындағы Қазақ ұлттық университеті joining the names without it; found on AG, AD, AE), false pairs and merges unchanged.
        // Twenty-sixth sitting, third round: 0.9245 -> 0.9246 after a power plant's or dam's designator describes a place of its own (place-descriptors.txt: dam, HPP, NPP, ГЭС, АЭС, ГЕС, АЕС, НБО before the name, hydropower plant, nuclear plant: Rogun Dam, Rogun HPP, НБО Роғун, Рогунская ГЭС one place and never the town), false pairs and merges unchanged.
        // Twenty-seventh sitting, second round: 0.9246 -> 0.9251 after a German Stausee is a reservoir's descriptor, tried before the lake's -see it ends in (place suffixes longest first: Kachowka-Stausee no longer a lake Kachowka-Stau), the Russian and Ukrainian square in Latin letters is a square's (ploshchad, ploshcha: Krasnaya Ploshchad) and the Ukrainian neuter adjective -ське is read as its noun (Каховське водосховище, NamePlaceStem).
        // Twenty-ninth sitting, fourth change: 0.9251 -> 0.9252 after a mountain range's English plural written bare joins the one range of its stem (NameClusterer.joinRangePlurals: Pamirs, Urals, Carpathians, Fanns with the Pamir, Ural, Carpathian, Fann Mountains; the bare stem stays apart, as often the region or a town; found on AJ), false pairs and merges unchanged.
        // Thirtieth sitting, second change: 0.9252 -> 0.9254 after a mine and the deposit it works are a place of their own, named with their descriptor in each language (place-descriptors.txt: Kumtor mine, gold mine, рудник, месторождение, Kyrgyz кени, Kazakh кеніші; the English deposit only after its ore, alone as often a bank's), which leaves a bare name to the town, and an international airport is the airport (international+airport, internationaler Flughafen: Manas International Airport with Manas Airport; found on AK), false pairs and merges unchanged.
        // Thirtieth sitting, third change: 0.9254 -> 0.9258 (0.9256 -> 0.9260 within the surname guard) after a one-word club joins its name with a city after it never written as a club when the batch writes that city alone, and not as a surname (NameClusterer.joinClubsToCityNames: FC Pakhtakor with Pakhtakor Tashkent where Tashkent is written), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-u.tsv", confusables: "confusable-pairs-u.tsv", minimumSpellings: 500, f1Floor: 0.9257, maximumFalsePairs: 3,
                      knownMerges: [["kg_org_respublika", "kz_org_respublica_kz"],
                                    ["ua_loc_dnipro", "ua_loc_dnieper"], ["kz_loc_alma_ata", "kz_loc_almaty"]]),
        // Blind table V, 3,981 spellings of 600 entities, by a writer who never saw the stage, to the issue's
        // description and the same calibration rule as U (translations, acronyms, other names, patronymic forms
        // and added generic words in a supplement of 780 spellings), but made differently: the writer wrote each
        // entity's Russian and local forms by hand and generated the press's, passports', German, French and local
        // Latin spellings with transliteration rules of their own, and kept surname-only forms in the table (491
        // of them), which the surname guard keeps apart by design. Blind at first sight on main at 27f8b69 (the
        // stage as at 4505b94): P 0.9916, R 0.6622, F1 0.7941 (recall: people 0.575, places 0.899, organisations
        // 0.778); 78 false pairs; within the surname guard 0.9424; with its supplement 0.8245 (0.9396 within the
        // guard); 3 of its 191 confusable pairs merged and 3 clusters of different entities, counted, not looked at.
        // rapidfuzz (token_sort_ratio, single link, oracle threshold) 0.710 with 19 confusable merges; Soundex 0.446.
        // Still unseen after the eleventh sitting's first round on S (sentence-case transliterated organisation names, a
        // final -eff, a transliterated compound adjective) and its speed round: 0.7941 -> 0.7946 (organisations 0.778 ->
        // 0.784; 0.9429 within the surname guard); false pairs and merges unchanged.
        // Still unseen after the region's words of newspapers, parties' ideas, movements and the people as a noun in
        // organisation-concepts.txt and imeni ("named after") as a connector keep a transliterated name whole (Novaya gazeta,
        // Demokraticheskiy vybor, Sluha narodu, ... universytet imeni Tarasa Shevchenka; fitted to S): 0.7946 -> 0.7964, false
        // pairs and merges unchanged.
        // Unchanged, still unseen, by a Cyrillic institution's name in Latin text running past five words when one of its first five
        // is a word of organisation-concepts.txt and it ends on a proper name or such a word (Государственный комитет
        // национальной безопасности Кыргызской Республики, ... университет імені Тараса Шевченка; fitted to S): 0.7964.
        // Unchanged, still unseen, by Ukrainian h for г: a word of organisation-concepts.txt with г is known by its h too
        // (Partiia rehioniv), other names of eight letters or more join across h and g, and people across h and g under
        // equivalent given names (Yevhen Prihozhyn, Yevgeny Prigozhin; Mykhailo Horbachov, Mikhail Gorbachev; fitted to S):
        // 0.7964.
        // Unchanged, still unseen, by a noun before a role word at a clause start joins the role phrase (gas tycoon, tennis player), with more role nouns (resident, player, owner, star, ...) and investigative as a modifier (fitted to R, N, P).
        // Unchanged, still unseen, by a surname of any ending, a comma and a known given name of given-name-equivalents/diminutives are one name (Zelensky, Volodymyr), and no surname after a place preposition (In Moscow, Dmitry) (fitted to N, O, Q).
        // Unchanged, still unseen, by a head word the batch also writes joined to the name no longer stripping to the bare name (fitted to T).
        // Unchanged, still unseen, by an abbreviated region word after the name with its period (Чуйская обл.; fitted to T).
        // Unchanged, still unseen, by a name's word St or Sankt read as Saint (St. Petersburg, Sankt-Peterburg; fitted to T).
        // Unchanged, still unseen, by a lower-case движение, фонд/fund or общество/society next to an organisation's name as a descriptor (фонд Самрук-Казына, Memorial society; fitted to T).
        // Still unseen after a name hyphenated to a lower-case head word of organisation-heads.txt is one name (Ипотека-банк; fitted to T): 0.7964 -> 0.7967, false pairs unchanged.
        // Unchanged, still unseen, by a soft sign's apostrophe ending a given name (Igor' Sechin, Lyubov' Sobol', Aigul'
        // Isakova) goes on the name when no single quote is open (fitted to a generated breadth table, not to a gold one).
        // Unchanged, still unseen, by a Ukrainian region noun's -щина read in its Russian-form, German, French, ISO 9 and
        // GOST B romanisations (Kievshchina, Poltawschtschina, Poltavchtchina; fitted to a generated breadth table).
        // Unchanged, still unseen, by Kazakh Latin of 2018 read as a spelling style (ý for у after a vowel, ı for и; Máýlen
        // Áshimbaev, Aqtaý; fitted to a generated breadth table).
        // Unchanged, still unseen, by ISO 9 read as a spelling style (â û ŝ for я ю щ; Vâčeslav, Ûŝenko; fitted to a
        // generated breadth table).
        // Still unseen after a nationality before one capitalised word that is no title, role, place, region or surname is
        // a name written apart (Kyrgyz Telecom as Kyrgyztelecom, Tajik Air as Tajikair; fitted to a generated breadth
        // table): 0.7967 -> 0.7969, false pairs and merges unchanged.
        // Unchanged, still unseen, by a final -eff read as -ев after a letter the key reads as a class (Karatcheff,
        // Patroucheff; fitted to a generated breadth table).
        // Still unseen after a nationality before one capitalised word with a weak surname ending (-in, -ina) is a brand
        // written apart too (Kyrgyz Altyn as Kyrgyzaltyn; fitted to a generated breadth table): 0.7969 -> 0.7970, false
        // pairs and merges unchanged.
        // Unchanged, still unseen, by a land named in -stan written bare joins its republic (Tatarstan, Republic of Tatarstan; Kyrgyzstan, Кыргызская Республика; fitted to U): 0.7970.
        // Unchanged, still unseen, by и before я before a vowel keeps its i in the key (Мирзияев is not Мирзаев; fitted to U's Mirziyayev): 0.7970, false pairs unchanged.
        // Unchanged, still unseen, by a one-word club's abbreviation before or after its name is one club (FC Astana, Astana FC; fitted to U): 0.7970.
        // Unchanged, still unseen, by a nationality of organisation-adjectives.txt before a republic's descriptor is the republic's name (Kyrgyz Republic; fitted to U): 0.7970.
        // Still unseen after an outlet written as its web address is one name, a country's ending part of it and a generic one not (Kun.uz, Gazeta.uz and Gazeta.ru; fitted to a generated breadth table): 0.7970 -> 0.7975, false pairs and merges unchanged.
        // Unchanged, still unseen, by a republic named with its people's adjective joins its land named in -ia on the people's name (Chuvash Republic, Chuvashia; fitted to a generated breadth table).
        // Unchanged, still unseen, by an adjective in -sk- before an acronym names a plant or works, not a person (Рогунская ГЭС; fitted to a generated breadth table).
        // Still unseen after an adjective in -sk- and nouns is a newspaper's or works' name (Українська правда, Komsomolskaya Pravda; fitted to a generated breadth table): 0.7975 -> 0.7986 (0.9459 -> 0.9470 within the surname guard), false pairs and merges unchanged.
        // Released to the tuners at the start of the fourteenth sitting (2026-11-22), unseen for three sittings, at
        // P 0.9917, R 0.6684, F1 0.7986 (recall: people 0.575, places 0.899, organisations 0.841); 78 false pairs; 0.9470
        // within the surname guard. Its counted merges, three confusable pairs in three clusters, are now named: Alma-Ata /
        // Almaty (a renamed city), Zarafshan / the Zeravshan (an Uzbek city and the river it is named after) and the Oliy
        // Majlis / the Majlisi Oli (the parliaments of Uzbekistan and Tajikistan).
        // After a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег Кравец), a
        // person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place inside a
        // longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.7986 -> 0.8102 (0.9470 -> 0.9591
        // within the surname guard; recall: people 0.575 -> 0.597, places 0.899 unchanged, organisations 0.841 ->
        // 0.852); false pairs (78) and its three named merges unchanged.
        // After said moved from never-names.txt to common-words.txt: capitalised inside a sentence it is the given name
        // Said (Said Abdullo Nuri, Said Karimov), at a sentence's start still the verb (fitted to V; general across
        // I-V): 0.8102 -> 0.8116 (0.9591 -> 0.9602 within the surname guard), false pairs and merges unchanged.
        // After railways, the post and the truth of newspapers' titles as concepts of organisation-concepts.txt, whose
        // transliterated words keep a name in sentence case whole (Uzbekiston temir yo'llari, Novaya pochta, Ukrainskaya
        // pravda; fitted to V): 0.8116 -> 0.8143 (0.9602 -> 0.9631 within the surname guard), false pairs and merges
        // unchanged.
        // 0.8143 -> 0.8155 (0.9631 -> 0.9643 within the surname guard) after a short transliterated word of institutions (Kazakh and Kyrgyz жолы, жолу under railways, Uzbek havo under a new airline concept) keeps a name in sentence case whole beside a longer one (Qazaqstan temir joly, O'zbekiston havo yo'llari; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8155 -> 0.8157 (0.9643 -> 0.9645 within the surname guard) after a nationality before capitalised words one of which transliterates the region's vocabulary of institutions, none ending like a surname, is the body's name (Kyrgyz Temir Zholu, Uzbek Havo Yo'llari; not Kyrgyz Temir Sariyev; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8157 -> 0.8159 (0.9645 -> 0.9647 within the surname guard) after a lone word with only a weak surname ending (-ka, -in) before a lower-case head word of organisation-heads.txt is a company's name (Asaka bank; not Sarybaev bank or Aibek Turonka bank; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8159 -> 0.8183 (0.9647 -> 0.9672 within the surname guard) after the German adjective
        // endings -kaja, -koje mark a word German, German tz is ц, an initial K. or S. stands for a Kh- or Sh- name,
        // and a place's or organisation's word of five or six letters is read with the ambiguous German s (Talasskaja
        // oblast, K. Nurmagomedov, Kasan; fitted to W), false pairs and merges unchanged.
        // 0.8183 -> 0.8188 after a place or organisation of five letters joins across the vowel of its last closed syllable, the Ukrainian і for the Russian е or о (Irpin, Irpen; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8188 -> 0.8190 after a town on its river written with spaces is the hyphenated town (Rostov na Donu, Komsomolsk na Amure; not where the article writes na as a word, nor a surname in -ov before a longer place; fitted to a generated breadth table) (0.9677 -> 0.9679 within the surname guard), false pairs and merges unchanged.
        // 0.8190 -> 0.8193 after a marked German spelling still apart is read again with the ц of the English key and a t before s as its ambiguous s, joining the one entity it can stand for (Schachtar Donezk, Shakhtar Donetsk; Rostselmasch, Rostselmash; fitted to a generated breadth table) (0.9679 -> 0.9683 within the surname guard), false pairs and merges unchanged.
        // 0.8193 -> 0.8195 after a country's ending in lower case after a space is the web address retyped as words (Kun uz, Vlast kz, Власть кз; fitted to X), false pairs and merges unchanged.
        // Seventeenth sitting, second round: 0.8195 -> 0.8201 (0.9685 -> 0.9691 within the surname guard; places 0.911 -> 0.915) after Kyrgyz and Kazakh ң written ng in Latin read as the Russian н to join the one entity that reading gives, where the entity is written in Latin only (Song-Kol, Сон-Куль; Kenges Rakishev, Кенес Ракишев; found by counting causes across all released tables: 38 missed pairs in 9 tables), false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.8201 -> 0.8206 (0.9691 -> 0.9695 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Eighteenth sitting: 0.8206 -> 0.8208 after a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty); false pairs 78 -> 70 (the Almaty / Alma-Ata merge gone).
        // Eighteenth sitting, second round: 0.8208 -> 0.8223, false pairs 70 -> 28 (the Majlisi Oli / Oliy Majlis merge gone) after a head noun's -i first is the Tajik izafet and last the Uzbek possessive: an organisation-vocabulary word ending in -i before a proper word reads as Tajikistan's, not Uzbekistan's (Majlisi Oli against Oli Majlis), and a name with such a word (or its respelling's key: Madzhlisi, Маҷлиси) is not rotated as a person written surname first (Majlisi Oli against Oliy Majlisi).
        // Twentieth sitting: 0.8223 -> 0.8230 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, second round: 0.8230 -> 0.8234 after a German tsch still apart read as т before ш or ж as well as ч in the loose pass of the marked joins, where the German s marks the name (Bakytschan Sagintajew, Bakytzhan Sagintayev; found on the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-first sitting, second round: 0.8234 -> 0.8248 after Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well as the у the key reads, joining the one entity the reading gives (Xoʻjayev, Хўжаев; Ходжаев; found on AB and the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.8248 -> 0.8253 (the s read as z 0.8248 -> 0.8253) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-v.tsv", confusables: "confusable-pairs-v.tsv", minimumSpellings: 500, f1Floor: 0.825, maximumFalsePairs: 28,
                      knownMerges: [["uz_loc_zarafshan", "tj_loc_zeravshan_river"]]),
        // Blind table W, 3,138 spellings of 653 entities (275 people, 217 places, 161 organisations; 18 invented people),
        // by a writer who never saw the stage, to the issue's description and the same calibration rule as U and V
        // (translations, acronyms, other names, patronymic forms and added generic words in a supplement of 857
        // spellings). Made like V: each entity written once in Russian Cyrillic with its local Cyrillic and known press
        // spellings by hand, then a fixed sample of the press's, passports', German, French, Ukrainian, Kazakh Latin,
        // Uzbek, Kyrgyz and Tajik romanisations generated by the writer's own rules; surname-only forms kept in (270),
        // and strings two entities share left out of both. 183 confusable pairs. Blind at first sight on main at 62a715f
        // (the stage as at 8d2d9a7): P 0.9928, R 0.7415, F1 0.8489 (recall: people 0.672, places 0.879, organisations
        // 0.814); 35 false pairs; within the surname guard 0.9425; with its supplement 0.8442 (0.9007 within the guard);
        // 2 of its confusable pairs merged and 3 clusters of different entities, counted, not looked at.
        // rapidfuzz (token_sort_ratio, single link, oracle threshold) 0.698 with 13 confusable merges; Soundex 0.485;
        // OpenRefine's fingerprint 0.081; our keys alone 0.556.
        // Still unseen after the twelfth sitting's round on T (a head word the batch also writes joined to the name, обл. after a
        // region's name, St and Sankt as Saint, движение/фонд/общество as descriptors, a name hyphenated to a lower-case head
        // word): 0.8489 -> 0.8497 (places 0.879 -> 0.881, organisations 0.814 -> 0.818; 0.9432 within the surname guard); false
        // pairs and merges unchanged.
        // Unchanged, still unseen, by a soft sign's apostrophe ending a given name (Igor' Sechin, Lyubov' Sobol', Aigul'
        // Isakova) goes on the name when no single quote is open (fitted to a generated breadth table, not to a gold one).
        // Unchanged, still unseen, by a Ukrainian region noun's -щина read in its Russian-form, German, French, ISO 9 and
        // GOST B romanisations (Kievshchina, Poltawschtschina, Poltavchtchina; fitted to a generated breadth table).
        // Unchanged, still unseen, by Kazakh Latin of 2018 read as a spelling style (ý for у after a vowel, ı for и; Máýlen
        // Áshimbaev, Aqtaý; fitted to a generated breadth table).
        // Unchanged, still unseen, by ISO 9 read as a spelling style (â û ŝ for я ю щ; Vâčeslav, Ûŝenko; fitted to a
        // generated breadth table).
        // Still unseen after a nationality before one capitalised word that is no title, role, place, region or surname is
        // a name written apart (Kyrgyz Telecom as Kyrgyztelecom, Tajik Air as Tajikair; fitted to a generated breadth
        // table): 0.8497 -> 0.8500, false pairs and merges unchanged.
        // Unchanged, still unseen, by a final -eff read as -ев after a letter the key reads as a class (Karatcheff,
        // Patroucheff; fitted to a generated breadth table).
        // Unchanged, still unseen, by a nationality before one capitalised word with a weak surname ending (-in, -ina) is a
        // brand written apart too (Kyrgyz Altyn as Kyrgyzaltyn; fitted to a generated breadth table).
        // Unchanged, still unseen, by a land named in -stan written bare joins its republic (Tatarstan, Republic of Tatarstan; Kyrgyzstan, Кыргызская Республика; fitted to U): 0.8500.
        // Unchanged, still unseen, by и before я before a vowel keeps its i in the key (Мирзияев is not Мирзаев; fitted to U's Mirziyayev): 0.8500, false pairs unchanged.
        // Unchanged, still unseen, by a one-word club's abbreviation before or after its name is one club (FC Astana, Astana FC; fitted to U): 0.8500.
        // Unchanged, still unseen, by a nationality of organisation-adjectives.txt before a republic's descriptor is the republic's name (Kyrgyz Republic; fitted to U): 0.8500.
        // Still unseen after an outlet written as its web address is one name, a country's ending part of it and a generic one not (Kun.uz, Gazeta.uz and Gazeta.ru; fitted to a generated breadth table): 0.8500 -> 0.8503, false pairs and merges unchanged.
        // Unchanged, still unseen, by a republic named with its people's adjective joins its land named in -ia on the people's name (Chuvash Republic, Chuvashia; fitted to a generated breadth table).
        // Unchanged, still unseen, by an adjective in -sk- before an acronym names a plant or works, not a person (Рогунская ГЭС; fitted to a generated breadth table).
        // Still unseen after an adjective in -sk- and nouns is a newspaper's or works' name (Українська правда, Komsomolskaya Pravda; fitted to a generated breadth table): 0.8503 -> 0.8509 (0.9438 -> 0.9444 within the surname guard), false pairs and merges unchanged.
        // Still unseen after a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег
        // Кравец), a person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place
        // inside a longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.8509 -> 0.8632 (0.9444
        // -> 0.9570 within the surname guard), false pairs and merges unchanged.
        // Still unseen after said moved from never-names.txt to common-words.txt: capitalised inside a sentence it is
        // the given name Said (Said Abdullo Nuri, Said Karimov), at a sentence's start still the verb (fitted to V):
        // 0.8632 -> 0.8650 (0.9570 -> 0.9585 within the surname guard), false pairs and merges unchanged.
        // Still unseen after railways, the post and the truth of newspapers' titles as concepts of organisation-
        // concepts.txt, whose transliterated words keep a name in sentence case whole (Uzbekiston temir yo'llari, Novaya
        // pochta, Ukrainskaya pravda; fitted to V): 0.8650 -> 0.8661 (0.9585 -> 0.9596 within the surname guard), false
        // pairs and merges unchanged.
        // Still unseen after a short transliterated word of institutions (Kazakh and Kyrgyz жолы, жолу under railways, Uzbek havo under a new airline concept) keeps a name in sentence case whole beside a longer one (Qazaqstan temir joly, O'zbekiston havo yo'llari; fitted to a generated breadth table): 0.8661 -> 0.8666 (0.9596 -> 0.9601 within the surname guard), false pairs and merges unchanged.
        // Unchanged, still unseen, by a nationality before capitalised words one of which transliterates the region's vocabulary of institutions, none ending like a surname, is the body's name (Kyrgyz Temir Zholu, Uzbek Havo Yo'llari; not Kyrgyz Temir Sariyev; fitted to a generated breadth table): 0.8666.
        // Still unseen after a lone word with only a weak surname ending (-ka, -in) before a lower-case head word of organisation-heads.txt is a company's name (Asaka bank; not Sarybaev bank or Aibek Turonka bank; fitted to a generated breadth table): 0.8666 -> 0.8670 (0.9601 -> 0.9606 within the surname guard), false pairs and merges unchanged.
        // Released to the tuners at the start of the fifteenth sitting (2026-11-23), unseen for three sittings, at
        // P 0.9930, R 0.7694, F1 0.8670 (recall: people 0.706, places 0.881, organisations 0.867); 35 false pairs; 0.9606
        // within the surname guard. Its counted merges, two confusable pairs in three clusters, are now named: Alma-Ata /
        // Almaty and Kustanai / Kostanay (each a renamed city and its new name), and Kyrgyzstan's party Ata-Meken / Kazakhstan's
        // chamber of entrepreneurs Atameken (two organisations of one name in two countries).
        // 0.8670 -> 0.8757 (0.9606 -> 0.9695 within the surname guard) after the German adjective
        // endings -kaja, -koje mark a word German, German tz is ц, an initial K. or S. stands for a Kh- or Sh- name,
        // and a place's or organisation's word of five or six letters is read with the ambiguous German s (Talasskaja
        // oblast, K. Nurmagomedov, Kasan; fitted to W), false pairs and merges unchanged.
        // 0.8757 -> 0.8761 after a described place's adjective written the German way without a marker letter is read in that style, its descriptor and stem kept (Donezka oblast, Donetska oblast; fitted to a generated breadth table) (0.9695 -> 0.9698 within the surname guard), false pairs and merges unchanged.
        // 0.8761 -> 0.8769 after a place or organisation of five letters joins across the vowel of its last closed syllable, the Ukrainian і for the Russian е or о (Irpin, Irpen; fitted to a generated breadth table) (0.9698 -> 0.9706 within the surname guard), false pairs and merges unchanged.
        // 0.8769 -> 0.8773 after a town on its river written with spaces is the hyphenated town (Rostov na Donu, Komsomolsk na Amure; not where the article writes na as a word, nor a surname in -ov before a longer place; fitted to a generated breadth table) (0.9706 -> 0.9710 within the surname guard), false pairs and merges unchanged.
        // Seventeenth sitting, second round: 0.8773 -> 0.8784 (0.9710 -> 0.9721 within the surname guard; places 0.925 -> 0.927) after Kyrgyz and Kazakh ң written ng in Latin read as the Russian н to join the one entity that reading gives, where the entity is written in Latin only (Song-Kol, Сон-Куль; Kenges Rakishev, Кенес Ракишев; found by counting causes across all released tables: 38 missed pairs in 9 tables), false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.8784 -> 0.8789 (0.9721 -> 0.9727 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Eighteenth sitting: 0.8789 -> 0.8794 after a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty); false pairs 35 -> 29 (the Almaty / Alma-Ata merge gone).
        // Twentieth sitting: 0.8794 -> 0.8798 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, second round: 0.8798 -> 0.8800 (0.9736 -> 0.9738 within the surname guard) after German sch read as сх as well as ш or ж, joining the one entity of the batch it can stand for and neither beside two (Aschat Oralow, Askhat Oralov; found on the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.8800 -> 0.8804 (the s read as z 0.8800 -> 0.8804) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        // Twenty-third sitting: 0.8804 -> 0.8807 after a country's own name first in a Turkic name of general vocabulary ending in the possessive is the state's, as its formal name there is (Oʻzbekiston Milliy banki, Қазақстан Халық партиясы: the bank and party of Uzbekistan, Kazakhstan), and a lower-case Latin word spelt as the region's vocabulary and not as English's, right before a transliterated word of it, stays in the name (Xalq demokratik partiyasi, Tashqi ishlar vazirligi; found on AD), false pairs and merges unchanged.
        // Twenty-eighth sitting: 0.8807 -> 0.8811 after German j after tsch or ch is the soft sign before a vowel, as after any other consonant (spelling-styles.txt: Rybatschje is Rybachye, Рыбачье; found on AI and AG), false pairs and merges unchanged.
        // Thirty-first sitting, third change: 0.8811 -> 0.8817 (people 0.712 -> 0.714; 0.9750 -> 0.9756 within the surname guard) after a surname made of a father's name written first, before a given name (Момышулы Бауыржан, Momyshuly Bauyrzhan: a patronymic's ending first, no strong surname ending after it), is read in the register's order as the surname (NameDetector.personForm; it had been keyed as a lone surname, the given name; found on AL), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-w.tsv", confusables: "confusable-pairs-w.tsv", minimumSpellings: 500, f1Floor: 0.8816, maximumFalsePairs: 29,
                      knownMerges: [["kz_loc_kostanay", "kz_loc_kustanai"],
                                    ["kg_org_ata_meken", "kz_org_atameken"]]),
        // Blind table X, 3,242 spellings of 709 entities (281 people, 255 places, 173 organisations), by a writer who
        // never saw the stage, to the issue's description and the same calibration rule as U, V and W (translations,
        // acronyms, other names, patronymic forms and added generic words in a supplement of 234 spellings). Renamed
        // places and parties are separate entities, and regions that kept a city's old name their own; bare surnames
        // go to the best-known bearer; 261 confusable pairs, every pair sharing a surname or a place word. Blind at
        // first sight on main at 364ec90 (the stage as at e26b1a8): P 0.9897, R 0.7076, F1 0.8252 (recall: people
        // 0.621, places 0.837, organisations 0.783); 54 false pairs; within the surname guard 0.9361; with its
        // supplement 0.7854 (0.8902 within the guard); 4 of its confusable pairs merged and 4 clusters of different
        // entities, counted, not looked at. rapidfuzz (token_sort_ratio, single link, oracle threshold) 0.716 with 24
        // confusable merges; Soundex 0.504; OpenRefine's fingerprint 0.036; our keys alone 0.594.
        // Unchanged, still unseen, by the thirteenth sitting's round on U (a land in -stan written bare joins its republic, и
        // before я before a vowel keeps its i, a one-word club's abbreviation on either side, a nationality before a republic's
        // descriptor; fitted to U).
        // Still unseen after an outlet written as its web address is one name, a country's ending part of it and a generic one not (Kun.uz, Gazeta.uz and Gazeta.ru; fitted to a generated breadth table): 0.8252 -> 0.8270, but false pairs 54 -> 56 (the confusable pairs and clusters of different entities counted unchanged); its ceiling raised to record the loss, not to hide it.
        // Unchanged, still unseen, by a republic named with its people's adjective joins its land named in -ia on the people's name (Chuvash Republic, Chuvashia; fitted to a generated breadth table).
        // Unchanged, still unseen, by an adjective in -sk- before an acronym names a plant or works, not a person (Рогунская ГЭС; fitted to a generated breadth table).
        // Still unseen after an adjective in -sk- and nouns is a newspaper's or works' name (Українська правда, Komsomolskaya Pravda; fitted to a generated breadth table): 0.8270 -> 0.8279 (0.9379 -> 0.9389 within the surname guard), false pairs and merges unchanged.
        // Still unseen after a name read as no person joins its words with the first moved to the end (Кравец Олег, Олег
        // Кравец), a person read in both orders is one (Ковальчук Алина, Алина Ковальчук), and a one-word lexicon place
        // inside a longer name is its canonical form (Dynamo Kiev, Dynamo Kyiv; fitted to V): 0.8279 -> 0.8297 (0.9389
        // -> 0.9407 within the surname guard), false pairs and merges unchanged.
        // Still unseen after said moved from never-names.txt to common-words.txt: capitalised inside a sentence it is
        // the given name Said (Said Abdullo Nuri, Said Karimov), at a sentence's start still the verb (fitted to V):
        // 0.8297 -> 0.8299 (0.9407 -> 0.9409 within the surname guard), false pairs and merges unchanged.
        // Still unseen after railways, the post and the truth of newspapers' titles as concepts of organisation-
        // concepts.txt, whose transliterated words keep a name in sentence case whole (Uzbekiston temir yo'llari, Novaya
        // pochta, Ukrainskaya pravda; fitted to V): 0.8299 -> 0.8302 (0.9409 -> 0.9411 within the surname guard), false
        // pairs and merges unchanged.
        // Unchanged, still unseen, by a short transliterated word of institutions (Kazakh and Kyrgyz жолы, жолу under railways, Uzbek havo under a new airline concept) keeps a name in sentence case whole beside a longer one (Qazaqstan temir joly, O'zbekiston havo yo'llari; fitted to a generated breadth table).
        // Still unseen after a nationality before capitalised words one of which transliterates the region's vocabulary of institutions, none ending like a surname, is the body's name (Kyrgyz Temir Zholu, Uzbek Havo Yo'llari; not Kyrgyz Temir Sariyev; fitted to a generated breadth table): 0.8302 -> 0.8307 (0.9411 -> 0.9417 within the surname guard), false pairs and merges unchanged.
        // Unchanged, still unseen, by a lone word with only a weak surname ending (-ka, -in) before a lower-case head word of organisation-heads.txt is a company's name (Asaka bank; not Sarybaev bank or Aibek Turonka bank; fitted to a generated breadth table): 0.8307.
        // Still unseen after the German adjective endings -kaja, -koje mark a word German, German tz is ц, an initial
        // K. or S. stands for a Kh- or Sh- name, and a place's or organisation's word of five or six letters is read
        // with the ambiguous German s (Talasskaja oblast, K. Nurmagomedov, Kasan; fitted to W): 0.8307 -> 0.8327
        // (0.9417 -> 0.9437 within the surname guard), false pairs and merges unchanged.
        // Unchanged, still unseen, by a described place's adjective written the German way without a marker letter is read in that style, its descriptor and stem kept (Donezka oblast, Donetska oblast; fitted to a generated breadth table): 0.8327.
        // Still unseen after a place or organisation of five letters joins across the vowel of its last closed syllable, the Ukrainian і for the Russian е or о (Irpin, Irpen; fitted to a generated breadth table): 0.8327 -> 0.8332 (0.9437 -> 0.9443 within the surname guard), false pairs and merges unchanged.
        // Unchanged, still unseen, by a town on its river written with spaces is the hyphenated town (Rostov na Donu, Komsomolsk na Amure; not where the article writes na as a word, nor a surname in -ov before a longer place; fitted to a generated breadth table): 0.8332.
        // Still unseen after a marked German spelling still apart is read again with the ц of the English key and a t before s as its ambiguous s, joining the one entity it can stand for (Schachtar Donezk, Shakhtar Donetsk; Rostselmasch, Rostselmash; fitted to a generated breadth table): 0.8332 -> 0.8349 (0.9443 -> 0.9461 within the surname guard), false pairs and merges unchanged.
        // Released to the tuners at the start of the sixteenth sitting (2026-11-23), unseen for three sittings, at P 0.9896,
        // R 0.7221, F1 0.8349 (recall: people 0.626, places 0.848, organisations 0.853); 0.9461 within the surname guard;
        // 56 false pairs. Its four counted merges, named at release: Almaty and Alma-Ata (a renamed city and its new name,
        // as in W), and three names two countries' bodies share, each written its own country's way: Kyrgyzstan's party
        // Ak Jol and Kazakhstan's Ak Zhol, Uzbekistan's parliament Oliy Majlis and Tajikistan's Majlisi Oli, and the
        // Kazakh service Azattyq and the Kyrgyz service Azattyk.
        // 0.8349 -> 0.8353 (organisations 0.853 -> 0.857; 0.9461 -> 0.9464 within the surname guard) after a country's ending in lower case after a space is the web address retyped as words (Kun uz, Vlast kz, Власть кз; fitted to X), false pairs and merges unchanged.
        // 0.8353 -> 0.8356 (organisations 0.857 -> 0.861; 0.9464 -> 0.9467 within the surname guard) after a Latin brand name's c before e, i or y is read as the English s, joining the one entity it gives where no spelling of the entity is in another script (Kcell, Кселл; Ucell, Юселл; Tcell, Тселл; fitted to a generated breadth table), false pairs and merges unchanged.
        // 0.8356 -> 0.8359 after a numeral after a one-word name, spaced or hyphened, is part of it and of its key (Rustavi 2, Rustavi-2, Рустави-2; Group 24, Группа-24; Dnipro-1, Дніпро-1), kept out of the style readings and the one-edit join (Semipalatinsk-21 is not Semipalatinsk); false pairs and merges unchanged.
        // Seventeenth sitting, second round: 0.8359 -> 0.8373 (0.9470 -> 0.9485 within the surname guard; places 0.848 -> 0.855) after Kyrgyz and Kazakh ң written ng in Latin read as the Russian н to join the one entity that reading gives, where the entity is written in Latin only (Song-Kol, Сон-Куль; Kenges Rakishev, Кенес Ракишев; found by counting causes across all released tables: 38 missed pairs in 9 tables), false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.8373 -> 0.8381 (0.9485 -> 0.9493 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.8381 -> 0.8383 (0.9493 -> 0.9495 within the surname guard) after an Uzbek or Tajik yo (ё) in a Latin name read as the Russian я (ya) to join the one entity that reading gives, where the entity is written in Latin or Tajik or Uzbek Cyrillic only (Ikhtiyor, Ikhtiyar; Ziyoyev, Ziyayev), false pairs and merges unchanged.
        // Eighteenth sitting: 0.8383 -> 0.8390 after a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty); false pairs 56 -> 40 (Alma-Aty still joins Almaty on its key).
        // Eighteenth sitting, second round: 0.8390 -> 0.8403, false pairs 40 -> 20 (the Majlisi Oli / Oliy Majlis merge gone) after a head noun's -i first is the Tajik izafet and last the Uzbek possessive: an organisation-vocabulary word ending in -i before a proper word reads as Tajikistan's, not Uzbekistan's (Majlisi Oli against Oli Majlis), and a name with such a word (or its respelling's key: Madzhlisi, Маҷлиси) is not rotated as a person written surname first (Majlisi Oli against Oliy Majlisi).
        // Twentieth sitting: 0.8403 -> 0.8412 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, second round: 0.8412 -> 0.8416 after a German tsch still apart read as т before ш or ж as well as ч in the loose pass of the marked joins, where the German s marks the name (Bakytschan Sagintajew, Bakytzhan Sagintayev; found on the sitting's second tuner table), false pairs and merges unchanged.
        // Twentieth sitting, third round: 0.8416 -> 0.8418 after an organisation's words in Latin read by their key as the Russian or local word they transliterate (Ministerstvo finansov, Natsionalnyi bank) and the Turkic languages' state named first in the genitive read as a country's tail (Қазақстан Республикасының Қаржы министрлігі), with the Tajik and Uzbek Cyrillic organisation vocabulary extended (found on the sitting's organisations table), false pairs and merges unchanged.
        // Twenty-first sitting, second round: 0.8418 -> 0.8424 after Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well as the у the key reads, joining the one entity the reading gives (Xoʻjayev, Хўжаев; Ходжаев; found on AB and the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.8424 -> 0.8461 (the ө and ү readings 0.8424 -> 0.8451; the s read as z 0.8451 -> 0.8461) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-x.tsv", confusables: "confusable-pairs-x.tsv", minimumSpellings: 500, f1Floor: 0.846, maximumFalsePairs: 20,
                      knownMerges: [["kz_loc_alma_ata", "kz_loc_almaty"], ["kg_org_ak_jol", "kz_org_ak_zhol_kz"],
                                    ["kg_org_azattyk", "kz_org_azattyq_kz"]]),
        // Blind table Y, 3,386 spellings of 657 entities (274 people, 210 places, 173 organisations; 45 invented people),
        // by a writer who never saw the stage, to the issue's description and the same calibration rule as U to X
        // (translations, acronyms, other names, patronymic forms and added generic words in a supplement of 359
        // spellings). Written by hand per country, with the press's, German, French and local Latin spellings generated
        // by the writer's own romanisation rules (at most six per person); a generated spelling two entities would share
        // left out of both, so relatives and namesakes have no surname-only form; renamed places and parties separate
        // entities; 209 confusable pairs, every pair sharing a surname or a place or organisation word. Blind at first
        // sight on main at 4c06768 (the stage as at e433e2f): P 0.9975, R 0.7038, F1 0.8253 (recall: people 0.579,
        // places 0.892, organisations 0.844); 14 false pairs; within the surname guard 0.9525; with its supplement
        // 0.7691 (0.8738 within the guard); 3 of its confusable pairs merged and 3 clusters of different entities,
        // counted, not looked at. rapidfuzz (token_sort_ratio, single link, oracle threshold) 0.713 with 12 confusable
        // merges; Soundex 0.512; OpenRefine's fingerprint 0.033; our keys alone 0.600.
        // Still unseen after the fourteenth sitting's round on V (a person written surname first joins the given-name-first
        // order, Кравец Олег, Олег Кравец; a one-word lexicon place inside a longer name is its canonical form, Dynamo Kiev,
        // Dynamo Kyiv; a capitalised Said inside a sentence a given name; railways, the post and a newspaper's pravda as
        // organisation concepts): 0.8253 -> 0.8287 (R 0.7038 -> 0.7087; people 0.579 -> 0.585, organisations 0.844 ->
        // 0.855; 0.9525 -> 0.9558 within the surname guard), false pairs and merges unchanged.
        // Unchanged, still unseen, by a short transliterated word of institutions (Kazakh and Kyrgyz жолы, жолу under railways, Uzbek havo under a new airline concept) keeps a name in sentence case whole beside a longer one (Qazaqstan temir joly, O'zbekiston havo yo'llari; fitted to a generated breadth table).
        // Still unseen after a nationality before capitalised words one of which transliterates the region's vocabulary of institutions, none ending like a surname, is the body's name (Kyrgyz Temir Zholu, Uzbek Havo Yo'llari; not Kyrgyz Temir Sariyev; fitted to a generated breadth table): 0.8287 -> 0.8292 (0.9558 -> 0.9563 within the surname guard), false pairs and merges unchanged.
        // Still unseen after a lone word with only a weak surname ending (-ka, -in) before a lower-case head word of organisation-heads.txt is a company's name (Asaka bank; not Sarybaev bank or Aibek Turonka bank; fitted to a generated breadth table): 0.8292 -> 0.8294 (0.9563 -> 0.9565 within the surname guard), false pairs and merges unchanged.
        // Still unseen after the German adjective endings -kaja, -koje mark a word German, German tz is ц, an initial
        // K. or S. stands for a Kh- or Sh- name, and a place's or organisation's word of five or six letters is read
        // with the ambiguous German s (Talasskaja oblast, K. Nurmagomedov, Kasan; fitted to W): 0.8294 -> 0.8326
        // (0.9565 -> 0.9598 within the surname guard), false pairs and merges unchanged.
        // Still unseen after a described place's adjective written the German way without a marker letter is read in that style, its descriptor and stem kept (Donezka oblast, Donetska oblast; fitted to a generated breadth table): 0.8326 -> 0.8330 (0.9598 -> 0.9602 within the surname guard), false pairs and merges unchanged.
        // Unchanged, still unseen, by a place or organisation of five letters joins across the vowel of its last closed syllable, the Ukrainian і for the Russian е or о (Irpin, Irpen; fitted to a generated breadth table): 0.8330.
        // Unchanged, still unseen, by a town on its river written with spaces is the hyphenated town (Rostov na Donu, Komsomolsk na Amure; not where the article writes na as a word, nor a surname in -ov before a longer place; fitted to a generated breadth table): 0.8330.
        // Still unseen after a marked German spelling still apart is read again with the ц of the English key and a t before s as its ambiguous s, joining the one entity it can stand for (Schachtar Donezk, Shakhtar Donetsk; Rostselmasch, Rostselmash; fitted to a generated breadth table): 0.8330 -> 0.8337 (0.9602 -> 0.9610 within the surname guard), false pairs and merges unchanged.
        // Still unseen after a country's ending in lower case after a space is the web address retyped as words (Kun uz, Vlast kz, Власть кз; fitted to X): 0.8337 -> 0.8342 (0.9610 -> 0.9615 within the surname guard), false pairs and merges unchanged.
        // Still unseen after a Latin brand name's c before e, i or y is read as the English s, joining the one entity it gives where no spelling of the entity is in another script (Kcell, Кселл; Ucell, Юселл; Tcell, Тселл; fitted to a generated breadth table): 0.8342 -> 0.8344 (0.9615 -> 0.9617 within the surname guard), false pairs and merges unchanged.
        // Unchanged, still unseen, by a name's numeral (Rustavi 2, Rustavi-2): false pairs and merges unchanged.
        // Released to the tuners at the start of the seventeenth sitting (2026-11-23), unseen for three sittings, at P 0.9975,
        // R 0.7172, F1 0.8344; 0.9617 within the surname guard (406 surname-only spellings); 14 false pairs. Its three
        // counted merges, named at release: Almaty and Alma-Ata (the renamed city, as in W and X); the bank Tinkoff and
        // its founder Oleg Tinkov (a company named after a person, its French-style -off spelling read as his surname);
        // and the river Dnieper and the city of Dnipro (the city took the river's name: its Russian spelling `Dnepr`
        // and the river's `Dniepr` are one word respelled).
        // 0.8344 -> 0.8348 (R 0.7172 -> 0.7177; people 0.586 -> 0.587; 0.9617 -> 0.9620 within the surname guard) after a French final -yne is -ын and Alexandre is Aleksandr (Alexandre Soljenitsyne, Aleksandr Solzhenitsyn; Alexandre Kalitsyne), false pairs and merges unchanged.
        // Seventeenth sitting, second round: 0.8348 -> 0.8356 (0.9620 -> 0.9629 within the surname guard; places 0.903 -> 0.907) after Kyrgyz and Kazakh ң written ng in Latin read as the Russian н to join the one entity that reading gives, where the entity is written in Latin only (Song-Kol, Сон-Куль; Kenges Rakishev, Кенес Ракишев; found by counting causes across all released tables: 38 missed pairs in 9 tables), false pairs and merges unchanged.
        // Seventeenth sitting, third round: 0.8356 -> 0.8364 (0.9629 -> 0.9637 within the surname guard) after a Tajik u before gh (the Tajik у before ғ) in a Latin name is read as the Russian о to join the one entity that reading gives, where the entity is written in Latin or Tajik Cyrillic only (Khorugh, Хоруғ; Khorog, Хорог; Sughd, Sogd), false pairs and merges unchanged.
        // Eighteenth sitting: 0.8364 -> 0.8368 after a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty); false pairs 14 -> 8 (the Almaty / Alma-Ata merge gone).
        // Twentieth sitting: 0.8368 -> 0.8378 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, second round: 0.8378 -> 0.8380 (0.9653 -> 0.9655 within the surname guard) after German sch read as сх as well as ш or ж, joining the one entity of the batch it can stand for and neither beside two (Aschat Oralow, Askhat Oralov; found on the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-first sitting, second round: 0.8380 -> 0.8389 after Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well as the у the key reads, joining the one entity the reading gives (Xoʻjayev, Хўжаев; Ходжаев; found on AB and the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.8389 -> 0.8393 (the s read as z 0.8389 -> 0.8393) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        // Twenty-seventh sitting, second round: 0.8393 -> 0.8395 after a German Stausee is a reservoir's descriptor, tried before the lake's -see it ends in (place suffixes longest first: Kachowka-Stausee no longer a lake Kachowka-Stau), the Russian and Ukrainian square in Latin letters is a square's (ploshchad, ploshcha: Krasnaya Ploshchad) and the Ukrainian neuter adjective -ське is read as its noun (Каховське водосховище, NamePlaceStem).
        NameGoldTable(file: "variant-table-y.tsv", confusables: "confusable-pairs-y.tsv", minimumSpellings: 500, f1Floor: 0.8393, maximumFalsePairs: 8,
                      knownMerges: [["ru_org_tinkoff_bank", "ru_per_oleg_tinkov"],
                                    ["ua_loc_dnieper_river", "ua_loc_dnipro"]]),
        // Blind table Z, 2,934 spellings of 682 entities (288 people, 228 places, 166 organisations; 79 person ids marked
        // invented), by a writer who never saw the stage, to the issue's description and the same calibration rule as U
        // to Y (translations, acronyms, other names, patronymic forms and added generic words in a supplement of 398
        // spellings). Written by hand as one source line per entity with its spellings, the tables built from those
        // lines; few surname-only forms (14), so the surname guard changes little here; a designator kept where the bare
        // word is another entity (a river and its town); renamed places, parties and companies separate entities; 206
        // confusable pairs. Blind at first sight on main at 19de094 (the stage as at 02ed1e0): P 0.9936, R 0.9123, F1
        // 0.9512 (recall: people 0.956, places 0.875, organisations 0.836); 32 false pairs; within the surname guard
        // 0.9522; with its supplement 0.8800 (0.8848 within the guard); 2 of its confusable pairs merged and 2 clusters
        // of different entities, counted, not looked at. rapidfuzz (token_sort_ratio, single link, oracle threshold)
        // 0.796 with 9 confusable merges (its best, ratio with single link, 0.820 with 4); Soundex 0.610; OpenRefine's
        // fingerprint 0.039; our keys alone 0.695.
        // Still unseen after the fifteenth sitting's round on W (German -kaja/-koje mark a word German and its tz is ц; K. and S. stand for Kh- and Sh- names; a place's or organisation's word of five or six letters read with the ambiguous German s): 0.9512 -> 0.9529 (0.9522 -> 0.9539 within the surname guard; places 0.875 -> 0.884), false pairs and merges unchanged.
        // Unchanged, still unseen, by a described place's adjective written the German way without a marker letter is read in that style, its descriptor and stem kept (Donezka oblast, Donetska oblast; fitted to a generated breadth table): 0.9529.
        // Still unseen after a place or organisation of five letters joins across the vowel of its last closed syllable, the Ukrainian і for the Russian е or о (Irpin, Irpen; fitted to a generated breadth table): 0.9529 -> 0.9533 (0.9539 -> 0.9543 within the surname guard), false pairs and merges unchanged.
        // Unchanged, still unseen, by a town on its river written with spaces is the hyphenated town (Rostov na Donu, Komsomolsk na Amure; not where the article writes na as a word, nor a surname in -ov before a longer place; fitted to a generated breadth table): 0.9533.
        // Still unseen after a marked German spelling still apart is read again with the ц of the English key and a t before s as its ambiguous s, joining the one entity it can stand for (Schachtar Donezk, Shakhtar Donetsk; Rostselmasch, Rostselmash; fitted to a generated breadth table): 0.9533 -> 0.9541 (0.9543 -> 0.9551 within the surname guard), false pairs and merges unchanged.
        // Still unseen after a country's ending in lower case after a space is the web address retyped as words (Kun uz, Vlast kz, Власть кз; fitted to X): 0.9541 -> 0.9545 (0.9551 -> 0.9555 within the surname guard), false pairs and merges unchanged.
        // Still unseen after a Latin brand name's c before e, i or y is read as the English s, joining the one entity it gives where no spelling of the entity is in another script (Kcell, Кселл; Ucell, Юселл; Tcell, Тселл; fitted to a generated breadth table): 0.9545 -> 0.9546 (0.9555 -> 0.9556 within the surname guard), false pairs and merges unchanged.
        // Still unseen after a name's numeral (Rustavi 2, Rustavi-2): 0.9546 -> 0.9547 (0.9556 -> 0.9557 within the surname guard), false pairs and merges unchanged.
        // Still unseen after a French final -yne is -ын and Alexandre is Aleksandr (Alexandre Soljenitsyne, Aleksandr Solzhenitsyn; Alexandre Kalitsyne): 0.9547 -> 0.9549 (0.9557 -> 0.9559 within the surname guard), false pairs and merges unchanged.
        // Unchanged, still unseen, by the seventeenth sitting's second round (a place's Russian adjective in an organisation's general vocabulary read as the place: Ошский государственный университет, Osh State University): 0.9549 (0.9559 within the surname guard); false pairs and merges unchanged.
        // Still unseen after the seventeenth sitting's second round (Kyrgyz and Kazakh ң written ng in Latin read as the Russian н, joining the one entity the reading gives: Song-Kol, Сон-Куль): 0.9549 -> 0.9557 (0.9559 -> 0.9567 within the surname guard), false pairs and merges unchanged.
        // Still unseen after the seventeenth sitting's third round (Tajik u before gh read as the Russian о, joining the one entity the reading gives: Khorugh, Khorog): 0.9557 -> 0.9563 (0.9567 -> 0.9573 within the surname guard), false pairs and merges unchanged.
        // Unchanged, still unseen, by the seventeenth sitting's third round's Uzbek or Tajik yo read as the Russian я (Ikhtiyor, Ikhtiyar), false pairs and merges unchanged.
        // Released to the tuners at the start of the eighteenth sitting (2026-11-23), unseen for three sittings, at P 0.9936,
        // R 0.9217, F1 0.9563 (recall: people 0.958, places 0.894, organisations 0.850); 32 false pairs; 0.9573 within the
        // surname guard. Its counted merges, two confusable pairs in two clusters, are now named: Alma-Ata / Almaty (a
        // renamed city and its new name, as on W and Y), and Tajikistan's parliament Majlisi Oli / Uzbekistan's Oliy Majlis
        // (one name, "supreme assembly", in two countries' languages, as on V).
        // Eighteenth sitting: 0.9563 -> 0.9574 after a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty); false pairs 32 -> 20 (within the surname guard 0.9573 -> 0.9584; the Almaty / Alma-Ata merge gone, Majlisi Oli / Oliy Majlis left).
        // Eighteenth sitting, second round: 0.9574 -> 0.9593, false pairs 20 -> 0 (the Majlisi Oli / Oliy Majlis merge gone; no known merge left) after a head noun's -i first is the Tajik izafet and last the Uzbek possessive: an organisation-vocabulary word ending in -i before a proper word reads as Tajikistan's, not Uzbekistan's (Majlisi Oli against Oli Majlis), and a name with such a word (or its respelling's key: Madzhlisi, Маҷлиси) is not rotated as a person written surname first (Majlisi Oli against Oliy Majlisi).
        // Twentieth sitting: 0.9593 -> 0.9602 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, second round: 0.9602 -> 0.9606 after a German tsch still apart read as т before ш or ж as well as ч in the loose pass of the marked joins, where the German s marks the name (Bakytschan Sagintajew, Bakytzhan Sagintayev; found on the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-first sitting, second round: 0.9606 -> 0.9613 after Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well as the у the key reads, joining the one entity the reading gives (Xoʻjayev, Хўжаев; Ходжаев; found on AB and the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.9613 -> 0.9649 (the ө and ү readings 0.9613 -> 0.9630; the s read as z 0.9630 -> 0.9649) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        // Twenty-second sitting, second round: 0.9649 -> 0.9661 after a given name's vowel that the region's languages write differently is read as one under one surname, unless an article names both (the vowel of a closed last syllable, a, e or i: Tajik e for the Persian i, Jamshed, Jamshid; Umed, Umid; Turkic e for a, Rustem, Rustam; Nilufer, Nilufar; the joining vowel of an Arabic compound before -din and -llah: Sadriddin, Sadreddin; Rahmatullo, Rahmatillo), false pairs and merges unchanged.
        // Twenty-third sitting, second change: 0.9661 -> 0.9662 after a reservoir, a canyon or gorge, an avenue and an airport are described places of their own, which leave a bare name to the town (Toktogul Reservoir, Токтогульское водохранилище; Varzob Gorge, Варзобское ущелье; проспект Рудаки, Rudaki Avenue; аэропорт Манас, Manas Airport), and the Kyrgyz peak's чокусу is a mountain's descriptor (Ленин чокусу; found on AD), false pairs and merges unchanged.
        // Twenty-fourth sitting, third round: 0.9662 -> 0.9664 (0.9672 -> 0.9674 within the surname guard) after a two-word designator after the name describes a reservoir (Uzbek сув омбори, Kazakh су қоймасы, Kyrgyz суу сактагычы, English water reservoir; a `+` joins its words in place-descriptors.txt; found on AE), false pairs and merges unchanged.
        // Twenty-fifth sitting: 0.9664 -> 0.9665 (0.9674 -> 0.9675 within the surname guard) after a transliterated name in sentence case goes on past a lower-case word of institutions' names that alone says nothing (English bank, the region's function words sprav, korhoi, ister, the short millii), between a transliteration and a capitalised word or another transliteration (Natsionalny bank Kyrgyzskoy Respubliki, Ministerstvo zakordonnykh sprav Ukrainy, Bonki millii Tojikiston; found on AF), false pairs and merges unchanged.
        // Twenty-fifth sitting, second change: 0.9665 -> 0.9666 (0.9675 -> 0.9676 within the surname guard) after a bureau and an anti-corruption body are words of institutions' names (бюро, biuro; антикоррупционное, антикорупційне) and so is the neuter of national (национальное, національне) in organisation-concepts.txt (Natsionalne antykoruptsiine biuro Ukrainy, Национальное антикоррупционное бюро Украины; found on AF), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-z.tsv", confusables: "confusable-pairs-z.tsv", minimumSpellings: 500, f1Floor: 0.9665),
        // Blind table AA, 3,741 spellings of 639 entities (262 people, 233 places, 144 organisations; 17 invented people),
        // by a writer who never saw the stage, to the issue's description and the same calibration rule as U to Z
        // (translations, acronyms, other names, patronymic forms and added generic words in a supplement of 887
        // spellings). Each entity written as its Russian Cyrillic form with hand-written local, press, German and French
        // spellings, then transliteration variants generated by the writer's own scripts (spot-checked); surname-only
        // forms for famous people only (85), never for relatives sharing the surname; renamed places separate entities;
        // 265 confusable pairs, every pair sharing a surname or a place word. Blind at first sight on main at 4aac335 (the
        // stage as at 64321df): P 0.9981, R 0.8867, F1 0.9391 (recall: people 0.892, places 0.886, organisations 0.842);
        // 18 false pairs; within the surname guard 0.9646; with its supplement 0.8944 (0.9197 within the guard); 2 of its
        // confusable pairs merged and 2 clusters of different entities, counted, not looked at. rapidfuzz
        // (token_sort_ratio, single link, oracle threshold) 0.787 with 11 confusable merges; Soundex 0.538; OpenRefine's
        // fingerprint 0.080; our keys alone 0.608.
        // Still unseen after a country's ending in lower case after a space is the web address typed out as words (Kun uz, Vlast kz, Власть кз; fitted to X): 0.9391 -> 0.9395 (organisations 0.842 -> 0.852; 0.9646 -> 0.9650 within the surname guard), false pairs and merges unchanged.
        // Still unseen after a Latin brand name's c before e, i or y is read as the English s, joining the one entity it gives where no spelling of the entity is in another script (Kcell, Кселл; Ucell, Юселл; Tcell, Тселл; fitted to a generated breadth table): 0.9395 -> 0.9396 (0.9650 -> 0.9651 within the surname guard), false pairs and merges unchanged.
        // Unchanged, still unseen, by a name's numeral (Rustavi 2, Rustavi-2): false pairs and merges unchanged.
        // Still unseen after a French final -yne is -ын and Alexandre is Aleksandr (Alexandre Soljenitsyne, Aleksandr Solzhenitsyn; Alexandre Kalitsyne): 0.9396 -> 0.9400 (0.9651 -> 0.9654 within the surname guard), false pairs and merges unchanged.
        // Unchanged, still unseen, by the seventeenth sitting's second round (a place's Russian adjective in an organisation's general vocabulary read as the place: Ошский государственный университет, Osh State University): 0.9400 (0.9654 within the surname guard); false pairs and merges unchanged.
        // Still unseen after the seventeenth sitting's second round (Kyrgyz and Kazakh ң written ng in Latin read as the Russian н, joining the one entity the reading gives: Song-Kol, Сон-Куль): 0.9400 -> 0.9409 (0.9654 -> 0.9664 within the surname guard; places 0.886 -> 0.891), false pairs and merges unchanged.
        // Still unseen after the seventeenth sitting's third round (Tajik u before gh read as the Russian о, joining the one entity the reading gives: Khorugh, Khorog): 0.9409 -> 0.9413 (0.9664 -> 0.9668 within the surname guard), false pairs and merges unchanged.
        // Unchanged, still unseen, by the seventeenth sitting's third round's Uzbek or Tajik yo read as the Russian я (Ikhtiyor, Ikhtiyar), false pairs and merges unchanged.
        // Still unseen after the eighteenth sitting's first round (a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty)): 0.9413 -> 0.9418, false pairs 18 -> 6, counted merges unchanged.
        // Unchanged, still unseen, by the eighteenth sitting's second round's narrowing (a name joined at one vowel takes the rule only when one of its spellings joins there at a hyphen): 0.9418, false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the eighteenth sitting's second round's izafet reading (Majlisi Oli, Tajikistan's, against Oli Majlis, Uzbekistan's): F1, false pairs and counted merges unchanged.
        // Released to the tuners at the start of the nineteenth sitting (2026-11-23), unseen for three sittings, at P 0.9994,
        // R 0.8906, F1 0.9418 (recall: people 0.893, places 0.894, organisations 0.855); 6 false pairs; 0.9673 within the
        // surname guard (85 lone surnames). Its counted merges, 2 pairs in 2 clusters at first sight, had fallen to one
        // unseen (the count was tested as an upper bound only, so when is not known). The one left is now named: Kyrgyzstan's Azattyk and Kazakhstan's Azattyq,
        // Radio Liberty's two services, one word ("liberty") in two languages, as on S.
        // Twentieth sitting: 0.9418 -> 0.9426 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, second round: 0.9426 -> 0.9428 (0.9681 -> 0.9683 within the surname guard) after German sch read as сх as well as ш or ж, joining the one entity of the batch it can stand for and neither beside two (Aschat Oralow, Askhat Oralov; found on the sitting's second tuner table), false pairs and merges unchanged.
        // Twentieth sitting, second round: 0.9428 -> 0.9432 after a German tsch still apart read as т before ш or ж as well as ч in the loose pass of the marked joins, where the German s marks the name (Bakytschan Sagintajew, Bakytzhan Sagintayev; found on the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-first sitting, second round: 0.9432 -> 0.9437 after Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well as the у the key reads, joining the one entity the reading gives (Xoʻjayev, Хўжаев; Ходжаев; found on AB and the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.9437 -> 0.9469 (the ө and ү readings 0.9437 -> 0.9463; the s read as z 0.9463 -> 0.9469) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        // Twenty-second sitting, second round: 0.9469 -> 0.9472 after a given name's vowel that the region's languages write differently is read as one under one surname, unless an article names both (the vowel of a closed last syllable, a, e or i: Tajik e for the Persian i, Jamshed, Jamshid; Umed, Umid; Turkic e for a, Rustem, Rustam; Nilufer, Nilufar; the joining vowel of an Arabic compound before -din and -llah: Sadriddin, Sadreddin; Rahmatullo, Rahmatillo), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-aa.tsv", confusables: "confusable-pairs-aa.tsv", minimumSpellings: 500, f1Floor: 0.947, maximumFalsePairs: 6,
                      knownMerges: [["kg_org_azattyk", "kz_org_azattyq"]]),
        // The twentieth sitting's tuner table, 445 spellings of 73 entities (26 people, 26 places, 21 organisations, twelve
        // or so of each of the six countries), written by the names tuner before any rule of the round, by hand from the
        // press usage the writer knows, to the blind tables' calibration rule (no translated content words, acronym
        // expansions or other names), weighted toward the unseen tables' weak kinds and the round's candidates: Tajik and
        // Russian vowels (Kulob, Kulyab), Uzbek o for Russian a, Kazakh letters and Latin, Russian adjective endings, a
        // place's designator in English, a club with its city; 16 confusable pairs (relatives, namesakes, a city and its
        // region or club, two clubs of one name). First sight at 28898ef: P 1.0000, R 0.9063, F1 0.9508 (recall: people
        // 0.941, places 0.922, organisations 0.805); no false pair, no confusable merge.
        // Twentieth sitting: 0.9508 -> 0.9564 after a place's or organisation's Russian я after a consonant and before one joins the name of five letters or more written with the Tajik or Uzbek o or a there (Kulob, Kulyab; found on AA and the sitting's tuner table), false pairs and merges unchanged.
        // Twentieth sitting, second round: 0.9564 -> 0.9592 after a German tsch still apart read as т before ш or ж as well as ч in the loose pass of the marked joins, where the German s marks the name (Bakytschan Sagintajew, Bakytzhan Sagintayev; found on the sitting's second tuner table), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-tuner-s20.tsv", confusables: "confusable-pairs-tuner-s20.tsv", minimumSpellings: 400, f1Floor: 0.959),
        // The twentieth sitting's second tuner table, 239 spellings of 48 entities (20 people, 16 places, 9 organisations and
        // three traps, of the six countries), written by the names tuner before the round's rule, by hand from the press
        // usage the writer knows, to the blind tables' calibration rule: each entity's English press form beside its German,
        // French and Polish press forms (German sch, tsch, w, j, s, ch; French ou, ï, dj, ch, tch, -ine; Polish sz, cz, ż,
        // ł, w, j) and its Cyrillic form; 10 confusable pairs (relatives sharing a surname, a city and its region,
        // namesakes apart only by s and z). First sight at 606ee0a: P 1.0000, R 0.9119, F1 0.9539 (recall: people 0.899,
        // places 0.973, organisations 0.849); no false pair, no confusable merge.
        // Twentieth sitting, second round: 0.9539 -> 0.9606 (people 0.899 -> 0.923) after German sch read as сх as well as ш or ж, joining the one entity of the batch it can stand for and neither beside two (Aschat Oralow, Askhat Oralov; found on the sitting's second tuner table), false pairs and merges unchanged.
        // Twentieth sitting, second round: 0.9606 -> 0.9661 after a German tsch still apart read as т before ш or ж as well as ч in the loose pass of the marked joins, where the German s marks the name (Bakytschan Sagintajew, Bakytzhan Sagintayev; found on the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.9661 -> 0.9705 (the s read as z 0.9661 -> 0.9705) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-styles-s20.tsv", confusables: "confusable-pairs-styles-s20.tsv", minimumSpellings: 200, f1Floor: 0.970),
        // The twentieth sitting's third tuner table, 250 spellings of 50 organisations of the six countries (ministries,
        // committees, banks, courts, railways, universities, parties, an agency), written by the names tuner before the
        // round's rule, by hand from the official and press usage the writer knows: each body's English name, its official
        // Russian name, its local-language name (Kazakh, Kyrgyz, Uzbek in Latin and Cyrillic, Tajik, Ukrainian) and
        // transliterations; 18 confusable pairs (one kind of body in two countries, a ministry and its agency). First sight
        // at c413f84: P 1.0000, R 0.3640, F1 0.5337 (organisations 0.364); no false pair, no confusable merge.
        // Twentieth sitting, third round: 0.5337 -> 0.6997 (organisations 0.364 -> 0.538) after an organisation's words in Latin read by their key as the Russian or local word they transliterate (Ministerstvo finansov, Natsionalnyi bank) and the Turkic languages' state named first in the genitive read as a country's tail (Қазақстан Республикасының Қаржы министрлігі), with the Tajik and Uzbek Cyrillic organisation vocabulary extended, false pairs and merges unchanged.
        // Twenty-third sitting: 0.6997 -> 0.7383 (organisations 0.538 -> 0.585) after a country's own name first in a Turkic name of general vocabulary ending in the possessive is the state's, as its formal name there is (Oʻzbekiston Milliy banki, Қазақстан Халық партиясы: the bank and party of Uzbekistan, Kazakhstan), and a lower-case Latin word spelt as the region's vocabulary and not as English's, right before a transliterated word of it, stays in the name (Xalq demokratik partiyasi, Tashqi ishlar vazirligi; found on AD), false pairs and merges unchanged.
        // Twenty-third sitting, second round: 0.7383 -> 0.7414 after a quoted name takes the words before it that say what it is: an institution's word capitalised as the written name's first word (Агентство «Хабар»), and an adjective in -sk- before a lower-case descriptor (Демократическая партия «Миллий тикланиш», Социал-демократическая партия «Адолат»; found on AD), false pairs and merges unchanged.
        // Twenty-fifth sitting: 0.7414 -> 0.7976 after a transliterated name in sentence case goes on past a lower-case word of institutions' names that alone says nothing (English bank, the region's function words sprav, korhoi, ister, the short millii), between a transliteration and a capitalised word or another transliteration (Natsionalny bank Kyrgyzskoy Respubliki, Ministerstvo zakordonnykh sprav Ukrainy, Bonki millii Tojikiston; found on AF), false pairs and merges unchanged.
        // Twenty-ninth sitting, second change: 0.7976 -> 0.8061 after the region's languages name the state before a body's name in more of their forms (country-heads.txt: the Kazakh republic in the nominative, Қазақстан Республикасы Ұлттық қауіпсіздік комитеті; the genitive of a country's bare name, Кыргызстандын социал-демократиялык партиясы), Tajik izafet and Uzbek Cyrillic heads are words of institutions (organisation-words.txt: Бонки миллии Тоҷикистон, had been a surname-first person), and the vocabulary of organisation-concepts.txt has Kyrgyz боюнча, Kazakh жөніндегі and Uzbek bo'yicha as function words, Uzbek Cyrillic ишлар and Uzbek and Tajik sotsial, сотсиал (found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, third change: 0.8061 -> 0.8116 after a Russian or Ukrainian nationality adjective first in a body's name says its country as the English one does (organisation-adjectives.txt: Таджикский государственный университет, Кыргызский национальный университет; not the plural, whose initial an acronym keeps: Российские железные дороги, РЖД; found on AJ), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-orgs-s20.tsv", confusables: "confusable-pairs-orgs-s20.tsv", minimumSpellings: 200, f1Floor: 0.811),
        // The twenty-first sitting's second tuner table, 354 spellings of 82 entities (31 people, 35 places, 16 organisations
        // of the six countries), written by the names tuner before the round's rule, by hand from the press usage the writer
        // knows, to the blind tables' calibration rule: each entity's Russian form beside its local Latin and Cyrillic forms
        // (Uzbek x, q, oʻ; Kyrgyz ө ү; Tajik and Uzbek о for the Russian а; a Kyrgyz or Kazakh initial ы or і), its German
        // press form and organisations' case-only forms; 16 confusable pairs (a city and its region, a hyphenated town and a
        // joined one, brothers, one given name). First sight at e67d2a7: P 0.9887, R 0.8569, F1 0.9181 (recall: people 0.892,
        // places 0.897, organisations 0.697); 6 false pairs, one confusable merge: the Kyrgyz town Kara-Kul written Kara-Kol
        // (Кара-Көл) has the key of the city Karakol, which only the hyphen tells apart.
        // Twenty-first sitting, second round: 0.9181 -> 0.9237 after Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well as the у the key reads, joining the one entity the reading gives (Xoʻjayev, Хўжаев; Ходжаев), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-letters-s21.tsv", confusables: "confusable-pairs-letters-s21.tsv", minimumSpellings: 300, f1Floor: 0.923, maximumFalsePairs: 6,
                      knownMerges: [["kg_loc_kara_kul", "kg_loc_karakol"]]),
        // Blind table AB, 3,851 spellings of 605 entities (256 people, 199 places, 150 organisations; 27 invented people),
        // by a writer who never saw the stage, to the issue's description and the same calibration rule as U to AA
        // (translations, acronyms, other names, patronymic forms and added generic words in a supplement of 258
        // spellings). Each entity written as one line of its Russian and local Cyrillic forms and hand-written variants,
        // the regular forms (press and passport transliteration, German, French, the local Latin alphabets, surname
        // first) generated from the Cyrillic by the writer's own script, not every one checked against print; a lake,
        // river or region sharing a city's bare name spelled only with its designator; renamed cities separate
        // entities; five surname-only forms, so the surname guard changes little here; 188 confusable pairs, every pair
        // sharing a surname or a place word. Blind at first sight on main at 28eb2c4 (the stage as at c776ffe): P 0.9980,
        // R 0.9199, F1 0.9574 (recall: people 0.967, places 0.855, organisations 0.776); 22 false pairs; within the
        // surname guard 0.9577; with its supplement 0.9248 (0.9263 within the guard); 3 of its confusable pairs merged
        // and 3 clusters of different entities, counted, not looked at. rapidfuzz (token_sort_ratio, single link, oracle
        // threshold) 0.815 with 6 confusable merges; Soundex 0.493; OpenRefine's fingerprint 0.109; our keys alone 0.565.
        // Unchanged, still unseen, by the seventeenth sitting's round on Y (a French final -yne after a consonant read as -ын, Soljenitsyne; Alexandre the French Aleksandr): 0.9574; false pairs and merges unchanged.
        // Unchanged, still unseen, by the seventeenth sitting's second round (a place's Russian adjective in an organisation's general vocabulary read as the place: Ошский государственный университет, Osh State University): 0.9574 (0.9577 within the surname guard); false pairs and merges unchanged.
        // Still unseen after the seventeenth sitting's second round (Kyrgyz and Kazakh ң written ng in Latin read as the Russian н, joining the one entity the reading gives: Song-Kol, Сон-Куль): 0.9574 -> 0.9580 (0.9577 -> 0.9584 within the surname guard; places 0.855 -> 0.860), false pairs and merges unchanged.
        // Still unseen after the seventeenth sitting's third round (Tajik u before gh read as the Russian о, joining the one entity the reading gives: Khorugh, Khorog): 0.9580 -> 0.9586 (0.9584 -> 0.9589 within the surname guard), false pairs and merges unchanged.
        // Unchanged, still unseen, by the seventeenth sitting's third round's Uzbek or Tajik yo read as the Russian я (Ikhtiyor, Ikhtiyar), false pairs and merges unchanged.
        // Still unseen after the eighteenth sitting's first round (a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty)): 0.9586 -> 0.9590, false pairs 22 -> 10, counted merges unchanged.
        // Unchanged, still unseen, by the eighteenth sitting's second round's narrowing (a name joined at one vowel takes the rule only when one of its spellings joins there at a hyphen): 0.9590, false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the eighteenth sitting's second round's izafet reading (Majlisi Oli, Tajikistan's, against Oli Majlis, Uzbekistan's): F1, false pairs and counted merges unchanged.
        // Its counted merges read 2 pairs in 2 clusters at the start of the nineteenth sitting, not the 3 and 3 counted
        // at first sight: one was undone unseen, when is not known, as the count was then tested as an upper bound only.
        // Now the count is tested exactly.
        // Still unseen after the twentieth sitting's first round (a place's or organisation's Russian я read as the Tajik or Uzbek o or a, Kulyab, Kulob): 0.9590 -> 0.9596; its second (German sch read as сх too, German tsch as т before ш or ж): 0.9596 -> 0.9600; its third (an organisation's Latin words read by their key as the Russian or local words they spell, the state named first in the genitive): 0.9600 -> 0.9604 (organisations 0.776 -> 0.783); false pairs and counted merges unchanged.
        // Released to the tuners at the start of the twenty-first sitting, at 0.9604 (10 false pairs); its two counted merges, named now: Ata-Meken (Kyrgyz party) with Atameken (Kazakhstan's chamber of entrepreneurs), and the city of Dnipro (Днепр, Dnepr) with the Dnieper river (Dniepr, Dnjepr).
        // Twenty-first sitting: 0.9604 -> 0.9616 after the Russian and local designators in Latin letters name a place's sub-kind (Kyrgyz daryyasy and Uzbek daryosi, Tajik kuli, Russian reka and dolina: Naryn daryyasy, Kuli Sarez, Ferganskaya dolina; found on AB), false pairs and merges unchanged.
        // Twenty-first sitting, second round: 0.9616 -> 0.9624 after Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well as the у the key reads, joining the one entity the reading gives (Xoʻjayev, Хўжаев; Ходжаев; found on AB and the sitting's second tuner table), false pairs and merges unchanged.
        // Twenty-second sitting: 0.9624 -> 0.9658 (the ө and ү readings 0.9624 -> 0.9645; the s read as z 0.9645 -> 0.9658) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        // Twenty-second sitting, third round: 0.9658 -> 0.9660 (people 0.973 -> 0.974) after a final -zod is read as the surname's -zoda only after a stem of two syllables (Himmatzod, Saidzod), so a given name in -zod keeps its key (Bekzod, Sherzod) and joins its vowel variants under one surname; false pairs and merges unchanged.
        // Twenty-fourth sitting, second round: 0.9660 -> 0.9661 (0.9663 -> 0.9665 within the surname guard) after the region's other languages' designators and the abbreviated ones describe a place (Kazakh шатқалы and даңғылы, Kyrgyz капчыгайы, Uzbek хиёбони, Tajik обанбори and кӯҳҳои before the name; пр., пл., ул.), and a street is a described place of its own in every language (Tverskaya Street, улица Тверская, Тверская улица, вулиця; found on AE), false pairs and merges unchanged.
        // Twenty-seventh sitting: 0.9661 -> 0.9669 (organisations 0.783 -> 0.797; 0.9665 -> 0.9673 within the surname guard) after a market or bazaar and a cosmodrome are described places of their own, which leave a bare name to the town (place-descriptors.txt: market, bazaar, рынок, базар, Kyrgyz базары, Uzbek bozori, and the Latin bazar but as a capitalised name's first word, where it is a given name; cosmodrome, космодром, Kazakh ғарыш айлағы: Dordoi Bazaar, рынок Дордой, Dordoi market; Baikonur Cosmodrome, космодром Байконур; found on AH), false pairs and merges unchanged.
        // Twenty-seventh sitting, second round: 0.9669 -> 0.9672 after a German Stausee is a reservoir's descriptor, tried before the lake's -see it ends in (place suffixes longest first: Kachowka-Stausee no longer a lake Kachowka-Stau), the Russian and Ukrainian square in Latin letters is a square's (ploshchad, ploshcha: Krasnaya Ploshchad) and the Ukrainian neuter adjective -ське is read as its noun (Каховське водосховище, NamePlaceStem).
        // Twenty-eighth sitting: 0.9672 -> 0.9675 after German j after tsch or ch is the soft sign before a vowel, as after any other consonant (spelling-styles.txt: Rybatschje is Rybachye, Рыбачье; found on AI and AG), false pairs and merges unchanged.
        // Twenty-ninth sitting, fourth change: 0.9675 -> 0.9676 after a mountain range's English plural written bare joins the one range of its stem (NameClusterer.joinRangePlurals: Pamirs, Urals, Carpathians, Fanns with the Pamir, Ural, Carpathian, Fann Mountains; the bare stem stays apart, as often the region or a town; found on AJ), false pairs and merges unchanged.
        // Thirty-first sitting, third change: 0.9676 -> 0.9683 (people 0.975 -> 0.977; 0.9680 -> 0.9687 within the surname guard) after a surname made of a father's name written first, before a given name (Момышулы Бауыржан, Momyshuly Bauyrzhan: a patronymic's ending first, no strong surname ending after it), is read in the register's order as the surname (NameDetector.personForm; it had been keyed as a lone surname, the given name; found on AL), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-ab.tsv", confusables: "confusable-pairs-ab.tsv", minimumSpellings: 500, f1Floor: 0.9683, maximumFalsePairs: 10,
                      knownMerges: [["kg_org_ata_meken", "kz_org_atameken_npp"], ["ua_loc_dnieper_river", "ua_loc_dnipro_city"]]),
        // Blind table AC, 3,787 spellings of 690 entities (296 people, 231 places, 163 organisations; 71 invented people),
        // by a writer who never saw the stage, to the issue's description and the same calibration rule as U to AB
        // (translations, acronyms, other names, patronymic forms and added generic words in a supplement of 297
        // spellings). The writer generated the rows from compact per-country source files with a script of their own:
        // each Latin surname variant with the main given name, each given-name variant with the main surname, Cyrillic
        // surname-first forms for everyone and Latin ones for Central Asian people; renamed cities, parties and companies
        // separate entities; 27 surname-only forms; 256 confusable pairs, every pair sharing a surname or a place word
        // (47 of them found by the writer's own scan). Blind at first sight on main at 3f2927a (the stage as at
        // 0f7a933): P 0.9972, R 0.9035, F1 0.9481 (recall: people 0.930, places 0.841, organisations 0.836); 26 false
        // pairs; within the surname guard 0.9540; with its supplement 0.9097 (0.9169 within the guard); 3 of its
        // confusable pairs merged and 3 clusters of different entities, counted, not looked at. rapidfuzz
        // (token_sort_ratio, single link, oracle threshold) 0.862 with 10 confusable merges; Soundex 0.495; OpenRefine's
        // fingerprint 0.119; our keys alone 0.585.
        // Still unseen after the eighteenth sitting's first round (a name most of whose spellings join two words at one vowel (Alma-Ata, Алма-Ата, Alma Ata) takes no loose join across its vowels, so the renamed city never meets the new name (Almaty)): 0.9481 -> 0.9483, false pairs 26 -> 17, counted merges unchanged.
        // Unchanged, still unseen, by the eighteenth sitting's second round's narrowing (a name joined at one vowel takes the rule only when one of its spellings joins there at a hyphen): 0.9483, false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the eighteenth sitting's second round's izafet reading (Majlisi Oli, Tajikistan's, against Oli Majlis, Uzbekistan's): F1, false pairs and counted merges unchanged.
        // Still unseen after the twentieth sitting's first round (a place's or organisation's Russian я read as the Tajik or Uzbek o or a, Kulyab, Kulob): 0.9483 -> 0.9490; unchanged by its second (German sch read as сх too, German tsch as т before ш or ж) and third (an organisation's Latin words read by their key as the Russian or local words they spell, the state named first in the genitive); false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-first sitting's first round (the Russian and local designators in Latin letters, Naryn daryyasy, reka Talas); still unseen after its second (Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well: Xoʻjayev, Ходжаев): 0.9490 -> 0.9504; unchanged by its third (comments only); false pairs and counted merges unchanged.
        // Released to the tuners at the start of the twenty-second sitting, at 0.9504 (17 false pairs); its three counted merges, named now: the Kyrgyz party Ak Jol with Kazakhstan's Ak Zhol, Almaty with its old name written Alma-Aty, and the city of Dnipro (Днепр) with the Dnieper river (Dnjepr, Dniepr).
        // Twenty-second sitting: 0.9504 -> 0.9562 (the ө and ү readings 0.9504 -> 0.9533; the s read as z 0.9533 -> 0.9562; 0.9563 -> 0.9622 within the surname guard; places 0.845 -> 0.868, people 0.934 -> 0.941) after Kyrgyz ө and ү are read as the Russian form writes them in a row whose Cyrillic spellings agree on the hyphen though a Latin one joins the words (Issyk-Köl, Issyk-Kul beside Issykkul), readings that gave two entities are tried again once the others have joined (Özgön reads as Uzgön and Uzgen, which Uzgön joins), and a Latin s where Russian hears з (between vowels, after l, m, n, r or j before a vowel, after a vowel before b, d or g) is read as z too (Almasbek, Almazbek; Rosa, Roza; Rasulsoda, Rasulzoda), each joining the one entity the reading gives; found on AC, false pairs and merges unchanged.
        // Twenty-second sitting, second round: 0.9562 -> 0.9564 (organisations 0.836 -> 0.841; 0.9622 -> 0.9623 within the surname guard) after им. and ім. (имени, імені abbreviated) are taken with their period inside a Cyrillic institution's name and keyed as the full word (Казахский национальный университет им. аль-Фараби, ... имени аль-Фараби; found on AC, R, T and N), false pairs and merges unchanged.
        // Twenty-second sitting, second round: 0.9564 -> 0.9588 (people 0.941 -> 0.948; 0.9623 -> 0.9647 within the surname guard) after a given name's vowel that the region's languages write differently is read as one under one surname, unless an article names both (the vowel of a closed last syllable, a, e or i: Tajik e for the Persian i, Jamshed, Jamshid; Umed, Umid; Turkic e for a, Rustem, Rustam; Nilufer, Nilufar; the joining vowel of an Arabic compound before -din and -llah: Sadriddin, Sadreddin; Rahmatullo, Rahmatillo), false pairs and merges unchanged.
        // Twenty-second sitting, third round: 0.9588 -> 0.9591 (0.9647 -> 0.9650 within the surname guard) after a final -zod is read as the surname's -zoda only after a stem of two syllables (Himmatzod, Saidzod), so a given name in -zod keeps its key and joins its vowel variants under one surname (Bekzod, Bekzad); false pairs and merges unchanged.
        // Twenty-third sitting, second change: 0.9591 -> 0.9592 (places 0.868 -> 0.870; 0.9650 -> 0.9652 within the surname guard) after a reservoir, a canyon or gorge, an avenue and an airport are described places of their own, which leave a bare name to the town (Toktogul Reservoir, Токтогульское водохранилище; Varzob Gorge, Варзобское ущелье; проспект Рудаки, Rudaki Avenue; аэропорт Манас, Manas Airport), and the Kyrgyz peak's чокусу is a mountain's descriptor (Ленин чокусу; found on AD), false pairs and merges unchanged.
        // Twenty-fourth sitting, third round: 0.9592 -> 0.9594 (0.9652 -> 0.9653 within the surname guard) after a two-word designator after the name describes a reservoir (Uzbek сув омбори, Kazakh су қоймасы, Kyrgyz суу сактагычы, English water reservoir; a `+` joins its words in place-descriptors.txt; found on AE), false pairs and merges unchanged.
        // Twenty-sixth sitting, second round: 0.9594 -> 0.9596 (0.9653 -> 0.9655 within the surname guard) after whom an institution is named after, after имени, імені, imeni, им. or before атындағы, атындагы, nomidagi, номидаги, is in its span and not its organisation key, and its initials make no acronym (Казахский национальный университет имени …, … атындағы Қазақ ұлттық университеті joining the names without it; found on AG, AD, AE), false pairs and merges unchanged.
        // Twenty-seventh sitting: 0.9596 -> 0.9599 (organisations 0.846 -> 0.853; 0.9655 -> 0.9658 within the surname guard) after a market or bazaar and a cosmodrome are described places of their own, which leave a bare name to the town (place-descriptors.txt: market, bazaar, рынок, базар, Kyrgyz базары, Uzbek bozori, and the Latin bazar but as a capitalised name's first word, where it is a given name; cosmodrome, космодром, Kazakh ғарыш айлағы: Dordoi Bazaar, рынок Дордой, Dordoi market; Baikonur Cosmodrome, космодром Байконур; found on AH), false pairs and merges unchanged.
        // Twenty-seventh sitting, second round: 0.9599 -> 0.9600 after a German Stausee is a reservoir's descriptor, tried before the lake's -see it ends in (place suffixes longest first: Kachowka-Stausee no longer a lake Kachowka-Stau), the Russian and Ukrainian square in Latin letters is a square's (ploshchad, ploshcha: Krasnaya Ploshchad) and the Ukrainian neuter adjective -ське is read as its noun (Каховське водосховище, NamePlaceStem).
        NameGoldTable(file: "variant-table-ac.tsv", confusables: "confusable-pairs-ac.tsv", minimumSpellings: 500, f1Floor: 0.9598, maximumFalsePairs: 17,
                      knownMerges: [["kg_org_ak_jol", "kz_org_ak_zhol_kz"], ["kz_loc_almaty", "kz_loc_alma_ata"], ["ua_loc_dnipro", "ua_loc_dnieper_river"]]),
        // Blind table AD, 3,858 spellings of 690 entities (295 people, 230 places, 165 organisations; 60 invented people),
        // by a writer who never saw the stage (a second writer: the first table AD, written in the nineteenth sitting,
        // was lost with that machine before it was integrated), to the issue's description and the same calibration rule
        // as U to AC (translations, acronyms, other names, patronymic forms and added designators in a supplement of 2,489
        // spellings). The writer generated the rows with transliteration systems of their own (English press, BGN,
        // passport, scholarly, German, French, Polish, Turkish, Kazakh 2021 Latin, Uzbek and Tajik Latin, Ukrainian
        // 2010), more of them for prominent people; renamed cities, parties and companies separate entities; an
        // organisation's own English name and its official Russian and local-language names in the main table; surname-only
        // forms where no namesake is in the set; 300 confusable pairs (235 from the writer's own scan). Blind at first
        // sight on main at f093baa (the stage as at e45109b): P 0.9998, R 0.8090, F1 0.8944 (recall: people 0.852, places
        // 0.785, organisations 0.528); 2 false pairs; within the surname guard 0.9357; with its supplement 0.8240 (0.8558
        // within the guard); 1 of its confusable pairs merged and 1 cluster of different entities, counted, not looked at.
        // rapidfuzz (token_sort_ratio, single link, oracle threshold) 0.677 with 92 confusable merges; Soundex 0.373;
        // OpenRefine's fingerprint 0.107; our keys alone 0.414.
        // Still unseen after the twentieth sitting's first round (a place's or organisation's Russian я read as the Tajik or Uzbek o or a, Kulyab, Kulob): 0.8944 -> 0.8946; unchanged by its second (German sch read as сх too, German tsch as т before ш or ж); after its third (an organisation's Latin words read by their key as the Russian or local words they spell, the state named first in the genitive): 0.8946 -> 0.8974 (organisations 0.528 -> 0.575); false pairs and the counted merge unchanged.
        // Still unseen after the twenty-first sitting's first round (the Russian and local designators in Latin letters, Naryn daryyasy, reka Talas): 0.8974 -> 0.8978; unchanged by its second (Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well) and third (comments only); false pairs and counted merges unchanged.
        // Still unseen after the twenty-second sitting's first round (Kyrgyz ө and ү read as the Russian form writes them, the hyphen guard settled by a row's Cyrillic spellings, readings retried in rounds: Issyk-Köl, Issyk-Kul; a Latin s where Russian hears з read as z too: Almasbek, Almazbek; им. and ім. as имени and імені): 0.8978 -> 0.8995 (0.9392 -> 0.9410 within the surname guard), false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-second sitting's second round (a given name's vowel the region's languages write differently read as one under one surname, unless an article names both: Jamshed, Jamshid; Rustem, Rustam; Sadriddin, Sadreddin): 0.8995; false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-second sitting's third round (a final -zod read as the surname's -zoda only after a stem of two syllables, so Bekzod keeps its key; the given-name vowel reading counts only a key's vowels): 0.8995; false pairs and counted merges unchanged.
        // Released to the tuners at the start of the twenty-third sitting, at 0.8995 (2 false pairs; 0.9410 within the surname guard); its counted merge, named now: the city of Dnipro written Днепр with the Dnieper river (Dnjepr, Dniepr), the key's own pair as on AC.
        // Twenty-third sitting: 0.8995 -> 0.9023 (organisations 0.575 -> 0.621; 0.9410 -> 0.9437 within the surname guard) after a country's own name first in a Turkic name of general vocabulary ending in the possessive is the state's, as its formal name there is (Oʻzbekiston Milliy banki, Қазақстан Халық партиясы: the bank and party of Uzbekistan, Kazakhstan), and a lower-case Latin word spelt as the region's vocabulary and not as English's, right before a transliterated word of it, stays in the name (Xalq demokratik partiyasi, Tashqi ishlar vazirligi; found on AD), false pairs and merges unchanged.
        // Twenty-third sitting, second change: 0.9023 -> 0.9036 (places 0.792 -> 0.805; 0.9437 -> 0.9451 within the surname guard) after a reservoir, a canyon or gorge, an avenue and an airport are described places of their own, which leave a bare name to the town (Toktogul Reservoir, Токтогульское водохранилище; Varzob Gorge, Варзобское ущелье; проспект Рудаки, Rudaki Avenue; аэропорт Манас, Manas Airport), and the Kyrgyz peak's чокусу is a mountain's descriptor (Ленин чокусу; found on AD), false pairs and merges unchanged.
        // Twenty-third sitting, third change: 0.9036 -> 0.9042 (people 0.856 -> 0.857; 0.9451 -> 0.9457 within the surname guard) after a woman's Russian surname written in the man's form joins her full name under the same given name ending in a (Raisa Gorbachev, Raisa Gorbacheva; Naina Yeltsin, Naina Yeltsina; found on AD, R and S), false pairs and merges unchanged.
        // Twenty-third sitting, second round: 0.9042 -> 0.9048 (organisations 0.621 -> 0.630; 0.9457 -> 0.9462 within the surname guard) after a quoted name takes the words before it that say what it is: an institution's word capitalised as the written name's first word (Агентство «Хабар»), and an adjective in -sk- before a lower-case descriptor (Демократическая партия «Миллий тикланиш», Социал-демократическая партия «Адолат»; found on AD), false pairs and merges unchanged.
        // Twenty-fourth sitting: 0.9048 -> 0.9054 (organisations 0.630 -> 0.640; 0.9462 -> 0.9468 within the surname guard) after a one-word club written with its sport's abbreviation joins the one club of its name with a city after it that the batch writes with the same sport's abbreviation and no other's (FC Dordoi, ФК Дордой with FC Dordoi Bishkek, Дордой Бишкек; FC Kairat with FC Kairat Almaty; found on AE), false pairs and merges unchanged.
        // Twenty-fourth sitting, second round: 0.9054 -> 0.9059 (0.9468 -> 0.9474 within the surname guard) after the region's other languages' designators and the abbreviated ones describe a place (Kazakh шатқалы and даңғылы, Kyrgyz капчыгайы, Uzbek хиёбони, Tajik обанбори and кӯҳҳои before the name; пр., пл., ул.), and a street is a described place of its own in every language (Tverskaya Street, улица Тверская, Тверская улица, вулиця; found on AE), false pairs and merges unchanged.
        // Twenty-fourth sitting, third round: 0.9059 -> 0.9063 (0.9474 -> 0.9478 within the surname guard) after a two-word designator after the name describes a reservoir (Uzbek сув омбори, Kazakh су қоймасы, Kyrgyz суу сактагычы, English water reservoir; a `+` joins its words in place-descriptors.txt; found on AE), false pairs and merges unchanged.
        // Twenty-fifth sitting: 0.9063 -> 0.9065 (0.9478 -> 0.9479 within the surname guard) after a transliterated name in sentence case goes on past a lower-case word of institutions' names that alone says nothing (English bank, the region's function words sprav, korhoi, ister, the short millii), between a transliteration and a capitalised word or another transliteration (Natsionalny bank Kyrgyzskoy Respubliki, Ministerstvo zakordonnykh sprav Ukrainy, Bonki millii Tojikiston; found on AF), false pairs and merges unchanged.
        // Twenty-fifth sitting, second change: 0.9065 -> 0.9067 (0.9479 -> 0.9481 within the surname guard) after a bureau and an anti-corruption body are words of institutions' names (бюро, biuro; антикоррупционное, антикорупційне) and so is the neuter of national (национальное, національне) in organisation-concepts.txt (Natsionalne antykoruptsiine biuro Ukrainy, Национальное антикоррупционное бюро Украины; found on AF), false pairs and merges unchanged.
        // Twenty-sixth sitting, second round: 0.9067 -> 0.9069 (0.9481 -> 0.9484 within the surname guard) after whom an institution is named after, after имени, імені, imeni, им. or before атындағы, атындагы, nomidagi, номидаги, is in its span and not its organisation key, and its initials make no acronym (Казахский национальный университет имени …, … атындағы Қазақ ұлттық университеті joining the names without it; found on AG, AD, AE), false pairs and merges unchanged.
        // Twenty-sixth sitting, third round: 0.9069 -> 0.9070 after a power plant's or dam's designator describes a place of its own (place-descriptors.txt: dam, HPP, NPP, ГЭС, АЭС, ГЕС, АЕС, НБО before the name, hydropower plant, nuclear plant: Rogun Dam, Rogun HPP, НБО Роғун, Рогунская ГЭС one place and never the town), false pairs and merges unchanged.
        // Twenty-seventh sitting: 0.9070 -> 0.9076 (places 0.815 -> 0.819; organisations 0.653 -> 0.655; 0.9485 -> 0.9491 within the surname guard) after a market or bazaar and a cosmodrome are described places of their own, which leave a bare name to the town (place-descriptors.txt: market, bazaar, рынок, базар, Kyrgyz базары, Uzbek bozori, and the Latin bazar but as a capitalised name's first word, where it is a given name; cosmodrome, космодром, Kazakh ғарыш айлағы: Dordoi Bazaar, рынок Дордой, Dordoi market; Baikonur Cosmodrome, космодром Байконур; found on AH), false pairs and merges unchanged.
        // Twenty-seventh sitting, second round: 0.9076 -> 0.9083 after a German Stausee is a reservoir's descriptor, tried before the lake's -see it ends in (place suffixes longest first: Kachowka-Stausee no longer a lake Kachowka-Stau), the Russian and Ukrainian square in Latin letters is a square's (ploshchad, ploshcha: Krasnaya Ploshchad) and the Ukrainian neuter adjective -ське is read as its noun (Каховське водосховище, NamePlaceStem).
        // Twenty-eighth sitting: 0.9083 -> 0.9089 (people 0.857 -> 0.858; 0.9498 -> 0.9504 within the surname guard) after an initial stands for a person the detector read surname first for a given name's weak -in alone, in the other order (NameClusterer.peopleInTheOtherOrder: M. Kabiri with Muhiddin Kabiri, S. Ayni with Sadriddin Ayni; found on AI), false pairs and merges unchanged.
        // Twenty-ninth sitting: 0.9089 -> 0.9091 (0.9504 -> 0.9506 within the surname guard) after a ministry's domain before a word of institutions as a name's first word opens the institution's name and is no title (NameDetector.classify: Foreign Ministry of Kyrgyzstan, Justice Ministry, had been a person `Ministry of Kyrgyzstan`; found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, second change: 0.9091 -> 0.9095 after the region's languages name the state before a body's name in more of their forms (country-heads.txt: the Kazakh republic in the nominative, Қазақстан Республикасы Ұлттық қауіпсіздік комитеті; the genitive of a country's bare name, Кыргызстандын социал-демократиялык партиясы), Tajik izafet and Uzbek Cyrillic heads are words of institutions (organisation-words.txt: Бонки миллии Тоҷикистон, had been a surname-first person), and the vocabulary of organisation-concepts.txt has Kyrgyz боюнча, Kazakh жөніндегі and Uzbek bo'yicha as function words, Uzbek Cyrillic ишлар and Uzbek and Tajik sotsial, сотсиал (found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, third change: 0.9095 -> 0.9098 after a Russian or Ukrainian nationality adjective first in a body's name says its country as the English one does (organisation-adjectives.txt: Таджикский государственный университет, Кыргызский национальный университет; not the plural, whose initial an acronym keeps: Российские железные дороги, РЖД; found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, fourth change: 0.9098 -> 0.9102 after a mountain range's English plural written bare joins the one range of its stem (NameClusterer.joinRangePlurals: Pamirs, Urals, Carpathians, Fanns with the Pamir, Ural, Carpathian, Fann Mountains; the bare stem stays apart, as often the region or a town; found on AJ), false pairs and merges unchanged.
        // Thirtieth sitting, second change: 0.9102 -> 0.9104 after a mine and the deposit it works are a place of their own, named with their descriptor in each language (place-descriptors.txt: Kumtor mine, gold mine, рудник, месторождение, Kyrgyz кени, Kazakh кеніші; the English deposit only after its ore, alone as often a bank's), which leaves a bare name to the town, and an international airport is the airport (international+airport, internationaler Flughafen: Manas International Airport with Manas Airport; found on AK), false pairs and merges unchanged.
        // Thirtieth sitting, third change: 0.9104 -> 0.9109 (0.9519 -> 0.9524 within the surname guard) after a one-word club joins its name with a city after it never written as a club when the batch writes that city alone, and not as a surname (NameClusterer.joinClubsToCityNames: FC Pakhtakor with Pakhtakor Tashkent where Tashkent is written), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-ad.tsv", confusables: "confusable-pairs-ad.tsv", minimumSpellings: 500, f1Floor: 0.9108, maximumFalsePairs: 2,
                      knownMerges: [["ua_loc_dnipro", "ua_loc_dnieper"]]),
        // Blind table AE, 3,780 spellings of 694 entities (288 people, 235 places, 171 organisations; 60 invented people),
        // by a writer who never saw the stage, to the issue's description and the same calibration rule as U to AD
        // (translations, acronyms, other names, patronymic forms and added designators in a supplement of 1,786
        // spellings). The writer generated the rows from hand-written Russian and local Cyrillic forms with transliteration
        // systems of their own (English press, scholarly, ISO-9-like, German, French, Polish, Turkish, Uzbek 1995 Latin,
        // Kazakh 2021 Latin, Kyrgyz press Latin, Tajik and Ukrainian 2010), capped per person (up to 11 forms for famous
        // people, 6 for others, 5 for invented ones); renamed places and parties separate entities, respellings one;
        // 304 confusable pairs (244 from the writer's own scan). Blind at first sight on main at 040e471 (the stage as at
        // 230cece): P 0.9993, R 0.7757, F1 0.8735 (recall: people 0.859, places 0.711, organisations 0.527); 5 false
        // pairs; within the surname guard 0.9042; with its supplement 0.8151 (0.8393 within the guard); 2 of its
        // confusable pairs merged and 2 clusters of different entities, counted, not looked at. rapidfuzz
        // (token_sort_ratio, single link, oracle threshold) 0.663 with 45 confusable merges; Soundex 0.382; OpenRefine's
        // fingerprint 0.107; our keys alone 0.429.
        // Still unseen after the twenty-first sitting's first round (the Russian and local designators in Latin letters, Naryn daryyasy, reka Talas): 0.8735 -> 0.8737; unchanged by its second (Uzbek ў, in Cyrillic or as the Latin oʻ, read as the Russian о as well) and third (comments only); false pairs and counted merges unchanged.
        // Still unseen after the twenty-second sitting's first round (Kyrgyz ө and ү read as the Russian form writes them, the hyphen guard settled by a row's Cyrillic spellings, readings retried in rounds: Issyk-Köl, Issyk-Kul; a Latin s where Russian hears з read as z too: Almasbek, Almazbek; им. and ім. as имени and імені): 0.8737 -> 0.8743 (0.9044 -> 0.9050 within the surname guard), false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-second sitting's second round (a given name's vowel the region's languages write differently read as one under one surname, unless an article names both: Jamshed, Jamshid; Rustem, Rustam; Sadriddin, Sadreddin): 0.8743; false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-second sitting's third round (a final -zod read as the surname's -zoda only after a stem of two syllables, so Bekzod keeps its key; the given-name vowel reading counts only a key's vowels): 0.8743; false pairs and counted merges unchanged.
        // Still unseen after the twenty-third sitting's first round (a country's own name first in a Turkic name of general vocabulary ending in the possessive read as the state's, Oʻzbekiston Milliy banki; a regional Latin word in lower case before a transliterated concept kept in the name; a reservoir, a canyon or gorge, an avenue and an airport described places of their own; a woman's Russian surname in the man's form joining her full name under the same given name): 0.8743 -> 0.8809 (0.9050 -> 0.9117 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-third sitting's second round (a quoted name takes the words before it that say what it is: a capitalized word of institutions, Агентство «…», and an adjective in -sk- before a lower-case descriptor, Демократическая партия «…»): 0.8809 -> 0.8811 (0.9117 -> 0.9119 within the surname guard), false pairs and counted merges unchanged.
        // Released to the tuners at the start of the twenty-fourth sitting, at 0.8811 (5 false pairs; 0.9119 within the surname guard); its two counted merges, named now: the Kyrgyz party Respublika with Kazakhstan's Respublica, and Yuri Gagarin's bare surname with the town of Gagarin.
        // Twenty-fourth sitting: 0.8811 -> 0.8862 (organisations 0.554 -> 0.616; 0.9119 -> 0.9170 within the surname guard) after a one-word club written with its sport's abbreviation joins the one club of its name with a city after it that the batch writes with the same sport's abbreviation and no other's (FC Dordoi, ФК Дордой with FC Dordoi Bishkek, Дордой Бишкек; FC Kairat with FC Kairat Almaty; found on AE), false pairs and merges unchanged.
        // Twenty-fourth sitting, second round: 0.8862 -> 0.8892 (places 0.737 -> 0.755; 0.9170 -> 0.9200 within the surname guard) after the region's other languages' designators and the abbreviated ones describe a place (Kazakh шатқалы and даңғылы, Kyrgyz капчыгайы, Uzbek хиёбони, Tajik обанбори and кӯҳҳои before the name; пр., пл., ул.), and a street is a described place of its own in every language (Tverskaya Street, улица Тверская, Тверская улица, вулиця; found on AE), false pairs and merges unchanged.
        // Twenty-fourth sitting, third round: 0.8892 -> 0.8894 (places 0.755 -> 0.756; 0.9200 -> 0.9202 within the surname guard) after a two-word designator after the name describes a reservoir (Uzbek сув омбори, Kazakh су қоймасы, Kyrgyz суу сактагычы, English water reservoir; a `+` joins its words in place-descriptors.txt; found on AE), false pairs and merges unchanged.
        // Twenty-fifth sitting, second change: 0.8894, unchanged to four places (0.9202 -> 0.9203 within the surname guard) after a bureau and an anti-corruption body are words of institutions' names (бюро, biuro; антикоррупционное, антикорупційне) and so is the neuter of national (национальное, національне) in organisation-concepts.txt (Natsionalne antykoruptsiine biuro Ukrainy, Национальное антикоррупционное бюро Украины; found on AF), false pairs and merges unchanged.
        // Twenty-sixth sitting, second round: 0.8894 -> 0.8896 (0.9203 -> 0.9204 within the surname guard) after whom an institution is named after, after имени, імені, imeni, им. or before атындағы, атындагы, nomidagi, номидаги, is in its span and not its organisation key, and its initials make no acronym (Казахский национальный университет имени …, … атындағы Қазақ ұлттық университеті joining the names without it; found on AG, AD, AE), false pairs and merges unchanged.
        // Twenty-sixth sitting, third round: 0.8896 -> 0.8904 after a power plant's or dam's designator describes a place of its own (place-descriptors.txt: dam, HPP, NPP, ГЭС, АЭС, ГЕС, АЕС, НБО before the name, hydropower plant, nuclear plant: Rogun Dam, Rogun HPP, НБО Роғун, Рогунская ГЭС one place and never the town), false pairs and merges unchanged.
        // Twenty-seventh sitting, second round: 0.8904 -> 0.8918 after a German Stausee is a reservoir's descriptor, tried before the lake's -see it ends in (place suffixes longest first: Kachowka-Stausee no longer a lake Kachowka-Stau), the Russian and Ukrainian square in Latin letters is a square's (ploshchad, ploshcha: Krasnaya Ploshchad) and the Ukrainian neuter adjective -ське is read as its noun (Каховське водосховище, NamePlaceStem).
        // Twenty-eighth sitting: 0.8918 -> 0.8920 after German j after tsch or ch is the soft sign before a vowel, as after any other consonant (spelling-styles.txt: Rybatschje is Rybachye, Рыбачье; found on AI and AG), false pairs and merges unchanged.
        // Twenty-ninth sitting, second change: 0.8920 -> 0.8923 after the region's languages name the state before a body's name in more of their forms (country-heads.txt: the Kazakh republic in the nominative, Қазақстан Республикасы Ұлттық қауіпсіздік комитеті; the genitive of a country's bare name, Кыргызстандын социал-демократиялык партиясы), Tajik izafet and Uzbek Cyrillic heads are words of institutions (organisation-words.txt: Бонки миллии Тоҷикистон, had been a surname-first person), and the vocabulary of organisation-concepts.txt has Kyrgyz боюнча, Kazakh жөніндегі and Uzbek bo'yicha as function words, Uzbek Cyrillic ишлар and Uzbek and Tajik sotsial, сотсиал (found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, third change: 0.8923 -> 0.8926 after a Russian or Ukrainian nationality adjective first in a body's name says its country as the English one does (organisation-adjectives.txt: Таджикский государственный университет, Кыргызский национальный университет; not the plural, whose initial an acronym keeps: Российские железные дороги, РЖД; found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, fourth change: 0.8926 -> 0.8929 after a mountain range's English plural written bare joins the one range of its stem (NameClusterer.joinRangePlurals: Pamirs, Urals, Carpathians, Fanns with the Pamir, Ural, Carpathian, Fann Mountains; the bare stem stays apart, as often the region or a town; found on AJ), false pairs and merges unchanged.
        // Thirtieth sitting, second change: 0.8929 -> 0.8931 after a mine and the deposit it works are a place of their own, named with their descriptor in each language (place-descriptors.txt: Kumtor mine, gold mine, рудник, месторождение, Kyrgyz кени, Kazakh кеніші; the English deposit only after its ore, alone as often a bank's), which leaves a bare name to the town, and an international airport is the airport (international+airport, internationaler Flughafen: Manas International Airport with Manas Airport; found on AK), false pairs and merges unchanged.
        // Thirtieth sitting, third change: 0.8931 -> 0.8932 (0.9239 -> 0.9240 within the surname guard) after a one-word club joins its name with a city after it never written as a club when the batch writes that city alone, and not as a surname (NameClusterer.joinClubsToCityNames: FC Pakhtakor with Pakhtakor Tashkent where Tashkent is written), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-ae.tsv", confusables: "confusable-pairs-ae.tsv", minimumSpellings: 500, f1Floor: 0.8931, maximumFalsePairs: 5,
                      knownMerges: [["kg_org_respublika", "kz_org_respublica_kz"], ["ru_per_yuri_gagarin", "ru_loc_gagarin_town"]]),
        // Blind table AF, 3,883 spellings of 700 entities (298 people, 227 places, 175 organisations; 58 invented people),
        // by a writer who never saw the stage, to the issue's description and the same calibration rule as U to AE
        // (translations, acronyms, other names, patronymic forms and added designators in a supplement of 1,958
        // spellings). The writer generated the rows from per-country data with scripts of their own; renamed places and
        // organisations separate entities, a place's Russian and local names one; a translated name kept in the
        // supplement only; surname-only forms for famous people whose surname names nothing else; four spellings two
        // relatives share removed; 307 confusable pairs (every pair sharing a folded surname or a name word, the rest by
        // hand). Blind at first sight on main at 2bde895 (the stage as at 1faf5e0): P 0.9989, R 0.7350, F1 0.8469
        // (recall: people 0.742, places 0.779, organisations 0.610); 10 false pairs; within the surname guard 0.9360;
        // with its supplement 0.7967 (0.8647 within the guard); 2 of its confusable pairs merged and 2 clusters of
        // different entities, counted, not looked at. rapidfuzz (token_sort_ratio, single link, oracle threshold) 0.697
        // with 25 confusable merges; Soundex 0.363; OpenRefine's fingerprint 0.087; our keys alone 0.428.
        // Unchanged, still unseen, by the twenty-second sitting's first round (Kyrgyz ө and ү read as the Russian form writes them, the hyphen guard settled by a row's Cyrillic spellings, readings retried in rounds: Issyk-Köl, Issyk-Kul; a Latin s where Russian hears з read as z too: Almasbek, Almazbek; им. and ім. as имени and імені): 0.8469; false pairs and counted merges unchanged.
        // Still unseen after the twenty-second sitting's second round (a given name's vowel the region's languages write differently read as one under one surname, unless an article names both: Jamshed, Jamshid; Rustem, Rustam; Sadriddin, Sadreddin): 0.8469 -> 0.8479 (0.9360 -> 0.9371 within the surname guard), false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-second sitting's third round (a final -zod read as the surname's -zoda only after a stem of two syllables, so Bekzod keeps its key; the given-name vowel reading counts only a key's vowels): 0.8479; false pairs and counted merges unchanged.
        // Still unseen after the twenty-third sitting's first round (a country's own name first in a Turkic name of general vocabulary ending in the possessive read as the state's, Oʻzbekiston Milliy banki; a regional Latin word in lower case before a transliterated concept kept in the name; a reservoir, a canyon or gorge, an avenue and an airport described places of their own; a woman's Russian surname in the man's form joining her full name under the same given name): 0.8479 -> 0.8509 (0.9371 -> 0.9401 within the surname guard), false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-third sitting's second round (a quoted name takes the words before it that say what it is: a capitalized word of institutions, Агентство «…», and an adjective in -sk- before a lower-case descriptor, Демократическая партия «…»): 0.8509; false pairs and counted merges unchanged.
        // Still unseen after the twenty-fourth sitting's first round (a one-word club written with its sport's abbreviation joins the one club of its name with a city after it that the batch writes with the same sport's abbreviation and no other's, FC Kairat with FC Kairat Almaty): 0.8509 -> 0.8526 (0.9401 -> 0.9419 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-fourth sitting's second round (the region's other languages' designators, Kazakh шатқалы and даңғылы, Kyrgyz капчыгайы, Uzbek darasi and tog'i, Tajik обанбори and кӯҳи before the name, and the abbreviations пр., пл., ул., describe a place; a street a described place of its own that leaves a bare name to the town): 0.8526 -> 0.8538 (0.9419 -> 0.9431 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-fourth sitting's third round (a two-word designator after the name describes a place, Uzbek сув омбори, Kazakh су қоймасы, Kyrgyz суу сактагычы, water reservoir): 0.8538 -> 0.8540, false pairs and counted merges unchanged.
        // Released to the tuners at the start of the twenty-fifth sitting, at 0.8540 (10 false pairs; 0.9434 within the surname guard); its two counted merges, named now: the Kyrgyz lake Kara-Kul (Kara-Köl, Кара-Көл) with the town of Karakol, and with Tajikistan's lake Karakul (Qarokul, Қарокӯл).
        // Twenty-fifth sitting: 0.8540 -> 0.8550 (organisations 0.660 -> 0.675; 0.9434 -> 0.9443 within the surname guard) after a transliterated name in sentence case goes on past a lower-case word of institutions' names that alone says nothing (English bank, the region's function words sprav, korhoi, ister, the short millii), between a transliteration and a capitalised word or another transliteration (Natsionalny bank Kyrgyzskoy Respubliki, Ministerstvo zakordonnykh sprav Ukrainy, Bonki millii Tojikiston; found on AF), false pairs and merges unchanged.
        // Twenty-fifth sitting, second change: 0.8550 -> 0.8551 (organisations 0.675 -> 0.676; 0.9443 -> 0.9444 within the surname guard) after a bureau and an anti-corruption body are words of institutions' names (бюро, biuro; антикоррупционное, антикорупційне) and so is the neuter of national (национальное, національне) in organisation-concepts.txt (Natsionalne antykoruptsiine biuro Ukrainy, Национальное антикоррупционное бюро Украины; found on AF), false pairs and merges unchanged.
        // Twenty-fifth sitting, second round: 0.8551 -> 0.8560 (organisations 0.676 -> 0.692; 0.9444 -> 0.9454 within the surname guard) after a name's kind written around it is in its span and not its key: a legal form before a quoted name that starts with another (АО «НК «…»), a lower-case descriptor in brackets after the name (Ховар (агентство)), the Russian state enterprise ГП as a legal form (as the Ukrainian ДП) and the Ukrainian nominative партія as a descriptor; found on AF, false pairs and merges unchanged.
        // Twenty-sixth sitting, second round, second change: 0.8560 -> 0.8564 (0.9454 -> 0.9458 within the surname guard) after an ecological party's adjective is a word of institutions' names in organisation-concepts.txt (Экологическая партия, Ekologik partiyasi, Ecological Party: one concept in each language), found on AF and AG, false pairs and merges unchanged.
        // Twenty-sixth sitting, third round: 0.8564 -> 0.8571 after a power plant's or dam's designator describes a place of its own (place-descriptors.txt: dam, HPP, NPP, ГЭС, АЭС, ГЕС, АЕС, НБО before the name, hydropower plant, nuclear plant: Rogun Dam, Rogun HPP, НБО Роғун, Рогунская ГЭС one place and never the town), false pairs and merges unchanged.
        // Twenty-seventh sitting: 0.8571 -> 0.8583 (places 0.817 -> 0.826; organisations 0.698 -> 0.703; 0.9465 -> 0.9477 within the surname guard) after a market or bazaar and a cosmodrome are described places of their own, which leave a bare name to the town (place-descriptors.txt: market, bazaar, рынок, базар, Kyrgyz базары, Uzbek bozori, and the Latin bazar but as a capitalised name's first word, where it is a given name; cosmodrome, космодром, Kazakh ғарыш айлағы: Dordoi Bazaar, рынок Дордой, Dordoi market; Baikonur Cosmodrome, космодром Байконур; found on AH), false pairs and merges unchanged.
        // Twenty-seventh sitting, second round: 0.8583 -> 0.8585 after a German Stausee is a reservoir's descriptor, tried before the lake's -see it ends in (place suffixes longest first: Kachowka-Stausee no longer a lake Kachowka-Stau), the Russian and Ukrainian square in Latin letters is a square's (ploshchad, ploshcha: Krasnaya Ploshchad) and the Ukrainian neuter adjective -ське is read as its noun (Каховське водосховище, NamePlaceStem).
        // Twenty-ninth sitting, second change: 0.8585 -> 0.8591 after the region's languages name the state before a body's name in more of their forms (country-heads.txt: the Kazakh republic in the nominative, Қазақстан Республикасы Ұлттық қауіпсіздік комитеті; the genitive of a country's bare name, Кыргызстандын социал-демократиялык партиясы), Tajik izafet and Uzbek Cyrillic heads are words of institutions (organisation-words.txt: Бонки миллии Тоҷикистон, had been a surname-first person), and the vocabulary of organisation-concepts.txt has Kyrgyz боюнча, Kazakh жөніндегі and Uzbek bo'yicha as function words, Uzbek Cyrillic ишлар and Uzbek and Tajik sotsial, сотсиал (found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, third change: 0.8591 -> 0.8592 after a Russian or Ukrainian nationality adjective first in a body's name says its country as the English one does (organisation-adjectives.txt: Таджикский государственный университет, Кыргызский национальный университет; not the plural, whose initial an acronym keeps: Российские железные дороги, РЖД; found on AJ), false pairs and merges unchanged.
        // Thirtieth sitting, third change: 0.8592 -> 0.8602 (0.9486 -> 0.9496 within the surname guard) after a one-word club joins its name with a city after it never written as a club when the batch writes that city alone, and not as a surname (NameClusterer.joinClubsToCityNames: FC Pakhtakor with Pakhtakor Tashkent where Tashkent is written), false pairs and merges unchanged.
        // Thirty-first sitting, third change: 0.8602 -> 0.8608 (people 0.744 -> 0.746; 0.9496 -> 0.9503 within the surname guard) after a surname made of a father's name written first, before a given name (Момышулы Бауыржан, Momyshuly Bauyrzhan: a patronymic's ending first, no strong surname ending after it), is read in the register's order as the surname (NameDetector.personForm; it had been keyed as a lone surname, the given name; found on AL), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-af.tsv", confusables: "confusable-pairs-af.tsv", minimumSpellings: 500, f1Floor: 0.8608, maximumFalsePairs: 10,
                      knownMerges: [["kg_loc_kara_kul", "kg_loc_karakol"], ["kg_loc_kara_kul", "tj_loc_lake_karakul"]]),
        // Blind table AG, 3,877 spellings of 690 entities (295 people, 230 places, 165 organisations; 60 invented people),
        // by a writer who never saw the stage, to the issue's description and the same calibration rule as U to AF
        // (translations, acronyms, other names, patronymic forms and added designators in a supplement of 2,280
        // spellings). The writer generated the rows from per-country data with scripts of their own (Kazakh official
        // Latin of 2018 with its acute accents, Uzbek Latin with o‘ and g‘ and an ASCII variant, Ukrainian KMU-2010 and
        // English-press forms; German, French, Polish and Turkish forms only for the best-known people); a renamed place
        // or organisation two entities, a respelling one; a bare name two entities share given to one only; initials two
        // relatives share kept only with the famous one; 306 confusable pairs (239 from the writer's scan of shared
        // surnames and name words, 67 by hand). Blind at first sight on main at 009d797 (the stage as at bf6efa0):
        // P 0.9923, R 0.7253, F1 0.8381 (recall: people 0.734, places 0.752, organisations 0.572); 68 false pairs; within
        // the surname guard 0.9307; with its supplement 0.8106 (0.8763 within the guard); 4 of its confusable pairs
        // merged and 4 clusters of different entities, counted, not looked at. rapidfuzz (token_sort_ratio, single link,
        // oracle threshold) 0.648 with 79 confusable merges; Soundex 0.355; OpenRefine's fingerprint 0.085; our keys
        // alone 0.398.
        // Still unseen after the twenty-third sitting's first round (a country's own name first in a Turkic name of general vocabulary ending in the possessive read as the state's, Oʻzbekiston Milliy banki; a regional Latin word in lower case before a transliterated concept kept in the name; a reservoir, a canyon or gorge, an avenue and an airport described places of their own; a woman's Russian surname in the man's form joining her full name under the same given name): 0.8381 -> 0.8401 (0.9307 -> 0.9328 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-third sitting's second round (a quoted name takes the words before it that say what it is: a capitalized word of institutions, Агентство «…», and an adjective in -sk- before a lower-case descriptor, Демократическая партия «…»): 0.8401 -> 0.8413 (0.9328 -> 0.9340 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-fourth sitting's first round (a one-word club written with its sport's abbreviation joins the one club of its name with a city after it that the batch writes with the same sport's abbreviation and no other's, FC Kairat with FC Kairat Almaty): 0.8413 -> 0.8429 (0.9340 -> 0.9357 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-fourth sitting's second round (the region's other languages' designators, Kazakh шатқалы and даңғылы, Kyrgyz капчыгайы, Uzbek darasi and tog'i, Tajik обанбори and кӯҳи before the name, and the abbreviations пр., пл., ул., describe a place; a street a described place of its own that leaves a bare name to the town): 0.8429 -> 0.8436 (0.9357 -> 0.9363 within the surname guard), false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-fourth sitting's third round (a two-word designator after the name describes a place, Uzbek сув омбори, Kazakh су қоймасы, Kyrgyz суу сактагычы, water reservoir): 0.8436; false pairs and counted merges unchanged.
        // Still unseen after the twenty-fifth sitting's first round (a transliterated name in sentence case goes on past a lower-case word of institutions that alone says nothing, between a transliteration and a capitalised word or another transliteration: Natsionalny bank Kyrgyzskoy Respubliki, Ministerstvo zakordonnykh sprav Ukrainy; a bureau and an anti-corruption body words of institutions' names): 0.8436 (0.9363 -> 0.9364 within the surname guard), false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-fifth sitting's second round (a name's kind written around it in its span, not its key: a legal form before a quoted name that opens with another, АО «НК «…», a lower-case descriptor in brackets after the name, ГП a legal form, партія a descriptor); false pairs and counted merges unchanged.
        // Released to the tuners at the start of the twenty-sixth sitting, at 0.8436 (68 false pairs; 0.9364 within the surname guard); its four counted merges, named now: the Kyrgyz party Ata-Meken with Kazakhstan's chamber Atameken, Almazbek Atambayev with the invented Almaz Atambaev (a short given name taken for the full one), the town of Pushkin with Alexander Pushkin, and the Dnieper with the city of Dnipro.
        // Twenty-sixth sitting, second round: 0.8436 -> 0.8438 (0.9364 -> 0.9366 within the surname guard) after whom an institution is named after, after имени, імені, imeni, им. or before атындағы, атындагы, nomidagi, номидаги, is in its span and not its organisation key, and its initials make no acronym (Казахский национальный университет имени …, … атындағы Қазақ ұлттық университеті joining the names without it; found on AG, AD, AE), false pairs and merges unchanged.
        // Twenty-sixth sitting, second round, second change: 0.8438 -> 0.8441 (0.9366 -> 0.9368 within the surname guard) after an ecological party's adjective is a word of institutions' names in organisation-concepts.txt (Экологическая партия, Ekologik partiyasi, Ecological Party: one concept in each language), found on AF and AG, false pairs and merges unchanged.
        // Twenty-sixth sitting, third round: 0.8441 -> 0.8445 after a power plant's or dam's designator describes a place of its own (place-descriptors.txt: dam, HPP, NPP, ГЭС, АЭС, ГЕС, АЕС, НБО before the name, hydropower plant, nuclear plant: Rogun Dam, Rogun HPP, НБО Роғун, Рогунская ГЭС one place and never the town), false pairs and merges unchanged.
        // Twenty-seventh sitting: 0.8445 -> 0.8453 (places 0.769 -> 0.772; organisations 0.657 -> 0.666; 0.9373 -> 0.9381 within the surname guard) after a market or bazaar and a cosmodrome are described places of their own, which leave a bare name to the town (place-descriptors.txt: market, bazaar, рынок, базар, Kyrgyz базары, Uzbek bozori, and the Latin bazar but as a capitalised name's first word, where it is a given name; cosmodrome, космодром, Kazakh ғарыш айлағы: Dordoi Bazaar, рынок Дордой, Dordoi market; Baikonur Cosmodrome, космодром Байконур; found on AH), false pairs and merges unchanged.
        // Twenty-seventh sitting, second round: 0.8453 -> 0.8462 after a German Stausee is a reservoir's descriptor, tried before the lake's -see it ends in (place suffixes longest first: Kachowka-Stausee no longer a lake Kachowka-Stau), the Russian and Ukrainian square in Latin letters is a square's (ploshchad, ploshcha: Krasnaya Ploshchad) and the Ukrainian neuter adjective -ське is read as its noun (Каховське водосховище, NamePlaceStem).
        // Twenty-eighth sitting: 0.8462 -> 0.8484 (people 0.734 -> 0.738; 0.9391 -> 0.9412 within the surname guard) after Kazakh Latin of 2018 writes у as ý before a consonant in a word with no acute letter, which its ı alone had read as Turkish (spelling-styles.txt: Tımýr Qulybaev is Timur, not Timyr; Nazarbaev Ýnıversıteti; found on AI), and an initial stands for a person the detector read surname first for a given name's weak -in alone, in the other order (NameClusterer.peopleInTheOtherOrder: M. Kabiri with Muhiddin Kabiri, S. Ayni with Sadriddin Ayni; found on AI), false pairs and merges unchanged.
        // Twenty-eighth sitting, second round: 0.8484 -> 0.8485 after German j after tsch or ch is the soft sign before a vowel, as after any other consonant (spelling-styles.txt: Rybatschje is Rybachye, Рыбачье; found on AI and AG), false pairs and merges unchanged.
        // Twenty-ninth sitting, second change: 0.8485 -> 0.8490 after the region's languages name the state before a body's name in more of their forms (country-heads.txt: the Kazakh republic in the nominative, Қазақстан Республикасы Ұлттық қауіпсіздік комитеті; the genitive of a country's bare name, Кыргызстандын социал-демократиялык партиясы), Tajik izafet and Uzbek Cyrillic heads are words of institutions (organisation-words.txt: Бонки миллии Тоҷикистон, had been a surname-first person), and the vocabulary of organisation-concepts.txt has Kyrgyz боюнча, Kazakh жөніндегі and Uzbek bo'yicha as function words, Uzbek Cyrillic ишлар and Uzbek and Tajik sotsial, сотсиал (found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, third change: 0.8490 -> 0.8492 after a Russian or Ukrainian nationality adjective first in a body's name says its country as the English one does (organisation-adjectives.txt: Таджикский государственный университет, Кыргызский национальный университет; not the plural, whose initial an acronym keeps: Российские железные дороги, РЖД; found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, fourth change: 0.8492 -> 0.8494 after a mountain range's English plural written bare joins the one range of its stem (NameClusterer.joinRangePlurals: Pamirs, Urals, Carpathians, Fanns with the Pamir, Ural, Carpathian, Fann Mountains; the bare stem stays apart, as often the region or a town; found on AJ), false pairs and merges unchanged.
        // Thirtieth sitting, second change: 0.8494 -> 0.8495 after a mine and the deposit it works are a place of their own, named with their descriptor in each language (place-descriptors.txt: Kumtor mine, gold mine, рудник, месторождение, Kyrgyz кени, Kazakh кеніші; the English deposit only after its ore, alone as often a bank's), which leaves a bare name to the town, and an international airport is the airport (international+airport, internationaler Flughafen: Manas International Airport with Manas Airport; found on AK), false pairs and merges unchanged.
        // Thirtieth sitting, third change: 0.8495 -> 0.8498 (0.9424 -> 0.9427 within the surname guard) after a one-word club joins its name with a city after it never written as a club when the batch writes that city alone, and not as a surname (NameClusterer.joinClubsToCityNames: FC Pakhtakor with Pakhtakor Tashkent where Tashkent is written), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-ag.tsv", confusables: "confusable-pairs-ag.tsv", minimumSpellings: 500, f1Floor: 0.8497, maximumFalsePairs: 68,
                      knownMerges: [["kg_org_ata_meken", "kz_org_atameken"], ["kg_per_almazbek_atambayev", "kg_per_invented_almaz_atambaev"],
                                    ["ru_loc_pushkin_town", "ru_per_alexander_pushkin"], ["ua_loc_dnieper", "ua_loc_dnipro"]]),
        // Blind table AH, 3,899 spellings of 690 entities (295 people, 229 places, 166 organisations; 60 invented people),
        // by a writer who never saw the stage, to the issue's description and the same calibration rule as U to AG
        // (translations, acronyms, other names, patronymic forms and added designators in a supplement of 1,726
        // spellings). The writer generated the rows from per-country data with transliteration systems of their own
        // (English press, scholarly ISO/R 9, German Duden, French, Polish, Ukrainian 2010, Kazakh Latin 2021, official
        // Uzbek Latin, Tajik scholarly), each generated form reviewed; a renamed place or organisation two entities, a
        // respelling one; a bare name two entities share given to one only; a bare surname given only to its dominant
        // bearer; 300 confusable pairs (253 from the writer's scan of shared surnames and name words, 47 by hand).
        // Blind at first sight on main at 17bab80 (the stage as at 94b1a34): P 0.9991, R 0.6585, F1 0.7938 (recall:
        // people 0.622, places 0.804, organisations 0.670); 8 false pairs; within the surname guard (395 lone
        // surnames) 0.9394; with its supplement 0.7192 (0.8275 within the guard); 1 of its confusable pairs merged and
        // 1 cluster of different entities, counted, not looked at. rapidfuzz (token_sort_ratio, single link, oracle
        // threshold) 0.661 with 41 confusable merges; Soundex 0.372; OpenRefine's fingerprint 0.083; our keys alone 0.403.
        // Still unseen after the twenty-fourth sitting's first round (a one-word club written with its sport's abbreviation joins the one club of its name with a city after it that the batch writes with the same sport's abbreviation and no other's, FC Kairat with FC Kairat Almaty): 0.7938 -> 0.7966 (0.9394 -> 0.9423 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-fourth sitting's second round (the region's other languages' designators, Kazakh шатқалы and даңғылы, Kyrgyz капчыгайы, Uzbek darasi and tog'i, Tajik обанбори and кӯҳи before the name, and the abbreviations пр., пл., ул., describe a place; a street a described place of its own that leaves a bare name to the town): 0.7966 -> 0.7975 (0.9423 -> 0.9432 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-fourth sitting's third round (a two-word designator after the name describes a place, Uzbek сув омбори, Kazakh су қоймасы, Kyrgyz суу сактагычы, water reservoir): 0.7975 -> 0.7976, false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-fifth sitting's first round (a transliterated name in sentence case goes on past a lower-case word of institutions that alone says nothing, between a transliteration and a capitalised word or another transliteration: Natsionalny bank Kyrgyzskoy Respubliki, Ministerstvo zakordonnykh sprav Ukrainy; a bureau and an anti-corruption body words of institutions' names): 0.7976; false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-fifth sitting's second round (a name's kind written around it in its span, not its key: a legal form before a quoted name that opens with another, АО «НК «…», a lower-case descriptor in brackets after the name, ГП a legal form, партія a descriptor); false pairs and counted merges unchanged.
        // Still unseen after the twenty-sixth sitting's second round (whom an institution is named after, after имени, імені, им. or before атындағы, nomidagi, in its span and not its organisation key, and such a name no acronym; an ecological party's adjective a word of institutions' names): 0.7976 -> 0.7979 (0.9433 -> 0.9436 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-sixth sitting's third round (a power plant's or dam's designator, HPP, ГЭС, НБО, dam, power station, describes a place of its own that leaves a bare name to its town; an acronym in Latin capitals before a name its institution's): 0.7979 -> 0.7988 (0.9436 -> 0.9446 within the surname guard), false pairs and counted merges unchanged.
        // Released to the tuners at the start of the twenty-seventh sitting, at 0.7988 (8 false pairs; 0.9446 within the surname guard); its one counted merge, named now: the town of Gagarin with Yuri Gagarin.
        // Twenty-seventh sitting: 0.7988 -> 0.8011 (places 0.817 -> 0.831; organisations 0.748 -> 0.760; 0.9446 -> 0.9470 within the surname guard) after a market or bazaar and a cosmodrome are described places of their own, which leave a bare name to the town (place-descriptors.txt: market, bazaar, рынок, базар, Kyrgyz базары, Uzbek bozori, and the Latin bazar but as a capitalised name's first word, where it is a given name; cosmodrome, космодром, Kazakh ғарыш айлағы: Dordoi Bazaar, рынок Дордой, Dordoi market; Baikonur Cosmodrome, космодром Байконур; found on AH), false pairs and merges unchanged.
        // Twenty-seventh sitting, second round: 0.8011 -> 0.8022 after a German Stausee is a reservoir's descriptor, tried before the lake's -see it ends in (place suffixes longest first: Kachowka-Stausee no longer a lake Kachowka-Stau), the Russian and Ukrainian square in Latin letters is a square's (ploshchad, ploshcha: Krasnaya Ploshchad) and the Ukrainian neuter adjective -ське is read as its noun (Каховське водосховище, NamePlaceStem).
        // Twenty-eighth sitting: 0.8022 -> 0.8031 (people 0.622 -> 0.624; 0.9481 -> 0.9490 within the surname guard) after an initial stands for a person the detector read surname first for a given name's weak -in alone, in the other order (NameClusterer.peopleInTheOtherOrder: M. Kabiri with Muhiddin Kabiri, S. Ayni with Sadriddin Ayni; found on AI), false pairs and merges unchanged.
        // Thirtieth sitting, second change: 0.8031 -> 0.8032 after a mine and the deposit it works are a place of their own, named with their descriptor in each language (place-descriptors.txt: Kumtor mine, gold mine, рудник, месторождение, Kyrgyz кени, Kazakh кеніші; the English deposit only after its ore, alone as often a bank's), which leaves a bare name to the town, and an international airport is the airport (international+airport, internationaler Flughafen: Manas International Airport with Manas Airport; found on AK), false pairs and merges unchanged.
        // Thirtieth sitting, third change: 0.8032 -> 0.8040 (0.9491 -> 0.9500 within the surname guard) after a one-word club joins its name with a city after it never written as a club when the batch writes that city alone, and not as a surname (NameClusterer.joinClubsToCityNames: FC Pakhtakor with Pakhtakor Tashkent where Tashkent is written), false pairs and merges unchanged.
        // Thirty-first sitting: 0.8040 -> 0.8048 (people 0.624 -> 0.625; 0.9500 -> 0.9508 within the surname guard) after a Latin Y. is an initial of its own, apart from I. (NameDetector.initialKey): it stands for a name of Е, Ю or Я and never for one of И, so Y. Tymoshenko joins Yulia beside an Iryna of the surname (found on AL), false pairs and merges unchanged.
        // Thirty-first sitting, third change: 0.8048 -> 0.8054 (people 0.625 -> 0.627; 0.9508 -> 0.9514 within the surname guard) after a surname made of a father's name written first, before a given name (Момышулы Бауыржан, Momyshuly Bauyrzhan: a patronymic's ending first, no strong surname ending after it), is read in the register's order as the surname (NameDetector.personForm; it had been keyed as a lone surname, the given name; found on AL), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-ah.tsv", confusables: "confusable-pairs-ah.tsv", minimumSpellings: 500, f1Floor: 0.8054, maximumFalsePairs: 8,
                      knownMerges: [["ru_loc_gagarin_town", "ru_per_yuri_gagarin"]]),
        // Blind table AI, 3,888 spellings of 695 entities (298 people, 230 places, 167 organisations; 60 invented people),
        // by a writer who never saw the stage, to the issue's description and the same calibration rule as U to AH
        // (translations, acronyms, other names, patronymic forms and added designators in a supplement of 3,027
        // spellings). The writer generated people's spellings from the Cyrillic with English-press, Library of Congress,
        // German, French and Polish systems (Kazakh Latin of 2018, Uzbek Latin of 1995, Ukrainian 2010); a renamed place
        // or organisation two entities, a place's Russian and local names one; a descriptive organisation's name only in
        // the languages it officially uses, its translations in the supplement; eight spellings two entities share
        // removed; 306 confusable pairs (257 from the writer's scan of shared surnames and name words, 49 by hand).
        // Blind at first sight on main at 90d722a (the stage as at 2de4b10): P 0.9988, R 0.8028, F1 0.8901 (recall:
        // people 0.831, places 0.790, organisations 0.680); 11 false pairs; within the surname guard (82 lone surnames)
        // 0.9280; with its supplement 0.8041 (0.8292 within the guard); 3 of its confusable pairs merged and 3 clusters
        // of different entities, counted, not looked at. rapidfuzz (token_sort_ratio, single link, oracle threshold)
        // 0.671 with 40 confusable merges; Soundex 0.431; OpenRefine's fingerprint 0.075; our keys alone 0.473.
        // Still unseen after the twenty-fifth sitting's first round (a transliterated name in sentence case goes on past a lower-case word of institutions that alone says nothing, between a transliteration and a capitalised word or another transliteration: Natsionalny bank Kyrgyzskoy Respubliki, Ministerstvo zakordonnykh sprav Ukrainy; a bureau and an anti-corruption body words of institutions' names): 0.8901 -> 0.8906 (0.9280 -> 0.9285 within the surname guard), false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-fifth sitting's second round (a name's kind written around it in its span, not its key: a legal form before a quoted name that opens with another, АО «НК «…», a lower-case descriptor in brackets after the name, ГП a legal form, партія a descriptor); false pairs and counted merges unchanged.
        // Still unseen after the twenty-sixth sitting's second round (whom an institution is named after, after имени, імені, им. or before атындағы, nomidagi, in its span and not its organisation key, and such a name no acronym; an ecological party's adjective a word of institutions' names): 0.8906 -> 0.8912 (0.9285 -> 0.9291 within the surname guard), false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-sixth sitting's third round (a power plant's or dam's designator, HPP, ГЭС, НБО, dam, power station, describes a place of its own that leaves a bare name to its town; an acronym in Latin capitals before a name its institution's): 0.8912; false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-seventh sitting's first round (a market or bazaar and a cosmodrome described places of their own that leave a bare name to the town, the Latin bazar not as a capitalised name's first word, where it is a given name): 0.8912; false pairs and counted merges unchanged.
        // Still unseen after the twenty-seventh sitting's second round (a German Stausee a reservoir's descriptor read before the lake's -see it ends in, place suffixes tried longest first; the Russian and Ukrainian square in Latin letters, ploshchad, ploshcha; the Ukrainian neuter adjective -ське read as its noun): 0.8912 -> 0.8919, false pairs and counted merges unchanged.
        // Released to the tuners at the start of the twenty-eighth sitting, at 0.8919 (11 false pairs; 0.9298 within the surname guard); its three counted merges, named now: Akylbek Japarov with an invented Aibek Japarov, the town of Kofarnihon with its river, the Dnieper with the city of Dnipro.
        // Twenty-eighth sitting: 0.8919 -> 0.8938 (people 0.831 -> 0.836; organisations 0.694 -> 0.698; 0.9298 -> 0.9317 within the surname guard) after Kazakh Latin of 2018 writes у as ý before a consonant in a word with no acute letter, which its ı alone had read as Turkish (spelling-styles.txt: Tımýr Qulybaev is Timur, not Timyr; Nazarbaev Ýnıversıteti; found on AI), and an initial stands for a person the detector read surname first for a given name's weak -in alone, in the other order (NameClusterer.peopleInTheOtherOrder: M. Kabiri with Muhiddin Kabiri, S. Ayni with Sadriddin Ayni; found on AI), false pairs and merges unchanged.
        // Twenty-eighth sitting, second round: 0.8938 -> 0.8940 after German j after tsch or ch is the soft sign before a vowel, as after any other consonant (spelling-styles.txt: Rybatschje is Rybachye, Рыбачье; found on AI and AG), false pairs and merges unchanged.
        // Twenty-ninth sitting, second change: 0.8940 -> 0.8955 after the region's languages name the state before a body's name in more of their forms (country-heads.txt: the Kazakh republic in the nominative, Қазақстан Республикасы Ұлттық қауіпсіздік комитеті; the genitive of a country's bare name, Кыргызстандын социал-демократиялык партиясы), Tajik izafet and Uzbek Cyrillic heads are words of institutions (organisation-words.txt: Бонки миллии Тоҷикистон, had been a surname-first person), and the vocabulary of organisation-concepts.txt has Kyrgyz боюнча, Kazakh жөніндегі and Uzbek bo'yicha as function words, Uzbek Cyrillic ишлар and Uzbek and Tajik sotsial, сотсиал (found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, fourth change: 0.8955 -> 0.8957 after a mountain range's English plural written bare joins the one range of its stem (NameClusterer.joinRangePlurals: Pamirs, Urals, Carpathians, Fanns with the Pamir, Ural, Carpathian, Fann Mountains; the bare stem stays apart, as often the region or a town; found on AJ), false pairs and merges unchanged.
        // Thirtieth sitting, third change: 0.8957 -> 0.8960 (0.9337 -> 0.9339 within the surname guard) after a one-word club joins its name with a city after it never written as a club when the batch writes that city alone, and not as a surname (NameClusterer.joinClubsToCityNames: FC Pakhtakor with Pakhtakor Tashkent where Tashkent is written), false pairs and merges unchanged.
        // Thirty-first sitting, third change: 0.8960 -> 0.8962 (people 0.836 -> 0.836; 0.9339 -> 0.9342 within the surname guard) after a surname made of a father's name written first, before a given name (Момышулы Бауыржан, Momyshuly Bauyrzhan: a patronymic's ending first, no strong surname ending after it), is read in the register's order as the surname (NameDetector.personForm; it had been keyed as a lone surname, the given name; found on AL), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-ai.tsv", confusables: "confusable-pairs-ai.tsv", minimumSpellings: 500, f1Floor: 0.8962, maximumFalsePairs: 11,
                      knownMerges: [["kg_per_akylbek_japarov", "kg_per_invented_aibek_japarov"], ["tj_loc_kofarnihon", "tj_loc_kofarnihon_river"],
                                    ["ua_loc_dnieper", "ua_loc_dnipro"]]),
        // Blind table AJ, 3,893 spellings of 690 entities (295 people, 230 places, 165 organisations; 60 invented people),
        // by a writer who never saw the stage, to the issue's description and the same calibration rule as U to AI
        // (translations, acronyms, other names, patronymic forms and added designators in a supplement of 2,035
        // spellings). The writer generated the rows with romanisation systems of their own; a renamed place, party,
        // agency or company two entities, a spelling reform one; a bare name given to the city or town, so a person a
        // town is named after has no surname-alone spelling; a surname alone only for well-known people no other entity
        // shares it with; organisations in their Russian, local and own English names, other translations, acronyms and
        // legal forms in the supplement; 299 confusable pairs (246 from the writer's scan of shared surnames and name
        // words, 53 by hand). Blind at first sight on main at f85d615 (the stage as at 30165c7):
        // P 0.9901, R 0.7519, F1 0.8547 (recall: people 0.772, places 0.805, organisations 0.549); 77 false
        // pairs; within the surname guard (158 lone surnames) 0.9116; with its supplement 0.7437 (0.7886 within the
        // guard); 6 of its confusable pairs merged and 7 clusters of different entities, counted, not looked at.
        // rapidfuzz (token_sort_ratio, single link, oracle threshold) 0.667 with 45 confusable merges; Soundex 0.409;
        // OpenRefine's fingerprint 0.104; our keys alone 0.446.
        // Still unseen after the twenty-sixth sitting's second round (whom an institution is named after, after имени, імені, им. or before атындағы, nomidagi, in its span and not its organisation key, and such a name no acronym; an ecological party's adjective a word of institutions' names): 0.8547 -> 0.8550 (0.9116 -> 0.9120 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-sixth sitting's third round (a power plant's or dam's designator, HPP, ГЭС, НБО, dam, power station, describes a place of its own that leaves a bare name to its town; an acronym in Latin capitals before a name its institution's): 0.8550 -> 0.8555 (0.9120 -> 0.9125 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-seventh sitting's first round (a market or bazaar and a cosmodrome described places of their own that leave a bare name to the town, the Latin bazar not as a capitalised name's first word, where it is a given name): 0.8555 -> 0.8569 (0.9125 -> 0.9139 within the surname guard), false pairs and counted merges unchanged. The round's tuner, by a grep whose pattern matched more files than meant, saw this table's header and the six rows of one entity (a market); the rule had come from table AH before.
        // Still unseen after the twenty-seventh sitting's second round (a German Stausee a reservoir's descriptor read before the lake's -see it ends in, place suffixes tried longest first; the Russian and Ukrainian square in Latin letters, ploshchad, ploshcha; the Ukrainian neuter adjective -ське read as its noun): 0.8569 -> 0.8578, false pairs and counted merges unchanged.
        // Still unseen after the twenty-eighth sitting's round (Kazakh Latin of 2018 writes у as ý before a consonant in a word with no acute letter, Tımýr, Ýnıversıteti; an initial stands for a person the detector read surname first for a given name's weak -in ending, when exactly one person fits): 0.8578 -> 0.8588 (0.9148 -> 0.9158 within the surname guard), false pairs and counted merges unchanged.
        // Unchanged, still unseen, by the twenty-eighth sitting's second round (German j after tsch or ch the soft sign before a vowel, as after any other consonant: Rybatschje is Rybachye): 0.8588; false pairs and counted merges unchanged.
        // Released to the tuners at the start of the twenty-ninth sitting, at 0.8588 (77 false pairs; 0.9158 within the surname guard); its counted merges, named now: six confusable pairs of parties, media and bodies of two countries that share a name (Ata-Meken and Atameken, Respublika, Azattyk and Azattyq, the Baiterek monument and the Baiterek holding, the Majlisi Oli and the Oliy Majlis, Radio Svoboda and the Svoboda party) and the cluster of Ukraine with Lesya Ukrainka.
        // Twenty-ninth sitting: 0.8588 -> 0.8600 (organisations 0.564 -> 0.578; 0.9158 -> 0.9170 within the surname guard) after a ministry's domain before a word of institutions as a name's first word opens the institution's name and is no title (NameDetector.classify: Foreign Ministry of Kyrgyzstan, Justice Ministry, had been a person `Ministry of Kyrgyzstan`; found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, second change: 0.8600 -> 0.8617 (organisations 0.578 -> 0.599; 0.9170 -> 0.9187 within the surname guard) after the region's languages name the state before a body's name in more of their forms (country-heads.txt: the Kazakh republic in the nominative, Қазақстан Республикасы Ұлттық қауіпсіздік комитеті; the genitive of a country's bare name, Кыргызстандын социал-демократиялык партиясы), Tajik izafet and Uzbek Cyrillic heads are words of institutions (organisation-words.txt: Бонки миллии Тоҷикистон, had been a surname-first person), and the vocabulary of organisation-concepts.txt has Kyrgyz боюнча, Kazakh жөніндегі and Uzbek bo'yicha as function words, Uzbek Cyrillic ишлар and Uzbek and Tajik sotsial, сотсиал (found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, third change: 0.8617 -> 0.8620 (organisations 0.599 -> 0.603; 0.9187 -> 0.9191 within the surname guard) after a Russian or Ukrainian nationality adjective first in a body's name says its country as the English one does (organisation-adjectives.txt: Таджикский государственный университет, Кыргызский национальный университет; not the plural, whose initial an acronym keeps: Российские железные дороги, РЖД; found on AJ), false pairs and merges unchanged.
        // Twenty-ninth sitting, fourth change: 0.8620 -> 0.8625 (places 0.817 -> 0.820; 0.9191 -> 0.9196 within the surname guard) after a mountain range's English plural written bare joins the one range of its stem (NameClusterer.joinRangePlurals: Pamirs, Urals, Carpathians, Fanns with the Pamir, Ural, Carpathian, Fann Mountains; the bare stem stays apart, as often the region or a town; found on AJ), false pairs and merges unchanged.
        // Thirtieth sitting, second change: 0.8625 -> 0.8627 after a mine and the deposit it works are a place of their own, named with their descriptor in each language (place-descriptors.txt: Kumtor mine, gold mine, рудник, месторождение, Kyrgyz кени, Kazakh кеніші; the English deposit only after its ore, alone as often a bank's), which leaves a bare name to the town, and an international airport is the airport (international+airport, internationaler Flughafen: Manas International Airport with Manas Airport; found on AK), false pairs and merges unchanged.
        // Thirtieth sitting, third change: 0.8627 -> 0.8628 (0.9197 -> 0.9198 within the surname guard) after a one-word club joins its name with a city after it never written as a club when the batch writes that city alone, and not as a surname (NameClusterer.joinClubsToCityNames: FC Pakhtakor with Pakhtakor Tashkent where Tashkent is written), false pairs and merges unchanged.
        // Thirty-first sitting, second change: 0.8628 -> 0.8632 (people 0.774 -> 0.775; 0.9198 -> 0.9203 within the surname guard) after a Latin C. is an initial of its own that stands for a name of ч as for one of k (NameDetector.initialKey; C. Aitmatov with Chingiz Aitmatov, as K. for Kh; found on AL), false pairs and merges unchanged.
        // Thirty-first sitting, third change: 0.8632 -> 0.8637 (people 0.775 -> 0.776; 0.9203 -> 0.9208 within the surname guard) after a surname made of a father's name written first, before a given name (Момышулы Бауыржан, Momyshuly Bauyrzhan: a patronymic's ending first, no strong surname ending after it), is read in the register's order as the surname (NameDetector.personForm; it had been keyed as a lone surname, the given name; found on AL), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-aj.tsv", confusables: "confusable-pairs-aj.tsv", minimumSpellings: 500, f1Floor: 0.8637, maximumFalsePairs: 77,
                      knownMerges: [["kg_org_ata_meken", "kz_org_atameken"], ["kg_org_respublika", "kz_org_respublica"],
                                    ["kg_org_azattyk", "kz_org_azattyq"], ["kz_loc_baiterek", "kz_org_baiterek_holding"],
                                    ["tj_org_majlisi_oli", "uz_org_oliy_majlis"], ["ru_org_radio_svoboda", "ua_org_svoboda"],
                                    ["ua_loc_ukraine", "ua_per_lesya_ukrainka"]]),
        // Blind table AK, 3,819 spellings of 691 entities (295 people, 230 places, 166 organisations; 60 invented people),
        // by a writer who never saw the stage, to the issue's description and the same calibration rule as U to AJ
        // (translations, acronyms, other names, patronymic forms and added designators in a supplement of 3,224
        // spellings). The writer generated the rows by scripts of their own from hand-entered Cyrillic forms, each form
        // reviewed; a renamed city, peak, party or company two entities, a respelling (Alma-Ata, Kiev) or a translation
        // (Pobeda Peak, Jengish Chokusu) one; a bare name given to its main referent (Pushkin, Gagarin the people; Naryn
        // the city), the others keeping their designators; forms two entities share removed from both; exonyms in the
        // supplement; 308 confusable pairs (229 from the writer's scan of shared surnames and name words, 79 by hand).
        // Blind at first sight on main at 5cc15e2 (the stage as at 3e40f08): P 0.9944, R 0.7973, F1 0.8850 (recall:
        // people 0.839, places 0.768, organisations 0.604); 46 false pairs; within the surname guard (95 lone surnames)
        // 0.9197; with its supplement 0.8054 (0.8308 within the guard); 3 of its confusable pairs merged and 4 clusters
        // of different entities, counted, not looked at. rapidfuzz (token_sort_ratio, single link, oracle threshold)
        // 0.667 with 56 confusable merges; Soundex 0.388; OpenRefine's fingerprint 0.100; our keys alone 0.425.
        // Still unseen after the twenty-seventh sitting's first round (a market or bazaar and a cosmodrome described places of their own that leave a bare name to the town, the Latin bazar not as a capitalised name's first word, where it is a given name): 0.8850 -> 0.8862 (0.9197 -> 0.9209 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-seventh sitting's second round (a German Stausee a reservoir's descriptor read before the lake's -see it ends in, place suffixes tried longest first; the Russian and Ukrainian square in Latin letters, ploshchad, ploshcha; the Ukrainian neuter adjective -ське read as its noun): 0.8862 -> 0.8867, false pairs and counted merges unchanged.
        // Still unseen after the twenty-eighth sitting's round (Kazakh Latin of 2018 writes у as ý before a consonant in a word with no acute letter, Tımýr, Ýnıversıteti; an initial stands for a person the detector read surname first for a given name's weak -in ending, when exactly one person fits): 0.8867 -> 0.8871 (0.9214 -> 0.9218 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-eighth sitting's second round (German j after tsch or ch the soft sign before a vowel, as after any other consonant: Rybatschje is Rybachye): 0.8871 -> 0.8874 (0.9218 -> 0.9221 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-ninth sitting's round (a ministry's domain that is also a title's, Foreign, Justice, Interior, before a word of institutions the institution's name; the state named first in more of the region's forms, the Kazakh republic in the nominative and a country's genitive, and Tajik and Uzbek Cyrillic head words of organisations; a Russian or Ukrainian nationality adjective first in a body's name its country; a mountain range's English plural written bare, Pamirs, Urals, joined to the one range of its stem): 0.8874 -> 0.8894 (0.9221 -> 0.9241 within the surname guard), false pairs and counted merges unchanged.
        // Released to the tuners at the start of the thirtieth sitting, at 0.8894 (0.9241 within the surname guard; 46 false pairs; 3 confusable pairs and 4 clusters merged, named below).
        // Thirtieth sitting: 0.8894 -> 0.8905 (0.9241 -> 0.9253 within the surname guard; false pairs 46 -> 22, recall unchanged) after a name of three letters or fewer under a place's descriptor keeps its first letter in a one-letter slip (NameClusterer.joinOneEditVariants: the descriptor's mark had made the key long enough, and Ili River, `ile#river`, met Lena River, `len#river`, through `le#river`; Ili and Ile, Chu and Chui still meet; found on AK), the cluster of the two rivers undone; other released tables unchanged.
        // Thirtieth sitting, second change: 0.8905 -> 0.8913 (0.9253 -> 0.9261 within the surname guard) after a mine and the deposit it works are a place of their own, named with their descriptor in each language (place-descriptors.txt: Kumtor mine, gold mine, рудник, месторождение, Kyrgyz кени, Kazakh кеніші; the English deposit only after its ore, alone as often a bank's), which leaves a bare name to the town, and an international airport is the airport (international+airport, internationaler Flughafen: Manas International Airport with Manas Airport; found on AK), false pairs and merges unchanged.
        // Thirtieth sitting, third change: 0.8913 -> 0.8920 (0.9261 -> 0.9268 within the surname guard) after a one-word club joins its name with a city after it never written as a club when the batch writes that city alone, and not as a surname (NameClusterer.joinClubsToCityNames: FC Pakhtakor with Pakhtakor Tashkent where Tashkent is written (found on AK)), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-ak.tsv", confusables: "confusable-pairs-ak.tsv", minimumSpellings: 500, f1Floor: 0.8919, maximumFalsePairs: 22,
                      knownMerges: [["ru_loc_gagarin_town", "ru_per_yuri_gagarin"], ["ru_loc_pushkin_town", "ru_per_alexander_pushkin"],
                                    ["kg_org_ata_meken", "kz_org_atameken"]]),
        // Blind table AL, 3,845 spellings of 689 entities (297 people, 228 places, 164 organisations; 60 invented people),
        // by a writer who never saw the stage, to the issue's description and the same calibration rule as U to AK
        // (translations, acronyms, other names, patronymic forms and added designators in a supplement of 2,157
        // spellings). The writer generated people's spellings by transliteration rules of their own (English press,
        // scholarly, German, French, Polish, Turkish, Kazakh Latin of 2021, Uzbek Latin, Ukrainian 2010) from hand-typed
        // Cyrillic, places and organisations typed by hand, three to six spellings each; a renamed city, party, company or
        // agency two entities, concurrent names in two languages and respellings one; a bare name given to the city; a
        // surname alone only for a famous person no other person of the table shares it with; forms two entities share
        // removed from both; 295 confusable pairs (219 from the writer's scan of shared surnames and name words, 76 by hand).
        // Blind at first sight on main at 9be1815 (the stage as the twenty-seventh sitting left it): P 0.9970, R 0.8145,
        // F1 0.8966 (recall: people 0.832, places 0.843, organisations 0.587); 27 false pairs; within the surname guard
        // (97 lone surnames) 0.9322; with its supplement 0.7812 (0.8161 within the guard); 4 of its confusable pairs
        // merged and 4 clusters of different entities, counted, not looked at. rapidfuzz (token_sort_ratio, single link,
        // oracle threshold) 0.666 with 98 confusable merges; Soundex 0.391; OpenRefine's fingerprint 0.099; our keys alone 0.418.
        // Still unseen after the twenty-eighth sitting's round (Kazakh Latin of 2018 writes у as ý before a consonant in a word with no acute letter, Tımýr, Ýnıversıteti; an initial stands for a person the detector read surname first for a given name's weak -in ending, when exactly one person fits): 0.8966 -> 0.8977 (0.9322 -> 0.9334 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-eighth sitting's second round (German j after tsch or ch the soft sign before a vowel, as after any other consonant: Rybatschje is Rybachye): 0.8977 -> 0.8979 (0.9334 -> 0.9336 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the twenty-ninth sitting's round (a ministry's domain that is also a title's, Foreign, Justice, Interior, before a word of institutions the institution's name; the state named first in more of the region's forms, the Kazakh republic in the nominative and a country's genitive, and Tajik and Uzbek Cyrillic head words of organisations; a Russian or Ukrainian nationality adjective first in a body's name its country; a mountain range's English plural written bare, Pamirs, Urals, joined to the one range of its stem): 0.8979 -> 0.8991 (0.9336 -> 0.9347 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the thirtieth sitting's round (a name of three letters or fewer under a place's descriptor keeps its first letter in a one-letter slip; a mine and the deposit it works a place of their own, named with their descriptor, leaving the bare name to the town; an international airport's descriptor): 0.8991 -> 0.8992 (0.9347 -> 0.9349 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the thirtieth sitting's short second round (a one-word club joins its name with a city after it that the batch never writes as a club, when the words after its first are written alone and not as a surname): 0.8992 -> 0.8996 (0.9349 -> 0.9353 within the surname guard), false pairs and counted merges unchanged.
        // Released to the tuners at the start of the thirty-first sitting, at 0.8996 (0.9353 within the surname guard; 27 false pairs; 4 confusable pairs and 4 clusters merged, named below).
        // Thirty-first sitting: 0.8996 -> 0.9003 (people 0.835 -> 0.836; 0.9353 -> 0.9360 within the surname guard; false pairs 27 -> 26) after a Latin Y. is an initial of its own, apart from I. (NameDetector.initialKey: the word key folds y into i, and Y. Tymoshenko and I. Tymoshenko had been one entity, a cluster of Yulia's and the invented Iryna's initials): Y. stands for a name of Е, Ю or Я and never for one of И, so it joins Yulia; I. may be Iryna or, in the scholarly spelling, Iuliia, and stays apart. The confusable merge of the two is undone and leaves knownMerges.
        // Thirty-first sitting, second change: 0.9003 -> 0.9005 (0.9360 -> 0.9362 within the surname guard) after a Latin C. is an initial of its own that stands for a name of ч as for one of k (NameDetector.initialKey; C. Asanova with Cholpon Asanova, as K. for Kh), false pairs and merges unchanged.
        // Thirty-first sitting, third change: 0.9005 -> 0.9014 (people 0.836 -> 0.838; 0.9362 -> 0.9371 within the surname guard) after a surname made of a father's name written first, before a given name (Момышулы Бауыржан, Momyshuly Bauyrzhan: a patronymic's ending first, no strong surname ending after it), is read in the register's order as the surname (NameDetector.personForm; it had been keyed as a lone surname, the given name; found on AL), false pairs and merges unchanged.
        NameGoldTable(file: "variant-table-al.tsv", confusables: "confusable-pairs-al.tsv", minimumSpellings: 500, f1Floor: 0.9013, maximumFalsePairs: 26,
                      knownMerges: [["kg_org_ata_meken", "kz_org_atameken"], ["kg_org_azattyk", "kz_org_azattyq"],
                                    ["ru_org_radio_svoboda", "ua_org_svoboda"]]),
        // Blind table AM, 4,002 spellings of 696 entities (301 people, 233 places, 162 organisations; 60 invented people),
        // by a writer who never saw the stage, to the issue's description (translations, acronyms, former names, legal
        // forms and patronymic forms in a supplement of 526 spellings). The writer typed every person's Cyrillic forms
        // and the press's irregular forms by hand and generated the other schemes (English press, BGN, passport, Library
        // of Congress, German, French, Polish, Turkish, Ukrainian 2010, Kazakh official and Latin 2021, Kyrgyz official,
        // Uzbek Latin with its apostrophe's substitutes, Tajik Latin); a change of spelling one entity, a change of name
        // two; a bare name given to the city; a surname alone only when no other person of the table has that exact form
        // (a feminine form counted as different); forms two entities share removed from both; 332 confusable pairs (205
        // from the writer's scan of shared surnames and name words, 129 by hand). Blind at first sight on main at 18cb0f26
        // (the stage as the twenty-eighth sitting left it): P 0.9963, R 0.8339, F1 0.9079 (recall: people 0.874, places
        // 0.800, organisations 0.575); 40 false pairs; within the surname guard (81 lone surnames) 0.9463; with its
        // supplement 0.8680 (0.9013 within the guard); 5 of its confusable pairs merged and 6 clusters of different
        // entities, counted, not looked at. rapidfuzz (token_sort_ratio, single link, oracle threshold) 0.673 with 60
        // confusable merges; Soundex 0.367; OpenRefine's fingerprint 0.088; our keys alone 0.413.
        // Still unseen after the twenty-ninth sitting's round (a ministry's domain that is also a title's, Foreign, Justice, Interior, before a word of institutions the institution's name; the state named first in more of the region's forms, the Kazakh republic in the nominative and a country's genitive, and Tajik and Uzbek Cyrillic head words of organisations; a Russian or Ukrainian nationality adjective first in a body's name its country; a mountain range's English plural written bare, Pamirs, Urals, joined to the one range of its stem): 0.9079 -> 0.9086 (0.9463 -> 0.9470 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the thirtieth sitting's round (a name of three letters or fewer under a place's descriptor keeps its first letter in a one-letter slip; a mine and the deposit it works a place of their own, named with their descriptor, leaving the bare name to the town; an international airport's descriptor): 0.9086 -> 0.9089 (0.9470 -> 0.9474 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the thirtieth sitting's short second round (a one-word club joins its name with a city after it that the batch never writes as a club, when the words after its first are written alone and not as a surname): 0.9089 -> 0.9099 (0.9474 -> 0.9483 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the thirty-first sitting's round on AL (a Latin Y. an initial of its own, apart from I., for a name of Е, Ю or Я; a Latin C. an initial of its own that stands for a name of ч as for one of k; a surname made of a father's name written first, before a given name, read as the surname): 0.9099 -> 0.9100 (0.9483 -> 0.9485 within the surname guard), false pairs and counted merges unchanged.
        NameGoldTable(file: "variant-table-am.tsv", confusables: "confusable-pairs-am.tsv", minimumSpellings: 500, f1Floor: 0.9085, maximumFalsePairs: 40,
                      knownUnseenMerges: (5, 6)),
        // Blind table AN, 3,805 spellings of 691 entities (300 people, 230 places, 161 organisations; 60 invented people),
        // by a writer who never saw the stage, to the issue's description (translations, acronyms, former names, generic
        // and legal-form words and patronymic forms in a supplement of 1,114 spellings). The writer typed every person's
        // Cyrillic forms and the press's forms by hand and generated the other schemes by rules of their own (English
        // press, BGN/PCGN, passport, Kazakh Latin 2021, Uzbek Latin, Ukrainian 2010, Library of Congress, German, French,
        // Polish, Turkish); a change of spelling one entity, a change of name two; a bare name given to the city, and to a
        // lake, river or range no city shares it with; an acronym that is the name itself kept; a surname alone only when
        // no other person of the table has that exact form; 341 confusable pairs (from the writer's scan of shared
        // surnames and name words, and by hand). Blind at first sight on main at 71124db (the stage as the twenty-ninth
        // sitting left it, 03edc8f): P 0.9954, R 0.8510, F1 0.9175 (recall: people 0.883, places 0.802, organisations
        // 0.656); 43 false pairs; within the surname guard (62 lone surnames) 0.9462; with its supplement 0.8716 (0.8963
        // within the guard); 7 of its confusable pairs merged and 8 clusters of different entities, counted, not looked
        // at. rapidfuzz (token_sort_ratio, single link, oracle threshold) 0.692 with 80 confusable merges; Soundex 0.398;
        // OpenRefine's fingerprint 0.093; our keys alone 0.429.
        // Still unseen after the thirtieth sitting's round (a name of three letters or fewer under a place's descriptor keeps its first letter in a one-letter slip; a mine and the deposit it works a place of their own, named with their descriptor, leaving the bare name to the town; an international airport's descriptor): 0.9175 -> 0.9176 (0.9462 -> 0.9464 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the thirtieth sitting's short second round (a one-word club joins its name with a city after it that the batch never writes as a club, when the words after its first are written alone and not as a surname): 0.9176 -> 0.9181 (0.9464 -> 0.9468 within the surname guard), false pairs and counted merges unchanged.
        // Still unseen after the thirty-first sitting's round on AL (a Latin Y. an initial of its own, apart from I., for a name of Е, Ю or Я; a Latin C. an initial of its own that stands for a name of ч as for one of k; a surname made of a father's name written first, before a given name, read as the surname): 0.9181 -> 0.9185 (0.9468 -> 0.9473 within the surname guard), false pairs and counted merges unchanged.
        NameGoldTable(file: "variant-table-an.tsv", confusables: "confusable-pairs-an.tsv", minimumSpellings: 500, f1Floor: 0.9174, maximumFalsePairs: 43,
                      knownUnseenMerges: (7, 8)),
        // Blind table AO, 3,997 spellings of 695 entities (298 people, 237 places, 160 organisations; 60 invented people),
        // by a writer who never saw the stage, to the issue's description (translations, acronyms, former names,
        // designators and generic words and patronymic forms in a supplement of 542 spellings). The writer typed every
        // person's Cyrillic forms and the press's forms by hand and generated the other schemes by rules of their own
        // (English press, BGN, passport, Library of Congress, German, French, Polish, Turkish, Kazakh Latin 2021, Uzbek
        // Latin with its apostrophe's substitutes, Ukrainian 2010, Kyrgyz and Tajik Latin); a change of name two entities,
        // concurrent names in two languages one; a bare name given to the city; a surname alone only for a famous person
        // whose surname no other person of the table shares (a feminine form counted as the same); generated forms two
        // entities share dropped from both; 316 confusable pairs (165 from the writer's scan of shared surnames and name
        // words, the rest by hand). Blind at first sight on main at 2ac5161 (the stage as the thirtieth sitting left it,
        // 2d80f21): P 0.9987, R 0.8385, F1 0.9116 (recall: people 0.852, places 0.827, organisations 0.635); 16 false
        // pairs; within the surname guard (79 lone surnames) 0.9503; with its supplement 0.8628 (0.9037 within the guard);
        // 3 of its confusable pairs merged and 3 clusters of different entities, counted, not looked at. rapidfuzz
        // (token_sort_ratio, single link, oracle threshold) 0.701 with 57 confusable merges; Soundex 0.351; OpenRefine's
        // fingerprint 0.093; our keys alone 0.398.
        // Still unseen after the thirty-first sitting's round on AL (a Latin Y. an initial of its own, apart from I., for a name of Е, Ю or Я; a Latin C. an initial of its own that stands for a name of ч as for one of k; a surname made of a father's name written first, before a given name, read as the surname): 0.9116 -> 0.9132 (0.9503 -> 0.9519 within the surname guard), false pairs and counted merges unchanged.
        NameGoldTable(file: "variant-table-ao.tsv", confusables: "confusable-pairs-ao.tsv", minimumSpellings: 500, f1Floor: 0.913, maximumFalsePairs: 16,
                      knownUnseenMerges: (3, 3)),
    ]
}
