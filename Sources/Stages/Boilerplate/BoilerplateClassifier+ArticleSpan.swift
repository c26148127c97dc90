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
/// does not end it, and a long block of chrome does unless a story's worth of prose follows. A
/// menu's items (a tag row, a topic list: lines the menu rule removed, two or more in a row) weigh
/// in full at once: a story is interrupted by a teaser, an ad marker or a caption, while a tag row
/// closes it, and the six lines of grace let the comments and the newsletter's pitch after a tag row
/// outweigh it (on one released set, 20 kept chrome lines after the tags of one page). The
/// article ends where the best segment ends: every stretch after that point costs more than it
/// brings. The segment may start below the title (a page can put a player's or a gallery's long
/// list between the headline and the first paragraph); lines above its start are left to the line
/// rules. The segment ends above the writer's box under the story, as it does above a comment
/// section's heading (see `authorBoxStart`): a bio is a sentence, and outweighed the chrome above it.
///
/// Chosen over segmenting the page into runs and scoring each run: the running sum is one pass with
/// no thresholds on run lengths, and it weighs a long chrome block against the mass of the prose
/// behind it, which is what tells a story's second half after a long inline block from comments
/// after a footer.
///
/// After the end, kept lines go once chrome has begun. A date line or a name there stays (a byline
/// or a date at the foot of the story) until a kept line has gone after the end: below that, it is
/// a comment's stamp or its author's handle; and a date line under chrome there goes when the head
/// dates the story in the same year (the page's stamp printed again at its foot). The kept lines right after the end, before
/// any removed line, go on from the story (a list that closes it: `Zone-wise cases so far:` and its
/// figures), and stay, unless they are three or more lines all shaped like teaser headlines (no
/// sentence, no list marker, no colon ending the last story line or any of them): the related
/// headlines of a page whose share row and heading no lexicon entry knows. Taking the kept lines
/// after the end whatever their shape was measured and left out: it lifted an unseen set's F1 by
/// 0.03, but cut the closing lines of stories in three released sets (an agency's reporting
/// credit, a sign-off, a box score, a last subheading and its paragraph). Kept wherever they sit:
/// a byline or date at the foot, an editor's note or correction (protected by the lexicon), a
/// table's rows. The head before the title is left to the line rules: a kicker, a dateline and a
/// standfirst all sit there (what sits above the site's last menu goes: see `trimPageHead`).
/// Removing every kept line above the title but a byline, a date and the
/// line right above it was measured and left out: it lifted the precision of the released sets,
/// but took an unseen set's recall from 0.980 to 0.943, on pages where the line taken for the
/// title is not the headline.
extension BoilerplateClassifier {
    /// The score of one non-blank line for the article's segment; `run` counts the removed lines
    /// just before it, in a row, and `afterMenuItem` says whether the menu rule removed the line
    /// right before it.
    private func spanScore(_ line: LineFeatures, run: Int, afterMenuItem: Bool, foreign: Bool, list: ListPart?) -> Double {
        if line.protected { return 2 }
        // A sentence announcing a list is prose though it ends on a colon, and the list's items
        // under it are the story's, however short: they weigh nothing either way.
        if let list, !line.removed { return list == .leadIn ? 1 : 0 }
        // A unit of a block the story does not have weighs as its label does.
        if foreign { return line.dateLike ? 0 : -0.5 }
        // A menu (a tag row, a topic list) weighs in full from its second item: a story carries an
        // inline teaser, an ad marker or a caption, not a row of links. (One item is not a menu: a
        // live blog's time stamp between two share rows was taken for one.)
        if line.removed { return run < 6 && !(afterMenuItem && line.removal == .rule(.navigationRun)) ? -0.1 : -1 }
        if line.dateLike || line.byline || line.title { return 0 }
        if line.anchor { return 1 + Double(min(line.words, 80)) / 20 }
        // A clause of Thai or Lao, fifty letters or more, is a sentence with no mark of its end.
        if line.sentenceLike || line.unpunctuatedClause { return 1 }
        if line.terminal { return 0.25 }
        return -0.5
    }

