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
extension BoilerplateClassifier {
    /// Removes the short kept lines with a photo's credit under them and furniture above them.
    func captionsAboveCredits(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        guard nonBlank.count >= 3 else { return }
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

    /// Whether `line` went as a photo's credit: closing its caption, after a slash, or opening with
    /// a credit's label (`Photo: …`, `Foto: …`) or its Polish abbreviation (`Fot. …`, `Zdj. …`).
    private func isCreditLine(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.removed else { return false }
        if line.removal == .score(.captionCredit) || line.slashCredit { return true }
        guard isPhotoCredit(line) else { return false }
        let text = line.trimmedText(in: bytes)
        return Self.openingCreditLabels.contains { label in
            text.count > label.count && zip(text, label).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
        }
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
