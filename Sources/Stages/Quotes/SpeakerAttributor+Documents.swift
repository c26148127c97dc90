// Documents that speak (`a letter written by his niece. "…," it said`, `the statement said`):
// their writer or issuer is the speaker, found in the sentence or the paragraphs before.

extension SpeakerAttributor {
    /// Who wrote the letter (note, statement) introduced at `k` with `a` or `an`: the agent of a
    /// participle after it (`a letter written by his niece`), or the subject of a verb of writing
    /// or sending right before it (`the principal sent a letter home`). The document is only what
    /// they wrote; `the letter said` quotes them.
    private func writer(ofDocumentAt k: Int, in p: TokenizedParagraph, line: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard k >= 2, tokens[k - 1].isWord, tokens[k - 1].lowerIs("a") || tokens[k - 1].lowerIs("an") else { return nil }
        if k + 3 < tokens.count, tokens[k + 1].isWord, Self.writingVerbs.contains(tokens[k + 1].lower), tokens[k + 2].lowerIs("by") {
            var source = objectSpeaker(p, from: k + 3)
            // (`According to a statement posted by the regional administration, he promised`:
            // when the phrase read on reaches the clause's own subject, the agent is the words
            // before the comma that closes the opening phrase.)
            if source?.kind == .pronoun, let comma = (k + 3..<min(tokens.count, k + 19)).first(where: { tokens[$0].kind != .word }),
               comma > k + 3, tokens[comma].isPunctuation(",") {
                source = speakerOfRegion(p, (k + 3)..<comma)
            }
            if let source, source.kind != .pronoun, isSpeakerShaped(source) {
                return resolve(source, line: line, before: tokens[k].start)
            }
        }
        let sentence = p.sentence(containing: k)
        guard k - 2 >= sentence.lowerBound, tokens[k - 2].isWord, Self.writingVerbs.contains(tokens[k - 2].lower),
              let subject = subject(of: k - 2, in: p, sentence: sentence), subject.kind != .pronoun, isSpeakerShaped(subject),
              !lexicon.speechNouns.contains(lastWord(of: subject.text)) else { return nil }
        return resolve(subject, line: line, before: tokens[k - 2].start)
    }

    /// Past forms of verbs by which someone puts out a document under their name.
    private static let writingVerbs: Set<String> = ["wrote", "written", "sent", "signed", "issued", "released", "published", "posted", "emailed"]

    /// `Her brother read a letter written by her niece. "…," it said`: `it` right after a
    /// sentence that introduces a document by its writer stands for the document, so for them.
    func documentWriter(line: Int, before position: Int) -> SpeakerCandidate? {
        let p = paragraph(line)
        let tokens = p.tokens
        guard let q = tokens.firstIndex(where: { $0.start >= position }), q > 0 else { return nil }
        let previous = p.sentence(containing: q - 1)
        for k in previous.reversed() where k < q && tokens[k].isWord && tokens[k].has(.speechNoun) {
            if let writer = writer(ofDocumentAt: k, in: p, line: line) { return writer }
        }
        return nil
    }

