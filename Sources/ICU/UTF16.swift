/// Conversions between Swift strings, UTF-16 buffers and code point offsets.
///
/// ICU works in UTF-16 code units; `pipe` reports offsets in Unicode code points (so that Python's
/// `text[start:end]` gives the span). These helpers do the bookkeeping in one pass.
public enum UTF16Text {
    /// The UTF-16 code units of `string`.
    ///
    /// - Complexity: O(*n*); see ``unitsAndSurrogates(_:)``.
    public static func units(_ string: String) -> [UInt16] {
        unitsAndSurrogates(string).units
    }

    /// The UTF-16 code units of `text`, transcoded straight from its UTF-8 storage (several times
    /// faster than `Array(text.utf16)`, which goes through `String.UTF16View`'s index machinery).
    ///
    /// - Returns: The units, and whether any character lies outside the BMP (only then do UTF-16
    ///   offsets differ from code point offsets).
    /// - Complexity: O(*n*); a native Swift string is valid UTF-8, so no validation is needed.
    public static func unitsAndSurrogates(_ text: String) -> (units: [UInt16], hasSurrogates: Bool) {
        var text = text
        var hasSurrogates = false
        let units = text.withUTF8 { utf8 in
            // UTF-16 never needs more units than UTF-8 needs bytes.
            [UInt16](unsafeUninitializedCapacity: utf8.count) { units, initialized in
                let count = utf8.count
                var input = 0
                var output = 0
                let raw = UnsafeRawPointer(utf8.baseAddress)
                while input < count {
                    // Eight ASCII bytes at a time.
                    if let raw, input + 8 <= count {
                        let word = raw.loadUnaligned(fromByteOffset: input, as: UInt64.self)
                        if word & 0x8080_8080_8080_8080 == 0 {
                            for shift in stride(from: 0, to: 64, by: 8) {
                                units[output] = UInt16(truncatingIfNeeded: word &>> UInt64(shift)) & 0xFF
                                output &+= 1
                            }
                            input &+= 8
                            continue
                        }
                    }
                    let lead = UInt32(utf8[input])
                    if lead < 0x80 {
                        units[output] = UInt16(lead)
                        input += 1
                        output += 1
                        continue
                    }
                    let scalar: UInt32
                    if lead < 0xE0 {
                        scalar = (lead & 0x1F) << 6 | UInt32(utf8[input + 1] & 0x3F)
                        input += 2
                    } else if lead < 0xF0 {
                        scalar = (lead & 0x0F) << 12 | UInt32(utf8[input + 1] & 0x3F) << 6 | UInt32(utf8[input + 2] & 0x3F)
                        input += 3
                    } else {
                        scalar = (lead & 0x07) << 18 | UInt32(utf8[input + 1] & 0x3F) << 12 | UInt32(utf8[input + 2] & 0x3F) << 6
                            | UInt32(utf8[input + 3] & 0x3F)
                        input += 4
                    }
                    if scalar < 0x10000 {
                        units[output] = UInt16(scalar)
                        output += 1
                    } else {
                        hasSurrogates = true
                        let value = scalar - 0x10000
                        units[output] = UInt16(0xD800 | (value >> 10))
                        units[output + 1] = UInt16(0xDC00 | (value & 0x3FF))
                        output += 2
                    }
                }
                initialized = output
            }
        }
        return (units, hasSurrogates)
    }

    /// A string from UTF-16 code units; unpaired surrogates become U+FFFD.
    @inlinable
    public static func string(_ units: [UInt16]) -> String {
        String(decoding: units, as: UTF16.self)
    }

    /// Converts ascending UTF-16 offsets into `units` to code point offsets.
    ///
    /// - Complexity: O(*n* + *k*) for *n* code units and *k* offsets.
    public static func codePointOffsets(_ utf16Offsets: [Int], in units: [UInt16]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(utf16Offsets.count)
        var unit = 0
        var codePoints = 0
        for target in utf16Offsets {
            while unit < target && unit < units.count {
                // A low surrogate that follows a high one belongs to the same code point.
                let u = units[unit]
                if !(u >= 0xDC00 && u <= 0xDFFF && unit > 0 && units[unit - 1] >= 0xD800 && units[unit - 1] <= 0xDBFF) {
                    codePoints += 1
                }
                unit += 1
            }
            // An offset that falls between surrogates counts the pair as one code point already begun.
            result.append(codePoints)
        }
        return result
    }
}
