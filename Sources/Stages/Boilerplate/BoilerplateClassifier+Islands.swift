/// Short labels stranded between two pieces of chrome.
///
/// An audio player's `Écouter l'article`, a share row's `Envoyer par mail`, an offer's
/// `Suscribite por $990 al mes`, a player's `Speed 1x`, a site's motto between its menus: the
/// page's controls and pitches, each on a line of its own, that no lexicon entry knows, between
/// lines the rules did remove (the player's label and a caption's credit, the paywall's button and
/// a menu). They were kept: a short line is not scored unless a signal speaks, and `neighbours`
/// asks a signal of the line's own besides a removed neighbour. What tells them from the story's
/// own short lines is the chrome on both sides: a subheading opens the prose under it, a sign-off
/// closes the prose above it, a kicker or a standfirst sits next to the headline, so one side of
/// each is story. A run of at most two such lines, each a label (no sentence end, no colon closing
/// it, eight words at most, no reported speech), with removed lines right before and right after,
/// goes. The headline, a byline, a date line and a table's row stay wherever they sit, and a run
/// that holds one of them stays whole. Measured on the released sets, in the head too (where an
/// earlier rule that took every kept line above the title cost recall): no story line was lost.
///
/// Below the headline, one line of any shape between chrome and a photo's credit alone (`Ellen
/// Marsh / Courier`) is the photo's caption: a story's paragraph there would have its photo's
/// caption between it and the credit. A photo's description (its alternative text) sits right
/// above a credit that names its source, or below a credit alone that has no caption above it;
/// measured on the released sets, a subheading below a captioned photo stays.
///
/// The last line of a run of kept lines that holds the story's lead and two lines more is the
/// story's, not a photo's description: with no chrome from the lead down, the line closes the
/// lead's paragraphs (`Crews on the northern route will be the first to get them.` over a captioned
/// credit). Such a run once began at the headline and never reached this rule; once the head's
/// chrome above the lead went (a counter under the date), the story's third paragraph was taken.
/// A description right under the lead, in a run of two, still goes.
extension BoilerplateClassifier {
    /// Removes runs of one or two kept labels with removed lines right before and after.
    /// `title`: the headline's position among `nonBlank`, found once per page.
    func chromeIslands(_ lines: inout [LineFeatures], nonBlank: [Int], title: Int?, bytes: UnsafeBufferPointer<UInt8>) {
        // A caption below the headline only: the headline too sits between chrome and a credit.
        let title = title ?? nonBlank.count
        // The story's lead, the first paragraph of prose below the headline (see the last branch).
        let lead = nonBlank[min(title + 1, nonBlank.count)...].firstIndex { lines[$0].anchor && !lines[$0].removed } ?? nonBlank.count
        var position = 1
        while position < nonBlank.count {
            guard !lines[nonBlank[position]].removed else { position += 1; continue }
            var end = position
            while end < nonBlank.count && !lines[nonBlank[end]].removed { end += 1 }
            // The run is maximal: the line before it is removed unless the run opens the page.
            if end < nonBlank.count && lines[nonBlank[position - 1]].removed && end - position <= 2
                && (position..<end).allSatisfy({ isIslandLabel(lines[nonBlank[$0]], bytes: bytes) })
                && !(end == position + 1 && isSubheadingOverBox(lines, nonBlank[position])) {
                for member in position..<end { _ = remove(&lines, nonBlank[member], rule: .chromeIsland) }
            } else if end == position + 1 && end < nonBlank.count && position > title && lines[nonBlank[position - 1]].removed
                        && isCredit(lines[nonBlank[end]], bytes: bytes) && isCaption(lines[nonBlank[position]], bytes: bytes) {
                _ = remove(&lines, nonBlank[position], rule: .caption)
            } else if position > title && isImageDescription(lines, nonBlank: nonBlank, at: position, runEnd: end, bytes: bytes) {
                _ = remove(&lines, nonBlank[position], rule: .caption)
            } else if position > title && end - 1 > position && !(position <= lead && lead < end - 2) && !closesParagraphs(lines, nonBlank: nonBlank, at: end - 1)
                        && !closesStatedList(lines, nonBlank: nonBlank, at: end - 1, bytes: bytes)
                        && isImageDescription(lines, nonBlank: nonBlank, at: end - 1, runEnd: end, bytes: bytes) {
                _ = remove(&lines, nonBlank[end - 1], rule: .caption)
            }
            position = end
        }
    }

