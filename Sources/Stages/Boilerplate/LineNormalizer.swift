/// Turns the bytes of one line into the two forms the lexicon is matched against.
///
/// - `lowered`: the line lower-cased, punctuation kept (for raw patterns such as `photo:`); made
///   for lines of up to ``alwaysLoweredBytes``, and for lines of up to ``maximumLoweredBytes``
///   that may end with a credit or hold a link; raw patterns, links and credits are looked for in
///   those lines only;
/// - `normalized`: lower-cased letters and digits, every other run of characters one space, no
///   leading or trailing space (for phrases, so that `Read more:` and `READ MORE` are the same).
///
/// While it runs it also notes where each word starts and what it looks like, so that the line's
/// features come from this pass. It writes into buffers it owns and reuses from line to line:
/// the stage's throughput depends on this loop allocating nothing.
///
/// The scan writes the normalized bytes, the inside of a word eight bytes at a time
/// (``wordBlock(_:)``), and hashes each word from the blocks it has just written (the lexicon
/// looks every word up: reading the word again from the buffer cost more than the hash). A word
/// the rare non-ASCII path touches is hashed again from the buffer at the end of the line
/// (``hashOfWord(_:)``). The lower-cased copy is made by a loop of its own for the lines that
/// need it.
final class LineNormalizer {
    static let maximumLoweredBytes = 600
    static let alwaysLoweredBytes = 160

    private(set) var normalized: UnsafeMutablePointer<UInt8>
    private(set) var normalizedCount = 0
    private(set) var lowered: UnsafeMutablePointer<UInt8>
    private(set) var loweredCount = 0
    /// The words of the last line, one record each: the scan then keeps one pointer for them
    /// where five parallel arrays spilled their pointers to the stack at every word.
    private(set) var words: UnsafeMutablePointer<Word>
    private(set) var wordCount = 0
    /// The positions of the last line's words that open a phrase of the lexicon, written by
    /// ``BoilerplateLexicon/classify(_:)`` as it looks the words up (room for every word), so that
    /// ``BoilerplateLexicon/match(_:phraseStarts:_:)`` visits those words only: passing over every
    /// word to find them cost more than the phrases' own comparisons.
    private(set) var phraseWords: UnsafeMutablePointer<Int32>
    private var byteCapacity: Int
    private var wordCapacity: Int

    // Marks seen in the raw line.
    private(set) var separators = 0
    private(set) var currency = false
    private(set) var copyrightSign = false
    /// Saw a decimal digit of another script (`२०८२`, `০৯`): see ``foldingDigits(_:)``.
    private(set) var foreignDigits = false
    /// Saw `@`, `#`, `/`, or a dot followed by a letter or digit: the line may hold a link.
    private(set) var maybeLink = false
    /// The last three scalars of the line, for sentence-final punctuation.
    private(set) var lastScalars: (UInt32, UInt32, UInt32) = (0, 0, 0)

    // The word being built, while the rare non-ASCII path runs.
    private var inWord = false
    /// A word was built by the non-ASCII path: the line's words so marked (``Word/rehash``) are
    /// hashed again from the buffer.
    private var rehash = false

    init() {
        byteCapacity = 1024
        wordCapacity = 256
        normalized = Self.allocateBytes(byteCapacity)
        lowered = Self.allocateBytes(byteCapacity)
        words = Self.allocateWords(wordCapacity)
        phraseWords = .allocate(capacity: wordCapacity)
    }

    deinit {
        normalized.deallocate()
        lowered.deallocate()
        words.deallocate()
        phraseWords.deallocate()
    }

