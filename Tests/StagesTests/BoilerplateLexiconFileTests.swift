import Foundation
import Testing

/// The shipped lexicon adds every matching entry's weight to a line, so an entry written twice in one
/// class, or a whole-line (`=`) or line-start (`^`) entry that a contains (`~`) entry of the same
/// text already covers, counts one line twice. Rounds that add siblings in many languages wrote
/// sixteen such entries before this test.
@Suite("boilerplate lexicon file")
struct BoilerplateLexiconFileTests {
    static let lexicon = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Stages/Resources/boilerplate/lexicon.txt")

    /// The entries of `text` that count a line again, as `class: kind text` lines.
    static func doubledEntries(_ text: String) -> [String] {
        // Which kinds of entry a kind's match implies: `~` matches wherever `=` or `^` does, `^` where `=` does.
        let covers: [Character: Set<Character>] = ["~": ["~", "^", "="], "^": ["^", "="], "=": ["="]]
        var category = ""
        var kindsOf: [String: [Character]] = [:]
        var doubled: [String] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("[") { category = String(line.split(separator: " ")[0]); continue }
            guard let kind = line.first, covers[kind] != nil, line.dropFirst().first == " " else { continue }
            let key = category + " " + line.dropFirst(2).lowercased()
            let earlier = kindsOf[key, default: []]
            if earlier.contains(where: { covers[$0]!.contains(kind) || covers[kind]!.contains($0) }) { doubled.append("\(category): \(line)") }
            kindsOf[key] = earlier + [kind]
        }
        return doubled
    }

    @Test("no entry counts a line twice")
    func noEntryCountsALineTwice() throws {
        let text = try String(contentsOf: Self.lexicon, encoding: .utf8)
        #expect(Self.doubledEntries(text) == [])
    }

    @Test("the check finds an entry written twice and one a broader entry covers, and not two kinds that can both hold")
    func theCheckFindsDoubles() {
        let text = "[comments 1.0]\n= reageer\n~ yorum yap\n[follow 1.0]\n~ siga nos\n^ siga nos\n[related 1.0]\n= reageer\n^ lees ook\n"
        #expect(Self.doubledEntries(text) == ["[follow: ^ siga nos"])
        #expect(Self.doubledEntries("[a 1.0]\n= x y\n= x y\n") == ["[a: = x y"])
        #expect(Self.doubledEntries("[a 1.0]\n^ x y\n= x y\n") == ["[a: = x y"])
    }
}
