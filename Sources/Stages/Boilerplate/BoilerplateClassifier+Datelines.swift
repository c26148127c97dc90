/// A story's dateline set on a line of its own, between the headline's block and the lead.
///
/// Many outlets print the place a story was filed from above its first paragraph rather than
/// opening the paragraph with it: `PORT MORESBY`, `VIGO`, `Y FELINHELI`, `NAIROBI`, or, in a script
/// without capitals, the one word `پېښور`, `અમદાવાદ`, `जुम्ला`. It is the story's line, yet it has
/// every mark of chrome: it is short, it repeats across the outlet's pages (an outlet datelines
/// most stories from its own city, and its menu lists the city too) and it sits among chrome (the
/// lead photo's caption and the share row above it). What tells it is its place, right above the
/// lead under the headline, and its shape: a place's name in capitals, one to three words, or one
/// word of a script without case, where a reporter's name alone (a byline) has two words or more.
/// A button or network's name in that place (`X`, `VK`, `A A A`) is too short to be a place, and a
/// share row's messenger in the page's script (`واتس‌اپ`) is one the word list names; an ad's
/// label there (`ADVERTISEMENT`, `IKLAN`) is one the lexicon knows; and a dateline is written in
/// the lead's script, so a share row's `LINE` in Latin capitals over a Chinese lead is no place.
extension BoilerplateClassifier {
    /// The least letters of a dateline's place: `VK`, `X` and a font-size row `A A A` are shorter.
    static let datelineLetters = 4

    /// Whether `line` has a dateline's shape over the `lead` (see the type's note); its place is
    /// the caller's to judge. Asked of one line per page, the one right above the lead.
    func isDatelineShape(_ line: LineFeatures, over lead: LineFeatures, bytes: UnsafeBufferPointer<UInt8>, normalized: [UInt8]) -> Bool {
        guard !line.blank, line.words >= 1, line.words <= 3, line.numericWords == 0, !line.terminal, line.lexiconScore == 0,
              !line.protected, !line.byline, !line.dateLike, line.separators == 0, line.urls == 0, line.handles == 0,
              line.hashtags == 0, !line.currency, !line.copyrightSign else { return false }
        let text = line.trimmedText(in: bytes)
        guard let letters = Self.lettersWithoutLowercase(text), letters.letters >= Self.datelineLetters else { return false }
        // A dateline carries no punctuation of its own but a hyphen or an apostrophe in the place's
        // name (`SAINT-DENIS`, `N'DJAMENA`); a colon or a parenthesis makes it a label.
        for byte in text where byte < 0x80 && byte != 0x20 && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "'") {
            if !(Self.isUpperASCII(byte) || Self.isDigit(byte)) { return false }
        }
        guard letters.capitals > 0 || line.words == 1 && line.uncased, !namesChannel(line, normalized: normalized) else { return false }
        return Self.opensCased(lead.trimmedText(in: bytes)) == (letters.capitals > 0)
    }

    /// Whether the first letter of `raw` is of a script with case (Latin, Cyrillic, Greek,
    /// Armenian); `nil` when it has no letter.
    static func opensCased(_ raw: UnsafeBufferPointer<UInt8>) -> Bool? {
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            if byte < 0x80 {
                if isUpperASCII(byte) || byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return true }
                index += 1
                continue
            }
            guard let (scalar, length) = LineNormalizer.multiByteScalar(raw, at: index) else { index += 1; continue }
            let properties = scalar.properties
            if properties.isAlphabetic { return properties.isUppercase || properties.isLowercase }
            index += length
        }
        return nil
    }
}
