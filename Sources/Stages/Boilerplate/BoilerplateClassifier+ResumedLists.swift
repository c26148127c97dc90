/// A story's list of one-word items that the story resumes after (`The most common winter birds
/// in the capital region:` / `Crow` / `Great tit` / `Mallard` / … / `Next winter the count hopes for
/// younger volunteers.`).
///
/// A list's lead is a sentence ending on a colon (``leadsIntoList(_:bytes:)``), measured by its
/// words and function words: in a language that packs a sentence into few long words (Finnish,
/// Hungarian, Turkish, Estonian) the lead has three words and no function word, so it reads as a
/// label, and its items, as short as a menu's, went as a navigation run, and the span's end with
/// them. The page's shape tells the list apart from a menu: a menu's row is not announced by a
/// line ending on a colon and then followed by a paragraph of the story. A lead of three words or
/// more ending on a colon, with no chrome signal, then two to ``listItemsUp`` items of one to three words
/// that are kept or that the menu rule alone took (no lexicon entry knows them: a follow row's
/// `Facebook` is known), then a story's sentence: the lead and the items are kept, and the lead
/// counts as a list's lead for the span.
extension BoilerplateClassifier {
    /// Keeps the story's lists that the story resumes after (see the extension's comment).
    func resumedLists(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>, normalized: [UInt8]) {
        for position in nonBlank.indices where isShortListLead(lines[nonBlank[position]], bytes: bytes) {
            var cursor = position + 1
            while cursor < nonBlank.count && cursor - position <= Self.listItemsUp && isMenuTakenItem(lines[nonBlank[cursor]]) {
                cursor += 1
            }
            guard cursor - (position + 1) >= 2, cursor < nonBlank.count else { continue }
            let after = lines[nonBlank[cursor]]
            guard !after.removed, after.sentenceLike, isClosingSentence(after, normalized: normalized) else { continue }
            lines[nonBlank[position]].listLead = true
            for member in position..<cursor { lines[nonBlank[member]].removal = nil }
        }
    }

    /// A line of three words or more ending on a colon, with no chrome signal, kept or taken by the
    /// menu rule alone (`Legnépszerűbb fajták idén:`). No length is asked of it: the items under it
    /// and the story's sentence after them tell it from a menu's label.
    private func isShortListLead(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keptOrMenuTaken(line) && !line.protected && line.words >= 3 && line.lexiconScore == 0 && line.urls == 0 && line.handles == 0
            && line.secondPerson == 0 && !line.imperativeOpening && endsWithColon(line, bytes: bytes)
    }

    /// Whether the line is kept, or removed by the menu rule alone (no lexicon entry, block or span).
    private func keptOrMenuTaken(_ line: LineFeatures) -> Bool {
        !line.removed || line.removal == .rule(.navigationRun)
    }

    /// An item of one to three words, kept or removed by the menu rule alone (a list of four in the
    /// body is short of a menu's run, and stays until the span's end takes it).
    private func isMenuTakenItem(_ line: LineFeatures) -> Bool {
        keptOrMenuTaken(line) && line.lexiconScore == 0 && line.words <= 3 && !line.terminal && line.urls == 0
    }
}
