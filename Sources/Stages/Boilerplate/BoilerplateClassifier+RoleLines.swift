/// The author's role on its own line in lower case between the byline and the story's date.
///
/// A site prints the writer's job under the name (`Maja Kovačič` / `novinarka` / `4. marec 2026`):
/// the name is the story's, the role is the site's template. The shape carries to every language
/// that writes a name in capitals: a line of one or two words, all lower case, no figure, no
/// sentence's end, right under a byline or a name (two to four capitalized words) and right over a
/// date line. A name is never written in lower case there; a role is, in many languages.
///
/// A role in capitals (`Local Democracy Reporter`, `Staff Writer`) is left: the released sets'
/// writers kept it with the name (L, M, U, V, X) where AD took it, so no shape tells them apart. A
/// role standing in for the name (`our staff reporter` with no name over it) stays too.
extension BoilerplateClassifier {
    /// Removes a lower-case role line under the byline and over the date, from the title down.
    func roleLines(_ lines: inout [LineFeatures], nonBlank: [Int], title: Int?) {
        guard let title, title + 2 < nonBlank.count else { return }
        for position in (title + 2)..<(nonBlank.count - 1) {
            let line = lines[nonBlank[position]]
            // Cheap gates first, on the line's counts alone: one or two words, none capitalized, in
            // a cased script, no figure, no sentence's end, over a date line.
            guard line.words >= 1, line.words <= 2, line.capitalized == 0, !line.uncased, !line.removed, !line.protected,
                  !line.terminal, !line.dateLike, line.numericWords == 0, line.urls == 0,
                  lines[nonBlank[position + 1]].dateLike else { continue }
            let above = lines[nonBlank[position - 1]]
            guard !above.removed, !above.dateLike,
                  above.nameInCapitals || above.byline && (2...4).contains(above.words) && !above.terminal else { continue }
            lines[nonBlank[position]].byline = false
            lines[nonBlank[position]].removal = .rule(.roleLine)
        }
    }
}
