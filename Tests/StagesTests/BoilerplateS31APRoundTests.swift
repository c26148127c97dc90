import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The thirty-first sitting's round on set AP's lost story lines: a story's dateline set on a line
/// of its own right above the lead (`PORT MORESBY`, `پېښور`), which repetition across the outlet's
/// pages, a copy in the menu and the caption above it took for chrome. Each with a line of the same
/// shape in that place that is no place and must go. Then a story's list of prices under the
/// sentence that announces it, which the ticker's rule took for a widget where chrome came under it;
/// and a headline opening with a label over its standfirst, which the head feed's rule took for a
/// strip's item where a short credit under the standfirst was taken for the title.
extension BoilerplatePageCase {
    static let thirtyFirstRoundAP: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Finnish dateline in capitals between the lead photo's caption and the lead stays; the caption and the share row go", page: """
            #outlet: Savon Viesti
            !Etusivu | Uutiset | Urheilu
            Kuopion satamaan rakennetaan uusi laituri risteilyaluksille
            Kaupunki varaa hankkeeseen neljä miljoonaa euroa ensi vuoden talousarviossa
            !Jaa
            !Facebook
            !Matkustajia nousemassa laivaan Kuopion satamassa kesäkuussa. Kuva: Mikko Laine
            KUOPIO
            Kuopion kaupunki rakentaa satamaan uuden laiturin, johon mahtuvat jopa sadan metrin pituiset risteilyalukset, kertoi satamajohtaja maanantaina.
            Työt alkavat ensi keväänä ja kestävät noin vuoden, jos valtuusto hyväksyy talousarvion joulukuussa.
            Satamajohtajan mukaan uusi laituri voisi tuoda kaupunkiin kesäisin tuhansia uusia matkailijoita.
            !© 2026 Savon Viesti
            """),
        BoilerplatePageCase(rule: "a Greek dateline of two words in capitals with its accent dropped stays above the lead", page: """
            #outlet: Βόρειος Τύπος
            !Αρχική | Ειδήσεις | Αθλητισμός
            Νέα γραμμή λεωφορείου συνδέει το λιμάνι με το αεροδρόμιο
            !Μοιραστείτε
            !Facebook
            ΝΕΑ ΜΟΥΔΑΝΙΑ
            Ο δήμος ξεκίνησε τη Δευτέρα μια νέα γραμμή λεωφορείου που συνδέει το λιμάνι με το αεροδρόμιο κάθε μία ώρα, όπως ανακοίνωσε ο δήμαρχος.
            Τα εισιτήρια κοστίζουν δύο ευρώ και πωλούνται στα περίπτερα της πόλης και μέσα στο λεωφορείο.
            Οι κάτοικοι ζητούν εδώ και χρόνια μια απευθείας σύνδεση με το αεροδρόμιο για τους φοιτητές και τους εργαζόμενους.
            !© 2026 Βόρειος Τύπος
            """),
        BoilerplatePageCase(rule: "a Hindi dateline of one word under the share row stays above the lead", page: """
            #outlet: नर्मदा समाचार
            !होम | शहर | खेल
            जबलपुर में नया बस अड्डा शुरू, रोज़ चलेंगी तीन सौ बसें
            !शेयर करें
            !Facebook
            जबलपुर
            नगर निगम ने सोमवार को शहर के पूर्वी हिस्से में नया बस अड्डा लोगों के लिए खोल दिया। यहाँ से हर दिन तीन सौ बसें चलेंगी।
            अधिकारियों ने बताया कि अड्डे पर पीने के पानी और प्रतीक्षालय की व्यवस्था की गई है।
            दुकानदारों ने कहा कि नए अड्डे से उनकी बिक्री बढ़ने की उम्मीद है।
            !© 2026 नर्मदा समाचार
            """),
        BoilerplatePageCase(rule: "a messenger's name in Latin capitals over a Chinese lead is the share row's button, no dateline, and goes", page: """
            #outlet: 港都日報
            !首頁 | 地方 | 體育
            高雄輕軌延伸段明年通車　沿線新增五站
            2026/03/12 06:00
            !分享
            !LINE
            高雄市政府捷運工程局表示，輕軌延伸段工程進度良好，預計明年年底前通車，沿線將新增五個車站。
            局長指出，延伸段完工後，從市區到美術館的通勤時間可縮短十五分鐘。
            沿線居民則希望市府在施工期間加強交通疏導，減少對生活的影響。
            !© 2026 港都日報
            """),
        BoilerplatePageCase(rule: "a network's short name in capitals over a Russian lead is the share row's, no place, and goes; the dateline under it stays", page: """
            #outlet: Волжская неделя
            !Главная | Новости | Спорт
            В Самаре открылась новая пристань для речных трамваев
            12 марта 2026
            !Поделиться
            !VK
            САМАРА
            Городская администрация в понедельник открыла новую пристань у Ладьи, откуда речные трамваи будут ходить на другой берег каждые полчаса.
            Билет стоит сорок рублей, школьники и пенсионеры ездят бесплатно, сообщили в департаменте транспорта.
            Жители давно просили пристань в этой части набережной, потому что старая находится в трёх километрах.
            !© 2026 Волжская неделя
            """),
        BoilerplatePageCase(rule: "an Italian story's price list under the sentence announcing it stays though a read-also link comes under it and its longer labels break the ticker's shape; a market widget between paragraphs with an ad's label under it goes", page: """
            #outlet: Gazzetta del Porto
            !Home | Cronaca | Sport
            Al mercato ittico di Chioggia il prezzo dell'orata tocca il record
            Chioggia, 12 marzo 2026
            Al mercato ittico di Chioggia l'orata ha raggiunto ieri il prezzo medio più alto degli ultimi dieci anni, secondo i dati della cooperativa dei pescatori.
            Le barche uscite in mare sono state appena venti, la metà di quelle di una settimana normale.
            I prezzi medi della giornata (euro al chilo):
            Orata: 12,40
            Branzino di allevamento: 9,80
            Sogliola nostrana: 21,50
            Sgombro: 3,20
            !LEGGI ANCHE: Il porto di Chioggia cerca trenta nuovi marinai
            I ristoratori del centro temono di dover alzare i prezzi dei menù di pesce per l'estate.
            !FTSE MIB 34.120
            !EUR/USD 1,0840
            !PUBBLICITÀ
            La cooperativa spera che il mare calmo della prossima settimana riporti le barche al lavoro e i prezzi alla normalità.
            !© 2026 Gazzetta del Porto
            """),
        BoilerplatePageCase(rule: "a Persian headline opening with a place and a colon under the breadcrumb stays over its standfirst, though a short reporter's credit under the standfirst was taken for the title; the head's feed above the breadcrumb goes", page: """
            #outlet: Isfahan Nameh
            !صفحه اصلی
            !اقتصادی
            !اجتماعی
            !فرهنگی
            !ورزشی
            !صفحه اصلی » اصفهان
            بازار قیصریه: کسبه در اعتراض به طرح تازه پارکینگ مغازه‌ها را دو ساعت بستند
            کسبه می‌گویند ممنوعیت پارک خودرو مشتریان را کم می‌کند و شهرداری وعده گفت‌وگو داده است
            گزارش تیم خبری اصفهان‌نامه، اصفهان
            ۱۱ آبان ۱۴۰۵
            صدها کاسب بازار قیصریه اصفهان روز سه‌شنبه در اعتراض به ممنوعیت پارک خودروهای شخصی در ساعات روز مغازه‌های خود را دو ساعت بستند.
            به گفته شهرداری، این طرح برای کم کردن ترافیک در اطراف میدان امام اجرا می‌شود و پارکینگی با ظرفیت دویست خودرو ساخته خواهد شد.
            یکی از کسبه بازار گفت امیدوار است شهرداری پیش از شروع طرح با نمایندگان بازار گفت‌وگو کند.
            !© ۱۴۰۵ اصفهان‌نامه
            """),
        BoilerplatePageCase(rule: "a Gujarati breadcrumb of one step at the top, the outlet and its section parted by a spaced chevron, goes; the story's line naming the app's menu path with the same chevron stays", page: """
            #outlet: Narmada Patrika
            !નર્મદા પત્રિકા › વડોદરા
            વડોદરામાં નવો ફ્લાયઓવર ખુલ્લો મુકાયો
            વડોદરા મહાનગરપાલિકાએ સોમવારે શહેરના પૂર્વ ભાગમાં નવો ફ્લાયઓવર વાહનચાલકો માટે ખુલ્લો મૂક્યો.
            અધિકારીઓના જણાવ્યા મુજબ પુલથી રોજ વીસ હજાર વાહનોને ટ્રાફિકમાંથી રાહત મળશે.
            ટ્રાફિકની માહિતી માટે નાગરિકો એપમાં સેવાઓ › ટ્રાફિક પસંદ કરી શકે છે.
            !© ૨૦૨૬ નર્મદા પત્રિકા
            """),
        BoilerplatePageCase(rule: "a Pashto breadcrumb of six words at the top goes; the headline under it and the story's paragraphs stay", page: """
            #outlet: Kabul Ghag
            !د کابل غږ › ټولنه او روغتیا
            په کابل کې نوی روغتون پرانیستل شو
            د روغتیا وزارت د دوشنبې په ورځ د کابل په لوېدیځ کې یو نوی روغتون پرانیست چې دوه سوه بسترې لري.
            چارواکو وویل چې روغتون به هره ورځ تر زرو ناروغانو ته خدمت وکړي.
            !© ۲۰۲۶ د کابل غږ
            """),
    ]

    /// The lexicon's lines of the round: the head's strip of the latest news, the read-also call, the `continues after the ad` notice,
    /// a paywall's count, a newsletter's blurb and e-mail field, a share row's `send by e-mail`, a
    /// donation's call, the tag row's label and the photo's credit word, in Afrikaans, Welsh,
    /// Pashto, Gujarati and Galician; each page with story lines naming the same things.
    static let thirtyFirstRoundAPLexicon: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "Afrikaans chrome in the body goes (send by e-mail, the notice that the story goes on after the ad, the metered paywall's count, the newsletter's inbox); the story's sentences on free classes and e-mail stay", page: """
            #outlet: Die Karoo Bode
            !Tuis | Nuus | Sport
            Nuwe biblioteek in Beaufort-Wes bied gratis rekenaarklasse aan
            Die munisipaliteit het Maandag 'n nuwe biblioteek met twintig rekenaars in die middestad geopen.
            !Stuur per e-pos
            Die biblioteek is weeksdae van agtuur tot sesuur oop, en lede kan boeke vir drie weke uitneem.
            !Inhoud gaan voort ná advertensie
            Die gratis rekenaarklasse begin volgende maand, en inskrywings kan per e-pos of by die toonbank gedoen word.
            !Jy het 3 van jou 5 gratis artikels vir die maand gelees.
            Die bibliotekaris sê sy hoop dat veral skoolkinders en werksoekers die rekenaars sal gebruik.
            !Die Karoo se nuus elke Maandag in jou inboks.
            !© 2026 Die Karoo Bode
            """),
        BoilerplatePageCase(rule: "Welsh chrome goes (a donation's call and its `consider contributing`, the tag row's label, the newsletter's inbox and e-mail field); the story's sentence about contributions stays", page: """
            #outlet: Newyddion Dyffryn Conwy
            !Hafan | Newyddion | Chwaraeon
            Pentref Dolwyddelan yn agor siop gymunedol newydd
            Mae trigolion Dolwyddelan wedi agor siop gymunedol newydd yn hen swyddfa'r post ar ôl blwyddyn o waith.
            Cyfrannodd dros dri chant o bobl at y gronfa i brynu'r adeilad, meddai cadeirydd y pwyllgor.
            Bydd y siop ar agor bob dydd o wyth y bore tan chwech yr hwyr, gyda gwirfoddolwyr yn helpu'r staff.
            !Mae Newyddion Dyffryn Conwy yn wasanaeth di-elw. Os ydych chi'n gwerthfawrogi ein gwaith, ystyriwch gyfrannu.
            !Cyfrannwch o £5 y mis
            !Pynciau:
            !Dolwyddelan
            !Newyddion Dyffryn Conwy yn eich mewnflwch bob bore Llun.
            !Eich cyfeiriad e-bost
            !© 2026 Newyddion Dyffryn Conwy
            """),
        BoilerplatePageCase(rule: "a Pashto read-also call and a WhatsApp channel's pitch as Pashto spells it go, and Gujarati and Pashto captions closing on their credit words; the story's sentences naming a book and a photo stay", page: """
            #outlet: Mardan Khabarona
            !کور پاڼه | خبرونه | لوبې
            په مردان کې نوی کتابتون پرانیستل شو
            ښاروالۍ د دوشنبې په ورځ د ښار په منځ کې یو نوی کتابتون پرانیست چې پنځه زره کتابونه لري.
            !د کتابتون دننه ماشومان کتابونه لولي. انځور: احمد خان
            د کتابتون مشر وویل چې ماشومانو ته به هره جمعه د کیسو یوه ځانګړې غونډه کېږي.
            !دا هم ولولئ: په صوابي کې د کتاب میله پیل شوه
            یوه زده کوونکې وویل چې هغې لومړی ځل په کتابتون کې د خپل کلي زوړ انځور ولید.
            !زموږ د واټس اپ چینل سره یوځای شئ
            ښاروالي وايي چې راتلونکی کال به په نورو دوو سیمو کې هم کتابتونونه جوړ کړي.
            !© ۲۰۲۶ Mardan Khabarona
            """),
        BoilerplatePageCase(rule: "an Urdu head strip of the latest news goes with its label and its item, and the widget over it; the headline under the breadcrumb and the story's sentence naming the latest figures stay", page: """
            #outlet: Multan Awaz
            !ہوم | پاکستان | کھیل
            !ملتان ۳۱°C دھوپ
            !تازہ ترین
            !لاہور میں میٹرو بس کا کرایہ بڑھا دیا گیا
            !ہوم › پاکستان › ملتان
            ملتان میں نیا بس اڈہ مسافروں کے لیے کھول دیا گیا
            ملتان: ضلعی انتظامیہ نے پیر کو شہر کے مشرقی حصے میں نیا بس اڈہ مسافروں کے لیے کھول دیا۔ یہاں سے روزانہ تین سو بسیں چلیں گی۔
            حکام کے مطابق اڈے پر پینے کے پانی اور انتظار گاہ کا انتظام کیا گیا ہے۔
            تازہ ترین اعداد و شمار کے مطابق پہلے دن دس ہزار مسافروں نے اڈہ استعمال کیا۔
            !© ۲۰۲۶ ملتان آواز
            """),
    ]

    /// Byline blocks under `bylines: remove`: a name and the date after one spaced separator, the
    /// name of four words or the date written with words; and an update stamp under a byline and a
    /// date line another rule took already.
    static let thirtyFirstRoundAPBylines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Welsh byline of four words and its date after a spaced bar, right under the standfirst, goes with the block under `remove`", page: """
            #outlet: Newyddion Dyffryn Conwy
            !Hafan | Newyddion | Chwaraeon
            Llyfrgell Llanrwst yn ailagor ar ôl gwaith adnewyddu
            Bydd yr adeilad ar agor chwe diwrnod yr wythnos o fis Ionawr ymlaen
            !Gan Siân Mererid Wyn Roberts | 14 Rhagfyr 2025
            Mae llyfrgell Llanrwst wedi ailagor ar ôl chwe mis o waith adnewyddu a gostiodd bron i hanner miliwn o bunnoedd.
            Dywedodd y cyngor fod y to wedi cael ei drwsio a bod ystafell astudio newydd wedi'i chreu i fyfyrwyr.
            Bydd y llyfrgell yn cynnal sesiynau stori i blant bob bore Sadwrn o'r mis nesaf.
            !© 2025 Newyddion Dyffryn Conwy
            """),
        BoilerplatePageCase(rule: "a Spanish byline and its date written with words after a spaced middle dot goes under `remove`", page: """
            #outlet: Diario del Bierzo
            !Portada | Local | Deportes
            Ponferrada abre un nuevo carril bici junto al río Sil
            El tramo, de dos kilómetros, une el casco antiguo con el barrio de La Placa
            !Marta Fernández Alonso · 3 de marzo de 2026
            El Ayuntamiento de Ponferrada abrió el lunes un nuevo carril bici de dos kilómetros junto al río Sil, después de ocho meses de obras.
            Según el concejal de Movilidad, por el carril pasarán cada día unos mil ciclistas.
            Los vecinos piden ahora que el carril llegue hasta el campus universitario.
            !© 2026 Diario del Bierzo
            """),
        BoilerplatePageCase(rule: "a Portuguese update stamp of a label and its clock under the byline block's date goes with the block under `remove`, no headline, though the share row and the caption lie between it and the lead", page: """
            #outlet: Correio do Minho Digital
            !Início | Braga | Desporto
            Braga vai ter uma nova ciclovia junto ao rio Este
            O troço de três quilómetros liga o centro histórico ao parque da cidade
            !Por Ana Rita Costa
            !14/02/2026 · 07:45
            !Atualizado 09:12 h
            !Partilhar
            !Facebook
            !WhatsApp
            !Obras na margem do rio Este, em Braga. / Foto: Rui Lopes
            A Câmara Municipal de Braga começou na segunda-feira as obras de uma nova ciclovia de três quilómetros junto ao rio Este.
            Segundo o vereador da Mobilidade, as obras devem ficar concluídas antes do verão.
            Os moradores pedem agora que a ciclovia chegue também à universidade.
            !© 2026 Correio do Minho Digital
            """),
    ]

    /// Three pages of one outlet, each datelined from the outlet's city, which its menu lists too.
    static let thirtyFirstRoundAPOutlet: [String] = [
        """
        #outlet: Pohjois-Karjalan Sanomat
        !Etusivu
        !JOENSUU
        !Urheilu
        Joensuun tori saa uuden katoksen ennen joulumarkkinoita
        !Jaa
        !Facebook
        JOENSUU
        Joensuun kaupunki rakentaa torille uuden katoksen, jonka alla joulumarkkinat voidaan pitää sateella ja pakkasella, kertoi kaupungininsinööri tiistaina.
        Katoksen rakentaminen maksaa noin puoli miljoonaa euroa, ja työt alkavat ensi kuussa.
        Torikauppiaat ovat toivoneet katosta jo vuosia, sillä syksyn sateet vievät asiakkaat kauppakeskuksiin.
        !© 2026 Pohjois-Karjalan Sanomat
        """,
        """
        #outlet: Pohjois-Karjalan Sanomat
        !Etusivu
        !JOENSUU
        !Urheilu
        Pielisjoen uimaranta suljetaan kesäksi korjausten vuoksi
        !Jaa
        !Facebook
        JOENSUU
        Kaupunki sulkee Pielisjoen uimarannan koko kesäksi, koska rannan laiturit ja pukukopit on korjattava ennen kuin niitä voidaan taas käyttää.
        Uimareita pyydetään käyttämään Linnunlahden rantaa, jonne lisätään kesäksi kaksi uutta hyppytelinettä.
        Korjausten arvioidaan maksavan noin kaksisataatuhatta euroa.
        !© 2026 Pohjois-Karjalan Sanomat
        """,
        """
        #outlet: Pohjois-Karjalan Sanomat
        !Etusivu
        !JOENSUU
        !Urheilu
        Yliopiston kirjasto pidentää aukioloaikojaan tenttikaudella
        !Jaa
        !Facebook
        JOENSUU
        Yliopiston kirjasto on tenttikauden ajan auki arkisin kello kymmeneen illalla, kertoi kirjastonjohtaja keskiviikkona.
        Opiskelijat ovat pyytäneet pidempiä aukioloaikoja jo usean vuoden ajan, sillä lukupaikat loppuvat iltaisin kesken.
        Muutos on kokeilu, ja sen jatkosta päätetään keväällä opiskelijoiden palautteen perusteella.
        !© 2026 Pohjois-Karjalan Sanomat
        """,
    ]
}

@Suite("Boilerplate: the thirty-first sitting's round on AP (a story's dateline on a line of its own)")
struct BoilerplateS31APRoundTests {
    @Test("each page is right line by line", arguments: BoilerplatePageCase.thirtyFirstRoundAP)
    func pages(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }

    @Test("each page of the round's lexicon lines is right line by line", arguments: BoilerplatePageCase.thirtyFirstRoundAPLexicon)
    func lexiconPages(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }

    @Test("each byline block goes under `remove`, each line under a `byline` rule, and stays under `keep`",
          arguments: BoilerplatePageCase.thirtyFirstRoundAPBylines)
    func bylines(_ example: BoilerplatePageCase) throws { try BoilerplateBylineConventionTests().bylineBlock(page: example) }

    @Test("an outlet's dateline from its own city stays on every page, though its menu lists the city and every page repeats it")
    func datelineRepeatedInOutlet() throws {
        let articles = BoilerplatePageCase.thirtyFirstRoundAPOutlet.enumerated().map { BoilerplateGoldArticle(name: "p\($0.offset)", fixture: $0.element) }
        let harness = try CorpusStageHarness<BoilerplateStripper>(options: .init())
        let documents = try harness.run(articles.map(\.document)).documents
        for (article, document) in zip(articles, documents) {
            let removed = document[BoilerplateKey.self] ?? []
            #expect(article.score(removed: Set(removed.map(\.line))).f1 == 1, "\(article.mistakes(removed: removed))")
        }
    }
}
