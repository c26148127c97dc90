import Foundation
import ICU

/// Computes matching keys of name words on one worker thread, with a cache: the same names recur
/// in every article of a drop, so most words are looked up rather than transliterated.
///
/// Not thread-safe (it owns an ICU transliterator): get one per worker through
/// `StageContext.local`.
///
/// The hot tables skip Swift's dynamic exclusivity checks: the maker is confined to one thread and
/// never hands out overlapping accesses.
final class NameKeyMaker {
    private let transliterator: Transliterator
    /// The spelling styles' markers, counter-markers and transforms.
    private let styles: [(markers: [SpellingMarker], counters: [SpellingMarker], transform: Transliterator)]
    private let homoglyphs: HomoglyphRepair
    private let rules: NameRules
    /// Word infos, indexed by ``infoIndex(of:)``.
    @exclusivity(unchecked) private(set) var infoTable: [NameWordInfo] = []
    /// Per info, the entity key of the word as a one-word name, made on first use.
    @exclusivity(unchecked) private var singleEntityKeys: [String?] = []
    /// Two-word names ("Given Surname", one space) by their words' info indexes: the surface and,
    /// for a person, the entity key, so a recurring name is not built again for every mention.
    private var pairs: [Int: (surface: String, personKey: String?)] = [:]
    // An open-addressing table from a word's UTF-8 bytes to its index in `infoTable`, so the hot
    // path neither makes a String nor runs SipHash for words it has seen.
    @exclusivity(unchecked) private var slots: [Int32] = Array(repeating: -1, count: 1 << 12)
    @exclusivity(unchecked) private var arena: [UInt8] = []
    @exclusivity(unchecked) private var wordStarts: [Int32] = []
    @exclusivity(unchecked) private var wordHashes: [UInt64] = []
    private var keyIDs: [String: Int] = [:]
    private var nextKeyID = 0
    // Evidence of the current document: key ID → the document's stamp when the key was seen
    // capitalised mid-sentence. Stamps avoid clearing a set for every document.
    @exclusivity(unchecked) private var evidenceStamps: [UInt32] = []
    @exclusivity(unchecked) private var documentStamp: UInt32 = 1
    // String keys, not Substring: a Substring would keep its whole article alive in the cache.
    private var cache: [String: String] = [:]
    /// Readings of words in a style (see ``reading(of:style:marks:)``).
    private var readings: [String: String?] = [:]
    /// Words repaired for mixed scripts, since this maker was made.
    private(set) var repairedWords = 0

    /// The cache is dropped when it grows past this many words, to bound memory on huge drops.
    static let cacheLimit = 200_000

    init(rules: NameRules, homoglyphs: HomoglyphRepair) throws {
        transliterator = try Transliterator(name: "names key rules", rules: rules.keyRules)
        styles = try rules.spellingStyles.map {
            ($0.markers.map(SpellingMarker.init), $0.counterMarkers.map(SpellingMarker.init), try Transliterator(name: "names \($0.name) spelling", rules: "::NFC;\n::Any-Lower;\n::Null;\n" + $0.rules))
        }
        self.homoglyphs = homoglyphs
        self.rules = rules
    }

    /// Drops the word caches if they grew too large. Called between documents only, since a
    /// detector pass holds indexes into ``infoTable``.
    func startDocument() {
        documentStamp &+= 1
        if documentStamp == 0 {
            evidenceStamps = Array(repeating: 0, count: evidenceStamps.count)
            documentStamp = 1
        }
        if infoTable.count >= Self.cacheLimit {
            infoTable.removeAll(keepingCapacity: true)
            singleEntityKeys.removeAll(keepingCapacity: true)
            pairs.removeAll(keepingCapacity: true)
            arena.removeAll(keepingCapacity: true)
            wordStarts.removeAll(keepingCapacity: true)
            wordHashes.removeAll(keepingCapacity: true)
            slots = Array(repeating: -1, count: 1 << 12)
            keyIDs.removeAll(keepingCapacity: true)
        }
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        if readings.count >= Self.cacheLimit { readings.removeAll(keepingCapacity: true) }
    }

