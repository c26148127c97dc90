/// A 64-bit hash of normalized bytes, the key of every word and phrase table of the
/// `boilerplate` stage, and of line fingerprints.
///
/// Bytes are packed eight at a time into a word, and only full words are mixed: one multiply per
/// eight bytes instead of one per byte (FNV-1a), which matters because every byte of the batch
/// is hashed at least once. Hashing once while a line is normalized lets every lookup afterwards
/// be an integer probe.
struct WordHasher {
    private var state: UInt64 = WordHasher.initialState
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
    var value: UInt64 { Self.finished(state, pending: pending, pendingCount: pendingCount) }

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
        let raw = UnsafeRawPointer(bytes)
        var state = initialState
        var offset = 0
        while offset &+ 8 <= count {
            state = mix(state ^ UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset &+= 8
        }
        let rest = UInt64(truncatingIfNeeded: count &- offset)
        var pending: UInt64 = 0
        if rest > 0 {
            pending = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) >> (64 &- 8 &* rest)
        }
        return finished(state, pending: pending, pendingCount: rest)
    }

    /// The state of a hash before any byte.
    static let initialState: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The state after eight more bytes, `chunk` (the first byte the highest): the step of
    /// ``hash(padded:count:)``, for ``LineNormalizer``, which hashes each word as it writes it.
    @inline(__always)
    static func absorb(_ state: UInt64, _ chunk: UInt64) -> UInt64 { mix(state ^ chunk) }

    /// The hash, from the state after the full chunks and the `count` (0 to 7) bytes after them,
    /// `tail` (the first byte the highest, as the lowest `count` bytes of the word).
    @inline(__always)
    static func finish(_ state: UInt64, tail: UInt64, count: Int) -> UInt64 {
        finished(state, pending: tail, pendingCount: UInt64(truncatingIfNeeded: count))
    }

    /// The hash, from the state after the full words and the bytes of the last, partial one.
    @inline(__always)
    private static func finished(_ state: UInt64, pending: UInt64, pendingCount: UInt64) -> UInt64 {
        mix(state ^ pending ^ (pendingCount << 59) ^ 0x5851_F42D_4C95_7F2D)
    }

    /// The hash of `bytes`, the same as adding them one by one, read eight at a time.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return WordHasher().value }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var state = initialState
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
        return finished(state, pending: pending, pendingCount: UInt64(count & 7))
    }
}

/// An open-addressing map from word hashes to small integers, built once per stage.
///
/// Lookups cost a multiply and, nearly always, one probe; a `Dictionary<UInt64, Int>` costs
/// several times more, and this table is probed for every word of every line.
struct WordHashTable: Sendable {
    /// A key and its value side by side, so that finding a word in the table (half the words of
    /// running text are function words, which are in it) reads one cache line, not two.
    fileprivate struct Slot {
        var key: UInt64 = 0
        var value: Int32 = -1
    }

    /// Slots, plus one after the last, always empty, that a word the filter rules out reads.
    private var slots: [Slot]
    private let mask: Int
    /// One bit per 2^15 buckets of hashes, set for the buckets of the keys: 4 KB, always in the
    /// nearest cache. A word whose bit is clear (nearly every word not in the table) probes the
    /// always-empty slot after the last instead of a random slot.
    private var filter: [UInt64]
    private static let filterBits = 15

    /// A table for `pairs`; a later pair with the same key replaces an earlier one.
    init(_ pairs: [(key: UInt64, value: Int32)]) {
        // Half full at most: the filter keeps most words not in the table away from the slots, so
        // the slots are probed mostly for words that are there, and a small table stays in cache.
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        slots = Array(repeating: Slot(), count: capacity + 1)
        mask = capacity - 1
        filter = Array(repeating: 0, count: (1 << Self.filterBits) / 64)
        for pair in pairs {
            let key = pair.key == 0 ? 1 : pair.key
            let bucket = Self.bucket(key)
            filter[bucket >> 6] |= 1 << UInt64(bucket & 63)
            var slot = Self.slot(key, mask: mask)
            while slots[slot].key != 0 && slots[slot].key != key { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, value: pair.value)
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
        fileprivate let slots: UnsafeBufferPointer<Slot>
        fileprivate let mask: Int
        fileprivate let filter: UnsafeBufferPointer<UInt64>

        /// The value stored for `hash`, or `absent`.
        ///
        /// Whether the word is in the table is a coin toss in running text (half of its words are
        /// function words): the slot is selected rather than branched on (a word the filter rules
        /// out reads the empty slot after the last), and only a collision with another key takes
        /// a branch.
        @inline(__always)
        func value(for hash: UInt64, absent: Int32) -> Int32 {
            let key = hash == 0 ? 1 : hash
            let bucket = WordHashTable.bucket(key)
            let maybe = filter[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
            var slot = maybe ? WordHashTable.slot(key, mask: mask) : mask &+ 1
            var stored = slots[slot]
            while stored.key != key && stored.key != 0 {
                slot = (slot &+ 1) & mask
                stored = slots[slot]
            }
            return stored.key == key ? stored.value : absent
        }
    }

    /// Runs `body` with a ``Lookup`` over this table.
    func withLookup<R>(_ body: (Lookup) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            filter.withUnsafeBufferPointer { filter in
                body(Lookup(slots: slots, mask: mask, filter: filter))
            }
        }
    }
}
