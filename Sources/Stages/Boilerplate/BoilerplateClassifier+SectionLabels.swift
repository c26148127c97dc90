/// A section's label alone at the top of the page, over the headline.
///
/// A page turned into text often opens with the label of the section the story sits in
/// (`Society`, `Habari`, `Megapolitan`, `Қоғам`), in the site's own word, which no list of menu
/// words holds in every language. It sits right above the headline with nothing kept above it. A
/// headline is longer than one word; a kicker of one word over it is the section's label, which
/// the page repeats on every story of that section. The rule takes one word only: a line of two or
/// three words over the line taken for the title can be a short headline over its standfirst (an
/// earlier round measured that removing every kept line above the title took such headlines).
extension BoilerplateClassifier {
    /// Removes the one-word line right above the title when every line above it went.
    func sectionLabelOverTitle(_ lines: inout [LineFeatures], nonBlank: [Int], title: Int?) {
        guard let title, title >= 1 else { return }
        let headline = lines[nonBlank[title]]
        guard !headline.removed, headline.words >= 4, !headline.terminal else { return }
        let label = lines[nonBlank[title - 1]]
        guard !label.removed, label.words == 1, label.numericWords == 0, !label.terminal, !label.storysOwn,
              label.handles == 0, label.hashtags == 0, label.urls == 0,
              nonBlank[..<(title - 1)].allSatisfy({ lines[$0].removed }) else { return }
        _ = remove(&lines, nonBlank[title - 1], rule: .sectionLabel)
    }
}
