import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The `bylines` option: the article's own byline block (the byline, the writer's role, the
/// published and updated stamps, a reading time under them, a sign-off at the story's foot) is the
/// story's under `keep`, the default, and goes under `remove`, each line under a rule named
/// `byline…`. The pages are composed in five languages and layouts, with the block's lines marked
/// `!`; each also holds lines the block must leave alone (a dateline opening the lead, a story
/// sentence naming a person, a subheading of two capitalized words, a table's row with a date).
extension BoilerplatePageCase {
    static let bylineBlocks: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a `By` line with the role after a comma, the published and updated stamps and a reading time, on a page with blank lines; the dateline, a sentence naming a person, a subheading and a dated table row stay", page: """
            #outlet: Fenwick Gazette
            !Home

            !News

            !Business

            !Sport

            !Contact us

            Ferry operator orders two electric boats for the Fenwick crossing

            The new vessels will replace the diesel ferry that has served the estuary since 1994.

            !By Idris Kallenby, Transport Correspondent

            !Published: 9 March 2026, 07:30

            !Updated: 9 March 2026, 12:05

            !5 min read

            FENWICK — The operator of the Fenwick estuary ferry has ordered two battery-powered boats from a yard in Devon, it said on Monday.

            Council leader Marian Osei said the order was a good day for the river and for the people who cross it every morning.

            Charging Points

            The boats will charge at both slipways during the ten minutes they wait between crossings, the operator said.

            || Date | Route | Boats |

            || 14 March 2026 | Fenwick to Orme | 2 |

            The first boat is due to enter service next spring, after trials on the estuary through the winter.

            !© 2026 Fenwick Gazette
            """),
        BoilerplatePageCase(rule: "the date over a `Por` byline and an update stamp under a share row, on a page without blank lines", page: """
            #outlet: Diario de Valdemora
            !Inicio
            !Portada
            !Ciudad
            !Deportes
            !Opinión
            Valdemora abrirá una biblioteca en la antigua estación de tren
            El edificio de 1912 acogerá salas de estudio y un archivo de fotografía local desde septiembre.
            !Publicado el 4 de marzo de 2026, 10:20
            !Por Inés Arrieta Moncada
            !Compartir
            !Facebook
            !Actualizado el 4 de marzo de 2026, 13:45
            El ayuntamiento de Valdemora aprobó el martes la reforma de la antigua estación, cerrada desde que el tren dejó de parar en el pueblo hace treinta años.
            La alcaldesa, Rocío Peñalver, explicó que las obras costarán 2,3 millones de euros y que la mitad llegará de fondos de la provincia.
            Los vecinos podrán consultar el archivo de fotografía los sábados por la mañana, según el proyecto.
            !© 2026 Diario de Valdemora
            """),
        BoilerplatePageCase(rule: "a name alone, the writer's role in capitals and the date under the standfirst, and a sign-off after a dash under the story", page: """
            #outlet: Orme Harbour News
            !Home
            !Local
            !Harbour
            !Weather
            Harbour board delays the dredging of the inner basin until autumn
            Fishing crews say the silt now stops boats from leaving at low tide on most days of the month.
            !Teodora Vasquez
            !Senior Harbour Reporter
            !3 March 2026
            The harbour board has put off the dredging of the inner basin at Orme until the autumn because the contractor's barge is needed elsewhere.
            Skipper Owen Pryce said his boat had been stuck at its mooring four times in February and that crews were losing money every week.
            The board said it would pay for a survey of the silt this month so that work could start as soon as the barge was free.
            !— Teodora Vasquez
            !Most read
            !Tide tables for March
            !Lifeboat crew honoured at Orme
            """),
        BoilerplatePageCase(rule: "a name and the date on one line after a middle dot", page: """
            #outlet: Talbote
            !Startseite
            !Region
            !Sport
            !Kultur
            Neue Buslinie verbindet Talheim mit dem Bahnhof
            Ab April fährt der Bus im Halbstundentakt, auch am Wochenende.
            !Lukas Brenner · 12. März 2026, 09:40 Uhr
            Der Kreistag hat am Mittwoch eine neue Buslinie zwischen Talheim und dem Bahnhof in Oberau beschlossen, die ab dem ersten April fahren soll.
            Landrätin Petra Vogelsang sagte, die Linie sei ein lange gehegter Wunsch der Pendler im oberen Tal gewesen.
            Die Fahrt zum Bahnhof wird etwa zwanzig Minuten dauern und kostet so viel wie ein gewöhnlicher Fahrschein.
            !Impressum
            """),
        BoilerplatePageCase(rule: "a name alone over the date and its clock in Cyrillic, on a page with blank lines", page: """
            #outlet: Подільський Вісник
            !Головна

