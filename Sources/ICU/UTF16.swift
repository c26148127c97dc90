/// Conversions between Swift strings, UTF-16 buffers and code point offsets.
///
/// ICU works in UTF-16 code units; `pipe` reports offsets in Unicode code points (so that Python's
/// `text[start:end]` gives the span). These helpers do the bookkeeping in one pass.
public enum UTF16Text {
    /// The UTF-16 code units of `string`.
    ///
    /// Transcodes from the string's UTF-8 storage in one tight loop; several times faster than
    /// `Array(string.utf16)`, which walks the UTF-16 view index by index.
    public static func units(_ string: String) -> [UInt16] {
        var string = string
        return string.withUTF8 { utf8 in
            [UInt16](unsafeUninitializedCapacity: utf8.count) { buffer, initialized in
                var out = 0
                var index = 0
                let count = utf8.count
                while index < count {
                    let byte = utf8[index]
                    if byte < 0x80 {
                        buffer[out] = UInt16(byte)
                        out += 1
                        index += 1
                        continue
                    }
                    // Native strings hold valid UTF-8, so the lead byte gives the length.
                    var value: UInt32
                    if byte >= 0xF0 {
                        value = UInt32(byte & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                            | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
                        index += 4
                        value -= 0x10000
                        buffer[out] = UInt16(0xD800 + (value >> 10))
                        buffer[out + 1] = UInt16(0xDC00 + (value & 0x3FF))
                        out += 2
                        continue
                    } else if byte >= 0xE0 {
                        value = UInt32(byte & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                        index += 3
                    } else {
                        value = UInt32(byte & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                        index += 2
                    }
                    buffer[out] = UInt16(value)
                    out += 1
                }
                initialized = out
            }
        }
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
