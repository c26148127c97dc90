import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Composed pages for the fifteenth sitting's round on AA's kept chrome: a poll's answers between
/// its question and its vote button on a page with blank lines (`pollBlocks`, and the lexicon's
/// poll labels and vote buttons in many languages); a counter of reads right under the date line,
/// in its two shapes (`Read 3 418 times`, `View count: 912`; `countersUnderDate`); and a story's
/// short paragraph at the end of the lead's run of paragraphs over a captioned photo credit,
/// which the image description's rule took once chrome above the lead went (`chromeIslands`);
/// a comment count in the Baltic languages and a few more (the comment-words class).
/// Each page must come out with every line right. The polls (German, Spanish), the counters
/// (Spanish, Croatian) and the story's last line over a credit (English, Portuguese) fail without
/// their rule (measured with each rule taken out); the pages they must not fire on (a poll with
/// no button over the story's subheading, a list of figures under a dated lead-in, a photo's
/// description below chrome under the lead) pass either way.
extension BoilerplatePageCase {
    static let aaRound: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a poll's answers between its question and its button go, on a page with blank lines (German)", page: """
            #outlet: Weserkurier Abend
            Nachtbusse sollen ab Dezember auch unter der Woche fahren

            Von Jana Reimers

            21. November 2026, 09:40

            Die Nachtbuslinien N1 bis N4 sollen ab Dezember auch von Montag bis Donnerstag fahren, teilte die Verkehrsgesellschaft am Freitag mit.

            Bisher fahren die Busse nur in den Nächten auf Samstag und Sonntag, der Betriebsrat hatte mehr Personal gefordert.

            !Umfrage: Würden Sie unter der Woche den Nachtbus nehmen?

            !Ja, regelmäßig

            !Nur selten

            !Nein

            !Abstimmen

            Der Verkehrsausschuss soll am Dienstag über die Kosten von rund 1,2 Millionen Euro im Jahr entscheiden.

            Die Fahrgastverbände begrüßten den Plan, forderten aber auch einen dichteren Takt am Wochenende.
            """),
        BoilerplatePageCase(rule: "a poll's answers between its question and its button go, on a page with blank lines (Spanish)", page: """
            #outlet: El Correo del Segura
            El ayuntamiento amplía el horario de la biblioteca en época de exámenes

            Por Lucía Marín

            21 de noviembre de 2026

            La biblioteca municipal abrirá hasta las dos de la madrugada entre el 10 de enero y el 10 de febrero, anunció el concejal de Cultura.

            Los estudiantes universitarios reunieron más de 3.000 firmas para pedir la ampliación durante el curso pasado.

            !Encuesta: ¿Estudias en la biblioteca en época de exámenes?

            !Sí, cada día

            !A veces

            !No, prefiero estudiar en casa

            !Votar

            El coste del personal adicional será de unos 40.000 euros, según el presupuesto aprobado el jueves.

            La sala de estudio de la planta baja tendrá además cuarenta enchufes nuevos para los portátiles.
            """),
        BoilerplatePageCase(rule: "under a poll with no button, the story's subheading and its paragraph stay (German)", page: """
            #outlet: Weserkurier Abend
            Schwimmbad im Westen bleibt bis März geschlossen

            Von Jana Reimers

            21. November 2026, 11:05

            Das Westbad bleibt wegen eines Schadens an der Lüftung bis Ende März geschlossen, teilte die Bädergesellschaft mit.

            !Umfrage: Wie oft gehen Sie schwimmen?

            Die Kosten

            Die Reparatur kostet nach ersten Schätzungen rund 800.000 Euro, die Stadt will einen Teil über Fördermittel des Landes bezahlen.

