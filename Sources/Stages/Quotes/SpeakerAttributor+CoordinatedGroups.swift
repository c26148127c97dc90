// Groups joined by `and` (`junior doctors and supporters marched`, `traders, commercial
// motorcyclists and students chanted`): the gold sets give the whole coordinated subject, while
// the subject readers stop at the first plural noun. And a group found through its possessive
// (`the home fans' chants of "…"`) is the group without the possessive mark.

extension SpeakerAttributor {
    /// `group` run on over the plural nouns joined to it by commas and a final `and`, when that
    /// list ends right before the clause's verb (a past form, an auxiliary or a cue):
    /// `Several thousand junior doctors and supporters marched`, `Hundreds of traders,
    /// commercial motorcyclists and students marched`. Nil when no `and` list follows, or when
    /// the `and` joins verbs (`Teachers marched … and shouted`) or another clause.
    ///
    /// The token after the group is asked first: almost every group is followed by a verb,
    /// not by `and` or a comma.
    func withCoordinatedGroup(_ group: SpeakerCandidate) -> SpeakerCandidate? {
        guard group.kind == .group, group.end > group.start else { return nil }
        let p = paragraph(line(containing: group.end - 1))
        let tokens = p.tokens
        guard let low = tokenIndex(endingAt: group.end, in: tokens), low + 2 < tokens.count,
              tokens[low + 1].lowerIs("and") || tokens[low + 1].isPunctuation(","),
              isPluralHead(tokens[low]), !tokens[low].isPossessive else { return nil }
        var j = low + 1
        var last = low
        var joined = false
        // Each conjunct: a comma or `and`, then up to four lower-case words ending in a plural noun.
        while j < tokens.count, !joined {
            joined = tokens[j].lowerIs("and")
            guard joined || tokens[j].isPunctuation(",") else { return nil }
            var k = j + 1
            if k < tokens.count, tokens[k].lowerIs("and") { joined = true; k += 1 }
            let first = k
            while k < min(tokens.count, first + 4), isConjunctWord(tokens, k), !isPluralHead(tokens[k]) { k += 1 }
            guard k < tokens.count, k < first + 4, isConjunctWord(tokens, k), isPluralHead(tokens[k]) else { return nil }
            last = k
            j = k + 1
        }
        // The list must end at the clause's verb.
        guard joined, j < tokens.count, tokens[j].isWord, !tokens[j].isCapitalized,
              tokens[j].lower.endsWithBytes("ed") || tokens[j].has(.irregularPast) || isAuxiliary(tokens, j) || isCue(tokens, j) else { return nil }
        let end = tokens[last].end
        return SpeakerCandidate(text: ScalarClass.string(text, group.start..<end), start: group.start, end: end, kind: .group, plural: true)
    }

    /// `the home fans'` read through its possessive (`the home fans' chants of "…"`, `the
    /// crowd's roar`): the group without the mark.
    func withoutPossessiveMark(_ group: SpeakerCandidate) -> SpeakerCandidate? {
        guard group.kind == .group, let lastScalar = group.text.unicodeScalars.last,
              lastScalar == "'" || lastScalar == "’" || lastScalar == "s" else { return nil }
        let tokens = paragraph(line(containing: group.end - 1)).tokens
        guard let low = tokenIndex(endingAt: group.end, in: tokens), tokens[low].isPossessive else { return nil }
        // `A pal of Frayne's said`, `a friend of the singer's`: a double genitive names the
        // friend, and its mark belongs to the description (`a group of the home fans'` is still read
        // through its bare apostrophe).
        if lastScalar == "s" {
            var first = low
            while first > 0, tokens[first].start > group.start { first -= 1 }
            if first + 2 <= low, tokens[first].start == group.start, tokens[first].isWord, Self.doubleGenitiveOpeners.contains(tokens[first].lower),
               ((first + 1)..<low).contains(where: { tokens[$0].lowerIs("of") }) { return nil }
        }
        let end = group.end - Int(tokens[low].possessiveLength)
        guard end > group.start else { return nil }
        var trimmed = group
        trimmed.text = ScalarClass.string(text, group.start..<end)
        trimmed.end = end
        return trimmed
    }

    /// Indefinite openings of a description whose `of` phrase may be a double genitive.
    private static let doubleGenitiveOpeners: Set<String> = ["a", "an", "one"]

    /// `A group of bondholders holding about 40% of the notes said`: a description that ends in a
    /// participle whose object a preposition cut off is the description without it, when a
    /// plural noun comes right before the participle. Only a group ending in `ing` is read.
    func withoutDanglingParticiple(_ group: SpeakerCandidate) -> SpeakerCandidate? {
        guard group.kind == .group, group.text.utf8.count > 8, group.text.hasSuffix("ing") else { return nil }
        let tokens = paragraph(line(containing: group.end - 1)).tokens
        guard let last = tokenIndex(endingAt: group.end, in: tokens), last >= 1, tokens[last].isWord, !tokens[last].isCapitalized,
              tokens[last].lower.utf8.count > 5, tokens[last - 1].isWord, tokens[last - 1].start > group.start, looksPlural(tokens[last - 1]),
              last + 1 < tokens.count, tokens[last + 1].isWord, tokens[last + 1].has(.preposition) else { return nil }
        var trimmed = group
        trimmed.end = tokens[last - 1].end
        trimmed.text = ScalarClass.string(text, group.start..<trimmed.end)
        return trimmed
    }

    /// A plural noun that may head a conjunct (`supporters`, `women`, `police`).
    private func isPluralHead(_ token: QuoteToken) -> Bool {
        token.isWord && (looksPlural(token) || token.has(.irregularPlural))
    }

    /// A word inside a conjunct: lower case, or `their`/`the`, and no verb, auxiliary or
    /// preposition (`commercial motorcyclists`, `their supporters`, `farm labourers`).
    private func isConjunctWord(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        let token = tokens[k]
        return token.isWord && !token.isCapitalized && !token.has(.preposition) && !isAuxiliary(tokens, k) && !isCue(tokens, k) &&
            !token.lower.endsWithBytes("ed") && !token.has(.irregularPast) && pronounCandidate(token) == nil &&
            (!token.has(.function) || token.has(.determiner))
    }
}
