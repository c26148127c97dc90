// Speakers carried between quotations rather than read from a cue: continuations, repeated
// quotations and alternating two-person exchanges. Run after every quotation has its own reading.

extension SpeakerAttributor {
    /// Sieve 5: a quotation standing alone as a sentence (or a paragraph) continues the speaker of
    /// the quotation before it, in the same paragraph or the previous one.
    func continuation(_ index: Int, paragraph p: TokenizedParagraph, tokenIndex t: Int, sentence: Range<Int>) -> SpeakerCandidate? {
        let span = quotations[index]
        // The paragraph before opened the quotation: its speaker, past any quotation nested
        // inside it (`My son asked me, ‘Is Papa sick?’ What do I tell him?`).
        if span.continuesPrevious, let opened = quotations[..<index].lastIndex(where: { $0.continuesInNext }),
           let previous = results[opened]?.speaker { return previous }
        guard fillsSentence(p, t, sentence, span) else { return nil }
        // `Mayor Karen Bass said the fires … . "This is a tragedy."`: the sentence before, in the
        // same paragraph, reports someone's words.
        if let previousSentence = p.sentences.last(where: { $0.upperBound <= t }) {
            var k = previousSentence.upperBound - 1
            while k >= previousSentence.lowerBound {
                defer { k -= 1 }
                let token = p.tokens[k]
                if let q = token.quotationIndex {
                    if let speaker = results[q]?.speaker { return speaker }
                    continue
                }
                // (`said a sergeant …, who asked that only his first name, Vasyl, be used.`: a
                // request about the speaker's name reports no words.)
                guard token.isWord, isCue(p.tokens, k), !isPassive(p.tokens, k), !isRequestToBeNamed(p.tokens, k),
                      let subject = subject(of: k, in: p, sentence: previousSentence), isSpeakerShaped(subject) else { continue }
                // The pronoun's person is bound as a cue's pronoun is: `Later she said it again. "…"`
                // tells her sex to a later `he`.
                if subject.kind == .pronoun { return resolvePronounTeachingSex(subject, line: span.line, before: token.start) }
                // (A title as the quotation before resolved it: `A ministry official said …. "…,"
                // the official said. "…"` is the official introduced before.)
                if case .title = subject.kind { return resolve(subject, line: span.line, before: token.start) ?? subject }
                // `"…," the Pole said. "…"`, `"…," the Olympiacos coach said. "…"`: the same
                // resolution as the quotation before had.
                // (So for an office by its initials, `"…," the CFO said. "…"`.)
                if subject.kind == .organisation && (isDemonym(subject.text) || lexicon.officeFullForms[subject.text.lowercased()] != nil) {
                    return resolve(subject, line: span.line, before: token.start) ?? subject
                }
                if subject.kind == .group && subject.isDefinite {
                    return resolve(subject, line: span.line, before: token.start) ?? subject
                }
                // (`"…," her son said. "…"`: the relation named before, as the quotation before had.)
                if subject.kind == .group, let named = relationNamedBefore(subject, line: span.line, before: token.start) {
                    return named
                }
                return subject
            }
            // `Lebedeva, speaking from the cage, addressed the judge directly. "…"`: a sentence
            // about a named person, right before, with no words of anyone's in it, introduces
            // the quotation.
            if previousSentence.upperBound == sentence.lowerBound,
               !previousSentence.contains(where: { p.tokens[$0].quotationIndex != nil }),
               let subject = sentenceSubjects(p, previousSentence).first {
                if subject.kind == .person, looksLikeName(subject), isSpeakerShaped(subject) { return subject }
                // `She shrugged. "…"`: the person the pronoun stands for.
                if subject.kind == .pronoun, subject.isHeOrShe, let first = previousSentence.first,
                   let person = resolvePronounTeachingSex(subject, line: span.line, before: p.tokens[first].start), person.kind == .person {
                    return person
                }
            }
            if previousSentence.upperBound == sentence.lowerBound, let person = mannerSentencePerson(p, previousSentence, line: span.line) {
                return person
            }
        }
        guard index > 0 else { return nil }
        let previous = quotations[index - 1]
        guard previous.line == span.line || previousNonBlankLine(before: span.line) == previous.line else { return nil }
        // An answer to the question the paragraph before asked is not the asker's: it is the
        // one questioned's, when the words right before the question were theirs.
        if isAnswer(to: index - 1) { return questioned(by: index - 1) }
        guard let carried = results[index - 1]?.speaker else { return nil }
        if let asker = askersNextTurn(index, answerer: carried) { return asker }
        // `"…," Matthieu Rossel said.` then `Dupree's style divided critics, but she shrugs that
        // off. "…"`: a `he` or `she` in the sentence right before, of the other sex than the one
        // quoted before, has turned the story to someone else, whom the pronoun stands for.
        if carried.kind == .person, previous.line != span.line,
           let previousSentence = p.sentences.last(where: { $0.upperBound <= t }), previousSentence.upperBound == sentence.lowerBound,
           let pronoun = subjectPronoun(p, previousSentence), !fits(carried, pronoun) {
            let person = resolvePronounTeachingSex(pronoun, line: span.line, before: pronoun.end)
            return person?.kind == .person ? person : nil
        }
        return carried
    }

