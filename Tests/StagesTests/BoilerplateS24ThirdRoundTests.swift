import Foundation
import Pipeline
@testable import Stages
import Testing

/// The twenty-fourth sitting's third round, on the chrome the released sets kept, by structure in
/// any language: a tag row under the story's last paragraph (one word, a colon, three or more
/// short labels joined by commas); a form's button the lexicon does not know, right under the
/// form's field, and the consent note under it that names the button's action again; a pull quote,
/// a story line's words printed again nearby. The pages are composed in Italian and English, with
/// a must-not-fire case for each rule.
extension BoilerplatePageCase {
    static let twentyFourthThirdRoundChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a tag row under the story's last paragraph goes, whatever its label's language", page: """
            #outlet: Gazzetta del Reno
            Bologna, il tram della linea rossa arriva in via Marconi
            I cantieri si sposteranno in centro da lunedì, con deviazioni per sei linee di autobus.
            Da lunedì i cantieri del tram si spostano in via Marconi, dove resteranno per circa quattro mesi.
            "Abbiamo concentrato i lavori più rumorosi nelle ore diurne," ha spiegato l'assessora alla mobilità, Giulia Ferri.
            Sei linee di autobus cambieranno percorso e alcune fermate saranno spostate in via Riva di Reno.
            !Temi: trasporti, Bologna, tram, cantieri stradali
            !© 2026 Gazzetta del Reno
            """),
        BoilerplatePageCase(rule: "a line of a tag row's shape inside the story, a paragraph of prose under it, stays", page: """
            #outlet: Gazzetta del Reno
            Sagra del tortellino, a Castelfranco attese diecimila persone
            Tre giorni di festa in piazza con la gara tra le sfogline del paese.
            Castelfranco Emilia si prepara alla sagra del tortellino, che quest'anno durerà tre giorni.
            La giuria assaggerà i piatti delle dodici sfogline in gara e sceglierà il ripieno migliore.
            Ingredienti: lombo di maiale, prosciutto crudo, mortadella, parmigiano
            Le sfogline potranno aggiungere una sola spezia a scelta, da dichiarare prima della gara.
            Il ricavato andrà alla scuola materna del paese, che deve rifare il tetto.
            !© 2026 Gazzetta del Reno
            """),
        BoilerplatePageCase(rule: "a form's unknown button under its field goes, and the consent note under it that names the button's action again", page: """
            #outlet: Fenland Echo
            Wisbech market traders win a year's rent freeze
            The council agreed the freeze after traders said footfall had fallen for a third year.
            Market traders in Wisbech will pay no more rent for their pitches until next spring, the district council has agreed.
            "It gives us a year to get people back into the square," said Dean Harlow, who runs a fruit stall.
            !Get Fenland news in your inbox every morning
            !Your email address
            !Enrol
            !Enrolling means agreeing to the house rules of the Echo.
            What the freeze costs
            The council said the freeze would cost it about £40,000 in lost income.
            A review of the market's opening days will report in the summer.
            !© 2026 Fenland Echo
            """),
        BoilerplatePageCase(rule: "a form's unknown button under its field goes; the story's paragraph under it, naming nothing of the button, stays", page: """
            #outlet: Fenland Echo
            March library to open on Sundays from April
            The library will open from ten until two on Sundays after a consultation.
            March library will open on Sunday mornings from April, Cambridgeshire County Council has said.
            More than 600 people answered a consultation on the library's hours last autumn.
            !Get Fenland news in your inbox every morning
            !Your email address
            !Enrol
            Librarian Asha Brook said Sunday opening had been the most common request from parents.
            The extra hours will be covered by two new part-time posts.
            !© 2026 Fenland Echo
            """),
        BoilerplatePageCase(rule: "a pull quote repeating a paragraph's words in order goes, the paragraph stays", page: """
            #outlet: Fenland Echo
            Chatteris bakery closes after ninety years
            The family said rising energy bills had made the ovens too costly to run.
            A bakery that has served Chatteris since 1936 will close its doors for the last time on Saturday.
            "We have tried everything, but the ovens now cost more to run than the bread brings in," said owner Mary Pell.
            !"The ovens now cost more to run than the bread brings in."
            Customers queued along the high street on Friday to buy the last loaves.
            The building has been sold to a developer, who plans to convert it into flats.
            !© 2026 Fenland Echo
            """),
        BoilerplatePageCase(rule: "a short paragraph sharing a neighbour's words out of order, or with words between them, stays", page: """
            #outlet: Fenland Echo
            Whittlesey pool reopens after repairs
            Swimmers will be able to use the main pool again from Monday.
            Whittlesey's swimming pool will reopen on Monday after three months of repairs to its roof.
            The council will open the pool for early swims on Monday, the leisure trust said.
            The pool will open for early swims on Monday.
            Lessons for children will start again the following week.
            !© 2026 Fenland Echo
            """),
    ]
}

@Suite("BoilerplateStripper chrome of the twenty-fourth sitting's third round")
struct BoilerplateS24ThirdRoundTests {
    @Test("A tag row is one word, a colon and three or more labels of at most four words joined by commas", arguments: [
        ("Temi: scuola, Bologna, trasporti", true), ("Oznake: promet, Zagreb, tramvaj, radovi na cesti", true),
        ("Теми: освіта, Київ, школи", true),
        ("Temi: scuola, Bologna", false), ("I temi: scuola, Bologna, trasporti", false),
        ("Note: the council, the mayor and the trust met on Monday to agree a plan for it", false),
        ("Orari: lunedì, martedì; giovedì", false), ("Temi: scuola, , trasporti", false),
    ])
    func tagRowShape(text: String, isRow: Bool) {
        var text = text
        #expect(text.withUTF8 { BoilerplateClassifier.isTagRow($0, 0..<$0.count) } == isRow)
    }

    @Test("A line's normalized words within another's, as whole words", arguments: [
        ("the ovens now cost more", "we tried but the ovens now cost more to run", true),
        ("ovens now cost", "the ovens now cost more", true),
        ("vens now cost", "the ovens now cost more", false),
        ("the ovens now cost more", "the ovens now cost more", false),
        ("the pool will open", "the council will open the pool", false),
    ])
    func containsWords(needle: String, haystack: String, contains: Bool) {
        let text = Array((needle + haystack).utf8)
        let needleRange = 0..<needle.utf8.count, haystackRange = needle.utf8.count..<text.count
        #expect(text.withUnsafeBufferPointer { BoilerplateClassifier.contains($0, haystackRange, wordsOf: needleRange) } == contains)
    }
}
