import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Composed pages for the thirteenth sitting's second breadth pass, written from what news sites
/// print (no gold page): a caption closing on its credit in capitals (`… Monday morning. TEMILOLA
/// ADEYEMI FOR LAGOS MORNING RECORD`, in Latin and Greek capitals), a credit's label looked for in
/// the last 60 characters rather than bytes (a Georgian label sat beyond 60 bytes) and in more
/// languages (`ფოტო:`, `Снимка:`, `Kuva:`, `Imagen:`), a scores strip's spaced score between team
/// codes (`EDM 4 - 2 CGY`), and the print tags at the foot in several languages (`lexicon:print-tag`).
/// Measured against the build before the pass: the English and Greek capital credits, the Georgian
/// label, the English, Indian, Dutch and Indonesian print tags fail without their rule; the
/// Bulgarian label and the two-line strip pass already (by the lexicon's credit and the ticker's
/// run) and stand as pages the rules must not spoil; so do the pages they must not fire on (a
/// quoted slogan in capitals closing a story line, a story's scores by period, a story sentence
/// naming a print edition inside it).
extension BoilerplatePageCase {
    static let breadthCreditsStripsPrintTags: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a caption closing on its credit in capitals (`NAME FOR OUTLET`) goes", page: """
            #outlet: Lagos Morning Record
            Lagos ferry operators cut fares for students

            By Chinedu Okafor

            Ferry operators on Lagos lagoon will cut fares for students by half from next month, the state waterways authority said on Monday.

            The cut applies to routes between Ikorodu, Falomo and the Marina, which carry about twenty thousand passengers a day.

            !A ferry leaves the Falomo jetty in Lagos on Monday morning. TEMILOLA ADEYEMI FOR LAGOS MORNING RECORD

            Operators said the cost would be shared with the state, which has promised to pay for fuel on school days.

            Parents welcomed the decision, saying the road journey to schools on the island can take two hours each way.
            """),
        BoilerplatePageCase(rule: "a Greek caption closing on its credit in Greek capitals goes", page: """
            #outlet: Καθημερινή Θεσσαλίας
            Νέα γέφυρα στον Πηνειό ποταμό μέχρι το καλοκαίρι

            Του Γιώργου Παπαδόπουλου

            Η νέα γέφυρα στον Πηνειό ποταμό θα παραδοθεί στην κυκλοφορία μέχρι το καλοκαίρι, ανακοίνωσε η Περιφέρεια Θεσσαλίας.

            Η παλιά γέφυρα είχε καταστραφεί από τις πλημμύρες του 2023 και οι κάτοικοι έκαναν μεγάλη παράκαμψη για να φτάσουν στα χωράφια τους.

            !Εργάτες στο εργοτάξιο της νέας γέφυρας κοντά στη Λάρισα το πρωί της Δευτέρας. ΝΙΚΟΣ ΑΛΕΞΙΟΥ ΓΙΑ ΤΗΝ ΚΑΘΗΜΕΡΙΝΗ

            Το έργο κοστίζει δεκαοκτώ εκατομμύρια ευρώ και χρηματοδοτείται από το Ταμείο Ανάκαμψης.
            """),
        BoilerplatePageCase(rule: "a story paragraph closing on a quoted slogan in capitals stays", page: """
            #outlet: Daily Capital Herald
            Nairobi council names new budget chief

            By Wanjiru Kamau

            Nairobi county named a new budget chief on Friday after the previous holder resigned over delays in paying contractors.

            Protesters outside the county hall carried one banner through the afternoon. "PAY OUR CONTRACTORS NOW"

            She told reporters that clearing the bills was her first task and that she would publish a schedule within a month.
            """),
        BoilerplatePageCase(rule: "a Georgian caption's credit label past the last 60 bytes (counted in letters now) goes", page: """
            #outlet: თბილისის ამბები
            თბილისში ახალი ავტობუსები გამოჩნდება

            ავტორი: ნინო ბერიძე

            თბილისის მერიამ გამოაცხადა, რომ მომავალ თვეში ქალაქს ორასი ახალი ელექტრო ავტობუსი შეემატება, რომლებიც ძველ ავტობუსებს ჩაანაცვლებს ყველაზე დატვირთულ მარშრუტებზე.

            ავტობუსები ძველ მარშრუტებზე იმოძრავებს, ნაწილი კი ახალ უბნებს დააკავშირებს ცენტრთან, რასაც მოსახლეობა წლების განმავლობაში ითხოვდა და მერიაც არაერთხელ დაჰპირდა.

            !ახალი ელექტრო ავტობუსი თბილისის ავტოპარკში ორშაბათს. ფოტო: გიორგი აბდალაძე / ინტერპრესნიუსი

