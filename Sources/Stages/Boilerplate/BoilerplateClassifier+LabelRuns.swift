/// Blocks of a widget's labels inside the story.
///
/// A sponsored block (`Conteúdo patrocinado`, three headlines, `por Taboola`), an embedded post
/// that left no handle (the account's name, `Verified`, `View profile`, the count of likes, the
/// post's text) and a player (`Ascolta l'articolo`, `00:00`, `Condividi`, the clip's title) come
/// out of the page as a run of short lines with no sentence among them, between two paragraphs of
/// the story. Each line alone reads as a label, and a label next to prose is a subheading or a
/// kicker, so no line rule takes it, and the article's span runs through it (it is inside the
/// story). What tells the run from the story's own short lines is its length: a story's
/// subheading is one line over its paragraph, a list of its own is announced by a line ending in
/// a colon (and its items close on a comma or a semicolon) or is a list of figures under a
/// heading, and a quotation alone is quoted; and a widget leaves a trace the rules see, a line
/// they removed right above the run or inside it (an ad marker, a sponsored block's heading) or a
/// count (of likes, a player's clock), where a story's list of words under a heading of its own
/// has none. Four or more such labels without a figure in a row, with such a trace
/// (removed chrome and lines with a figure among them do not break the run), after the story's
/// second paragraph and with a paragraph of prose right after them, go, but for the lines with a
/// figure that close the run (the time stamp of a live blog's post under it). The headline, a byline, a
/// date line, a table's row and a list's items stay. Above the second paragraph the run is left to
/// the line rules: a standfirst in prose, a tabloid's bullets, a byline in a language no lexicon
/// entry covers and a live blog's start and update times sit there (measured on the released
/// sets: from the first paragraph on, a live blog's byline and its times under its standfirst went).
extension BoilerplateClassifier {
    /// Removes runs of at least four kept labels inside the story.
    func labelRuns(_ lines: inout [LineFeatures], nonBlank: [Int], title: Int?, bytes: UnsafeBufferPointer<UInt8>) {
        // From the story's second paragraph below the headline: above it sit the story's own head
        // lines (a standfirst in prose, a tabloid's bullets, a byline no lexicon entry knows, a
        // live blog's start and update times).
        let title = title ?? 0
        guard let lead = nonBlank[title...].firstIndex(where: { lines[$0].anchor }),
              let second = nonBlank[(lead + 1)...].firstIndex(where: { lines[$0].anchor }) else { return }
        var position = second + 1
        while position < nonBlank.count {
            // The run: labels, figures and removed lines, from a kept label on.
            guard isRunLabel(lines[nonBlank[position]], bytes: bytes) == true else { position += 1; continue }
            // A trace of a widget: a line removed right above the run or inside it, or a count.
            var end = position, labels = 0, trace = lines[nonBlank[position - 1]].removed
            // Labels keyed by a colon (`Cebu City: all levels`), and whether a post's text
            // (a hashtag or a handle in it) is among the labels.
            var keyed = 0, postText = false, figures = false
            while end < nonBlank.count {
                let line = lines[nonBlank[end]]
                if let label = isRunLabel(line, bytes: bytes) {
                    labels += label ? 1 : 0
                    if label && Self.opensWithKey(line.trimmedText(in: bytes)) { keyed += 1 }
                    postText = postText || line.hashtags + line.handles > 0
                    trace = trace || !label
                    figures = figures || !label
                } else if line.removed {
                    trace = true
                } else {
                    break
                }
                end += 1
            }
            // The kept line above the run: not a list's announcement.
            var above = position - 1
            while above > 0 && lines[nonBlank[above]].removed { above -= 1 }
            // Three labels or more keyed by a colon, half the run or more, with no figure among
            // them, are the story's list of its own (`Cebu City: all levels`, `Mandaue City: up to
            // senior high`), whose heading need not end on a colon; a widget's keyed labels carry
            // its clock or count (a traffic box's `Updated 16.38` under its roads).
            if labels >= 4, trace, end < nonBlank.count, lines[nonBlank[end]].anchor,
               !endsWithColon(lines[nonBlank[above]], bytes: bytes), keyed < 3 || keyed * 2 < labels || figures {
                // A time or a date right above the prose is its stamp (a live blog's post).
                var last = end
                while isRunLabel(lines[nonBlank[last - 1]], bytes: bytes) == false { last -= 1 }
                // Under a post's text, the label over the story's next paragraph with no signal of
                // its own is the story's subheading, as under a post the handle's walk took
                // (`embedResidue`): the post's own labels sit over more of the post.
                if postText && last == end && last - 1 > position, !lines[nonBlank[last - 2]].terminal {
                    let label = lines[nonBlank[last - 1]]
                    if label.lexiconScore == 0 && label.handles + label.hashtags + label.urls == 0 { last -= 1 }
                }
                // The label right over the story's next paragraph that the paragraph repeats (four
                // letters of Chinese, `沿线设置12处驿站` over `沿线将设置12处驿站…`) is its
                // subheading: an ad's button or a widget's label says nothing of the story.
                if last == end && last - 1 > position && lines[nonBlank[last - 1]].lexiconScore == 0
                    && Self.echoes(lines[nonBlank[last - 1]].trimmedText(in: bytes), in: lines[nonBlank[end]].trimmedText(in: bytes)) {
                    last -= 1
                }
                for member in position..<last where !lines[nonBlank[member]].removed {
                    _ = remove(&lines, nonBlank[member], rule: .labelRun)
                }
            }
            position = max(end, position + 1)
        }
    }

