// Cue verbs and phrases (`said`, `told`, `according to`), their passive and auxiliary forms, and
// the text of the cue an attribution records.

extension SpeakerAttributor {
    /// Whether a quotation opens at `start` or after at most `words` words from there, with no
    /// mark between (`for a "humanitarian corridor"`).
    private func quotedWithin(_ tokens: [QuoteToken], from start: Int, words: Int) -> Bool {
        var j = start
        while j < tokens.count && j <= start + words {
            if tokens[j].quotationIndex != nil { return true }
            guard tokens[j].isWord else { return false }
            j += 1
        }
        return false
    }

    func isCue(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        // Read in place first: most words asked about are no cue, and a token copied costs a
        // retain and a release of its string.
        guard tokens[k].isWord else { return false }
        guard tokens[k].has(.cue) else { return isViewCue(tokens, k) }
        let token = tokens[k]
        if token.isCapitalized && !isSentenceStart(tokens, k) { return false }
        // `She reports: "…"`, `Our correspondent Halyna Moroz reports`: `reports` is the verb only
        // after a subject pronoun or a whole name; after any other word it is the plural noun,
        // `Weather reports "are never right"`, `Local reports said`.
        if token.lowerIs("reports") && !(k > 0 && tokens[k - 1].isWord && (Self.subjectPronouns.contains(tokens[k - 1].lower) ||
                                                                         Int(tokens[k - 1].runEnd) == k && k - Int(tokens[k - 1].runStart) >= 2)) {
            return false
        }
        // `as Orwell put it`
        if token.lowerIs("put") || token.lowerIs("puts") { return k + 1 < tokens.count && tokens[k + 1].lowerIs("it") }
        // `McAlister shot back`, `Tuipulotu chipped in`
        // (`"…!" the crowd roared`: a verb that is also a cue beside a quotation, below, may be
        // one without its particle.)
        if token.has(.phrasalCue) {
            var particle = k + 1 < tokens.count && tokens[k + 1].isWord && lexicon.isPhrasalCue(token.lower, tokens[k + 1].lower)
            // (`"…," she went on, "…"`, `Keogh went on.`: `on` reports words only when it closes its
            // clause; `The meeting went on for three hours` goes on with the clause.)
            if particle, tokens[k + 1].lowerIs("on"), k + 2 < tokens.count, tokens[k + 2].isWord { particle = false }
            if particle || !token.has(.besideQuotationCue) { return particle }
        }
        if k + 1 < tokens.count, tokens[k + 1].isWord, lexicon.isNotCue(token.lower, tokens[k + 1].lower) {
            // `called for "an end to the shelling"`, `asked for a "humanitarian corridor"`: a
            // quoted object of `for` is the demand in the asker's words.
            guard tokens[k + 1].lowerIs("for"), quotedWithin(tokens, from: k + 2, words: 3) else { return false }
        }
        let lower = token.lower
        // `Her sister laughed. "…"`, `Everyone laughed, but …`: laughing reports words only right
        // beside a quotation (`"…," she laughs`, `he laughed: '…'`); on its own it is a reaction.
        if token.has(.besideQuotationCue) {
            // (`“…health.” Everyone laughed`: a quotation that closed its sentence is not beside it.)
            // (`"…," opposition leader Dana Kerr scoffed`: the speaker's words, up to six, may
            // stand between the quotation and its comma and the verb.)
            var q = k - 1
            while q >= 0, q >= k - 6, tokens[q].isWord { q -= 1 }
            if q >= 0, tokens[q].isPunctuation(",") { q -= 1 }
            func opensBeside(_ token: QuoteToken) -> Bool {
                guard let index = token.quotationIndex, let last = lastContentScalar(quotations[index]) else { return false }
                return last != "."
            }
            let before = tokens[max(0, k - 4)..<k].contains(where: opensBeside) || (q >= 0 && opensBeside(tokens[q]))
            var after = k + 1
            if after < tokens.count, tokens[after].isPunctuation(":") || tokens[after].isPunctuation(",") { after += 1 }
            // (`Home fans sang "…"`: the quotation may open right after the verb, a song's words
            // as the object of singing, unless they are a title, `sang "The Fields of Athenry"`;
            // a title after a noun, `sang the anthem, "…"`, is not beside it.)
            guard before || (after < tokens.count && tokens[after].quotationIndex.map { after > k + 1 || !isTitle(quotations[$0]) } == true) else { return false }
        }
        // `"…and the railways -" she paused - "the railways …"`: pausing reports words only inside
        // them, between a quotation closing at most four tokens before and one opening after it
        // and one mark (`He paused before answering` after a quoted word is a reaction).
        if token.has(.betweenQuotationsCue) {
            var after = k + 1
            if after < tokens.count, tokens[after].kind == .punctuation, !tokens[after].isPunctuation(".") { after += 1 }
            guard after < tokens.count, tokens[after].quotationIndex != nil,
                  tokens[max(0, k - 4)..<k].contains(where: { $0.quotationIndex != nil }) else { return false }
        }
        // `rejected the budget as "…"`: rejecting reports words only as the object's description.
        if token.has(.asQuotationCue) {
            guard let asWord = ((k + 1)..<min(tokens.count, k + 8)).first(where: { tokens[$0].lowerIs("as") || tokens[$0].kind != .word }),
                  tokens[asWord].lowerIs("as"), asWord + 1 < tokens.count, tokens[asWord + 1].quotationIndex != nil else { return false }
        }
        // `new labour routes to South Korea and Gulf states.`, `talks with the Baltic states.`: a
        // form in -s ending its sentence right after a capitalized word, with no quotation beside
        // it and no `as` before it (`as the IMF notes.`), is a plural noun the word modifies.
        if isPluralNounEndingSentence(tokens, k) { return false }
        // `premiums for calls at Odesa-area ports had "…"`, `to chants of "…"`: a form in -s right
        // after a preposition is its plural noun object; no verb follows a preposition.
        if k > 0, lower.utf8.last == UInt8(ascii: "s"), tokens[k - 1].isWord, tokens[k - 1].has(.preposition), !tokens[k - 1].isCapitalized,
           !lower.endsWithBytes("ss") { return false }
        // A base form (`say`, `answer`), which three rules below read as a noun or modifier.
        let baseForm = !lower.endsWithBytes("ed") && !lower.endsWithBytes("ing") && !lower.endsWithBytes("s") && !Self.irregularCueForms.contains(lower)
        // `said state Sen. Maria Delgado`, `told state TV`: a base form right after a cue verb
        // is a modifier of the speaker or the audience, never a second verb.
        if baseForm, k > 0, tokens[k - 1].isWord, tokens[k - 1].has(.cue), !tokens[k - 1].isCapitalized {
            return false
        }
        // A base form before a noun (`label owner`, `call centre`) is a noun, not a cue verb;
        // right after a quotation it is one (`'…', say residents`).
        let afterQuotation = k > 0 && (tokens[k - 1].quotationIndex != nil || (tokens[k - 1].isPunctuation(",") && k > 1 && tokens[k - 2].quotationIndex != nil))
        if !afterQuotation, !lower.endsWithBytes("ed") && !lower.endsWithBytes("ing") && !Self.irregularCueForms.contains(lower),
           k + 1 < tokens.count, tokens[k + 1].isWord, !tokens[k + 1].isCapitalized,
           !tokens[k + 1].has(.function), !tokens[k + 1].has(.cue),
           !tokens[k + 1].has(.auxiliary), !tokens[k + 1].lower.endsWithBytes("ly") {
            return false
        }
        // A noun after a determiner (`the report`, `a post`) is not a cue verb.
        // `Amnesty's new report`: a base form after a possessive (or a possessive and a modifier)
        // is a noun.
        if token.has(.speechNoun) && k > 0 && tokens[k - 1].isWord &&
           (tokens[k - 1].isPossessive || (k > 1 && tokens[k - 2].isWord && tokens[k - 2].isPossessive && !tokens[k - 1].isCapitalized)) {
            return false
        }
        // `said in its daily report that`, `in her final statement`: a speech noun after a
        // preposition, a possessive determiner and a modifier is a noun too.
        if token.has(.speechNoun), k > 2, tokens[k - 1].isWord, !tokens[k - 1].isCapitalized, !tokens[k - 1].has(.function),
           tokens[k - 2].isWord, Self.possessiveDeterminers.contains(tokens[k - 2].lower),
           tokens[k - 3].isWord, tokens[k - 3].has(.preposition) {
            return false
        }
        // `His answer: "…"`, `their reply`: a base form after a possessive determiner is a noun
        // (`her` only opening the sentence: `let her answer` has her as an object).
        if baseForm, k > 0, tokens[k - 1].isWord,
           Self.possessiveDeterminers.contains(tokens[k - 1].lower), !tokens[k - 1].lowerIs("her") || isSentenceStart(tokens, k - 1) {
            return false
        }
        // `in a Facebook post`: a base form after a determiner and a name is a noun.
        if k > 1, token.has(.speechNoun), tokens[k - 1].isWord, tokens[k - 1].isCapitalized,
           tokens[k - 2].isWord, ["a", "an", "the", "his", "her", "its", "their"].contains(tokens[k - 2].lower) { return false }
        // `said in a statement posted on its website`: a past participle between a speech noun
        // and a preposition describes the statement (`the statement added` is a cue).
        // (`a victim impact statement read out in court:`: the noun may be a compound's, and
        // `read out` or `read aloud` describes it as a participle in -ed does.)
        if lower.endsWithBytes("ed") || lower == "read", k > 1, tokens[k - 1].isWord, tokens[k - 1].has(.speechNoun), !tokens[k - 1].isCapitalized,
           let determiner = ((max(0, k - 4))..<(k - 1)).last(where: { !tokens[$0].isWord || tokens[$0].isCapitalized || tokens[$0].has(.function) }),
           tokens[determiner].isWord, tokens[determiner].has(.determiner), k + 1 < tokens.count,
           tokens[k + 1].has(.preposition) || (lower == "read" && (tokens[k + 1].lowerIs("out") || tokens[k + 1].lowerIs("aloud"))) { return false }
        // `told analysts on a conference call that`: a base form after `a` and a noun is the
        // compound's noun (a verb after a singular `a …` would agree: `calls`); `a few say`,
        // `a majority say` take a plural verb.
        if baseForm, k > 1, tokens[k - 2].isWord, ["a", "an"].contains(tokens[k - 2].lower), tokens[k - 1].isWord, !tokens[k - 1].isCapitalized,
           !tokens[k - 1].has(.function), !tokens[k - 1].has(.quantityNoun), !["few", "majority", "handful", "minority", "number", "dozen", "lot"].contains(tokens[k - 1].lower) { return false }
        // `an old saying`
        if lower == "saying", k >= 2, ["a", "an"].contains(tokens[k - 2].lower), tokens[k - 1].isWord, !tokens[k - 1].isCapitalized { return false }
        // `Another added`, `one said`: those two stand for a person before a past-tense verb.
        if k > 0, tokens[k - 1].isWord, tokens[k - 1].has(.determiner), !["chants", "cries", "shouts"].contains(token.lower),
           !(["another", "one"].contains(tokens[k - 1].lower) && (lower.endsWithBytes("ed") || ["said", "told", "wrote"].contains(lower))) { return false }
        return true
    }

