import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The thirty-first sitting's third round on set AP's caseless bylines: a byline and its date on one
/// line whose day and year are printed in the script's own figures (Eastern Arabic `٨`, Persian and
/// Urdu `۸`), the month a word the list does not know, is the byline block's date line as the same
/// date in ASCII figures was (`… | ۸ نومبر ۲۰۲۴`). A story's sentence with a year in those figures
/// stays. Then a reporter's credit in those languages, the word for reporter or correspondent with
/// the outlet's name and the desk's town (`د خيبر رڼا خبریال، پېښور`), under the headline or the
/// standfirst and over the date, is the byline; a sentence naming the reporter stays.
extension BoilerplatePageCase {
    static let thirtyFirstRoundArabicScriptBylines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "an Urdu byline and its date in Urdu figures on one line goes under `remove`; a sentence with a year in those figures stays", page: """
            #outlet: Mardan Awaz
            !صفحہ اول | خبریں | کھیل
            مردان میں نئی سڑک پر کام شروع
            شہر کے بس اڈے کو بائی پاس سے ملانے والی سڑک پر سات کروڑ روپے خرچ ہوں گے
            !عمران خان خٹک | ۱۲ مارچ ۲۰۲۵
            مردان: محکمہ مواصلات نے پیر کے روز شہر کے بیرونی حصے میں نئی سڑک پر کام شروع کر دیا۔ سڑک چار کلومیٹر لمبی ہوگی۔
            محکمے کے انجینئر نے بتایا کہ پہلا مرحلہ ۱۵ مارچ ۲۰۲۶ تک مکمل کر لیا جائے گا۔
            دکانداروں نے کہا کہ سڑک کی تعمیر کا وعدہ ۲۰۱۸ میں بھی کیا گیا تھا مگر کام شروع نہیں ہوا۔
            !© ۲۰۲۵ مردان آواز
            """),
        BoilerplatePageCase(rule: "a Sindhi byline and its date in Eastern figures on one line goes under `remove`; a sentence with a year in those figures stays", page: """
            #outlet: Mehran Sujag
            !مکيه صفحو | خبرون | رانديون
            لاڙڪاڻي ۾ نئين لائبريري جو افتتاح
            شهر جي پراڻي لائبريري کي ٻيهر تعمير ڪيو ويو آهي
            !نديم سومرو | ۸ ڊسمبر ۲۰۲۴
            لاڙڪاڻو: شهر جي پراڻي لائبريري ڇهن مهينن جي ڪم کانپوءِ آچر ڏينهن ٻيهر کوليو وئي، جنهن ۾ ٻارن لاءِ الڳ ڪمرو به ٺاهيو ويو آهي.
            لائبريري جي انچارج ٻڌايو ته هتي ڏهه هزار کان وڌيڪ ڪتاب رکيا ويا آهن جن مان گهڻا سنڌي ادب جا آهن.
            شهرين چيو ته لائبريري ۲۰۱۹ ۾ ٻوڏ کانپوءِ بند ٿي وئي هئي ۽ ان کي کولڻ جو مطالبو ڪيو ويندو رهيو.
            !© ۲۰۲۴ مهراڻ سجاڳ
            """),
        BoilerplatePageCase(rule: "a Moroccan Arabic byline and its date in Eastern Arabic figures, the month as the Maghreb spells it, goes under `remove`; a sentence with a year in those figures stays", page: """
            #outlet: Sawt Souss
            !الرئيسية | أخبار | رياضة
            أكادير تفتتح مكتبة جديدة في حي الداخلة
            المكتبة تضم قاعة للأطفال وأخرى للمطالعة الرقمية
            !سعيد العلمي | ٨ نونبر ٢٠٢٤
            أكادير: افتتحت الجماعة يوم الأحد مكتبة جديدة في حي الداخلة بعد ستة أشهر من الأشغال، وتضم قاعة خاصة بالأطفال.
            وقال مدير المكتبة إن رفوفها تضم أكثر من عشرة آلاف كتاب بالعربية والأمازيغية والفرنسية.
            وأشار السكان إلى أن الحي ظل بلا مكتبة منذ إغلاق المكتبة القديمة في ٢٠١٩ بسبب تصدع جدرانها.
            !© ٢٠٢٤ صوت سوس
            """),
        BoilerplatePageCase(rule: "a Sindhi reporter's credit, the outlet, the word for reporter and the town after a comma, under the standfirst and over the date goes under `remove`; a sentence naming the reporter stays", page: """
            #outlet: Mehran Sujag
            !مکيه صفحو | خبرون | رانديون
            سکر ۾ پيئڻ جي پاڻي جي نئين اسڪيم شروع
            شهر جي ٽن علائقن کي روزانو صاف پاڻي ملندو
            !مهراڻ سجاڳ جو نمائندو، سکر
            !۱۴ جنوري ۲۰۲۵
            سکر: ميونسپل ڪارپوريشن سومر ڏينهن شهر جي ٽن علائقن لاءِ پيئڻ جي صاف پاڻي جي نئين اسڪيم جو ڪم شروع ڪيو.
            اسان جي نمائندي سان ڳالهائيندي انجنيئر ٻڌايو ته پائيپ لائين ٻن مهينن ۾ مڪمل ٿيندي.
            رهواسين چيو ته انهن کي ۲۰۲۲ جي ٻوڏ کانپوءِ صاف پاڻي نه مليو آهي.
            !© ۲۰۲۵ مهراڻ سجاڳ
            """),
        BoilerplatePageCase(rule: "an Arabic correspondent's credit, the word for correspondent, the outlet and the town after a comma, over the date goes under `remove`; a sentence naming the correspondent stays", page: """
            #outlet: Sawt Souss
            !الرئيسية | أخبار | رياضة
            سوق السمك الجديد في ميناء أكادير يفتح أبوابه
            السوق يضم مئة وعشرين محلا ومخزنا للتبريد
            !مراسل موقع صوت سوس، أكادير
            !٣ يناير ٢٠٢٥
            أكادير: فتح سوق السمك الجديد في الميناء أبوابه صباح الاثنين أمام التجار والزبائن بعد سنتين من الأشغال.
            وقال أحد البحارة لمراسل الموقع إن الأسعار انخفضت في اليوم الأول بسبب وفرة السردين.
            وكان السوق القديم قد أغلق في ٢٠٢٢ بعد أن تضرر سقفه في عاصفة شتوية.
            !© ٢٠٢٥ صوت سوس
            """),
        BoilerplatePageCase(rule: "an Urdu reporter's credit of two words for reporter goes under `remove` over the date in Urdu figures", page: """
            #outlet: Mardan Awaz
            !صفحہ اول | خبریں | کھیل
            مردان کے ضلعی ہسپتال میں نیا بچوں کا وارڈ
            وارڈ میں چالیس بستر اور دو انکیوبیٹر رکھے گئے ہیں
            !مردان آواز نامہ نگار، مردان
            !۲۰ جنوری ۲۰۲۵
            مردان: ضلعی ہسپتال میں بچوں کا نیا وارڈ منگل کے روز کھول دیا گیا جس میں چالیس بستر رکھے گئے ہیں۔
            ہمارے نامہ نگار سے بات کرتے ہوئے ہسپتال کے سربراہ نے کہا کہ عملے کی کمی اب بھی ایک مسئلہ ہے۔
            پرانا وارڈ ۲۰۱۷ میں ایک آگ کے بعد بند کر دیا گیا تھا۔
            !© ۲۰۲۵ مردان آواز
            """),
    ]
}

@Suite("Boilerplate: the thirty-first sitting's third round on AP (caseless bylines dated in the script's own figures)")
struct BoilerplateS31ArabicScriptBylinesTests {
    @Test("each byline block goes under `remove`, each line under a `byline` rule, and stays under `keep`",
          arguments: BoilerplatePageCase.thirtyFirstRoundArabicScriptBylines)
    func bylines(_ example: BoilerplatePageCase) throws { try BoilerplateBylineConventionTests().bylineBlock(page: example) }
}