    /// A photo's description (its alternative text, printed as a line): at most twelve words that
    /// are no reported speech and quote no one, right above a photo's credit (a caption closing on
    /// its credit, `… most at risk. (SPB News: Tom Riley)`, or a credit alone, `Фото: пресс-служба`),
    /// or right below a credit alone that has chrome above it and no sentence's end. A story's
    /// paragraph is longer, and the story's short lines (a subheading, a sign-off) open or close
    /// prose, not a photo.
    private func isImageDescription(_ lines: [LineFeatures], nonBlank: [Int], at position: Int, runEnd: Int,
                                    bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let line = lines[nonBlank[position]]
        guard line.words <= 12, isCaption(line, bytes: bytes) else { return false }
        if position + 1 == runEnd && runEnd < nonBlank.count && isNamedCredit(lines[nonBlank[runEnd]], bytes: bytes) { return true }
        // Below a credit alone, only when no caption is above it: a photo has one caption, and
        // under a captioned photo comes the story's next subheading.
        let credit = lines[nonBlank[position - 1]]
        guard position >= 2, !line.terminal, credit.words <= 8, isNamedCredit(credit, bytes: bytes) else { return false }
        let above = lines[nonBlank[position - 2]]
        return above.removed && above.removal != .rule(.caption) && !isPhotoCredit(above)
    }

    /// Whether the line at `position`, the last of a run of kept lines, is a statement closed by a
    /// full stop right under a paragraph of the story, over a credit alone (`Φωτογραφία:
    /// Eurokinissi`): the story's last sentence over its photo's credit. A photo's description
    /// under a paragraph sits over the photo's caption, which closes on its credit (`Smoke from the
    /// fire can be seen from the Blue Mountains. (Supplied: Jess Kowalski)`); a credit alone has no
    /// caption, and measured on the released sets no description stood over one under a paragraph.
    private func closesParagraphs(_ lines: [LineFeatures], nonBlank: [Int], at position: Int) -> Bool {
        let line = lines[nonBlank[position]]
        return line.statementShape && !lines[nonBlank[position - 1]].removed && lines[nonBlank[position - 1]].anchor
            && position + 1 < nonBlank.count && lines[nonBlank[position + 1]].removal != .score(.captionCredit)
    }

    /// Whether the line at `position` is the last item of a list of statements the story announces
    /// (`Each story went through three steps:` over `Elders told the story aloud.`, `A panel of parents
    /// checked the words.`, `Learners drew the illustrations.`): a statement closed by a full stop under
    /// one to ``listItemsUp`` kept statements of at most twenty words, the first right under a
    /// sentence that leads into a list. A photo's description sits under a paragraph, or under
    /// another photo's credit, not at the end of a list its lead announced.
    private func closesStatedList(_ lines: [LineFeatures], nonBlank: [Int], at position: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lines[nonBlank[position]].statementShape else { return false }
        return listLeadAbove(lines, from: nonBlank[position] - 1, bytes: bytes) { !$0.removed && $0.statementShape && $0.words <= 20 }
    }

    /// A photo's credit that names its source: a caption's closing credit, or a media line of
    /// eight words at most with a colon or a slash before the name (not `Media playback is not
    /// supported on your device`, which a story's line may sit above).
    private func isNamedCredit(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.removal != .score(.captionCredit) else { return true }
        guard line.words <= 8, isPhotoCredit(line) else { return false }
        return line.trimmedText(in: bytes).contains { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") }
    }

    /// A photo's credit alone, removed: six words at most, with a slash between photographer and
    /// agency (`Ellen Marsh / Courier`, `fot. Karolina Misztal / Pomorze24`). A colon alone does
    /// not make a credit: a player's `Watch: Striker leaves court after ban` has one.
    private func isCredit(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.words <= 6, isPhotoCredit(line) else { return false }
        return line.trimmedText(in: bytes).contains(UInt8(ascii: "/"))
    }

    /// A photo's caption: a line of at most 25 words that reports no speech and quotes no one.
    private func isCaption(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !line.storysOwn, line.reporting == 0,
              line.words >= 3, line.words <= 25 else { return false }
        let raw = line.trimmedText(in: bytes)
        return !Self.containsQuotationMark(raw)
    }

    /// A short line that is no sentence and none of the story's own labels (title, byline, date):
    /// one to eight words, no sentence end, no colon closing it (that announces the story's list).
    /// The shape of a page's control or label, shared by the islands and the embedded posts' residue.
    func isShortLabel(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !line.storysOwn && !line.terminal && !line.unpunctuatedClause && line.words >= 1 && line.words <= 8 && !endsWithColon(line, bytes: bytes)
    }

    /// A short label that reports no speech.
    private func isIslandLabel(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        line.reporting == 0 && isShortLabel(line, bytes: bytes)
    }
}
