import Foundation
import Pipeline
import PipelineTesting
@testable import Stages
import Testing

/// The twenty-fifth sitting's second round, on scripts that write no spaces between words: a line
/// of Chinese or Japanese counts its words by its letters (so a paragraph reads as prose and
/// anchors the story, and a related list stops at it); under an embedded post whose text another
/// rule took, the story's subheading stays; in a widget's run of labels, the label its paragraph
/// repeats is the story's subheading; a date written with the signs of year, month and day is a
/// date line. The pages are composed in Japanese and Chinese (the whole
/// pages are in `breadth-s25`), with a case each rule must leave alone.
extension BoilerplatePageCase {
    static let twentyFifthSecondRoundLines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a related list's teasers go under its heading, and the Japanese story's paragraph after an ad under them stays (its words counted by its letters)", page: """
            #outlet: 瀬戸内タイムズ
            !ホーム
            !ニュース
            !岡山
            !スポーツ
            岡山市、路面電車の新駅を来年秋に開業へ
            岡山駅前から大雲寺前までの区間に新しい停留場を一つ設け、乗り換えを便利にする。
            岡山市は20日、路面電車の東山線に新しい停留場を設けると発表した。開業は来年の秋を予定している。
            市によると、新しい停留場は柳川交差点の近くに置かれ、一日におよそ3,000人の利用を見込む。
            !関連記事
            !岡山駅前広場、路面電車の乗り入れ工事が完了
            !倉敷の美観地区、週末の車の通行を制限
            !広告
            市の担当者は「駅から少し離れた商店街にも人の流れをつくりたい」と話し、周辺の店にも期待の声が出ている。
            事業費は約4億円で、国の補助金を使って半分ほどを賄う予定だ。
            !© 2026 Setouchi Times
            """),
        BoilerplatePageCase(rule: "under an embedded post whose text went beside its handle, the Japanese story's subheading over its next paragraph stays; the post's text and reactions go", page: """
            #outlet: 瀬戸内タイムズ
            !ホーム
            !ニュース
            !岡山
            岡山城の天守閣、改修後の入場者が100万人を超える
            岡山市は22日、改修を終えて再開した岡山城の天守閣の入場者が100万人を超えたと発表した。再開から1年8か月での達成となる。
            市によると、入場者の3割ほどは海外からの観光客で、特に台湾や韓国からの来場者が増えている。
            !@okayama_castle_fan
            !夜のライトアップがきれいでした。また行きたい #岡山城 #岡山
            !♡ 214　🔁 36
            週末の混雑への対策
            週末には入場を待つ列が一時間を超えることもあり、市は来月から時間ごとの予約制を試す方針を示した。
            市の担当者は「予約でゆっくり見学してもらえるようにしたい」と話している。
            !© 2026 Setouchi Times
            """),
        BoilerplatePageCase(rule: "in an ad's run of labels between two Chinese paragraphs, the subheading its paragraph repeats stays; the ad's line and button go", page: """
            #outlet: 江城日报
            !首页
            !武汉
            !财经
            !体育
            武汉东湖绿道将新增两座人行桥
            东湖绿道管理处25日表示，明年将在磨山和落雁景区之间新建两座人行桥，方便市民步行游览。
            武汉东湖绿道管理处25日表示，明年将在磨山和落雁景区之间新建两座人行桥，两座桥的总长约600米，预计明年5月开工，年底前完工。
            管理处负责人说，目前游客从磨山步行到落雁景区需要绕行约4公里，新桥建成后只需要20分钟左右。
            !广告
            !东湖温泉度假村
            !冬季特惠　温泉酒店两晚仅需599元
            !限时抢购
            !立即预订
            两座新桥的设计方案
            据介绍，两座新桥的设计方案已经完成公示，桥面宽4米，两侧设置观景平台，夜间还将安装景观照明。
            不少市民表示，希望新桥能够同时允许自行车通行，管理处表示将进一步研究。
            !© 2026 江城日报
            """),
        BoilerplatePageCase(rule: "in an ad's run of labels, a button over the story's paragraph that does not repeat it still goes (English)", page: """
            #outlet: Bayside Courier
            !News | Business | Opinion
            Harbour ferry to run every ten minutes from spring
            Tuesday 25 November 2026 · by Marta Lindqvist
            The harbour ferry will run every ten minutes at peak hours from March, the transport authority said on Tuesday after a year of complaints.
            Two new boats will join the fleet in February, and the authority will hire twelve more crew to run them.
            !ADVERTISEMENT
            !Winter sale at the Lakeview Spa
            !Book your stay
            !Offer ends Sunday
            !Terms apply
            The authority said the faster service would cost about $3 million a year, paid from the regional transport budget and higher parking fees.
            Commuters' groups welcomed the change but asked for later evening sailings as well.
            """),
    ]
}

@Suite("Boilerplate: the twenty-fifth sitting's second round (scripts without spaces)")
struct BoilerplateS25SecondRoundTests {
    @Test("each rule's page is right line by line", arguments: BoilerplatePageCase.twentyFifthSecondRoundLines)
    func pages(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }

    /// A line of Chinese or Japanese counts its words by its letters, two to a word; a short label
    /// and a line in a spaced script keep the normalizer's count.
    @Test("words of Chinese and Japanese are counted by their letters", arguments: [
        ("市によると、新しい停留場は柳川交差点の近くに置かれ、一日におよそ3,000人の利用を見込む。", true),
        ("管理处负责人说，目前游客从磨山步行到落雁景区需要绕行约4公里。", true),
        ("広告", false),
        ("The harbour ferry will run every ten minutes at peak hours from March.", false),
        ("서울시는 20일 새 버스 노선을 발표했다.", false),
    ])
    func wordsByLetters(_ line: String, byLetters: Bool) throws {
        let features = try LineFeatures.alone(line)
        #expect(features.wordsByLetters == byLetters)
        if byLetters { #expect(features.words >= line.utf8.count / BoilerplateClassifier.unspacedWordBytes) }
    }

    /// A date of Chinese or Japanese (figures joined by `年`, `月`, `日`) makes a short line a date
    /// line, so the byline block takes it under `remove`; a sentence or a headline naming a date,
    /// and a year with no day, are no date line.
    @Test("a date written with year, month and day signs is a date line", arguments: [
        ("2025年3月8日 07時15分", true),
        ("更新：2025年3月8日 9:40", true),
        ("2025年3月8日、市は新しい計画を発表した。", false),
        ("2025年度の予算　市が発表", false),
    ])
    func hanDates(_ line: String, isDate: Bool) throws {
        #expect(try LineFeatures.alone(line).dateLike == isDate)
    }

    /// The line record stays within 256 bytes, which the compiler copies inline (past it, every
    /// copy of a line is a call to `memcpy`): the round's flag sits beside the other flags.
    @Test("a line's record is 256 bytes or less")
    func recordSize() {
        #expect(MemoryLayout<LineFeatures>.size <= 256, "\(MemoryLayout<LineFeatures>.size) bytes")
    }
}
