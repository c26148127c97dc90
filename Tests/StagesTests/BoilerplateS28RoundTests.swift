import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The twenty-eighth sitting's round, chosen on the released set AM: a photo's caption that closes
/// on its own credit after a spaced bar or slash, in a script's own parentheses or colon, or in a
/// Chinese or Japanese full-width parenthesis naming who took or gave the photo; and a cookie
/// consent written in a script the lexicon has no words for, told by the web's word `cookie` in
/// Latin letters over its button; a story's subheading under a donation appeal's one-word button
/// kept from the form-button rule; a messenger's pitch in Khmer or another script that spaces its
/// phrases, not its words, measured by its length. The pages are composed in Slovenian, Arabic,
/// Chinese, Japanese, Korean, Hindi, English, Spanish and Khmer, with the cases the rules must
/// leave alone; and the byline's label in Khmer (`ដោយ៖`) and Persian (`خبرنگار:`), which the
/// list of bylines' openers did not hold, so a headline over it was taken for a photo's caption;
/// a tag row whose label closes on the script's own colon (`៖`).
extension BoilerplatePageCase {
    static let twentyEighthRoundLines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Slovenian caption closing on its credit after a spaced bar goes between two paragraphs", page: """
            #outlet: Gorenjski tednik
            !Novice | Kranj | Šport | Kultura
            Kranj bo obnovil most čez Kokro
            Dela se bodo začela spomladi in bodo trajala pol leta.
            Mestna občina Kranj bo prihodnje leto obnovila stari most čez Kokro, so sporočili v torek.
            Promet bo v času del speljan po obvozu prek Primskovega.
            !Stari most čez Kokro v jutranji megli | Foto: Matej Kovač
            Obnova bo stala 1,8 milijona evrov, polovico denarja bo prispevala država.
            Izvajalca bodo izbrali do konca januarja.
            !© 2026 Gorenjski tednik
            """),
        BoilerplatePageCase(rule: "an Arabic caption closing on its credit after a spaced slash goes", page: """
            #outlet: صدى الساحل
            !الرئيسية | محليات | رياضة
            بلدية صفاقس تفتح سوقا جديدا للسمك قرب الميناء
            السوق الجديد يضم ستين محلا ويفتح أبوابه في الربيع.
            أعلنت بلدية صفاقس يوم الثلاثاء أنها ستفتح سوقا جديدا للسمك قرب الميناء القديم في شهر مارس المقبل.
            وقال رئيس البلدية إن السوق القديم لم يعد يتسع للتجار ولا للزبائن.
            !واجهة السوق الجديد قبل افتتاحه / صورة: سامي الحداد
            وتبلغ كلفة المشروع أربعة ملايين دينار مولتها البلدية والوزارة مناصفة.
            ويأمل التجار أن تنخفض الأسعار بعد انتقالهم إلى السوق الجديد.
            !© 2026 صدى الساحل
            """),
        BoilerplatePageCase(rule: "a Chinese caption closing on the photographer in full-width parentheses goes; a paragraph closing on its source in parentheses stays", page: """
            #outlet: 江城晚报
            !首页
            !本地
            !财经
            !体育
            武汉东湖绿道新增两座观景平台
            两座平台预计五月底对市民开放。
            武汉市园林局昨日表示，东湖绿道磨山段将新增两座观景平台，工程已于本月初开工。
            新平台位于湖边的两处高地，可以同时容纳约两百名游客。
            !施工人员在磨山段搭建观景平台的钢架。（记者张伟摄）
            园林局表示，平台建成后将配备无障碍通道和夜间照明。绿道去年接待游客超过两千万人次。今年一季度游客人数同比增长两成（数据由市园林局提供）
            市民可以通过园林局的官方网站查询开放时间。
            !版权所有 © 2026 江城晚报
            """),
        BoilerplatePageCase(rule: "a Japanese caption closing on when or by whom the photo was taken goes", page: """
            #outlet: 函館みなと新聞
            !ホーム
            !地域
            !経済
            !スポーツ
            函館の朝市、観光客が過去最多に
            市によると、今年の来場者は昨年より二割多い。
            函館市は20日、朝市の今年の来場者が過去最多の180万人に達したと発表した。
            海外からの観光客が全体の四割を占め、特に台湾と韓国からの客が増えたという。
            !カニを選ぶ観光客でにぎわう朝市（19日午前、本社撮影）
            市は来年度、朝市の通路を広げる工事を行う予定だ。
            店主の一人は「人が多いのはありがたいが、地元の客が来にくくなった」と話した。
            !© 2026 函館みなと新聞
            """),
        BoilerplatePageCase(rule: "a Korean cookie consent over its button goes, and the headline under the menu is the title", page: """
            #outlet: 남해안일보
            !홈
            !지역
            !경제
            !스포츠
            !이 웹사이트는 더 나은 서비스를 위해 쿠키(cookie)를 사용합니다.
            !확인
            여수 밤바다 유람선 운항 횟수 두 배로 늘린다
            2026년 3월 14일 09:30
            여수시는 다음 달부터 밤바다 유람선의 운항 횟수를 하루 네 차례로 늘린다고 14일 밝혔다.
            시는 지난해 유람선 이용객이 30만 명을 넘어 좌석이 부족하다는 민원이 많았다고 설명했다.
            새 운항 시간표는 시 누리집에서 확인할 수 있다.
            !© 2026 남해안일보
            """),
        BoilerplatePageCase(rule: "a Hindi cookie consent over its button goes; a story's sentence naming cookies stays", page: """
            #outlet: नर्मदा समाचार
            !होम
            !शहर
            !खेल
            !यह वेबसाइट आपके अनुभव को बेहतर बनाने के लिए cookies का उपयोग करती है।
            !ठीक है
            जबलपुर में डिजिटल सेवाओं के लिए नए नियम लागू
            नगर निगम ने अपनी वेबसाइट पर नागरिकों की जानकारी सुरक्षित रखने के लिए नई नीति लागू की है।
            नई नीति के अनुसार वेबसाइट बिना अनुमति के विज्ञापन वाली cookies नहीं रखेगी।
            निगम के अधिकारियों ने बताया कि यह नियम अगले महीने से सभी ऑनलाइन सेवाओं पर लागू होगा और नागरिक अपनी शिकायत ईमेल से भेज सकेंगे।
            !© 2026 नर्मदा समाचार
            """),
        BoilerplatePageCase(rule: "a Chinese stallholder's words in corner brackets under an ad's label stay; the ad under another label goes", page: """
            #outlet: 汉口商报
            !民生 | 文旅 | 城建
            户部巷小吃摊下月起禁用一次性塑料碗
            摊主可以向街道领取可降解餐具补贴。
            武汉市武昌区昨日宣布，户部巷小吃街的摊位从下月起不得再使用一次性塑料碗和塑料袋。
            街道将为每个摊位提供三个月的可降解餐具补贴，每月最多五百元。
            !广告
            卖热干面二十多年的摊主王先生说：「一个纸碗比塑料碗贵三毛钱，一天卖四百碗就多花一百多元，价格可能要涨。」
            也有摊主表示支持，认为游客越来越在意环保。
            !广告
            !江城银行信用卡新户首刷礼！立即申请享8折优惠
            街道表示，将在小吃街入口设置餐具回收点。
            !© 2026 汉口商报
            """),
        BoilerplatePageCase(rule: "a Japanese shopkeeper's words in corner brackets under an ad's label stay", page: """
            #outlet: 函館みなと新聞
            !ホーム
            !地域
            !経済
            !スポーツ
            函館の商店街、レジ袋の無料配布を終了へ
            商店街の全42店が来月から有料化する。
            函館市の大門商店街は15日、加盟する全42店で来月からレジ袋を1枚5円にすると発表した。
            商店街の理事会は、観光客にも協力を呼びかけるポスターを作るという。
            !広告
            開業40年の青果店の店主は「袋代が年に30万円かかっていた。客もマイバッグに慣れてきた」
            一方で、高齢の客からは戸惑う声も出ている。
            !© 2026 函館みなと新聞
            """),
        BoilerplatePageCase(rule: "a story's subheading of two words under a donation appeal's one-word button stays", page: """
            #outlet: Lakeshore Courier
            !Skip to content
            !News | Sport | Opinion | Obituaries
            Ferry fares to rise by a fifth in April
            The island service says fuel and crew costs have doubled since 2022.
            The Lakeshore ferry service will raise its fares by 20 per cent from April 1, its board decided on Thursday.
            A return ticket for an adult will cost $14, up from $11.50.
            !Support independent journalism on the lakeshore. Every gift keeps the Courier free to read.
            !Donate
            Commuters worried
            Islanders who cross daily for work said the rise would cost them more than $600 a year.
            The board said it would keep a discounted pass for residents and students.
            !© 2026 Lakeshore Courier
            """),
        BoilerplatePageCase(rule: "a Spanish newsletter's button the lexicon does not know, under the form's field, still goes", page: """
            #outlet: Diario del Valle
            !Ir al contenido
            !Portada | Región | Deportes
            El embalse de La Serena baja al 18 por ciento de su capacidad
            Los regantes piden adelantar las ayudas por la sequía.
            El embalse de La Serena se encuentra al 18 por ciento de su capacidad, según los datos publicados este lunes por la confederación hidrográfica.
            Los regantes de la zona han pedido a la Junta que adelante las ayudas previstas para el otoño.
            !Recibe cada mañana las noticias de la región
            !Tu correo electrónico
            !Apúntame
            La confederación prevé restricciones de riego a partir de julio si no llueve en primavera.
            !© 2026 Diario del Valle
            """),
        BoilerplatePageCase(rule: "a Khmer messenger pitch of a few spaced phrases in the story's body goes; a story sentence naming the messenger stays", page: """
            #outlet: សៀមរាបប៉ុស្តិ៍
            !ទំព័រដើម
            !ព័ត៌មានខេត្ត
            !ទេសចរណ៍
            !កីឡា
            សៀមរាប៖ ផ្សារចាស់នឹងបិទជួសជុលរយៈពេលបីខែ ចាប់ពីខែក្រោយ
            អាជ្ញាធរខេត្តសៀមរាបបានប្រកាសថា ផ្សារចាស់នឹងត្រូវបិទជួសជុលរយៈពេលបីខែ ចាប់ពីដើមខែក្រោយ ដើម្បីកែលម្អប្រព័ន្ធលូ និងដំបូល។
            អ្នកលក់ប្រមាណពីររយនាក់ នឹងត្រូវផ្លាស់ទៅលក់នៅទីតាំងបណ្តោះអាសន្ន ក្បែរស្ទឹងសៀមរាប។
            !ចូលរួមជាមួយឆានែល Telegram របស់យើង ដើម្បីទទួលបានដំណឹងថ្មីមុនគេជារៀងរាល់ថ្ងៃ
            មន្ទីរពាណិជ្ជកម្មខេត្តបានផ្សព្វផ្សាយផែនទីទីតាំងថ្មី តាមឆានែល Telegram របស់ខ្លួន កាលពីថ្ងៃអង្គារ។
            អ្នកលក់ខ្លះបារម្ភថា ភ្ញៀវទេសចរនឹងរកទីតាំងថ្មីមិនឃើញ។
            !© ២០២៦ សៀមរាបប៉ុស្តិ៍
            """),
        BoilerplatePageCase(rule: "a Persian reporter's label opens a byline, the story's under `keep`, no menu's item; a story line naming the reporter stays", page: """
            #outlet: اصفهان‌نامه
            !اصفهان‌نامه
            !صفحه اصلی
            !اقتصادی
            !اجتماعی
            !فرهنگی
            !ورزشی
            !تبلیغات
            !صفحه اصلی » اصفهان
            !زمان مطالعه: ۳ دقیقه
            بازار قیصریه اصفهان برای مرمت سقف‌ها سه ماه نیمه‌تعطیل می‌شود
            خبرنگار: مریم کاظمی
            !اشتراک‌گذاری
            !تلگرام
            !واتس‌اپ
            سقف بخشی از راسته‌های بازار قیصریه از اول آبان مرمت می‌شود و کسبه این راسته‌ها باید موقتا مغازه‌هایشان را جابه‌جا کنند.
            به گزارش خبرنگار اصفهان‌نامه، اداره کل میراث فرهنگی استان اعلام کرد مرمت سقف‌ها سه ماه طول می‌کشد و هزینه آن از محل اعتبارات ملی پرداخت می‌شود.
            یکی از کسبه بازار گفت امیدوار است کار پیش از شب یلدا تمام شود.
            !© ۱۴۰۵ اصفهان‌نامه
            """),
        BoilerplatePageCase(rule: "a Khmer byline opening on `ដោយ៖` under the headline is the story's under `keep`", page: """
            #outlet: បាត់ដំបងថ្ងៃនេះ
            !ទំព័រដើម
            !ព័ត៌មានខេត្ត
            !សេដ្ឋកិច្ច
            !កីឡា
            !ទំព័រដើម » ព័ត៌មានខេត្ត
            បាត់ដំបង៖ ស្ពានដែកចាស់ នឹងត្រូវបិទសម្រាប់ការជួសជុលរយៈពេលពីរខែ
            ដោយ៖ ចាន់ សុភា
            !ចែករំលែក
            !Facebook
            !Telegram
            មន្ទីរសាធារណការខេត្តបាត់ដំបងបានប្រកាសថា ស្ពានដែកចាស់ឆ្លងស្ទឹងសង្កែ នឹងត្រូវបិទសម្រាប់ការជួសជុលរយៈពេលពីរខែ ចាប់ពីថ្ងៃចន្ទក្រោយ។
            អ្នកធ្វើដំណើរត្រូវប្រើស្ពានថ្មីខាងជើង ដែលមានចម្ងាយប្រហែលមួយគីឡូម៉ែត្រ។
            !© ២០២៦ បាត់ដំបងថ្ងៃនេះ
            """),
        BoilerplatePageCase(rule: "a Khmer tag row closed by the script's own colon goes under the story's last paragraph; a list the story announces with it stays", page: """
            #outlet: កំពតប៉ុស្តិ៍
            !ទំព័រដើម | ព័ត៌មានខេត្ត | ទេសចរណ៍
            កំពត៖ ផ្សារម្រេចប្រចាំឆ្នាំ នឹងប្រារព្ធនៅចុងខែនេះ
            មន្ទីរកសិកម្មខេត្តកំពតបានប្រកាសថា ផ្សារម្រេចប្រចាំឆ្នាំនឹងប្រារព្ធរយៈពេលបីថ្ងៃ នៅមាត់ទន្លេព្រែកត្នោត ចាប់ពីថ្ងៃសុក្រក្រោយ។
            កសិករមកពីបួនស្រុកនឹងចូលរួមលក់ម្រេច និងផលិតផលកសិកម្មផ្សេងៗ ដល់ភ្ញៀវទេសចរជាតិ និងអន្តរជាតិ។
            ស្រុកដែលចូលរួម៖ ទឹកឈូ, ដងទង់, កំពង់ត្រាច, ឈូក
            អ្នករៀបចំរំពឹងថា នឹងមានភ្ញៀវចូលទស្សនាប្រមាណដប់ពាន់នាក់ ក្នុងរយៈពេលបីថ្ងៃនេះ។
            !ពាក្យគន្លឹះ៖ ម្រេចកំពត, កសិកម្ម, ទេសចរណ៍
            !© ២០២៦ កំពតប៉ុស្តិ៍
            """),
    ]
}

@Suite("Boilerplate: the twenty-eighth sitting's round (captions closing on their credit, consent banners in any script)")
struct BoilerplateS28RoundTests {
    @Test("each rule's page is right line by line", arguments: BoilerplatePageCase.twentyEighthRoundLines)
    func pages(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}