            Die Vereine sollen bis zur Wiedereröffnung im Südbad trainieren können, sagte eine Sprecherin.
            """),
        BoilerplatePageCase(rule: "a count of reads right under the date line goes, its label closed by a colon (Spanish)", page: """
            #outlet: El Correo del Segura
            La depuradora de Molina funcionará a pleno rendimiento en primavera
            Por Lucía Marín
            12 de marzo de 2026, 10:15
            !Lecturas: 2.318
            La depuradora de Molina de Segura tratará todas las aguas residuales del municipio a partir de abril, cuando terminen las obras de ampliación.
            La obra ha costado 11 millones de euros y ha durado dos años, informó la mancomunidad de servicios.
            Los regantes podrán usar el agua depurada en las huertas de la vega media desde el verano.
            """),
        BoilerplatePageCase(rule: "a count of reads right under the date line goes, the figure inside the phrase (Croatian)", page: """
            #outlet: Slavonski glas
            Osijek dobiva novu biciklističku stazu uz Dravu
            Autor: Ivana Kovač
            12. 3. 2026. 10:15
            !Pročitano 4 912 puta
            Grad Osijek gradit će tri kilometra nove biciklističke staze uz lijevu obalu Drave, objavio je gradonačelnik u četvrtak.
            Radovi bi trebali početi u svibnju, a staza će povezati Tvrđu s mostom prema Bilju.
            Vrijednost radova procijenjena je na 2,4 milijuna eura, a polovicu plaća Europska unija.
            """),
        BoilerplatePageCase(rule: "under a lead-in that names a date and closes on a colon, the story's figures stay (Spanish)", page: """
            #outlet: El Correo del Segura
            El precio del agua sube en tres municipios de la comarca
            Por Lucía Marín
            El recibo medio del agua subirá este año en tres municipios de la comarca, según los datos publicados por la mancomunidad.
            Precio del metro cúbico a 12 de marzo:
            Molina 182 céntimos
            Alguazas 175 céntimos
            Las Torres 169 céntimos
            Los ayuntamientos atribuyen la subida al coste de la electricidad de las bombas.
            """),
        BoilerplatePageCase(rule: "the story's short paragraph at the end of the lead's run over a captioned credit stays (English)", page: """
            #outlet: Harbour City Courier
            Ferry crews to get new lifejackets after inspection
            By Tom Whitaker
            March 12, 2026
            !Share
            !Email
            Every ferry crew in the harbour will be issued new lifejackets by the end of April after an inspection found faded straps on older models.
            The maritime authority said none of the jackets had failed in use.
            Crews on the northern route will be the first to get them.
            !A deckhand checks a lifejacket on the Northside ferry. Photo: Maritime Authority
            The authority will also inspect the life rafts on each vessel before the summer timetable starts in October.
            Union delegates welcomed the decision, saying crews had raised the straps with managers for more than a year.
            """),
        BoilerplatePageCase(rule: "the story's short paragraph at the end of the lead's run over a captioned credit stays (Portuguese)", page: """
            #outlet: Gazeta do Vale
            Escolas do vale recebem painéis solares até junho
            Por Mariana Lopes
            12 de março de 2026
            !Partilhar
            !Email
            As doze escolas públicas do vale vão receber painéis solares até ao fim de junho, anunciou a câmara municipal na quinta-feira.
            A obra custa 1,8 milhões de euros e é paga por fundos europeus.
            As escolas primárias serão as primeiras da lista.
            !Alunos no recreio da escola de Vilar. Foto: Câmara Municipal
            A câmara prevê poupar cerca de 40 por cento na fatura de eletricidade das escolas já no próximo ano letivo.
            Os diretores pediram que as obras sejam feitas durante as férias de verão para não perturbar as aulas.
            """),
        BoilerplatePageCase(rule: "a photo's description below chrome under the lead, over a captioned credit, still goes (English)", page: """
            #outlet: Harbour City Courier
            Council approves new seawall for the esplanade
            By Tom Whitaker
            March 12, 2026
            The council approved a new seawall along the esplanade on Thursday after storms damaged the old wall twice last winter.
            !Advertisement
            !Waves break over the old wall at high tide.
            !Waves over the esplanade wall in July. Photo: Harbour City Council
            The wall will cost 14 million dollars and take two years to build, the council said.
            Work will start at the southern end near the pier in September.
            """),
        BoilerplatePageCase(rule: "a comment count in Lithuanian under the lead goes; the story's sentence on readers' comments stays", page: """
            #outlet: Kauno žinios
            Kaune atnaujinamas Laisvės alėjos fontanas
            Rūta Petrauskienė
            Kauno savivaldybė pradėjo Laisvės alėjos fontano remontą, kuris truks iki gegužės pabaigos.
            !Komentarai (23)
            Remontas kainuos apie 600 tūkstančių eurų, pranešė miesto administracija.
            Per savaitę gyventojai paliko daugiau nei 200 komentarų miesto tinklalapyje apie fontano dizainą.
            """),
        BoilerplatePageCase(rule: "a comment count in Estonian under the lead goes (the word first, the figure in parentheses)", page: """
            #outlet: Tartu Teataja
            Emajõe kaldale rajatakse uus jalgrattatee
            Kadri Tamm
            Tartu linn rajab Emajõe vasakule kaldale kahe kilomeetri pikkuse jalgrattatee, mis valmib järgmise aasta suveks.
            !Kommentaarid (8)
            Ehitus läheb maksma umbes 1,5 miljonit eurot, millest poole katab Euroopa Liit.
            Linnavalitsuse sõnul ühendab tee kesklinna Ihaste linnaosaga.
            """),
    ]
}

@Suite("BoilerplateStripper AA round")
struct BoilerplateAARoundTests {
    @Test("every line of the composed page is labelled right", arguments: BoilerplatePageCase.aaRound)
    func page(_ example: BoilerplatePageCase) throws {
        try example.expectEveryLineRight()
    }
}
