/// Teasers for other stories that carry their own label, with no list heading above them.
///
/// A page links its other stories from inside and around the article with a label in capitals
/// before a colon (`MORE: Fans fume as club hikes prices`, `BREAKING: Senate confirms deputy
/// governors`, `SON DAKİKA: …`, `WEATHER ALERT: …`), or with a section tag in capitals in square
/// brackets after the headline (`Dentists warn over whitening trend [LATEST]`). No lexicon can
/// list every label, and both are shapes a story's own lines do not take: its speakers' lines
/// quote or end with a full stop. A story's box of facts (`WHEN: 6 p.m. Friday`, `WHERE: City
/// Hall`) is a run of lines under different labels, as a pair of teasers can be: in such a run a
/// line goes only when it shares no word with the headline and the first paragraph.
extension BoilerplateClassifier {
    /// Marks the labelled and tagged teasers of the document.
    func markTeasers(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>, normalized: [UInt8]) {
        var vocabulary: [ArraySlice<UInt8>]?
        // The last labelled line read, and the line after a labelled one, read ahead for a box of
        // facts: each label is read once.
        var previous: (index: Int, label: Range<Int>)?
        var readAhead: (index: Int, label: Range<Int>?)?
        for index in lines.indices {
            let line = lines[index]
            guard !line.blank, line.words >= 4, line.words <= 25, line.trimmedStart < line.trimmedEnd else { continue }
            let eligible = !line.removed && !line.storysOwn && !line.fullStop && line.separators == 0 && line.numericWords * 2 < line.words
            let label = readAhead?.index == index ? readAhead?.label : Self.capitalLabel(in: bytes, line.trimmedStart..<line.trimmedEnd)
            if let label {
                let before = previous?.index == index - 1 ? previous?.label : nil
                previous = (index, label)
                guard eligible && line.reporting == 0 else { continue }
                let next = index + 1
                let after = next < lines.count && !lines[next].blank && lines[next].trimmedStart < lines[next].trimmedEnd
                    ? Self.capitalLabel(in: bytes, lines[next].trimmedStart..<lines[next].trimmedEnd) : nil
                readAhead = (next, after)
                // A box of facts: the line next to it has a label in capitals too, a different one.
                let inBox = [before, after].contains { other in other.map { !bytes[label].elementsEqual(bytes[$0]) } ?? false }
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

    /// The label in capitals (``capitalLabel(_:)``) of the line at `range` of the page, as a range
    /// of the page.
    static func capitalLabel(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        capitalLabel(UnsafeBufferPointer(rebasing: bytes[range])).map { (range.lowerBound + $0.lowerBound)..<(range.lowerBound + $0.upperBound) }
    }

    /// The label of a line that opens with one to four words in capitals (two letters or more
    /// in all), a colon and a space, then a headline of three words or more opening with a capital
    /// or a figure, not a quotation. The range is the label's, without the colon.
    static func capitalLabel(_ raw: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let limit = min(raw.count, 48)
        var letters = 0
        var words = 1
        var index = 0
        var colon: Int?
        // Decoded scalar by scalar: `SON DAKİKA`, `ТЕРМІНОВО` are capitals too.
        while index < limit {
            let byte = raw[index]
            if byte == UInt8(ascii: ":") { colon = index; break }
            if byte < 0x80 {
                if isUpperASCII(byte) {
                    letters += 1
                } else if byte == 0x20 {
                    guard index > 0, raw[index - 1] != 0x20 else { return nil }
                    words += 1
                    guard words <= 4 else { return nil }
                } else if !(byte >= 0x30 && byte <= 0x39) && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "'") {
                    return nil
                }
                index += 1
            } else {
                guard let scalar = scalar(raw, at: index, end: raw.count), scalar.properties.isUppercase else { return nil }
                letters += 1
                index += UTF8.width(scalar)
            }
        }
        guard let colon, letters >= 2, colon + 2 < raw.count, raw[colon + 1] == 0x20 else { return nil }
        let opening = raw[colon + 2]
        guard isUpperASCII(opening) || (opening >= 0x30 && opening <= 0x39) || opening >= 0xC3 && opening != 0xE2 && opening != 0xC2 else { return nil }
        // Three words of headline at least.
        let rest = raw[(colon + 2)...]
        guard rest.count(where: { $0 == 0x20 }) >= 2 else { return nil }
        return 0..<colon
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
