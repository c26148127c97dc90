// Quotation marks that hold no one's words: titles, names (`dubbed "the Iron Lady"`),
// defined terms and charges. Kept apart so the speaker sieves can be asked first whether a
// quotation is speech at all.

extension SpeakerAttributor {
    /// `Russia's "foreign agents" legislation`, `a "destructology" expert`: a short quotation
    /// between a determiner and a noun names a thing, in nobody's words.
    func isAttributive(_ tokens: [QuoteToken], _ t: Int, _ span: QuotationSpan) -> Bool {
        // `in what it calls an "information war"`: the naming verb's subject says it.
        if t >= 2, tokens[t - 2].isWord, tokens[t - 2].lower.hasPrefix("call"), tokens[t - 1].lowerIs("a") || tokens[t - 1].lowerIs("an"), isCue(tokens, t - 2) { return false }
        guard t > 0, t + 1 < tokens.count, let last = lastContentScalar(span), !".,!?;:…".unicodeScalars.contains(last) else { return false }
        let before = tokens[t - 1], after = tokens[t + 1]
        // `after 'sabotage' arrests`: after a preposition too, for a shorter quotation.
        let preposition = before.isWord && !before.isCapitalized && before.has(.preposition) && !Self.timeWords.contains(after.lower)
        guard before.isWord, before.isPossessive || preposition || ["a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "called"].contains(before.lower),
              after.isWord, !after.isCapitalized, !after.has(.function), !after.has(.preposition), !after.has(.clauseOpener),
              !after.has(.auxiliary), !after.has(.cue), after.lower != "of", !after.lower.endsWithBytes("ly") else { return false }
        var words = 1
        for k in span.contentStart..<span.contentEnd where text[k] == " " { words += 1 }
        return words <= (preposition ? 2 : 4)
    }

    /// `calls itself "…"`: verbs that give a name when their object is reflexive.
    private static let namingVerbs: Set<String> = ["call", "calls", "called", "calling", "describe", "describes", "described", "describing",
                                                   "style", "styles", "styled", "brand", "brands", "branded", "name", "names", "named", "dub", "dubs", "dubbed"]

    private static let reflexives: Set<String> = ["itself", "themselves", "himself", "herself"]

    /// `The project, called "…"`: participles that name the noun before them.
    private static let namingParticiples: Set<String> = ["called", "named", "dubbed", "nicknamed", "titled", "entitled"]

    private static let objectPronouns: Set<String> = ["it", "him", "her", "them"]

    /// `labeled it a "foreign agent"`: verbs that put a label on their object.
    private static let labellingVerbs: Set<String> = ["labeled", "labelled", "labels", "label", "branded", "brands", "designated", "designates",
                                                      "declared", "declares", "listed", "lists"]

    /// `"The Road Is Longer Than the Horse"`, `"Save Elm Street" stickers`: words in title case
    /// with no closing punctuation of a sentence name a work, a campaign or a place; nobody says
    /// them. Two capitalized words at least, every other word a short function word.
    func isTitle(_ span: QuotationSpan) -> Bool {
        guard span.contentStart < span.contentEnd, ScalarClass.isUpper(text[span.contentStart]),
              let last = lastContentScalar(span), last != ".", last != "!", last != "?", last != "…" else { return false }
        var capitalized = 0
        var k = span.contentStart
        while k < span.contentEnd {
            while k < span.contentEnd && !ScalarClass.isWord(text[k]) { k += 1 }
            guard k < span.contentEnd else { break }
            let start = k
            while k < span.contentEnd && (ScalarClass.isWord(text[k]) || text[k] == "'" || text[k] == "’" || text[k] == "-") { k += 1 }
            let first = text[start]
            if ScalarClass.isUpper(first) || ScalarClass.isDigit(first) {
                capitalized += 1
            } else if k - start > 4 || !Self.titleSmallWords.contains(ScalarClass.string(text, start..<k)) {
                return false
            }
        }
        return capitalized >= 2
    }

    /// Lower-case words a title keeps (`The Yards at Elm`).
    /// (With the particles of Romance and Dutch or German titles, `Lua de Madureira`, `Tecelã das
    /// Estrelas`, `La Vie en Rose`.)
    private static let titleSmallWords: Set<String> = ["a", "an", "the", "of", "at", "in", "on", "to", "for", "and", "or", "by", "with", "from", "is", "as",
                                                       "de", "da", "do", "das", "dos", "del", "di", "du", "des", "la", "le", "les", "el", "en", "y", "e", "van", "von", "der"]

    /// Whether `as` follows the quotation at `t`: the quotation is what the cue describes.
    func describedAs(_ tokens: [QuoteToken], _ t: Int) -> Bool {
        t + 1 < tokens.count && tokens[t + 1].isWord && tokens[t + 1].lowerIs("as")
    }

    /// Whether a cue verb comes right after the quotation (after a comma at most).
    func cueRightAfter(_ p: TokenizedParagraph, _ t: Int) -> Bool {
        var k = t + 1
        if k < p.tokens.count && p.tokens[k].isPunctuation(",") { k += 1 }
        guard k < p.tokens.count else { return false }
        if p.tokens[k].isWord && isCue(p.tokens, k) { return true }
        // `"…," Smith said`, `"…," the crowd chanted`: a cue a few words on, before any other mark.
        var j = k
        while j < min(p.tokens.count, k + 6) && p.tokens[j].isWord {
            if isCue(p.tokens, j) { return true }
            j += 1
        }
        return false
    }

    /// A technical term as the writer introduces it, in nobody's words: `a moment known as
    /// "peak water"`, `scientists call this a "phenological mismatch"`, `a phenomenon scientists
    /// dubbed the "…"`. A short quotation of at most three words, without a sentence's end.
    private func isDefinedTerm(_ tokens: [QuoteToken], _ t: Int, _ span: QuotationSpan) -> Bool {
        guard t >= 2, let last = lastContentScalar(span), !".!?…".unicodeScalars.contains(last) else { return false }
        var words = 1
        for k in span.contentStart..<span.contentEnd where text[k] == " " { words += 1 }
        guard words <= 3 else { return false }
        var k = t - 1
        while k > 0, tokens[k].isWord, ["a", "an", "the", "as"].contains(tokens[k].lower) { k -= 1 }
        guard k < t - 1 || tokens[k].isWord, tokens[k].isWord else { return false }
        if tokens[k].lowerIs("known"), tokens[t - 1].lowerIs("as") { return true }
        // `call this a "…"`: a demonstrative object, the thing just described.
        if k > 0, tokens[k].lowerIs("this"), tokens[k - 1].isWord, Self.namingVerbs.contains(tokens[k - 1].lower) { return true }
        guard Self.namingVerbs.contains(tokens[k].lower) else { return false }
        // `a phenomenon scientists describe as`: a term noun, then a subject of one or two words.
        var j = k - 1
        while j > max(0, k - 4), tokens[j].isWord, !lexicon.termNouns.contains(tokens[j].lower) { j -= 1 }
        return j > 0 && j < k - 1 && tokens[j].isWord && lexicon.termNouns.contains(tokens[j].lower) && ["a", "an"].contains(tokens[j - 1].lower)
    }

    /// Words before a quotation that make it the wording of a charge (`charged with "sabotage"`).
    private static let chargeWords: Set<String> = ["charge", "charges", "charged", "accused", "convicted", "suspicion", "guilty", "count", "counts"]

    /// `what it calls "…"`, `what they describe as "…"`: a naming verb in a free relative clause
    /// right before the quotation.
    private func namedByFreeRelative(_ tokens: [QuoteToken], _ t: Int) -> Bool {
        var k = t - 1
        if k > 0, tokens[k].isWord, tokens[k].lowerIs("as") { k -= 1 }
        guard k >= 2, tokens[k].isWord, Self.namingVerbs.contains(tokens[k].lower) else { return false }
        return ((k - 3)..<k).contains { $0 >= 0 && tokens[$0].isWord && tokens[$0].lowerIs("what") }
    }

    /// `on charges of "…"`, `an account using the name "Privet Bro"`, `a campaign dubbed "…"`, a
    /// report `titled "…"`, `"peak water" - the point at which …`: the quotation is the wording of
    /// a charge, a name or a term being defined, in nobody's words. (`a move the opposition
    /// called "…"` is the opposition's: only an indefinite noun before `called` names a thing.)
    /// Whether `as` at `a` closes `known … as` (`known as`, `better known as`, `known to
    /// millions of viewers as`): `known` at most ten words before it, only words between.
    func isKnownAs(_ tokens: [QuoteToken], as a: Int) -> Bool {
        var k = a - 1
        while k >= 0, k >= a - 10, tokens[k].isWord {
            if tokens[k].lowerIs("known") { return true }
            k -= 1
        }
        return false
    }

    func namesChargeOrTerm(_ tokens: [QuoteToken], _ t: Int, _ span: QuotationSpan) -> Bool {
        if t >= 2, tokens[t - 1].isWord {
            let before = tokens[t - 1].lower
            // `The project, called "The Yards at Elm,"`: a participle naming the noun before it.
            if tokens[t - 2].isPunctuation(","), before.utf8.last == UInt8(ascii: "d"), Self.namingParticiples.contains(before) { return true }
            // `The movement, which calls itself "The Way Home,"`, `describes itself as "…"`.
            var k = t - 1
            if before == "as" && k > 0 { k -= 1 }
            if k > 0, tokens[k].isWord, tokens[k].lower.utf8.count >= 6, tokens[k].lower.utf8.last == UInt8(ascii: "f") || tokens[k].lower.utf8.last == UInt8(ascii: "s"),
               Self.reflexives.contains(tokens[k].lower), tokens[k - 1].isWord, Self.namingVerbs.contains(tokens[k - 1].lower) { return true }
            // `The 44-year-old, known to everyone on his round as "Gaz",`: the name someone goes by,
            // with up to six words of whom and where between `known` and `as`.
            if before == "as" && isKnownAs(tokens, as: t - 1) { return true }
            // `the authorities labeled it a "foreign agent."`: a label given to the object.
            k = t - 1
            while k > t - 3, k > 0, tokens[k].isWord, tokens[k].lowerIs("a") || tokens[k].lowerIs("an") || tokens[k].lowerIs("as") { k -= 1 }
            if k < t - 1, k > 0, tokens[k].isWord, Self.objectPronouns.contains(tokens[k].lower), Self.labellingVerbs.contains(tokens[k - 1].lower),
               !(k >= 2 && isAuxiliary(tokens, k - 2)) { return true }
        }
        if t >= 2, tokens[t - 1].isWord, tokens[t - 2].isWord {
            let before = tokens[t - 1].lower, earlier = tokens[t - 2].lower
            if (before == "of" || before == "with") && Self.chargeWords.contains(earlier) { return true }
            if before == "name" && (earlier == "the" || earlier == "a") { return true }
            if before == "titled" || before == "entitled" { return true }
            // (`a television programme called "…"`: the indefinite noun may take up to two
            // lower-case modifiers before it. Not a plural before the verb, `a result outside
            // researchers called "…"`: the subject of a relative clause without `that`.)
            if ["called", "named", "dubbed", "nicknamed"].contains(before), !looksPlural(tokens[t - 2]) {
                var a = t - 2
                while a > t - 5, a > 0, tokens[a].isWord, !tokens[a].isCapitalized, !tokens[a].has(.function), !tokens[a].has(.determiner),
                      a == t - 2 || !tokens[a].has(.preposition) { a -= 1 }
                if a < t - 2, tokens[a].isWord, ["a", "an"].contains(tokens[a].lower) { return true }
            }
        }
        if isDefinedTerm(tokens, t, span) { return true }
        // A short term and its definition after a dash (not an exclamation: `chanting "Ruto must
        // go!" - a reference to the president` is the chanters' words; nor the term of `what it
        // calls "…" - …`, the subject's).
        guard let last = lastContentScalar(span), last != "!", last != "?", t + 2 < tokens.count, !namedByFreeRelative(tokens, t), tokens[t + 1].isPunctuation("-") || tokens[t + 1].isPunctuation("—") || tokens[t + 1].isPunctuation("–"),
              tokens[t + 2].isWord, ["the", "a", "an"].contains(tokens[t + 2].lower) else { return false }
        var words = 1
        for k in span.contentStart..<span.contentEnd where text[k] == " " { words += 1 }
        return words <= 3
    }
}

extension SpeakerAttributor {
    /// `a flag unfurled by home fans at Gigg Lane on Saturday, which read "…"`, `placards that
    /// read "…"`: what a relative clause says `read` is written on a thing (a banner, sign,
    /// sticker or poster), in nobody's words. The words right before the relative are only the
    /// end of the thing's modifiers (a day, a ground, the fans who carried it), never its author.
    /// Not when the sentence names a piece of speech before it (`issued a statement on Friday,
    /// which read: "…"`, `a post that read`): that is its author's, found by the cue sieves.
    func isInscription(_ tokens: [QuoteToken], _ t: Int, sentence: Range<Int>) -> Bool {
        // Gate on the word before the mark (a colon between them at most) before anything else.
        var v = t - 1
        if v > sentence.lowerBound, tokens[v].isPunctuation(":") { v -= 1 }
        guard v > sentence.lowerBound, tokens[v].isWord, tokens[v].lowerIs("read") || tokens[v].lowerIs("reads") else { return false }
        let relative = v - 1
        guard tokens[relative].isWord, tokens[relative].lowerIs("which") || tokens[relative].lowerIs("that") else { return false }
        return !(sentence.lowerBound..<relative).contains(where: { tokens[$0].isWord && tokens[$0].has(.speechNoun) })
    }
}
