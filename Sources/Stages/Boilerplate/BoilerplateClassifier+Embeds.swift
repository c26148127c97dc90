/// What is left of a social post embedded in the story.
///
/// An embedded post (a tweet, an Instagram or a Facebook post) comes out of the page as a few short
/// lines around the post's handle or link: the account's name, `Verified`, `View this post on
/// Instagram` in the page's language, the post's time, its count of likes. The handle or the link
/// is the one line with a signal of its own, and the rules remove it; the lines around it have no
/// signal, read as labels, and sat inside the article's span, so they were kept. A story's own
/// short lines (a subheading, a list's items) open or close prose, and a list's items follow the
/// colon of the line that announces them. From a handle or a link removed in the body, the walk
/// goes up to five lines up and five down, past lines already removed (the post's other chrome),
/// and takes each kept label it meets: no sentence end, at most eight words, no colon closing the
/// label, no date, no byline, not the headline or a table's row. Below the handle it also takes
/// the post's text (a hashtag or a handle in it) and its time stamp; the walk stops at the first
/// kept line it does not take.
extension BoilerplateClassifier {
    /// Removes the labels around a handle or a link removed in the body.
    func embedResidue(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        for (position, index) in nonBlank.enumerated() where lines[index].zone == .body {
            let removal = lines[index].removal
            guard removal == .score(.handles) || removal == .score(.link) else { continue }
            for step in [-1, 1] {
                var cursor = position
                for _ in 0..<5 {
                    cursor += step
                    guard cursor >= 0 && cursor < nonBlank.count else { break }
                    let line = lines[nonBlank[cursor]]
                    if line.removed { continue }
                    // Below the handle only: the post's text with its hashtags and its time stamp.
                    // (Above it, a paragraph of the story may name the hashtag the post carries.)
                    let below = step > 0 && (isPostText(line) || isPostStamp(line))
                    guard below || isEmbedLabel(line, bytes: bytes), remove(&lines, nonBlank[cursor], rule: .embedResidue) else { break }
                }
            }
        }
    }

    /// A post's text: it carries a hashtag or a handle, and is no longer than a post.
    private func isPostText(_ line: LineFeatures) -> Bool {
        line.hashtags + line.handles > 0 && line.words <= 60 && !line.storysOwn && line.reporting == 0
    }

    /// A post's time stamp: a clock time and a date joined by a separator (`12:04 PM · Nov 20, 2026`).
    private func isPostStamp(_ line: LineFeatures) -> Bool {
        line.dateLike && line.separators >= 1 && line.words <= 8 && !line.byline && !line.title && !line.protected
    }

    /// A short label that is not the author's bio.
    private func isEmbedLabel(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !line.authorBio && isShortLabel(line, bytes: bytes)
    }
}
