/// A prompt that opens on a pictograph, alone among the story's lines.
///
/// A site's prompts inside or after the story carry an icon, and once the page is text the icon
/// is a pictograph opening the line (`📲 Receba as notícias … no seu WhatsApp`, `🔔 … Telegram
/// kanalimiz: @…`, `🎧 Ouça o podcast …`, `📸 Siga … no Instagram`). The prompt's words are the
/// site's own, in any language, so no lexicon entry knows them, and it reads as prose; the icon
/// is what the page's template adds. A story's line does not open on a pictograph, except in a list
/// of its own marked with them (a summary's bullets), whose items come in a row: a pictograph's
/// line goes when neither of its kept neighbours opens on one. Only the pictographs proper
/// (U+1F300 and up): the dingbats (`✅`, `★★★★☆` over a review) and the enclosed letters and flags
/// below them are a story's marks as well. Counts under an icon (`👁 2 306`, `👍 412`) have no
/// two words of their own: they go by `pictographCounts`, an icon and figures and nothing else,
/// which a story never prints (a reactions row, a view or comment counter).
extension BoilerplateClassifier {
    /// Removes the kept lines that are an icon and a count only (`👍 24`, `❤️ 3`, `👁 1 234`), the
    /// heart of the reactions row among them (U+2764, a dingbat, with a figure after it), and the
    /// rows of several such counts (`♥ 312  ↻ 87  💬 24`, `👍 140 · 💬 22 · ↗ 31`) or amounts
    /// (`₦1,000   ₦5,000   ₦10,000`, a donation's choices) that open on any symbol: figures and
    /// symbols with no word at all are a widget's, in every language.
    func pictographCounts(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        for index in nonBlank where lines[index].words >= 1 && lines[index].words <= 8 && lines[index].numericWords == lines[index].words
            && !lines[index].removed && (lines[index].words <= 2 && (Self.opensOnPictograph(lines[index], bytes: bytes) || Self.opensOnHeart(lines[index], bytes: bytes))
                                         || Self.isSymbolRow(lines[index], bytes: bytes)) {
            _ = remove(&lines, index, rule: .pictographPrompt)
        }
    }

    /// Whether the line is figures between symbols only, two figures at least, opening on a symbol
    /// (a pictograph, an arrow, a heart, a currency's sign): a reactions row or a row of amounts.
    /// Its words are all figures already (the caller's test), so only its first scalar is read.
    static func isSymbolRow(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.words >= 2, line.numericWords == line.words, line.trimmedEnd > line.trimmedStart else { return false }
        let lead = bytes[line.trimmedStart]
        // An ASCII sign (`$5   $10   $25`) is read as it is; the rest are decoded.
        guard let first = lead < 0x80 ? Unicode.Scalar(lead) : LineNormalizer.multiByteScalar(bytes, at: line.trimmedStart)?.scalar else { return false }
        switch first.properties.generalCategory {
        case .otherSymbol, .mathSymbol, .currencySymbol: return true
        default: return false
        }
    }

    /// Whether the line opens on a heavy black heart, U+2764 (UTF-8 `E2 9D A4`).
    private static func opensOnHeart(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        line.trimmedEnd - line.trimmedStart >= 3 && bytes[line.trimmedStart] == 0xE2
            && bytes[line.trimmedStart + 1] == 0x9D && bytes[line.trimmedStart + 2] == 0xA4
    }

    /// Removes the kept lines that open on a pictograph, alone.
    func pictographPrompts(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        // Fields read through the array, not from a copy of the line (some 250 bytes): nearly
        // every line fails the first test.
        for (position, index) in nonBlank.enumerated()
        where Self.opensOnPictograph(lines[index], bytes: bytes) && !lines[index].removed && lines[index].words - lines[index].numericWords >= 2 {
            let before = position > 0 && !lines[nonBlank[position - 1]].removed && Self.opensOnPictograph(lines[nonBlank[position - 1]], bytes: bytes)
            let after = position + 1 < nonBlank.count && !lines[nonBlank[position + 1]].removed
                && Self.opensOnPictograph(lines[nonBlank[position + 1]], bytes: bytes)
            if !before && !after { _ = remove(&lines, index, rule: .pictographPrompt) }
        }
    }

    /// Whether the line's first character is a pictograph of U+1F300 or above (UTF-8 `F0 9F 8C` on).
    @inline(__always)
    private static func opensOnPictograph(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        line.trimmedEnd - line.trimmedStart >= 4 && bytes[line.trimmedStart] == 0xF0
            && bytes[line.trimmedStart + 1] == 0x9F && bytes[line.trimmedStart + 2] >= 0x8C
    }
}
