import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Composed pages for the rules added after blind set J: each page, in the gold fixture format
/// (`!` marks a boilerplate line), must come out with every line right, so each case fails when
/// its rule is taken out.
struct BoilerplatePageCase: CustomTestStringConvertible, Sendable {
    var rule: String
    var page: String
    var testDescription: String { rule }

    /// Runs the stage on the page and expects every line labelled as the page marks it (the body
    /// of each suite's page test).
    func expectEveryLineRight() throws {
        let article = BoilerplateGoldArticle(name: rule, fixture: page)
        let harness = try CorpusStageHarness<BoilerplateStripper>(options: .init())
        let document = try #require(try harness.run([article.document]).documents.first)
        let removed = document[BoilerplateKey.self] ?? []
        let score = article.score(removed: Set(removed.map(\.line)))
        #expect(score.f1 == 1, "\(article.mistakes(removed: removed))")
    }

    static let all: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "the page's own head above the site's menu goes: skip link, masthead, date, cookie setting, breaking strip, weather", page: """
            !Liigu sisu juurde
            !Saare Teataja
            !Reede, 20. november 2026
            !Küpsiste seaded
            !Nõustun
            !Uudised
            !Sport
            !Majandus
            !Kultuur
            !Arvamus
            !Äsja: Virtsu ja Kuivastu vahel sõidab praegu ainult üks parvlaev tormi tõttu
            !Kuressaare +4° pilves
            !Uudised
            !Saaremaa
            !Sadamad

            Kuressaare sadam saab kruiisilaevade jaoks uue kaikoha

            Autor Mari Tamm
            20. november 2026

            Kuressaare sadama juhatus kinnitas neljapäeval plaani ehitada Roomassaare sadamasse uus kaikoht, kuhu mahuvad kuni 200 meetri pikkused kruiisilaevad.

            Ehitus peaks algama järgmise aasta kevadel ja kestma umbes poolteist aastat, ütles sadama juhataja Tarmo Kask.

            Praegu peavad suuremad laevad jääma reidile ning reisijad tuuakse kaldale väiksemate paatidega, mis tormise ilmaga ei ole võimalik.

            Kask ütles, et uus kaikoht võiks tuua saarele igal suvel mitukümmend kruiisilaeva ja tuhandeid turiste.

            !Jaga
            !Facebook
            !X
            !© 2026 Saare Teataja
            """),
        BoilerplatePageCase(rule: "a name next to the date is a byline, even when one author writes every article", page: """
            !Sign in
            Pool Reopens After Two Years of Repairs
            Jana Kowalczyk
            Mar 9, 2025

            The municipal pool on Birch Street reopened on Saturday after two years of repairs to its roof and heating system, the city said.

            Swimmers queued from seven in the morning, and the first hundred entries were free of charge for residents of the district.
            """),
        BoilerplatePageCase(rule: "the headline above the byline stays when a list below repeats it", page: """
            !Most viewed
            !Council approves new tram line to the airport
            !Storm warning for the coast on Friday

            Council approves new tram line to the airport
            Plan to cost £1.2bn over ten years; work to start next spring
            By Priya Raman
            Thu 20 Mar 2025 07.00 GMT

            The city council voted on Wednesday to build a tram line from the central station to the airport, ending a decade of debate.

            The line will have eleven stops and is due to open in 2031, the council's transport committee said in a statement.

            !Most viewed
            !Council approves new tram line to the airport
            !Storm warning for the coast on Friday
            """),
        BoilerplatePageCase(rule: "a date line with its update time stays, though it has a separator", page: """
            Heatwave to last until the weekend
            12:41, 7 Jun 2025 | Updated 15:09, 7 Jun 2025
            !Share

            Temperatures will stay above thirty degrees until Sunday across most of the south, forecasters said on Saturday morning.

            Hospitals have been told to prepare for a rise in admissions among elderly people living alone.
            """),
        BoilerplatePageCase(rule: "a live blog's time stamps stay", page: """
            Windstorm live: tens of thousands without power

            !Key events
            !This page refreshes automatically

            9:15 PM

            The electric co-op now reports 41,200 customers without power, more than a third of its service area, and says crews will work through the night.

            8:02 PM

            A large fir fell onto a house on Alder Lane, splitting the roof over the living room; the family of four was in the kitchen and no one was hurt.
            """),
        BoilerplatePageCase(rule: "a caption ending with a credit label goes", page: """
            Old Atlas Sold to Cathedral Library

            The atlas, printed in Venice in 1571, was bought by the cathedral library for an undisclosed sum after a public appeal raised most of the money.

            !A page from the atlas showing the eastern Mediterranean. Photograph: Harwick Cathedral Library

            The library said the book would go on display in the autumn, after conservators have repaired its binding.

            !Water covers the lower road on Saturday afternoon. Photo courtesy of reader Tom Galvin.
            """),
        BoilerplatePageCase(rule: "a video teaser with its running time goes", page: """
            Bridge closed for three weeks

            !Now playing: Hanley Street Bridge closure explained (2:14)

            The Hanley Street Bridge will close for three weeks from Monday while crews replace its expansion joints, the county said.

            Detours will send traffic over the Fifth Avenue bridge, which is expected to add ten minutes at peak hours.
            """),
        BoilerplatePageCase(rule: "the standard consent banner goes", page: """
            !We value your privacy
            !We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.
            !I Accept

            Reality star weds in country barn

            The couple married on Saturday in front of two hundred guests at a converted barn, a spokesperson for the pair said.

            Guests were asked to leave their phones at the door, and no pictures were released until the evening.
            """),
        BoilerplatePageCase(rule: "a poll goes with its answers", page: """
            Would you keep working after a lottery win?

            A woman who won two million pounds on a scratchcard says she will keep her job at the chip shop where she has worked for 23 years.

            "I like my job and I like the people," she told reporters outside the shop on Tuesday afternoon.

            !POLL: If you won £2m, would you keep working?
            !Yes, I'd go mad otherwise
            !No, I'd be on a beach by Monday
            !Part-time at most
            !Vote
            """),
        BoilerplatePageCase(rule: "a comment thread goes whole after its count, with the form", page: """
            Cotton harvest pay rises to 20 cents a kilogram

            Pickers in the cotton fields will be paid twenty cents a kilogram this season, the agriculture ministry said, up from fourteen last year.

            Rights groups said the change was welcome but that independent monitoring of the harvest must continue in every district.

            !Comments (3)
            !Farrukh_T
            !Good news, but 20 cents is still very little for a full day in the sun.
            !Reply
            !aziza.k
            !In our district the officials still send teachers to the fields. Nothing has changed.
            !Reply
            !Only registered users can comment. Log in
            """),
        BoilerplatePageCase(rule: "a related list goes on past headlines that ask a question", page: """
            Water company fined record sum over sewage spills

            The regulator fined the company a record sum on Thursday for misreporting the sewage it discharged into rivers over six years.

            The chief executive will give up his bonus this year, the company said in a statement to the stock exchange.

            !More on this story
            !Rivers in England: how polluted is the water near you?
            !Wessmoor Water: a timeline of spills, fines and promises
            !'They laughed at us': the villagers who measured the sewage themselves
            """),
        BoilerplatePageCase(rule: "market tickers and a weather widget go", page: """
            !58°F Harbor City, partly cloudy
            Chipmaker shares fall 18% after profit warning

            Shares in the chipmaker fell by almost a fifth on Tuesday after it warned that profits would miss forecasts for the third quarter in a row.

            The company blamed weak demand for the chips it sells to carmakers, and said it would cut about 400 jobs by the end of the year.

            !Most Active
            !NVDA 879.44 +0.84%
            !CPLN 41.82 -18.14%
            !Зорянськ +4°C, хмарно
            """),
        BoilerplatePageCase(rule: "a caption ending with a desk and a photographer in parentheses goes", page: """
            River expected to peak on Friday

            Residents of low-lying streets were told to move to higher ground by Thursday evening as the river kept rising after three days of rain.

            !The river at Bellgrove is expected to peak at about 9.2 metres on Friday. (APBN Central West: Hamish Kerr)

            The emergency service said it had carried out 40 rescues since Monday, most of them of drivers who had entered flooded roads.
            """),
        BoilerplatePageCase(rule: "a staff byline next to the date is not taken for the site's name", page: """
            #outlet: Touchline Today
            !Touchline Today
            Striker signs three-year deal
            Touchline Today Staff
            14 August 2025

            The striker has signed a three-year contract with the club after passing a medical on Wednesday morning, the club said.

            She scored 21 goals in all competitions last season and was named the league's young player of the year in May.
            """),
        BoilerplatePageCase(rule: "a sentence at the top that addresses the reader stays beside chrome", page: """
            !Share
            Tuesday's town council meeting ran three hours and twelve minutes. Here's what you need to know.

            The council approved the new parking rules by five votes to two, after a long debate about the cost of permits for residents.

            It also delayed a decision on the library's opening hours until its next meeting in two weeks.
            """),
        // Pages of blind set L have no blank lines at all: there a paragraph block is the page.
        BoilerplatePageCase(rule: "on a page with no blank lines, an appeal does not take the story's subheadings", page: """
            Ferry fares to rise by a fifth from January
            By Owen Marsh
            Tue 18 Nov 2025 09.42 GMT
            The island's ferry operator will raise fares by 20% from January, blaming higher fuel costs and the repair of its oldest vessel.
            The increase was approved by the harbour board on Monday after a two-hour meeting that residents were not allowed to attend.
            Fuel and repairs
            The operator said its fuel bill had doubled in three years and that the older of its two ferries needed a new engine.
            !Sign up to our morning briefing
            !Get the day's headlines in your inbox every morning.
            The board's chair said the rise was "regrettable but unavoidable".
            What happens next
            The new fares will be published on the operator's website next week, and season tickets bought before January will be honoured.
            """),
        BoilerplatePageCase(rule: "a line with no signal of its own inside a donation appeal goes with it", page: """
            Library to open on Sundays from next month
            By Lena Novak
            The central library will open on Sundays from December, the city said on Friday, after a petition signed by more than four thousand residents.
            The extra opening hours will cost about £60,000 a year and will be paid for from the culture budget, officials said.
            !We have a small favour to ask. Millions of readers rely on our journalism every month.
            !We do not have a billionaire owner. Our journalism is free from commercial and political bias.
            !Support us from just £2 a month.
            !Remind me in December
            """),
        BoilerplatePageCase(rule: "a caption that ends in a Credit label goes", page: """
            Lottery winner plans to keep his job at the bakery

            A baker who won £2m on the lottery says he will keep working his early shifts because he would miss his colleagues too much.

            !Dave with his giant cheque yesterday. Credit: SWNS

            "I'd be bored stiff at home," he said. "The bread doesn't bake itself."

            His wife said the couple would use some of the money to pay off their mortgage and take a cruise.
            """),
        BoilerplatePageCase(rule: "a matched-gift appeal above the headline does not open the body of the article", page: """
            !Skip to content
            !The Beacon
            !Donate
            !Every gift to The Beacon is doubled through Dec. 31, thanks to our matching donors.
            !Give now
            County kept quiet about failing dam inspections
            by Rosa Lindqvist
            November 19, 2025
            The county knew for three years that the dam above Millbrook had failed two safety inspections, according to records obtained by The Beacon.
            Officials did not tell residents downstream, and the repairs recommended in 2022 have not begun, the records show.
            """),
        BoilerplatePageCase(rule: "rows of a table in the story stay; a menu with bars goes", page: """
            !Home | News | Business | Sport
            Grain exports rise for a third month
            By Olena Marchuk
            Ukraine shipped more grain in October than in any month since the start of the year, according to figures published by the agriculture ministry on Tuesday.
            Exports by crop, million tonnes:
            || Crop | October | September |
            || Corn | 3.1 | 2.4 |
            || Wheat | 1.9 | 1.8 |
            || Barley | 0.5 | 0.5 |
            Traders said the rise reflected a calmer month in the Black Sea, where fewer ports were struck by drones.
            """),
        BoilerplatePageCase(rule: "a bio box that opens with the byline's name goes", page: """
            Council approves bus lanes on the ring road
            By Tomasz Wierzbicki
            November 20, 2025
            The city council voted on Thursday to paint bus lanes along four kilometres of the ring road, after a year of complaints about late buses.
            The lanes will be in force on weekdays from seven to ten in the morning and from four to seven in the evening.
            "It is a small change that will save thousands of people ten minutes a day," the transport committee's chair said.
            !Tomasz Wierzbicki covers transport and city hall for the Gazette. He previously worked at the Valley Herald.
            """),
        BoilerplatePageCase(rule: "a scores ticker's entries go", page: """
            !ARS 2-1 CHE FT
            !LIV 0-0 MCI 67'
            !TOT v AVL 17:30
            Rovers sack manager after fifth straight defeat
            By Sam Whitaker
            Rovers have sacked their manager after a fifth defeat in a row left the club two points above the relegation zone, the club said on Sunday.
            The assistant coach will take charge of Wednesday's cup tie against United, and the club hopes to name a successor before the weekend.
            """),
        BoilerplatePageCase(rule: "a byline with the author's e-mail and the outlet's name stays", page: """
            #outlet: Lakeshore Tribune
            !Lakeshore Tribune
            Transit board approves budget with no fare rise
            By Marcus Delgado | mdelgado@lakeshoretribune.com | Lakeshore Tribune
            November 20, 2026
            The transit board approved a $2.3 billion budget on Thursday that holds fares at their current level for a third straight year.
            Board members warned that the agency faces a shortfall of about $770 million in 2027 when federal pandemic aid runs out.
            """),
        BoilerplatePageCase(rule: "an item of the story's list with a temperature is not a weather widget", page: """
            Astronomers find a steamy world around a nearby star
            The planet is about twice the size of Earth and orbits its star every nine days, the team reported in a paper published on Wednesday.
            The observations suggest:
            - A thick atmosphere rich in water vapour
            - Cloud tops estimated at temperatures near 400 °C
            - No sign of a large moon
            The team plans to observe the planet again next year with a more sensitive instrument.
            """),
        BoilerplatePageCase(rule: "a caption that ends with its date after a comma goes; its price boxes go", page: """
            Cotton pickers paid late for a second year
            By Timur Rashidov
            Farm workers in Syrdarya region say they have not been paid for September, weeks after the harvest ended.
            !Cotton field in Syrdarya region, October 2026
            !Image caption, Pickers wait for their wages outside the district office
            "We were promised the money within ten days," one picker said.
            !Today's best cotton shirt deals
            !$29 at Amazon
            !Was $45
            !Now $32 at Best Buy
            The regional administration said the payments had been delayed by a bank transfer problem and would be made this week.
            """),
        BoilerplatePageCase(rule: "Polish chrome: reading time, paywall, related list, newsletter, cookies", page: """
            !Czas czytania: 3 min
            Nowa linia tramwajowa na Ruczaj gotowa przed terminem
            Tramwaje pojadą od poniedziałku, a miasto zapowiada darmowe przejazdy w pierwszym tygodniu

            Miejscy drogowcy zakończyli budowę trasy tramwajowej o długości czterech kilometrów na dwa miesiące przed terminem, poinformował w piątek urząd miasta.

            Na nowej trasie powstało sześć przystanków, a tramwaje będą kursować co dziesięć minut w godzinach szczytu.

            !Pozostało 60% artykułu
            !Ten tekst jest dostępny tylko dla prenumeratorów. Masz już prenumeratę?
            !Zaloguj się
            !Przeczytaj także
            !Remont ronda w Nowej Hucie potrwa do wiosny
            !Miasto kupi czterdzieści nowych autobusów
            !Zapisz się do newslettera
            !Korzystamy z plików cookie, aby dopasować treści do Twoich potrzeb.
            !Akceptuję
            """),
        BoilerplatePageCase(rule: "Spanish chrome: reading time, paywall, most read list, cookies", page: """
            !Tiempo de lectura: 4 min
            El Ayuntamiento aprueba el nuevo plan de bicicletas

            El pleno municipal aprobó el jueves un plan para construir cuarenta kilómetros de carriles bici antes de 2028, con un presupuesto de doce millones de euros.

            La oposición votó en contra y pidió que las obras empiecen por los barrios del sur, donde hay menos transporte público.

            !Contenido exclusivo para suscriptores
            !¿Ya eres suscriptor? Inicia sesión
            !Lo más leído
            !La ola de calor llega el fin de semana
            !Cortes de tráfico en el centro por la maratón
            !Utilizamos cookies propias y de terceros para mejorar nuestros servicios.
            !Aceptar
            """),
        BoilerplatePageCase(rule: "notices under their own heading after the page's chrome go, though they read as prose", page: """
            Harbour market to open on Sundays

            The harbour market will open on Sundays from April, the town council decided on Tuesday evening after a long debate.

            Traders had asked for the change for three years, saying visitors arrive at weekends and find the stalls shut.

            !Share this article
            !Related Stories
            !New car park for the harbour approved
            !Ferry timetable changes from March
            !Most Read
            !1. School bus route cut after budget vote
            !2. Lifeboat crew rescue two kayakers
            !Family Notices
            !Margaret (Peggy) Doyle, Ballyhale, peacefully at home in the loving care of her family. Funeral Mass on Friday at 11am in St Mary's Church.
            !Thomas Byrne, Kilmacow, suddenly at University Hospital Waterford. Reposing at his residence on Thursday from 4pm.
            !View all family notices
            !Contact Us
            !Privacy Policy
            """),
        BoilerplatePageCase(rule: "a tag row ends the story: the comments, their stamps and a newsletter's pitch after it go", page: """
            Harbour market to open on Sundays
            By Ellen Marsh
            12 March 2026

            The harbour market will open on Sundays from April, the town council decided on Tuesday evening after a long debate.

            Traders had asked for the change for three years, saying visitors arrive at weekends and find the stalls shut.

            The first Sunday market is planned for April 6, with twenty stalls and a brass band on the quay.

            !Tags
            !Markets
            !Harbour
            !Town council
            !Tourism

            !What readers say
            !pete_the_fisher
            !2 hours ago
            !About time, the quay is dead on Sundays.
            !MaryK
            !3 hours ago
            !Hope they sort out the parking first.
            !Morning briefing
            !The day's local stories, delivered before breakfast.
            """),
        BoilerplatePageCase(rule: "the story's last sentence after a box inside it (horoscope signs, a TV guide) stays: no widget's line", page: """
            Νέα ποδηλατόδρομος στην παραλία της Καλαμαριάς
            Του Νίκου Γεωργίου
            12.03.2026 10:15
            Ο δήμος Καλαμαριάς ξεκινά τα έργα για ποδηλατόδρομο μήκους τριών χιλιομέτρων στην παραλία, ανακοίνωσε ο δήμαρχος την Τρίτη.
            Το έργο θα κοστίσει 2,4 εκατομμύρια ευρώ και χρηματοδοτείται από το πρόγραμμα της περιφέρειας.
            !Ζώδια
            !Λέων
            !Παρθένος
            !Ζυγός
            !Σκορπιός
            !Τηλεόραση σήμερα
            !Καιρός αύριο
            Οι κάτοικοι ζητούν να μείνουν και οι θέσεις στάθμευσης στην οδό.
            """),
        BoilerplatePageCase(rule: "the story's last paragraphs after a most-read list and an ad in mid-story stay; the share row, tags and footer after them go", page: """
            Primăria Iași extinde programul autobuzelor de noapte
            De Andrei Popescu
            12 martie 2026, 09:40
            Primăria Iași a anunțat că trei noi linii de autobuz vor circula și noaptea, începând de luni.
            Liniile vor lega cartierele Tătărași, Păcurari și Nicolina de centrul orașului.
            !Cele mai citite
            !1
            !Accident grav pe centura de est
            !2
            !Prețul pâinii crește din aprilie
            !3
            !Festivalul de jazz se mută în parc
            !Publicitate
            !Ofertă: televizor 55 de inchi la 1.999 lei
            Compania de transport a precizat că va angaja încă 30 de șoferi pentru noile curse.
            Biletul de noapte va costa la fel ca cel de zi.
            !Distribuie
            !Facebook
            !WhatsApp
            !Etichete
            !transport
            !Iași
            !Despre noi
            !Contact
            !Publicitate
            !Termeni și condiții
            !© 2026 Ziarul de Iasi Azi
            """),
        BoilerplatePageCase(rule: "a most-read list after the story's real end, then a footer with a blurb in prose: all of it goes", page: """
            Gemeente Assen plant nieuw zwembad bij het station
            Door Sanne Bakker
            12 maart 2026, 08:30
            De gemeente Assen wil een nieuw zwembad bouwen op het terrein naast het station, maakte het college dinsdag bekend.
            Het oude zwembad aan de Vaart is volgens de gemeente te duur om te renoveren.
            De bouw moet in 2028 beginnen en kost naar verwachting 24 miljoen euro.
            !Deel dit artikel
            !Facebook
            !X
            !Meest gelezen
            !1
            !Brand in loods bij Hoogeveen
            !2
            !Nieuwe burgemeester voor Tynaarlo
            !Meer nieuws
            !Nieuwsbrief
            !Colofon
            !Privacyverklaring
            !Noordelijk Dagblad is een uitgave van Mediahuis Noord, een onafhankelijke uitgever van regionale kranten.
            !© 2026 Noordelijk Dagblad
            """),
        BoilerplatePageCase(rule: "a fact box of `Label: value` lines under its heading closes the story and stays (German)", page: """
            Neue Straßenbahnlinie nach Baunatal beschlossen
            Von Jana Keller
            12. März 2026, 09:10
            Der Stadtrat hat am Dienstag den Bau einer neuen Straßenbahnlinie von Kassel nach Baunatal beschlossen.
            Die Linie soll die Pendler entlasten, die heute im Stau auf der Bundesstraße stehen.
            Die Stadt rechnet mit 9000 Fahrgästen am Tag, sobald die Bahn fährt.
            Das Projekt in Zahlen
            Länge: 7 km
            Haltestellen: 9
            Kosten: 84 Mio. Euro
            Baubeginn: 2027
            Eröffnung: 2030
            !Teilen
            !Facebook
            !WhatsApp
            !Mehr zum Thema
            !Busfahrer streiken am Freitag
            !Neuer Radweg an der Fulda
            !Impressum
            !Datenschutz
            !© 2026 Kasseler Tageblatt
            """),
        BoilerplatePageCase(rule: "a fact box of `Label: value` lines closing the story, before the share row and tags, stays (Polish)", page: """
            Kraków zbuduje nowy most na Wiśle
            Anna Nowak
            12 marca 2026, 10:05
            Rada Miasta Krakowa zdecydowała we wtorek o budowie nowego mostu na Wiśle w Podgórzu.
            Most ma odciążyć most Powstańców Śląskich, na którym w godzinach szczytu tworzą się korki.
            Najważniejsze dane
            Długość: 420 m
            Koszt: 310 mln zł
            Wykonawca: przetarg w maju
            Otwarcie: 2029
            !Udostępnij
            !Facebook
            !X
            !Tagi
            !Kraków
            !most
            !Wisła
            !Najczęściej czytane
            !Pożar hali na Nowej Hucie
            !Nowe ceny biletów MPK
            !Regulamin
            !Polityka prywatności
            !Kontakt
            """),
        BoilerplatePageCase(rule: "a contact box of `Label: value` lines after the share row, not under the story, goes", page: """
            Schwimmbad in Vellmar öffnet nach Sanierung
            Von Tim Berger
            12. März 2026, 11:20
            Das Hallenbad in Vellmar öffnet am Samstag nach zwei Jahren Sanierung wieder für Besucher.
            Die Stadt hat das Dach, die Technik und die Umkleiden erneuert, für insgesamt 6 Millionen Euro.
            !Teilen
            !Facebook
            !E-Mail
            !Kontakt zur Redaktion
            !Telefon: 0561 203 100
            !Fax: 0561 203 109
            !Anschrift: Hauptstraße 4, Vellmar
            !Impressum
            !Datenschutz
            """),
        BoilerplatePageCase(rule: "a site's prompt opening on a pictograph goes, inside the story and after it; the story's own summary marked with pictographs, three in a row, stays", page: """
            !Zagorski Vjesnik
            !Naslovnica
            !Vijesti
            !Sport
            !Kultura

            Krapina dobiva novi dječji vrtić za 120 mališana

            Ivana Kovačić
            19.11.2026 08:40

            Grad Krapina potpisao je u ponedjeljak ugovor o gradnji novog dječjeg vrtića u naselju Mirkovec, u kojem će mjesto naći 120 djece predškolske dobi.

            Vrijednost radova procijenjena je na 3,2 milijuna eura, a većinu troška pokrit će sredstva iz europskih fondova i državnog proračuna.

            !📲 Primajte vijesti Zagorskog Vjesnika na svoj mobitel, pridružite se našem kanalu na WhatsAppu

            Gradonačelnica Marija Horvat rekla je da je novi vrtić bio najčešći zahtjev roditelja na savjetovanjima s građanima posljednjih godina.

            Ukratko o projektu:

            🏫 šest odgojnih skupina i dvorana za tjelesni odgoj
            🌳 dvorište s igralištem od 1.500 četvornih metara
            🌞 sunčana elektrana na krovu zgrade

            Radovi bi trebali početi u veljači, a vrtić bi prva djeca mogla upisati u jesen 2028. godine.

            !🎧 Poslušajte podcast Zagorje danas, nove epizode svakog četvrtka

            Postojeći vrtići u gradu trenutačno imaju listu čekanja od gotovo osamdeset djece.

            !📸 Pratite Zagorski Vjesnik na Instagramu: @zagorskivjesnik

            !© Zagorski Vjesnik 2026. Sva prava pridržana.
            !Impressum
            !Kontakt
            """),
        BoilerplatePageCase(rule: "a count alone on its line goes (a reading time, a widget's counter); the figures of the story's own list, in a row, stay", page: """
            !Zagorski Vjesnik
            !Naslovnica
            !Vijesti

            Obilaznica Zaboka otvara se za promet u prosincu

            Marko Petrović
            20.11.2026 09:15
            !Vrijeme čitanja: 3 min

            Nova obilaznica Zaboka bit će otvorena za promet sredinom prosinca, potvrdili su u srijedu iz Hrvatskih cesta nakon tehničkog pregleda.

            Gradnja je trajala gotovo tri godine, a cestom će se promet iz smjera Krapine moći zaobići središte grada.

            !Zatvorene ceste: 14 dionica

            Prema procjenama, kroz središte Zaboka dnevno sada prolazi više od dvanaest tisuća vozila, od kojih trećinu čine kamioni.

            Obilaznica u brojkama:

            Dužina: 6 kilometara
            Mostovi: 3 nadvožnjaka
            Vrijednost: 41 milijun

            Gradonačelnik je rekao da se nakon otvaranja obilaznice središte grada planira urediti kao pješačka zona.
            """),
        BoilerplatePageCase(rule: "an embedded post goes around its handle, with its text, time stamp and likes; a caption glued to its credit goes", page: """
            Harbour market to open on Sundays
            By Ellen Marsh
            12 March 2026
            The harbour market will open on Sundays from April, the town council decided on Tuesday evening after a long debate.
            Traders had asked for the change for three years, saying visitors arrive at weekends and find the stalls shut.
            !Traders set up their stalls on the quay on a Saturday morningCredit: Ellen Marsh
            The news spread quickly among the stallholders, and the harbour users' group welcomed it online.
            !Harbour Users Group
            !@HarbourUsers
            !Sunday markets at last! See you all on the quay #harbourmarket
            !4:12 PM · Mar 12, 2026
            !1,204 Likes
            The first Sunday market is planned for April 6, with twenty stalls and a brass band on the quay.
            Parking on the quay will be free until noon, the council said.
            """),
        BoilerplatePageCase(rule: "a live blog's post stamps stay: a time alone over a post, its heading or its text, between share rows", page: """
            !Live
            !Share
            Storm live: ferries cancelled as a gale hits the coast
            By Anna Berg
            21 November 2026
            !Key events
            11:42
            Harbour closed to small boats
            The harbour master closed the inner harbour to small boats shortly before noon as gusts reached 90 kilometres an hour.
            !Share this post
            !Copy link
            10:58
            The coastguard said it had rescued two kayakers who were caught by the wind near the lighthouse on Friday morning.
            !Share this post
            !Copy link
            !Advertisement
            9:15am
            Ferries cancelled
            All ferry sailings from the north pier have been cancelled until the evening, the operator said in a statement.
            !Share this post
            !Copy link
            8:30am
            Good morning. We will bring you the latest on the storm here as the gale reaches the coast today.
            !Share this post
            !Copy link
            !Load more posts
            """),
        BoilerplatePageCase(rule: "the story's subheading under an inline list of teasers, over its paragraph, stays", page: """
            Tram fares to rise in January
            By Lena Hoffmann
            21 November 2026
            The city's transport authority will raise tram fares by an average of six percent from January, its board decided on Thursday.
            A single ticket will cost 3.40 euros, up from 3.20, while the monthly pass rises to 64 euros for adults.
            !Advertisement
            !Read also:
            !Night buses return to the old town after two years of roadworks
            !Council approves new cycle lanes along the river embankment after a long debate
            Why prices are going up
            The authority said energy costs for the trams had doubled since 2022 and that the rise covered only part of the gap.
            Passenger groups criticised the decision and called for a cheaper ticket for pensioners and students.
            !Share
            !Facebook
            """),
        BoilerplatePageCase(rule: "the story's subheading under a newsletter's pitch, over its paragraph, stays on a page with no blank lines", page: """
            Late goal sends Rovers into the cup final
            By Tom Ashby
            21 November 2026
            Rovers reached the county cup final for the first time in twelve years with a 2-1 win over Albion on Saturday afternoon.
            Albion led at half-time through a header from their captain, and Rovers struggled to create chances for most of the second half.
            !Advertisement
            !Sign up for our sports newsletter and get every result in your inbox.
            The comeback
            Rovers levelled with ten minutes left when their substitute striker turned in a low cross at the far post.
            The winner came in stoppage time, a free kick that went in off the crossbar, and the home fans ran onto the pitch.
            !Share
            !Facebook
            """),
        BoilerplatePageCase(rule: "a name over the date under the headline stays when the author box at the foot repeats it", page: """
            Ferry operator orders two electric boats
            The crossing's emissions should halve within five years, the company says
            Marta Kowal
            Nov 20, 2026
            The ferry company that runs the crossing to the island has ordered two battery-powered boats from a shipyard in Gdansk, it said on Thursday.
            The boats will carry 300 passengers and forty cars each, and will charge at both piers during the fifteen-minute turnaround.
            The company expects the first boat to enter service in the spring of 2028, replacing a diesel ferry built in 1994.
            !Keep reading with a 7-day free trial
            !Subscribe to Coast Ledger to keep reading this post and get 7 days of free access to the full archive.
            !Written by
            !Marta Kowal
            !Subscribe to Marta
            !Share
            """),
        BoilerplatePageCase(rule: "a writer's sign-off after a dash closes a newsletter's letter, above its closing pitch", page: """
            Your questions about the bridge closure, answered
            Nina Brandt
            Nov 21, 2026
            Many of you wrote in this week about the closure of the old river bridge, so this letter answers the questions that came up most.
            The bridge will stay closed to cars until the end of March, the county says, while engineers replace two of its bearings.
            Buses will run every ten minutes on the detour through the industrial park, and the ferry will add an early crossing at six.
            I will answer the next batch of questions in a fortnight, once the county has published its timetable.
            — Nina
            !River Notes is reader-supported. To receive new posts and support my work, consider becoming a free or paid subscriber.
            !Subscribe
            !Share
            """),
        BoilerplatePageCase(rule: "a name under the date and a reading time is the byline, not an item of the share row after it", page: """
            !Home / Region / Economy
            Farmers in the valley report a record apricot harvest despite the late frost
            18.11.2026 10:05
            !3 min read
            Timur Rashidov
            !Share:
            !Telegram
            !WhatsApp
            !Facebook
            Farmers in the valley harvested more than 40,000 tonnes of apricots this season, the regional agriculture department said on Tuesday.
            The late frost in April damaged orchards on the higher slopes, but the lower valley was spared, officials said.
            Most of the crop is dried and sold to buyers abroad, and prices rose by a tenth compared with last year.
            """),
        BoilerplatePageCase(rule: "a label the page repeats before headlines marks its teasers, wherever in the story; a box of facts and a labelled byline stay", page: """
            Fergen til Vestøy får nytt rutetilbud fra januar
            Av: Kari Nordmann og Ola Hansen
            21.11.2026 08:30

            Fylkeskommunen har vedtatt at fergen mellom Sandvika og Vestøy skal gå hver time fra januar, også i helgene.

            !Les også: Bompengene på Vestøy-sambandet kan bli fjernet neste år

            Pendlerne har i flere år bedt om flere avganger om morgenen og ettermiddagen.
            Når: Fra 6. januar 2027
            Hvor: Sandvika kai og Vestøy kai

            Kvelden før: Styret i rederiet vil ikke kommentere saken

            Rederiet sier det trenger to nye mannskaper for å klare det nye rutetilbudet.

            !Les også: Slik blir vinterrutene for bussene i Sandvika

            Fylkeskommunen regner med at ordningen koster om lag tolv millioner kroner i året.
            """),
        BoilerplatePageCase(rule: "a short line between the page's furniture (a short line that went, the date line) and a photo's credit is the photo's caption", page: """
            Storm cuts ferry link to the islands for a second day
            Ferries between Sandvika and the outer islands were cancelled for a second day on Sunday after winds of more than 30 metres a second battered the coast overnight.
            By Kari Nordmann
            Published 21 November 2026 at 08.30
            !Waves break over the harbour wall at Nordvik on Saturday night.
            !Photo: Ola Hansen
            The operator said it hoped to resume sailings on Monday if the wind eased as forecast, but warned that the forecast was uncertain.
            "We will not sail until it is safe," said the operator's spokesman, Per Berg.
            !Listen
            !Anna Lie at the quay in Sandvika. "We are used to it," she says.
            !Photo: Per Berg
            About 2,000 people live on the outer islands, and many of them commute to jobs in Sandvika every day.
            The harbour master said no ships had been damaged, although several small boats broke loose from their moorings.
            The county will meet the operator on Tuesday to discuss a back-up service for the winter.
            """),
        BoilerplatePageCase(rule: "an embedded post ending on a stamp that opens with the clock goes with its text, though the text tags nothing; a date line with the date first stays", page: """
            Flood closes bridge on the ring road
            Published 3 February 2026 · 08:15
            The ring road bridge at Kampung Hilir was closed on Tuesday morning after the river rose above the warning level overnight, the city said.
            Police said drivers should use the northern bypass until the water falls, and that buses would be diverted.
            !City Traffic Police
            !@CityTrafficPol
            !Water 40 cm deep on Riverside Road, passable for trucks only. Please use the bypass.
            !9:22 AM · 3 Feb 2026
            The council said it would inspect the bridge once the water had gone down, probably on Thursday.
            Residents of the riverside streets were told to move their cars to higher ground before the evening.
            """),
        BoilerplatePageCase(rule: "a control's setting after a colon goes, in the middle of the story", page: """
            Hochwasser an der Elbe: Pegel in Dresden steigt weiter
            Aktualisiert 14:20 Uhr
            Der Pegel der Elbe in Dresden ist in der Nacht auf über sechs Meter gestiegen, teilte das Landeshochwasserzentrum am Donnerstagmorgen mit.
            !Automatisch aktualisieren: an
            Die Stadt hat die Alarmstufe drei ausgerufen und mehrere Uferstraßen in der Altstadt gesperrt, wie ein Sprecher bestätigte.
            Notfallplan aktiviert
            Feuerwehr und Technisches Hilfswerk haben am Terrassenufer mit dem Aufbau mobiler Schutzwände begonnen, die bis zum Abend stehen sollen.
            """),
        BoilerplatePageCase(rule: "a setting without a colon goes next to removed chrome; a subheading ending on the same word between paragraphs stays", page: """
            Wisła przekracza stan alarmowy w Warszawie
            Aktualizacja 14:20
            Poziom Wisły na wodowskazie Bulwary przekroczył w nocy stan alarmowy i nadal rośnie, poinformował w czwartek rano wojewoda mazowiecki.
            !Automatyczne odświeżanie włączone
            !REKLAMA
            Miasto zamknęło bulwary nad Wisłą i część Wybrzeża Kościuszkowskiego, a straż pożarna ustawia worki z piaskiem przy ujęciach wody.
            Syreny alarmowe włączone
            W nocy w Białołęce i na Targówku włączono syreny, a mieszkańcy domów przy wale otrzymali wezwania do przygotowania się do ewakuacji.
            """),
        BoilerplatePageCase(rule: "a row of page numbers counting up by one goes with its labels; the subheading after them stays", page: """
            Prețul roșiilor s-a dublat în piețele din Cluj
            Prețul roșiilor în piețele din Cluj-Napoca a crescut în ultimele două săptămâni de la 8 la 16 lei kilogramul, spun comercianții.
            Vânzătorii spun că înghețul din sere a redus cantitatea adusă din sudul țării și că transportul s-a scumpit și el.
            !Pagina următoare
            !1
            !2
            !Vezi toate
            Ce spun producătorii din sere
            Președintele asociației producătorilor de legume a declarat că înghețul a redus producția din sere cu aproape o treime în această iarnă.
            Ministerul Agriculturii a anunțat că urmărește zilnic prețurile din piețe și că va verifica adaosurile comerciale ale angrosiștilor.
            Protecția Consumatorului a trimis echipe de control în piețele mari din Cluj, Bistrița și Zalău, potrivit unui comunicat al instituției.
            """),
        BoilerplatePageCase(rule: "a heading in capitals over one headline is a teaser; a subheading in capitals over paragraphs stays", page: """
            Tulva katkaisi tien Rovaniemen pohjoispuolella
            Kemijoen tulva katkaisi torstaina valtatie neljän Rovaniemen pohjoispuolella, kertoi Lapin ely-keskus aamupäivällä.
            Kiertotie kulkee Sinettäjärven kautta, ja matka-aika pitenee noin puolella tunnilla, liikennekeskuksesta arvioitiin.
            !LUE MYÖS
            !Näin varaudut kevättulvaan – viisi neuvoa asukkaille
            Vesi nousi yön aikana lähes metrin, ja useiden rantatalojen pihat ovat veden vallassa, pelastuslaitos kertoi.
            TULVAN JÄLKEEN
            Kaupunki arvioi korjaustöiden kestävän useita viikkoja, kun vesi on laskenut ja tienpohjan vauriot on tutkittu.
            Asukkaita pyydetään ilmoittamaan vaurioista kaupungin verkkosivujen lomakkeella.
            """),
        BoilerplatePageCase(rule: "a caption closing on a credit under a label no list holds goes; a story line with a label before a list stays", page: """
            Nowa kładka na Odrze otwarta dla pieszych
            Wrocław otworzył w sobotę nową kładkę pieszo-rowerową nad Odrą, która łączy Ołbin z Kępą Mieszczańską, poinformował urząd miasta.
            !Kładka nad Odrą w dniu otwarcia. Zdj. Urząd Miejski Wrocławia
            Budowa trwała dwa lata i kosztowała 48 milionów złotych, z czego połowę pokryły fundusze unijne, dodał rzecznik magistratu.
            !Wizualizacja drugiej kładki przy ul. Wyspiańskiego. Źródło: Wrocławskie Inwestycje
            Druga kładka ma powstać do końca przyszłego roku, a przetarg na jej budowę zostanie ogłoszony wiosną, zapowiedział prezydent miasta.
            W głosowaniu nad budżetem kładki wzięło udział 40 radnych. Za: 32, przeciw: 8
            Radni opozycji pytają jednak, dlaczego miasto nie remontuje w pierwszej kolejności mostów tramwajowych na Kępie.
            """),
        BoilerplatePageCase(rule: "the ad under an advertisement label goes (a sentence and its short call, an exclamation); the story resuming under a label stays", page: """
            Island ferry fares to rise by a third in April

            The ferry between Vestby and Halsey will cost a third more from April, the operator told councillors on Tuesday.

            The operator said fuel and crew wages had risen faster over the winter than it had planned for in its budget.

            !Advertisement

            !Open a savings account in ten minutes with Harbour Bank. Terms apply.

            Councillors asked whether islanders who cross every day for work could keep the old price until the summer.

            !Sponsored

            !Win a weekend for two at the Fjord Hotel! Enter before Friday.

            Fares rose by 12% last year as well, the operator's accounts show.

            !Advertisement

            Winter timetable

            The ferry will keep its winter timetable of six crossings a day until the end of May, the operator added.
            """),
        BoilerplatePageCase(rule: "the ad under an advertisement label on a page without blank lines goes with its button; a line with a discount that ends like a sentence stays", page: """
            Halsey bakery closes after ninety years
            The last family bakery on Halsey island will close at the end of the month, its owners told the island newsletter on Monday.
            Anna Berg, who has run it since 1998, said no one in the family wanted to take over the ovens at four every morning.
            !Реклама
            !Heat pumps for island homes with a 25% discount this winter across the county
            !Learn more
            The bakery's sales fell by 30% after the ferry timetable was cut last year, Berg said.
            !Advertisement
            !Cash loans for islanders without a guarantor. Apply online from your phone in ten minutes
            !Apply now
            Berg said the family would keep the recipe for the harbour loaf and might bake it again for the summer fair.
            !Advertisement
            The council said it would look for a new tenant for the building on the harbour front before the summer.
            """),
        BoilerplatePageCase(rule: "a feed's clock-first headlines and a breaking strip between the menu and the headline go; a live post's time under the headline stays", page: """
            !Home
            !Politics
            !Business
            !Regions
            !Pavlodar -9°C  Ekibastuz -11°C
            !Breaking: Parliament passes the new water code in its third reading
            !Latest updates
            !09:48 Port authority opens tender for a second grain terminal
            !09:31 Regional court adjourns the fisheries licence case
            !09:12 New ferry timetable for the northern lakes announced
            !Business
            Lakeside mill to reopen after two-year closure

            By Ruslan Temirov
            18 November 2026, 10:05

            PAVLODAR. November 18. The Lakeside flour mill will reopen in January after a two-year closure, its new owner said on Wednesday.

            The mill will employ about 140 people and process up to 90,000 tonnes of wheat a year, the company said.

            10:40 Update

            The regional governor said the reopening would be followed by a second mill in the spring.
            """),
        BoilerplatePageCase(rule: "a headline that opens with a label (`Analysis: …`), next to the standfirst taken for the title, stays under an alert strip", page: """
            !Skip to content
            !News
            !Weather
            !Traffic
            !Sports
            !WEATHER ALERT: Dense fog advisory for the river valley until 10 AM Friday
            !ADVERTISEMENT
            !LOCAL NEWS
            Analysis: Why the county keeps losing its bus drivers to the city
            Wages, split shifts and long commutes are pushing drivers to better-paid jobs in Harlow, union says
            By Maya Lindqvist
            Nov. 20, 2026

            HARLOW COUNTY — The county transit agency has lost 31 of its 140 bus drivers this year, most of them to the city system, its director told the board on Thursday.

            The agency has cut two routes and reduced weekend service on four others while it recruits, she said.
            """),
        BoilerplatePageCase(rule: "a name with the desk's town after a slash, over the date, is the byline and stays", page: """
            !Anasayfa
            !Gündem
            !Ekonomi
            Bursa'da yeni tramvay hattı için ihale tarihi belli oldu
            Hattın 2028 yılında hizmete girmesi planlanıyor
            Mert Aydoğan / Bursa
            19.11.2026 08:45
            !Paylaş
            Bursa Büyükşehir Belediyesi, Görükle ile şehir merkezi arasında yapılacak yeni tramvay hattı için ihalenin 12 Aralık'ta yapılacağını açıkladı.
            Yaklaşık 11 kilometrelik hat, 14 durak ile üniversite kampüsünü kent merkezine bağlayacak.
            Belediye, hattın günde 60 bin yolcu taşımasını bekliyor.
            """),
    ]
}

