/// A marker of a spelling style (spelling-styles.txt), prepared once so that testing a word for it
/// costs a few byte comparisons: every new word of a batch is tested against every marker, and
/// counting the characters of the marker or comparing character clusters for each test cost more
/// than the transliteration of the word.
///
/// The answer is the same as comparing the strings: bytes are compared only where they cannot
/// differ from characters (an ASCII marker in an ASCII word, or any ASCII marker found anywhere, as
/// before); everything else takes the string comparison.
struct SpellingMarker {
    /// The marker as written (`sch`, `^xy`, `ej$`).
    let text: String
    /// The letters to find, without `^` or `$`.
    let pattern: Substring
    /// ``pattern`` as UTF-8.
    let bytes: [UInt8]
    /// `^xy`: the word must start with the pattern.
    let atStart: Bool
    /// `xy$`: the word must end with the pattern.
    let atEnd: Bool
    /// The pattern is ASCII.
    let isASCII: Bool
    /// The pattern holds a character that is neither ASCII nor Cyrillic, so no word made only of
    /// such characters can hold it.
    let needsOtherScript: Bool

    init(_ marker: String) {
        text = marker
        atStart = marker.count > 1 && marker.hasPrefix("^")
        atEnd = !atStart && marker.count > 1 && marker.hasSuffix("$")
        pattern = atStart ? marker.dropFirst() : atEnd ? marker.dropLast() : marker[...]
        bytes = Array(pattern.utf8)
        isASCII = bytes.allSatisfy { $0 < 0x80 }
        needsOtherScript = pattern.unicodeScalars.contains { $0.value >= 0x80 && !(0x400...0x4FF).contains($0.value) }
    }

    /// What a marker test needs to know about the word, computed once for all markers.
    struct Word {
        let lower: String
        let bytes: [UInt8]
        /// Every byte is ASCII: bytes and characters are one thing.
        let isASCII: Bool
        /// Every character is ASCII or Cyrillic (U+0400 to U+04FF).
        let isASCIIOrCyrillic: Bool

        init(_ lower: String) {
            self.lower = lower
            bytes = Array(lower.utf8)
            var ascii = true
            var cyrillic = true
            for byte in bytes where byte >= 0x80 {
                ascii = false
                // Lead bytes 0xD0 to 0xD3 start U+0400 to U+04FF; 0x80 to 0xBF continue a character.
                if byte >= 0xC0 && !(0xD0...0xD3).contains(byte) { cyrillic = false }
            }
            isASCII = ascii
            isASCIIOrCyrillic = cyrillic
        }
    }

    /// Whether the lower-case `word` shows this marker.
    func isShown(in word: Word) -> Bool {
        if atStart {
            guard isASCII && word.isASCII else { return word.lower.hasPrefix(pattern) }
            return word.bytes.count >= bytes.count && word.bytes[..<bytes.count].elementsEqual(bytes)
        }
        if atEnd {
            guard isASCII && word.isASCII else { return word.lower.hasSuffix(pattern) }
            return word.bytes.count >= bytes.count && word.bytes[(word.bytes.count - bytes.count)...].elementsEqual(bytes)
        }
        guard isASCII else {
            // A marker with a letter beyond ASCII is not in an ASCII word, nor one with a letter of
            // another script in a word of ASCII and Cyrillic letters.
            if word.isASCII || (needsOtherScript && word.isASCIIOrCyrillic) { return false }
            return word.lower.contains(text)
        }
        return NameText.contains(word.bytes, bytes: bytes)
    }
}
