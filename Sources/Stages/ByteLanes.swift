/// Eight bytes of UTF-8 loaded as one `UInt64` (little-endian: the first byte is the lowest), and
/// which of them are ASCII letters or digits, as bit 7 of each byte's lane: the stages' fast scans
/// read text eight bytes at a time with these.
///
/// A byte below 0x80 plus `0x80 - low` reaches bit 7 exactly when it is at least `low`, with no
/// carry into the next lane; bytes of 0x80 and up (UTF-8 beyond ASCII) are in no class.
enum ByteLanes {
    /// Bit 7 of every lane.
    static let high: UInt64 = 0x8080_8080_8080_8080

    /// Lanes of `bytes` (each below 0x80) from `low` through `last`.
    @inline(__always)
    private static func within(_ seven: UInt64, _ low: UInt8, _ last: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        return (seven &+ UInt64(0x80 &- low) &* ones) & ~(seven &+ UInt64(0x80 &- (last &+ 1)) &* ones) & high
    }

    /// Lanes holding `a`...`z`.
    @inline(__always)
    static func lowercaseLetters(_ bytes: UInt64) -> UInt64 {
        within(bytes & ~high, 0x61, 0x7A) & ~bytes
    }

    /// Lanes holding `A`...`Z`.
    @inline(__always)
    static func uppercaseLetters(_ bytes: UInt64) -> UInt64 {
        within(bytes & ~high, 0x41, 0x5A) & ~bytes
    }

    /// Lanes holding an ASCII letter of either case.
    @inline(__always)
    static func letters(_ bytes: UInt64) -> UInt64 {
        within((bytes & ~high) | 0x2020_2020_2020_2020, 0x61, 0x7A) & ~bytes
    }

    /// Lanes holding `0`...`9`.
    @inline(__always)
    static func digits(_ bytes: UInt64) -> UInt64 {
        within(bytes & ~high, 0x30, 0x39) & ~bytes
    }

    /// Lanes holding the ASCII byte `byte`.
    @inline(__always)
    static func equal(_ bytes: UInt64, _ byte: UInt8) -> UInt64 {
        within((bytes ^ UInt64(byte) &* 0x0101_0101_0101_0101) & ~high, 0, 0) & ~bytes
    }
}
