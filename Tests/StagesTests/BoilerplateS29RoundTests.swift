import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The twenty-ninth sitting's round, chosen on the released set AN. Each rule's pages are composed
/// in other languages than AN's where the rule is general, with the lines it must leave alone.
extension BoilerplatePageCase {
    /// A caption closing on its credit after its own sentence's end, in a script with no capitals
    /// (the label a credit's word, since no capital opens the name), or on two credit's words.
    static let twentyNinthRoundCaptions: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Hindi caption closing on its credit after the danda goes; a story's sentence about photos stays", page: """
            #outlet: नर्मदा समाचार
            !होम | शहर | खेल
            जबलपुर में ग्वारीघाट पर नया पैदल पुल खुला
            पुल से रोज़ करीब पाँच हज़ार लोग नदी पार करेंगे।
            नगर निगम ने सोमवार को ग्वारीघाट पर नर्मदा नदी के ऊपर बने नए पैदल पुल को आम लोगों के लिए खोल दिया।
            पुल की लंबाई दो सौ मीटर है और इसे बनाने में अठारह महीने लगे।
            !पुल पर पहले दिन उमड़ी भीड़। फोटो: राजेश तिवारी
            स्थानीय फोटोग्राफर संघ ने पुल पर ली गई तस्वीरों की एक प्रदर्शनी लगाने की घोषणा भी की है।
            निगम के अधिकारियों ने बताया कि पुल पर रात में रोशनी की व्यवस्था अगले महीने तक पूरी हो जाएगी।
            !© 2026 नर्मदा समाचार
            """),
        BoilerplatePageCase(rule: "a Tamil caption closing on its credit after a dot goes; a programme line naming a photo walk stays", page: """
            #outlet: மதுரை மலர்
            !முகப்பு | மாவட்டம் | விளையாட்டு
            மதுரையில் வைகை ஆற்றின் கரையில் புதிய பூங்கா திறப்பு
            பூங்காவில் நடைபாதை, சிறுவர் விளையாட்டு திடல் அமைக்கப்பட்டுள்ளன.
            மதுரை மாநகராட்சி வைகை ஆற்றின் வடகரையில் அமைத்த புதிய பூங்காவை அமைச்சர் ஞாயிற்றுக்கிழமை திறந்து வைத்தார்.
            பூங்கா காலை ஆறு மணி முதல் இரவு ஒன்பது மணி வரை திறந்திருக்கும் என்று அதிகாரிகள் தெரிவித்தனர்.
            !பூங்காவில் நடைபயிற்சி செய்யும் மக்கள். படம்: மதுரை மலர்
            முதல் வார இறுதியில் சனிக்கிழமை காலை புகைப்பட நடையும் ஞாயிற்றுக்கிழமை சிறுவர்களுக்கான ஓவியப் போட்டியும் நடைபெறும்.
            சனிக்கிழமை. புகைப்பட நடை: காலை 7 மணி
            பூங்காவின் பராமரிப்புக்கு ஆண்டுக்கு இருபது லட்சம் ரூபாய் ஒதுக்கப்பட்டுள்ளதாக மாநகராட்சி ஆணையர் கூறினார்.
            அடுத்த ஆண்டு ஆற்றின் தென்கரையிலும் இதே போன்ற பூங்கா அமைக்கப்படும் என்று அவர் தெரிவித்தார்.
            !© 2026 மதுரை மலர்
            """),
        BoilerplatePageCase(rule: "an Amharic caption closing on its credit after the Ethiopic full stop goes", page: """
            #outlet: ሐዋሳ ዜና
            !ዋና ገጽ | ክልል | ስፖርት
            በሐዋሳ ሐይቅ ዳርቻ አዲስ የእግረኛ መንገድ ተከፈተ
            መንገዱ ሦስት ኪሎ ሜትር ርዝመት አለው።
            የሐዋሳ ከተማ አስተዳደር በሐይቁ ዳርቻ ያስገነባውን አዲስ የእግረኛ መንገድ ትናንት ለሕዝብ ክፍት አደረገ።
            የከተማው ነዋሪዎች መንገዱን ለስፖርትና ለመዝናኛ እንደሚጠቀሙበት ተናግረዋል።
            !በአዲሱ መንገድ ላይ የሚጓዙ ነዋሪዎች። ፎቶ: ሐዋሳ ዜና
            አስተዳደሩ በመንገዱ ዳር መብራቶችንና መቀመጫዎችን እንደሚተክል አስታውቋል።
            !© 2026 ሐዋሳ ዜና
            """),
        BoilerplatePageCase(rule: "an English caption closing on a bare credit after its sentence goes; a story's sentence ending on a file photo stays", page: """
            #outlet: Harbour Gazette
            !Home | News | Sport
            Ferry timetable cut for the winter months
            Two of the five daily crossings will stop from November.
            The ferry company said on Monday that it would cut two of its five daily crossings between Vestby and Halsey from the first of November.
            Fewer than forty passengers used the early and late boats on most days last winter, it said.
            !The morning ferry leaves Vestby harbour. File photo
            The harbour master keeps a file photo of the first ferry, launched in 1958, on the wall of his office.
            The full timetable will be posted at both quays next week.
            !© 2026 Harbour Gazette
            """),
    ]
    /// An outlet's name given with its other script's name in parentheses (`Tana Zena (ጣና ዜና)`):
    /// a line of either alone is the masthead, and the slogan under them over the day's date no
    /// headline. A parenthesis in the name's own script is part of the name.
    static let twentyNinthRoundOutletNames: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "the masthead in Devanagari and in Latin letters, the slogan and the date under them go; the headline under the menu is the title", page: """
            #outlet: Indore Samachar (इंदौर समाचार)
            !इंदौर समाचार
            !Indore Samachar
            !मालवा की आवाज़, आपकी भाषा में
            !सोमवार, 24 नवंबर 2025
            !होम
            !शहर
            !प्रदेश
            !खेल
            !होम / शहर / इंदौर
            राजवाड़ा के आसपास रविवार को वाहनों का प्रवेश बंद रहेगा
            नगर निगम ने बाज़ार में पैदल चलने वालों के लिए नया नियम बनाया है।
            इंदौर नगर निगम ने फैसला किया है कि अगले महीने से हर रविवार को राजवाड़ा के आसपास की सड़कों पर वाहनों का प्रवेश सुबह दस बजे से रात दस बजे तक बंद रहेगा।
            निगम आयुक्त ने बताया कि इस दौरान बाज़ार में केवल पैदल चलने वाले और साइकिल सवार आ सकेंगे।
            व्यापारी संघ ने कहा कि वे इस फैसले से खुश हैं लेकिन पार्किंग की व्यवस्था पहले होनी चाहिए।
            निगम ने पास के दो मैदानों में अस्थायी पार्किंग बनाने की घोषणा की है।
            !© 2025 इंदौर समाचार
            """),
        BoilerplatePageCase(rule: "an outlet named with a place in parentheses in its own script: the place alone and a headline ending on it stay", page: """
            #outlet: Lakeside Times (Kisumu)
            !Lakeside Times
            !Home | News | County | Sport
            Floods close the lakeside road in Kisumu
            The county says the road will stay shut until the water goes down.
            Kisumu county closed the lakeside road on Tuesday after the lake rose by more than a metre in two weeks, flooding homes and fish markets along the shore.
            Engineers said the water would take at least a week to fall, and that the road would need repairs before it reopened to traffic.
            Traders at the Dunga beach market moved their stalls to higher ground, and the county opened two schools as shelters for families who lost their homes.
            Kisumu
            The county's disaster office said it had counted 1,200 families displaced along the shore since the start of the month.
            !© 2026 Lakeside Times
            """),
    ]
    /// A tag list printed one tag to a line under its label, right under the story's last
    /// paragraph, before the page's chrome; a story's list under a clause, or resumed by the story,
    /// stays.
    static let twentyNinthRoundStackedTags: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Hindi tag list one tag to a line under its label goes, though a reader's comment further down reads as prose", page: """
            #outlet: Narmada Samachar
            !होम | शहर | प्रदेश | खेल
            जबलपुर में ग्वारीघाट पर नया पैदल पुल खुला
            पुल से रोज़ करीब पाँच हज़ार लोग नदी पार करेंगे।

