// A sentence whose subject is a thing, not a person (`The win will lift Ríos Ferrand to a
// career-high 29th in the rankings. He said …`): the one person it names is whom the sentence is
// about, and a `he` or `she` after it stands for them before anyone further back.

extension SpeakerAttributor {
    /// The one full or single name of a person in `sentence` before `position`, when the
    /// sentence opens with `The` and a lower-case noun that is no title nor a noun for a person
    /// (`The win`, `The ruling`), no other capitalized name follows the sentence's first word,
    /// no preposition governs it nor a word for a body follows it, and no cue word nor quotation
    /// comes before `position`.
    func lonePersonInSentenceAboutThing(_ tokens: [QuoteToken], _ sentence: Range<Int>, before position: Int) -> SpeakerCandidate? {
        let first = sentence.lowerBound
        guard sentence.count >= 4, tokens[first].isWord, tokens[first].lowerIs("the"), tokens[first + 1].isWord, !tokens[first + 1].isCapitalized,
              !tokens[first + 1].has(.title), !tokens[first + 1].has(.function), !lexicon.personNouns.contains(tokens[first + 1].lower),
              !isOccupationNoun(tokens[first + 1].lower), !lexicon.collectiveNouns.contains(tokens[first + 1].lower) else { return nil }
        var run: Range<Int>? = nil
        var k = first + 1
        while k < sentence.upperBound, tokens[k].start < position {
            defer { k += 1 }
            // (`The education board says it has "no plans" to close X`: a sentence with a cue or
            // a quotation is someone's report, read by the cue's sieves.)
            if tokens[k].quotationIndex != nil || tokens[k].has(.cue) { return nil }
            guard tokens[k].isWord, tokens[k].isCapitalized else { continue }
            guard run == nil, tokens[k].runStart == Int32(k) else { return nil }
            run = k..<Int(tokens[k].runEnd)
            k = Int(tokens[k].runEnd) - 1
        }
        // (`in Carna`, `at Okuyama Elementary`: a name a preposition governs is a place or a
        // body, unless it owns a noun, `behind X's workshop`.)
        guard let run, tokens[run.upperBound - 1].isPossessive || !(tokens[run.lowerBound - 1].isWord && tokens[run.lowerBound - 1].has(.preposition)),
              run.upperBound >= sentence.upperBound || !tokens[run.upperBound].isWord || tokens[run.upperBound].isCapitalized || !tokens[run.upperBound].has(.organisation),
              let candidate = nameCandidate(tokens, run, gender: .unknown), candidate.kind == .person, isSpeakerShaped(candidate) else { return nil }
        return withLearnedGender(candidate)
    }
}
