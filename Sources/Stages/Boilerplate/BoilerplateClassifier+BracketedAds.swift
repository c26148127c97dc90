/// An ad printed between two copies of its label, told by the repetition alone.
///
/// A site frames an ad slot with its label above and below (`DOKA` / the ad / `DOKA`, `LÝSING` /
/// … / `LÝSING`), so that the reader sees where the ad ends. The lexicon knows the label in the
/// languages it covers, and the ad under it goes by its seller's marks; in any other language the
/// label reads as a subheading and the ad as a short paragraph. The frame is the same in every
/// language: the same short line (one to three words, in capitals or a script without case, no
/// figure, no sentence end) printed twice with one or two lines between. A story never prints a
/// subheading twice around a paragraph; its labelled facts (`WHEN: …`) differ from line to line.
/// The lines between go with the frame unless they quote someone or report speech: the story's.
extension BoilerplateClassifier {
    /// Removes two copies of a label in capitals and the one or two lines between them.
    func bracketedAds(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        guard nonBlank.count >= 3 else { return }
        for position in 0..<(nonBlank.count - 2) {
            let label = lines[nonBlank[position]]
            // The cheap tests first: a line of one to three words with no figure and no sentence end.
            guard label.words >= 1, label.words <= 3, label.numericWords == 0, !label.terminal, !label.storysOwn,
                  label.urls == 0, label.handles == 0 else { continue }
            let text = label.trimmedText(in: bytes)
            // The copy one or two lines further down.
            guard let closing = (position + 2...min(position + 3, nonBlank.count - 1)).first(where: { other in
                let line = lines[nonBlank[other]]
                return line.words == label.words && line.trimmedText(in: bytes).elementsEqual(text)
            }) else { continue }
            guard label.uncased || Self.inCapitals(text) else { continue }
            let inside = (position + 1)..<closing
            guard inside.allSatisfy({ member in
                let line = lines[nonBlank[member]]
                return !line.storysOwn && line.reporting == 0 && line.words <= 30
                    && !Self.containsQuotationMark(line.trimmedText(in: bytes))
            }) else { continue }
            for member in position...closing { _ = remove(&lines, nonBlank[member], rule: .bracketedAd) }
        }
    }
}
