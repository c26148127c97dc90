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
    static func of(_ line: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard line.count <= maximumBytes else { return nil }
        return byteMap.withUnsafeBufferPointer { map in
            var hasher = WordHasher()
            var started = false
            var pendingSpace = false
            var sawLetter = false
            var index = 0
            // Skip list numbering and punctuation at the start.
            while index < line.count {
                let mapped = map[Int(line[index])]
                if mapped != 0 && mapped != 0x30 { break }
                index += 1
            }
            while index < line.count {
                let mapped = map[Int(line[index])]
                index += 1
                if mapped == 0 {
                    pendingSpace = true
                    continue
                }
                if pendingSpace && started { hasher.add(0x20) }
                pendingSpace = false
                started = true
                if mapped != 0x30 { sawLetter = true }
                hasher.add(mapped)
            }
            return started && sawLetter ? hasher.value : nil
        }
    }

    /// The fingerprints a document contributes to its outlet: short lines anywhere, and lines of
    /// up to ``maximumBytes`` among the first and last ``edgeLines`` non-blank lines.
    static func recorded(in text: UnsafeBufferPointer<UInt8>) -> Set<UInt64> {
        guard let base = text.baseAddress else { return [] }
        var ranges: [Range<Int>] = []
        var start = 0
        let count = text.count
        while start < count {
            let newline = memchr(base + start, 0x0A, count - start)
            let end = newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
            if end > start { ranges.append(start..<end) }
            start = end + 1
        }
        var prints = Set<UInt64>(minimumCapacity: ranges.count)
        for (position, range) in ranges.enumerated() {
            let edge = position < edgeLines || position >= ranges.count - edgeLines
            guard range.count <= (edge ? maximumBytes : shortBytes) else { continue }
            if let print = of(UnsafeBufferPointer(rebasing: text[range])) { prints.insert(print) }
        }
        return prints
    }
}
