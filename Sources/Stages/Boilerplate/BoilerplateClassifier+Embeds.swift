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
                var tookText = false
                // Under the post's reactions row only its time stamp is the post's: the story's
                // subheading follows.
                var tookRow = false
                for _ in 0..<5 {
                    cursor += step
                    guard cursor >= 0 && cursor < nonBlank.count else { break }
                    let line = lines[nonBlank[cursor]]
                    // A post's text another rule took (next to the handle) is the post's as well:
                    // under it, the story's subheading may follow.
                    if line.removed {
                        tookText = tookText || step > 0 && isPostText(line)
                        continue
                    }
                    // Below the handle only: the post's text with its hashtags and its time stamp.
                    // (Above it, a paragraph of the story may name the hashtag the post carries.)
                    if tookRow && !isPostStamp(line) { break }
                    // Once its text is gone, the post's counts too (`214 reposts 1.1K likes`).
                    let counts = step > 0 && tookText && Self.isPostCounts(line)
                    let below = step > 0 && (isPostText(line) || isPostStamp(line) || counts
                        || !tookText && overReactionRow(lines, nonBlank: nonBlank, at: cursor, bytes: bytes))
                    // Once the post's text is gone, the story's subheading: a label of words (not a
                    // count) with no signal of its own, over the story's next paragraph. (Under a
                    // link that is no post, `Get breaking news on Telegram: t.me/…`, its button goes.)
                    if tookText && !below && opensStoryAgain(lines, nonBlank: nonBlank, at: cursor) { break }
                    guard below || isEmbedLabel(line, bytes: bytes), remove(&lines, nonBlank[cursor], rule: .embedResidue) else { break }
                    tookText = tookText || step > 0 && isPostText(line)
                    tookRow = tookRow || step > 0 && Self.isSymbolRow(line, bytes: bytes)
                }
            }
        }
    }

    /// Removes an embedded post's link to its network under the post (`View on Facebook`, `Veure a
    /// Instagram`, `Ver en X`: two to four words, the last the network's name, no figure and no
    /// sentence's end) and the post over it, printed on one line with its account's handle or link
    /// (`Publicació d'Instagram de @…: "…" · 2.341 m'agrada`, `City Council (@…) · Facebook: "…"`). The link names the network in the
    /// page's language, so its last word, not its verb, tells it; the handle right over it tells
    /// the post. A story's subheading naming a network has a paragraph over it, which ends on its
    /// sentence, not a handle's post.
    func embedLinks(_ lines: inout [LineFeatures], nonBlank: [Int], normalized: [UInt8]) {
        for position in nonBlank.indices.dropFirst() {
            let link = lines[nonBlank[position]]
            // Cheap gates first: a short label, no figure, no handle of its own.
            guard !link.removed, (2...4).contains(link.words), link.numericWords == 0, !link.terminal,
                  link.handles + link.urls == 0, !link.storysOwn, endsOnNetwork(link, normalized: normalized) else { continue }
            let postIndex = nonBlank[position - 1]
            let post = lines[postIndex]
            guard post.handles + post.urls > 0, post.words <= 60, !post.storysOwn, post.reporting == 0,
                  post.removed || !post.terminal else { continue }
            if !post.removed { _ = remove(&lines, postIndex, rule: .embedResidue) }
            _ = remove(&lines, nonBlank[position], rule: .embedResidue)
        }
    }

    /// Whether the line's last normalized word is a network's name (``postNetworks``, or `x`).
    private func endsOnNetwork(_ line: LineFeatures, normalized: [UInt8]) -> Bool {
        let text = normalized[line.normalizedRange]
        guard let space = text.lastIndex(of: 0x20) else { return false }
        let word = text[(space + 1)...]
        return word.elementsEqual("x".utf8) || Self.postNetworks.contains { word.elementsEqual($0) }
    }

    /// Whether the kept label at `position` is the story's subheading under an embedded post: it
    /// has no figure (a post's counts have, `1.245 Me gusta`, `Curtido por 1.208 pessoas`, `1.2K
    /// Reposts 3.4K Likes`), no lexicon entry knows it
    /// (`View on Instagram`), and the next kept line is a story's sentence. A post's own labels sit
    /// over more of the post, or over another of its labels.
    func opensStoryAgain(_ lines: [LineFeatures], nonBlank: [Int], at position: Int) -> Bool {
        let label = lines[nonBlank[position]]
        guard label.lexiconScore == 0, label.numericWords == 0, label.handles + label.hashtags + label.urls == 0,
              let next = nonBlank[(position + 1)...].first(where: { !lines[$0].removed }) else { return false }
        return lines[next].storySentence && lines[next].words >= 12
    }

    /// A post's text with no tag of its own, known by the post's reactions row right under it
    /// (`♥ 312  ↻ 87  💬 24`: figures and symbols, no word), in any language.
    private func overReactionRow(_ lines: [LineFeatures], nonBlank: [Int], at position: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = lines[nonBlank[position]]
        guard position + 1 < nonBlank.count, !text.storysOwn, text.reporting == 0, text.words <= 60 else { return false }
        return Self.isSymbolRow(lines[nonBlank[position + 1]], bytes: bytes)
    }

    /// A post's text: it carries a hashtag or a handle, and is no longer than a post.
    private func isPostText(_ line: LineFeatures) -> Bool {
        line.hashtags + line.handles > 0 && line.words <= 60 && !line.storysOwn && line.reporting == 0
    }

    /// A post's time stamp: a clock time and a date joined by a separator (`12:04 PM · Nov 20, 2026`).
    private func isPostStamp(_ line: LineFeatures) -> Bool {
        line.dateLike && line.separators >= 1 && line.words <= 8 && !line.byline && !line.title && !line.protected
    }

    /// A post's counts: a figure in three words at most (`312`, `1,2 mil`), or two counts, each
    /// with its noun, in six words at most (`214 reposts 1.1K likes`, `1.2K reactions · 340
    /// shares`; `1.1K` reads as two words); no sentence, none of the story's own lines.
    static func isPostCounts(_ line: LineFeatures) -> Bool {
        !line.terminal && !line.storysOwn && line.numericWords >= 1
            && (line.words <= 3 || line.words <= 6 && line.numericWords >= 2)
    }

    /// A short label that is not the author's bio.
    func isEmbedLabel(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !line.authorBio && isShortLabel(line, bytes: bytes)
    }

    /// Removes an embedded post that ends on its network's stamp: the clock first (`9:22 AM · 3 Feb
    /// 2026`, `2:51 p.m. · 20 nov. 2026`, and in Chinese, Japanese and Korean the half of the day
    /// before it, `午後3:40 · 2026年3月2日`), or the network's name first (`Facebook · 9. svibnja`,
    /// `Instagram · 14 March 2026`): the post's text above it, and the account's labels and handle
    /// above that. A story's date line puts the date first (`21 de noviembre de 2026 · 08:12`); a
    /// clock or a network's name and a dot opening a line are the post's. Its text is the kept line
    /// right above the stamp, whatever it carries (a post need not tag anything); above the text only
    /// short labels and handles go, so the walk stops at the story's paragraph. Under the stamp, up
    /// to two of the post's counts go (``isPostCounts(_:)``); a stamp may carry them itself
    /// (``stampWithCounts(_:)``).
    func stampedPosts(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        for (position, index) in nonBlank.enumerated() where lines[index].zone != .head && !lines[index].removed
            && (lines[index].words <= 8 || Self.stampWithCounts(lines[index])) && closesPost(lines[index], bytes: bytes) {
            guard position > 0 else { continue }
            let above = lines[nonBlank[position - 1]]
            // The post's text already gone for its hashtags or handle: the stamp under it goes
            // too, under the story's last paragraph as well (a post closing the story is in the tail).
            if above.removed && (above.handles + above.hashtags > 0 || above.removal == .rule(.embedResidue)) {
                _ = remove(&lines, index, rule: .embedResidue)
                continue
            }
            guard lines[index].zone == .body, !above.removed, above.words <= 60,
                  remove(&lines, index, rule: .embedResidue) else { continue }
            // Under the stamp, the post's counts (`312`, `1,2 mil`, `4.1K`, `214 reposts 1.1K
            // likes`): up to two lines, before the story's next paragraph.
            var below = position
            for _ in 0..<2 {
                below += 1
                guard below < nonBlank.count else { break }
                let count = lines[nonBlank[below]]
                guard !count.removed, Self.isPostCounts(count), remove(&lines, nonBlank[below], rule: .embedResidue) else { break }
            }
            takePost(&lines, nonBlank: nonBlank, above: position, bytes: bytes)
        }
    }

    /// Whether a longer stamp carries the post's counts on its own line (`8:14 AM · May 14, 2025 ·
    /// 1.2K Likes · 430 Reposts`): up to fourteen words, a date, and five figures or more (the
    /// clock's two, the day's and the year's, and a count's). A live blog's entry opening on its
    /// clock (`10:42 · The mayor has arrived`) names no date and few figures.
    static func stampWithCounts(_ line: LineFeatures) -> Bool {
        line.words <= 14 && line.dateLike && line.numericWords >= 5
    }

    /// Removes an embedded post that ends on its signature: a dash, the account's name, its handle
    /// and the date (`— Ministry of Internal Affairs (@MIA_Georgia) February 3, 2027`), as a quoted
    /// post prints. The signature's date made it a date line, which the rules that go by shape
    /// leave alone; but a story's date line neither opens with a dash nor names a handle, and a
    /// writer's sign-off after a dash holds no handle. The post's text is the kept line right above
    /// the signature, and above it the account's labels and handle go as over a clock-first stamp;
    /// under it, up to two of the post's short labels (`Reposted 1.2K times`) before the next removed
    /// line or the story's next paragraph.
    func signedPosts(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        for (position, index) in nonBlank.enumerated() where lines[index].zone == .body && !lines[index].removed
            && lines[index].handles + lines[index].urls >= 1 && lines[index].numericWords >= 2 && lines[index].words <= 16
            && Self.opensWithDash(lines[index], bytes: bytes) {
            guard position > 0, !lines[nonBlank[position - 1]].removed, lines[nonBlank[position - 1]].words <= 60,
                  remove(&lines, index, rule: .embedResidue) else { continue }
            var below = position
            for _ in 0..<2 {
                below += 1
                guard below < nonBlank.count, !lines[nonBlank[below]].removed, isEmbedLabel(lines[nonBlank[below]], bytes: bytes),
                      remove(&lines, nonBlank[below], rule: .embedResidue) else { break }
            }
            takePost(&lines, nonBlank: nonBlank, above: position, bytes: bytes)
        }
    }

    /// Over a post's removed stamp or signature at `position`: the post's text (the kept line right
    /// above, not the story's own nor reported speech), then up to three lines above it that are
    /// handles or short labels, stopping at the first that is neither.
    private func takePost(_ lines: inout [LineFeatures], nonBlank: [Int], above position: Int, bytes: UnsafeBufferPointer<UInt8>) {
        let text = lines[nonBlank[position - 1]]
        guard !text.storysOwn, text.reporting == 0, remove(&lines, nonBlank[position - 1], rule: .embedResidue) else { return }
        var cursor = position - 1
        for _ in 0..<3 {
            cursor -= 1
            guard cursor >= 0 else { break }
            let line = lines[nonBlank[cursor]]
            if line.removed { continue }
            guard (line.handles > 0 && line.words <= 8) || isEmbedLabel(line, bytes: bytes),
                  remove(&lines, nonBlank[cursor], rule: .embedResidue) else { break }
        }
    }

    /// Whether the line is a post's stamp: a clock, a middle dot and a date with a year, or a
    /// network's name, a middle dot and a date the month lists read (the year left out for the
    /// current one, `Facebook · 9. svibnja`). Gated on the line's figures and its separator, so a
    /// paragraph costs two comparisons.
    private func closesPost(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.numericWords >= 1, line.separators >= 1 else { return false }
        let raw = line.trimmedText(in: bytes)
        // No count of figures first: a Chinese, Japanese or Korean stamp runs them into the signs
        // of the half of the day, year, month and day (`午前7:15 · 2024年9月14日`, `2026년`), and
        // the reader fails on the line's first bytes unless a clock or the half of the day opens it.
        if Self.opensWithClockAndDot(raw) { return true }
        return line.dateLike && line.words <= 5 && !line.title && !line.byline && Self.opensWithNetworkAndDot(raw)
    }

    /// Whether `raw` opens with one word that names a network (`Facebook`, `instagram`, `X`), then a
    /// middle dot between spaces and a figure after it.
    static func opensWithNetworkAndDot(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let space = raw.firstIndex(of: 0x20), space >= 1, space + 4 < raw.count,
              raw[space + 1] == 0xC2, raw[space + 2] == 0xB7, raw[space + 3] == 0x20,
              raw[(space + 4)...].contains(where: isDigit) else { return false }
        let name = raw[..<space].lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        // `X` alone: a one-letter name counts only as the whole word, never as a word's start.
        return name.elementsEqual("x".utf8) || postNetworks.contains { name.elementsEqual($0) }
    }

    /// The networks whose embedded posts print their name over or beside the date, lower-cased.
    private static let postNetworks: [[UInt8]] = ["facebook", "instagram", "threads", "twitter", "tiktok", "telegram",
                                                   "youtube", "linkedin", "bluesky", "mastodon"].map { Array($0.utf8) }

    /// Where the half of the day written before a clock ends, in Chinese, Japanese and Korean
    /// (`午前`, `午後`, `上午`, `下午`, `오전`, `오후`, a space after it or none), or 0.
    static func leadingMeridiemEnd(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
        guard raw.count > 6, raw[0] >= 0xE4 else { return 0 }
        for meridiem in meridiems where raw.count > meridiem.count && raw.starts(with: meridiem) {
            return raw[meridiem.count] == 0x20 ? meridiem.count + 1 : meridiem.count
        }
        return 0
    }

    private static let meridiems: [[UInt8]] = ["午前", "午後", "上午", "下午", "오전", "오후"].map { Array($0.utf8) }

    /// Whether `raw` opens with a clock (`9:22`, `12:04 PM`, `2:51 p.m.`, `午前7:15`), then a
    /// middle dot between spaces, then a date with a year.
    static func opensWithClockAndDot(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        let meridiem = leadingMeridiemEnd(raw)
        if meridiem > 0 { return opensWithClockAndDot(UnsafeBufferPointer(rebasing: raw[meridiem...])) }
        guard var index = leadingClockEnd(raw), index < raw.count else { return false }
        // `AM`, `pm`, `a.m.`, and the Spanish network's `a. m.`: letters and dots after a space,
        // a space inside only after a dot and before a letter.
        if index < raw.count && raw[index] == 0x20 {
            var end = index + 1
            func meridiem(_ at: Int) -> Bool {
                raw[at] == UInt8(ascii: ".") || "apmAPM".utf8.contains(raw[at])
                    || raw[at] == 0x20 && raw[at - 1] == UInt8(ascii: ".") && at + 1 < raw.count && "apmAPM".utf8.contains(raw[at + 1])
            }
            while end < raw.count && end - index <= 6 && meridiem(end) { end += 1 }
            if end > index + 1 && end < raw.count && raw[end] == 0x20 { index = end }
        }
        // ` · ` (U+00B7).
        guard index + 4 < raw.count, raw[index] == 0x20, raw[index + 1] == 0xC2, raw[index + 2] == 0xB7, raw[index + 3] == 0x20 else { return false }
        // A year after the dot: a run of four digits, the first a `1` or a `2`.
        var run = 0
        for position in (index + 4)..<raw.count {
            if isDigit(raw[position]) {
                run += 1
                if run == 4 && (raw[position - 3] == UInt8(ascii: "1") || raw[position - 3] == UInt8(ascii: "2"))
                    && (position + 1 == raw.count || !isDigit(raw[position + 1])) { return true }
            } else {
                run = 0
            }
        }
        return false
    }
}
