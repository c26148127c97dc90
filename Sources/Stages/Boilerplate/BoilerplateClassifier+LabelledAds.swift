import Glibc

/// An ad printed on one line with its own label before it.
///
/// A page prints a sponsor's teaser inside the story on one line, its label first: before a colon
/// (`Sponsored: Sea-view flats from $90,000 – book a viewing`), before a spaced bar (`Promoted |
/// …`) or middle dot (`Patrocinado · …`, `РЕКЛАМА · …`) or in square brackets (`[AD] …`),
/// whatever the language of the teaser. The lexicon knows the label alone on its line
/// (`= sponsored`, `= ad`, `= реклама`, `= 광고`), but read whole the line matches no entry, and a
/// label in lower case is no teaser's label in capitals (``teaserLabel(_:)``). So the label is read alone, as each half of a line in two languages is
/// (``bilingualHalvesLexicon(_:normalizer:scratch:)``), and only the advertisement's reading
/// counts: a story's line opening on a label of another kind (`Update: …`, `Photo: …`) is left to
/// the rules that know it.
extension BoilerplateClassifier {
    /// The most words a labelled ad may have: its label and a teaser's sentence or two.
    static let labelledAdWords = 30

    /// The lexicon's advertisement reading of `label`, the label that opens a line (``adLabel(_:)``),
    /// or `nil` when it reads as anything else. Runs `normalizer` on the label: call it once the
    /// line's own normalized text is saved.
    func labelledAdLexicon(_ label: UnsafeBufferPointer<UInt8>, normalizer: LineNormalizer,
                           scratch: inout Scratch) -> (category: Int, score: Double)? {
        guard let advertisement = advertisementCategory else { return nil }
        normalizer.run(label)
        guard normalizer.wordCount > 0 else { return nil }
        let reading = lexiconReading(normalizer, phraseStarts: lexicon.classify(normalizer), scratch: &scratch)
        guard !reading.protected, let best = reading.best, best.category == advertisement else { return nil }
        return best
    }

    /// Where the label that opens `raw` lies: one to three words before `: `, ` | ` or ` · ` within the
    /// first 40 bytes, or inside square brackets opening the line, with three words or more after
    /// it. Bytes only, and it stops at the third space: the gate before the lexicon reads a label.
    static func adLabel(_ raw: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard raw.count >= 8 else { return nil }
        var end: Int?
        var rest = 0
        if raw[0] == UInt8(ascii: "[") {
            guard let close = (1..<min(raw.count, 24)).first(where: { raw[$0] == UInt8(ascii: "]") }),
                  close + 1 < raw.count, raw[close + 1] == 0x20 else { return nil }
            end = close
            rest = close + 2
        } else {
            // A label closes on a colon, a spaced bar or a middle dot: a line with none among its
            // first bytes (most lines) is left by three `memchr`s, not walked byte by byte.
            let window = min(raw.count - 2, 40) - 1
            guard memchr(raw.baseAddress! + 1, 0x3A, window) != nil || memchr(raw.baseAddress! + 1, 0x7C, window) != nil
                    || memchr(raw.baseAddress! + 1, 0xB7, window) != nil else { return nil }
            var spaces = 0
            for index in 1..<min(raw.count - 2, 40) {
                let byte = raw[index]
                if byte == UInt8(ascii: ":") && raw[index + 1] == 0x20 { end = index; rest = index + 2; break }
                if byte == UInt8(ascii: "|") && raw[index - 1] == 0x20 && raw[index + 1] == 0x20 { end = index - 1; rest = index + 2; break }
                // A spaced middle dot (C2 B7) parts the label as a bar does (`Patrocinado · …`).
                if byte == 0xC2 && raw[index + 1] == 0xB7 && raw[index - 1] == 0x20 && index + 2 < raw.count && raw[index + 2] == 0x20 {
                    end = index - 1; rest = index + 3; break
                }
                if byte == 0x20 { spaces += 1; if spaces > 2 { return nil } }
            }
        }
        guard let end, end > (raw[0] == UInt8(ascii: "[") ? 1 : 0),
              raw[rest...].count(where: { $0 == 0x20 }) >= 2 else { return nil }
        return (raw[0] == UInt8(ascii: "[") ? 1 : 0)..<end
    }
}
