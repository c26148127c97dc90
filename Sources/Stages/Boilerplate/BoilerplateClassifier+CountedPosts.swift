/// An embedded post printed with no handle and no link: a page's name, the post's time, its text,
/// its counts and a `view on …` line.
///
/// The walks around a post start from a line with a signal of its own: a handle or a link
/// (``embedResidue(_:nonBlank:bytes:)``), a clock-first stamp, a signature, a bare handle. A
/// page's post (`City Council`, `12 March at 12:15`, its text, `1.2K`, `864 comments`) has none of
/// them: the name and the time read as labels, the text as a story's sentence. What it does carry,
/// in every language, is its counts: a row of two figures or more between separators (`👍 2.3K ·
/// 418 comments`), or two count lines in a row (`148 likes`, `37 comments`). A story's paragraph
/// is followed by such figures only in a table, which is no prose over labels. From the counts
/// the walk goes up: the post's short frame (its time, a count of hours), its text (the first
/// longer line, no speech reported, none of the story's own), and over the text the page's name;
/// with no short label over the text it is a story's paragraph, and nothing goes. Under the counts
/// the post's other counts and its network's line go.
///
/// A story's own short list can look the same: a subheading, a paragraph, then `12 houses
/// destroyed`, `30 houses damaged`. Two things tell the post apart, in any language: a post is
/// stamped with the time it was posted (`12 March at 12:15`, `2 hrs.`) among the short lines
/// over its text, where a subheading carries no figure; and a post counts different things
/// (likes, comments, shares), where a story's list counts one thing in different states, so
/// its lines repeat the word after the figure. A story's tally of different things (`8 in
/// favour`, `5 against`) is printed in plain figures, where a network prints `1.2K` or names the
/// engagement (``isEngagement(_:nonBlank:post:at:bytes:)``); and a story's subheading stamped
/// with a time (`Figures at 6 p.m.`) names no page, where a page's name carries no figure.
extension BoilerplateClassifier {
    /// Removes the posts anchored on their counts.
    func countedPosts(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        guard nonBlank.count >= 4 else { return }
        for position in 2..<nonBlank.count where lines[nonBlank[position]].zone == .body
            && lines[nonBlank[position]].numericWords >= 1 && lines[nonBlank[position]].words <= 10 {
            guard isCountsAnchor(lines, nonBlank: nonBlank, at: position, bytes: bytes) else { continue }
            guard let post = postOverCounts(lines, nonBlank: nonBlank, at: position, bytes: bytes),
                  isEngagement(lines, nonBlank: nonBlank, post: post, at: position, bytes: bytes) else { continue }
            for index in post + [nonBlank[position]] { _ = remove(&lines, index, rule: .embedResidue) }
            // Under the counts: the post's other counts, its network's line (`View on Facebook`)
            // and its short labels (`Open this post`), up to the story's subheading over its next
            // paragraph.
            var below = position
            for _ in 0..<3 {
                below += 1
                guard below < nonBlank.count else { break }
                // Past the post's other counts, a removed line is the post's last (its `View on
                // Instagram`): under it the story's subheading may follow.
                let line = lines[nonBlank[below]]
                if line.removed && line.numericWords >= 1 && line.words <= 6 { continue }
                let count = Self.isPostCounts(line)
                guard !line.removed, count || namesNetwork(line, bytes: bytes)
                        || isEmbedLabel(line, bytes: bytes) && !opensStoryAgain(lines, nonBlank: nonBlank, at: below),
                      remove(&lines, nonBlank[below], rule: .embedResidue) else { break }
                // The network's line or one short label closes the post.
                if !count { break }
            }
        }
    }

