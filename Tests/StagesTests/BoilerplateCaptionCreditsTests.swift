import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Photo credits closing their caption's sentence that the labelled credit's rule did not read,
/// composed for the fifteenth sitting's third boilerplate round: a colon set after a space, as
/// French sets it (`Photo : … / Y. B.`, with initials), a label over who took it (`Pic by …`,
/// `Foto von …`), a credit in parentheses (`(Foto: …)`), and a label longer in bytes than in
/// letters (`Φωτογραφία: …`). Each page's story lines guard the rule: a sentence ending on a
/// quotation after a colon, and one whose last clause opens `Asked by …`.
@Suite("Boilerplate credits after their caption's sentence")
struct BoilerplateCaptionCreditsTests {
    @Test("a caption closing on its credit goes; the story's sentences stay", arguments: BoilerplatePageCase.captionCredits)
    func captionCredits(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}

extension BoilerplatePageCase {
    /// One small page per language, each with a caption closing on a credit.
    static let captionCredits: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a spaced colon and initials (French); a story's sentence quoting after a colon stays", page: """
            #outlet: Le Journal de Tlemcen
            La nouvelle gare routière de Tlemcen ouvre lundi
            Par Karim Benali
            24 novembre 2026
            La nouvelle gare routière de Tlemcen accueillera ses premiers cars lundi, a annoncé la wilaya.
            !La façade de la nouvelle gare samedi. Photo : Journal de Tlemcen / K. B.
            Le wali a visité le chantier samedi. Il a déclaré : « Nous ouvrirons à l'heure. »
            Les anciens quais du centre-ville fermeront à la fin du mois.
            """),
        BoilerplatePageCase(rule: "a label over who took it (English, German); a story's clause opening `Asked by` stays", page: """
            #outlet: Kandy Evening Star
            Peradeniya bridge reopens after repairs
            By Nimal Perera
            November 24, 2026
            The Peradeniya bridge reopened to traffic on Monday after six weeks of repairs, the Road Development Authority said.
            !A bus crosses the repaired bridge near Peradeniya on Saturday. Pic by Ruwan Jayasinghe
            Asked by reporters when the second lane would open, the engineer said work would finish in December.
            !Die Brücke bei Peradeniya am Samstag, kurz vor der Freigabe. Foto von Anna Keller
            Drivers had used a 14-kilometre detour through Gampola since October.
            """),
        BoilerplatePageCase(rule: "a credit in parentheses (Portuguese) and a label long in bytes (Greek); a Greek sentence quoting after a colon stays", page: """
            #outlet: Diário de Aveiro
            Nova ponte sobre a ria abre em dezembro
            Por Rui Almeida
            24 de novembro de 2026
            A nova ponte pedonal sobre a ria de Aveiro abre ao público em dezembro, anunciou a câmara municipal.
            !A ponte vista do Canal Central, na sexta-feira. (Foto: Paulo Novais)
            O presidente da câmara visitou a obra na sexta-feira e elogiou o ritmo dos trabalhos.
            !Η νέα πεζογέφυρα στο Αβέιρο την Παρασκευή. Φωτογραφία: Νίκος Παππάς
            Ο δήμαρχος είπε στους δημοσιογράφους: Θα ανοίξει τον Δεκέμβριο.
            """),
    ]
}
