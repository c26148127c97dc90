import ICU

/// Computes matching keys of name words on one worker thread, with a cache: the same names recur
/// in every article of a drop, so most words are looked up rather than transliterated.
///
/// Not thread-safe (it owns an ICU transliterator): get one per worker through
/// `StageContext.local`.
final class NameKeyMaker {
    private let transliterator: Transliterator
    private let homoglyphs: HomoglyphRepair
    private let rules: NameRules
    /// Word infos, indexed by ``infoIndex(of:)``.
    private(set) var infoTable: [NameWordInfo] = []
    private var infoIndexes: [String: Int32] = [:]
    private var keyIDs: [String: Int] = [:]
    private var nextKeyID = 0
    // String keys, not Substring: a Substring would keep its whole article alive in the cache.
    private var cache: [String: String] = [:]
    /// Words repaired for mixed scripts, since this maker was made.
    private(set) var repairedWords = 0

    /// The cache is dropped when it grows past this many words, to bound memory on huge drops.
    static let cacheLimit = 200_000

    init(rules: NameRules, homoglyphs: HomoglyphRepair) throws {
        transliterator = try Transliterator(name: "names key rules", rules: rules.keyRules)
        self.homoglyphs = homoglyphs
        self.rules = rules
    }

    /// Drops the word caches if they grew too large. Called between documents only, since a
    /// detector pass holds indexes into ``infoTable``.
    func startDocument() {
        if infoTable.count >= Self.cacheLimit {
            infoTable.removeAll(keepingCapacity: true)
            infoIndexes.removeAll(keepingCapacity: true)
            keyIDs.removeAll(keepingCapacity: true)
        }
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
    }

    /// The index in ``infoTable`` of what the detector needs to know about `word` (as written).
    func infoIndex(of word: String) -> Int {
        if let known = infoIndexes[word] { return Int(known) }
        let lower = word.lowercased()
        let key = key(of: Substring(word))
        let keyID: Int
        if let existing = keyIDs[key] {
            keyID = existing
        } else {
            // IDs keep counting up across cache resets, so an ID never stands for two keys.
            keyID = nextKeyID
            nextKeyID += 1
            keyIDs[key] = keyID
        }
        infoTable.append(NameWordInfo(lower: lower, key: key, keyID: keyID, classes: .of(lower: lower, key: key, rules: rules)))
        infoIndexes[word] = Int32(infoTable.count - 1)
        return infoTable.count - 1
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
