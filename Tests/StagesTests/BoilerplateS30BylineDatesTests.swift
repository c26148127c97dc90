import Foundation
import Pipeline
import PipelineTesting
@testable import Stages
import Testing

/// The thirtieth sitting's round on the released sets AL, AM and AN: the byline block's date line
/// in scripts without capitals, whose month no list knew (the Ethiopian calendar's months as Amharic
/// writes them; a day, a month's word and a year in any script without capitals, read in the
/// block's place only; Khmer's months, and its figures joined to their words; a Slovenian byline's `Avtor:` and an update stamp's clock written with a
/// dot), with the story's lines naming the same months that must stay; and the chrome of AL's and
/// AM's pages that the lexicon took once it knew the kind in their languages.
extension BoilerplatePageCase {
    static let thirtiethRoundBylineDates: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "an Amharic date of the Ethiopian calendar under a labelled name is a date line, so the share row under it goes with the page's head; the story's sentence naming a month stays", page: """
            #outlet: አባይ ዜና
            !ዋና ገጽ | ዜና | ስፖርት
            በጎንደር ከተማ አዲስ የአውቶቡስ መናኸሪያ ተከፈተ
            መናኸሪያው በቀን እስከ ሦስት ሺህ መንገደኞችን ያስተናግዳል።
            !ዘጋቢ: ሰላም ታደሰ
            !ጥቅምት 12 ቀን 2018 ዓ.ም
            !አጋራ
            !Facebook | Telegram
            የጎንደር ከተማ አስተዳደር በከተማው ሰሜናዊ ክፍል ያስገነባውን አዲስ የአውቶቡስ መናኸሪያ ትናንት መርቆ ለአገልግሎት ክፍት አደረገ።
            የከተማው ትራንስፖርት ኃላፊ እንደገለጹት የመናኸሪያው ግንባታ ሁለት ዓመት ፈጅቷል።
            የሁለተኛው ምዕራፍ ግንባታ በግንቦት ወር እንደሚጀመር ኃላፊው ተናግረዋል።
            !© 2025 አባይ ዜና
            """),
        BoilerplatePageCase(rule: "an Urdu date of a day, a month no list knows and a year under a labelled name goes with it under `remove`; the story's list item of the same shape stays", page: """
            #outlet: کراچی خبر
            !ہوم | کراچی | کھیل
            کراچی میں ساحل کے ساتھ نیا سائیکل ٹریک کھول دیا گیا
            ٹریک کلفٹن سے سی ویو تک چھ کلومیٹر لمبا ہے اور اس پر روشنی کا انتظام بھی کیا گیا ہے۔
            !رپورٹ: عائشہ خان
            !14 مارچ 2026
            شہری حکومت نے جمعہ کو کلفٹن سے سی ویو تک نئے سائیکل ٹریک کا افتتاح کیا۔
            منصوبے کے اہم مراحل:
            • دوسرا مرحلہ: 1 جون 2026
            • تیسرا مرحلہ: 15 دسمبر 2026
            حکام کے مطابق ٹریک پر صبح اور شام کے اوقات میں گاڑیوں کا داخلہ بند رہے گا۔
            !© 2026 کراچی خبر
            """),
        BoilerplatePageCase(rule: "a Gujarati byline and its date after a bar on one line goes under `remove`; the story's sentence opening on a date stays", page: """
            #outlet: સુરત સમાચાર
            !હોમ | શહેર | રમતગમત
            સુરતમાં તાપી નદી પર નવો પુલ ખુલ્લો મુકાયો
            પુલથી અડાજણ અને કતારગામ વચ્ચેનું અંતર પાંચ કિલોમીટર ઘટશે.
            !અહેવાલ: કિરણ પટેલ | 14 નવેમ્બર 2025
            સુરત મહાનગરપાલિકાએ શુક્રવારે તાપી નદી પર બનેલો નવો પુલ લોકો માટે ખુલ્લો મુક્યો.
            14 નવેમ્બર 2025 થી પુલ પર બસ સેવા પણ શરૂ થશે એમ અધિકારીઓએ જણાવ્યું.
            પુલના બાંધકામમાં ત્રણ વર્ષ લાગ્યા હતા.
            !© 2025 સુરત સમાચાર
            """),
        BoilerplatePageCase(rule: "a Slovenian byline under `Avtor:` with its date, its update stamp of a clock written with a dot and the share buttons under it go under `remove`; a sentence naming a time stays", page: """
            #outlet: Celjski glas
            !Domov | Novice | Šport
            Celjski dom bo dobil novo kotlovnico
            Nova kotlovnica bo ogrevala 120 stanovanj v soseski ob Savinji.
            !Avtor: Maja Kovač | 12. 3. 2026
            !Posodobljeno ob 12.05
            !Deli na Facebooku
            !Deli na X
            Stanovanjski sklad je v torek izbral izvajalca za gradnjo nove kotlovnice v soseski ob Savinji.
            Dela se bodo začela ob 7.30 v ponedeljek in bodo trajala šest tednov.
            Stanovalci bodo ves čas imeli toplo vodo.
            !© 2026 Celjski glas
            """),
    ]

    /// The chrome of AL's and AM's pages that the lexicon took once it knew the kind in their
    /// languages, each composed on another outlet, with the story's lines that use the same words;
    /// and AL's story subheading that the teaser rule had taken for a labelled teaser.
    static let thirtiethRoundLexicon: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Croatian donation appeal and its button go; the story's sentence on donations stays", page: """
            #outlet: Zadarski tjednik
            !Naslovnica | Zadar | Sport
            Zadar dobiva novu šetnicu uz Brodaricu
            Gradsko vijeće u četvrtak je odobrilo gradnju šetnice duge 800 metara uz more na Brodarici.
            Radovi bi trebali početi u svibnju i trajati do kraja godine.
            !Zadarski tjednik je besplatan za sve čitatelje. Podržite neovisno novinarstvo – uplatite donaciju.
            !Doniraj
            Udruga stanara prikupila je donacije za klupe i rasvjetu uz šetnicu, rekao je njezin predsjednik.
            Grad će sufinancirati i sadnju stabala uz cijelu trasu.
            !© 2026 Zadarski tjednik
            """),
        BoilerplatePageCase(rule: "LINE's add-friend button under a Chinese pitch goes; the story's sentence on adding friends stays", page: """
            #outlet: 台南生活報
            !首頁 | 新聞 | 體育
            安平老街週末封街　改為行人徒步區
            台南市政府宣布，安平老街將於每週六、日下午封街，改為行人徒步區，試辦三個月。
            市府表示，封街期間將加開公車班次，並在周邊增設臨時停車場。
            !加入台南生活報LINE官方帳號，即時新聞不漏接
            !加入好友
            老街攤商說，不少熟客透過LINE加入好友，以便收到新品上架的通知。
            市府將在試辦結束後評估是否常態實施。
            !© 2026 台南生活報
            """),
        BoilerplatePageCase(rule: "a Japanese share heading and the author box's heading go; the story's sentence on sharing articles stays", page: """
            #outlet: 仙台まちだより
            !ホーム | ニュース | スポーツ
            仙台駅東口に新しい駐輪場が完成　最大800台収容
            仙台市は18日、駅東口に新しい駐輪場が完成したと発表した。利用開始は来月1日の予定だ。
            市によると、駐輪場は2階建てで、最大800台の自転車を収容できる。
            !この記事をシェア
            市は、放置自転車の情報をまとめた記事をSNSでシェアするよう市民に呼びかけている。
            料金は1日100円で、定期利用の割引も設ける。
            !この記事を書いた人
            !© 2026 仙台まちだより
            """),
        BoilerplatePageCase(rule: "a Korean byline's link to the writer's other stories goes; the story's sentence on other articles stays", page: """
            #outlet: 대전타임즈
            !홈 | 뉴스 | 스포츠
            대전 유성온천 족욕체험장 새 단장
            대전 유성구는 유성온천 족욕체험장의 보수 공사를 마치고 다음 달부터 다시 운영한다고 밝혔다.
            구는 족욕장 지붕과 의자를 새로 바꾸고 야간 조명도 설치했다.
            구 관계자는 "다른 기사에서 지적된 배수 문제도 함께 고쳤다"고 말했다.
            !박지훈 기자 다른기사 보기
            !© 2026 대전타임즈
            """),
        BoilerplatePageCase(rule: "an Iranian site's news code and a Hebrew share label before its networks go; the story's sentences with the same words stay", page: """
            #outlet: خبر یزد
            !خانه | اخبار | ورزش
            بازار خان یزد پس از مرمت بازگشایی شد
            !کد خبر: ۵۱۲۰۸۴
            میراث فرهنگی استان یزد روز دوشنبه بازار خان را پس از یک سال مرمت بازگشایی کرد.
            مدیر کل میراث فرهنگی گفت کد خبر و تصاویر مرمت در سامانه اداره منتشر شده است.
            سقف بازار با آجرهای قدیمی بازسازی شده است.
            !© ۲۰۲۶ خبر یزد
            """),
        BoilerplatePageCase(rule: "a Hebrew share label with its networks and a sign-up form's field and button go; the story's sentence on sharing stays", page: """
            #outlet: חדשות הגליל
            !ראשי | חדשות | ספורט
            בטבריה נפתחה טיילת חדשה לאורך הכנרת
            עיריית טבריה פתחה ביום שני טיילת חדשה באורך שני קילומטרים לאורך חוף הכנרת.
            !שתפו: וואטסאפ | פייסבוק
            ראש העירייה אמר כי הטיילת תהיה פתוחה להולכי רגל ולרוכבי אופניים בכל שעות היממה.
            תושבים שתפו תמונות מהטיילת ברשתות החברתיות כבר בערב הפתיחה.
            !הירשמו לניוזלטר השבועי
            !כתובת דוא"ל
            !הרשמה
            !© 2026 חדשות הגליל
            """),
        BoilerplatePageCase(rule: "a prompt to report an error in Slovenian and in English goes; the story's sentence on an error found stays", page: """
            #outlet: Celjski glas
            !Domov | Novice | Šport
            V Celju bodo prenovili Stanetovo ulico
            Mestna občina Celje je v ponedeljek podpisala pogodbo za prenovo Stanetove ulice v starem mestnem jedru.
            Dela bodo trajala do jeseni, ulica pa bo ves čas odprta za pešce.
            Občina je v razpisu opazila napako in ga zato v februarju ponovila.
            !Ste opazili napako? Sporočite nam.
            !Spotted an error? Let us know.
            !© 2026 Celjski glas
            """),
        BoilerplatePageCase(rule: "a Hebrew subheading of a topic and a colon stays when the paragraph under it repeats the topic; a teaser under a label no list knows still goes", page: """
            #outlet: חדשות הגליל
            !ראשי | חדשות | ספורט
            עיריית עכו תסגור את הנמל הישן לשיפוץ
            העירייה הודיעה כי הנמל הישן ייסגר לשלושה חודשים החל מהחודש הבא.
            הדייגים יעגנו בזמן השיפוץ במעגן זמני בצד הדרומי של העיר.
            דייגים: המעגן הזמני קטן מדי
            לא כל הדייגים מרוצים. דייגים ותיקים אומרים שהמעגן הזמני חשוף לרוחות ושאין בו מקום לכל הסירות.
            "אנחנו צריכים מקום בטוח לסירות בחורף," אמר אחד הדייגים לכתב שלנו.
            !מומלץ: הטיילת החדשה בטבריה נפתחה לציבור
            העירייה מסרה כי תבחן את הטענות של הדייגים בשבוע הבא.
            !© 2026 חדשות הגליל
            """),
        BoilerplatePageCase(rule: "a Japanese related label with the full-width colon and the paywall's call to register go; the story's sentences opening on the same words stay", page: """
            #outlet: 仙台まちだより
            !ホーム | ニュース | スポーツ
            仙台市、定禅寺通りのケヤキ並木を保全へ　来年度から調査
            仙台市は20日、定禅寺通りのケヤキ並木の保全計画をまとめたと発表した。来年度から樹木の調査を始める。
            市によると、並木には約160本のケヤキがあり、一部で幹の傷みが見つかっている。
            !関連：光のページェント、今年は点灯時間を延長
            関連する予算は来年度の当初予算案に盛り込む方針だ。
            !会員登録（無料）で、この続きと過去の記事がすべて読めます
            会員登録を呼びかける商店街の取り組みも始まっている、と市の担当者は話した。
            !© 2026 仙台まちだより
            """),
        BoilerplatePageCase(rule: "a Slovenian sponsor's label before its teaser goes; the story's sentence naming a partner stays", page: """
            #outlet: Celjski glas
            !Domov | Novice | Šport
            V Celju bodo obnovili mestni park
            Mestna občina Celje bo spomladi začela obnovo mestnega parka ob Savinji.
            Obnova bo trajala eno leto in bo stala 2,4 milijona evrov.
            !Vsebino omogoča partner: Uredite vrt pred pomladjo – ponudba za Celjane
            Občina je za partnerja pri projektu izbrala krajevno skupnost, ki bo skrbela za nove nasade.
            V parku bodo zasadili 60 novih dreves.
            !© 2026 Celjski glas
            """),
    ]
}

@Suite("Boilerplate: the thirtieth sitting's round on AL, AM and AN (the byline block's date line in scripts without capitals)")
struct BoilerplateS30BylineDatesTests {
    @Test("the byline block with its date goes under `remove` and stays under `keep`; the story's lines naming dates stay",
          arguments: BoilerplatePageCase.thirtiethRoundBylineDates)
    func bylineDates(_ example: BoilerplatePageCase) throws {
        // The byline convention's own test: only the block's lines differ between the conventions.
        try BoilerplateBylineConventionTests().bylineBlock(page: example)
    }

    @Test("each page of the lexicon's round is right line by line", arguments: BoilerplatePageCase.thirtiethRoundLexicon)
    func lexicon(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }

    @Test("a clock is two figures after one or two across a colon or a dot; a date's dots are none",
          arguments: [("Posodobljeno ob 12.05", true), ("Updated: 9:05", true), ("12.03.2025", false), ("Cena 3.5 evra", false), ("2025.12.05", false)])
    func clock(text: String, isClock: Bool) {
        var text = text
        #expect(text.withUTF8 { BoilerplateClassifier.holdsClock($0) } == isClock)
    }

    @Test("a Khmer date whose day and year are joined to their words is a date line; a sentence naming the month is none", arguments: [
        ("ថ្ងៃពុធ ទី២៣ ខែមេសា ឆ្នាំ២០២៥", true),
        ("ថ្ងៃចន្ទ ទី១៧ ខែមីនា ឆ្នាំ២០២៥ ម៉ោង ៤:៣០ រសៀល", true),
        ("មន្ត្រីក្រសួងសាធារណការ បានឱ្យដឹងថា ការសាងសង់ផ្លូវនេះ បានចាប់ផ្តើមតាំងពីខែវិច្ឆិកា ឆ្នាំមុន។", false),
        ("ខែមេសា ជាខែក្តៅបំផុត", false),
    ])
    func khmerDates(_ line: String, isDate: Bool) throws {
        #expect(try LineFeatures.alone(line).dateLike == isDate)
    }

    @Test("a day, a word of a script without capitals and a year is a word date only with `uncased`; a Latin one only without",
          arguments: [("18 نومبر 2024", true, false), ("5 ਮਈ 2025", true, false), ("نومبر 18، 2024", true, false),
                      ("28 Maris 2025", false, true), ("18 2024 نومبر", false, false), ("12 ارب 40 کروڑ", false, false)])
    func uncasedWordDate(text: String, uncased: Bool, cased: Bool) {
        var text = text
        #expect(text.withUTF8 { BoilerplateClassifier.holdsWordDate($0, uncased: true) } == uncased)
        #expect(text.withUTF8 { BoilerplateClassifier.holdsWordDate($0, uncased: false) } == cased)
    }
}