            नगर निगम ने सोमवार को ग्वारीघाट पर नर्मदा नदी के ऊपर बने नए पैदल पुल को आम लोगों के लिए खोल दिया।

            पुल की लंबाई दो सौ मीटर है और इसे बनाने में अठारह महीने लगे।

            निगम के अधिकारियों ने बताया कि पुल पर रात में रोशनी की व्यवस्था अगले महीने तक पूरी हो जाएगी।

            !संबंधित विषय:

            !ग्वारीघाट

            !नर्मदा नदी

            !नगर निगम

            !Follow us on Google News

            !टिप्पणियाँ (3)

            !रमेश के. · 2 घंटे पहले

            !पुल तो बन गया लेकिन घाट तक जाने वाली सड़क की हालत अब भी बहुत खराब है और बारिश में पानी भर जाता है।

            !जवाब दें
            """),
        BoilerplatePageCase(rule: "an English list of schools under a clause stays; the tag list under the story goes", page: """
            #outlet: Valley Courier
            !Home | News | Schools | Sport
            Three village schools to merge next autumn
            The county says falling rolls leave it no choice.

            The county council voted on Tuesday to merge three village schools in the upper valley into one school at Brackenby from September.

            Pupil numbers at the three schools have fallen by a third in ten years, and two of them now teach fewer than forty children.

