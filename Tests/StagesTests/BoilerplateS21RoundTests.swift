import Foundation

/// The twenty-first sitting's round, on set AF's lost story lines first: a lead whose one word of
/// the reader's (`du`) was a French name's particle (`Fonds du Logement`), read as the Nordic and
/// German `du`, "you", so the lead anchored nothing and the headline, byline and date above it
/// went with the head. Each page is composed here, in languages the set's pages do not use.
extension BoilerplatePageCase {
    /// A name's particle among the reader's words.
    static let twentyFirstRoundChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Danish lead naming the Musée du Louvre anchors the body: the headline, byline and date over it stay, with a reading time and a listen button between them", page: """
            #outlet: Vestkysten Nu
            !Gå til indhold
            !Forside
            !Nyheder
            !Kultur
            !Sport
            !Vejret: Esbjerg 8°C · Ribe 7°C
            !Kultur › Kunst
            !KUNST
            Esbjerg: 40 malerier fra Louvre udstilles på kunstmuseet til foråret
            Museet venter over 60.000 gæster i løbet af de tre måneder
            !Læsetid: 3 min.
            !▶ Lyt til artiklen
            Af Mette Kjærgaard
            14. marts 2026 kl. 08.15
            !Del: Facebook · X · E-mail
            !Kopier link
            !Malerierne pakkes ud i museets kælder. Foto: Esbjerg Kunstmuseum
            !© Esbjerg Kunstmuseum
            Esbjerg Kunstmuseum og Musée du Louvre i Paris har underskrevet en aftale om at låne 40 malerier fra det 18. århundrede til en udstilling, der åbner i april og varer hele sommeren.
            Udstillingen koster museet omkring 4 millioner kroner, hvoraf fonde betaler over halvdelen.
            Direktøren kalder aftalen den største i museets historie og venter mange gæster fra Tyskland.
            Billetterne kommer i salg den 1. marts.
            !Læs også: Ribe Domkirke får nye vinduer
            !Emner: Kunst · Esbjerg
            """),
        BoilerplatePageCase(rule: "a consent banner that says `du` once at the top of a Swedish page is still no lead", page: """
            #outlet: Norrlandsbladet
            !Vi värnar om din integritet
            !Norrlandsbladet och våra 120 partner använder cookies för att anpassa innehåll och annonser, mäta trafik och förbättra tjänsten, och du kan ändra dina val när som helst längst ner på sidan.
            !Godkänn alla
            !Inställningar
            !Nyheter
            !Sport
            Umeå bygger ny gång- och cykelbro över älven
            Bron ska stå klar hösten 2028, enligt kommunen
            Av Karin Lund
            4 mars 2026 kl. 09.40
            Umeå kommun har beslutat att bygga en ny gång- och cykelbro över Umeälven mellan Teg och centrum, och bygget väntas börja redan nästa vår.
            Bron blir 300 meter lång och kostar omkring 180 miljoner kronor.
            Kommunen räknar med att 8 000 cyklister ska använda bron varje dag.
            """),
    ]
}
