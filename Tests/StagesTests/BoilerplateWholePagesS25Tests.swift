import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Six whole pages composed for the twenty-fifth sitting's second boilerplate round, in the scripts
/// that write no spaces between words, which no released set nor composed page used before:
/// Kanazawa and Sendai in Japanese, Taichung in Traditional Chinese, Chengdu in Simplified Chinese,
/// Siem Reap and Battambang in Khmer, each with some English in its chrome
/// (`Fixtures/boilerplate/breadth-s25/`). One page per language is dirty (15–16% story lines), one
/// clean (56–57%); odd pages have blank lines between blocks, even pages none. The byline block is
/// labelled chrome, so they are measured under `bylines: remove`.
@Suite("Boilerplate whole pages of the twenty-fifth sitting's second round")
struct BoilerplateWholePagesS25Tests {
    /// Every story line stays. At first sight (the stage as at 1a532ae): P 0.684, R 0.835, F1 0.752
    /// (18 story lines lost: the Japanese pages' paragraphs, subheadings and lists after a related
    /// list or an ad, read as listed headlines since a paragraph counted a handful of words; the
    /// Traditional Chinese headline next to the chrome above it; a Japanese subheading under an
    /// embedded post; a Chinese subheading in an ad's run of labels). The Khmer pages lost none.
    /// After the round's rules (a line of Chinese or Japanese counts its words by its letters; under
    /// a post whose text another rule took, the story's subheading stays; the label its paragraph
    /// repeats is no widget's): P 0.732, R 1.000, F1 0.845. After a date of Chinese or Japanese
    /// written with the signs of year, month and day is a date line (so the byline block takes
    /// it): P 0.732 -> 0.757, F1 0.845 -> 0.862. Left: bylines in the three languages (`記者…`,
    /// `文・…`, `ដោយ៖ …`) and the Khmer dates, captions with their credits, players' buttons, a
    /// paywall's prompt, share rows, the Chinese page's reader comments and WeChat prompt.
    @Test("every story line stays and the chrome goes")
    func wholePages() throws {
        try BoilerplateWholePagesTests.expectWholePages("breadth-s25", precision: 0.755, bylines: .remove)
    }
}
