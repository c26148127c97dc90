/// A 64-bit FNV-1a hash of normalized bytes, the key of every word and phrase table of the
/// `boilerplate` stage.
///
/// Hashing once while a line is normalized lets every lookup afterwards be an integer probe, which
/// is what keeps the stage above 100 MB/s per core.
struct WordHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    mutating func reset() { value = 0xcbf2_9ce4_8422_2325 }

    /// The hash of `bytes`, the same as adding them one by one.
    static func hash<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hasher = WordHasher()
        for byte in bytes { hasher.add(byte) }
        return hasher.value
    }
}

/// An open-addressing map from word hashes to small integers, built once per stage.
///
/// Lookups cost a multiply and, nearly always, one probe; a `Dictionary<UInt64, Int>` costs
/// several times more, and this table is probed for every word of every line.
struct WordHashTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int

    /// A table for `pairs`; a later pair with the same key replaces an earlier one.
    init(_ pairs: [(key: UInt64, value: Int32)]) {
        var capacity = 16
        while capacity < pairs.count * 3 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for pair in pairs {
            let key = pair.key == 0 ? 1 : pair.key
            var slot = Self.slot(key, mask: mask)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = pair.value
        }
    }

    /// A set of hashes, each mapped to 0.
    init(set hashes: some Sequence<UInt64>) {
        self.init(hashes.map { (key: $0, value: Int32(0)) })
    }

    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The value stored for `hash`, or `nil`.
    @inline(__always)
    func value(for hash: UInt64) -> Int32? {
        let key = hash == 0 ? 1 : hash
        var slot = Self.slot(key, mask: mask)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `hash` is in the table.
    @inline(__always)
    func contains(_ hash: UInt64) -> Bool { value(for: hash) != nil }
}