    /// Whether the lexicon's navigation class took the line (a tag row's label, `Tags:`).
    private func opensMenu(_ line: LineFeatures) -> Bool {
        guard case .score(.lexicon(let category))? = line.removal else { return false }
        return category == navigationCategory
    }

    /// Removes the kept lines after the article's end (see the extension's comment).
    func trimAfterArticle(_ lines: inout [LineFeatures], nonBlank: [Int], title: Int?, bytes: UnsafeBufferPointer<UInt8>,
                          normalized: [UInt8], outlet: OutletContext) {
        guard let start = title
                ?? nonBlank.firstIndex(where: { lines[$0].anchor && !lines[$0].removed }) else { return }
        let foreign = foreignBlocks(lines, nonBlank: nonBlank, from: start, bytes: bytes)
        // Kadane's running sum: a segment whose sum falls below zero starts again further down.
        var sum = 0.0, best = 0.0, end = start, run = 0, afterMenuItem = false, inList = false
        let heading = countHeading(lines, nonBlank: nonBlank, from: start, bytes: bytes)
        let authorBox = authorBoxStart(lines, nonBlank: nonBlank, from: start, bytes: bytes)
        for position in start..<min(heading ?? nonBlank.count, authorBox ?? nonBlank.count) {
            let line = lines[nonBlank[position]]
            let list: ListPart? = leadsIntoList(line, bytes: bytes) ? .leadIn : inList && !line.terminal ? .item : nil
            inList = list != nil && !line.removed
            sum = max(0, sum + spanScore(line, run: run, afterMenuItem: afterMenuItem, foreign: foreign?[position] ?? false, list: list))
            run = line.removed ? run + 1 : 0
            // A tag row's label the lexicon took (`Tags:`) opens the row as its first item would.
            afterMenuItem = line.removal == .rule(.navigationRun) || opensMenu(line)
            // Ties go to the later line: when in doubt, keep.
            if sum >= best { best = sum; end = position }
        }
        end = resumedStory(lines, nonBlank: nonBlank, end: end, foreign: foreign)
        var cut = end + 1
        while cut < nonBlank.count && !lines[nonBlank[cut]].removed { cut += 1 }
        if cut - (end + 1) >= 3 && (end + 1..<cut).allSatisfy({ isTeaserHeadline(lines[nonBlank[$0]], bytes: bytes) })
            && !endsWithColon(lines[nonBlank[end]], bytes: bytes)
            || isClosingForm(lines, nonBlank: nonBlank, story: start..<end + 1, after: end + 1..<cut, bytes: bytes) {
            cut = end + 1
        }
        if let pitch = closingPitchStart(lines, nonBlank: nonBlank, story: start, end: end, cut: cut, bytes: bytes,
                                         normalized: normalized, outlet: outlet) {
            cut = pitch
        }
        if let heading { cut = min(cut, heading) }
        if let authorBox { cut = min(cut, authorBox) }
        // A date or a name goes too once a kept line has gone here: it is then a comment's stamp or
        // handle among the comments, not the story's byline or date at its foot.
        // A date line under chrome after the end, on a page whose head already dates the story in the
        // same year, is the page's stamp printed again at its foot (`First Published: April 18, 2026
        // 10:12 PM IST` under a channel's prompt): the story's own date is the one in its head. An
        // event's date the story closes on names no year (`Saturday, Dec. 5, 1 p.m., Faurot Field`).
        let headYears = nonBlank[start..<cut].filter { lines[$0].zone == .head && lines[$0].dateLike && !lines[$0].removed }
            .flatMap { Self.years(in: lines[$0].trimmedText(in: bytes)) }
        var cutKept = false, chromeBegun = false
        for position in cut..<nonBlank.count {
            let line = lines[nonBlank[position]]
            defer { chromeBegun = chromeBegun || line.removed }
            let stampAgain = chromeBegun && line.dateLike && !line.byline && line.words <= 12 && !headYears.isEmpty
                && Self.years(in: line.trimmedText(in: bytes)).contains(where: headYears.contains)
            guard !line.removed && (!line.dateLike && !line.byline || foreign?[position] == true || cutKept || stampAgain) else { continue }
            cutKept = remove(&lines, nonBlank[position], rule: .afterArticle) || cutKept
        }
    }

