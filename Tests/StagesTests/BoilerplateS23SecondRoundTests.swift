import Foundation
import Pipeline
@testable import Stages
import Testing

/// The twenty-third sitting's second round, on the chrome set AH kept, by its structure in any
/// language: chrome printed in two languages with a slash between the halves, one half a label
/// the lexicon knows (`Almmuhus / Annonse`); the caption of the photo at the top of the story,
/// under the byline and date line and over the lead, told by its credit whatever rule removed the
/// credit (a copyright sign before the label, the label's other language) or by a credit's shape
/// with a label no list knows (`Govva: …`); and a counter of readers under the date whatever place
/// its figure takes among its words. The pages are composed in Northern Sámi with Norwegian chrome
/// and in Breton with French chrome, languages the lexicon does not know, with a must-not-fire case
/// for each rule.
extension BoilerplatePageCase {
    static let twentyThirdSecondRoundChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "chrome in two languages joined by a slash goes by the half the lexicon knows; a subheading naming a place in two languages stays", page: """
            #outlet: Ságat Davvi
            !Ođđasat / Nyheter
            Johtalansámit ožžot ođđa geainnu Guovdageainnu duoddarii
            Gieldda mielde geaidnu galgá leat gárvvis ovdal čakča
            Čállán: Máret Ánne Sara
            Bearjadat, 14. njukčamánnu 2026
            GUOVDAGEAIDNU – Gielda lea mearridan huksit ođđa geainnu duoddarii, nu ahte boazodoallit besset álkibut johtit čakčat ja giđđat.
            !Almmuhus / Annonse
            "Mii leat vuordán dán geainnu guhkes áigge," dadjá boazoeaiggát Nils Mathis Gaup.
            !Loga maid / Les også: Bohccot johtet ovdal áiggi Kárášjogas
            Guovdageaidnu / Kautokeino
            Geaidnu galgá máksit sullii 40 miljovnna ruvnnu, ja bargu álgá miessemánus.
            Gielda dieđiha ahte boazodoallit besset searvat plánemii.
            !© 2026 Ságat Davvi
            """),
        BoilerplatePageCase(rule: "the caption over the lead goes with its credit kept under a label no list knows; the share row and the date above it", page: """
            #outlet: Ságat Davvi
            !Ođđasat / Nyheter
            Skuvla Kárášjogas oažžu ođđa sámegiel girjerádju
            Girjerájus leat badjel guokte duhát girjji mánáide ja nuoraide
            Čállán: Inger Marie Eira
            Vuossárga 09.03.2026 10:15
            !Facebook
            !WhatsApp
            !Mánát lohket girjjiid ođđa girjerájus vuossárgga.
            !Govva: Ánde Somby / Ságat Davvi
            KÁRÁŠJOHKA – Kárášjoga skuvla rabastii vuossárgga ođđa girjerádju, mas leat badjel guokte duhát sámegiel girjji mánáide ja nuoraide.
            "Mánát ožžot dál lohkat iežaset gillii," dadjá rektor Biret Hætta.
            Girjerádju lea rabas juohke beaivvi skuvlla maŋŋá.
            !© 2026 Ságat Davvi
            """),
        BoilerplatePageCase(rule: "the caption over a credit after a copyright sign goes in the head; under it the lead stays", page: """
            #outlet: Ar Vro Bemdez
            !Keleier / Actualités
            Ur bont nevez war ar Skaon e Kemper
            Ar bont a vo digoret d'an dud war droad e miz Mae
            Gant Annaig Le Gall
            15.03.2026 da 9e30
            !Lenn : 3 min
            !Dastumerien o labourat war ar bont, d'ar Sadorn.
            !© Photo : Yann Kerbrat / Ar Vro Bemdez
            KEMPER – Labourioù ar bont nevez war ar Skaon a zo echu hanter, hervez ti-kêr Kemper, hag an dud war droad a c'hallo tremen warni e miz Mae.
            Koustañ a ra tri milion euro, paeet gant ar gumun hag ar rannvro.
            !© 2026 Ar Vro Bemdez
            """),
        BoilerplatePageCase(rule: "a long lead over a player's label of a credit's shape stays", page: """
            #outlet: Ságat Davvi
            !Ođđasat / Nyheter
            Sámediggi mearridii ođđa giellaplána nuppi jahkái
            Plána galgá nannet sámegiela skuvllain ja mánáidgárddiin miehtá riikka
            Čállán: Ánne Márjá Guttorm
            Gaskavahkku 11.03.2026 14:05
            !Facebook
            !WhatsApp
            KÁRÁŠJOHKA – Sámediggi mearridii gaskavahkku ođđa giellaplána, mii galgá nannet sámegiela oahpahusa skuvllain ja mánáidgárddiin miehtá riikka nuppi jagi rájes.
            !Listen: Ságat Davvi Podcast
            Plána mielde ožžot skuvllat eanet ruđa sámegiel oahpaheddjiide ja oahpponeavvuide.
            Sámedikki presideanta dadjá ahte plána lea stuorra lávki ovddasguvlui.
            !© 2026 Ságat Davvi
            """),
        BoilerplatePageCase(rule: "a counter of readers under the date goes with its figure last and no colon, under a reading time taken already; a time ago with a small figure stays", page: """
            #outlet: Ságat Davvi
            !Ođđasat / Nyheter
            Mátkeealáhus Guovdageainnus šaddá jahkásaččat
            Eanet turisttat bohtet dálvit geahččat guovssahasa
            Čállán: Sunná Marie Sara
            Lávvordat 14.03.2026 11:20
            !Lohkanáigi: 3 minuhta
            !Lohkan leat 2 418
            !Facebook
            !WhatsApp
            GUOVDAGEAIDNU – Mátkeealáhus Guovdageainnus lea šaddan guokte geardde stuorábun vihtta jagis, čájehit gieldda ođđa logut.
            Eanaš turisttat bohtet dálvit geahččat guovssahasa ja vuodjit bohccuiguin.
            !© 2026 Ságat Davvi
            """),
        BoilerplatePageCase(rule: "a time ago with a small figure under the date line stays", page: """
            #outlet: Ságat Davvi
            !Ođđasat / Nyheter
            Buollin Kárášjoga márkanis ii bártidan olbmuid
            Buolaštus vuoittii buollima ovdal go dat gárttai eará viesuide
            Čállán: Niillas Somby
            Sotnabeaivi 15.03.2026 12:50
            Ođasmahttojuvvon 3 diimmu dassái
            !Facebook
            !WhatsApp
            KÁRÁŠJOHKA – Buollin álggii sotnabeaivvi iđđedis Kárášjoga márkanis, muhto buolaštus vuoittii dan ovdal go dat gárttai eará viesuide.
            Politiija dieđiha ahte ii oktage bártidan.
            !© 2026 Ságat Davvi
            """),
    ]
}

