/// A date written with a month's name the lexicon does not know (`An wallafa: Juma'a, 28 Maris
/// 2025`, `Maris 6, 2025`).
///
/// The month list reads a date line in the languages it holds; a page in another language printed
/// its own date line as chrome, and the byline over it lost the date that made it one. The shape
/// needs no list: a day (1 to 31), one capitalized word, a year from 1900 to 2099, in that order
/// or with the word first (`Maris 6, 2025`). A word in capitals between two figures is rarely
/// anything but a month; a line of the story that holds one is longer than a date line's ten words.
/// In a script without capitals (`18 نومبر 2024`, `5 ਮਈ 2025`) any word may stand there, so the
/// shape is trusted only where the byline block's date line stands (``LineFeatures/uncasedWordDate``).
extension BoilerplateClassifier {
    /// Whether `raw` holds a day, a capitalized word and a year in a row (either order of day
    /// and word), each word apart by one space, a comma or a dot allowed after the first two.
    /// With `uncased`, the word is one of a script without capitals instead (`18 نومبر 2024`).
    static func holdsWordDate(_ raw: UnsafeBufferPointer<UInt8>, uncased: Bool) -> Bool {
        let count = raw.count
        /// The end of a run of digits from `start`, and its value, when it is a day (1 to 31).
        func day(at start: Int) -> Int? {
            var end = start, value = 0
            while end < count && isDigit(raw[end]) && end - start < 3 { value = value * 10 + Int(raw[end] - 0x30); end += 1 }
            guard end - start >= 1, end - start <= 2, (1...31).contains(value), end == count || !isDigit(raw[end]) else { return nil }
            return end
        }
        /// The end of a capitalized word from `start`: an ASCII capital, then three or more letters;
        /// with `uncased`, four bytes or more of a script with no capitals, up to an Arabic comma.
        func monthWord(at start: Int) -> Int? {
            guard start < count else { return nil }
            if uncased {
                guard raw[start] >= 0xC0, Self.opensUncasedWord(raw, at: start) else { return nil }
                var end = start + 1
                while end < count && raw[end] >= 0x80 && !(raw[end] == 0xD8 && end + 1 < count && raw[end + 1] == 0x8C) { end += 1 }
                return end - start >= 4 ? end : nil
            }
            guard raw[start] >= 0x41, raw[start] <= 0x5A else { return nil }
            var end = start + 1
            while end < count && (raw[end] | 0x20 >= 0x61 && raw[end] | 0x20 <= 0x7A || raw[end] >= 0x80) { end += 1 }
            return end - start >= 3 ? end : nil
        }
        /// The start of the next word after a comma (the Arabic script's too) or a dot and one space.
        func gap(after end: Int) -> Int? {
            var cursor = end
            if cursor < count && (raw[cursor] == UInt8(ascii: ",") || raw[cursor] == UInt8(ascii: ".")) {
                cursor += 1
            } else if cursor + 1 < count && raw[cursor] == 0xD8 && raw[cursor + 1] == 0x8C {
                cursor += 2
            }
            guard cursor < count, raw[cursor] == 0x20 else { return nil }
            return cursor + 1
        }
        func year(at start: Int) -> Bool {
            guard start + 4 <= count, (start..<(start + 4)).allSatisfy({ isDigit(raw[$0]) }),
                  start + 4 == count || !isDigit(raw[start + 4]) else { return false }
            let century = (raw[start], raw[start + 1])
            return century == (0x31, 0x39) || century == (0x32, 0x30)
        }
        for start in 0..<count where start == 0 || raw[start - 1] == 0x20 {
            if isDigit(raw[start]), let dayEnd = day(at: start), let wordStart = gap(after: dayEnd),
               let wordEnd = monthWord(at: wordStart), let yearStart = gap(after: wordEnd), year(at: yearStart) {
                return true
            }
            if let wordEnd = monthWord(at: start), let dayStart = gap(after: wordEnd), let dayEnd = day(at: dayStart),
               let yearStart = gap(after: dayEnd), year(at: yearStart) {
                return true
            }
        }
        return false
    }

    /// Whether the scalar whose UTF-8 lead byte is at `start` is a letter of a script with no
    /// capitals, from Hebrew to Mongolian (Arabic, the Indic scripts, Thai, Ethiopic, Khmer …), or
    /// kana, Han and Hangul: there a month's name has no capital to tell it, and its place between
    /// a day and a year must (`18 نومبر 2024`). Latin, Greek, Cyrillic and Armenian write months in
    /// capitals or the lexicon lists them.
    static func opensUncasedWord(_ raw: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard let scalar = LineNormalizer.multiByteScalar(raw, at: start)?.scalar.value else { return false }
        // Hebrew to Mongolian; kana and Han; Hangul syllables. (Not the general punctuation or
        // symbols between them, nor Latin and Greek extended.)
        return (0x05D0..<0x1900).contains(scalar) || (0x3040..<0xA000).contains(scalar) || (0xAC00..<0xD7A4).contains(scalar)
    }
}
