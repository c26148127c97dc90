/// Classes of UTF-16 code units that the sentence rules look at.
///
/// The splitter works on a UTF-16 buffer (ICU's native form) and never indexes a `String` by
/// character. ASCII is decided by plain comparisons (no table: a global table costs a lazy
/// initialisation check on every access in the hot loop); other units ask
/// `Unicode.Scalar.Properties`, which only happens near punctuation. Units of a surrogate pair (emoji and other astral characters) are
/// neither letters nor spaces here, which is what the rules want: an emoji is "other".
enum SentenceCharacter {
    /// The first unit at or after `start` that the candidate scan must look at: `.`, `?`, `!`,
    /// `"`, `)`, a line break, or a non-ASCII unit that may be punctuation, a quote or a bullet
    /// (U+0085, U+00AB, U+00BB, U+0589, U+061F, U+06D4, U+0964, U+2000–U+2BFF, U+3000 and above).
    ///
    /// - Returns: `text.count` when there is none.
    /// - Complexity: O(*n*), branch-free per ASCII unit: a 64-bit mask answers for U+0000–U+003F
    ///   and every other ASCII unit (letters) is uninteresting.
    @inline(__always)
    static func nextInterestingUnit(in text: UnsafeBufferPointer<UInt16>, from start: Int) -> Int {
        // Bits 10–13 (line breaks), 33 `!`, 34 `"`, 41 `)`, 46 `.`, 63 `?`.
        let interestingBelow40: UInt64 = 0x8000_4206_0000_3C00
        var index = start
        let count = text.count
        while index < count {
            let u = text[index]
            let low = (interestingBelow40 &>> UInt64(u & 63)) & UInt64(u < 0x40 ? 1 : 0)
            if low | UInt64(u >= 0x80 ? 1 : 0) != 0 && isInteresting(u) { return index }
            index &+= 1
        }
        return count
    }

    @inline(__always)
    private static func isInteresting(_ u: UInt16) -> Bool {
        switch u {
        case 0x2E, 0x3F, 0x21, 0x22, 0x29, 0x0A...0x0D, 0x85, 0xAB, 0xBB, 0x0589, 0x061F, 0x06D4, 0x0964, 0x2000...0x2BFF, 0x3000...0xFFFF:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    private static func scalar(_ u: UInt16) -> Unicode.Scalar? {
        Unicode.Scalar(UInt32(u))
    }

    /// White space, line breaks included.
    @inline(__always)
    static func isSpace(_ u: UInt16) -> Bool {
        if u < 0x80 { return u == 0x20 || (u >= 0x09 && u <= 0x0D) }
        switch u {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// How many line breaks `u` makes: 2 for a paragraph separator, 1 for LF, CR, NEL, U+2028.
    @inline(__always)
    static func lineBreaks(_ u: UInt16) -> Int {
        switch u {
        case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028: return 1
        case 0x2029: return 2
        default: return 0
        }
    }

    /// Sentence-ending punctuation: `.`, `?`, `!`, `…` and their relatives in other scripts.
    @inline(__always)
    static func isTerminal(_ u: UInt16) -> Bool {
        if u < 0x80 { return u == 0x2E || u == 0x3F || u == 0x21 }
        switch u {
        case 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0x3002, 0xFF01, 0xFF0E, 0xFF1F, 0xFF61, 0x037E, 0x0589, 0x061F, 0x06D4, 0x0964:
            return true
        default: return false
        }
    }

    /// Marks that close a quotation or a bracket, and so stay with the sentence before them.
    @inline(__always)
    static func isCloser(_ u: UInt16) -> Bool {
        if u < 0x80 { return u == 0x22 || u == 0x27 || u == 0x29 || u == 0x5D || u == 0x7D }
        switch u {
        case 0x2019, 0x201D, 0x00BB, 0x203A, 0x300D, 0x300F, 0xFF09, 0x201C, 0x2018: return true
        default: return false
        }
    }

    /// Marks that open a quotation or a bracket, and so belong to the sentence after them.
    @inline(__always)
    static func isOpener(_ u: UInt16) -> Bool {
        if u < 0x80 { return u == 0x22 || u == 0x27 || u == 0x28 || u == 0x5B || u == 0x7B }
        switch u {
        case 0x201C, 0x2018, 0x201E, 0x201A, 0x00AB, 0x2039, 0x300C, 0x300E, 0xFF08, 0x00BF, 0x00A1, 0x201D, 0x2019: return true
        default: return false
        }
    }

    /// List bullets that start an item when they follow white space.
    @inline(__always)
    static func isBullet(_ u: UInt16) -> Bool {
        switch u {
        case 0x2022, 0x2023, 0x2043, 0x25E6, 0x25AA, 0x25AB, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x25BA, 0x25B8, 0x27A2, 0x27A4, 0x2713, 0x2714, 0x2756: return true
        default: return false
        }
    }

    /// A dash that may end a dateline (`BISHKEK —`).
    @inline(__always)
    static func isDash(_ u: UInt16) -> Bool {
        u == 0x2D || u == 0x2013 || u == 0x2014 || u == 0x2012 || u == 0x2015
    }

    @inline(__always)
    static func isDigit(_ u: UInt16) -> Bool {
        u >= 0x30 && u <= 0x39
    }

    @inline(__always)
    static func isUppercase(_ u: UInt16) -> Bool {
        if u < 0x80 { return u >= 0x41 && u <= 0x5A }
        guard let s = scalar(u) else { return false }
        return s.properties.isUppercase || s.properties.generalCategory == .titlecaseLetter
    }

    @inline(__always)
    static func isLowercase(_ u: UInt16) -> Bool {
        if u < 0x80 { return u >= 0x61 && u <= 0x7A }
        guard let s = scalar(u) else { return false }
        return s.properties.isLowercase
    }

    /// Letters, and the combining marks that belong to them (a decomposed `é` stays one word).
    @inline(__always)
    static func isLetter(_ u: UInt16) -> Bool {
        if u < 0x80 { return (u | 0x20) >= 0x61 && (u | 0x20) <= 0x7A }
        guard let s = scalar(u) else { return false }
        if s.properties.isAlphabetic { return true }
        let category = s.properties.generalCategory
        return category == .nonspacingMark || category == .spacingMark
    }

    /// A unit of an emoji or pictograph run: astral surrogates, BMP pictographs, variation
    /// selectors and the zero-width joiner.
    @inline(__always)
    static func isEmojiPart(_ u: UInt16) -> Bool {
        (0xD800...0xDFFF).contains(u) || (0x2600...0x27BF).contains(u) || u == 0xFE0F || u == 0x200D || (0x2B00...0x2BFF).contains(u)
    }
}
