import Glibc

/// The fingerprints of a document's lines, by which the `boilerplate` stage finds lines that repeat
/// across the articles of one outlet.
///
/// A fingerprint ignores case, punctuation, spacing, leading list numbers (`1.`, `2)`) and the
/// value of digits, so `Comments: 0` and `Comments: 12`, or `1. Most read story` and
/// `3. Most read story`, are the same line. It reads the bytes once, with no allocation, because
/// the map phase runs it on every line of the batch.
enum LineFingerprint {
    /// Lines longer than this are never recorded: chrome is short, and recording every story
    /// paragraph would make the saved state grow with the corpus.
    static let maximumBytes = 400

    /// Lines of up to this length are recorded wherever they are; longer ones (up to
    /// ``maximumBytes``) only near the head or tail of the article, where longer chrome lives
    /// (appeals, newsletter blurbs, agency footers). Story paragraphs are the bulk of the bytes,
    /// and skipping them keeps the map phase fast.
    static let shortBytes = 120
    /// How many non-blank lines count as the head and the tail for recording.
    static let edgeLines = 12

    /// Each byte's contribution: 0 for a separator, `0` for a digit, the lower-case letter, or the
    /// byte itself above ASCII.
    private static let byteMap: [UInt8] = (0..<256).map { value -> UInt8 in
        let byte = UInt8(value)
        switch byte {
        case 0x30...0x39: return 0x30
        case 0x41...0x5A: return byte | 0x20
        case 0x61...0x7A, 0x80...0xFF: return byte
        default: return 0
        }
    }

