// How a document frames its voices before any cue is read: its headline, dateline, byline,
// and the labels and question lines of interviews and transcripts. Kept apart because these
// sieves read the page's layout, not a sentence's grammar.

extension SpeakerAttributor {
    /// `Saudi minister warns against 'speculators'` in a headline: the first person the article
    /// names with that role in its opening paragraphs.
    func namedAfterHeadline(_ speaker: SpeakerCandidate) -> SpeakerCandidate? {
        guard speaker.kind != .person, speaker.kind != .organisation, !speaker.plural, let h = headline else { return nil }
        let role = lastWord(of: speaker.text).lowercased()
        guard lexicon.titles.contains(role) else { return nil }
        // `Governor` in the headline, `Gov. Ellen Marsh` in the lead: the role's listed abbreviations too,
        // and the titles of its family (`judge tells driver …` over `Justice Miriam Okafor-Lee told`).
        let forms = [role] + lexicon.titleAbbreviations[role, default: []] + lexicon.roleFamilies[role, default: []].subtracting([role]).sorted()
        var seen = 0
        for l in (h + 1)..<lines.count where !isBlank(l) {
            for form in forms {
                if let named = resolveRole([form], line: l, before: lines[l].upperBound, lines: 1) { return named }
            }
            seen += 1
            if seen == 4 { break }
        }
        return nil
    }

    /// Whether most of the line's longer words are capitalized (`Turkmen President Pledges
    /// Caspian Pipeline As Officials Meet EU Envoy`).
    func isTitleCase(_ line: Int) -> Bool {
        var words = 0, capitalized = 0
        var i = lines[line].lowerBound
        let upper = lines[line].upperBound
        while i < upper {
            guard ScalarClass.isWord(text[i]) else { i += 1; continue }
            let start = i
            while i < upper && ScalarClass.isWord(text[i]) { i += 1 }
            if i - start > 3 {
                words += 1
                if ScalarClass.isUpper(text[start]) { capitalized += 1 }
            }
        }
        return words >= 4 && capitalized * 10 >= words * 7
    }

    /// The first non-blank line when more text follows it and it does not end as a sentence
    /// does (headlines have no full stop: `OPEC+ extends output cuts, minister warns`).
    func findHeadline() -> Int? {
        guard let first = lines.indices.first(where: { !isBlank($0) }),
              lines.indices.contains(where: { $0 > first && !isBlank($0) }) else { return nil }
        let range = lines[first]
        guard range.count <= 200 else { return nil }
        var i = range.upperBound - 1
        while i >= range.lowerBound && (ScalarClass.isSpace(text[i]) || "\"'”’“‘".unicodeScalars.contains(text[i])) { i -= 1 }
        guard i >= range.lowerBound, !".:;,!?".unicodeScalars.contains(text[i]) else { return nil }
        // Two sentences are no headline.
        for j in stride(from: range.lowerBound, to: i - 1, by: 1) where ".!?".unicodeScalars.contains(text[j]) && text[j + 1] == " " && ScalarClass.isUpper(text[j + 2]) {
            return nil
        }
        return first
    }

    /// The token index of the dash closing a dateline that opens the paragraph in capitals
    /// (`DONETSK OBLAST — The …`, `HARRISBURG, Pa. (AP) — …`) or a live blog's time stamp
    /// (`19:48 — …`, `06:10 PHT — …`), or 0: a dateline names a place and an outlet, a time stamp
    /// a moment, nobody who speaks.
    func datelineEnd(_ tokens: [QuoteToken]) -> Int {
        if let first = tokens.first, ScalarClass.isDigit(text[first.start]) { return timeStampEnd(tokens) }
        guard let first = tokens.first, first.isWord, first.end - first.start >= 3,
              (first.start..<first.end).allSatisfy({ !ScalarClass.isWord(text[$0]) || ScalarClass.isUpper(text[$0]) }),
              let dash = tokens.prefix(12).firstIndex(where: { $0.kind == .punctuation && "—–-".unicodeScalars.contains($0.mark) }),
              !tokens[..<dash].contains(where: { $0.isWord && !$0.isCapitalized && ScalarClass.isWord(text[$0.start]) && !ScalarClass.isDigit(text[$0.start]) }) else { return 0 }
        return dash
    }