    /// Whom the question `q` was put to, read from the turns of the exchange: the person quoted
    /// right before it, in its paragraph or the one before, when someone else asks it.
    /// `Asked by prosecutor X …, Mrs Y said: '…'` / `'Did you …?' Ms X asked.` / `'No. Never.'`:
    /// court reports, press conferences and interviews quote the one questioned, then the
    /// question, then the answer with no cue. (No guess when the words before the question were
    /// the asker's own, a rhetorical question, or further back.)
    private func questioned(by q: Int) -> SpeakerCandidate? {
        // (`"Did you write these, Ms. Vega?" Hollister asked.`: the one the question calls by name.)
        if let addressed = addressedPerson(in: q), results[q]?.speaker?.text != addressed.text { return addressed }
        guard let before = personQuotedJustBefore(q) else { return nil }
        if let asker = results[q]?.speaker, asker.text == before.text || asker.kind == .pronoun && fits(before, asker) { return nil }
        return before
    }

    /// The first `he` or `she` in `sentence` that is a clause's subject (a verb's, not a
    /// preposition's object: `she shrugs`, `, he grinned`), as a pronoun candidate. (`lowerIs`
    /// asks the byte count before it compares a string.)
    private func subjectPronoun(_ p: TokenizedParagraph, _ sentence: Range<Int>) -> SpeakerCandidate? {
        for k in sentence where k + 1 < sentence.upperBound {
            let token = p.tokens[k]
            guard token.lowerIs("he") || token.lowerIs("she") else { continue }
            let next = p.tokens[k + 1]
            guard next.isWord, !next.isCapitalized, !next.has(.preposition), !next.has(.determiner) else { continue }
            return pronounCandidate(token)
        }
        return nil
    }

