import Testing
@testable import Stages

@Suite("BoilerplateStripper outlets")
struct BoilerplateOutletTests {
    /// The byte reading of an ASCII source must name the outlet the character reading names.
    @Test("A folder outlet read as bytes is the one read by characters")
    func asciiOutletMatchesCharacters() {
        let sources = [
            "drop/herald/page.txt", "/abs/path/to/herald/page.txt", "page.txt", "/page.txt", "a//b//c.txt",
            "feed.jsonl:12", "dir/feed.jsonl:7", "dir/feed.jsonl:", "dir/feed.jsonl:x1", "c:/x/y.txt:3", "a:b/c.txt",
            "dir/sub/", "//", ":", ":5", "dir\r\n/x.txt", "dir/x.txt\r\n",
        ]
        for source in sources {
            #expect(BoilerplateStripper.folderOutlet(ofASCII: source) == BoilerplateStripper.folderOutlet(of: source), "\(source)")
        }
        #expect(BoilerplateStripper.folderOutlet(ofASCII: "région/page.txt") == nil)
    }
}