    /// The most removed lines in a row that a box inside a story holds (a horoscope's signs and a
    /// TV guide's link, a most-read list and its heading, a deal and its disclaimer); the chrome
    /// after a story's real end (share row, tags, lists, footer) runs longer.
    static let midStoryBox = 10

    /// The span's end moved past the story's sentences that resume after a box inside it.
    ///
    /// A box of widgets or teasers in mid-story costs the span more than the one or two short
    /// paragraphs after it bring (seven removed lines weigh 1.6, a sentence of eleven words 1.55),
    /// so the segment ended above the box and the story's last paragraphs went as after-article.
    /// While at most ``midStoryBox`` removed lines follow the end, then one to three kept lines, all
    /// a story's sentences (``LineFeatures/storySentence``) and none in a foreign block, up to a
    /// removed line or the page's end, those lines are the story's and the end moves past them.
    /// A teaser's pitch comes under its headline, a comment under its handle, a footer's blurb
    /// after a longer run; none of them is alone between chrome in the shape of a story's sentence.
    private func resumedStory(_ lines: [LineFeatures], nonBlank: [Int], end: Int, foreign: [Bool]?) -> Int {
        var end = end
        while true {
            var cursor = end + 1
            while cursor < nonBlank.count && lines[nonBlank[cursor]].removed { cursor += 1 }
            let box = cursor - (end + 1), groupStart = cursor
            while cursor < nonBlank.count && !lines[nonBlank[cursor]].removed { cursor += 1 }
            let group = groupStart..<cursor
            guard box >= 1, isMidStoryBox(lines, nonBlank: nonBlank, box: end + 1..<groupStart), (1...3).contains(group.count),
                  group.allSatisfy({ lines[nonBlank[$0]].storySentence && foreign?[$0] != true }) else { return end }
            // Comments alternate: a handle and a stamp, a sentence, a handle and a stamp, another
            // sentence. A story that resumes after its box runs into the page's tail, not into
            // another sentence after a label or two.
            var next = cursor
            while next < nonBlank.count && next - cursor <= 3 && lines[nonBlank[next]].removed { next += 1 }
            if next > cursor && next - cursor <= 3 && next < nonBlank.count && lines[nonBlank[next]].terminal { return end }
            end = cursor - 1
        }
    }

    /// Whether the removed lines at `box` (positions in `nonBlank`) can be a box inside the story:
    /// at most ``midStoryBox`` of them, and no comment section among them (its heading, its count, a
    /// comment's time stamp): the story does not resume under its readers' comments.
    ///
    /// A post embedded in the story prints a comment count and a date of its own: where the box's
    /// comment count stands in a row of the post's counts (``inCounterRow(_:nonBlank:at:)``), the
    /// box is that post, and its stamp and its count are no comment section's.
    func isMidStoryBox(_ lines: [LineFeatures], nonBlank: [Int], box: Range<Int>) -> Bool {
        guard box.count <= Self.midStoryBox else { return false }
        let embeddedPost = box.contains {
            lines[nonBlank[$0]].commentCount && inCounterRow(lines, nonBlank: nonBlank, at: $0)
        }
        return !box.contains { position in
            let line = lines[nonBlank[position]]
            return (line.dateLike || line.commentCount) && !embeddedPost
                || commentsCategory != nil && line.lexiconCategory == commentsCategory && line.lexiconScore >= 0.5
        }
    }

    /// The years (four figures from 1900 to 2099, no figure next to them) a line names, in ASCII
    /// digits or another script's (`२०८२`: a Nepali date's year of its own era is in that range too).
    static func years(in raw: UnsafeBufferPointer<UInt8>) -> [Int] {
        // Copied with its figures folded only when it has a byte past ASCII.
        if raw.contains(where: { $0 >= 0x80 }) {
            return LineNormalizer.foldingDigits(raw).withUnsafeBufferPointer { asciiYears(in: $0) }
        }
        return asciiYears(in: raw)
    }