    /// Whether the post's counts sit at `position`: a row of two figures or more between
    /// separators, or two count lines in a row. A kept count opens on its figure, after a
    /// reaction's symbol at most (`1,2K`, `864 comments`, `👍 2.3K · 418 comments`), where a
    /// list's item opens on what it counts (`Russia – 70.6 million`); a row another rule removed
    /// was judged already.
    private func isCountsAnchor(_ lines: [LineFeatures], nonBlank: [Int], at position: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isCount(_ line: LineFeatures) -> Bool {
            line.removed ? line.numericWords >= 1 && line.words <= 10
                : Self.isPostCounts(line) && Self.opensOnFigure(line.trimmedText(in: bytes))
        }
        let line = lines[nonBlank[position]]
        guard !line.terminal, !line.storysOwn else { return false }
        if line.numericWords >= 2 && line.separators >= 1 && isCount(line) { return true }
        guard !line.removed, isCount(line), position + 1 < nonBlank.count else { return false }
        let next = lines[nonBlank[position + 1]]
        return !next.terminal && !next.storysOwn && isCount(next)
            && !Self.countSameThing(line.trimmedText(in: bytes), next.trimmedText(in: bytes))
    }

    /// Whether the counts at `position` are a post's engagement and not a story's tally: one of the
    /// two count lines is printed the way networks print them (`1.2K`, `3,4 тыс.`, `2,4 mil`, a
    /// reaction's symbol before the figure) or names an engagement (`likes`, `comentários`), or the
    /// post's frame or the line under its counts names a network. A story's tally (`8 in favour`,
    /// `5 against`) counts states of one thing in plain figures, stamped or not.
    private func isEngagement(_ lines: [LineFeatures], nonBlank: [Int], post: [Int], at position: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<2 where position + offset < nonBlank.count {
            let raw = lines[nonBlank[position + offset]].trimmedText(in: bytes)
            if Self.isPrintedEngagement(raw) { return true }
        }
        if post.contains(where: { namesNetwork(lines[$0], bytes: bytes) }) { return true }
        for offset in 1...3 where position + offset < nonBlank.count {
            if namesNetwork(lines[nonBlank[position + offset]], bytes: bytes) { return true }
        }
        return false
    }

    /// Whether a count line reads as a network's: a symbol before its figure, a figure shortened
    /// by a letter or an abbreviation (`1.2K`, `4M`, `2,4 mil`, `3,4 тыс.`), or a word after any of
    /// its figures opening like an engagement (``engagementStems``).
    static func isPrintedEngagement(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        if let first = raw.first, first >= 0xE2 { return true }
        var index = 0
        while index < raw.count {
            guard isDigit(raw[index]) else { index += 1; continue }
            while index < raw.count && (isDigit(raw[index]) || raw[index] == 0x2C || raw[index] == 0x2E) { index += 1 }
            if index < raw.count && (raw[index] | 0x20 == 0x6B || raw[index] | 0x20 == 0x6D)
                && (index + 1 == raw.count || raw[index + 1] == 0x20 || raw[index + 1] == 0xC2) { return true }
            while index < raw.count && raw[index] == 0x20 { index += 1 }
            let rest = raw[index...]
            func opens(_ stem: [UInt8]) -> Bool {
                rest.count >= stem.count && zip(rest, stem).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
            }
            if engagementStems.contains(where: opens) { return true }
            // An abbreviation is a whole word: `mil` and `тыс.`, not `miles`.
            if let stem = shortenedFigures.first(where: opens) {
                let after = rest.startIndex + stem.count
                if after == rest.endIndex || raw[after] == 0x20 || raw[after] == 0x2E { return true }
            }
        }
        return false
    }

    /// How networks name a post's counts, lower-cased, by their opening bytes: likes, comments,
    /// shares, views, reposts and reactions in the languages of the sets.
    private static let engagementStems: [[UInt8]] = [
        "like", "comment", "share", "view", "repost", "retweet", "reaction", "replies",
        "curtid", "coment", "compartilh", "visualiza", "reacc", "reaç", "me gusta", "respuesta",
        "j’aime", "j'aime", "partage", "vue", "réaction", "kommentar", "geteilt", "aufruf", "reaktion",
        "mi piace", "commenti", "condivision", "visualizzazion", "beğen", "yorum", "paylaş", "görüntül",
        "comentari", "distribui", "vizualiz", "aprecier", "líka", "ummæl", "deilin", "synes godt", "liker", "gillar", "bəyən", "şərh", "baxış",
        "лайк", "коммент", "репост", "просмотр", "отмет", "поделил", "вподоб", "перегляд",
    ].map { Array($0.utf8) }

