// Runs of capitalised words that name someone, checked against the name stage's mentions when
// there are any: the candidates every other family starts from.

extension SpeakerAttributor {
    /// Runs of capitalized words forming a name, joined by particles (`Organisation for Security
    /// and Cooperation in Europe`); a capitalized function word opening a sentence is not a name.
    func nameRuns(_ tokens: [QuoteToken], _ range: Range<Int>) -> [Range<Int>] {
        // Counted first, for an array made at its size: grown run by run, it was reallocated a
        // few times at each call.
        var count = 0
        var k = range.lowerBound
        while k < range.upperBound {
            if tokens[k].runStart >= 0 {
                count += 1
                k = min(Int(tokens[k].runEnd), range.upperBound)
            } else {
                k += 1
            }
        }
        guard count > 0 else { return [] }
        var runs: [Range<Int>] = []
        runs.reserveCapacity(count)
        k = range.lowerBound
        while k < range.upperBound {
            if tokens[k].runStart >= 0 {
                let end = min(Int(tokens[k].runEnd), range.upperBound)
                runs.append(k..<end)
                k = end
            } else {
                k += 1
            }
        }
        return runs
    }

    /// Whether a quotation is short and every word of it capitalized, as a nickname is (`"Rosie"`,
    /// and of up to three words, `"Lady Brass"`, `"The Rock"`: stage names and sporting nicknames
    /// are often more than one word).
    private func isNickname(_ token: QuoteToken) -> Bool {
        guard token.end - token.start <= 24, token.start + 1 < token.end, ScalarClass.isUpper(text[token.start + 1]) else { return false }
        var words = 1
        for i in (token.start + 1)..<(token.end - 1) where ScalarClass.isSpace(text[i]) {
            words += 1
            guard words <= 3, i + 1 < token.end, ScalarClass.isUpper(text[i + 1]) else { return false }
        }
        return true
    }

