import ICU
import Pipeline

/// One worker's ICU sentence iterator (ICU iterators are not thread-safe).
final class SentenceIterator {
    private let iterator: BreakIterator

    init(locale: String) throws {
        iterator = try BreakIterator(.sentence, locale: locale)
    }

    /// The sentences of `text` as code point spans.
    func sentences(in text: String, resolver: SentenceBoundaryResolver) throws -> [Span] {
        let (units, hasSurrogates) = Self.utf16Units(of: text)
        let icuBoundaries = iterator.boundaries(utf16: units).map(\.utf16Offset)
        let ranges = units.withUnsafeBufferPointer { resolver.sentences(in: $0, icuBoundaries: icuBoundaries) }
        return CodePointSpans.spans(ranges, in: units, hasSurrogates: hasSurrogates)
    }

    /// The UTF-16 code units of `text`, transcoded straight from its UTF-8 storage (several times
    /// faster than `Array(text.utf16)`, which goes through `String.UTF16View`'s index machinery).
    ///
    /// - Returns: The units, and whether any character lies outside the BMP (only then do UTF-16
    ///   offsets differ from code point offsets).
    /// - Complexity: O(*n*); a native Swift string is valid UTF-8, so no validation is needed.
    static func utf16Units(of text: String) -> (units: [UInt16], hasSurrogates: Bool) {
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
}
