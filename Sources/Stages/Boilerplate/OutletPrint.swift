/// A line fingerprint as the key of the `boilerplate` stage's learned state (see ``LineFingerprint``).
///
/// The map phase inserts every recorded line of the batch into a dictionary and the merge inserts
/// it again; with `UInt64` keys each insert ran the standard library's SipHash, a sixth of the
/// cost of learning. A fingerprint is already a well-mixed hash, so its bucket hash is one
/// multiply of the fingerprint with the dictionary's seed (the seed is kept, so that dictionaries
/// of different sizes do not collide alike when one is copied into another). It encodes as the
/// bare number, so a saved state reads the same as with `UInt64` keys.
public struct OutletPrint: Hashable, Codable, Sendable {
    /// The fingerprint.
    public var value: UInt64

    /// The key of `value`.
    @inline(__always)
    public init(_ value: UInt64) { self.value = value }

    /// Reads the bare number a saved state holds.
    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(UInt64.self)
    }

    /// Writes the bare number, as a state with `UInt64` keys did.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// Feeds the fingerprint to `hasher`, for hashing outside a dictionary's buckets.
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }

    /// The bucket hash: the fingerprint mixed with the dictionary's seed by one multiply and
    /// shift. The standard library's hook for types that hash faster than `Hasher`; it is
    /// underscored, so a toolchain that drops it falls back to ``hash(into:)`` (SipHash) and
    /// only the speed changes.
    @inline(__always)
    public func _rawHashValue(seed: Int) -> Int {
        var mixed = (value ^ UInt64(truncatingIfNeeded: seed)) &* 0xBF58_476D_1CE4_E5B9
        mixed ^= mixed >> 31
        return Int(truncatingIfNeeded: mixed)
    }
}
