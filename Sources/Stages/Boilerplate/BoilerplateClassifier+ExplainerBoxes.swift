/// A box that sums up another story inside or under this one (`What you need to know about the new
/// maize price`, `Lo que debes saber sobre la reforma de pensiones`, `Что нужно знать о …`,
/// `Key takeaways from the budget debate`).
///
/// Its items are short statements, each a full sentence, so they read as the story's own short
/// paragraphs and anchor the body; its heading is a headline's shape over them. What gives the
/// box away is its heading, which the lexicon's `explainer` entries know in several languages
/// (too weak to remove a line on their own: a story's headline may say `here's what you need to
/// know`), and that its items are about something else: they share less than a third of their
/// content words with the story above (see `cohesive`). A story's own summary box names its
/// people and places again and stays. The box ends at the first line that is no short statement:
/// the story's next, longer paragraph, or the chrome under it.
extension BoilerplateClassifier {
    /// The most items an explainer box holds.
    private static let explainerItems = 6

    /// Removes an explainer box of another story, heading and items, below the title.
    func explainerBoxes(_ lines: inout [LineFeatures], nonBlank: [Int], title: Int?, bytes: UnsafeBufferPointer<UInt8>) {
        guard let explainer = explainerCategory, let title else { return }
        var position = title + 1
        while position < nonBlank.count {
            defer { position += 1 }
            let heading = lines[nonBlank[position]]
            guard heading.lexiconCategory == explainer, !heading.storysOwn, !heading.terminal, heading.words <= 14 else { continue }
            var end = position + 1
            while end < nonBlank.count && end - position <= Self.explainerItems && isExplainerItem(lines[nonBlank[end]], bytes: bytes) { end += 1 }
            guard end - position >= 3,
                  !cohesive(lines, nonBlank: nonBlank, story: title..<position, block: position + 1..<end, bytes: bytes, anyLine: true)
            else { continue }
            for member in position..<end { _ = remove(&lines, nonBlank[member], rule: .explainerBox) }
            position = end - 1
        }
    }

    /// A box's item: a short statement (three to sixteen words, a full stop), none of the story's
    /// own lines, no one's reported or quoted words. A statement naming a month and a figure
    /// (`Buying will start in June at 600 depots.`) reads as a date line by its length, but a date
    /// line is no sentence of five words closed by a full stop.
    private func isExplainerItem(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !line.removed && !line.protected && !line.title && !line.byline && !line.tableRow && (!line.dateLike || line.words >= 5)
            && line.statementShape && line.words <= 16 && line.reporting == 0
            && !Self.containsQuotationMark(line.trimmedText(in: bytes))
    }
}