@Suite("BoilerplateStripper page rules")
struct BoilerplatePageRulesTests {
    @Test("every line of the composed page is labelled right", arguments: BoilerplatePageCase.all + BoilerplatePageCase.sixteenthRoundChrome
          + BoilerplatePageCase.sixteenthSecondRoundChrome + BoilerplatePageCase.seventeenthRoundBylines
          + BoilerplatePageCase.seventeenthRoundLexicon
          + BoilerplatePageCase.seventeenthRoundCaptions + BoilerplatePageCase.seventeenthSecondRoundChrome
          + BoilerplatePageCase.eighteenthRoundDates + BoilerplatePageCase.eighteenthRoundCounterRows
          + BoilerplatePageCase.eighteenthRoundPaywalls
          + BoilerplatePageCase.eighteenthRoundImprints
          + BoilerplatePageCase.eighteenthRoundLanguageSwitches + BoilerplatePageCase.eighteenthRoundRoleLines
          + BoilerplatePageCase.eighteenthRoundPhotoLabels + BoilerplatePageCase.twentiethRoundChrome
          + BoilerplatePageCase.twentiethSecondRoundChrome + BoilerplatePageCase.twentiethThirdRoundChrome
          + BoilerplatePageCase.twentyFirstRoundChrome + BoilerplatePageCase.twentyFirstRoundLexicon
          + BoilerplatePageCase.twentyFirstSecondRoundChrome + BoilerplatePageCase.twentyFirstThirdRoundChrome
          + BoilerplatePageCase.twentySecondRoundChrome + BoilerplatePageCase.twentySecondThirdRoundHeads
          + BoilerplatePageCase.twentyThirdRoundStoryLines + BoilerplatePageCase.twentyThirdSecondRoundChrome
          + BoilerplatePageCase.twentyFourthRoundChrome + BoilerplatePageCase.twentyFourthThirdRoundChrome)
    func page(_ example: BoilerplatePageCase) throws {
        try example.expectEveryLineRight()
    }