            მერიის ცნობით, ავტობუსების შეძენა ევროპული ბანკის სესხით დაფინანსდა.

            მგზავრები დიდი ხანია ითხოვენ ახალ ავტობუსებს, რადგან ძველები ხშირად ფუჭდება.
            """),
        BoilerplatePageCase(rule: "a Bulgarian caption's credit label (`Снимка:`) goes", page: """
            #outlet: Сибирский вестник
            Пловдив получава нов детски парк до лятото

            Автор: Мария Георгиева

            Общината в Пловдив ще изгради нов детски парк в квартал Тракия до края на пролетта, съобщиха от кметството.

            Паркът ще има площадки за игра, пейки и алеи за колоездене, а проектът е финансиран със средства от европейската програма.

            !Деца играят на старата площадка в квартал Тракия в Пловдив в неделя следобед. Снимка: Иван Петров

            Жителите на квартала отдавна искат ремонт на старите площадки, които са опасни за децата.
            """),
        BoilerplatePageCase(rule: "a scores strip's lines with a spaced score between team codes go", page: """
            #outlet: Prairie Sun Times
            Oilers fans line up for playoff tickets in the snow

            By Megan Dufresne

            Hundreds of Edmonton Oilers fans lined up overnight in the snow outside Rogers Place for playoff tickets on Saturday.

            !EDM 4 - 2 CGY
            !LAL 112 – 108 BOS

            The team sold out the first two home games in less than an hour, the club said.

            Some fans said they had waited more than twelve hours in temperatures of minus twenty.
            """),
        BoilerplatePageCase(rule: "a story's own scores by period, teams named in words, stay", page: """
            #outlet: Prairie Sun Times
            Oilers beat Flames in the Battle of Alberta

            By Megan Dufresne

            The Edmonton Oilers beat the Calgary Flames 4 - 2 on Saturday night, their third win in a row.

            Scores by period:

            First: Edmonton 2 - 0 Calgary

            Second: Edmonton 3 - 1 Calgary

            Third: Edmonton 4 - 2 Calgary

            Connor McDavid scored twice and set up a third goal for the home side.
            """),
        BoilerplatePageCase(rule: "an English print tag at the foot (`A version of this article appears in print on …`) goes", page: """
            #outlet: The Harbour Chronicle
            Harbour bridge repairs to finish by spring

            By Alice Morton

            Repairs to the harbour bridge will be finished by the spring, the transport department said on Wednesday.

            The work has closed one lane in each direction since August, causing long queues at peak hours.

            Engineers found more corrosion than expected under the deck, which added two months to the work.

            !A version of this article appears in print on November 21, 2026, Section A, Page 14 of the New York edition.
            """),
        BoilerplatePageCase(rule: "an Indian paper's print tag (`Published in the print edition of …`) goes", page: """
            #outlet: Mumbai Financial Ledger
            RBI keeps repo rate unchanged at 6.25 per cent

            By Anjali Mehta

            The Reserve Bank of India kept its key lending rate unchanged on Friday, citing steady inflation and strong growth.

            The monetary policy committee voted five to one to hold the repo rate at 6.25 per cent.

            Economists had expected the decision, though some had predicted a cut early next year.

            !Published in the print edition of November 21, 2026
            """),
        BoilerplatePageCase(rule: "a Dutch print tag (`Dit artikel verscheen ook in de krant van …`) goes", page: """
            #outlet: De Westkust Krant
            Oostende krijgt nieuwe jachthaven

            Door Pieter Claes

            Oostende krijgt een nieuwe jachthaven met plaats voor vierhonderd boten, heeft het stadsbestuur dinsdag beslist.

            De werken beginnen in het voorjaar en moeten binnen twee jaar klaar zijn.

            !Dit artikel verscheen ook in de krant van zaterdag 21 november 2026.
            """),
        BoilerplatePageCase(rule: "an Indonesian republishing tag (`Artikel ini telah tayang di …`) goes", page: """
            #outlet: Tribun Nusantara
            Pemkot Bandung tambah armada bus sekolah gratis

            Wali Kota Bandung menambah dua puluh armada bus sekolah gratis mulai Senin, kata Dinas Perhubungan Kota Bandung.

            Bus baru akan melayani rute dari Cibiru hingga Cimahi, yang selama ini paling padat pada jam berangkat sekolah.

            !Artikel ini telah tayang di Tribun Nusantara dengan judul Pemkot Bandung Tambah Armada Bus Sekolah Gratis, pada Sabtu 21 November 2026.
            """),
        BoilerplatePageCase(rule: "a story sentence naming a print edition inside it stays", page: """
            #outlet: Cape Coast Observer
            Old newspaper archive finds a new home

            By Kwame Mensah

