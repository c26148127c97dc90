/// An open-addressing table from byte strings (words, keys) to their indexes, 0, 1, 2, … in the
/// order they were first inserted.
///
/// The names stage looks up the same few thousand words and keys for every mention of a batch:
/// a `[String: …]` lookup runs SipHash over the key and compares `String`s, while this table hashes
/// the UTF-8 bytes a few words at a time and compares them inline. Callers keep their values in
/// arrays indexed by the returned index.
struct ByteKeyTable {
    private var slots: [Int32]
    private var arena: [UInt8] = []
    private var starts: [Int32] = []
    private var hashes: [UInt64] = []

    /// An empty table with room for about `capacity` keys before it grows.
    init(capacity: Int = 2048) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
    }

    /// How many keys the table holds.
    var count: Int { hashes.count }

    /// Forgets every key, keeping the memory.
    mutating func removeAll() {
        arena.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        for i in slots.indices { slots[i] = -1 }
    }

    /// The index of `bytes`, or nil if it was never inserted.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let found = find(bytes, hash: Self.hash(bytes))
        return found.index
    }

    /// The index of `bytes`, inserted with the next index (``count`` before the call) if it is new.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(bytes)
        let found = find(bytes, hash: hash)
        if let index = found.index { return index }
        let index = hashes.count
        starts.append(Int32(truncatingIfNeeded: arena.count))
        arena.append(contentsOf: bytes)
        hashes.append(hash)
        slots[found.slot] = Int32(truncatingIfNeeded: index)
        if hashes.count * 2 > slots.count { rehash() }
        return index
    }

    /// The index of the string `key`, or nil if it was never inserted.
    func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { index(of: $0) }
    }

    /// The index of the string `key`, inserted if it is new (see ``insert(_:)-(UnsafeBufferPointer<UInt8>)``).
    mutating func insert(_ key: String) -> Int {
        var key = key
        return key.withUTF8 { insert($0) }
    }

    /// The index of `bytes` if present, else the empty slot where it goes.
    @inline(__always)
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (index: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return (nil, slot) }
            if hashes[index] == hash {
                let start = Int(starts[index])
                let end = index + 1 < starts.count ? Int(starts[index + 1]) : arena.count
                if end - start == bytes.count
                    && (bytes.isEmpty
                        || arena.withUnsafeBufferPointer({ Self.equalBytes($0.baseAddress! + start, bytes.baseAddress!, count: bytes.count) }))
                {
                    return (index, slot)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func rehash() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: index)
        }
    }

    /// A hash of a word's bytes, read eight (or four) at a time, the last load overlapping the one
    /// before: a word is a few such loads, where a byte-by-byte hash cost a step per byte. Multiply
    /// and fold, so that the low bits, which pick the slot, depend on every byte.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
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
    static func equalBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, count: Int) -> Bool {
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
}
