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
    private let styles: [(markers: [SpellingMarker], counters: [SpellingMarker], transform: Transliterator, keys: RespellingKeys?)]
    private let homoglyphs: HomoglyphRepair
    private let rules: NameRules
    /// Word infos, indexed by ``infoIndex(of:)``.
    @exclusivity(unchecked) private(set) var infoTable: [NameWordInfo] = []
    /// Per info, the entity key of the word as a one-word name, made on first use.
    @exclusivity(unchecked) private var singleEntityKeys: [String?] = []
    /// Two-word names ("Given Surname", one space) by their words' info indexes (eight bytes, in
    /// ``pairValues``' order): the surface and, for a person, the entity key, so a recurring name
    /// is not built again for every mention. A byte table: a `[Int: …]` dictionary ran SipHash.
    @exclusivity(unchecked) private var pairs = ByteKeyTable(capacity: 1024)
    @exclusivity(unchecked) private var pairValues: [(surface: String, personKey: String?)] = []
    /// Names of several words by their words' info indexes (four bytes each, in ``runValues``'
    /// order): their words' keys joined and the entity key, built once per worker, not per mention.
    @exclusivity(unchecked) private var runs = ByteKeyTable(capacity: 1024)
    @exclusivity(unchecked) private var runValues: [(key: String, entityKey: String)] = []
    // A word's UTF-8 bytes to its index in `infoTable`, so the hot path neither makes a String
    // nor runs SipHash for words it has seen.
    @exclusivity(unchecked) private var words = ByteKeyTable(capacity: 2048)
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
    /// Place stems of keys (see ``placeStem(_:)``).
    private var stems: [String: String] = [:]
    /// ``NameRuleKeys/transliteratedConcepts``: a word with one of these keys (each hyphenated part
    /// one) is a ``WordClass/transliteratedConcept``. Empty in the maker that makes the rules' keys.
    private let conceptKeys: Set<String>
    /// ``NameRuleKeys/shortTransliteratedConcepts``: a word with one of these keys is a
    /// ``WordClass/shortTransliteratedConcept``. Empty in the maker that makes the rules' keys.
    private let shortConceptKeys: Set<String>
    /// ``NameRuleKeys/linkingConcepts``: a word with one of these keys is a
    /// ``WordClass/linkingConcept``. Empty in the maker that makes the rules' keys.
    private let linkingConceptKeys: Set<String>
    /// Words repaired for mixed scripts, since this maker was made.
    private(set) var repairedWords = 0

    /// The cache is dropped when it grows past this many words, to bound memory on huge drops.
    static let cacheLimit = 200_000

    /// A maker whose transforms are copies of `transforms`' (compiled once per stage).
    init(
        rules: NameRules, homoglyphs: HomoglyphRepair, transforms: NameKeyTransforms, conceptKeys: Set<String> = [],
        shortConceptKeys: Set<String> = [], linkingConceptKeys: Set<String> = []
    ) throws {
        self.conceptKeys = conceptKeys
        self.shortConceptKeys = shortConceptKeys
        self.linkingConceptKeys = linkingConceptKeys
        let (transliterator, styleTransforms) = try transforms.copies()
        self.transliterator = transliterator
        styles = zip(zip(rules.spellingStyles, styleTransforms), transforms.respellingKeys).map {
            ($0.0.markers.map(SpellingMarker.init), $0.0.counterMarkers.map(SpellingMarker.init), $0.1, $1)
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
            pairs.removeAll()
            pairValues.removeAll(keepingCapacity: true)
            runs.removeAll()
            runValues.removeAll(keepingCapacity: true)
            words.removeAll()
            keyIDs.removeAll(keepingCapacity: true)
        }
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        if readings.count >= Self.cacheLimit { readings.removeAll(keepingCapacity: true) }
        if stems.count >= Self.cacheLimit { stems.removeAll(keepingCapacity: true) }
    }

    /// The entity key of the word at `index` of ``infoTable`` as a one-word name, cached: most
    /// names are one word, and the same ones recur.
    func singleEntityKey(_ index: Int) -> String {
        if let known = singleEntityKeys[index] { return known }
        makeKey(index)
        let made = NameVariantTable.entityKey(infoTable[index].key)
        singleEntityKeys[index] = made
        return made
    }

    /// The surface of the two words at info indexes `first` and `second` joined by one space.
    func pairSurface(_ first: Int, _ second: Int) -> String {
        let index = pairIndex(first, second)
        if index < pairValues.count { return pairValues[index].surface }
        let made = infoTable[first].word + " " + infoTable[second].word
        pairValues.append((made, nil))
        return made
    }

    /// The person entity key of the pair, made by `make` on first use (after ``pairSurface``).
    func pairPersonKey(_ first: Int, _ second: Int, make: () -> String) -> String {
        let index = pairIndex(first, second)
        if index < pairValues.count, let known = pairValues[index].personKey { return known }
        let made = make()
        if index < pairValues.count {
            pairValues[index].personKey = made
        } else {
            pairValues.append((infoTable[first].word + " " + infoTable[second].word, made))
        }
        return made
    }

    /// The index of the pair of info indexes in ``pairValues``; ``pairValues``' count if it is new,
    /// and the caller appends its value.
    private func pairIndex(_ first: Int, _ second: Int) -> Int {
        var pair = UInt64(truncatingIfNeeded: first) << 32 | UInt64(UInt32(truncatingIfNeeded: second))
        return withUnsafeBytes(of: &pair) { pairs.insert($0.assumingMemoryBound(to: UInt8.self)) }
    }

    /// The joined key and entity key of the name whose words have the info indexes `words`, each
    /// with its key made; `make` joins the keys on first sight.
    func runKeys(_ words: UnsafeBufferPointer<Int32>, make: () -> String) -> (key: String, entityKey: String) {
        let index = UnsafeRawBufferPointer(words).withMemoryRebound(to: UInt8.self) { runs.insert($0) }
        if index < runValues.count { return runValues[index] }
        let key = make()
        let made = (key: key, entityKey: NameVariantTable.entityKey(key))
        runValues.append(made)
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

    /// The index in ``infoTable`` of what the detector needs to know about the word `bytes`; its
    /// key is made by ``makeKey(_:)`` when first asked for.
    func infoIndex(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if let known = words.index(of: bytes) { return known }
        let word = String(decoding: bytes, as: UTF8.self)
        let lower = word.lowercased()
        let index = words.insert(bytes)
        singleEntityKeys.append(nil)
        infoTable.append(NameWordInfo(word: word, lower: lower, classes: .of(lower: lower, rules: rules), style: style(of: lower) ?? -1))
        return index
    }

    /// Makes the key, key ID and ``WordClass/keyEndings`` of the info at `index`, unless made.
    func makeKey(_ index: Int) {
        guard infoTable[index].keyID < 0 else { return }
        let key = key(of: Substring(infoTable[index].word))
        let keyID: Int
        if let existing = keyIDs[key] {
            keyID = existing
        } else {
            // IDs keep counting up across cache resets, so an ID never stands for two keys.
            keyID = nextKeyID
            nextKeyID += 1
            keyIDs[key] = keyID
        }
        infoTable[index].key = key
        infoTable[index].keyID = keyID
        infoTable[index].classes.formUnion(.of(key: key, rules: rules))
        if WordClass.hasAdjectiveEnding(infoTable[index].lower, rules.adjectiveEndings) { infoTable[index].classes.insert(.adjectiveEnding) }
        if !conceptKeys.isEmpty, !key.isEmpty, key.split(separator: " ").allSatisfy({ conceptKeys.contains(String($0)) }) {
            infoTable[index].classes.insert(.transliteratedConcept)
        }
        if !shortConceptKeys.isEmpty, shortConceptKeys.contains(key) { infoTable[index].classes.insert(.shortTransliteratedConcept) }
        if !linkingConceptKeys.isEmpty, linkingConceptKeys.contains(key) { infoTable[index].classes.insert(.linkingConcept) }
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
            if Self.isNumeral(part) {
                parts.append(String(part))
                continue
            }
            let lower = part.lowercased()
            let respelt = respell(lower, style: style) ?? lower
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
            return (lower, respell(lower, style: style) ?? lower)
        }
        var reading: String?
        let marked = respelt.contains { Self.hasAmbiguousMark($0.1) }
        if respelt.contains(where: { $0.0 != $0.1 }) && (marks || !marked) {
            reading = respelt.map { Self.isNumeral($0.0) ? $0.0 : (try? transliterator($0.1)) ?? $0.1 }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        readings[cacheKey] = .some(reading)
        return reading
    }

    /// The lower-case `lower` respelt in the style `style` (an index of the rules' styles); nil if
    /// the transform fails. A word the style's rules cannot rewrite is returned as it is, without
    /// the ICU call (``RespellingKeys``).
    private func respell(_ lower: String, style: Int) -> String? {
        if let keys = styles[style].keys, !keys.mayRewrite(lower) { return lower }
        return try? styles[style].transform(lower)
    }

    /// Whether `respelt` holds the ambiguous German s or sch (§, ¶). Their UTF-8 bytes (C2 A7,
    /// C2 B6) are looked for first: Foundation's string search, which a text holding them still
    /// takes, cost more than the reading's transforms.
    static func hasAmbiguousMark(_ respelt: String) -> Bool {
        var respelt = respelt
        let mayHold = respelt.withUTF8 { bytes in
            bytes.indices.dropLast().contains { bytes[$0] == 0xC2 && (bytes[$0 + 1] == 0xA7 || bytes[$0 + 1] == 0xB6) }
        }
        return mayHold && (respelt.contains("§") || respelt.contains("¶"))
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

    /// ``NamePlaceStem/stem(_:)`` of `key`, cached: the same places recur, and a stem costs a walk
    /// over the key's scalars with several suffix tests.
    func placeStem(_ key: String) -> String {
        if let known = stems[key] { return known }
        let made = NamePlaceStem.stem(key)
        stems[key] = made
        return made
    }

    /// The key of a place of sub-kind `kind` whose base name has key `baseKey`: the base and the
    /// sub-kind (`naryn#river`). A base other than a city's is read as ``NamePlaceStem`` reads it, so
    /// that the Russian adjective meets the noun (Ферганская долина, Fergana Valley); a city's stays
    /// as written, the key its bare forms join (``NameClusterer/joinBarePlaces(_:sets:)``). The
    /// detector keys a described place so, and the style readings read one again the same way.
    func describedPlaceKey(_ baseKey: String, kind: String) -> String {
        kind == "city" ? baseKey + "#" + kind : placeStem(baseKey) + "#" + kind
    }

    /// The keys of several words joined by a space.
    func key(ofWords words: [Substring]) -> String {
        words.map { key(of: $0) }.joined(separator: " ")
    }

    /// Whether `part` is a numeral of ASCII digits, which every key and reading keeps as written
    /// (the transliterator would drop it, and `Semipalatinsk-21` would read as `Semipalatinsk`).
    static func isNumeral<Part: StringProtocol>(_ part: Part) -> Bool {
        guard let first = part.utf8.first, first &- 0x30 < 10 else { return false }
        return part.utf8.allSatisfy { $0 &- 0x30 < 10 }
    }

    private func partKey(_ part: Substring) -> String {
        // A numeral is its own key: `Rustavi 2` and `Rustavi-2` are not `Rustavi`, nor `Rustavi 3`.
        if Self.isNumeral(part) { return String(part) }
        var text = String(part)
        if let repaired = homoglyphs.repaired(part) {
            text = repaired
            repairedWords += 1
        }
        // A word in a foreign habit is first respelt the English way (the first style that fits).
        if !styles.isEmpty {
            let lower = text.lowercased()
            if let style = style(of: lower) {
                text = respell(lower, style: style) ?? text
            }
        }
        // A transliteration failure (never seen with valid rules) leaves the word as its own key.
        return (try? transliterator(text)) ?? text.lowercased()
    }
}