    /// The token index of the dash after a live blog's time stamp opening the paragraph, `19:48 —`,
    /// `9.05am -`, `06:10 PHT —`, `6:05 a.m. ET -` (hours, a colon or a point, two digits of
    /// minutes, then `am`/`pm` written with or without points, then a short word in capitals, each
    /// at most once), or 0.
    private func timeStampEnd(_ tokens: [QuoteToken]) -> Int {
        // `6:05 a.m. ET -` is seven tokens before its dash.
        guard let dash = tokens.prefix(8).firstIndex(where: { $0.kind == .punctuation && "—–-".unicodeScalars.contains($0.mark) }), dash > 0 else { return 0 }
        var k = tokens[0].start
        let end = tokens[dash].start
        func digits() -> Int {
            let from = k
            while k < end && ScalarClass.isDigit(text[k]) { k += 1 }
            return k - from
        }
        guard (1...2).contains(digits()), k < end, text[k] == ":" || text[k] == "." else { return 0 }
        k += 1
        guard digits() == 2 else { return 0 }
        // A word of letters, the points inside and after it kept (`a.m.`), and read without them.
        func word() -> String {
            while k < end && text[k] == " " { k += 1 }
            var letters = String.UnicodeScalarView()
            while k < end && (ScalarClass.isWord(text[k]) && !ScalarClass.isDigit(text[k]) || text[k] == "." && !letters.isEmpty) {
                if text[k] != "." { letters.append(text[k]) }
                k += 1
            }
            return String(letters)
        }
        var stampWord = word()
        if ["am", "pm"].contains(stampWord.lowercased()) { stampWord = word() }
        guard stampWord.isEmpty || (stampWord.unicodeScalars.count <= 4 && stampWord.unicodeScalars.allSatisfy(ScalarClass.isUpper)) else { return 0 }
        while k < end && text[k] == " " { k += 1 }
        return k == end ? dash : 0
    }

    /// `q` or `a` when the paragraph opens with an interview's `Q:` or `A:` label.
    func interviewLabel(_ p: TokenizedParagraph) -> String? {
        guard p.tokens.count > 2, p.tokens[0].isWord, p.tokens[0].isCapitalized, p.tokens[0].end - p.tokens[0].start == 1,
              p.tokens[1].isPunctuation(":") else { return nil }
        let label = p.tokens[0].lower
        return label == "q" || label == "a" ? label : nil
    }

    func findInterviewee() -> SpeakerCandidate? {
        var firstQuestion: Int? = nil, answered = false
        for l in lines.indices where !isBlank(l) && (text[lines[l].lowerBound] == "Q" || text[lines[l].lowerBound] == "A") {
            guard let label = interviewLabel(paragraph(l)) else { continue }
            if label == "q" { firstQuestion = firstQuestion ?? l } else if firstQuestion != nil { answered = true; break }
        }
        guard let firstQuestion, answered else { return nil }
        return firstPersonNamed(before: firstQuestion)
    }

    /// The first person an interview's introduction (its lines before `end`) names, looked for
    /// first past the headline: an interview's introduction names whom it speaks to (`We spoke to
    /// her at …`), while its headline often names the subject instead (`… on the shrinking Tien
    /// Shan`); a headline's name counts only when the introduction names nobody.
    private func firstPersonNamed(before end: Int) -> SpeakerCandidate? {
        if let inIntroduction = firstPersonNamed(before: end, skipping: headline) { return inIntroduction }
        return firstPersonNamed(before: end, skipping: titleCaseHeadline)
    }

    ///
    /// A full name is asked for first: an interview introduces whom it speaks to by given name
    /// and surname, while a lone capitalized word in the introduction is as often a genre, a
    /// brand or a team (`one of the first Afrobeats stars to fill London arenas, Tunde
    /// Bakare-Cole is still touring`); a lone word counts only when no full name follows it.
    private func firstPersonNamed(before end: Int, skipping skipped: Int?) -> SpeakerCandidate? {
        var lone: SpeakerCandidate? = nil
        for l in 0..<end where !isBlank(l) && l != skipped {
            let p = paragraph(l)
            for run in nameRuns(p.tokens, 0..<p.tokens.count) {
                // (`Interview by Sam Reid`, `Kira Lane, appointed by Mayor X,`: a name after `by`
                // is who asks or acts on the interviewee, not who answers.)
                if run.lowerBound > 0, p.tokens[run.lowerBound - 1].lowerIs("by") { continue }
                if let candidate = nameCandidate(p.tokens, run, gender: .unknown), candidate.kind == .person,
                   looksLikeName(candidate), isSpeakerShaped(candidate) {
                    if candidate.text.utf8.contains(UInt8(ascii: " ")) { return candidate }
                    lone = lone ?? candidate
                }
            }
        }
        return lone
    }