    /// The fingerprint of `line`, or `nil` for a blank line, a line without letters, or one too
    /// long to record.
    ///
    /// The line is first squeezed into a buffer (``byteMap``, each run of separators one space),
    /// eight bytes at a time (a whole block when its separators are single, else word by word),
    /// and hashed eight bytes at a time as it is written: the same value as feeding
    /// the squeezed bytes one by one to a ``WordHasher``.
    static func of(_ line: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard line.count <= maximumBytes, let base = line.baseAddress else { return nil }
        let count = line.count
        return byteMap.withUnsafeBufferPointer { map in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumBytes + 16) { buffer -> UInt64? in
                let output = buffer.baseAddress!
                var length = 0
                var pendingSpace = false
                var sawLetter = false
                var index = 0
                // The squeezed bytes are hashed as they are written, eight at a time, a word behind.
                var state = WordHasher.initialState
                var hashed = 0
                // Skip list numbering and punctuation at the start.
                while index < count {
                    let mapped = map[Int(base[index])]
                    if mapped != 0 && mapped != 0x30 { break }
                    index += 1
                }
                while index < count {
                    // The last bytes of the line are read as a block padded with zero bytes,
                    // which are separators: they leave a space pending, which is never written.
                    var loaded: UInt64 = 0
                    if index &+ 8 <= count {
                        loaded = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    } else {
                        withUnsafeMutableBytes(of: &loaded) {
                            $0.copyMemory(from: UnsafeRawBufferPointer(start: base + index, count: count &- index))
                        }
                    }
                    // Prose is mostly words between single separators: such a block squeezes
                    // to itself (separators become spaces), with no word-by-word compaction.
                    let plain = plainBlock(loaded, pendingSpace: pendingSpace)
                    if plain.length > 0 {
                        // The pending space is written always and kept when due: a branch on it
                        // would be mispredicted at every other word boundary.
                        output[length] = 0x20
                        length &+= pendingSpace && length > 0 ? 1 : 0
                        UnsafeMutableRawPointer(output + length).storeBytes(of: plain.mapped.littleEndian, as: UInt64.self)
                        length &+= plain.length
                        pendingSpace = plain.pendingSpace
                        sawLetter = sawLetter || plain.letters
                        index &+= 8
                        if hashed &+ 8 <= length {
                            state = WordHasher.mixWord(state, output + hashed)
                            hashed &+= 8
                        }
                        continue
                    }
                    let block = squeezedBlock(loaded)
                    if block.length > 0 {
                        if pendingSpace && length > 0 {
                            output[length] = 0x20
                            length &+= 1
                        }
                        pendingSpace = false
                        // Stored whole: the bytes past the run are overwritten or zeroed below.
                        UnsafeMutableRawPointer(output + length).storeBytes(of: block.mapped.littleEndian, as: UInt64.self)
                        length &+= block.length
                        sawLetter = sawLetter || block.letters
                    }
                    // The separators after the run, within the block, become one pending space.
                    if block.separators > 0 { pendingSpace = true }
                    index &+= block.length &+ block.separators
                }
                guard length > 0 && sawLetter else { return nil }
                // Initialized padding for the hash, which reads whole words.
                UnsafeMutableRawPointer(output + length).storeBytes(of: 0, as: UInt64.self)
                return WordHasher.hash(padded: output, count: length, from: state, offset: hashed)
            }
        }
    }

    /// Eight bytes of a line (loaded little-endian) squeezed whole, when that is the same as
    /// squeezing them word by word: the first byte is kept (letter, digit or above ASCII), or a
    /// separator with no separator before it; no two separators are adjacent. Separators become
    /// spaces, and a separator in the last byte is left pending. A length of 0 means the block is
    /// not plain.
    @inline(__always)
    private static func plainBlock(_ loaded: UInt64, pendingSpace: Bool) -> (length: Int, mapped: UInt64, letters: Bool, pendingSpace: Bool) {
        let bytes = UInt64(littleEndian: loaded)
        let high = ByteLanes.high
        let nonASCII = bytes & high
        let letter = ByteLanes.letters(bytes)
        let digit = ByteLanes.digits(bytes)
        let stops = ~(letter | digit | nonASCII) & high
        let leadingStop = pendingSpace ? stops & 0x80 : 0
        guard stops & (stops << 8) == 0 && leadingStop == 0 else { return (0, 0, false, false) }
        // Kept lanes as ``byteMap`` maps them, separator lanes set to a space.
        let mapped = ((bytes | (letter >> 2)) & ~((digit >> 7) &* 0x0F) & ~((stops >> 7) &* 0xFF)) | (stops >> 2)
        let trailing = stops >> 63 != 0
        return (trailing ? 7 : 8, mapped, (letter | nonASCII) != 0, trailing)
    }

    /// Eight bytes of a line (loaded little-endian): the number of leading bytes that are kept
    /// (letters, digits, bytes above ASCII) mapped as ``byteMap`` maps them, whether a kept one
    /// is not a digit, and the number of separators right after them within the block (a word
    /// and the space after it are read in one step).
    @inline(__always)
    private static func squeezedBlock(_ loaded: UInt64) -> (length: Int, mapped: UInt64, letters: Bool, separators: Int) {
        let bytes = UInt64(littleEndian: loaded)
        let high = ByteLanes.high
        let nonASCII = bytes & high
        let letter = ByteLanes.letters(bytes)
        let digit = ByteLanes.digits(bytes)
        let kept = letter | digit | nonASCII
        let stops = ~kept & high
        if stops == 0 {
            let mapped = (bytes | (letter >> 2)) & ~((digit >> 7) &* 0x0F)
            return (8, mapped, letter | nonASCII != 0, 0)
        }
        let length = stops.trailingZeroBitCount >> 3
        let leading: UInt64 = (1 << UInt64(length &* 8)) &- 1
        // The lanes after the run; the first of them is a separator.
        let rest = kept >> UInt64(length &* 8)
        let separators = rest == 0 ? 8 &- length : (rest.trailingZeroBitCount >> 3)
        // Letters lower-cased, digits to `0` (their low nibble cleared).
        let mapped = (bytes | (letter >> 2)) & ~((digit >> 7) &* 0x0F)
        return (length, mapped, (letter | nonASCII) & leading != 0, separators)
    }

    /// The fingerprints a document contributes to its outlet: short lines anywhere, and lines of
    /// up to ``maximumBytes`` among the first and last ``edgeLines`` non-blank lines.
    static func recorded(in text: UnsafeBufferPointer<UInt8>) -> [UInt64: Int] {
        guard let base = text.baseAddress else { return [:] }
        var ranges: [Range<Int>] = []
        var start = 0
        let count = text.count
        while start < count {
            let newline = memchr(base + start, 0x0A, count - start)
            let end = newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
            if end > start { ranges.append(start..<end) }
            start = end + 1
        }
        // Each fingerprint counts once per document: the state counts articles, not lines.
        var prints = [UInt64: Int](minimumCapacity: ranges.count)
        for (position, range) in ranges.enumerated() {
            let edge = position < edgeLines || position >= ranges.count - edgeLines
            guard range.count <= (edge ? maximumBytes : shortBytes) else { continue }
            if let print = of(UnsafeBufferPointer(rebasing: text[range])) { prints[print] = 1 }
        }
        return prints
    }
}
