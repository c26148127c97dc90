/// A cookie consent in a language the lexicon has no entry for, told by the web's own word.
///
/// The lexicon knows a consent banner by its wording (`we use cookies`, `utilizamos cookies`), a
/// phrase per language. A site in Japanese, Chinese, Khmer, Amharic or Hindi writes its banner in
/// its own script and names the technology in Latin letters (`このサイトではCookieを使用しています。`,
/// `本網站使用Cookie以…`, `…ប្រើខូគី (cookies) …`), with its button of one or two words right under it
/// (`同意する`, `我知道了`). Taken for the story's lead, the banner moved the title to a line of the
/// page's head (a ticker, the weather) and the headline and byline block into the body. A story
/// written in such a script that names cookies is about them, and no button of a word or two sits
/// under its sentence: the banner needs its button, and both go.
extension BoilerplateClassifier {
    /// Gives a consent banner in a non-Latin script and its button the lexicon's consent category,
    /// before the zones are drawn, so that the banner is no lead.
    func markConsentBanners(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>) {
        guard let cookiesCategory else { return }
        for index in lines.indices where lines[index].terminal && lines[index].lexiconScore < 0.5 && !lines[index].protected
            && lines[index].words <= Self.consentBannerWords {
            let text = lines[index].trimmedText(in: bytes)
            guard let first = text.first, first >= 0x80, Self.namesCookies(text),
                  let button = nextNonBlank(lines, after: index) else { continue }
            let buttonLine = lines[button]
            guard buttonLine.words <= 2, !buttonLine.terminal, buttonLine.numericWords == 0, buttonLine.lexiconScore < 0.5,
                  !buttonLine.protected, buttonLine.end - buttonLine.start <= Self.consentButtonBytes else { continue }
            for member in [index, button] {
                lines[member].lexiconCategory = cookiesCategory
                lines[member].lexiconScore = 1.0
            }
        }
    }

    /// The most words of a consent banner's line (a Chinese or Japanese one is counted by its letters).
    static let consentBannerWords = 40
    /// The longest button under a banner, in bytes: four letters of a script of three bytes a letter
    /// (`我知道了`), or a short word of a spaced script.
    static let consentButtonBytes = 24

    /// Whether `text` holds `cookie` in Latin letters, any case, not inside a longer Latin word.
    static func namesCookies(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = cookieWord
        guard text.count >= word.count else { return false }
        var index = 0
        while index + word.count <= text.count {
            defer { index += 1 }
            guard text[index] | 0x20 == word[0], (0..<word.count).allSatisfy({ text[index + $0] | 0x20 == word[$0] }) else { continue }
            let before = index == 0 ? 0x20 : text[index - 1]
            if before < 0x80 && isAlnum(before | 0x20) { continue }
            return true
        }
        return false
    }

    private static let cookieWord = Array("cookie".utf8)
}