    /// Who issued the statement (report, letter) that `the statement` refers to: the subject of
    /// the nearest earlier cue with that noun after it (`X said in a statement that …`), in this
    /// paragraph or the two before.
    func issuer(of noun: String, line: Int, before position: Int) -> SpeakerCandidate? {
        for l in recentParagraphs(from: line, count: 3) {
            let p = paragraph(l)
            let tokens = p.tokens
            var k = (l == line ? tokens.firstIndex(where: { $0.start >= position }) : nil) ?? tokens.count
            k -= 1
            while k > 0 {
                defer { k -= 1 }
                guard tokens[k].isWord, tokens[k].lower == noun, tokens[k - 1].isWord, tokens[k - 1].lower != "the" else { continue }
                // `A statement from the Interior Ministry said`: who it is from.
                if k + 2 < tokens.count, ["from", "by", "of"].contains(tokens[k + 1].lower), let source = objectSpeaker(p, from: k + 2),
                   source.kind != .pronoun, isSpeakerShaped(source) {
                    return resolve(source, line: l, before: tokens[k].start)
                }
                // `Ms Rae read a statement on behalf of the Drummond family`: whom it is read for,
                // not the one reading it.
                if k + 4 < tokens.count, tokens[k + 1].lowerIs("on"), tokens[k + 2].lowerIs("behalf"), tokens[k + 3].lowerIs("of"),
                   let source = objectSpeaker(p, from: k + 4), source.kind != .pronoun, isSpeakerShaped(source) {
                    return resolve(source, line: l, before: tokens[k].start) ?? source
                }
                if let writer = writer(ofDocumentAt: k, in: p, line: l) { return writer }
                let sentence = p.sentence(containing: k)
                let isCueHere = { (i: Int) in tokens[i].isWord && self.isCue(tokens, i) && !self.isPassive(tokens, i) }
                // `In a (brief) statement, the ministry said …`: a setting put before its clause
                // has that clause's cue after it.
                let determiner = k >= 2 && tokens[k - 1].has(.determiner) ? k - 1
                    : k >= 3 && !tokens[k - 1].isCapitalized && tokens[k - 2].has(.determiner) ? k - 2 : 0
                let fronted = determiner > 0 && tokens[determiner - 1].lowerIs("in")
                guard let v = (sentence.lowerBound..<k).last(where: isCueHere) ?? (fronted ? (k + 1..<sentence.upperBound).first(where: isCueHere) : nil),
                      let subject = subject(of: v, in: p, sentence: sentence), isSpeakerShaped(subject) else { return nil }
                if subject.kind == .pronoun || lexicon.speechNouns.contains(lastWord(of: subject.text)) { return nil }
                return resolve(subject, line: l, before: tokens[v].start)
            }
        }
        return nil
    }

    /// `The committee's statement, released after the meeting, said`: a document under a
    /// possessive (with at most two lower-case words between, `the ministry's latest report`) speaks
    /// for its owner, when the owner resolves as a subject would (`the committee` to the committee
    /// named before). Only a definite owner: a name before `'s` is read by the subject scan itself.
    func documentOwner(_ candidate: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate? {
        let p = paragraph(self.line(containing: candidate.start))
        let tokens = p.tokens
        guard let last = tokenIndex(endingAt: candidate.end, in: tokens), tokens[last].isWord,
              lexicon.speechNouns.contains(tokens[last].lower),
              let first = tokens.firstIndex(where: { $0.start >= candidate.start }), first < last,
              let owner = (max(first, last - 3)..<last).last(where: { tokens[$0].isWord && tokens[$0].isPossessive }), owner > first,
              (owner + 1..<last).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].isPossessive }),
              let ownerCandidate = speakerOfRegion(p, first..<(owner + 1)), ownerCandidate.kind != .pronoun else { return nil }
        var trimmed = ownerCandidate
        if let bare = withoutPossessiveMark(ownerCandidate) { trimmed = bare }
        guard trimmed.end <= tokens[owner].end - Int(tokens[owner].possessiveLength), isSpeakerShaped(trimmed) else { return nil }
        // (An owner still a bare description, `the company` the text never named, is left to
        // the sieves that read the statement itself: the sentence before may name the company.)
        guard let owner = resolve(trimmed, line: self.line(containing: trimmed.start), before: trimmed.start),
              owner.kind != .group || !owner.isDefinite else { return nil }
        return owner
    }

    /// `The weather agency has warned of more rain. "…," its forecast said`: a document under
    /// `its` speaks for what `it` stands for there, the body named before, as `the forecast said`
    /// would for whoever issued it. `nil` when the words are no document or `it` finds no body.
    func ownerOfItsDocument(_ candidate: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate? {
        guard lexicon.speechNouns.contains(lastWord(of: candidate.text)) else { return nil }
        let it = SpeakerCandidate(text: "it", start: candidate.start, end: candidate.end, kind: .pronoun)
        guard let owner = resolve(it, line: line, before: position), owner.kind != .pronoun, isSpeakerShaped(owner) else { return nil }
        return owner
    }
}
