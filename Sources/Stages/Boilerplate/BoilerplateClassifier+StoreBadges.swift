/// An app's download box inside the story: its title, a line of what the app does, and the
/// stores' badges under them.
///
/// The badges (`Google Play`, `App Store`) go by the lexicon, the same words in every language;
/// the box's own lines are the app maker's, in the page's language, and no list knows them (`Get
/// the new EcoCash app`, `ดาวน์โหลดแอป เป๋าตังค์ วันนี้`, `Send money, pay bills and buy airtime in one
/// place.`). The box is found by its shape: a run of at most three short lines right above the
/// badges, with an ad's label (or any removed line) above the run, or else opening on a title
/// that ends on no sentence's end. A story's paragraph above a box ends on its full stop and is
/// longer than the box's lines; a quotation or a reported speech is the story's and ends the
/// run.
extension BoilerplateClassifier {
    /// Removes the short lines of an app's box right above its store badges.
    func storeBadgeBoxes(_ lines: inout [LineFeatures], nonBlank: [Int], title: Int?, bytes: UnsafeBufferPointer<UInt8>) {
        guard let appCategory, let title else { return }
        var position = title + 2
        while position < nonBlank.count {
            defer { position += 1 }
            // Cheap gate: a removed badge of one or two words by the lexicon's app class.
            let badge = lines[nonBlank[position]]
            guard badge.words <= 2, badge.removed, badge.lexiconCategory == appCategory, badge.lexiconScore >= 0.5,
                  !lines[nonBlank[position - 1]].removed else { continue }
            var top = position
            while top > title + 1 && position - top < 3 {
                let line = lines[nonBlank[top - 1]]
                guard !line.removed, !line.storysOwn, line.words <= 16, line.reporting == 0,
                      !Self.containsQuotationMark(line.trimmedText(in: bytes)) else { break }
                top -= 1
            }
            guard top < position else { continue }
            let labelled = lines[nonBlank[top - 1]].removed
            guard labelled || !lines[nonBlank[top]].terminal else { continue }
            for member in top..<position { _ = remove(&lines, nonBlank[member], rule: .storeBadgeBox) }
        }
    }
}
