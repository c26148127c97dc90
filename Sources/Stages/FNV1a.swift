/// The 64-bit FNV-1a hash, byte by byte: the quotes lexicon's word table hashes words with it on
/// the hot path, and the rule files' digest hashes whole files. Stable across runs and machines,
/// unlike `Hasher`, so its values can be stored.
struct FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash so far.
    private(set) var value = Self.offsetBasis

    /// The hash after one more byte.
    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { value = Self.step(value, byte) }
    }
}