            The Cape Coast Observer's archive of old papers moved to the university library on Tuesday, where students can read it for free.

            Its first front page, published in the print edition of March 1957, reported Ghana's independence in a single headline.

            Librarians said the oldest volumes would be scanned first, starting with the years before 1970.
            """),
    ]

    /// A clip's title under its player's label alone (`clipTitles`), and an app's prompt that
    /// names no download (the lexicon's app class): every page fails without its rule but the
    /// story sentence under a player's label and the quotation naming a bank's app, which it must
    /// not spoil.
    static let breadthClipsAndApps: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a German clip's title under its player's label (`Video`) goes", page: """
            #outlet: Rheinische Abendpost
            Köln testet Tempo 30 auf der Aachener Straße

            Von Lena Vogt

            Die Stadt Köln testet ab Januar ein Jahr lang Tempo 30 auf der Aachener Straße, teilte das Verkehrsdezernat mit.

            !Video
            !So laut ist es an der Aachener Straße

            Anwohner hatten sich seit Jahren über Lärm und gefährliche Überholmanöver beschwert.

            Die Polizei will in den ersten Wochen verstärkt kontrollieren.
            """),
        BoilerplatePageCase(rule: "a Portuguese clip's title under its player's label (`Vídeo`) goes", page: """
            #outlet: Gazeta do Povo Paulista
            Metrô de São Paulo terá nova estação em Guarulhos

            Por Rafael Lima

            O governo de São Paulo anunciou nesta segunda-feira a construção de uma nova estação de metrô em Guarulhos, perto do aeroporto.

            !Vídeo
            !Veja como vai ficar a nova estação

            A obra deve começar no próximo ano e levar quatro anos para ficar pronta.
            """),
        BoilerplatePageCase(rule: "a Russian story sentence under a player's label stays", page: """
            #outlet: Уральский курьер
            В Екатеринбурге откроют новую станцию метро

            Автор: Павел Смирнов

            Новая станция метро в Екатеринбурге откроется в декабре следующего года, сообщили в мэрии.

            !Видео

            Строительство станции обойдётся городу в двенадцать миллиардов рублей, и часть денег выделит область.

            Станция будет построена на улице Бажова и свяжет центр с новым жилым районом.
            """),
        BoilerplatePageCase(rule: "an English app prompt with no download and no button goes", page: """
            #outlet: Kenya Daily Voice
            Kisumu port reopens for cargo ships

            By Otieno Ouma

            Kisumu port has reopened for cargo ships after a two-year dredging project, the ports authority said on Tuesday.

            !Get the latest news on the go with the Kenya Daily Voice app.

            Traders said the reopening would cut the cost of moving goods across Lake Victoria to Uganda and Tanzania.
            """),
        BoilerplatePageCase(rule: "a German app prompt (`Jetzt in der App lesen`) goes", page: """
            #outlet: Rheinische Abendpost
            Neue Schnellbuslinie zum Flughafen

            Von Lena Vogt

            Ab Dezember fährt eine neue Schnellbuslinie vom Hauptbahnhof zum Flughafen Köln-Bonn, teilte die KVB am Montag mit.

            !Jetzt in der App lesen

            Die Fahrt dauert etwa zwanzig Minuten und kostet so viel wie ein normales Ticket.
            """),
        BoilerplatePageCase(rule: "a Russian app prompt (`Читайте в приложении …`) goes", page: """
            #outlet: Уральский курьер
            В Екатеринбурге продлят работу трамваев

            Автор: Павел Смирнов

            Трамваи в Екатеринбурге будут ходить до часа ночи с первого декабря, сообщили в мэрии.

            !Читайте в приложении Уральского курьера

            Продлить работу транспорта просили жители новых районов на окраинах города.
            """),
        BoilerplatePageCase(rule: "a story's quotation naming a bank's app stays", page: """
            #outlet: Kenya Daily Voice
            Mobile bank adds savings feature

            By Otieno Ouma

            A mobile bank based in Nairobi has added a savings feature that lets users put aside small sums every day.

            "Customers can now read their statements in our app and open a savings account in under a minute," the bank's chief executive said.
            """),
    ]

    /// A comment count alone on its line, scored as chrome (`comment-count`), its word known in
    /// more languages (the comment-words class): both pages fail without it; the story's sentence
    /// that counts comments is a page it must not spoil.
    static let breadthCommentCounts: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Dutch comment count alone (`12 reacties`) under its link goes; the story's sentence under it stays", page: """
            #outlet: Westfriesch Dagblad
            Hoorn krijgt nieuwe haven voor historische schepen

            Door Anouk Bakker

            Hoorn krijgt een nieuwe haven voor historische zeilschepen, heeft de gemeenteraad dinsdagavond besloten.

