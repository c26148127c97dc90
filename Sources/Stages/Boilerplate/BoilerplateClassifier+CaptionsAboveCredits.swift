/// A photo's caption between the page's furniture and the photo's credit.
///
/// A page sets a photo with its caption and then its credit (`Foto: Mikael Berg`, `Kayla Brennan /
/// WTRP`), where the template puts it: under the share buttons, a player's time, the date line.
/// Once the page is text, the caption reads as a short sentence of the story; what gives it away is
/// its place. The credit under it went, and above it is a short line that went (`Email`, `Lyssna`,
/// `3m 48s`) or the article's date line or byline: the story's own paragraphs do not sit between
/// two such lines once the lead is read (the lead itself can: a short lead under the share row,
/// over the photo that follows it), and the headline is kept as the title. A short story line
/// between two photos, under another caption (a long line that went), stays. A credit line that
/// carries its own caption (`Smog over the harbour, 11 March. Photo: VPA / Mikael Berg`) closes
/// that caption, not the line above it: a sentence there is the story's, and only a label (a
/// reading time, `Čtení na 4 minuty`) still goes.
///
/// The credit is told by its own text, whatever rule removed it: a credit's label opening the
/// line, after a copyright sign too (`© Photo : Nizar Ben Ali / Le Courrier`, taken as the
/// copyright line), or after the label's other language (`Assiliisoq / Foto: …`). The photo at
/// the top of the story sits above the lead, under the byline and the date line and the controls
/// under them (a reading time, a share row): a caption there has above it the date line or
/// byline with only chrome or short labels between, and the standfirst, right under the headline
/// and over the byline, is never taken; the lead under the photo is longer than its caption (a
/// short lead right under the date line, over its photo's credit, has a paragraph as short under
/// the credit). There, where the story has not begun, a credit's label the
/// lists do not know is read by its shape: one word and a colon over a short name in capitals or a
/// caseless script, a slash allowed (`Hoto: Bashir Ado / Tauraruwar Arewa`, `Sary: …`); the
/// caption and such a credit, kept, go together, or the credit closes the caption's own line after
/// its full stop.
extension BoilerplateClassifier {
    /// Removes the short kept lines with a photo's credit under them and furniture above them.
    func captionsAboveCredits(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        guard nonBlank.count >= 3 else { return }
        topPhotoCaptions(&lines, nonBlank: nonBlank, bytes: bytes)
        // Whether a kept paragraph of prose came before: the lead itself is never a caption.
        var afterLead = lines[nonBlank[0]].anchor && !lines[nonBlank[0]].removed
        for position in 1..<(nonBlank.count - 1) {
            let index = nonBlank[position]
            defer { afterLead = afterLead || (lines[index].anchor && !lines[index].removed) }
            guard afterLead, !lines[index].removed, (3...20).contains(lines[index].words), !lines[index].storysOwn,
                  isCreditLine(lines[nonBlank[position + 1]], bytes: bytes) else { continue }
            // Over a credit with its own caption, a sentence is the story's; a label is still chrome.
            guard !(lines[index].terminal && carriesCaption(lines[nonBlank[position + 1]], bytes: bytes)) else { continue }
            let above = lines[nonBlank[position - 1]]
            guard above.removed ? above.words <= 3 : (above.dateLike || above.byline) else { continue }
            _ = remove(&lines, index, rule: .captionAboveCredit)
        }
    }

    /// The most words of a caption over the lead: a caption names who and where in a clause; the
    /// lead, which may sit right over a photo's credit too, runs longer (measured on the released
    /// sets: captions there of up to thirteen words, leads over a credit of eighteen and more).
    static let topCaptionWords = 16

    /// Removes the caption of the photo at the top of the story, and its credit when kept: under
    /// the byline or date line that follows the headline, until the first kept paragraph of prose
    /// that is no caption (a caption of ten words closed by a full stop reads as prose: it is the
    /// lead only when no credit is next to it). The headline is the first kept line of four words
    /// or more that is no byline or date: the zones' title may be the caption itself, the last
    /// line of some length above the first paragraph. A stamp after two paragraphs of prose (a
    /// standfirst may be one) is inside the story, where this rule does not look.
    private func topPhotoCaptions(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        var (headline, stamped, paragraphs) = (false, false, 0)
        for position in 0..<(nonBlank.count - 1) {
            let line = lines[nonBlank[position]]
            if line.removed { continue }
            if line.byline || line.dateLike {
                stamped = headline
            } else if !stamped || !topPhotoCaption(&lines, nonBlank: nonBlank, at: position, bytes: bytes) {
                if line.anchor {
                    paragraphs += 1
                    if stamped || paragraphs >= 2 { return }
                }
                headline = headline || line.words >= 4
            }
        }
    }

