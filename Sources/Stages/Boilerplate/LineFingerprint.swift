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
    static let maximumBytes = 600

    /// The fingerprint of `line`, or `nil` for a blank line or one too long to record.
    static func of(_ line: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard line.count <= maximumBytes else { return nil }
        var hasher = WordHasher()
        var started = false
        var pendingSpace = false
        var sawLetter = false
        var index = 0
        // Skip list numbering and punctuation at the start.
        while index < line.count {
            let byte = line[index]
            let isDigit = byte >= 0x30 && byte <= 0x39
            if byte >= 0x80 || (!isDigit && isWordByte(byte)) { break }
            index += 1
        }
        while index < line.count {
            let byte = line[index]
            index += 1
            if byte >= 0x80 || isWordByte(byte) {
                if pendingSpace && started { hasher.add(0x20) }
                pendingSpace = false
                started = true
                if byte >= 0x30 && byte <= 0x39 {
                    hasher.add(0x30)
                } else {
                    sawLetter = true
                    hasher.add(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
            } else {
                pendingSpace = true
            }
        }
        return started && sawLetter ? hasher.value : nil
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
