/// One word of an article, as the name detector sees it.
struct NameToken {
    // Compact (32-bit offsets, packed flags): an article has one of these per word.
    private var start: Int32
    private var end: Int32
    private var codePointStartValue: Int32
    private var codePointEndValue: Int32
    private var lineValue: Int32
    private var flags: UInt8
    /// What separates the word from the one before.
    var gapBefore: Gap

    /// UTF-8 offsets of the word in the text (a possessive `'s` is left out).
    var byteStart: Int { Int(start) }
    var byteEnd: Int { Int(end) }
    /// Code point offsets of the word in the text.
    var codePointStart: Int { Int(codePointStartValue) }
    var codePointEnd: Int { Int(codePointEndValue) }
    /// How many code points the word has: 1 for an initial's letter.
    var codePointCount: Int { Int(codePointEndValue) - Int(codePointStartValue) }
    /// The line the word is on, from 0.
    var line: Int { Int(lineValue) }
    /// The first letter is upper case.
    var isCapitalized: Bool { flags & 1 != 0 }
    /// Two or more letters, none lower case.
    var isAllCaps: Bool { flags & 2 != 0 }
    /// The word holds a digit: never part of a name.
    var hasDigit: Bool { flags & 4 != 0 }
    /// The word ended in `'s`, which was left out: a name cannot go on past it.
    var isPossessive: Bool { flags & 8 != 0 }
    /// A hyphenated word whose last part is lower case (`Moscow-led`, `Co-operation`): it may go on
    /// a name but not start one.
    var endsLowerAfterHyphen: Bool { flags & 16 != 0 }
    /// The gap before is a single `.` and spaces, as after `Mr.` or an initial.
    var periodBefore: Bool { flags & 32 != 0 }

