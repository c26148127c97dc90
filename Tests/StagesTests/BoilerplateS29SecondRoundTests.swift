import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The twenty-ninth sitting's second round: the ordinary Belarusian read-also call and ad label,
/// and the Hebrew sponsored label and newsletter call, with the story's lines that use the same
/// words and must stay.
extension BoilerplatePageCase {
    static let twentyNinthSecondRoundLabels: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Belarusian read-also teaser and ad labels go; story sentences opening on `рэклама` and using `таксама` stay", page: """
            #outlet: Палескі веснік
            !Галоўная | Навіны | Спорт
            У Пінску адрамантавалі набярэжную Піны
            Рамонт каштаваў больш за два мільёны рублёў.
            Гарадскія ўлады ў панядзелак адкрылі пасля рамонту набярэжную ракі Піны ў цэнтры Пінска.
            Рэклама на новых ліхтарных слупах будзе забароненая, паведамілі ў выканкаме.
            !Рэклама
            !Чытайце таксама: У Брэсце адкрылі новы веласіпедны маршрут
            Жыхары таксама папрасілі ўсталяваць на набярэжнай больш лавак і сметніц.
            Выканкам абяцае зрабіць гэта да канца лета.
            !Рэклама
            !© 2026 Палескі веснік
            """),
        BoilerplatePageCase(rule: "a Hebrew newsletter call and sponsored label go; a story sentence about a newsletter and sponsored content stays", page: """
            #outlet: חדשות העמק
            !ראשי | חדשות | ספורט
            בעפולה נפתח גן ציבורי חדש ליד התחנה המרכזית
            הגן כולל מתקני משחק ושבילי הליכה.
            עיריית עפולה פתחה ביום שני גן ציבורי חדש בשטח של עשרה דונם ליד התחנה המרכזית.
            העירייה הודיעה כי תוכן ממומן לא יוצג על שלטי הגן, וכי התושבים יקבלו עדכונים בניוזלטר העירוני.
            התושבים ביקשו להוסיף ספסלים ותאורה בשבילים.
            !הירשמו לניוזלטר היומי
            !תוכן ממומן
            !© 2026 חדשות העמק
            """),
    ]
}

@Suite("Boilerplate: the twenty-ninth sitting's second round (Belarusian read-also and ad labels, Hebrew sponsored label and newsletter call)")
struct BoilerplateS29SecondRoundTests {
    @Test("each label's page is right line by line", arguments: BoilerplatePageCase.twentyNinthSecondRoundLabels)
    func labels(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}
