import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Composed pages for rules that grew a block from a removed line and took a story line on the
/// way: an appeal's block through the lines between two appeals, a list of teasers through an
/// advertisement's label or through a subheading that asks. Each page fails without its guard.
extension BoilerplatePageCase {
    static let blockGuards: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a story sentence between a paywall's line and a donation's line stays on a page with no blank lines; the appeal's own lines go", page: """
            #outlet: Riverside Ledger
            Riverside ferry fares to rise in April
            By Dana Whitlock
            The ferry company that runs the Riverside crossing will raise its fares by eight percent in April, the council said on Tuesday.
            The company blamed the cost of fuel and of the new pontoon at the north landing, which opened last year.
            !Already a subscriber? Sign in to continue reading.
            Season tickets for commuters will rise by five percent, less than single fares, from the same date.
            !We have a small favour to ask. Millions of readers rely on our journalism every month.
            !We do not have a billionaire owner. Our journalism is free from commercial and political bias.
            !Support us from just £2 a month.
            The first ferry of the day will leave the south landing at six as before, the company said.
            """),
        BoilerplatePageCase(rule: "a list under a teaser heading ends at the story's subheading over its paragraph, though an ad label lies between", page: """
            #outlet: Kvällsbladet
            Moa Lind ställer in sommarturnén
            Av: Karin Holm
            Sångerskan Moa Lind ställer in hela sin sommarturné efter råd från sina läkare, meddelade skivbolaget på tisdagen.
            Turnén skulle ha börjat i Göteborg i juni och gått till tolv städer fram till slutet av augusti.
            !LÄS OCKSÅ
            !Moa Linds brev till fansen efter beskedet i går
            !ANNONS
            Biljetterna betalas tillbaka
            Enligt arrangören betalas alla biljetter tillbaka automatiskt inom trettio dagar efter köpet.
            Den som köpt biljetter av någon annan måste vända sig till säljaren, säger arrangören.
            """),
        BoilerplatePageCase(rule: "a list of teasers that ask ends at the story's subheading that asks, over its paragraph", page: """
            #outlet: Riverside Ledger
            Heating outages leave flats cold in Riverside
            By Dana Whitlock
            Hundreds of flats on the Eastfield estate have had no heating for a week, residents said on Monday.
            "The children sleep in their coats," said one mother who lives on the ninth floor of Carlton House.
            !Read also:
            !Which flats on the estate will get new boilers first this winter?
            !How do you keep a flat warm when the heating fails for days?
            Why now?
            The heating company said old pipes burst in the cold snap and repairs had taken longer than planned.
            Engineers expect to restore heating in all flats by Friday, the company said.
            """),
    ]
}

@Suite("BoilerplateStripper blocks that stop at the story's line")
struct BoilerplateBlockGuardTests {
    @Test("a block grown through removed lines stops at the story's line", arguments: BoilerplatePageCase.blockGuards)
    func guardedBlock(_ example: BoilerplatePageCase) throws {
        try example.expectEveryLineRight()
    }
}
