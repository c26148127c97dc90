/// Teasers for other stories under a label the site repeats, in any case and any language.
///
/// A site sets its links to other stories under one label of its own (`Baca juga: …`,
/// `Čtěte také: …`, `Just nu: …`), in the middle of the story as much as around it: a headline
/// after one to three words and a colon. No lexicon lists every site's label, but the site gives it
/// away by repeating it, on the page or across its articles, where a story's own labelled lines
/// change their labels (a box of facts, a timeline, a live blog's entries) or end as sentences,
/// and a date line under its label (`Published: … | Updated: …`) is split by a separator.
extension BoilerplateClassifier {
    /// Marks the lines that open with a label repeated on the page or in the outlet's articles,
    /// before a headline.
    func markRepeatedLabels(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>, outlet: OutletContext) {
        // The label's print of each line that has one, by index: most pages have none.
        var labels: [(index: Int, colon: Int, print: UInt64)] = []
        for index in lines.indices where !lines[index].blank {
            guard let label = LineFingerprint.label(lines[index].trimmedText(in: bytes)) else { continue }
            labels.append((index, label.end, label.print))
        }
        guard !labels.isEmpty else { return }
        for (position, entry) in labels.enumerated() {
            let line = lines[entry.index]
            // A teaser's headline may ask (`Mavzuga oid: Navroʻz bayramida necha kun dam olinadi?`); an
            // interview's question under its label is told apart by the answer's other label next to it.
            guard !line.removed, !line.storysOwn, !line.fullStop, line.words >= 4, line.words <= 25,
                  line.numericWords * 2 < line.words, line.urls == 0, line.separators == 0 else { continue }
            // A box of facts: the line next to it opens with another label.
            let neighbours = [position - 1, position + 1].filter { labels.indices.contains($0) }
            if neighbours.contains(where: { abs(labels[$0].index - entry.index) == 1 && labels[$0].print != entry.print }) { continue }
            guard Self.isHeadline(UnsafeBufferPointer(rebasing: bytes[(line.trimmedStart + entry.colon + 2)..<line.trimmedEnd])) else { continue }
            let onPage = labels.count(where: { $0.print == entry.print }) >= 2
            guard onPage || outlet.repeats(entry.print) >= outlet.minimumRepeats else { continue }
            lines[entry.index].removal = .rule(.repeatedLabel)
        }
    }

    /// Whether `text` (after a label) reads as a headline: three words or more opening with a
    /// capital or a figure; not a list (three commas or semicolons or more: tags, a team's line-up);
    /// not only names (up to six words, each capitalized or of up to three letters: `Erik Holmberg och
    /// Sara Nyström`, a byline under its label).
    static func isHeadline(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !text.isEmpty, opensWithCapital(text, at: 0, end: text.count) || isDigit(text[0]) else { return false }
        let words = text.split(separator: 0x20)
        guard words.count >= 3, text.count(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) < 3 else { return false }
        if words.count <= 6 {
            let names = words.allSatisfy { word in
                word.count <= 3 || opensWithCapital(text, at: word.startIndex, end: word.endIndex)
            }
            if names { return false }
        }
        return true
    }
}