            !Новини

            !Спорт

            !Культура

            У Вінниці відкрили нічну аптеку біля вокзалу

            Аптека працюватиме цілодобово і прийматиме електронні рецепти.

            !Оксана Мельничук

            !12 березня 2026, 10:15

            У Вінниці біля залізничного вокзалу відкрили першу в місті аптеку, яка працюватиме цілодобово без перерв і вихідних.

            Заступник міського голови Андрій Ткачук сказав, що місто давно чекало на таку аптеку біля вокзалу.

            У першу ніч роботи до аптеки звернулися понад сорок людей, повідомили у міській раді.

            !© 2026 Подільський Вісник
            """),
    ]
}

@Suite("BoilerplateBylineConvention")
struct BoilerplateBylineConventionTests {
    /// The stage's removed lines on `article` under `bylines`.
    private func removed(_ article: BoilerplateGoldArticle, bylines: String) throws -> [RemovedLine] {
        var options = BoilerplateStripper.Options()
        options.bylines = bylines
        let harness = try CorpusStageHarness<BoilerplateStripper>(options: options)
        return try #require(try harness.run([article.document]).documents.first)[BoilerplateKey.self] ?? []
    }

    @Test("Under `remove` the byline block goes, each line under a `byline` rule; under `keep` it all stays and nothing else moves",
          arguments: BoilerplatePageCase.bylineBlocks)
    func bylineBlock(page: BoilerplatePageCase) throws {
        let article = BoilerplateGoldArticle(name: page.rule, fixture: page.page)
        let removing = try removed(article, bylines: "remove")
        #expect(article.score(removed: Set(removing.map(\.line))).f1 == 1, "\(article.mistakes(removed: removing))")
        let block = removing.filter { $0.rule.hasPrefix("byline") }
        #expect(!block.isEmpty)
        // Under `keep`: the same lines go, but for the block.
        let keeping = try removed(article, bylines: "keep")
        #expect(Set(keeping.map(\.line)) == Set(removing.map(\.line)).subtracting(block.map(\.line)), "\(keeping.map(\.text))")
        // The default is `keep`.
        let harness = try CorpusStageHarness<BoilerplateStripper>(options: .init())
        let byDefault = try #require(try harness.run([article.document]).documents.first)[BoilerplateKey.self] ?? []
        #expect(byDefault.map(\.line) == keeping.map(\.line))
    }

    @Test("Each line of the block is named for what it is: the byline, the writer's role, a date line, a reading time")
    func blockRules() throws {
        let pages = [BoilerplatePageCase.bylineBlocks[0], BoilerplatePageCase.bylineBlocks[2]]
        var rules: [String: String] = [:]
        for page in pages {
            for line in try removed(BoilerplateGoldArticle(name: page.rule, fixture: page.page), bylines: "remove") { rules[line.text] = line.rule }
        }
        #expect(rules["By Idris Kallenby, Transport Correspondent"] == "byline")
        #expect(rules["Updated: 9 March 2026, 12:05"] == "byline-date")
        #expect(rules["Senior Harbour Reporter"] == "byline-role")
        #expect(rules["— Teodora Vasquez"] == "byline")
        #expect(rules["3 March 2026"] == "byline-date")
    }

    @Test("The option's values are `keep` and `remove`, and any other is rejected with a message naming them")
    func optionValues() throws {
        for value in BoilerplateStripper.BylineConvention.allCases {
            _ = try StageHarness<BoilerplateStripperPerDocument>(configuration: "bylines \"\(value.rawValue)\"")
        }
        #expect(throws: (any Error).self) { try StageHarness<BoilerplateStripperPerDocument>(configuration: "bylines \"drop\"") }
        do {
            _ = try StageHarness<BoilerplateStripperPerDocument>(configuration: "bylines \"drop\"")
        } catch {
            #expect("\(error)".contains("\"keep\" or \"remove\""), "\(error)")
        }
    }
}