            De haven komt naast de Hoofdtoren en biedt plaats aan twintig schepen.

            !Reageer
            !12 reacties

            Wethouder Jansen zei dat de bouw in het voorjaar begint.

            !Lees ook
            !Nieuwe parkeergarage in Hoorn opent in maart
            !Oude veerpont vaart weer naar Enkhuizen
            """),
        BoilerplatePageCase(rule: "a Greek comment count alone (`5 σχόλια`) goes", page: """
            #outlet: Θεσσαλονίκη Σήμερα
            Νέα ποδηλατόδρομος στην παραλία της Θεσσαλονίκης

            Της Μαρίας Νικολάου

            Ο δήμος Θεσσαλονίκης ξεκινά την κατασκευή νέου ποδηλατόδρομου κατά μήκος της παραλίας, ανακοίνωσε ο δήμαρχος.

            !5 σχόλια

            Τα έργα θα διαρκέσουν οκτώ μήνες και θα κοστίσουν τέσσερα εκατομμύρια ευρώ.

            Οι ποδηλάτες ζητούσαν εδώ και χρόνια ασφαλή διαδρομή από το λιμάνι μέχρι την Καλαμαριά.
            """),
        BoilerplatePageCase(rule: "a story sentence counting comments stays", page: """
            #outlet: Westfriesch Dagblad
            Filmpje van verdwaalde zeehond gaat viral

            Door Anouk Bakker

            Een filmpje van een zeehond die over de dijk bij Enkhuizen waggelt, is in een dag meer dan een miljoen keer bekeken.

            Onder het bericht van de gemeente stonden binnen een uur 12 reacties van bezorgde inwoners.

            De zeehond is inmiddels door de zeehondenopvang teruggezet in het IJsselmeer.
            """),
    ]

    /// A byline labelled with the writer's word in Indonesian and Malay, Swahili, Finnish and Greek
    /// (`Penulis:`, `Mwandishi:`), which lets the author's bio at the foot be known by the
    /// byline's name: both bio pages fail without it; the story sentence opening on the word is a
    /// page it must not spoil.
    static let breadthBylineLabels: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "an Indonesian author's bio under a byline labelled `Penulis:` goes", page: """
            #outlet: Kompas Daerah
            Pemprov Jawa Barat bangun jalan tol baru

            Penulis: Budi Santoso

            Pemerintah Provinsi Jawa Barat akan membangun jalan tol baru yang menghubungkan Bandung dan Garut, kata gubernur pada Senin.

            Pembangunan jalan tol itu diperkirakan memakan waktu tiga tahun dan menelan biaya delapan triliun rupiah.

            !Budi Santoso adalah jurnalis Kompas Daerah yang meliput isu infrastruktur dan pemerintahan di Jawa Barat sejak 2017.
            """),
        BoilerplatePageCase(rule: "a Swahili author's bio under a byline labelled `Mwandishi:` goes", page: """
            #outlet: Sauti ya Pwani
            Bandari ya Mombasa yapanua gati mpya

            Mwandishi: Amina Hassan

            Mamlaka ya Bandari Kenya imefungua gati mpya katika bandari ya Mombasa, ambayo itaongeza uwezo wa kupokea meli kubwa za mizigo.

            Wafanyabiashara wamesema gati hiyo itapunguza muda wa kusubiri kwa meli zinazoleta bidhaa kutoka Asia.

            !Amina Hassan ni mwandishi wa habari za uchumi na bandari katika gazeti la Sauti ya Pwani tangu mwaka 2018.
            """),
        BoilerplatePageCase(rule: "a story sentence opening on the word for a writer stays", page: """
            #outlet: Kompas Daerah
            Warga Garut sambut rencana jalan tol

            Penulis: Budi Santoso

            Warga Garut menyambut rencana pembangunan jalan tol yang akan memangkas waktu tempuh ke Bandung menjadi satu jam.

            Penulis novel Laskar Pelangi, Andrea Hirata, ikut hadir dalam pertemuan warga di Garut.
            """),
    ]
}

@Suite("BoilerplateStripper breadth: capital credits, score strips, print tags, clip titles, app prompts, comment counts, byline labels")
struct BoilerplateBreadthCreditsTests {
    /// Each kind's pages, with the pages its rule must not fire on, are each a case of one test.
    @Test("every line of the composed page is labelled right", arguments:
        BoilerplatePageCase.breadthCreditsStripsPrintTags + BoilerplatePageCase.breadthClipsAndApps
            + BoilerplatePageCase.breadthCommentCounts + BoilerplatePageCase.breadthBylineLabels)
    func page(_ example: BoilerplatePageCase) throws {
        try example.expectEveryLineRight()
    }
}
