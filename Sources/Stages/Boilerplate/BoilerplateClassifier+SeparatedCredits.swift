/// A photo's caption closed by its credit after a separator rather than a sentence's end, and the
/// credit a Chinese or Japanese caption closes on in full-width parentheses.
///
/// A template joins the caption and the credit it sets under the photo with a spaced bar or slash
/// (`Ribari na rivi u zoru | Foto: Marko Jurić`, `بازار وکیل در غروب / عکس: …`), or puts the credit
/// in parentheses after a caption with no full stop (`… (Photo: …)` in any script, a Khmer
/// `(រូបថត៖ …)` with its own colon). The label is a credit's word (`credits` in the word lists) and a
/// colon in the script's form (`:`, `：`, `៖`), the name after it one to six words with no
/// sentence's punctuation. A story's sentence does not end on a label and a name after a bar.
///
/// A caption in a script with no capitals closes on its credit after its own sentence's end as a
/// Latin one does (`… ছবি: সংগৃহীত` after the danda, `… ፎቶ: …` after the Ethiopic full stop,
/// `… تصویر: …` after the Urdu one, `… ඡායාරූපය: …` after a dot): there the label, a credit's word,
/// tells the credit, since no capital opens its name; or the credit is two credit's words and
/// no name (`… ফাইল চিত্র`, `… File photo`). The line then ends on no sentence's end: a story's
/// paragraph does.
///
/// Chinese and Japanese captions credit the photo in full-width parentheses at their end by a verb
/// of taking or giving it: `（記者王小明攝）`, `（市府提供）`, `（3日撮影）`, `（資料写真）`. A story's
/// paragraph closes on its full stop, and its parenthesis (`（中央社記者…電）`) names no photo.
extension BoilerplateClassifier {
    /// Whether `lowered` ends with a credit's label and a short name after a spaced bar or slash,
    /// or inside parentheses closing the line, or (on a line that ends on no sentence's end,
    /// `afterSentence`) after a sentence's end in any script, after a caption of eight characters
    /// or more.
    func endsWithSeparatedCredit(_ lowered: UnsafeBufferPointer<UInt8>, afterSentence: Bool = false) -> Bool {
        let count = lowered.count
        guard count >= 16 else { return false }
        let fullWidthClose = Self.endsWith(lowered, Self.fullWidthClose)
        let closesOnParenthesis = lowered[count - 1] == UInt8(ascii: ")") || fullWidthClose
        var start = max(1, Self.startOfLast(40, charactersOf: lowered))
        while start < count - 4 {
            defer { start += 1 }
            let byte = lowered[start]
            var label: Int
            var end = count
            if (byte == UInt8(ascii: "|") || byte == UInt8(ascii: "/")) && lowered[start - 1] == 0x20 && lowered[start + 1] == 0x20 {
                label = start + 2
            } else if byte == UInt8(ascii: "(") && closesOnParenthesis && !fullWidthClose {
                label = start + 1
                end = count - 1
            } else if byte == 0xEF && fullWidthClose && lowered[start + 1] == 0xBC && lowered[start + 2] == 0x88 {
                label = start + 3
                end = count - 3
            } else if afterSentence && byte == 0x20 && Self.sentenceEndsBefore(lowered, start) {
                label = start + 1
                if Self.startOfLast(8, charactersOf: UnsafeBufferPointer(rebasing: lowered[..<start])) > 0
                    && isBareCredit(UnsafeBufferPointer(rebasing: lowered[label...])) { return true }
            } else {
                continue
            }
            guard Self.startOfLast(8, charactersOf: UnsafeBufferPointer(rebasing: lowered[..<start])) > 0,
                  let colon = Self.labelColon(lowered, from: label, end: end) else { continue }
            guard lexicon.word(WordHasher.hash(lowered[label..<colon.at]), is: BoilerplateLexicon.WordClass.credit) else { continue }
            let name = lowered[(colon.at + colon.width)..<end]
            guard !name.contains(where: { Self.creditStops.contains($0) }),
                  (1...6).contains(name.split(separator: 0x20).count) else { continue }
            return true
        }
        return false
    }

