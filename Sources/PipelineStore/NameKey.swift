import ICU

/// A loose matching key for a person's name in any script and any transliteration habit, so that
/// a query for `Atambaev`, `Atambayev` or `Атамбаев` finds the same person.
///
/// Two steps: an ICU transform to lower-case ASCII (Cyrillic letters first through explicit
/// digraph rules, since `Any-Latin` turns `Ж` into `Ž` and `Latin-ASCII` then into a bare `z`),
/// then folding of the spellings transliterations disagree on: `zh`/`dzh`/`dj` → `j`, `kh` → `h`,
/// `q` → `k`, `w` → `v`, `ph` → `f`, `y` → `i`, an `i` next to a vowel dropped (Atambayev,
/// Yeltsin), doubled letters single (Sooronbai, Jeenbekov). The key is per word and errs on the
/// side of matching: it finds, it does not decide who is who — the `names` stage's canonical
/// forms do that.
final class NameKey {
    private let transliterator: Transliterator

    static let rules = """
        :: NFD ;
        :: Lower ;
        :: NFC ;
        ж > zh ; х > kh ; ц > ts ; ч > ch ; ш > sh ; щ > shch ; й > y ; э > e ; ё > e ; ю > yu ; я > ya ;
        ы > y ; ь > ; ъ > ; ү > u ; ө > o ; ң > n ; є > ye ; ї > yi ; і > i ; ґ > g ; қ > k ; ғ > g ; ұ > u ;
        ә > a ; һ > h ; ҳ > h ; ӣ > i ; ӯ > u ; ў > u ;
        :: Any-Latin ;
        :: Latin-ASCII ;
        :: Lower ;
        """

    init() throws {
        transliterator = try Transliterator(name: "pipe-store-name-key", rules: Self.rules)
    }

    /// The words of `name`, each folded; empty words (punctuation, initials) left out.
    func words(_ name: String) -> [String] {
        let ascii = (try? transliterator(name)) ?? name.lowercased()
        return ascii.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) && $0 != "'" && $0 != "’" })
            .map { Self.fold(Array($0.utf8).filter { $0 != UInt8(ascii: "'") }) }
            .filter { $0.count > 1 }
    }

    /// `words` joined by single spaces: what the store keeps in its `*_key` columns.
    func key(_ name: String) -> String { words(name).joined(separator: " ") }

    static func fold(_ word: [UInt8]) -> String {
        let vowels: Set<UInt8> = Set("aeiou".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.count)
        var index = 0
        func at(_ i: Int) -> UInt8? { i < word.count ? word[i] : nil }
        while index < word.count {
            let c = word[index]
            switch (c, at(index + 1), at(index + 2)) {
            case (UInt8(ascii: "d"), UInt8(ascii: "z"), UInt8(ascii: "h")):
                bytes.append(UInt8(ascii: "j")); index += 3; continue
            case (UInt8(ascii: "z"), UInt8(ascii: "h"), _), (UInt8(ascii: "d"), UInt8(ascii: "j"), _):
                bytes.append(UInt8(ascii: "j")); index += 2; continue
            case (UInt8(ascii: "k"), UInt8(ascii: "h"), _):
                bytes.append(UInt8(ascii: "h")); index += 2; continue
            case (UInt8(ascii: "p"), UInt8(ascii: "h"), _):
                bytes.append(UInt8(ascii: "f")); index += 2; continue
            case (UInt8(ascii: "q"), _, _): bytes.append(UInt8(ascii: "k"))
            case (UInt8(ascii: "w"), _, _): bytes.append(UInt8(ascii: "v"))
            case (UInt8(ascii: "y"), _, _): bytes.append(UInt8(ascii: "i"))
            default: bytes.append(c)
            }
            index += 1
        }
        // An `i` that is only a glide next to a vowel (ai, ia, ie) goes; doubled letters go single.
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        for (i, c) in bytes.enumerated() {
            if c == UInt8(ascii: "i") {
                let before = i > 0 ? bytes[i - 1] : nil
                let after = i + 1 < bytes.count ? bytes[i + 1] : nil
                let nextToVowel = (before.map { vowels.contains($0) && $0 != UInt8(ascii: "i") } ?? false)
                    || (after.map { vowels.contains($0) && $0 != UInt8(ascii: "i") } ?? false)
                if nextToVowel && bytes.count > 2 { continue }
            }
            if let last = folded.last, last == c { continue }
            folded.append(c)
        }
        return String(decoding: folded, as: UTF8.self)
    }
}
