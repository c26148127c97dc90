/// A media player's controls and a gallery's, left around the clock or the counter that went.
///
/// A video embedded in the story prints as a block of short lines: its title, the clock
/// (`0:00 / 2:14`), its settings, the next clip (`Up next: Huber Heights man charged…`), the
/// countdown to it and its button (`Următorul video în 5`, `Anulează`); a gallery prints its
/// counter (`1 / 12`) between its caption and its buttons (`Foto 1/12`, `Nächstes Foto`). The
/// clock and the counter go by their figures, and some controls by the lexicon, but the rest are
/// words no list holds, in any language, and two or three of them together are no island between
/// two removed lines. What tells them from the story is where they sit: right after the clock,
/// before the next paragraph, or right over it, under chrome or the story's byline or date line.
/// The story's own short lines there have a shape of their own: a subheading is one line over its
/// paragraph, and under a paragraph, not under a byline or chrome, when a video follows it. So,
/// after the clock, a run of such lines goes when chrome closes it (at most three), or when it is
/// two to four lines over the next paragraph, or one line holding the gallery's count (`Foto
/// 1/12`); over the clock, one or two such lines go when chrome or the byline or date line is
/// right over them. Each line is a label: twelve words at most, no sentence, no colon closing it,
/// no reported speech, no quotation, none of the story's own lines. Below the headline only.
///
/// The byline and the date line right under the headline anchor a run the same way: a share
/// row's or a follow button's words no lexicon holds sit between them and the lead. Controls the
/// lexicon removed right before a run count in it when a photo's caption follows the run: an entry
/// for one button must not leave the rest of its row, one label over the caption, looking like
/// the story's. Over the lead one line stays (a greeting, a list's heading under `Share`).
extension BoilerplateClassifier {
    /// Removes the kept controls of a player or a gallery around its removed clock or counter.
    func playerControls(_ lines: inout [LineFeatures], nonBlank: [Int], title: Int?, bytes: UnsafeBufferPointer<UInt8>) {
        guard let title else { return }
        for position in (title + 1)..<max(title + 1, nonBlank.count)
        where lines[nonBlank[position]].mediaCounter && lines[nonBlank[position]].removed {
            // Over the clock: the player's title or its `Listen to the article`.
            var start = position
            while start - 1 > title && position - start < 2 && !lines[nonBlank[start - 1]].removed
                    && isPlayerLabel(lines[nonBlank[start - 1]], bytes: bytes) { start -= 1 }
            if start < position {
                let over = lines[nonBlank[start - 1]]
                if over.removed || over.byline || over.dateLike {
                    for member in start..<position { _ = remove(&lines, nonBlank[member], rule: .playerControl) }
                }
            }
            takeControls(&lines, nonBlank: nonBlank, after: position, rule: .playerControl, figures: true, bytes: bytes)
        }
        // Under the byline and the date line, before the lead: the share row's and the follow
        // button's leftovers (`Distribuie`, `Trimite pe WhatsApp`, `Text size`), on the same terms,
        // but with no figure: an update stamp (`Updated: 1 hour ago`, `Aggiornato alle 09:47`) is the
        // story's. A date line is short: a summary's point may name a month (`Export quota of
        // 400,000 tonnes a month until June`), and the points under it are the story's.
        // Within seven lines of the headline: a standfirst of two lines, the byline, an author box's name and
        // follow button may come before the date line (`Publicerad 12 maj 2026 kl. 05.30`); but the block of
        // the byline and the date is short lines, and a paragraph ends it (a fact box's `When: 6 January`
        // under the lead is the story's).
        func isHeadLine(_ line: LineFeatures) -> Bool { line.byline || (line.dateLike && line.words <= 8) }
        var head: Int?
        if let first = ((title + 1)..<min(title + 8, nonBlank.count)).first(where: { isHeadLine(lines[nonBlank[$0]]) }) {
            head = first
            var cursor = first + 1
            while cursor < min(title + 8, nonBlank.count) && lines[nonBlank[cursor]].words <= Self.headBlockWords {
                if isHeadLine(lines[nonBlank[cursor]]) { head = cursor }
                cursor += 1
            }
        }
        if let head { takeControls(&lines, nonBlank: nonBlank, after: head, rule: .headControl, figures: false, bytes: bytes) }
    }

    /// The most words of a line inside the block of the byline and the date line (a date line's
    /// eight, an author box's name and role).
    static let headBlockWords = 8

