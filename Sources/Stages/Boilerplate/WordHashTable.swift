/// A 64-bit hash of normalized bytes, the key of every word and phrase table of the
/// `boilerplate` stage, and of line fingerprints.
///
/// Bytes are packed eight at a time into a word, and only full words are mixed: one multiply per
/// eight bytes instead of one per byte (FNV-1a), which matters because every byte of the batch
/// is hashed at least once. Hashing once while a line is normalized lets every lookup afterwards
/// be an integer probe.
struct WordHasher {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var pending: UInt64 = 0
    private var pendingCount: UInt64 = 0

    init() {}

    @inline(__always)
    mutating func add(_ byte: UInt8) {
        pending = pending << 8 | UInt64(byte)
        pendingCount += 1
        if pendingCount == 8 {
            state = Self.mix(state ^ pending)
            pending = 0
            pendingCount = 0
        }
    }

    @inline(__always)
    mutating func reset() { self = WordHasher() }

    /// The hash of the bytes added so far.
    var value: UInt64 {
        Self.mix(state ^ pending ^ (pendingCount << 59) ^ 0x5851_F42D_4C95_7F2D)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        return x
    }

    /// The hash of `bytes`, the same as adding them one by one.
    static func hash<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hasher = WordHasher()
        for byte in bytes { hasher.add(byte) }
        return hasher.value
    }

    /// The hash of the `count` bytes at `bytes`, the same as adding them one by one, read eight
    /// at a time. At least eight readable, initialized bytes must follow the last one: the tail
    /// is read as a whole word and the bytes past it shifted out.
    @inline(__always)
    static func hash(padded bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        hash(padded: bytes, count: count, from: initialState, offset: 0)
    }

    /// The state of a hash before any byte.
    static let initialState: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// `state` after the eight bytes at `bytes`: one step of hashing, for a caller that mixes
    /// words as it writes them (so that the mixing overlaps its other work).
    @inline(__always)
    static func mixWord(_ state: UInt64, _ bytes: UnsafePointer<UInt8>) -> UInt64 {
        mix(state ^ UInt64(bigEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self)))
    }

    /// ``hash(padded:count:)`` of the `count` bytes at `bytes`, whose first `offset` bytes (a
    /// multiple of eight) were already mixed into `state` by ``mixWord(_:_:)``.
    @inline(__always)
    static func hash(padded bytes: UnsafePointer<UInt8>, count: Int, from state: UInt64, offset: Int) -> UInt64 {
        let raw = UnsafeRawPointer(bytes)
        var state = state
        var offset = offset
        while offset &+ 8 <= count {
            state = mix(state ^ UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset &+= 8
        }
        let rest = UInt64(truncatingIfNeeded: count &- offset)
        var pending: UInt64 = 0
        if rest > 0 {
            pending = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) >> (64 &- 8 &* rest)
        }
        return mix(state ^ pending ^ (rest << 59) ^ 0x5851_F42D_4C95_7F2D)
    }

    /// The hash of `bytes`, the same as adding them one by one, read eight at a time.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return WordHasher().value }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var offset = 0
        while offset &+ 8 <= count {
            state = mix(state ^ UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset &+= 8
        }
        var pending: UInt64 = 0
        while offset < count {
            pending = pending << 8 | UInt64(base[offset])
            offset &+= 1
        }
        return mix(state ^ pending ^ (UInt64(count & 7) << 59) ^ 0x5851_F42D_4C95_7F2D)
    }
}

/// An open-addressing map from word hashes to small integers, built once per stage.
///
/// Lookups cost a multiply and, nearly always, one probe; a `Dictionary<UInt64, Int>` costs
/// several times more, and this table is probed for every word of every line.
struct WordHashTable: Sendable {
    /// Keys alone, so that the probe of a word not in the table (half the words of a text) reads
    /// from a small array that stays in the nearest cache.
    private var keys: [UInt64]
    /// Values by slot, plus one cell after the last slot that a missed lookup reads instead.
    private var values: [Int32]
    private let mask: Int
    /// One bit per 2^15 buckets of hashes, set for the buckets of the keys: 4 KB, always in the
    /// nearest cache. A word whose bit is clear (nearly every word not in the table) probes the
    /// always-empty slot after the last instead of a random slot of ``keys``.
    private var filter: [UInt64]
    private static let filterBits = 15

    /// A table for `pairs`; a later pair with the same key replaces an earlier one.
    init(_ pairs: [(key: UInt64, value: Int32)]) {
        // A quarter full at most: a word not in the table mostly lands on an empty slot, so that a
        // lookup seldom probes twice, and its one branch is predictable.
        var capacity = 16
        while capacity < pairs.count * 4 { capacity <<= 1 }
        // One more key slot, always empty, for words the filter rules out.
        keys = Array(repeating: 0, count: capacity + 1)
        values = Array(repeating: -1, count: capacity + 1)
        mask = capacity - 1
        filter = Array(repeating: 0, count: (1 << Self.filterBits) / 64)
        for pair in pairs {
            let key = pair.key == 0 ? 1 : pair.key
            let bucket = Self.bucket(key)
            filter[bucket >> 6] |= 1 << UInt64(bucket & 63)
            var slot = Self.slot(key, mask: mask)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = pair.value
        }
    }

    fileprivate static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The key's filter bit: other bits of the key than the slot's.
    @inline(__always)
    fileprivate static func bucket(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: key >> UInt64(64 - filterBits))
    }

    /// A view of the table for a burst of lookups, holding its storage once rather than per lookup.
    struct Lookup {
        fileprivate let keys: UnsafeBufferPointer<UInt64>
        fileprivate let values: UnsafeBufferPointer<Int32>
        fileprivate let mask: Int
        fileprivate let filter: UnsafeBufferPointer<UInt64>

        /// The value stored for `hash`, or `absent`.
        ///
        /// Whether the word is in the table is a coin toss in running text (half of its words are
        /// function words): the value is selected rather than branched on (a miss reads the spare
        /// cell after the last slot), and only a collision with another key takes a branch.
        @inline(__always)
        func value(for hash: UInt64, absent: Int32) -> Int32 {
            let key = hash == 0 ? 1 : hash
            let bucket = WordHashTable.bucket(key)
            let maybe = filter[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
            // Selected, not branched on: the empty slot after the last ends the probe at once.
            var slot = maybe ? WordHashTable.slot(key, mask: mask) : mask &+ 1
            var stored = keys[slot]
            while stored != key && stored != 0 {
                slot = (slot &+ 1) & mask
                stored = keys[slot]
            }
            let found = stored == key
            let value = values[found ? slot : mask &+ 1]
            return found ? value : absent
        }
    }

    /// Runs `body` with a ``Lookup`` over this table.
    func withLookup<R>(_ body: (Lookup) -> R) -> R {
        keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in
                filter.withUnsafeBufferPointer { filter in
                    body(Lookup(keys: keys, values: values, mask: mask, filter: filter))
                }
            }
        }
    }
}
