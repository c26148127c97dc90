/// A fixed list of words, asked about by a word's UTF-8 bytes.
///
/// A `Set<String>` hashes each word asked with the standard library's seeded hasher and compares
/// by canonical equivalence: several hundred instructions per question for a short lower-case
/// word, asked for many words of every candidate phrase. This table hashes the bytes with FNV-1a
/// (as the lexicon's word table does), probes linearly and compares the bytes, so a phrase's word
/// can be asked about in place, without a string made for it. The lists are ASCII words, whose
/// bytes are their only spelling, so the answers are the `Set`'s.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let hashes: [UInt64]
    private let words: [[UInt8]]
    private let mask: Int

    init(arrayLiteral elements: String...) {
        var capacity = 16
        while capacity < elements.count * 4 { capacity *= 2 }
        var hashes = [UInt64](repeating: 0, count: capacity)
        var words = [[UInt8]](repeating: [], count: capacity)
        for word in elements {
            let bytes = Array(word.utf8)
            let hash = bytes.withUnsafeBufferPointer { WordFlagTable.hash($0) }
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while hashes[slot] != 0 && !(hashes[slot] == hash && words[slot] == bytes) { slot = (slot + 1) & (capacity - 1) }
            hashes[slot] = hash
            words[slot] = bytes
        }
        self.hashes = hashes
        self.words = words
        self.mask = capacity - 1
    }

    /// Whether the word whose UTF-8 bytes are `bytes` is listed.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = WordFlagTable.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = hashes[slot]
            if stored == 0 { return false }
            if stored == hash && words[slot].elementsEqual(bytes) { return true }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `word` is listed.
    func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains($0) }
    }
}
