/// A messenger channel's pitch, wherever it sits in the story, and the button under it.
///
/// Sites ask their readers to follow them on a messenger or a news app between two paragraphs as
/// often as under the story (`Recibe las noticias más importantes de la región en tu WhatsApp`,
/// `Tham gia kênh Zalo của Tin Sông Hàn`, `Get the latest news on our WhatsApp channel`), with a
/// button under it (`Únete al canal`, `Join now`). The pitch is the site's sentence, in any
/// wording, and reads as prose; what gives it away is that it names the messenger (or Google's
/// news app) and speaks as the site: it names the outlet, or a call opens it. A second person or
/// `our` alone is no pitch: a story may ask its readers to write in (`If you use the route, you can
/// send your experience to us on WhatsApp for our follow-up report.`). A story's sentence that
/// names a messenger reports (`the ministry said on its Telegram channel`) or quotes.
///
/// In a language whose calls the lexicon does not know (`Ku biir kanaalkayaga Telegram …`,
/// `Sumate a nuestro canal de WhatsApp …`), the pitch is told by its shape and place instead: a
/// line of eight words or more in the story's body that names a messenger and ends like no
/// sentence. The story's paragraphs end like sentences; its subheadings are shorter; its
/// standfirst, which may run as long with no full stop, sits in the head.
extension BoilerplateClassifier {
    /// Removes the kept lines that pitch a messenger channel as the site, and a short button right
    /// under each.
    func channelPitches(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>, normalized: [UInt8],
                        outlet: OutletContext) {
        for (position, index) in nonBlank.enumerated() {
            let line = lines[index]
            // A pitch another rule took matters only for the kept button right under it (four words
            // at most, see below): without one, its words are not read (a gate measured at 1% of the
            // stage's instructions once removed lines were read for a pitch's shape).
            if line.removed {
                guard line.words >= 5, position + 1 < nonBlank.count, !lines[nonBlank[position + 1]].removed,
                      lines[nonBlank[position + 1]].words <= 4 else { continue }
            }
            guard !line.storysOwn, line.reporting == 0, line.words >= 3, line.words <= 40,
                  line.imperativeOpening || namesOutlet(line, normalized: normalized, outlet: outlet)
                    || pitchesByShape(line, bytes: bytes),
                  namesChannel(line, normalized: normalized) || Self.namesLineMessenger(line.trimmedText(in: bytes)),
                  !Self.quotesBeyondName(line.trimmedText(in: bytes), outlet: outlet) else { continue }
            // A pitch the lexicon already knows (`entre no nosso canal`) still has its button under
            // it; a share button (`Share on WhatsApp`) is no pitch.
            guard line.removed ? line.words >= 5 : remove(&lines, index, rule: .channelPitch), position + 1 < nonBlank.count else { continue }
            // The pitch's button: a call of up to three words right under it (`Join now`, `Únete al
            // canal`, `Participar`), not the story's subheading after a pitch that has none.
            let button = lines[nonBlank[position + 1]]
            if !button.removed && (isCallButton(button) || Self.echoesPitch(button, pitch: line, bytes: bytes)) {
                _ = remove(&lines, nonBlank[position + 1], rule: .channelPitch)
            }
        }
    }

    /// Whether a line of two or three words is the pitch's button in a language whose calls the
    /// lexicon does not know: each of its words opens a word of the pitch, as a button repeats the
    /// pitch's own words without their endings (`채널 추가` under `… 카카오톡 채널을 추가하고 …`).
    /// A subheading after the pitch brings a word of its own.
    static func echoesPitch(_ button: LineFeatures, pitch: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !button.storysOwn, !button.terminal, button.words >= 2, button.words <= 3 else { return false }
        let pitchText = Array(pitch.trimmedText(in: bytes))
        let words = button.trimmedText(in: bytes).split(separator: UInt8(ascii: " "))
        guard words.count >= 2, words.count <= 3 else { return false }
        return words.allSatisfy { word in
            // Two letters at least: a word of one letter opens too many.
            word.count >= 4 && String(decoding: word, as: UTF8.self).count >= 2 && opensWord(Array(word), of: pitchText)
        }
    }

    private static func opensWord(_ word: [UInt8], of text: [UInt8]) -> Bool {
        guard word.count <= text.count else { return false }
        for start in 0...(text.count - word.count) where start == 0 || text[start - 1] == UInt8(ascii: " ") {
            if text[start..<(start + word.count)].elementsEqual(word) { return true }
        }
        return false
    }

    /// Eight words' length in a script that runs its words together and spaces its phrases (Khmer,
    /// Thai, Lao, Burmese): forty letters of three bytes, where the normalizer counts three or four
    /// words (`ចូលរួមឆានែល Telegram របស់យើង …`).
    static let pitchPhraseBytes = 120