    /// Whether the cue form at `k` in -s (`states`, `claims`) is a plural noun: it ends its
    /// sentence right after a capitalized word inside the sentence, with no quotation within three
    /// tokens before it and no `as` within four (a verb ending a sentence reports only beside a
    /// quotation, `"…," Smith notes.`, or in an aside, `as the IMF notes.`).
    private func isPluralNounEndingSentence(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        let lower = tokens[k].lower
        guard lower.endsWithBytes("s"), !lower.endsWithBytes("ss"), !Self.irregularCueForms.contains(lower), k > 1,
              tokens[k - 1].isWord, tokens[k - 1].isCapitalized, !isSentenceStart(tokens, k - 1) else { return false }
        guard k + 1 == tokens.count || (tokens[k + 1].kind == .punctuation && ".!?;".unicodeScalars.contains(tokens[k + 1].mark)) else { return false }
        if tokens[max(0, k - 3)..<k].contains(where: { $0.quotationIndex != nil }) { return false }
        return !tokens[max(0, k - 4)..<k].contains(where: { $0.lowerIs("as") })
    }

    /// `Justice X was of the view that the order was "…"`, `The bench is of the opinion that`,
    /// `Lord Justice Y took the view that`: the noun of a judgement held, in the frame courts and
    /// editorials write it in (a form of `be` and `of the`, or of `take` and `the`, before it and
    /// `that` after), reports the holder's words as a verb of judgement would. The nouns are those
    /// marked `judgement:` in `cue-verbs.txt`.
    func isViewCue(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        guard tokens[k].has(.judgementNounCue), k >= 3, k + 1 < tokens.count, tokens[k + 1].lowerIs("that"),
              tokens[k - 1].lowerIs("the"), tokens[k - 2].isWord else { return false }
        if Self.viewTakingVerbs.contains(tokens[k - 2].lower) { return true }
        return tokens[k - 2].lowerIs("of") && tokens[k - 3].isWord && Self.beForms.contains(tokens[k - 3].lower)
    }

