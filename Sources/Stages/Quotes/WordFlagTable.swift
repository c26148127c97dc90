/// An open-addressing table from a word's 64-bit FNV-1a hash to its lexicon flags. With a few
/// hundred words, a false match of two 64-bit hashes is not a practical concern.
struct WordFlagTable: Sendable {
    private var hashes: [UInt64]
    private var flags: [LexiconFlags]
    private var mask: Int

    init(entries: [String: LexiconFlags]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        hashes = Array(repeating: 0, count: capacity)
        flags = Array(repeating: [], count: capacity)
        mask = capacity - 1
        for (word, value) in entries {
            let hash = Self.hash(Array(word.utf8)[...])
            var slot = Int(truncatingIfNeeded: hash) & mask
            while hashes[slot] != 0 && hashes[slot] != hash { slot = (slot + 1) & mask }
            hashes[slot] = hash
            flags[slot] = value
        }
    }

    @inline(__always)
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return hash == 0 ? 1 : hash
    }

    /// The flags of the word whose lower-case UTF-8 bytes are `bytes`.
    @inline(__always)
    func flags(of bytes: ArraySlice<UInt8>) -> LexiconFlags {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = hashes[slot]
            if stored == hash { return flags[slot] }
            if stored == 0 { return [] }
            slot = (slot + 1) & mask
        }
    }
}