    /// `'We are watching our water disappear': Central Asia's glaciers` as a headline: words
    /// quoted twice are the same speaker's, who is named where the article quotes them in full.
    func attributeRepeatedQuotations() {
        // `'Best day of my life,' says 24-year-old`: a headline's grammar is clipped (`…, says MD`,
        // `PM tells …`, `Driver … jailed: '…'`) and names a role, a description or a nickname, so
        // the person the body quotes saying the same words is its speaker, whatever the
        // headline's own reading found.
        func isDescribed(_ index: Int) -> Bool {
            results[index]?.speaker == nil || quotations[index].line == headline
        }
        guard results.indices.contains(where: isDescribed), results.contains(where: { $0?.speaker != nil }) else { return }
        // The quoted words without closing punctuation, compared with ASCII case folded.
        func words(_ span: QuotationSpan) -> Range<Int> {
            var end = span.contentEnd
            while end > span.contentStart && !ScalarClass.isWord(text[end - 1]) { end -= 1 }
            return span.contentStart..<end
        }
        // (A headline's `didn’t` with a curly apostrophe is the body's `didn't`: desks set the
        // headline and the copy with different marks. The apostrophes are the names stage's.)
        // (`‘SHE STOLE MY SOUFFLÉ!’` over the body's `“She stole my soufflé, …”`: a headline set in
        // capitals folds its accented letters too; only a letter beyond ASCII asks its properties.)
        func folded(_ s: Unicode.Scalar) -> UInt32 {
            if NameText.isApostrophe(s) { return 0x27 }
            if s.value < 0x80 { return s.value >= 65 && s.value <= 90 ? s.value | 0x20 : s.value }
            guard s.properties.isUppercase, let lower = s.properties.lowercaseMapping.unicodeScalars.first else { return s.value }
            return lower.value
        }
        func contains(_ outer: Range<Int>, _ inner: Range<Int>, wholeWords: Bool) -> Bool {
            occurrence(outer, inner, wholeWords: wholeWords) != nil
        }
        // Where the words first occur in `outer`, if they do.
        func occurrence(_ outer: Range<Int>, _ inner: Range<Int>, wholeWords: Bool) -> Int? {
            let n = inner.count
            guard n > 0, outer.count >= n else { return nil }
            let first = folded(text[inner.lowerBound])
            for i in outer.lowerBound...(outer.upperBound - n) where folded(text[i]) == first {
                var k = 1
                while k < n && folded(text[i + k]) == folded(text[inner.lowerBound + k]) { k += 1 }
                if k == n && (!wholeWords || (i == outer.lowerBound || !ScalarClass.isWord(text[i - 1])) &&
                              (i + n == outer.upperBound || !ScalarClass.isWord(text[i + n]))) { return i }
            }
            return nil
        }
        var tried = 0
        for index in quotations.indices where tried < 8 && isDescribed(index) {
            let described = results[index]?.speaker != nil
            let quoted = words(quotations[index])
            // Four words at least: a shorter phrase is quoted twice by chance, except from the
            // headline (`wary of 'another spring'`), whose words the body quotes whole.
            var spaces = 0
            for k in quoted where ScalarClass.isSpace(text[k]) { spaces += 1 }
            // (Not when a sieve found the words a title, nor a noun's modifier that no body quotation
            // opens with: `jailed for 'callous' neglect`; nor from a quotation five times longer,
            // where a word recurs by chance. `after 'constructive' talks` over the body's `were
            // "constructive and businesslike", X told journalists`: a modifier lifted from the
            // opening of a quotation is its speaker's.)
            let headlineModifier = headline == quotations[index].line && results[index]?.sieve == "attributive"
            let fromHeadline = headline == quotations[index].line && (headlineModifier || results[index]?.sieve != "title")
            guard spaces >= 3 || fromHeadline else { continue }
            // (A headline's few quotations spend none of the body's budget.)
            if headline != quotations[index].line { tried += 1 }
            // `CEO cites 'hard choices'`, `family calls jailing 'revenge'`: a headline lifts a word
            // or two out of the one body quotation that holds them, however long; when only one
            // body quotation holds them, they are its words, not chance. (Not when the headline
            // gives the words to a plural group, `observers flag "serious shortcomings"`, `nurses
            // warn of 'danger'`: the gold sets split between that group and the body's speaker,
            // so the headline's reading stands.)
            let headlineGroup = fromHeadline && results[index]?.speaker?.plural == true
            var holders = 0
            if fromHeadline && spaces < 3 && !headlineGroup {
                for source in quotations.indices.prefix(200) where quotations[source].line != headline && holders < 2 {
                    if contains(words(quotations[source]), quoted, wholeWords: true) { holders += 1 }
                }
            }
            // `Siberian city cancels festival, citing 'economy measures'`, `Russian central bank
            // holds rate, says inflation "still too high"`: a headline's clipped reading that found
            // no person (nor a plural group, above) gives way to whoever the body names for the
            // words, a ministry as well as a person.
            let headlineReadingNoPerson = fromHeadline && !headlineGroup && results[index]?.speaker?.kind != .person
            for source in quotations.indices.prefix(200) where source != index && quotations[source].contentEnd - quotations[source].contentStart >= quoted.count {
                guard let speaker = results[source]?.speaker, quotations[source].line != headline,
                      !described || speaker.kind == .person || headlineReadingNoPerson,
                      let at = occurrence(words(quotations[source]), quoted, wholeWords: spaces < 3) else { continue }
                // (`"He said, 'Make the complaint disappear.'"`: words the source quotes inside
                // its own quotation are another's, whom the source reports.)
                if at > quotations[source].contentStart, "'\"‘“".unicodeScalars.contains(text[at - 1]) { continue }
                // `finance minister calls pension deal 'unaffordable'` and the body's `'unaffordable,
                // unfair to the young and, frankly, unserious'`: the headline quotes the opening
                // words, however long the rest. (Not one capitalized word: `Margaret 'Peggy'
                // Hollinshead`, a nickname, opens a quotation by chance.)
                // (`parents' 'child care crisis' warnings` over the body's `"a child care crisis"`:
                // the body's article before the words the headline lifts is no word of theirs, when
                // the words are the rest of the quotation; `jailed for 'callous' neglect` is not
                // the body's `"a callous indifference …"`.)
                let article = articleLength(at: quotations[source].contentStart, before: quotations[source].contentEnd)
                let sourceStart = quotations[source].contentStart + article
                let head = sourceStart..<min(quotations[source].contentEnd, sourceStart + quoted.count)
                let opens = fromHeadline && (article == 0 || words(quotations[source]).upperBound == head.upperBound)
                    && (spaces > 0 || !ScalarClass.isUpper(text[quoted.lowerBound])) && contains(head, quoted, wholeWords: false)
                    && (head.upperBound == quotations[source].contentEnd || !ScalarClass.isWord(text[head.upperBound]))
                if headlineModifier && !opens { continue }
                if spaces < 3 && !opens && holders != 1 {
                    var sourceSpaces = 0
                    for k in words(quotations[source]) where ScalarClass.isSpace(text[k]) { sourceSpaces += 1 }
                    guard sourceSpaces + 1 <= 5 * (spaces + 1) else { continue }
                }
                results[index] = Attribution(speaker: speaker, cue: nil, sieve: "repeated")
                break
            }
            // `Kazakh rail chief vows 'no wagon left behind'` over the body's `"No wagon will be left
            // behind."`: a headline's four words or more that no body quotation holds as written,
            // found in order in one body quotation with at most two of its words between them, are
            // that quotation's speaker's, when the headline's own reading found no person.
            if fromHeadline, results[index]?.sieve != "repeated", spaces >= 3, !headlineGroup, results[index]?.speaker?.kind != .person,
               let source = quotationHoldingInOrder(quoted, folded: folded), let speaker = results[source]?.speaker {
                results[index] = Attribution(speaker: speaker, cue: nil, sieve: "repeated-in-order")
            }
        }
    }

