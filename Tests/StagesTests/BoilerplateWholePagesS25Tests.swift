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
    /// Every story line stays.
    @Test("every story line stays and the chrome goes")
    func wholePages() throws {
        try BoilerplateWholePagesTests.expectWholePages("breadth-s25", precision: 0, recall: 0, bylines: .remove)
    }
}
