import Foundation

/// The seventeenth sitting's round, on set AC's lost story lines first: a byline in a script with
/// no capitals (Devanagari, Bengali), the desk's town on its own line under it, and a date line
/// written in that script's digits, which the neighbour and repetition rules took for the chrome
/// around them. Each page is composed here, in languages other than the set's page uses, and each
/// rule has a page it must not fire on; they run with the composed pages of `BoilerplatePageRulesTests`.
extension BoilerplatePageCase {
    /// Bylines told by their place when no capital tells them, and dates in other scripts' digits.
    static let seventeenthRoundBylines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Hindi byline, its desk's town and a date in Devanagari figures stay under the standfirst; the share row and the tags go", page: """
            #outlet: गंगा समाचार
            !होम
            !देश
            !राज्य
            !खेल
            !मनोरंजन
            भोपाल में नई मेट्रो लाइन का काम अगले महीने से शुरू होगा
            नगर निगम ने कहा कि पहले चरण में बारह स्टेशन बनाए जाएंगे और किराया तय होना बाकी है
            रमेश तिवारी
            भोपाल
            अपडेट: २४.११.२०२६, १०:१५
            !शेयर करें
            !Facebook
            !WhatsApp
            नगर निगम के आयुक्त ने सोमवार को बताया कि मेट्रो की दूसरी लाइन का निर्माण दिसंबर के पहले सप्ताह में शुरू होगा।
            पहले चरण में बारह स्टेशन बनेंगे, जिनमें से चार भूमिगत होंगे।
            निगम के अनुसार परियोजना पर लगभग तीन हजार करोड़ रुपये खर्च होंगे।
            व्यापारियों ने निर्माण के दौरान सड़क बंद होने पर चिंता जताई है।
            आयुक्त ने कहा कि यातायात के लिए वैकल्पिक मार्ग पहले से तय किए जाएंगे।
            !टैग:
            !भोपाल
            !मेट्रो
            !नगर निगम
            """),
        BoilerplatePageCase(rule: "a Bengali byline right over a date in Bengali figures stays under the standfirst", page: """
            #outlet: মেঘনা বার্তা
            !প্রচ্ছদ
            !জাতীয়
            !রাজনীতি
            !খেলা
            !বিনোদন
            সিলেটে নতুন সেতুর নির্মাণকাজ শুরু হচ্ছে আগামী মাসে
            সড়ক বিভাগ বলছে, সেতুটি চালু হলে দুই উপজেলার দূরত্ব কমবে এক ঘণ্টা
            রফিকুল ইসলাম
            আপডেট: ২৪/১১/২০২৬ ০৯:৩০
            !শেয়ার করুন
            !Facebook
            !WhatsApp
            সড়ক ও জনপথ বিভাগ সোমবার জানিয়েছে, সুরমা নদীর ওপর নতুন সেতুর কাজ ডিসেম্বরের প্রথম সপ্তাহে শুরু হবে।
            সেতুটির দৈর্ঘ্য হবে প্রায় ছয়শ মিটার।
            স্থানীয় বাসিন্দারা বলছেন, বর্ষায় খেয়া পারাপার বন্ধ থাকায় তাঁদের দুর্ভোগ পোহাতে হয়।
            প্রকল্পের ব্যয় ধরা হয়েছে প্রায় চারশ কোটি টাকা।
            !ট্যাগ:
            !সিলেট
            !সেতু
            """),
        BoilerplatePageCase(rule: "the desk's town on its own line between a byline and the date stays though the tags repeat it (English)", page: """
            #outlet: Deccan Ledger
            !Home
            !India
            !World
            !Business
            !Sport
            Coimbatore council approves second water pipeline from Siruvani
            The line will double the city's supply by 2028, officials say
            Priya Raman
            Coimbatore
            Published: Tuesday, 24 November 2026, 09:30 IST
            !Share
            !Facebook
            !WhatsApp
            Coimbatore's city council on Monday approved a second pipeline from the Siruvani reservoir, ending a decade of debate over the route.
            The 32-kilometre line will run alongside the existing pipe for most of its length.
            Residents of the western wards have complained of supply only twice a week during the dry months.
            The council said work would begin in March and take two years.
            !Tags:
            !Coimbatore
            !Water
            !Infrastructure
            """),
        BoilerplatePageCase(rule: "a follow button between the byline and the date is no desk's town: it goes, and the byline over it stays (English)", page: """
            #outlet: Lakeshore Courier
            !News
            !Local
            !Opinion
            Duluth school board delays vote on closing two elementary schools
            Parents asked for more time to study the district's enrolment figures
            Hannah Lindqvist
            !Follow
            Published: Monday, 23 November 2026, 6:15 PM CST
            The Duluth school board on Monday postponed a vote on closing Lester Park and Piedmont elementary schools until January.
            Enrolment in the district has fallen by about 900 pupils over the past decade.
            More than 200 parents signed a letter asking the board to wait for an outside review.
            The superintendent said the delay would not change next year's budget.
            !Follow
            """),
        BoilerplatePageCase(rule: "a share button between a Hindi byline and its date goes; the byline over it and the date stay", page: """
            #outlet: गंगा समाचार
            !होम
            !देश
            !राज्य
            भोपाल में नई मेट्रो लाइन का काम अगले महीने से शुरू होगा
            नगर निगम ने कहा कि पहले चरण में बारह स्टेशन बनाए जाएंगे और किराया तय होना बाकी है
            रमेश तिवारी
            !शेयर करें
            अपडेट: २४.११.२०२६, १०:१५
            नगर निगम के आयुक्त ने सोमवार को बताया कि मेट्रो की दूसरी लाइन का निर्माण दिसंबर के पहले सप्ताह में शुरू होगा।
            पहले चरण में बारह स्टेशन बनेंगे, जिनमें से चार भूमिगत होंगे।
            निगम के अनुसार परियोजना पर लगभग तीन हजार करोड़ रुपये खर्च होंगे।
            व्यापारियों ने निर्माण के दौरान सड़क बंद होने पर चिंता जताई है।
            """),
    ]

    /// The chrome AC kept that the lexicon did not know in its languages, each class composed here
    /// in other languages of the kind: South Asian page labels, the notice that the story goes on
    /// under the advertisement, a consent banner's heading and partners' sentence, a paywall's
    /// notice and button. Each page keeps a story line with the same words in it.
    static let seventeenthRoundLexicon: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Marathi page's labels go: share, read-also, advertisement, watch-the-video, a photo's label with a spaced colon, a reading time; a sentence on an advertisement stays", page: """
            #outlet: सह्याद्री वार्ता
            !मुख्यपृष्ठ
            !महाराष्ट्र
            !मुंबई
            !क्रीडा
            पुण्यात नव्या उड्डाणपुलाचे काम पुढील महिन्यात सुरू होणार
            महापालिकेच्या म्हणण्यानुसार पूल पूर्ण झाल्यावर वाहतूक कोंडी निम्म्याने कमी होईल
            सुनील पाटील
            अपडेट: २३.११.२०२६, ०८:४०
            !४ मिनट पढ़ें
            !शेअर करा
            !फोटो : सुनील पाटील
            पुणे महापालिकेने सोमवारी कर्वे रस्त्यावरील नव्या उड्डाणपुलाच्या कामाला मंजुरी दिली.
            पुलाची लांबी सुमारे दीड किलोमीटर असेल आणि त्यासाठी दोनशे कोटी रुपये खर्च येईल.
            !हेही वाचा : पुण्यात पाणीकपात आणखी एक आठवडा
            स्थानिक व्यापाऱ्यांनी कामाच्या काळात दुकाने बंद ठेवावी लागतील अशी भीती व्यक्त केली.
            !जाहिरात
            पुलावर कोणतीही जाहिरात लावली जाणार नाही, असे आयुक्तांनी स्पष्ट केले.
            !व्हिडिओ पहा : कर्वे रस्त्यावरील कोंडी (०१:४०)
            काम दोन वर्षांत पूर्ण करण्याचे उद्दिष्ट आहे.
            """),
        BoilerplatePageCase(rule: "a Bengali page's share, advertisement, watch-the-video and photo labels go; the story's lines stay", page: """
            #outlet: মেঘনা বার্তা
            !প্রচ্ছদ
            !জাতীয়
            !খেলা
            খুলনায় নতুন পানি শোধনাগার চালু হচ্ছে ডিসেম্বরে
            ওয়াসা বলছে, শোধনাগারটি চালু হলে শহরের অর্ধেক বাসায় নিরাপদ পানি পৌঁছাবে
            নাসরিন আক্তার
            আপডেট: ২৩/১১/২০২৬ ১১:২০
            !শেয়ার করুন
            !ছবি : নাসরিন আক্তার
            খুলনা ওয়াসা সোমবার জানিয়েছে, রূপসা নদীর পাড়ে নির্মিত শোধনাগারটি ডিসেম্বরের মাঝামাঝি চালু হবে।
            শোধনাগারটি দিনে দশ কোটি লিটার পানি শোধন করতে পারবে।
            !বিজ্ঞাপন
            স্থানীয় বাসিন্দারা বলছেন, গ্রীষ্মে লবণাক্ত পানির কারণে তাঁদের দুর্ভোগ বাড়ে।
            !ভিডিও দেখুন : শোধনাগারের ভেতরে (০২:০৫)
            প্রকল্পের ব্যয় ধরা হয়েছে প্রায় আটশ কোটি টাকা।
            """),
        BoilerplatePageCase(rule: "the notice that the story goes on under the advertisement goes (Croatian, Latvian, Czech); a sentence on an advertisement stays", page: """
            #outlet: Jadranski glas
            Split dobiva novu trajektnu luku na Brodarici
            Ivana Perić
            23.11.2026. 09:10
            Lučka uprava Split u ponedjeljak je potpisala ugovor za gradnju nove trajektne luke na Brodarici.
            Radovi bi trebali početi u ožujku i trajati dvije godine.
            !Reklama
            !Nastavak članka ispod oglasa
            Nova luka imat će šest vezova za trajekte i parkiralište za tisuću automobila.
            Tekst natječaja objavljen je ispod oglasa za posao na stranicama lučke uprave.
            Stanovnici Brodarice traže da se promet kamiona odvija noću.
            !Reklāma
            !Raksts turpinās pēc reklāmas
            !Článek pokračuje pod reklamou
            Gradonačelnik je rekao da će luka rasteretiti gradsko središte.
            """),
        BoilerplatePageCase(rule: "a consent banner's heading and its partners' sentence go, and a paywall's notice, button and sign-in line (Czech, Estonian); the story's sentence on partners stays", page: """
            #outlet: Moravský posel
            !Vážíme si vašeho soukromí
            !My a naši partneři ukládáme a přistupujeme k informacím v zařízení, jako jsou soubory cookie, a zpracováváme osobní údaje pro reklamy a obsah.
            !Souhlasím
            !Zprávy
            !Domov
            !Sport
            Brno otevře novou linku nočních tramvají do Bystrce
            Petra Novotná
            23. 11. 2026 10:05
            Dopravní podnik města Brna v pondělí oznámil, že od prosince pojede noční tramvaj do Bystrce každou půlhodinu.
            Město a jeho partneři ukládají do projektu přes dvacet milionů korun.
            !Tento článek je exkluzivní pro předplatitele Posel Plus.
            !Předplatit
            !Už jste předplatitel? Přihlaste se
            !Oled juba tellija? Logi sisse
            """),
        BoilerplatePageCase(rule: "a messenger channel's pitch that names the outlet and the messenger in Devanagari or Bengali goes, and the page's stamp printed again under it; a story sentence on a messenger group stays", page: """
            #outlet: गंगा समाचार
            !होम
            !देश
            !राज्य
            इंदौर में बसों के लिए नया डिपो अगले साल तक बनकर तैयार होगा
            परिवहन निगम ने कहा कि डिपो में एक साथ दो सौ बसें खड़ी हो सकेंगी
            सीमा वर्मा
            अपडेट: २३.११.२०२६, ०९:४०
            परिवहन निगम ने सोमवार को बताया कि नए डिपो का निर्माण देवास रोड पर किया जाएगा।
            डिपो में बसों की मरम्मत के लिए आठ कार्यशालाएं भी होंगी।
            यात्रियों ने व्हाट्सएप समूह बनाकर बसों की देरी की शिकायतें इकट्ठा की हैं।
            निगम के अनुसार डिपो पर लगभग पचास करोड़ रुपये खर्च होंगे।
            !ताज़ा खबरों के लिए गंगा समाचार के व्हाट्सएप चैनल से जुड़ें।
            !अपडेट: २३.११.२०२६, ०९:४०
            !टैग:
            !इंदौर
            !बस
            !সর্বশেষ খবর পেতে গঙ্গা সমাচারের টেলিগ্রাম চ্যানেলে যুক্ত হোন।
            """),
    ]

    /// The lead photo's caption between the share row and its labelled credit, over the lead: a
    /// statement closed by a full stop, which the title's search had taken for the headline (so no
    /// rule could remove it). A headline right over the credit, with no full stop, stays the title.
    static let seventeenthRoundCaptions: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a caption closed by a full stop over the lead photo's credit is no headline: it goes (Estonian)", page: """
            #outlet: Saarte Sõnumid
            !Uudised
            !Sport
            !Kultuur
            Kuressaare sadamas alustati uue kai ehitusega
            Mari Kask
            23.11.2026 10:20
            !Jaga
            !Kopeeri link
            !Ehitajad paigaldavad esimesi vaiu Kuressaare sadamas esmaspäeva hommikul.
            !Foto: Peeter Lepp / Saarte Sõnumid
            Kuressaare sadamas alustati esmaspäeval uue reisikai ehitusega, mis peaks valmima järgmise aasta suveks.
            Uue kai äärde mahuvad kuni 200 meetri pikkused kruiisilaevad.
            Sadama juhi sõnul kasvas reisijate arv tänavu kolmandiku võrra.
            Ehitus läheb maksma umbes üheksa miljonit eurot.
            """),
        BoilerplatePageCase(rule: "a caption closed by a full stop over the lead photo's credit is no headline: it goes (Latvian)", page: """
            #outlet: Kurzemes Vārds
            !Ziņas
            !Sports
            !Kultūra
            Liepājā sāk būvēt jaunu pasažieru termināli prāmjiem
            Ilze Ozola
            23.11.2026 11:05
            !Dalīties
            !Kopēt saiti
            !Pasažieri gaida prāmi Liepājas ostā svētdienas vakarā.
            !Foto: Jānis Bērziņš / Kurzemes Vārds
            Liepājas osta pirmdien parakstīja līgumu par jauna pasažieru termināļa būvniecību.
            Terminālī būs vieta tūkstoš pasažieriem un stāvvieta trīssimt automašīnām.
            Būvniecība sāksies pavasarī un ilgs divus gadus.
            Termināļa izmaksas būs aptuveni divpadsmit miljoni eiro.
            """),
        BoilerplatePageCase(rule: "a headline right over the lead photo's credit stays the title, though no byline comes between them and it closes on a full stop (English)", page: """
            #outlet: Iron Range Times
            !Home › Transit
            Duluth opens its first heated bus shelters on Superior Street.
            !Photo: Erik Sandberg / Iron Range Times
            The city of Duluth opened six heated bus shelters along Superior Street on Monday, the transit authority said.
            Each shelter has a push-button heater that runs for ten minutes at a time.
            Riders had asked for heated shelters for years, officials said.
            The shelters cost about 40,000 dollars each.
            """),
    ]
}
