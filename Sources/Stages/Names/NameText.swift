/// Character classes the name detector and key maker agree on.
enum NameText {
    /// Hyphens that join the parts of one name word (`Ala-Too`).
    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2010, 0x2011: return true
        default: return false
        }
    }

    /// Apostrophes inside a word: English possessives, soft signs (`Ignat'ev`), Uzbek `o'` and `g'`.
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x60, 0x2018, 0x2019, 0x02BC, 0x02BB, 0x02B9: return true
        default: return false
        }
    }

    /// Whether `scalar` is part of a word: a letter, a combining mark or a digit.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        if isApostrophe(scalar) { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .decimalNumber
    }

    /// Whether `scalar` is an upper- or title-case letter.
    @inline(__always)
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    /// Whether `scalar` is a lower-case letter.
    @inline(__always)
    static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return scalar.properties.isLowercase
    }

    /// Whether `text` is written in Latin letters only (ASCII or Latin with diacritics), as the
    /// canonical display form must be.
    static func isLatin(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            if scalar.properties.isAlphabetic && !(scalar.value <= 0x024F || (scalar.value >= 0x1E00 && scalar.value <= 0x1EFF)) {
                return false
            }
        }
        return true
    }

    /// How many letters an acronym has (`SBU`, `NMMC`, `ГКНБ`): fewer or more are too easily
    /// another name's. One range for the detector (`Kazakh KNB`), the acronyms written alone and
    /// the acronyms a full name's initials make, so that they meet.
    static let acronymLengths = 3...6

    /// Whether `text` has at least two letters and no lower-case one (`AFP`, `BISHKEK`).
    static func isAllCaps(_ text: some StringProtocol) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            if isLower(scalar) { return false }
            if isUpper(scalar) { letters += 1 }
        }
        return letters >= 2
    }

    /// Whether the bytes `text` hold the bytes `pattern` anywhere (an empty pattern is everywhere):
    /// the byte search of the hot paths (``SpellingMarker``, ``RespellingKeys``), where a string
    /// search would compare characters.
    static func contains<Text: RandomAccessCollection<UInt8>>(_ text: Text, bytes pattern: [UInt8]) -> Bool where Text.Index == Int {
        guard let first = pattern.first else { return true }
        guard pattern.count <= text.count else { return false }
        for start in text.startIndex...(text.endIndex - pattern.count) where text[start] == first {
            if text[start..<start + pattern.count].elementsEqual(pattern) { return true }
        }
        return false
    }
}
