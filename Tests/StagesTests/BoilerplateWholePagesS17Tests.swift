import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Six whole dirty pages (15–21% article lines) composed for the seventeenth sitting's second
/// boilerplate round, for invented outlets of regions no gold set nor the earlier sittings' pages
/// covers: Cambodia in Khmer, Lebanon in French with Arabic bits, Cameroon in French and English,
/// Nicaragua in Spanish, Cyprus in Greek and Rwanda in Kinyarwanda and English
/// (`Fixtures/boilerplate/breadth-s17/`). Odd pages have blank lines between blocks, even pages
/// none. Each carries a real site's chrome (slogan, weather and rate widgets, tickers, breadcrumb,
/// share row, caption with the outlet's credit, inline `read also` and ad, messenger pitch, tags,
/// related and most-read lists, sponsored teaser, comments, footer, consent) and a story of varied
/// lines: a one-line quote, a subheading, a list under its lead line, a correction.
@Suite("Boilerplate whole pages of the seventeenth sitting's second breadth round")
struct BoilerplateWholePagesS17Tests {
    /// Every story line stays. Before the round: P 0.813, R 0.867 (the Khmer page lost its list,
    /// its quote, its paragraph and its correction: the list's lead closes on the Khmer colon `៖`
    /// and a Khmer line of two sentences counts five spaced words, so no lead, no anchor, and the
    /// span ended above them; the Rwandan page lost its headline, `Kigali: …` taken for a strip's
    /// item under the breadcrumb, for its byline `Yanditswe na …` was not known). After it P 0.904,
    /// R 1.000. Left, and so the floor: the Khmer page's second ticker item, breadcrumb, role line
    /// and the ad with its call button (no seller's mark read in Khmer figures); the Rwandan page's
    /// latest-news items (the label goes, its two items stay); a Spanish reading time written as a
    /// phrase (`Lectura de 3 minutos`).
    @Test("every story line stays and the chrome goes")
    func wholePages() throws { try BoilerplateWholePagesTests.expectWholePages("breadth-s17", precision: 0.90) }
}

