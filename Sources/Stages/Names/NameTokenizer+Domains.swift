/// Outlets named by their web address (`Kun.uz`, `Meduza.io`, `Газета.ру`): the tokenizer splits at
/// the period, which would leave the name's first word alone (`Gazeta`, a common noun in Russian)
/// and lose the ending that tells `Gazeta.uz` from `Gazeta.ru`.
extension NameTokenizer {
    /// Joins each capitalised word, a period with no space on either side and an ending of
    /// `endings` (domain-endings.txt) into one word, the outlet's name; chained endings join too
    /// (`Pravda.com.ua`). A country's ending in lower case after one space joins too (`Kun uz`,
    /// `Vlast kz`, `Власть кз`: the address retyped as words), keyed as the address.
    ///
    /// An ending in title case counts only when it is a country's of two or three letters
    /// (`Kun.Uz`, `Gazeta.Ru`): a longer one (`Moscow.Today`) is more likely a sentence run on
    /// after a lost space. `asciiCountryPairs` are the countries' two-letter ASCII endings as bytes
    /// (``NameRules/asciiCountryEndingPairs``), the cheap test a lower-case word after a space passes first.
    ///
    /// - Returns: per joined word, the byte offset where its name ends, before the first period, and
    ///   whether its last ending is a country's (see ``DomainName``).
    static func joinDomains(
        _ tokens: inout [NameToken], in utf8: UnsafeBufferPointer<UInt8>, endings: [String: Bool],
        asciiCountryPairs: Set<UInt16>
    ) -> [Int: DomainName] {
        var domains: [Int: DomainName] = [:]
        guard !endings.isEmpty, tokens.count > 1 else { return domains }
        // Made at the first join, from the words before it: most texts have no web address, and
        // copying every word into a new array was most of this scan's cost.
        var joined: [NameToken]?
        var k = 0
        while k < tokens.count {
            let start = k
            k += 1
            // An ending follows its name with one byte between, the period: read before the word is copied.
            guard tokens[start].isCapitalized, !tokens[start].hasDigit, k < tokens.count,
                tokens[k].byteStart == tokens[start].byteEnd + 1
            else {
                joined?.append(tokens[start])
                continue
            }
            var token = tokens[start]
            var nameEnd: Int?
            var isCountry = false
            var endingStart = 0
            while k < tokens.count, let country = ending(
                tokens[k], after: token, in: utf8, endings: endings, asciiCountryPairs: asciiCountryPairs, firstWord: nameEnd == nil) {
                if nameEnd == nil { nameEnd = token.byteEnd }
                if joined == nil { joined = Array(tokens[..<start]) }
                isCountry = country
                let last = tokens[k]
                endingStart = last.byteStart
                token = NameToken(
                    byteStart: token.byteStart, byteEnd: last.byteEnd, codePointStart: token.codePointStart,
                    codePointEnd: last.codePointEnd, isCapitalized: true, isAllCaps: token.isAllCaps && last.isAllCaps,
                    hasDigit: false, isPossessive: last.isPossessive, endsLowerAfterHyphen: false, gapBefore: token.gapBefore,
                    periodBefore: token.periodBefore, line: token.line)
                k += 1
            }
            if let nameEnd, let count = joined?.count {
                domains[count] = DomainName(nameEnd: nameEnd, countryEndingStart: isCountry ? endingStart : nil)
            }
            joined?.append(token)
        }
        if let joined { tokens = joined }
        return domains
    }

    /// Whether `token` is a web address's ending right after `name` (a single period between, no
    /// space): true for a country's ending, false for a generic one, nil for none.
    private static func ending(
        _ token: NameToken, after name: NameToken, in utf8: UnsafeBufferPointer<UInt8>, endings: [String: Bool],
        asciiCountryPairs: Set<UInt16>, firstWord: Bool
    ) -> Bool? {
        guard token.byteStart == name.byteEnd + 1, !token.hasDigit, !name.isPossessive, token.byteEnd - token.byteStart <= 16
        else { return nil }
        // A country's ending after a space, in lower case, is the address retyped as words (Kun uz,
        // Власть кз), but only right after the name's one word.
        let spaced = utf8[name.byteEnd] == 0x20
        guard utf8[name.byteEnd] == 0x2E || (spaced && firstWord && token.codePointCount == 2 && !token.isCapitalized)
        else { return nil }
        // Two ASCII letters after a space are almost always an English word (`is`, `in`, and the
        // endings English writes as words, `by`, `am`, which the pairs leave out): ruled out on their
        // bytes, lower-cased, before the word is copied into a string.
        if spaced, token.byteEnd - token.byteStart == 2, utf8[token.byteStart] < 0x80, utf8[token.byteStart + 1] < 0x80 {
            let lower = { (byte: UInt8) in (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
            guard asciiCountryPairs.contains(UInt16(lower(utf8[token.byteStart])) << 8 | UInt16(lower(utf8[token.byteStart + 1])))
            else { return nil }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: utf8[token.byteStart..<token.byteEnd]), as: UTF8.self)
        guard let isCountry = endings[text.lowercased()], isCountry || !spaced else { return nil }
        if token.isCapitalized && !token.isAllCaps && !(isCountry && token.codePointCount <= 3) { return nil }
        return isCountry
    }
}

/// A word that is an outlet's web address, as ``NameTokenizer/joinDomains(_:in:endings:asciiCountryPairs:)`` found it.
struct DomainName {
    /// The byte offset where the outlet's name ends, at the first period.
    var nameEnd: Int
    /// Where a country's ending starts (`uz` in `Gazeta.uz`), which is part of the outlet's key; nil
    /// for a generic ending (`io` in `Meduza.io`), which is not: the word is known by its name alone.
    var countryEndingStart: Int?
}
