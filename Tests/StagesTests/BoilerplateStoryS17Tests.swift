import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Twelve ordinary pages whose stories are written in lines that look like chrome
/// (`Fixtures/boilerplate/story-s17/`), composed for the seventeenth sitting's third boilerplate
/// round in English, German, French, Spanish, Russian, Polish, Italian, Portuguese, Turkish,
/// Japanese and Greek: an interview in `Q:`/`A:`, names as speakers and `—` dialogue; election
/// results, a budget's lines, match scores and goals; a timeline of dated lines; a story's own
/// subheadings, numbered points and key-facts box; a poem quoted; one-line paragraphs and quotes; a
/// byline with two authors and their town; an update stamp, a correction and an editor's note; a
/// police appeal with its phone number, a charity's appeal and a recipe's steps; a story about an
/// app, a newsletter, cookies and a paywall. Each has a short head and foot of chrome.
@Suite("Boilerplate story lines that look like chrome")
struct BoilerplateStoryS17Tests {
    /// The chrome all goes (P 1.000 before and after the round). Recall: 0.861 before the round,
    /// 0.930 after it: the match report's results under their short lead, the standings line and
    /// its one-line quotes stay now that the body goes on past its last long paragraph over short
    /// sentences (`storyAfterLastAnchor`); its goals under their subheading (`Goles`, `12' Pérez
    /// (Náxara)`) are no menu in the body, each item a figure among words; the interview's
    /// one-word answers (`Yes.`, `No regrets.`) no longer go with the share row's block. The recall
    /// floor is below 1.0 to record what is still lost, not to hide it: the French appeal's email
    /// line (a link) and its subheading `Ce que l'on sait`, six lines of the story about an app
    /// (the lexicon's app, newsletter and cookie words, an imperative `Download the app`), the
    /// Greek story's app line and the one after it, and the Japanese page's headline, byline and
    /// date (taken next to the breadcrumb). Unseen AD, AE and AF unchanged by the round.
    /// The twenty-fifth sitting's second round (a line of Chinese or Japanese counts its words by its
    /// letters, so the Japanese page's paragraphs are prose and its headline the title): recall
    /// 0.930 -> 0.947, the Japanese page's headline, byline and date kept.
    @Test("every story line stays and the chrome goes")
    func storyPages() throws { try BoilerplateWholePagesTests.expectWholePages("story-s17", precision: 1.0, recall: 0.945) }
}

extension BoilerplateStoryS17Tests {
    /// The round's rules, one page each beside the folder's pages: the chrome of each must still go.
    @Test("a score widget after the share row goes; goals under their subheading and an interview's short answers stay", arguments: BoilerplatePageCase.storyLinesS17)
    func storyLineRules(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}

extension BoilerplatePageCase {
    /// Pages of the round's rules: the story's end carried past its last long paragraph over short
    /// sentences stops at a line the lexicon knows (the score widget below the share row goes); a
    /// run of short lines in the body each with a figure among words is a list of goals, no menu; and a short statement
    /// with a full stop does not go with an appeal's block, while a short button without one does.
    static let storyLinesS17: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a score widget under the share row after the story goes, though a sentence follows it; the story's short closing sentence stays", page: """
            #outlet: Rioja Alta Daily
            !Rioja Alta Daily
            !News
            !Sport
            Haro stay top after late winner
            By Ana Ruiz
            22 November 2026
            Haro came from behind to beat Náxara 3-1 at El Mazo on Sunday, their sixth league win in a row.
            Their next match is at Calahorra on Sunday.
            !Share
            !Live scores
            !Calahorra 0-0 Arnedo
            !Varea 2-2 Anguiano
            !Alfaro 1-0 Tedeón
            !The Rioja Alta Daily has been printed in Haro since 1921.
            !© 2026 Rioja Alta Daily
            """),
        BoilerplatePageCase(rule: "a story's goals under their subheading stay in the body (English, a minute of added time); the share row goes", page: """
            #outlet: Tees Valley Echo
            !Tees Valley Echo
            !News
            !Sport
            Darlington win derby at the death
            By Sam Carter
            22 November 2026
            Darlington beat Hartlepool 3-2 at Blackwell Meadows on Saturday with a goal in the last minute of added time.
            The home side had trailed for most of the second half after a header from a corner.
            Goals
            23' Hughes (Hartlepool)
            55' Hughes (Hartlepool)
            71' Okoro (Darlington)
            80' Smith (Darlington)
            90+4' Okoro (Darlington)
            Darlington's next match is at home to Blyth on Tuesday night.
            !Share
            !© 2026 Tees Valley Echo
            """),
        BoilerplatePageCase(rule: "an interview's answers of one or two words with a full stop stay over a share row on a page with no blank lines; the newsletter's short button goes", page: """
            #outlet: Valley Times
            !Valley Times
            !News
            !Sport
            Mountain rescuer retires after forty years
            By Tom Hale
            24 November 2026
            Geoff Barnes joined the valley's rescue team in 1986 and led it for twenty years before he retired this month.
            Q: Would you do it all again?
            A: Yes.
            Q: Any regrets?
            A: None.
            Happy.
            Very proud.
            !Sign up to our newsletter for the valley's news every morning
            !Sign up
            !Share
            """),
    ]
}