    /// The possessive determiners, before a noun that a cue's form may also be (`their reply`,
    /// `in its daily report`).
    private static let possessiveDeterminers: Set<String> = ["his", "her", "its", "their", "our", "my", "your"]

    private static let viewTakingVerbs: Set<String> = ["took", "take", "takes", "taking", "taken"]
    private static let beForms: Set<String> = ["is", "was", "are", "were", "am", "be", "been", "remains", "remained"]

    /// Cue forms that are neither a base form nor end in `-ed` or `-ing`: the irregular pasts and
    /// the commonest third persons, never a noun before a noun.
    private static let irregularCueForms: WordSet = ["said", "told", "wrote", "read", "says", "tells", "adds", "writes"]

    /// `has been branded`, `was described`: the speaker is the `by` phrase, if any.
    func isPassive(_ tokens: [QuoteToken], _ v: Int) -> Bool {
        guard tokens[v].lower.endsWithBytes("ed") || ["told", "said", "read", "written", "spoken"].contains(tokens[v].lower) else { return false }
        var k = v - 1
        var steps = 0
        while k >= 0 && steps < 3 {
            let token = tokens[k]
            guard token.isWord else { return false }
            if ["is", "are", "was", "were", "been", "being", "be"].contains(token.lower) { return true }
            // (`is often called`: the adverbs a speaker's cue may carry stand in a passive too.)
            if !(token.lower.endsWithBytes("ly") || token.has(.auxiliary)) { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// The cue as reported: the verb, with the audience of `told` (`told AFP`, `told the crowd`)
    /// and a setting such as `in a statement`.
    func cueText(_ tokens: [QuoteToken], _ v: Int) -> String {
        var end = v + 1
        let verb = tokens[v].lower
        if ["told", "tell", "tells", "telling"].contains(verb) {
            var k = v + 1
            while k < tokens.count && k < v + 4 {
                let token = tokens[k]
                guard token.isWord, !token.has(.preposition), !token.has(.clauseOpener),
                      !["her", "him", "them", "me", "us", "you", "more", "than"].contains(token.lower) || k > v + 1 else { break }
                if ["her", "him", "them", "me", "us"].contains(token.lower) { end = k + 1; break }
                if pronounCandidate(token) != nil { break }
                end = k + 1
                if !token.has(.determiner) { if !(k + 1 < tokens.count && tokens[k + 1].isWord && tokens[k + 1].isCapitalized && token.isCapitalized) { break } }
                k += 1
            }
        }
        if end + 2 < tokens.count, tokens[end].lowerIs("in"), ["a", "an", "the"].contains(tokens[end + 1].lower),
           tokens[end + 2].has(.speechNoun) {
            end += 3
        }
        return phraseText(tokens, v..<end)
    }

    /// The end of an `according to` phrase starting at `k`, if one does.
    func accordingPhrase(at k: Int, in tokens: [QuoteToken]) -> Int? {
        for phrase in lexicon.accordingPhrases where !phrase.isEmpty && k + phrase.count <= tokens.count {
            var matches = true
            for (offset, word) in phrase.enumerated() where !tokens[k + offset].isWord || !tokens[k + offset].lowerIs(word) {
                matches = false
                break
            }
            if matches { return k + phrase.count }
        }
        return nil
    }

    func phraseText(_ tokens: [QuoteToken], _ range: Range<Int>) -> String {
        ScalarClass.string(text, tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    func isAuxiliary(_ token: QuoteToken) -> Bool {
        token.isWord && !token.isCapitalized && (token.has(.auxiliary) || (token.lower.endsWithBytes("ly") && token.lower.count > 4))
    }

    /// ``isAuxiliary(_:)`` read in place: a word in -ly after a determiner is a noun (`a lawyer
    /// for the family said`, `the assembly has said`), which ends the speaker rather than
    /// standing between it and the cue.
    func isAuxiliary(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        guard isAuxiliary(tokens[k]) else { return false }
        if tokens[k].has(.auxiliary) || k == 0 { return true }
        // A periodical's name for itself is a noun after any word of a description, not only
        // after its determiner (`a regional daily asked`, `the Russian business weekly reported`).
        if Self.periodicalNouns.contains(tokens[k].lower), tokens[k - 1].isWord, !tokens[k - 1].has(.auxiliary) { return false }
        return !tokens[k - 1].has(.determiner)
    }

    /// Words in -ly that name a newspaper or magazine by how often it comes out.
    private static let periodicalNouns: Set<String> = ["daily", "weekly", "monthly", "quarterly", "fortnightly", "biweekly"]

    func isDeterminer(_ lower: String) -> Bool {
        ["the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "one", "another"].contains(lower)
    }
}