    /// Removes the photo's caption at `position`, above the lead, with its credit when the credit
    /// was kept; leaves the line when a sentence stands between it and the byline or date line.
    private func topPhotoCaption(_ lines: inout [LineFeatures], nonBlank: [Int], at position: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let index = nonBlank[position]
        guard !lines[index].removed, !lines[index].protected, !lines[index].byline, !lines[index].dateLike, !lines[index].tableRow,
              lines[index].reporting == 0 else { return false }
        // Only chrome or short labels (a reading time kept) between the date line and the caption.
        var above = position - 1
        while !lines[nonBlank[above]].storysOwn {
            let line = lines[nonBlank[above]]
            guard line.removed || (line.words <= 5 && !line.terminal) else { return false }
            above -= 1
        }
        let text = lines[index].trimmedText(in: bytes)
        if Self.closesOnUnlistedCredit(text) { return removeCaption(&lines, index) }
        guard (3...Self.topCaptionWords).contains(lines[index].words), !Self.containsQuotationMark(text), position + 1 < nonBlank.count else { return false }
        let next = lines[nonBlank[position + 1]]
        // A credit alone under the caption: one with a caption of its own (`… celebrates his winner
        // (Image: Getty)`) is the photo's whole caption, and the line over it is the lead.
        if next.removed ? isBareCredit(next, bytes: bytes) : !next.storysOwn && Self.isUnlistedCredit(next.trimmedText(in: bytes)),
           leadBelow(lines, nonBlank: nonBlank, from: position + 2, longerThan: lines[index].words) {
            _ = remove(&lines, nonBlank[position + 1], rule: .captionAboveCredit)
            return removeCaption(&lines, index)
        }
        return false
    }

    /// Whether the first kept line from `position` on is a sentence longer than a caption of
    /// `words` words: the lead under the photo. A short paragraph right under the date line
    /// over a credit, with another as short under the credit, is the lead itself, its photo after it.
    private func leadBelow(_ lines: [LineFeatures], nonBlank: [Int], from position: Int, longerThan words: Int) -> Bool {
        guard let below = nonBlank[min(position, nonBlank.count)...].first(where: { !lines[$0].removed }) else { return false }
        return lines[below].terminal && !lines[below].storysOwn && lines[below].words > words
    }

    /// Removes the caption at `index`, which the zones may have taken for the title: the nearest
    /// line of four words or more above the first paragraph. The headline is above the byline.
    private func removeCaption(_ lines: inout [LineFeatures], _ index: Int) -> Bool {
        lines[index].title = false
        return remove(&lines, index, rule: .captionAboveCredit)
    }

    /// Whether `line` went as a photo's credit: closing its caption, after a slash, or opening with
    /// a credit's label (`Photo: …`, `Foto: …`) or its Polish abbreviation (`Fot. …`, `Zdj. …`),
    /// after a copyright sign or the label's other language too, whatever rule removed it.
    private func isCreditLine(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.removed else { return false }
        if line.removal == .score(.captionCredit) || line.slashCredit { return true }
        return Self.opensWithCreditLabel(line.trimmedText(in: bytes))
    }

    /// Whether `line` went as a photo's credit alone: opening with a credit's label, known or of
    /// an unlisted credit's shape, or a short credit after a slash or in parentheses that holds no
    /// sentence of its own.
    private func isBareCredit(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = line.trimmedText(in: bytes)
        if Self.opensWithCreditLabel(text) || Self.isUnlistedCredit(text) { return true }
        return (line.removal == .score(.captionCredit) || line.slashCredit) && line.words <= 8 && !carriesCaption(line, bytes: bytes)
    }