    /// The entity key of the word at `index` of ``infoTable`` as a one-word name, cached: most
    /// names are one word, and the same ones recur.
    func singleEntityKey(_ index: Int) -> String {
        if let known = singleEntityKeys[index] { return known }
        let made = NameVariantTable.entityKey(infoTable[index].key)
        singleEntityKeys[index] = made
        return made
    }

    /// The surface of the two words at info indexes `first` and `second` joined by one space.
    func pairSurface(_ first: Int, _ second: Int) -> String {
        let pair = first << 32 | second
        if let known = pairs[pair] { return known.surface }
        let made = infoTable[first].word + " " + infoTable[second].word
        pairs[pair] = (made, nil)
        return made
    }

    /// The person entity key of the pair, made by `make` on first use (after ``pairSurface``).
    func pairPersonKey(_ first: Int, _ second: Int, make: () -> String) -> String {
        let pair = first << 32 | second
        if let known = pairs[pair]?.personKey { return known }
        let made = make()
        pairs[pair, default: (infoTable[first].word + " " + infoTable[second].word, nil)].personKey = made
        return made
    }

    /// Notes that the key `keyID` is capitalised mid-sentence in the current document.
    func markEvidence(_ keyID: Int) {
        if keyID >= evidenceStamps.count {
            evidenceStamps.append(contentsOf: repeatElement(0, count: keyID + 1 - evidenceStamps.count + 1024))
        }
        evidenceStamps[keyID] = documentStamp
    }

    /// Whether the key `keyID` is capitalised mid-sentence in the current document.
    func hasEvidence(_ keyID: Int) -> Bool {
        keyID < evidenceStamps.count && evidenceStamps[keyID] == documentStamp
    }

