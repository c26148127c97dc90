import Foundation
import Pipeline
import PipelineTesting
@testable import Stages
import Testing

/// The thirtieth sitting's round on the released sets AL, AM and AN: the byline block's date line
/// in scripts without capitals, whose month no list knew (the Ethiopian calendar's months as Amharic
/// writes them; a day, a month's word and a year in any script without capitals, read in the
/// block's place only), with the story's lines naming the same months that must stay.
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

    @Test("a day, a word of a script without capitals and a year is a word date only with `uncased`; a Latin one only without",
          arguments: [("18 نومبر 2024", true, false), ("5 ਮਈ 2025", true, false), ("نومبر 18، 2024", true, false),
                      ("28 Maris 2025", false, true), ("18 2024 نومبر", false, false), ("12 ارب 40 کروڑ", false, false)])
    func uncasedWordDate(text: String, uncased: Bool, cased: Bool) {
        var text = text
        #expect(text.withUTF8 { BoilerplateClassifier.holdsWordDate($0, uncased: true) } == uncased)
        #expect(text.withUTF8 { BoilerplateClassifier.holdsWordDate($0, uncased: false) } == cased)
    }
}
