/// Turns the bytes of one line into the two forms the lexicon is matched against.
///
/// - `lowered`: the line lower-cased, punctuation kept (for raw patterns such as `photo:`);
/// - `normalized`: lower-cased letters and digits, every other run of characters one space, no
///   leading or trailing space (for phrases, so that `Read more:` and `READ MORE` are the same).
///
/// While it runs it also hashes each normalized word and notes what the word looks like, so that
/// the line's features come from this one pass.
struct LineNormalizer {
    /// The normalized bytes of the last line.
    var normalized: [UInt8] = []
    /// The lower-cased bytes of the last line.
    var lowered: [UInt8] = []
    /// Where each word starts in ``normalized``.
    var wordStarts: [Int] = []
    /// Each word's hash.
    var wordHashes: [UInt64] = []
    /// Whether each word starts with an upper-case letter in the raw line.
    var wordCapitalized: [Bool] = []
    /// Whether each word is made of digits only.
    var wordNumeric: [Bool] = []

    // Marks seen in the raw line.
    var separators = 0
    var currency = false
    var copyrightSign = false
    var lastScalars: (UInt32, UInt32, UInt32) = (0, 0, 0)

    init() {
        normalized.reserveCapacity(1024)
        lowered.reserveCapacity(1024)
        wordStarts.reserveCapacity(128)
        wordHashes.reserveCapacity(128)
        wordCapitalized.reserveCapacity(128)
        wordNumeric.reserveCapacity(128)
    }

    // The word being built.
    private var inWord = false
    private var hasher = WordHasher()
    private var numeric = true

    /// Normalizes `line`, replacing the previous line's results.
    mutating func run(_ line: UnsafeBufferPointer<UInt8>) {
        normalized.removeAll(keepingCapacity: true)
        lowered.removeAll(keepingCapacity: true)
        wordStarts.removeAll(keepingCapacity: true)
        wordHashes.removeAll(keepingCapacity: true)
        wordCapitalized.removeAll(keepingCapacity: true)
        wordNumeric.removeAll(keepingCapacity: true)
        separators = 0
        currency = false
        copyrightSign = false
        lastScalars = (0, 0, 0)
        inWord = false

        var previousWasSpace = true
        var index = 0
        let count = line.count
        while index < count {
            let byte = line[index]
            if byte < 0x80 {
                index += 1
                lastScalars = (lastScalars.1, lastScalars.2, UInt32(byte))
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    lowered.append(byte)
                    wordByte(byte, capitalized: false, digit: false)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    lowered.append(byte | 0x20)
                    wordByte(byte | 0x20, capitalized: true, digit: false)
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    lowered.append(byte)
                    wordByte(byte, capitalized: false, digit: true)
                default:
                    lowered.append(byte)
                    endWord()
                    if byte == UInt8(ascii: "|") {
                        separators += 1
                    } else if byte == UInt8(ascii: "$") {
                        currency = true
                    } else if (byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")) && previousWasSpace
                        && index < count && line[index] == 0x20 {
                        separators += 1
                    }
                }
                previousWasSpace = byte == 0x20
                continue
            }
            // A multi-byte scalar, decoded by hand: the bytes come from a String, so they are valid UTF-8.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard index + length <= count else { break }
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = (value << 6) | (UInt32(line[index + offset]) & 0x3F) }
            index += length
            // `»` between spaces is a breadcrumb separator (`Home » News`); next to a word it is a quote.
            if (value == 0xBB || value == 0x203A) && previousWasSpace && index < count && line[index] == 0x20 { separators += 1 }
            previousWasSpace = false
            lastScalars = (lastScalars.1, lastScalars.2, value)
            guard let scalar = Unicode.Scalar(value) else { endWord(); continue }
            appendNonASCII(scalar)
        }
        endWord()
    }

    @inline(__always)
    private mutating func endWord() {
        if inWord {
            wordHashes.append(hasher.value)
            wordNumeric.append(numeric)
            inWord = false
        }
    }

    @inline(__always)
    private mutating func wordByte(_ byte: UInt8, capitalized: Bool, digit: Bool) {
        if !inWord {
            if !normalized.isEmpty { normalized.append(0x20) }
            wordStarts.append(normalized.count)
            wordCapitalized.append(capitalized)
            hasher.reset()
            numeric = true
            inWord = true
        }
        if !digit { numeric = false }
        normalized.append(byte)
        hasher.add(byte)
    }

    private mutating func appendNonASCII(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        // Latin-1, Latin Extended-A and Cyrillic are lower-cased by arithmetic; the rest asks the
        // standard library's Unicode tables, which is slower but rare in our inputs.
        var lower = value
        var upper = false
        var letter = true
        switch value {
        case 0xC0...0xDE where value != 0xD7:
            lower = value + 0x20; upper = true
        case 0xDF...0xFF where value != 0xF7:
            break
        case 0x100...0x17F:
            if value & 1 == 0 && value != 0x138 { lower = value + 1; upper = true }
        case 0x410...0x42F:
            lower = value + 0x20; upper = true
        case 0x400...0x40F:
            lower = value + 0x50; upper = true
        case 0x430...0x45F:
            break
        default:
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if properties.isUppercase {
                    upper = true
                    let mapped = properties.lowercaseMapping.unicodeScalars
                    if mapped.count == 1, let first = mapped.first { lower = first.value }
                }
            } else {
                letter = false
                switch value {
                case 0x00A9: copyrightSign = true
                case 0x2022, 0x00B7, 0x2219, 0x25B8, 0x25BA, 0x2192:
                    separators += 1
                default:
                    if properties.generalCategory == .currencySymbol { currency = true }
                }
            }
        }
        let lowerScalar = Unicode.Scalar(lower) ?? scalar
        let encoded = UTF8.encode(lowerScalar)!
        if letter {
            var first = true
            for byte in encoded {
                lowered.append(byte)
                wordByte(byte, capitalized: first && upper, digit: false)
                first = false
            }
        } else {
            for byte in encoded { lowered.append(byte) }
            endWord()
        }
    }
}
