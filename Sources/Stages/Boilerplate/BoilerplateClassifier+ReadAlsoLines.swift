/// A read-also line between the story's paragraphs, told by its shape under a label no lexicon
/// knows.
///
/// A site links another of its stories between two paragraphs under a short label closed by a
/// colon (`ALSO READ: …`, `KÀ PẸ̀LÚ: …`, `ተወሳኺ ኣንብብ: …`). The lexicon knows the label in the
/// languages it covers; in any other, the line is a run of words between two story sentences. Its
/// shape is the same in every language: a label of one or two words in capitals (or of a script
/// without case), of three letters or more, closed by a colon, then the other story's headline,
/// three to sixteen words with no sentence end, with a story sentence closing right above and
/// right below. A story's own line under a label in capitals is a sentence (`WARNING: The road
/// will close at night.`) or a question (`Q: When will the work end?`), closed like one; its
/// labelled facts (`WHEN: …`, `WHERE: …`) come in a run, not alone between two paragraphs.
extension BoilerplateClassifier {
    /// Removes a line of a label in capitals and a headline between two story sentences.
    func readAlsoLines(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        guard nonBlank.count >= 3 else { return }
        for position in 1..<(nonBlank.count - 1) {
            let line = lines[nonBlank[position]]
            // The cheap tests first: a kept line of a few words with no sentence end.
            guard !line.removed, !line.terminal, line.words >= 4, line.words <= 18, !line.storysOwn,
                  line.numericWords < line.words, line.urls == 0, line.handles == 0 else { continue }
            let above = lines[nonBlank[position - 1]], below = lines[nonBlank[position + 1]]
            guard !above.removed, above.terminal, above.words >= 6, !below.removed, below.terminal, below.words >= 6 else { continue }
            let raw = line.trimmedText(in: bytes)
            // The headline after the label: three words or more (two spaces past the colon's).
            guard let colon = Self.openingColon(raw, spaces: 1), raw[(colon + 2)...].count(where: { $0 == UInt8(ascii: " ") }) >= 2,
                  // In capitals or a caseless script, three letters or more: `Q:` and `A:` open an
                  // interview's question and answer.
                  (Self.lettersWithoutLowercase(UnsafeBufferPointer(rebasing: raw[0..<colon]))?.letters ?? 0) >= 3,
                  !Self.containsQuotationMark(raw) else { continue }
            _ = remove(&lines, nonBlank[position], rule: .readAlsoShape)
        }
    }
}
