import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Composed pages for long story lines in languages whose function words the `stopwords` list did
/// not know (Finnish, Greek, Lithuanian, Hungarian): a sentence of twelve words or more between a
/// player's button and an ad marker reads as prose only by its share of function words. And the
/// Greek question mark `;`, which ends a Greek question as `?` does (a question of twelve words after a player's
/// button), while `;` after a Latin word ends no sentence. Each page must come out with every line right; the story lines fail without
/// their rule, the chrome lines guard against it firing too widely.
extension BoilerplatePageCase {
    static let functionWords: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Finnish sentence of twelve words between a player's button and an ad marker stays", page: """
            #outlet: Pirkanmaan Sanomat
            Raitiotien rakentaminen Tampereella viivästyy kesään
            Tampereen raitiotien toisen osan rakentaminen viivästyy ensi kesään, kertoi kaupunki tiistaina.
            Viivästys johtuu siitä, että sillan perustukset on tehtävä uudelleen.
            !0:00 / 1:45
            !Toista
            Kaupungin mukaan työt jatkuvat silti, ja osa pysäkeistä on jo nyt valmiina.
            !Mainos
            Hanke maksaa noin 400 miljoonaa euroa.
            Matkustajat pääsevät kyytiin vuoden 2027 alussa.
            """),
        BoilerplatePageCase(rule: "a Greek sentence of twelve words between a player's button and an ad marker stays", page: """
            #outlet: Θεσσαλονίκη Σήμερα
            Νέα γραμμή λεωφορείου για το αεροδρόμιο της Θεσσαλονίκης
            Ο οργανισμός συγκοινωνιών ανακοίνωσε την Τρίτη νέα γραμμή προς το αεροδρόμιο.
            Τα δρομολόγια θα ξεκινούν κάθε είκοσι λεπτά από το κέντρο της πόλης.
            !0:00 / 1:45
            !Αναπαραγωγή
            Σύμφωνα με τον οργανισμό, τα νέα λεωφορεία θα είναι ηλεκτρικά και αθόρυβα.
            !Διαφήμιση
            Το εισιτήριο θα κοστίζει δύο ευρώ.
            Οι επιβάτες μπορούν να το αγοράσουν μέσα στο λεωφορείο.
            """),
        BoilerplatePageCase(rule: "a Lithuanian sentence of twelve words between a player's button and an ad marker stays", page: """
            #outlet: Sostinės Žinios
            Vilniuje bus atnaujintas Žaliasis tiltas
            Vilniaus savivaldybė antradienį paskelbė, kad Žaliasis tiltas bus remontuojamas nuo gegužės.
            Darbai truks apie pusmetį, o eismas bus ribojamas.
            !0:00 / 1:45
            !Leisti
            Pasak savivaldybės, per remontą bus pakeista tilto danga ir sutvirtintos jo atramos.
            !Reklama
            Remontas kainuos apie 12 milijonų eurų.
            Pėstiesiems ir dviratininkams tiltas per visą remontą liks atviras.
            """),
        BoilerplatePageCase(rule: "a Hungarian sentence of twelve words between a player's button and an ad marker stays", page: """
            #outlet: Fővárosi Hírek
            Felújítják a Szabadság hidat Budapesten
            A fővárosi önkormányzat kedden bejelentette, hogy jövő tavasszal kezdődik a híd felújítása.
            A munkák idején a villamosok nem járnak a hídon.
            !0:00 / 1:45
            !Lejátszás
            Budapest vezetése szerint ezután több hely jut majd gyalogosoknak és kerékpárosoknak is.
            !Hirdetés
            A felújítás 20 milliárd forintba kerül.
            A híd 2028-ban nyílik meg újra.
            """),
        BoilerplatePageCase(rule: "a Greek question of twelve words between a player's button and an ad marker stays", page: """
            #outlet: Θεσσαλονίκη Σήμερα
            Κλειστός για έξι μήνες ο σταθμός της Βενιζέλου
            Ο δήμος ανακοίνωσε ότι ο σταθμός θα κλείσει από τη Δευτέρα για εργασίες.
            Οι κάτοικοι της περιοχής διαμαρτύρονται για την απόφαση.
            !0:00 / 1:45
            !Αναπαραγωγή
            Γιατί ο δήμος αποφάσισε να κλείσει τον σταθμό πριν από τα έργα;
            !Διαφήμιση
            Ο δήμαρχος είπε ότι τα έργα θα ξεκινήσουν αμέσως μετά.
            """),
        BoilerplatePageCase(rule: "a player's settings in English ending in `;` go: `;` after a Latin word ends no sentence", page: """
            #outlet: Fjordside Gazette
            Harbour crane to be replaced after forty years
            The harbour board will replace the container crane on the north quay after engineers found cracks in two of its legs.
            The new crane, ordered from a yard in Gdansk, should arrive by ship in the autumn.
            !0:00 / 1:45
            !autoplay on; captions off; quality auto; speed normal; volume muted;
            !Advertisement
            Dock workers said the old crane had been slowing down unloading for more than a year.
            """),
    ]

    /// A consent notice whose first paragraph the lexicon knows (`utilizziamo cookie`): the notice's
    /// next paragraph is then the page's first prose, with a line of many words above it that is no
    /// title (`leadBelowNotice`). The page's head above the menu goes; the headline, the byline and
    /// the lead stay.
    static let noticeHead: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "an Italian consent notice the lexicon knows still falls in the page's head; the headline under the menu stays", page: """
            #outlet: Gazzetta del Lario
            !Informativa
            !Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella cookie policy.
            !Puoi acconsentire all'utilizzo di tali tecnologie chiudendo questa informativa, proseguendo la navigazione di questa pagina o cliccando su un link.
            !Accetta
            !Scopri di più e personalizza
            !Apri il menu
            !Cerca
            !Abbonati
            !Accedi
            !Como
            !Cronaca
            !Politica
            !Economia
            !Sport
            !Cultura
            !Necrologie
            !Ultima ora: A9, coda di 6 km tra Como e Chiasso per un incidente
            !Como 14° sereno
            !Como
            !Cronaca
            Frana sulla statale del lago, chiusa per tre giorni la strada per Bellagio
            di Marta Riva
            COMO, 12 novembre 2026
            Una frana ha invaso nella notte la statale tra Como e Bellagio, all'altezza di Nesso, e la strada resterà chiusa almeno fino a venerdì.
            I tecnici della Provincia stanno controllando il versante, dove la pioggia degli ultimi giorni ha mosso altri massi.
            Per raggiungere Bellagio si può usare il battello, che da domani avrà corse in più la mattina e la sera.
            """),
    ]
}

@Suite("BoilerplateStripper function words")
struct BoilerplateFunctionWordsTests {
    @Test("every line of the composed page is labelled right", arguments: BoilerplatePageCase.functionWords)
    func page(_ example: BoilerplatePageCase) throws {
        try example.expectEveryLineRight()
    }

    @Test("a notice known to the lexicon stays in the page's head", arguments: BoilerplatePageCase.noticeHead)
    func notice(_ example: BoilerplatePageCase) throws {
        try example.expectEveryLineRight()
    }
}