extension BoilerplatePageCase {
    /// The seventeenth sitting's second round, one page or more per rule, each with story lines the
    /// rule must not take; they run with the composed pages of `BoilerplatePageRulesTests`.
    static let seventeenthSecondRoundChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Khmer list under its lead closed by the Khmer colon `៖` stays under a read-also teaser, and the story's lines after it stay (short Khmer lines of few spaced words)", page: """
            #outlet: ដំណឹងសៀមរាប
            !ទំព័រដើម
            !ព័ត៌មានជាតិ
            !កីឡា
            សាលាខេត្តសៀមរាបបើកផ្លូវកង់ថ្មីជុំវិញប្រាសាទអង្គរវត្ត
            ២៤ វិច្ឆិកា ២០២៦ ម៉ោង ០៨:០០
            សាលាខេត្តសៀមរាប បានប្រកាសកាលពីថ្ងៃច័ន្ទថា ផ្លូវកង់ថ្មីប្រវែង ១៧ គីឡូម៉ែត្រ នឹងបើកឱ្យប្រើប្រាស់នៅខែធ្នូ។
            ភ្ញៀវទេសចរអាចជួលកង់បាននៅច្រកចូលទាំងបី ក្នុងតម្លៃ ២ ដុល្លារក្នុងមួយថ្ងៃ។
            !អានផងដែរ៖ សណ្ឋាគារនៅសៀមរាបរំពឹងភ្ញៀវកើនឡើងនៅរដូវនេះ
            ច្រកចូលទាំងបី
            កង់អាចជួលបាននៅច្រកចូលទាំងបីនេះ៖
            ប្រាសាទអង្គរវត្ត
            ប្រាសាទបាយ័ន
            ប្រាសាទតាព្រហ្ម
            !ពាណិជ្ជកម្ម
            «យើងចង់ឱ្យភ្ញៀវទស្សនាប្រាសាទដោយមិនបំពុលបរិស្ថាន» អភិបាលខេត្តបានមានប្រសាសន៍។
            អាជីវករតាមផ្លូវខ្លះបាននិយាយថា ពួកគេសង្ឃឹមថានឹងលក់ដាច់ជាងមុន។
            !ស្លាក៖
            !សៀមរាប
            !ទេសចរណ៍
            """),
        BoilerplatePageCase(rule: "a Kinyarwanda byline opening `Yanditswe na` (written by) keeps the headline under the breadcrumb though it opens with a town and a colon; its role line naming the outlet and the reading time go; a story sentence opening `Written` stays", page: """
            #outlet: Ijwi rya Huye
            !Ahabanza
            !Amakuru
            !Imikino
            !Ahabanza > Amakuru > Uburezi
            Huye: kaminuza yatangije amasomo y'ubuhinzi bugezweho ku banyeshuri 300
            Abanyeshuri bazajya bigira mu mirima y'icyitegererezo iri i Rubona
            Yanditswe na Alice Uwimana
            !Umunyamakuru wa Ijwi rya Huye
            24 Ugushyingo 2026, 09:10
            !Iminota 2 yo gusoma
            Kaminuza y'u Rwanda yatangaje kuri uyu wa Mbere ko amasomo mashya y'ubuhinzi bugezweho azatangira muri Mutarama.
            Abanyeshuri 300 ni bo bazatangirana n'iyi gahunda.
            Written reports from the first class will be shared with farmers in the district.
            """),
        BoilerplatePageCase(rule: "a role line naming the outlet without its article goes under the byline (French `au Courrier …`); a story sentence naming the outlet stays", page: """
            #outlet: Le Courrier de Tyr
            Tyr : le port de pêche rouvre après six mois de travaux
            Par Nadim Khoury
            !Journaliste au Courrier de Tyr
            24 novembre 2026
            Le port de pêche de Tyr a rouvert lundi après six mois de travaux financés par l'Union européenne.
            Les pêcheurs ont déclaré au Courrier de Tyr que les nouvelles jetées protègent enfin leurs barques en hiver.
            Le chantier a coûté 4 millions de dollars.
            """),
        BoilerplatePageCase(rule: "a role line naming the outlet without its article goes under the byline (Italian `del Giornale …`)", page: """
            #outlet: Il Giornale di Lecce
            Lecce, riapre il mercato coperto di piazza Libertini
            Di Marta Carluccio
            !Redattrice del Giornale di Lecce
            24 novembre 2026
            Il Comune di Lecce ha riaperto lunedì il mercato coperto di piazza Libertini dopo due anni di lavori.
            I banchi sono 48 e gli affitti restano invariati fino al 2028.
            """),
        BoilerplatePageCase(rule: "an ad printed as a brand, a colon or a dash and its offer goes under the ad's label (French, Kinyarwanda); the story's subheading and its paragraph opening with a town and a colon under the label stay", page: """
            #outlet: La Tribune de Bafoussam
            Bafoussam : le marché A rouvre après l'incendie
            Par Serge Tchoumi
            24/11/2026
            Le marché A de Bafoussam a rouvert lundi, trois mois après l'incendie qui avait détruit 200 boutiques.
            !PUBLICITÉ
            !Orange Money : envoyez de l'argent sans frais ce week-end
            Les commerçants ont reçu des boutiques provisoires en attendant la reconstruction.
            !Publicité
            Ce que disent les commerçants
            « Nous avons tout perdu, mais nous recommençons », explique une vendeuse de pagnes.
            !Kwamamaza
            !MTN MoMo: ohereza amafaranga ku buntu muri iyi weekend
            !PUBLICITÉ
            !EXPRESS UNION - Envoyez et recevez de l'argent partout au Cameroun
            Bafoussam : la mairie promet un nouveau bâtiment en béton d'ici deux ans.
            """),
        BoilerplatePageCase(rule: "a brand's offer after an em dash goes under the ad's label with four words after the dash; a story's subheading right under the label (the ad an image) with three words after its em dash stays (the dash's own bytes are no word)", page: """
            #outlet: La Tribune de Bafoussam
            Bafoussam : la mairie lance le budget participatif
            Par Serge Tchoumi
            24/11/2026
            La mairie de Bafoussam a ouvert lundi un budget participatif de 300 millions de francs CFA pour les quartiers.
            !PUBLICITÉ
            !ECOBANK — Ouvrez votre compte en ligne
            Les habitants pourront aussi voter en ligne pour les projets retenus, selon la mairie.
            !PUBLICITÉ
            Le maire Ngoh — trois questions clés
            Les habitants pourront proposer des projets jusqu'au 15 décembre, a précisé le maire lors de la présentation.
            """),
        BoilerplatePageCase(rule: "a trending list's items under its label above the title go when the breadcrumb closes them (English); the headline and standfirst under the breadcrumb stay", page: """
            #outlet: The Gweru Herald
            !Home
            !News
            !Sport
            !Trending
            !1. Chiefs sign Zambian goalkeeper
            !2. Council raises water tariffs
            !3. Midlands schools close early for holidays
            !News > Gweru
            Gweru council opens new bus terminus at Kudzanai
            Commuters will board at twelve covered bays from Monday
            By Farai Mupfumi
            24 November 2026
            The Gweru City Council opened a new bus terminus at Kudzanai on Saturday, replacing the open rank used since 1998.
            The terminus has twelve covered bays and a police post.
            """),
        BoilerplatePageCase(rule: "a most-read strip's items under its label above the title go when the breadcrumb closes them, and the headline, byline and date under it stay (Spanish; a guard: it passes without the rule too, its items taken by the head's rules)", page: """
            #outlet: Correo de Estelí
            !Portada
            !Nacionales
            !Deportes
            !Lo más leído
            !Real Estelí gana el clásico del norte
            !Sube el precio del café en Jinotega
            !Portada > Departamentales
            Estelí inaugura un nuevo centro de salud en el barrio 14 de Abril
            Por Mayra Rugama
            24 de noviembre de 2026
            El Ministerio de Salud inauguró este lunes un centro de salud con ocho consultorios en el barrio 14 de Abril de Estelí.
            El centro atenderá a unas 12.000 personas de seis barrios.
            """),
        BoilerplatePageCase(rule: "the lexicon's round: an ad's label in Khmer, read-also in Kinyarwanda, a paywall's cut-off in Greek, a tag row's label in Kinyarwanda, the author's role alone and a player's captions switch; story lines with the same words stay", page: """
            #outlet: Το Βήμα της Πάφου
            Νέος παραλιακός πεζόδρομος στην Πάφο
            Μαρία Χριστοδούλου
            !reporter
            24.11.2026, 09:20
            Ο δήμος Πάφου παρέδωσε τη Δευτέρα τον νέο παραλιακό πεζόδρομο μήκους δύο χιλιομέτρων.
            !ពាណិជ្ជកម្ម
            !Soma nanone: Bisi nshya zageze i Huye
            Ο δήμαρχος είπε ότι ο πεζόδρομος θα φωτίζεται όλη τη νύχτα.
            !Closed captions
            Για να συνεχίσετε την ανάγνωση των σχεδίων, οι δημότες μπορούν να επισκεφθούν το δημαρχείο.
            !Για να συνεχίσετε την ανάγνωση, γίνετε συνδρομητής
            !Amagambo y'ingenzi: Pafos, pezodromos
            """),
    ]
}
