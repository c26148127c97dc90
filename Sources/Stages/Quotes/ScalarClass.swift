/// Character classes with an ASCII fast path: `Unicode.Scalar.Properties` looks every scalar up
/// in ICU-style tables, which dominated the stage's profile on mostly-ASCII news text.
enum ScalarClass {
    /// The ASCII word scalars as a 128-bit table, one bit per scalar: digits in the low half,
    /// letters in the high half. A shift and a mask, instead of three range comparisons.
    private static let asciiWordLow: UInt64 = 0x03FF_0000_0000_0000
    private static let asciiWordHigh: UInt64 = 0x07FF_FFFE_07FF_FFFE

    /// A letter or a digit.
    @inline(__always)
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x40 { return (asciiWordLow >> UInt64(v)) & 1 != 0 }
        if v < 0x80 { return (asciiWordHigh >> UInt64(v - 0x40)) & 1 != 0 }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return s.properties.numericType != nil
    }

    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return s.properties.isWhitespace
    }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    /// The string of `scalars[range]`, encoded straight into the string's own storage (no
    /// intermediate byte array).
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count * 4) { bytes in
            var n = 0
            for k in range {
                let v = scalars[k].value
                if v < 0x80 {
                    bytes[n] = UInt8(v)
                    n += 1
                } else if v < 0x800 {
                    bytes[n] = UInt8(0xC0 | (v >> 6))
                    bytes[n + 1] = UInt8(0x80 | (v & 0x3F))
                    n += 2
                } else if v < 0x10000 {
                    bytes[n] = UInt8(0xE0 | (v >> 12))
                    bytes[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    bytes[n + 2] = UInt8(0x80 | (v & 0x3F))
                    n += 3
                } else {
                    bytes[n] = UInt8(0xF0 | (v >> 18))
                    bytes[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    bytes[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    bytes[n + 3] = UInt8(0x80 | (v & 0x3F))
                    n += 4
                }
            }
            return n
        }
    }
}
