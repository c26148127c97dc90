// Finding the subject (or object) of a cue verb: clause openings, appositives, relative clauses,
// coordinated names and the noun phrase that ends at a position. The grammar the sieves share.

extension SpeakerAttributor {
    /// The subject of the cue verb at `v`: the noun phrase that opens its clause.
    func subject(of v: Int, in p: TokenizedParagraph, sentence: Range<Int>) -> SpeakerCandidate? {
        let tokens = p.tokens
        // (`11:15 A British tourist who was staying nearby told us:`: a live blog's clock time
        // before the subject, without its dash, is no part of it.)
        let opening = sentence.count > 3 && tokens[sentence.lowerBound].isWord && isClockTime(tokens, sentence.lowerBound) ? liveBlogStampEnd(tokens, sentence, before: v) : sentence.lowerBound
        let sentence = max(opening, v - Self.scanLimit)..<sentence.upperBound
        // `Tengizchevroil, in which Exxon Mobil … hold stakes, said`: the subject is before the
        // relative clause, whatever names and verbs the clause has.
        if let opening = relativeClauseOpening(tokens, before: v, sentence: sentence) {
            // (`, whose owner, Bill Tran, said`: unless the clause's own subject is named.)
            if tokens[opening + 1].lowerIs("whose"), let named = nameOfWhoseNoun(tokens, whose: opening + 1, cue: v) { return named }
            // (`In a statement, which he read to the court, her husband, Mark Hollis, said`: a
            // clause about the phrase that opens the sentence with a preposition or a participle
            // ends at its first comma; the subject comes after it.)
            if let end = endOfClauseOnOpeningPhrase(tokens, opening: opening, before: v, sentence: sentence) {
                return subject(of: v, in: p, sentence: (end + 1)..<sentence.upperBound)
            }
            return subject(of: opening, in: p, sentence: sentence)
        }
        if let caused = objectOfCausative(p, cue: v, sentence: sentence) { return caused }
        // (`she used to say`, `Salazar is fond of saying`: the subject of the frame of habit.)
        if let frame = habitFrameStart(tokens, before: v, sentence: sentence), let habitual = subject(of: frame, in: p, sentence: sentence) { return habitual }
        if let reduced = reducedRelativeSubject(tokens, before: v, sentence: sentence) { return reduced }
        var c = v - 1
        var relative: Int? = nil
        let insideNames = nameRunMembership(tokens, sentence.lowerBound..<v)
        // `A Turkish official, speaking on condition of anonymity because he was not authorised
        // to talk to the media, said`: a participle phrase between commas right before the cue is
        // passed over whole, with any clause inside it. So is a passive one after the subject
        // (`Rao, asked whether he would remain captain, smiled: "…"`): its verb is no cue of the
        // subject's, and the clause inside it has its own subject.
        // (`X, while addressing a ceremony in Islamabad, said`: a subordinator may open the
        // participle, as South Asian and West African papers write it.)
        var participlePhrase: Range<Int>? = nil
        // (`The 44-year-old, known to everyone on his round as "Gaz", said`: the name someone goes
        // by, read as one, is a word of the phrase, and `known` its participle.)
        if v - 1 > sentence.lowerBound, tokens[v - 1].isPunctuation(","),
           let comma = stride(from: v - 2, through: sentence.lowerBound, by: -1).first(where: {
               tokens[$0].kind != .word && !(tokens[$0].quotationIndex.map { results[$0]?.sieve == "charge-or-name" } ?? false) }),
           tokens[comma].isPunctuation(","), comma + 1 < v - 1, tokens[comma + 1].isWord, !tokens[comma + 1].isCapitalized {
            let participle = comma + 2 < v - 1 && Self.participleSubordinators.contains(tokens[comma + 1].lower) && tokens[comma + 2].lower.endsWithBytes("ing")
                ? comma + 2 : comma + 1
            if tokens[participle].lower.endsWithBytes("ing") || tokens[participle].lower.endsWithBytes("ed") || tokens[participle].lowerIs("known"),
               !tokens[participle].has(.function) {
                participlePhrase = (comma + 1)..<(v - 1)
            }
        }
        scan: while c >= sentence.lowerBound {
            if let phrase = participlePhrase, phrase.contains(c) {
                c = phrase.lowerBound - 1
                continue
            }
            // A word in neither list, and not `what`, is passed over below: it is read in place
            // here (most words are such, and a token copied costs a retain and a release).
            if tokens[c].isWord && tokens[c].flags.isDisjoint(with: .subjectScanStop) && !tokens[c].lowerIs("what") {
                c -= 1
                continue
            }
            let token = tokens[c]
            switch token.kind {
            case .quotation:
                // `Hirsch, whose 2016 novel "The Glass Harbour" won the prize, said`: a title
                // already read as one is a noun of the subject's aside, not words said before it.
                if let q = token.quotationIndex, results[q]?.sieve == "title" {
                    c -= 1
                    continue
                }
                break scan
            case .punctuation:
                if token.mark == ";" || token.mark == ":" || token.mark == "–" || token.mark == "—" || token.mark == "-" { break scan }
                // `OPEC+ extends output cuts, Saudi minister warns`: a headline's comma joins clauses.
                if token.mark == ",", let h = headline, lines[h].contains(token.start) { break scan }
            case .word:
                // `Witnesses said the soldiers shouted "…"`: an earlier cue verb opens the clause.
                let speechNounPhrase = token.has(.speechNoun) && c + 1 < v && ["by", "from", "of"].contains(tokens[c + 1].lower)
                if token.has(.cue) && !speechNounPhrase && isCue(tokens, c) && !isPassive(tokens, c) &&
                    !((c + 1)..<v).contains(where: { tokens[$0].isPunctuation(",") }) { break scan }
                // `Asked by Ms Whitmore what happened next, Mrs Oakley said`, `Asked by the judge
                // whether she admitted it, X replied`: a clause opener after a participle and its
                // agent (or time) phrase is still inside the introductory phrase, which ends at
                // its comma. The one asked answers; the agent after `by` never does.
                if token.has(.clauseOpener) || token.lowerIs("what"), opensWithParticipleAndPhrase(tokens, before: c, sentence: sentence),
                   ((c + 1)..<v).contains(where: { tokens[$0].isPunctuation(",") }) {
                    c = sentence.lowerBound - 1
                    break scan
                }
                // `as firms redirect budgets toward what one executive called`: a free relative
                // clause has its own subject, the noun phrase after `what`, whatever the main clause
                // says, one word or more (`over what officials called`). (`in what it calls` keeps
                // `what` for the pronoun's test below.)
                if token.lowerIs("what"), c + 1 < v, pronounCandidate(tokens[c + 1]) == nil { break scan }
                guard token.has(.clauseOpener), !token.isCapitalized || c == sentence.lowerBound,
                      !insideNames.contains(c) else { break }
                if Self.isAdverbSince(tokens, c, after: sentence.lowerBound) || isSinceTimeBeforeCue(tokens, c, cue: v) ||
                    isNounPhraseClosingAside(tokens, c, cue: v, sentence: sentence) { break }
                // `Speaking after the 2-1 defeat, the Wolves boss said`: a preposition right after a
                // participle opening the sentence is inside its introductory phrase, which ends at
                // its comma; the whole sentence is searched, and the phrase skipped there.
                if token.has(.preposition), c - 1 == sentence.lowerBound, tokens[c - 1].isWord, tokens[c - 1].lower.endsWithBytes("ing"),
                   ((c + 1)..<v).contains(where: { tokens[$0].isPunctuation(",") }) {
                    c = sentence.lowerBound - 1
                    break scan
                }
                // `an activist and ally of …`: `and` joins nouns unless a new subject follows it.
                if token.lowerIs("and") || token.lowerIs("or") {
                    if c + 1 < v {
                        let next = tokens[c + 1]
                        let opensSubject = next.has(.determiner) || pronounCandidate(next) != nil || (next.isCapitalized && next.isWord) ||
                            opensBarePluralClause(tokens, and: c, before: v, sentence: sentence) ||
                            // (`…, and some shouted`: a lone `some` is a subject of its own.)
                            c + 2 == v && next.lowerIs("some")
                        if !opensSubject || isInsideOrganisationName(tokens, and: c, before: v, sentence: sentence) ||
                            insidePartitiveAside(tokens, before: c, sentence: sentence) { break }
                    }
                    break scan
                }
                // `quoted as saying`
                if token.lowerIs("as") && c + 1 == v { break }
                // `Hall once described her as "…"`: `once` right before the verb is an adverb of
                // time, not a clause opener (`once the votes are counted`, which a subject follows).
                if token.lowerIs("once") && c + 1 == v && c > sentence.lowerBound && tokens[c - 1].isWord { break }
                // `the rules (which one minister described as "a mess")`: a relative clause with its
                // own subject before the cue.
                if (token.lowerIs("which") || token.lowerIs("whom")) && c + 1 < v {
                    let next = tokens[c + 1]
                    if next.isWord && (next.has(.determiner) || next.runStart >= 0 || pronounCandidate(next) != nil || looksPlural(next)) { break scan }
                }
                if token.lowerIs("who") || token.lowerIs("which") || token.lowerIs("whose") {
                    // `the crowd, who chanted …`: the cue is inside the relative clause. Without a
                    // comma before it, or with one closing it before the cue, the relative clause
                    // is only a modifier of the subject further left.
                    let commaBefore = c > sentence.lowerBound && tokens[c - 1].isPunctuation(",")
                    let closedBeforeCue = v > c + 1 && tokens[v - 1].isPunctuation(",")
                    if commaBefore, token.lowerIs("whose"), let named = nameOfWhoseNoun(tokens, whose: c, cue: v) { return named }
                    if commaBefore && !closedBeforeCue {
                        if let name = nameAfterClosedAside(p, after: c, cue: v) { return name }
                        relative = c; break scan
                    }
                    break
                }
                if token.lowerIs("that") && c + 1 == v { relative = c; break scan }
                if token.lowerIs("as") && c > sentence.lowerBound && tokens[c - 1].lowerIs("such") { break }
                break scan
            }
            c -= 1
        }
        if let relative {
            return nounPhraseEnding(at: relative - 1, in: tokens, lowerBound: sentence.lowerBound, beforeWho: tokens[relative].lowerIs("who"))
        }
        // (`X was of the view that`, `X took the view that`: the subject ends before the verb.)
        var end = !tokens[v].has(.cue) && isViewCue(tokens, v) ? v - 2 : v
        while end > c + 1 && (isAuxiliary(tokens, end - 1) ||
                              (end - 2 > c && Self.isAdverbSince(tokens, end - 1, after: c))) { end -= 1 }
        // `He did, however, say`, `She has, of course, told`: a sentence adverb set off by
        // commas after an auxiliary stands between the subject and its verb.
        if let comma = setOffAdverbAfterAuxiliary(tokens, end: end, after: c) {
            end = comma
            while end > c + 1 && isAuxiliary(tokens, end - 1) { end -= 1 }
        }
        // `Kadyrov was heard saying`: a passive verb of perception before the participle cue.
        if tokens[v].lower.endsWithBytes("ing"), end - 2 > c, isPassive(tokens, end - 1) || ["heard", "seen", "caught", "filmed", "overheard"].contains(tokens[end - 1].lower) {
            end -= 1
            while end > c + 1 && isAuxiliary(tokens, end - 1) { end -= 1 }
        }
        if let both = coordinatedNames(tokens, and: c, end: end, sentence: sentence) { return both }
        // `Now I tell every young baker`, `and every December I said`: the first person, outside
        // quotation marks, is the writer or the one answering, whatever phrase comes before it.
        if end - 1 > c, tokens[end - 1].isWord, tokens[end - 1].lowerIs("i"), text[tokens[end - 1].start] == "I" {
            return SpeakerCandidate(text: "I", start: tokens[end - 1].start, end: tokens[end - 1].end, kind: .pronoun)
        }
        // `in what it calls`: the pronoun of a free relative clause.
        if end - 2 > c, tokens[end - 2].lowerIs("what"), let pronoun = pronounCandidate(tokens[end - 1]) { return pronoun }
        // `In his final statement last week he told the court`: a personal pronoun right before
        // the verb is its subject, whatever phrase comes before it.
        if end - 1 > c + 1, tokens[end - 1].lower != "it", let pronoun = pronounCandidate(tokens[end - 1]),
           tokens[end - 2].isWord && !["and", "or", "than", "as"].contains(tokens[end - 2].lower) ||
            // `Speaking to reporters after the hearing, he said`
            tokens[end - 2].isPunctuation(",") {
            return pronoun
        }
        var region = (c + 1)..<end
        // `accusing the board of "bad faith" and managers calling it`: a conjunction right after
        // a quotation joins clauses; it is no part of the subject.
        if region.count > 1, tokens[region.lowerBound].lowerIs("and") || tokens[region.lowerBound].lowerIs("or"),
           c >= sentence.lowerBound, tokens[c].quotationIndex != nil {
            region = (region.lowerBound + 1)..<region.upperBound
        }
        guard !region.isEmpty else { return nil }
        // `…, and some shouted`: a lone `some` is part of the group the sentence opened with.
        if region.count == 1, let group = partitiveAntecedent(p, some: region.lowerBound) { return group }
        // `As the results were read out, the crowd chanted`: skip a subordinate clause that opens
        // the sentence.
        // (`Asked if he feared for his job, the Rovers boss said`: so does one a participle opens,
        // its clause opener second.)
        let participleOpening = c == sentence.lowerBound + 1 && tokens[c - 1].isWord && tokens[c - 1].isCapitalized &&
            (tokens[c - 1].lower.endsWithBytes("ed") || tokens[c - 1].lower.endsWithBytes("ing"))
        if c >= sentence.lowerBound, c == sentence.lowerBound || participleOpening, tokens[c].isWord,
           let comma = region.first(where: { tokens[$0].isPunctuation(",") }), comma + 1 < region.upperBound,
           // (`But superfan X, 54, who has …, told`: a clause opener with no clause of its own
           // before a name and its age.)
           !isAgeApposition(tokens, after: comma, end: region.upperBound) {
            region = (comma + 1)..<region.upperBound
        }
        // `The protesters, Smith said, were …`: a parenthetical attribution.
        if v + 1 < tokens.count, tokens[v + 1].isPunctuation(","), tokens[end - 1].isPunctuation(",") == false,
           let comma = region.last(where: { tokens[$0].isPunctuation(",") }), comma + 1 < end {
            return speakerOfRegion(p, (comma + 1)..<end, subjectPosition: true)
        }
        if let reporting = trailingReportingSubject(p, cue: v, region: region, sentence: sentence) { return reporting }
        return speakerOfRegion(p, region, subjectPosition: true)
    }

