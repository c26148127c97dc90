// Sieves 1–3: a cue right after the quotation, the nearest cue before it in its sentence, or a
// cue later in the sentence; the clause-level reading every other family falls back on.

extension SpeakerAttributor {
    /// Sieve 1: `"…," X said`, `"…," said X`, `"…," according to X`.
    func rightAdjacent(_ p: TokenizedParagraph, _ t: Int) -> (SpeakerCandidate?, String?)? {
        let tokens = p.tokens
        var r = t + 1
        guard r < tokens.count else { return nil }
        let last = lastContentScalar(quotations[tokens[t].quotationIndex!])
        var loose = last == "," || last == "!" || last == "?" || last == "—" || last == "–" || last == "-" || last == "…"
        if tokens[r].isPunctuation(",") || tokens[r].isPunctuation("—") || tokens[r].isPunctuation("–") || tokens[r].isPunctuation("-") {
            loose = true
            r += 1
        }
        guard r < tokens.count, tokens[r].isWord else { return nil }
        // `"Yes." The ministry said …` starts a new sentence about something else.
        if !loose && tokens[r].isCapitalized { return nil }
        if let phraseEnd = accordingPhrase(at: r, in: tokens) {
            let speaker = objectSpeaker(p, from: phraseEnd)
            return speaker == nil ? nil : (speaker, phraseText(tokens, r..<phraseEnd))
        }
        if isCue(tokens, r) {
            // `X said the layout would "…," citing data …`: a participle after a quotation inside
            // a sentence goes with the sentence's own cue; its object is no speaker.
            if tokens[r].lower.endsWithBytes("ing"), t > p.sentence(containing: t).lowerBound { return nil }
            // `a "catastrophic" state, according to …`: a noun, with no speaker right after it.
            if r + 1 < tokens.count, tokens[r + 1].kind == .punctuation { return nil }
            guard let speaker = objectSpeaker(p, from: r + 1) else { return nil }
            if speaker.kind != .person, let named = closingAppositiveName(tokens, after: r) { return (named, cueText(tokens, r)) }
            return (speaker, cueText(tokens, r))
        }
        let window = loose ? 16 : 4
        var v = r
        while v < tokens.count && v < r + window {
            let token = tokens[v]
            if token.quotationIndex != nil { return nil }
            if token.kind == .punctuation && (token.mark == "." || token.mark == "!" || token.mark == "?" || token.mark == ";" || token.mark == ":" || token.mark == "(") { return nil }
            if token.isWord && v > r && isCue(tokens, v) {
                // `"foreign representatives," a measure critics say is modeled on …`: a cue with
                // a finite verb right after it is inside a relative clause about the noun before.
                if opensReducedRelative(tokens, v) { return nil }
                // `fined for "discrediting" the army after writing about …`: a participle after a
                // preposition heads an adverbial phrase, not a reporting clause.
                if token.lower.endsWithBytes("ing"), tokens[v - 1].has(.preposition) { return nil }
                var end = v
                // `"…," Lavrov was quoted by Interfax as saying`: the one quoted.
                if token.lowerIs("saying"), tokens[v - 1].lowerIs("as"),
                   let quoted = (r..<v).first(where: { ["quoted", "cited"].contains(tokens[$0].lower) && isPassive(tokens, $0) }) {
                    end = quoted
                }
                while end > r && isAuxiliary(tokens, end - 1) { end -= 1 }
                guard end > r, let speaker = speakerOfRegion(p, r..<end) else { return nil }
                // (`Once he wrote to me: "…?" I said, "Both."`: the writer's `said` after a question
                // answers it; only `I asked` puts it.)
                if last == "?", speaker.text == "I", !token.lowerIs("asked"), !token.lowerIs("ask") { return nil }
                return (speaker, cueText(tokens, v))
            }
            if token.isWord && !token.isCapitalized && ["and", "but", "because", "as", "while", "when", "if", "so", "or"].contains(token.lower),
               !(token.lowerIs("as") && v + 1 < tokens.count && tokens[v + 1].lowerIs("saying")),
               // (`CPJ's Europe and Central Asia representative`: an `and` inside a name.)
               !(token.lowerIs("and") && v > r && v + 1 < tokens.count && tokens[v - 1].isCapitalized && tokens[v + 1].isCapitalized) { return nil }
            v += 1
        }
        return nil
    }

