// A relation named once in apposition and reported later by the same words: `Her daughter,
// Denise Coleman-Hart, said …. "…," her daughter said`.

extension SpeakerAttributor {
    /// Possessive determiners that open a relation's phrase (`her daughter`, `his widow`).
    private static let relationPossessives: Set<String> = ["his", "her", "their"]

    /// `Her daughter, Denise Coleman-Hart, said the cause was heart failure. …. "…," her daughter
    /// said`: a possessive pronoun and a lower-case noun as the speaker stand for the one person
    /// the text named in apposition to the same two words (`her daughter, X,`, `his widow X`, `her
    /// son, the conductor X,`), in this paragraph or the eleven before (an obituary or a feature
    /// names the family near the top and quotes them at the end); none when it named two (`his
    /// son, X, … his son, Y,`), and the phrase as written when it named no one.
    func relationNamedBefore(_ candidate: SpeakerCandidate, line: Int, before position: Int) -> SpeakerCandidate? {
        let words = candidate.text.wordsSplitAtSpaces()
        guard words.count == 2, Self.relationPossessives.contains(words[0].lowercased()),
              words[1].first?.isLowercase == true else { return nil }
        let owner = words[0].lowercased(), noun = String(words[1])
        var found: SpeakerCandidate? = nil
        for l in recentParagraphs(holding: noun, from: line, count: 12, before: position) {
            let tokens = paragraph(l).tokens
            for k in tokens.indices where k + 2 < tokens.count && tokens[k].start < position && tokens[k].isWord && tokens[k].lowerIs(owner) &&
                tokens[k + 1].isWord && tokens[k + 1].lower == noun && !tokens[k + 1].isPossessive {
                var n = k + 2
                if tokens[n].isPunctuation(",") {
                    n += 1
                    // `her son, the conductor Levan Abashidze-Kraus,`: a definite role of up to
                    // three lower-case words between the comma and the name.
                    if n + 1 < tokens.count, tokens[n].lowerIs("the") {
                        var r = n + 1
                        while r < min(tokens.count, n + 4), tokens[r].isWord, !tokens[r].isCapitalized, !tokens[r].has(.function), !isCue(tokens, r) { r += 1 }
                        if r > n + 1 { n = r }
                    }
                }
                guard n < tokens.count, tokens[n].runStart == Int32(n), tokens[n].start < position,
                      let named = nameCandidate(tokens, n..<Int(tokens[n].runEnd), gender: .unknown), named.kind == .person else { continue }
                if let earlier = found {
                    // (A family's relations share a surname: `his son, Rob Ellis, … his son, Sam
                    // Ellis,` are two people; only the same words, or a surname alone, are one.)
                    let alone = !earlier.text.contains(" ") || !named.text.contains(" ")
                    guard earlier.text == named.text || alone && surnameKey(earlier) == surnameKey(named) else { return nil }
                } else {
                    found = named
                }
            }
        }
        guard var named = found else { return nil }
        named.start = candidate.start
        named.end = candidate.end
        return withLearnedGender(named)
    }
}

// `Critics call Amina Yusuf the most divisive commissioner …`, `Fans call Marcus Webb the best
// goalkeeper …`: a sentence whose subject gives a person a name or an epithet is about that
// person. The verb's base form (`call`, not `calls`) tells a plural subject, which a later `he`
// or `she` cannot take: the person named after it is their antecedent.

extension SpeakerAttributor {
    /// Verbs of naming in their base form: the subject before them is plural.
    static let baseNamingVerbs: Set<String> = ["call", "dub", "nickname", "brand", "label", "hail", "consider"]

    /// Verbs of naming in the past (`called`, `dubbed`).
    static let pastNamingVerbs: Set<String> = ["called", "dubbed", "nicknamed", "branded", "labelled", "labeled", "hailed"]

    /// Whether a verb of naming in the past at `k` names a personal pronoun after it (`called
    /// him`, `dubbed her`): its subject, a capitalized word in -s opening the sentence, is a group.
    func namesPronounInPast(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].isWord, Self.pastNamingVerbs.contains(tokens[k].lower), tokens[k + 1].isWord else { return false }
        return ["him", "her", "them"].contains(tokens[k + 1].lower)
    }

    /// The person named right after a verb of naming in its base form that follows `subject`.
    func personNamed(after subject: SpeakerCandidate, _ tokens: [QuoteToken], _ sentence: Range<Int>) -> SpeakerCandidate? {
        guard subject.kind != .pronoun, let e = sentence.first(where: { tokens[$0].end == subject.end }), e + 2 < sentence.upperBound,
              tokens[e + 1].isWord, Self.baseNamingVerbs.contains(tokens[e + 1].lower), tokens[e + 2].runStart == Int32(e + 2),
              let named = nameCandidate(tokens, (e + 2)..<Int(tokens[e + 2].runEnd), gender: .unknown), named.kind == .person else { return nil }
        return withLearnedGender(named)
    }
}