    /// Finds the name runs of a paragraph's tokens (stored in the tokens by ``paragraph(_:)``).
    func findNameRuns(_ tokens: [QuoteToken], _ range: Range<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var k = range.lowerBound
        while k < range.upperBound {
            guard isNameToken(tokens, k) else { k += 1; continue }
            let start = k
            var end = k + 1
            var joined = false
            while end < range.upperBound {
                if isNameToken(tokens, end) && !tokens[end - 1].isPossessive { end += 1; continue }
                let token = tokens[end]
                // A period inside a name: after an initial (`Robert F. Kennedy`, `the U.S. State
                // Department`) or an abbreviated title (`said Ms. Marchenko`, `Dr. Meerim Abdyldaeva`).
                if token.isPunctuation("."), end + 1 < range.upperBound, tokens[end - 1].end == token.start, isNameToken(tokens, end + 1) {
                    let before = tokens[end - 1]
                    let initial = (before.end - before.start == 1 && before.isCapitalized) || before.isDottedInitialism
                    if initial || (before.has(.title) && lexicon.abbreviations.contains(before.lower)) {
                        end += 2
                        continue
                    }
                }
                // `ATU Local 113`, `Teamsters Local 987`: a union local's number closes its name.
                if token.isWord, end - start >= 2, ScalarClass.isDigit(text[token.start]), tokens[end - 1].lowerIs("local"), tokens[end - 1].isCapitalized {
                    end += 1
                    break
                }
                // `Rosemary "Rosie" Kowalski`: a one-word nickname quoted between two names.
                if token.quotationIndex != nil, end + 1 < range.upperBound, isNameToken(tokens, end + 1), isNickname(token) {
                    end += 2
                    continue
                }
                // `Food Allergy Research & Education`, `Johnson & Johnson`: an ampersand joins.
                if token.isPunctuation("&"), end + 1 < range.upperBound, isNameToken(tokens, end + 1) {
                    joined = true
                    end += 2
                    continue
                }
                // `the Ministry of Natural Resources, Ecology, and Technical Supervision`: an
                // office's list of domains after `of` runs on to the list's last part.
                if token.isPunctuation(","), let listEnd = listedDomainsEnd(tokens, after: start..<end, upTo: range.upperBound) {
                    end = listEnd
                    break
                }
                // `Committee to Protect Journalists`: `to` only inside an organisation's name.
                // An organisation's name runs on through `for the`, `under the` (`Coordination
                // Headquarters for the Treatment of Prisoners of War`, `the Sports Agency under
                // the Cabinet of Ministers`), but not `of the` (`Ministry of Emergency Situations
                // of the Kyrgyz Republic` is the ministry of a country).
                let organisational = token.isWord && !token.isCapitalized && (start..<end).contains(where: { tokens[$0].has(.organisation) })
                let particle = token.has(.nameParticle) ||
                    (joined && ["and", "in", "the", "on"].contains(token.lower)) ||
                    (organisational && ["to", "in", "under"].contains(token.lower))
                // `Timur Akhmetov of Freedom Finance`: a person's name does not run on through
                // `of` (an office's or an organisation's does: `Ministry of Health`, `Secretary
                // of State`).
                // A title before the person's own names does not make the run an office's name
                // (`Detective Sergeant Paul Whitby of North Yorkshire Police`): only a title
                // right before `of` does (`Secretary of State`).
                let lastTitle = (start..<end).last(where: { tokens[$0].has(.title) })
                let ofOrFor = token.lowerIs("of") || token.lowerIs("for")
                let personOf = ofOrFor && end - start >= 2 && !joined &&
                    !(start..<end).contains(where: { tokens[$0].has(.organisation) }) &&
                    lastTitle.map { end - $0 >= 2 } ?? true
                // `UNICEF Representative in Kyrgyzstan Anna Kowalska`, `EU Ambassador to Kazakhstan
                // Kestutis Jankauskas`: a title's place, then the person (three names at least).
                if token.isWord, token.lowerIs("in") || token.lowerIs("to"), tokens[end - 1].has(.title), tokens[end - 1].isCapitalized,
                   end + 3 < range.upperBound, isNameToken(tokens, end + 1), isNameToken(tokens, end + 2), isNameToken(tokens, end + 3) {
                    joined = true
                    end += 1
                    continue
                }
                if token.isWord && !token.isCapitalized && particle && !personOf {
                    // One or more particles, then a name: `von der Leyen`, `de la Cruz`.
                    var next = end + 1
                    while next < range.upperBound && next < end + 3 && tokens[next].isWord && !tokens[next].isCapitalized &&
                            (tokens[next].has(.nameParticle) || (organisational && tokens[next].lowerIs("the") && token.lower != "of") ||
                             officeOfThe(tokens, title: end - 1, next: next)) { next += 1 }
                    if next < range.upperBound && isNameToken(tokens, next) {
                        // A surname's particle keeps the run a person's name, which stops at its
                        // `of` (`Johan de Wet of Karoo Power`); `of`, `for` and the like join a body's.
                        joined = joined || ofOrFor || !token.has(.nameParticle) || organisational
                        end = next + 1
                        continue
                    }
                }
                break
            }
            runs.append(start..<end)
            k = end
        }
        return runs
    }

    /// `Chairman of the Cabinet X`, `Governor of the Central Bank X`: a title right before `of
    /// the` runs on through them into its body's name (and its holder's, split off by
    /// ``officeOfTheHolder(_:_:)``), where `next` is the `the` after the title's `of`.
    private func officeOfThe(_ tokens: [QuoteToken], title: Int, next: Int) -> Bool {
        next == title + 2 && tokens[title].has(.title) && tokens[title].isCapitalized && tokens[title + 1].lowerIs("of") && tokens[next].lowerIs("the")
    }