    /// `"…," said the 61-year-old former deputy mayor of Osh and one-time chairman of the city's
    /// trade committee, Nurlan Asanov.`: a person's name that closes the sentence after a comma,
    /// with only a description between the cue at `v` and it (no clause, cue or quotation), is
    /// the speaker the description is in apposition to, however long the description.
    private func closingAppositiveName(_ tokens: [QuoteToken], after v: Int) -> SpeakerCandidate? {
        var k = v + 1
        while k < tokens.count, k <= v + 48 {
            let token = tokens[k]
            if token.isPunctuation(",") {
                k += 1
                continue
            }
            // (A quotation or another mark ends the description.)
            guard token.isWord else { return nil }
            // The name: right after a comma, running to the sentence's end.
            if token.runStart == Int32(k), k > v + 2, tokens[k - 1].isPunctuation(",") {
                let end = Int(token.runEnd)
                if end == tokens.count || tokens[end].isPunctuation("."),
                   let named = nameCandidate(tokens, k..<end, gender: .unknown), named.kind == .person, looksLikeName(named) {
                    return withLearnedGender(named)
                }
            }
            if (token.has(.clauseOpener) && token.lower != "and") || isCue(tokens, k) || isAuxiliary(tokens, k) || token.lower.endsWithBytes("ing") { return nil }
            k = token.runStart == Int32(k) ? Int(token.runEnd) : k + 1
        }
        return nil
    }

    /// Sieve 2: the nearest cue before the quotation in its sentence.
    /// `Everyone else, says X, is "over there"`, `Tokayev, said the agency, was "in good health"`:
    /// a cue set off by commas inside the sentence, with its subject after it and the clause
    /// going on after the closing comma to the quotation, is an inserted cue: the one after the
    /// verb speaks, not the one the sentence is about. (Not `"…," said X, who …`, whose cue
    /// follows a quotation; nor `The minister, said to be furious, …`, a participle.)
    func parentheticalInvertedCueSpeaker(_ p: TokenizedParagraph, cue v: Int, quotation t: Int, sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        // (The comma test first: most cues have none right before them.)
        guard v - 2 >= sentence.lowerBound, tokens[v - 1].isPunctuation(","), tokens[v - 2].isWord, v + 2 < t,
              tokens[v + 1].isWord, !tokens[v + 1].lowerIs("that"), !tokens[v + 1].lowerIs("to"), !tokens[v].lower.endsWithBytes("ing"),
              // (A comma before a lower-case word somewhere between the cue and the quotation is
              // asked before the object is read: the aside's close below is one such comma.)
              ((v + 2)..<(t - 1)).contains(where: { tokens[$0].isPunctuation(",") && tokens[$0 + 1].isWord && !tokens[$0 + 1].isCapitalized }),
              let speaker = objectSpeaker(p, from: v + 1), speaker.kind != .pronoun,
              // The aside closes with a comma right after the speaker, and the clause goes on in
              // lower case (`A planning officer, X, told the committee that …, and that …` has
              // more words between the object and the comma: no inserted cue).
              let close = ((v + 2)..<t).first(where: { tokens[$0].start >= speaker.end }), tokens[close].isPunctuation(","),
              close + 1 < t, tokens[close + 1].isWord, !tokens[close + 1].isCapitalized else { return nil }
        return speaker
    }

