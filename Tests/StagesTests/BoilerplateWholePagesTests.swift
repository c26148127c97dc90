import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Six whole dirty pages (13–16% article lines) composed for the thirteenth sitting's third breadth
/// round, each for an invented outlet of a region no gold set covers: Chile and Brazil (Spanish,
/// Portuguese), Vietnam (Vietnamese), Japan, the Gulf and Israel (English). Each is what "copy all
/// visible text" gives of such a site's article page: head widgets, menus, tickers, a messenger
/// channel's pitch and its button between paragraphs, ad labels, an embedded post, related and
/// most-read lists, sponsored teasers, comments, footers and consent texts
/// (`Fixtures/boilerplate/breadth-s13/`). The fourth round added six more (12–14% article
/// lines): Korea in English, Turkey in Turkish, Tanzania in Swahili, Colombia in Spanish, Mongolia
/// and Georgia in English (`p7`–`p12`).
extension BoilerplatePageCase {
    /// A messenger's pitch between paragraphs and its button go; the story's sentences that name a
    /// messenger (reporting, asking readers to write in, saying where updates are posted) stay. A
    /// story's subheading under an embedded post's text stays; the post's count goes.
    static let channelPitchesAndEmbeds: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a messenger's pitch as the site (Portuguese, its own word) and its button go; a story's sentence on a ministry's Telegram channel stays", page: """
            #outlet: Folha do Cerrado
            Goiânia amplia horário dos ônibus noturnos a partir de dezembro
            Por Ana Paula Rezende
            21/11/2026 às 09h10
            A Prefeitura de Goiânia vai ampliar até a 1h da manhã o horário de seis linhas de ônibus a partir de 1º de dezembro, informou a secretaria de Mobilidade.
            A secretaria publicou os novos horários em seu canal no Telegram e no site da prefeitura, disse o secretário.
            !Receba as notícias de Goiânia no seu celular: entre no nosso canal do WhatsApp
            !Participar
            Os trabalhadores do comércio pediam a mudança desde o ano passado, quando as lojas do centro passaram a fechar às 22h.
            A tarifa continua em R$ 4,30, e o cartão SitPass vale em todas as linhas.
            !Tags
            !Goiânia
            !ônibus
            """),
        BoilerplatePageCase(rule: "a messenger's pitch naming the outlet (English) and its button go; a story asking readers to write in on WhatsApp and saying where updates are posted stays", page: """
            #outlet: Lagoon Times
            Lagos ferry operators cut fares on Ikorodu route
            By Chidi Okafor
            November 21, 2026
            Ferry operators on the Ikorodu to Lagos Island route will cut fares by 20 per cent from Monday, the Lagos State Waterways Authority said on Friday.
            Residents can follow updates on the authority's WhatsApp channel, the agency said in a statement.
            !Get Lagoon Times headlines on WhatsApp every morning
            !Join now
            Commuters have complained for months that fares rose faster than the price of diesel.
            If you use the route every day, you can send your experience to us on WhatsApp for our follow-up report.
            !Related topics
            !Lagos
            !Ferries
            """),
        BoilerplatePageCase(rule: "a story's subheading under an embedded post's text stays; the post's labels, text and count go (Spanish)", page: """
            #outlet: Diario del Maule
            Talca reabre su mercado central tras dos años de obras
            Por Javiera Muñoz
            21 de noviembre de 2026
            El mercado central de Talca reabrió este sábado con 120 locales restaurados y un nuevo techo de madera, informó la municipalidad.
            Los comerciantes volvieron a sus puestos desde las seis de la mañana y las ventas superaron lo esperado, según la cámara de comercio local.
            !Ver esta publicación en Instagram
            !Una publicación compartida por Mercado de Talca (@mercadotalca)
            !¡Ya abrimos! Los esperamos en el centro #Talca
            !Me gusta 842
            Un techo nuevo para un edificio antiguo
            El edificio de 1902 había cerrado tras el terremoto de 2024, que dañó su estructura de madera y la mitad de su techumbre.
            La obra costó 6.500 millones de pesos, financiados por el gobierno regional.
            """),
    ]

    /// The chrome the third round left on its pages, in other outlets' words (the fourth breadth
    /// round): a temperature after a town whose name holds a month's abbreviation, credits a
    /// company gave, or closing on an abbreviation's full stop. Each page's story lines guard
    /// against its rule. (The day's date over the menu
    /// under a skip link, an embedded post's stamp closing the story and a `Top Stories` list
    /// under the share row are checked on the whole pages, `p1`, `p4` and `p5`: a Peruvian head
    /// written for the first lost its date and rates to other rules with or without it.)
    static let fourthRoundChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a town's temperature with no condition word goes though the town's name holds `Mar`; the story's date line stays (Argentina)", page: """
            #outlet: La Costa Atlántica
            !Ir al contenido
            !Iniciar sesión
            !Inicio
            !Ciudad
            !Policiales
            !Deportes
            !Necochea 19° Soleado
            !Mar del Plata 21°
            !ÚLTIMO MOMENTO: Corte de luz programado en el barrio Constitución
            !Ciudad
            !Puerto
            El muelle de pescadores de Mar del Plata reabre tras su reparación
            Por Martín Ezcurra
            Mar 18, 2026
            El muelle de la Escollera Norte volvió a abrir este miércoles tras seis meses de obras en sus pilotes, informó la municipalidad de General Pueyrredon.
            Los pescadores deportivos podrán usarlo de 7 a 22, y la entrada seguirá siendo gratuita.
            """),
        BoilerplatePageCase(rule: "captions closing on a credit a company gave, in parentheses or after a dash, go; a story's sentence on who supplied the trains stays (Korea, Tanzania)", page: """
            #outlet: Han River Herald
            Busan opens hydrogen tram line to Yeongdo
            By Park Ji-won
            November 19, 2026
            Busan opened a 5.2-kilometer hydrogen tram line between Nampo-dong and Yeongdo on Thursday, the city said.
            !The tram at its depot in Yeongdo-gu during a test run on Nov. 10. (Provided by Busan Transportation Corporation)
            !A passenger boards at Nampo station on the first day of service. — Supplied photo
            The five trams were supplied by a Changwon manufacturer, which will also maintain them until 2031, officials said.
            Fares will be the same as on the city's buses, and transfers will be free for 30 minutes.
            """),
        BoilerplatePageCase(rule: "a long caption whose credit in parentheses closes on an abbreviation's full stop goes; a story's sentence closing on a parenthesis stays (Mongolia)", page: """
            #outlet: The Steppe Post
            Darkhan opens its first indoor market for winter vegetable sellers
            By Enkhjin Tsogt
            November 20, 2026
            Darkhan opened a heated indoor market for 140 vegetable sellers on Friday, the city's governor said.
            !Sellers set out potatoes and cabbages at the new market in Darkhan on Friday morning before it opened to buyers. (Photo: Darkhan City Governor's Office / Bold G.)
            Stalls cost 90,000 tugrik a month (half the price of a container stall outside)
            The market will stay open until 8 p.m. through the winter, officials said.
            """),
    ]
}

@Suite("Boilerplate whole pages of the third breadth round")
struct BoilerplateWholePagesTests {
    /// Runs the stage over one folder of whole pages (`breadth-s13` unless named), under the
    /// folder's convention for the article's byline block (`keep` unless given).
    static func run(folder name: String = "breadth-s13", bylines: BoilerplateStripper.BylineConvention = .keep) throws
        -> [(article: BoilerplateGoldArticle, score: BoilerplateLineScore, removed: [RemovedLine])] {
        let folder = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/boilerplate"))
        return try BoilerplateGoldArticle.run(BoilerplateGoldArticle.load(folder: folder), bylines: bylines)
    }

    /// Runs a folder of whole pages, prints each page's mistakes and the totals, and expects no
    /// story line lost and the micro precision at `floor` or above.
    static func expectWholePages(_ name: String, precision floor: Double, recall recallFloor: Double = 1,
                                 bylines: BoilerplateStripper.BylineConvention = .keep) throws {
        let results = try run(folder: name, bylines: bylines)
        let total = results.map(\.score).reduce(BoilerplateLineScore(), +)
        for result in results where result.score.f1 < 1 {
            print("\(name) \(result.article.name) F1 \(result.score.f1)\n\(result.article.mistakes(removed: result.removed))")
        }
        print("\(name) P \(total.precision) R \(total.recall) F1 \(total.f1)")
        #expect(total.recall >= recallFloor, "micro recall \(total.recall)")
        #expect(total.precision >= floor, "micro precision \(total.precision)")
    }

    /// No story line is lost (the subheading under an embedded post stays, `opensStoryAgain`), and
    /// the chrome kept is below a tenth of the kept lines: 0.814 before the round (the messenger
    /// pitches and their buttons, the ad labels and notices; recall 0.962), 0.909 after it, 0.990
    /// after the fourth round (the head's date over the menu, a temperature, given credits, a
    /// post's stamp, a `Top Stories` list above the lead): only one listed headline is left, taken
    /// for the title as the nearest headline over the lead. With the fourth round's three pages
    /// (Korea, Turkey, Tanzania) P 0.973, R 1.000; before that round's lexicon entries those pages
    /// lost the Swahili byline and date (`Na …`, `Novemba`) and kept a Korean agency's credit
    /// (`(Yonhap)`), a Swahili channel's pitch and button, a Turkish `continues after the ad`.
    /// Left: the Turkish page's foot (its update stamp again, `Kaynak:` naming the outlet). The
    /// last three pages (Colombia, Mongolia, Georgia) kept a Spanish `Le puede interesar` list and
    /// a long caption whose credit closes on `Enkhbold D.)` (a full stop that made it prose):
    /// P with all twelve pages 0.979 (138 of 141 kept lines), R 1.000.
    @Test("every story line stays and most of the chrome goes")
    func wholePages() throws { try Self.expectWholePages("breadth-s13", precision: 0.97) }

    /// The pages whose only chrome left before the round was a messenger's pitch and its button, or
    /// an ad's label in Vietnamese, are now right line by line; since the fourth round, the Chilean
    /// page's head (the day's date and `UF` over the menu, a temperature after `Viña del Mar`) and
    /// the Japanese page's credit `(Provided by …)` and post stamp under the story too, and the
    /// Korean and Swahili pages of that round (an agency's credit; a byline opening `Na`, a month
    /// in Swahili, a channel's pitch opening `Jiunge`).
    @Test("the pages with a messenger's pitch, its button and an ad's label are right line by line",
          arguments: ["p1_austral_ascensor", "p2_correio_recife", "p3_tinsonghan_cauvuot", "p4_kansai_ferry", "p6_negevcourier_shelters",
                       "p7_hangang_daily_bikes", "p9_pwani_leo_feri", "p10_vanguardia_caribe_metro", "p11_steppe_post_heating",
                       "p12_tbilisi_observer_cablecar"])
    func pageRight(name: String) throws {
        let result = try #require(try Self.run().first { $0.article.name == name })
        #expect(result.score.f1 == 1, "\(result.article.mistakes(removed: result.removed))")
    }

    /// The small pages of the round's rules, one case each: each chrome page fails without its rule,
    /// and its story lines guard against the rule firing on them.
    @Test("a messenger's pitch and its button go, a story's line naming a messenger stays; a subheading under a post stays",
          arguments: BoilerplatePageCase.channelPitchesAndEmbeds)
    func channelPitchesAndEmbeds(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }

    /// The fourth breadth round's rules, one page each: each fails without its rule, and its story
    /// lines guard against the rule firing on them.
    @Test("the chrome the third round left goes: a temperature after a town named like a month, credits a company gave",
          arguments: BoilerplatePageCase.fourthRoundChrome)
    func fourthRoundChrome(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}

/// Six whole dirty pages (15–16% article lines) composed for the fourteenth sitting's breadth
/// round, for invented outlets of regions no gold set nor the thirteenth sitting's pages covers:
/// Mexico in Spanish, Senegal in French, Austria in German, Belgium in Dutch, Catalonia in Catalan
/// and Uganda in English (`Fixtures/boilerplate/breadth-s14/`). Each carries the chrome the
/// fourteenth sitting's first round left on Z in its own words: weather, score and lottery widgets
/// over the headline, a breadcrumb with one `>`, a reading time, an advert's line with a price, a
/// photo caption and a comment section; and the usual menus, tickers, related and most-read lists,
/// sponsored teasers, newsletter boxes, footers and consent texts. The third round added six more
/// (15–17% article lines, `p7`–`p12`): Peru in Spanish, Egypt, Taiwan and Zambia in English, Belarus
/// in Russian and French-speaking Switzerland in French, heavy in chrome written as prose: author
/// bios, a live blog of other stories, a paywall's explanation, sponsored teasers in two sentences
/// over their buttons, another story's `what you need to know` box, reader comments, teaser lists
/// with a summary under each headline, a podcast episode's description, a horoscope and a weather
/// forecast, an app's and a newsletter's pitch, `about us` and mission boxes, an ethics policy, AI
/// and affiliate disclosures. A correction note of the story itself is labelled content, as the
/// released sets label it (`Correction: An earlier version …`, kept by the lexicon).
@Suite("Boilerplate whole pages of the fourteenth sitting's breadth round")
struct BoilerplateWholePagesS14Tests {
    /// Every story line stays and the chrome kept is below a fiftieth of the kept lines. Before the
    /// round: P 0.867, R 1.000 (a Spanish `Lee también` list, a French tag list and comment section
    /// under `Réagissez à cet article` and `12 commentaires`, one-step breadcrumbs in German and
    /// Dutch, a Catalan ad for a `55"` television and its button); after it P 1.000, R 1.000.
    /// With the third round's six pages: P 0.638, R 0.994 before its rules (a French story's
    /// `Selon …, … du …` under a paywall's button taken for the form's note; the Spanish and French
    /// comment sections and the teaser lists and boxes after them, the sponsors' teasers and their
    /// buttons, the boxes of another story, the disclosures), P 0.819, R 1.000 after them, P 0.845
    /// with a comment section's heading that names its readers (the Egyptian page's tags and
    /// comments under `What readers are saying`). Left, and the reason the floor is 0.83: the heads' masthead, date and exchange-rate lines; a live
    /// blog of other stories over the headline, each item a clock and a sentence (its first item
    /// is the page's first paragraph of prose, so no title is found above it and the head feed's
    /// rule does not look; taking clock-first runs out of the lead's search was left for a round
    /// with live blogs to check it on); a `Trending now` list of sentences over the headline; the
    /// Russian box of another story (its items share five-byte keys with the story: two Cyrillic
    /// letters, see `cohesive`).
    @Test("every story line stays and the chrome goes")
    func wholePages() throws { try BoilerplateWholePagesTests.expectWholePages("breadth-s14", precision: 0.83) }
}

extension BoilerplatePageCase {
    /// The fourteenth sitting's breadth round, one small page per rule, each in two languages or
    /// more: each fails without its rule, and its story lines guard against the rule firing on them.
    static let fourteenthRoundChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "widgets over the headline go: scores with the teams named in words and a lottery's draw; a score as the story's subheading stays (Mexico, Spanish)", page: """
            #outlet: El Norte Regio
            !Inicio
            !Deportes
            !Futbol
            !ÚLTIMA HORA: Cierran la avenida Constitución por obras del metro
            !Monterrey 27° Soleado
            !Tigres 2 - 0 Monterrey
            !Santos 1 América 3 (Final)
            !Melate: 04 - 15 - 22 - 31 - 38 - 50
            Tigres gana el clásico regio y asegura el liderato
            Por Raúl Garza
            22 de noviembre de 2026
            Tigres venció 2-0 a Monterrey en el Estadio Universitario y llegó a 34 puntos, cuatro más que el segundo lugar.
            Los goles llegaron en el segundo tiempo, tras una primera mitad sin llegadas claras de ninguno de los dos equipos.
            El técnico de Monterrey dijo que su equipo no supo responder a la presión en el medio campo.
            Pachuca 1 - 1 Toluca
            En el otro partido de la tarde, Pachuca y Toluca empataron en el Estadio Hidalgo y siguen fuera de la zona de liguilla.
            Los números ganadores del Melate de anoche fueron 4, 15, 22, 31, 38 y 50, informó la Lotería Nacional.
            """),
        BoilerplatePageCase(rule: "a team score and a draw go in English and German over the headline; the story's figures in sentences stay", page: """
            #outlet: Prairie Courier
            !Winnipeg -8°C
            !Jets 4 Oilers 2 (Final)
            !Lotto 6/49 Nov 21: 3 11 19 24 38 45 Bonus 7
            !Lotto 6 aus 45: 3, 11, 17, 24, 38, 42 Zz: 9
            !News
            !Sports
            Jets extend home winning streak to seven games
            By Mark Olson
            November 22, 2026
            The Winnipeg Jets beat the Edmonton Oilers 4-2 on Saturday night for their seventh straight win at home.
            Goaltender Eric Lind stopped 31 of 33 shots, and the team's power play scored twice in the third period.
            The next home game is on Tuesday against Calgary.
            """),
        BoilerplatePageCase(rule: "a breadcrumb of one step over the headline goes (German); a place pair as the story's subheading stays", page: """
            #outlet: Salzburger Tagespost
            !Startseite
            !Salzburg
            !Österreich
            !Sport
            !Eilmeldung: Tauernautobahn nach Unfall bei Golling gesperrt
            !Salzburg > Verkehr
            Neue Busspur auf der Alpenstraße ab Jänner
            Von Anna Berger
            22.11.2026
            Die Stadt Salzburg richtet auf der Alpenstraße ab Jänner eine durchgehende Busspur ein, teilte der Bürgermeister am Samstag mit.
            Die Busse sollen dadurch in der Früh bis zu zehn Minuten schneller im Zentrum sein.
            Salzburg / Hallein
            Auch die Regionalbusse nach Hallein werden die neue Spur benutzen dürfen, sagte der Verkehrsverbund.
            Die Bauarbeiten beginnen Anfang Dezember und dauern drei Wochen.
            """),
        BoilerplatePageCase(rule: "a breadcrumb of one step over the headline goes (Dutch)", page: """
            #outlet: Antwerpse Bode
            !Home
            !Antwerpen
            !Binnenland
            !Sport
            !Net binnen: Storing op de Ring door ongeval aan de Kennedytunnel
            !Antwerpen > Mobiliteit
            Nieuwe tramlijn naar Wijnegem rijdt vanaf maart
            Door Sofie Peeters
            22-11-2026
            De nieuwe tramlijn tussen Antwerpen-Centraal en Wijnegem gaat in maart in dienst, heeft De Lijn zaterdag bekendgemaakt.
            De trams rijden overdag om de tien minuten en 's avonds om het kwartier.
            Buurtbewoners vragen al jaren een betere verbinding met het centrum.
            """),
        BoilerplatePageCase(rule: "a reading time alone on its line goes (Portuguese); a story's sentence on minutes of reading stays", page: """
            #outlet: Jornal do Minho
            Braga abre nova ciclovia entre o centro e a universidade
            Por Rui Carvalho
            22 de novembro de 2026
            !3 min de leitura
            A Câmara de Braga abriu este sábado uma ciclovia de quatro quilómetros entre a Avenida da Liberdade e o campus de Gualtar.
            A obra custou 1,8 milhões de euros, financiados pelo Plano de Recuperação e Resiliência.
            Os estudantes pediam a ligação há vários anos, segundo a associação académica.
            O relatório da obra, com 40 páginas, exige cerca de 30 minutos de leitura.
            """),
        BoilerplatePageCase(rule: "a reading time alone on its line goes (Italian)", page: """
            #outlet: Gazzetta del Lario
            Como, il battello elettrico entra in servizio sul lago
            di Marco Ferrari
            22 novembre 2026
            !4 min di lettura
            Il primo battello elettrico della Navigazione Laghi è entrato in servizio sabato sulla tratta tra Como e Bellagio.
            Il nuovo mezzo può trasportare 250 passeggeri e ricarica le batterie durante le soste al pontile di Como.
            Altri due battelli arriveranno entro l'estate, ha detto il direttore della Navigazione.
            """),
        BoilerplatePageCase(rule: "an ad under its label offering a screen sized in inches goes with its button (Catalan); a quotation under an ad label stays", page: """
            #outlet: Diari de Lleida
            Lleida obre el nou pavelló firal amb la Fira de Sant Miquel
            Per Laia Roca
            22/11/2026
            El nou pavelló firal de Lleida ha obert aquest dissabte amb 320 expositors, ha informat l'Ajuntament.
            !Publicitat
            !Televisor LG 65" OLED per només 999 € amb enviament gratuït
            !Compra ara
            L'edifici, de 12.000 metres quadrats, ha costat 24 milions d'euros.
            !Publicitat
            "Volem que Lleida torni a ser la capital firal de l'interior", va dir l'alcalde en la inauguració.
            La fira es podrà visitar fins dimarts a la tarda.
            """),
        BoilerplatePageCase(rule: "an ad offering a laptop sized in inches goes under its label (English)", page: """
            #outlet: Lusaka Daily Mail
            Lusaka council opens new bus terminus at Chilenje
            By Mwila Banda
            November 22, 2026
            Lusaka City Council opened a new bus terminus at Chilenje on Saturday, easing congestion at the city market, the mayor said.
            !Advertisement
            !HP 15.6" laptop with 512GB SSD now only K8,999 at all Game stores
            !Shop now
            The terminus has space for 60 minibuses and 40 market stalls.
            Traders said the move would bring more customers to the area.
            """),
        BoilerplatePageCase(rule: "an invitation to comment and a count of comments with the figure first close the story (French); the story's sentence on comments stays", page: """
            #outlet: Le Matin de Rabat
            Rabat : le tramway prolongé jusqu'à Témara en 2028
            Par Youssef Benali
            22 novembre 2026
            La ligne 2 du tramway de Rabat-Salé sera prolongée de 7 kilomètres jusqu'à Témara, a annoncé samedi la société du tramway.
            Les travaux débuteront au printemps et doivent s'achever à la fin de l'année 2028.
            La consultation publique sur le tracé a recueilli plus de 3 000 commentaires d'habitants, selon la société.
            La société prévoit dix nouvelles stations, dont une à la gare de Témara.
            Le coût du prolongement est estimé à 2,4 milliards de dirhams, financés par l'État et la région.
            Les habitants de Témara mettent aujourd'hui plus d'une heure pour rejoindre le centre de Rabat aux heures de pointe, selon une étude de la région.
            Les commerçants du boulevard Mohammed V craignent que le chantier ne fasse fuir leurs clients pendant deux ans.
            !Réagissez à cet article
            !5 commentaires
            !Karim
            !il y a 2 heures
            !Enfin une bonne nouvelle pour ceux qui travaillent à Rabat.
            !Nadia B.
            !il y a 3 heures
            !Et le prix du ticket, il va augmenter aussi ?
            """),
        BoilerplatePageCase(rule: "an invitation to comment and a figure-first count close the story (English)", page: """
            #outlet: Addis Ledger
            Addis Ababa opens second light rail depot
            By Hana Tesfaye
            November 22, 2026
            Ethiopian Railways Corporation opened a second depot for the Addis Ababa light rail on Saturday, doubling the space for repairs.
            The depot at Ayat will service 20 trams and employ 140 technicians, the corporation said.
            Passengers have complained for years that broken trams left the service with long gaps at rush hour.
            The corporation expects waiting times to fall to six minutes by March.
            The light rail, opened in 2015, carries about 100,000 passengers a day on its two lines across the capital.
            Half of its 41 trams were out of service last year because spare parts had to be imported, the corporation said in its annual report.
            A third depot is planned near Kality, but no date has been set for its construction.
            !Comment on this story
            !14 comments
            !Dawit
            !3 hours ago
            !Good news, but we need more trams, not just depots.
            !Selam T.
            !5 hours ago
            !Finally. The gaps at Megenagna are terrible in the morning.
            """),
        BoilerplatePageCase(rule: "a read-also heading in the familiar imperative and its headlines go between paragraphs (Spanish)", page: """
            #outlet: La Voz de Rosario
            Rosario suma 40 colectivos eléctricos a su flota
            Por Lucía Benítez
            22 de noviembre de 2026
            La Municipalidad de Rosario incorporó este sábado 40 colectivos eléctricos a las líneas que cruzan el centro, informó el intendente.
            !Lee también
            !Suben las tarifas de taxis en Rosario desde diciembre
            !Cómo funcionará el nuevo boleto integrado
            Los vehículos tienen una autonomía de 250 kilómetros y se cargan de noche en el depósito de barrio Empalme Graneros.
            La ciudad espera renovar la mitad de la flota antes de 2030.
            """),
        BoilerplatePageCase(rule: "a read-also heading in the familiar imperative and its headlines go (Portuguese)", page: """
            #outlet: Diário de Luanda
            Luanda inaugura terminal de autocarros no Kilamba
            Por Paulo Mendes
            22 de novembro de 2026
            O Governo Provincial de Luanda inaugurou este sábado um terminal de autocarros no Kilamba, com 12 plataformas.
            !Lê também
            !Preço dos táxis sobe em dezembro
            !Nova ponte sobre o Cuanza abre em março
            O terminal vai servir 30 mil passageiros por dia, segundo a empresa de transportes públicos.
            Os moradores pediam uma ligação direta à Baixa há vários anos.
            """),
    ]
}

extension BoilerplateWholePagesS14Tests {
    /// The round's rules, one small page each: each fails without its rule, and its story lines
    /// guard against the rule firing on them.
    @Test("the chrome the first round left on Z goes in other outlets' words: named scores, draws, one-step breadcrumbs, reading times, inch-sized ads, comment heads, read-also",
          arguments: BoilerplatePageCase.fourteenthRoundChrome)
    func fourteenthRoundChrome(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}
