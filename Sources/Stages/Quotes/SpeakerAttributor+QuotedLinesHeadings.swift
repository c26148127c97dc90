// A heading that announces a list of someone's quoted lines (`Key lines:`, `Main points:`): the
// lines under it are the words of whom the text was just about, not of the heading's first
// capitalized word.

extension SpeakerAttributor {
    /// Plural nouns for extracts of someone's speech that head a list of them.
    static let quotedLinesNouns: Set<String> = [
        "lines", "quotes", "quotations", "remarks", "excerpts", "extracts", "highlights", "points", "takeaways", "soundbites",
    ]

    /// Whether the clause a colon closes heads a list of someone's quoted lines (`Energy Minister
    /// X spoke on national television a few minutes ago. Key lines:` before paragraphs that are
    /// quotations): a fragment of one to three words ending in a plural noun for extracts of
    /// speech, with no verb.
    func isQuotedLinesHeading(_ tokens: [QuoteToken], _ clause: Range<Int>) -> Bool {
        guard (1...3).contains(clause.count), let last = clause.last, tokens[last].isWord, Self.quotedLinesNouns.contains(tokens[last].lower) else { return false }
        return clause.allSatisfy { tokens[$0].isWord && !isCue(tokens, $0) && !tokens[$0].has(.auxiliary) && !tokens[$0].lower.endsWithBytes("ed") }
    }

    /// The speaker of the lines a heading that ``isQuotedLinesHeading(_:_:)`` lists: the subject
    /// of the sentence before it (in the heading's paragraph, else the last sentence of the one
    /// before) when that sentence quotes nothing itself, or nobody (never the heading's own
    /// capitalized word).
    func quotedLinesHeadingSpeaker(_ p: TokenizedParagraph, _ clause: Range<Int>, line: Int) -> SpeakerCandidate? {
        var para = p, l = line
        var before: Range<Int>
        if let previous = p.sentences.last(where: { $0.upperBound <= clause.lowerBound && !$0.isEmpty }) {
            before = previous
        } else {
            guard let previousLine = previousNonBlankLine(before: line) else { return nil }
            l = previousLine
            para = paragraph(previousLine)
            guard let previous = para.sentences.last(where: { !$0.isEmpty }) else { return nil }
            before = previous
        }
        guard !before.contains(where: { para.tokens[$0].quotationIndex != nil }),
              let subject = sentenceSubjects(para, before).first else { return nil }
        switch subject.kind {
        case .person, .organisation: return subject
        case .pronoun: return resolvePronounTeachingSex(subject, line: l, before: subject.start)
        case .title: return resolve(subject, line: l, before: subject.start)
        case .group where !subject.plural && subject.isDefinite:
            guard let resolved = resolve(subject, line: l, before: subject.start), resolved.kind == .person else { return nil }
            return resolved
        default: return nil
        }
    }
}