    /// Whether an inserted cue (`…, says X, is`) gives the quotation at `t` a speaker.
    func hasInsertedCue(_ p: TokenizedParagraph, before t: Int, sentence: Range<Int>) -> Bool {
        (sentence.lowerBound..<t).contains { v in
            // (The comma the inserted cue needs right before it is asked before the cue itself.)
            v > sentence.lowerBound && p.tokens[v - 1].isPunctuation(",") && p.tokens[v].isWord && isCue(p.tokens, v) && parentheticalInvertedCueSpeaker(p, cue: v, quotation: t, sentence: sentence) != nil
        }
    }

    /// `Outside court, X said the family welcomed the sentence but that "no number of years" would
    /// bring her back`: a `that` right after `but`, `and` or `or`, between the cue at `v` and the
    /// quotation at `t`, opens a second clause of what the cue before `v` reports, when the
    /// subject of `v` comes after that cue (inside what it reports), so that cue's subject speaks.
    /// (`An official, who asked not to be named, said … and that "…"`: `said`'s subject comes before
    /// `asked`, so `said` stays the cue.)
    private func governingCueOfCoordinatedThat(_ p: TokenizedParagraph, cue v: Int, quotation t: Int, sentence: Range<Int>) -> Int? {
        let tokens = p.tokens
        guard v + 2 < t, ((v + 2)..<t).contains(where: { tokens[$0].lowerIs("that") && tokens[$0 - 1].isWord && ["but", "and", "or"].contains(tokens[$0 - 1].lower) }),
              let u = (sentence.lowerBound..<v).last(where: { tokens[$0].isWord && isCue(tokens, $0) && !isPassive(tokens, $0) }),
              !((u + 1)..<v).contains(where: { tokens[$0].quotationIndex != nil || tokens[$0].isPunctuation(";") || tokens[$0].isPunctuation(":") }),
              let inner = subject(of: v, in: p, sentence: sentence), inner.start >= tokens[u].end
        else { return nil }
        return u
    }

