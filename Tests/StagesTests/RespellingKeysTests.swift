import ICU
import Testing
@testable import Stages

/// ``RespellingKeys`` lets a word skip a spelling style's ICU transform: it must only ever skip
/// words the transform leaves as they are.
@Suite("names respelling keys")
struct RespellingKeysTests {
    /// Every two-letter ASCII word and a few names, in every bundled style: a word the keys say
    /// no rule rewrites comes out of the transform unchanged.
    @Test("a word skipped by the keys is one the style's transform leaves as it is")
    func skippedWordsAreUnchanged() throws {
        let rules = NameNormalizerTests.stage.rules
        let transforms = try NameKeyTransforms(rules: rules, display: try NameNormalizer.makeDisplayTransliterator(rules: rules))
        let (_, styles) = try transforms.copies()
        let letters = "abcdefghijklmnopqrstuvwxyz".map(String.init)
        let words = letters.flatMap { first in letters.map { first + $0 } } + [
            "atambayev", "tikhanovskaya", "tsikhanouskaya", "chodorkowski", "sacharowa", "kamtchybek", "tachiev",
            "qurbonov", "baxodir", "meredow", "nazarowa", "yelzin", "jelzin", "bishkek", "ine", "rine", "o'zbek",
        ]
        var skipped = 0
        for (style, transform) in styles.enumerated() {
            let keys = try #require(transforms.respellingKeys[style], "the bundled style \(rules.spellingStyles[style].name) has keys")
            for word in words where !keys.mayRewrite(word) {
                skipped += 1
                #expect(try transform(word) == word, "\(rules.spellingStyles[style].name): \(word)")
            }
        }
        #expect(skipped > words.count)
    }

    @Test("rules beyond plain keys and sets give no keys; plain keys and sets are read")
    func readsOnlyWhatItUnderstands() {
        #expect(RespellingKeys(rules: "$v = [ab];\nc > d;") == nil)
        #expect(RespellingKeys(rules: "::Latin-ASCII;\n") == nil)
        #expect(RespellingKeys(rules: "a <> b;\n") == nil)
        #expect(RespellingKeys(rules: "'x' > y;\n") == nil)
        #expect(RespellingKeys(rules: "x . > y;\n") == nil)
        #expect(RespellingKeys(rules: "x > y;\nts } i > t; # a comment > ;\nk { s > z;\n[bc] { j } [ae] > y;\n")?.patterns
            == [Array("x".utf8), Array("ts".utf8), Array("s".utf8), Array("j".utf8)])
        #expect(RespellingKeys(rules: "[xq] > k;\n")?.patterns == [Array("x".utf8), Array("q".utf8)])
        let keys = RespellingKeys(rules: "ou } sk > ov;\n")
        #expect(keys?.mayRewrite("tikhanouskaya") == true)
        #expect(keys?.mayRewrite("atambayev") == false)
        #expect(keys?.mayRewrite("Atambayev") == true)
        #expect(keys?.mayRewrite("атамбаев") == true)
    }
}
