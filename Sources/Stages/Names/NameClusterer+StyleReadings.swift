extension NameClusterer {
    /// The entities a reading of a name can be: the one whose key is the reading, or, for a
    /// reading with the ambiguous German s or sch (a marked key), each unmarked entity it can
    /// stand for. Built once for both style joins.
    struct ReadingTargets {
        let entityKeys: [String]
        let index: [String: Int]
        /// Unmarked key → entities without marks.
        private var unmarked: [String: [Int]] = [:]

        init(entityKeys: [String], index: [String: Int]) {
            self.entityKeys = entityKeys
            self.index = index
            for (position, key) in entityKeys.enumerated() where !NameClusterer.isMarked(key) {
                unmarked[NameClusterer.unmarkedKey(key), default: []].append(position)
            }
        }

        /// Adds the root of every entity `reading` can be to `roots`.
        func insertRoots(of reading: String, into roots: inout Set<Int>, sets: inout DisjointSets) {
            guard NameClusterer.isMarked(reading) else {
                if let other = index[reading], !NameClusterer.isInitialForm(entityKeys[other]) { roots.insert(sets.find(other)) }
                return
            }
            for other in unmarked[NameClusterer.unmarkedKey(reading)] ?? [] where NameClusterer.canStandFor(reading, entityKeys[other]) {
                roots.insert(sets.find(other))
            }
        }
    }

    /// Words of at least this many letters, in the name of a place or an organisation, may be read with
    /// the ambiguous German s or sch (§, ¶) (Kasan, Frunse, Senit, Usbekneftegas): a word of four letters
    /// written with s is too often a different name written with z (Sima, Zima). Only an s the German
    /// rules leave ambiguous is marked: one before a voiceless consonant is с, so Gasprom is read as
    /// written and takes no reading (it stays apart from Gazprom). Seven letters until
    /// the fifteenth sitting: five gained on every released table that moved (E to W) with no false pair
    /// added.
    static let shortestMarkedReading = 5

    /// The same for a person's words, and for a word that ends like a surname (``shortestMarkedReading``):
    /// a surname's s and z often tell two families apart (Sorin, Zorin), and a name joins the one other
    /// entity its reading gives, though that may be a namesake spelt with the other letter.
    static let shortestMarkedPersonReading = 7

    /// Joins a name that shows no marker of a spelling style, read as if it were written in that
    /// style, to the one other entity of the batch that the reading gives. Writers in German and
    /// French often spell a name without any marker letter: German ch is х and j is й (Jelzin,
    /// Jekaterinburg, Muchiddin, Bachmut), French ch is ш (Porochenko, Bichkek, Tachkent), German z
    /// is ц (Donezk); and a long word's German s is з or с (Kasan, Usbekneftegas). The reading
    /// joins nothing when it gives two entities (one per style, or two that the ambiguous s could
    /// stand for). In a name where one word shows a style (Julija Nawalnaja), the others are read
    /// in that style only. People still join only with their given names read the same way. Runs after the
    /// other spelling joins, so the variants of one entity count once.
    func joinStyleReadings(_ targets: ReadingTargets, table: NameVariantTable, sets: inout DisjointSets) {
        let styleCount = rules.spellingStyles.count
        guard styleCount > 0 else { return }
        let entityKeys = targets.entityKeys
        // Per word: whether it shows a style's marker, its readings in each style (nil where the
        // style does not respell it), the same without the ambiguous marks, and whether it is short
        // enough for a person's word to keep its s.
        typealias Word = (style: Int?, read: [String?], unmarked: [String?], refused: [Bool], short: Bool)
        var words: [Substring: Word] = [:]
        func word(_ word: Substring) -> Word {
            if let known = words[word] { return known }
            // Styles are Latin habits: a word in another script is read as it is.
            let latin = NameText.isLatin(String(word))
            let lower = word.lowercased()
            let shown = latin ? keys.style(of: lower) : nil
            let read: [String?] = (0..<styleCount).map { style in
                guard latin && shown == nil else { return nil }
                return keys.reading(of: String(word), style: style, marks: word.count >= Self.shortestMarkedReading)
            }
            // Only a reading with a mark changes when the marks are refused: it is none.
            let unmarked: [String?] = read.indices.map { style in
                guard let reading = read[style], Self.isMarked(reading) else { return read[style] }
                return keys.reading(of: String(word), style: style, marks: false)
            }
            let refused = (0..<styleCount).map { latin && keys.refuses($0, lower: lower) }
            let known: Word = (shown, read, unmarked, refused, word.count < Self.shortestMarkedPersonReading)
            words[word] = known
            return known
        }
        // A style no marker shows (english) is only a guess at how a Latin name is heard.
        let markerless = rules.spellingStyles.map(\.markers.isEmpty)
        let localLetters = rules.spellingStyles.map { Set($0.localLetters) }
        var joins: [(Int, Int)] = []
        for (position, key) in entityKeys.enumerated() where !Self.isMarked(key) && !Self.isInitialForm(key) {
            var roots = Set<Int>()
            // An entity spelt in another script too already says how its name is heard (Talcin is
            // Талкин): it is not read in a markerless style. A spelling that shows one of the style's
            // local letters is the local spelling (Хоруғ beside Khorugh), not a Russian hearing, and
            // does not count. Found once per entity for each markerless style, when first needed.
            let spellings = table.entities[key]!.surfaces.dictionary.keys
            lazy var heardElsewhere = localLetters.indices.map { style in
                markerless[style] && spellings.contains { !NameText.isLatin($0) && !$0.lowercased().contains(where: localLetters[style].contains) }
            }
            for surface in spellings.sorted() {
                let surfaceWords = surface.split(separator: " ")
                let known = surfaceWords.map(word)
                // A word that shows a style tells how the others are spelt (Julija Nawalnaja); it is
                // keyed in that style already.
                let shown = Set(known.compactMap(\.style))
                guard shown.count <= 1, known.contains(where: { $0.read.contains { $0 != nil } }) else { continue }
                let plain = surfaceWords.map { keys.key(of: $0) }
                for style in shown.first.map({ [$0] }) ?? Array(0..<styleCount) {
                    if markerless[style] && heardElsewhere[style] { continue }
                    var styled: [String?]
                    if known.contains(where: { $0.refused[style] }) {
                        // A word spelt the English way (Yevgeny, Sakharov) tells that the name's other
                        // words are too: their s may not be read as the ambiguous German s.
                        styled = known.map { $0.unmarked[style] }
                    } else {
                        styled = known.map { $0.read[style] }
                        // A person's short word, or a lone one that ends like a surname, keeps its s (Sorin is not
                        // Zorin): read again without the marks, only where a mark was read.
                        for i in styled.indices where known[i].short && (!key.hasPrefix("n\t") || WordClass.hasEnding(plain[i], rules.surnameEndings)) {
                            styled[i] = known[i].unmarked[style]
                        }
                    }
                    for read in Self.readings(styled, plain: plain) {
                        for reading in readingKeys(key, plain: plain, read: read) {
                            targets.insertRoots(of: reading, into: &roots, sets: &sets)
                        }
                    }
                }
            }
            roots.remove(sets.find(position))
            if roots.count == 1, let root = roots.first { joins.append((position, root)) }
        }
        for (position, root) in joins { sets.union(position, root) }
    }

    /// The word keys of a surface read in one style: every word the style respells read that way,
    /// and, when it respells more than one, each of them alone. A writer may spell one word of a
    /// name the German way and keep the English spelling of another (Nowaja Gazeta, Novaja Gazeta:
    /// read in full, Gazeta's German z would be ц).
    static func readings(_ styled: [String?], plain: [String]) -> [[String]] {
        let respelt = styled.indices.filter { styled[$0] != nil && styled[$0] != plain[$0] }
        guard !respelt.isEmpty else { return [] }
        var result = [zip(styled, plain).map { $0 ?? $1 }]
        if respelt.count > 1 {
            for position in respelt {
                var read = plain
                read[position] = styled[position]!
                result.append(read)
            }
        }
        return result
    }

    /// The keys a surface read as `read` can have: ``reading(_:plain:read:)``, and for a name of two
    /// words that is not a person's, the person keys of both orders, since the same words are read
    /// as a person where a word ends like a surname (Jedinaja Rossija, Yedinaya Rossiya).
    func readingKeys(_ key: String, plain: [String], read: [String]) -> [String] {
        let isName = key.hasPrefix("n\t")
        // A described place (`donezk#region`) is no person in either order.
        if isName && key.utf8.contains(UInt8(ascii: "#")) {
            return describedPlaceReading(key, plain: plain, read: read).map { [$0] } ?? []
        }
        guard let reading = reading(key, plain: plain, read: read) else { return [] }
        guard isName && read.count == 2 else { return [reading] }
        return [
            reading, NameVariantTable.personKey(surname: read[1], given: read[0]),
            NameVariantTable.personKey(surname: read[0], given: read[1]),
        ]
    }

    /// The entity key `key`, no described place's (``readingKeys(_:plain:read:)`` reads those), with
    /// the word keys `plain` of one of its surfaces replaced by `read`, or nil when the surface's
    /// words cannot be found in the key.
    func reading(_ key: String, plain: [String], read: [String]) -> String? {
        if key.hasPrefix("n\t") {
            if NameVariantTable.entityKey(plain.joined(separator: " ")) == key {
                return NameVariantTable.entityKey(read.joined(separator: " "))
            }
            return nil
        }
        // A person or a surname: the words' parts are the key's tokens.
        var tokens: [Substring: String] = [:]
        for (plainKey, readKey) in zip(plain, read) where plainKey != readKey {
            let (plainParts, readParts) = (plainKey.split(separator: " "), readKey.split(separator: " "))
            guard plainParts.count == readParts.count else { return nil }
            for (plainPart, readPart) in zip(plainParts, readParts) { tokens[plainPart] = String(readPart) }
        }
        var result = ""
        var token = Substring()
        for character in key + "\t" {
            if character == " " || character == "\t" || character == "|" {
                result += tokens[token] ?? String(token)
                result.append(character)
                token = Substring()
            } else {
                token.append(character)
            }
        }
        return String(result.dropLast())
    }

    /// The key of a described place (``NameKeyMaker/describedPlaceKey(_:kind:)``: its base's stem and its
    /// sub-kind, `donezk#region`) with the base's word keys `plain` read as `read`, or nil when the surface's
    /// words without its first or last word (the descriptor: Donezka oblast, Oblast Donezk) do not give the
    /// key. A German or French region or river is often written with its descriptor in the English way and
    /// its adjective in the German one (Donezka oblast, Donezker Oblast: German z is ц, Donetska oblast);
    /// the base is read as the detector keyed it, stem and all, so the reading meets the other forms.
    func describedPlaceReading(_ key: String, plain: [String], read: [String]) -> String? {
        guard plain.count >= 2, let mark = key.lastIndex(of: "#") else { return nil }
        let kind = String(key[key.index(after: mark)...])
        func described(_ words: ArraySlice<String>) -> String {
            NameVariantTable.entityKey(keys.describedPlaceKey(words.joined(separator: " "), kind: kind))
        }
        for base in [plain.indices.dropLast(), plain.indices.dropFirst()] where described(plain[base]) == key {
            return described(read[base])
        }
        return nil
    }

    /// Whether the key `marked`, with German s and sch as § and ¶, can be read as `key`: the same
    /// letters, § standing for s or z and ¶ for sh, zh or s before kh (German sch is also сх: Aschat,
    /// Askhat), as ``unmarkedKey(_:loose:)`` reads them.
    static func canStandFor(_ marked: String, _ key: String) -> Bool {
        let (a, b) = (Array(marked.unicodeScalars), Array(key.unicodeScalars))
        var j = 0
        for x in a {
            guard j < b.count else { return false }
            let y = b[j]
            switch x {
            case "§" where y == "s" || y == "z": j += 1
            case "¶" where y == "S" || y == "J": j += 1
            case "¶" where y == "s" && j + 1 < b.count && b[j + 1] == "H": j += 2
            default:
                guard x == y else { return false }
                j += 1
            }
        }
        return j == b.count
    }

    /// Joins a name keyed in a spelling style to the one other entity of the batch that another
    /// reading of it gives: its words that show no style read as written (Gulzat Toktosunowa: the
    /// German z of Gulzat is not ц), and the words that show a style read in any other style they
    /// show (the Turkmen Latin -ow, -owa of Meredow, Nazarowa, whose w is the German в but whose z
    /// and s are z and s). Readings that give two entities join nothing; a marked reading (German s)
    /// joins only the one entity it can stand for.
    func joinOtherStyleReadings(_ targets: ReadingTargets, table: NameVariantTable, sets: inout DisjointSets) {
        guard !rules.spellingStyles.isEmpty else { return }
        let entityKeys = targets.entityKeys
        // Per word: the styles it shows (most words show none).
        var stylesOfWord: [Substring: [Int]] = [:]
        func styles(_ word: Substring) -> [Int] {
            if let known = stylesOfWord[word] { return known }
            let found = keys.styles(of: word.lowercased())
            stylesOfWord[word] = found
            return found
        }
        var joins: [(Int, Int)] = []
        for (position, key) in entityKeys.enumerated() where !Self.isInitialForm(key) {
            var roots = Set<Int>()
            // Any order: the roots found are a set.
            for surface in table.entities[key]!.surfaces.dictionary.keys {
                let words = surface.split(separator: " ")
                let shown = words.map(styles)
                // Styles are Latin habits.
                guard let first = shown.first(where: { !$0.isEmpty })?.first, NameText.isLatin(surface) else { continue }
                // The word keys as the entity's key holds them: a word that shows no style in the
                // style another word shows.
                let plain = zip(words, shown).map { word, styles in
                    styles.isEmpty ? keys.key(of: String(word), style: first) : keys.key(of: word)
                }
                var readings: [[String]] = []
                let styles = Set(shown.flatMap { $0 }).sorted()
                for style in styles {
                    // Unmarked words as written, marked words in `style` where they show it.
                    readings.append(zip(words, shown).map { word, wordStyles in
                        wordStyles.isEmpty ? keys.key(of: word)
                            : wordStyles.contains(style) ? keys.key(of: String(word), style: style) : keys.key(of: word)
                    })
                }
                for read in readings where read != plain {
                    for reading in readingKeys(key, plain: plain, read: read) where reading != key {
                        targets.insertRoots(of: reading, into: &roots, sets: &sets)
                    }
                }
            }
            roots.remove(sets.find(position))
            if roots.count == 1, let root = roots.first { joins.append((position, root)) }
        }
        for (position, root) in joins { sets.union(position, root) }
    }
}