    func leftCue(_ p: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>) -> (SpeakerCandidate?, String?)? {
        let tokens = p.tokens
        var v = t - 1
        let floor = max(sentence.lowerBound, t - Self.scanLimit)
        while v >= floor {
            defer { v -= 1 }
            guard tokens[v].isWord else { continue }
            if let phraseEnd = accordingPhrase(at: v, in: tokens), phraseEnd <= t {
                if let speaker = objectSpeaker(p, from: phraseEnd) { return (speaker, phraseText(tokens, v..<phraseEnd)) }
                continue
            }
            guard isCue(tokens, v) else { continue }
            // `As reported by the ministry, "…"`: the cue is inside an according phrase.
            if let j = stride(from: v - 1, through: max(floor, v - 3), by: -1).first(where: { j in
                accordingPhrase(at: j, in: tokens).map { $0 > v && $0 <= t } == true }),
               let phraseEnd = accordingPhrase(at: j, in: tokens), let speaker = objectSpeaker(p, from: phraseEnd) {
                return (speaker, phraseText(tokens, j..<phraseEnd))
            }
            // (`X said the family welcomed the sentence but that "…"`: a second `that` clause
            // after `but` or `and` is the earlier verb's, not the nearer one's.)
            if let u = governingCueOfCoordinatedThat(p, cue: v, quotation: t, sentence: sentence),
               let governing = subject(of: u, in: p, sentence: sentence) {
                return (governing, cueText(tokens, u))
            }
            let cue = cueText(tokens, v)
            if let inserted = parentheticalInvertedCueSpeaker(p, cue: v, quotation: t, sentence: sentence) { return (inserted, cue) }
            // `Lukashenko was quoted by BelTA as saying …`: the one quoted.
            if tokens[v].lowerIs("saying"), v > sentence.lowerBound, tokens[v - 1].lowerIs("as"),
               let quoted = (max(sentence.lowerBound, v - 20)..<(v - 1)).last(where: { ["quoted", "cited", "quotes", "cites", "quoting", "citing"].contains(tokens[$0].lower) }) {
                if isPassive(tokens, quoted) { return (subject(of: quoted, in: p, sentence: sentence), cue) }
                // `Interfax cited an unnamed official as saying …`: the one cited.
                if quoted + 1 < v - 1, let cited = speakerOfRegion(p, (quoted + 1)..<(v - 1)) { return (cited, cue) }
            }
            if isPassive(tokens, v) {
                // `was hailed by the Brazilian presidency as proof that … "…"`: the agent between
                // the verb and the quotation.
                if let by = ((v + 1)..<t).first(where: { tokens[$0].isWord && tokens[$0].lowerIs("by") }),
                   let agent = objectSpeaker(p, from: by + 1) {
                    return (agent, cue)
                }
                // `branded as a "foreign agent" by the Russian government`
                var k = t + 1
                while k < sentence.upperBound {
                    if tokens[k].isWord && tokens[k].lowerIs("by") { return (objectSpeaker(p, from: k + 1), cue) }
                    if tokens[k].quotationIndex != nil { break }
                    k += 1
                }
                // `People familiar with it said the deal could be announced "as early as next
                // week"`: with no agent, the words are the reporting clause's; but after `was
                // told` or `was asked` they are someone else's, unknown.
                // (`X said pensioners were being asked to pay for "…"`: not after a request's
                // infinitive and a word of its own, which the reporting clause words; the words
                // right after `to`, `was told to "keep quiet"`, stay the teller's.)
                let requestInfinitive = v + 2 < t - 1 && tokens[v + 1].lowerIs("to") && tokens[v + 2].isWord && !tokens[v + 2].has(.cue)
                if !["told", "asked"].contains(tokens[v].lower) || requestInfinitive, let outer = outerCueSubject(p, before: v, sentence: sentence) {
                    return (outer, cue)
                }
                return (nil, cue)
            }
            // `…, with NHS leaders warning of "…"`: an absolute clause has its own subject.
            if tokens[v].lower.endsWithBytes("ing"), let with = absoluteClauseOpening(tokens, before: v, sentence: sentence),
               let subject = speakerOfRegion(p, (with + 1)..<v, subjectPosition: true) {
                return (subject, cue)
            }
            // `…, and the home fans, chanting "…", sensed a win`: a participle set off by commas
            // inside a later clause is the speech of that clause's subject right before it.
            if let subject = participleAsideSubject(p, cue: v, quotation: t, sentence: sentence) { return (subject, cue) }
            // `…, adding: "…"`: a participle after a comma shares the sentence's speaker.
            if tokens[v].lower.endsWithBytes("ing"), let comma = participleComma(tokens, before: v, sentence: sentence) {
                if let inherited = earlierSpeaker(in: p, before: comma, sentence: sentence) { return (inherited, cue) }
                // `The central bank kept rates on hold, citing "…"`: the main clause's subject.
                if let subject = sentenceSubjects(p, sentence.lowerBound..<comma).first, subject.kind != .group || !subject.text.isEmpty {
                    return (subject, cue)
                }
            }
            // `She opens by saying: "…"`, `He ended with telling them`: a gerund after `by` or
            // `with` is the speech of the subject of the verb it modifies.
            if tokens[v].lower.endsWithBytes("ing"), v - 2 >= sentence.lowerBound, tokens[v - 1].lowerIs("by") || tokens[v - 1].lowerIs("with"),
               tokens[v - 2].isWord, !tokens[v - 2].isCapitalized, !tokens[v - 2].has(.function), !isPassive(tokens, v - 2),
               let subject = subject(of: verbBeforeObject(tokens, v - 2, sentence: sentence), in: p, sentence: sentence) {
                return (subject, cue)
            }
            // `Video posted on Telegram showed protesters chanting "…"`: a participle after the
            // object of a verb of seeing or hearing is that object's speech.
            if let seen = perceivedSpeaker(p, participle: v, sentence: sentence) { return (seen, cue) }
            if let subject = subject(of: v, in: p, sentence: sentence) { return (subject, cue) }
            // A participle or a coordinated verb (`, calling on …`, `and added`): the speaker is the
            // subject of the sentence's earlier cue, or of the quotation before.
            if let inherited = earlierSpeaker(in: p, before: v, sentence: sentence) { return (inherited, cue) }
            // `About 30 supporters gathered outside. Some applauded and chanted "…"`: a lone `some`
            // before one verb in the past and `and` is part of the group named before it.
            if v - 3 >= sentence.lowerBound, tokens[v - 1].lowerIs("and"), tokens[v - 2].isWord, tokens[v - 2].lower.endsWithBytes("ed"),
               let group = partitiveAntecedent(p, some: v - 3) {
                return (group, cue)
            }
            // `He instructed the ministry … and noted that "…"`: a verb coordinated with a
            // non-reporting one shares the sentence's subject.
            if v - 1 > sentence.lowerBound, tokens[v - 1].lowerIs("and") || tokens[v - 1].lowerIs("but"),
               let subject = sentenceSubjects(p, sentence.lowerBound..<(v - 1)).first, isSpeakerShaped(subject) {
                return (subject, cue)
            }
            // `Governor vetoes budget, calls it "reckless"`: a headline's comma joins verbs that
            // share the subject.
            if v - 1 > sentence.lowerBound, tokens[v - 1].isPunctuation(","), let h = headline, lines[h].contains(tokens[v].start),
               let subject = headlineSubject(p, sentence.lowerBound..<(v - 1)) ?? sentenceSubjects(p, sentence.lowerBound..<(v - 1)).first, isSpeakerShaped(subject) {
                return (subject, cue)
            }
            return (nil, cue)
        }
        return nil
    }