    /// Who `I` and `my` stand for outside quotation marks at `line`: the interviewee in a `A:`
    /// answer, the one a paragraph's `Name:` label names in a transcript, none in a question,
    /// and otherwise the writer a `By …` line signs the article with (a column's `I`).
    func narrator(at line: Int) -> SpeakerCandidate? {
        let p = paragraph(line)
        if let label = interviewLabel(p) { return label == "a" ? interviewee : nil }
        if let labelled = transcriptLabel(p) { return labelled }
        return byline
    }

    /// `**Shahnoza Yusupova:** …`: the name that labels a transcript's paragraph, past any markup.
    private func transcriptLabel(_ p: TokenizedParagraph) -> SpeakerCandidate? {
        let tokens = p.tokens
        var k = 0
        while k < min(2, tokens.count), !tokens[k].isWord { k += 1 }
        guard k < tokens.count, tokens[k].isWord, tokens[k].runStart == Int32(k) else { return nil }
        var j = Int(tokens[k].runEnd)
        while j < min(tokens.count, Int(tokens[k].runEnd) + 2), !tokens[j].isWord, !tokens[j].isPunctuation(":") { j += 1 }
        guard j < tokens.count, tokens[j].isPunctuation(":") else { return nil }
        return nameCandidate(tokens, k..<Int(tokens[k].runEnd), gender: .unknown).flatMap { $0.kind == .person ? $0 : nil }
    }

    func findByline() -> SpeakerCandidate? {
        var seen = 0
        for l in lines.indices where !isBlank(l) {
            seen += 1
            if seen > 4 { break }
            if let author = creditedWriter(l) ?? standfirstWriter(l) { return author }
        }
        return nil
    }

    /// Words that name what a writer made in a credit line opening `… by X` (`Interview by Laila
    /// Nazarova`, `Words and pictures by X`, `Reporting by X`).
    private static let creditWords: Set<String> = [
        "interview", "interviews", "words", "text", "story", "reporting", "written", "pictures", "photographs", "photos",
    ]

    /// `By Laila Nazarova`, and a credit line's `Interview by Laila Nazarova`, `Words and pictures
    /// by Tom Ash`: a short line that credits the piece's making to a person signs it, the byline
    /// being the credit with no words before its `by`. The line's first word is read first, so
    /// that no paragraph is tokenized for a byline it cannot be: the writer is asked of every
    /// document that weighs a person for `he` or `she` (``fits(_:_:)``).
    private func creditedWriter(_ l: Int) -> SpeakerCandidate? {
        var s = lines[l].lowerBound
        while s < lines[l].upperBound, ScalarClass.isSpace(text[s]) { s += 1 }
        guard s < lines[l].upperBound, ScalarClass.isUpper(text[s]) else { return nil }
        var e = s
        while e < lines[l].upperBound, ScalarClass.isWord(text[e]) { e += 1 }
        let byline = e == s + 2 && text[s] == "B" && text[s + 1] == "y"
        guard byline || lines[l].upperBound - s <= 80 && Self.creditWords.contains(ScalarClass.string(text, s..<e).lowercased()) else { return nil }
        let tokens = paragraph(l).tokens
        guard tokens.count <= 12, !byline || tokens.count >= 3,
              let by = tokens.firstIndex(where: { $0.isWord && $0.lower == "by" }), byline ? by == 0 : (1...3).contains(by),
              tokens[..<by].allSatisfy({ $0.isWord && (Self.creditWords.contains($0.lower) || $0.lower == "and") }),
              by + 1 < tokens.count, tokens[by + 1].runStart == Int32(by + 1) else { return nil }
        let run = (by + 1)..<Int(tokens[by + 1].runEnd)
        guard run.upperBound == tokens.count || tokens[run.upperBound].isPunctuation(","),
              let author = nameCandidate(tokens, run, gender: .unknown), author.kind == .person else { return nil }
        return author
    }

