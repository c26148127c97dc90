/// A pitch under the story: the site addressing its reader once the story is told.
///
/// A newsletter's, a channel's, a video's or a donation's pitch under the story's last paragraph
/// (`Recevez notre infolettre Le Matin : l'essentiel de l'actualité montréalaise`, `Haber
/// Ekspres'i WhatsApp kanalından takip edin` over `Katıl`) is prose, so it extends the article's
/// segment by a line, and the form's button and the tags under it were then kept as the story's
/// close. What tells it from the story's own last line is who speaks: the site, of itself (its
/// name, or `our`, `notre`, `onze`), to the reader (a second person, a call opening the line, a
/// price, a short call closing it, or a button right under it), about something the story does
/// not name (it shares no fifth of its content words with the story, see `cohesive`). A story's
/// closing line that names the outlet reports, or is in the story's words; a helpline the story
/// gives does not speak of the site; an editor's note or a correction is protected.
extension BoilerplateClassifier {
    /// The most words of a pitch's heading: a label (`Infolettre`) or a box's slogan
    /// (`Kazetaritza independentea zure laguntzaz`, `independent journalism with your help`).
    static let pitchHeadingWords = 5

    /// Where the kept lines after the story should start going when a pitch block closes the
    /// article's segment or follows it: the pitch's position in `nonBlank` (or that of one short
    /// heading right above it, `Infolettre`, which may speak for the pitch: a heading naming the
    /// outlet makes the blurb under it the site's); `nil` when the story is not followed by one.
    ///
    /// From the segment's `end` back, the block's members are removed lines, short labels (a
    /// button, a count, a tag: up to eight words, no sentence end) and pitches; the first line that
    /// is none of these is the story's last. The block must open with a pitch (or its heading):
    /// a story's own list or subheading under its last paragraph opens with neither, and stays.
    /// The kept lines after the end up to `cut` (the first removed line) must be members too.
    func closingPitchStart(_ lines: [LineFeatures], nonBlank: [Int], story start: Int, end: Int, cut: Int,
                           bytes: UnsafeBufferPointer<UInt8>, normalized: [UInt8], outlet: OutletContext) -> Int? {
        func isLabel(_ line: LineFeatures) -> Bool {
            !line.storysOwn && line.words >= 1 && line.words <= 8 && !line.terminal
        }
        func isMember(_ position: Int) -> Bool {
            let line = lines[nonBlank[position]]
            return line.removed || isLabel(line) || isPitch(position)
        }
        func isPitch(_ position: Int) -> Bool {
            let line = lines[nonBlank[position]]
            guard !line.removed, !line.storysOwn, line.reporting == 0, line.words >= 4, line.words <= 45,
                  !line.normalizedRange.isEmpty else { return false }
            let raw = line.trimmedText(in: bytes)
            // In a quotation, `our` is the speaker's (`"Ours has been on its way out," she laughed`);
            // the outlet's name in quotation marks (`«Київський вісник»`) is still the site's.
            guard speaksOfItself(line, ours: !Self.containsQuotationMark(raw)) || underOwnHeading(position) else { return false }
            var call = line.secondPerson > 0 || line.imperativeOpening || line.currency || line.lexiconScore > 0
                || Self.closesOnShortCall(raw, wordsAfter: 5)
            if !call, position + 1 < nonBlank.count {
                let next = lines[nonBlank[position + 1]]
                call = !next.storysOwn && next.words >= 1 && next.words <= 4 && !next.terminal
            }
            return call && !cohesive(lines, nonBlank: nonBlank, story: start..<position, block: position..<position + 1,
                                     bytes: bytes, anyLine: true)
        }
        func speaksOfItself(_ line: LineFeatures, ours: Bool) -> Bool {
            namesOutlet(line, normalized: normalized, outlet: outlet) || ours && usesOwnWord(line, normalized: normalized)
        }
        // A donation box's blurb need not name the site when its heading does (`Support …` over
        // `Independent local journalism costs money. …`): the heading is a label naming the outlet.
        func underOwnHeading(_ position: Int) -> Bool {
            guard position - 1 > start else { return false }
            let heading = lines[nonBlank[position - 1]]
            return isLabel(heading) && heading.words <= Self.pitchHeadingWords && namesOutlet(heading, normalized: normalized, outlet: outlet)
        }
        var position = end
        while position > start && isMember(position) { position -= 1 }
        // The story's last line, then the block: removed lines, and a pitch (or its heading) first.
        var open = position + 1
        while open <= end && lines[nonBlank[open]].removed { open += 1 }
        guard open < cut else { return nil }
        let heading = isLabel(lines[nonBlank[open]]) && lines[nonBlank[open]].words <= Self.pitchHeadingWords && open + 1 < cut
        guard isPitch(open) || heading && isPitch(open + 1) else { return nil }
        for member in (end + 1)..<cut where !isMember(member) { return nil }
        return open
    }
}