    private static func asciiYears(in raw: UnsafeBufferPointer<UInt8>) -> [Int] {
        // Each run of figures whole: a run of four is a year's, never part of a longer number.
        raw.split(whereSeparator: { !isDigit($0) }).compactMap { run in
            guard run.count == 4 else { return nil }
            let year = run.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            return (1900...2099).contains(year) ? year : nil
        }
    }

    /// Whether the kept lines right after the span's end are a form glued to the story.
    ///
    /// A newsletter's or a comment box's form (a pitch, a field's label, a button, then one
    /// sentence of consent or terms) right under the story's last paragraph and over a block of
    /// chrome goes on from the story with no removed line between them, and its last line is prose.
    /// Its shape tells it: two to four label lines in a row, none a date or a name and none closing
    /// on a colon (a list the story announces), then one closing paragraph that shares no fifth of
    /// its content words with the story (see `cohesive`). A story's own last subheading stands
    /// alone over its paragraph and names the story's people and places again.
    private func isClosingForm(_ lines: [LineFeatures], nonBlank: [Int], story: Range<Int>, after: Range<Int>,
                               bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A form's closing sentence (consent, terms) reports no one's words: a line that does is the
        // story's, and so are the short lines above it (a summary's points under their heading).
        let closing = lines[nonBlank[after.upperBound - 1]]
        guard after.count >= 3, after.count <= 5, isUnitProse(closing), closing.reporting == 0 else { return false }
        let labels = after.lowerBound..<after.upperBound - 1
        return labels.allSatisfy { position in
            let line = lines[nonBlank[position]]
            return isUnitLabel(line) && !line.dateLike && !line.byline && !endsWithColon(line, bytes: bytes)
        } && !cohesive(lines, nonBlank: nonBlank, story: story, block: after.upperBound - 1..<after.upperBound, bytes: bytes)
    }

    /// A short line that can label a unit of a block: a handle, a timestamp, a teaser's headline.
    private func isUnitLabel(_ line: LineFeatures) -> Bool {
        !line.removed && !line.protected && !line.title && !line.tableRow
            && line.words >= 1 && line.words <= 14 && (!line.terminal || line.dateLike)
    }

    /// A unit's paragraph: prose of some length, whatever its language.
    private func isUnitProse(_ line: LineFeatures) -> Bool {
        !line.removed && !line.protected && !line.tableRow && line.terminal && line.words >= 10
    }

    /// The blocks after the story that repeat a shape the story does not have, by position in
    /// `nonBlank`; `nil` when there are none (nearly every page).
    ///
    /// Reader comments (a handle, a timestamp, a comment) and partner teasers (a headline and a
    /// pitch) are paragraphs of prose, and on a page whose chrome no lexicon entry knows they
    /// outweigh the share row before them, so the segment ran on to the page's end. What tells
    /// them from the story is their shape: one to three short label lines before each single
    /// paragraph, repeated, strictly alternating, after a run of at least three removed lines and
    /// up to chrome or the page's end. A story with that shape of its own (a live blog's time and
    /// post, subheadings over single paragraphs) shows it before the chrome too, and keeps the
    /// block: the block must repeat a shape the story above has at most once (its byline or date
    /// over the lead). Units with a timestamp need two in a row; units without one, three.
    private func foreignBlocks(_ lines: [LineFeatures], nonBlank: [Int], from start: Int, bytes: UnsafeBufferPointer<UInt8>) -> [Bool]? {
        var foreign: [Bool]?
        var run = 0, prose = false
        // Units seen in the story so far, all of them and those whose label holds a date.
        var storyUnits = 0, storyStamped = 0, labels = 0, stamped = false
        var position = start
        while position < nonBlank.count {
            let line = lines[nonBlank[position]]
            if line.removed {
                run += 1
                labels = 0
                position += 1
                continue
            }
            if run >= 3 && prose, let block = unitBlock(lines, nonBlank: nonBlank, at: position),
               block.units >= (block.stamped ? 2 : 3), (block.stamped ? storyStamped : storyUnits) <= 1,
               block.stamped || !cohesive(lines, nonBlank: nonBlank, story: start..<position, block: position..<block.end, bytes: bytes) {
                if foreign == nil { foreign = Array(repeating: false, count: nonBlank.count) }
                for member in position..<block.end { foreign?[member] = true }
                position = block.end
                run = 0
                continue
            }
            run = 0
            prose = prose || line.anchor
            if isUnitLabel(line) {
                labels += 1
                stamped = stamped || line.dateLike
            } else {
                if isUnitProse(line) && labels > 0 && labels <= 3 {
                    storyUnits += 1
                    if stamped { storyStamped += 1 }
                }
                labels = 0
                stamped = false
            }
            position += 1
        }
        return foreign
    }