    /// Whether a sentence's end closes `lowered` right before `index`: the scalar there is a
    /// sentence's end mark of any script (``BoilerplateClassifier/isSentenceEndMark(_:)``, the
    /// line's own test: `.`, the danda `।`, the Urdu `۔`, the Ethiopic `።`, …).
    private static func sentenceEndsBefore(_ lowered: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index >= 1 else { return false }
        if lowered[index - 1] < 0x80 { return isSentenceEndMark(UInt32(lowered[index - 1])) }
        var start = index - 1
        while start > 0 && index - start < 4 && lowered[start] & 0xC0 == 0x80 { start -= 1 }
        guard let scalar = String(decoding: UnsafeBufferPointer(rebasing: lowered[start..<index]), as: UTF8.self).unicodeScalars.first
        else { return false }
        return isSentenceEndMark(scalar.value)
    }

    /// Whether `tail` is a credit of two credit's words and no name (`file photo`, `ফাইল চিত্র`).
    private func isBareCredit(_ tail: UnsafeBufferPointer<UInt8>) -> Bool {
        let words = tail.split(separator: 0x20)
        return words.count == 2 && words.allSatisfy { lexicon.word(WordHasher.hash($0), is: BoilerplateLexicon.WordClass.credit) }
    }

    /// Where the colon closing a one-word label opens at `from` sits, and its width in bytes with
    /// the space after it: `:`, the full-width `：` and the Khmer `៖`.
    private static func labelColon(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> (at: Int, width: Int)? {
        var index = from
        while index < end && index - from <= 36 {
            let byte = bytes[index]
            if byte == 0x20 { return nil }
            var width = 0
            if byte == UInt8(ascii: ":") {
                width = 1
            } else if index + 2 < end && (bytes[index..<(index + 3)].elementsEqual(fullWidthColon) || bytes[index..<(index + 3)].elementsEqual(khmerColon)) {
                width = 3
            }
            if width > 0 {
                guard index > from else { return nil }
                if index + width < end && bytes[index + width] == 0x20 { width += 1 }
                return (index, width)
            }
            index += 1
        }
        return nil
    }

    /// Whether `raw` closes on a full-width parenthesis of at most sixteen characters whose text
    /// ends on a verb of taking or giving a photo, after a caption of six characters or more with
    /// at most one full stop of its own.
    static func endsWithHanPhotoCredit(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = raw.count
        guard count >= 24, endsWith(raw, fullWidthClose) else { return false }
        let body = UnsafeBufferPointer(rebasing: raw[..<(count - 3)])
        guard hanCreditVerbs.contains(where: { endsWith(body, $0) }) else { return false }
        let window = startOfLast(16, charactersOf: body)
        var open = body.count - 3
        while open >= window && !body[open..<(open + 3)].elementsEqual(fullWidthOpen) { open -= 1 }
        guard open >= window else { return false }
        let caption = UnsafeBufferPointer(rebasing: body[..<open])
        guard startOfLast(6, charactersOf: caption) > 0 else { return false }
        var fullStops = 0
        for index in 0..<max(0, caption.count - 2) where caption[index] == 0xE3 && caption[index + 1] == 0x80 && caption[index + 2] == 0x82 {
            fullStops += 1
        }
        return fullStops <= 1
    }

    private static func endsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        bytes.count >= suffix.count && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
    }

    /// The verbs a Chinese or Japanese photo credit ends on: taken (`攝`, `摄`, `撮影`, `拍攝`),
    /// given (`提供`), or the archive's photo (`資料写真`, `資料照片`).
    private static let hanCreditVerbs: [[UInt8]] = ["攝", "摄", "撮影", "提供", "写真", "照片"].map { Array($0.utf8) }
    private static let fullWidthOpen = Array("（".utf8)
    private static let fullWidthClose = Array("）".utf8)
    private static let fullWidthColon = Array("：".utf8)
    private static let khmerColon = Array("៖".utf8)
}
