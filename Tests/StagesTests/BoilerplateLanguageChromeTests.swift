import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Composed pages for the lexicon's classes in the languages of European and Central Asian news
/// (consent banners, paywalls, channel prompts, comment sections, share rows, teasers, ads,
/// credits, copyright lines), one invented article a language, with its chrome between and after
/// the story's lines. Each page must come out with every line right: its chrome failed before
/// the language's entries, and its story lines, some of which name cookies, an app or comments in
/// the language's ordinary words, guard against the entries firing on prose.
extension BoilerplatePageCase {
    static let languageChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "Portuguese chrome goes: a channel prompt, a teaser, a sponsor's label, a comment prompt", page: """
            #outlet: Jornal do Vale
            Câmara de Braga aprova novo parque junto ao rio
            A Câmara Municipal de Braga aprovou na terça-feira a construção de um parque com sete hectares junto ao rio Este.
            !Entre no nosso canal do WhatsApp e receba as principais notícias do dia.
            O vereador do Ambiente disse que a nova aplicação da câmara vai permitir reservar os campos desportivos do parque.
            As obras devem começar em setembro e custar cerca de quatro milhões de euros, segundo a autarquia.
            !Conteúdo patrocinado
            !Deixe o seu comentário
            !Veja também: Obras na avenida da Liberdade terminam em maio
            !Todos os direitos reservados.
            """),
        BoilerplatePageCase(rule: "Spanish chrome goes: a channel prompt, a consent banner, a most-read heading", page: """
            #outlet: Diario del Ebro
            El Ayuntamiento de Zaragoza amplía el horario de las bibliotecas
            Las bibliotecas municipales de Zaragoza abrirán también los sábados por la tarde a partir del próximo mes de octubre.
            !Únete a nuestro canal de WhatsApp para recibir las noticias más importantes.
            La concejala de Cultura explicó que los usuarios podrán reservar los libros desde la aplicación municipal sin pasar por el mostrador.
            !Este sitio web utiliza cookies para mejorar la experiencia de navegación.
            !Rechazar todo
            La ampliación costará unos 300.000 euros al año, según el presupuesto municipal aprobado en julio.
            !Más leídas
            !La DGA aprueba el nuevo mapa de farmacias
            """),
        BoilerplatePageCase(rule: "Catalan chrome goes: a follow prompt, an ad label, a consent banner; a sentence about biscuits (galetes) stays", page: """
            #outlet: Diari de Girona Nord
            L'Ajuntament de Figueres tancarà el mercat cobert durant un mes
            El mercat cobert de Figueres tancarà durant tot el mes de febrer per renovar la coberta i les instal·lacions elèctriques.
            !Segueix-nos a Instagram i a TikTok
            Els paradistes s'instal·laran provisionalment a la plaça del Gra, segons ha explicat la regidora de Comerç.
            !Publicitat
            !Aquest lloc web utilitza galetes pròpies i de tercers.
            !Acceptar
            Els forners del mercat, que venen galetes i coques artesanes, també es traslladaran a la plaça.
            Les obres tindran un cost de 1,2 milions d'euros i les pagarà l'Ajuntament amb fons propis.
            !Llegeix també: La fira de Santa Creu tindrà més parades
            !Tots els drets reservats.
            """),
        BoilerplatePageCase(rule: "French chrome goes: a channel prompt, a sponsor's label, a consent banner and its button, a comment prompt", page: """
            #outlet: Le Courrier de l'Aude
            Carcassonne : la piscine municipale rouvre après huit mois de travaux
            La piscine municipale de Carcassonne rouvrira ses portes lundi après huit mois de travaux de rénovation énergétique.
            !Rejoignez notre chaîne WhatsApp pour suivre l'actualité de l'Aude.
            Le maire a précisé que les horaires d'ouverture seraient consultables dans l'application de la ville dès ce week-end.
            !Contenu sponsorisé
            !Ce site utilise des cookies pour mesurer l'audience.
            !Continuer sans accepter
            Les travaux ont coûté 3,5 millions d'euros, financés en partie par la région Occitanie.
            !Réagir à cet article
            !À voir aussi : Le marché de Noël s'installe place Carnot
            """),
        BoilerplatePageCase(rule: "Italian chrome goes: a channel prompt, a sponsor's label, a consent banner, a teaser heading, a comment prompt", page: """
            #outlet: Gazzetta del Lago
            Como, il lungolago chiude per tre settimane
            Il lungolago di Como resterà chiuso al traffico per tre settimane a partire da lunedì per il rifacimento dell'asfalto.
            !Unisciti al nostro canale WhatsApp per ricevere le notizie della provincia.
            L'assessore alla Viabilità ha spiegato che gli orari degli autobus sostitutivi saranno pubblicati sull'app del Comune.
            !Contenuto sponsorizzato
            !Questo sito utilizza cookie tecnici e di profilazione.
            !Accetta tutti
            I lavori costeranno circa 800 mila euro, ha spiegato l'assessore, e saranno pagati dalla Regione Lombardia.
            !Ti potrebbe interessare
            !Lascia un commento
            """),
        BoilerplatePageCase(rule: "German chrome goes: a channel prompt, a sponsor's label, a consent banner, a teaser heading, the legal footer", page: """
            #outlet: Werra-Kurier
            Eschwege bekommt einen neuen Busbahnhof
            Der Busbahnhof in Eschwege wird ab März für rund zwei Jahre umgebaut und bekommt überdachte Bahnsteige.
            !Folgen Sie unserem WhatsApp-Kanal für die wichtigsten Nachrichten aus der Region.
            Die Fahrpläne der Ersatzhaltestellen stehen nach Angaben der Stadt ab Montag auch in der App des Verkehrsverbunds.
            !Gesponsert
            !Diese Website verwendet Cookies, um Inhalte zu personalisieren.
            !Alle ablehnen
            Der Umbau kostet nach Angaben der Stadt rund 6,4 Millionen Euro, das Land trägt zwei Drittel.
            !Das könnte Sie auch interessieren
            !Impressum
            !Datenschutz
            """),
        BoilerplatePageCase(rule: "Dutch chrome goes: a follow prompt, a sponsor's label, a consent banner, a most-read heading, a comment prompt", page: """
            #outlet: Dagblad Achterhoek
            Zutphen krijgt een nieuwe fietsenstalling bij het station
            De gemeente Zutphen bouwt naast het station een overdekte fietsenstalling voor ruim tweeduizend fietsen.
            !Volg ons op Instagram en Facebook
            Reizigers kunnen straks met de app van de NS zien hoeveel plekken er nog vrij zijn, zei de wethouder.
            !Gesponsord
            !Deze website maakt gebruik van cookies.
            !Alles accepteren
            De bouw begint in april en moet voor de zomer van volgend jaar klaar zijn.
            !Meest gelezen
            !Plaats een reactie
            """),
        BoilerplatePageCase(rule: "Danish chrome goes: a follow prompt, an ad label, a consent banner, a teaser, the rights line", page: """
            #outlet: Vestjyske Dagblad
            Holstebro får ny svømmehal i 2028
            Byrådet i Holstebro har vedtaget at bygge en ny svømmehal med et 50 meter bassin ved idrætscentret.
            !Følg os på Facebook og Instagram
            Borgmesteren sagde, at kommunen vil lave en app, hvor man kan booke baner i svømmehallen.
            !Annonce
            !Vi bruger cookies til at forbedre din oplevelse.
            !Tillad alle
            Svømmehallen kommer til at koste omkring 180 millioner kroner, og byggeriet begynder næste forår.
            !Læs også: Ny cykelsti langs Storåen
            !Alle rettigheder forbeholdes.
            """),
        BoilerplatePageCase(rule: "Swedish chrome goes: a follow prompt, an ad label, a consent banner, a teaser, the rights line", page: """
            #outlet: Norrlandsposten
            Ny färjeled till Holmön invigs i maj
            Den nya färjan mellan Norrfjärden och Holmön sätts i trafik i maj och tar dubbelt så många bilar som den gamla.
            !Följ oss på Instagram
            Trafikverket sade att biljetter till sommarturerna kan bokas i en ny app redan i april.
            !Vi använder cookies för att ge dig en bättre upplevelse.
            !Godkänn alla
            Färjan har byggts på ett varv i Finland och kostade omkring 300 miljoner kronor.
            !Läs också: Vägen till Obbola stängs i helgen
            !Alla rättigheter förbehållna.
            """),
        BoilerplatePageCase(rule: "Norwegian chrome goes: a follow prompt, an ad label, a consent banner, a teaser, the rights line", page: """
            #outlet: Nordlandsposten
            Ny bru over Saltstraumen åpner i august
            Den nye gang- og sykkelbrua over Saltstraumen åpner for trafikk i august, opplyser Statens vegvesen.
            !Følg oss på Facebook
            Kommunen sier at bussrutene vil bli vist i en egen app fra samme dag som brua åpner.
            !Annonse
            !Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.
            !Godta alle
            Brua har kostet rundt 90 millioner kroner og er finansiert av staten og fylkeskommunen.
            !Les også: Ferjeprisene går ned fra nyttår
            !Alle rettigheter reservert.
            """),
        BoilerplatePageCase(rule: "Finnish chrome goes: a follow prompt, an ad label, a consent banner, a teaser, the rights line", page: """
            #outlet: Pohjolan Sanomat
            Oulun kirjasto avautuu myös sunnuntaisin
            Oulun pääkirjasto on syksystä alkaen auki myös sunnuntaisin kello kahdestatoista kuuteen asti.
            !Seuraa meitä Instagramissa
            Kirjastotoimenjohtaja kertoi, että lainoja voi jatkossa uusia myös kaupungin uudella sovelluksella.
            !Mainos
            !Käytämme evästeitä sivuston toiminnan parantamiseksi.
            !Hyväksy kaikki
            Sunnuntaiaukiolo maksaa kaupungille noin 150 000 euroa vuodessa, kertoi kirjastotoimenjohtaja.
            !Lue myös: Uimahallin remontti venyy kevääseen
            !Kaikki oikeudet pidätetään.
            """),
        BoilerplatePageCase(rule: "Estonian chrome goes: a follow prompt, an ad label, a consent banner, a teaser, the rights line", page: """
            #outlet: Lõuna Kuller
            Võru kesklinna avatakse uus turuhoone
            Võru linnavalitsus avab kesklinnas uue turuhoone, kus on ruumi neljakümnele kauplejale ja väikesele kohvikule.
            !Jälgi meid Facebookis
            Linnapea ütles, et kauplejad saavad kohti broneerida linna uues äpis juba järgmisest nädalast.
            !Reklaam
            !Kasutame küpsiseid, et parandada teie kasutajakogemust.
            !Nõustun
            Turuhoone ehitus läks maksma 2,1 miljonit eurot, millest poole tasus Euroopa Liit.
            !Loe ka: Tamula rannas algab suplushooaeg
            !Kõik õigused kaitstud.
            """),
        BoilerplatePageCase(rule: "Latvian chrome goes: a follow prompt, an ad label, a consent banner, a teaser, the rights line", page: """
            #outlet: Kurzemes Vēstis
            Liepājā atjaunos Jūrmalas parka estrādi
            Liepājas dome nolēmusi atjaunot Jūrmalas parka estrādi, un darbi sāksies jau šā gada rudenī.
            !Seko mums Facebook un Instagram
            Domes priekšsēdētājs sacīja, ka biļetes uz koncertiem varēs iegādāties jaunajā pilsētas lietotnē.
            !Reklāma
            !Mēs izmantojam sīkdatnes, lai uzlabotu jūsu pieredzi.
            !Piekrītu
            Estrādes atjaunošana izmaksās aptuveni četrus miljonus eiro, sacīja domes priekšsēdētājs.
            !Lasi arī: Ostā ienāks pirmais kruīza kuģis
            !Visas tiesības aizsargātas.
            """),
        BoilerplatePageCase(rule: "Lithuanian chrome goes: a follow prompt, a consent banner, a teaser, the rights line", page: """
            #outlet: Žemaitijos Žinios
            Telšiuose bus rekonstruota Masčio ežero pakrantė
            Telšių savivaldybė pradeda Masčio ežero pakrantės rekonstrukciją, kuri truks beveik dvejus metus.
            !Sekite mus Facebook ir Instagram
            Meras sakė, kad gyventojai apie darbų eigą galės sužinoti naujoje savivaldybės programėlėje.
            !Naudojame slapukus, kad pagerintume jūsų patirtį.
            !Sutinku
            Darbai kainuos apie 3 milijonus eurų, dalį lėšų skirs Europos Sąjunga, sakė meras.
            !Taip pat skaitykite: Mieste atsiras naujų dviračių takų
            !Visos teisės saugomos.
            """),
        BoilerplatePageCase(rule: "Polish chrome goes: a channel prompt, a donation's ask, a latest-news heading", page: """
            #outlet: Gazeta Podkarpacka
            Rzeszów: nowy most na Wisłoku otwarty w czerwcu
            Nowy most pieszo-rowerowy na Wisłoku w Rzeszowie zostanie otwarty w czerwcu, poinformował ratusz.
            !Dołącz do naszego kanału na WhatsAppie
            Prezydent miasta powiedział, że rozkład autobusów zastępczych będzie dostępny w aplikacji miejskiej.
            !Wesprzyj nas – każda wpłata pomaga nam pisać o regionie.
            Budowa mostu kosztowała 48 mln zł, z czego połowę pokryły fundusze unijne.
            !Najnowsze wiadomości
            !Wszelkie prawa zastrzeżone.
            """),
        BoilerplatePageCase(rule: "Czech chrome goes: a follow prompt, a commercial label, a consent banner, a teaser, the rights line", page: """
            #outlet: Jihočeský deník Dnes
            Budějovice opraví Lannovu třídu
            Město České Budějovice začne v dubnu opravovat Lannovu třídu, práce potrvají do konce října.
            !Sledujte nás na Facebooku a Instagramu
            Primátor řekl, že objízdné trasy autobusů lidé najdou v mobilní aplikaci dopravního podniku.
            !Komerční sdělení
            !Používáme cookies, abychom vám zajistili co nejlepší zážitek.
            !Přijmout vše
            Oprava vyjde přibližně na 60 milionů korun a zaplatí ji město, řekl primátor.
            !Čtěte také: Na Lipně začala sezona
            !Všechna práva vyhrazena.
            """),
        BoilerplatePageCase(rule: "Slovak chrome goes: a commercial label, a consent banner, a teaser, the rights line", page: """
            #outlet: Východoslovenské noviny
            Košice postavia novú plaváreň na Sídlisku KVP
            Mesto Košice postaví na Sídlisku KVP novú krytú plaváreň s dvadsaťpäťmetrovým bazénom.
            Primátor povedal, že vstupenky si ľudia budú môcť kúpiť aj v mobilnej aplikácii mesta.
            !Komerčný článok
            !Používame cookies na zlepšenie vášho zážitku.
            !Prijať všetko
            Stavba má stáť približne 14 miliónov eur a hotová má byť o dva roky, povedal primátor.
            !Čítajte aj: Električky pôjdu cez leto inak
            !Všetky práva vyhradené.
            """),
        BoilerplatePageCase(rule: "Hungarian chrome goes: a follow prompt, an ad label, a consent banner, a teaser, the rights line", page: """
            #outlet: Dunántúli Hírek
            Pécsen felújítják a Széchenyi teret
            Pécs önkormányzata tavasszal kezdi a Széchenyi tér felújítását, a munkák várhatóan egy évig tartanak.
            !Kövessen minket a Facebookon
            A polgármester közölte, hogy a terelőutakról a város mobilalkalmazásában is tájékozódhatnak a lakók.
            !Hirdetés
            !Ez az oldal sütiket használ a jobb felhasználói élmény érdekében.
            !Elfogadom
            A felújítás mintegy 2,5 milliárd forintba kerül, közölte a polgármester.
            !Ezt is ajánljuk: Megnyílt az új uszoda
            !Minden jog fenntartva.
            """),
        BoilerplatePageCase(rule: "Romanian chrome goes: a follow prompt, a sponsor's label, a consent banner, a teaser, the rights line", page: """
            #outlet: Gazeta de Cluj
            Cluj: Parcul Central se redeschide după renovare
            Parcul Central din Cluj-Napoca se redeschide sâmbătă, după doi ani de lucrări de renovare.
            !Urmărește-ne pe Facebook și Instagram
            Primarul a declarat că programul evenimentelor din parc va fi publicat în aplicația primăriei.
            !Conținut sponsorizat
            !Acest site folosește cookie-uri pentru a îmbunătăți experiența.
            !Accept tot
            Lucrările au costat aproximativ 60 de milioane de lei, bani proveniți din fonduri europene.
            !Citește și: Tramvaiele circulă din nou pe strada Horea
            !Toate drepturile rezervate.
            """),
        BoilerplatePageCase(rule: "Bulgarian chrome goes: a follow prompt, a paid label, a consent banner, a teaser, the rights line", page: """
            #outlet: Пловдивски вести
            Пловдив ремонтира Гребната база
            Община Пловдив започва ремонт на Гребната база, който ще продължи до края на следващата година.
            !Последвайте ни във Facebook
            Кметът каза, че информация за затворените алеи ще има в мобилното приложение на общината.
            !Платена публикация
            !Този сайт използва бисквитки, за да подобри работата си.
            !Приемам
            Ремонтът ще струва около 30 милиона лева и ще бъде финансиран от държавата, каза кметът.
            !Прочетете още: Нови автобуси тръгват по линия 1
            !Всички права запазени.
            """),
        BoilerplatePageCase(rule: "Croatian chrome goes: a follow prompt, a sponsor's label, a consent banner, a teaser, the rights line", page: """
            #outlet: Slavonski glasnik
            Osijek gradi novi most preko Drave
            Grad Osijek započet će u svibnju gradnju novog pješačkog mosta preko Drave kod Zimske luke.
            !Pratite nas na Facebooku i Instagramu
            Gradonačelnik je rekao da će obavijesti o zatvaranju prometa biti objavljene u gradskoj aplikaciji.
            !Sponzorirano
            !Koristimo kolačiće kako bismo poboljšali vaše iskustvo.
            !Prihvati sve
            Most će stajati oko 12 milijuna eura, a dio novca osigurala je Europska unija.
            !Pročitajte još: Tramvaj do Retfale ponovno vozi
            !Sva prava pridržana.
            """),
        BoilerplatePageCase(rule: "Serbian chrome in Cyrillic goes: a follow prompt, an ad label, a consent banner, a teaser, the rights line; a sentence about pastries (колаче) stays", page: """
            #outlet: Нишке вести
            Ниш добија нову аутобуску станицу
            Град Ниш почиње изградњу нове међуградске аутобуске станице код Тврђаве, радови ће трајати две године.
            !Пратите нас на Фејсбуку и Инстаграму
            Градоначелник је рекао да ће редови вожње бити доступни и у апликацији градског превоза.
            !Оглас
            !Користимо колачиће да бисмо побољшали ваше искуство.
            !Прихватам
            На отварању ће пекари из Ниша делити колаче и хлеб свим путницима и суседима.
            Станица ће коштати око 15 милиона евра, рекао је градоначелник.
            !Прочитајте још: Нови паркинг у центру града
            !Сва права задржана.
            """),
        BoilerplatePageCase(rule: "Slovenian chrome goes: a follow prompt, an ad label, a consent banner, a teaser, the rights line", page: """
            #outlet: Štajerski glas
            Maribor bo prenovil Lent
            Mestna občina Maribor bo spomladi začela s prenovo nabrežja Lenta, dela bodo trajala dve leti.
            !Spremljajte nas na Facebooku
            Župan je dejal, da bodo obvestila o zaporah objavljena v mestni mobilni aplikaciji.
            !Oglasno sporočilo
            !Uporabljamo piškotke za boljšo uporabniško izkušnjo.
            !Sprejmi vse
            Prenova bo stala okoli osem milijonov evrov, je dejal župan.
            !Preberite še: Nova kolesarska steza do Kamnice
            !Vse pravice pridržane.
            """),
        BoilerplatePageCase(rule: "Greek chrome goes: a follow prompt, a sponsor's label, a consent banner, a teaser, the rights line", page: """
            #outlet: Θεσσαλική Ενημέρωση
            Νέα πεζογέφυρα στον Πηνειό στη Λάρισα
            Ο Δήμος Λαρισαίων ξεκινά τον Μάιο την κατασκευή νέας πεζογέφυρας πάνω από τον Πηνειό ποταμό.
            !Ακολουθήστε μας στο Facebook
            Ο δήμαρχος δήλωσε ότι οι πολίτες θα ενημερώνονται για τις εργασίες μέσω της εφαρμογής του δήμου.
            !Χορηγούμενο
            !Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.
            !Αποδοχή όλων
            Το έργο θα κοστίσει περίπου 4 εκατομμύρια ευρώ, δήλωσε ο δήμαρχος.
            !Διαβάστε επίσης: Κλειστή η οδός Κύπρου το Σάββατο
            !Με την επιφύλαξη παντός δικαιώματος.
            """),
        BoilerplatePageCase(rule: "Turkish chrome goes: a channel prompt, a consent banner and its button, a most-read heading", page: """
            #outlet: Ege Postası
            İzmir'de yeni metro hattı için ihale yapıldı
            İzmir Büyükşehir Belediyesi, Buca metro hattının ikinci etabı için ihaleyi tamamladı.
            !WhatsApp kanalımıza katılın, gündemi kaçırmayın.
            Belediye başkanı, inşaat süresince otobüs saatlerinin belediyenin mobil uygulamasında yayımlanacağını söyledi.
            !Sitemizde çerez kullanılmaktadır.
            !Tümünü kabul et
            Hattın 2029 yılında hizmete girmesi planlanıyor, dedi belediye başkanı.
            !Çok okunanlar
            !Körfez'de balık ölümleri sürüyor
            """),
        BoilerplatePageCase(rule: "Russian chrome goes: a channel prompt, a consent button, a partners' teaser heading, reading time", page: """
            #outlet: Волжский курьер
            В Самаре отремонтируют набережную
            Администрация Самары в апреле начнёт ремонт четвёртой очереди набережной, работы продлятся до осени.
            !Подписывайтесь на наш телеграм-канал, чтобы первыми узнавать новости.
            Глава города сообщил, что схемы объезда опубликуют в приложении городского транспорта.
            !Принять все
            Ремонт обойдётся бюджету примерно в 900 миллионов рублей, сообщил глава города.
            !Новости партнеров
            !В Тольятти открыли новую школу
            """),
        BoilerplatePageCase(rule: "Ukrainian chrome goes: a channel prompt, a consent button, a most-read heading, the rights line", page: """
            #outlet: Поліський вісник
            У Житомирі відремонтують міст через Тетерів
            Житомирська міська рада у травні почне ремонт мосту через Тетерів на вулиці Бердичівській.
            !Долучайтеся до нашого телеграм-каналу: у нашому телеграм найважливіше за день.
            Міський голова повідомив, що схеми об'їзду будуть у застосунку міського транспорту.
            !Прийняти все
            Ремонт коштуватиме близько 80 мільйонів гривень, повідомив міський голова.
            !Найчитаніше
            !У Бердичеві відкрили новий ліцей
            !Усі права захищені.
            """),
        BoilerplatePageCase(rule: "Kazakh chrome goes: a channel prompt, an ad label, a teaser, the rights line", page: """
            #outlet: Ертіс таңы
            Павлодарда жаңа көпір салынады
            Павлодар қалалық әкімдігі Ертіс өзені арқылы жаңа жаяу жүргіншілер көпірін салуды көктемде бастайды.
            !Telegram арнамызға жазылыңыз
            Әкімнің айтуынша, құрылыс кезіндегі автобус кестесі қалалық қосымшада жарияланады.
            !Жарнама
            Көпір құрылысына шамамен 5 миллиард теңге жұмсалады деп мәлімдеді әкім.
            !Тағы оқыңыз: Қалада жаңа мектеп ашылды
            !Барлық құқықтар қорғалған.
            """),
        BoilerplatePageCase(rule: "Kyrgyz chrome goes: a channel prompt, a teaser, the rights line", page: """
            #outlet: Ысык-Көл жаңырыгы
            Караколдо жаңы бассейн курулат
            Каракол шаардык мэриясы жазында жаңы жабык бассейндин курулушун баштай турганын билдирди.
            !Telegram каналыбызга катталыңыз
            Мэрдин айтымында, бассейнге билеттерди шаардык тиркеме аркылуу сатып алууга болот.
            Курулушка болжол менен 300 миллион сом жумшалат деди мэр.
            !Дагы окуңуз: Чолпон-Атада жол оңдолууда
            !Бардык укуктар корголгон.
            """),
        BoilerplatePageCase(rule: "Uzbek chrome goes, in Latin with ʻ and an apostrophe: a channel prompt, a teaser, a comment heading, the rights line", page: """
            #outlet: Vodiy xabarlari
            Namanganda yangi bozor quriladi
            Namangan shahar hokimligi bahorda shahar markazida yangi dehqon bozori qurilishini boshlashini maʼlum qildi.
            !Telegram kanalimizga obuna boʻling va yangiliklardan xabardor boʻling
            Hokimning aytishicha, bozordagi joylarni shahar ilovasi orqali band qilish mumkin boʻladi.
            Qurilishga taxminan 40 milliard soʻm sarflanadi, dedi hokim.
            !Shuningdek o'qing: Chortoqda yangi maktab ochildi
            !Izohlar
            !Barcha huquqlar himoyalangan.
            """),
        BoilerplatePageCase(rule: "Tajik chrome goes: a channel prompt, a teaser, a comment heading, the rights line", page: """
            #outlet: Садои Хуҷанд
            Дар Хуҷанд пули нав сохта мешавад
            Мақомоти шаҳри Хуҷанд эълон карданд, ки сохтмони пули нав аз болои дарёи Сир тобистон оғоз мешавад.
            !Ба канали телеграми мо обуна шавед
            Ба гуфтаи раиси шаҳр, ҷадвали нави автобусҳо дар сомонаи шаҳр нашр мешавад.
            Сохтмон тақрибан 200 миллион сомонӣ арзиш дорад, гуфт раиси шаҳр.
            !Инчунин хонед: Дар Истаравшан мактаби нав кушода шуд
            !Шарҳҳо
            !Ҳамаи ҳуқуқҳо ҳифз шудаанд.
            """),
        BoilerplatePageCase(rule: "Georgian chrome goes: a follow prompt, an ad label, a teaser, the rights line", page: """
            #outlet: ქუთაისის მოამბე
            ქუთაისში ახალი ხიდი აშენდება
            ქუთაისის მერიამ განაცხადა, რომ მდინარე რიონზე ახალი საფეხმავლო ხიდის მშენებლობა გაზაფხულზე დაიწყება.
            !გამოგვყევით ფეისბუქზე და ინსტაგრამზე
            მერის თქმით, ავტობუსების ახალი განრიგი ქალაქის აპლიკაციაში გამოქვეყნდება.
            !რეკლამა
            მშენებლობა დაახლოებით 12 მილიონი ლარი დაჯდება, განაცხადა მერმა.
            !ასევე წაიკითხეთ: ქალაქში ახალი სკოლა გაიხსნა
            !ყველა უფლება დაცულია.
            """),
        BoilerplatePageCase(rule: "Armenian chrome goes: a follow prompt, an ad label, a teaser, the rights line", page: """
            #outlet: Գյումրու լրատու
            Գյումրիում նոր կամուրջ կկառուցվի
            Գյումրու քաղաքապետարանը հայտարարել է, որ գետի վրա նոր հետիոտնային կամրջի շինարարությունը կսկսվի գարնանը։
            !Հետևեք մեզ Ֆեյսբուքում և Ինստագրամում
            Քաղաքապետի խոսքով՝ ավտոբուսների նոր չվացուցակը կհրապարակվի քաղաքի հավելվածում։
            !Գովազդ
            Շինարարությունը կարժենա մոտ 2 միլիարդ դրամ, ասել է քաղաքապետը։
            !Կարդացեք նաև՝ Քաղաքում նոր դպրոց է բացվել
            !Բոլոր իրավունքները պաշտպանված են։
            """),
        BoilerplatePageCase(rule: "Azerbaijani chrome goes: a channel prompt, a consent button, a teaser, the rights line", page: """
            #outlet: Gəncə xəbər
            Gəncədə yeni körpü tikiləcək
            Gəncə şəhər icra hakimiyyəti Gəncəçay üzərində yeni piyada körpüsünün tikintisinə yazda başlanacağını bildirib.
            !Telegram kanalımıza qoşulun
            Rəsmilərin sözlərinə görə, avtobusların yeni cədvəli şəhərin mobil tətbiqində dərc olunacaq.
            !Qəbul edirəm
            Tikintiyə təxminən 10 milyon manat xərclənəcək, deyə icra hakimiyyəti bildirib.
            !Həmçinin oxuyun: Şəhərdə yeni məktəb açıldı
            !Bütün hüquqlar qorunur.
            """),
    ]
}

@Suite("BoilerplateStripper chrome in the languages of European and Central Asian news")
struct BoilerplateLanguageChromeTests {
    @Test("every line of the composed page is labelled right", arguments: BoilerplatePageCase.languageChrome)
    func page(_ example: BoilerplatePageCase) throws {
        try example.expectEveryLineRight()
    }
}
