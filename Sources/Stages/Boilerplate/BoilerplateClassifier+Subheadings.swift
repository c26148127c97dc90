/// A subheading of the story: a short label right over a paragraph of prose, under a short
/// interruption.
///
/// Inside the story a subheading (`Por que o preço subiu`, `The comeback`) often sits right
/// under an inline block of chrome, an ad marker, a `Read also` list, a newsletter's pitch, and
/// the rules that grow a block from its removed lines (a list under its heading, an appeal's
/// paragraph block) took it as the block's last item. What tells it from a listed headline or a
/// button is around it, not in its words: the story goes on right after it with a paragraph that
/// nothing removed, where a list's item is followed by the next item or by chrome; and the chrome
/// above it is an interruption of a story (fewer than six lines, as the article's span allows),
/// where a widget's heading after the story (`Family Notices` over its notices) closes a long run
/// of the page's lists.
extension BoilerplateClassifier {
    func isSubheading(_ lines: [LineFeatures], _ index: Int) -> Bool {
        let line = lines[index]
        guard !line.removed, !line.blank, !line.terminal, line.words >= 1, line.words <= 6, line.lexiconScore < 0.5,
              line.urls == 0, line.handles == 0, line.numericWords < line.words else { return false }
        guard let next = nextNonBlank(lines, after: index), lines[next].anchor && !lines[next].removed else { return false }
        var above = index - 1, run = 0
        while above >= 0 && run < 6 && (lines[above].blank || lines[above].removed) {
            if !lines[above].blank { run += 1 }
            above -= 1
        }
        return run < 6
    }

    /// A subheading over a box in mid-story, on a page without blank lines: the story's paragraph
    /// under it comes after the box (`'No easy options'` over a newsletter's pitch, its field and
    /// its button, over the paragraph), and the appeal's block grew up through it. What tells it
    /// from the box's own heading is above it: another kind of chrome, an inline teaser or an ad's
    /// label, that ends an interruption of its own, where a box's heading sits under the story's
    /// paragraph. Below, past a box of at most six removed lines with an appeal's line among them,
    /// the story goes on with a paragraph (a control under the date, `Listen to this article`, sits
    /// between chrome over the lead too, but no appeal's box is under it).
    func isSubheadingOverBox(_ lines: [LineFeatures], _ index: Int) -> Bool {
        let line = lines[index]
        guard !line.removed, !line.blank, !line.terminal, line.score < 0.2, line.words >= 1, line.words <= 6,
              line.lexiconScore < 0.5, line.urls == 0, line.handles == 0, line.numericWords < line.words, index > 0 else { return false }
        let above = lines[index - 1]
        guard !above.blank, above.removed, !(category(of: above).map { appealCategory[$0] } ?? false) else { return false }
        var below = index + 1, run = 0, appeal = false
        while below < lines.count && run <= 6 && lines[below].removed && !lines[below].blank {
            appeal = appeal || category(of: lines[below]).map { appealCategory[$0] } ?? false
            run += 1
            below += 1
        }
        return appeal && run <= 6 && below < lines.count && lines[below].anchor
    }

    /// A subheading that asks (`Why now?`, `Sabab nimada?`): up to six words ending on a question
    /// or an exclamation mark (a sentence's end that is no full stop), kept, right over a paragraph
    /// of prose. The list under a teasers' heading, whose
    /// headlines ask too, ends there when the line is half as long as the headline before it.
    func isAskingSubheading(_ lines: [LineFeatures], _ nonBlank: [Int], _ position: Int) -> Bool {
        let line = lines[nonBlank[position]]
        guard !line.removed, line.terminal, !line.fullStop, line.words >= 1, line.words <= 6, line.lexiconScore < 0.5,
              line.urls == 0, line.handles == 0, position + 1 < nonBlank.count else { return false }
        let next = lines[nonBlank[position + 1]]
        return next.anchor && !next.removed
    }
}