    /// Whether a kept line can stand in a widget's run: `true` for a label (at most fourteen words,
    /// no sentence end but a loader's ellipsis, not a clause of Thai or Lao too long for a label, `Caricamento del video in corso...`, no speech or
    /// quotation, none of the story's own lines, nothing that opens or closes an item of a list),
    /// `false` for such a line with a figure in it (a count of likes, a player's clock), which
    /// does not count towards the run: a list of the story's own under a heading of its own
    /// (`Scoring summary`, `Key announcements`, the numbers to call) is a list of figures. `nil`
    /// for any other line, which ends the run.
    private func isRunLabel(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !line.removed, !line.storysOwn, line.reporting == 0, line.words >= 1, line.words <= 14,
              line.trimmedEnd > line.trimmedStart else { return nil }
        let raw = line.trimmedText(in: bytes)
        let last = raw[raw.count - 1], first = raw[0]
        if line.terminal && !(line.words <= 6 && Self.endsWithEllipsis(raw)) || line.unpunctuatedClause { return nil }
        // A list's announcement ends on a colon, in the scripts that have their own too (`៖`).
        if last == UInt8(ascii: ";") || last == UInt8(ascii: ",") || endsWithColon(line, bytes: bytes) { return nil }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || raw.starts(with: Self.bullet) { return nil }
        if Self.containsQuotationMark(raw) { return nil }
        return line.numericWords == 0
    }

    private static let bullet = Array("•".utf8)

    /// The bytes of a label the paragraph under it must repeat (``echoes(_:in:)``): four letters of
    /// Chinese or Japanese, two or three words of a spaced script.
    static let echoBytes = 12

    /// Whether some ``echoBytes`` of `label`, from the start of a letter, occur in `paragraph`
    /// (each window searched with the stage's one byte search, ``occurs(_:in:wholeWords:)``).
    static func echoes(_ label: UnsafeBufferPointer<UInt8>, in paragraph: UnsafeBufferPointer<UInt8>) -> Bool {
        guard label.count >= echoBytes, paragraph.count > label.count, let labelBase = label.baseAddress else { return false }
        for start in 0...(label.count - echoBytes) where label[start] & 0xC0 != 0x80 {
            if occurs(UnsafeBufferPointer(start: labelBase + start, count: echoBytes), in: paragraph) { return true }
        }
        return false
    }

    /// Whether the line opens on a key of one to three words and a colon, with words after it
    /// (`Talisay City: all levels`, `#WalangPasok: where classes are off`).
    static func opensWithKey(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var spaces = 0
        for index in 0..<min(raw.count, 48) {
            switch raw[index] {
            case 0x20: spaces += 1; if spaces > 2 { return false }
            case UInt8(ascii: ":"): return index > 0 && index + 2 < raw.count && raw[index + 1] == 0x20
            default: break
            }
        }
        return false
    }

    /// Whether the line closes on three dots or an ellipsis sign.
    private static func endsWithEllipsis(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        raw.count >= 3 && (raw[(raw.count - 3)...].allSatisfy { $0 == UInt8(ascii: ".") } || raw[(raw.count - 3)...].elementsEqual("…".utf8))
    }
}
