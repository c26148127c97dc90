import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Composed pages for the thirteenth sitting's round fitted to Y: a date line carrying both the
/// published and the updated stamps (two months named), a head stamp with a time printed with a
/// letter (`à 05h30`) under the byline, a sentence of eight words or more under a player in a
/// language whose function words are few in the list, the story's list under its lead after the
/// last paragraph (`listAfterLastAnchor`), the last of a list of statements over a captioned credit (`closesStatedList`), teasers of paid stories marked with a plus
/// (`plusTeasers`), a related teaser whose headline names a day, and the lexicon's player, embed,
/// save and comment classes (a comment section's moderation notice in several languages). Each page must come out with every line right. Measured with the
/// rules taken out: the French date lines, the head stamp, both lists after the last paragraph, the plus teasers and the
/// dated teaser fail without their rule; the English date line (dated by its figures already) and
/// the two sentences under a player (the player's button now known to the lexicon, the run under
/// the clock is one line) pass without theirs, and stand as pages the rules must not spoil; the
/// sentence guard itself is measured on Y's page 14 only.
extension BoilerplatePageCase {
    static let yRound: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a French date line with its update stamp under the byline stays", page: """
            #outlet: Le Courrier du Rhône
            !Le Courrier du Rhône
            !Société
            Lyon : la piscine du Rhône rouvre après deux ans de travaux

            La ville a rénové les bassins et le toit. Les tarifs restent inchangés pour les habitants.

            Par Hélène Morin

            Publié le 12 juin 2026 à 07h15, modifié le 12 juin 2026 à 10h02

            La piscine municipale du quai Claude-Bernard a rouvert ses portes samedi matin, après deux ans de travaux et un chantier plus long que prévu.

            Les nageurs ont retrouvé un bassin olympique chauffé et une toiture neuve, qui laisse entrer la lumière du jour toute l'année.

            « Nous avons gardé l'esprit du lieu, mais tout a été refait sous la surface », a expliqué l'adjointe aux sports.
            """),
        BoilerplatePageCase(rule: "an English date line with its update stamp stays; a footer's published line goes", page: """
            #outlet: Harrow Valley Star
            !Harrow Valley Star
            !News
            Library hours extended to evenings across the valley

            By Priya Nandakumar

            Published on 4 March 2026 at 06:40, updated on 4 March 2026 at 11:05

            The valley's four libraries will stay open until nine in the evening from April, the council said on Tuesday.

            The change follows a survey in which more than half of the people who answered said they could not visit during working hours.

            The council said the extra hours would be paid for by closing one mobile library van that had few visitors.

            !Published by Harrow Valley Media Group
            """),
        BoilerplatePageCase(rule: "a head stamp with a time printed with a letter stays under the byline; the share row under it goes", page: """
            #outlet: Le Courrier du Rhône
            !Le Courrier du Rhône
            !Économie
            Les marchés de Lyon passent aux sacs en papier

            Par Hélène Morin

            Publié aujourd'hui à 05h30

            !Offrir cet article

            !Ajouter à vos sélections

            !Partager

            Les commerçants des marchés de plein air de Lyon n'auront plus le droit de distribuer des sacs en plastique à partir du mois de septembre.

            La mairie fournira un premier stock de sacs en papier aux plus petits étals, a précisé l'adjoint au commerce.

            Plusieurs maraîchers craignent un surcoût pendant l'été, quand les sacs s'abîment sous la pluie des orages.
            """),
        BoilerplatePageCase(rule: "a Kyrgyz sentence of twelve words under a player stays; the player's title, clock and full-screen button go", page: """
            #outlet: Ала-Тоо Жаңылыктары
            Талас өрөөнүндө жаңы көпүрө курулат

            Автор: Айгүл Токтосунова

            Талас облусунда дарыянын үстүнө жаңы темир-бетон көпүрө курулуп баштады, деп билдирди облустук администрация.

            Курулуш күзгө чейин бүтүшү керек жана ага республикалык бюджеттен каражат бөлүнгөн.

            !Видео: Таласта эски көпүрө суу алып кетти

            !00:00 / 02:15

            !Толук экранда көрүү

            Бирок жергиликтүү тургундардын айтымында, эски көпүрө бир нече жылдан бери коркунучтуу абалда турган.

