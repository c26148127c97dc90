import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

// MARK: - The composed pages (the suite that reads them is at the end of the file)

extension BoilerplatePageCase {
    /// Widgets of figures (rates and indices with a market's arrow, quotes without one, a bare
    /// degree in the head) and a player's countdown, with the story's figures beside them.
    static let figuresAndCountdowns: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a market widget's quotes with their arrows go between two paragraphs (English); the story's own rates and index stay", page: """
            #outlet: Manila Tribune
            PH peso closes at 56.12 as inflation eases
            Miguel Santos
            March 4, 2026
            The peso closed at 56.12 to the dollar on Tuesday, up from 56.30 on Monday, after data showed inflation easing to 3.1% in February.
            !PSEi 6,845.21 ▲ 0.62%
            !USD/PHP 56.12 ▼ 0.18
            The Bangko Sentral ng Pilipinas is expected to keep its key rate at 6.5% at its meeting next week, economists said.
            Traders said the peso could test 55.90 if foreign inflows continue.
            The Philippine Stock Exchange index rose 0.62% to 6,845.21, led by banks and property firms.
            !TOPICS:
            !peso
            !inflation
            !0 Comments
            """),
        BoilerplatePageCase(rule: "a Turkish market widget (its percent before the figure) and a player's line before the ad and its countdown go; the story's fares stay", page: """
            #outlet: Ege Postası
            İzmir'de otobüs ve metro ücretlerine yüzde 30 zam
            Haber: Elif Yıldız
            04.03.2026 09:45
            İzmir Büyükşehir Belediyesi, toplu ulaşım ücretlerine 1 Nisan'dan itibaren yüzde 30 zam yapılacağını açıkladı.
            !DOLAR 41,28 ▲ %0,12
            !EURO 44,61 ▼ %0,08
            !ALTIN 3.012 ▲ %0,45
            Tam bilet 20 liradan 26 liraya, öğrenci bileti ise 10 liradan 13 liraya çıkacak.
            Belediye Başkanı, artan akaryakıt fiyatlarının zammı zorunlu kıldığını söyledi.
            !Videonun devamı reklamdan sonra
            !5 saniye sonra başlayacak
            Muhalefet partileri zamma tepki göstererek meclis toplantısında itiraz edeceklerini duyurdu.
            !Etiketler:
            !İzmir
            !ulaşım
            !En Çok Okunanlar
            !0 Yorum
            """),
        BoilerplatePageCase(rule: "a Ukrainian rates widget with arrows and a player's countdown go between paragraphs", page: """
            #outlet: Подільські вісті
            У Вінниці подорожчав проїзд у тролейбусах
            Автор: Олена Ковальчук
            04.03.2026, 10:20
            Вартість проїзду в міських тролейбусах і трамваях Вінниці з 1 квітня зросте з 15 до 20 гривень, повідомили у міськраді.
            !USD 41,20 ▲ 0,15
            !EUR 44,80 ▼ 0,10
            Пільговий проїзд для школярів і пенсіонерів залишиться безкоштовним, уточнили у департаменті транспорту.
            !Відео почнеться через 5 секунд
            Депутати пояснили рішення зростанням цін на електроенергію.
            !Теги:
            !Вінниця
            !транспорт
            !Коментарі (2)
            """),
        BoilerplatePageCase(rule: "an Azerbaijani rates widget without arrows goes between two paragraphs: each label once, figures only", page: """
            #outlet: Abşeron Xəbər
            Bakıda metro gediş haqqı 60 qəpiyə qalxır
            Müəllif: Leyla Məmmədova
            04.03.2026, 09:30
            Bakı Metropoliteni aprelin 1-dən gediş haqqının 50 qəpikdən 60 qəpiyə qaldırılacağını açıqlayıb.
            !USD 1.7000
            !EUR 1.8420
            !RUB 0.0188
            Qurumun mətbuat xidməti bildirib ki, qiymət artımı elektrik enerjisinin bahalaşması ilə bağlıdır.
            Sərnişinlər üçün aylıq abunə kartı da təqdim olunacaq.
            !Teqlər:
            !metro
            !Bakı
            !Ən çox oxunanlar
            """),
        BoilerplatePageCase(rule: "a Brazilian fuel-price widget goes between two paragraphs; the story's own prices in sentences stay", page: """
            #outlet: Folha do Cerrado
            Preço da gasolina sobe pela terceira semana em Goiânia
            Por Ana Paula Ribeiro
            04/03/2026 09h15
            O preço médio da gasolina em Goiânia subiu para R$ 6,29 o litro nesta semana, segundo levantamento da ANP.
            !Gasolina R$ 6,29
            !Etanol R$ 4,35
            !Diesel R$ 6,02
            O etanol também ficou mais caro e passou a custar R$ 4,35 em média, informou a agência.
            Segundo o sindicato dos postos, o aumento se deve ao reajuste anunciado pela Petrobras na semana passada.
            !O vídeo será reproduzido em 5 segundos
            !Tags
            !combustível
            !Goiânia
            !Mais lidas
            """),
        BoilerplatePageCase(rule: "an Argentine head's weather with a bare degree and a player's countdown go; the story's fares stay", page: """
            #outlet: El Diario del Plata
            !Inicio
            !Política
            !Economía
            !Dólar oficial $1.045,50
            !Dólar blue $1.245,00
            !Buenos Aires 24° Nublado
            Suben las tarifas de colectivos y trenes en el AMBA desde abril
            Por Lucía Fernández
            4 de marzo de 2026
            El boleto mínimo de colectivo en el área metropolitana pasará de 371 a 420 pesos desde el 1 de abril, informó la Secretaría de Transporte.
            Los trenes también aumentarán un 12%, mientras que el subte tendrá su propio esquema de tarifas, según la Ciudad.
            El Gobierno explicó que el aumento busca reducir los subsidios, que representan el 1,2% del PBI.
            !El video se reproducirá en 5 segundos
            Las asociaciones de usuarios anunciaron que presentarán un amparo ante la Justicia.
            !Temas
            !Transporte
            !Lo más leído
            """),
        BoilerplatePageCase(rule: "a German player's countdown to the next clip goes; a sentence on the broadcast video stays", page: """
            #outlet: Allgäuer Rundschau
            !Startseite
            !Lokales
            !Wirtschaft
            Käserei in Kempten streicht 80 Stellen
            Von Martin Huber
            04.03.2026, 09:12 Uhr
            Die Käserei Allgäuland in Kempten baut bis Jahresende 80 von 420 Stellen ab, teilte das Unternehmen am Dienstag mit.
            Grund seien die gestiegenen Energiepreise und der Preisdruck im Handel, sagte Geschäftsführer Thomas Weber.
            !Das nächste Video startet in 5 Sekunden
            Der Betriebsrat kündigte Widerstand an und will mit der Geschäftsführung über einen Sozialplan verhandeln.
            Das Video zu der Betriebsversammlung hat das Allgäu-Fernsehen am Abend gesendet.
            !Themen
            !Kempten
            !Meistgelesen
            """),
        BoilerplatePageCase(rule: "a story's fares after its lead-in stay: a list is the story's when a colon opens it", page: """
            #outlet: Harbour Times
            Bus and ferry fares to rise from April
            By Tom Ellis
            March 4, 2026
            Bus and ferry fares in the harbour district will rise from April 1, the transport authority said on Tuesday.
            The authority said the rise was needed to cover higher fuel and crew costs.
            The new fares:
            Single ticket 2.80
            Day pass 7.50
            Weekly pass 24.00
            Season tickets will rise by less than single fares, a spokeswoman said.
            Councillors said they would ask the government to step in before the summer season.
            """),
        BoilerplatePageCase(rule: "a Spanish story's heat in degrees stays: its headline and a subheading of more than five words", page: """
            #outlet: El Diario del Plata
            Sevilla alcanza los 44° en plena ola de calor
            Por Lucía Fernández
            4 de julio de 2026
            Sevilla registró este jueves una temperatura máxima de 44 grados, la más alta del verano, informó la Agencia Estatal de Meteorología.
            La ola de calor se mantendrá al menos hasta el domingo en todo el valle del Guadalquivir, según el organismo.
            Máximas de hasta 46° en Córdoba y Jaén
            Las autoridades sanitarias recomendaron evitar la exposición al sol en las horas centrales del día.
            """),
        BoilerplatePageCase(rule: "a Russian story's prices by city stay under their lead-in; a sentence on a broadcaster's video stays", page: """
            #outlet: Степной вестник
            Бензин АИ-92 подорожал в трех регионах
            Автор: Айгерим Садыкова
            04.03.2026, 10:15
            Средняя цена бензина марки АИ-92 в Казахстане на этой неделе выросла до 221 тенге за литр, сообщили в министерстве энергетики.
            Цены на топливо в регионах на 4 марта:
            Алматы 223
            Астана 221
            Шымкент 219
            В министерстве пояснили, что рост цен связан с ремонтом на Павлодарском нефтехимическом заводе.
            Видео начала работ на заводе показал телеканал «Хабар» в вечерних новостях.
            """),
    ]

    /// A section's label alone at the top of the page over the headline, in English, Swahili and
    /// Kazakh, and a short headline over its standfirst beside them.
    static let sectionLabels: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a section's label alone at the top over the headline goes (English, an Armenian outlet)", page: """
            #outlet: Yerevan Daily
            !Society
            Yerevan bus lines to be redrawn from June
            Anahit Grigoryan
            04.03.2026
            Yerevan's city hall will redraw 40 bus routes from June 1, replacing minibuses on the busiest lines with electric buses, the mayor's office said on Tuesday.
            The reform is the second stage of a plan launched in 2022, officials said.
            Commuters on the northern routes will have to change buses at a new hub near Komitas Avenue.
            !Share
            """),
        BoilerplatePageCase(rule: "a Swahili section's label over the headline goes", page: """
            #outlet: Sauti ya Pwani
            !Habari
            Bei ya mafuta yapanda Mombasa kwa mara ya tatu
            Na Amina Juma
            Machi 4, 2026
            Bei ya petroli mjini Mombasa imepanda kwa shilingi 3 kwa lita kuanzia Jumanne, Mamlaka ya Kudhibiti Nishati imesema.
            Wamiliki wa matatu wamesema watapandisha nauli kama bei itaendelea kupanda.
            Serikali imesema inazungumza na wasambazaji ili kupunguza gharama.
            """),
        BoilerplatePageCase(rule: "a Kazakh section's label in Cyrillic over the headline goes", page: """
            #outlet: Дала жаңалықтары
            !Қоғам
            Алматыда қоғамдық көлік жол ақысы қымбаттайды
            Автор: Әсел Нұрланқызы
            04.03.2026, 10:15
            Алматы қаласының әкімдігі сәуірдің бірінен бастап автобус жол ақысын 150 теңгеден 200 теңгеге көтеретінін хабарлады.
            Әкімдік бұл шешімді жанармай бағасының өсуімен түсіндірді.
            Студенттер мен зейнеткерлерге жеңілдік сақталады, деп атап өтті әкімдік өкілі.
            """),
        BoilerplatePageCase(rule: "a short headline over its standfirst stays: only a label of one word goes over the line taken for the title", page: """
            #outlet: Prairie Courier
            Bitter harvest
            Farmers in the south say the drought has cut this year's wheat crop by half
            By Dana Whitfield
            March 4, 2026
            Wheat farmers across the southern counties expect their smallest harvest in two decades after the driest winter on record, the farmers' union said on Tuesday.
            Many said they would have to sell part of their herds to pay for feed, and some said they would not plant again next year.
            The state agriculture department said it would ask for federal drought relief.
            """),
    ]

    /// A read-also line between two paragraphs, the headings of the page's lists and a skip link in
    /// Indonesian, Swahili, Vietnamese, Hindi, Arabic and Mongolian, with a story sentence on reading beside them.
    static let listsAcrossAsiaAfrica: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "an Indonesian read-also line and its heading with the headline under it go between paragraphs, and the lists' headings; a sentence reading 'membaca juga' stays", page: """
            #outlet: Kabar Jakarta
            Tarif KRL Jabodetabek naik mulai April
            Oleh Dewi Lestari
            4 Maret 2026 09:15 WIB
            Tarif kereta rel listrik (KRL) Jabodetabek akan naik dari Rp3.000 menjadi Rp5.000 untuk 25 kilometer pertama mulai 1 April, kata Kementerian Perhubungan.
            !Baca juga: Jadwal KRL berubah selama Ramadan
            Kenaikan itu adalah yang pertama sejak 2016, menurut juru bicara kementerian.
            !Baca Juga
            !Ganjil genap diperluas ke 26 ruas jalan
            Penumpang pelajar dan lansia tetap mendapat tarif khusus, tambahnya.
            Pengguna KRL diminta membaca juga pengumuman resmi di setiap stasiun sebelum membeli tiket.
            !Berita Terkait
            !Terpopuler
            """),
        BoilerplatePageCase(rule: "a Swahili read-also line between paragraphs and the related heading and its headline go", page: """
            #outlet: Sauti ya Pwani
            Bei ya mafuta yapanda Mombasa kwa mara ya tatu
            Na Amina Juma
            Machi 4, 2026
            Bei ya petroli mjini Mombasa imepanda kwa shilingi 3 kwa lita kuanzia Jumanne, Mamlaka ya Kudhibiti Nishati imesema.
            !Soma pia: Wavuvi walalamikia bei ya mafuta ya taa
            Wamiliki wa matatu wamesema watapandisha nauli kama bei itaendelea kupanda.
            Serikali imesema inazungumza na wasambazaji ili kupunguza gharama.
            !Habari zinazohusiana
            !Mvua kubwa yasababisha mafuriko Kilifi
            """),
        BoilerplatePageCase(rule: "a Vietnamese read-also line between paragraphs and the lists' headings go", page: """
            #outlet: Tin Sài Gòn
            Giá xăng tăng lần thứ ba liên tiếp
            Nguyễn Văn An
            04/03/2026 09:30
            Giá xăng RON 95 tăng thêm 450 đồng mỗi lít từ 15 giờ chiều thứ Ba, theo thông báo của Bộ Công Thương.
            !Xem thêm: Giá vàng hôm nay tiếp tục giảm
            Đây là lần tăng thứ ba liên tiếp trong tháng, sau khi giá dầu thế giới đi lên, các doanh nghiệp cho biết.
            Các hãng taxi cho biết sẽ xem xét điều chỉnh giá cước trong tuần tới.
            !Tin liên quan
            !Đọc nhiều nhất
            """),
        BoilerplatePageCase(rule: "a Hindi read-also line between paragraphs and the lists' headings go", page: """
            #outlet: Dilli Samachar
            दिल्ली मेट्रो का किराया एक अप्रैल से बढ़ेगा
            राहुल शर्मा
            04 मार्च 2026
            दिल्ली मेट्रो रेल कॉरपोरेशन ने कहा कि एक अप्रैल से न्यूनतम किराया 10 रुपये से बढ़कर 12 रुपये हो जाएगा।
            !यह भी पढ़ें: नोएडा में नई मेट्रो लाइन का ट्रायल शुरू
            निगम के प्रवक्ता ने बताया कि किराया बढ़ाने का फैसला बिजली की बढ़ती लागत के कारण लिया गया है।
            यात्री संघों ने इस फैसले का विरोध करने की बात कही है।
            !सबसे ज्यादा पढ़ी गई
            !संबंधित खबरें
            """),
        BoilerplatePageCase(rule: "an Arabic read-also line between paragraphs and the lists' headings go", page: """
            #outlet: Akhbar al-Nil
            ارتفاع أسعار تذاكر مترو القاهرة اعتبارا من أبريل
            كتب: أحمد حسن
            4 مارس 2026
            أعلنت الهيئة القومية للأنفاق زيادة أسعار تذاكر مترو القاهرة بنسبة 20 في المئة اعتبارا من الأول من أبريل.
            !اقرأ أيضا: تشغيل القطار الكهربائي الخفيف حتى العاصمة الإدارية
            وقالت الهيئة في بيان إن الزيادة ضرورية لتغطية تكاليف الصيانة والكهرباء.
            ويستخدم المترو نحو ثلاثة ملايين راكب يوميا.
            !الأكثر قراءة
            !أخبار ذات صلة
            """),
        BoilerplatePageCase(rule: "an Indonesian skip link goes, and the section's label under it", page: """
            #outlet: Kabar Jakarta
            !Langsung ke konten
            !Megapolitan
            Tarif KRL Jabodetabek naik mulai April
            Oleh Dewi Lestari
            4 Maret 2026 09:15 WIB
            Tarif kereta rel listrik (KRL) Jabodetabek akan naik dari Rp3.000 menjadi Rp5.000 untuk 25 kilometer pertama mulai 1 April, kata Kementerian Perhubungan.
            Kenaikan itu adalah yang pertama sejak 2016, menurut juru bicara kementerian.
            Penumpang pelajar dan lansia tetap mendapat tarif khusus, tambahnya.
            """),
        BoilerplatePageCase(rule: "a Mongolian read-also line between paragraphs, the most-read heading and the share button go", page: """
            #outlet: Ulaanbaatar News
            !Нийгэм
            Улаанбаатарт автобусны үнэ нэмэгдэнэ
            Б.Болормаа
            2026.03.04
            Улаанбаатар хотын нийтийн тээврийн үнэ дөрөвдүгээр сарын 1-нээс 500 төгрөгөөс 700 төгрөг болно гэж нийслэлийн захиргаа мэдэгдлээ.
            !Мөн уншаарай: Метроны төслийн ажил эхэллээ
            Оюутан, тэтгэврийн насны иргэдэд хөнгөлөлт хэвээр үлдэнэ.
            !Их уншсан
            !Хуваалцах
            """),
    ]

    /// An embedded post whose stamp is the Spanish network's (`10:15 a. m. · 4 mar. 2026`) and the
    /// counts under a post's stamp, with the story's sentences on the post beside them.
    static let embeddedPostCounts: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Spanish network's post goes with its stamp's a. m. and its count under it; the story's sentences on the post stay", page: """
            #outlet: Correo del Sur
            Bolivia sube el precio del diésel para el transporte pesado
            Por Carlos Quispe
            4 de marzo de 2026
            El Gobierno de Bolivia aumentó el precio del diésel para el transporte pesado de 3,72 a 5,50 bolivianos por litro, informó el Ministerio de Hidrocarburos.
            !Ministerio de Hidrocarburos
            !@MinHidrocarburos
            !El nuevo precio entrará en vigencia el lunes.
            !10:15 a. m. · 4 mar. 2026
            !312
            Los transportistas anunciaron un paro de 48 horas en La Paz y Cochabamba tras conocer el mensaje del ministerio.
            El ministro dijo que el precio para los vehículos particulares no cambiará.
            """),
        BoilerplatePageCase(rule: "an English post's counts under its stamp go; the story's paragraph under them stays", page: """
            #outlet: Auckland Harbour News
            Ferry cancellations pile up as crew shortage bites
            By Mere Tawhiri
            4 March 2026
            Dozens of ferry sailings between Auckland and Waiheke were cancelled this week because of a shortage of qualified crew, the operator said.
            !Auckland Transport
            !@AklTransport
            !The 7.30am Waiheke sailing is cancelled due to crew shortages. We apologise for the inconvenience.
            !8:02 AM · Mar 4, 2026
            !1.2K
            !3,410
            The operator said it was training 20 new deckhands, who would start in May.
            Commuters said they had been left stranded on the wharf three times in a week.
            """),
    ]

    /// An author's bio under the story, known by its byline's opening word in Danish and Hungarian
    /// (`Af`, `Szerző`), and a comment section that is closed or asks to log in, in Latvian; the
    /// story's sentence opening with another person's name stays.
    static let biosAndClosedComments: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Danish author's bio under the story goes, known by the byline's Af; the story's last sentence stays", page: """
            #outlet: Københavns Avis
            Havnebussen får nye elektriske både
            Af Mette Jensen
            4. marts 2026 kl. 09.15
            Havnebussen i København får fire nye elektriske både fra sommeren, oplyser Movia.
            De nye både kan tage 80 passagerer og sejler hvert tiende minut.
            Den første båd sættes i drift i juni, siger trafikdirektør Lars Holm.
            !Mette Jensen er journalist på Københavns Avis og skriver om trafik og byudvikling.
            """),
        BoilerplatePageCase(rule: "a Hungarian author's bio goes, known by the byline's Szerző; a sentence opening with another person's name stays", page: """
            #outlet: Budapesti Hírlap
            2026. március 4. 09:45
            Éjszakai villamos indul a Nagykörúton
            Szerző: Kovács Anna
            Áprilistól éjszaka is közlekedik a 6-os villamos a Nagykörúton, jelentette be kedden a Budapesti Közlekedési Központ.
            A járatok húszpercenként indulnak hajnali egy és négy óra között.
            Tóth Gábor, a BKK szóvivője szerint a vonal a legforgalmasabb éjszakai útvonal.
            !Kovács Anna a Budapesti Hírlap közlekedési újságírója, korábban a Szegedi Naplónál dolgozott.
            """),
        BoilerplatePageCase(rule: "a Latvian comment section that asks to log in and says it is closed goes", page: """
            #outlet: Pilsētas Balss
            Rīgā atklāts jauns velosipēdu celiņš
            Autors: Jānis Bērziņš
            04.03.2026 09:15
            Rīgā atklāts jauns velosipēdu celiņš gar Daugavas krastmalu, paziņoja pašvaldība.
            Celiņa garums ir četri kilometri, un tā izbūve izmaksāja 2,1 miljonu eiro.
            !Lai komentētu, jums jāpieslēdzas.
            !Komentāri ir slēgti.
            """),
    ]

    /// A service widget between two paragraphs (a transport network's status, in English and
    /// Swedish; the weather, in Portuguese), with the story's sentences on delays and the forecast.
    static let serviceWidgets: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a transport network's status widget between paragraphs goes: its heading and each line's status after a colon; the story's sentence on delays stays", page: """
            #outlet: Yerevan Daily
            Yerevan bus lines to be redrawn from June
            Anahit Grigoryan
            04.03.2026
            Yerevan's city hall will redraw 40 bus routes from June 1, replacing minibuses on the busiest lines with electric buses, the mayor's office said on Tuesday.
            The reform is the second stage of a plan launched in 2022, officials said.
            !Service status
            !Line 1: Good service
            !Line 2: Minor delays
            !Metro: Part suspended
            Commuters on the northern routes will have to change buses at a new hub near Komitas Avenue, and minor delays are expected on Line 2.
            Transport campaigners said the city should first fix the bus lanes.
            """),
        BoilerplatePageCase(rule: "a Swedish transport status widget between paragraphs goes", page: """
            #outlet: Stockholms Kuriren
            Tunnelbanan stängs i sommar för renovering
            Av Erik Lindqvist
            4 mars 2026 09:12
            Röda linjen mellan Slussen och Liljeholmen stängs i sju veckor i sommar för renovering av spåren, meddelade Region Stockholm på tisdagen.
            Ersättningsbussar ska gå var femte minut under hela avstängningen.
            !Trafikläget just nu
            !Tunnelbana: Normal trafik
            !Pendeltåg: Förseningar
            !Spårväg City: Inställd
            Resenärer uppmanas att planera sina resor i god tid, enligt regionen.
            Arbetet kostar omkring 400 miljoner kronor.
            """),
        BoilerplatePageCase(rule: "a Brazilian weather widget's heading and its reading go between paragraphs; the story's sentence on the forecast stays", page: """
            #outlet: Jornal do Recife
            Recife terá nova linha de BRT até o aeroporto
            Por Carla Mendes
            04/03/2026 10h20
            A Prefeitura do Recife anunciou nesta terça-feira uma nova linha de BRT ligando o centro ao Aeroporto dos Guararapes, com previsão de operação em 2027.
            !Previsão do tempo
            !Recife 31° Sol
            A obra vai custar R$ 320 milhões, financiados pelo BNDES, segundo o prefeito.
            A previsão do tempo para a semana da inauguração das obras é de chuva forte, segundo a Apac.
            Moradores de Boa Viagem pedem que a linha tenha uma parada no bairro.
            """),
    ]

    /// A counter of views and comments under the byline, its label and colon and a figure alone
    /// (`Shikime: 2 540`, `Comentarii: 4`), with a story's sentences on views and comments.
    static let counters: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "an Albanian counter of views under the byline goes (its reading time went before)", page: """
            #outlet: Tirana Sot
            Tirana nis autobusët elektrikë në linjën e Unazës
            Nga Arben Hoxha
            4 mars 2026, 09:15
            !Shikime: 2 540
            !Koha e leximit: 3 min
            Bashkia e Tiranës vuri në qarkullim dhjetë autobusë elektrikë në linjën e Unazës, njoftoi kryetari i bashkisë.
            Bileta mbetet 40 lekë, tha ai.
            Linja do të shërbehet çdo pesë minuta në orët e pikut.
            """),
        BoilerplatePageCase(rule: "a Romanian counter of views and comments under the byline goes; the story's figures stay", page: """
            #outlet: Gazeta de Chișinău
            Chișinăul introduce bilet electronic în troleibuze
            De Ion Rusu
            04.03.2026, 09:15
            !Vizualizări: 1.245
            !Comentarii: 4
            Primăria Chișinău a anunțat că de la 1 aprilie pasagerii vor putea plăti călătoria în troleibuze cu cardul bancar.
            Prețul biletului rămâne 6 lei, a precizat primarul.
            Sistemul va fi extins și în autobuze până la sfârșitul anului.
            """),
        BoilerplatePageCase(rule: "a story's sentences on views and comments stay: a counter's label opens its own line with its colon", page: """
            #outlet: Tokyo Shimbun English
            Tokyo subway video draws millions of views
            By Yuki Tanaka
            March 4, 2026
            A video of a Tokyo Metro driver bowing to an empty platform has been viewed 3.2 million times since Sunday, the operator said.
            Views of the clip rose sharply after a television station aired it on Monday evening.
            Comments under the post praised the driver's manners, and the operator said it would thank him in person.
            """),
    ]

    /// Under the date: the lead photo's agency credit joined by a slash with no space (`PAP/Adam
    /// Warżawa`) goes, a byline with its desk's town after a spaced slash stays, and an agency's
    /// credit after a spaced slash still goes.
    static let creditsUnderTheDate: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "the lead photo's agency credit joined by a slash under the date goes (it was taken for a byline); a sentence naming the photographer stays", page: """
            #outlet: Gazeta Pomorska Dziś
            Sopot: molo zamknięte po sztormie
            Autor: Piotr Nowak
            04.03.2026, 08:40
            !PAP/Adam Warżawa
            Molo w Sopocie zostało zamknięte dla spacerowiczów po nocnym sztormie, który uszkodził część barierek, poinformował urząd miasta.
            Naprawy mają potrwać co najmniej tydzień.
            Fotograf PAP Adam Warżawa sfotografował zniszczenia o świcie.
            """),
        BoilerplatePageCase(rule: "a byline under the date with the desk's town after a spaced slash stays; a sentence naming the photographer stays", page: """
            #outlet: Ege Postası
            İzmir'de yeni tramvay hattı için ihale yapıldı
            04.03.2026 09:45
            Elif Yıldız / İzmir
            İzmir Büyükşehir Belediyesi, Buca tramvay hattının yapımı için ihaleye çıktığını açıkladı.
            Hattın 2028 yılında hizmete girmesi planlanıyor, dedi belediye sözcüsü.
            Törende fotoğrafları AA muhabiri Mehmet Kaya çekti.
            """),
        BoilerplatePageCase(rule: "an agency credit after a spaced slash under the date still goes: only a name and a town make a byline there", page: """
            #outlet: Lagos Ledger
            Fuel queues return to Abuja filling stations
            By Chidi Okafor
            March 4, 2026
            !Kola Sulaimon / AFP
            Long queues returned to filling stations in Abuja on Tuesday as supply from the main depot slowed, motorists said.
            The state oil company said the shortage was caused by a delayed cargo and would ease by the weekend.
            """),
    ]

    /// A reactions row between two paragraphs (`👍 24`, `❤️ 3`), with a summary's bullets that open on
    /// an icon beside it.
    static let reactionCounts: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a reactions row between two paragraphs goes: an icon and a count, and nothing else; a summary's bullet opening on an icon stays", page: """
            #outlet: Tamaki Post
            Waiheke ferry fares frozen for a year
            By Aroha Ngata
            4 March 2026
            Ferry fares between Auckland and Waiheke will be frozen for a year, the operator said on Tuesday, after months of complaints about cancellations.
            !👍 24
            !❤️ 3
            !😡 11
            The operator said it had hired 20 more crew and expected cancellations to fall by half.
            Islanders welcomed the freeze but said reliability mattered more than price.
            What changes:
            📌 Fares stay at $19.50 each way until March 2027
            📌 20 more crew join the fleet by May
            """),
    ]

    /// A newsletter box between two paragraphs, its label alone and its button alone, in Danish,
    /// Dutch and Latvian, with a story's sentence on a newsletter.
    static let newsletterBoxes: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Danish newsletter box between two paragraphs goes: its label, its pitch and its button; a sentence on the newsletter stays", page: """
            #outlet: Köbenhavns Avis
            Metroen kører hele natten i weekenden
            Af Mette Jensen
            4. marts 2026 kl. 09.15
            Metroen i København kører hele natten i weekenderne fra 1. april, oplyser Metroselskabet.
            !Nyhedsbrev
            !Dagens vigtigste nyheder hver morgen kl. 7
            !Tilmeld
            Ordningen gælder i første omgang et halvt år, skriver selskabet i sit nyhedsbrev til kunderne.
            Metroselskabet forventer 20.000 ekstra passagerer hver weekend.
            """),
        BoilerplatePageCase(rule: "a Dutch newsletter box between two paragraphs goes", page: """
            #outlet: Haagse Courant
            Tramlijn 9 rijdt vanaf zomer naar Scheveningen
            Door Pieter de Vries
            4 maart 2026, 09:15
            De HTM laat tramlijn 9 vanaf juli doorrijden tot de boulevard van Scheveningen, maakte de gemeente dinsdag bekend.
            !Nieuwsbrief
            !Elke ochtend het belangrijkste nieuws uit Den Haag
            !Aanmelden
            De verlenging kost 12 miljoen euro en moet drukte op de zomerse stranddagen verminderen.
            Omwonenden vrezen extra geluidsoverlast, zegt een woordvoerder van de bewonersvereniging.
            """),
        BoilerplatePageCase(rule: "a Latvian newsletter box between two paragraphs goes", page: """
            #outlet: Rīgas Vēstis
            Rīgā paaugstinās sabiedriskā transporta biļešu cenas
            Autors: Jānis Bērziņš
            04.03.2026 09:15
            Rīgas satiksme no 1. aprīļa paaugstinās vienreizējās biļetes cenu no 1,50 līdz 2 eiro, paziņoja uzņēmumā.
            !Jaunumi e-pastā
            !Svarīgākās ziņas katru rītu
            !Pieteikties
            Mēneša biļetes cena paliks nemainīga, sacīja uzņēmuma pārstāve.
            Pārvadātājs skaidroja, ka cenas pieaugums saistīts ar degvielas sadārdzināšanos.
            """),
    ]

    /// A caption under the page's furniture over a Polish credit's abbreviated label (`Fot.`,
    /// `Zdj.`), and a gallery's label alone, with a sentence naming the photographer beside them.
    static let polishCreditsAndGalleries: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Polish caption under the share row goes over its credit's abbreviated label (Fot.)", page: """
            #outlet: Gazeta Pomorska Dziś
            Gdańsk: tramwaj na Morenę opóźniony o rok
            Autor: Piotr Nowak
            04.03.2026, 08:40
            Nowa linia tramwajowa na Morenę zostanie otwarta dopiero w 2027 roku, poinformował w poniedziałek prezydent miasta.
            !Udostępnij
            !Budowa torowiska na ulicy Warneńskiej.
            !Fot. Karolina Misztal
            Powodem opóźnienia są problemy z przebudową sieci ciepłowniczej, wyjaśnił rzecznik Gdańskich Inwestycji Komunalnych.
            Koszt inwestycji wzrósł ze 150 do 190 mln zł, a miasto wystąpi o dodatkowe środki unijne.
            !Najczęściej czytane
            !Tagi:
            !Gdańsk
            """),
        BoilerplatePageCase(rule: "a Polish caption under a removed label goes over its credit's other abbreviation (Zdj.)", page: """
            #outlet: Kurier Wielkopolski
            Poznań: nowy most Berdychowski otwarty dla pieszych
            Autor: Anna Wiśniewska
            05.03.2026, 09:10
            Nowa kładka pieszo-rowerowa nad Wartą została w środę otwarta dla mieszkańców, poinformował wiceprezydent Poznania.
            !Galeria
            !Kładka łączy Ostrów Tumski z Chwaliszewem.
            !Zdj. Łukasz Gdak
            Budowa trwała dwa lata i kosztowała 52 mln zł, z czego połowę pokryły środki unijne.
            Zdjęcia z otwarcia wykonał Łukasz Gdak, fotograf urzędu miasta, który fotografuje inwestycje od dziesięciu lat.
            !Polecamy
            """),
    ]
}

// MARK: - The suite

extension BoilerplatePageCase {
    /// The second breadth pass's pages, kind by kind.
    static let secondBreadthPass: [BoilerplatePageCase] =
        figuresAndCountdowns
        + sectionLabels
        + listsAcrossAsiaAfrica
        + embeddedPostCounts
        + biosAndClosedComments
        + serviceWidgets
        + counters
        + creditsUnderTheDate
        + reactionCounts
        + newsletterBoxes
        + polishCreditsAndGalleries
}

/// Composed pages for the twelfth sitting's second breadth pass, written from the chrome of news
/// sites across languages and continents (no gold page). Each chrome page fails without its rule;
/// the story pages beside them (a story's own rates, prices and degrees, its lists under a lead-in,
/// sentences on a video, a photographer, a broadcaster) guard against the rules firing too widely.
/// One test case per page, named by what it shows.
@Suite("BoilerplateStripper widgets, players and captions across languages")
struct BoilerplateBreadthWidgetsTests {
    /// Every page of the pass, one test case per page (the kinds are described on their lists above).
    @Test("the second breadth pass: each kind of chrome goes, the story lines beside it stay", arguments: BoilerplatePageCase.secondBreadthPass)
    func secondBreadthPass(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}