    /// The verb whose object ends at `k`, when the words back to `k` are a short object after a
    /// determiner (`Holt closed the call by saying`: `closed`, not `call`, or the subject read
    /// back from the noun takes in the verb); `k` itself otherwise (`She opens by saying`).
    private func verbBeforeObject(_ tokens: [QuoteToken], _ k: Int, sentence: Range<Int>) -> Int {
        var d = k - 1
        while d > sentence.lowerBound, d >= k - 3, tokens[d].isWord, !tokens[d].isCapitalized, !tokens[d].has(.determiner) { d -= 1 }
        guard d > sentence.lowerBound, tokens[d].has(.determiner), tokens[d - 1].isWord, !tokens[d - 1].isCapitalized,
              !tokens[d - 1].has(.function) else { return k }
        return d - 1
    }

    /// The subject of a headline's first clause, read up to its verb, when that verb is a present tense in `-s` after
    /// a common noun and before its object (`Russia's central bank holds key rate at 16.5%`,
    /// `Uzbek airline cancels flights to Moscow`): headlines drop the articles that would tell
    /// the verb from a noun. Nil otherwise (`Kazakh farmers protest water cuts`: a plural after a
    /// capitalized word is the noun).
    private func headlineSubject(_ p: TokenizedParagraph, _ clause: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        for k in clause.dropFirst() where k + 1 < clause.upperBound {
            let word = tokens[k], before = tokens[k - 1]
            guard word.isWord, before.isWord, tokens[k + 1].isWord, !word.isCapitalized, !before.isCapitalized,
                  !before.has(.function), !before.has(.determiner), !before.isPossessive, !before.lower.endsWithBytes("s"),
                  word.lower.endsWithBytes("s"), !word.lower.endsWithBytes("ss"), !word.lower.endsWithBytes("us"), !word.isPossessive,
                  !word.has(.function), !word.has(.auxiliary) else { continue }
            return speakerOfRegion(p, clause.lowerBound..<k, subjectPosition: true)
        }
        return nil
    }

