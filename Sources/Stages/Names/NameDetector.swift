/// Finds the names in one article without a trained model, and links surname-only mentions to the
/// full names of the same article.
///
/// A name is a run of capitalised words on one line, separated by spaces only, that may hold
/// particles (`bin`, `uulu`) and, once an organisation word was seen, connectors (`Ministry of
/// Health`). The run is then trimmed and classified:
/// - titles in front (`former Prime Minister`) are left out but make it a person;
/// - at the start of a sentence or in a title-case heading, leading common words are left out
///   (`Opposition`, `Police`), and a single remaining word counts only if the article also
///   capitalises it in the middle of a sentence;
/// - a capitalised place word at the end is left out and makes it a place (`Ala Too Square`);
/// - an organisation word makes it an organisation (`Central Election Commission`);
/// - a surname ending (`-ov`, `-eva`, `-uulu`, …) on its last (or, Russian order, first) word,
///   or a role word around it (`opposition leader …`, `…, an activist`), makes it a person.
struct NameDetector: Sendable {
    let rules: NameRules

    /// The names of `text`, in text order.
    func detect(in text: String, keys: NameKeyMaker) -> [DetectedName] {
        var text = text
        keys.startDocument()
        return text.withUTF8 { utf8 in
            // Offsets are kept in 32 bits; a single text of 2 GB or more is not searched.
            guard utf8.count < Int(Int32.max) else { return [] }
            var pass = Pass(utf8: utf8, rules: rules, keys: keys)
            return pass.run()
        }
    }
}

/// The rules behind one reference, for ``Pass``.
private final class PassRules {
    let rules: NameRules
    /// ``NameRules/placeSubKindHeads``, read without copying the rules out of this reference.
    let placeSubKindHeads: [UInt64]
    init(_ rules: NameRules) {
        self.rules = rules
        placeSubKindHeads = rules.placeSubKindHeads
    }
}

/// The work of one `detect` call.
///
/// The rules are held by reference: a pass whose fields held the whole rule set was copied whole
/// (a `memcpy` of hundreds of bytes) at each call of one of its non-mutating methods.
private struct Pass {
    let utf8: UnsafeBufferPointer<UInt8>
    private let rulesReference: PassRules
    var rules: NameRules { rulesReference.rules }
    let keys: NameKeyMaker
    let tokens: [NameToken]
    /// Per word that is an outlet's web address (`Meduza.io`, `Gazeta.uz`), where its name ends and
    /// its country's ending starts (see ``NameTokenizer/joinDomains(_:in:endings:asciiCountryPairs:)``).
    let domains: [Int: DomainName]
    /// Per word, its index in the key maker's info table, or -1 before it was asked for.
    var infos: [Int32]
    /// Per line, whether it is a title-case heading.
    var headlineLines: [Bool] = []
    /// Stamps the key IDs of words capitalised mid-sentence (see ``NameKeyMaker/markEvidence(_:)``).
    var evidenceStamp: UInt32 = 0
    /// The last ``rolePhraseStart(before:)`` asked for and its answer: a person's run asks it
    /// twice, in `classify` and in `takeOffice`.
    var lastRolePhrase: (start: Int, phrase: Int?) = (-1, nil)
    /// Whether the article writes `na`/`на` as an ordinary word (``isRiverLink(_:)``): -1 until asked.
    var naIsOrdinaryWord: Int8 = -1

    init(utf8: UnsafeBufferPointer<UInt8>, rules: NameRules, keys: NameKeyMaker) {
        self.utf8 = utf8
        self.rulesReference = PassRules(rules)
        self.keys = keys
        var tokens = NameTokenizer.tokens(in: utf8)
        domains = NameTokenizer.joinDomains(
            &tokens, in: utf8, endings: rules.domainEndings, asciiCountryPairs: rules.asciiCountryEndingPairs)
        self.tokens = tokens
        self.infos = Array(repeating: -1, count: tokens.count)
    }

