/// A notice's paragraph above the headline.
///
/// A cookie consent (`Noi e terze parti selezionate utilizziamo cookie…`), a paywall's or an
/// app's pitch at the top of the page is prose in the site's own wording, often in a language no
/// lexicon entry covers. It was taken for the story's first paragraph: the title was then looked
/// for above it (where only the notice's heading sits), none was found, the page's menu, the
/// headline and the byline fell in the body, and the article's span started at the notice. What
/// tells the notice from a lead is what follows it: the notice's buttons and the site's menu (four
/// short lines or more, of three words at most, after its last paragraph), then the article's
/// head, a line shaped like a headline with a byline or a date line right under it (within two
/// lines, a standfirst between). A story's lead is followed by its next paragraph, not by a
/// menu; a subheading with a date under it (a live post's heading and time) has no menu above
/// it. When no title sits above the first paragraph and such a headline follows within the next
/// two paragraphs, the story starts at the first paragraph under that headline; the notice falls
/// in the page's head, where the head rules see it. A notice that opens the page over its button
/// (a line of one or two words) may have its headline told by the standfirst under it instead,
/// where the byline and the date are in a language no word list reads.
extension BoilerplateClassifier {
    /// The first paragraph under a headline below `first`, the page's first paragraph, when no
    /// title sits above it (see the extension's comment); `nil` otherwise.
    func leadBelowNotice(_ lines: [LineFeatures], first: Int) -> Int? {
        // A line shaped like a headline above the first paragraph is taken for the title. A
        // notice's paragraph that the lexicon knows (`utilizziamo cookie`) is no title: it is not
        // the first paragraph either, and the notice's next paragraph is, with it above.
        if (0..<first).contains(where: { !lines[$0].blank && isHeadlineShape(lines[$0]) }) { return nil }
        let noticeWithButton = isNoticeWithButton(lines, first: first)
        var anchors = 1, index = first + 1, controls = 0
        while index < lines.count && anchors <= 2 {
            let line = lines[index]
            if line.anchor { anchors += 1; controls = 0 }
            if !line.blank && !line.anchor && line.words <= 3 { controls += 1 }
            if controls >= 4 && !line.blank && !line.anchor && isHeadlineShape(line) {
                let below = (index + 1..<lines.count).lazy.filter { !lines[$0].blank }.prefix(2)
                if below.contains(where: { lines[$0].byline || lines[$0].dateLike })
                    || noticeWithButton && below.first.map({ lines[$0].words >= 10 }) == true {
                    return (index + 1..<lines.count).first { lines[$0].anchor }
                }
            }
            index += 1
        }
        return nil
    }

    /// Whether the page's first paragraph opens the page with its button right under it (a
    /// cookie consent over `Accept`): a line of one or two words that is no paragraph. A story's
    /// lead at the top of a page is followed by its next paragraph, or by a subheading of more
    /// words. Under such a notice, a headline is told by the standfirst under it (ten words or
    /// more, often with no full stop) as well as by a byline or a date, which a language no word
    /// list knows leaves unread.
    private func isNoticeWithButton(_ lines: [LineFeatures], first: Int) -> Bool {
        guard !(0..<first).contains(where: { !lines[$0].blank }),
              let button = (first + 1..<lines.count).first(where: { !lines[$0].blank }) else { return false }
        return !lines[button].anchor && lines[button].words <= 2
    }

    /// A headline's shape: four words or more, no date, no byline, no lexicon signal, no link, no
    /// separator, no credit. The title, the headline over a byline and the headline under a notice
    /// are all found by it, so that they stay one shape.
    func isHeadlineShape(_ line: LineFeatures) -> Bool {
        // Four words, or fewer of a script that runs its words together (a Khmer headline is one
        // or two spaced words): ``LineFeatures/spacedByPhrase``.
        (line.words >= 4 || line.spacedByPhrase) && !line.dateLike && !line.byline && line.lexiconScore < 0.5 && line.urls == 0
            && line.separators == 0 && !line.parentheticalCredit && !line.slashCredit
            // Half of it figures, three or more: a date line whose month no word list knows
            // (`প্রকাশ: ২৪ নভেম্বর ২০২৬, ০৮:৩০`), not a headline.
            && !(line.numericWords >= 3 && line.numericWords * 2 >= line.words)
    }
}