@Suite("BoilerplateStripper chrome of the twenty-third sitting's second round")
struct BoilerplateS23SecondRoundTests {
    @Test("A photo's credit opens with a label a list knows, after a copyright sign or the label's other language too, or has a credit's shape with a label no list knows: one word and a colon over a short name in capitals or a caseless script", arguments: [
        ("© Photo : Yann Kerbrat / Ar Vro Bemdez", true, false), ("Assiliisoq / Foto: Aqqaluk Berthelsen", true, false),
        ("Photo: Jane Doe", true, true), ("Govva: Ánde Somby / Ságat Davvi", false, true), ("Govva: Hery Rabe R.", false, true),
        ("© 2026 Ar Vro Bemdez", false, false), ("Guovdageaidnu / Kautokeino", false, false), ("Govva: ságat davvi", false, false),
        ("Lohkanáigi: 3 minuhta", false, false), ("Govva: Ánde Somby. Govva: Ságat Davvi", false, false),
    ])
    func creditLabels(text: String, listed: Bool, unlisted: Bool) {
        var text = text
        text.withUTF8 { bytes in
            #expect(BoilerplateClassifier.opensWithCreditLabel(bytes) == listed)
            #expect(BoilerplateClassifier.isUnlistedCredit(bytes) == unlisted)
        }
    }

    @Test("A counter's figure anywhere among its words is a loose counter; a sentence or two figures are none", arguments: [
        ("Lohkan leat 2 418", BoilerplateClassifier.CounterShape.loose), ("Minti 3 na karatu", .loose),
        ("Read 3 418 times", .labelFirst), ("Lohkanáigi: 3 minuhta", .loose), ("Lohkan leat 2 418 ja 12", nil), ("Ođđa geaidnu ja 2 418 bohcco guohtuma", nil),
    ])
    func counterShapes(text: String, shape: BoilerplateClassifier.CounterShape?) {
        var text = text
        #expect(text.withUTF8 { BoilerplateClassifier.counterShape(of: $0) } == shape)
    }
}
