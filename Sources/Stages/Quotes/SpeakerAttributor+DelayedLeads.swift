// The delayed identification of a news lead: the first paragraph says what someone said by a
// description (`A former bookkeeper told the court that she …`), and the copy names them right
// after. Court, inquest and council reports across outlets write their witnesses this way; wire
// and broadsheet leads write an office or a body by its role (`the health secretary`) and name it
// a few paragraphs on.

extension SpeakerAttributor {
    /// `A former bookkeeper told Preston Crown Court that she "never saw a single invoice"` as
    /// the article's lead, then `Janet Pemberton, 52, was giving evidence …` opening the next
    /// paragraph (or `Testifying for the prosecution, Linda Vasquez-Harlow said`), or `the worker,
    /// Dennis Okafor, said` within the next three: the description is that person.
    ///
    /// Only a description after `a`/`an` that opens the lead (after its dateline): a newcomer the
    /// writer names at once, and a name the text never gave before, so that someone already in
    /// the story (the accused, a lawyer) is never taken for the witness. A description after
    /// `the` is named by its role instead (see `definiteNamedAfterLead`).
    func namedAfterLead(_ candidate: SpeakerCandidate) -> SpeakerCandidate? {
        if candidate.text.hasPrefix("the ") || candidate.text.hasPrefix("The ") { return definiteNamedAfterLead(candidate) }
        guard candidate.kind == .group, !candidate.plural, let first = candidate.text.utf8.first, first | 0x20 == UInt8(ascii: "a"),
              candidate.text.hasPrefix("A ") || candidate.text.hasPrefix("An ") || candidate.text.hasPrefix("a ") || candidate.text.hasPrefix("an ")
        else { return nil }
        let line = line(containing: candidate.end)
        guard line < lines.count, line == leadLine else { return nil }
        let lead = paragraph(line)
        let open = lead.datelineEnd > 0 ? lead.datelineEnd + 1 : 0
        guard open < lead.tokens.count, lead.tokens[open].start == candidate.start else { return nil }
        for (seen, l) in followingParagraphs(after: line, count: 3).enumerated() {
            let tokens = paragraph(l).tokens
            let found = seen == 0 ? openingName(tokens) : nil
            guard let name = found ?? appositiveName(tokens, head: headNoun(of: candidate)) else { continue }
            guard let person = nameCandidate(tokens, name, gender: candidate.gender), person.kind == .person,
                  isFirstMention(person, before: lines[l].lowerBound) else { return nil }
            return person
        }
        return nil
    }

    /// `the health secretary`, `the state railway operator`, `The governor of the Novosibirsk
    /// region` speaking in the lead, then named within the next three paragraphs by the same
    /// role: `Helen Marwood, the health secretary,`, `the railway operator, Dala Temir Zhol,` or
    /// `Governor Viktor Solodovnikov`. Wire and broadsheet leads give the role first and the name
    /// later; the description is that one, as the reader takes it.
    ///
    /// Only in the lead, where no one was named before, and only a name the text never gave
    /// before the paragraph naming it, so that a role someone already held is not handed on.
    private func definiteNamedAfterLead(_ candidate: SpeakerCandidate) -> SpeakerCandidate? {
        switch candidate.kind {
        // (`the state grain agency` may be read as a body already: its words say it is none named.)
        case .group, .title, .organisation: guard !candidate.plural else { return nil }
        default: return nil
        }
        let line = line(containing: candidate.end)
        guard line < lines.count, line == leadLine else { return nil }
        let written = candidate.text.split(separator: " ")
        let words = written.map { $0.lowercased() }
        let head = headNoun(of: candidate)
        // (A head in capitals is a name's, `The Grain Union`, which needs no one to name it.)
        guard !head.isEmpty, let headAt = words.firstIndex(where: { $0 == head }), headAt >= 1,
              written[headAt].first?.isLowercase == true else { return nil }
        let modifiers = Set(words[1..<headAt])
        for l in followingParagraphs(after: line, count: 3) {
            let tokens = paragraph(l).tokens
            guard let name = nameGivenRole(tokens, head: head, modifiers: modifiers),
                  let named = nameCandidate(tokens, name, gender: candidate.gender), named.kind == .person || named.kind == .organisation,
                  isFirstMention(named, before: lines[l].lowerBound) else { continue }
            return named
        }
        return nil
    }

