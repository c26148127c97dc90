/// Chrome printed in two languages on one line, its halves joined by a slash.
///
/// A site of a bilingual country labels its chrome in both languages at once (`Nalunaarut /
/// Annonce`, `Aamma atuaruk / Læs også: …`, `Cookies / Cookiet`): one half is in a language the
/// lexicon knows, the other often in one it does not. Read whole, the line matches no entry: the
/// `=` entries want the whole line, the `^` entries its start. Each half read alone is the label it
/// is. So a short line that the lexicon did not know, with one ` / ` between spaces as its only
/// separator, takes the lexicon's reading of its better half. A story's line with a spaced slash
/// (`Ilulissat / Jakobshavn`, a place's two names) holds no chrome phrase in either half.
extension BoilerplateClassifier {
    /// The most words a line of two halves may have: two labels, or a label and a teaser's headline.
    static let bilingualHalvesWords = 20

    /// The lexicon's best category and score over the two halves of `raw` around its one ` / `
    /// (``lexiconReading(_:phraseStarts:scratch:long:signOff:pollKicker:)`` of each), or `nil` when
    /// neither half matches an entry or a half matches a protecting one. Runs `normalizer` on each
    /// half: call it once the line's own normalized text is saved.
    func bilingualHalvesLexicon(_ raw: UnsafeBufferPointer<UInt8>, normalizer: LineNormalizer,
                                scratch: inout Scratch) -> (category: Int, score: Double)? {
        guard raw.count >= 5,
              let slash = (1..<(raw.count - 1)).first(where: { raw[$0] == UInt8(ascii: "/") && raw[$0 - 1] == 0x20 && raw[$0 + 1] == 0x20 })
        else { return nil }
        let halves = [UnsafeBufferPointer(rebasing: raw[..<(slash - 1)]), UnsafeBufferPointer(rebasing: raw[(slash + 2)...])]
        var best: (category: Int, score: Double)?
        for half in halves where !half.isEmpty {
            normalizer.run(half)
            guard normalizer.wordCount > 0 else { continue }
            let reading = lexiconReading(normalizer, phraseStarts: lexicon.classify(normalizer), scratch: &scratch)
            if reading.protected { return nil }
            if let top = reading.best, top.score > (best?.score ?? 0) { best = top }
        }
        return best
    }
}