    /// The object of a verb of seeing or hearing, when the cue at `v` is a participle right after
    /// it (`footage showed protesters chanting`, `witnesses heard soldiers shouting`): the object
    /// speaks, not the verb's subject.
    private func perceivedSpeaker(_ p: TokenizedParagraph, participle v: Int, sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard tokens[v].lower.endsWithBytes("ing"), v - 2 >= sentence.lowerBound else { return nil }
        // Back over the object's words (at most five, no punctuation) to the verb.
        var k = v - 1
        while k > sentence.lowerBound, k >= v - 6, tokens[k].isWord, !Self.perceptionVerbs.contains(tokens[k].lower) { k -= 1 }
        guard k < v - 1, tokens[k].isWord, Self.perceptionVerbs.contains(tokens[k].lower), !tokens[k].isCapitalized else { return nil }
        // `saw him waving a flag and chanting`: the object pronoun's person.
        if let pronoun = objectPronounCandidate(tokens, k + 1, alone: false) { return pronoun }
        guard let object = speakerOfRegion(p, (k + 1)..<v), object.kind != .pronoun else { return nil }
        return object
    }

    /// Verbs of seeing or hearing whose object a participle of speech can follow.
    private static let perceptionVerbs: Set<String> = ["show", "shows", "showed", "showing", "shown", "saw", "see", "sees", "seen",
                                                        "heard", "hear", "hears", "filmed", "films", "captured", "captures", "depicted", "depicts"]

    /// The comma before the participle at `v` that joins it to the main clause: right before it
    /// (`, adding`), or before a short adverbial of time (`, at one point telling`, `, later
    /// adding`), which has no subject of its own.
    private func participleComma(_ tokens: [QuoteToken], before v: Int, sentence: Range<Int>) -> Int? {
        guard v > sentence.lowerBound else { return nil }
        if tokens[v - 1].isPunctuation(",") { return v - 1 }
        guard let comma = stride(from: v - 2, through: max(sentence.lowerBound, v - 4), by: -1).first(where: { !tokens[$0].isWord }),
              tokens[comma].isPunctuation(","), comma > sentence.lowerBound else { return nil }
        let first = tokens[comma + 1]
        let adverbial = first.has(.preposition) ? v - comma <= 4 : v - comma == 2 && (first.lower.endsWithBytes("ly") || Self.timeAdverbs.contains(first.lower))
        guard adverbial, ((comma + 1)..<v).allSatisfy({ !tokens[$0].isCapitalized && !tokens[$0].has(.cue) && !isAuxiliary(tokens[$0]) }) else { return nil }
        return comma
    }

    /// `…, and the home fans, chanting "…", sensed a first win`: the cue at `v` a participle
    /// right after a comma, its quotation at `t` right after it and closed by a comma and a word
    /// (the clause's verb), and before the comma a noun phrase opening its clause after `and` or
    /// `but` and a comma: that phrase is who says it. Nil at the sentence's start, which the
    /// subject's own search reads, and when the phrase is no speaker's shape.
    private func participleAsideSubject(_ p: TokenizedParagraph, cue v: Int, quotation t: Int, sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard t == v + 1, t + 2 < sentence.upperBound, v - 2 > sentence.lowerBound, tokens[v - 1].isPunctuation(","),
              tokens[v].lower.endsWithBytes("ing"), tokens[t + 1].isPunctuation(","), tokens[t + 2].isWord,
              !tokens[t + 2].lowerIs("and"), !tokens[t + 2].lowerIs("but") else { return nil }
        // Back over the phrase's words, at most six, to `and` or `but` after a comma.
        var k = v - 2
        while k > sentence.lowerBound, k >= v - 7, tokens[k].isWord, !tokens[k].lowerIs("and"), !tokens[k].lowerIs("but") { k -= 1 }
        guard k > sentence.lowerBound, k < v - 2, tokens[k].lowerIs("and") || tokens[k].lowerIs("but"), tokens[k - 1].isPunctuation(","),
              let subject = speakerOfRegion(p, (k + 1)..<(v - 1), subjectPosition: true), isSpeakerShaped(subject) else { return nil }
        return subject
    }