    /// The length of an article (`a `, `an `, `the `) opening the words at `start`, or 0.
    private func articleLength(at start: Int, before end: Int) -> Int {
        for article in ["a ", "an ", "the "] where start + article.unicodeScalars.count < end {
            if zip(text[start...], article.unicodeScalars).allSatisfy({ $0.properties.lowercaseMapping.unicodeScalars.first == $1 }) {
                return article.unicodeScalars.count
            }
        }
        return 0
    }

    /// The first quotation outside the headline, with a speaker, whose words hold the words of
    /// `quoted` in order with at most two of its own words between them (compared folded by
    /// `folded`), or `nil`.
    private func quotationHoldingInOrder(_ quoted: Range<Int>, folded: (Unicode.Scalar) -> UInt32) -> Int? {
        func words(_ range: Range<Int>) -> [[UInt32]] {
            var words: [[UInt32]] = [], word: [UInt32] = []
            for k in range {
                if ScalarClass.isWord(text[k]) || NameText.isApostrophe(text[k]) { word.append(folded(text[k])) } else if !word.isEmpty { words.append(word); word = [] }
            }
            if !word.isEmpty { words.append(word) }
            return words
        }
        let wanted = words(quoted)
        guard wanted.count >= 4 else { return nil }
        for source in quotations.indices.prefix(200) where quotations[source].line != headline && results[source]?.speaker != nil {
            let have = words(quotations[source].contentStart..<quotations[source].contentEnd)
            guard have.count >= wanted.count else { continue }
            for first in have.indices where have[first] == wanted[0] {
                var at = first, skipped = 0, matched = 1
                while matched < wanted.count, skipped <= 2 {
                    at += 1
                    guard at < have.count else { break }
                    if have[at] == wanted[matched] { matched += 1 } else { skipped += 1 }
                }
                if matched == wanted.count, skipped <= 2 { return source }
            }
        }
        return nil
    }