            Жаңы көпүрө жүк ташыган унааларды да көтөрө алат, деп кошумчалады курулуш компаниясынын өкүлү.
            """),
        BoilerplatePageCase(rule: "a German sentence of sixteen words with one known function word under a player stays; its next-clip label goes", page: """
            #outlet: Wetterauer Rundschau
            Neue Radwege zwischen Friedberg und Bad Nauheim

            Von Katrin Albers

            Der Kreistag hat am Montagabend den Bau von zwei neuen Radwegen zwischen Friedberg und Bad Nauheim beschlossen.

            Die Arbeiten sollen im Frühjahr beginnen und bis zum Herbst dauern, teilte die Kreisverwaltung mit.

            !Video: So sieht die neue Strecke aus

            !00:00 / 01:40

            !Später ansehen

            Radfahrer warten seit fast zehn Jahren sehnsüchtig darauf, endlich sicher zwischen beiden Städten pendeln zu können.

            Für Autofahrer bleibt die Landstraße während der Bauzeit weitgehend offen, hieß es aus dem Rathaus.
            """),
        BoilerplatePageCase(rule: "the story's Kyrgyz list after its last paragraph and an ad's label stays; the Telegram prompt and tags after it go", page: """
            #outlet: Ала-Тоо Жаңылыктары
            Ошто жаңы мектеп ачылды

            Автор: Айгүл Токтосунова

            Ош шаарынын чыгыш тарабында 1200 окуучуга ылайыкталган жаңы мектеп салтанаттуу түрдө ачылды, деп билдирди мэрия.

            Мектептин имаратында спорт залы, китепкана жана компьютер класстары бар.

            «Балдар эми үйүнүн жанында окушат», — деди ата-эне.

            !Жарнама

            Кийинки пландар

            Мэрия жыл аягына чейин дагы эки мектеп курууну пландап жатат. Алар төмөнкү кичи райондордо болот:

            Анар кичи району;

            Келечек кичи району.

            !Эң маанилүү жаңылыктарды биринчи болуп окугуңуз келсе, Telegram каналыбызга жазылыңыз

            !Тегдер: Ош, мектеп, билим берүү
            """),
        BoilerplatePageCase(rule: "the story's English list after its last paragraph stays; a pitch announcing its benefits goes with its items", page: """
            #outlet: Harrow Valley Star
            Council sets out winter road plan

            By Priya Nandakumar

            The council will grit 40 more miles of road this winter after complaints about icy lanes in the north of the valley last year.

            The gritting fleet has been fitted with new spreaders that use less salt on each run, officials said.

            "We heard people loud and clear," said the roads manager.

            !ADVERTISEMENT

            What comes next

            The council also plans to buy two more gritters before the end of the year. They will work on these routes:

            the Upper Moor road;

            the lanes around Eastfield.

            !Download our app to get all of this:

            !Breaking news alerts

            !Traffic updates
            """),
        BoilerplatePageCase(rule: "Norwegian teasers of paid stories marked with a plus go; a story's list of pros and cons with plus and minus stays", page: """
            #outlet: Vestlandsposten
            Bybanen får nye vogner neste år

            Av Ingrid Solheim

            Bybanen i Bergen skal få tolv nye vogner fra neste sommer, opplyser fylkeskommunen.

            De nye vognene har plass til flere passasjerer og egne plasser for sykler og barnevogner.

            !+ Han solgte huset for 9 millioner. Nå angrer han

            !+ – Vi fikk sjokk da regningen kom

            Fylkeskommunen har vurdert fordeler og ulemper ved de nye vognene:

            + Plass til 300 passasjerer

            - Lengre ventetid mens de testes

            Vognene skal etter planen settes i trafikk i august.
            """),
        BoilerplatePageCase(rule: "a related teaser whose headline names a day goes; the story's own date line stays", page: """
            #outlet: Vestlandsposten
            Rekordmange syklet til jobb i mai

            Av Ingrid Solheim

            3. juni 2026

            Over 40.000 bergensere registrerte turene sine i sykkelaksjonen i mai, viser tall fra kommunen.

            Det er ti prosent flere enn i fjor, og flest syklet i Årstad bydel.

            !LES OGSÅ: Slik blir været i Bergen 17. mai

            Kommunen vil bruke tallene når de planlegger nye sykkelveier i sentrum.