    /// The strictly alternating units from `position` on (labels, then one paragraph), when they
    /// end at a removed line or the page's end: their count, whether every label holds a date,
    /// and the position after the last.
    private func unitBlock(_ lines: [LineFeatures], nonBlank: [Int], at position: Int) -> (units: Int, stamped: Bool, end: Int)? {
        var cursor = position, units = 0, stampedUnits = 0, end = position
        while cursor < nonBlank.count {
            var labels = 0, stamp = false
            while cursor < nonBlank.count, labels <= 3, isUnitLabel(lines[nonBlank[cursor]]) {
                stamp = stamp || lines[nonBlank[cursor]].dateLike
                labels += 1
                cursor += 1
            }
            guard labels >= 1, labels <= 3, cursor < nonBlank.count, isUnitProse(lines[nonBlank[cursor]]) else { break }
            units += 1
            if stamp { stampedUnits += 1 }
            cursor += 1
            end = cursor
        }
        guard units > 0, end == nonBlank.count || lines[nonBlank[end]].removed else { return nil }
        return (units, stampedUnits == units, end)
    }

    /// Whether the paragraphs of a block share at least a fifth of their content words with the
    /// kept lines of the story above: the story's own second half (subheadings over single
    /// paragraphs after an inline block) names its people and places again; a partner's pitch
    /// does not. A content word is a run of five or more letters, compared by its first five
    /// bytes (ASCII folded), which also matches the inflected forms of languages no lexicon covers.
    /// `anyLine` counts the words of every line of the block, not its paragraphs only (a pitch
    /// may close on its button and so not end like a sentence), and asks a third of them: a single
    /// line has some seven content words, and the city or the topic the site covers (`l'actualité
    /// montréalaise`) is already one or two of them.
    func cohesive(_ lines: [LineFeatures], nonBlank: [Int], story: Range<Int>, block: Range<Int>, bytes: UnsafeBufferPointer<UInt8>,
                  anyLine: Bool = false) -> Bool {
        func keys(_ line: LineFeatures, _ body: (UInt64) -> Void) {
            var key: UInt64 = 0, length = 0
            for index in line.trimmedStart...line.trimmedEnd {
                let byte = index < line.trimmedEnd ? bytes[index] | (bytes[index] < 0x80 ? 0x20 : 0) : 0x20
                if Self.isLetter(byte) {
                    if length < 5 { key = key << 8 | UInt64(byte) }
                    length += 1
                } else {
                    if length >= 5 { body(key) }
                    key = 0
                    length = 0
                }
            }
        }
        var vocabulary = Set<UInt64>()
        for position in story where !lines[nonBlank[position]].removed {
            keys(lines[nonBlank[position]]) { vocabulary.insert($0) }
        }
        var shared = 0, total = 0
        for position in block where anyLine || isUnitProse(lines[nonBlank[position]]) {
            keys(lines[nonBlank[position]]) { key in
                total += 1
                if vocabulary.contains(key) { shared += 1 }
            }
        }
        return shared * (anyLine ? 3 : 5) >= total
    }

    /// A line shaped like a teaser's headline: two to fourteen words opening with a letter, no
    /// sentence end, nothing that a list, a table or a sign-off opens or ends with.
    private func isTeaserHeadline(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !line.removed, !line.protected, !line.terminal, !line.dateLike, !line.byline, !line.tableRow,
              line.words >= 2, line.words <= 14, line.reporting == 0, line.trimmedEnd > line.trimmedStart else { return false }
        let first = bytes[line.trimmedStart]
        return Self.isLetter(first | 0x20) && !endsWithColon(line, bytes: bytes)
    }