    // MARK: Words

    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self)
    }

    mutating func word(_ i: Int) -> String {
        let index = infoIndex(i)
        return keys.infoTable[index].word
    }

    /// Whether words `i` and `i + 1` are separated by exactly one space character.
    func oneSpaceAfter(_ i: Int) -> Bool {
        tokens[i + 1].byteStart == tokens[i].byteEnd + 1 && utf8[tokens[i].byteEnd] == 0x20
    }

    /// What is known of word `i`.
    ///
    /// Inlined: it is asked for several times per word, and is mostly known already.
    @inline(__always)
    mutating func infoIndex(_ i: Int) -> Int {
        let known = infos[i]
        if known >= 0 { return Int(known) }
        return lookUpInfo(i)
    }

    /// The first ``infoIndex(_:)`` of word `i` in this pass.
    @inline(never)
    mutating func lookUpInfo(_ i: Int) -> Int {
        // A web address with a generic ending is known by its name (Meduza.io as Meduza).
        var end = tokens[i].byteEnd
        if let domain = webAddress(i), domain.countryEndingStart == nil { end = domain.nameEnd }
        let made = keys.infoIndex(of: UnsafeBufferPointer(rebasing: utf8[tokens[i].byteStart..<end]))
        infos[i] = Int32(made)
        return made
    }

    // The index is computed before the table is read: computing it may grow the table.
    mutating func lower(_ i: Int) -> String {
        let index = infoIndex(i)
        return keys.infoTable[index].lower
    }
    mutating func key(_ i: Int) -> String {
        let index = keyedIndex(i)
        return keys.infoTable[index].key
    }
    mutating func keyID(_ i: Int) -> Int {
        let index = keyedIndex(i)
        return keys.infoTable[index].keyID
    }
    /// ``infoIndex(_:)`` of word `i`, with its key made.
    mutating func keyedIndex(_ i: Int) -> Int {
        let index = infoIndex(i)
        if keys.infoTable[index].keyID < 0 { keys.makeKey(index) }
        return index
    }
    /// Word `i`'s web address (``domains``), if it is one; asks the table only when the text has one.
    @inline(__always)
    func webAddress(_ i: Int) -> DomainName? { domains.isEmpty ? nil : domains[i] }
    /// The key of the bytes `start..<end` read as one word (a part of a web address).
    mutating func bytesKey(_ start: Int, _ end: Int) -> String {
        let index = keys.infoIndex(of: UnsafeBufferPointer(rebasing: utf8[start..<end]))
        if keys.infoTable[index].keyID < 0 { keys.makeKey(index) }
        return keys.infoTable[index].key
    }
    /// Inlined: the classifier asks it several times per name, with a constant `classes` that
    /// settles at compile time whether the key is needed; a call cost more than the test.
    @inline(__always)
    mutating func has(_ i: Int, _ classes: WordClass) -> Bool {
        let index = classes.isDisjoint(with: .keyEndings) ? infoIndex(i) : keyedIndex(i)
        return !keys.infoTable[index].classes.isDisjoint(with: classes)
    }
    mutating func isEvidenced(_ i: Int) -> Bool { keys.hasEvidence(keyID(i)) }

    /// The info of the bare patronymic that word `i` is the genitive of (``MongolianPatronymic``),
    /// or nil.
    mutating func mongolianGenitive(_ i: Int) -> Int32? {
        let token = tokens[i]
        // Every genitive ends in n or н (the last byte of н is BD): one byte settles most words.
        let byte = utf8[token.byteEnd - 1]
        guard byte == UInt8(ascii: "n") || byte == 0xBD, !token.isAllCaps,
            MongolianPatronymic.mayBeGenitive(UnsafeBufferPointer(rebasing: utf8[token.byteStart..<token.byteEnd])),
            let stem = MongolianPatronymic.stem(word(i))
        else { return nil }
        var bytes = String(stem)
        return Int32(bytes.withUTF8 { keys.infoIndex(of: $0) })
    }

    /// The keys of words `words` joined by a space, built in one string (`map` and `joined` cost
    /// an array and a generic join per name).
    mutating func joinedKeys(_ words: Range<Int>) -> String {
        if words.count <= 1 { return words.isEmpty ? "" : key(words.lowerBound) }
        var length = words.count - 1
        for i in words { length += key(i).utf8.count }
        // The bytes are copied into the new string's storage: `+=` took a generic append per word.
        // Every word's info is known after the loop above, so the table is read as it stands.
        let table = keys.infoTable
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0
            for i in words {
                if i > words.lowerBound {
                    buffer[end] = 0x20
                    end += 1
                }
                var part = table[Int(infos[i])].key
                part.withUTF8 { bytes in
                    for byte in bytes {
                        buffer[end] = byte
                        end += 1
                    }
                }
            }
            return end
        }
    }

    /// ``joinedKeys(_:)`` of `words` and its entity key, from the key maker's cache: an
    /// organisation's name of several words recurs, and joining its keys and prefixing them cost
    /// two strings per mention.
    mutating func runKeys(_ words: Range<Int>) -> (key: String, entityKey: String) {
        for i in words { _ = keyedIndex(i) }
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: words.count) { buffer in
            for (offset, i) in words.enumerated() { buffer[offset] = infos[i] }
            return keys.runKeys(UnsafeBufferPointer(buffer)) { joinedKeys(words) }
        }
    }

    /// A word after which a period does not end the sentence: a title (`Mr.`) or an initial (`A.`).
    mutating func isAbbreviation(_ i: Int) -> Bool {
        let token = tokens[i]
        if token.codePointCount <= 2 && token.isCapitalized { return true }
        return has(i, .title)
    }

    mutating func startsSentence(_ i: Int) -> Bool {
        let token = tokens[i]
        switch token.gapBefore {
        case .newline: return true
        case .sentenceEnd: return !(token.periodBefore && i > 0 && isAbbreviation(i - 1))
        default: return false
        }
    }

    @inline(__always)
    func isCapitalizedWord(_ i: Int) -> Bool {
        let token = tokens[i]
        return (token.isCapitalized || token.isAllCaps) && !token.hasDigit
    }

    /// Whether word `j` exists and follows the word before it over a space only, on the line of word
    /// `i`: the test of a next word that reads on with a name (`Kazakh KNB`, `Naryn river`).
    @inline(__always)
    func isSpaced(_ j: Int, onLineOf i: Int) -> Bool {
        j < tokens.count && tokens[j].gapBefore == .space && tokens[j].line == tokens[i].line
    }

    // MARK: The pass

    mutating func run() -> [DetectedName] {
        findHeadlines()
        collectEvidence()
        var names: [DetectedName] = []
        // Most articles have a dozen names or more: growing from one slot reallocated four times more.
        names.reserveCapacity(16)
        var headlineNames: Set<Int> = []
        var i = 0
        while i < tokens.count {
            // A never-name that is an initial starts a name: "A. Beglov" (the article "A" is not
            // followed by a period and a capitalised word).
            // A word whose last hyphenated part is in lower case is no name ("Pro-government"),
            // unless that part is a place descriptor (Москва-река) or an organisation's head word
            // (Ипотека-банк): then it is one whole name.
            // The digit flag first: this runs on every word, and a hyphened numeral is rare.
            guard isCapitalizedWord(i) || (tokens[i].hasDigit && isHyphenNumeralName(i)) else {
                i += 1
                continue
            }
            let hyphenatedLower = tokens[i].endsLowerAfterHyphen
            let compound = hyphenatedLower && (has(i, .placeCompound) || has(i, .organisationCompound))
            var organisationEnd: Int?
            // A nationality or creed starting an organisation's name ("Russian FSB", "Islamic
            // Renaissance Party") is no name alone, but part of this one; so is a compound
            // adjective starting a Cyrillic name set in Latin text ("Социал-демократическая партия
            // Кыргызстана").
            let never = has(i, .never)
            if never && has(i, .organisationAdjective) { organisationEnd = self.organisationEnd(afterAdjective: i) }
            if hyphenatedLower && !compound { organisationEnd = embeddedNameEnd(from: i) }
            // And so is one transliterated from them ("Sotsial-demokraticheskaya partiya Kyrgyzstana"):
            // its parts are words of the region's vocabulary of institutions, and more of the name follows.
            if hyphenatedLower && !compound && organisationEnd == nil && has(i, .transliteratedConcept) {
                let end = runEnd(from: i)
                if end > i + 1 { organisationEnd = end }
            }
            // A nationality before a republic's descriptor is the republic's name, its people's
            // adjective read as the land (Kyrgyz Republic, Chechen Republic, as Кыргызская Республика).
            let republicOfPeople = never && organisationEnd == nil && has(i, .organisationAdjective) && isRepublicAfter(i)
            guard !hyphenatedLower || compound || organisationEnd != nil, !never || isInitial(i) || organisationEnd != nil || republicOfPeople else {
                i += 1
                continue
            }
            // A legal form or abbreviation before a quoted name (ПАО «Газпром») is taken with that name,
            // and so is an adjective before its descriptor (Демократическая партия «…»).
            if (has(i, .legalForm) && quoteAfterSpace(i)) || isAdjectiveBeforeQuotedName(i) {
                i += 1
                continue
            }
            // Another abbreviation before a quoted name (ФК «Кайрат», ХК «Барыс») names what kind of
            // body it is, and is part of the name: the spelling is the same words unquoted.
            let quotedAfterAbbreviation = organisationEnd == nil ? quotedNameEnd(afterAbbreviation: i) : nil
            var end = compound ? i + 1 : organisationEnd ?? quotedAfterAbbreviation ?? quotedNameEnd(from: i) ?? embeddedNameEnd(from: i) ?? runEnd(from: i)
            if end == i + 1 && isSurnameCommaGiven(i) { end += 1 }
            var needsCorroboration = false
            if var name = classify(i, end, needsCorroboration: &needsCorroboration) {
                if quotedAfterAbbreviation != nil { withClosingQuote(&name) }
                if takeOffice(before: &name, runStart: i, from: &names) { headlineNames.remove(names.count) }
                if needsCorroboration { headlineNames.insert(names.count) }
                let nameEnd = name.byteEnd
                // Moved, not copied: a copy retained every string of the name and freed them again.
                names.append(consume name)
                // A descriptor in brackets after the run belongs to the name ("Osh (City)"): its word
                // is not read again as a name of its own, which would overlap this one.
                while end < tokens.count && tokens[end].byteStart < nameEnd { end += 1 }
            }
            i = end
        }
        if !headlineNames.isEmpty {
            // A name found only in a heading counts if the article's sentences name it too.
            // A heading has a few names and the article a few dozen: comparing keys directly costs
            // less than hashing every key of the article into a set.
            let isHeadline = names.indices.map { headlineNames.contains($0) }
            func isCorroborated(_ index: Int) -> Bool {
                names.indices.contains { !isHeadline[$0] && names[$0].entityKey == names[index].entityKey }
            }
            let keep = names.indices.map { !isHeadline[$0] || isCorroborated($0) }
            // Compacted in place by swaps: appending to a new array copied every name kept.
            var kept = 0
            for index in names.indices where keep[index] {
                if index != kept { names.swapAt(index, kept) }
                kept += 1
            }
            names.removeSubrange(kept...)
        }
        NameLinker.link(&names)
        return names
    }

    /// Title-case lines (headlines, bylines): every word there is treated like a sentence start.
    mutating func findHeadlines() {
        var line = -1
        var words = 0
        var capitalized = 0
        headlineLines = Array(repeating: false, count: (tokens.last?.line ?? 0) + 1)
        func close(_ lines: inout [Bool]) {
            if line >= 0 && words >= 3 && capitalized * 4 >= words * 3 { lines[line] = true }
        }
        for token in tokens {
            if token.line != line {
                close(&headlineLines)
                line = token.line
                words = 0
                capitalized = 0
            }
            if token.hasDigit { continue }
            words += 1
            if token.isCapitalized { capitalized += 1 }
        }
        close(&headlineLines)
    }

    /// Keys of words capitalised in the middle of a sentence: the article itself says they are names.
    mutating func collectEvidence() {
        for i in tokens.indices where tokens[i].isCapitalized && !tokens[i].isAllCaps && !tokens[i].hasDigit {
            if headlineLines[tokens[i].line] || startsSentence(i) { continue }
            keys.markEvidence(keyID(i))
        }
    }

    /// The end of the run of name words that starts at `start`.
    mutating func runEnd(from start: Int) -> Int {
        var end = start + 1
        // A place descriptor starting the run takes a connector as an organisation word does
        // ("Sea of Azov", "Republic of Tatarstan").
        var sawOrganisationWord = has(start, .organisation) || has(start, .placeSubKind)
        while end < tokens.count {
            // A possessive ends a name ("Navalny's lawyers"), but for an institution's word that
            // starts one ("People's Democratic Party": organisation-concepts.txt).
            if tokens[end].line != tokens[start].line || (tokens[end - 1].isPossessive && rules.organisationConcepts[lower(end - 1)] == nil) { break }
            let token = tokens[end]
            let joined = token.gapBefore == .space || (token.periodBefore && isAbbreviation(end - 1)) || isHyphenatedInitial(end - 1)
            guard joined else { break }
            if isCapitalizedWord(end) {
                // A never-name that is an initial inside a name is an initial: Oleksandr I. Kovalenko;
                // so is one after a surname or another initial: Kovalenko T. I., Toktogulova A.
                // A nationality after a connector is a word of an organisation's name: "Communist
                // Party of the Russian Federation".
                if has(end, .never) && !isInitial(end) && !isTrailingInitial(end)
                    && !(sawOrganisationWord && has(end, .organisationAdjective) && !isCapitalizedWord(end - 1))
                {
                    break
                }
                if has(end, .organisation) { sawOrganisationWord = true }
                // So does a republic's descriptor after its people's adjective: "Chechen Republic of
                // Ichkeria" is one name, not the Chechen Republic and another.
                if end == start + 1 && has(start, .organisationAdjective) && has(end, .placeSubKind) { sawOrganisationWord = true }
                end += 1
                continue
            }
            // "Makhabat Tajibek kyzy": a patronymic particle after a given name and the father's
            // name ends the name (the father's name and the particle are the surname).
            if end - start >= 2 && has(end, .patronymicParticle) && isCapitalizedWord(end - 1) && isCapitalizedWord(end - 2)
                && (end + 1 == tokens.count || tokens[end + 1].gapBefore != .space || !isCapitalizedWord(end + 1))
            {
                return end + 1
            }
            // A country named after "of" ends the name: "Sberbank of Russia", "Parliament of the
            // Kyrgyz Republic". Not after a person's name ("Mirziyoyev of Uzbekistan" is the man),
            // which ends like a surname or has a title, unless an organisation word says otherwise
            // ("Ministry of Justice of the Kyrgyz Republic").
            if isWord(end, "of"), tokens[end].gapBefore == .space,
                sawOrganisationWord || !((start..<end).contains { has($0, [.surnameEnding, .patronymicEnding, .title]) }
                    || (lowerWord(before: start).map { has($0, [.title, .role]) } ?? false))
            {
                let count = countryTail(at: end)
                if count > 0 { return end + count }
            }
            // A transliterated name in sentence case: "Sluzhba natsionalnoy bezopasnosti Uzbekistana",
            // "Partiya regionov", "Davlat xavfsizlik xizmati". Russian, Ukrainian and Uzbek capitalise
            // only a name's first word, and a Latin word in lower case that writes their vocabulary of
            // institutions is no English word: it belongs to the name.
            if isTransliteratedConcept(end) || isShortConceptBesideConcept(end) || isRegionalWordBeforeConcept(end)
                || isLinkingConcept(end, after: start)
            {
                sawOrganisationWord = true
                end += 1
                continue
            }
            // "Rostov na Donu", "Komsomolsk na Amure": a town on its river, written with spaces.
            if end == start + 1 && isRiverLink(end) { return end + 2 }
            // A numeral right after a name is the end of that name: a channel, a club, a group
            // (Rustavi 2, Группа 24, Dnipro-1). The flag is tested first: few words have digits.
            // A spaced year is left out (Lukoil 2023 results), and with it Kokand 1912.
            if token.hasDigit { return (isNameNumeral(end) && maySpaceNumeral(after: start, end)) || isHyphenNumeralName(end) ? end + 1 : end }
            // A lower-case particle or connector, if a capitalised word follows it.
            let next = end + 1
            guard next < tokens.count, tokens[next].gapBefore == .space, isCapitalizedWord(next),
                !has(next, .never) || has(end, .connector)
            else { break }
            if has(end, .particle) || (sawOrganisationWord && has(end, .connector)) {
                end += 1
                continue
            }
            break
        }
        return end
    }

    /// Whether word `i`, spaced from the name before it, is a numeral of one to four ASCII digits
    /// alone that no other number goes on (`2`, `24`, `1912`; not `3,5`, `2-1`, `12 000`, `24.kg`).
    func isNameNumeral(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.gapBefore == .space, (1...4).contains(token.byteEnd - token.byteStart) else { return false }
        for offset in token.byteStart..<token.byteEnd where utf8[offset] &- 0x30 >= 10 { return false }
        // A number that goes on (a thousands group, a score, a decimal) is no name's numeral.
        if token.byteEnd < utf8.count {
            switch utf8[token.byteEnd] {
            case 0x25: return false  // %
            case 0x2C, 0x2E, 0x2D, 0x3A:  // , . - : before another digit
                if token.byteEnd + 1 < utf8.count && utf8[token.byteEnd + 1] &- 0x30 < 10 { return false }
            default: break
            }
        }
        let next = i + 1
        return next == tokens.count || tokens[next].line != token.line || tokens[next].gapBefore != .space || !tokens[next].hasDigit
    }

    /// Whether the one-word name `start..<end` may take a spaced numeral after it: a channel, club
    /// or group (`Rustavi 2`, `Группа 24`) of at most three digits, not a year, nor a count after a place (`in Bishkek 12 people`) nor
    /// an age or a score after a person (`Putin 70`), whose surname ending tells him.
    mutating func maySpaceNumeral(after start: Int, _ end: Int) -> Bool {
        guard end == start + 1, tokens[end].byteEnd - tokens[end].byteStart <= 3,
            !has(start, [.surnameEnding, .patronymicEnding, .title, .role])
        else { return false }
        // After a preposition of place or time the number is a count or a day (`on May 9`).
        guard start > 0, tokens[start].gapBefore == .space else { return true }
        return !has(start - 1, [.placePreposition, .timePreposition])
    }

    /// Whether word `i` is a capitalised name with a numeral hyphened on (`Rustavi-2`, `Группа-24`,
    /// `Viasna-96`): letters, one hyphen, one to four ASCII digits. The digit flag is tested first.
    func isHyphenNumeralName(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.hasDigit, token.isCapitalized else { return false }
        var offset = token.byteEnd - 1
        while offset > token.byteStart && utf8[offset] &- 0x30 < 10 { offset -= 1 }
        let digits = token.byteEnd - 1 - offset
        guard (1...4).contains(digits), utf8[offset] == 0x2D, offset - token.byteStart >= 2 else { return false }
        // The letters before the hyphen hold no digit and no other numeral (`2-1`, `A-1-2`).
        for j in token.byteStart..<offset where utf8[j] &- 0x30 < 10 || utf8[j] == 0x2D { return false }
        return true
    }

    /// The end of an organisation's name that the adjective `i` starts: an acronym right after it
    /// ("Kazakh KNB"), or a run of capitalised words with an organisation word ("Tajik Aluminium
    /// Company", "Russian Ministry of Defence"). Nil if neither follows.
    mutating func organisationEnd(afterAdjective i: Int) -> Int? {
        let next = i + 1
        guard isSpaced(next, onLineOf: i), !tokens[i].isPossessive,
            isCapitalizedWord(next), !has(next, .never)
        else { return nil }
        let end = runEnd(from: next)
        if end == next + 1 && tokens[next].isAllCaps {
            return NameText.acronymLengths.contains(tokens[next].codePointCount) ? end : nil
        }
        if (next..<end).contains(where: { has($0, .organisation) }) { return end }
        // Capitalised words that transliterate the region's vocabulary of institutions name a company
        // or body too ("Kyrgyz Temir Zholu", "Uzbek Havo Yo'llari"), unless one ends like a surname:
        // Temir is a given name as well ("Kyrgyz Temir Sariyev" is a man).
        if end - next >= 2, (next..<end).contains(where: { has($0, .transliteratedConcept) }),
            !(next..<end).contains(where: { has($0, [.surnameEnding, .patronymicEnding]) })
        {
            return end
        }
        return end == next + 1 && isBrandAfterAdjective(next) ? end : nil
    }

    /// Whether the word after `i`, over a space on its line, is a republic's descriptor (`Republic`,
    /// `Respublikasy`), which makes the nationality `i` a republic's name.
    mutating func isRepublicAfter(_ i: Int) -> Bool {
        let after = i + 1
        // Capitalised, as in a state's name: in lower case it is the common noun (`a former Soviet republic`).
        return isSpaced(after, onLineOf: i) && tokens[after].isCapitalized && subKind(after)?.kind == "republic"
    }

    /// Whether the one capitalised word `i` after a nationality is the rest of a company's name
    /// (`Kyrgyz Telecom`, `Tajik Air`, `Uzbek Neftegaz`, `Kyrgyz Altyn`): the press writes such a
    /// brand apart where its owner writes it as one word (Kyrgyztelecom, Kyrgyzaltyn). Not a title or a
    /// role (`Kazakh President`), a place or region (`Russian Kursk`), a word with a strong surname
    /// ending (`Russian Ivanov`; a weak one such as -in ends brands too: Kyrgyz Altyn), nor a word a
    /// place or an organisation's descriptor follows (`the Russian Kursk region`).
    mutating func isBrandAfterAdjective(_ i: Int) -> Bool {
        guard !has(i, [.title, .role, .place, .region, .capitalisedRegion, .legalForm, .strongSurnameEnding, .patronymicEnding]),
            !tokens[i].isPossessive
        else { return false }
        let after = i + 1
        if isSpaced(after, onLineOf: i),
            has(after, [.placeSubKind, .region, .organisationDescriptor, .role, .title])
        {
            return false
        }
        return true
    }

    /// The endings of a town's name that ``isRiverLink(_:)`` reads as a town's, not a surname's
    /// (Komsomolsk, Volgograd, Uzhgorod): a constant, not built on each call.
    static let townEndings = ["sk", "grad", "gorod"]

    /// Whether the lower-case word `i` is the `na`/`на` of a town named after its river, written with
    /// spaces where Russian writes hyphens ("Rostov na Donu", "Komsomolsk na Amure", "Ростов на
    /// Дону"): one capitalised word before it that ends like a town (-sk, -grad, -gorod, or -ov, -ev
    /// before a river of four letters at most) and one after it of three to six letters in a
    /// locative's vowel (Donu, Amure, Obi), ending the name. `na` is an ordinary word of Polish, Czech, Slovak, Slovenian, Russian and Ukrainian
    /// ("Lavrov na Kremlu", "Иванов на Украине"): an article that writes it anywhere else, or
    /// lower-case after a capitalised word it cannot be a town's, is read as usual.
    mutating func isRiverLink(_ i: Int) -> Bool {
        // Two bytes, or four for the Cyrillic word: a byte test settles nearly every word.
        let token = tokens[i]
        let length = token.byteEnd - token.byteStart
        guard length == 2 || length == 4, isWord(i, "na") || isWord(i, "на"), i > 0, i + 1 < tokens.count,
            tokens[i].gapBefore == .space, isSpaced(i + 1, onLineOf: i),
            isCapitalizedWord(i - 1), isCapitalizedWord(i + 1), !tokens[i + 1].isAllCaps, !tokens[i - 1].isAllCaps,
            !(isSpaced(i + 2, onLineOf: i) && isCapitalizedWord(i + 2))
        else { return false }
        let town = key(i - 1), river = key(i + 1)
        // A town in -ov or -ev ends like a surname, and a surname before `na` and a place is a
        // Polish or Czech sentence ("Lavrov na Kremlu"): only a river of a short name (Donu, Obi) follows it.
        let surnameLike = town.hasSuffix("ov") || town.hasSuffix("ev")
        guard surnameLike || Self.townEndings.contains(where: { town.hasSuffix($0) }), town.count >= 5,
            (3...(surnameLike ? 4 : 6)).contains(river.count), let vowel = river.last, "uei".contains(vowel),
            !has(i + 1, [.never, .common, .title, .role])
        else { return false }
        if naIsOrdinaryWord < 0 { naIsOrdinaryWord = naElsewhere(than: i) ? 1 : 0 }
        return naIsOrdinaryWord == 0
    }

    /// Whether the article writes `na`/`на` where no town's name can have it (see ``isRiverLink(_:)``):
    /// capitalised, or not between two capitalised words.
    private func naElsewhere(than i: Int) -> Bool {
        tokens.indices.contains { j in
            let length = tokens[j].byteEnd - tokens[j].byteStart
            guard j != i, length == 2 || length == 4 else { return false }
            if isWord(j, "Na") || isWord(j, "На") { return true }
            guard isWord(j, "na") || isWord(j, "на") else { return false }
            return j == 0 || j + 1 == tokens.count || !isCapitalizedWord(j - 1) || !isCapitalizedWord(j + 1)
        }
    }

    /// Whether word `i` is written exactly `word` (`of`, `the`), read from its bytes: the words
    /// after most names are not looked up at all.
    func isWord(_ i: Int, _ word: StaticString) -> Bool {
        let token = tokens[i]
        return token.byteEnd - token.byteStart == word.utf8CodeUnitCount
            && UnsafeBufferPointer(rebasing: utf8[token.byteStart..<token.byteEnd])
                .elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    /// How many words after the lower-case `of` at `i` name a country as the tail of the name before
    /// it ("Sberbank of Russia", "Naftogaz of the Russian Federation": country-qualifiers.txt), or 0.
    mutating func countryTail(at i: Int) -> Int {
        // Every tail goes on with a country's name or `the`: most words after `of` are looked at no further.
        guard i + 1 < tokens.count, isCapitalizedWord(i + 1) || isWord(i + 1, "the") else { return 0 }
        var tail = lower(i)
        var count = 1
        while count < rules.countryQualifierWords, i + count < tokens.count, tokens[i + count].gapBefore == .space,
            tokens[i + count].line == tokens[i].line
        {
            tail += " " + lower(i + count)
            count += 1
            if rules.countryQualifiers[tail] != nil { return isCapitalizedWord(i + count - 1) ? count : 0 }
        }
        return 0
    }

    /// Whether `first..<last` ends in `of` and a country's tail ("… of the Kyrgyz Republic").
    mutating func endsInCountryTail(_ first: Int, _ last: Int) -> Bool {
        guard let of = (first..<last).last(where: { has($0, .of) && !isCapitalizedWord($0) }) else { return false }
        return countryTail(at: of) == last - of
    }

    /// Whether `first..<last` is a given name, a father's name and a patronymic particle
    /// ("Makhabat Tajibek kyzy").
    mutating func endsInPatronymicParticle(_ first: Int, _ last: Int) -> Bool {
        last - first >= 3 && has(last - 1, .patronymicParticle) && isCapitalizedWord(last - 2) && isCapitalizedWord(last - 3)
    }

    /// The end of a Cyrillic name in sentence case that quotes enclose whole: «Новая газета»,
    /// "Слуга народу". Russian and Ukrainian capitalise only the first word of a party, newspaper
    /// or company name, so outside quotes the lower-case words cannot be told from the sentence;
    /// inside quotes that hold nothing else (up to three lower-case words) they are the name.
    func quotedNameEnd(from start: Int) -> Int? {
        let token = tokens[start]
        guard token.gapBefore == .other, Self.isCyrillicLead(utf8[token.byteStart]), opensQuote(before: token.byteStart)
        else { return nil }
        var end = start + 1
        while end < tokens.count && end - start <= 3 && tokens[end].gapBefore == .space && !tokens[end].isCapitalized
            && !tokens[end].hasDigit && Self.isCyrillicLead(utf8[tokens[end].byteStart])
        {
            end += 1
        }
        guard end > start + 1, closesQuote(after: tokens[end - 1].byteEnd) else { return nil }
        return end
    }

    /// The end of a quoted name after the abbreviation in capitals `start` (ФК «Кайрат», ХК «Барыс»,
    /// ПЦ «Вясна»): up to three capitalised words that the quotes enclose whole. A legal form is not
    /// such a word: it is left out of the name's key (``withDescriptor(_:first:last:end:)``), while
    /// this abbreviation tells two bodies of one name apart (a football and a hockey club).
    func quotedNameEnd(afterAbbreviation start: Int) -> Int? {
        let token = tokens[start]
        guard token.isAllCaps, !token.hasDigit, (2...5).contains(token.codePointCount), start + 1 < tokens.count,
            tokens[start + 1].gapBefore == .other, isCapitalizedWord(start + 1), quoteAfterSpace(start)
        else { return nil }
        var end = start + 2
        while end < tokens.count && end - start <= 3 && tokens[end].gapBefore == .space && isCapitalizedWord(end) { end += 1 }
        return closesQuote(after: tokens[end - 1].byteEnd) ? end : nil
    }

    /// Widens `name` over the closing quote right after it, when the span starts before the
    /// opening one (ФК «Кайрат»).
    func withClosingQuote(_ name: inout DetectedName) {
        guard let close = closingQuoteLength(after: name.byteEnd) else { return }
        name.byteEnd += close
        name.codePointEnd += 1
        name.surface = string(name.byteStart, name.byteEnd)
    }

    /// The end of a Cyrillic name in sentence case inside a line of Latin text: "the party Слуга
    /// народу said", "Ҳизби наҳзати исломии Тоҷикистон". A few Cyrillic words set in Latin text are
    /// a name quoted in its own script, so the lower-case words belong to it (up to five words; up to
    /// ``longestEmbeddedInstitution`` when one of the first five is a word of institutions' names).
    @inline(never)
    mutating func embeddedNameEnd(from start: Int) -> Int? {
        let token = tokens[start]
        guard start > 0, Self.isCyrillicLead(utf8[token.byteStart]), tokens[start - 1].line == token.line,
            Self.isLatinLead(utf8[tokens[start - 1].byteStart])
        else { return nil }
        var end = start + 1
        var lowerCase = false
        // An institution's full name runs longer than five words ("Государственный комитет национальной
        // безопасности Кыргызской Республики", "Київський національний університет імені Тараса
        // Шевченка"); a word of organisation-concepts.txt among the first five says the run is one.
        var institution = isInstitutionWord(start)
        while end < tokens.count && end - start < (institution ? Self.longestEmbeddedInstitution : 5)
            && (tokens[end].gapBefore == .space || (isInitial(end - 1) && end - 1 > start) || isAbbreviatedConnector(before: end))
            && !tokens[end].hasDigit
            && Self.isCyrillicLead(utf8[tokens[end].byteStart])
        {
            if !tokens[end].isCapitalized && !tokens[end].isAllCaps { lowerCase = true }
            if end - start < 5 && !institution { institution = isInstitutionWord(end) }
            end += 1
        }
        // Past five words, the name ends on a proper name (the country's, or the person's it is named
        // after) or on a word of institutions: a quoted sentence that starts with one ("Партия будет
        // бороться до конца и победит") ends on neither, and stays what five words made of it.
        if end - start > 5 {
            var last = end
            while last > start + 5 && !tokens[last - 1].isCapitalized && !isInstitutionWord(last - 1) { last -= 1 }
            end = last
        }
        // Latin text must follow too, on the same line: in a Russian article, "глава Telegram Павел
        // Дуров заявил, что" is Russian text after a Latin word.
        guard lowerCase,
            end == tokens.count || (tokens[end].line == token.line && Self.isLatinLead(utf8[tokens[end].byteStart]))
        else { return nil }
        return end
    }

    /// Whether word `i` follows, after a period, a Cyrillic connector abbreviated (им., ім. for имени,
    /// імені: "университет им. аль-Фараби"): the period is the abbreviation's, not a sentence's end.
    /// Latin connectors are never written so.
    mutating func isAbbreviatedConnector(before i: Int) -> Bool {
        tokens[i].periodBefore && has(i - 1, .connector) && Self.isCyrillicLead(utf8[tokens[i - 1].byteStart])
    }

    /// The most words of a Cyrillic institution's name set in Latin text (``embeddedNameEnd(from:)``):
    /// "Кыргызский национальный академический театр оперы и балета имени А. Малдыбаева" is ten.
    static let longestEmbeddedInstitution = 12

    /// Whether word `i` is a general word of institutions' names (organisation-concepts.txt), not
    /// one of its function words: `университет`, `комитет`, `партия`.
    mutating func isInstitutionWord(_ i: Int) -> Bool {
        guard let known = rules.organisationConcepts[lower(i)] else { return false }
        return known.concept != "-"
    }

    /// Whether word `i` is a Latin word in lower case that transliterates a word of the region's
    /// languages' vocabulary of institutions (``WordClass/transliteratedConcept``: `partiya`, `sluzhba`,
    /// `natsional'noy`, `xizmati`).
    mutating func isTransliteratedConcept(_ i: Int) -> Bool {
        isLowerLatinWord(i) && has(i, .transliteratedConcept)
    }

    /// Whether word `i` is a Latin word in lower case, without a digit: the only words that can
    /// transliterate the region's vocabulary of institutions in sentence case.
    func isLowerLatinWord(_ i: Int) -> Bool {
        let token = tokens[i]
        return !token.isCapitalized && !token.isAllCaps && !token.hasDigit && Self.isLatinLead(utf8[token.byteStart])
    }

    /// Whether word `i` is a Latin word in lower case that transliterates a short word of the region's
    /// vocabulary of institutions (Kazakh `joly`, Kyrgyz `jolu`, Uzbek `havo`: ``NameRuleKeys/shortTransliteratedConcepts``)
    /// right beside a longer one in lower case: "Qazaqstan temir joly", "O'zbekiston havo yo'llari".
    /// Alone such a word is too often another one; beside `temir` or `yo'llari` it is the name's.
    /// The short word's key is made only there, so the rule costs nothing on other words.
    mutating func isShortConceptBesideConcept(_ i: Int) -> Bool {
        guard isLowerLatinWord(i),
            (i > 0 && isSpaced(i, onLineOf: i - 1) && isTransliteratedConcept(i - 1))
                || (isSpaced(i + 1, onLineOf: i) && isTransliteratedConcept(i + 1))
        else { return false }
        return has(i, .shortTransliteratedConcept)
    }

    /// Whether word `i` is a Latin word in lower case whose key is a word of institutions' names
    /// that alone says nothing (``WordClass/linkingConcept``: English `bank`, the region's function
    /// words `sprav`, `korhoi`, `ister`, the short `millii`), inside the run that starts at `start`,
    /// between a transliteration of that vocabulary and more of the name: a capitalised word or
    /// another transliteration. "Natsionalny bank Kyrgyzskoy Respubliki", "Ministerstvo
    /// zakordonnykh sprav Ukrainy", "Bonki millii Tojikiston": no English text puts `bank` or `sprav`
    /// there, and the name went on past it.
    mutating func isLinkingConcept(_ i: Int, after start: Int) -> Bool {
        // The word's own class first: `isTransliteratedConcept` has just made its key, so the test
        // costs no lookup, and most words after a name (`said`, `told`) stop here.
        guard i > start, isLowerLatinWord(i), has(i, .linkingConcept), isSpaced(i + 1, onLineOf: i), has(i - 1, .transliteratedConcept)
        else { return false }
        let next = i + 1
        return (isCapitalizedWord(next) && !has(next, .never)) || isTransliteratedConcept(next)
    }

    /// Whether word `i` is a Latin word in lower case spelt as a word of the region's vocabulary of
    /// institutions that the press abroad never writes (``NameRules/regionalLatinWords``: Uzbek
    /// `demokratik`, `ishlar`), right before a transliteration of that vocabulary: "Xalq demokratik
    /// partiyasi", "Tashqi ishlar vazirligi". Its key may be an English word's (`democratic`), or it
    /// may add no concept, so alone it says nothing; but English text neither spells it so nor puts
    /// it before `partiyasi`. The word's class (``WordClass/regionalLatinWord``) is read first.
    mutating func isRegionalWordBeforeConcept(_ i: Int) -> Bool {
        guard isLowerLatinWord(i), i + 1 < tokens.count, has(i, .regionalLatinWord), isSpaced(i + 1, onLineOf: i)
        else { return false }
        return isTransliteratedConcept(i + 1) || isShortConceptBesideConcept(i + 1)
    }

    /// UTF-8 lead bytes of a Latin letter: ASCII letters and U+00C0 to U+024F.
    static func isLatinLead(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || (byte >= 0xC3 && byte <= 0xC9) }

    /// UTF-8 lead bytes of the Cyrillic block (U+0400 to U+052F).
    static func isCyrillicLead(_ byte: UInt8) -> Bool { byte >= 0xD0 && byte <= 0xD4 }

    /// «, “ or " right before byte `offset`.
    func opensQuote(before offset: Int) -> Bool {
        if offset >= 1 && utf8[offset - 1] == 0x22 { return true }
        if offset >= 2 && utf8[offset - 2] == 0xC2 && utf8[offset - 1] == 0xAB { return true }
        return offset >= 3 && utf8[offset - 3] == 0xE2 && utf8[offset - 2] == 0x80 && utf8[offset - 1] == 0x9C
    }

    /// », ” or " right at byte `offset`.
    func closesQuote(after offset: Int) -> Bool { closingQuoteLength(after: offset) != nil }

    /// Bytes of the closing quote (", » or ”) right at byte `offset`, if any.
    func closingQuoteLength(after offset: Int) -> Int? {
        if offset < utf8.count && utf8[offset] == 0x22 { return 1 }
        if offset + 1 < utf8.count && utf8[offset] == 0xC2 && utf8[offset + 1] == 0xBB { return 2 }
        if offset + 2 < utf8.count && utf8[offset] == 0xE2 && utf8[offset + 1] == 0x80 && utf8[offset + 2] == 0x9D { return 3 }
        return nil
    }

    /// Whether word `i` is one letter with a period right after it (`A.`, `С.`).
    func isLetterWithPeriod(_ i: Int) -> Bool {
        tokens[i].codePointCount == 1 && tokens[i].byteEnd < utf8.count && utf8[tokens[i].byteEnd] == 0x2E
    }

    /// A one-letter capitalised word followed by a period and a capitalised word on its line.
    func isInitial(_ i: Int) -> Bool {
        tokens[i].codePointCount == 1 && isFollowedByPeriodAndName(i)
    }

    /// Whether word `i` is followed by a period and a capitalised word on its line, as an initial is.
    func isFollowedByPeriodAndName(_ i: Int) -> Bool {
        i + 1 < tokens.count && tokens[i + 1].periodBefore && tokens[i + 1].line == tokens[i].line && isCapitalizedWord(i + 1)
    }

    /// A Latin initial of two letters that stand for one Cyrillic letter (`Kh.` for Х, `Sh.`, `Ts.`,
    /// `Yu.`) followed by a period and a capitalised word on its line. Read as ``isInitial(_:)``
    /// reads one letter; other two-letter words with a period (`St.`, `Mr.`, `Dr.`) are no initials.
    func isDigraphInitial(_ i: Int) -> Bool {
        isDigraph(i) && isFollowedByPeriodAndName(i)
    }

    /// Whether word `i` is one of ``digraphInitials`` in any case, whatever follows it.
    func isDigraph(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.codePointCount == 2, token.byteEnd - token.byteStart == 2 else { return false }
        return Self.digraphInitials.contains(UInt16(utf8[token.byteStart] | 0x20) << 8 | UInt16(utf8[token.byteStart + 1]))
    }

    /// The Latin digraphs that stand for one Cyrillic letter as an initial, in lower case, each as its two bytes.
    static let digraphInitials: Set<UInt16> = Set(["kh", "sh", "ch", "zh", "ts", "yu", "ya", "ye", "yo"].map { word in
        word.utf8.reduce(UInt16(0)) { $0 << 8 | UInt16($1) }
    })

    /// A one-letter capitalised word with its period that ends a name after a surname or another
    /// initial ("Kovalenko T. I.", "Toktogulova A."): initials after the surname are a register's
    /// order, and the article `A` or the pronoun `I` never follows a surname that way.
    mutating func isTrailingInitial(_ i: Int) -> Bool {
        guard i > 0, isLetterWithPeriod(i) else { return false }
        if tokens[i].periodBefore { return tokens[i - 1].codePointCount == 1 }
        return tokens[i].gapBefore == .space && (has(i - 1, .surnameEnding) || isSurnameWithTrailingInitial(i - 1))
    }

    /// Whether word `i` is a surname that one initial with its period ends, the register's order
    /// ("Navalny A.", "Шойгу С.", "Navalnaya Yu."), whatever the surname's ending: a word of three
    /// letters or more of no other class, one capital letter (or a Latin digraph initial, `Yu.`,
    /// `Zh.`) of its script with its period, and no capitalised word after it on its line, which
    /// would make the period a sentence's end ("Peter I. Then", "Plan B. The").
    mutating func isSurnameWithTrailingInitial(_ i: Int) -> Bool {
        let initial = i + 1
        guard isSpaced(initial, onLineOf: i),
            tokens[i].codePointCount >= 3, tokens[i].isCapitalized, !tokens[i].isAllCaps, tokens[initial].isCapitalized,
            isLetterWithPeriod(initial) || isTrailingDigraphInitial(initial),
            Self.isCyrillicLead(utf8[tokens[i].byteStart]) == Self.isCyrillicLead(utf8[tokens[initial].byteStart]),
            !has(i, .notPersonWord)
        else { return false }
        let next = initial + 1
        return next == tokens.count || tokens[next].line != tokens[i].line || !isCapitalizedWord(next)
    }

    /// A Latin digraph initial (`Yu.`, `Zh.`; see ``isDigraphInitial(_:)``) with its period, whatever follows it.
    func isTrailingDigraphInitial(_ i: Int) -> Bool {
        isDigraph(i) && tokens[i].byteEnd < utf8.count && utf8[tokens[i].byteEnd] == 0x2E
    }

    /// Whether word `i` is a Cyrillic word of three letters or more that two initials with their
    /// periods follow ("Шойгу С.К.", "Навальный А. А."): the register's order makes it a surname
    /// whatever its ending. Only in Cyrillic, where two capitals with periods after a word are
    /// nothing else; in Latin they are often an abbreviation (Washington D.C., the Joint U.S.).
    mutating func isCyrillicSurnameWithInitials(_ i: Int) -> Bool {
        guard i + 2 < tokens.count, Self.isCyrillicLead(utf8[tokens[i].byteStart]),
            tokens[i].codePointCount >= 3, !tokens[i].isAllCaps,
            !has(i, .notPersonWord)
        else { return false }
        for initial in i + 1...i + 2 {
            guard isLetterWithPeriod(initial), tokens[initial].line == tokens[i].line, Self.isCyrillicLead(utf8[tokens[initial].byteStart])
            else { return false }
        }
        return true
    }

    /// Whether word `i` is a surname that a comma and a given name follow, the register's and the
    /// bibliography's order ("Ablyazov, Mukhtar"): the surname has a strong ending, the given name
    /// none and no other class, and neither is a list's item (no surname and comma before the
    /// surname, no capitalised word after the given name). A surname of any other ending
    /// ("Zelensky, Volodymyr", "Putin, Vladimir") is one when the word after the comma is a known
    /// given name (given-name-equivalents.txt, given-name-diminutives.txt) and it is none itself
    /// and of no class: a list of surnames ("Ivanov, Petrov and Sidorov") or of given names
    /// ("Olga, Irina") stays apart.
    mutating func isSurnameCommaGiven(_ i: Int) -> Bool {
        let next = i + 1
        guard next < tokens.count, tokens[next].gapBefore == .comma, tokens[next].line == tokens[i].line,
            tokens[next].byteStart == tokens[i].byteEnd + 2, utf8[tokens[i].byteEnd] == 0x2C,
            tokens[i].gapBefore != .comma || !has(i - 1, .surnameEnding), !tokens[i].isPossessive, isCapitalizedWord(next), !tokens[next].isPossessive,
            tokens[next].codePointCount > 2, tokens[i].isAllCaps == tokens[next].isAllCaps,
            has(i, .strongSurnameEnding) || isSurnameBeforeGivenName(i, next), !has(i, .patronymicEnding),
            // "In Moscow, Dmitry said": a word after a place's preposition is no surname.
            i == 0 || tokens[i].gapBefore != .space || !has(i - 1, [.placePreposition, .of]),
            !has(next, [.surnameEnding, .notPersonWord])
        else { return false }
        return next + 1 == tokens.count || tokens[next + 1].gapBefore != .space || !isCapitalizedWord(next + 1)
    }

    /// Whether word `i`, of no strong surname ending, is a surname before the known given name
    /// `next` (see ``isSurnameCommaGiven(_:)``).
    mutating func isSurnameBeforeGivenName(_ i: Int, _ next: Int) -> Bool {
        rules.givenNames.contains(lower(next)) && !rules.givenNames.contains(lower(i)) && !tokens[i].hasDigit
            && !has(i, [.notPersonWord, .organisationAdjective])
            && !rules.countryNames.contains(lower(i))
    }

    /// Whether word `i` is the first initial of a hyphenated given name, `К.-Ж.` for Kassym-Jomart:
    /// one letter, a period, a hyphen and a second one-letter word with its period.
    func isHyphenatedInitial(_ i: Int) -> Bool {
        i + 1 < tokens.count && tokens[i + 1].byteStart == tokens[i].byteEnd + 2 && utf8[tokens[i].byteEnd + 1] == 0x2D
            && isLetterWithPeriod(i) && isLetterWithPeriod(i + 1) && tokens[i].isCapitalized && tokens[i + 1].isCapitalized
    }

    /// The last title word inside the run `first..<last` after its first word, when what follows
    /// it is a person's name: two words or more, or a surname, and no organisation or place word
    /// (`Kyiv Mayor Vitali Klitschko`, `Kazakh President Tokayev`; not `Prime Minister Office`), and
    /// the words before it are all capitalised (`Central Bank Governor Elvira Nabiullina`; not
    /// `Ministry of Defence of Ukraine`, an organisation's name whose words may be titles too).
    mutating func innerTitle(_ first: Int, _ last: Int) -> Int? {
        guard last - first >= 2 else { return nil }
        var title = last - 2
        while title > first && !has(title, .title) { title -= 1 }
        guard title > first, isCapitalizedWord(title), last - title >= 3 || has(last - 1, .surnameEnding) else { return nil }
        for i in (title + 1)..<last where has(i, [.title, .organisation, .place, .region, .capitalisedRegion, .legalForm])
            || !(isCapitalizedWord(i) || has(i, .patronymicParticle)) { return nil }
        // "Ministry of Defence of Ukraine": an organisation's name, whose words may be titles too.
        for i in first..<title where !isCapitalizedWord(i) { return nil }
        return title
    }

    /// The capitalised nationality or creed (organisation-adjectives.txt) right before word `i` over
    /// one space on its line, if any: "Russian" in "Russian President Vladimir Putin".
    mutating func nationalityBefore(_ i: Int?) -> Int? {
        guard let i, i > 0, tokens[i].gapBefore == .space, tokens[i - 1].line == tokens[i].line,
            tokens[i].byteStart == tokens[i - 1].byteEnd + 1, isCapitalizedWord(i - 1), !tokens[i - 1].isPossessive,
            has(i - 1, .organisationAdjective)
        else { return nil }
        return i - 1
    }

    /// The lower-case word right before `start` (over spaces only), if any.
    func lowerWord(before start: Int) -> Int? {
        guard start > 0, tokens[start].gapBefore == .space, !isCapitalizedWord(start - 1) else { return nil }
        return start - 1
    }

    /// The first word of a lower-case role phrase right before the run starting at `start`, if
    /// one ends there: "former speaker", "opposition leader", "first deputy prime minister", or a
    /// modifier before a capitalised title ("ousted President Bakiyev"). The phrase's words are
    /// titles, role words and role modifiers (role-modifiers.txt), over single spaces on one line;
    /// it says who the person is, so its words are the name's titles, as a capitalised title's
    /// are, and stay out of its span.
    mutating func rolePhraseStart(before start: Int) -> Int? {
        if lastRolePhrase.start == start { return lastRolePhrase.phrase }
        let phrase = findRolePhraseStart(before: start)
        lastRolePhrase = (start, phrase)
        return phrase
    }

    /// ``rolePhraseStart(before:)``, not remembered.
    mutating func findRolePhraseStart(before start: Int) -> Int? {
        guard let previous = lowerWord(before: start),
            has(previous, [.role, .title]) || (has(previous, .roleModifier) && has(start, .title))
        else { return nil }
        var first = previous
        while let before = lowerWord(before: first), tokens[before].line == tokens[first].line,
            has(before, [.role, .title, .roleModifier])
        {
            first = before
        }
        // A noun in front of the role word says which kind it is ("gas tycoon", "tennis player",
        // "investigative journalist", "local resident"): part of the phrase when it starts a clause
        // (after a comma, a sentence end or at a line start), so that a verb or a preposition
        // ("met journalist", "with journalist") is never read as one. Determiners ("the journalist"),
        // prepositions and connectors stay out; common-words.txt does not, as it lists nouns ("gas").
        if has(first, .role), let noun = lowerWord(before: first), tokens[noun].line == tokens[first].line,
            !tokens[noun].hasDigit, !has(noun, [.determiner, .placePreposition, .of, .connector, .never]),
            noun == 0 || tokens[noun].gapBefore >= .comma
        {
            first = noun
        }
        return first
    }

    /// Takes the name before a role phrase into the titles of the person after it, when that
    /// name says whose office the role is: "Kremlin spokesman Dmitry Peskov", "Novaya Gazeta
    /// editor Dmitry Muratov", "former KNB chief Karim Massimov", as a capitalised title's office
    /// words are ("Kyiv Mayor Vitali Klitschko"). The office is up to three words, right before the
    /// phrase over a space on its line, no possessive (`Japarov's spokesman`) and no full person's
    /// name; it is then no mention of its own.
    mutating func takeOffice(before person: inout DetectedName, runStart start: Int, from names: inout [DetectedName]) -> Bool {
        guard person.kind == .person, let officeName = names.last, !officeName.isFullPerson,
            let phrase = rolePhraseStart(before: start), phrase > 0,
            tokens[phrase].gapBefore == .space, tokens[phrase - 1].byteEnd == officeName.byteEnd,
            tokens[phrase - 1].line == tokens[phrase].line, !tokens[phrase - 1].isPossessive
        else { return false }
        var words = 1
        while words <= 3, phrase - words > 0, tokens[phrase - words].byteStart > officeName.byteStart { words += 1 }
        guard words <= 3, tokens[phrase - words].byteStart == officeName.byteStart else { return false }
        var officeTitles = officeName.titles
        for i in (phrase - words)..<phrase { officeTitles.append(lower(i)) }
        person.titles = officeTitles + person.titles
        names.removeLast()
        return true
    }

    /// The lower-case word right after a name that ends its run at `end` (over a space, on the line
    /// of the name's word `first`, not after a possessive), if any: where a descriptor or a region
    /// word follows a name ("Naryn river", "Chelyabinskaya oblast", "Ata-Meken party").
    func lowerWord(after end: Int, lineOf first: Int) -> Int? {
        guard isSpaced(end, onLineOf: first), !tokens[end - 1].isPossessive, !isCapitalizedWord(end)
        else { return nil }
        return end
    }

    /// How many lower-case head words of organisation-heads.txt follow the name ending at `end`
    /// (up to three, over single spaces on its line): "news agency" in "Kabar news agency". None
    /// when the first is a descriptor (`party`), which ``withDescriptor(_:first:last:end:)`` takes
    /// into the span but not the key.
    mutating func lowerHeadWords(after end: Int, lineOf first: Int) -> Int {
        guard let after = lowerWord(after: end, lineOf: first), !has(after, .organisationDescriptor) else { return 0 }
        var count = 0
        while count < 3, end + count < tokens.count, count == 0 || isSpaced(end + count, onLineOf: first),
            !isCapitalizedWord(end + count), !tokens[end + count].hasDigit, !tokens[end + count - 1].isPossessive,
            rules.organisationHeads.contains(lower(end + count))
        {
            count += 1
        }
        return count
    }

    /// Whether word `i` is a word in capitals on the line of word `word`: a shouted run's
    /// (`TALKS WILL GO ON`), whose words are no names.
    func isCapitalsNeighbour(_ i: Int, of word: Int) -> Bool {
        tokens.indices.contains(i) && tokens[i].line == tokens[word].line && tokens[i].isAllCaps
    }

    /// Trims and classifies the run `start..<end`.
    ///
    /// `needsCorroboration` is set for a name in a heading, which counts only if the article names
    /// it elsewhere; it is an `inout` rather than part of a returned tuple, whose building copied the
    /// whole name and then freed it.
    mutating func classify(_ start: Int, _ end: Int, needsCorroboration: inout Bool) -> DetectedName? {
        let line = tokens[start].line
        let inHeadline = headlineLines[line]
        var first = start
        var last = end
        var titles: [String] = []
        var personHint = false
        var placeHint = false
        var organisationHint = false

        // Context before: "former president Almazbek Atambayev", "the village of Moldovanovka".
        // A nationality before the role phrase or a leading title says whose office it is ("Chechen
        // leader", "Russian President"): a title of the name too.
        let rolePhrase = rolePhraseStart(before: start)
        if let nationality = nationalityBefore(rolePhrase ?? (has(start, .title) ? start : nil)) {
            titles.append(lower(nationality))
        }
        if let phrase = rolePhrase {
            personHint = true
            for i in phrase..<start { titles.append(lower(i)) }
        } else if let previous = lowerWord(before: start) {
            if has(previous, [.place, .placePreposition]) {
                placeHint = true
            } else if has(previous, .of), let beforeOf = lowerWord(before: previous), has(beforeOf, .place) {
                placeHint = true
            }
        }

        // Leading titles, and leading common words at a sentence start or in a heading.
        var atStart = inHeadline || startsSentence(start)
        var strippedCommon = false
        while first < last {
            // A ministry's domain is also a title's (`Foreign Minister Lavrov`), but as the run's
            // first word before a word of institutions it is the institution's name (`Foreign
            // Ministry of Kyrgyzstan`, `Justice Ministry`), not a title over a person `Ministry of
            // Kyrgyzstan`. Only a word of institutions' names (organisation-concepts.txt) reads so:
            // an honorific stays one (`Mr Bank`).
            if has(first, .title),
                !(first == start && first + 1 < last && has(first + 1, .organisation) && rules.organisationConcepts[lower(first)] != nil)
            {
                titles.append(lower(first))
                personHint = true
                first += 1
                atStart = false
                continue
            }
            if atStart && has(first, .common) {
                first += 1
                strippedCommon = true
                continue
            }
            break
        }
        // A title after capitalised words that say whose office it is ("Kyiv Mayor Vitali Klitschko",
        // "Senate Speaker Maulen Ashimbayev", "First Lady Mairam Akayeva"): the words up to the last
        // title are the person's titles, not given names, when a person's name follows it.
        if let title = innerTitle(first, last) {
            for i in first...title { titles.append(lower(i)) }
            personHint = true
            first = title + 1
        }
        // "Вчера Атамбаев Алмазбек": an unproven sentence-initial word before a name in Russian
        // order (surname first) is not part of it. A word that ends like a patronymic too (Kazakh
        // -uly) is the patronymic after a given name: "Nursultan Abishuly Nazarbayev".
        if first == start && atStart && last - first >= 3 && !isEvidenced(first)
            && isCapitalizedWord(first + 1) && has(first + 1, .surnameEnding) && !has(first + 1, .patronymicEnding)
            && !has(first, .surnameEnding)
        {
            first += 1
        }
        // Lower-case particles cannot start or end a name.
        while first < last && !isCapitalizedWord(first) && !(tokens[first].hasDigit && isHyphenNumeralName(first)) { first += 1 }
        if last > first && !isCapitalizedWord(last - 1) && (quotedNameEnd(from: first) ?? embeddedNameEnd(from: first)) != last {
            while last > first && !isCapitalizedWord(last - 1) && !endsInPatronymicParticle(first, last) && !isTransliteratedConcept(last - 1)
                && !isShortConceptBesideConcept(last - 1) && !(last == end && tokens[last - 1].hasDigit && ((last - first >= 2 && isNameNumeral(last - 1)) || isHyphenNumeralName(last - 1)))
            {
                last -= 1
            }
        }
        guard first < last else { return nil }
        // A descriptor that a Cyrillic run took in ("Алматы қаласы" in Latin text) is not a word of the name.
        var end = end
        if last - first >= 2 && last == end && !isCapitalizedWord(last - 1) && has(last - 1, .organisationDescriptor) {
            last -= 1
            end -= 1
        }
        // A quoted name after a legal form or descriptor (ГМК «Норильский никель») is an organisation's.
        if first == start, first > 0, tokens[first].gapBefore == .other, quoteAfterSpace(first - 1),
            closesQuote(after: tokens[last - 1].byteEnd), describesQuotedName(first - 1)
        {
            organisationHint = true
        }
        // The optionals are returned as they are: unwrapping one and wrapping it again copied the name.
        let region = region(start, first, last, end: end)
        if case .some = region {
            needsCorroboration = inHeadline
            return region
        }
        // A place descriptor ending an organisation's name is its country's ("National Bank of the
        // Kyrgyz Republic").
        if mayDescribePlace(start, first, last, end: end) {
            let place = describedPlace(start, first, last, end: end)
            if case .some = place, !(first..<last).contains(where: { has($0, .organisation) }) {
                needsCorroboration = inHeadline
                return place
            }
        }

        // A capitalised place word at the end: "Ala Too Square" is the place "Ala Too". (Unless it
        // ends a country's tail: "National Bank of the Kyrgyz Republic".)
        while last - first >= 2 && has(last - 1, .place) && !endsInCountryTail(first, last) {
            placeHint = true
            last -= 1
        }
        // Context after: "his Ata-Meken party", "Ala-Too square", "Egor Borisov, a doctor".
        if end < tokens.count, tokens[end - 1].isPossessive == false {
            if tokens[end].gapBefore == .space, !isCapitalizedWord(end), end == last {
                if has(end, .organisation) { organisationHint = true }
                else if has(end, .place) { placeHint = true }
            } else if tokens[end].gapBefore == .comma, end == last {
                var k = end
                if has(k, .determiner), k + 1 < tokens.count,
                    tokens[k + 1].gapBefore == .space
                {
                    k += 1
                }
                if !isCapitalizedWord(k) && has(k, .role) { personHint = true }
            }
        }

        // A never-name first is an organisation's adjective ("Russian FSB"): the run was taken for it.
        if has(first, .organisationAdjective) && has(first, .never) { organisationHint = true }
        var organisationWords = 0
        var commonWords = 0
        for i in first..<last {
            if has(i, .organisation) { organisationWords += 1 }
            if has(i, .common) { commonWords += 1 }
        }
        var count = last - first
        if organisationWords == count { return nil }  // "Parliament", "the Committee"
        if organisationWords > 0 { organisationHint = true }
        // So do transliterated words of an institution's name in lower case (Partiya regionov,
        // whose last word ends like a surname).
        if count >= 2 && (first..<last).contains(where: { isTransliteratedConcept($0) }) { organisationHint = true }
        // A legal form in capitals before a name makes it a company's, though the name ends like a
        // surname (OJSC Kyrgyzaltyn, NJSC Naftogaz): no person is written after one.
        if count >= 2 && has(first, .legalForm) && tokens[first].isAllCaps { organisationHint = true }
        // An adjective in -sk- before an acronym names a plant or works after its place (Рогунская ГЭС,
        // Запорізька АЕС, Almalykskiy GMK), though it ends like a surname: no given name is written in
        // capitals after one (adjective-endings.txt).
        if count == 2 && isAdjectiveBeforeAcronym(first) { organisationHint = true }
        // A newspaper's or works' name in Russian or Ukrainian is an adjective in -sk- and nouns
        // (Українська правда, Komsomolskaya Pravda, Таджикский алюминиевый завод), and ends like a
        // surname first. In sentence case no person is written so: an organisation. In title case it
        // is no person in the register's order when no word after it is a given name (read as written
        // or by its key, for the Cyrillic), an initial or a surname (Zelenska Olena is one).
        var adjectiveFirst = false
        if count >= 2 && count <= 4 && !personHint && titles.isEmpty && has(first, .adjectiveEnding) {
            let rest = (first + 1)..<last
            if rest.allSatisfy({ !isCapitalizedWord($0) && !tokens[$0].hasDigit }) {
                organisationHint = true
            } else if rest.allSatisfy({ isCapitalizedWord($0) && !tokens[$0].isAllCaps && tokens[$0].codePointCount > 2
                && !rules.givenNames.contains(lower($0)) && !rules.givenNames.contains(key($0))
                && !has($0, [.surnameEnding, .patronymicEnding]) })
            {
                adjectiveFirst = true
            }
        }
        // A Mongolian patronymic in the genitive before a given name ("Tsakhiagiin Elbegdorj") is
        // read as the bare patronymic, whatever its ending looks like (-in, a Russian surname's): its
        // own word is put back when the name is made.
        let original = infos[first]
        let genitive = count == 2 && !organisationHint && !placeHint && !has(last - 1, .place) ? mongolianGenitive(first) : nil
        if let genitive { infos[first] = genitive }
        defer { if genitive != nil { infos[first] = original } }
        let lastKey = key(last - 1)
        let lastIsSurname = has(last - 1, .surnameEnding) || endsInPatronymicParticle(first, last)

        if count == 1 {
            let token = tokens[first]
            if !personHint && commonWords == 1 { return nil }
            if token.isAllCaps {
                // A longer word in capitals counts in the middle of a sentence of lower-case text, or
                // quoted after a legal form (ПАО «ЛУКОЙЛ»): a brand written so ("LUKOIL said"), not a
                // heading's, a dateline's or a shouted run's word.
                let lone = !inHeadline && !(first == start && atStart) && !strippedCommon && !has(first, .common)
                    && !isCapitalsNeighbour(first - 1, of: first) && !isCapitalsNeighbour(first + 1, of: first)
                guard isEvidenced(first) || organisationHint || lone || (token.codePointCount <= 5 && !has(first, .common)) else {
                    return nil
                }
            } else if (inHeadline || (first == start && atStart) || strippedCommon) && !personHint {
                // Proof that a capitalised word at a sentence start is a name: the article also
                // capitalises it mid-sentence, or it has a strong surname ending ("Atambayev said"),
                // or it stands alone on its line (a list of names, a one-name record).
                let aloneOnLine = tokens[first].gapBefore == .newline
                    && (first + 1 == tokens.count || tokens[first + 1].line != tokens[first].line)
                guard isEvidenced(first) || has(first, .strongSurnameEnding) || aloneOnLine else { return nil }
            }
        }
        needsCorroboration = inHeadline && !personHint && !(count >= 2 && lastIsSurname)

        var kind: NameKind
        if organisationHint && !personHint { kind = .organisation }
        else if personHint { kind = .person }
        else if placeHint { kind = .place }
        // A town on its river written with spaces ("Rostov na Donu") is the hyphenated form's name,
        // not a surname and a given name.
        else if count == 3 && isRiverLink(first + 1) { kind = .other }
        else if count >= 2 && (lastIsSurname || (count <= 3 && has(first, .surnameEnding) && !adjectiveFirst)) {
            kind = .person
        } else if count == 3 && has(first + 1, .patronymicEnding) && !has(first, .patronymicEnding) {
            // "Sergei Kuzhugetovich Shoigu": a patronymic between two names makes a person whatever
            // the surname's ending.
            kind = .person
        } else if count >= 2 && count <= 3 && (isInitial(first) || isDigraphInitial(first)) && !isInitial(last - 1)
            && (count == 2 || isInitial(first + 1))
        {
            // "М. В. Фрунзе", "A. Beglov", "Kh. Batbayar": initials before a name are a person's,
            // whatever the surname's ending.
            kind = .person
        } else if count == 3 && isCyrillicSurnameWithInitials(first) {
            // And two after a Cyrillic surname, the register's order: "Шойгу С.К.", "Янукович В.Ф.".
            kind = .person
        } else if count == 2 && isSurnameWithTrailingInitial(first) {
            // Or one after a surname, with nothing capitalised after it: "Navalny A.", "Шойгу С.".
            kind = .person
        } else if isSurnameGivenPatronymic(first, last) {
            // So does one after them, in the register's order: "Шойгу Сергей Кужугетович".
            kind = .person
        } else {
            kind = .other
        }

        // Lower-case head words after a name that is no person's or place's ("Kabar news agency",
        // "Kloop media outlet"; organisation-heads.txt) are words of the organisation's name, in its
        // span and its key: the batch-wide join of a name with head words at its edge then joins
        // the bare name, unless that is a place's (`Astana news agency` is not Astana). Not after a
        // name ending like a surname: a person's as often (`Askar Sarybaev news agency staff`). A
        // lone word with only a weak ending (-ka, -in, -ki) is a company's name as often as a surname
        // (`Asaka bank`), and a person is rarely named by a bare surname before such a word; a strong
        // ending (`Sarybaev bank`) or a given name before it (`Aibek Turonka bank`) still holds.
        let weakLone = first == last - 1 && !has(first, [.strongSurnameEnding, .patronymicEnding])
        if kind != .person && kind != .place && (!lastIsSurname || weakLone) && last == end {
            let heads = lowerHeadWords(after: last, lineOf: first)
            if heads > 0 {
                last += heads
                count += heads
                kind = .organisation
            }
        }

        // Names recur: one- and two-word surfaces come from the key maker's caches.
        let surface: String
        // An outlet known by its name without its address's ending (`Meduza.io`) is written whole.
        if count == 1 && webAddress(first) == nil {
            surface = word(first)
        } else if count == 2 && oneSpaceAfter(first) && genitive == nil && webAddress(first) == nil && webAddress(first + 1) == nil {
            let (a, b) = (infoIndex(first), infoIndex(first + 1))
            surface = keys.pairSurface(a, b)
        } else {
            surface = string(tokens[first].byteStart, tokens[last - 1].byteEnd)
        }
        let form: DetectedName.Form
        var knownEntityKey: String?
        if kind == .person && count >= 2 {
            form = personForm(first, last, lastIsSurname: lastIsSurname, surface: surface)
            if count == 2 && oneSpaceAfter(first), case .fullPerson(let surnameKey, let givenKey, _, _) = form {
                let (a, b) = (infoIndex(first), infoIndex(first + 1))
                knownEntityKey = keys.pairPersonKey(a, b) { NameVariantTable.personKey(surname: surnameKey, given: givenKey) }
            }
        } else if kind == .person {
            form = .surname(key: lastKey)
        } else {
            if count == 1 {
                form = .entity(key: lastKey)
                knownEntityKey = keys.singleEntityKey(infoIndex(first))
                // A web address's country ending is kept apart in the key (Gazeta.uz is gazeta.uz, not
                // gazetauz), so that no spelling rule reads it as part of the name.
                if let domain = webAddress(first), let ending = domain.countryEndingStart {
                    knownEntityKey = NameVariantTable.entityKey(
                        bytesKey(tokens[first].byteStart, domain.nameEnd) + "." + bytesKey(ending, tokens[first].byteEnd))
                }
            } else {
                // A legal form before the name (PAO Gazprom) or, in capitals, after it (Gazprom
                // PJSC, the English habit; Ala Too is a name) is not part of the key: articles
                // mostly leave it out.
                let keyFirst = has(first, .legalForm) ? first + 1 : first
                let keyLast = last - 1 > keyFirst && has(last - 1, .legalForm) && tokens[last - 1].isAllCaps ? last - 1 : last
                let made = runKeys(keyFirst..<keyLast)
                form = .entity(key: made.key)
                knownEntityKey = made.entityKey
            }
        }
        var name = detected(first, last, surface: surface, kind: kind, titles: titles, form: form, entityKey: knownEntityKey)
        if case .entity = form { withDescriptor(&name, first: first, last: last, end: end) }
        // An initial after the surname ("Golovkin G.", "Lavrov S. V.") keeps its period, as one before it does.
        if name.byteEnd < utf8.count, utf8[name.byteEnd] == 0x2E, tokens[last - 1].codePointCount <= 2,
            case .fullPerson(_, let givenKey, _, _) = form, givenKey.utf8.last == 0x2E
        {
            name.byteEnd += 1
            name.codePointEnd += 1
            name.surface = string(name.byteStart, name.byteEnd)
        }
        return name
    }

    /// The name spanning words `first..<last`: its offsets, and whether all its words are in capitals.
    ///
    /// The strings are taken, not borrowed: callers make them for the name alone, and a borrowed
    /// form was copied into the name (its strings retained and, at the caller, released again).
    func detected(
        _ first: Int, _ last: Int, surface: consuming String, kind: NameKind, titles: consuming [String],
        form: consuming DetectedName.Form, entityKey: consuming String? = nil
    ) -> DetectedName {
        var isAllCaps = true
        for i in first..<last where !tokens[i].isAllCaps { isAllCaps = false }
        return DetectedName(
            byteStart: tokens[first].byteStart, byteEnd: tokens[last - 1].byteEnd,
            codePointStart: tokens[first].codePointStart, codePointEnd: tokens[last - 1].codePointEnd,
            surface: surface, kind: kind, titles: titles, isAllCaps: isAllCaps, form: form, entityKey: entityKey)
    }

    /// Whether word `i`, in title case, is an adjective of adjective-endings.txt and the word after
    /// it, over a space, an acronym of three to five capitals (Рогунская ГЭС, Rogunskaya GES).
    mutating func isAdjectiveBeforeAcronym(_ i: Int) -> Bool {
        let next = i + 1
        guard isSpaced(next, onLineOf: i), !tokens[i].isAllCaps, tokens[next].isAllCaps,
            (3...5).contains(tokens[next].codePointCount), !tokens[next].hasDigit
        else { return false }
        return has(i, .adjectiveEnding)
    }

    /// Whether word `i` stands for what a quoted name after it is: a lower-case organisation
    /// descriptor (партия «Яблоко») or a legal form (ПАО «Газпром», ЧВК «Вагнер»). Not any
    /// abbreviation: ПЦ «Мемориал» (a human rights centre) is another entity than «Мемориал».
    /// Capitalised, it is the first word of the name's written form (Агентство «Хабар», as Russian
    /// capitalises a name's first word): a descriptor still when it is a word of institutions too,
    /// which no name is alone.
    mutating func describesQuotedName(_ i: Int) -> Bool {
        if has(i, .organisationDescriptor) { return !isCapitalizedWord(i) || has(i, .organisation) }
        return has(i, .legalForm)
    }

    /// Whether word `i` is an adjective in -sk- (adjective-endings.txt) before a lower-case
    /// descriptor and a quoted name: Демократическая партия «Миллий тикланиш» is the
    /// party, the adjective and descriptor its kind (``withDescriptor(_:first:last:end:)``), not a
    /// name of their own beside it. The next word's case and quote are read first: few words pass.
    mutating func isAdjectiveBeforeQuotedName(_ i: Int) -> Bool {
        let next = i + 1
        guard isSpaced(next, onLineOf: i), !isCapitalizedWord(next), quoteAfterSpace(next) else { return false }
        return has(i, .adjectiveEnding) && has(next, .organisationDescriptor)
    }

    /// Whether word `i` is followed by a space and an opening quote (", « or “) right before the
    /// next word on its line.
    func quoteAfterSpace(_ i: Int) -> Bool {
        let offset = tokens[i].byteEnd + 1
        guard i + 1 < tokens.count, tokens[i + 1].line == tokens[i].line, offset < utf8.count, utf8[offset - 1] == 0x20
        else { return false }
        return (1...3).contains(tokens[i + 1].byteStart - offset) && opensQuote(before: tokens[i + 1].byteStart)
    }

    /// Widens a name that is not a person's over a descriptor next to it ("Ata-Meken party",
    /// "партия «Ата-Мекен»", "ПАО «Газпром»"; descriptor-words.txt): articles write the bare name
    /// as often, so the descriptor is in the span but not in the key; it makes the name an
    /// organisation. (A place's descriptors set its sub-kind: ``describedPlace(_:_:_:end:)``.)
    mutating func withDescriptor(_ name: inout DetectedName, first: Int, last: Int, end: Int) {
        var widened = false
        if first > 0, tokens[first - 1].line == tokens[first].line {
            let before = first - 1
            if tokens[first].gapBefore == .other, quoteAfterSpace(before),
                let close = closingQuoteLength(after: tokens[last - 1].byteEnd), describesQuotedName(before)
            {
                var start = before > 0 && isAdjectiveBeforeQuotedName(before - 1) ? before - 1 : before
                name.byteEnd += close
                name.codePointEnd += 1
                // A legal form may stand before a quoted name that starts with another (АО «НК
                // «КазМунайГаз»»): each is the name's kind, and so is in its span, with its closing
                // quote when the writer kept it.
                while start == before, start > 0, tokens[start - 1].line == tokens[start].line, has(start - 1, .legalForm),
                    tokens[start - 1].isAllCaps, quoteAfterSpace(start - 1)
                {
                    start -= 1
                    if let outer = closingQuoteLength(after: name.byteEnd) {
                        name.byteEnd += outer
                        name.codePointEnd += 1
                    }
                }
                name.byteStart = tokens[start].byteStart
                name.codePointStart = tokens[start].codePointStart
                widened = true
            } else if tokens[first].gapBefore == .space, !isCapitalizedWord(before), has(before, .organisationDescriptor) {
                // Not a place word before a name: Russian names a city (город Днепр) by its river's name.
                name.byteStart = tokens[before].byteStart
                name.codePointStart = tokens[before].codePointStart
                widened = true
            }
        }
        if !widened, last == end, let after = lowerWord(after: last, lineOf: first), has(after, .organisationDescriptor) {
            name.byteEnd = tokens[last].byteEnd
            name.codePointEnd = tokens[last].codePointEnd
            widened = true
        } else if !widened, last == end, last < tokens.count, tokens[last].gapBefore == .other, tokens[last].line == tokens[first].line, isBracketedAlone(last),
            !isCapitalizedWord(last), has(last, .organisationDescriptor)
        {
            // A reference work's qualifier in brackets says the same as a descriptor after the
            // name (Ховар (агентство), as агентство «Ховар»): the name's kind, with its bracket.
            name.byteEnd = tokens[last].byteEnd + 1
            name.codePointEnd = tokens[last].codePointEnd + 1
            widened = true
        }
        guard widened else { return }
        name.surface = string(name.byteStart, name.byteEnd)
        if name.kind == .other { name.kind = .organisation }
    }

    /// Whether word `i` is a region word as written (`oblast` in any case, `Region` capitalised).
    mutating func isRegionWord(_ i: Int) -> Bool {
        has(i, .region) || (has(i, .capitalisedRegion) && isCapitalizedWord(i))
    }

    /// The name `first..<last` (the run ended at `end`) as a region, when a region word ends it
    /// ("Chelyabinsk Oblast", "Челябинская область"), follows it in lower case ("Chelyabinskaya
    /// oblast") or starts it ("Oblast Tscheljabinsk"). The region word is part of the span, and the
    /// key is ``regionKey(_:keys:)`` of the place's words: a region is never its city.
    mutating func region(_ start: Int, _ first: Int, _ last: Int, end: Int) -> DetectedName? {
        var (first, last) = (first, last)
        var place: Range<Int>
        if last - first >= 2 && isRegionWord(last - 1) {
            place = first..<last - 1
        } else if last - first >= 2 && isRegionWord(first) {
            place = first + 1..<last
        } else if last == end, let after = lowerWord(after: end, lineOf: first), has(after, .region) {
            place = first..<last
            last = end + 1
        } else if let before = regionWordBefore(start, first) {
            place = first..<last
            first = before
        } else {
            return nil
        }
        // A title or legal form before it is not part of a region's name.
        while place.count > 1 && has(place.lowerBound, [.title, .legalForm]) {
            place = place.lowerBound + 1..<place.upperBound
            if first < place.lowerBound { first = place.lowerBound }
        }
        // An abbreviated region word (`Чуйская обл.`) counts only after the name and with its period,
        // which it takes into the span.
        var period = 0
        let regionWord = place.upperBound < last ? last - 1 : first
        if !rules.regionAbbreviations.isEmpty, rules.regionAbbreviations.contains(lower(regionWord)) {
            guard regionWord == last - 1, tokens[regionWord].byteEnd < utf8.count, utf8[tokens[regionWord].byteEnd] == UInt8(ascii: ".")
            else { return nil }
            period = 1
        }
        let placeKey = joinedKeys(place)
        var name = detected(first, last, surface: string(tokens[first].byteStart, tokens[last - 1].byteEnd + period), kind: .place, titles: [],
                            form: .entity(key: Self.regionKey(placeKey, keys: keys)))
        name.byteEnd += period
        name.codePointEnd += period
        return name
    }

    /// The lower-case region word right before the name that starts the run at `start`, as Russian
    /// and Tajik put it ("область Абай", "вилояти Суғд"): the region word is part of the span.
    mutating func regionWordBefore(_ start: Int, _ first: Int) -> Int? {
        guard first == start, let before = lowerWord(before: first), tokens[before].line == tokens[first].line, has(before, .region)
        else { return nil }
        return before
    }

    /// Whether word `i`, next to a name, could be a place descriptor, judged by its first bytes
    /// alone: most such words (`said`, `in`) are otherwise not looked up in the word table at all.
    @inline(__always)
    func mayBeSubKind(_ i: Int) -> Bool {
        let token = tokens[i]
        let head = NameRules.wordHead(utf8[token.byteStart], token.byteEnd - token.byteStart > 1 ? utf8[token.byteStart + 1] : 0)
        return rulesReference.placeSubKindHeads[Int(head >> 6)] & (1 << UInt64(head & 63)) != 0
    }

    /// The place sub-kind word `i` gives as a descriptor (place-descriptors.txt), if any; an
    /// abbreviation (`г`) only with its period after it.
    mutating func subKind(_ i: Int) -> (kind: String, isAbbreviation: Bool)? {
        guard has(i, .placeSubKind) else { return nil }
        let lower = lower(i)
        guard let kind = rules.placeSubKinds[lower] else { return nil }
        guard rules.placeAbbreviations.contains(lower) else { return (kind, false) }
        guard i + 1 < tokens.count, tokens[i + 1].periodBefore, tokens[i + 1].line == tokens[i].line else { return nil }
        return (kind, true)
    }

    /// The sub-kind of the two-word descriptor word `i` opens with the word after it, over a space
    /// on its line (`Chorvoq suv ombori`, `Капшағай су қоймасы`, `Toktogul Water Reservoir`), if any.
    mutating func pairedSubKind(_ i: Int) -> String? {
        guard has(i, .placeDescriptorOpening), i + 1 < tokens.count, tokens[i + 1].gapBefore == .space,
            tokens[i + 1].line == tokens[i].line
        else { return nil }
        return rules.placeDescriptorPairs[lower(i)]?[lower(i + 1)]
    }

    /// The name `first..<last` (the run `start..<end`) as a place of a sub-kind, when a descriptor
    /// ends it ("Naryn River", "Osh City"), starts it ("Lake Balkhash"), follows it in lower case
    /// ("Ош шаары", "Naryn river"), precedes it in lower case ("озеро Балхаш", "г. Ош") or is the
    /// last part of its last word ("Naryn-Fluss", "Москва-река", "Balchaschsee"). The descriptor is
    /// part of the span; the key is the base name's key and the sub-kind (`naryn#river`), so a city,
    /// a lake, a river and a region of one base name never share a key.
    mutating func describedPlace(_ start: Int, _ first: Int, _ last: Int, end: Int) -> DetectedName? {
        var (first, last) = (first, last)
        var base = first..<last
        var baseKey: String?
        var closingBracket = 0
        let kind: String
        // A two-word descriptor first: "Water" alone is no descriptor of "Toktogul Water Reservoir".
        if last - first >= 3, let found = pairedSubKind(last - 2) {
            base = first..<last - 2
            kind = found
        } else if last == end, let after = lowerWord(after: end, lineOf: first), mayBeSubKind(after), let found = pairedSubKind(after),
            !isCapitalizedWord(after + 1)
        {
            kind = found
            last = end + 2
        } else if last - first >= 2, let found = subKind(last - 1), !found.isAbbreviation {
            base = first..<last - 1
            kind = found.kind
            if isBracketedAlone(last - 1) { closingBracket = 1 }
        } else if last - first >= 2, !isLatinAcronym(first), let found = subKind(first), !found.isAbbreviation,
            !rules.placeDescriptorsNotFirst.contains(lower(first))
        {
            // English writes a plant's acronym after its name (Rogun HPP); one before a name in
            // Latin letters is its institution's (NPP Atameken, a chamber), as Tajik НБО is not.
            base = first + 1..<last
            kind = found.kind
        } else if last == end, let after = lowerWord(after: end, lineOf: first), mayBeSubKind(after), let found = subKind(after),
            !found.isAbbreviation
        {
            kind = found.kind
            last = end + 1
        } else if first == start, first > 0, tokens[first - 1].line == tokens[first].line, !isCapitalizedWord(first - 1),
            tokens[first].gapBefore == .space || (tokens[first].gapBefore == .sentenceEnd && tokens[first].periodBefore),
            mayBeSubKind(first - 1), let found = subKind(first - 1), found.isAbbreviation == (tokens[first].gapBefore != .space)
        {
            kind = found.kind
            first -= 1
        } else if first == start, first > 1, tokens[first].gapBefore == .space, tokens[first - 1].gapBefore == .space,
            tokens[first - 2].line == tokens[first].line, has(first - 1, .connector), let linked = rules.placeLinks[lower(first - 1)],
            linked.isEmpty || linked.contains(lower(first - 2)), !isCapitalizedWord(first - 2), mayBeSubKind(first - 2), let found = subKind(first - 2), !found.isAbbreviation
        {
            // A lower-case descriptor linked to the name ("vallée de Ferghana"): both words are in the span.
            kind = found.kind
            first -= 2
        } else if has(last - 1, .placeCompound), let compound = compoundPlace(last - 1) {
            kind = compound.kind
            baseKey = (first..<last - 1).map { key($0) + " " }.joined() + compound.key
        } else if last == end, end < tokens.count, tokens[end].line == tokens[first].line, isBracketedAlone(end),
            mayBeSubKind(end), let found = subKind(end), !found.isAbbreviation
        {
            kind = found.kind
            last = end + 1
            closingBracket = 1
        } else {
            return nil
        }
        // A connector after a descriptor that starts the name is not the base's ("Sea of Azov").
        while base.count > 1 && has(base.lowerBound, .connector) && !isCapitalizedWord(base.lowerBound) {
            base = base.lowerBound + 1..<base.upperBound
        }
        guard !base.isEmpty else { return nil }
        let placeKey = keys.describedPlaceKey(baseKey ?? joinedKeys(base), kind: kind)
        var place = detected(first, last, surface: string(tokens[first].byteStart, tokens[last - 1].byteEnd + closingBracket), kind: .place,
                             titles: [], form: .entity(key: placeKey))
        place.byteEnd += closingBracket
        place.codePointEnd += closingBracket
        return place
    }

    /// Whether word `i` is in capitals and Latin letters (`NPP`, `HPP`): its first byte is ASCII.
    func isLatinAcronym(_ i: Int) -> Bool {
        tokens[i].isAllCaps && utf8[tokens[i].byteStart] < 0x80
    }

    /// Whether ``describedPlace(_:_:_:end:)`` may find a descriptor: each of its cases needs one of
    /// these, and most names have none. Its cases ask for the descriptor's sub-kind and line one by
    /// one, and the call builds the place's optional on the way out: several hundred instructions
    /// for every name of an article, where these tests are a few dozen.
    mutating func mayDescribePlace(_ start: Int, _ first: Int, _ last: Int, end: Int) -> Bool {
        if has(last - 1, .placeCompound) { return true }
        if last - first >= 2 && (has(last - 1, .placeSubKind) || has(first, .placeSubKind)) { return true }
        if last - first >= 3 && has(last - 2, .placeDescriptorOpening) { return true }
        // A descriptor after the name, in lower case or in brackets.
        if last == end && end < tokens.count && mayBeSubKind(end) { return true }
        // One before it ("озеро Балхаш", "г. Ош"), or linked to it ("vallée de Ferghana").
        if first == start && first > 0 && mayBeSubKind(first - 1) { return true }
        return first == start && first > 1 && mayBeSubKind(first - 2)
    }

    /// Whether word `i` is alone in brackets right after the word before it: the qualifier of a
    /// reference work's title, "Naryn (town)", "Урал (река)", "Moskwa (Fluss)", in any case.
    func isBracketedAlone(_ i: Int) -> Bool {
        guard i > 0, tokens[i].byteEnd < utf8.count, utf8[tokens[i].byteEnd] == 0x29 else { return false }
        let gap = tokens[i].byteStart - tokens[i - 1].byteEnd
        return utf8[tokens[i].byteStart - 1] == 0x28 && (gap == 1 || (gap == 2 && utf8[tokens[i - 1].byteEnd] == 0x20))
    }

    /// The base key and sub-kind of a word whose last hyphenated part is a descriptor
    /// ("Naryn-Fluss", "Москва-река") or which ends in a descriptor suffix ("Balchaschsee").
    mutating func compoundPlace(_ i: Int) -> (key: String, kind: String)? {
        guard let (base, kind) = rules.placeCompound(word(i)) else { return nil }
        return (keys.key(of: base), kind)
    }

    /// The key of a region from the key of the place it is named after: its stem
    /// (``NamePlaceStem``), so the noun and the adjective meet (Chelyabinsk, Chelyabinskaya,
    /// Челябинская; Akmola, Акмолинская; Talas, Таласская), and `#region`, so the region never has
    /// its city's key.
    static func regionKey(_ placeKey: String, keys: NameKeyMaker) -> String {
        keys.placeStem(placeKey) + "#region"
    }

    /// The key of given name `i`, read in the foreign spelling style of the surname `surname` if
    /// the surname shows one and the given name none: a German-spelt surname (Chodorkowski) tells
    /// how its given name (Michail) is spelt.
    mutating func givenKey(_ i: Int, surname: Int) -> String {
        let (givenIndex, surnameIndex) = (keyedIndex(i), infoIndex(surname))
        let surnameStyle = keys.infoTable[surnameIndex].style
        guard surnameStyle >= 0 && keys.infoTable[givenIndex].style < 0 else { return keys.infoTable[givenIndex].key }
        return keys.key(of: word(i), style: surnameStyle)
    }

    /// The key of surname `i`, read in the foreign spelling style of the given name `given` if the
    /// given name shows one and the surname none: Kamtchybek Tachiev is French throughout.
    mutating func surnameKey(_ i: Int, given: Int) -> String {
        let (surnameIndex, givenIndex) = (keyedIndex(i), infoIndex(given))
        let givenStyle = keys.infoTable[givenIndex].style
        guard givenStyle >= 0 && keys.infoTable[surnameIndex].style < 0 else { return keys.infoTable[surnameIndex].key }
        return keys.key(of: word(i), style: givenStyle)
    }

    /// The key of the initial `i` whose word key is `key`: `w` for a Latin W, which the word keys
    /// fold into v, `y` for a Latin Y, which they fold into i, and `c` for a Latin C, which they
    /// fold into k though it may be the first letter of ch (`C. Aitmatov` for Chingiz). Brothers written `V. Klitschenko`
    /// and `W. Klitschenko` are as often two people as one, and `Y. Tymoshenko` (Yulia, Yevhen) and
    /// `I. Tymoshenko` (Iryna, Ihor) are most often two, so the initials stay two keys; each joins
    /// the one given name it can stand for (``NameClusterer/initial(_:canStandFor:)`` reads w as v,
    /// and y as the glide of Е, Ю, Я).
    func initialKey(_ i: Int, key: String) -> String {
        let token = tokens[i]
        guard token.byteEnd - token.byteStart == 1 else { return key }
        switch utf8[token.byteStart] | 0x20 {
        case UInt8(ascii: "w"): return "w"
        case UInt8(ascii: "y"): return "y"
        case UInt8(ascii: "c"): return "c"
        default: return key
        }
    }

    /// The father's name that a patronymic key is made of: Russian Abishevich and Kazakh Abishuly
    /// are one patronymic, so the patronymic is keyed without its ending.
    static func fatherKey(_ patronymic: String, endings: [String]) -> String {
        let length = patronymic.unicodeScalars.count
        let ending = endings.filter { length > $0.unicodeScalars.count + 1 && patronymic.hasSuffix($0) }
            .max { $0.unicodeScalars.count < $1.unicodeScalars.count }
        guard let ending else { return patronymic }
        return String(patronymic.unicodeScalars.dropLast(ending.unicodeScalars.count))
    }

    /// Whether `first..<last` is three names of which only the last is a patronymic: the register's
    /// order, surname first, whatever the surname's ending ("Шойгу Сергей Кужугетович", "Кулеба
    /// Дмитро Іванович"); a given name and a patronymic never come before a third name that way.
    mutating func isSurnameGivenPatronymic(_ first: Int, _ last: Int) -> Bool {
        last - first == 3 && has(last - 1, .patronymicEnding) && !has(first + 1, .patronymicEnding) && !has(first, .patronymicEnding)
            && isCapitalizedWord(first + 1)
    }

    /// Given names, surname and display form of a person's words.
    mutating func personForm(_ first: Int, _ last: Int, lastIsSurname: Bool, surface: String) -> DetectedName.Form {
        // Surname first, "ZHURAVLEVA EKATERINA", "PETROVA Irina", "Юсупова Малика": a strong surname
        // ending first and none last put the surname first, though the given name ends like a weak
        // surname (-ina, -ka), in capitals or not: no given name has a strong ending (-ov, -eva, -enko).
        // A surname in capitals before a given name that is not ("ALIMKHANULY Zhanibek", "KIM Olga")
        // is the passport's order whatever the surname's ending, a patronymic's (-uly) or none.
        let capitalsFirst = last - first == 2 && tokens[first].isAllCaps && tokens[first].codePointCount > 1
            && !tokens[first + 1].isAllCaps
        let passportOrder = capitalsFirst || last - first == 2
            && has(first, .strongSurnameEnding) && !has(first, .patronymicEnding) && !has(first + 1, .strongSurnameEnding)
        // The usual case, "Given Surname" with one space: no arrays, no joining.
        if last - first == 2 && lastIsSurname && !passportOrder && !has(last - 1, .patronymicEnding)
            && tokens[first].codePointCount > 2
            && tokens[last - 1].byteStart == tokens[first].byteEnd + 1
        {
            return .fullPerson(
                surnameKey: surnameKey(last - 1, given: first), givenKey: givenKey(first, surname: last - 1), display: surface,
                surname: word(last - 1))
        }
        var words = Array(first..<last)
        // A patronymic's ending first and a given name after it ("Момышулы Бауыржан", "Momyshuly
        // Bauyrzhan"): no name is written patronymic first, so the first word is a surname made of a
        // father's name (Kazakh -uly, Kyrgyz -uulu), written in the register's order. Not before a
        // surname's strong ending, where the given name was left out ("Sergeyevich Ivanov").
        let patronymicSurnameFirst = last - first == 2 && has(first, .patronymicEnding)
            && !has(first + 1, .patronymicEnding) && !has(first + 1, .strongSurnameEnding)
        // Russian order, "Атамбаев Алмазбек Шаршенович": surname first.
        if !lastIsSurname || has(last - 1, .patronymicEnding) || passportOrder || patronymicSurnameFirst {
            if (has(first, .surnameEnding) && !has(first, .patronymicEnding)) || capitalsFirst || isSurnameGivenPatronymic(first, last)
                || patronymicSurnameFirst
                || (last - first == 3 && isCyrillicSurnameWithInitials(first)) || (last - first == 2 && isSurnameWithTrailingInitial(first))
            {
                words = Array(words.dropFirst()) + [first]
            }
        }
        // Patronymics are not part of the given name, since not every article writes them; they
        // are kept after a `|` so that two people with one given name and surname but different
        // patronymics (Sergei Borisovich and Sergei Sergeyevich Ivanov) stay apart.
        let surnameIndex = words.removeLast()
        var surnameWords = [surnameIndex]
        while let previous = words.last, !isCapitalizedWord(previous) {
            surnameWords.insert(words.removeLast(), at: 0)
        }
        // "Ilham Heydar oglu Aliyev": a patronymic particle before the surname makes the name before
        // it, the father's, a patronymic. At the end ("Almazbek Kubanychbek uulu") it is the surname.
        if surnameWords.count == 1 && has(surnameWords[0], .patronymicParticle), words.count >= 2,
            let father = words.last, isCapitalizedWord(father)
        {
            surnameWords.insert(words.removeLast(), at: 0)
        }
        var particlePatronymics: [Int] = []
        if surnameWords.count == 2 && has(surnameWords[0], .patronymicParticle), words.count >= 2,
            let father = words.last, isCapitalizedWord(father)
        {
            particlePatronymics = [words.removeLast()]
            surnameWords.removeFirst()
        }
        let given = words.filter { isCapitalizedWord($0) && !has($0, .patronymicEnding) }
        guard !given.isEmpty else { return .surname(key: surnameWords.map { key($0) }.joined(separator: " ")) }
        var givenKeys = given.map { givenKey($0, surname: surnameWords[surnameWords.count - 1]) }
        // An initial ("A. Atambayev") is marked so that it never equals a one-letter given name; so
        // are two ("Н. А. Назарбаев", "Lavrov S. V."), the given name's and the patronymic's.
        if given.count == 2 && given[1] == given[0] + 1 && isHyphenatedInitial(given[0]) {
            // `К.-Ж. Токаев`: the initials of one hyphenated given name, not a given name's and a patronymic's.
            givenKeys = [givenKeys[0] + "-" + givenKeys[1] + "."]
        } else if given.count <= 2, given.allSatisfy({ tokens[$0].codePointCount <= 2
            && $0 + 1 < tokens.count && tokens[$0 + 1].periodBefore })
        {
            for i in givenKeys.indices { givenKeys[i] = initialKey(given[i], key: givenKeys[i]) + "." }
        }
        let patronymics = particlePatronymics + words.filter { isCapitalizedWord($0) && has($0, .patronymicEnding) }
        if !patronymics.isEmpty && !givenKeys[givenKeys.count - 1].hasSuffix(".") {
            givenKeys[givenKeys.count - 1] += NameVariantTable.patronymicSeparator
                + patronymics.map { Self.fatherKey(key($0), endings: rules.patronymicEndings) }.joined(separator: " ")
        }
        let surnameKey = surnameWords.count == 1
            ? self.surnameKey(surnameWords[0], given: given[0]) : surnameWords.map { key($0) }.joined(separator: " ")
        let surname = surnameWords.map { word($0) }.joined(separator: " ")
        let display = givenKeys.count == 1 && given.count == 2 && givenKeys[0].contains("-")
            ? "\(word(given[0])).-\(word(given[1])). \(surname)"
            : (given.map { word($0) + (givenKeys[0].hasSuffix(".") ? "." : "") } + [surname]).joined(separator: " ")
        return .fullPerson(surnameKey: surnameKey, givenKey: givenKeys.joined(separator: " "), display: display, surname: surname)
    }
}
