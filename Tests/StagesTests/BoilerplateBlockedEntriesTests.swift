import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Composed pages for lexicon entries that the page's structure rules made costly (fitted to the
/// released sets T and U and a composed Lithuanian page): a share button the lexicon knows left
/// the rest of its row looking like the story's (`playerControls`' head window counts it), a
/// credit alone the lexicon knows made the story's last sentence above it a photo's description
/// (`chromeIslands`), and the story's short last sentence after a credit went as the tail's chrome
/// (`tailAfterChrome`). Each page must come out with every line right; the story lines fail without
/// their rule, the chrome lines and the second page guard against it firing too widely.
extension BoilerplatePageCase {
    static let blockedEntries: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a share button the lexicon knows (`Dela`) leaves no lone `Lyssna` over the photo's caption: both go, and the caption above its credit", page: """
            #outlet: Sydkusten Nu
            !Hoppa till innehållet
            !Sydkusten Nu
            !Nyheter
            !Sport
            !Nöje
            !Logga in
            Färjan till Ven ställs in i två veckor
            Skador på båda motorerna stoppar trafiken, och bilar kommer inte över till ön förrän i slutet av maj.
            Av: Karin Holmqvist
            Publicerad 14 maj 2026 kl. 07.10
            !Lästid: 3 minuter
            !Dela
            !Lyssna
            !Färjan Vensund vid kajen i Landskrona. ”Den behöver nya motorer”, säger rederiet.
            !Foto: Erik Sand
            Färjetrafiken mellan Landskrona och Ven ställs in från måndag, sedan rederiet upptäckt skador på färjans båda motorer vid en översyn.
            – Vi kan inte ta några risker med passagerarnas säkerhet, säger driftchefen Lars Bengtsson.
            Kommunen sätter in en mindre passagerarbåt som går fyra gånger om dagen, men bilar och lastbilar kommer inte över till ön.
            Reparationen beräknas vara klar den 28 maj, enligt rederiet.
            !Dela
            !Mest läst
            !Badsäsongen öppnar tidigt i Höganäs
            !Ny cykelbana längs kusten klar i juni
            """),
        BoilerplatePageCase(rule: "a greeting alone under a known share button, over the lead, stays", page: """
            #outlet: Sydkusten Nu
            !Hoppa till innehållet
            !Sydkusten Nu
            !Nyheter
            !Sport
            Morgonbrevet: färjan, badsäsongen och en ny cykelbana
            Av: Karin Holmqvist
            Publicerad 15 maj 2026 kl. 06.00
            !Dela
            God morgon, Skåne.
            Färjetrafiken mellan Landskrona och Ven är inställd i två veckor sedan rederiet upptäckt skador på färjans båda motorer vid en översyn.
            Badsäsongen öppnar tidigt i Höganäs i år, och kommunen sätter ut bryggorna redan i slutet av maj.
            Den nya cykelbanan längs kusten mellan Råå och Helsingborg ska vara klar i juni, enligt kommunen.
            !Dela
            !Mest läst
            !Badsäsongen öppnar tidigt i Höganäs
            """),
        BoilerplatePageCase(rule: "the story's last sentence over a credit alone the lexicon knows (`Φωτογραφία:`) stays; a photo's description over its captioned credit goes", page: """
            #outlet: Πειραϊκή Ηχώ
            !Μετάβαση στο περιεχόμενο
            !Πειραϊκή Ηχώ
            !Ειδήσεις
            !Πολιτική
            !Οικονομία
            Κλειστή για έργα η παραλιακή λεωφόρος στο Φάληρο
            Της Ελένης Παπαδάκη
            21 Νοεμβρίου 2026
            Η παραλιακή λεωφόρος στο ύψος του Φαλήρου θα παραμείνει κλειστή για τα αυτοκίνητα από τη Δευτέρα, καθώς ξεκινούν εργασίες αντικατάστασης του αγωγού ομβρίων.
            !Διαφήμιση
            Σύμφωνα με την Περιφέρεια, τα έργα θα διαρκέσουν έξι εβδομάδες και η κυκλοφορία θα εκτρέπεται από τη λεωφόρο Συγγρού.
            !Εργάτες σε σκάμμα δίπλα στην παραλιακή λεωφόρο.
            !Τα συνεργεία ξεκίνησαν ήδη τις προκαταρκτικές εργασίες στο Φάληρο. (Φωτογραφία: Eurokinissi)
            Οι κάτοικοι της περιοχής ζητούν από τον δήμο να αυξήσει τα δρομολόγια των λεωφορείων όσο διαρκούν τα έργα.
            «Κάθε χειμώνας πλημμυρίζουμε. Αν τα έργα λύσουν το πρόβλημα, θα αντέξουμε την ταλαιπωρία», δήλωσε ο πρόεδρος του συλλόγου κατοίκων, Νίκος Αντωνίου.
            Το τραμ θα συνεχίσει να κινείται κανονικά.
            !Φωτογραφία: Eurokinissi
            !Newsletter: Κάθε πρωί τα νέα του Πειραιά στο email σας. Εγγραφείτε δωρεάν
            !Ετικέτες: ΦΑΛΗΡΟ, ΕΡΓΑ, ΚΥΚΛΟΦΟΡΙΑ
            !Δημοφιλή
            !Πειραιάς: Νέα γραμμή λεωφορείου για το λιμάνι
            """),
        BoilerplatePageCase(rule: "the story's short last sentence past a photo's credit stays; a short note under the comments' heading goes", page: """
            #outlet: Vilniaus Aidas
            !Pereiti prie turinio
            !Vilniaus Aidas
            !Naujienos
            !Sportas
            !Verslas
            !Kultūra
            Žaliųjų tiltas bus remontuojamas iki rudens
            Autorius Tomas Kazlauskas
            2026-05-12 08:15
            Vilniaus savivaldybė pirmadienį paskelbė, kad Žaliųjų tilto remontas prasidės birželio pradžioje ir truks iki spalio pabaigos.
            Per remontą bus pakeista tilto danga, sutvirtintos atramos ir atnaujinti turėklai, kurie paskutinį kartą keisti prieš trisdešimt metų.
            Automobiliams tiltas bus uždarytas visą remonto laikotarpį, o viešasis transportas važiuos per Karaliaus Mindaugo tiltą.
            !Vilniaus savivaldybės nuotr.
            Pėstiesiems tiltas liks atviras.
            !Dalintis
            !Facebook
            !Kopijuoti nuorodą
            !Komentarai
            !Redakcija pasilieka teisę trumpinti komentarus.
            !Skaitykite daugiau
            !Naujas dviračių takas jungs Antakalnį ir centrą
            !Savivaldybė didina rinkliavą už stovėjimą senamiestyje
            !Apie mus
            !Kontaktai
            !Privatumo politika
            """),
    ]
}

@Suite("BoilerplateStripper lexicon entries the structure rules blocked")
struct BoilerplateBlockedEntriesTests {
    @Test("every line of the composed page is labelled right", arguments: BoilerplatePageCase.blockedEntries)
    func page(_ example: BoilerplatePageCase) throws {
        try example.expectEveryLineRight()
    }
}
