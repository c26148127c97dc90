import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The twenty-ninth sitting's third round: a messenger channel's pitch that names the messenger in
/// the page's own script (`வாட்ஸ்அப்`, `카카오톡`, `ایتا`) or as LINE in capitals among words of
/// a script with no spaces, and the pitch's button that repeats the pitch's words; with the story's
/// sentences that name the same messengers and must stay.
extension BoilerplatePageCase {
    static let twentyNinthThirdRoundChannels: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Tamil pitch naming WhatsApp in Tamil script and the outlet goes with its button; the story's sentences naming WhatsApp and Telegram in Tamil stay", page: """
            #outlet: கடலோர செய்தி
            !முகப்பு | செய்திகள் | விளையாட்டு
            கடலூர் துறைமுகத்தில் புதிய மீன் இறங்குதளம் திறப்பு
            மார்ச் 12, 2026
            கடலூர் துறைமுகத்தில் புதிய மீன் இறங்குதளத்தை மீன்வளத் துறை திங்கள்கிழமை திறந்து வைத்தது.
            இறங்குதளத்தில் ஒரே நேரத்தில் நாற்பது படகுகள் நிறுத்த முடியும் என்று அதிகாரிகள் தெரிவித்தனர்.
            !கடலோர செய்தி வாட்ஸ்அப் சேனலில் இணையுங்கள்
            !Join Now
            மீனவர்கள் இந்த செய்தியை தங்கள் வாட்ஸ்அப் குழுக்களில் உடனே பகிர்ந்து கொண்டனர்.
            மீன்வளத் துறை அமைச்சர் தனது டெலிகிராம் சேனலில் திறப்பு விழாவின் படங்களை வெளியிட்டார்.
            !© 2026 கடலோர செய்தி
            """),
        BoilerplatePageCase(rule: "a Korean pitch naming KakaoTalk in Hangul and the outlet goes with its button of the pitch's own words; the story's sentence naming KakaoTalk stays", page: """
            #outlet: 동해일보
            !홈 | 뉴스 | 스포츠
            강릉 주문진 수산시장 새 단장 마쳐
            김민준 기자
            2026.03.12
            강릉시는 주문진 수산시장의 지붕과 바닥을 새로 고치는 공사를 마치고 월요일부터 다시 문을 열었다고 밝혔다.
            !동해일보 카카오톡 채널을 추가하고 강릉 소식을 가장 빠르게 받아보세요
            !채널 추가
            상인들은 공사 기간에 카카오톡 단체방으로 손님들에게 임시 매장 위치를 알렸다.
            시는 시장 주변에 주차장 200면을 더 만들 계획이다.
            !© 2026 동해일보
            """),
        BoilerplatePageCase(rule: "a Korean pitch with no button goes; the story's subheading under it stays, though its first word is one of the pitch's, as it brings a word of its own", page: """
            #outlet: 동해일보
            !홈 | 뉴스 | 스포츠
            속초 해수욕장 다음 달 조기 개장
            김민준 기자
            2026.05.12
            속초시는 해수욕장을 예년보다 2주 이른 다음 달 20일에 개장한다고 밝혔다.
            시는 관광객이 늘어난 데 따라 안전요원을 40명으로 늘리기로 했다.
            !동해일보 카카오톡 채널을 추가하고 속초 소식을 가장 빠르게 받아보세요
            속초 야시장도 함께 열려
            해수욕장 옆 주차장에서는 매주 금요일과 토요일에 야시장이 열린다.
            시는 야시장에 지역 상인 30곳이 참여한다고 설명했다.
            !© 2026 동해일보
            """),
        BoilerplatePageCase(rule: "a Persian pitch naming Eitaa in Persian script goes; the story's sentence naming Eitaa stays", page: """
            #outlet: خبر کرمان
            !خانه | اخبار | ورزش
            بازار سرپوشیده کرمان پس از مرمت بازگشایی شد
            ۲۱ اسفند ۱۴۰۴
            میراث فرهنگی استان کرمان روز دوشنبه بازار سرپوشیده شهر را پس از دو سال مرمت بازگشایی کرد.
            !کانال خبر کرمان را در ایتا دنبال کنید
            کاسبان بازار خبر بازگشایی را در گروه‌های ایتا به مشتریان خود دادند.
            سقف بازار با آجرهای قدیمی و به همان شکل اول بازسازی شده است.
            !© ۲۰۲۶ خبر کرمان
            """),
        BoilerplatePageCase(rule: "a Chinese pitch naming LINE in capitals glued to the outlet's name goes; the story's sentence naming a LINE group stays", page: """
            #outlet: 海港日報
            !首頁 | 新聞 | 體育
            基隆崁仔頂魚市完成整修
            記者陳怡君
            2026年3月12日
            基隆市政府表示，崁仔頂魚市的屋頂與排水工程已經完成，週一起恢復夜間交易。
            !加入海港日報LINE官方帳號，即時新聞不漏接
            攤商說，整修期間他們在LINE群組裡通知熟客新的攤位位置。
            市府也將在魚市旁增設一百個機車停車格。
            !© 2026 海港日報
            """),
    ]
}

@Suite("Boilerplate: the twenty-ninth sitting's third round (a messenger channel's pitch in the page's own script)")
struct BoilerplateS29ThirdRoundTests {
    @Test("each channel pitch's page is right line by line", arguments: BoilerplatePageCase.twentyNinthThirdRoundChannels)
    func channels(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}