    /// A zeroed byte buffer with eight spare bytes, so that hashing may read a whole word past the
    /// end of the last word (``WordHasher/hash(padded:count:)``).
    private static func allocateBytes(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + 8)
        buffer.initialize(repeating: 0, count: capacity + 8)
        return buffer
    }

    /// Initialized records, so that a word's fields can be set one by one (``begin(_:start:capitalized:)``).
    private static func allocateWords(_ capacity: Int) -> UnsafeMutablePointer<Word> {
        let words = UnsafeMutablePointer<Word>.allocate(capacity: capacity)
        words.initialize(repeating: Word(start: 0, capitalized: false), count: capacity)
        return words
    }

    /// Starts the record of a word: the fields the scan knows at its first byte. Its hash is
    /// always set when the word ends, and its classes by the lexicon: storing a whole record
    /// would write them twice.
    @inline(__always)
    private static func begin(_ word: UnsafeMutablePointer<Word>, start: Int, capitalized: Bool, numeric: Bool = true) {
        word.pointee.start = start
        word.pointee.capitalized = capitalized
        word.pointee.numeric = numeric
    }

    /// Whether the normalized ASCII bytes `start..<end` of a word (digits and lower-case letters)
    /// hold a letter: asked only of a word that opens with a digit, so that the scan of the words
    /// (nearly all of which open with a letter) tracks no letters.
    @inline(never)
    private static func containsLetter(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Bool {
        var byte = start
        while byte < end {
            if byte.pointee > 0x39 { return true }
            byte += 1
        }
        return false
    }

    private func reserve(bytes: Int) {
        // Lower-casing can lengthen a scalar by one byte at most, and a space is added per word:
        // three times the input is always enough.
        let neededBytes = bytes * 3 + 16
        if neededBytes > byteCapacity {
            normalized.deallocate()
            lowered.deallocate()
            byteCapacity = neededBytes
            normalized = Self.allocateBytes(byteCapacity)
            lowered = Self.allocateBytes(byteCapacity)
        }
        let neededWords = bytes + 1
        if neededWords > wordCapacity {
            words.deallocate()
            phraseWords.deallocate()
            wordCapacity = neededWords
            words = Self.allocateWords(wordCapacity)
            phraseWords = .allocate(capacity: wordCapacity)
        }
    }

    /// The normalized bytes of the last line.
    var normalizedBytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: normalized, count: normalizedCount) }
    /// The lower-cased bytes of the last line (empty for long lines).
    var loweredBytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: lowered, count: loweredCount) }
    /// The word hashes of the last line.
    var hashes: [UInt64] { (0..<wordCount).map { words[$0].hash } }
    /// The hash of the whole normalized line, the same as `WordHasher.hash(normalizedBytes)`.
    var lineHash: UInt64 { WordHasher.hash(padded: normalized, count: normalizedCount) }

    /// Normalizes `line`, replacing the previous line's results.
    ///
    /// The ASCII loop keeps its state in local variables: stored properties of a class are
    /// checked for exclusive access on every write, which would cost more than the work itself.
    func run(_ line: UnsafeBufferPointer<UInt8>) {
        let count = line.count
        reserve(bytes: count)
        separators = 0
        currency = false
        copyrightSign = false
        foreignDigits = false
        maybeLink = false
        inWord = false
        normalizedCount = 0
        loweredCount = 0
        wordCount = 0
        lastScalars = (0, 0, 0)
        guard let base = line.baseAddress, count > 0 else { return }

        let normalized = self.normalized
        let words = self.words
        // The scan writes through two cursors, at the next normalized byte and at the next word's
        // record: with bases and counts (and a flag for the byte before) it ran out of registers
        // and spilled them at every word.
        var out = normalized
        var word = words
        var inWord = false
        var separators = 0
        var currency = false
        var maybeLink = false
        var rehash = false
        var index = 0

        while index < count {
            let byte = base[index]
            if byte < 0x80 {
                index &+= 1
                let lower = byte | 0x20
                let isLetter = lower &- 0x61 < 26
                if isLetter || byte &- 0x30 < 10 {
                    if !inWord {
                        // Every word before this one has ended: a space after it.
                        if word != words {
                            out.pointee = 0x20
                            out += 1
                        }
                        Self.begin(word, start: out - normalized, capitalized: byte &- 0x41 < 26, numeric: byte &- 0x30 < 10)
                        inWord = true
                    }
                    // The word from its first byte, eight bytes at a time: most bytes of a news
                    // text are letters, and most words end within eight bytes.
                    index &-= 1
                    var wordEnded = false
                    // The word's hash, a block at a time as ``WordHasher/hash(padded:count:)``
                    // reads the buffer: a block is a chunk of the hash, the first byte the highest.
                    var state = WordHasher.initialState
                    while index &+ 8 <= count {
                        let block = Self.wordBlock(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                        // Stored whole: the bytes past the word are overwritten or never read.
                        UnsafeMutableRawPointer(out).storeBytes(of: block.lowered.littleEndian, as: UInt64.self)
                        index &+= block.length
                        out += block.length
                        let chunk = block.lowered.byteSwapped
                        if block.length < 8 {
                            wordEnded = true
                            word.pointee.hash = WordHasher.finish(state, tail: chunk >> UInt64(64 &- 8 &* block.length), count: block.length)
                            break
                        }
                        state = WordHasher.absorb(state, chunk)
                    }
                    if !wordEnded {
                        // The last few bytes of the line, one at a time, and the hash's last chunk
                        // read back from the buffer (which has eight readable bytes past the line).
                        let tail = out
                        while index < count {
                            let next = base[index]
                            let nextLower = next | 0x20
                            let nextIsLetter = nextLower &- 0x61 < 26
                            guard nextIsLetter || next &- 0x30 < 10 else { break }
                            index &+= 1
                            out.pointee = nextIsLetter ? nextLower : next
                            out += 1
                        }
                        let rest = out - tail
                        let chunk = UInt64(bigEndian: UnsafeRawPointer(tail).loadUnaligned(as: UInt64.self))
                        word.pointee.hash = WordHasher.finish(state, tail: chunk >> UInt64(64 &- 8 &* rest), count: rest)
                    }
                    // A word that opens with a digit (or whose non-ASCII part had no letter) is
                    // numeric until a letter is found among its bytes.
                    if word.pointee.numeric && Self.containsLetter(normalized + word.pointee.start, out) {
                        word.pointee.numeric = false
                    }
                    // A space after the word, the commonest case, as the loop below would take it.
                    if index < count && base[index] == 0x20 {
                        word += 1
                        inWord = false
                        index &+= 1
                    }
                    continue
                }
                if inWord {
                    word += 1
                    inWord = false
                }
                switch byte {
                case 0x20:
                    break
                case UInt8(ascii: "."):
                    if index < count {
                        let next = base[index]
                        if (next | 0x20) &- 0x61 < 26 || next &- 0x30 < 10 { maybeLink = true }
                    }
                case UInt8(ascii: "@"), UInt8(ascii: "#"):
                    maybeLink = true
                case UInt8(ascii: "|"):
                    separators &+= 1
                case UInt8(ascii: "$"):
                    currency = true
                case UInt8(ascii: ">"), UInt8(ascii: "/"):
                    // Between spaces: the byte before is read back (the line's start counts as a space).
                    if (index == 1 || base[index &- 2] == 0x20) && index < count && base[index] == 0x20 {
                        separators &+= 1
                    } else if byte == UInt8(ascii: "/") {
                        maybeLink = true
                    }
                default:
                    break
                }
                continue
            }
            // Two-byte letters of Latin-1 and basic Cyrillic, lower-cased here as ``lowercase(_:)``
            // does, without handing the state to ``appendNonASCII(_:)``: they are most letters of
            // French, German, Spanish or Russian text.
            if byte == 0xC3 || byte == 0xD0 || byte == 0xD1, index &+ 2 <= count {
                let value = UInt32(byte & 0x1F) << 6 | UInt32(base[index &+ 1] & 0x3F)
                var lowered = value
                var upper = true
                switch value {
                case 0x410...0x42F, 0xC0...0xD6, 0xD8...0xDE: lowered = value &+ 0x20
                case 0x400...0x40F: lowered = value &+ 0x50
                case 0x430...0x45F, 0xDF...0xF6, 0xF8...0xFF: upper = false
                default: lowered = 0
                }
                if lowered != 0 {
                    rehash = true
                    if !inWord {
                        if word != words {
                            out.pointee = 0x20
                            out += 1
                        }
                        Self.begin(word, start: out - normalized, capitalized: upper)
                        inWord = true
                    }
                    word.pointee.rehash = true
                    word.pointee.numeric = false
                    out[0] = 0xC0 | UInt8(truncatingIfNeeded: lowered >> 6)
                    out[1] = 0x80 | UInt8(truncatingIfNeeded: lowered & 0x3F)
                    out += 2
                    index &+= 2
                    continue
                }
            }
            // A no-break space, and dashes, curly quotes and the ellipsis (U+2010-201F, U+2026),
            // the commonest non-ASCII punctuation in news: they only end a word, as in
            // ``appendNonASCII(_:)``, which would first look up the space's Unicode properties.
            let punctuation = byte == 0xC2 ? (index &+ 2 <= count && base[index &+ 1] == 0xA0 ? 2 : 0)
                : byte == 0xE2 && index &+ 3 <= count && base[index &+ 1] == 0x80
                    && (base[index &+ 2] &- 0x90 < 0x10 || base[index &+ 2] == 0xA6) ? 3 : 0
            if punctuation > 0 {
                if inWord {
                    word += 1
                    inWord = false
                }
                index &+= punctuation
                continue
            }
            // A multi-byte scalar, decoded by hand: the bytes come from a String, so they are valid UTF-8.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard index + length <= count else { break }
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = (value << 6) | (UInt32(base[index + offset]) & 0x3F) }
            // `»` between spaces is a breadcrumb separator (`Home » News`); next to a word it is a quote.
            if (value == 0xBB || value == 0x203A) && (index == 0 || base[index - 1] == 0x20)
                && index + length < count && base[index + length] == 0x20 { separators += 1 }
            index += length
            guard let scalar = Unicode.Scalar(value) else { continue }
            // The rare path works on the stored properties: hand the state over and take it back.
            self.normalizedCount = out - normalized
            self.wordCount = word - words
            self.inWord = inWord
            self.separators = separators
            self.currency = currency
            self.rehash = rehash
            appendNonASCII(scalar)
            out = normalized + self.normalizedCount
            word = words + self.wordCount
            inWord = self.inWord
            separators = self.separators
            currency = self.currency
            rehash = self.rehash
        }
        if inWord { word += 1 }
        let wordCount = word - words
        self.normalizedCount = out - normalized
        self.wordCount = wordCount
        self.inWord = false
        self.separators = separators
        self.currency = currency
        self.maybeLink = maybeLink
        // Only the words the non-ASCII path built: the others' hashes from the scan are right (in
        // Polish or Turkish text, most words of a line that has one such word).
        if rehash {
            for word in 0..<wordCount where words[word].rehash {
                words[word].hash = hashOfWord(word)
                words[word].rehash = false
            }
        }
        lastScalars = Self.lastScalars(of: line)
        if count <= Self.alwaysLoweredBytes
            || (count <= Self.maximumLoweredBytes && (base[count - 1] == UInt8(ascii: ")") || maybeLink || separators > 0)) {
            lowerAll(line)
        }
    }

    /// The hash of word number `word` of the normalized line.
    @inline(__always)
    func hashOfWord(_ word: Int) -> UInt64 {
        let start = words[word].start
        let end = word + 1 < wordCount ? words[word + 1].start - 1 : normalizedCount
        return WordHasher.hash(padded: normalized + start, count: end - start)
    }

    /// Reads eight bytes of a line (loaded little-endian: the first byte is the lowest): how many
    /// leading bytes are ASCII letters or digits, and those bytes lower-cased (the rest garbage,
    /// which the scan overwrites or never reads). Every byte gets bit 5: a letter's is its lower
    /// case, and digits have it already.
    ///
    /// Only the first stop counts, so the lanes' sums are taken without ``ByteLanes``' masking of
    /// bit 7: a lane carries into the next one only if its byte is 0x80 or more, and such a byte
    /// is a stop itself, so every lane up to the first stop is summed exactly (the lanes after it
    /// may be garbage, and the trailing-zero count never reads them). The loop ran out of
    /// registers for the masks and rebuilt five 64-bit constants at every step; this form needs
    /// fewer constants and instructions, and reuses the lowered bytes for the letters.
    @inline(__always)
    static func wordBlock(_ loaded: UInt64) -> (length: Int, lowered: UInt64) {
        let bytes = UInt64(littleEndian: loaded)
        let lowered = bytes | 0x2020_2020_2020_2020
        // Bit 7 of a lane: at least `a` and below `{`; at least `0` and below `:`.
        let letters = (lowered &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lowered &+ 0x0505_0505_0505_0505)
        let digits = (bytes &+ 0x5050_5050_5050_5050) & ~(bytes &+ 0x4646_4646_4646_4646)
        // A byte of 0x80 or more (beyond ASCII) is a stop whatever its sums.
        let stops = (~(letters | digits) | bytes) & ByteLanes.high
        // With no stop, 64 trailing zeros: a length of 8.
        return (stops.trailingZeroBitCount >> 3, lowered)
    }

    /// Fills `lowered` (for the lines described at the top).
    /// Makes the lower-cased copy of `line`, the line the last ``run(_:)`` read, when the scan
    /// left it out and the line is no longer than ``maximumLoweredBytes``: for a line whose words
    /// (a credit's, known only once they are looked up) ask for its raw text after all.
    func lowerIfMissing(_ line: UnsafeBufferPointer<UInt8>) {
        guard loweredCount == 0, line.count > Self.alwaysLoweredBytes, line.count <= Self.maximumLoweredBytes else { return }
        lowerAll(line)
    }

    private func lowerAll(_ line: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var count = 0
        let base = line.baseAddress!
        while index < line.count {
            // Sixteen ASCII bytes at a time, in the lanes of a vector: upper-case lanes get bit 5.
            if index &+ 16 <= line.count {
                let bytes = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                let halves = unsafeBitCast(bytes, to: SIMD2<UInt64>.self)
                if (halves[0] | halves[1]) & ByteLanes.high == 0 {
                    let upper = ByteLanes.uppercaseLetters(bytes)
                    UnsafeMutableRawPointer(lowered + count).storeBytes(of: bytes | (upper &>> 2), as: SIMD16<UInt8>.self)
                    index &+= 16
                    count &+= 16
                    continue
                }
            } else if line.count >= 16 {
                // The last few bytes, as the last sixteen of the line: the ones already lowered are
                // lowered again to the same bytes, where they were written. (All sixteen ASCII: each
                // of them was written as one byte, so the output is as far behind as the input.)
                let done = index &- (line.count &- 16)
                let bytes = UnsafeRawPointer(base + (line.count &- 16)).loadUnaligned(as: SIMD16<UInt8>.self)
                let halves = unsafeBitCast(bytes, to: SIMD2<UInt64>.self)
                if (halves[0] | halves[1]) & ByteLanes.high == 0 {
                    let upper = ByteLanes.uppercaseLetters(bytes)
                    UnsafeMutableRawPointer(lowered + (count &- done)).storeBytes(of: bytes | (upper &>> 2), as: SIMD16<UInt8>.self)
                    count &+= 16 &- done
                    index = line.count
                    continue
                }
            }
            // Eight ASCII bytes at a time: upper-case lanes get bit 5.
            if index &+ 8 <= line.count {
                let bytes = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                if bytes & ByteLanes.high == 0 {
                    let upper = ByteLanes.uppercaseLetters(bytes)
                    UnsafeMutableRawPointer(lowered + count).storeBytes(of: (bytes | (upper >> 2)).littleEndian, as: UInt64.self)
                    index &+= 8
                    count &+= 8
                    continue
                }
            }
            let byte = line[index]
            if byte < 0x80 {
                lowered[count] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                count += 1
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard index + length <= line.count else { break }
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = (value << 6) | (UInt32(line[index + offset]) & 0x3F) }
            index += length
            guard let scalar = Unicode.Scalar(value) else { continue }
            for encoded in UTF8.encode(Self.lowercase(scalar).scalar)! {
                lowered[count] = encoded
                count += 1
            }
        }
        loweredCount = count
    }

    /// The last three scalars of `line`, read backwards, past the invisible marks a page leaves
    /// after a sentence's end (``isTrailingInvisible(_:)``).
    private static func lastScalars(of line: UnsafeBufferPointer<UInt8>) -> (UInt32, UInt32, UInt32) {
        var end = line.count
        // Nearly every line ends in three ASCII bytes, each a scalar.
        if end >= 3 && (line[end &- 1] | line[end &- 2] | line[end &- 3]) < 0x80 {
            return (UInt32(line[end &- 3]), UInt32(line[end &- 2]), UInt32(line[end &- 1]))
        }
        var result: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var slot = 0
        while slot < 3 {
            guard end > 0 else { break }
            var start = end - 1
            while start > 0 && line[start] & 0xC0 == 0x80 { start -= 1 }
            var value = UInt32(line[start])
            let length = end - start
            if length > 1 {
                value &= length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07
                for offset in 1..<length { value = (value << 6) | (UInt32(line[start + offset]) & 0x3F) }
            }
            end = start
            // Only after the line's last visible scalar (with a space a page printed before one
            // of them): inside a quotation's closers they are rare.
            if slot == 0 && (isTrailingInvisible(value) || value == 0x20 || value == 0x09) { continue }
            defer { slot += 1 }
            switch slot {
            case 0: result.2 = value
            case 1: result.1 = value
            default: result.0 = value
            }
        }
        return result
    }

    /// Whether `value` is a mark a page leaves unseen after a sentence's full stop: a no-break
    /// space (`&nbsp;` after the last word), the zero-width space and joiners, the direction marks,
    /// embeddings and isolates of right-to-left text (Arabic, Hebrew, Thaana, Syriac: an editor or
    /// a template closes each paragraph with U+200F or U+202C), the word joiner and the byte-order
    /// mark. Read as the line's last scalar, it hid the `.` before it, in any script: no paragraph
    /// of such a page ended like a sentence, so none anchored the body and its crossheads went
    /// with the chrome next to them.
    @inline(__always)
    static func isTrailingInvisible(_ value: UInt32) -> Bool {
        switch value {
        case 0x00A0, 0x200B...0x200F, 0x202A...0x202F, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    @inline(__always)
    private func endWord() {
        if inWord {
            wordCount += 1
            inWord = false
        }
    }

    @inline(__always)
    private func wordByte(_ byte: UInt8, capitalized: Bool, digit: Bool) {
        rehash = true
        if !inWord {
            if normalizedCount > 0 {
                normalized[normalizedCount] = 0x20
                normalizedCount += 1
            }
            Self.begin(words + wordCount, start: normalizedCount, capitalized: capitalized)
            inWord = true
        }
        words[wordCount].rehash = true
        if !digit { words[wordCount].numeric = false }
        normalized[normalizedCount] = byte
        normalizedCount += 1
    }

    /// The lower case of `scalar`, whether it was upper case, whether it is a letter or digit, and
    /// whether it is a decimal digit of a script other than Latin (read off the same look-up).
    static func lowercase(_ scalar: Unicode.Scalar) -> (scalar: Unicode.Scalar, upper: Bool, letter: Bool, digit: Bool) {
        let value = scalar.value
        // Latin-1, Latin Extended-A and Cyrillic are lower-cased by arithmetic; the rest asks the
        // standard library's Unicode tables, which is slower but rare in our inputs.
        switch value {
        case 0xC0...0xDE where value != 0xD7:
            return (Unicode.Scalar(value + 0x20)!, true, true, false)
        case 0xDF...0xFF where value != 0xF7:
            return (scalar, false, true, false)
        case 0x130, 0x131:
            // Turkish dotted capital and dotless small i both fold to `i`, as an ASCII `I` does:
            // `İLGİLİ HABERLER` and `ilgili haberler`, `SIĞIR` and `sığır` are the same words.
            return ("i", value == 0x130, true, false)
        case 0x100...0x137, 0x14A...0x177:
            // Capitals at even code points, each before its small letter.
            if value & 1 == 0 { return (Unicode.Scalar(value + 1)!, true, true, false) }
            return (scalar, false, true, false)
        case 0x139...0x148, 0x179...0x17E:
            // Here capitals sit at odd code points (`Ł` U+0141, `Ż` U+017B).
            if value & 1 == 1 { return (Unicode.Scalar(value + 1)!, true, true, false) }
            return (scalar, false, true, false)
        case 0x178:
            return ("\u{FF}", true, true, false)
        case 0x138, 0x149, 0x17F:
            return (scalar, false, true, false)
        case 0x410...0x42F:
            return (Unicode.Scalar(value + 0x20)!, true, true, false)
        case 0x400...0x40F:
            return (Unicode.Scalar(value + 0x50)!, true, true, false)
        case 0x430...0x45F:
            return (scalar, false, true, false)
        case 0x2010...0x201F, 0x2026:
            // Dashes, quotation marks, ellipsis: the commonest non-ASCII punctuation in news.
            return (scalar, false, false, false)
        default:
            let properties = scalar.properties
            // A decimal digit (`২`, `٢`) is never alphabetic: its numeric type is looked up once,
            // for the letter test and the digit test both.
            if !properties.isAlphabetic {
                let numericType = properties.numericType
                return (scalar, false, numericType != nil, numericType == .decimal)
            }
            guard properties.isUppercase else { return (scalar, false, true, false) }
            let mapped = properties.lowercaseMapping.unicodeScalars
            if mapped.count == 1, let first = mapped.first { return (first, true, true, false) }
            return (scalar, true, true, false)
        }
    }

    /// Whether a decimal digit at `value` is one of the scripts' digits counted as a figure: from
    /// Arabic-Indic (U+0660) to Balinese and Sundanese (below U+1C00), and the full-width digits.
    /// The one range that both the scan (``foreignDigits``, a numeric word) and
    /// ``foreignDigit(_:)`` read.
    @inline(__always)
    static func isCountedDigit(_ value: UInt32) -> Bool {
        value >= 0x660 && (value < 0x1C00 || value >= 0xFF10)
    }

    /// The ASCII digit of a decimal digit of another script counted as a figure
    /// (``isCountedDigit(_:)``), or `nil`.
    static func foreignDigit(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        guard isCountedDigit(value), scalar.properties.numericType == .decimal,
              let digit = scalar.properties.numericValue, digit >= 0, digit <= 9 else { return nil }
        return 0x30 + UInt8(digit)
    }

    /// The scalar whose UTF-8 sequence of two to four bytes starts at `index` of `raw`, with its
    /// length, or `nil` where none starts there (an ASCII byte, a continuation byte, a sequence cut
    /// short). The one reader of a single scalar for the classifier's byte-level tests (a clock's
    /// foreign digits, a caseless brand's first letter); the normalizer's own loops decode in line.
    static func multiByteScalar(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        let lead = raw[index]
        guard lead >= 0xC2, lead < 0xF5 else { return nil }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= raw.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let byte = raw[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// `raw` with the decimal digits of other scripts written as ASCII digits (`२०८२` as `2082`),
    /// every other byte as it was. For the few lines whose figures the date tests read (a year and
    /// a clock, a date in figures, the years of a date line): the lowered bytes keep those digits as
    /// they are, since the widget and feed rules that read them were measured so. Its callers ask
    /// it only of a line with bytes past ASCII (one the normalizer saw such a digit in, or one
    /// `years(in:)` found a byte past ASCII in), so it does not look for them again.
    static func foldingDigits(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var folded: [UInt8] = []
        folded.reserveCapacity(raw.count)
        for scalar in String(decoding: raw, as: UTF8.self).unicodeScalars {
            if scalar.value >= 0x80, let digit = foreignDigit(scalar) {
                folded.append(digit)
            } else {
                folded.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return folded
    }

    private func appendNonASCII(_ scalar: Unicode.Scalar) {
        let (lowerScalar, upper, letter, decimal) = Self.lowercase(scalar)
        // Inside a word, a virama or nukta (`্` in `নভেম্বর`, `्` in `प्रदेश`: combining classes 9
        // and 7) and the zero-width joiners are the word's own: ending the word there cut a
        // Bengali or Hindi word in two, so that no month or outlet name of those scripts matched.
        // The joiners are dropped; the signs, all below U+2000, are kept.
        if !letter && inWord {
            if scalar.value == 0x200C || scalar.value == 0x200D { return }
            if scalar.value < 0x2000 && Self.joinsWord(scalar) {
                for byte in UTF8.encode(scalar)! { wordByte(byte, capitalized: false, digit: false) }
                return
            }
        }
        if !letter {
            switch scalar.value {
            case 0x00A9: copyrightSign = true
            // The full-width `＞` and `｜` of Chinese and Japanese pages are the ASCII separators'
            // forms (`ホーム＞ニュース＞南区`), written with no space around them as the script is.
            case 0x2022, 0x00B7, 0x2219, 0x25B8, 0x25BA, 0x2192, 0xFF1E, 0xFF5C: separators += 1
            case 0x2010...0x201F, 0x2026: break
            default:
                if scalar.properties.generalCategory == .currencySymbol { currency = true }
            }
        }
        var first = true
        // The decimal digits of other scripts (Bengali `২০২৬`, Arabic-Indic `٢٠٢٦`, Devanagari,
        // Thai, Persian) are figures as ASCII digits are: a date line in them counts its figures.
        // The scripts' digits counted (``isCountedDigit(_:)``); `lowercase` read the digit off its one look-up.
        let digit = decimal && Self.isCountedDigit(scalar.value)
        if digit { foreignDigits = true }
        for byte in UTF8.encode(lowerScalar)! {
            if letter {
                wordByte(byte, capitalized: first && upper, digit: digit)
                first = false
            }
        }
        if !letter { endWord() }
    }

    /// Whether every word of the last line opens with a letter of a script that has no case
    /// (Devanagari, Bengali, Arabic, Thai, Georgian's Mkhedruli): there no capital can tell a name.
    /// Asked of a few short lines only (see `BoilerplateClassifier.describe`).
    func wordsAreUncased() -> Bool {
        guard wordCount > 0 else { return false }
        for index in 0..<wordCount {
            let start = words[index].start
            let lead = normalized[start]
            // An ASCII letter or digit, or a letter of two bytes below Hebrew (Latin, Greek,
            // Cyrillic, Armenian: all cased), opens a cased word.
            guard lead >= 0xD7 else { return false }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard start + length <= normalizedCount else { return false }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = (value << 6) | (UInt32(normalized[start + offset]) & 0x3F) }
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic, !scalar.properties.isCased else { return false }
        }
        return true
    }

    /// Whether `scalar` is a sign that continues the word it follows: a virama or a nukta. (The
    /// zero-width joiners continue it too, but are dropped: each caller tests them first.)
    static func joinsWord(_ scalar: Unicode.Scalar) -> Bool {
        let combining = scalar.properties.canonicalCombiningClass.rawValue
        return combining == 9 || combining == 7
    }

    /// One word of the normalized line.
    struct Word {
        /// The word's hash, as ``WordHasher/hash(padded:count:)`` of its normalized bytes.
        var hash: UInt64 = 0
        /// Where the word starts in ``normalized``.
        var start: Int
        /// The word's ``BoilerplateLexicon/WordClass`` bits, filled by ``BoilerplateLexicon/classify(_:)``.
        var classes: Int32 = 0
        /// Its first letter was upper case.
        var capitalized: Bool
        /// Digits only (set until a letter is seen).
        var numeric = true
        /// Built in part by the non-ASCII path, whose bytes the scan did not hash: hashed again
        /// from the buffer at the end of the line, which clears the mark (a record is reused for
        /// the next line's word, and ``begin(_:start:capitalized:)`` does not reset it).
        var rehash = false

        init(start: Int, capitalized: Bool) {
            self.start = start
            self.capitalized = capitalized
        }
    }
}
