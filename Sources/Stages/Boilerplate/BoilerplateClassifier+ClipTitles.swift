/// A clip's title under its player's label.
///
/// An embedded video prints its label alone on a line (`Video`, `Vídeo`, `Видео`: the lexicon's
/// media class, the whole line) and the clip's title right under it (`So laut ist es an der
/// Aachener Straße`, `Veja como vai ficar a nova estação`). The label went by the lexicon; the
/// title is a short line of words no list holds, between the label and the story's next
/// paragraph, so no island. Under a label of one or two words, the next line goes when it is a
/// title's shape: two to fourteen words, no sentence's end, no colon closing it, no reported
/// speech, no quotation, no link, none of the story's own lines. A story's sentence under the
/// player ends on its full stop and stays.
extension BoilerplateClassifier {
    /// Removes the kept title right under a removed media label alone on its line.
    func clipTitles(_ lines: inout [LineFeatures], nonBlank: [Int], title: Int?, bytes: UnsafeBufferPointer<UInt8>) {
        guard let mediaCategory, let title else { return }
        for position in (title + 1)..<max(title + 1, nonBlank.count - 1) {
            let label = lines[nonBlank[position]]
            guard label.words <= 2, label.removal == .score(.lexicon(mediaCategory)) else { continue }
            let next = lines[nonBlank[position + 1]]
            // (A Thai or Lao clause of fifty letters or more is a sentence with no mark of its end.)
            guard !next.removed, (2...14).contains(next.words), !next.terminal, !next.unpunctuatedClause, !next.storysOwn, next.reporting == 0,
                  next.urls == 0, !endsWithColon(next, bytes: bytes),
                  !Self.containsQuotationMark(next.trimmedText(in: bytes)) else { continue }
            _ = remove(&lines, nonBlank[position + 1], rule: .clipTitle)
        }
    }
}
