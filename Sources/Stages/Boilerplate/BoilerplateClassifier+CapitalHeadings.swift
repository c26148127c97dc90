/// A teaser for another story under a heading in capitals (`LÄS OCKSÅ`, `READ ALSO`), in any
/// language.
///
/// A site sets the link to another story as a heading of one to three words in capitals over the
/// story's headline, in the middle of the article. A story's own subheading in capitals heads
/// paragraphs, not one headline-shaped line (three to twenty words, no full stop) with a removed
/// line, a paragraph or the page's end after it; a heading over a list of headlines is left to the
/// rules for lists. Only a badge may sit between the heading and its headline; over an ad's label
/// the lexicon knows, the heading is that label in the page's own language, and goes alone.
extension BoilerplateClassifier {
    /// Removes a heading in capitals and the one headline under it (removed lines, such as a
    /// `PLUS` badge, may sit between them).
    func capitalHeadings(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        var position = 0
        while position + 1 < nonBlank.count {
            defer { position += 1 }
            let heading = lines[nonBlank[position]]
            guard !heading.removed, !heading.storysOwn, (1...3).contains(heading.words), !heading.terminal,
                  heading.numericWords == 0, heading.capitalized == heading.words, Self.isAllCapitals(bytes, heading) else { continue }
            var next = position + 1
            while next < nonBlank.count && next - position <= 3 && lines[nonBlank[next]].removed { next += 1 }
            guard next < nonBlank.count, next - position <= 3 else { continue }
            // What sits between is a badge of a word or three (`PLUS`), not an ad's offer: over an
            // ad's label and offer, a heading in capitals is the label itself in a language the
            // lexicon does not know (the Welsh `HYSBYSEBION`, "adverts"), and the line under the ad
            // is the story's subheading, in any language.
            guard (position + 1..<next).allSatisfy({ lines[nonBlank[$0]].words <= 3 }) else {
                // Right over the ad's label the lexicon knows (`Advertisement`), it is that label.
                if let advertisement = advertisementCategory, lines[nonBlank[position + 1]].lexiconCategory == advertisement {
                    _ = remove(&lines, nonBlank[position], rule: .capitalHeading)
                }
                continue
            }
            let headline = lines[nonBlank[next]]
            guard !headline.removed, !headline.storysOwn, !headline.fullStop, (3...20).contains(headline.words),
                  !Self.isAllCapitals(bytes, headline),
                  Self.isHeadline(headline.trimmedText(in: bytes)) else { continue }
            if next + 1 < nonBlank.count {
                let after = lines[nonBlank[next + 1]]
                guard after.removed || after.anchor || after.sentenceLike else { continue }
            }
            _ = remove(&lines, nonBlank[position], rule: .capitalHeading)
            _ = remove(&lines, nonBlank[next], rule: .capitalHeading)
            position = next
        }
    }

    /// Whether the line has two letters or more and no lower-case letter.
    static func isAllCapitals(_ bytes: UnsafeBufferPointer<UInt8>, _ line: LineFeatures) -> Bool {
        let text = line.trimmedText(in: bytes)
        // A lower-case ASCII letter settles it without decoding the line.
        if text.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return false }
        var letters = 0
        for scalar in String(decoding: text, as: UTF8.self).unicodeScalars {
            let properties = scalar.properties
            if properties.isLowercase { return false }
            if properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2
    }
}
