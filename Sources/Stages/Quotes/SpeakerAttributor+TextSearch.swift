// Searching the raw text by line and paragraph: the position lookups the resolution families
// share without tokenizing every paragraph they look through.

extension SpeakerAttributor {
    /// The paragraphs that are not blank from `line` backwards, at most `count` of them.
    func recentParagraphs(from line: Int, count: Int) -> [Int] {
        var found: [Int] = []
        var l = line
        while l >= 0 && found.count < count {
            if !isBlank(l) { found.append(l) }
            l -= 1
        }
        return found
    }

    /// The paragraphs that are not blank after `line`, at most `count` of them, in text order.
    func followingParagraphs(after line: Int, count: Int) -> [Int] {
        var found: [Int] = []
        var l = line + 1
        while l < lines.count && found.count < count {
            if !isBlank(l) { found.append(l) }
            l += 1
        }
        return found
    }

    /// The paragraph (line) holding the code point offset `position`.
    func line(containing position: Int) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].upperBound < position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The paragraphs of `recentParagraphs(from:count:)` whose text has `word` (lower-case ASCII)
    /// before `position`, in any case, nearest first: the sieves that look back for a noun
    /// tokenize only these. Lazy, so a search that stops early scans no further paragraph.
    func recentParagraphs(holding word: String, from line: Int, count: Int, before position: Int = .max) -> LazyFilterSequence<[Int]> {
        let pattern = Array(word.unicodeScalars)
        return recentParagraphs(from: line, count: count).lazy.filter { self.paragraph($0, contains: pattern, before: position) }
    }

    /// Whether paragraph `l` has the lower-case ASCII `pattern` as a word before `position`, in
    /// any case: a scan of its scalars that spares tokenizing the paragraphs that cannot match.
    func paragraph(_ l: Int, contains pattern: [Unicode.Scalar], before position: Int = .max) -> Bool {
        var found = false
        let end = min(lines[l].upperBound, position)
        forEachOccurrence(of: pattern, startingIn: lines[l].lowerBound..<max(lines[l].lowerBound, end - pattern.count + 1), foldingCase: true) { _ in
            found = true
            return false
        }
        return found
    }

    /// Calls `visit` with the start of each occurrence of `word` as a whole word (not inside a
    /// longer word) that starts in `range`, left to right, until `visit` returns `false`. With
    /// `foldingCase`, capital ASCII letters of the text match the small letters of `word`.
    /// The sieves that look for a word across paragraphs search the scalars this way, which spares
    /// tokenizing the paragraphs that cannot match.
    func forEachOccurrence(of word: [Unicode.Scalar], startingIn range: Range<Int>, foldingCase: Bool = false, _ visit: (Int) -> Bool) {
        guard let first = word.first else { return }
        let n = word.count
        // The values the word's first scalar may have in the text; the scan skips to them, eight
        // scalars at a time, instead of testing each position whole. Folding case, a capital
        // letter of the text matches only its small letter in `word`, so a capital first letter
        // of `word` matches nowhere.
        let small = first.value
        if foldingCase && small &- 65 < 26 { return }
        let capital = foldingCase && small &- 97 < 26 ? small - 32 : small
        let (smalls, capitals) = (SIMD8<UInt32>(repeating: small), SIMD8<UInt32>(repeating: capital))
        text.withUnsafeBufferPointer { text in
            @inline(__always) func same(_ s: Unicode.Scalar, _ w: Unicode.Scalar) -> Bool {
                foldingCase && s.value &- 65 < 26 ? s.value | 0x20 == w.value : s == w
            }
            guard let base = text.baseAddress else { return }
            let values = UnsafeRawPointer(base)
            var i = max(range.lowerBound, 0)
            let limit = min(range.upperBound, text.count - n + 1)
            while i < limit {
                while i + 8 <= limit {
                    let chunk = values.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<UInt32>.self)
                    if any((chunk .== smalls) .| (chunk .== capitals)) { break }
                    i += 8
                }
                guard i < limit else { return }
                defer { i += 1 }
                let v = text[i].value
                guard v == small || v == capital, i == 0 || !ScalarClass.isWord(text[i - 1]),
                      i + n == text.count || !ScalarClass.isWord(text[i + n]) else { continue }
                var k = 1
                while k < n && same(text[i + k], word[k]) { k += 1 }
                if k == n && !visit(i) { return }
            }
        }
    }
}
