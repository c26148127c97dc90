/// Where the article ends, from the shape of the page rather than its words.
///
/// The zones (``LineFeatures/Zone``) end the body at the last line of prose, but reader comments,
/// teasers with a paragraph of pitch and the captions of a gallery are prose too: on pages whose
/// chrome no lexicon entry knows (another language, a site's own wording), everything between the
/// story's first paragraph and the last comment is body, and is kept. Lexical rules fitted to one
/// set of pages did not carry to unseen ones; the shape of a page does.
///
/// The model is a maximum-scoring segment (body text extraction, Finn et al. 2001) over the page's
/// non-blank lines from the title on (from the first paragraph when no title is found), on the
/// features already computed. Each line adds its score: a paragraph of prose adds by its length;
/// a kept line shaped like a headline or a label (no sentence end: a teaser, a list item, a
/// comment's handle, a button) subtracts; a removed line (chrome the line rules found) subtracts
/// little for the first six of a run, and much after that, so that a short interruption inside a
/// story (an inline teaser, an advertisement, a caption, a live blog's share line between posts)
/// does not end it, and a long block of chrome does unless a story's worth of prose follows. The
/// article ends where the best segment ends: every stretch after that point costs more than it
/// brings. The segment may start below the title (a page can put a player's or a gallery's long
/// list between the headline and the first paragraph); lines above its start are left to the line
/// rules.
///
/// Chosen over segmenting the page into runs and scoring each run: the running sum is one pass with
/// no thresholds on run lengths, and it weighs a long chrome block against the mass of the prose
/// behind it, which is what tells a story's second half after a long inline block from comments
/// after a footer.
///
/// After the end, kept lines go once chrome has begun: the kept lines right after the end, before
/// any removed line, go on from the story (a list that closes it: `Zone-wise cases so far:` and its
/// figures), and stay. Kept wherever they sit: a byline or date at the foot, an editor's note or
/// correction (protected by the lexicon), a table's rows. The head before the title is left to the
/// line rules: a kicker, a dateline and a standfirst all sit there. Removing every kept line above
/// the title but a byline, a date and the line right above it was measured and left out: it lifted
/// the precision of the released sets, but took an unseen set's recall from 0.980 to 0.943, on
/// pages where the line taken for the title is not the headline.
extension BoilerplateClassifier {
    /// The score of one non-blank line for the article's segment; `run` counts the removed lines
    /// just before it, in a row.
    private func spanScore(_ line: LineFeatures, run: Int) -> Double {
        if line.protected { return 2 }
        if line.removed { return run < 6 ? -0.1 : -1 }
        if line.dateLike || line.byline || line.title { return 0 }
        if line.anchor { return 1 + Double(min(line.words, 80)) / 20 }
        if line.sentenceLike { return 1 }
        if line.terminal { return 0.25 }
        return -0.5
    }

    /// Removes the kept lines after the article's end (see the extension's comment).
    func trimAfterArticle(_ lines: inout [LineFeatures], nonBlank: [Int]) {
        guard let start = nonBlank.firstIndex(where: { lines[$0].title })
                ?? nonBlank.firstIndex(where: { lines[$0].anchor && !lines[$0].removed }) else { return }
        // Kadane's running sum: a segment whose sum falls below zero starts again further down.
        var sum = 0.0, best = 0.0, end = start, run = 0
        for position in start..<nonBlank.count {
            let line = lines[nonBlank[position]]
            sum = max(0, sum + spanScore(line, run: run))
            run = line.removed ? run + 1 : 0
            // Ties go to the later line: when in doubt, keep.
            if sum >= best { best = sum; end = position }
        }
        var cut = end + 1
        while cut < nonBlank.count && !lines[nonBlank[cut]].removed { cut += 1 }
        for position in cut..<nonBlank.count {
            let line = lines[nonBlank[position]]
            guard !line.removed && !line.dateLike && !line.byline else { continue }
            _ = remove(&lines, nonBlank[position], rule: .afterArticle)
        }
    }
}