    /// The comma opening a phrase of one to three lower-case words set off by commas right
    /// before `end`, its first word one that opens an introductory phrase or an adverb in -ly
    /// (`, however,`, `, of course,`, `, frankly,`), when an auxiliary stands before that comma
    /// (`He did, however, say`). Nil otherwise: `X, a farmer, said` sets off an apposition, read
    /// as before.
    private func setOffAdverbAfterAuxiliary(_ tokens: [QuoteToken], end: Int, after c: Int) -> Int? {
        guard end - 3 > c + 1, tokens[end - 1].isPunctuation(",") else { return nil }
        var k = end - 2
        while k > c + 1, k >= end - 4, tokens[k].isWord, !tokens[k].isCapitalized { k -= 1 }
        guard k < end - 2, tokens[k].isPunctuation(","), tokens[k - 1].isWord, !tokens[k - 1].isCapitalized, tokens[k - 1].has(.auxiliary),
              tokens[k + 1].has(.introductory) || tokens[k + 1].lower.endsWithBytes("ly") else { return nil }
        return k
    }

    /// `On Adebayo, 19, who was making his third appearance, Hartley added`, `Giving evidence in
    /// the trial of X, 61, who denies fraud, Y said`: a relative clause closed by a comma, then a
    /// person's whole name right before the cue at `v`. The clause belonged to a name in the
    /// sentence's opening phrase; the name after it is the subject. Nil for any other shape.
    ///
    /// A comma is looked for first, and only after the relative pronoun at `who`.
    private func nameAfterClosedAside(_ p: TokenizedParagraph, after who: Int, cue v: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        guard let comma = stride(from: v - 1, to: who, by: -1).first(where: { tokens[$0].kind != .word }),
              tokens[comma].isPunctuation(","), comma + 1 < v else { return nil }
        return wholePersonName(tokens, (comma + 1)..<v)
    }

    /// `…, bought at Kingston Road Newsagency, whose owner, Bill Tran, said`: the cue at `v` is
    /// the relative clause's own, and its subject the lower-case noun after `whose` (one to three
    /// words, a role or a relation), named in apposition right before the cue, with or without
    /// commas (`whose manager Dee Clark said`). Nil for any other shape: `whose owner said` names
    /// nobody, and the owner is not the noun before `whose`.
    private func nameOfWhoseNoun(_ tokens: [QuoteToken], whose: Int, cue v: Int) -> SpeakerCandidate? {
        var j = whose + 1
        while j < v, j <= whose + 3, tokens[j].isWord, !tokens[j].isCapitalized, !tokens[j].has(.function) { j += 1 }
        guard j > whose + 1, j < v else { return nil }
        let apposed = tokens[j].isPunctuation(",")
        if apposed { j += 1 }
        let end = apposed ? v - 1 : v
        guard j < end, !apposed || tokens[end].isPunctuation(","), let name = wholePersonName(tokens, j..<end),
              isSpeakerShaped(name), looksLikeName(name) else { return nil }
        return name
    }

    /// The person `segment` names when it is one run of capitalized name words, whole, that
    /// reads as a person; nil otherwise.
    private func wholePersonName(_ tokens: [QuoteToken], _ segment: Range<Int>) -> SpeakerCandidate? {
        guard !segment.isEmpty, tokens[segment.lowerBound].runStart == Int32(segment.lowerBound),
              Int(tokens[segment.lowerBound].runEnd) == segment.upperBound,
              let name = nameCandidate(tokens, segment, gender: .unknown), name.kind == .person else { return nil }
        return name
    }

    /// Whether the words after `comma` up to `end` are only a number and its closing comma
    /// (`, 72,`): a person's age set after the name, which the subject ends with. The closing
    /// comma may be the one the region stops before, where a relative clause about the one named
    /// opens (`Retired bank manager X, 71, who lives next door, said`).
    private func isAgeApposition(_ tokens: [QuoteToken], after comma: Int, end: Int) -> Bool {
        guard end - comma == 3 || end - comma == 2 && end < tokens.count,
              tokens[comma + 1].isWord, tokens[comma + 2].isPunctuation(",") else { return false }
        let digits = tokens[comma + 1].start..<tokens[comma + 1].end
        return digits.count <= 3 && digits.allSatisfy { ScalarClass.isDigit(text[$0]) }
    }

    /// Whether the sentence opens with a capitalized participle in -ed (`Asked`, `Pressed`,
    /// `Questioned`) and a short phrase it governs (`by Ms Whitmore`, `in 2015`: a preposition
    /// and at most five more words, no comma) right before the clause opener at `c`.
    ///
    /// The distance to `c` is asked first: a clause opener seldom comes so early in a sentence.
    private func opensWithParticipleAndPhrase(_ tokens: [QuoteToken], before c: Int, sentence: Range<Int>) -> Bool {
        let first = sentence.lowerBound
        guard c - first >= 3, c - first <= 7, opensWithQuestionParticiple(tokens, sentence),
              tokens[first + 1].isWord, tokens[first + 1].has(.preposition) else { return false }
        return ((first + 2)..<c).allSatisfy { tokens[$0].isWord && !tokens[$0].has(.clauseOpener) && !tokens[$0].has(.cue) }
    }

    /// `Around 150 people gathered outside the Rada holding placards, and protesters chanted "…"`:
    /// after a comma, `and` opens a clause of its own when a bare plural (one to three plain
    /// words, the last a plural: `protesters`, `striking nurses`) stands right before the cue
    /// and the stretch before the comma is a clause (four words or more), not one item of a list
    /// (`Teachers, nurses, and doctors chanted`, whose items are short, stays one subject).
    ///
    /// The comma before `and` is asked first: most `and`s before a cue join nouns without one.
    private func opensBarePluralClause(_ tokens: [QuoteToken], and c: Int, before v: Int, sentence: Range<Int>) -> Bool {
        guard c > sentence.lowerBound, tokens[c - 1].isPunctuation(","), v - c - 1 >= 1, v - c - 1 <= 3,
              looksPlural(tokens[v - 1]) else { return false }
        for w in (c + 1)..<v {
            let token = tokens[w]
            guard token.isWord, !token.isCapitalized, token.flags.isDisjoint(with: [.function, .determiner, .preposition, .cue, .clauseOpener]) else { return false }
        }
        var words = 0
        var b = c - 2
        while b >= sentence.lowerBound, !tokens[b].isPunctuation(","), tokens[b].quotationIndex == nil {
            if tokens[b].isWord { words += 1 }
            if words >= 4 { return true }
            b -= 1
        }
        return false
    }

    /// `The protesters, many of them members of the union and its youth wing, chanted`: an aside
    /// opening `, many of them` (or `of whom`) before `c` holds the `and`, not a new subject.
    private func insidePartitiveAside(_ tokens: [QuoteToken], before c: Int, sentence: Range<Int>) -> Bool {
        var j = c - 1
        while j > sentence.lowerBound + 1 && j > c - 16 {
            defer { j -= 1 }
            guard tokens[j].isWord, tokens[j].lowerIs("of"), tokens[j - 2].isPunctuation(","), j + 1 < c,
                  tokens[j + 1].lowerIs("them") || tokens[j + 1].lowerIs("whom") else { continue }
            return Self.partitiveHeads.contains(tokens[j - 1].lower)
        }
        return false
    }

    /// `The Treasury and Finance Ministry said`: an `and` between capitalized words after `the`,
    /// with an organisation word after it, joins the parts of one name. After `of` too, and over
    /// earlier `and`s of the same name (`Kevin Shaw, of Devon and Somerset Fire and Rescue
    /// Service, said`: the body a person is of, the person the subject).
    private func isInsideOrganisationName(_ tokens: [QuoteToken], and c: Int, before v: Int, sentence: Range<Int>) -> Bool {
        guard c > sentence.lowerBound, c + 1 < v, tokens[c - 1].isWord, tokens[c - 1].isCapitalized, tokens[c + 1].isCapitalized else { return false }
        var b = c - 1
        while b > sentence.lowerBound, tokens[b - 1].isWord, tokens[b - 1].lower != "the" {
            if tokens[b - 1].isCapitalized {
                b -= 1
            } else if tokens[b - 1].lowerIs("and"), b - 1 > sentence.lowerBound, tokens[b - 2].isWord, tokens[b - 2].isCapitalized {
                b -= 2
            } else {
                break
            }
        }
        guard b > sentence.lowerBound else { return false }
        if tokens[b - 1].lowerIs("of") {
            // After `of` the name must run on unbroken to its organisation word (`of Oxfam and
            // Tom Reid of the Red Cross` is two people, not one body).
            var k = c + 1
            while k < v, tokens[k].isWord, tokens[k].isCapitalized || tokens[k].lowerIs("and") {
                if tokens[k].isCapitalized && tokens[k].has(.organisation) { return true }
                k += 1
            }
            return false
        }
        guard tokens[b - 1].lowerIs("the") else { return false }
        return ((c + 1)..<v).contains { tokens[$0].isWord && tokens[$0].isCapitalized && tokens[$0].has(.organisation) }
    }

    /// `A boy named Maksym`, `a resident who gave only her first name, Liudmyla`, `one trader,
    /// identified only as Bakyt`: an anonymous common noun phrase whose name follows it.
    func namedLater(_ candidate: SpeakerCandidate) -> SpeakerCandidate? {
        guard candidate.kind == .group, !candidate.plural, let first = candidate.text.utf8.first,
              first | 0x20 == UInt8(ascii: "a") || first | 0x20 == UInt8(ascii: "o") ||
                // `said the woman, who gave only her first name, Lyudmila`
                (first | 0x20 == UInt8(ascii: "t") && lexicon.personNouns.contains(lastWord(of: candidate.text))) else { return nil }
        let line = line(containing: candidate.end)
        guard line < lines.count else { return nil }
        let tokens = paragraph(line).tokens
        guard let low = tokenIndex(endingAt: candidate.end, in: tokens) else { return nil }
        var k = low + 1
        var afterTrigger = false
        while k < tokens.count && k <= low + 14 {
            let token = tokens[k]
            if token.quotationIndex != nil { return nil }
            if token.kind == .punctuation {
                guard token.mark == "," else { return nil }
                k += 1
                continue
            }
            if afterTrigger, token.runStart == Int32(k) {
                let end = Int(token.runEnd)
                guard end == tokens.count || tokens[end].kind == .punctuation || tokens[end].quotationIndex != nil,
                      let name = nameCandidate(tokens, k..<end, gender: candidate.gender), name.kind == .person else { return nil }
                return name
            }
            // `who said her name was Mohira`: a cue about the name goes on to it; so does a request
            // about how to be named (`who asked to be identified only by her first name, Svetlana`,
            // `who asked that only his first name, Vasyl, be used`).
            if isCue(tokens, k) && !(k + 2 < tokens.count && ["her", "his"].contains(tokens[k + 1].lower) && tokens[k + 2].lowerIs("name")) &&
                !isRequestToBeNamed(tokens, k) { return nil }
            if afterTrigger && ["was", "is"].contains(token.lower) && tokens[k - 1].lowerIs("name") { k += 1; continue }
            afterTrigger = ["named", "called", "nicknamed", "name", "names", "as"].contains(token.lower) &&
                (token.lower != "as" || ["identified", "known", "named", "name", "himself", "herself", "only"].contains(tokens[k - 1].lower))
            k += 1
        }
        return nil
    }

    /// Whether the cue at `k` asks how its subject is to be named (`asked to be identified`,
    /// `asked that only his first name … be used`, `requested to be called`), not something of
    /// someone: the name the clause goes on to is the subject's own.
    func isRequestToBeNamed(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        guard ["asked", "asking", "requested"].contains(tokens[k].lower), k + 1 < tokens.count, tokens[k + 1].isWord else { return false }
        let next = tokens[k + 1].lower
        if next == "to", k + 3 < tokens.count, tokens[k + 2].lowerIs("be") { return true }
        guard next == "that" else { return false }
        // `asked that only his first name …`: the request is about the subject's name.
        return tokens[(k + 2)..<min(tokens.count, k + 6)].contains { $0.isWord && $0.lowerIs("name") }
    }

    /// `said a young woman holding a placard. She gave her name as Elif Demir.`, `"…," the doctor
    /// said. Her name is Saida Nurova`: a description of one person whom the next sentence names
    /// (`Her name is X`, `She gave her name as X`), read in the paragraph `p` holding it.
    func namedInNextSentence(_ candidate: SpeakerCandidate, _ p: TokenizedParagraph) -> SpeakerCandidate? {
        switch candidate.kind {
        case .group, .title: guard !candidate.plural else { return nil }
        default: return nil
        }
        let tokens = p.tokens
        guard let low = tokenIndex(endingAt: candidate.end, in: tokens) else { return nil }
        // The end of the description's sentence, with no quotation before it.
        var k = low + 1
        while k < tokens.count, k <= low + 16, !tokens[k].isPunctuation("."), tokens[k].quotationIndex == nil { k += 1 }
        guard k + 5 < tokens.count, tokens[k].isPunctuation("."), tokens[k + 1].isCapitalized else { return nil }
        var n = k + 2
        switch tokens[k + 1].lower {
        case "he", "she":
            // `She gave her name as`, `He gave only his first name,`
            guard tokens[n].lowerIs("gave") else { return nil }
            n += 1
            if tokens[n].lowerIs("only") { n += 1 }
            guard n + 1 < tokens.count, ["his", "her"].contains(tokens[n].lower) else { return nil }
            n += 1
            if n + 1 < tokens.count, ["first", "full"].contains(tokens[n].lower) { n += 1 }
        case "his", "her": break
        default: return nil
        }
        guard n + 2 < tokens.count, tokens[n].lowerIs("name"), ["is", "was", "as"].contains(tokens[n + 1].lower) || tokens[n + 1].isPunctuation(","),
              tokens[n + 2].runStart == Int32(n + 2) else { return nil }
        let end = Int(tokens[n + 2].runEnd)
        guard end == tokens.count || !tokens[end].isWord || tokens[end].lowerIs("and"),
              let name = nameCandidate(tokens, (n + 2)..<end, gender: .unknown), name.kind == .person, isSpeakerShaped(name) else { return nil }
        var named = withLearnedGender(name)
        if named.gender == .unknown { named.gender = ["she", "her"].contains(tokens[k + 1].lower) ? .female : .male }
        return named
    }

