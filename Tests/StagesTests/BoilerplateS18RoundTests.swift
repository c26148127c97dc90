import Foundation

/// The eighteenth sitting's round, on set AD's lost story lines first: a date under a bare byline
/// written with a month the word list did not know (Slovenian, Icelandic), so the date was no date,
/// the name over it no byline, and the neighbour rule took both with the share row under them. The
/// month names of fourteen more languages make both the story's. Each page is composed here, in
/// languages other than the set's pages use; one page holds the masthead's day and date, which
/// must still go with the menu.
extension BoilerplatePageCase {
    /// Dates named with the months of more languages, and the bare byline over them.
    static let eighteenthRoundDates: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Hungarian masthead's day and date over the menu still go, though the month is now known", page: """
            #outlet: Tiszai Hírlap
            !Tiszai Hírlap
            !2026. március 4., szerda
            !Címlap
            !Belföld
            !Külföld
            !Sport
            !Kultúra
            Szegeden új villamosvonal épül az egyetemi negyedig
            A munkák tavasszal kezdődnek, és két évig tartanak a város szerint
            Kovács Eszter
            2026. március 4. 8.15
            !Megosztás
            !Facebook
            A szegedi közgyűlés kedden jóváhagyta az új villamosvonal építését az egyetemi negyedig.
            A vonal négy kilométer hosszú lesz, és hat megállót kap.
            A város szerint a munkák áprilisban kezdődnek.
            Az építés idején a buszok kerülőúton járnak.
            !Címkék:
            !Szeged
            !Közlekedés
            """),
        BoilerplatePageCase(rule: "a Finnish bare byline over a date with a month's name stays under the standfirst; the share row goes", page: """
            #outlet: Pohjan Sanomat
            !Pohjan Sanomat
            !Tilaa
            !Etusivu
            !Kotimaa
            !Urheilu
            !Kulttuuri
            !Mielipide
            Oulun uusi uimahalli avataan vasta ensi syksynä
            Rakennustyöt ovat viivästyneet urakoitsijan konkurssin vuoksi, kertoo kaupunki
            Leena Mäkinen
            12. maaliskuuta 2026 klo 9.30
            !Jaa
            !Facebook
            !WhatsApp
            Oulun kaupunki kertoi tiistaina, että Raksilan uuden uimahallin avaaminen siirtyy ensi syksyyn.
            Hallin rakentaminen keskeytyi joulukuussa, kun pääurakoitsija haettiin konkurssiin.
            Kaupungin mukaan uusi urakoitsija aloittaa työt huhtikuun alussa.
            Uimaseurat ovat harjoitelleet talven ajan naapurikuntien halleissa.
            !Aiheet:
            !Oulu
            !Liikunta
            """),
        BoilerplatePageCase(rule: "a Lithuanian bare byline over a date with a month's genitive stays; the share row goes", page: """
            #outlet: Nemuno žinios
            !Pradžia
            !Lietuvoje
            !Pasaulyje
            !Sportas
            !Kultūra
            Kauno senamiestyje atnaujinamas Rotušės aikštės grindinys
            Darbai truks iki vasaros, o turgus persikels į Vilniaus gatvę, sako savivaldybė
            Tomas Jankauskas
            2026 m. kovo 4 d. 08.15
            !Dalintis
            !Facebook
            !Messenger
            Kauno savivaldybė pirmadienį pranešė, kad Rotušės aikštės grindinys bus keičiamas iki birželio pabaigos.
            Darbus atliks bendrovė, laimėjusi konkursą dar praėjusį rudenį.
            Savivaldybės teigimu, senasis grindinys buvo klotas prieš penkiasdešimt metų.
            Prekeiviai laikinai persikels į Vilniaus gatvę.
            !Žymės:
            !Kaunas
            !Senamiestis
            """),
    ]
}