    /// A line of the story's own list: the sentence that announces it, or an item under it.
    enum ListPart { case leadIn, item }

    /// A kept sentence announcing a list the story gives (`The letter asks for:`): prose, by its
    /// length and function words, that ends on a colon. A teaser's headline or a menu's heading
    /// is shorter and has few function words. A short lead the story resumes after counts too
    /// (``LineFeatures/listLead``), and so does a lead in a script that runs its words together
    /// (``LineFeatures/spacedByPhrase``: Khmer, Thai), whose words and function words go uncounted.
    /// On a page in a language the function-word list does not know (``LineFeatures/unlistedLanguage``)
    /// the lead is told by its shape, as its prose is (``LineFeatures/sentenceLike``): six words or more,
    /// under seven in ten of them capitalized. Its function words counted nothing there, so the story's
    /// closing list (a subheading, its lead and the items, after an ad inside the story) went as
    /// after-article chrome: measured on the released sets with their story lines rewritten in letters
    /// no list knows.
    func leadsIntoList(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !line.removed && (line.listLead || !line.protected
            && (line.words >= 6 && (line.unlistedLanguage ? line.capitalized * 10 < line.words * 7 : line.stopwords * 6 >= line.words)
                || line.spacedByPhrase && line.words <= 5)
            && line.urls == 0 && line.handles == 0 && endsWithColon(line, bytes: bytes))
    }

    /// Whether the line at `index` is an item of the story's list: kept short lines without a
    /// sentence's end (blank lines between them aside) lead up from it to a sentence that
    /// announces a list. At most `listItemsUp` items.
    func isUnderListLead(_ lines: [LineFeatures], _ index: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        listLeadAbove(lines, from: index, bytes: bytes) { !$0.removed && !$0.terminal && $0.words >= 1 && $0.words <= 12 }
    }

    /// Whether a sentence that leads into a list sits above `index` over items only: walking up
    /// from `index` (blank lines aside), one to ``listItemsUp`` lines that are `isItem`, the first
    /// of them the line at or next above `index`, then the lead.
    func listLeadAbove(_ lines: [LineFeatures], from index: Int, bytes: UnsafeBufferPointer<UInt8>,
                       isItem: (LineFeatures) -> Bool) -> Bool {
        var cursor = index
        var items = 0
        while cursor >= 0 && items <= Self.listItemsUp {
            let line = lines[cursor]
            if line.blank { cursor -= 1; continue }
            if items > 0 && leadsIntoList(line, bytes: bytes) { return true }
            guard isItem(line) else { return false }
            items += 1
            cursor -= 1
        }
        return false
    }

    /// The most items of a story's list that ``listLeadAbove(_:from:bytes:isItem:)`` walks up through.
    static let listItemsUp = 15

    /// Whether the line ends on a colon: `:`, or the colon of a script that has its own, the Khmer
    /// `៖` (U+17D6), the Ethiopic preface colon `፦` (U+1366) and the full-width `：` (U+FF1A) of
    /// Chinese and Japanese. Without them a Khmer list's lead (`… ចំនួនបួន៖`) was no lead, and its
    /// short items took the story's end with them. One byte test first: each of those ends on a
    /// byte of 0x80 or more, which `:` does not.
    func endsWithColon(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = line.trimmedEnd
        guard end > line.trimmedStart else { return false }
        let last = bytes[end - 1]
        if last == UInt8(ascii: ":") { return true }
        guard last >= 0x80, end - line.trimmedStart >= 3 else { return false }
        switch (bytes[end - 3], bytes[end - 2], last) {
        case (0xE1, 0x9F, 0x96), (0xE1, 0x8D, 0xA6), (0xEF, 0xBC, 0x9A): return true
        default: return false
        }
    }
}