    /// The index of the token that ends at code point offset `end`, found by binary search, or
    /// nil when none does.
    func tokenIndex(endingAt end: Int, in tokens: [QuoteToken]) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].end < end { low = mid + 1 } else { high = mid }
        }
        return low < tokens.count && tokens[low].end == end ? low : nil
    }

    /// `the UKMK said` after `Kyrgyzstan's State Committee for National Security (UKMK)`: an
    /// acronym stands for the name it was given after in parentheses.
    func expandedAcronym(_ candidate: SpeakerCandidate) -> SpeakerCandidate? {
        guard candidate.kind == .organisation, (2...8).contains(candidate.text.utf8.count) else { return nil }
        let letters = Array(candidate.text.unicodeScalars)
        guard letters.allSatisfy({ ScalarClass.isUpper($0) }) else { return nil }
        if let known = acronyms[candidate.text] { return known }
        var found: SpeakerCandidate? = nil
        let n = letters.count
        let limit = min(text.count, candidate.start)
        // Where the letters of the first `(ACRONYM)` before the speaker start.
        let opening: Int? = text.withUnsafeBufferPointer { text in
            var i = 1
            search: while i + n < limit {
                defer { i += 1 }
                guard text[i - 1] == "(", text[i + n] == ")" else { continue }
                for k in 0..<n where text[i + k] != letters[k] { continue search }
                return i
            }
            return nil
        }
        if let i = opening {
            let tokens = paragraph(line(containing: i)).tokens
            if let open = tokens.firstIndex(where: { $0.start == i - 1 }), open > 0, tokens[open - 1].runStart >= 0,
                  Int(tokens[open - 1].runEnd) == open,
                  var name = nameCandidate(tokens, Int(tokens[open - 1].runStart)..<open, gender: .unknown) {
                // `the Rapid Support Forces (RSF)`: a name whose initials spell the acronym is an
                // organisation's, whatever its words.
                let initials = name.text.wordsSplitAtSpaces().compactMap { $0.unicodeScalars.first }.filter { ScalarClass.isUpper($0) }
                if name.kind != .organisation, initials == letters { name.kind = .organisation }
                if name.kind == .organisation { found = name }
            }
        }
        acronyms[candidate.text] = found
        return found
    }

    /// `"…," Arsen said` after `Arsen Hakobyan, 52, …`; `Toktosunov said` after `Almaz
    /// Toktosunov`: a person named by one word is reported by the one full name before it in the
    /// article that begins or ends with that word, or of three words has it in the middle
    /// (`Hernández says` after `Efraín Hernández Cruz`). When two full names share the word (`Arsen
    /// Hakobyan` and `Lusine Hakobyan`, for `Hakobyan`), or none has it, the word stays as it is.
    /// The offsets stay those of the short mention, which the names stage links to the full one.
    func fullName(of candidate: SpeakerCandidate) -> SpeakerCandidate? {
        guard candidate.kind == .person, !candidate.text.unicodeScalars.contains(where: { ScalarClass.isSpace($0) }) else { return nil }
        var found: SpeakerCandidate? = nil
        for name in fullNames(containing: candidate.text, before: candidate.end) where name.start < candidate.start && name.text != found?.text {
            if found != nil { return nil }
            found = name
        }
        // (`Edna and Stacey Pickering`: Edna is a Pickering too, so `Pickering` is either.)
        guard var full = found, !sharesSurnameWithGivenName(full, word: candidate.text) else { return nil }
        full.start = candidate.start
        full.end = candidate.end
        if full.gender == .unknown { full.gender = candidate.gender }
        return full
    }

    /// Generational and regnal numerals that end a person's name (`Nana Kwame Ankomah II`,
    /// `Pope Leo XIV`, `John Smith III`), lower-cased.
    static let nameNumerals: Set<String> = ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xiv", "xvi"]

    /// The people named by two or more words, the first or last of them `word` (or the middle one
    /// of three), in text order.
    /// The text is searched for the word first, so that only the paragraphs holding it are
    /// tokenized: most paragraphs of an article never are. A search asked again further on goes
    /// on from where the last one stopped, so the text is read once per word, not once per
    /// quotation whose speaker has it (the middle-name rule asks at every one).
    func fullNames(containing word: String, before limit: Int) -> [SpeakerCandidate] {
        let known = fullNamesByWord[word]
        if let known, known.limit >= limit { return known.names }
        var names = known?.names ?? []
        // Only the text before the speaker: a full name after it is not the one it stands for.
        forEachOccurrence(of: Array(word.unicodeScalars), startingIn: min(known?.limit ?? 0, text.count)..<min(limit, text.count)) { i in
            let tokens = paragraph(line(containing: i)).tokens
            guard let k = tokens.firstIndex(where: { $0.start == i }), tokens[k].runStart >= 0 else { return true }
            let run = Int(tokens[k].runStart)..<Int(tokens[k].runEnd)
            guard run.count >= 2, let name = nameCandidate(tokens, run, gender: .unknown), name.kind == .person else { return true }
            var words = name.text.wordsSplitAtSpaces()
            // (`Kwame Ankomah II` for `Ankomah`: the surname is the word before a numeral.)
            if words.count >= 3, let last = words.last, Self.nameNumerals.contains(last.lowercased()) { words.removeLast() }
            // (`Efraín Hernández Cruz` for `Hernández`: of a given name and two surnames, as Spanish
            // and Portuguese names are written, the article takes up the first surname alone; a
            // first word in capitals, `FC Chorsu Tashkent`, is a club's, no given name.)
            if words.count >= 2, words.first == Substring(word) || words.last == Substring(word) ||
                words.count == 3 && words[1] == Substring(word) && words[0].contains(where: \.isLowercase),
               !names.contains(where: { $0.start == name.start }) {
                names.append(name)
            }
            return true
        }
        fullNamesByWord[word] = (limit, names)
        return names
    }

    /// `a move the opposition called "…"`, `a step lawmakers said was needed`: the subject of a
    /// relative clause without `that`, right after the noun it describes.
    private func reducedRelativeSubject(_ tokens: [QuoteToken], before v: Int, sentence: Range<Int>) -> SpeakerCandidate? {
        func isContent(_ token: QuoteToken) -> Bool {
            token.isWord && !token.isCapitalized && !token.has(.function) && !token.has(.cue) && !isAuxiliary(token) && !token.has(.clauseOpener)
        }
        var k = v - 1
        while k > sentence.lowerBound && k >= v - 3 && isContent(tokens[k]) { k -= 1 }
        guard k < v - 1, k - 1 > sentence.lowerBound else { return nil }
        let head = tokens[v - 1]
        if tokens[k].lowerIs("the") {
            // `a move the opposition called`: a noun after `a` right before `the`.
            guard isContent(tokens[k - 1]), ["a", "an"].contains(tokens[k - 2].lower) else { return nil }
            return speakerOfSegment(tokens, k..<v, appositives: [])
        }
        // `a step lawmakers said`: `a` with one noun, then a plural.
        guard ["a", "an"].contains(tokens[k].lower), v - 1 - k >= 2, looksPlural(head) || head.has(.irregularPlural) else { return nil }
        return speakerOfSegment(tokens, (k + 2)..<v, appositives: [])
    }

    /// The comma closing a relative clause opened at the comma `opening` when the words before
    /// that comma are the sentence's opening phrase, a preposition's or a participle's with no
    /// comma of its own (`In a victim personal statement, which he read to the court, …`,
    /// `Speaking outside court, which she left in tears, …`), and the clause's first comma comes
    /// before the cue at `v` with words between: the subject is after it, not the phrase.
    private func endOfClauseOnOpeningPhrase(_ tokens: [QuoteToken], opening: Int, before v: Int, sentence: Range<Int>) -> Int? {
        let first = sentence.lowerBound
        guard opening - first >= 2, tokens[first].isWord,
              tokens[first].has(.preposition) || tokens[first].lower.endsWithBytes("ing") && !tokens[first].has(.function),
              !(first..<opening).contains(where: { !tokens[$0].isWord }),
              let end = ((opening + 2)..<v).first(where: { tokens[$0].isPunctuation(",") }), end + 2 < v else { return nil }
        return end
    }

    /// The comma opening a relative clause that a comma right before the cue at `v` closes
    /// (`X, who spoke on condition of anonymity, said`; `X, in which Y holds stakes, said`).
    private func relativeClauseOpening(_ tokens: [QuoteToken], before v: Int, sentence: Range<Int>) -> Int? {
        var close = v - 1
        while close > sentence.lowerBound && isAuxiliary(tokens, close) { close -= 1 }
        guard close > sentence.lowerBound, tokens[close].isPunctuation(",") else { return nil }
        var k = close - 1
        while k > sentence.lowerBound && k >= close - 40 {
            defer { k -= 1 }
            let token = tokens[k]
            if token.quotationIndex != nil { return nil }
            if token.kind == .punctuation && (token.mark == ";" || token.mark == ":" || token.mark == "(" || token.mark == ")" || token.mark == "–" || token.mark == "—") { return nil }
            // (`The Blue Heron Lounge, where he held a residency for decades, posted`: a place's
            // clause of `where` too.)
            guard token.isWord, ["who", "which", "whose", "whom", "where"].contains(token.lower) else { continue }
            // `, in which`, `, of whom`: a preposition before the relative pronoun.
            var opening = k - 1
            if opening > sentence.lowerBound, tokens[opening].isWord, tokens[opening].has(.preposition) || tokens[opening].lowerIs("of") { opening -= 1 }
            guard opening > sentence.lowerBound, tokens[opening].isPunctuation(","), opening + 1 < close - 1 else { return nil }
            return opening
        }
        return nil
    }

    /// `Aizhan Nurlanova and Daniyar Seitkali said`: two names joined by `and` as a whole subject
    /// are one plural speaker, not the second name alone.
    private func coordinatedNames(_ tokens: [QuoteToken], and c: Int, end: Int, sentence: Range<Int>) -> SpeakerCandidate? {
        guard c > sentence.lowerBound, c + 1 < end, tokens[c].lowerIs("and"), tokens[c - 1].runStart >= 0,
              tokens[c + 1].runStart == Int32(c + 1) else { return nil }
        // The second name may carry an appositive (`X and Y, two lawyers for the residents, said`).
        let secondEnd = Int(tokens[c + 1].runEnd)
        guard secondEnd == end || (secondEnd < end && tokens[secondEnd].isPunctuation(",")) else { return nil }
        // `Water and Sanitation Minister Lwazi Ndaba`, `Trade and Industry Secretary X`: a title
        // after the second name's first words makes the `and` part of the office's name.
        if !lexicon.titles.contains(tokens[c + 1].lower.trimmingDots),
           ((c + 2)..<secondEnd).contains(where: { lexicon.titles.contains(tokens[$0].lower.trimmingDots) }) { return nil }
        let first = Int(tokens[c - 1].runStart)
        guard first == sentence.lowerBound || first == 0 || tokens[first - 1].kind == .punctuation || tokens[first - 1].quotationIndex != nil ||
                pluralRoleBefore(tokens, first, lowerBound: sentence.lowerBound),
              let left = nameCandidate(tokens, first..<c, gender: .unknown), left.kind == .person,
              let right = nameCandidate(tokens, (c + 1)..<secondEnd, gender: .unknown), right.kind == .person else { return nil }
        return SpeakerCandidate(text: ScalarClass.string(text, left.start..<right.end), start: left.start, end: right.end, kind: .group, plural: true)
    }

    /// `Angered residents Tom Price and Amy Lee said`, `said neighbours X and Y`: whether the
    /// words right before the name at `first` are a plural role of the two people named (at most
    /// three lower-case words, the last a plural noun, back to `lowerBound` or a mark; the
    /// sentence's first word may be capitalized), which the names' pair stands for.
    private func pluralRoleBefore(_ tokens: [QuoteToken], _ first: Int, lowerBound: Int) -> Bool {
        guard first - 1 >= lowerBound, tokens[first - 1].isWord, !tokens[first - 1].isCapitalized,
              tokens[first - 1].lower.endsWithBytes("s") && !tokens[first - 1].lower.endsWithBytes("ss") || tokens[first - 1].has(.irregularPlural) else { return false }
        var j = first - 1
        while j >= lowerBound, j > first - 4, tokens[j].isWord {
            let word = tokens[j]
            guard !word.has(.function), !word.has(.determiner), !word.has(.preposition), !word.has(.auxiliary), !isCue(tokens, j),
                  !word.isCapitalized || isSentenceStart(tokens, j) else { return false }
            // (`Police arrested X and Y`: a past tense is a verb, unless it opens the sentence as
            // an adjective: `Angered residents`.)
            if word.lower.endsWithBytes("ed") || word.has(.irregularPast), !isSentenceStart(tokens, j) { return false }
            j -= 1
        }
        return j < lowerBound || !tokens[j].isWord
    }

    /// Whether token `k` is an age between commas after a name (`Aisha Rahman, 29, who said`).
    func isAgeBetweenCommas(_ k: Int, in tokens: [QuoteToken]) -> Bool {
        k > 0 && k + 1 < tokens.count && tokens[k].isWord && ScalarClass.isDigit(text[tokens[k].start])
            && tokens[k - 1].isPunctuation(",") && tokens[k + 1].isPunctuation(",")
    }

    /// The noun phrase that ends at token `k` (for `the crowd, who …`), read leftwards.
    private func nounPhraseEnding(at k: Int, in tokens: [QuoteToken], lowerBound: Int, beforeWho: Bool = false) -> SpeakerCandidate? {
        var k = k
        if k >= lowerBound && tokens[k].isPunctuation(",") { k -= 1 }
        // `Aisha Rahman, 29, who said`: the age is the name's.
        if k - 2 >= lowerBound, isAgeBetweenCommas(k, in: tokens), tokens[k - 2].isWord {
            k -= 2
        }
        guard k >= lowerBound, tokens[k].isWord else { return nil }
        // `the National Bank of Kazakhstan, which cited …`: a whole name.
        if tokens[k].runStart >= 0, Int(tokens[k].runEnd) == k + 1, Int(tokens[k].runStart) >= lowerBound {
            // `X, a 29-year-old dentist from Shymkent, who said`, `a nurse from Galway, who said`:
            // a name ending a description after a preposition is where or with whom the person
            // is; `who` stands for the person.
            if beforeWho, let person = personDescribedBefore(tokens, place: Int(tokens[k].runStart)..<(k + 1), lowerBound: lowerBound) { return person }
            if beforeWho, let group = groupDescribedBefore(tokens, place: Int(tokens[k].runStart)..<(k + 1), lowerBound: lowerBound) { return group }
            if let name = nameCandidate(tokens, Int(tokens[k].runStart)..<(k + 1), gender: .unknown) { return name }
        }
        var start = k
        var j = k
        while j >= lowerBound && tokens[j].isWord {
            let token = tokens[j]
            if token.has(.determiner) { start = j; break }
            if token.has(.function) || token.has(.cue) || token.lower.endsWithBytes("ing") { break }
            start = j
            j -= 1
        }
        guard start <= k else { return nil }
        return speakerOfSegment(tokens, start..<(k + 1), appositives: [])
    }

    /// The person a description ending in the name at `place` after a preposition stands for,
    /// when a relative `who` follows it: the name set off before the description (`X, a
    /// 29-year-old dentist from Shymkent,`, `X, an analyst at Halyk Finance,`), else the
    /// description whole (`a nurse from Galway`). The description opens with `a` or `an` and holds
    /// up to four lower-case words before the preposition (not `of`, which the preposition flag
    /// leaves out: `a friend of X, who` may be either). Nil for any other shape.
    private func personDescribedBefore(_ tokens: [QuoteToken], place: Range<Int>, lowerBound: Int) -> SpeakerCandidate? {
        let preposition = place.lowerBound - 1
        guard preposition - 2 >= lowerBound, tokens[preposition].isWord, tokens[preposition].has(.preposition) else { return nil }
        var d = preposition - 1
        while d > lowerBound, d > preposition - 6, tokens[d].isWord, !tokens[d].isCapitalized, !tokens[d].lowerIs("a"), !tokens[d].lowerIs("an") { d -= 1 }
        // (`The chief executive of a furniture maker near Kazan, who`, `a spokesman for a charity
        // in Leeds, who`: a description after `of`, or after a preposition a noun governs, is the
        // complement of a head before it, whom `who` stands for; after a verb's preposition,
        // `spoke to a nurse from Galway, who`, it is the person.)
        guard d < preposition - 1, tokens[d].lowerIs("a") || tokens[d].lowerIs("an"),
              d == lowerBound || !tokens[d - 1].isWord || !(tokens[d - 1].lowerIs("of") || tokens[d - 1].has(.preposition)) ||
                (!tokens[d - 1].lowerIs("of") && d - 2 >= lowerBound && tokens[d - 2].isWord &&
                 (tokens[d - 2].has(.irregularPast) || tokens[d - 2].lower.endsWithBytes("ed") || isCue(tokens, d - 2))),
              ((d + 1)..<preposition).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].has(.function) && !isCue(tokens, $0) }) else { return nil }
        if d - 2 >= lowerBound, tokens[d - 1].isPunctuation(","), tokens[d - 2].runStart >= 0, Int(tokens[d - 2].runEnd) == d - 1,
           Int(tokens[d - 2].runStart) >= lowerBound,
           let name = nameCandidate(tokens, Int(tokens[d - 2].runStart)..<(d - 1), gender: .unknown), name.kind == .person {
            return name
        }
        guard let description = speakerOfSegment(tokens, d..<place.upperBound, appositives: []), description.kind == .group else { return nil }
        return description
    }

    /// `The crowd on Rod Laver Arena, who had chanted "…"`, `the fans at Old Trafford, who`: a
    /// definite description of many people (a collective noun or a plural, at most two small words
    /// before it) whose phrase of place ends in a name is whom `who` stands for, whole, not the
    /// place. Only as the clause's first words; nil for any other shape.
    private func groupDescribedBefore(_ tokens: [QuoteToken], place: Range<Int>, lowerBound: Int) -> SpeakerCandidate? {
        let preposition = place.lowerBound - 1
        guard preposition - 2 >= lowerBound, tokens[preposition].isWord, tokens[preposition].has(.preposition), !tokens[preposition].lowerIs("of"),
              tokens[preposition - 1].isWord, !tokens[preposition - 1].isCapitalized,
              lexicon.collectiveNouns.contains(tokens[preposition - 1].lower) || looksPlural(tokens[preposition - 1]) || tokens[preposition - 1].has(.irregularPlural)
        else { return nil }
        var d = preposition - 2
        while d > lowerBound, d >= preposition - 4, tokens[d].isWord, !tokens[d].isCapitalized, !tokens[d].lowerIs("the"), !tokens[d].has(.function) { d -= 1 }
        guard tokens[d].isWord, tokens[d].lowerIs("the"), d == lowerBound || tokens[d - 1].kind == .punctuation,
              let description = speakerOfSegment(tokens, d..<place.upperBound, appositives: []), description.kind == .group,
              description.end == tokens[place.upperBound - 1].end else { return nil }
        return description
    }

    /// The speaker named after a cue or `according to` (`said Smith, a doctor`, `according to
    /// the ministry`): the phrase up to a preposition, clause opener or the sentence end.
    func objectSpeaker(_ p: TokenizedParagraph, from start: Int) -> SpeakerCandidate? {
        let tokens = p.tokens
        // `According to him, the outbreak was linked to "…"`: an object pronoun standing alone
        // is the subject pronoun's person (not `according to her lawyer`).
        if start < tokens.count, let pronoun = objectPronounCandidate(tokens, start) { return pronoun }
        var end = start
        let runs = nameRunMembership(tokens, start..<min(tokens.count, start + 16))
        while end < tokens.count && end < start + 16 {
            let token = tokens[end]
            if token.quotationIndex != nil { break }
            // The period of an initial inside a name (`Robert F. Kennedy`) does not end it; nor
            // does an initialism's before a lower-case word (`said a U.S. official`).
            // (`said Deputy Commissioner of Police (Zone 11) Rohit Deshmukh`: a qualifier in
            // parentheses before the name does not end the phrase.)
            if token.isPunctuation("("), let after = parenthesisBeforeTitledName(tokens, open: end, limit: min(tokens.count, start + 16)) {
                end = after
                continue
            }
            if token.kind == .punctuation && token.mark != "," && !runs.contains(end) && !initialismPeriodInPhrase(tokens, end, after: start) { break }
            if token.isWord && !runs.contains(end) {
                // `a statement from the ministry`: the phrase goes on to who made the statement.
                let afterSpeechNoun = end > start && tokens[end - 1].has(.speechNoun) && (token.lowerIs("from") || token.lowerIs("by"))
                // `a source close to the talks`; `an analyst at Halyk Finance, Murat Temirkhanov`;
                // `one user on VKontakte`.
                let complement = end > start && tokens[end - 1].has(.complementAdjective)
                let affiliation = end > start && ["at", "from", "for", "on"].contains(token.lower) && tokens[end - 1].isWord &&
                    !tokens[end - 1].isCapitalized && end + 1 < tokens.count && tokens[end + 1].runStart >= 0
                // `said one woman wrapped in an EU flag, who …`: a past participle after an
                // indefinite description's noun, with a phrase of place or manner after it (not an
                // agent: `a pensioner interviewed by the local site`), describes the speaker.
                if token.has(.preposition), !token.lowerIs("by"), !token.lowerIs("of"), end > start + 2,
                   tokens[end - 1].isWord, !tokens[end - 1].isCapitalized, tokens[end - 1].lower.endsWithBytes("ed"), !isCue(tokens, end - 1),
                   tokens[end - 2].isWord, !tokens[end - 2].isCapitalized, tokens[end - 2].runStart < 0,
                   tokens[start].isWord, Self.indefiniteDeterminers.contains(tokens[start].lower),
                   let close = (end + 1..<min(tokens.count, start + 16)).first(where: { tokens[$0].kind != .word || isCue(tokens, $0) }),
                   tokens[close].kind == .punctuation, [".", ","].contains(tokens[close].mark),
                   let described = speakerOfRelativeDescription(p, start..<close, relative: end - 1, namesAllowed: true) {
                    return described
                }
                if token.has(.preposition) && token.lower != "of" && !afterSpeechNoun && !complement && !affiliation {
                    // (`a shopper interviewed by the radio station`: a participle with its agent
                    // goes with the phrase it opens.)
                    if token.lowerIs("by"), end > start + 1, tokens[end - 1].isWord, !tokens[end - 1].isCapitalized,
                       tokens[end - 1].lower.endsWithBytes("ed"), tokens[end - 2].isWord, !tokens[end - 2].isCapitalized { end -= 1 }
                    break
                }
                // `said a neighbor who declined to give his name.`: a relative clause with no comma
                // belongs to an indefinite description; it runs to the next punctuation mark.
                if token.lowerIs("who"), end > start + 1, tokens[end - 1].isWord, !tokens[end - 1].isCapitalized,
                   tokens[start].isWord, Self.indefiniteDeterminers.contains(tokens[start].lower),
                   let close = (end + 2..<min(tokens.count, start + 16)).first(where: { tokens[$0].kind != .word }),
                   tokens[close].kind == .punctuation, [".", ","].contains(tokens[close].mark) {
                    // `said a woman who did not want to be named`: a clause asking not to be
                    // named says nothing of who she is; the description is the words before it
                    // (as `said an official who asked not to be named` is `an official`).
                    // (`a woman who lives on the estate but did not want to be named`: the clause
                    // up to its `but` still says who she is.)
                    if asksNotToBeNamed(tokens, end + 1..<close) {
                        let but = (end + 1..<close).first(where: { tokens[$0].lowerIs("but") })
                        if let but, let described = speakerOfRelativeDescription(p, start..<but, relative: end) { return described }
                        if but == nil, let described = speakerOfRegion(p, start..<end), described.kind == .group { return described }
                    }
                    if let described = speakerOfRelativeDescription(p, start..<close, relative: end) { return described }
                }
                // `"…," said neighbours Sunil Rao and Priya Nair.`: two people's names joined,
                // closing the phrase, are the speakers together.
                if token.lowerIs("and"), end > start, runs.contains(end - 1), end + 1 < tokens.count, tokens[end + 1].runStart == Int32(end + 1) {
                    let secondEnd = Int(tokens[end + 1].runEnd)
                    if secondEnd == tokens.count || tokens[secondEnd].kind == .punctuation,
                       let both = coordinatedNames(tokens, and: end, end: secondEnd, sentence: start..<secondEnd) { return both }
                }
                if token.has(.clauseOpener) && !token.has(.determiner) { break }
                if isCue(tokens, end) { break }
            }
            end += 1
        }
        while end > start && tokens[end - 1].isPunctuation(",") { end -= 1 }
        guard end > start else { return nil }
        return speakerOfRegion(p, start..<end)
    }

    /// Whether the token at `k` is the period of a dotted initialism inside a noun phrase that
    /// goes on in lower case (`a U.S. official`, `a senior U.N. envoy`): no sentence ends there.
    private func initialismPeriodInPhrase(_ tokens: [QuoteToken], _ k: Int, after start: Int) -> Bool {
        guard tokens[k].isPunctuation("."), k > start, k + 1 < tokens.count, tokens[k - 1].isDottedInitialism,
              tokens[k - 1].end == tokens[k].start else { return false }
        return tokens[k + 1].isWord && !tokens[k + 1].isCapitalized
    }

    /// Nouns that end a place's name (`Lagos State`, `Kherson Region`, `Orange County`): no
    /// person's name ends in one.
    static let placeNouns: Set<String> = ["state", "region", "oblast", "province", "county", "district", "city", "borough", "territory", "prefecture"]

    /// Whether the words of `clause` ask for the speaker's name to be kept out (`did not want to
    /// be named`, `asked not to be identified`, `declined to be named`): a refusal, then `be`
    /// with `named` or `identified`.
    private func asksNotToBeNamed(_ tokens: [QuoteToken], _ clause: Range<Int>) -> Bool {
        guard let be = clause.first(where: { tokens[$0].lowerIs("be") }), be + 1 < clause.upperBound,
              ["named", "identified"].contains(tokens[be + 1].lower) else { return false }
        return clause.lowerBound < be && (clause.lowerBound..<be).contains { ["not", "declined", "refused"].contains(tokens[$0].lower) }
    }

    /// The indefinite description `region`, its relative clause from `relative` kept: the noun
    /// phrase before it as read alone, with the clause's words after it.
    /// With `namesAllowed`, capitalized words may stand in the clause (`wrapped in an EU flag`:
    /// a participle phrase names a thing, where a relative clause may be naming the person).
    private func speakerOfRelativeDescription(_ p: TokenizedParagraph, _ region: Range<Int>, relative: Int, namesAllowed: Bool = false) -> SpeakerCandidate? {
        // (`a resident who gave only her first name, Liudmyla`: the name it goes on to says who.)
        guard !p.tokens[region.lowerBound..<relative].contains(where: { $0.kind != .word }),
              let described = speakerOfRegion(p, region.lowerBound..<relative), described.kind == .group,
              namedLater(described) == nil,
              // (`a man who gave his name as T.J.`: a clause with a capitalized word may be naming him.)
              namesAllowed || !p.tokens[relative..<region.upperBound].contains(where: { $0.isCapitalized || $0.runStart >= 0 }) else { return nil }
        let end = p.tokens[region.upperBound - 1].end
        var whole = described
        whole.text = ScalarClass.string(text, described.start..<end)
        whole.end = end
        return whole
    }

    /// Reads a speaker out of a subject region: introductory phrase, reported-speech noun,
    /// head phrase and appositives.
    func speakerOfRegion(_ p: TokenizedParagraph, _ region: Range<Int>, subjectPosition: Bool = false) -> SpeakerCandidate? {
        let tokens = p.tokens
        var region = region
        // (`19:48 — In its latest advisory, the bureau said`: the subject's phrases open after a
        // dateline or a live blog's time stamp.)
        if p.datelineEnd > 0, region.lowerBound <= p.datelineEnd, p.datelineEnd + 1 < region.upperBound {
            region = (p.datelineEnd + 1)..<region.upperBound
        }
        var skippedOpening = false
        // `On Monday, the ministry said`: skip an introductory phrase up to its comma.
        if let first = region.first, tokens[first].isWord, !tokens[first].isCapitalized || isSentenceStart(tokens, first),
           tokens[first].has(.introductory) || tokens[first].has(.preposition) ||
            (tokens[first].lower.endsWithBytes("ly") && tokens[first].lower.count > 3) ||
            // `Reached by phone, Bakyt Beshimov said`: a participle phrase.
            // (`Cross-examining for Highveld Gold, X put it to`: a hyphenated verb in -ing before a
            // preposition opens a participle phrase, though a name may run on through `for`.)
            (isSentenceStart(tokens, first) && tokens[first].lower.endsWithBytes("ing") && tokens[first].lower.utf8.contains(UInt8(ascii: "-")) &&
             first + 1 < region.upperBound && tokens[first + 1].isWord && !tokens[first + 1].isCapitalized && tokens[first + 1].has(.preposition)) ||
            (isSentenceStart(tokens, first) && tokens[first].runEnd == Int32(first + 1) &&
             (tokens[first].lower.endsWithBytes("ed") || tokens[first].lower.endsWithBytes("ing")) && first + 1 < region.upperBound &&
             // (Not a compound adjective before a role, `Moscow-based analyst X, one of …,`,
             // `Opposition-minded city councillor X`: a participle phrase opens with one verb.)
             ((tokens[first + 1].isWord && !tokens[first + 1].isCapitalized && !tokens[first].lower.utf8.contains(UInt8(ascii: "-"))) ||
              // `Sentencing, Judge Helen Marsh said`: a lone participle, unless it is a surname.
              // `Unconvinced, Mr. B.S. Nagaraj announced`: a lone past participle before a
              // titled name (a surname in -ed, `Ahmed, Mr. …`, is too rare to weigh).
              (tokens[first + 1].isPunctuation(",") && tokens[first].lower.endsWithBytes("ed") && tokens[first].lower.utf8.count > 6 &&
               first + 2 < region.upperBound && tokens[first + 2].isWord && tokens[first + 2].has(.title) && !tokens[first].inNameMention) ||
              (tokens[first + 1].isPunctuation(",") && tokens[first].lower.endsWithBytes("ing") &&
               !isSpeakerShaped(SpeakerCandidate(text: ScalarClass.string(text, tokens[first].start..<tokens[first].end), start: tokens[first].start, end: tokens[first].end, kind: .person))))),
           let comma = region.first(where: { tokens[$0].isPunctuation(",") }),
           // (`Retired builder Col Fennessy, 72, said`: an age between commas is the apposition of
           // the name before it, and `Retired builder …` an adjective before a role, no phrase.)
           !isAgeApposition(tokens, after: comma, end: region.upperBound) {
            region = (comma + 1)..<region.upperBound
            skippedOpening = true
            region = afterFrontedPhrases(tokens, region)
        }
        // `Last night a source close to the chef said`: a phrase of time opening the sentence
        // without its comma.
        if let first = region.first, first + 2 < region.upperBound, tokens[first].isWord, Self.timePhraseOpeners.contains(tokens[first].lower),
           isSentenceStart(tokens, first), tokens[first + 1].isWord, !tokens[first + 1].isPossessive, Self.timeWords.contains(tokens[first + 1].lower),
           !["past", "end"].contains(tokens[first + 1].lower), tokens[first + 2].isWord {
            region = (first + 2)..<region.upperBound
        }
        // `In 2019 a Dutch travel blogger posted`: a year after `in` opening the sentence without
        // its comma, as `Last night` above.
        if let first = region.first, first + 2 < region.upperBound, tokens[first].isWord, tokens[first].lowerIs("in"),
           isSentenceStart(tokens, first), isYear(tokens[first + 1]), tokens[first + 2].isWord {
            region = (first + 2)..<region.upperBound
        }
        // `Later the president said`: leading adverbs.
        while let first = region.first, tokens[first].kind == .punctuation || isAuxiliary(tokens, first) ||
                (tokens[first].isWord && isSentenceStart(tokens, first) && tokens[first].has(.auxiliary)) ||
                opensWithAdverbBeforeSubject(tokens, region) {
            region = (first + 1)..<region.upperBound
        }
        guard !region.isEmpty else { return nil }
        // `"Was it worth it?" I asked her`: the first person outside the marks is the writer (or
        // the one a transcript's label names), as it is before a cue; one capital letter is asked first.
        if region.count == 1, text[tokens[region.lowerBound].start] == "I", tokens[region.lowerBound].lowerIs("i") {
            return SpeakerCandidate(text: "I", start: tokens[region.lowerBound].start, end: tokens[region.lowerBound].end, kind: .pronoun)
        }
        // `claims by international observers say`: the speaker is the one who made the claims.
        // (Not a speech noun inside a name: `Headquarters for the Release of Civilians`.)
        for k in region where k + 1 < region.upperBound && tokens[k].isWord && tokens[k].has(.speechNoun) &&
            (!tokens[k].isCapitalized || isSentenceStart(tokens, k)) {
            let next = tokens[k + 1].lower
            if next == "by" || next == "from" || next == "of" {
                if let speaker = speakerOfRegion(p, (k + 2)..<region.upperBound) { return speaker }
            }
            break
        }
        // Split at commas outside parentheses: the head, then appositives.
        var segments: [Range<Int>] = []
        var depth = 0
        var segmentStart = region.lowerBound
        for k in region {
            let token = tokens[k]
            if token.isPunctuation("(") { depth += 1 }
            if token.isPunctuation(")") { depth = max(0, depth - 1) }
            // (Not a comma inside a name: `Ministry of Housing, Communities and Local Government`.)
            if depth == 0 && token.isPunctuation(",") && token.runStart < 0 {
                segments.append(segmentStart..<k)
                segmentStart = k + 1
            }
        }
        segments.append(segmentStart..<region.upperBound)
        segments = segments.filter { !$0.isEmpty }.map { withoutParenthesisAfterName(tokens, $0) }
        // `Asked about the tenge, which has lost 6% since September, Mukanova said`, `…, who
        // has led the club since 2019, Reid said`: the time that ends a clause before the comma
        // (its `since` read as the opener) is no head; the subject is after the comma.
        if segments.count > 1, isTimeOnly(tokens, segments[0]) {
            segments.removeFirst()
        }
        // `Turnout was 69%, the commission said`: a clause reported before the comma, with the
        // subject after it.
        // (Not when the last is an age: `that is how Aigul Temirova, 34, describes`.)
        if segments.count > 1, let last = segments.last, !ScalarClass.isDigit(text[tokens[last.lowerBound].start]),
           segments[0].contains(where: { tokens[$0].isWord && (tokens[$0].has(.auxiliary) && Self.finiteVerbs.contains(tokens[$0].lower) ||
                // (`Net profit fell to …, the company said`: a past tense makes a clause too.)
                tokens[$0].has(.irregularPast) && !tokens[$0].isCapitalized) }) {
            segments = [last]
        }
        // `after Safarov's arrest, it said`: a pronoun is never an appositive; after a comma it is
        // the subject, the words before it a phrase of their own.
        if segments.count > 1, let last = segments.last, last.count == 1, pronounCandidate(tokens[last.lowerBound]) != nil {
            segments = [last]
        }
        // `Speaking at a meeting with the envoy, Anna Lindqvist, on November 18, Tokayev said`: a
        // name after a phrase of time or place set off by commas is the subject; the name before
        // that phrase closed the opening phrase it stood in, as no appositive follows such a phrase.
        if skippedOpening, segments.count >= 3, let last = segments.last, wholePersonName(tokens, last) != nil,
           segments[1..<(segments.count - 1)].contains(where: { tokens[$0.lowerBound].isWord && !tokens[$0.lowerBound].isCapitalized && tokens[$0.lowerBound].has(.preposition) }) {
            segments = [last]
        }
        guard var head = segments.first else { return nil }
        // `…, and some in the crowd shouted`: the conjunction joining the clause to the one
        // before is no part of its subject.
        if head.count > 1, tokens[head.lowerBound].isWord, tokens[head.lowerBound].lowerIs("and") || tokens[head.lowerBound].lowerIs("but") {
            head = (head.lowerBound + 1)..<head.upperBound
        }
        return speakerOfSegment(tokens, cutHead(tokens, head, keepsPrepositions: subjectPosition), appositives: Array(segments.dropFirst()))
    }

    /// `Afterwards the keeper said`, `Meanwhile the council said`: a word that opens a phrase
    /// (`introductory-words.txt`), not a preposition, written without its comma before one noun
    /// phrase (a determiner and no other after it) is an adverb standing alone, no part of the
    /// subject. (`Outside the court his lawyer said`: a second determiner shows the word
    /// governs a phrase of its own, which is left as it was.)
    private func opensWithAdverbBeforeSubject(_ tokens: [QuoteToken], _ region: Range<Int>) -> Bool {
        guard let first = region.first, tokens[first].isWord, tokens[first].has(.introductory), !tokens[first].has(.preposition),
              isSentenceStart(tokens, first), first + 2 < region.upperBound, tokens[first + 1].isWord,
              isDeterminer(tokens[first + 1].lower) else { return false }
        return !region.dropFirst(2).contains { tokens[$0].isWord && isDeterminer(tokens[$0].lower) }
    }

    /// `On Monday, in a statement, the ministry said`, `In closing arguments, according to a
    /// transcript circulated by supporters, the prosecutor said`: after the sentence's opening
    /// phrase, more phrases set off by commas that a lowercase preposition or `according to`
    /// opens are fronted adverbials too, and the subject follows the last of them. A name or a
    /// noun after the first comma (`In Almaty, the firm, Kaspi Steel,`) ends the skipping.
    ///
    /// The region's first word is asked first: most regions open with the subject itself.
    private func afterFrontedPhrases(_ tokens: [QuoteToken], _ region: Range<Int>) -> Range<Int> {
        var region = region
        while let first = region.first, tokens[first].isWord, !tokens[first].isCapitalized,
              tokens[first].has(.preposition) || accordingPhrase(at: first, in: tokens) != nil,
              let comma = region.first(where: { !tokens[$0].isWord }), comma - first <= 10,
              tokens[comma].isPunctuation(","), tokens[comma].runStart < 0,
              comma + 1 < region.upperBound, tokens[comma + 1].isWord {
            region = (comma + 1)..<region.upperBound
        }
        return region
    }

    /// `Cllr Ruth Ashdown (Lab)`: a short parenthesis (a party, a place) closing a segment right
    /// after a person's name is no part of the speaker.
    private func withoutParenthesisAfterName(_ tokens: [QuoteToken], _ segment: Range<Int>) -> Range<Int> {
        guard segment.count >= 4, tokens[segment.upperBound - 1].isPunctuation(")"),
              let open = ((segment.upperBound - 4)..<(segment.upperBound - 2)).last(where: { tokens[$0].isPunctuation("(") }),
              open > segment.lowerBound, tokens[open - 1].runEnd == Int32(open), tokens[open - 1].runStart >= Int32(segment.lowerBound),
              let person = nameCandidate(tokens, Int(tokens[open - 1].runStart)..<open, gender: .unknown), person.kind == .person else { return segment }
        return segment.lowerBound..<open
    }

    /// The index after a short parenthesis opening at `open` (an acronym, `(Zone 11)`, `(Rural)`)
    /// that stands between a capitalized body or office and a capitalized word before `limit`,
    /// the title or name the phrase goes on to; nil for any other parenthesis.
    func parenthesisBeforeTitledName(_ tokens: [QuoteToken], open: Int, limit: Int) -> Int? {
        guard open > 0, tokens[open].isPunctuation("("), tokens[open - 1].isWord, tokens[open - 1].isCapitalized,
              let close = ((open + 2)..<min(limit, open + 5)).first(where: { tokens[$0].kind != .word }),
              tokens[close].isPunctuation(")"), close + 1 < limit,
              tokens[close + 1].isWord, tokens[close + 1].isCapitalized, tokens[close + 1].quotationIndex == nil,
              // (`(Zone 11)`: a qualifier's words are capitalized or numbers.)
              ((open + 1)..<close).allSatisfy({ tokens[$0].isCapitalized || ScalarClass.isDigit(text[tokens[$0].start]) }) else { return nil }
        // A person's name must follow: the capitalized words after it reach a name of two words.
        var k = close + 1
        while k < limit, tokens[k].isWord, tokens[k].isCapitalized { k += 1 }
        return k - (close + 1) >= 2 ? close + 1 : nil
    }

    /// Whether the prepositional phrase at `k` belongs to a subject's common head (`Nurses at
    /// the hospital`, `doctors from the clinic`), rather than being a time or a setting
    /// (`on Monday`, `in a statement`).
    private func keepsPhrase(_ tokens: [QuoteToken], at k: Int, in head: Range<Int>) -> Bool {
        // (`Someone at the back shouted`, `Someone in the bleachers`: so does an indefinite
        // pronoun's, capitalized as it opens the sentence.)
        // (`A rancher on the Horsefly road`, `the officer on the desk`: a place after `on` and `the`
        // too, but not `going on here`, nor someone's pages, `another supporter on the club's
        // forums`, where the words were posted rather than who posted them.)
        guard ["at", "from", "in", "on"].contains(tokens[k].lower), k > head.lowerBound,
              !tokens[k].lowerIs("on") || onPlacePhrase(tokens, at: k, in: head),
              tokens[k - 1].isWord, !tokens[k - 1].isCapitalized || isSentenceStart(tokens, k - 1),
              tokens[k - 1].runStart < 0 || (isSentenceStart(tokens, k - 1) && (looksPlural(tokens[k - 1]) || Self.indefinitePersons.contains(tokens[k - 1].lower)))
        else { return false }
        var j = k + 1
        var words = 0
        while j < head.upperBound && tokens[j].isWord {
            let word = tokens[j]
            if Self.timeWords.contains(word.lower) || word.has(.speechNoun) || ScalarClass.isDigit(text[word.start]) { return false }
            if word.has(.preposition) || word.has(.cue) { break }
            words += 1
            j += 1
        }
        return words > 0 && words <= 4
    }

    /// Whether `on` at `k` opens a place's phrase after `the`, no possessive among its words up to
    /// the head's end or the next preposition, and the last of them in lower case (`on the Mile`,
    /// a name, would be read as the speaker's own); not after a verb's form in -ed or -ing
    /// (`Pressed on the pledge in the Senate, X said`).
    private func onPlacePhrase(_ tokens: [QuoteToken], at k: Int, in head: Range<Int>) -> Bool {
        guard k + 2 < head.upperBound, tokens[k + 1].lowerIs("the"), !tokens[k - 1].lower.endsWithBytes("ed"),
              !tokens[k - 1].lower.endsWithBytes("ing") else { return false }
        var j = k + 2
        while j < head.upperBound, tokens[j].isWord, !tokens[j].has(.preposition) {
            if tokens[j].isPossessive { return false }
            j += 1
        }
        return j > k + 2 && !tokens[j - 1].isCapitalized
    }

    /// The head phrase up to a relative pronoun, a parenthesis, a participle (`organized by`), a
    /// preposition outside a name, or a cue word.
    private func cutHead(_ tokens: [QuoteToken], _ head: Range<Int>, keepsPrepositions: Bool = false) -> Range<Int> {
        // `Pakistan Textile Exporters Forum (PTEF) Chairman Mian Khurram Iqbal`, `Deputy
        // Commissioner of Police (Zone 11) Rohit Deshmukh`: the title and name after a body's
        // acronym or an office's qualifier in parentheses are the speaker.
        if let open = head.first(where: { tokens[$0].isPunctuation("(") }),
           let after = parenthesisBeforeTitledName(tokens, open: open, limit: head.upperBound),
           (after..<head.upperBound).allSatisfy({ tokens[$0].isWord && (tokens[$0].isCapitalized || tokens[$0].runStart >= 0) }) {
            return cutHead(tokens, after..<head.upperBound, keepsPrepositions: keepsPrepositions)
        }
        let runs = nameRunMembership(tokens, head)
        for k in head where k > head.lowerBound {
            let token = tokens[k]
            if token.isPunctuation("(") { return head.lowerBound..<k }
            guard token.isWord, !runs.contains(k) else { continue }
            if ["who", "which", "whose", "that", "whom"].contains(token.lower) { return head.lowerBound..<k }
            // `Analysts at Jefferies`, `doctors from MSF`, `a spokesperson for Rio Tinto`, `one
            // user on VKontakte`: an
            // affiliation with a named organisation stays with a common head.
            let affiliation = ["at", "from", "for", "on"].contains(token.lower) &&
                (!runs.contains(k - 1) || (k - 1 == head.lowerBound && isSentenceStart(tokens, k - 1) && looksPlural(tokens[k - 1]))) &&
                k + 1 < head.upperBound && runs.contains(k + 1) &&
                runs.runs.first(where: { $0.contains(k + 1) }).map { $0.upperBound == head.upperBound || tokens[$0.upperBound].isPunctuation(",") } == true
            // `Lawyers for the company`, `Officials at the ministry`: an organisation by its noun.
            let commonAffiliation = ["at", "for"].contains(token.lower) && k + 2 < head.upperBound &&
                (!runs.contains(k - 1) || (k - 1 == head.lowerBound && isSentenceStart(tokens, k - 1))) &&
                tokens[k + 1].lowerIs("the") && head.upperBound - (k + 2) <= 3 && tokens[head.upperBound - 1].has(.organisation) &&
                ((k + 2)..<head.upperBound).allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].has(.function) }
            if affiliation || commonAffiliation || possessiveAffiliation(tokens, preposition: k, in: head, runs: runs) { continue }
            // `One of the company's largest shareholders`: a partitive keeps the noun phrase it
            // counts from (not `One of them`, whose name follows in apposition).
            if token.lowerIs("of"), k - 1 == head.lowerBound, Self.partitiveHeads.contains(tokens[k - 1].lower), k + 2 < head.upperBound,
               tokens[k + 1].has(.determiner) || tokens[k + 1].isPossessive {
                continue
            }
            if token.has(.preposition) {
                if keepsPrepositions && keepsPhrase(tokens, at: k, in: head) { continue }
                if tokens[k - 1].has(.complementAdjective) { continue }
                if roleBeforeName(tokens, preposition: k, in: head) { return head }
                return head.lowerBound..<k
            }
            if token.lower.endsWithBytes("ed") && k + 1 < head.upperBound && tokens[k + 1].lowerIs("by") { return head.lowerBound..<k }
            // `More than 200 scientists signed an open letter calling …`: a past-tense verb after
            // the head noun, before its object, ends the subject.
            if token.lower.endsWithBytes("ed") || (token.has(.irregularPast) && !token.isCapitalized), k - 1 > head.lowerBound, !tokens[k - 1].has(.determiner), !isAuxiliary(tokens, k - 1),
               k + 1 < head.upperBound, tokens[k + 1].has(.determiner) || tokens[k + 1].has(.preposition) || ScalarClass.isDigit(text[tokens[k + 1].start]) {
                return head.lowerBound..<k
            }
            // `Bolot Sherniyazov of the Ata-Meken party`: the name is the head.
            // (Not a title alone, capitalized as the sentence's first word: `Chair of the group,
            // retired teacher Morag McPhail,`, `Head of the district administration, X,` is a role
            // of a body, with its holder in apposition, as `The head of …, X,` is.)
            if (token.lowerIs("of") || token.lowerIs("from") || token.lowerIs("at")) && runs.contains(k - 1) && !tokens[k - 1].has(.quantityNoun) &&
                !(token.lowerIs("of") && k - 1 == head.lowerBound && isSentenceStart(tokens, k - 1) && tokens[k - 1].has(.title)) { return head.lowerBound..<k }
            if isCue(tokens, k) { return head.lowerBound..<k }
        }
        return head
    }

    /// `A spokesman for West Yorkshire's integrated care board`, `a spokesperson for Nairobi's
    /// county government`: after `for`/`at`/`from`, a name with a possessive owns the body the
    /// lower-case words after it name, and the whole phrase is the affiliation. The owner's name
    /// alone is no body.
    private func possessiveAffiliation(_ tokens: [QuoteToken], preposition k: Int, in head: Range<Int>, runs: NameRunSet) -> Bool {
        guard ["for", "at", "from"].contains(tokens[k].lower), k + 2 < head.upperBound, !runs.contains(k - 1),
              let run = runs.runs.first(where: { $0.contains(k + 1) }), run.lowerBound == k + 1 else { return false }
        return possessiveBodyEnd(tokens, afterOwner: run.upperBound, limit: head.upperBound) == head.upperBound
    }

    /// The end of the body a possessive name owns (`West Yorkshire's integrated care board`):
    /// one to four plain lower-case words after the owner's run ending at `owner` (no function
    /// word, preposition, cue or auxiliary, the last not in -ed), or nil when the run has no
    /// possessive or no such words follow before `limit`.
    func possessiveBodyEnd(_ tokens: [QuoteToken], afterOwner owner: Int, limit: Int) -> Int? {
        guard owner > 0, owner < limit, tokens[owner - 1].isPossessive else { return nil }
        var end = owner
        // (`East Midlands Ambulance Service's Lincolnshire division`: a place's name may open
        // the body's words; a lower-case noun must close them.)
        while end < min(limit, owner + 4), tokens[end].isWord, !tokens[end].isPossessive,
              tokens[end].flags.isDisjoint(with: [.function, .cue, .preposition]), !isAuxiliary(tokens, end) { end += 1 }
        while end > owner, tokens[end - 1].isCapitalized || tokens[end - 1].lower.endsWithBytes("ed") { end -= 1 }
        return end > owner ? end : nil
    }

    /// A speaker from a head phrase and its appositives.
    func speakerOfSegment(_ tokens: [QuoteToken], _ head: Range<Int>, appositives: [Range<Int>]) -> SpeakerCandidate? {
        let head = withoutTrailingTime(tokens, head)
        guard !head.isEmpty else { return nil }
        let words = head.filter { tokens[$0].isWord }
        guard !words.isEmpty else { return nil }
        if words.count == 1, let pronoun = pronounCandidate(tokens[words[0]]) { return pronoun }
        // `One of them, who spoke on condition of anonymity, said`: the partitive cut before its
        // `of` (and with no name in apposition) is one of a group named before, kept with its
        // `of them` for the group to be found.
        if words.count == 1, appositives.allSatisfy({ nameRuns(tokens, $0).isEmpty }), tokens[words[0]].lowerIs("one") || tokens[words[0]].lowerIs("another"),
           head.upperBound + 1 < tokens.count, tokens[head.upperBound].lowerIs("of"), tokens[head.upperBound + 1].lowerIs("them") {
            let start = tokens[words[0]].start, end = tokens[head.upperBound + 1].end
            return SpeakerCandidate(text: ScalarClass.string(text, start..<end), start: start, end: end, kind: .group)
        }
        // `He declined to comment further, saying`: a pronoun subject with a verb of its own
        // before a participle cue.
        if words.count > 1, appositives.isEmpty, words[0] == head.lowerBound, let pronoun = pronounCandidate(tokens[words[0]]),
           !tokens[words[1]].isCapitalized, !tokens[words[1]].has(.auxiliary),
           tokens[words[1]].lower.endsWithBytes("ed") || tokens[words[1]].has(.irregularPast) {
            return pronoun
        }
        let firstWord = tokens[words[0]]
        // `When I asked the bank what that meant, a spokeswoman said`: the verb that ends an
        // opening clause is no head, and the description after its comma is the subject.
        if words.count == 1, let appositive = appositives.first, !firstWord.isCapitalized,
           firstWord.has(.irregularPast) || firstWord.lower.endsWithBytes("ed") {
            return speakerOfSegment(tokens, appositive, appositives: [])
        }
        // `Asked by Reuters whether that ruled one out, Marsh said`, `Asked whether that changed
        // anything, the manager, Dean Holt, said`: so does a verb in the past with its object, all
        // lower case, that ends a clause the scan opened at `that`; the subject after its comma
        // keeps its own appositives.
        if words.count > 1, let appositive = appositives.first, !firstWord.isCapitalized,
           firstWord.has(.irregularPast) || firstWord.lower.endsWithBytes("ed"), !isCue(tokens, words[0]), words.allSatisfy({ !tokens[$0].isCapitalized }) {
            return speakerOfSegment(tokens, appositive, appositives: Array(appositives.dropFirst()))
        }
        // (`In Lairg, retired postman Donald Mackay said`, `jailed blogger X`: a participle as
        // an adjective before a role noun and a person's name is part of the role.)
        let participleBeforeRole = words.count >= 4 && firstWord.lower.endsWithBytes("ed") && !tokens[words[1]].isCapitalized &&
            !tokens[words[1]].has(.function) && !isCue(tokens, words[1]) && tokens[words[2]].runStart == Int32(words[2]) &&
            Int(tokens[words[2]].runEnd) == head.upperBound && !isCue(tokens, words[0]) &&
            !words.contains(where: { tokens[$0].lowerIs("and") }) &&
            nameCandidate(tokens, words[2]..<head.upperBound, gender: .unknown)?.kind == .person
        if isAuxiliary(firstWord) || (!firstWord.isCapitalized && !participleBeforeRole && (firstWord.lower.endsWithBytes("ed") || isCue(tokens, words[0]))) {
            return nil
        }
        var gender = SpeakerGender.unknown
        for segment in [head] + appositives {
            for k in segment where tokens[k].isWord {
                let g = wordGender(tokens, k)
                if g != .unknown { gender = g }
            }
        }
        // `The head of the National Security Committee, Kamchybek Tashiev,`, `An agricultural
        // economist at the University of Lagos, Prof. Tunde Olatunji,`: a role of an organisation
        // (a title, or a few lower-case words), with the person's name in apposition.
        if let appositive = appositives.first, let role = words.first(where: { !tokens[$0].has(.determiner) }),
           !tokens[role].isCapitalized || isSentenceStart(tokens, role) || tokens[role].has(.title),
           let of = ((role + 1)..<min(role + 4, head.upperBound)).first(where: { !tokens[$0].isWord || tokens[$0].isCapitalized || tokens[$0].has(.function) ||
               tokens[$0].has(.preposition) || tokens[$0].lowerIs("of") }),
           tokens[of].lowerIs("of") || (tokens[of].lowerIs("at") && of > role + 1),
           tokens[role].has(.title) || of > role + 1,
           // (`The Mayor of Greater Manchester, Andy Burnham,`: a capitalized title before `of`
           // runs on into the office's name; the holder is still the name in apposition.)
           (role..<of).allSatisfy({ (tokens[$0].runStart < 0 || tokens[role].has(.title) && tokens[$0].runStart == Int32(role)) &&
               !tokens[$0].has(.cue) && !isAuxiliary(tokens[$0]) }),
           tokens[appositive.lowerBound].runStart == Int32(appositive.lowerBound), Int(tokens[appositive.lowerBound].runEnd) == appositive.upperBound,
           let candidate = nameCandidate(tokens, appositive, gender: gender), candidate.kind == .person {
            return candidate
        }
        // `The Special Adviser to the Governor on Health, Dr Kemi Ogunleye,`, `The Minister for
        // Health, Stephen Donnelly,`: an office written in capitals, ending in a title before its
        // brief (`to`, `for`, `on`, `of`), with its holder's name in apposition.
        if let appositive = appositives.first, let role = words.first(where: { !tokens[$0].has(.determiner) }),
           // (The head may have been cut at the link: the brief runs on to the appositive's comma.)
           let link = ((role + 1)..<min(role + 4, appositive.lowerBound)).first(where: { tokens[$0].isWord && Self.officeLinks.contains(tokens[$0].lower) }),
           tokens[link - 1].has(.title),
           (role..<link).allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized && !tokens[$0].has(.cue) }),
           tokens[appositive.lowerBound].runStart == Int32(appositive.lowerBound), Int(tokens[appositive.lowerBound].runEnd) == appositive.upperBound,
           let candidate = nameCandidate(tokens, appositive, gender: gender), candidate.kind == .person {
            return candidate
        }
        // `One of them, Dastan Bekeshev,`: a partitive head (a number or quantifier, cut before
        // its `of` or keeping it: `One of the company's shareholders`) names no one, even
        // capitalized at the start; the name in apposition does.
        let partitive = !appositives.isEmpty &&
            (words.count == 1 && firstWord.has(.function) ||
             Self.partitiveHeads.contains(firstWord.lower) && (words.count == 1 || tokens[words[1]].lowerIs("of")))
        // The head ends with a name: `Party member Elvira Surabaldiyeva`, `President Jeenbekov`.
        let runs = partitive ? [] : nameRuns(tokens, head)
        if runs.count == 2, runs[0].lowerBound == words[0] || pluralRoleBefore(tokens, runs[0].lowerBound, lowerBound: head.lowerBound),
           runs[0].upperBound + 1 == runs[1].lowerBound,
           tokens[runs[0].upperBound].lowerIs("and"), runs[1].upperBound == lastWordIndex(tokens, head) + 1,
           let both = coordinatedNames(tokens, and: runs[0].upperBound, end: runs[1].upperBound, sentence: head) {
            return both
        }
        // `The Treasury and Finance Ministry`: two capitalized parts of one organisation's name.
        if runs.count >= 2, let last = runs.last, last.upperBound == lastWordIndex(tokens, head) + 1 {
            let previous = runs[runs.count - 2]
            if previous.upperBound + 1 == last.lowerBound, tokens[previous.upperBound].lowerIs("and"),
               previous.lowerBound > head.lowerBound, tokens[previous.lowerBound - 1].lowerIs("the"),
               last.contains(where: { tokens[$0].has(.organisation) }),
               let candidate = nameCandidate(tokens, previous.lowerBound..<last.upperBound, gender: .unknown), candidate.kind == .organisation {
                return candidate
            }
        }
        // (`Analysts` opening the sentence may read as a one-word name run of its own.)
        let groupOfName = runs.count == 1 || runs.count == 2 && runs[0] == words[0]..<(words[0] + 1) && isSentenceStart(tokens, words[0])
            ? groupBeforeName(tokens, runs[runs.count - 1], words) : nil
        // `The Lagos State Governor, Adewale Ogunbiyi,`, `The Kyrgyz President, X,`: an office
        // written in capitals, a place's name before its title, with its holder in apposition.
        // So is an office written out with its brief, `The Minister of State for Finance, X,`.
        if let run = runs.last, run.upperBound == lastWordIndex(tokens, head) + 1, run.count >= 2,
           tokens[run.upperBound - 1].has(.title) || run.dropLast().contains(where: { tokens[$0].has(.title) && Self.officeLinks.contains(tokens[$0 + 1].lower) }),
           let holder = officeHolderInApposition(tokens, head, appositives, gender: gender) {
            return holder
        }
        if let run = runs.last, run.upperBound == lastWordIndex(tokens, head) + 1, groupOfName == nil,
           !(run.lowerBound > head.lowerBound && tokens[run.lowerBound - 1].isWord && !tokens[run.lowerBound - 1].isCapitalized &&
             (tokens[run.lowerBound - 1].has(.preposition) || tokens[run.lowerBound - 1].lowerIs("of"))) {
            if let candidate = nameCandidate(tokens, run, gender: gender) { return candidate }
        }
        // `one opposition candidate, Ryskeldi Mombekov,`: a common head with a name in apposition.
        if let appositive = appositives.first {
            let appositiveRuns = nameRuns(tokens, appositive)
            // After a partitive, a role may stand before the name (`One of them, actress Yelena Morozova,`).
            if let run = appositiveRuns.last, run.upperBound == lastWordIndex(tokens, appositive) + 1,
               partitive || appositive.allSatisfy({ k in !tokens[k].isWord || appositiveRuns.contains(where: { r in r.contains(k) }) || tokens[k].has(.title) || tokens[k].has(.determiner) ||
                   // `A voter in Vake, 72-year-old Manana Jorbenadze,`: an age before the name.
                   (k < run.lowerBound && tokens[k].lower.endsWithBytes("-year-old")) ||
                   // `A customer at the counter, retired postman Billy Rennie,`: a few lower-case words
                   // of a role before the name.
                   (k < run.lowerBound && run.lowerBound - appositive.lowerBound <= 3 && !tokens[k].isCapitalized && !tokens[k].has(.function) &&
                    !tokens[k].has(.cue) && !isAuxiliary(tokens[k])) ||
                   // `Kostova's coach, her father Dimitar,`: a relation of known sex after `his`/`her`.
                   (k < run.lowerBound && k > appositive.lowerBound && ["his", "her"].contains(tokens[k - 1].lower) && wordGender(tokens, k) != .unknown) ||
                   (k + 1 < run.lowerBound && ["his", "her"].contains(tokens[k].lower)) }),
               let candidate = nameCandidate(tokens, run, gender: gender) {
                return candidate
            }
            // `Her co-author, Samuel Okonjo of the British Antarctic Survey,`: a person's name
            // and the body they speak for. (`her main rival, businessman Samuel Langat of the
            // ruling party,`: a few lower-case role words may stand before a name of two words or
            // more, the last a noun for a person.)
            if let run = appositiveRuns.first, run.upperBound < appositive.upperBound,
               ["of", "at", "from"].contains(tokens[run.upperBound].lower),
               (appositive.lowerBound..<run.lowerBound).allSatisfy({ tokens[$0].isWord && (tokens[$0].has(.title) || tokens[$0].has(.determiner)) }) ||
                run.count >= 2 && run.lowerBound > appositive.lowerBound && run.lowerBound - appositive.lowerBound <= 3 && isRoleNoun(tokens[run.lowerBound - 1]) &&
                (appositive.lowerBound..<run.lowerBound).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !tokens[$0].has(.function) && !tokens[$0].has(.cue) && !isAuxiliary(tokens[$0]) }),
               let candidate = nameCandidate(tokens, run, gender: gender), candidate.kind == .person {
                return candidate
            }
        }
        // `The dinghy's owner, a 38-year-old tradie from Ingham,`: a relation to something (a
        // possessive head) with an indefinite description in apposition, which says who.
        if let appositive = appositives.first, let described = indefiniteAppositive(tokens, words, appositive) { return described }
        // A common noun phrase: a group or an organisation (`the health ministry`, `protesters`).
        // (A long organisation's name closing `The observation mission of …` makes no phrase too long.)
        // (Nor does a body owned by a long name after a role's `for`: `A spokesman for East
        // Midlands Ambulance Service's Lincolnshire division`.)
        guard words.count <= 8 || groupOfName.map({ words.firstIndex(of: $0)! <= 6 }) == true ||
                words.count <= 12 && tokens[words[1]].has(.title) &&
                possessiveAffiliation(tokens, preposition: words[2], in: head, runs: nameRunMembership(tokens, head)) else {
            // `A group of women waiting at a tanker point in Karvenagar said`: a participle phrase
            // after the group's noun makes the phrase long, not the group unknown; the words
            // before the participle name it.
            guard appositives.isEmpty,
                  let participle = words.dropFirst(2).first(where: { k in
                      let token = tokens[k]
                      return !token.isCapitalized && token.lower.endsWithBytes("ing") && !token.has(.function) &&
                          tokens[k - 1].isWord && !tokens[k - 1].has(.function) && !tokens[k - 1].has(.determiner)
                  }), participle - head.lowerBound <= 8 else { return nil }
            return speakerOfSegment(tokens, head.lowerBound..<participle, appositives: [])
        }
        let headWord = tokens[words.last!]
        // Function words are not speakers, except indefinite ones (`shouted another`).
        guard !headWord.has(.function) || ["another", "others", "one", "other"].contains(headWord.lower) ||
                headWord.isCapitalized && !isSentenceStart(tokens, words.last!) else { return nil }
        let start = tokens[head.lowerBound].start
        let end = tokens[words.last!].end
        let phrase = ScalarClass.string(text, start..<end)
        if words.count <= 2, headWord.has(.title), !headWord.has(.organisation),
           words.count == 1 || isDeterminer(tokens[words[0]].lower) {
            return SpeakerCandidate(text: phrase, start: start, end: end, kind: .title(headWord.lower), gender: gender)
        }
        // The noun that heads the phrase: before a kept prepositional phrase (`Officials at the
        // ministry`, `two people familiar with the matter`), else the last word.
        var nounWord = headWord
        if let preposition = words.dropFirst().first(where: { tokens[$0].has(.preposition) }) {
            var n = preposition - 1
            while n > words[0] && tokens[n].has(.complementAdjective) { n -= 1 }
            nounWord = tokens[n]
        }
        // (`One of the company's largest shareholders` is one person.)
        let singularPartitive = words.count > 2 && ["one", "another", "each"].contains(firstWord.lower) && tokens[words[1]].lowerIs("of")
        let plural = !singularPartitive && ((nounWord.lower.endsWithBytes("s") && !nounWord.lower.endsWithBytes("ss") && !nounWord.isPossessive) ||
            nounWord.has(.irregularPlural))
        return SpeakerCandidate(text: phrase, start: start, end: end, kind: .group, gender: gender, plural: plural)
    }

    /// The gender that the word at `k` suggests (``QuoteLexicon/gender(ofWord:)``), asked only of
    /// a listed word: its flag says so without hashing it, and most of a subject's words are not.
    func wordGender(_ tokens: [QuoteToken], _ k: Int) -> SpeakerGender {
        tokens[k].has(.gendered) ? lexicon.gender(ofWord: tokens[k].lower) : .unknown
    }

    /// The indefinite description (`a junior`, `a 38-year-old tradie`: its words up to a
    /// preposition or a relative pronoun) in apposition to a short possessive head (`His friend`,
    /// `The dinghy's owner`), or nil.
    private func indefiniteAppositive(_ tokens: [QuoteToken], _ words: [Int], _ appositive: Range<Int>) -> SpeakerCandidate? {
        guard words.count <= 3, let last = words.last, !tokens[last].isCapitalized || words.count == 1,
              tokens[words[0]].lowerIs("his") || tokens[words[0]].lowerIs("her") || words.dropLast().contains(where: { tokens[$0].isPossessive }),
              tokens[appositive.lowerBound].isWord, ["a", "an"].contains(tokens[appositive.lowerBound].lower) else { return nil }
        var end = appositive.lowerBound + 1
        while end < appositive.upperBound, tokens[end].isWord, tokens[end].runStart < 0,
              !tokens[end].has(.preposition), !tokens[end].has(.clauseOpener), !tokens[end].has(.function) { end += 1 }
        guard end > appositive.lowerBound + 1, end == appositive.upperBound || !tokens[end].isWord || tokens[end].runStart < 0 else { return nil }
        let noun = tokens[end - 1]
        // (A person: not `a firm`, `a crowd`, `a statement`.)
        guard !noun.isCapitalized, !noun.has(.organisation), !noun.has(.speechNoun), !lexicon.collectiveNouns.contains(noun.lower) else { return nil }
        let start = tokens[appositive.lowerBound].start
        return SpeakerCandidate(text: ScalarClass.string(text, start..<noun.end), start: start, end: noun.end, kind: .group)
    }

    /// Whether a found speaker is a noun phrase that can speak: not a clause with a verb of its
    /// own (`Astana would compensate`), not a prepositional phrase (`of Investment`), not a lone
    /// participle opening a sentence (`Sentencing`).
    func isSpeakerShaped(_ candidate: SpeakerCandidate) -> Bool {
        switch candidate.kind {
        case .pronoun, .title: return true
        default: break
        }
        // Read on the UTF-8 bytes: most speakers are capitalized names, which need no lookup.
        var phrase = candidate.text
        return phrase.withUTF8 { bytes -> Bool in
            func isLower(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
            func word(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }
            var first: Range<Int>? = nil
            var last = 0..<0
            var second: Range<Int>? = nil
            var words = 0
            var i = 0
            while i < bytes.count {
                while i < bytes.count && bytes[i] == 32 { i += 1 }
                let start = i
                while i < bytes.count && bytes[i] != 32 { i += 1 }
                guard i > start else { break }
                words += 1
                let r = start..<i
                if first == nil { first = r; last = r; continue }
                if words == 2 { second = r }
                last = r
                // (`Andre Correa do Lago`: `do` between names is a particle.)
                let particle = r.count == 2 && bytes[start] == 100 && bytes[start + 1] == 111 && candidate.kind == .person &&
                    i + 1 < bytes.count && bytes[i + 1] >= 65 && bytes[i + 1] <= 90
                if r.count <= 6, isLower(bytes[start]), !particle, Self.finiteVerbs.contains(UnsafeBufferPointer(rebasing: bytes[r])) { return false }
            }
            guard let first else { return false }
            // A phrase opening with `firstWord` (lower-cased) and ending in a common noun that is
            // no collective, organisation, title or person word: no determiner, function word or
            // indefinite person (`someone`) makes it someone.
            func isBareCommonNoun(_ firstWord: String) -> Bool {
                let lastWord = word(last)
                return !isDeterminer(firstWord) && !lexicon.functionWords.contains(firstWord) && !Self.indefinitePersons.contains(firstWord) &&
                    !lexicon.collectiveNouns.contains(lastWord) && !lexicon.organisationWords.contains(lastWord) && !lexicon.titles.contains(lastWord) &&
                    lexicon.gender(ofWord: lastWord) == .unknown
            }
            // A lone short word is lower-cased once for the three sets below, and only when one
            // of them could hold it (a capital, or a day's length and `y` ending).
            if words == 1, first.count <= 9 {
                let capital = !isLower(bytes[first.lowerBound])
                let dayShaped = first.count >= 6 && bytes[first.upperBound - 1] | 0x20 == UInt8(ascii: "y")
                if capital || dayShaped {
                    let lowered = word(first).lowercased()
                    // `Video: "Get out!" protesters chant`: a kicker labels the piece; it never speaks.
                    if capital, lexicon.kickerWords.contains(lowered) { return false }
                    // `Tuesday`: a day's name alone is a time, never a speaker, however a sieve reached it.
                    if dayShaped, Self.dayNames.contains(lowered) { return false }
                    // `your report ("…", 14 June)`, `Last March, the ministry … said`: a month with a
                    // day number or after a word of time is a date, never a speaker (`June` alone
                    // may be a name).
                    if capital, first.count >= 3, Self.monthNames.contains(lowered), isDated(candidate) { return false }
                }
            }
            // `He declined`: a pronoun with a verb of its own is a clause.
            if words > 1, first.count <= 4, Self.subjectPronouns.contains(word(first).lowercased()) { return false }
            if isLower(bytes[first.lowerBound]) {
                let firstWord = word(first)
                // (`about 200 activists chanted`: a preposition of number before a count opens a group.
                // The second word is read only then: most phrases open with no preposition.)
                func opensCount() -> Bool {
                    guard Self.approximators.contains(firstWord), let r = second else { return false }
                    return (bytes[r.lowerBound] >= 48 && bytes[r.lowerBound] <= 57) || Self.countWords.contains(word(r))
                }
                if lexicon.prepositions.contains(firstWord) && !opensCount() || firstWord == "of" || firstWord == "to" { return false }
                // `regional cooperation`: a bare singular common noun names no one; plurals
                // (`officials`), collective nouns (`police`) and determiners (`the ministry`) can.
                // (`someone in the public gallery shouted`: an unknown person is a speaker.)
                if candidate.kind == .group, !candidate.plural, isLower(bytes[last.lowerBound]), isBareCommonNoun(firstWord) { return false }
            } else if candidate.kind == .group, !candidate.plural, words == 2, isLower(bytes[last.lowerBound]), opensSentence(candidate.start) {
                // `Net profit`: a capitalized adjective and a common noun opening a sentence are
                // no name; lower-cased, a bare singular noun names no one either.
                let firstWord = word(first).lowercased()
                if lexicon.gender(ofWord: firstWord) == .unknown, !lexicon.titles.contains(firstWord), isBareCommonNoun(firstWord) { return false }
            } else if words == 1, first.count > 5, bytes[first.upperBound - 3] == 105, bytes[first.upperBound - 2] == 110, bytes[first.upperBound - 1] == 103,
                      mentionKind(candidate.start, candidate.end) == nil, !endsLongerNameCached(candidate) {
                // `Sentencing, Judge Helen Marsh said`: a lone participle.
                return false
            }
            return true
        }
    }

    /// Whether the text at `start` opens a sentence or a paragraph: only spaces between it and a
    /// full stop, a question or exclamation mark, a quotation's closing mark or a line break.
    private func opensSentence(_ start: Int) -> Bool {
        var i = start - 1
        while i >= 0 && text[i] == " " { i -= 1 }
        guard i >= 0 else { return true }
        return ".!?\n\"”’".unicodeScalars.contains(text[i])
    }

    /// Whether the word is a year (`1994`, `2021`).
    func isYear(_ token: QuoteToken) -> Bool {
        guard token.isWord, token.end - token.start == 4, (token.start..<token.end).allSatisfy({ ScalarClass.isDigit(text[$0]) }) else { return false }
        return token.lower.hasPrefix("19") || token.lower.hasPrefix("20")
    }

    /// Pronouns for an unknown person, which like `a man` head a description (`someone in the
    /// crowd`).
    static let indefinitePersons: Set<String> = ["someone", "somebody"]

    /// Prepositions that approximate a number (`about 200 activists`, `over 1,000 residents`).
    private static let approximators: Set<String> = ["about", "around", "over", "under"]

    /// Number words that count a group, after an approximator (`about thirty members`) or
    /// before its noun (`Two women`).
    static let countWords: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                                  "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                                                  "hundred", "hundreds", "dozen", "dozens", "thousand", "thousands"]

    /// Words that join an office's title to its brief (`Adviser to the Governor`, `Minister for
    /// Health`, `Commissioner on Human Rights`, `Mayor of London`).
    static let officeLinks: Set<String> = ["of", "for", "to", "on"]

    /// Subordinators that may open a participle phrase between commas (`, while addressing …,`).
    private static let participleSubordinators: Set<String> = ["while", "whilst", "when", "after", "before"]

    /// Words that head a partitive (`One of them`, `Two of the deputies`), cut before its `of`.
    static let partitiveHeads: Set<String> = ["one", "two", "three", "four", "five", "several", "many", "most", "each",
                                                      "both", "few", "some", "another"]

    /// `since` right after has, have or had (`Tokayev has since described it as`): an adverb, not
    /// a clause opener. `index - 1` must lie after `lowerBound`.
    private static func isAdverbSince(_ tokens: [QuoteToken], _ index: Int, after lowerBound: Int) -> Bool {
        index > lowerBound && tokens[index].lowerIs("since") && perfectAuxiliaries.contains(tokens[index - 1].lower)
    }

    private static let perfectAuxiliaries: Set<String> = ["has", "have", "had"]

    /// `X, a retired nurse who has run a rental in West Asheville since 2016, said`: `since` and a
    /// time (a year, a month, `last year`) closing the subject's aside at the cue's comma is a
    /// preposition of that aside, not a clause opening; the subject is further left. (`Since the
    /// bridge closed, commuters said`: a clause after `since` still opens the subject there.)
    ///
    /// The word is asked first: the scan meets `since` in few sentences.
    private func isSinceTimeBeforeCue(_ tokens: [QuoteToken], _ c: Int, cue v: Int) -> Bool {
        guard tokens[c].lowerIs("since"), c + 1 < v - 1, v - 1 - (c + 1) <= 3, tokens[v - 1].isPunctuation(",") else { return false }
        return isTimeOnly(tokens, (c + 1)..<(v - 1))
    }

    /// `X, a former accountant who wrote the book in the mornings before work, said`: `before`,
    /// `after` or `until` and a short noun phrase with no verb in it (`before work`, `after the
    /// match`) closing an aside at the cue's comma is a preposition of that aside, not a clause
    /// opening; the subject is further left, before the aside's first comma. (`…, before prices
    /// rose, said` and `…, after he left, said` are clauses; a sentence opening with the word,
    /// `Before work, X said`, has no comma right before the cue.)
    ///
    /// The word is asked first: the scan meets these words in few sentences.
    private func isNounPhraseClosingAside(_ tokens: [QuoteToken], _ c: Int, cue v: Int, sentence: Range<Int>) -> Bool {
        guard tokens[c].lowerIs("before") || tokens[c].lowerIs("after") || tokens[c].lowerIs("until"),
              c > sentence.lowerBound, c + 1 < v - 1, v - 1 - (c + 1) <= 3, tokens[v - 1].isPunctuation(","),
              (sentence.lowerBound..<c).contains(where: { tokens[$0].isPunctuation(",") }) else { return false }
        return ((c + 1)..<(v - 1)).allSatisfy { k in
            let word = tokens[k]
            return word.isWord && !word.isCapitalized && !Self.subjectPronouns.contains(word.lower) && !Self.finiteVerbs.contains(word.lower) &&
                !word.has(.irregularPast) && !word.lower.endsWithBytes("ed") && !word.has(.cue) && !word.lower.endsWithBytes("ing")
        }
    }

    /// Whether every token of `range` is a word of time (`September`, `2019`, `last year`): a
    /// time word, a number or a time modifier, as `since` takes them. True for an empty range.
    private func isTimeOnly(_ tokens: [QuoteToken], _ range: Range<Int>) -> Bool {
        range.allSatisfy { tokens[$0].isWord &&
            (Self.timeWords.contains(tokens[$0].lower) || ScalarClass.isDigit(text[tokens[$0].start]) || Self.timeModifiers.contains(tokens[$0].lower)) }
    }

    /// Subject pronouns, which with a verb after them make a clause (`He declined`).
    static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "we", "i"]

    /// Verbs that make a phrase a clause rather than a noun phrase.
    static let finiteVerbs: WordSet = ["has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would",
                                   "could", "can", "should", "might", "must", "did", "does", "do"]

    /// Whether the cue at `v` has a finite verb right after it: `a measure critics say is modeled
    /// on …` is a relative clause about the noun before, not a report of the quotation.
    func opensReducedRelative(_ tokens: [QuoteToken], _ v: Int) -> Bool {
        v + 1 < tokens.count && tokens[v + 1].isWord && Self.relativeVerbs.contains(tokens[v + 1].lower)
    }

    /// Verbs that, right after a cue, make it a reduced relative clause (`critics say is modeled`).
    private static let relativeVerbs: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can"]

    /// The months, lower-cased: a time when dated (`14 June`, `Last March`); some are given names alone.
    static let monthNames: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"]

    /// Words before a month that make it a time (`Last March`, `since June`, `early May`).
    private static let monthOpeners: Set<String> = ["last", "next", "in", "since", "early", "late"]

    /// Whether the word `candidate` covers is dated: a day number right before or after it
    /// (`14 June`, `14th June`, `June 14`), or a word of time right before it (`Last March`).
    private func isDated(_ candidate: SpeakerCandidate) -> Bool {
        var j = candidate.end
        if j + 1 < text.count, text[j] == " ", ScalarClass.isDigit(text[j + 1]) { return true }
        var i = candidate.start - 1
        guard i > 0, text[i] == " " else { return false }
        i -= 1
        // (`14th June`: an ordinal's letters after its digits.)
        var letters = 0
        while i >= 0, ScalarClass.isWord(text[i]), !ScalarClass.isDigit(text[i]) { i -= 1; letters += 1 }
        if i >= 0, ScalarClass.isDigit(text[i]) { return letters == 0 || letters == 2 }
        guard letters >= 2, letters <= 5 else { return false }
        j = i + 1
        return Self.monthOpeners.contains(ScalarClass.string(text, j..<(j + letters)).lowercased())
    }

    /// The days of the week, lower-cased: a time, never anyone's name when alone.
    static let dayNames: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Words of a time adverbial (`last month`, `on Monday`), which may stand between a subject and its verb.
    /// (The days and months are the sets above, so the three lists cannot drift apart.)
    static let timeWords: Set<String> = dayNames.union(monthNames).union(["morning", "evening", "night",
                                                 "afternoon", "weekend", "week", "year", "month", "time", "past", "end"])

    /// Words that modify a time word in an adverbial ending a clause (`since last September`,
    /// `in early 2019`), kept as a set built once rather than a literal per token.
    private static let timeModifiers: Set<String> = ["last", "this", "early", "late"]

    /// Words that open a phrase of time with a time word after them (`Last night`, `This week`).
    private static let timePhraseOpeners: Set<String> = ["last", "this", "next"]

    /// The head without a time adverbial at its end (`the State Committee … last month warned`).
    private func withoutTrailingTime(_ tokens: [QuoteToken], _ head: Range<Int>) -> Range<Int> {
        guard head.count >= 3, let last = head.last, tokens[last].isWord, tokens[last - 1].isWord,
              ["last", "this", "next", "earlier", "on", "that"].contains(tokens[last - 1].lower),
              Self.timeWords.contains(tokens[last].lower) else { return head }
        return head.lowerBound..<(last - 1)
    }

    func lastWordIndex(_ tokens: [QuoteToken], _ range: Range<Int>) -> Int {
        range.last(where: { tokens[$0].isWord }) ?? range.lowerBound
    }

    /// A person or organisation from a name run, without leading titles.
    func nameCandidate(_ tokens: [QuoteToken], _ run: Range<Int>, gender: SpeakerGender) -> SpeakerCandidate? {
        var gender = gender
        // Drop a title with its modifiers (`Interior Minister`, `Transport Secretary`): everything up
        // to the last title word before the name.
        var first = run.lowerBound
        if let lastTitle = (run.lowerBound..<(run.upperBound - 1)).last(where: { lexicon.titles.contains(tokens[$0].lower.trimmingDots) }) {
            for k in run.lowerBound...lastTitle {
                let g = lexicon.gender(ofWord: tokens[k].lower.trimmingDots)
                if g != .unknown { gender = g }
            }
            first = lastTitle + 1
            // The period of an abbreviated title (`Dr.`) is not part of the name.
            while first < run.upperBound - 1 && !tokens[first].isWord { first += 1 }
            // The whole run as the office its last title names, when the words after the title
            // name no person (three forms below).
            func office() -> SpeakerCandidate {
                let start = tokens[run.lowerBound].start, end = tokens[run.upperBound - 1].end
                return SpeakerCandidate(text: ScalarClass.string(text, start..<end), start: start, end: end,
                                        kind: .title(tokens[lastTitle].lower.trimmingDots), gender: gender)
            }
            // `Secretary of State Marco Rubio`, `Minister of Digital Development Zhaslan Madiyev`:
            // the office's name runs on after the title; the person is the last two words.
            if let holder = officeOfTheHolder(tokens, first..<run.upperBound) {
                // `Chairman of the Cabinet X`: the body's name, then its holder's (or no holder).
                guard holder.isEmpty else { return nameCandidate(tokens, holder, gender: gender) }
                return office()
            }
            if first < run.upperBound - 2, ["of", "for", "in", "to"].contains(tokens[first].lower), !Self.placeNouns.contains(tokens[run.upperBound - 1].lower) {
                var k = run.upperBound - 1
                var names = 0
                while k > first && names < 2 {
                    if tokens[k].isCapitalized { names += 1 }
                    if names < 2 { k -= 1 }
                }
                // `The Minister of State for Finance`: the last two capitalized words hold a link
                // word (`State for Finance`): the office's own words, and no person is named.
                if (k..<run.upperBound).contains(where: { tokens[$0].isWord && !tokens[$0].isCapitalized }) { return office() }
                first = k
            } else if first < run.upperBound - 1, ["of", "for", "in"].contains(tokens[first].lower),
                      first == run.upperBound - 2 || Self.placeNouns.contains(tokens[run.upperBound - 1].lower),
                      tokens[run.upperBound - 1].isCapitalized {
                // `The Mayor of Bristol said`, `The Governor of Lagos State said`: one word after
                // the office's `of`, or a place ending in a noun for one, is its place, and no
                // person is named: the office, resolved to its holder as a bare title is.
                return office()
            }
        }
        if first == run.upperBound - 1 && tokens[first].has(.title) {
            // Only a title (`The President said`), or titles only (`The Prime Minister said`):
            // the office, to be resolved to its holder, not a person called `Minister`.
            let token = tokens[first]
            let start = tokens[run.lowerBound].start
            return SpeakerCandidate(text: ScalarClass.string(text, start..<token.end), start: start, end: token.end, kind: .title(token.lower), gender: gender)
        }
        let start = tokens[first].start
        var lastToken = tokens[run.upperBound - 1]
        // `Alison Meade KC`, `John Smith MP`: an honour or office in capitals after a full name
        // is no part of it.
        // (`Nana Kwame Ankomah II`, `John Smith III`: a generational or regnal numeral is.)
        if run.upperBound - first >= 3, lastToken.end - lastToken.start <= 3, tokens[run.upperBound - 2].isWord,
           !Self.nameNumerals.contains(lastToken.lower),
           !run.contains(where: { tokens[$0].has(.organisation) }),
           (lastToken.start..<lastToken.end).allSatisfy({ ScalarClass.isUpper(text[$0]) }),
           (tokens[run.upperBound - 2].start + 1..<tokens[run.upperBound - 2].end).contains(where: { !ScalarClass.isUpper(text[$0]) }),
           (tokens[first].start + 1..<tokens[first].end).contains(where: { !ScalarClass.isUpper(text[$0]) }) {
            lastToken = tokens[run.upperBound - 2]
        }
        var end = lastToken.end
        end -= Int(lastToken.possessiveLength)
        // `Robert F. Kennedy Jr.`: an abbreviation keeps its period.
        if run.upperBound < tokens.count, tokens[run.upperBound].isPunctuation("."), tokens[run.upperBound].start == end,
           ["jr", "sr"].contains(lastToken.lower) {
            end += 1
        }
        var name = ScalarClass.string(text, start..<end)
        // `Rosemary "Rosie" Kowalski` is Rosemary Kowalski.
        if run.upperBound - first >= 3, let q = (first + 1..<run.upperBound - 1).first(where: { tokens[$0].quotationIndex != nil }) {
            name = ScalarClass.string(text, start..<tokens[q - 1].end) + " " + ScalarClass.string(text, tokens[q + 1].start..<end)
        }
        // `Protesters gathered …`: one capitalized plural noun opening a sentence is a group.
        // (So is one before a verb of naming in its base form, `Critics call X`, `Fans call X`,
        // or in the past before a pronoun it names, `Fans called him "…"`: a group a later `he`
        // cannot stand for.)
        // (Not a surname the text gave before with a given name, `Callum Rees` then `Rees,
        // whose arm …`: a plural's ending on a name; asked last, as it searches the text.)
        if run.count == 1, isSentenceStart(tokens, first), mentionKind(start, end) == nil,
           looksPlural(lastToken) || run.upperBound < tokens.count && lastToken.lower.endsWithBytes("s") &&
            (Self.baseNamingVerbs.contains(tokens[run.upperBound].lower) || namesPronounInPast(tokens, run.upperBound)),
           !endsLongerNameCached(name, before: start) {
            return SpeakerCandidate(text: name, start: start, end: end, kind: .group, plural: true)
        }
        // `Parliament Speaker Shalva Papuashvili`: the office's words before the title are not his.
        let isOrganisation = (first..<run.upperBound).contains { tokens[$0].has(.organisation) } ||
            (run.count == 1 && tokens[first].end - tokens[first].start > 1 && (tokens[first].start..<tokens[first].end).allSatisfy { ScalarClass.isUpper(text[$0]) || !ScalarClass.isWord(text[$0]) }) ||
            mentionKind(start, end).map { $0 != "person" } == true ||
            // `the Kremlin`, `the Moscow Times`: an article before a name without a title makes
            // it a thing, not a person.
            (first == run.lowerBound && first > 0 && tokens[first - 1].lowerIs("the") && mentionKind(start, end) != "person" &&
             (run.upperBound == tokens.count || tokens[run.upperBound].lower != "and"))
        if !isOrganisation && gender == .unknown {
            gender = surnameEndingGender(name, lastToken.lower)
        }
        return SpeakerCandidate(text: name, start: start, end: end, kind: isOrganisation ? .organisation : .person, gender: gender)
    }

    /// A plural common noun by its ending (`Protesters`, `Analysts`, `Authorities`).
    func looksPlural(_ token: QuoteToken) -> Bool {
        guard token.lower.utf8.last == UInt8(ascii: "s") else { return false }
        return ["ers", "ors", "ists", "ians", "ants", "ents", "ies", "ses", "ials", "ives", "ees", "ysts"].contains(where: { token.lower.endsWithBytes($0) })
    }

    /// Whether the word may be a verb in the present's third person (`meets`, `thinks`): it ends
    /// in -s, but not in -ss (`boss`) nor as a plural noun looks (``looksPlural(_:)``).
    func looksLikeVerbInS(_ token: QuoteToken) -> Bool {
        token.lower.endsWithBytes("s") && !token.lower.endsWithBytes("ss") && !looksPlural(token)
    }

    /// `him`, `her` or `them` at `k` as an object, read as `he`, `she`, `they`. With `alone`, only
    /// standing alone (a punctuation mark or the paragraph's end after it): `her` before a noun
    /// is a possessive; without, a participle may follow (`saw him waving`).
    func objectPronounCandidate(_ tokens: [QuoteToken], _ k: Int, alone: Bool = true) -> SpeakerCandidate? {
        let token = tokens[k]
        guard token.isWord, !alone || k + 1 == tokens.count || tokens[k + 1].kind == .punctuation else { return nil }
        switch token.lower {
        case "him": return SpeakerCandidate(text: "he", start: token.start, end: token.end, kind: .pronoun, gender: .male)
        case "her": return SpeakerCandidate(text: "she", start: token.start, end: token.end, kind: .pronoun, gender: .female)
        case "them": return SpeakerCandidate(text: "they", start: token.start, end: token.end, kind: .pronoun, plural: true)
        default: return nil
        }
    }

    func pronounCandidate(_ token: QuoteToken) -> SpeakerCandidate? {
        switch token.lower {
        case "he": return SpeakerCandidate(text: token.lower, start: token.start, end: token.end, kind: .pronoun, gender: .male)
        case "she": return SpeakerCandidate(text: token.lower, start: token.start, end: token.end, kind: .pronoun, gender: .female)
        case "they": return SpeakerCandidate(text: token.lower, start: token.start, end: token.end, kind: .pronoun, plural: true)
        case "it": return SpeakerCandidate(text: token.lower, start: token.start, end: token.end, kind: .pronoun)
        default: return nil
        }
    }

    /// The speaker of an earlier cue or quotation in the same sentence, for participles and
    /// coordinated verbs.
    func earlierSpeaker(in p: TokenizedParagraph, before v: Int, sentence: Range<Int>) -> SpeakerCandidate? {
        var k = v - 1
        while k >= max(sentence.lowerBound, v - Self.scanLimit) {
            let token = p.tokens[k]
            if let q = token.quotationIndex, let speaker = results[q]?.speaker { return speaker }
            if token.isWord && isCue(p.tokens, k), let subject = subject(of: k, in: p, sentence: sentence) { return subject }
            k -= 1
        }
        return nil
    }
}

fileprivate extension String {
    /// The string without trailing periods (`mr.` → `mr`).
    var trimmingDots: String {
        var result = self
        while result.hasSuffix(".") { result.removeLast() }
        return result
    }
}
