import Foundation
import Pipeline
import PipelineTesting
@testable import Stages
import Testing

/// The twenty-fifth sitting's first round, on the story lines set AJ lost and the chrome it kept,
/// by structure: a Thai or Lao paragraph with no sentence end anchors the story by its length
/// (and Thai's byline, Buddhist-era date and photo credit are read); an embedded post's counts of
/// two figures go under its text; in a widget's run of labels, the story's subheading under a
/// post's text and the story's own list of keyed labels stay. The pages are composed in Thai and
/// English, with a must-not-fire case for each rule.
extension BoilerplatePageCase {
    static let twentyFifthRoundChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Thai story with no full stop has a lead and a title: the page's head and foot go around it", page: """
            #outlet: ลำปางโพสต์
            !หน้าแรก
            !ข่าวลำปาง
            !ข่าวภาคเหนือ
            !กีฬา
            !วิดีโอ
            !ข่าวลำปาง
            เทศบาลนครลำปางเปิดเส้นทางรถม้าสายใหม่ รอบกาดกองต้า รับนักท่องเที่ยวช่วงปลายปี
            รถม้า 12 คันจะวิ่งรอบเมืองเก่าทุกวันเสาร์และอาทิตย์ ค่าโดยสารคนละ 200 บาท
            ลำปาง - เทศบาลนครลำปางร่วมกับชมรมรถม้าลำปางเปิดเส้นทางรถม้าสายใหม่รอบกาดกองต้าและสะพานรัษฎาภิเศก เพื่อรองรับนักท่องเที่ยวที่คาดว่าจะเดินทางมาช่วงปลายปีเพิ่มขึ้นกว่าปีที่ผ่านมา
            นายประเสริฐ ทองมา ประธานชมรมรถม้าลำปาง กล่าวว่า สมาชิกของชมรมมีรถม้าที่พร้อมให้บริการ 12 คัน และจะผลัดกันวิ่งตลอดวันตั้งแต่เวลาแปดโมงเช้าถึงหกโมงเย็น
            ผู้ประกอบการร้านค้าในกาดกองต้าหลายรายระบุว่ายินดีกับเส้นทางใหม่ เพราะจะช่วยให้นักท่องเที่ยวแวะซื้อสินค้าพื้นเมืองมากขึ้นในวันหยุดสุดสัปดาห์
            !#ลำปาง
            !#รถม้า
            !ข่าวยอดนิยม
            !1 ราคาทองวันนี้ปรับลดลง 100 บาท
            !2 ตรวจหวยงวดล่าสุด
            !สงวนลิขสิทธิ์ © 2568 ลำปางโพสต์
            """),
        BoilerplatePageCase(rule: "a Thai page's short teaser titles, with no full stop, anchor nothing: under the story they go", page: """
            #outlet: ลำปางโพสต์
            !เข้าสู่ระบบ
            !ลำปาง 27°C ฝนตกหนัก
            !หน้าแรก > ข่าวลำปาง
            ฝนตกหนักทั้งคืน น้ำท่วมถนนหน้าสถานีรถไฟนครลำปาง
            เทศบาลส่งเครื่องสูบน้ำ 6 เครื่อง คาดว่าระดับน้ำจะลดลงภายในเย็นวันนี้
            ลำปาง - ฝนที่ตกหนักต่อเนื่องตลอดคืนที่ผ่านมาทำให้น้ำท่วมขังถนนหน้าสถานีรถไฟนครลำปางสูงกว่า 30 เซนติเมตร รถเล็กไม่สามารถผ่านได้ตั้งแต่ช่วงเช้า
            เจ้าหน้าที่เทศบาลนครลำปางนำเครื่องสูบน้ำ 6 เครื่องมาเร่งระบายน้ำลงแม่น้ำวัง และขอให้ผู้ขับขี่เลี่ยงไปใช้ถนนสายอื่นจนกว่าระดับน้ำจะลดลง
            !ข่าวที่เกี่ยวข้อง
            !ลำปางเตรียมรับมือน้ำหลาก ตรวจประตูระบายน้ำทุกจุด
            !ชาวบ้านริมแม่น้ำวังขนของขึ้นที่สูง หลังฝนตกหนัก
            !สงวนลิขสิทธิ์ © 2568 ลำปางโพสต์
            """),
        BoilerplatePageCase(rule: "an embedded post's two counts under its text and stamp go; the story's subheading under them stays", page: """
            #outlet: Fenland Echo
            Wisbech bus station to close for six weeks of repairs
            Buses will stop on Old Market while the roof is replaced.
            Wisbech bus station will close from Monday for six weeks while its roof is replaced, the county council said.
            Passengers will board on Old Market, where temporary shelters and a ticket machine will be put up.
            !Fenland Bus Users @FenBusUsers
            !Six weeks on Old Market in January. Bring a flask. #Wisbech
            !8:02 AM · Jan 3, 2026
            !87 reposts 2.4K likes
            Shelters too small
            Bus users said the temporary shelters would hold no more than a dozen people at a time.
            The council said it would add a second shelter if queues grew longer in the first week.
            !© 2026 Fenland Echo
            """),
        BoilerplatePageCase(rule: "a post with no handle in a widget's run goes, the story's subheading under it over a paragraph stays", page: """
            #outlet: Fenland Echo
            March market to move indoors for the winter
            Traders will set up in the town hall from November to February.
            March market will move into the town hall from November, the town council agreed on Tuesday night.
            Traders had asked for the move after stalls were blown over twice in storms last winter.
            !Advertisement
            "We lost a week's stock in one night," said Kerry Dunn, who sells fruit and vegetables on the square.
            !March Traders Group
            !Inside for the winter from November, folks. Same stalls, warmer feet #MarchMarket
            !312 reactions · 45 shares
            !Open this post
            Fewer pitches indoors
            The hall has room for 18 pitches, six fewer than the square, so some traders will take turns on alternate weeks.
            The council will review the arrangement in March before deciding whether to repeat it next winter.
            !© 2026 Fenland Echo
            """),
        BoilerplatePageCase(rule: "the story's own list of keyed labels, with no figure, under its paragraphs stays, a caption under it going", page: """
            #outlet: Fenland Echo
            Schools in Fenland close for the day after overnight snow
            The county council said roads to several villages had not been gritted.
            Schools across Fenland closed on Thursday after up to fifteen centimetres of snow fell overnight, the county council said.
            Head teachers took the decision before seven in the morning after talking to the council's highways team.
            Where schools are closed
            Wisbech: all primary and secondary schools
            March: every school but Neale-Wade Academy
            Chatteris: all primary schools
            !Snow on the road into Chatteris on Thursday morning (Photo: Fenland Echo)
            Parents were asked to check the council's website for news of Friday, when more snow is forecast.
            The council said its gritters would work through the night on the main roads into the three towns.
            !© 2026 Fenland Echo
            """),
        BoilerplatePageCase(rule: "a widget's keyed labels with its clock among them go inside the story", page: """
            #outlet: Fenland Echo
            Gritters out all night as snow closes Fenland roads
            The county council said it had forty lorries working across the county.
            The county council's gritters worked through the night on Wednesday as snow closed several roads across Fenland.
            Drivers were asked to stay at home unless their journey could not wait until the roads were cleared.
            !Advertisement
            !Roads right now
            !Updated 06:41
            !A47 Guyhirn: slow traffic
            !A141 March bypass: clear
            !B1101 Friday Bridge: closed, lorry stuck
            A spokesman said the B1101 would reopen once the lorry had been towed away later in the morning.
            The council said more snow was forecast for Friday and its crews would be out again overnight.
            !© 2026 Fenland Echo
            """),
    ]
}

@Suite("BoilerplateStripper chrome of the twenty-fifth sitting's first round")
struct BoilerplateS25RoundTests {
    @Test("Every line of the round's pages is labelled right", arguments: BoilerplatePageCase.twentyFifthRoundChrome)
    func page(_ example: BoilerplatePageCase) throws {
        try example.expectEveryLineRight()
    }

    @Test("Under `remove` a Thai byline block goes: `โดย` and a name, a Buddhist-era date closed by `น.`, a count of reads; the story stays")
    func thaiBylineBlock() throws {
        let page = BoilerplateGoldArticle(name: "thai byline", fixture: """
            #outlet: ลำปางโพสต์
            !หน้าแรก
            !ข่าวลำปาง
            !กีฬา
            !ข่าวลำปาง
            เทศบาลนครลำปางเปิดเส้นทางรถม้าสายใหม่ รอบกาดกองต้า รับนักท่องเที่ยวช่วงปลายปี
            รถม้า 12 คันจะวิ่งรอบเมืองเก่าทุกวันเสาร์และอาทิตย์ ค่าโดยสารคนละ 200 บาท
            !โดย สมใจ แก้วมูล
            !12 ต.ค. 2568 เวลา 10:25 น.
            !อ่าน 2,154 ครั้ง
            !เจ้าหน้าที่ชมรมรถม้าเตรียมรถก่อนออกวิ่ง (ภาพ: สมใจ แก้วมูล)
            ลำปาง - เทศบาลนครลำปางร่วมกับชมรมรถม้าลำปางเปิดเส้นทางรถม้าสายใหม่รอบกาดกองต้าและสะพานรัษฎาภิเศก เพื่อรองรับนักท่องเที่ยวที่คาดว่าจะเดินทางมาช่วงปลายปีเพิ่มขึ้นกว่าปีที่ผ่านมา
            นายประเสริฐ ทองมา ประธานชมรมรถม้าลำปาง กล่าวว่า สมาชิกของชมรมมีรถม้าที่พร้อมให้บริการ 12 คัน และจะผลัดกันวิ่งตลอดวันตั้งแต่เวลาแปดโมงเช้าถึงหกโมงเย็น
            ผู้ประกอบการร้านค้าในกาดกองต้าหลายรายระบุว่ายินดีกับเส้นทางใหม่ เพราะจะช่วยให้นักท่องเที่ยวแวะซื้อสินค้าพื้นเมืองมากขึ้นในวันหยุดสุดสัปดาห์
            !สงวนลิขสิทธิ์ © 2568 ลำปางโพสต์
            """)
        var options = BoilerplateStripper.Options()
        options.bylines = "remove"
        let harness = try CorpusStageHarness<BoilerplateStripper>(options: options)
        let removed = try #require(try harness.run([page.document]).documents.first)[BoilerplateKey.self] ?? []
        #expect(page.score(removed: Set(removed.map(\.line))).f1 == 1, "\(page.mistakes(removed: removed))")
    }

    @Test("A key of one to three words and a colon opens a keyed label", arguments: [
        ("Wisbech: all primary and secondary schools", true), ("A141 March bypass: clear", true),
        ("#WalangPasok: Mga lugar na suspendido ang klase", true),
        ("Where schools are closed", false), ("Roads in the north of the county: slow", false),
        ("Wisbech:", false), ("Note:the schools", false),
    ])
    func keyedLabel(text: String, isKeyed: Bool) {
        var text = text
        #expect(text.withUTF8 { BoilerplateClassifier.opensWithKey($0) } == isKeyed)
    }

    @Test("A year of the Buddhist era and a clock make a date line, as a year of the common era does", arguments: [
        ("16 มี.ค. 2568 เวลา 14:32 น.", true), ("19 noyabr 2026, 09:12", true),
        ("2 เม.ย. 1468 เวลา 09:15 น.", false), ("16 มี.ค. 2568", false),
    ])
    func yearAndClock(text: String, holds: Bool) {
        var text = text
        #expect(text.withUTF8 { BoilerplateClassifier.holdsYearAndClock($0) } == holds)
    }
}