    /// The thousands and millions a network prints a count in, whole words (`2,4 mil`, `3,4 тыс.`).
    private static let shortenedFigures: [[UInt8]] = ["mil", "mi", "тыс", "млн", "mln", "mio"].map { Array($0.utf8) }

    /// Whether two count lines name the same thing after their figures (`12 houses destroyed`,
    /// `30 houses damaged`): a story's list, not a post's likes and comments.
    static func countSameThing(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = wordAfterFigure(first), b = wordAfterFigure(second)
        return !a.isEmpty && a.elementsEqual(b)
    }

    /// The word after a line's first run of figures (with its `,` `.` and spaces), or an empty slice.
    private static func wordAfterFigure(_ raw: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var index = 0
        while index < raw.count && !isDigit(raw[index]) { index += 1 }
        while index < raw.count && (isDigit(raw[index]) || raw[index] == 0x2C || raw[index] == 0x2E || raw[index] == 0x20) { index += 1 }
        var end = index
        while end < raw.count && raw[end] != 0x20 { end += 1 }
        return raw[index..<end]
    }

    /// Whether `raw` opens on an ASCII digit, after one symbol (a lead byte of `0xE2` or more, its
    /// continuation bytes, a variation selector) and spaces at most.
    static func opensOnFigure(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if index < raw.count && raw[index] >= 0xE2 {
            index += 1
            while index < raw.count && raw[index] & 0xC0 == 0x80 { index += 1 }
            // A variation selector (U+FE0F) after a heart: `EF B8 8F`.
            if index + 2 < raw.count && raw[index] == 0xEF && raw[index + 1] == 0xB8 { index += 3 }
        }
        while index < raw.count && raw[index] == 0x20 { index += 1 }
        return index < raw.count && isDigit(raw[index])
    }

    /// The kept lines of the post over its counts at `position` (its frame, its text, the page's
    /// name), or nil when no short label with no figure and no date sits over the text (the page's
    /// name) or none of the short lines over or under the text is the post's time (a subheading
    /// over a story's paragraph has no figure).
    private func postOverCounts(_ lines: [LineFeatures], nonBlank: [Int], at position: Int, bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        var post: [Int] = []
        var tookText = false
        var labelsOverText = 0
        var stamped = false
        // The page's name over the text, a label with no figure: a subheading stamped with a time
        // (`Figures at 6 p.m.`) is no page's name, and the story's counts under it stay.
        var namedOverText = false
        var cursor = position
        for _ in 0..<6 {
            cursor -= 1
            guard cursor >= 0 else { break }
            let line = lines[nonBlank[cursor]]
            // The post's text another rule took (`Attention: …`) is the post's all the same.
            if line.removed {
                // The post's time another rule took (a date line) stamps it all the same.
                stamped = stamped || line.words <= 8 && (line.dateLike || line.numericWords >= 1)
                tookText = tookText || line.words > 8 || line.terminal
                continue
            }
            if isPostFrame(line, bytes: bytes) {
                post.append(nonBlank[cursor])
                stamped = stamped || line.dateLike || line.numericWords >= 1
                if tookText { labelsOverText += 1 }
                if tookText && !line.dateLike && line.numericWords == 0 { namedOverText = true }
                if labelsOverText == 3 { break }
                continue
            }
            guard !tookText, !line.storysOwn, line.reporting == 0, line.words <= 60 else { break }
            post.append(nonBlank[cursor])
            tookText = true
        }
        return tookText && labelsOverText >= 1 && namedOverText && stamped ? post : nil
    }

    /// A post's short line: a label (the page's name), its time (`12 March at 12:15`, `2 hrs.`) or
    /// its network's line.
    private func isPostFrame(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if line.title || line.byline || line.protected || line.tableRow || line.reporting > 0 { return false }
        return isEmbedLabel(line, bytes: bytes) || line.dateLike && line.words <= 8
            || line.numericWords >= 1 && line.words <= 4 || namesNetwork(line, bytes: bytes)
    }
}
