extension NameClusterer {
    /// At most this many readings of one spelling are tried; a name rarely has more than three of
    /// the letters.
    static let mostLetterReadings = 32

    /// Joins a name written with a letter of letter-readings.txt (Kyrgyz ө, Azerbaijani ə) to the
    /// one other entity of the batch that the name gives when the letter is read as the Russian
    /// form writes it: Ысык-Көл and Ysyk-Köl join Иссык-Куль, Tölökan Ismailova joins Tolekan
    /// Ismailova, Elmar Məmmədyarov joins Elmar Mamedyarov. Readings that give two entities join
    /// nothing. Runs before the other spelling joins, so a reading meets each entity's own key.
    ///
    /// A row whose spellings have different numbers of words (Karakol, Kara-Kol; Karakul, Kara-Kul)
    /// may already hold two places that only a hyphen tells apart: it is not joined by a reading, on
    /// either side (``mayHoldTwoPlaces(_:hasLetter:)``).
    ///
    /// A Latin s where Russian hears з (``withLocalLetters(_:voicedS:)``: Almasbek, Rosa, Ramsan)
    /// is read as z the same way, in a word that shows no spelling style (a German word's s is
    /// the ambiguous one its key already marks).
    ///
    /// Readings that give two entities are tried again once the others have joined: two of them
    /// may be one entity that another reading joined (Özgön reads as Uzgön and as Uzgen, which Uzgön
    /// joins).
    func joinLetterReadings(_ entityKeys: [String], table: NameVariantTable, index: [String: Int], sets: inout DisjointSets) {
        let readings = rules.letterReadings
        guard !readings.isEmpty else { return }
        func hasNationalLetter(_ text: String) -> Bool {
            text.utf8.contains { $0 >= 0x80 || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "`") }
                && Self.withLocalLetters(text.lowercased()).contains { readings[$0] != nil }
        }
        func hasLetter(_ text: String) -> Bool {
            hasNationalLetter(text)
                || (text.utf8.contains(UInt8(ascii: "s")) && Self.withLocalLetters(text.lowercased(), voicedS: true).contains(Self.voicedS))
        }
        var pending: [(position: Int, targets: Set<Int>)] = []
        for (position, key) in entityKeys.enumerated() where !Self.isInitialForm(key) {
            let surfaces = table.entities[key]!.surfaces.dictionary.keys.sorted()
            let withLetter = surfaces.filter(hasLetter)
            guard !withLetter.isEmpty, !Self.mayHoldTwoPlaces(surfaces, hasLetter: hasNationalLetter) else { continue }
            var targets = Set<Int>()
            for surface in withLetter {
                let words = surface.split(separator: " ")
                let plain = words.map { keys.key(of: $0) }
                // A word keyed in a spelling style is read in it (Toshxoʻjayev: its Uzbek x is х).
                let styles = words.map { NameText.isLatin(String($0)) ? keys.style(of: $0.lowercased()) : nil }
                let local = zip(words, styles).map { word, style in Self.withLocalLetters(word.lowercased(), voicedS: style == nil) }
                for read in Self.letterReadings(local, readings: readings).dropFirst() {
                    let readKeys = zip(read, styles).map { word, style in
                        let word = Self.withoutVoicedS(word)
                        return style.map { keys.key(of: word, style: $0) } ?? keys.key(of: Substring(word))
                    }
                    for reading in readingKeys(key, plain: plain, read: readKeys) {
                        if let other = index[reading], other != position, !Self.isInitialForm(entityKeys[other]),
                            !Self.mayHoldTwoPlaces(table.entities[entityKeys[other]]!.surfaces.dictionary.keys.sorted(), hasLetter: { _ in false })
                        {
                            targets.insert(other)
                        }
                    }
                }
            }
            if !targets.isEmpty { pending.append((position, targets)) }
        }
        // Each round joins the rows whose readings give one entity; a round that joins none ends.
        while !pending.isEmpty {
            var joins: [(Int, Int)] = []
            var left: [(position: Int, targets: Set<Int>)] = []
            for row in pending {
                let roots = Set(row.targets.map { sets.find($0) })
                if roots.count == 1, let root = roots.first { joins.append((row.position, root)) } else { left.append(row) }
            }
            guard !joins.isEmpty else { break }
            for (position, root) in joins { sets.union(position, root) }
            pending = left
        }
    }

    /// Whether a row's spellings may hold two places that only a hyphen tells apart (Karakol, Kara-Kol):
    /// its spellings in Cyrillic, where a place's hyphen is fixed, have different numbers of words;
    /// or, when it has none in Cyrillic, its spellings without a letter of the readings do (a Latin
    /// writer may join a hyphenated name: Issykkul beside Issyk-Kul, Иссык-Куль).
    static func mayHoldTwoPlaces(_ surfaces: [String], hasLetter: (String) -> Bool) -> Bool {
        let cyrillic = surfaces.filter { !NameText.isLatin($0) }
        let deciding = cyrillic.isEmpty ? surfaces.filter { !hasLetter($0) } : cyrillic
        guard let first = deciding.first.map(wordCount) else { return false }
        return deciding.dropFirst().contains { wordCount($0) != first }
    }

    /// The words with every letter of `readings` read each way it can be, the words as written
    /// first; at most ``mostLetterReadings`` of them.
    static func letterReadings(_ words: [String], readings: [Character: [String]]) -> [[String]] {
        var results: [[String]] = [[]]
        for word in words {
            var spellings = [""]
            for character in word {
                let options = [String(character)] + (readings[character] ?? [])
                spellings = spellings.flatMap { prefix in options.map { prefix + $0 } }
                if spellings.count > mostLetterReadings { spellings = Array(spellings.prefix(mostLetterReadings)) }
            }
            results = results.flatMap { prefix in spellings.map { prefix + [$0] } }
            if results.count > mostLetterReadings { results = Array(results.prefix(mostLetterReadings)) }
        }
        return results
    }

    /// The marks Uzbek Latin writes after o for ў (oʻ, and the apostrophes and backtick that stand in
    /// for it).
    static let uzbekOMarks: Set<Character> = ["ʻ", "ʼ", "’", "‘", "'", "`"]

    /// The lower-case `lower` with the Uzbek Latin oʻ (o', o’) written as the Cyrillic ў it stands for,
    /// so that one reading of the letter serves both scripts (Xoʻjayev, Хўжаев; Ходжаев). The key
    /// reads ў and oʻ alike, so a word read as written keeps its key.
    ///
    /// With `voicedS`, a single Latin s where Russian hears з is written ``voicedS``: between vowels
    /// (Rosa, Roza), after l, m, n, r or j before a vowel (Ramsan, Rasulsoda, Fajsulla), or after a
    /// vowel before b, d or g (Almasbek). A doubled s, an s by a voiceless consonant (Gasprom) and
    /// one opening a word (Sima, Zima) stay s.
    static func withLocalLetters(_ lower: String, voicedS: Bool = false) -> String {
        let marksO = lower.contains(where: { uzbekOMarks.contains($0) })
        guard marksO || (voicedS && lower.utf8.contains(UInt8(ascii: "s"))) else { return lower }
        var result = ""
        var previousO = false
        let characters = Array(lower)
        for (i, character) in characters.enumerated() {
            if previousO && uzbekOMarks.contains(character) {
                result.removeLast()
                result.append("ў")
                previousO = false
                continue
            }
            if voicedS && character == "s" && i > 0 && i + 1 < characters.count {
                let (before, after) = (characters[i - 1], characters[i + 1])
                if (vowels.contains(before) || "lmnrj".contains(before)) && vowels.contains(after)
                    || vowels.contains(before) && "bdg".contains(after)
                {
                    result.append(Self.voicedS)
                    previousO = false
                    continue
                }
            }
            result.append(character)
            previousO = character == "o"
        }
        return result
    }

    /// The letter that stands for a Latin s Russian may hear as з (``withLocalLetters(_:voicedS:)``);
    /// letter-readings.txt reads it as z, and as written it is s again.
    static let voicedS: Character = "ſ"

    /// The Latin vowels around a voiced s.
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "ä", "ö", "ü", "é", "è", "ë", "ï", "á", "ó", "ú", "í", "ı"]

    /// `word` with ``voicedS`` written as the s it was.
    static func withoutVoicedS(_ word: String) -> String {
        word.contains(voicedS) ? String(word.map { $0 == voicedS ? "s" : $0 }) : word
    }

    /// The number of words of a spelling, a hyphen dividing words as a space does.
    static func wordCount(_ surface: String) -> Int {
        surface.split(whereSeparator: { $0 == " " || $0.unicodeScalars.allSatisfy(NameText.isHyphen) }).count
    }
}
