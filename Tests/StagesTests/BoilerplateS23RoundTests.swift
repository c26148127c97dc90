import Foundation
import Pipeline
@testable import Stages
import Testing

/// The twenty-third sitting's first round, on the story lines set AH lost, by their shape and
/// place in any language: a date line whose month no list knows (`12 Maarso 2026`), or whose
/// published and updated stamps each carry a clock written with an `h` (`08h10`), is the article's;
/// a name under the headline over a short line over the date is the byline whatever label opens
/// it; a table's rows open on a bar even without the closing one (escaped `||` in a page: the
/// first bar only marks a story line); a place in capitals opening the
/// lead is its dateline, not an author's bio; and the outlet's name over the day's date is the
/// masthead, not a byline. The pages are composed on other stories (Somali and Angolan
/// Portuguese), with a must-not-fire case for each.
extension BoilerplatePageCase {
    static let twentyThirdRoundStoryLines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a date line whose month no list knows (a day, a capitalized word, a year) stays, after a label and a weekday; so does the name over it under the headline, with the writer's role between them", page: """
            #outlet: Hiiraan Jubba
            !Bogga hore | Wararka | Ganacsiga | Ciyaaraha
            Dekadda Kismaayo oo heshay wiish cusub oo culeyska qaada
            Maamulka dekadda ayaa sheegay in markabka hadda lagu dejin doono hal maalin gudaheed halkii ay ka ahayd saddex maalmood
            Qoraalka: Cabdiraxmaan Xuseen
            !Wariye / Reporter
            La daabacay: Khamiis, 12 Maarso 2026
            KISMAAYO – Dekadda Kismaayo ayaa Isniintii la gaarsiiyay wiish cusub oo awood u leh inuu qaado ilaa konton tan, sida uu sheegay maareeyaha dekadda.
            "Ganacsatada ayaa muddo dheer sugayay markabkooda," ayuu yiri maareeyaha, Maxamed Cali Jaamac.
            Wiishka ayaa la filayaa inuu shaqada bilaabo bisha soo socota, waxaana tababar loo siin doonaa lix shaqaale.
            !© 2026 Hiiraan Jubba. Xuquuqda way dhowran tahay.
            """),
        BoilerplatePageCase(rule: "a published and an updated stamp on one line, each with its clock written with an `h`, are the article's date line, though the first runs to eight words", page: """
            #outlet: Jornal do Kwanza
            !Início | Sociedade | Economia | Desporto | Opinião
            Candongueiros de Luanda passam a aceitar pagamento por cartão
            Associação dos taxistas diz que metade das viaturas terá terminal até ao fim do ano
            Por Teresa Mbala
            !Jornalista
            Publicado a 3 de Março de 2026, 08h10 | Actualizado às 12h45
            LUANDA – Os passageiros dos táxis colectivos de Luanda podem, desde segunda-feira, pagar a corrida com cartão nas rotas entre a Mutamba e o Cazenga, anunciou a associação dos taxistas.
            «Muitos passageiros já não andam com notas pequenas», disse o presidente da associação, Domingos Canda.
            A associação espera ter terminais em metade das viaturas até Dezembro, e os motoristas vão receber formação na próxima semana.
            !© 2026 Jornal do Kwanza. Todos os direitos reservados.
            """),
        BoilerplatePageCase(rule: "a table's rows that open on a bar without closing on one are the story's, under the line that announces them; the menu's bars between items still go", page: """
            #outlet: Hiiraan Jubba
            !Bogga hore | Wararka | Ganacsiga | Ciyaaraha
            Kooxda Kismaayo oo ku guuleysatay horyaalka gobollada
            Kooxdu waxay ciyaarta ugu dambeysay ku garaacday Baydhabo laba gool iyo eber
            Qoraalka: Xamdi Maxamuud
            Isniin, 9 March 2026
            KISMAAYO – Kooxda kubadda cagta ee Kismaayo ayaa Axaddii ku guuleysatay horyaalka gobollada, kadib markii ay garaacday Baydhabo laba gool iyo eber.
            Tababaraha kooxda, Cali Xasan, ayaa sheegay in ciyaartoydu ay u ciyaareen si aad u wanaagsan.
            Kala sarreynta kadib 14 ciyaarood
            || 1 | Kismaayo | 34 dhibcood
            || 2 | Baydhabo | 29 dhibcood
            || 3 | Gaalkacyo | 25 dhibcood
            Kooxda ayaa dhowaan u ambabaxaysa Muqdisho si ay uga qeyb gasho koobka qaranka.
            !© 2026 Hiiraan Jubba. Xuquuqda way dhowran tahay.
            """),
        BoilerplatePageCase(rule: "a place in capitals opening the lead is its dateline, no bio of the writer whose byline ends with that place: the lead stays", page: """
            #outlet: Hiiraan Jubba
            !Bogga hore | Wararka | Ganacsiga | Ciyaaraha
            Golaha deegaanka Dhuusa Mareeb oo ansixiyay miisaaniyad cusub
            Miisaaniyadda ayaa diiradda saareysa biyaha iyo waddooyinka magaalada
            Qoraalka: Faadumo Cali, Dhuusa Mareeb
            Sabti, 7 March 2026
            DHUUSA MAREEB: Golaha deegaanka magaalada ayaa Sabtidii ansixiyay miisaaniyad cusub oo lagu dhisayo ceelal iyo waddooyin.
            Guddoomiyaha golaha, Axmed Nuur, ayaa sheegay in lacagta ay ka timid canshuuraha suuqa.
            Shaqada ayaa la filayaa inay bilaabato bisha soo socota.
            !© 2026 Hiiraan Jubba. Xuquuqda way dhowran tahay.
            """),
        BoilerplatePageCase(rule: "a byline of the name alone printed again alone under the story: the box, its notice and a reader's comment go, the story stays (a guard: the span's end takes this box without the rule; AB's b04 is the page the rule mends)", page: """
            #outlet: Hiiraan Jubba
            !Bogga hore | Wararka | Ganacsiga | Ciyaaraha
            Isbitaalka Baydhabo oo helay qalab cusub oo raajo
            Dhakhaatiirta ayaa sheegay in bukaannadu aysan hadda u safri doonin Muqdisho si loo baaro
            Faadumo Cali Warsame
            !Wariye / Reporter
            Talaado, 10 March 2026
            BAYDHABO – Isbitaalka guud ee Baydhabo ayaa Talaadadii helay mashiin raajo oo cusub, sida uu sheegay agaasimaha isbitaalka.
            "Bukaannadu waxay hore u bixin jireen lacag badan oo safar ah," ayuu yiri agaasimaha, Dr. Ibraahim Aadan.
            Laba farsamayaqaan ayaa loo tababaray sida mashiinka loo isticmaalo.
            !Faadumo Cali Warsame
            !U qor qoraaga
            !Ereyada: Baydhabo, caafimaad, isbitaal
            !Qalad ma aragtay? Calaamadee qoraalka oo riix Ctrl+Enter.
            !Lama oggola in warbixinnada Hiiraan Jubba lagu daabaco goobo kale iyadoo aan la helin ogolaansho qoran oo ka yimid tifaftirka
            !Faallooyinka
            !Cabdi_K
            !Waa war fiican, laakiin isbitaalka wuxuu u baahan yahay dhakhaatiir badan oo haween ah.
            !Jawaab
            !© 2026 Hiiraan Jubba. Xuquuqda way dhowran tahay.
            """),
        BoilerplatePageCase(rule: "the outlet's name over the day's date at the top is the masthead, no byline: its copy lower down as a post's account goes; a name over the outlet's name over the date stays", page: """
            #outlet: Hiiraan Jubba
            !Hiiraan Jubba
            !Khamiis, 12 Maarso 2026 | 23 Ramadaan 1447
            !Bogga hore
            !Wararka
            !Ganacsiga
            !Ciyaaraha
            Biyo cusub oo la gaarsiiyay suuqa dhexe ee Kismaayo
            Ganacsatada suuqa ayaa sheegay in biyaha ay hadda yimaadaan maalin kasta
            Xamdi Maxamuud
            Hiiraan Jubba
            Khamiis, 12 Maarso 2026
            KISMAAYO – Suuqa dhexe ee Kismaayo ayaa Arbacadii la gaarsiiyay tuubo biyo ah oo cusub, sida ay sheegeen ganacsatada.
            "Waxaan sugaynay muddo dheer," ayay tiri Xaliimo Cumar oo suuqa khudaarta ka iibisa.
            !hiiraan_jubba
            Maamulka ayaa sheegay in tuubada la gaarsiin doono xaafadaha kale bisha soo socota.
            !© 2026 Hiiraan Jubba. Xuquuqda way dhowran tahay.
            """),
    ]
}

@Suite("BoilerplateStripper story lines of the twenty-third sitting")
struct BoilerplateS23RoundTests {
    @Test("A day, a capitalized word and a year are a date in either order; a figure before a lower-case word or a word of two letters is none", arguments: [
        ("An wallafa: Talata, 28 Maarso 2026", true), ("Maarso 6, 2026", true), ("12. Werurwe 2026", true),
        ("Chapter 11 bankruptcy 2019", false), ("6 ga Maris, 2026", false), ("Kano 38 2026", false), ("45 Maarso 2026", false),
    ])
    func wordDates(text: String, isDate: Bool) {
        var text = text
        #expect(text.withUTF8 { BoilerplateClassifier.holdsWordDate($0, uncased: false) } == isDate)
    }

    @Test("Stamps in segments are a date line when each holds its clock (also `08h10`), or a figure in a few words", arguments: [
        ("Publicado a 3 de Março de 2026, 08h10 | Actualizado às 12h45", true),
        ("Publié le 03/03/2026 à 08h10 | Mis à jour à 12h45", true),
        ("Vandaag, 16:05 • Aangepast vandaag, 17:20", true),
        ("Weer: 7°, regen • Verkeer: 3 files, 14 km en meer op de weg vandaag", false),
        ("Home | News | Sport", false),
    ])
    func segmentedDates(text: String, isDate: Bool) {
        var text = text
        let clocks = !text.lowercased().contains("março")
        #expect(text.withUTF8 { BoilerplateClassifier.isSegmentedDate($0, clocks: clocks) } == isDate)
    }

    @Test("A dateline's place in capitals opens the line; a name written as a name does not", arguments: [
        ("DHUUSA MAREEB: Golaha deegaanka", true), ("KUALA LUMPUR – Hujan", true),
        ("Faadumo Cali waxay qortaa", false), ("ZÜRICH ist", false),
    ])
    func datelines(text: String, opens: Bool) {
        var text = text
        #expect(text.withUTF8 { BoilerplateClassifier.opensWithCapitalWords($0, count: 2) } == opens)
    }
}
