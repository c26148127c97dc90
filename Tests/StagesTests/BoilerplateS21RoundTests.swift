import Foundation

/// The twenty-first sitting's round, on set AF's lost story lines first: a lead whose one word of
/// the reader's (`du`) was a French name's particle (`Fonds du Logement`), read as the Nordic and
/// German `du`, "you", so the lead anchored nothing and the headline, byline and date above it
/// went with the head. Then AF's kept chrome in the languages it showed the lexicon did not know
/// (Haitian Creole, Maltese, Mongolian): an ad's label and the ad under it, a player's countdown, a
/// reading time, a photo's label, the author's role, a skip link, a share line, a channel's pitch;
/// `Pa` and `Minn` opening a byline before a capitalized name, and the Haitian Creole month names;
/// an ad under its label opening on a brand written with a capital past ASCII. The first page is
/// composed in a language the set's pages do not use; the others, on other stories, in the
/// languages whose words the lexicon learnt.
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

    /// AF's chrome in the lexicon's classes of Haitian Creole, Maltese and Mongolian.
    static let twentyFirstRoundLexicon: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Haitian Creole page: skip link, reading time, ad label and ad, player countdown, share line and role go; `Pa` and its name, the date with its month stay", page: """
            #outlet: Nouvèl Nò
            !Ale dirèkteman nan kontni an
            !Akèy
            !Politik
            !Ekonomi
            !Espò
            !Kilti
            Okap: lopital Jistinyen ap resevwa 3 nouvo dèl pou ijans
            Ministè Sante a di ekipman yo ap rive anvan fen mwa a
            !Tan lekti: 3 minit
            Pa Rose-Andrée Bazile
            !Jounalis
            14 novanm 2026
            !Pataje atik sa a
            Lopital Jistinyen nan Okap ap resevwa twa nouvo dèl pou sèvis ijans lan, selon yon nòt Ministè Sante Piblik la pibliye jedi.
            Direktè lopital la di sèvis la pa t gen ase kabann depi plizyè mwa, e moun te konn tann plizyè èdtan.
            !PIBLISITE
            !KachPlis – voye lajan lakay ou san frè chak vandredi
            Yon ekip enjenyè ap enstale dèl yo pandan de semèn.
            !Piblisite a ap fini nan 4 segonn
            Pasyan yo ap kontinye resevwa swen nan sal la pandan travay yo.
            """),
        BoilerplatePageCase(rule: "a Maltese page: role under `Minn` and its name, ad label and an ad opening on a brand with a dotted capital, player countdown, channel pitch and post button go", page: """
            #outlet: Il-Ħabbâr
            !Aħbarijiet
            !Sport
            !Kultura
            Ix-xogħlijiet fit-Triq ta' Ħal Luqa jintemmu f'Diċembru
            Il-kuntrattur jgħid li l-asfalt jitqiegħed ix-xahar id-dieħel
            Minn Daniela Borg
            !Ġurnalista
            3 ta' Novembru 2026, 09:10
            Ix-xogħlijiet fuq it-triq prinċipali ta' Ħal Luqa se jintemmu f'Diċembru, skont l-aġenzija li qed tmexxi l-proġett.
            L-aġenzija qalet li t-triq se tinfetaħ mill-ġdid għat-traffiku qabel il-Milied.
            !REKLAMAR
            !Ħelu tal-Kosta – kejkijiet friski kuljum għal kull okkażjoni
            Ir-residenti ilhom sentejn jilmentaw mill-ħsejjes u t-trab fil-lokalità.
            !Ir-reklam jispiċċa f'3
            !Issieħeb fil-kanal tagħna fuq Telegram għall-aħbarijiet kollha
            !Ara din il-post fuq Instagram
            Il-kunsill lokali talab li jitqiegħdu aktar bankijiet u siġar tul it-triq il-ġdida.
            """),
        BoilerplatePageCase(rule: "a Mongolian page: reading time, role, photo label and credit, ad label and a Cyrillic brand's ad go; the headline, the bare name and the date stay", page: """
            #outlet: Талын Сонин
            !Нүүр
            !Улс төр
            !Эдийн засаг
            !Спорт
            Дархан хотод 2 шинэ цэцэрлэг 9-р сард ашиглалтад орно
            Барилгын ажил 80 хувьтай байгаа гэж хотын захиргаа мэдээллээ
            !Унших хугацаа: 2 минут
            Д.Отгонбаяр
            !Сурвалжлагч
            2026.05.20 09:15
            !Зураг: Шинэ цэцэрлэгийн барилга
            !Гэрэл зургийг Б.Ганзориг
            Дархан хотын захиргаа хоёр шинэ цэцэрлэгийн барилгыг есдүгээр сард ашиглалтад оруулахаар төлөвлөж байгаагаа мэдэгдлээ.
            Цэцэрлэг тус бүр 240 хүүхэд хүлээн авах бөгөөд хотын төсвөөс 6.8 тэрбум төгрөг зарцуулжээ.
            !Сурталчилгаа
            !НоминБанк — хадгаламжийн хүү жилийн 14% хүртэл
            Хотын захиргааны мэдээлснээр одоо 1,100 хүүхэд цэцэрлэгийн дараалалд байна.
            """),
    ]
}
