/// Teasers for other stories that carry their own label, with no list heading above them.
///
/// A page links its other stories from inside and around the article with a label in capitals
/// before a colon (`MORE: Fans fume as club hikes prices`, `BREAKING: Senate confirms deputy
/// governors`, `SON DAKİKA: …`, `Ọ̀RỌ̀ MÌÍRÀN: …`), or with a section tag in capitals in square
/// brackets after the headline (`Dentists warn over whitening trend [LATEST]`). No lexicon can
/// list every label, and both are shapes a story's own lines do not take: its speakers' lines
/// quote or end with a full stop. A story's box of facts (`WHEN: 6 p.m. Friday`, `WHERE: City
/// Hall`) is a run of lines under different labels, as a pair of teasers can be: in such a run a
/// line goes only when it shares no word with the headline and the first paragraph.
///
/// A label in a script without case (`ይህንንም ያንብቡ: …`, `ອ່ານເພີ່ມ: …`) is read by the same
/// reader (``teaserLabel(_:)``), but its letters say nothing a story's line could not: there the
/// label is one or two words of three letters or more, and the line goes only where a read-also
/// line stands, between two of the story's sentences, with no sentence end of its own, and when
/// the sentence under it does not repeat the label (a subheading's topic, `תושבים: …` over a
/// paragraph on the residents). There a label in capitals goes too though its headline has a
/// word that reports speech (`WATCH MORE: How to drive a roundabout, explained in 60 seconds`),
/// which elsewhere keeps it. (Until
/// the twenty-second sitting a second rule, `readAlsoLines`, read those labels and the labels in
/// capitals with combining marks that this reader's letter test had refused; one reader now
/// serves both.)
extension BoilerplateClassifier {
    /// Marks the labelled and tagged teasers of the document.
    func markTeasers(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>, normalized: [UInt8]) {
        var vocabulary: [ArraySlice<UInt8>]?
        // The last labelled line read, and the line after a labelled one, read ahead for a box of
        // facts: each label is read once.
        var previous: (index: Int, label: Range<Int>)?
        var readAhead: (index: Int, label: TeaserLabel?)?
        for index in lines.indices {
            let line = lines[index]
            guard !line.blank, line.words >= 4, line.words <= 25, line.trimmedStart < line.trimmedEnd else { continue }
            let eligible = !line.removed && !line.storysOwn && !line.fullStop && line.separators == 0 && line.numericWords * 2 < line.words
            let label = readAhead?.index == index ? readAhead?.label : Self.teaserLabel(in: bytes, line.trimmedStart..<line.trimmedEnd)
            if let label {
                let before = previous?.index == index - 1 ? previous?.label : nil
                previous = (index, label.range)
                // In capitals, anywhere but on a line that reports speech; any label of one or two
                // words and three letters, where a read-also line stands (see the extension's comment).
                guard eligible, label.inCapitals && line.reporting == 0
                        || label.words <= 2 && label.letters >= 3 && !line.terminal && line.words <= 18 && line.urls == 0
                        && line.handles == 0 && betweenStorySentences(lines, index)
                        && !Self.nextLineRepeats(bytes[label.range], lines, after: index, bytes: bytes) else { continue }
                let next = index + 1
                let after = next < lines.count && !lines[next].blank && lines[next].trimmedStart < lines[next].trimmedEnd
                    ? Self.teaserLabel(in: bytes, lines[next].trimmedStart..<lines[next].trimmedEnd) : nil
                readAhead = (next, after)
                // A box of facts: the line next to it has a label too, a different one.
                let inBox = [before, after?.range].contains { other in other.map { !bytes[label.range].elementsEqual(bytes[$0]) } ?? false }
                if inBox {
                    if vocabulary == nil { vocabulary = storyVocabulary(lines, normalized: normalized).filter { $0.count >= 5 } }
                    let words = normalized[line.normalizedRange].split(separator: 0x20)
                    guard !words.contains(where: { word in word.count >= 5 && vocabulary!.contains { $0.elementsEqual(word) } }) else { continue }
                }
                lines[index].removal = .rule(.labelledTeaser)
            } else if eligible && line.words <= 20
                && Self.endsWithCapitalTag(line.trimmedText(in: bytes)) {
                lines[index].removal = .rule(.taggedTeaser)
            }
        }
    }

