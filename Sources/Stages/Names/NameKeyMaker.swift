import ICU

/// Computes matching keys of name words on one worker thread, with a cache: the same names recur
/// in every article of a drop, so most words are looked up rather than transliterated.
///
/// Not thread-safe (it owns an ICU transliterator): get one per worker through
/// `StageContext.local`.
final class NameKeyMaker {
    private let transliterator: Transliterator
    private let homoglyphs: HomoglyphRepair
    // String keys, not Substring: a Substring would keep its whole article alive in the cache.
    private var cache: [String: String] = [:]
    /// Words repaired for mixed scripts, since this maker was made.
    private(set) var repairedWords = 0

    /// The cache is dropped when it grows past this many words, to bound memory on huge drops.
    static let cacheLimit = 200_000

    init(rules: String, homoglyphs: HomoglyphRepair) throws {
        transliterator = try Transliterator(name: "names key rules", rules: rules)
        self.homoglyphs = homoglyphs
    }

    /// The key of one word. Hyphen-joined parts (`Ala-Too`, `Kassym-Jomart`) are keyed apart and
    /// joined by a space, so `Ala-Too` and `Ala Too` get the same key.
    func key(of word: Substring) -> String {
        let word = String(word)
        if let cached = cache[word] { return cached }
        var parts: [String] = []
        var partStart = word.startIndex
        var index = word.startIndex
        while index < word.endIndex {
            let scalar = word.unicodeScalars[index]
            if NameText.isHyphen(scalar) {
                if partStart < index { parts.append(partKey(word[partStart..<index])) }
                partStart = word.unicodeScalars.index(after: index)
            }
            index = word.unicodeScalars.index(after: index)
        }
        if partStart < word.endIndex { parts.append(partKey(word[partStart..<word.endIndex])) }
        let key = parts.filter { !$0.isEmpty }.joined(separator: " ")
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[word] = key
        return key
    }

    /// The keys of several words joined by a space.
    func key(ofWords words: [Substring]) -> String {
        words.map { key(of: $0) }.joined(separator: " ")
    }

    private func partKey(_ part: Substring) -> String {
        var text = String(part)
        if let repaired = homoglyphs.repaired(part) {
            text = repaired
            repairedWords += 1
        }
        // A transliteration failure (never seen with valid rules) leaves the word as its own key.
        return (try? transliterator(text)) ?? text.lowercased()
    }
}
