/// One word of an article, as the name detector sees it.
struct NameToken {
    /// UTF-8 offsets of the word in the text (a possessive `'s` is left out).
    var byteStart: Int
    var byteEnd: Int
    /// Code point offsets of the word in the text.
    var codePointStart: Int
    var codePointEnd: Int
    /// The first letter is upper case.
    var isCapitalized: Bool
    /// Two or more letters, none lower case.
    var isAllCaps: Bool
    /// The word holds a digit: never part of a name.
    var hasDigit: Bool
    /// The word ended in `'s`, which was left out: a name cannot go on past it.
    var isPossessive: Bool
    /// A hyphenated word whose last part is lower case (`Moscow-led`, `Co-operation`): it may go on
    /// a name but not start one.
    var endsLowerAfterHyphen: Bool
    /// What separates the word from the one before.
    var gapBefore: Gap
    /// The gap before is a single `.` and spaces, as after `Mr.` or an initial.
    var periodBefore: Bool
    /// The line the word is on, from 0.
    var line: Int

    /// What lies between two words, from the weakest to the strongest break.
    enum Gap: UInt8, Comparable {
        /// Spaces only.
        case space
        /// Quotes, brackets, dashes, slashes.
        case other
        /// A comma.
        case comma
        /// `.`, `!`, `?`, `:` or an ellipsis: the next word may start a sentence.
        case sentenceEnd
        /// A line break, or the start of the text.
        case newline

        static func < (lhs: Gap, rhs: Gap) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}

/// Splits text into words in one pass over its UTF-8 bytes, keeping byte and code point offsets.
///
/// A word is a run of letters, marks and digits; a hyphen or an apostrophe between two letters
/// stays inside it (`Ala-Too`, `Ignat'ev`, `Xo'jayev`). The pass is the hot path of the stage, so
/// ASCII is handled byte by byte and only other characters are decoded.
enum NameTokenizer {
    static func tokens(in utf8: UnsafeBufferPointer<UInt8>) -> [NameToken] {
        var tokens: [NameToken] = []
        tokens.reserveCapacity(utf8.count / 6)
        let count = utf8.count
        var index = 0
        var codePoint = 0
        var line = 0
        var gap = NameToken.Gap.newline
        var gapPeriods = 0
        var gapOthers = 0

        @inline(__always) func decode(at i: Int) -> (Unicode.Scalar, Int) {
            let lead = utf8[i]
            if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
            var length = 1
            var value: UInt32
            if lead & 0xE0 == 0xC0 { length = 2; value = UInt32(lead & 0x1F) }
            else if lead & 0xF0 == 0xE0 { length = 3; value = UInt32(lead & 0x0F) }
            else if lead & 0xF8 == 0xF0 { length = 4; value = UInt32(lead & 0x07) }
            else { return ("\u{FFFD}", 1) }
            if i + length > count { return ("\u{FFFD}", 1) }
            for k in 1..<length {
                let byte = utf8[i + k]
                if byte & 0xC0 != 0x80 { return ("\u{FFFD}", 1) }
                value = value << 6 | UInt32(byte & 0x3F)
            }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }

        while index < count {
            let (scalar, length) = decode(at: index)
            if !NameText.isWordScalar(scalar) {
                switch scalar.value {
                case 0x0A, 0x0D, 0x2028, 0x2029:
                    if scalar.value != 0x0D { line += 1 }
                    gap = .newline
                case 0x20, 0x09, 0xA0, 0x2009, 0x202F:
                    break
                case 0x2E, 0x21, 0x3F, 0x3A, 0x2026:
                    gap = max(gap, .sentenceEnd)
                    if scalar.value == 0x2E { gapPeriods += 1 } else { gapOthers += 1 }
                case 0x2C:
                    gap = max(gap, .comma)
                    gapOthers += 1
                default:
                    gap = max(gap, .other)
                    gapOthers += 1
                }
                index += length
                codePoint += 1
                continue
            }

            // A word: letters and digits, with joiners between letters.
            let byteStart = index
            let codePointStart = codePoint
            var isCapitalized = NameText.isUpper(scalar)
            var upper = 0
            var lower = 0
            var hasDigit = false
            var lastJoiner: (byte: Int, codePoint: Int, isApostrophe: Bool)?
            var afterHyphen = false
            var endsLowerAfterHyphen = false
            var wordEnd = index
            var wordEndCodePoint = codePoint
            var position = index
            var positionCodePoint = codePoint
            while position < count {
                let (current, currentLength) = decode(at: position)
                if NameText.isWordScalar(current) {
                    if afterHyphen {
                        endsLowerAfterHyphen = NameText.isLower(current)
                        afterHyphen = false
                    }
                    if NameText.isUpper(current) { upper += 1 } else if NameText.isLower(current) { lower += 1 }
                    else if current.value >= 0x30 && current.value <= 0x39 { hasDigit = true }
                    else if current.properties.numericType != nil { hasDigit = true }
                    position += currentLength
                    positionCodePoint += 1
                    wordEnd = position
                    wordEndCodePoint = positionCodePoint
                    continue
                }
                let isApostrophe = NameText.isApostrophe(current)
                if isApostrophe || NameText.isHyphen(current) {
                    let next = position + currentLength
                    if next < count, NameText.isWordScalar(decode(at: next).0) {
                        lastJoiner = (position, positionCodePoint, isApostrophe)
                        afterHyphen = !isApostrophe
                        position = next
                        positionCodePoint += 1
                        continue
                    }
                }
                break
            }
            if upper == 0 { isCapitalized = false }
            var byteEnd = wordEnd
            var codePointEnd = wordEndCodePoint
            var isPossessive = false
            // `Kyrgyzstan's`, `Jeenbekov’s`: the name ends before the apostrophe.
            if let joiner = lastJoiner, joiner.isApostrophe, wordEndCodePoint == joiner.codePoint + 2,
                utf8[wordEnd - 1] == UInt8(ascii: "s") || utf8[wordEnd - 1] == UInt8(ascii: "S")
            {
                byteEnd = joiner.byte
                codePointEnd = joiner.codePoint
                isPossessive = true
            }
            tokens.append(NameToken(
                byteStart: byteStart, byteEnd: byteEnd, codePointStart: codePointStart, codePointEnd: codePointEnd,
                isCapitalized: isCapitalized, isAllCaps: lower == 0 && upper >= 2, hasDigit: hasDigit,
                isPossessive: isPossessive, endsLowerAfterHyphen: endsLowerAfterHyphen, gapBefore: gap, periodBefore: gap == .sentenceEnd && gapPeriods == 1 && gapOthers == 0,
                line: line))
            index = wordEnd
            codePoint = wordEndCodePoint
            gap = .space
            gapPeriods = 0
            gapOthers = 0
        }
        return tokens
    }
}
