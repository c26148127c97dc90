import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Composed pages for the fourteenth sitting's round on the story lines Z lost: a fact box under
/// the story's last paragraph whose labels run to five words (`Cost of the new depot: …`), under a
/// heading the span's end took with it (`factBoxes`), and a list of one-word items under a short
/// lead in a language of long words, which the story resumes after (`resumedLists`); then on its
/// chrome: a head feed's clocks printed with a dot (`16.42 …`, `headFeeds`), and a consent banner's
/// sentence naming the use of cookies in each language's phrasing (the lexicon's cookies class),
/// whose paragraph was taken for the page's first prose and so put the title above the menu; and
/// the lexicon's classes of a story's inline forms with their siblings (an ad's end, a newsletter's
/// e-mail field, a paywall's offer, a donation's coffee price, a listen button). Each page must
/// come out with every line right. The fact boxes (English, German), the lists (Hungarian,
/// Estonian), the feeds (Danish, German), the banners (Hungarian, Latvian) and the forms
/// (Spanish, German) fail
/// without their rule (measured with each rule taken out); the pages they must not fire on (a box
/// of figures under chrome, a site's menu announced by a colon and closed by the footer, a live
/// blog's dotted clocks under the headline, a story's sentence that reports a rule on consenting
/// to the use of cookies, a story's sentences on unlimited access and the price of a coffee) pass
/// with them.
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
        BoilerplatePageCase(rule: "a Danish head feed of headlines after clocks printed with a dot goes; the headline and story stay", page: """
            #outlet: Fynske Dagblad
            !Spring til indhold
            !Fynske Dagblad
            !Nyheder
            !Sport
            !Kultur
            !Seneste nyt
            !16.42 Trafikuheld på motorvejen ved Nyborg spærrer et spor
            !16.20 Ny direktør for Odense Havn er fundet
            !15.58 Regionen vil bygge to nye sundhedshuse
            Odense vil give gratis busser til alle unge under 18 år

            Byrådet vedtog planen tirsdag aften med et stort flertal.

            Af Mette Kjær

            Alle unge under 18 år skal fra næste sommer kunne køre gratis med bybusserne i Odense, besluttede byrådet tirsdag aften.

            Ordningen koster kommunen omkring 14 millioner kroner om året, oplyste rådmanden for by- og kulturforvaltningen.

            Flere forældre har i en årrække bedt om billigere transport til skoler og fritidsaktiviteter.
            """),
        BoilerplatePageCase(rule: "a German head feed of headlines after dotted clocks goes under a label the lexicon does not know", page: """
            #outlet: Rheinische Abendpost
            !Rheinische Abendpost
            !Lokales
            !Politik
            !Sport
            !Gerade eben
            !9.47 Stau auf der A3 nach Unfall bei Leverkusen
            !9.15 Messe meldet Rekord bei Ausstellern für den Herbst
            Stadt pflanzt 800 neue Bäume entlang der Ringe

            Die ersten Linden kommen schon im November in den Boden.

            Von Jana Krüger

            Die Stadt will bis zum Frühjahr 800 neue Bäume entlang der Ringe pflanzen, teilte das Grünflächenamt am Montag mit.

            Die Bäume sollen die Straßen im Sommer kühlen und mehr Schatten für Fußgänger und Radfahrer spenden.

            Anwohner hatten sich seit Jahren über die Hitze auf den breiten Straßen beklagt.
            """),
        BoilerplatePageCase(rule: "a live blog's entries under the headline opening with dotted clocks stay", page: """
            #outlet: Fynske Dagblad
            !Fynske Dagblad
            !Nyheder
            Storm over Fyn: broen lukket for lastbiler

            Følg udviklingen her, mens stormen passerer øen i løbet af eftermiddagen.

            Af Mette Kjær

            14.30 Storebæltsbroen er nu lukket for lastbiler og campingvogne, oplyser broens operatør.

            14.05 Politiet beder bilister om at blive hjemme, hvis de ikke har et vigtigt ærinde på vejene.

            13.40 Flere træer er væltet over vejene syd for Odense, og redningsberedskabet er rykket ud.
            """),
        BoilerplatePageCase(rule: "a Hungarian consent banner above the menu goes, so the headline under the menu is the title and the feed under it goes", page: """
            #outlet: Alföldi Hírlap
            !A honlap sütiket használ
            !A honlap sütiket (cookie-kat) használ a jobb felhasználói élmény és a mérések érdekében. Az „Elfogadom” gombra kattintva hozzájárul a sütik használatához.
            !Elfogadom
            !Elutasítom
            !Alföldi Hírlap
            !Belföld
            !Gazdaság
            !Sport
            !Friss
            !10:12 Újra jár a kompjárat Szeged és Tiszasziget között
            !9:48 Megnyílt a felújított szegedi uszoda
            Kétszer annyi gólya fészkel idén a Körös mentén

            A madárgyűrűzők szerint a csapadékos tavasz sok élelmet hozott a fiókáknak.

            Szabó Eszter

            A Körös-Maros Nemzeti Park munkatársai idén kétszer annyi gólyafészket számoltak össze, mint tavaly, mondta a park szóvivője.

            A fészkek többsége villanyoszlopokon van, ezért a szolgáltató újabb fészektartókat szerel fel a nyár végéig.

            A gyűrűzők szerint a csapadékos tavasz miatt bőven volt béka és rovar a réteken.
            """),
        BoilerplatePageCase(rule: "a Latvian consent banner's heading and sentence above the menu go; the headline under the menu is the title", page: """
            #outlet: Kurzemes Vēstis
            !Par sīkdatnēm
            !Turpinot lietot šo vietni vai nospiežot pogu „Piekrītu”, jūs piekrītat sīkdatņu izmantošanai analītikai un reklāmai.
            !Piekrītu
            !Kurzemes Vēstis
            !Ziņas
            !Sports
            !Kultūra
            Liepājā atjaunos vēsturisko tramvaja depo

            Darbi sāksies nākamā gada pavasarī un ilgs divus gadus.

            Anna Kalniņa

            Liepājas dome otrdien apstiprināja vēsturiskā tramvaja depo atjaunošanu, pavēstīja domes pārstāve.

            Ēkā paredzēts iekārtot tramvaju muzeju un darbnīcas, kurās remontēs arī vecos vagonus.

            Projekts izmaksās aptuveni četrus miljonus eiro, no kuriem lielāko daļu segs Eiropas fondi.
            """),
        BoilerplatePageCase(rule: "a story's sentence that reports a rule on consenting to the use of cookies stays", page: """
            #outlet: Harrow Valley Star
            !Harrow Valley Star
            !News
            Regulator warns valley shops over online tracking

            Three shops were told to change their websites within a month.

            By Priya Nandakumar

            The data regulator has warned three shops in the valley that their websites tracked visitors without asking first, it said on Tuesday.

            Under the rules, visitors must be asked to consent to the use of cookies before any tracking starts, the regulator's letter said.

            The shops said they had relied on a web designer who had since closed his business.
            """),
        BoilerplatePageCase(rule: "a Spanish story's listen button, ad end, newsletter field and coffee-price appeal go; its sentences between them stay", page: """
            #outlet: Diario del Segura
            !Diario del Segura
            !Región
            Murcia abrirá tres refugios climáticos en las pedanías este verano

            Los centros tendrán aire acondicionado y agua fría de once a ocho.

            Por Lucía Ferrer

            !Escuchar este artículo

            El Ayuntamiento de Murcia abrirá tres refugios climáticos en las pedanías a partir del 1 de julio, anunció el concejal de Salud.

            !Publicidad

            !Fin de la publicidad

            Los refugios estarán en los centros cívicos de El Palmar, Espinardo y La Alberca, y podrán acoger a sesenta personas cada uno.

            !Recibe cada mañana las noticias de la Región en tu bandeja de entrada.

            !Tu correo electrónico

            !Apúntate

            Las asociaciones de vecinos pidieron que los horarios se amplíen en las noches de más calor, explicó su portavoz.

            !Apoya el periodismo local por el precio de un café al mes.

            !Colabora
            """),
        BoilerplatePageCase(rule: "a German story's listen button, ad end and paywall offer of unlimited access go", page: """
            #outlet: Rheinische Abendpost
            !Rheinische Abendpost
            !Lokales
            Kölner Zoo bekommt ein neues Elefantenhaus

            Der Umbau soll zwei Jahre dauern.

            Von Jana Krüger

            !Artikel anhören

            Der Kölner Zoo baut ein neues Haus für seine Elefanten, teilte die Zoodirektorin am Mittwoch mit.

            !Anzeige

            !Ende der Anzeige

            Die Tiere sollen in dem neuen Gehege mehr Platz und einen großen Badeteich bekommen, sagte sie.

            !Sichern Sie sich jetzt unbegrenzten Zugang zu allen Artikeln für 1 Euro im ersten Monat.

            !Jetzt abonnieren

            Der Zoo rechnet mit Kosten von rund 24 Millionen Euro, die zum Teil Spender tragen sollen.
            """),
        BoilerplatePageCase(rule: "a story's sentences on unlimited access and the price of a coffee stay", page: """
            #outlet: Harrow Valley Star
            !Harrow Valley Star
            !News
            Valley buses to offer a day ticket for under three pounds

            The ticket starts in June on every route in the valley.

            By Priya Nandakumar

            Passengers will be able to ride every bus in the valley all day for the price of a coffee from June, the bus company said on Monday.

            The new ticket gives unlimited access to all routes, including the late buses on Fridays and Saturdays, the company's manager said.

            Councillors said the fare would help young people reach jobs and colleges in the town.
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