    /// The end of a list of capitalized domains closed by `and` after an organisation's `of`
    /// (`Ministry of Housing, Communities and Local Government`), when `run` is such a name
    /// and the comma at its end opens the list; nil otherwise (`the Ministry of Health, the
    /// police and …` is not one name: every part must be capitalized words only).
    private func listedDomainsEnd(_ tokens: [QuoteToken], after run: Range<Int>, upTo limit: Int) -> Int? {
        guard let of = run.firstIndex(where: { tokens[$0].lowerIs("of") }), of > run.lowerBound,
              (run.lowerBound..<of).contains(where: { tokens[$0].has(.organisation) }) else { return nil }
        var k = run.upperBound
        var parts = 0
        while k < limit && parts < 5 {
            // `,` or `, and` or `and` before the next part.
            var sawAnd = false
            if tokens[k].isPunctuation(",") { k += 1 }
            if k < limit, tokens[k].isWord, tokens[k].lowerIs("and") { sawAnd = true; k += 1 }
            let partStart = k
            while k < limit, isNameToken(tokens, k), !tokens[k].isPossessive { k += 1 }
            guard k > partStart else { return nil }
            parts += 1
            if sawAnd {
                // The list ends here: a comma, a cue or a lower-case word must follow, not more names.
                return k == limit || !tokens[k].isPunctuation("&") ? k : nil
            }
            guard k < limit, tokens[k].isPunctuation(",") || tokens[k].lowerIs("and") else { return nil }
        }
        return nil
    }

    func nameRunMembership(_ tokens: [QuoteToken], _ range: Range<Int>) -> NameRunSet {
        NameRunSet(runs: nameRuns(tokens, range))
    }

    private func isNameToken(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        // Fields read in place: a token copied whole costs a retain and a release of its string.
        guard tokens[k].isWord else { return false }
        if tokens[k].inNameMention { return true }
        guard tokens[k].isCapitalized else { return false }
        if tokens[k].has(.function) || pronounCandidate(tokens[k]) != nil { return false }
        if isSentenceStart(tokens, k) && !tokens[k].flags.isDisjoint(with: [.cue, .introductory, .clauseOpener]) { return false }
        return true
    }

    func isSentenceStart(_ tokens: [QuoteToken], _ k: Int) -> Bool {
        guard k > 0 else { return true }
        // Read in place and by the mark's scalar: a token copied costs a retain and a release of
        // its string, and the mark as a string a comparison with each of the six.
        if tokens[k - 1].quotationIndex != nil { return true }
        guard tokens[k - 1].kind == .punctuation else { return false }
        switch tokens[k - 1].mark {
        case ".": return !(k > 1 && QuoteTokenizer.initialismBeforeName(tokens, k - 2))
        case "!", "?", ":", "(", "…": return true
        // (`19:48 — In its latest advisory, …`, `ASTANA, Sept 12 - …`: the dash closing a
        // dateline or a live blog's time stamp opens the paragraph's first sentence; that dash is
        // among the paragraph's first twelve tokens, so a later one pays no scan.)
        case "—", "–", "-": return k - 1 < 12 && datelineEnd(tokens) == k - 1
        default: return false
        }
    }

    /// The `names` stage's kind for a mention overlapping the span, if it ran.
    func mentionKind(_ start: Int, _ end: Int) -> String? {
        guard let names else { return nil }
        return mention(overlapping: start, end, in: names)?.kind
    }

    /// The index of the first mention ending after `position`; mentions are in text order.
    func firstMention(endingAfter position: Int, in names: [NameMention]) -> Int {
        var low = 0, high = names.count
        while low < high {
            let mid = (low + high) / 2
            if names[mid].end <= position { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// A mention overlapping `[start, end)`.
    private func mention(overlapping start: Int, _ end: Int, in names: [NameMention]) -> NameMention? {
        var k = firstMention(endingAfter: start, in: names)
        while k < names.count && names[k].start < end {
            if start < names[k].end { return names[k] }
            k += 1
        }
        return nil
    }
}