    /// A full name the paragraph gives the role `head` (with none but `modifiers` before it):
    /// `X, the health secretary,`, `the railway operator, X,` or the role as a title, `Governor X`.
    private func nameGivenRole(_ tokens: [QuoteToken], head: String, modifiers: Set<String>) -> Range<Int>? {
        // `Morag MacLeod, who has chaired the community council since 2019,` for `The chair of
        // Mull Community Council`: a full name whose relative clause does the role as a verb.
        if let named = nameDoingRole(tokens, head: head) { return named }
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            guard tokens[k].isWord, tokens[k].lowerIs(head) else { continue }
            // `Governor X`: the role written as a title before the name, or opening its run.
            if tokens[k].isCapitalized {
                if let run = fullNameRun(tokens, at: k + 1) { return run }
                // (`Agriculture Commissioner X` for `the agriculture commissioner`: the title's
                // run opens with the description's modifiers, capitalized as the title's.)
                if tokens[k].runStart >= 0, Int(tokens[k].runStart) < k, Int(tokens[k].runEnd) - k >= 3, k + 1 < tokens.count,
                   !tokens[k + 1].lowerIs("of"), !tokens[k + 1].lowerIs("for"),
                   (Int(tokens[k].runStart)..<k).allSatisfy({ tokens[$0].isWord && modifiers.contains(tokens[$0].lower) }) {
                    return (k + 1)..<Int(tokens[k].runEnd)
                }
                if tokens[k].runStart == Int32(k), Int(tokens[k].runEnd) - k >= 3 {
                    let run = k..<Int(tokens[k].runEnd)
                    guard tokens[k + 1].lowerIs("of") || tokens[k + 1].lowerIs("for") else { return (k + 1)..<run.upperBound }
                    // (`Director of Public Health X`: the office's own words after `of` stay in the
                    // run, whose reading as a name leaves the title out; a person's surname comes
                    // back alone elsewhere, `Ouma said`, the last word of an office's name,
                    // `Director of Labour and Social Protection`, does not.)
                    if recursAlone(tokens[run.upperBound - 1], outside: tokens[k].start..<tokens[run.upperBound - 1].end) { return run }
                    continue
                }
                continue
            }
            // The role's own phrase: `the`, then only modifiers the description had.
            var the = k - 1
            while the >= 0, tokens[the].isWord, modifiers.contains(tokens[the].lower), !tokens[the].lowerIs("the") { the -= 1 }
            guard the >= 0, tokens[the].lowerIs("the") else { continue }
            // `the railway operator, X,`
            if k + 2 < tokens.count, tokens[k + 1].isPunctuation(","), let run = fullNameRun(tokens, at: k + 2),
               run.upperBound < tokens.count, tokens[run.upperBound].isPunctuation(",") {
                return run
            }
            // `X, the health secretary,`
            if the >= 2, tokens[the - 1].isPunctuation(","), tokens[the - 2].runEnd == Int32(the - 1), tokens[the - 2].runStart >= 0,
               let run = fullNameRun(tokens, at: Int(tokens[the - 2].runStart)), run.upperBound == the - 1 {
                return run
            }
        }
        return nil
    }

    /// `…, with the agriculture commissioner defending what she called "…" targets` in the lead:
    /// a `he` or `she` that stands for no one named before is the person a definite description
    /// of one role earlier in its sentence (`the`, at most three small words, then a title's noun)
    /// stands for, when the next paragraphs name the role (``namedAfterLead(_:)``) and the sex fits.
    func leadRoleNamedForPronoun(_ pronoun: SpeakerCandidate, _ p: TokenizedParagraph, _ sentence: Range<Int>) -> SpeakerCandidate? {
        guard pronoun.kind == .pronoun, pronoun.isHeOrShe, let lead = leadLine, line(containing: pronoun.start) == lead else { return nil }
        let tokens = p.tokens
        guard let at = sentence.first(where: { tokens[$0].start == pronoun.start }) else { return nil }
        for k in sentence.lowerBound..<at where tokens[k].isWord && tokens[k].lowerIs("the") {
            var h = k + 1
            while h < at, h <= k + 3, tokens[h].isWord, !tokens[h].isCapitalized, !lexicon.titles.contains(tokens[h].lower) { h += 1 }
            guard h < at, tokens[h].isWord, !tokens[h].isCapitalized, lexicon.titles.contains(tokens[h].lower) else { continue }
            let description = SpeakerCandidate(text: ScalarClass.string(text, tokens[k].start..<tokens[h].end), start: tokens[k].start, end: tokens[h].end, kind: .group)
            if let named = namedAfterLead(description), named.kind == .person, fits(named, pronoun) { return named }
        }
        return nil
    }

    /// Whether the capitalized word `token` stands as a whole word somewhere in the text outside
    /// `span`, with no capitalized word but a title right before it.
    private func recursAlone(_ token: QuoteToken, outside span: Range<Int>) -> Bool {
        guard token.isWord, token.isCapitalized else { return false }
        var found = false
        forEachOccurrence(of: Array(text[token.start..<token.end]), startingIn: 0..<text.count) { i in
            guard !span.contains(i) else { return true }
            var b = i - 1
            while b >= 0, text[b] == " " { b -= 1 }
            var w = b
            while w > 0, ScalarClass.isWord(text[w - 1]) { w -= 1 }
            // (`Dr Ouma`: a title before it is no part of another name.)
            if b >= 0, ScalarClass.isWord(text[b]), ScalarClass.isUpper(text[w]),
               !lexicon.titles.contains(ScalarClass.string(text, w..<(b + 1)).lowercased()) { return true }
            found = true
            return false
        }
        return found
    }

    /// `X, who has chaired the council since 2019,`, `X, who chairs …`: a full name set off by a
    /// comma, then `who`, an auxiliary at most, and the role `head` as a verb (`chaired`,
    /// `chairs`, `heads`, `coached`), in the paragraph's first sentence.
    private func nameDoingRole(_ tokens: [QuoteToken], head: String) -> Range<Int>? {
        let forms: Set<String> = [head + "ed", head + "s", head + "es", head + "d"]
        guard let run = fullNameRun(tokens, at: 0), run.upperBound + 3 < tokens.count, tokens[run.upperBound].isPunctuation(","),
              tokens[run.upperBound + 1].lowerIs("who") else { return nil }
        var v = run.upperBound + 2
        if tokens[v].isWord, isAuxiliary(tokens[v]) { v += 1 }
        guard v < tokens.count, tokens[v].isWord, forms.contains(tokens[v].lower) else { return nil }
        return run
    }

    /// The first paragraph of the body: the first one after the headline that is not blank.
    var leadLine: Int? { nextNonBlankLine(after: headline ?? -1) }

    /// A full name (two words or more) opening the paragraph, or opening it after a participle's
    /// phrase set off by its comma (`Testifying for the prosecution, X said`).
    private func openingName(_ tokens: [QuoteToken]) -> Range<Int>? {
        var k = 0
        if let opening = tokens.first, opening.isWord, opening.runEnd <= 1, opening.lower.hasSuffix("ing") {
            guard let comma = tokens.prefix(8).firstIndex(where: { $0.kind == .punctuation && $0.mark == "," }),
                  !tokens[..<comma].contains(where: { $0.quotationIndex != nil }) else { return nil }
            k = comma + 1
        }
        return fullNameRun(tokens, at: k)
    }

    /// `the worker, Dennis Okafor,`: the description's head noun after `the`, and a full name set
    /// off by commas right after it.
    private func appositiveName(_ tokens: [QuoteToken], head: String) -> Range<Int>? {
        guard !head.isEmpty else { return nil }
        var k = 1
        while k + 3 < tokens.count {
            defer { k += 1 }
            guard tokens[k].isWord, tokens[k].lowerIs(head), tokens[k - 1].lowerIs("the"),
                  tokens[k + 1].kind == .punctuation, tokens[k + 1].mark == ",", let run = fullNameRun(tokens, at: k + 2),
                  run.upperBound < tokens.count, tokens[run.upperBound].kind == .punctuation, tokens[run.upperBound].mark == "," else { continue }
            return run
        }
        return nil
    }

    /// The name run starting at token `k` when it has two words or more.
    private func fullNameRun(_ tokens: [QuoteToken], at k: Int) -> Range<Int>? {
        guard k < tokens.count, tokens[k].runStart == Int32(k) else { return nil }
        let run = k..<Int(tokens[k].runEnd)
        guard run.filter({ tokens[$0].isWord }).count >= 2 else { return nil }
        return run
    }

    /// The noun a description is about: the word before its first preposition
    /// (`A former accountant for a developer`), else its last word.
    private func headNoun(of candidate: SpeakerCandidate) -> String {
        let words = candidate.text.lowercased().split(separator: " ")
        if let preposition = words.firstIndex(where: { ["for", "at", "of", "in", "from", "with", "on"].contains($0) }), preposition > 1 {
            return String(words[preposition - 1])
        }
        return words.count > 1 ? String(words[words.count - 1]) : ""
    }

    /// Whether the person's surname appears nowhere in the text before `position`, in any case.
    private func isFirstMention(_ person: SpeakerCandidate, before position: Int) -> Bool {
        let surname = Array(lastWord(of: person.text).lowercased().unicodeScalars)
        var found = false
        forEachOccurrence(of: surname, startingIn: 0..<max(0, position - surname.count + 1), foldingCase: true) { _ in
            found = true
            return false
        }
        return !found
    }
}
