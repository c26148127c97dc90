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
            guard !line.storysOwn, line.reporting == 0, line.words >= 3, line.words <= 40,
                  line.imperativeOpening || namesOutlet(line, normalized: normalized, outlet: outlet)
                    || !line.removed && line.zone == .body && !line.terminal && line.words >= 8,
                  namesChannel(line, normalized: normalized), !Self.containsQuotationMark(line.trimmedText(in: bytes)) else { continue }
            // A pitch the lexicon already knows (`entre no nosso canal`) still has its button under
            // it; a share button (`Share on WhatsApp`) is no pitch.
            guard line.removed ? line.words >= 5 : remove(&lines, index, rule: .channelPitch), position + 1 < nonBlank.count else { continue }
            // The pitch's button: a call of up to three words right under it (`Join now`, `Únete al
            // canal`, `Participar`), not the story's subheading after a pitch that has none.
            let button = lines[nonBlank[position + 1]]
            if !button.removed && isCallButton(button) {
                _ = remove(&lines, nonBlank[position + 1], rule: .channelPitch)
            }
        }
    }

    /// Whether the line names a messenger (`channels` word list) or Google's news app (`Google`
    /// before a word of the `news-apps` list: `Google News`, `Google Notícias`).
    private func namesChannel(_ line: LineFeatures, normalized: [UInt8]) -> Bool {
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
}
