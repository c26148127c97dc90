/// An ad between the story's paragraphs, told by its three lines' shape under a label no lexicon
/// knows.
///
/// An ad's label goes by the lexicon in the languages it covers (`Advertisement`, `Реклама`), and
/// the ad under it by `markAdCreatives`; in any other language (`ÌPOLÓWÓ`, `FAASALALAUGA`,
/// `መወዓውዒ`) the label, the ad and its button read as a subheading and two short lines, and the
/// story's sentences on both sides anchor them. The block's shape is the same in every language:
/// a label of one or two words in capitals (or in a script without case), the brand and its offer
/// after a colon (`Glo Jumbo: 15GB fún ₦3,500 ní ọjọ́ 30`, `Omrin: jo âld papier …? Sjoch de
/// kalinder`), and a button of one to three words (four as the words are split at a combining mark, `Ejogua
/// ko'ág̃a`), none of the three closed like a sentence, with
/// a sentence of the story closing right above the label. A story's subheading is one line, in
/// sentence case as a rule, and a list the story announces has a lead closing on a colon above it.
extension BoilerplateClassifier {
    /// Removes a label in capitals, the brand's offer after a colon and a short button under it.
    func adBlocksByShape(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        guard nonBlank.count >= 4 else { return }
        for position in 1..<(nonBlank.count - 2) {
            let label = lines[nonBlank[position]]
            // The cheap tests first: a line of one or two words with no sentence end is rare.
            guard label.words >= 1, label.words <= 2, label.numericWords == 0, !label.terminal, !label.storysOwn else { continue }
            let above = lines[nonBlank[position - 1]], offer = lines[nonBlank[position + 1]], button = lines[nonBlank[position + 2]]
            guard !above.removed, above.terminal, above.words >= 6, !offer.removed, !button.removed,
                  offer.words >= 3, offer.words <= 30, !offer.terminal, !offer.storysOwn, offer.reporting == 0,
                  button.words >= 1, button.words <= 4, !button.terminal, !button.storysOwn, button.reporting == 0,
                  !endsWithColon(button, bytes: bytes),
                  label.uncased || Self.inCapitals(label.trimmedText(in: bytes)),
                  Self.opensWithBrandColon(offer.trimmedText(in: bytes)),
                  !Self.containsQuotationMark(offer.trimmedText(in: bytes)) else { continue }
            for step in 0...2 { _ = remove(&lines, nonBlank[position + step], rule: .adBlockShape) }
        }
    }

    /// Whether the text has a capital and no lowercase letter (`ÌPOLÓWÓ`, `MARANDU JEPORU`).
    static func inCapitals(_ raw: UnsafeBufferPointer<UInt8>) -> Bool { (lettersWithoutLowercase(raw)?.capitals ?? 0) > 0 }

    /// The letters (combining marks not counted) and the capitals among them of a text with no
    /// lowercase letter: a label in capitals or in a script without case. `nil` when a letter is
    /// lowercase. One reading for the ad's label (``inCapitals(_:)``) and a teaser's
    /// (``teaserLabel(_:)``).
    static func lettersWithoutLowercase(_ raw: UnsafeBufferPointer<UInt8>) -> (letters: Int, capitals: Int)? {
        var index = 0, letters = 0, capitals = 0
        while index < raw.count {
            let byte = raw[index]
            if byte < 0x80 {
                if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return nil }
                if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { letters += 1; capitals += 1 }
                index += 1
                continue
            }
            guard let (scalar, length) = LineNormalizer.multiByteScalar(raw, at: index) else { index += 1; continue }
            let properties = scalar.properties
            if properties.isLowercase { return nil }
            if properties.isUppercase { capitals += 1 }
            if properties.isAlphabetic && properties.generalCategory != .nonspacingMark { letters += 1 }
            index += length
        }
        return (letters, capitals)
    }

    /// Whether a colon closes the text's first one to three words, with the offer after it: a
    /// brand's name before its pitch (`Tigo: 25GB …`, `ኢትዮ ቴሌኮም: 10GB …`).
    static func opensWithBrandColon(_ raw: UnsafeBufferPointer<UInt8>) -> Bool { openingColon(raw, spaces: 2) != nil }

    /// Where the colon stands that closes the text's first words (at most `limit` spaces before
    /// it), with a space and more text after it; `nil` when there is none.
    static func openingColon(_ raw: UnsafeBufferPointer<UInt8>, spaces limit: Int) -> Int? {
        var spaces = 0
        for index in 0..<raw.count {
            switch raw[index] {
            case UInt8(ascii: " "):
                spaces += 1
                if spaces > limit { return nil }
            case UInt8(ascii: ":"):
                return index > 0 && index + 2 < raw.count && raw[index + 1] == UInt8(ascii: " ") ? index : nil
            default: continue
            }
        }
        return nil
    }
}
