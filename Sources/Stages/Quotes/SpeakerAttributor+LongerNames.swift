// Whether a lone word ends a longer capitalized name written shortly before (`Sultanbekova`
// after `Aigul Sultanbekova`), and the cache of that answer by word, which must not depend on the
// order in which the sieves ask: the answer depends on the position asked about.

/// The places where one word ends a longer capitalized name, within the part of the text searched
/// for it so far: the cache of ``SpeakerAttributor/endsLongerName(_:before:)`` for that word.
///
/// The answer for a position is whether such a place lies in the window before it, so the places
/// themselves are kept, not one answer: a question asked first at one position (the possessive pass
/// reads the whole text before any quotation is attributed) never changes the answer given later at
/// another.
struct LongerNameEnds {
    /// The occurrence starts searched so far.
    var searched: Range<Int>
    /// The starts, within `searched` and in increasing order, of the word's occurrences right
    /// after a capitalized word.
    var starts: [Int]
}

extension SpeakerAttributor {
    /// The starts of `word`'s occurrences that, from a name ending at `end`, are searched for a
    /// longer name ending in it: the few thousand scalars before, about as far back as a pronoun
    /// looks.
    private func longerNameWindow(_ count: Int, before end: Int) -> Range<Int> {
        max(2, end - 4 * Self.pronounTokenBudget)..<max(2, end - count + 1)
    }

    /// Whether the occurrence of a word starting at `i` comes right after a capitalized word.
    private func followsCapitalizedWord(_ i: Int) -> Bool {
        guard ScalarClass.isSpace(text[i - 1]) else { return false }
        var j = i - 2
        // (`Kyle “The Cat” Donnelly`: a nickname quoted inside the name is passed over to the
        // given name before it.)
        if text[j] == "”" || text[j] == "\"", let opener = (max(0, j - 32)..<j).last(where: { text[$0] == "“" || text[$0] == "\"" }),
           opener >= 2, ScalarClass.isSpace(text[opener - 1]) { j = opener - 2 }
        guard ScalarClass.isWord(text[j]) else { return false }
        while j > 0 && ScalarClass.isWord(text[j - 1]) { j -= 1 }
        return ScalarClass.isUpper(text[j])
    }

    /// Whether `word` ends a longer capitalized name in the few thousand scalars before `end`,
    /// about as far back as a pronoun looks.
    func endsLongerName(_ word: [Unicode.Scalar], before end: Int) -> Bool {
        var found = false
        forEachOccurrence(of: word, startingIn: longerNameWindow(word.count, before: end)) { i in
            found = followsCapitalizedWord(i)
            return !found
        }
        return found
    }

    /// Whether `word` stood between commas earlier in the text (`with his wife, Maureen, said`): a
    /// name in apposition, so the same word opening a later sentence (`Maureen was sharper.`) is
    /// that person, not a capitalized common word.
    func setOffEarlier(_ word: [Unicode.Scalar], before end: Int) -> Bool {
        var found = false
        let n = word.count
        forEachOccurrence(of: word, startingIn: longerNameWindow(n, before: end)) { i in
            found = i >= 2 && text[i - 1] == " " && text[i - 2] == "," && i + n < text.count && text[i + n] == ","
            return !found
        }
        return found
    }

    /// ``endsLongerName(_:before:)`` for the one-word candidate `candidate`, at its start, through
    /// the document's cache by word: the same answer whatever was asked before.
    func endsLongerNameCached(_ candidate: SpeakerCandidate) -> Bool {
        endsLongerNameCached(candidate.text, before: candidate.start)
    }

    /// ``endsLongerName(_:before:)`` for `key`'s word before `end`, through the document's cache
    /// by word.
    func endsLongerNameCached(_ key: String, before end: Int) -> Bool {
        let word = Array(key.unicodeScalars)
        let window = longerNameWindow(word.count, before: end)
        guard !window.isEmpty else { return false }
        var known = longerNameEnds[key] ?? LongerNameEnds(searched: window.lowerBound..<window.lowerBound, starts: [])
        if window.lowerBound < known.searched.lowerBound || window.upperBound > known.searched.upperBound {
            // Search only what was not searched yet, when the window meets what was; anew when it
            // lies apart from it (a cache of two ranges would save little).
            if window.upperBound < known.searched.lowerBound || window.lowerBound > known.searched.upperBound {
                known = LongerNameEnds(searched: window.lowerBound..<window.lowerBound, starts: [])
            }
            var before: [Int] = [], after: [Int] = []
            if window.lowerBound < known.searched.lowerBound {
                forEachOccurrence(of: word, startingIn: window.lowerBound..<known.searched.lowerBound) { i in
                    if followsCapitalizedWord(i) { before.append(i) }
                    return true
                }
            }
            if window.upperBound > known.searched.upperBound {
                forEachOccurrence(of: word, startingIn: known.searched.upperBound..<window.upperBound) { i in
                    if followsCapitalizedWord(i) { after.append(i) }
                    return true
                }
            }
            known = LongerNameEnds(searched: min(window.lowerBound, known.searched.lowerBound)..<max(window.upperBound, known.searched.upperBound),
                                   starts: before + known.starts + after)
            longerNameEnds[key] = known
        }
        return known.starts.contains { window.contains($0) }
    }
}
