import Foundation
import Pipeline
import PipelineTesting
@testable import Stages
import Testing

/// The thirtieth sitting's round on the released sets AL, AM and AN: the byline block's date line
/// in scripts without capitals, whose month no list knew (the Ethiopian calendar's months as Amharic
/// writes them), with the story's lines naming the same months that must stay.
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
}