extension BoilerplateClassifier {
    /// The last line of the body when the story ends on a list: past `last` (the last anchor), within
    /// ``listLeadReach`` lines, a sentence announcing a list (``leadsIntoList``, ten words or more, no
    /// lexicon signal, not addressing the reader) and the short items under it. The lead ends on a
    /// colon and its items are short, so none is an anchor, and the tail began above them: there an
    /// advertisement's label took the list's subheading as a related list, and the tail's rules took
    /// the lead and its items once chrome was seen. A pitch announcing its benefits (`Download our
    /// app to get:`) addresses the reader or the lexicon knows it; a tag row's label is short.
    /// In a language the function-word list does not know, whose words are often long (Kannada,
    /// Turkic, Finnic), six words will do: a lead there has no function words to pad it.
    func listAfterLastAnchor(_ lines: [LineFeatures], last: Int, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        func isLead(_ line: LineFeatures) -> Bool {
            (line.words >= 10 || line.unlistedLanguage) && line.lexiconScore == 0 && line.secondPerson == 0 && !line.imperativeOpening
                && leadsIntoList(line, bytes: bytes)
        }
        func isItem(_ line: LineFeatures) -> Bool {
            line.words >= 1 && line.words <= 12 && line.lexiconScore == 0 && line.urls == 0 && line.handles == 0
                && !line.copyrightSign && !endsWithColon(line, bytes: bytes)
        }
        var end = last
        var seen = 0
        var index = last + 1
        while index < lines.count && seen < Self.listLeadReach {
            guard !lines[index].blank else { index += 1; continue }
            seen += 1
            guard isLead(lines[index]) else { index += 1; continue }
            // Its items: at least two, up to the first that closes the list with a full stop after
            // items without one (`№26 — Southern highway.` under `№14 — Zhal;`).
            var items = 0
            var open = false
            var cursor = index + 1
            var lastItem = index
            while cursor < lines.count && items < Self.listItemsUp {
                let line = lines[cursor]
                if line.blank { cursor += 1; continue }
                guard isItem(line) else { break }
                items += 1
                lastItem = cursor
                if line.terminal && open { break }
                open = open || !line.terminal
                cursor += 1
            }
            guard items >= 2 else { index += 1; continue }
            end = lastItem
            seen = 0
            index = lastItem + 1
        }
        return end
    }

    /// How many non-blank lines past the last anchor a list's lead is looked for: a quotation, an
    /// advertisement's label and a subheading between the last paragraph and the lead.
    static let listLeadReach = 6
}

extension BoilerplateClassifier {
    /// The last line of the body when the story goes on past its last anchor in short lines: a
    /// sentence of six words or more, closed by a full stop, with a function word, nothing the
    /// lexicon knows and no address to the reader (`El próximo partido es el domingo en
    /// Calahorra.`), within ``storyGapReach`` non-blank lines of the body's end, and nothing between
    /// them that chrome would be known by (a lexicon entry, a link, a handle, a copyright sign, a
    /// comment count, a row of separators). The lines between (a result's line, a one-line quote, a minute's goal)
    /// are then the story's and fall in the body. Anchors need ten words: a match report, a results
    /// list or an interview closes on sentences shorter than that, and the tail's rules took them
    /// once a share button was seen below. A comment section, a teaser's block or a newsletter box
    /// opens on a line the lexicon knows, and stops the walk.
    func storyAfterLastAnchor(_ lines: [LineFeatures], last: Int) -> Int {
        func isSentence(_ line: LineFeatures) -> Bool {
            line.sentenceLike && line.fullStop && line.stopwords >= 1 && line.secondPerson == 0 && !line.imperativeOpening
                && !line.authorBio
        }
        var end = last
        var seen = 0
        var index = last + 1
        while index < lines.count && seen < Self.storyGapReach {
            let line = lines[index]
            index += 1
            if line.blank { continue }
            guard line.lexiconScore == 0 && line.urls == 0 && line.handles == 0 && !line.copyrightSign
                    && !line.commentCount && line.separators < 2 else { break }
            seen += 1
            // A Thai or Lao clause of fifty letters or more is a sentence with no mark of its end.
            if isSentence(line) || line.unpunctuatedClause {
                end = index - 1
                seen = 0
            }
        }
        return end
    }

    /// How many non-blank lines past the body's end a story's short sentence is looked for: a list
    /// of results or a short exchange of quotes between the last paragraph and it.
    static let storyGapReach = 10
}