    /// Whether `text` opens with one of ``openingCreditLabels`` (ASCII capitals folded), after a
    /// copyright sign (`© Photo : …`) or after one or two words and a spaced slash, the label's other
    /// language (`Assiliisoq / Foto: …`).
    static func opensWithCreditLabel(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = afterCopyrightSign(text)
        if !opensWithCreditLabel(text, at: start), let slash = (start..<min(text.count - 1, start + 40)).first(where: { text[$0] == UInt8(ascii: "/") }),
           slash >= 2, text[slash - 1] == 0x20, text[slash + 1] == 0x20,
           text[start..<slash].count(where: { $0 == 0x20 }) <= 2 {
            start = slash + 2
        }
        return opensWithCreditLabel(text, at: start)
    }

    private static func opensWithCreditLabel(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        openingCreditLabels.contains { label in
            text.count - start > label.count
                && zip(text[start...], label).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
        }
    }

    /// Where `text` starts after a copyright sign (`©`, C2 A9) and the spaces after it.
    private static func afterCopyrightSign(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        guard text.count > 2, text[0] == 0xC2, text[1] == 0xA9 else { return 0 }
        var start = 2
        while start < text.count && text[start] == 0x20 { start += 1 }
        return start
    }

    /// Whether `text` has a photo credit's shape with a label no list knows (`Hoto: Bashir Ado /
    /// Tauraruwar Arewa`, `Sary: Tsiry Vaovao`, a caseless script's label and name): one word of
    /// letters closed by a colon, then one to six words each opening with a capital or a letter
    /// past ASCII, a spaced slash allowed between them, no figure and no sentence's mark but an
    /// initial's full stop at the end (`Fenohasina R.`).
    static func isUnlistedCredit(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 5, text.count <= 120, let colon = text.firstIndex(of: UInt8(ascii: ":")), colon >= 2,
              text[..<colon].allSatisfy({ isLetter($0 | 0x20) }) else { return false }
        var names = 0
        for token in text[(colon + 1)...].split(separator: 0x20) {
            if token.count == 1 && token.first == UInt8(ascii: "/") { continue }
            guard let first = token.first, isUpperASCII(first) || first >= 0xC0 else { return false }
            // An initial closes the credit: `R.`.
            let initial = token.count == 2 && token.last == UInt8(ascii: ".") && token.endIndex == text.endIndex
            guard initial || token.allSatisfy({ isLetter($0 | 0x20) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") }) else { return false }
            names += 1
        }
        return (1...6).contains(names)
    }

    /// Whether `text` is a caption closed by a credit with a label no list knows after its full
    /// stop (`Children read at the library's opening. Label: Name Name`): a sentence of twenty bytes
    /// or more (a run-together script's spaces are few), a full stop and a space, then
    /// ``isUnlistedCredit(_:)``.
    static func closesOnUnlistedCredit(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 30, let stop = text.indices.dropLast().last(where: { text[$0] == UInt8(ascii: ".") && text[$0 + 1] == 0x20 }),
              stop >= 20 else { return false }
        return isUnlistedCredit(UnsafeBufferPointer(rebasing: text[(stop + 2)...]))
    }

    /// The labels that open a credit's line: ``creditLabels`` that end on a colon, and a credit's
    /// label cut short with a full stop, as Polish pages print it (`Fot. Karolina Misztal`, `Zdj.
    /// PAP`: the lexicon takes the credit, and the caption over it is known by it). Joined once,
    /// not filtered at every line.
    private static let openingCreditLabels: [[UInt8]] = creditLabels.filter { $0.last == UInt8(ascii: ":") }
        + ["fot. ", "zdj. "].map { Array($0.utf8) }

    /// Whether `line` holds a sentence of its own before its credit: a word of two or more letters
    /// closed by a full stop and a space, in a line longer than a bare credit (an initial, `J. Smith`,
    /// is no sentence).
    private func carriesCaption(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.words > 6 else { return false }
        let text = line.trimmedText(in: bytes)
        var index = text.startIndex + 2
        while index < text.endIndex - 1 {
            if text[index] == UInt8(ascii: "."), text[index + 1] == 0x20,
               Self.isAlnum(text[index - 1]), Self.isAlnum(text[index - 2]) { return true }
            index += 1
        }
        return false
    }
}
