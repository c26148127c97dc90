import Foundation
import Pipeline
import PipelineTesting
@testable import Stages
import Testing

/// The full-width `＞` and `｜` of Chinese and Japanese pages count as separators, as their ASCII
/// forms do: a breadcrumb written with them (`首頁＞地方＞台南`, `ホーム ＞ ニュース ＞ 南区`) is a
/// row of navigation, so what the site prints above it (a ticker's headline, the weather) goes with
/// the page's head, and a share row parted by `｜` goes. Composed in Chinese and Japanese, with what
/// the rule must leave alone: a story's sentence comparing figures with `＞`.
extension BoilerplatePageCase {
    static let fullWidthSeparatorLines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Chinese breadcrumb parted by `＞` is navigation: the ticker and weather above it go; a sentence comparing with `＞` stays", page: """
            #outlet: 府城日報
            !府城日報
            !登入
            !訂閱
            !首頁
            !地方
            !政治
            !財經
            !運動
            !即時　台南市區午後雷陣雨　部分路段積水（14:20）
            !台南　多雲午後雷陣雨　33℃
            !首頁＞地方＞台南
            台南運河沿岸步道完工　週末起夜間開放
            市府工務局昨日表示，運河沿岸步道第二期工程已經完工，本週六起每天開放到晚上十點。
            步道全長約二點四公里，沿途設置十二處休息區和兩座親水平台，並在入口處設置空氣品質看板。
            看板在細懸浮微粒濃度＞35微克時會亮起橘燈，提醒有氣喘的民眾減少在步道上運動的時間。
            工務局說，夜間照明採用較低的亮度，以免影響運河沿岸的住戶休息。
            !分享：Facebook｜LINE｜複製連結
            附近居民表示，希望市府在步道沿線增加垃圾桶和公共廁所。
            !版權所有 © 2026 府城日報
            """),
        BoilerplatePageCase(rule: "a Japanese breadcrumb parted by spaced `＞` is navigation: the ticker and weather above it go", page: """
            #outlet: 松山まちなか新聞
            !松山まちなか新聞
            !ログイン
            !ホーム
            !ニュース
            !くらし
            !経済
            !スポーツ
            !速報　伊予鉄市内電車、道後温泉駅付近で停電　一部運休（8:05）
            !松山　晴れ　最高24℃　最低15℃
            !ホーム ＞ ニュース ＞ 道後
            道後温泉本館の保存修理が完了　来月から全館で営業再開
            松山市は10日、道後温泉本館の保存修理工事が完了し、来月1日から全館で営業を再開すると発表した。
            工事は2019年に始まり、営業を続けながら建物の一部ずつを修理してきた。
            市の担当者は「長い間ご不便をおかけしたが、これからも地域の宝として大切に守っていきたい」と話した。
            再開初日は先着500人に記念の手ぬぐいを配る予定だという。
            !© 2026 松山まちなか新聞
            """),
    ]
}

@Suite("Boilerplate: the full-width `＞` and `｜` of Chinese and Japanese pages part a breadcrumb's and a share row's labels")
struct BoilerplateFullWidthSeparatorsTests {
    @Test("each page is right line by line", arguments: BoilerplatePageCase.fullWidthSeparatorLines)
    func pages(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}
