/// Where the article starts, from the shape of the page's head.
///
/// A page opens with its own chrome: a skip link, a cookie notice and its buttons, the masthead,
/// the day's date, a `breaking` strip, the weather. Their wording is the site's own and often in
/// a language no lexicon entry covers, so the line rules keep much of it. What tells it from the
/// article's own head (a kicker, the headline, a standfirst, a byline and date) is where it sits:
/// above the site's menu, or its breadcrumb, that separates the page's head from the article. The
/// article's head sits right above its title with no chrome block in between.
///
/// So the kept lines above the last run of two or more removed lines in a row, one of them a menu's
/// item or a breadcrumb (a row the navigation signal took: `Home » Business » Energy`), above the
/// title go: the day's date, a motto and the saint of the day above a site's menu whose items the
/// outlet's repeated lines or the lexicon took one by one, not the menu rule. A breadcrumb alone
/// is such a run too: what the site prints between its menu and the breadcrumb over the headline
/// (a topic strip, a ticker's headline) is the page's, and the article's kicker sits under it. A
/// run without a menu's item is often the article's own head that other rules took (a byline and a date next to
/// a share button) under a line taken for the title that is not the headline (a reading time): the
/// headline is above it, and stays. A title that went for its own signals (a caption) was not the
/// headline either, and the head is left alone.
/// Chosen over removing every kept line above the title (measured on an earlier round: it took a
/// kicker and a headline wherever the line taken for the title was the standfirst): a headline
/// taken for a kicker still sits next to the title, with no block of chrome between them.
extension BoilerplateClassifier {
    func trimPageHead(_ lines: inout [LineFeatures], nonBlank: [Int]) {
        // A title that went for its own signals (a caption) was not the headline.
        // A skip link over the day's date (`Ir al contenido principal` over `Valparaíso, viernes 20
        // de noviembre de 2026`) has the headline's shape over a date, but a lexicon entry took
        // it: no headline, and taken for one it hid the menu under it.
        guard let title = nonBlank.firstIndex(where: { lines[$0].title && !Self.takenByLexicon(lines[$0]) }),
              !lines[nonBlank[title]].removed else { return }
        var position = title - 1, run = 0, menu = false, breadcrumb = false
        while position >= 0 {
            let line = lines[nonBlank[position]]
            if line.removed {
                run += 1
                menu = menu || line.removal == .rule(.navigationRun) || line.removal == .score(.navigation)
                breadcrumb = breadcrumb || isBreadcrumb(line)
            } else if (run >= 2 && menu) || breadcrumb {
                break
            } else {
                run = 0
                menu = false
            }
            position -= 1
        }
        guard position >= 0 else { return }
        for above in 0...position {
            _ = remove(&lines, nonBlank[above], rule: .pageHead)
        }
    }

    /// A breadcrumb: a short row of labels parted by separators that the navigation signal took
    /// (`Новини / Львів / Транспорт`, `Thời sự / Giao thông`). Alone over the title it parts the
    /// page's head from the article's as a menu's run does: what the site prints between its menu
    /// and the breadcrumb (a topic strip, a ticker's headline, the day's gold price) is the page's.
    private func isBreadcrumb(_ line: LineFeatures) -> Bool {
        line.removal == .score(.navigation) && line.separators >= 1 && line.words <= 8 && !line.terminal
    }

    /// Whether the lexicon's score removed the line (a known phrase of chrome).
    static func takenByLexicon(_ line: LineFeatures) -> Bool {
        if case .score(.lexicon) = line.removal { return true }
        return false
    }
}