    func previousNonBlankLine(before line: Int) -> Int? {
        var l = line - 1
        while l >= 0 {
            if !isBlank(l) { return l }
            l -= 1
        }
        return nil
    }

    /// Testimony's question and answer with no cue between two quoted people: `"…?" Benedetto
    /// asked.` / `"…"` / `"…?"` / `"…," Whitfield said.` The paragraphs holding nothing but a
    /// quotation, between a question of one person's and the words of another, alternate
    /// between them, the first answering the question; only when their number is even, so the
    /// turns meet the named speaker after them (an odd run says the writer skipped a turn or the
    /// asker went on: no guess).
    func attributeAlternatingExchanges() {
        func standsAlone(_ index: Int) -> Bool {
            let tokens = paragraph(quotations[index].line).tokens
            return tokens.allSatisfy { $0.quotationIndex == index || $0.kind == .punctuation }
        }
        func follows(_ index: Int) -> Bool { previousNonBlankLine(before: quotations[index].line) == quotations[index - 1].line }
        var first = 1
        while first < quotations.count {
            var last = first
            while last < quotations.count, results[last]?.speaker == nil, standsAlone(last), follows(last) { last += 1 }
            defer { first = max(last, first + 1) }
            let count = last - first
            guard count > 0, count % 2 == 0, last < quotations.count, follows(last),
                  let asker = results[first - 1]?.speaker, asker.kind == .person, lastContentScalar(quotations[first - 1]) == "?",
                  let answerer = results[last]?.speaker, answerer.kind == .person, answerer.text != asker.text else { continue }
            for index in first..<last {
                results[index] = Attribution(speaker: (index - first) % 2 == 0 ? answerer : asker, cue: nil, sieve: "alternating-exchange")
            }
        }
    }

    /// A multi-paragraph quotation has one speaker: copy it along the chain both ways.
    func propagateAlongContinuations() {
        for index in quotations.indices.dropFirst() where quotations[index].continuesPrevious {
            if results[index]?.speaker == nil, let speaker = results[index - 1]?.speaker {
                results[index] = Attribution(speaker: speaker, cue: results[index - 1]?.cue, sieve: "continuation")
            }
        }
        for index in quotations.indices.reversed().dropFirst() where quotations[index].continuesInNext {
            if results[index]?.speaker == nil, let speaker = results[index + 1]?.speaker {
                results[index] = Attribution(speaker: speaker, cue: results[index + 1]?.cue, sieve: "continuation")
            }
        }
    }
}
