/// A live strip's item under its label.
///
/// A `LIVE UPDATES`, `EN DIRECT` or `ПРЯМОЙ ЭФИР` strip prints as its label and the headline of
/// the other story it carries (`Tempête Ciarán : suivez l'évolution de la situation`), wherever the
/// page puts it: above the menu, under the header, between two paragraphs. The label goes by the
/// lexicon (its own category, `live-strip`, apart from the kickers: a kicker such as `Analysis`
/// sits over the article's own headline); the headline under it is in the site's words. It goes
/// when it has a headline's shape: four to twenty words, no sentence's end, none of the story's own
/// lines (the title, a byline, a date line), no one's reported words.
extension BoilerplateClassifier {
    /// Removes the kept headline right under a removed live strip's label.
    func liveStripItems(_ lines: inout [LineFeatures], nonBlank: [Int]) {
        guard let live = liveStripCategory else { return }
        for (position, index) in nonBlank.enumerated() where position + 1 < nonBlank.count {
            guard lines[index].removed, lines[index].lexiconCategory == live, lines[index].words <= 3 else { continue }
            let item = nonBlank[position + 1]
            let line = lines[item]
            guard !line.removed, !line.storysOwn, !line.terminal, line.words >= 4, line.words <= 20, line.reporting == 0 else { continue }
            _ = remove(&lines, item, rule: .liveStrip)
        }
    }
}
