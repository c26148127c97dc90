import Foundation
import Pipeline
import PipelineTesting
@testable import Stages
import Testing

/// An embedded post that closes on its network's stamp where the stamp opens with the half of the
/// day before its clock, as Chinese, Japanese and Korean write it (`下午3:40 · 2026年3月2日`,
/// `오후 3:40 · 2026년 3월 2일`), or with the network's name over a date with no year (`Facebook ·
/// 14 marca`): the stamp, the post's text above it and the account's line go. Composed in Chinese,
/// Korean, Polish and Spanish, with what the rule must leave alone: the story's own date line,
/// which puts the date before the clock, and the story's list of networks with their shares, a
/// network's name and a figure that is no date.
extension BoilerplatePageCase {
    static let postStampLines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Chinese post closing on `下午3:40 · date` goes with its text; the story's date line, date first, stays", page: """
            #outlet: 江城晚报
            !首页
            !本地
            !财经
            !体育
            武汉东湖绿道夜间照明延长至十一点
            2026年3月2日 · 下午4:10
            武汉市园林局昨日表示，东湖绿道磨山段和听涛段的夜间照明将从本周起延长到晚上十一点。
            园林局说，延长照明是为了方便下班后来散步和跑步的市民，费用由市财政承担。
            !@donghu_paobu
            !今晚终于可以跑完一整圈了，灯亮到十一点太好了
            !下午3:40 · 2026年3月2日
            园林局表示，如果夏季游客增多，还将考虑在周末把照明延长到午夜。
            附近的居民则担心灯光会影响湖边的鸟类，希望园林局在部分路段使用较暗的灯。
            !版权所有 © 2026 江城晚报
            """),
        BoilerplatePageCase(rule: "a Korean post closing on `오후 3:40 · date` goes with its text", page: """
            #outlet: 남해안일보
            !홈
            !지역
            !경제
            !스포츠
            통영 케이블카, 다음 달부터 밤 10시까지 운행
            통영시는 다음 달 1일부터 관광객이 많은 주말에 케이블카를 밤 10시까지 운행한다고 2일 밝혔다.
            시는 야간 운행을 위해 정류장 조명을 새로 설치하고 안전 요원을 두 명 더 배치하기로 했다.
            !@tongyeong_trip
            !드디어 밤에도 케이블카를 탈 수 있게 됐네요. 야경이 정말 기대됩니다
            !오후 3:40 · 2026년 3월 2일
            시 관계자는 이용객이 늘면 평일 야간 운행도 검토하겠다고 말했다.
            지역 상인들은 야간 관광객이 늘어 저녁 장사에 도움이 될 것이라고 기대하고 있다.
            !© 2026 남해안일보
            """),
        BoilerplatePageCase(rule: "a Polish council's post closing on `Facebook · 14 marca` goes with its account's line; the story's date line stays", page: """
            #outlet: Kurier Mazurski
            !Wiadomości | Sport | Kultura
            Olsztyn zamknie most na Łynie na dwa miesiące
            14 marca 2026 · 09:12
            Od poniedziałku most na Łynie przy ulicy Kościuszki będzie zamknięty dla samochodów, poinformował w piątek zarząd dróg miejskich.
            Remont potrwa dwa miesiące, a piesi i rowerzyści będą mogli korzystać z kładki tymczasowej.
            !Rada Osiedla Zatorze
            !Mieszkańcy, prosimy o cierpliwość. Objazd poprowadzi ulicą Partyzantów.
            !Facebook · 14 marca
            Kierowcy autobusów miejskich pojadą objazdem, a rozkład jazdy linii 2 i 9 zmieni się na czas remontu.
            Zarząd dróg zapowiada, że most zostanie otwarty przed wakacjami.
            !© 2026 Kurier Mazurski
            """),
        BoilerplatePageCase(rule: "the story's list of networks with their shares, a network's name and a figure, stays", page: """
            #outlet: Diario del Valle
            !Portada | Local | Deportes
            Los jóvenes del valle se informan sobre todo por redes sociales
            Una encuesta de la universidad regional a mil estudiantes muestra que la mayoría se entera de las noticias locales por el teléfono móvil.
            Estas son las redes que los estudiantes dijeron usar cada día para informarse:
            Instagram · 61 %
            TikTok · 48 %
            Facebook · 22 %
            Los autores de la encuesta advierten que muy pocos jóvenes leen la noticia completa después de ver el titular.
            !© 2026 Diario del Valle
            """),
    ]
}

@Suite("Boilerplate: an embedded post closing on a stamp that opens with the half of the day or the network's name")
struct BoilerplatePostStampsTests {
    @Test("each page is right line by line", arguments: BoilerplatePageCase.postStampLines)
    func pages(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }

    /// The stamp's readers alone: a clock after the half of the day, then a dot and a year, or a
    /// network's one word before the dot and a figure, open a stamp; a date before the clock, a
    /// word that only starts with a network's name (`Xiaomi`) and no figure after the dot do not.
    @Test("a stamp opens with a clock or a network's name and a dot", arguments: [
        ("午前7:15 · 2026年3月2日", true, false),
        ("오후 3:40 · 2026년 3월 2일", true, false),
        ("9:22 AM · 3 Feb 2026", true, false),
        ("2026年3月2日 · 下午4:10", false, false),
        ("Facebook · 14 marca", false, true),
        ("X · 9. svibnja", false, true),
        ("instagram · 3 de marzo", false, true),
        ("Xiaomi · 14 marca", false, false),
        ("Facebook · Instagram", false, false),
    ])
    func stampOpenings(_ line: String, clockFirst: Bool, networkFirst: Bool) {
        var bytes = Array(line.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            let raw = UnsafeBufferPointer(buffer)
            #expect(BoilerplateClassifier.opensWithClockAndDot(raw) == clockFirst)
            #expect(BoilerplateClassifier.opensWithNetworkAndDot(raw) == networkFirst)
        }
    }
}
