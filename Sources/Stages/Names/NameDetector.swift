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
        return text.withUTF8 { utf8 in
            var pass = Pass(utf8: utf8, rules: rules, keys: keys)
            return pass.run()
        }
    }
}

/// The work of one `detect` call.
private struct Pass {
    let utf8: UnsafeBufferPointer<UInt8>
    let rules: NameRules
    let keys: NameKeyMaker
    let tokens: [NameToken]
    var lowerCache: [Int: String] = [:]
    var keyCache: [Int: String] = [:]
    var headlineLines: Set<Int> = []
    var evidence: Set<String> = []

    init(utf8: UnsafeBufferPointer<UInt8>, rules: NameRules, keys: NameKeyMaker) {
        self.utf8 = utf8
        self.rules = rules
        self.keys = keys
        self.tokens = NameTokenizer.tokens(in: utf8)
    }

    /// Prepositions after which a name is most often a place ("in Bishkek"); a weak hint that the
    /// batch-wide vote on the kind can overrule.
    static let placePrepositions: Set<String> = ["in", "near", "across", "outside", "inside", "throughout"]

    // MARK: Words

    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<end]), as: UTF8.self)
    }

    func word(_ i: Int) -> String { string(tokens[i].byteStart, tokens[i].byteEnd) }

    /// The lower-case word, without a trailing period.
    mutating func lower(_ i: Int) -> String {
        if let cached = lowerCache[i] { return cached }
        let token = tokens[i]
        var isASCII = true
        for byte in UnsafeBufferPointer(rebasing: utf8[token.byteStart..<token.byteEnd]) where byte >= 0x80 {
            isASCII = false
            break
        }
        let result: String
        if isASCII {
            var bytes = Array(UnsafeBufferPointer(rebasing: utf8[token.byteStart..<token.byteEnd]))
            for k in bytes.indices where bytes[k] >= 0x41 && bytes[k] <= 0x5A { bytes[k] += 0x20 }
            result = String(decoding: bytes, as: UTF8.self)
        } else {
            result = word(i).lowercased()
        }
        lowerCache[i] = result
        return result
    }

    mutating func key(_ i: Int) -> String {
        if let cached = keyCache[i] { return cached }
        let result = keys.key(of: Substring(word(i)))
        keyCache[i] = result
        return result
    }

    /// A word after which a period does not end the sentence: a title (`Mr.`) or an initial (`A.`).
    mutating func isAbbreviation(_ i: Int) -> Bool {
        let token = tokens[i]
        if token.codePointEnd - token.codePointStart <= 2 && token.isCapitalized { return true }
        return rules.titles.contains(lower(i))
    }

    mutating func startsSentence(_ i: Int) -> Bool {
        let token = tokens[i]
        switch token.gapBefore {
        case .newline: return true
        case .sentenceEnd: return !(token.periodBefore && i > 0 && isAbbreviation(i - 1))
        default: return false
        }
    }

    func isCapitalizedWord(_ i: Int) -> Bool {
        let token = tokens[i]
        return (token.isCapitalized || token.isAllCaps) && !token.hasDigit
    }

    /// Whether `words` ends with one of `endings` (keys).
    static func hasEnding(_ key: String, _ endings: [String]) -> Bool {
        let last = key.split(separator: " ").last.map(String.init) ?? key
        return endings.contains { last.count > $0.count + 1 && last.hasSuffix($0) }
    }

    // MARK: The pass

    mutating func run() -> [DetectedName] {
        findHeadlines()
        collectEvidence()
        var names: [DetectedName] = []
        var headlineNames: Set<Int> = []
        var i = 0
        while i < tokens.count {
            guard isCapitalizedWord(i), !tokens[i].endsLowerAfterHyphen, !rules.neverNames.contains(lower(i)) else {
                i += 1
                continue
            }
            let end = runEnd(from: i)
            if let (name, needsCorroboration) = classify(i, end) {
                if needsCorroboration { headlineNames.insert(names.count) }
                names.append(name)
            }
            i = end
        }
        if !headlineNames.isEmpty {
            // A name found only in a heading counts if the article's sentences name it too.
            let corroborated = Set(names.indices.filter { !headlineNames.contains($0) }.map { names[$0].entityKey })
            names = names.indices.filter { !headlineNames.contains($0) || corroborated.contains(names[$0].entityKey) }
                .map { names[$0] }
        }
        return NameLinker.link(names)
    }

    /// Title-case lines (headlines, bylines): every word there is treated like a sentence start.
    mutating func findHeadlines() {
        var line = -1
        var words = 0
        var capitalized = 0
        func close(_ set: inout Set<Int>) {
            if line >= 0 && words >= 3 && capitalized * 4 >= words * 3 { set.insert(line) }
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
            if headlineLines.contains(tokens[i].line) || startsSentence(i) { continue }
            evidence.insert(key(i))
        }
    }

    /// The end of the run of name words that starts at `start`.
    mutating func runEnd(from start: Int) -> Int {
        var end = start + 1
        var sawOrganisationWord = rules.organisationWords.contains(lower(start))
        while end < tokens.count {
            if tokens[end - 1].isPossessive || tokens[end].line != tokens[start].line { break }
            let token = tokens[end]
            let joined = token.gapBefore == .space || (token.periodBefore && isAbbreviation(end - 1))
            guard joined else { break }
            if isCapitalizedWord(end) {
                if rules.neverNames.contains(lower(end)) { break }
                if rules.organisationWords.contains(lower(end)) { sawOrganisationWord = true }
                end += 1
                continue
            }
            // A lower-case particle or connector, if a capitalised word follows it.
            let next = end + 1
            guard !token.hasDigit, next < tokens.count, tokens[next].gapBefore == .space, isCapitalizedWord(next),
                !rules.neverNames.contains(lower(next)) || rules.connectors.contains(lower(end))
            else { break }
            let word = lower(end)
            if rules.particles.contains(word) || (sawOrganisationWord && rules.connectors.contains(word)) {
                end += 1
                continue
            }
            break
        }
        return end
    }

    /// A lower-case word right before `start` (over spaces only), if any.
    mutating func lowerWord(before start: Int) -> String? {
        guard start > 0, tokens[start].gapBefore == .space, !isCapitalizedWord(start - 1) else { return nil }
        return lower(start - 1)
    }

    /// Trims and classifies the run `start..<end`.
    ///
    /// The flag is set for a name in a heading, which counts only if the article names it elsewhere.
    mutating func classify(_ start: Int, _ end: Int) -> (DetectedName, Bool)? {
        let line = tokens[start].line
        let inHeadline = headlineLines.contains(line)
        var first = start
        var last = end
        var titles = Set<String>()
        var personHint = false
        var placeHint = false
        var organisationHint = false

        // Context before: "former president Almazbek Atambayev", "the village of Moldovanovka".
        if let previous = lowerWord(before: start) {
            if rules.roleWords.contains(previous) || rules.titles.contains(previous) {
                personHint = true
                titles.insert(previous)
            } else if rules.placeWords.contains(previous) || Self.placePrepositions.contains(previous) {
                placeHint = true
            } else if previous == "of", start >= 2, let beforeOf = lowerWord(before: start - 1),
                rules.placeWords.contains(beforeOf)
            {
                placeHint = true
            }
        }

        // Leading titles, and leading common words at a sentence start or in a heading.
        var atStart = inHeadline || startsSentence(start)
        var strippedCommon = false
        while first < last {
            var word = lower(first)
            if word.hasSuffix(".") { word.removeLast() }
            if rules.titles.contains(word) {
                titles.insert(word)
                personHint = true
                first += 1
                atStart = false
                continue
            }
            if atStart && rules.commonWords.contains(word) {
                first += 1
                strippedCommon = true
                continue
            }
            break
        }
        // "Вчера Атамбаев Алмазбек": an unproven sentence-initial word before a name in Russian
        // order (surname first) is not part of it.
        if first == start && atStart && last - first >= 3 && !evidence.contains(key(first))
            && isCapitalizedWord(first + 1) && Self.hasEnding(key(first + 1), rules.surnameEndings)
            && !Self.hasEnding(key(first), rules.surnameEndings)
        {
            first += 1
        }
        // Lower-case particles cannot start or end a name.
        while first < last && !isCapitalizedWord(first) { first += 1 }
        while last > first && !isCapitalizedWord(last - 1) { last -= 1 }
        guard first < last else { return nil }

        // A capitalised place word at the end: "Ala Too Square" is the place "Ala Too".
        while last - first >= 2 && rules.placeWords.contains(lower(last - 1)) {
            placeHint = true
            last -= 1
        }
        // Context after: "his Ata-Meken party", "Ala-Too square", "Egor Borisov, a doctor".
        if end < tokens.count, tokens[end - 1].isPossessive == false {
            if tokens[end].gapBefore == .space, !isCapitalizedWord(end), end == last {
                let next = lower(end)
                if rules.organisationWords.contains(next) { organisationHint = true }
                else if rules.placeWords.contains(next) { placeHint = true }
            } else if tokens[end].gapBefore == .comma, end == last {
                var k = end
                if ["a", "an", "the", "his", "her", "its", "their"].contains(lower(k)), k + 1 < tokens.count,
                    tokens[k + 1].gapBefore == .space
                {
                    k += 1
                }
                if !isCapitalizedWord(k) && rules.roleWords.contains(lower(k)) { personHint = true }
            }
        }

        var organisationWords = 0
        var commonWords = 0
        for i in first..<last {
            let word = lower(i)
            if rules.organisationWords.contains(word) { organisationWords += 1 }
            if rules.commonWords.contains(word) { commonWords += 1 }
        }
        let count = last - first
        if organisationWords == count { return nil }  // "Parliament", "the Committee"
        if organisationWords > 0 { organisationHint = true }
        let lastKey = key(last - 1)
        let lastIsSurname = Self.hasEnding(lastKey, rules.surnameEndings)

        if count == 1 {
            let token = tokens[first]
            if !personHint && commonWords == 1 { return nil }
            if token.isAllCaps {
                let letters = token.codePointEnd - token.codePointStart
                guard evidence.contains(lastKey) || (letters <= 5 && !rules.commonWords.contains(lower(first))) else {
                    return nil
                }
            } else if (inHeadline || (first == start && atStart) || strippedCommon) && !personHint {
                guard evidence.contains(lastKey) else { return nil }
            }
        }
        let needsCorroboration = inHeadline && !personHint && !(count >= 2 && lastIsSurname)

        let kind: NameKind
        if organisationHint && !personHint { kind = .organisation }
        else if personHint { kind = .person }
        else if placeHint { kind = .place }
        else if count >= 2 && (lastIsSurname || (count <= 3 && Self.hasEnding(key(first), rules.surnameEndings))) {
            kind = .person
        } else {
            kind = .other
        }

        let surface = string(tokens[first].byteStart, tokens[last - 1].byteEnd)
        var isAllCaps = true
        for i in first..<last where !tokens[i].isAllCaps { isAllCaps = false }
        var name = DetectedName(
            byteStart: tokens[first].byteStart, byteEnd: tokens[last - 1].byteEnd,
            codePointStart: tokens[first].codePointStart, codePointEnd: tokens[last - 1].codePointEnd,
            surface: surface, kind: kind, titles: titles, isAllCaps: isAllCaps, form: .entity(key: ""))

        if kind == .person && count >= 2 {
            name.form = personForm(first, last, lastIsSurname: lastIsSurname)
        } else if kind == .person {
            name.form = .surname(key: lastKey)
        } else {
            name.form = .entity(key: (first..<last).map { key($0) }.joined(separator: " "))
        }
        return (name, needsCorroboration)
    }

    /// Given names, surname and display form of a person's words.
    mutating func personForm(_ first: Int, _ last: Int, lastIsSurname: Bool) -> DetectedName.Form {
        var words = Array(first..<last)
        // Russian order, "Атамбаев Алмазбек Шаршенович": surname first.
        if !lastIsSurname || Self.hasEnding(key(last - 1), rules.patronymicEndings) {
            if Self.hasEnding(key(first), rules.surnameEndings) && !Self.hasEnding(key(first), rules.patronymicEndings) {
                words = Array(words.dropFirst()) + [first]
            }
        }
        // Patronymics are left out: not every article writes them.
        let surnameIndex = words.removeLast()
        var surnameWords = [surnameIndex]
        while let previous = words.last, !isCapitalizedWord(previous) {
            surnameWords.insert(words.removeLast(), at: 0)
        }
        let given = words.filter { isCapitalizedWord($0) && !Self.hasEnding(key($0), rules.patronymicEndings) }
        guard !given.isEmpty else { return .surname(key: surnameWords.map { key($0) }.joined(separator: " ")) }
        var givenKeys = given.map { key($0) }
        // An initial ("A. Atambayev") is marked so that it never equals a one-letter given name.
        if given.count == 1, tokens[given[0]].codePointEnd - tokens[given[0]].codePointStart <= 2,
            given[0] + 1 < tokens.count, tokens[given[0] + 1].periodBefore
        {
            givenKeys[0] += "."
        }
        let surnameKey = surnameWords.map { key($0) }.joined(separator: " ")
        let surname = surnameWords.map { word($0) }.joined(separator: " ")
        let display = (given.map { word($0) + (givenKeys.count == 1 && givenKeys[0].hasSuffix(".") ? "." : "") }
            + [surname]).joined(separator: " ")
        return .fullPerson(surnameKey: surnameKey, givenKey: givenKeys.joined(separator: " "), display: display, surname: surname)
    }
}