    /// `… are running out of apprentices. By Fiona Aldridge`: a magazine's standfirst that ends
    /// with its own sentence `By` and a name signs the piece. Only a line whose last words follow
    /// `. By ` is tokenized.
    private func standfirstWriter(_ l: Int) -> SpeakerCandidate? {
        let line = lines[l]
        var k = line.upperBound - 1
        // The name's words: at most 40 scalars back to `By `.
        while k > line.lowerBound + 2, k >= line.upperBound - 44 {
            if text[k] == " ", text[k - 1] == "y", text[k - 2] == "B", k - 4 >= line.lowerBound, ScalarClass.isSpace(text[k - 3]),
               ".!?".unicodeScalars.contains(text[k - 4]) { break }
            k -= 1
        }
        guard k > line.lowerBound + 2, text[k] == " ", text[k - 1] == "y", text[k - 2] == "B" else { return nil }
        let tokens = paragraph(l).tokens
        guard let by = tokens.lastIndex(where: { $0.start == k - 2 }), by > 0, tokens[by - 1].kind == .punctuation,
              by + 1 < tokens.count, tokens[by + 1].runStart == Int32(by + 1), Int(tokens[by + 1].runEnd) == tokens.count,
              let author = nameCandidate(tokens, (by + 1)..<tokens.count, gender: .unknown), author.kind == .person else { return nil }
        return author
    }

    /// `my mother` as the words' speaker: the narrator's mother, named as theirs.
    func narratorsRelation(_ candidate: SpeakerCandidate, line: Int) -> SpeakerCandidate? {
        var words = candidate.text.wordsSplitAtSpaces()
        guard words.count >= 2, words[0] == "my" || words[0] == "My", let narrator = narrator(at: line) else { return nil }
        words.removeFirst()
        if words.count >= 2, words[0] == "own" { words.removeFirst() }
        var relation = candidate
        relation.text = narrator.text + String(documentApostrophe()) + "s " + words.joined(separator: " ")
        return relation
    }

    /// The apostrophe the document writes between letters (`didn’t`, `family's`): the curly one or
    /// the straight one, whichever comes first, so that a possessive the stage writes reads as the
    /// text's own. The straight one when the text has neither.
    func documentApostrophe() -> Unicode.Scalar {
        for i in text.indices.dropFirst().dropLast() where text[i] == "\u{2019}" || text[i] == "'" {
            if ScalarClass.isWord(text[i - 1]), ScalarClass.isWord(text[i + 1]) { return text[i] }
        }
        return "'"
    }

    func findUnlabelledInterviewee() -> SpeakerCandidate? {
        var firstQuestion: Int? = nil, pairs = 0
        var previous: Int? = nil
        for l in lines.indices where !isBlank(l) {
            if let q = previous, isQuestionLine(q), opensWithQuotation(l) {
                firstQuestion = firstQuestion ?? q
                pairs += 1
            }
            previous = l
        }
        guard let firstQuestion, pairs >= 2 else { return nil }
        return firstPersonNamed(before: firstQuestion)
    }

    /// A paragraph of the writer's own that ends with a question mark: its quotations, if any, come
    /// before the question's own words (`Your colleagues call you "Mother Bernie". Do you mind?`),
    /// so that the question is the writer's and not a quoted one.
    func isQuestionLine(_ line: Int) -> Bool {
        var i = lines[line].upperBound - 1
        while i >= lines[line].lowerBound && ScalarClass.isSpace(text[i]) { i -= 1 }
        guard i >= lines[line].lowerBound && text[i] == "?" else { return false }
        guard let last = quotationsByLine[line].last?.span else { return true }
        return last.end < i && (last.end..<i).contains(where: { text[$0].properties.isAlphabetic })
    }

    /// Whether the paragraph's first scalar (past white space) opens a quotation.
    private func opensWithQuotation(_ line: Int) -> Bool {
        guard let first = quotationsByLine[line].first?.span else { return false }
        var i = lines[line].lowerBound
        while i < lines[line].upperBound && ScalarClass.isSpace(text[i]) { i += 1 }
        return first.start == i
    }

    func isBlank(_ line: Int) -> Bool {
        for i in lines[line] where !ScalarClass.isSpace(text[i]) { return false }
        return true
    }
}
