import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The thirty-first sitting's third round on set AP's caseless bylines: a byline and its date on one
/// line whose day and year are printed in the script's own figures (Eastern Arabic `٨`, Persian and
/// Urdu `۸`), the month a word the list does not know, is the byline block's date line as the same
/// date in ASCII figures was (`… | ۸ نومبر ۲۰۲۴`). A story's sentence with a year in those figures
/// stays.
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
    ]
}

@Suite("Boilerplate: the thirty-first sitting's third round on AP (caseless bylines dated in the script's own figures)")
struct BoilerplateS31ArabicScriptBylinesTests {
    @Test("each byline block goes under `remove`, each line under a `byline` rule, and stays under `keep`",
          arguments: BoilerplatePageCase.thirtyFirstRoundArabicScriptBylines)
    func bylines(_ example: BoilerplatePageCase) throws { try BoilerplateBylineConventionTests().bylineBlock(page: example) }
}
