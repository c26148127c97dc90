/// The words by which a site speaks as itself, and the story's sentences told from its appeals.
///
/// A site's own lines (a pitch under the story, the lines inside a donation's request) say `our`
/// or address the reader; a sentence of the story does neither. Shared by the closing pitch
/// (``closingPitchStart(_:nonBlank:story:end:cut:bytes:normalized:outlet:)``) and the appeal's
/// block, which must not take a story sentence lying between two appeals.
extension BoilerplateClassifier {
    /// Whether the line holds a word by which a site speaks of itself (`our`, `notre`, `onze`: the
    /// `first-person-plural` word list).
    func usesOwnWord(_ line: LineFeatures, normalized: [UInt8]) -> Bool {
        guard !line.normalizedRange.isEmpty else { return false }
        var wordStart = line.normalizedRange.lowerBound
        for index in line.normalizedRange.lowerBound...line.normalizedRange.upperBound
        where index == line.normalizedRange.upperBound || normalized[index] == 0x20 {
            if index > wordStart && lexicon.isOwnWord(WordHasher.hash(normalized[wordStart..<index])) { return true }
            wordStart = index + 1
        }
        return false
    }

    /// A sentence of the story, which no appeal's block takes for a line of its own: prose that
    /// reports (`…, the council said.`) with no signal of chrome, and that neither addresses the
    /// reader (a second person, a call opening it) nor speaks as the site (`our`), as the lines
    /// inside an appeal do. Reporting is asked for: an appeal's own sentences in the third person
    /// (`Reporters like Tomás are on the scene when it matters.`) went with it on released sets.
    func isStorySentence(_ line: LineFeatures, normalized: [UInt8]) -> Bool {
        line.sentenceLike && line.reporting > 0 && line.lexiconScore == 0 && line.secondPerson == 0 && !line.imperativeOpening
            && line.urls == 0 && !usesOwnWord(line, normalized: normalized)
    }

    /// The story's short last sentence (`Pėstiesiems tiltas liks atviras.`) right under its last
    /// paragraph: a statement closed by a full stop, three words or more, not in Title Case (a
    /// label's shape), with no signal of chrome of its own (no lexicon entry, link or handle, no
    /// second person or call opening it, not the site speaking as itself). Too short to anchor the
    /// body, it sits in the tail, where the tail's rules took it for chrome; no list tells a verb
    /// in every language, and the shape of a full sentence stands in for it.
    func isClosingSentence(_ line: LineFeatures, normalized: [UInt8]) -> Bool {
        line.statementShape && line.lexiconScore == 0 && line.urls == 0 && line.handles == 0 && line.secondPerson == 0
            && !line.imperativeOpening && !line.storysOwn && !usesOwnWord(line, normalized: normalized)
    }

    /// Whether the kept line before `position` (past at most one removed line: a photo's credit, an
    /// inline teaser or advertisement between the story's last lines) is a paragraph of the story.
    func followsStoryParagraph(_ lines: [LineFeatures], nonBlank: [Int], at position: Int) -> Bool {
        var cursor = position - 1
        if cursor >= 0 && lines[nonBlank[cursor]].removed { cursor -= 1 }
        return cursor >= 0 && !lines[nonBlank[cursor]].removed && lines[nonBlank[cursor]].anchor
    }
}