    /// A hash of a word's bytes, read eight (or four) at a time, the last load overlapping the one
    /// before: a word is a few such loads, where a byte-by-byte hash cost a step per byte. Multiply
    /// and fold, so that the low bits, which pick the slot, depend on every byte.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        let seed = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = bytes.baseAddress, count > 0 else { return seed }
        let raw = UnsafeRawPointer(base)
        var hash = seed
        let last: UInt64
        if count >= 8 {
            var i = 0
            while i + 8 < count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                i += 8
            }
            last = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            last = UInt64(raw.loadUnaligned(as: UInt32.self)) << 32
                | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
        } else {
            last = UInt64(base[0]) << 16 | UInt64(base[count >> 1]) << 8 | UInt64(base[count - 1])
        }
        hash = (hash ^ last) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }

    /// Whether `count` bytes at `a` and `b` are equal: inline, with the overlapping loads of
    /// ``hash(_:)``, since words are short and a call to `memcmp` costs more than comparing them.
    @inline(__always)
    private static func equalBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, count: Int) -> Bool {
        let (rawA, rawB) = (UnsafeRawPointer(a), UnsafeRawPointer(b))
        if count >= 8 {
            var i = 0
            while i + 8 < count {
                if rawA.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rawB.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                    return false
                }
                i += 8
            }
            return rawA.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                == rawB.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        }
        if count >= 4 {
            return rawA.loadUnaligned(as: UInt32.self) == rawB.loadUnaligned(as: UInt32.self)
                && rawA.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
                    == rawB.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
        }
        var i = 0
        while i < count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// The index in ``infoTable`` of what the detector needs to know about the word `bytes`.
    func infoIndex(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            if wordHashes[index] == hash {
                let start = Int(wordStarts[index])
                let end = index + 1 < wordStarts.count ? Int(wordStarts[index + 1]) : arena.count
                if end - start == bytes.count
                    && arena.withUnsafeBufferPointer({ Self.equalBytes($0.baseAddress! + start, bytes.baseAddress!, count: bytes.count) })
                {
                    return index
                }
            }
            slot = (slot + 1) & mask
        }
        let word = String(decoding: bytes, as: UTF8.self)
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
        let index = infoTable.count
        singleEntityKeys.append(nil)
        infoTable.append(NameWordInfo(
            word: word, lower: lower, key: key, keyID: keyID, classes: .of(lower: lower, key: key, rules: rules), style: style(of: lower) ?? -1))
        wordStarts.append(Int32(arena.count))
        arena.append(contentsOf: bytes)
        wordHashes.append(hash)
        slots[slot] = Int32(index)
        if infoTable.count * 2 > slots.count { rehash() }
        return index
    }

    private func rehash() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in wordHashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
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

    /// The key of a word read in the spelling style `style` (an index of the rules' styles), for
    /// a given name whose surname shows the style: Michail Chodorkowski, Pjotr Tschaikowski.
    func key(of word: String, style: Int) -> String {
        let cacheKey = "\(style)\u{1}\(word)"
        if let cached = cache[cacheKey] { return cached }
        var parts: [String] = []
        for part in word.split(whereSeparator: { NameText.isHyphen($0.unicodeScalars.first!) }) {
            let lower = part.lowercased()
            let respelt = (try? styles[style].transform(lower)) ?? lower
            let made = (try? transliterator(respelt)) ?? respelt
            if !made.isEmpty { parts.append(made) }
        }
        let key = parts.joined(separator: " ")
        cache[cacheKey] = key
        return key
    }

    /// The key of a Latin word with no style marker read in the style `style` (an index of the
    /// rules' styles), or nil when the style does not respell it, or respells it only with the
    /// ambiguous marks § and ¶ and `marks` is false. Cached; most words are not respelt, and those
    /// cost one small transform.
    func reading(of word: String, style: Int, marks: Bool) -> String? {
        let cacheKey = "\(style)\u{2}\(marks)\u{2}\(word)"
        if let cached = readings[cacheKey] { return cached }
        // A word spelt the English way (Sakharov) may be read in the style, but not with its
        // ambiguous s: an s written beside kh or an English y is s.
        let marks = marks && !refuses(style, lower: word.lowercased())
        let respelt = word.split(whereSeparator: { NameText.isHyphen($0.unicodeScalars.first!) }).map { part in
            let lower = part.lowercased()
            return (lower, (try? styles[style].transform(lower)) ?? lower)
        }
        var reading: String?
        let marked = respelt.contains { $0.1.contains("§") || $0.1.contains("¶") }
        if respelt.contains(where: { $0.0 != $0.1 }) && (marks || !marked) {
            reading = respelt.map { (try? transliterator($0.1)) ?? $0.1 }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        readings[cacheKey] = .some(reading)
        return reading
    }

    /// The first spelling style whose markers the lower-case word shows and whose counter-markers
    /// it does not (Sakharow shows the German w but the English kh: its s is not the German s).
    /// A marker `^xy` must start the word and `xy$` must end it; any other marker may be anywhere.
    func style(of lower: String) -> Int? {
        let word = SpellingMarker.Word(lower)
        return styles.indices.first { shows($0, word) }
    }

    /// Every spelling style whose markers the lower-case word shows, in the rules' order.
    func styles(of lower: String) -> [Int] {
        let word = SpellingMarker.Word(lower)
        return styles.indices.filter { shows($0, word) }
    }

    /// Whether the lower-case word shows a counter-marker of the style `style`: it is never keyed
    /// in it, and read in it only where the reading is unambiguous (Sakharov's kh is English: its s
    /// is not read as the German з).
    func refuses(_ style: Int, lower: String) -> Bool {
        guard !styles[style].counters.isEmpty else { return false }
        let word = SpellingMarker.Word(lower)
        return styles[style].counters.contains { $0.isShown(in: word) }
    }

    private func shows(_ style: Int, _ word: SpellingMarker.Word) -> Bool {
        styles[style].markers.contains { $0.isShown(in: word) } && !styles[style].counters.contains { $0.isShown(in: word) }
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
        // A word in a foreign habit is first respelt the English way (the first style that fits).
        if !styles.isEmpty {
            let lower = text.lowercased()
            if let style = style(of: lower) {
                text = (try? styles[style].transform(lower)) ?? text
            }
        }
        // A transliteration failure (never seen with valid rules) leaves the word as its own key.
        return (try? transliterator(text)) ?? text.lowercased()
    }
}
