import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Composed pages for the fourteenth sitting's round on the story lines Z lost: a fact box under
/// the story's last paragraph whose labels run to five words (`Cost of the new depot: …`), under a
/// heading the span's end took with it (`factBoxes`), and a list of one-word items under a short
/// lead in a language of long words, which the story resumes after (`resumedLists`). Each page must
/// come out with every line right. The pages in English, German, Hungarian and Estonian fail
/// without their rule (measured with each rule taken out); the pages they must not fire on (a
/// box of figures under chrome, a site's menu announced by a colon and closed by the footer, a
/// list closed by a line that addresses the reader) pass with and without them.
extension BoilerplatePageCase {
    static let zRound: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "an English fact box of five-word labels under its heading after the last paragraph stays", page: """
            #outlet: Harrow Valley Star
            !Harrow Valley Star
            !News
            Council approves electric bus depot for the valley

            The depot will house sixty buses and open in the spring of 2028.

            By Priya Nandakumar

            The council approved plans on Tuesday for a depot that will charge the valley's new electric buses overnight.

            Work on the site beside the old gasworks is due to start in January, the council's transport chief said.

            Residents of Mill Lane had asked for a noise wall, which the final plans include along the depot's northern edge.

            The depot at a glance
            Cost of the new depot: £48 million
            Number of buses charged overnight: 60
            Opening of the first hall: spring 2028
            !Share this article
            !Facebook
            !WhatsApp
            !More from News
            !Cyclists ask for safer crossing on Bridge Street
            !© 2026 Harrow Valley Media
            """),
        BoilerplatePageCase(rule: "a German fact box of four-word labels under its heading after the last paragraph stays", page: """
            #outlet: Rheinische Abendpost
            !Rheinische Abendpost
            !Lokales
            Neues Hallenbad in Deutz soll 2029 öffnen

            Der Stadtrat hat den Bau beschlossen, die Kosten steigen aber erneut.

            Von Jana Krüger

            Der Stadtrat hat am Donnerstag den Bau des neuen Hallenbads in Deutz beschlossen, nach mehr als drei Jahren Planung.

            Die Kosten liegen nach der jüngsten Schätzung um vier Millionen Euro über dem ersten Entwurf, sagte die Kämmerin.

            Schwimmvereine hatten lange auf mehr Wasserfläche für das Training am Abend gedrängt.

            Das Wichtigste in Kürze
            Kosten des neuen Bads: 31 Millionen Euro
            Bauzeit nach dem Plan: 26 Monate
            Plätze auf der Tribüne: 450
            !Artikel teilen
            !Mehr aus Lokales
            !Straßenbahnlinie 7 fährt wieder bis Frechen
            !© 2026 Rheinische Abendpost
            """),
        BoilerplatePageCase(rule: "a box of figures under the share row, not under the story's last paragraph, goes", page: """
            #outlet: Harrow Valley Star
            !Harrow Valley Star
            !News
            Valley market extends its Saturday hours

            The covered market will stay open until six in the evening from May.

            By Priya Nandakumar

            Traders at the covered market on Church Street voted on Monday to keep their stalls open later on Saturdays.

            The market's manager said footfall after four o'clock had doubled since the new car park opened last year.

            Some traders said they would need extra staff for the later hours and asked the council for help with the cost.

            !Share this article
            !Facebook
            !WhatsApp
            !Valley weather for Sunday morning: 12 °C, cloudy
            !Valley weather for Sunday afternoon: 15 °C, sunny
            !Valley weather for Sunday evening: 9 °C, rain
            !© 2026 Harrow Valley Media
            """),
        BoilerplatePageCase(rule: "a Hungarian list of one-word items under a three-word lead, the story resuming after it, stays", page: """
            #outlet: Alföldi Hírlap
            !Alföldi Hírlap
            !Belföld
            Korán indult a gombaszezon a Bükkben

            A meleg és csapadékos szeptember miatt már most tele vannak az erdők.

            Szabó Eszter

            !Hirdetés

            A Bükki Nemzeti Park erdészei szerint idén két héttel korábban jelentek meg a gombák, mint az elmúlt években.

            A hétvégén több száz gombász járta az erdőket Szilvásvárad és Répáshuta környékén, mondta a park szóvivője.

            !Hirdetés

            Legkeresettebb gombafajták idén:

            Vargánya

            Rókagomba

            Őzlábgomba

            Csiperke

            A gombászok a szakellenőrzést ezúttal is minden nagyobb településen ingyen vehetik igénybe.

            !Címkék

            !Természet

            !Bükk

            !© 2026 Alföldi Hírlap
            """),
        BoilerplatePageCase(rule: "an Estonian list of short items under a four-word lead, the story resuming after it, stays", page: """
            #outlet: Saare Teataja
            !Saare Teataja
            !Uudised
            Saaremaa matkarajad said suveks uued viidad

            Keskkonnaamet uuendas saarel üle kahesaja viida.

            Mari Tamm

            Keskkonnaamet paigaldas kevadel Saaremaa matkaradadele üle kahesaja uue viida, teatas ameti pressiesindaja.

            Vanad viidad olid tormides kannatada saanud ja mitmel rajal eksisid matkajad mullu suvel ära.

            !Reklaam

            Saaremaa populaarseimad matkarajad suvel:

            Panga pank

            Vilsandi rada

            Loode tammik

            Kaali kraater

            Matkajuhid soovitavad radadele minna varahommikul, kui rahvast on metsas vähem ja ilm veel jahe.

            !Teemad

            !Loodus

            !Saaremaa

            !© 2026 Saare Teataja
            """),
        BoilerplatePageCase(rule: "a site's menu announced by a colon and closed by the footer goes, its lead with it", page: """
            #outlet: Harrow Valley Star
            !Harrow Valley Star
            !News
            Footbridge over the Harrow reopens after repairs

            The bridge was closed for six weeks after a lorry struck its ramp.

            By Priya Nandakumar

            The footbridge between the station and the riverside park reopened on Friday after six weeks of repairs.

            Engineers replaced two steel beams and part of the ramp, which a delivery lorry hit in March, the council said.

            !Explore the rest of the valley's paper:
            !Opinion
            !Sport
            !Culture
            !Travel
            !© 2026 Harrow Valley Media
            """),
    ]
}

@Suite("BoilerplateStripper Z round")
struct BoilerplateZRoundTests {
    @Test("every line of the composed page is labelled right", arguments: BoilerplatePageCase.zRound)
    func page(_ example: BoilerplatePageCase) throws {
        try example.expectEveryLineRight()
    }
}
