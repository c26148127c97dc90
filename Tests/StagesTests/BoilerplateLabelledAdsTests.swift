import Foundation
import Pipeline
import PipelineTesting
@testable import Stages
import Testing

/// A sponsor's teaser printed on one line inside the story with the ad's label first, before a
/// colon (`Sponsored: …`, `Anzeige: …`), a spaced bar (`Publicidade | …`) or in square brackets
/// (`[광고] …`): the label, read alone, is the lexicon's advertisement, so the line goes. Composed
/// in English, German, Portuguese and Korean, with what the rule must leave alone: a story's
/// subheading whose longer label only opens on an ad's word (`Werbung für Zigaretten: …`) and a
/// story's line under a label of another kind (`Update: …`).
extension BoilerplatePageCase {
    static let labelledAdLines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "an English teaser under `Sponsored:` inside the story goes", page: """
            #outlet: The Harbour Gazette
            !Home | News | Sport | Business | Weather
            Ferry timetable cut to four sailings a day from June
            The island ferry will run four sailings a day instead of six from the first of June, the operator said on Tuesday.
            Fewer crew members are available after two captains retired this spring, and training new ones takes a year.
            !Sponsored: Sea-view apartments from $190,000 on the north shore – book a viewing today
            Islanders who commute to the mainland say the evening sailing at half past seven is the one they cannot lose.
            The operator said it would keep that sailing and drop the two midday ones instead.
            !© 2026 The Harbour Gazette
            """),
        BoilerplatePageCase(rule: "a German teaser under `Anzeige:` goes; the story's subheading `Werbung für Zigaretten: …` stays", page: """
            #outlet: Lahntal Bote
            !Startseite | Lokales | Sport | Kultur
            Stadt verbietet Plakate für Tabak an Bushaltestellen
            Der Stadtrat hat am Montag beschlossen, an allen städtischen Bushaltestellen keine Werbung für Tabak mehr zuzulassen.
            Der Vertrag mit der Werbefirma läuft im Herbst aus und wird ohne die Tabakplakate verlängert.
            !Anzeige: Neue Küchen zum Sommerpreis im Möbelhaus am Ring entdecken
            Werbung für Zigaretten: Verbot ab Oktober
            Die Verwaltung rechnet mit geringeren Einnahmen von etwa zwölftausend Euro im Jahr.
            Mehrere Ärzte aus der Stadt hatten das Verbot in einem offenen Brief gefordert.
            !© 2026 Lahntal Bote
            """),
        BoilerplatePageCase(rule: "a Portuguese teaser after `Publicidade |` goes; a story line under `Atualização:` stays", page: """
            #outlet: Jornal do Planalto
            !Início · Cidade · Esportes · Cultura
            Prefeitura abre inscrições para hortas comunitárias
            A prefeitura abriu nesta segunda-feira as inscrições para quarenta novos lotes de hortas comunitárias no bairro Vila Nova.
            Cada família poderá cultivar um lote de dez metros quadrados durante dois anos, com água fornecida pela cidade.
            !Publicidade | Apartamentos de dois quartos com varanda no centro – fale com um corretor
            As inscrições vão até o dia 30 e podem ser feitas na subprefeitura ou pela internet.
            Atualização: a prefeitura ampliou o prazo das inscrições para o dia 15 do próximo mês.
            !© 2026 Jornal do Planalto
            """),
        BoilerplatePageCase(rule: "a Korean teaser after `[광고]` goes", page: """
            #outlet: 동해안신문
            !홈
            !지역
            !경제
            !스포츠
            포항 영일대 해변 야간 분수 다음 달 재개
            포항시는 겨울 동안 멈췄던 영일대 해변 음악 분수를 다음 달 1일부터 다시 운영한다고 10일 밝혔다.
            분수는 매일 저녁 7시부터 9시까지 30분 간격으로 가동되며 월요일은 쉰다.
            ![광고] 영일대 바다 전망 오피스텔 분양 상담 지금 예약하세요
            시는 올해 분수 조명을 절전형으로 바꿔 전기 요금을 절반 가까이 줄일 계획이다.
            인근 상인들은 저녁 관광객이 다시 늘어날 것으로 기대하고 있다.
            !© 2026 동해안신문
            """),
    ]
}

@Suite("Boilerplate: a sponsor's teaser with the ad's label before it on its line")
struct BoilerplateLabelledAdsTests {
    @Test("each page is right line by line", arguments: BoilerplatePageCase.labelledAdLines)
    func pages(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }

    /// The label's reader alone: up to three words before `: ` or ` | `, or a bracketed label,
    /// with three words after it; a longer opening, a bar with no spaces and a short rest are none.
    @Test("a line opens on a label before a colon, a spaced bar or in brackets", arguments: [
        ("Sponsored: Sea-view apartments from $190,000", "Sponsored"),
        ("Publicidade | Apartamentos de dois quartos", "Publicidade"),
        ("[AD] 해운대 오션뷰 레지던스 특별 분양", "AD"),
        ("Paid partner content: Ten ways to save", "Paid partner content"),
        ("The council said on Monday: the bridge will close", nil),
        ("Sponsored|Sea-view apartments from $190,000", nil),
        ("Sponsored: Book now", nil),
        ("[] Sea-view apartments from $190,000", nil),
    ] as [(String, String?)])
    func labels(_ line: String, label: String?) {
        var bytes = Array(line.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            let raw = UnsafeBufferPointer(buffer)
            let range = BoilerplateClassifier.adLabel(raw)
            #expect(range.map { String(decoding: raw[$0], as: UTF8.self) } == label)
        }
    }
}