    @Test("An author's name and a Polish date line shared by two articles of one outlet stay")
    func sharedDateLineAndBylineStay() throws {
        func page(_ id: String, _ headline: String, _ story: String) -> Document {
            Document(id: id, text: """
                Strona główna › Gdańsk
                \(headline)
                Paweł Zieliński
                3 października 2026, 11:40
                Udostępnij
                Facebook

                \(story) Poinformował o tym w poniedziałek zarząd dróg miejskich w Gdańsku.

                Wykonawca tłumaczy opóźnienie brakiem materiałów, które miały dotrzeć jeszcze w lipcu.
                """, metadata: [(key: "outlet", value: .string("Dziennik Bałtycki"))])
        }
        try expectKept("Paweł Zieliński\n3 października 2026, 11:40", in: [
            page("a", "Tramwaj na Morenę pojedzie dopiero jesienią", "Budowa nowej linii tramwajowej na Morenę opóźni się o pół roku."),
            page("b", "Remont wiaduktu w Oliwie potrwa do zimy", "Remont wiaduktu nad torami w Oliwie potrwa dłużej, niż planowano."),
        ])
    }

    /// Runs the pages as one batch, as a drop would be, and expects `kept` in every one of them.
    private func expectKept(_ kept: String, in pages: [Document]) throws {
        for document in try CorpusStageHarness<BoilerplateStripper>(options: .init()).run(pages).documents {
            #expect(document.text.contains(kept), "\(document.id): \(document[BoilerplateKey.self] ?? [])")
        }
    }

