/// ``ByteLanes``' class tests on sixteen bytes at once, in the lanes of a vector: the boilerplate
/// stage's fingerprints and its lower-casing read a line sixteen bytes at a time with these.
///
/// The same sums, lane by lane (a lane below 0x80 plus `0x80 - low` reaches bit 7 exactly when it
/// is at least `low`), where the sums of eight lanes in one word needed them to stay below 0x80.
/// Written with lane-wise arithmetic only: the vector comparisons were compiled into a loop over
/// the lanes.
extension ByteLanes {
    /// Lanes of `seven` (each below 0x80) from `low` through `last`.
    @inline(__always)
    private static func within(_ seven: SIMD16<UInt8>, _ low: UInt8, _ last: UInt8) -> SIMD16<UInt8> {
        (seven &+ (0x80 &- low)) & ~(seven &+ (0x80 &- (last &+ 1))) & 0x80
    }

    /// Lanes holding `A`...`Z`.
    @inline(__always)
    static func uppercaseLetters(_ bytes: SIMD16<UInt8>) -> SIMD16<UInt8> {
        within(bytes & 0x7F, 0x41, 0x5A) & ~bytes
    }

    /// Lanes holding an ASCII letter of either case.
    @inline(__always)
    static func letters(_ bytes: SIMD16<UInt8>) -> SIMD16<UInt8> {
        within((bytes & 0x7F) | 0x20, 0x61, 0x7A) & ~bytes
    }

    /// Lanes holding `0`...`9`.
    @inline(__always)
    static func digits(_ bytes: SIMD16<UInt8>) -> SIMD16<UInt8> {
        within(bytes & 0x7F, 0x30, 0x39) & ~bytes
    }
}