    /// Whether a line that names a messenger is shaped as a pitch where it sits, when no call
    /// opens it and it names no outlet: in the story's body, eight words or more that end like no
    /// sentence or on a cheer's `!` (`Abonați-vă la canalul nostru de Telegram ca să aflați
    /// primii știrile!`: the story's paragraphs end on a full stop, and exclaim only inside a
    /// quotation, which the rule leaves); under the story's last paragraph, where no story line
    /// follows, three words or more with no full stop (`Жаңалықтарды Telegram-арнамыздан оқыңыз`,
    /// in a language whose calls close the line).
    private func pitchesByShape(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch line.zone {
        case .body: (line.words >= 8 || line.spacedByPhrase && line.trimmedEnd - line.trimmedStart >= Self.pitchPhraseBytes)
            && (!line.terminal || line.trimmedText(in: bytes).last == UInt8(ascii: "!"))
        case .tail: !line.fullStop
        case .head: false
        }
    }

    /// Whether `text` holds a quotation mark (``containsQuotationMark(_:)``) outside a quotation
    /// that is the outlet's own name: a site writes its name in quotes or angled marks
    /// (`«Samarqand tongi» Telegram’da`, `Следвайте "Вечерен вестник" в Telegram`), which is no
    /// one speaking. Only a line that holds a mark is split, so the other lines pay one scan.
    static func quotesBeyondName(_ text: UnsafeBufferPointer<UInt8>, outlet: OutletContext) -> Bool {
        guard containsQuotationMark(text) else { return false }
        guard !outlet.squeezedName.isEmpty || !outlet.squeezedAlias.isEmpty else { return true }
        var outside = ""
        var quoted: String?
        for character in String(decoding: text, as: UTF8.self) {
            if let inside = quoted {
                if closingQuotes.contains(character) {
                    // The outlet's name drops out with its marks; any other quotation stays whole.
                    let squeezed = BoilerplateStripper.squeezedName(inside)
                    if !outlet.eitherName({ $0 == squeezed }) { outside += "\"\(inside)\"" }
                    quoted = nil
                } else {
                    quoted = inside + String(character)
                }
            } else if openingQuotes.contains(character) {
                quoted = ""
            } else {
                outside.append(character)
            }
        }
        if let inside = quoted { outside += "\"" + inside }
        return Array(outside.utf8).withUnsafeBufferPointer { containsQuotationMark($0) }
    }

    private static let openingQuotes: Set<Character> = ["\"", "«", "“", "„"]
    private static let closingQuotes: Set<Character> = ["\"", "»", "”", "“"]

    /// Whether the line names a messenger (`channels` word list) or Google's news app (`Google`
    /// before a word of the `news-apps` list: `Google News`, `Google Notícias`).
    func namesChannel(_ line: LineFeatures, normalized: [UInt8]) -> Bool {
        guard !line.normalizedRange.isEmpty else { return false }
        var wordStart = line.normalizedRange.lowerBound
        var afterGoogle = false
        for index in line.normalizedRange.lowerBound...line.normalizedRange.upperBound
        where index == line.normalizedRange.upperBound || normalized[index] == 0x20 {
            if index > wordStart {
                let hash = WordHasher.hash(normalized[wordStart..<index])
                if lexicon.isChannelWord(hash) || afterGoogle && lexicon.isNewsAppWord(hash) { return true }
                afterGoogle = hash == Self.googleHash
            }
            wordStart = index + 1
        }
        return false
    }

    private static let googleHash = WordHasher.hash("google".utf8)

    /// Whether a line in a script other than Latin names the LINE messenger: its users write it in
    /// capitals, glued to the words of a script with no spaces (`加入港都日報LINE官方帳號`,
    /// `LINE公式アカウント`) or beside them (`แอด LINE ของเรา`), where the word list cannot hold
    /// it, as English's `line` is no messenger. A line with a lower-case Latin letter, or with
    /// more ASCII than other bytes, is no such line (`CROSSING THE LINE`), so a headline in
    /// capitals stays.
    static func namesLineMessenger(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 4 else { return false }
        var ascii = 0
        var found = false
        for index in text.indices {
            let byte = text[index]
            guard byte < 0x80 else { continue }
            ascii += 1
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return false }
            if byte == UInt8(ascii: "L"), index + 4 <= text.count, text[index + 1] == UInt8(ascii: "I"),
               text[index + 2] == UInt8(ascii: "N"), text[index + 3] == UInt8(ascii: "E"),
               index == 0 || !isASCIILetter(text[index - 1]), index + 4 == text.count || !isASCIILetter(text[index + 4]) {
                found = true
            }
        }
        return found && ascii * 2 < text.count
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")
    }
}