    /// Whether the kept non-blank lines right above and right below `index` are sentences of the
    /// story: closed like one, six words or more.
    private func betweenStorySentences(_ lines: [LineFeatures], _ index: Int) -> Bool {
        func sentence(from start: Int, step: Int) -> Bool {
            var cursor = start + step
            while cursor >= 0 && cursor < lines.count && lines[cursor].blank { cursor += step }
            guard cursor >= 0 && cursor < lines.count else { return false }
            let line = lines[cursor]
            return !line.removed && line.terminal && line.words >= 6
        }
        return sentence(from: index, step: -1) && sentence(from: index, step: 1)
    }

    /// Whether the next non-blank line holds `label`'s letters again: a subheading's label is
    /// the topic of the paragraph it heads (`תושבים: השאטל לא יעמוד בעומס` over `… תושבים ברחוב
    /// …`), where a teaser's label names the link (`read also`), which the story does not repeat.
    static func nextLineRepeats(_ label: Slice<UnsafeBufferPointer<UInt8>>, _ lines: [LineFeatures], after index: Int,
                                bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var next = index + 1
        while next < lines.count && lines[next].blank { next += 1 }
        guard next < lines.count else { return false }
        return occurs(UnsafeBufferPointer(rebasing: label), in: lines[next].trimmedText(in: bytes))
    }

    /// A teaser's label: where it lies (without its colon), its words, and whether it is in
    /// capitals (a capital and no lowercase letter) or in a script without case.
    struct TeaserLabel {
        var range: Range<Int>
        var words: Int
        var letters: Int
        var inCapitals: Bool
    }

    /// The label (``teaserLabel(_:)``) of the line at `range` of the page, its range a range of
    /// the page.
    static func teaserLabel(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> TeaserLabel? {
        teaserLabel(UnsafeBufferPointer(rebasing: bytes[range])).map {
            TeaserLabel(range: (range.lowerBound + $0.range.lowerBound)..<(range.lowerBound + $0.range.upperBound),
                        words: $0.words, letters: $0.letters, inCapitals: $0.inCapitals)
        }
    }

    /// The label of a line that opens with one to four words with no lowercase letter, a colon and
    /// a space, then a headline of three words or more opening with a capital, a figure or a
    /// letter past ASCII, not a quotation. In capitals, two letters or more (`Q:` and `A:` open an
    /// interview's question and answer, and need the capitals of no longer label); in a script
    /// without case, three or more. Its letters are read by ``lettersWithoutLowercase(_:)``, the
    /// reader of the ad block's label, so a capital with a combining mark (`Ọ̀`) is a capital and
    /// the mark no letter.
    static func teaserLabel(_ raw: UnsafeBufferPointer<UInt8>) -> TeaserLabel? {
        // One pass over the label's ASCII bytes to the colon, within 48 bytes and four words: a
        // lowercase letter, nearly every line's second byte, ends it at once.
        var spaces = 0
        var colon: Int?
        for index in 0..<min(raw.count, 48) {
            let byte = raw[index]
            guard byte < 0x80 else { continue }
            if byte == UInt8(ascii: ":") { colon = index; break }
            if byte == 0x20 {
                guard index > 0, raw[index - 1] != 0x20, spaces < 3 else { return nil }
                spaces += 1
            } else if !(isUpperASCII(byte) || isDigit(byte) || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")) {
                return nil
            }
        }
        guard let colon, colon + 2 < raw.count, raw[colon + 1] == 0x20,
              let letters = lettersWithoutLowercase(UnsafeBufferPointer(rebasing: raw[0..<colon])),
              letters.letters >= (letters.capitals > 0 ? 2 : 3) else { return nil }
        let opening = raw[colon + 2]
        guard isUpperASCII(opening) || isDigit(opening) || opening >= 0xC3 && opening != 0xE2 && opening != 0xC2 else { return nil }
        // Three words of headline at least.
        guard raw[(colon + 2)...].count(where: { $0 == 0x20 }) >= 2 else { return nil }
        return TeaserLabel(range: 0..<colon, words: spaces + 1, letters: letters.letters, inCapitals: letters.capitals > 0)
    }

    /// Whether the line ends with a tag of one to three words in capitals in square brackets:
    /// `[REAL LIFE]`, `[LATEST]`, `[VIDEO]` (not an editor's `[sic]`).
    static func endsWithCapitalTag(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard raw.last == UInt8(ascii: "]"), let open = raw.lastIndex(of: UInt8(ascii: "[")), open > 0, raw.count - open <= 24 else { return false }
        let inside = raw[(open + 1)..<(raw.count - 1)]
        var letters = 0
        for byte in inside {
            if isUpperASCII(byte) { letters += 1 } else if byte != 0x20 && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "&") { return false }
        }
        return letters >= 3 && inside.count(where: { $0 == 0x20 }) <= 2
    }
}