            Aksjonen gjentas i september, opplyser kommunen.
            """),
        BoilerplatePageCase(rule: "a French player's label, clock and watch-later button go, and the comment section's heading and welcome", page: """
            #outlet: Le Courrier du Rhône
            Les vendanges commencent tôt dans le Beaujolais

            Par Hélène Morin

            Les vignerons du Beaujolais ont commencé à vendanger dès la fin du mois d'août, deux semaines plus tôt que la moyenne des trente dernières années.

            La chaleur de l'été a fait mûrir les raisins très vite, expliquent les viticulteurs de Villié-Morgon.

            !Vidéo

            !Lecture en cours

            !02:47

            !Regarder plus tard

            Les coopératives ont dû embaucher des saisonniers en urgence pour ne pas perdre une partie de la récolte.

            « Le raisin n'attend pas », résume un vigneron de Fleurie.

            !Contributions

            !Bienvenue dans l'espace des contributions. Pour participer, devenez abonné.
            """),
        BoilerplatePageCase(rule: "an embedded post's label and link go; the story's sentence naming the platform stays", page: """
            #outlet: Harrow Valley Star
            Footbridge reopens after storm repairs

            By Priya Nandakumar

            The footbridge over the Harrow at Mill Lane reopened on Friday, three months after a storm washed away one of its supports.

            The council announced the reopening on X on Thursday evening and thanked residents for their patience.

            !Embedded post from X

            !View on X

            Engineers said the new support had been set deeper into the riverbed to withstand future floods.
            """),
        BoilerplatePageCase(rule: "the last of a list of statements its lead announces stays over a captioned credit; a photo's description under a paragraph goes", page: """
            #outlet: Harrow Valley Star
            Village hall reopens with a mural by pupils

            By Priya Nandakumar

            The village hall in Eastfield reopened on Saturday after a year of repairs paid for by a lottery grant and local fundraising.

            The mural on its east wall took three stages:

            Pupils sketched scenes from the village's history.

            A local painter scaled the sketches up to the wall.

            Parents filled in the colours over two weekends.

            !Pupils stand in front of the finished mural. Picture: Dan Shore

            The hall's committee said bookings for the autumn were already close to full.

            Residents had raised more than £20,000 towards the repairs through quiz nights and a sponsored walk.

            !A volunteer paints a window frame at the hall.

            !Volunteers put the finishing touches to the hall on Friday. (Harrow Valley Star: Dan Shore)

            The committee plans an open day in October.
            """),
        BoilerplatePageCase(rule: "the last of a French list of statements its lead announces stays over a captioned credit", page: """
            #outlet: Le Courrier du Rhône
            À Villeurbanne, une école apprend à réparer les vélos

            Par Hélène Morin

            Depuis la rentrée, les élèves de l'école Jean-Moulin apprennent à réparer leurs vélos pendant une heure chaque vendredi après-midi.

            L'atelier se déroule en trois temps :

            Les élèves démontent la roue avec un animateur.

            Ils changent la chambre à air eux-mêmes.

            Un parent vérifie les freins avant le départ.

            !Des élèves réparent un vélo dans la cour de l'école. Photo : Julien Perrin

            La mairie veut étendre l'atelier à quatre autres écoles l'an prochain.

            Les parents saluent une initiative utile, surtout pour les familles qui n'ont pas de voiture.
            """),
        BoilerplatePageCase(rule: "a comment section's moderation notice goes in English and French; a story's sentence reporting a forum's moderation stays", page: """
            #outlet: Harrow Valley Star
            Town forum moves online after hall closes

            By Priya Nandakumar

            The monthly town forum will meet online from next month while the old hall on Bridge Street is rebuilt, the council said.

            On the new forum all comments are moderated by two volunteers before they appear, the council's digital officer said on Monday.

            Residents without internet access can still send written questions to the library, which will pass them on before each meeting.

            !Comments are moderated. Please read our comment policy before posting.

            !Les commentaires sont modérés selon notre charte de modération.
            """),
    ]
}

@Suite("BoilerplateStripper Y round")
struct BoilerplateYRoundTests {
    @Test("every line of the composed page is labelled right", arguments: BoilerplatePageCase.yRound)
    func page(_ example: BoilerplatePageCase) throws {
        try example.expectEveryLineRight()
    }
}