            The schools that will close are:

            Hollins Green

            Saltmarsh Lane

            Ferrybridge

            Parents will be offered free buses to Brackenby, the council said, and the three buildings will be kept for community use.

            A consultation on the new school's name will open in January.

            !More on:

            !Education

            !Upper valley

            !County council

            !Comments (4)

            !Jane P. · 2 hours ago

            !Another school closes and nobody at the council seems to care about the children who will spend an hour on a bus.

            !Reply

            !Most read
            """),
        BoilerplatePageCase(rule: "a Portuguese list under a two-word label that the story resumes after stays; the tag list under the story goes", page: """
            #outlet: Gazeta do Mondego
            !Início
            !Região
            !Desporto
            !Cultura
            Coimbra abre nova ponte pedonal sobre o Mondego em março
            A ponte liga o Parque Verde à margem esquerda e terá iluminação noturna.
            A Câmara Municipal de Coimbra anunciou esta segunda-feira que a nova ponte pedonal sobre o rio Mondego abrirá ao público no início de março.
            A obra custou 4,2 milhões de euros e foi financiada em parte por fundos europeus, segundo a autarquia.
            Horário previsto:
            Todos os dias
            Sem portagem
            O presidente da câmara disse que a ponte vai facilitar a vida a quem atravessa o rio todos os dias a pé ou de bicicleta.
            !Assuntos relacionados:
            !Coimbra
            !Rio Mondego
            !Mobilidade
            !Comentários (12)
            !Ana M. · há 3 horas
            !Finalmente uma ponte para quem anda a pé, espero que a manutenção seja melhor do que a do Parque Verde.
            !Responder
            !Mais lidas
            """),
    ]
    /// A count's shape (a label, a colon, a figure and its unit) after a list's mark beyond ASCII
    /// is an item of the story's list, not a widget's count.
    static let twentyNinthRoundCountItems: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a German list item of a count's shape after a bullet stays; a widget's count under the story goes", page: """
            #outlet: Weserbote
            !Startseite | Bremen | Region | Sport
            Neue Fahrradbrücke über die Weser wird im Frühjahr gebaut
            Die Brücke soll die Neustadt mit der Altstadt verbinden.
            Der Bremer Senat hat am Dienstag den Bau einer neuen Fahrradbrücke zwischen der Neustadt und der Altstadt beschlossen.
            Die Brücke wird rund 300 Meter lang und soll auch für Fußgänger offen sein, teilte die Verkehrsbehörde mit.
            Die wichtigsten Punkte:
            • Bauzeit: 18 Monate
            • Kosten: rund 24 Millionen Euro, davon die Hälfte vom Bund
            • Breite der Fahrbahn für Räder: vier Meter in jede Richtung
            Der Fahrradclub begrüßte die Entscheidung, forderte aber eine bessere Anbindung an die bestehenden Radwege am Ufer.
            !Verkehrsmeldungen: 14 Meldungen
            !© 2026 Weserbote
            """),
    ]
    /// An embedded post printed on one line with its account's handle, and its link to the network
    /// under it, whose last word names the network in any language; a story's subheading naming a
    /// network under a paragraph stays.
    static let twentyNinthRoundEmbedLinks: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "an Indonesian post on one line and its `Lihat di Instagram` link go; a subheading naming Facebook under a paragraph stays", page: """
            #outlet: Kabar Malang
            !Beranda | Berita | Olahraga | Gaya Hidup
            Pemkot Malang tutup Jalan Ijen setiap Minggu pagi untuk pejalan kaki
            Warga diminta memakai jalan alternatif di sekitar kawasan Ijen.
            Pemerintah Kota Malang mulai pekan depan akan menutup Jalan Ijen untuk kendaraan setiap Minggu pagi, dari pukul enam sampai sepuluh.
            Kepala Dinas Perhubungan mengatakan penutupan itu dilakukan karena jumlah warga yang berolahraga di kawasan tersebut terus bertambah.
            !Unggahan Instagram dari @pemkotmalang: "Car free day Ijen kembali hadir setiap Minggu! 🚶" · 3.418 suka
            !Lihat di Instagram
            Sejumlah pedagang kaki lima di sekitar Ijen meminta agar mereka tetap boleh berjualan selama jalan ditutup, kata ketua paguyuban pedagang.
            Ramai di Facebook
            Pengumuman itu ramai dibicarakan di grup warga di media sosial, dan sebagian besar warga menyambutnya dengan baik.
            Pemkot berjanji akan mengevaluasi kebijakan ini setelah tiga bulan berjalan.
            !© 2026 Kabar Malang
            """),
    ]
    /// A byline block under `bylines: remove` whose update stamp gives only its clock under a label
    /// no month names; a sentence of the story naming clock times stays.
    static let twentyNinthRoundClockStamps: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Turkish update stamp of a label and a clock goes with the byline block under `remove`; a sentence naming two clock times stays", page: """
            #outlet: Ege Postası
            !Ana Sayfa | İzmir | Ekonomi | Spor
            İzmir'de Kordon boyunca yeni bisiklet yolu açıldı
            Yol, Alsancak ile Konak arasındaki dört kilometrelik sahili kapsıyor.
            !Yazar: Elif Demir
            !12 Mart 2026
            !Güncelleme: 14:05
            İzmir Büyükşehir Belediyesi, Kordon boyunca yapılan yeni bisiklet yolunu cumartesi günü düzenlenen törenle hizmete açtı.
            Belediye başkanı, yolun ilk haftasında saat 07:00 ile 10:00 arasında araç trafiğine kapalı olacağını söyledi.
            Bisikletliler derneği ise yolun Karşıyaka tarafına da uzatılması gerektiğini belirtti.
            !© 2026 Ege Postası
            """),
    ]
}

@Suite("Boilerplate: the twenty-ninth sitting's round (captions closing on their credit in scripts with no capitals, an outlet named in two scripts, tag lists one tag to a line, bulleted counts, embedded posts' links, update stamps of a clock alone)")
struct BoilerplateS29RoundTests {
    @Test("each caption rule's page is right line by line", arguments: BoilerplatePageCase.twentyNinthRoundCaptions)
    func captions(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }

    @Test("each outlet-name rule's page is right line by line", arguments: BoilerplatePageCase.twentyNinthRoundOutletNames)
    func outletNames(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }

    @Test("each stacked tag list's page is right line by line", arguments: BoilerplatePageCase.twentyNinthRoundStackedTags)
    func stackedTags(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }

    @Test("a count's shape after a bullet stays as the story's list item", arguments: BoilerplatePageCase.twentyNinthRoundCountItems)
    func countItems(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }

    @Test("an embedded post's link to its network goes with the post over it", arguments: BoilerplatePageCase.twentyNinthRoundEmbedLinks)
    func embedLinks(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }

    @Test("an update stamp of a clock alone goes with the byline block under `remove`, each line under a `byline` rule, and stays under `keep`",
          arguments: BoilerplatePageCase.twentyNinthRoundClockStamps)
    func clockStamps(_ example: BoilerplatePageCase) throws {
        let article = BoilerplateGoldArticle(name: example.rule, fixture: example.page)
        let removing = try removed(article, bylines: "remove")
        #expect(article.score(removed: Set(removing.map(\.line))).f1 == 1, "\(article.mistakes(removed: removing))")
        let block = removing.filter { $0.rule.hasPrefix("byline") }
        #expect(block.count == 3)
        let keeping = try removed(article, bylines: "keep")
        #expect(Set(keeping.map(\.line)) == Set(removing.map(\.line)).subtracting(block.map(\.line)), "\(keeping.map(\.text))")
    }

    /// The stage's removed lines on `article` under `bylines`.
    private func removed(_ article: BoilerplateGoldArticle, bylines: String) throws -> [RemovedLine] {
        var options = BoilerplateStripper.Options()
        options.bylines = bylines
        let harness = try CorpusStageHarness<BoilerplateStripper>(options: options)
        return try #require(try harness.run([article.document]).documents.first)[BoilerplateKey.self] ?? []
    }
}