    @Test("A date line with a year and a time stays when no month list knows its language, though the outlet's articles share it")
    func dateLineInAnUnlistedLanguageStays() throws {
        func page(_ id: String, _ headline: String, _ story: String) -> Document {
            Document(id: id, text: """
                Lajme › Shkodër
                \(headline)
                Arben Hoxha
                21 nëntor 2026, 10:45
                Shpërndaje
                Facebook

                \(story) Këtë e njoftoi të enjten bashkia e qytetit në një deklaratë për shtyp.

                Punimet pritet të përfundojnë para fillimit të sezonit turistik të vitit të ardhshëm.
                """, metadata: [(key: "outlet", value: .string("Zëri i Veriut"))])
        }
        try expectKept("21 nëntor 2026, 10:45", in: [
            page("a", "Ura e re mbi lumin Buna hapet në pranverë", "Ura e re mbi lumin Buna do të hapet për makinat në muajin prill."),
            page("b", "Tregu i peshkut zhvendoset pranë portit", "Tregu i peshkut në qendër të qytetit do të zhvendoset pranë portit të vjetër."),
        ])
    }

    /// A live blog in Finnish (no lexicon entry covers it) whose posts, each a heading over one
    /// paragraph, run on after a share row up to the footer: the block repeats a shape the story
    /// above already has, so the article's span must not take it for partner teasers.
    @Test("A live blog's posts after a share row stay when the story above has the same shape")
    func liveBlogAfterShareRowStays() throws {
        let article = BoilerplateGoldArticle(name: "live blog", fixture: """
            !Tampere Live
            !Etusivu

            Myrsky katkaisi sähköt tuhansilta kotitalouksilta

            Päivitetty 4.5.2026

            Sähköt palaavat hitaasti
            Sähköyhtiön mukaan noin 12 000 kotitaloutta on yhä ilman sähköä Pirkanmaalla, ja korjaustyöt jatkuvat koko päivän.

            Satoja hälytyksiä yössä
            Pelastuslaitos kertoo saaneensa yön aikana yli kolmesataa hälytystä kaatuneista puista, jotka ovat tukkineet teitä.

            !Jaa
            !Facebook
            !X
            !Sähköposti

            Koulut pysyvät kiinni Oriveden alueella
            Koulut Oriveden alueella pysyvät suljettuina tänään, koska koulukuljetukset eivät pääse kulkemaan kaatuneiden puiden takia.

            Asentajia lisää töihin
            Junaliikenne Tampereen ja Jyväskylän välillä on keskeytetty iltapäivään asti, kertoo liikenneyhtiö tiedotteessaan.

            Älä koske johtoihin
            Poliisi kehottaa välttämään tarpeetonta liikkumista metsäteillä, joilla voi olla vielä kaatuneita runkoja ja oksia.

            !Tampere Live 2026
            """)
        let (documents, _) = try CorpusStageHarness<BoilerplateStripper>(options: .init()).run([article.document])
        let removed = documents[0][BoilerplateKey.self] ?? []
        let score = article.score(removed: Set(removed.map(\.line)))
        #expect(score.recall == 1, "\(article.mistakes(removed: removed))")
    }
}