    init(
        byteStart: Int, byteEnd: Int, codePointStart: Int, codePointEnd: Int, isCapitalized: Bool, isAllCaps: Bool,
        hasDigit: Bool, isPossessive: Bool, endsLowerAfterHyphen: Bool, gapBefore: Gap, periodBefore: Bool, line: Int
    ) {
        start = Int32(truncatingIfNeeded: byteStart)
        end = Int32(truncatingIfNeeded: byteEnd)
        codePointStartValue = Int32(truncatingIfNeeded: codePointStart)
        codePointEndValue = Int32(truncatingIfNeeded: codePointEnd)
        lineValue = Int32(truncatingIfNeeded: line)
        flags = (isCapitalized ? 1 : 0) | (isAllCaps ? 2 : 0) | (hasDigit ? 4 : 0) | (isPossessive ? 8 : 0)
            | (endsLowerAfterHyphen ? 16 : 0) | (periodBefore ? 32 : 0)
        self.gapBefore = gapBefore
    }

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
    /// ASCII byte classes: bit 0 letter, bit 1 upper case, bit 2 digit.
    private static let asciiClass: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch byte {
        case 0x41...0x5A: return 0b011
        case 0x61...0x7A: return 0b001
        case 0x30...0x39: return 0b100
        default: return 0
        }
    }

    /// Per byte, 1 where it ends a word of ASCII letters plainly: an ASCII byte that is no letter
    /// or digit and no joiner (`-`, `'`, `` ` ``). A lead byte of a longer scalar is 0 (it may be a
    /// letter), so one load settles what took four tests.
    private static let endsPlainWord: [UInt8] = (0..<256).map { byte -> UInt8 in
        guard byte < 0x80, asciiClass[byte] == 0 else { return 0 }
        return byte == 0x2D || byte == 0x27 || byte == 0x60 ? 0 : 1
    }

    static func tokens(in utf8: UnsafeBufferPointer<UInt8>) -> [NameToken] {
        endsPlainWord.withUnsafeBufferPointer { ends in
        asciiClass.withUnsafeBufferPointer { table in
            // A word takes a byte or more and is followed by a byte or more that is no word's, so a
            // text has at most count / 2 + 1 words: an article's words are written straight into
            // the array's storage (copying them out of a growing buffer cost a tenth of the pass).
            let bound = utf8.count / 2 + 1
            if bound <= directCapacityLimit {
                return [NameToken](unsafeUninitializedCapacity: bound) { buffer, count in
                    var tokens = TokenBuffer(storage: buffer.baseAddress!, capacity: bound)
                    scan(utf8, table: table, ends: ends, into: &tokens)
                    count = tokens.count
                }
            }
            // A huge text would reserve too much that way: it grows a buffer and copies it once.
            var tokens = TokenBuffer(capacity: utf8.count / 5)
            scan(utf8, table: table, ends: ends, into: &tokens)
            return tokens.finish()
        }
        }
    }

    /// The most words reserved at once for one text (a text of about 256 KB; 6 MB of storage).
    private static let directCapacityLimit = 1 << 18

    /// The end of the run of lower-case ASCII letters that starts at `start`.
    ///
    /// Eight bytes at a time where the text allows it: most of an English article is such runs.
    @inline(__always)
    private static func lowerRunEnd(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        let count = utf8.count
        #if _endian(little)
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            while end + 8 <= count {
                let chunk = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)
                let notLower = ~ByteLanes.lowercaseLetters(chunk) & ByteLanes.high
                if notLower != 0 { return end + notLower.trailingZeroBitCount / 8 }
                end += 8
            }
        }
        #endif
        while end < count && utf8[end] &- 0x61 < 26 { end += 1 }
        return end
    }

    @inline(__always)
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = utf8[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let count = utf8.count
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

    private static func scan(
        _ utf8: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<UInt8>,
        into tokens: inout TokenBuffer
    ) {
        let count = utf8.count
        var index = 0
        var codePoint = 0
        var line = 0
        var gap = NameToken.Gap.newline
        var gapPeriods = 0
        var gapOthers = 0
        // Where the last word ended, and whether a single quote opened before it is still open.
        var lastWordEnd = -1
        var singleQuoteOpen = false

        while index < count {
            let lead = utf8[index]
            // The commonest words of all: lower-case ASCII letters after an ASCII letter of either
            // case, ended by a space or punctuation. (A capitalised word taken by the general loop
            // below decoded the byte after it and asked whether it was a joiner.) Such a word is
            // one letter or has a lower-case letter, so it is never all capitals.
            if (lead | 0x20) &- 0x61 < 26 {
                let end = lowerRunEnd(utf8, from: index + 1)
                let next = end < count ? utf8[end] : 0x20
                if ends[Int(next)] != 0 {
                    tokens.append(NameToken(
                        byteStart: index, byteEnd: end, codePointStart: codePoint, codePointEnd: codePoint + end - index,
                        isCapitalized: lead & 0x20 == 0, isAllCaps: false, hasDigit: false, isPossessive: false,
                        endsLowerAfterHyphen: false, gapBefore: gap, periodBefore: gap == .sentenceEnd && gapPeriods == 1 && gapOthers == 0,
                        line: line))
                    codePoint += end - index
                    index = end
                    gap = .space
                    gapPeriods = 0
                    gapOthers = 0
                    // The one space after it, the commonest gap, without the general path.
                    if next == 0x20 && end < count {
                        index += 1
                        codePoint += 1
                    }
                    continue
                }
            }
            let scalar: Unicode.Scalar
            let length: Int
            let isWord: Bool
            if lead < 0x80 {
                scalar = Unicode.Scalar(lead)
                length = 1
                isWord = table[Int(lead)] != 0
            } else {
                (scalar, length) = decode(utf8, at: index)
                isWord = NameText.isWordScalar(scalar)
            }
            if !isWord {
                switch scalar.value {
                case 0x0A, 0x2028, 0x2029:
                    line += 1
                    gap = .newline
                    singleQuoteOpen = false
                case 0x0D:
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
                    // A soft sign's apostrophe ending a word of a name (`Igor' Sechin`, `Lyubovʹ Sobol`,
                    // `Edil` Baisalov`) is no closing quote when no single quote is open: the next word
                    // goes on the name as after a space. Not after an s, where it is a plural
                    // possessive (`the Bakiyevs' house`).
                    if NameText.isApostrophe(scalar) {
                        if index == lastWordEnd {
                            if !singleQuoteOpen && index + length < count && utf8[index + length] == 0x20 && utf8[index - 1] != 0x73 { break }
                            singleQuoteOpen = false
                        } else {
                            singleQuoteOpen = true
                        }
                    }
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
            var upper = 0
            var lower = 0
            var hasDigit = false
            var firstIsUpper = false
            var lastJoiner: (byte: Int, codePoint: Int, isApostrophe: Bool)?
            var afterHyphen = false
            var endsLowerAfterHyphen = false
            var position = index
            var positionCodePoint = codePoint
            var isFirst = true
            while position < count {
                let byte = utf8[position]
                // Runs of lower-case ASCII letters, the bulk of any English text, in a tight loop.
                if byte &- 0x61 < 26 && !isFirst && !afterHyphen {
                    let end = lowerRunEnd(utf8, from: position + 1)
                    lower += end - position
                    positionCodePoint += end - position
                    position = end
                    continue
                }
                // Other ASCII letters and digits, without decoding.
                if byte < 0x80 {
                    let kind = table[Int(byte)]
                    if kind != 0 {
                        let isUpperByte = kind & 0b010 != 0
                        if kind & 0b100 != 0 { hasDigit = true } else if isUpperByte { upper += 1 } else { lower += 1 }
                        if isFirst { firstIsUpper = isUpperByte; isFirst = false }
                        if afterHyphen {
                            endsLowerAfterHyphen = kind == 0b001
                            afterHyphen = false
                        }
                        position += 1
                        positionCodePoint += 1
                        continue
                    }
                }
                let (current, currentLength) = decode(utf8, at: position)
                if byte >= 0x80 && NameText.isWordScalar(current) {
                    let isUpperScalar = NameText.isUpper(current)
                    let isLowerScalar = !isUpperScalar && NameText.isLower(current)
                    if isUpperScalar { upper += 1 } else if isLowerScalar { lower += 1 }
                    else if current.properties.numericType != nil { hasDigit = true }
                    if isFirst { firstIsUpper = isUpperScalar; isFirst = false }
                    if afterHyphen {
                        endsLowerAfterHyphen = isLowerScalar
                        afterHyphen = false
                    }
                    position += currentLength
                    positionCodePoint += 1
                    continue
                }
                let isApostrophe = NameText.isApostrophe(current)
                if isApostrophe || NameText.isHyphen(current) {
                    var next = position + currentLength
                    // A soft sign's apostrophe before a hyphen ("Ust'-Kamenogorsk") joins with it.
                    if isApostrophe, next + 1 < count, utf8[next] == 0x2D, utf8[next + 1] >= 0x41 { next += 1 }
                    if next < count {
                        let nextByte = utf8[next]
                        let nextIsWord = nextByte < 0x80 ? table[Int(nextByte)] != 0 : NameText.isWordScalar(decode(utf8, at: next).0)
                        if nextIsWord {
                            lastJoiner = (position, positionCodePoint, isApostrophe)
                            afterHyphen = !isApostrophe
                            position = next
                            positionCodePoint += 1
                            continue
                        }
                    }
                }
                break
            }
            let wordEnd = position
            let wordEndCodePoint = positionCodePoint
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
                isCapitalized: firstIsUpper, isAllCaps: lower == 0 && upper >= 2, hasDigit: hasDigit,
                isPossessive: isPossessive, endsLowerAfterHyphen: endsLowerAfterHyphen, gapBefore: gap,
                periodBefore: gap == .sentenceEnd && gapPeriods == 1 && gapOthers == 0, line: line))
            index = wordEnd
            codePoint = wordEndCodePoint
            lastWordEnd = wordEnd
            gap = .space
            gapPeriods = 0
            gapOthers = 0
        }
    }

    /// Words appended into raw memory: `Array.append` costs a call per word (uniqueness and
    /// capacity checks), and an article has hundreds of words.
    private struct TokenBuffer {
        private var base: UnsafeMutablePointer<NameToken>
        private(set) var count = 0
        private var capacity: Int
        /// The memory is an array's, of a capacity that the words cannot exceed: never grown or freed.
        private let isArrayStorage: Bool

        init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = .allocate(capacity: self.capacity)
            isArrayStorage = false
        }

        init(storage: UnsafeMutablePointer<NameToken>, capacity: Int) {
            base = storage
            self.capacity = capacity
            isArrayStorage = true
        }

        @inline(__always)
        mutating func append(_ token: NameToken) {
            if count == capacity { grow() }
            (base + count).initialize(to: token)
            count += 1
        }

        @inline(never)
        private mutating func grow() {
            precondition(!isArrayStorage, "more words than the bound on a text's words")
            let larger = UnsafeMutablePointer<NameToken>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }

        /// The words as an array; the buffer is freed.
        func finish() -> [NameToken] {
            defer { base.deallocate() }
            return Array(UnsafeBufferPointer(start: base, count: count))
        }
    }
}
