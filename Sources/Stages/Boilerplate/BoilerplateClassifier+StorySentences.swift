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
}
