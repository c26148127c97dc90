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
    /// A row whose spellings (without the letter) have different numbers of words (Karakol,
    /// Kara-Kol; Karakul, Kara-Kul) may already hold two places that only a hyphen tells apart: it
    /// is not joined by a reading, on either side.
    func joinLetterReadings(_ entityKeys: [String], table: NameVariantTable, index: [String: Int], sets: inout DisjointSets) {
        let readings = rules.letterReadings
        guard !readings.isEmpty else { return }
        func hasLetter(_ text: String) -> Bool {
            text.utf8.contains { $0 >= 0x80 || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "`") }
                && Self.withLocalLetters(text.lowercased()).contains { readings[$0] != nil }
        }
        var joins: [(Int, Int)] = []
        for (position, key) in entityKeys.enumerated() where !Self.isInitialForm(key) {
            let surfaces = table.entities[key]!.surfaces.dictionary.keys.sorted()
            let withLetter = surfaces.filter(hasLetter)
            guard !withLetter.isEmpty else { continue }
            guard Set(surfaces.filter { !hasLetter($0) }.map(Self.wordCount)).count <= 1 else { continue }
            var targets = Set<Int>()
            for surface in withLetter {
                let words = surface.split(separator: " ")
                let plain = words.map { keys.key(of: $0) }
                // A word keyed in a spelling style is read in it (Toshxoʻjayev: its Uzbek x is х).
                let styles = words.map { NameText.isLatin(String($0)) ? keys.style(of: $0.lowercased()) : nil }
                for read in Self.letterReadings(words.map { Self.withLocalLetters($0.lowercased()) }, readings: readings).dropFirst() {
                    let readKeys = zip(read, styles).map { word, style in
                        style.map { keys.key(of: word, style: $0) } ?? keys.key(of: Substring(word))
                    }
                    for reading in readingKeys(key, plain: plain, read: readKeys) {
                        if let other = index[reading], other != position, !Self.isInitialForm(entityKeys[other]),
                            Set(table.entities[entityKeys[other]]!.surfaces.dictionary.keys.map(Self.wordCount)).count == 1
                        {
                            targets.insert(other)
                        }
                    }
                }
            }
            let roots = Set(targets.map { sets.find($0) })
            if roots.count == 1, let root = roots.first { joins.append((position, root)) }
        }
        for (position, root) in joins { sets.union(position, root) }
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
    static func withLocalLetters(_ lower: String) -> String {
        guard lower.contains(where: { uzbekOMarks.contains($0) }) else { return lower }
        var result = ""
        var previousO = false
        for character in lower {
            if previousO && uzbekOMarks.contains(character) {
                result.removeLast()
                result.append("ў")
                previousO = false
                continue
            }
            result.append(character)
            previousO = character == "o"
        }
        return result
    }

    /// The number of words of a spelling, a hyphen dividing words as a space does.
    static func wordCount(_ surface: String) -> Int {
        surface.split(whereSeparator: { $0 == " " || $0.unicodeScalars.allSatisfy(NameText.isHyphen) }).count
    }
}
