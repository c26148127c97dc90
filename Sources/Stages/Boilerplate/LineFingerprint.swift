import Glibc

/// The fingerprints of a document's lines, by which the `boilerplate` stage finds lines that repeat
/// across the articles of one outlet.
///
/// A fingerprint ignores case, punctuation, spacing, leading list numbers (`1.`, `2)`) and the
/// value of digits, so `Comments: 0` and `Comments: 12`, or `1. Most read story` and
/// `3. Most read story`, are the same line. Of a line longer than ``shortBytes``, only the words
/// of its first ``headBytes`` and last ``tailBytes`` bytes count: that is identity enough for a
/// line that repeats (appeals, blurbs and footers are repeated whole), and the map phase, which
/// runs on nearly every line of the batch, then reads a bounded part of each. It reads the bytes
/// once, with no allocation.
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

    /// Of a line longer than ``shortBytes``, the fingerprint reads from its start (after list
    /// numbering) to the first separator at or past this many bytes, ...
    static let headBytes = 64
    /// ... and from the first word that starts in its last this many bytes; the bytes between
    /// count as one separator.
    static let tailBytes = 48

    /// Whether the non-blank line at `position` of `count` non-blank lines, `length` bytes long
    /// once trimmed, is recorded by the map phase (and so looked up by the process phase).
    @inline(__always)
    static func isRecorded(length: Int, position: Int, of count: Int) -> Bool {
        let edge = position < edgeLines || position >= count - edgeLines
        return length <= (edge ? maximumBytes : shortBytes)
    }

    /// `range` of `text` without the spaces, tabs and carriage returns around it: both phases
    /// fingerprint lines cut this way, so that a line ending in `\r\n` or trailing spaces in one
    /// article is the same line in another (the head and tail of a long line count from its ends).
    @inline(__always)
    static func trimmed(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end && isLineSpace(text[start]) { start &+= 1 }
        while end > start && isLineSpace(text[end &- 1]) { end &-= 1 }
        return start..<end
    }

    @inline(__always)
    static func isLineSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// Where the part of `line` that a fingerprint skips begins and ends (`gap.lowerBound` is a
    /// separator, and so is the byte before `gap.upperBound`), or `nil` when it reads every byte.
    /// `start` is the first byte after list numbering; `map` is ``byteMap``.
    @inline(__always)
    static func skipped(_ line: UnsafePointer<UInt8>, count: Int, start: Int, map: UnsafePointer<UInt8>) -> Range<Int>? {
        guard count > shortBytes else { return nil }
        var head = start + headBytes
        while head < count && map[Int(line[head])] != 0 { head += 1 }
        var tail = max(count - tailBytes, 1)
        while tail < count && map[Int(line[tail - 1])] != 0 { tail += 1 }
        return head < tail ? head..<tail : nil
    }

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
    /// The line (its head and tail, when it is long) is first squeezed into a buffer
    /// (``byteMap``, each run of separators one space), sixteen bytes at a time where it can (a
    /// block of eight is written whole, its surplus separators taken out lane by lane), then
    /// hashed eight bytes at a time: the same
    /// value as feeding the squeezed bytes one by one to a ``WordHasher``.
    static func of(_ line: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard line.count <= maximumBytes, let base = line.baseAddress else { return nil }
        return byteMap.withUnsafeBufferPointer { map in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bufferBytes) { buffer in
                of(base, count: line.count, map: map.baseAddress!, buffer: buffer.baseAddress!)
            }
        }
    }

    /// ``of(_:)`` of a line of at most ``shortBytes`` that is all ASCII (``isASCII(_:)``), from
    /// `normalized`, the line as ``LineNormalizer`` normalized it. For such a line the squeezed
    /// bytes are the normalized ones after their leading digits and spaces (the list numbering),
    /// each digit a `0`, and there is a letter when any byte is left. The process phase holds
    /// the normalized bytes of its lines: copying them costs less than squeezing the line again.
    static func of(shortASCII normalized: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard let base = normalized.baseAddress else { return nil }
        let count = normalized.count
        assert(count <= shortBytes, "a normalized ASCII line is no longer than the line")
        var start = 0
        while start < count && (base[start] == 0x20 || base[start] &- 0x30 < 10) { start &+= 1 }
        guard start < count else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bufferBytes) { buffer in
            let output = buffer.baseAddress!
            let source = base + start
            let length = count &- start
            var index = 0
            // Eight bytes at a time: a digit lane's low four bits cleared makes it `0`.
            while index &+ 8 <= length {
                let bytes = UInt64(littleEndian: UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self))
                let digits = ByteLanes.digits(bytes)
                UnsafeMutableRawPointer(output + index).storeBytes(of: (bytes & ~((digits >> 7) &* 0x0F)).littleEndian, as: UInt64.self)
                index &+= 8
            }
            while index < length {
                let byte = source[index]
                output[index] = byte &- 0x30 < 10 ? 0x30 : byte
                index &+= 1
            }
            // Initialized padding for the hash, which reads whole words.
            UnsafeMutableRawPointer(output + length).storeBytes(of: 0, as: UInt64.self)
            return WordHasher.hash(padded: output, count: length)
        }
    }

    /// Whether every byte of `bytes` is ASCII (read eight at a time).
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var seen: UInt64 = 0
        var index = 0
        while index &+ 8 <= bytes.count {
            seen |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index &+= 8
        }
        while index < bytes.count {
            seen |= UInt64(base[index])
            index &+= 1
        }
        return seen & ByteLanes.high == 0
    }

    /// The room ``of(_:count:map:buffer:)`` needs for the squeezed line: a line of up to
    /// ``maximumBytes`` and a word of padding past it.
    private static let bufferBytes = maximumBytes + 16

    /// ``of(_:)`` of the `count` bytes at `base` (at most ``maximumBytes``), with ``byteMap`` at
    /// `map` and ``bufferBytes`` of scratch at `buffer`: the map phase holds both once per
    /// document rather than per line.
    @inline(__always)
    private static func of(_ base: UnsafePointer<UInt8>, count: Int, map: UnsafePointer<UInt8>, buffer output: UnsafeMutablePointer<UInt8>) -> UInt64? {
        assert(count <= maximumBytes, "the buffer holds a line of at most maximumBytes")
        var length = 0
        var pendingSpace = false
        var sawLetter = false
        var index = 0
        // Skip list numbering and punctuation at the start.
        while index < count {
            let mapped = map[Int(base[index])]
            if mapped != 0 && mapped != 0x30 { break }
            index += 1
        }
        let gap = skipped(base, count: count, start: index, map: map)
        // The head, up to the gap; then the tail after it, the gap one separator.
        squeezePart(base, from: index, to: gap?.lowerBound ?? count, into: output,
                    length: &length, pendingSpace: &pendingSpace, sawLetter: &sawLetter)
        if let gap {
            pendingSpace = true
            squeezePart(base, from: gap.upperBound, to: count, into: output,
                        length: &length, pendingSpace: &pendingSpace, sawLetter: &sawLetter)
        }
        guard length > 0 && sawLetter else { return nil }
        // Hashed once squeezed, not word by word as it is written: the loop above then keeps its
        // state in registers. Initialized padding for the hash, which reads whole words.
        UnsafeMutableRawPointer(output + length).storeBytes(of: 0, as: UInt64.self)
        return WordHasher.hash(padded: output, count: length)
    }

    /// Squeezes the bytes `start..<end` of a line onto the `length` bytes at `output`.
    ///
    /// Sixteen bytes at a time while they last, classified in vector lanes (``classified(_:)``)
    /// and written as two blocks of eight; then a block of eight, and the last bytes of the part
    /// once, as a block padded with zero bytes, which are separators: they leave a space pending,
    /// which is never written. (The eight bytes that end the part, shifted: no copy, no bytes
    /// past it.) The state is in locals, so that the loop keeps it in registers: the map phase
    /// runs it on nearly every line of the batch. Not inlined: on its own, the loop has registers
    /// enough for its state and constants, where inlined into the map phase's loop over lines it
    /// spilled them at every block.
    @inline(never)
    private static func squeezePart(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int, into output: UnsafeMutablePointer<UInt8>,
                                    length: inout Int, pendingSpace: inout Bool, sawLetter: inout Bool) {
        var index = start
        var written = length
        var pending = pendingSpace
        var letters = sawLetter
        @inline(__always)
        func append(_ mapped: UInt64, stops: UInt64) {
            let block = compacted(mapped, stops: stops, pendingSpace: pending)
            // The pending space is written always and kept when due: a branch on it
            // would be mispredicted at every other word boundary. A space is never pending
            // before the first byte is written: the head starts at a letter.
            output[written] = 0x20
            written &+= pending && block.length > 0 ? 1 : 0
            // Stored whole: the bytes past the block's length are overwritten or zeroed later.
            UnsafeMutableRawPointer(output + written).storeBytes(of: block.mapped.littleEndian, as: UInt64.self)
            written &+= block.length
            pending = block.pendingSpace
        }
        @inline(__always)
        func append(_ loaded: UInt64) {
            let lanes = classified(UInt64(littleEndian: loaded))
            append(lanes.mapped, stops: lanes.stops)
            letters = letters || lanes.letters != 0
        }
        // Letter and non-ASCII lanes of the wide blocks, ORed and tested once after them.
        var wideLetters = SIMD16<UInt8>(repeating: 0)
        while index &+ 16 <= end {
            let lanes = classified(UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self))
            wideLetters |= lanes.letters
            let stops = unsafeBitCast(lanes.stops, to: SIMD2<UInt64>.self)
            let (low, high) = (UInt64(littleEndian: stops[0]), UInt64(littleEndian: stops[1]))
            // Nothing to take out or hold back (no separator after a separator or after the
            // pending space, none in the last lane): the sixteen bytes go whole, as the two
            // blocks below would write them. Most of a line's blocks are such.
            let surplus = (low & ((low << 8) | (pending ? 0x80 : 0))) | (high & ((high << 8) | (low >> 56))) | (high >> 63)
            if surplus == 0 {
                output[written] = 0x20
                written &+= pending ? 1 : 0
                UnsafeMutableRawPointer(output + written).storeBytes(of: lanes.mapped, as: SIMD16<UInt8>.self)
                written &+= 16
                pending = false
            } else {
                let mapped = unsafeBitCast(lanes.mapped, to: SIMD2<UInt64>.self)
                append(UInt64(littleEndian: mapped[0]), stops: low)
                append(UInt64(littleEndian: mapped[1]), stops: high)
            }
            index &+= 16
        }
        let wide = unsafeBitCast(wideLetters, to: SIMD2<UInt64>.self)
        letters = letters || wide[0] | wide[1] != 0
        if index &+ 8 <= end {
            append(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            index &+= 8
        }
        if index < end {
            var loaded: UInt64 = 0
            if end >= 8 {
                let last = UInt64(littleEndian: UnsafeRawPointer(base + (end &- 8)).loadUnaligned(as: UInt64.self))
                loaded = (last >> UInt64(8 &* (8 &- (end &- index)))).littleEndian
            } else {
                for offset in 0..<(end &- index) {
                    loaded |= UInt64(base[index &+ offset]) << UInt64(8 &* offset)
                }
                loaded = loaded.littleEndian
            }
            append(loaded)
        }
        length = written
        pendingSpace = pending
        sawLetter = letters
    }

    /// Eight bytes of a line (the first byte the lowest) as ``byteMap`` maps them, separator lanes
    /// set to a space; the separator lanes (bit 7 of each); and the letter and non-ASCII lanes
    /// (nonzero when the block has a letter).
    @inline(__always)
    private static func classified(_ bytes: UInt64) -> (mapped: UInt64, stops: UInt64, letters: UInt64) {
        let high = ByteLanes.high
        let nonASCII = bytes & high
        let letter = ByteLanes.letters(bytes)
        let digit = ByteLanes.digits(bytes)
        let stops = ~(letter | digit | nonASCII) & high
        let mapped = ((bytes | (letter >> 2)) & ~((digit >> 7) &* 0x0F) & ~((stops >> 7) &* 0xFF)) | (stops >> 2)
        return (mapped, stops, letter | nonASCII)
    }

    /// ``classified(_:)`` of sixteen bytes at once, in the lanes of a vector (``ByteLanes``' tests
    /// on vectors), with lane-wise arithmetic only.
    @inline(__always)
    private static func classified(_ bytes: SIMD16<UInt8>) -> (mapped: SIMD16<UInt8>, stops: SIMD16<UInt8>, letters: SIMD16<UInt8>) {
        let nonASCII = bytes & 0x80
        let letter = ByteLanes.letters(bytes)
        let digit = ByteLanes.digits(bytes)
        let stops = ~(letter | digit | nonASCII) & 0x80
        // A lane's bit 7 spread over the lane: 0 - 1 is 0xFF.
        let zero = SIMD16<UInt8>(repeating: 0)
        let digitLow = (zero &- (digit &>> 7)) & 0x0F
        let stopLane = zero &- (stops &>> 7)
        let mapped = ((bytes | (letter &>> 2)) & ~digitLow & ~stopLane) | (stops &>> 2)
        return (mapped, stops, letter | nonASCII)
    }

    /// A classified block squeezed: each run of separators one space (the first separator of the
    /// block is dropped too when a space is already pending). A run of separators at the end of
    /// the block is not written but left pending, as the next block may continue it.
    ///
    /// Nearly every block of prose has no separator after another, and most of the rest one
    /// (`, ` or `. `): the surplus separators are taken out one lane at a time.
    @inline(__always)
    private static func compacted(_ classified: UInt64, stops: UInt64, pendingSpace: Bool) -> (length: Int, mapped: UInt64, pendingSpace: Bool) {
        var mapped = classified
        // Separators right after a separator (or after the pending space) go.
        var surplus = stops & ((stops << 8) | (pendingSpace ? 0x80 : 0))
        var length = 8
        // From the highest lane down, so that the lanes still to remove keep their places.
        while surplus != 0 {
            let lane = 63 &- surplus.leadingZeroBitCount
            let below: UInt64 = (1 << UInt64(lane &- 7)) &- 1
            mapped = (mapped & below) | ((mapped >> 8) & ~below)
            surplus &= ~(1 << UInt64(lane))
            length &-= 1
        }
        // The space of a run at the end is held back (it is the last lane left, unless the whole
        // block was separators after a pending space).
        let trailing = stops >> 63 != 0
        if trailing && length > 0 { length &-= 1 }
        return (length, mapped, trailing)
    }

    /// How far into a line the label of a teaser reaches: one to three words and their colon.
    static let labelBytes = 32

    /// Set in a label's print (``label(_:)``), so that `Read also: …`'s label and a line
    /// `Read also` alone are different prints.
    private static let labelSalt: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The index of the colon that ends the label opening the `count` bytes at `base`: one to three
    /// words without a figure, opening with a letter, then a colon and a space, within
    /// ``labelBytes`` bytes (`Baca juga: …`, `Čtěte také: …`, `Just nu: …`).
    @inline(__always)
    static func labelEnd(_ base: UnsafePointer<UInt8>, count: Int) -> Int? {
        let reach = min(count - 2, labelBytes)
        guard reach > 2, (base[0] | 0x20 >= 0x61 && base[0] | 0x20 <= 0x7A) || base[0] >= 0xC3,
              let colon = memchr(base, 0x3A, reach) else { return nil }
        let end = UnsafePointer<UInt8>(colon.assumingMemoryBound(to: UInt8.self)) - base
        guard end >= 2, base[end + 1] == 0x20 else { return nil }
        var spaces = 0
        for index in 1..<end {
            let byte = base[index]
            if byte == 0x20 {
                spaces += 1
                guard spaces <= 2, base[index - 1] != 0x20 else { return nil }
            } else if byte >= 0x30 && byte <= 0x39 {
                return nil
            }
        }
        return end
    }

    /// The label (``labelEnd(_:count:)``) that opens `line`: the index of its colon and its print,
    /// or `nil` when no label opens it. The colon is found once, before any buffer is set up: most
    /// lines have no label.
    static func label(_ line: UnsafeBufferPointer<UInt8>) -> (end: Int, print: UInt64)? {
        guard line.count <= maximumBytes, let base = line.baseAddress, let end = labelEnd(base, count: line.count) else { return nil }
        let print = byteMap.withUnsafeBufferPointer { map in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bufferBytes) { buffer in
                of(base, count: end, map: map.baseAddress!, buffer: buffer.baseAddress!)
            }
        }
        return print.map { (end, $0 ^ labelSalt) }
    }

    /// The print of the label that opens the `count` bytes at `base` (as ``label(_:)``), with the
    /// map phase's ``byteMap`` and buffer.
    @inline(__always)
    private static func labelPrint(_ base: UnsafePointer<UInt8>, count: Int, map: UnsafePointer<UInt8>, buffer: UnsafeMutablePointer<UInt8>) -> UInt64? {
        guard let end = labelEnd(base, count: count) else { return nil }
        return of(base, count: end, map: map, buffer: buffer).map { $0 ^ labelSalt }
    }

    /// The fingerprints a document contributes to its outlet: short lines anywhere, and lines of
    /// up to ``maximumBytes`` among the first and last ``edgeLines`` non-blank lines.
    static func recorded(in text: UnsafeBufferPointer<UInt8>) -> [OutletPrint: Int] {
        guard let base = text.baseAddress else { return [:] }
        // Non-blank lines, trimmed as the process phase trims them.
        var ranges: [Range<Int>] = []
        let count = text.count
        // Room for lines of 48 bytes on average, enough for most articles: grown line by line,
        // the array was reallocated about five times per article.
        ranges.reserveCapacity(count / 48 + 16)
        var start = 0
        while start < count {
            let newline = memchr(base + start, 0x0A, count - start)
            let end = newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
            let line = trimmed(text, start..<end)
            if !line.isEmpty { ranges.append(line) }
            start = end + 1
        }
        // Each fingerprint counts once per document: the state counts articles, not lines.
        var prints = [OutletPrint: Int](minimumCapacity: ranges.count)
        byteMap.withUnsafeBufferPointer { map in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bufferBytes) { buffer in
                for (position, range) in ranges.enumerated() where isRecorded(length: range.count, position: position, of: ranges.count) {
                    let print = of(base + range.lowerBound, count: range.count, map: map.baseAddress!, buffer: buffer.baseAddress!)
                    if let print { prints[OutletPrint(print)] = 1 }
                    if let label = labelPrint(base + range.lowerBound, count: range.count, map: map.baseAddress!, buffer: buffer.baseAddress!) {
                        prints[OutletPrint(label)] = 1
                    }
                }
            }
        }
        return prints
    }
}
