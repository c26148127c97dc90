/// Conversions between Swift strings, UTF-16 buffers and code point offsets.
///
/// ICU works in UTF-16 code units; `pipe` reports offsets in Unicode code points (so that Python's
/// `text[start:end]` gives the span). These helpers do the bookkeeping in one pass.
public enum UTF16Text {
    /// The UTF-16 code units of `string`.
    @inlinable
    public static func units(_ string: String) -> [UInt16] {
        Array(string.utf16)
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
