/// An open-addressing table from a word's 64-bit FNV-1a hash to its lexicon flags. With a few
/// hundred words, a false match of two 64-bit hashes is not a practical concern.
///
/// Each slot also keeps the word itself: listed words (the, said, of, ...) are most of the words
/// of a text, and the tokenizer takes their string from here instead of making one per token.
struct WordFlagTable: Sendable {
    private var hashes: [UInt64]
    private var flags: [LexiconFlags]
    private var words: [String]
    private var mask: Int

    init(entries: [String: LexiconFlags]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        hashes = Array(repeating: 0, count: capacity)
        flags = Array(repeating: [], count: capacity)
        words = Array(repeating: "", count: capacity)
        mask = capacity - 1
        for (word, value) in entries {
            let hash = Array(word.utf8).withUnsafeBufferPointer { Self.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while hashes[slot] != 0 && hashes[slot] != hash { slot = (slot + 1) & mask }
            hashes[slot] = hash
            flags[slot] = value
            words[slot] = word
        }
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = FNV1a.offsetBasis
        for byte in bytes { hash = FNV1a.step(hash, byte) }
        return hash == 0 ? 1 : hash
    }

    /// Whether the phrase `first second` (the two words joined by one space) is in the table,
    /// hashed word by word: no joined string is made.
    func containsPhrase(_ first: String, _ second: String) -> Bool {
        var hash = FNV1a()
        hash.add(first.utf8)
        hash.add(CollectionOfOne(0x20))
        hash.add(second.utf8)
        var value = hash.value
        if value == 0 { value = 1 }
        return slot(of: value) != nil
    }

    /// The flags of the word whose lower-case UTF-8 bytes are `bytes`, and the word as a string
    /// when it is listed (nil otherwise).
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> (flags: LexiconFlags, word: String?) {
        guard let slot = slot(of: Self.hash(bytes)) else { return ([], nil) }
        return (flags[slot], words[slot].utf8.count == bytes.count ? words[slot] : nil)
    }

    /// The slot holding `hash`, probed linearly from its home slot, or nil at an empty slot.
    @inline(__always)
    private func slot(of hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = hashes[slot]
            if stored == hash { return slot }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