    /// Adverbs of time that may stand between a comma and a participle cue (`, later adding`).
    private static let timeAdverbs: Set<String> = ["later", "then", "again", "once", "before", "afterwards", "now"]

    /// The `with` opening an absolute clause whose participle is the cue at `v` (`with Governor
    /// X warning that`): a few words, none of them a mark or a verb, between them.
    private func absoluteClauseOpening(_ tokens: [QuoteToken], before v: Int, sentence: Range<Int>) -> Int? {
        var k = v - 1
        while k > max(sentence.lowerBound, v - 8) {
            let token = tokens[k]
            guard token.isWord, !token.has(.cue), !token.has(.auxiliary) else { return nil }
            if token.lowerIs("with") { return k + 1 < v ? k : nil }
            k -= 1
        }
        return nil
    }

    /// The subject of an active cue verb earlier in the sentence than `v`.
    private func outerCueSubject(_ p: TokenizedParagraph, before v: Int, sentence: Range<Int>) -> SpeakerCandidate? {
        var k = v - 1
        while k >= max(sentence.lowerBound, v - Self.scanLimit) {
            defer { k -= 1 }
            if p.tokens[k].quotationIndex != nil { return nil }
            guard p.tokens[k].isWord, isCue(p.tokens, k), !isPassive(p.tokens, k) else { continue }
            return subject(of: k, in: p, sentence: sentence)
        }
        return nil
    }

    /// Sieve 3: a cue later in the sentence (`"…" was the word Smith used, Smith said`), or
    /// `according to X` anywhere in it.
    func laterInSentence(_ p: TokenizedParagraph, _ t: Int, _ sentence: Range<Int>) -> (SpeakerCandidate?, String?)? {
        let tokens = p.tokens
        // `When Uzbekistan handed the harvest to private "clusters" in 2018, officials promised`:
        // a quotation in an opening subordinate clause is not the main clause's words.
        let subordinate = t > sentence.lowerBound && tokens[sentence.lowerBound].isWord &&
            ["when", "after", "as", "if", "although", "though", "because", "since", "before", "while", "once", "until", "unless", "whereas"].contains(tokens[sentence.lowerBound].lower)
        var k = t + 1
        while k < min(sentence.upperBound, t + Self.scanLimit) {
            defer { k += 1 }
            if tokens[k].quotationIndex != nil { return nil }
            guard tokens[k].isWord else { continue }
            if let phraseEnd = accordingPhrase(at: k, in: tokens), let speaker = objectSpeaker(p, from: phraseEnd) {
                return (speaker, phraseText(tokens, k..<phraseEnd))
            }
            if isCue(tokens, k) && !isPassive(tokens, k) {
                if opensReducedRelative(tokens, k) { return nil }
                if subordinate && ((t + 1)..<k).contains(where: { tokens[$0].isPunctuation(",") }) { return nil }
                if let subject = subject(of: k, in: p, sentence: (t + 1)..<sentence.upperBound) { return (subject, cueText(tokens, k)) }
                // `a "catastrophic" state, according to …`: a noun after the quotation that is
                // also a cue's form has no subject; read on.
                if k == t + 1 { continue }
                return nil
            }
        }
        return nil
    }

    /// Whether paragraph `p`, the headline, ends in `told` with no one after it (`Care worker
    /// 'lied to cover up fall', jury told`): headlines drop a passive's auxiliary, so the one
    /// before the verb was told, and is not the speaker.
    func headlineEndsInPassiveTold(_ p: TokenizedParagraph) -> Bool {
        guard let last = p.tokens.lastIndex(where: { $0.isWord || $0.quotationIndex != nil }) else { return false }
        return p.tokens[last].isWord && p.tokens[last].lowerIs("told")
    }
}