    /// After `position`, runs of labels between removed lines, up to the next paragraph: a run
    /// closed by chrome (at most three), two to four lines over the paragraph, or one holding a
    /// gallery's count. Without `figures`, a line with a figure is no label.
    private func takeControls(_ lines: inout [LineFeatures], nonBlank: [Int], after position: Int, rule: LineFeatures.Rule,
                              figures: Bool, bytes: UnsafeBufferPointer<UInt8>) {
        // Without figures, no digit either: a time of day printed with a letter (`Publié aujourd'hui à
        // 05h30`, `i dag kl. 9.15`) is no figure word, but it dates the story.
        func isLabel(_ line: LineFeatures) -> Bool {
            (figures || (line.numericWords == 0 && !line.trimmedText(in: bytes).contains(where: Self.isDigit))) && isPlayerLabel(line, bytes: bytes)
        }
        var cursor = position + 1
        while cursor < nonBlank.count && cursor - position <= 8 {
            if lines[nonBlank[cursor]].removed { cursor += 1; continue }
            var end = cursor
            while end < nonBlank.count && end - cursor < 4 && !lines[nonBlank[end]].removed
                    && isLabel(lines[nonBlank[end]]) { end += 1 }
            // The row's other controls the lexicon knew (`Dela` over `Lyssna`) went already: right
            // before the run, they count towards it, as when no entry knew them, when a photo's
            // caption closes the run (a credit under the line after it). Over the lead or a list
            // (`Good morning, Ridgeline.`, `Key points` under `Share`), one line is the story's.
            var known = 0
            if !figures && end + 1 < nonBlank.count && isPhotoCredit(lines[nonBlank[end + 1]]) {
                while cursor - known - 1 > position && lines[nonBlank[cursor - known - 1]].removed
                        && isLabel(lines[nonBlank[cursor - known - 1]]) { known += 1 }
            }
            let run = end - cursor
            let closedByChrome = end == nonBlank.count || lines[nonBlank[end]].removed
            // Four labels and a fifth: a list, not a player.
            let overflows = !closedByChrome && isLabel(lines[nonBlank[end]])
            guard run > 0, !overflows else { return }
            let takes = closedByChrome
                ? run <= 3
                : run + known >= 2 || holdsCount(lines[nonBlank[cursor]], bytes: bytes)
            guard takes else { return }
            for member in cursor..<end { _ = remove(&lines, nonBlank[member], rule: rule) }
            guard closedByChrome else { return }
            cursor = end
        }
    }

    /// A control's or a clip's label: twelve words at most, no sentence, no colon closing it, no
    /// reported speech, no quotation and none of the story's own lines.
    private func isPlayerLabel(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Eight words or more closed by a full stop are a sentence, in a language whose function
        // words no list holds too (`Бирок Мамытовдун айтымында, мындай жабдуу … турат.`).
        guard !line.storysOwn, !line.sentenceLike, line.reporting == 0, line.urls == 0,
              line.words >= 1, line.words <= 12, !(line.fullStop && line.words >= 8),
              !endsWithColon(line, bytes: bytes) else { return false }
        return !Self.containsQuotationMark(line.trimmedText(in: bytes))
    }

    /// A gallery's count on a short line: three words at most, one a position over a total
    /// (`Foto 1/12`, `3 / 9`).
    private func holdsCount(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.words <= 3, line.numericWords > 0 else { return false }
        let raw = line.trimmedText(in: bytes)
        return raw.indices.contains { index in
            raw[index] == UInt8(ascii: "/") && index > raw.startIndex && index + 1 < raw.endIndex
                && (Self.isDigit(raw[index - 1]) || (raw[index - 1] == 0x20 && index - 1 > raw.startIndex && Self.isDigit(raw[index - 2])))
                && (Self.isDigit(raw[index + 1]) || (raw[index + 1] == 0x20 && index + 2 < raw.endIndex && Self.isDigit(raw[index + 2])))
        }
    }

    /// Whether `lowered`, all figures, is a gallery's counter (`1 / 12`: a position over a total,
    /// the position no greater) or a player's clock at rest (`00:00`, `0:00`).
    static func isMediaCounter(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        if isRunningTime(lowered) { return lowered.allSatisfy { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: ":") } }
        let sides = lowered.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { side in
            side.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed()
        }
        guard sides.count == 2, sides.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(isDigit) }) else { return false }
        let numbers = sides.map { $0.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        return numbers[0] >= 1 && numbers[0] <= numbers[1]
    }
}
