extension String {
    /// Whether the string's UTF-8 bytes end with those of `suffix`: `hasSuffix` for the ASCII
    /// endings the sieves test words for (`-ed`, `-ing`, `-ova`), read on the bytes in place,
    /// without the grapheme breaking that makes `hasSuffix` cost a hundred instructions a call.
    @inline(__always)
    func endsWithBytes(_ suffix: String) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            suffix.utf8.withContiguousStorageIfAvailable { ending -> Bool in
                let n = ending.count, offset = bytes.count - ending.count
                guard offset >= 0 else { return false }
                var i = 0
                while i < n {
                    if bytes[offset + i] != ending[i] { return false }
                    i += 1
                }
                return true
            }
        }
        return (found ?? nil) ?? hasSuffix(suffix)
    }
}

extension StringProtocol {
    /// The words between spaces, as `split(separator: " ")` gives them, found on the UTF-8 bytes:
    /// that split walks the text by grapheme and makes a string of each character to compare it
    /// (some ten thousand instructions for a short description). A space between two ASCII
    /// bytes is a character of its own, so the bytes give the same words; a space next to any
    /// other byte (a combining mark after it may join it) is left to the grapheme split.
    func wordsSplitAtSpaces() -> [SubSequence] {
        let bytes = utf8
        var words: [SubSequence] = []
        var start = bytes.startIndex, i = start
        var previousIsASCII = true
        while i != bytes.endIndex {
            let byte = bytes[i]
            let next = bytes.index(after: i)
            if byte == 32 {
                guard previousIsASCII, next == bytes.endIndex || bytes[next] < 0x80 else { return split(separator: " ") }
                if start != i { words.append(self[start..<i]) }
                start = next
            }
            previousIsASCII = byte < 0x80
            i = next
        }
        if start != i { words.append(self[start..<i]) }
        return words
    }
}

extension String {
    /// The text before its first space, as `prefix(while: { $0 != " " })` gives it, found on the
    /// UTF-8 bytes (the grapheme walk made a string of each character to compare it); a space
    /// next to a byte past ASCII, which a combining mark may join, is left to that walk.
    func prefixBeforeSpace() -> Substring {
        let bytes = utf8
        guard let space = bytes.firstIndex(of: 32) else { return self[...] }
        let next = bytes.index(after: space)
        guard space == bytes.startIndex || bytes[bytes.index(before: space)] < 0x80, next == bytes.endIndex || bytes[next] < 0x80 else {
            return prefix(while: { $0 != " " })
        }
        return self[..<space]
    }
}
