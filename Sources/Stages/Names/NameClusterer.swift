import ICU

/// Clusters the entities of a merged ``NameVariantTable`` and chooses their canonical forms.
///
/// Entities with the same matching key are already one row of the table. Rows are joined further
/// only by rules that cannot merge two different people:
/// - the lexicon joins the spellings it lists;
/// - under one surname, a given name joins a longer one that is itself plus a short-form ending
///   (`Janar` → `Janarbek`) when that longer name is the only candidate and no article wrote both
///   as different people;
/// - under one surname, given names that differ only by kh, h or k join (Bakhytzhan, Bakytzhan;
///   Adakhan, Adakan), or by a vowel the region's languages write differently (Jamshed, Jamshid;
///   ``givenNameVowelReading(_:)``), unless an article wrote both as different people;
/// - under one surname, given names listed as one name in given-name-equivalents.txt join
///   (Volodymyr, Vladimir), unless an article wrote both as different people;
/// - a full name written in Cyrillic in an oblique case (`Садыра Жапарова`, person-case-forms.txt)
///   joins the one person its nominative gives, both words inflected together;
/// - an initial (`A. Atambayev`) joins the only given name under that surname that it can stand for;
/// - a name with a letter of letter-readings.txt (Kyrgyz ө, Azerbaijani ə), read as the Russian form
///   writes the letter, joins the one entity the reading gives (Ysyk-Köl, Issyk-Kul);
/// - a name with no marker of a spelling style, read in that style, joins the one entity the reading
///   gives (Jelzin, Porochenko), and a name keyed in a style joins the one entity another reading
///   gives (Gulzat Toktosunowa with Gulzat as written; Turkmen Meredow);
/// - a surname with a Russian ending joins the bare surname under the same given name, when that is
///   the only candidate (Emomali Rahmonov, Emomali Rahmon), and a double surname its unhyphenated form;
/// - a bare place name (`Osh`) joins the city of that name (Osh City, город Ош) when the batch gives
///   the name no other place sub-kind (a lake, a river): a city and a river of one name never meet.
/// - a surname read as a person's (`President Tokayev`) with no full name in its article joins the
///   one person of the batch under that surname, and nobody when the batch has two.
/// Different given names under one surname (`Askar Akayev`, `Janar Akayev`) stay apart, and
/// surnames written alone were already linked (or not) inside their own article.
struct NameClusterer {
    let rules: NameRules
    let keys: NameKeyMaker
    let display: Transliterator
    let keepStoredCanonical: Bool
    /// The keys of the given-name and concept-initial rule words, made once with the stage (``NameRuleKeys``).
    let ruleKeys: NameRuleKeys

    func resolve(_ table: NameVariantTable) -> NameResolution {
        let entityKeys = table.entities.keys.sorted()
        var index: [String: Int] = [:]
        for (i, key) in entityKeys.enumerated() { index[key] = i }
        var sets = DisjointSets(count: entityKeys.count)

        // People by surname: given key → entity index.
        var people: [String: [String: Int]] = [:]
        for (i, key) in entityKeys.enumerated() where key.hasPrefix("p\t") {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            people[String(parts[1]), default: [:]][String(parts[2])] = i
        }

        // The short-form rule.
        for (surname, given) in people.sorted(by: { $0.key < $1.key }) {
            for short in given.keys.sorted() where !short.hasSuffix(".") {
                let longer = rules.shortFormEndings.map { short + $0 }.filter { given[$0] != nil }
                guard longer.count == 1, let long = longer.first else { continue }
                let pair = short < long ? "\(surname)\t\(short)\t\(long)" : "\(surname)\t\(long)\t\(short)"
                if table.namesakes.contains(pair) { continue }
                // The long form must not be claimed by another short form either.
                let claimants = given.keys.filter { other in
                    other != short && rules.shortFormEndings.contains { other + $0 == long }
                }
                guard claimants.isEmpty else { continue }
                sets.union(given[short]!, given[long]!)
            }
        }
        // Given names that differ only by kh, h or k (Bakhytzhan, Bakytzhan; Adakhan, Adahan, Adakan:
        // қ and х are both written kh), by a space or hyphen (Kassym-Jomart, Kassymzhomart), or by a
        // vowel the region's languages write differently, under the same surname and never two people
        // in one article.
        for (surname, given) in people.sorted(by: { $0.key < $1.key }) {
            var byLooseKey: [String: [String]] = [:]
            for key in given.keys.sorted() where !key.hasSuffix(".") {
                let loose = Self.looseGivenKey(key)
                byLooseKey[String(loose.filter { $0 != " " }), default: []].append(key)
                // And by the vowels of the region's languages (Jamshed, Jamshid), read word by word:
                // a run-together name's words are not told apart, so it keeps the key above.
                let read = Self.givenNameVowelReading(loose)
                if read != loose { byLooseKey["~" + read, default: []].append(key) }
            }
            for (_, keys) in byLooseKey.sorted(by: { $0.key < $1.key }) where keys.count > 1 {
                for other in keys.dropFirst() {
                    let pair = keys[0] < other ? "\(surname)\t\(keys[0])\t\(other)" : "\(surname)\t\(other)\t\(keys[0])"
                    if !table.namesakes.contains(pair) { sets.union(given[keys[0]]!, given[other]!) }
                }
            }
        }
        // Given names that are one name in different languages (Volodymyr, Vladimir).
        let equivalenceGroup = ruleKeys.equivalenceGroup
        // A patronymic must then be the same (Aleksandr Petrovich, Oleksandr Petrovych Kovalenko).
        for (surname, given) in people.sorted(by: { $0.key < $1.key }) {
            var byGroup: [String: [String]] = [:]
            for key in given.keys.sorted() {
                let base = NameVariantTable.givenWithoutPatronymic(key[...])
                if let group = equivalenceGroup[String(base)] {
                    byGroup["\(group)" + key[base.endIndex...], default: []].append(key)
                }
            }
            for (_, keys) in byGroup.sorted(by: { $0.key < $1.key }) where keys.count > 1 {
                for other in keys.dropFirst() {
                    let pair = keys[0] < other ? "\(surname)\t\(keys[0])\t\(other)" : "\(surname)\t\(other)\t\(keys[0])"
                    if !table.namesakes.contains(pair) { sets.union(given[keys[0]]!, given[other]!) }
                }
            }
        }
        joinDiminutives(people, equivalenceGroup: equivalenceGroup, namesakes: table.namesakes, sets: &sets)
        // Before the joins that count people under a surname: a case form is none of its own.
        joinPersonCaseForms(entityKeys, table: table, people: &people, sets: &sets)

        joinLetterReadings(entityKeys, table: table, index: index, sets: &sets)
        joinOneEditVariants(entityKeys, table: table, sets: &sets)
        joinVowelVariants(entityKeys, table: table, sets: &sets)
        joinSoftenedVowels(entityKeys, index: index, sets: &sets)
        joinMarkedSpellings(entityKeys, sets: &sets)
        let readingTargets = ReadingTargets(entityKeys: entityKeys, index: index)
        joinStyleReadings(readingTargets, table: table, sets: &sets)
        joinOtherStyleReadings(readingTargets, table: table, sets: &sets)
        joinPatronymicForms(people, index: index, sets: &sets)
        joinDoubleSurnames(people, sets: &sets)
        joinUnhyphenatedSurnames(people, sets: &sets)
        joinDroppedEndings(people, index: index, sets: &sets)
        joinMasculineSurnameForms(people, sets: &sets)
        // Before the initials and titles, so that a person's two readings (Alexei Navalny as a
        // person and as another name) count once.
        joinPeopleReadAsOtherNames(people, index: index, sets: &sets)
        joinSurnameFirstOthers(entityKeys, table: table, index: index, sets: &sets)
        // Two-word names read as no person, for the surnames an initial or a title wrote as a person's.
        var writtenAsPeople = Set(entityKeys.lazy.filter { $0.hasPrefix("s\t") }.map { String($0.dropFirst(2)) })
        for (surname, given) in people where given.keys.contains(where: { $0.hasSuffix(".") }) { writtenAsPeople.insert(surname) }
        let otherNames = otherNamesAsPeople(entityKeys, table: table, surnames: writtenAsPeople)
        // Last of the person joins, so that the spellings of one person (Ramzan, Ramsan) count once.
        joinInitials(people, otherNames: otherNames, sets: &sets)
        // After every person join, so that the spellings of the one person of a surname count once.
        joinTitledSurnames(entityKeys, people: people, otherNames: otherNames, namesakes: table.namesakes, sets: &sets)
        joinBarePlaces(entityKeys, sets: &sets)
        joinRangePlurals(entityKeys, sets: &sets)
        joinDomainNames(entityKeys, index: index, sets: &sets)
        joinOrganisationForms(entityKeys, table: table, index: index, sets: &sets)
        joinCaseForms(entityKeys, table: table, index: index, sets: &sets)
        joinLexiconWords(entityKeys, table: table, index: index, sets: &sets)
        // The lexicon.
        var lexiconCanonical: [Int: String] = [:]
        for entry in rules.lexicon {
            var members: [Int] = []
            for form in [entry.canonical] + entry.variants {
                let words = form.split(whereSeparator: { $0 == " " })
                guard !words.isEmpty else { continue }
                let wordKeys = words.map { keys.key(of: $0) }
                var candidates = [NameVariantTable.entityKey(wordKeys.joined(separator: " "))]
                if wordKeys.count >= 2 {
                    candidates.append(NameVariantTable.personKey(
                        surname: wordKeys.last!, given: wordKeys.dropLast().joined(separator: " ")))
                } else {
                    candidates.append(NameVariantTable.surnameKey(wordKeys[0]))
                }
                members += candidates.compactMap { index[$0] }
            }
            guard let first = members.first else { continue }
            for member in members.dropFirst() { sets.union(first, member) }
            let root = sets.find(first)
            if lexiconCanonical[root] == nil { lexiconCanonical[root] = entry.canonical }
        }
        // Unions after a lexicon entry was recorded may have moved roots.
        var canonicalByRoot: [Int: String] = [:]
        for (root, canonical) in lexiconCanonical.sorted(by: { $0.key < $1.key }) {
            let newRoot = sets.find(root)
            if canonicalByRoot[newRoot] == nil { canonicalByRoot[newRoot] = canonical }
        }

        var clusters: [Int: [Int]] = [:]
        for i in entityKeys.indices { clusters[sets.find(i), default: []].append(i) }

        var resolution = NameResolution()
        // Surname spellings over every entity, for surnames written alone.
        var surnameSpellings: [String: [String: NameVariantTable.SurfaceCount]] = [:]
        for key in entityKeys where !key.hasPrefix("n\t") {
            let surname = String(key.split(separator: "\t", omittingEmptySubsequences: false)[1])
            surnameSpellings[surname, default: [:]].merge(table.entities[key]!.surnames.dictionary) { $0 + $1 }
        }

        for (_, members) in clusters.sorted(by: { $0.key < $1.key }) {
            let root = sets.find(members[0])
            var surfaces: [String: NameVariantTable.SurfaceCount] = [:]
            var surnames: [String: NameVariantTable.SurfaceCount] = [:]
            var kinds: [String: Int] = [:]
            for member in members {
                let entity = table.entities[entityKeys[member]]!
                surfaces.merge(entity.surfaces.dictionary) { $0 + $1 }
                surnames.merge(entity.surnames.dictionary) { $0 + $1 }
                kinds.merge(entity.kinds) { $0 + $1 }
            }
            let isPerson = members.allSatisfy { !entityKeys[$0].hasPrefix("n\t") }
                || (members.contains { !entityKeys[$0].hasPrefix("n\t") } && Self.kind(kinds) == .person)
            let canonical = canonicalByRoot[root] ?? best(surfaces) ?? entityKeys[members[0]]
            let kind: NameKind = isPerson ? .person : Self.kind(kinds)
            // The surname in the canonical spelling: the longest surname spelling that ends the
            // canonical form (so a rewritten "Atambaev" reads as in "Almazbek Atambayev").
            let endingSurname = surnames.keys.filter { canonical == $0 || canonical.hasSuffix(" " + $0) }
                .max { ($0.unicodeScalars.count, $1) < ($1.unicodeScalars.count, $0) }
            let surname = endingSurname ?? canonical.split(separator: " ").last.map(String.init) ?? canonical
            let clusterKey = entityKeys[members.min()!]
            let hasPerson = members.contains { entityKeys[$0].hasPrefix("p\t") }
            for member in members {
                let key = entityKeys[member]
                var entry = NameResolution.Entry(canonical: canonical, canonicalSurname: nil, kind: kind, cluster: clusterKey)
                if key.hasPrefix("p\t") {
                    entry.canonicalSurname = surname
                } else if key.hasPrefix("s\t") {
                    let surnameKey = String(key.dropFirst(2))
                    let spelling = canonicalByRoot[root] ?? best(surnameSpellings[surnameKey] ?? surfaces) ?? canonical
                    // A surname that joined a person (``joinTitledSurnames``) is that person, as a
                    // surname linked in its own article is; it is still rewritten as a surname.
                    entry.canonical = hasPerson ? canonical : spelling
                    entry.canonicalSurname = hasPerson ? surname : spelling
                }
                resolution.entries[key] = entry
            }
        }
        return resolution
    }

    /// Sub-kinds of place that writers name with their descriptor: they leave a bare name to the city.
    static let describedOnlySubKinds: Set<Substring> = ["valley", "square", "reservoir", "canyon", "avenue", "street", "airport", "plant", "market", "cosmodrome", "mine"]

    /// Joins a bare place name (no descriptor: `Osh`) to the forms of the city (or republic) of the same base name
    /// (`oS#city`: Osh City, город Ош) when the batch gives that base name no other sub-kind. One
    /// base name is often a city, a lake and a river, and a bare form could be any of them, so with
    /// two sub-kinds it stays with the other bare forms, and a city and a river never meet through it.
    ///
    /// Sub-kinds are counted over loose base names, so that spellings the joins did not meet still
    /// count (a river written Dnipro beside a city written Днепр): a base name's key without vowels,
    /// spaces and hyphens, and every such skeleton of one cluster (Lake Balkhash, lac Balkhach) is
    /// one group. A loose group can only make a base name ambiguous, never join anything.
    ///
    /// Only a city takes bare forms: a bare name is the city far more often than the valley, river
    /// or lake named after it, which writers describe (Fergana and Fergana Valley, Moscow and the
    /// Moskva River), and a lake written bare beside a town written bare cannot be told apart.
    /// A region has its own key (``regionKey``) and counts as no sub-kind here. Nor do a valley, a
    /// square, a reservoir, a canyon, an avenue, a street, an airport, a plant, a market, a cosmodrome or a
    /// mine (``describedOnlySubKinds``): writers always name them with their descriptor (Fergana Valley,
    /// Ala-Too Square, Toktogul Reservoir, Chui Avenue, Dordoi Bazaar, Baikonur Cosmodrome, Kumtor mine), so beside
    /// them a bare name is still the city's. A river, a lake or a
    /// mountain range is often written bare (Dnipro, Balkhash, Altai), and beside one of them the
    /// bare name stays apart.
    ///
    /// A republic is the other sub-kind that takes bare forms, for a land named in -stan: a bare
    /// name joins the republic of its base (Tatarstan, Republic of Tatarstan; Kyrgyzstan, Кыргызская
    /// Республика) when the batch gives both no sub-kind but republic, as such a land written bare is
    /// the republic it names; a city or a lake of the name keeps the bare form apart. Other bare names
    /// stay apart from republics of their name (``republicBases(of:)``), and a people's republic keeps
    /// its other words in its base (Donetsk People's Republic, `doneZkpeople`).
    ///
    /// A skeleton of fewer than three letters keeps a first vowel: without it the skeletons of short
    /// names collide (Osh and the Shu river are both `sh`) and a city's bare name stays apart for
    /// a river it is not.
    func joinBarePlaces(_ entityKeys: [String], sets: inout DisjointSets) {
        var skeletonIDs: [String: Int] = [:]
        var places: [(position: Int, base: Substring, subKind: Substring?, skeleton: Int)] = []
        for (position, key) in entityKeys.enumerated() where key.hasPrefix("n\t") {
            let mark = key.lastIndex(of: "#")
            let subKind = mark.map { key[key.index(after: $0)...] }
            if subKind == "region" { continue }
            let base = key[..<(mark ?? key.endIndex)]
            var skeleton = Self.consonants(base.dropFirst(2))
            if skeleton.count < 3, let first = base.dropFirst(2).first, "aeiouy".contains(first) { skeleton.insert(first, at: skeleton.startIndex) }
            let id = skeletonIDs[skeleton] ?? skeletonIDs.count
            skeletonIDs[skeleton] = id
            places.append((position, base, subKind, id))
        }
        guard places.contains(where: { $0.subKind == "city" || $0.subKind == "republic" }) else { return }
        var groups = DisjointSets(count: skeletonIDs.count)
        var skeletonOfRoot: [Int: Int] = [:]
        for place in places {
            let root = sets.find(place.position)
            if let other = skeletonOfRoot[root] { groups.union(other, place.skeleton) } else { skeletonOfRoot[root] = place.skeleton }
        }
        var subKindsOfGroup: [Int: Set<Substring>] = [:]
        var citiesOfBase: [Substring: [Int]] = [:]
        var republicsOfBase: [Substring: [(position: Int, skeleton: Int)]] = [:]
        var republicsOfPeople: [String: [(position: Int, skeleton: Int)]] = [:]
        for place in places {
            guard let subKind = place.subKind else { continue }
            subKindsOfGroup[groups.find(place.skeleton), default: []].insert(subKind)
            if subKind == "city" { citiesOfBase[place.base, default: []].append(place.position) }
            if subKind == "republic" {
                republicsOfBase[place.base, default: []].append((place.position, place.skeleton))
                for people in Self.peopleSkeletons(ofRepublic: place.base) {
                    republicsOfPeople[people, default: []].append((place.position, place.skeleton))
                }
            }
        }
        let kinds = { (skeleton: Int) in subKindsOfGroup[groups.find(skeleton)]?.subtracting(Self.describedOnlySubKinds) ?? [] }
        for place in places where place.subKind == nil {
            let placeKinds = kinds(place.skeleton)
            if let cities = citiesOfBase[place.base], placeKinds == ["city"] {
                for city in cities { sets.union(place.position, city) }
                continue
            }
            // A republic: its own base, the land's adjective its -stan name is made of, or its people's
            // adjective, on which its name in -ia is made (Chuvash Republic, Chuvashia).
            guard placeKinds.isSubset(of: ["republic"]) else { continue }
            for base in Self.republicBases(of: place.base) {
                for republic in republicsOfBase[base] ?? [] where kinds(republic.skeleton) == ["republic"] {
                    sets.union(place.position, republic.position)
                }
            }
            if let people = Self.peopleSkeleton(ofLand: place.base) {
                for republic in republicsOfPeople[people] ?? [] where kinds(republic.skeleton) == ["republic"] {
                    sets.union(place.position, republic.position)
                }
            }
        }
    }

    /// The bases a republic of the bare place `base` (`n\tkirgizstan`) may be keyed by, when the
    /// place is a land named with the Persian-Turkic -stan (-istan; Uzbek and Tajik -iston) on its people's name: the base
    /// itself (Republic of Tatarstan, Республика Казахстан) and the people's name, which the adjective
    /// of a republic's name keys to (Кыргызская Республика, Kyrgyz Respublikasy). Other names stay
    /// apart from their republics: a region and the self-proclaimed republic of its name are two
    /// entities (Nagorno-Karabakh, Nagorno-Karabakh Republic), and no spelling tells them apart.
    static func republicBases(of base: Substring) -> [Substring] {
        guard let suffix = ["istan", "stan", "iston", "ston"].first(where: { base.hasSuffix($0) }),
            base.count >= "n\t".count + suffix.count + 3
        else { return [] }
        return [base, base.dropLast(suffix.count)]
    }

    /// The most frequent Latin spelling, not all capitals if another exists, from earlier drops if
    /// any earlier drop saw the entity; ties go to the smallest string, for a deterministic choice.
    /// A name seen only in another script is transliterated for display.
    func best(_ surfaces: [String: NameVariantTable.SurfaceCount]) -> String? {
        guard !surfaces.isEmpty else { return nil }
        let useStored = keepStoredCanonical && surfaces.values.contains { $0.stored > 0 }
        func score(_ count: NameVariantTable.SurfaceCount) -> Int { useStored ? count.stored : count.count }
        let seen = surfaces.filter { score($0.value) > 0 }
        let latin = seen.filter { NameText.isLatin($0.key) }
        let pool = latin.filter { !NameText.isAllCaps($0.key) }.isEmpty ? latin : latin.filter { !NameText.isAllCaps($0.key) }
        func pick(_ candidates: [String: NameVariantTable.SurfaceCount]) -> String? {
            candidates.max { a, b in
                let (sa, sb) = (score(a.value), score(b.value))
                return sa != sb ? sa < sb : a.key > b.key
            }?.key
        }
        if let chosen = pick(pool) { return chosen }
        guard let other = pick(seen) else { return nil }
        return (try? display(other)) ?? other
    }

    /// Whether `key` is a place's or an organisation's: not a person's, and not ending like a
    /// surname (a strong ending: -ov, -bayev, not -ka). A name that is not a person's full name but
    /// ends like one is most often a surname written alone (Nazarov, Nazirov; Kulubaev, Kulibayev),
    /// with no given name to guard a loose join, so the loose joins of places leave it out.
    func isOtherName(_ key: String) -> Bool {
        key.hasPrefix("n\t") && !WordClass.hasEnding(String(key.dropFirst(2)), rules.strongSurnameEndings)
    }

    /// Whether a key ends in the i of a masculine adjectival surname after k, n or a vowel (-ский,
    /// -ный, -ой: Zelensky, Navalny, Tolstoy), whose feminine ends in a (-ская, -ная, -ая: Zelenska,
    /// Navalnaya, Tolstaya). The loose joins of places keep that i apart from an a, so a husband and
    /// wife written alone never meet; after other letters a final vowel still varies (Almaty,
    /// Alma-Ata).
    static func endsInMasculineI<Key: BidirectionalCollection<UInt8>>(_ key: Key) -> Bool {
        guard key.last == UInt8(ascii: "i") else { return false }
        let rest = key.dropLast()
        guard let before = rest.last else { return false }
        return before == UInt8(ascii: "k") || before == UInt8(ascii: "n") || before == UInt8(ascii: "a")
            || before == UInt8(ascii: "e") || before == UInt8(ascii: "i") || before == UInt8(ascii: "o")
    }

    /// Joins non-person names whose keys are at least eight letters long and one edit apart
    /// (KazMunayGas, KazMunaiGaz). People are never joined this way, nor surnames written alone
    /// (``isOtherName(_:)``): Aripov and Oripov, Nazarov and Nazirov are different people with the
    /// same given name often enough. An acronym's letter (``acronymPositions(_:spellings:)``) is
    /// never changed for another: each of them is a word, and a long tail makes the key long (СГБ
    /// Узбекистана, СНБ Узбекистана: two security services; FC Dinamo Minsk, HC Dinamo Minsk); it
    /// may only be left out, as a head word's (NC KazMunayGas, KazMunayGas). A name of three letters
    /// or fewer before a place's sub-kind (`ile#river`) never loses its first letter. Candidates are
    /// found through their one-deletion variants, so the work stays linear.
    func joinOneEditVariants(_ entityKeys: [String], table: NameVariantTable, sets: inout DisjointSets) {
        // Variant → entity indexes, each with whether the variant is its whole key, and whether it
        // is its key less an acronym's letter, which meets only a whole key (NC KazMunayGas,
        // KazMunayGas), never another key less one letter (SGB, SNB).
        var buckets: [String: [(index: Int, whole: Bool, acronym: Bool)]] = [:]
        var parts: [Int: (family: String, key: [UInt8], kept: Set<Int>, shortName: Bool)] = [:]
        for (index, key) in entityKeys.enumerated() where isOtherName(key) {
            let bytes = Array(key.utf8.dropFirst(2))
            // A numeral is no spelling's slip: Semipalatinsk-2 is not Semipalatinsk, nor Kairat 2 Kairat 3.
            guard bytes.count >= 8, !bytes.contains(where: { $0 &- 0x30 < 10 }) else { continue }
            var kept = acronymPositions(bytes, spellings: table.entities[key]!.surfaces.dictionary.keys)
            // A web address's country ending is never changed either (Gazeta.uz, Gazeta.ru).
            if let ending = Self.domainEndingPositions(bytes) { kept.formUnion(ending) }
            // A place's sub-kind (`#river`) is a word of its descriptor, not of its name, so a short name
            // under a long descriptor passes the eight letters. A name of three letters or fewer keeps its
            // first letter: a slip there changes or adds a later letter (Ili River, Ile River; Chu River,
            // Chui River), while a first letter dropped and a last one added make another river of the
            // rest (Ili, `ile#river`, and Lena, `len#river`).
            let nameLength = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.count
            parts[index] = ("n", bytes, kept, nameLength <= 3)
        }
        for (index, part) in parts {
            let key = part.key
            buckets[part.family + "\u{1}" + String(decoding: key, as: UTF8.self), default: []].append((index, true, false))
            for i in key.indices where i > 0 || !part.shortName {
                var deleted = key
                deleted.remove(at: i)
                // Without its masculine i (Zelensky), the stem keeps a mark of it, so that it
                // never meets the feminine form without its a (Zelenska).
                if i == key.count - 1 && Self.endsInMasculineI(key) {
                    deleted.append(UInt8(ascii: "|"))
                    deleted.append(key[i])
                }
                buckets[part.family + "\u{1}" + String(decoding: deleted, as: UTF8.self), default: []].append((index, false, part.kept.contains(i)))
            }
        }
        for bucket in buckets.keys.sorted() {
            let entries = buckets[bucket]!
            guard entries.count > 1 else { continue }
            let open = Set(entries.filter { !$0.acronym }.map(\.index)).sorted()
            let whole = entries.first { $0.whole }?.index
            for other in open.dropFirst() { sets.union(open[0], other) }
            if let whole {
                for entry in entries where entry.acronym { sets.union(whole, entry.index) }
            }
        }
    }

    /// The positions in a name's joined key of the letters of an acronym its spellings write beside
    /// other words (`SGB Uzbekistana`, `FC Dinamo`: a word of two to six capitals), whose letters
    /// each stand for a word.
    func acronymPositions(_ key: [UInt8], spellings: some Sequence<String>) -> Set<Int> {
        var kept: Set<Int> = []
        for spelling in spellings where spelling.utf8.contains(UInt8(ascii: " ")) {
            for word in spelling.split(separator: " ") where word.count <= 6 && NameText.isAllCaps(word) {
                let letters = Array(keys.key(of: word).utf8)
                guard !letters.isEmpty, letters.count <= key.count else { continue }
                for start in 0...(key.count - letters.count) where key[start..<(start + letters.count)].elementsEqual(letters) {
                    kept.formUnion(start..<(start + letters.count))
                }
            }
        }
        return kept
    }

    /// The bytes of the key of a name of five letters: its two-byte kind (`n\t`) and the letters.
    /// ``joinVowelVariants(_:table:sets:)`` joins no shorter name, and one of five letters only at its
    /// last syllable.
    static let fiveLetterKeyLength = 7

    /// Joins names whose keys differ only by o for a after the first letter of a word, or by h for
    /// g. Uzbek and Tajik Latin write o where Russian-based spellings have a (Komilov, Kamilov;
    /// Qurbonov, Kurbanov; Tojik, Tajik), and Ukrainian г is h where the Russian form has g (Oleh
    /// Syniehubov, Oleg Sinegubov), and surnames across kh and k. People join only with the same given names read the same way
    /// (or, across h and g, given names of one line of given-name-equivalents.txt: Yevhen Prihozhyn, Yevgeny Prigozhin),
    /// and a word-initial vowel is kept, since Aripov and Oripov are different people often enough.
    func joinVowelVariants(_ entityKeys: [String], table: NameVariantTable, sets: inout DisjointSets) {
        var groups: [String: [Int]] = [:]
        for (index, key) in entityKeys.enumerated() where key.hasPrefix("p\t") || isOtherName(key) {
            // Short non-person names are too easily another word.
            if key.hasPrefix("n\t") && key.utf8.count < Self.fiveLetterKeyLength { continue }
            groups[Self.looseVowelKey(key), default: []].append(index)
            // A surname's kh may be the Kazakh қ, written k too (Abdykhalikova, Abdykalikova), as
            // in the given names (whose rule keeps namesakes of one article apart).
            let parts = key.hasPrefix("p\t") ? key.split(separator: "\t", omittingEmptySubsequences: false) : []
            if parts.count == 3 && parts[1].contains("H") {
                groups[Self.looseVowelKey("p\t" + Self.looseGivenKey(String(parts[1])) + "\t" + parts[2]), default: []].append(index)
            }
            // A Ukrainian given name and its Russian equivalent (Yevhen, Yevgeny; Mykhailo, Mikhail)
            // under a surname whose г one writes h (Prihozhyn, Prigozhin; Horbachov, Gorbachev): the
            // given name is read as its line of given-name-equivalents.txt.
            if parts.count == 3, parts[1].contains("H") || parts[1].contains("g"), let group = ruleKeys.equivalenceGroup[String(parts[2])] {
                groups[Self.looseVowelKey("p\t" + parts[1]) + "\t=\(group)", default: []].append(index)
            }
            // Uzbek Latin x is х between vowels too (Raximov, Rakhimov; Baxodir), where the key
            // rules read the English ks (Alexei): a ks key also joins the kh key.
            if key.contains("ks") {
                groups[Self.looseVowelKey(Self.khForKs(key)), default: []].append(index)
            }
        }
        // Places and organisations of six letters or more also join across a, e, i and o,
        // wherever they are: Ukrainian і for Russian о and е (Kharkiv, Kharkov; Avdiivka,
        // Avdeevka), Uzbek a for е (Urganch, Urgench; Xorazm, Khorezm) and o for a (Olmaliq,
        // Almalyk). u stays apart, so Karakol and Karakul (two towns) do too.
        // They join across k and kh too: Kazakh and Uzbek q where the Russian form has х (Balqash,
        // Balkhash; Qarshi, Karshi).
        for (index, key) in entityKeys.enumerated() where key.utf8.count >= Self.fiveLetterKeyLength && isOtherName(key) {
            // A name of five letters joins only across the vowel of its last syllable, i for е or о before
            // one final consonant: the Ukrainian і of a closed syllable where Russian keeps е or о (Irpin,
            // Irpen; Kaniv, Kanev). A word of five letters read loose at every vowel is too often another name.
            if key.utf8.count == Self.fiveLetterKeyLength {
                if let loose = Self.closedSyllableKey(key) { groups[loose, default: []].append(index) }
                continue
            }
            // Two words met at one vowel (Alma-Ata, Алма-Ата), which the key writes once: the name's
            // last vowel is a word's own, not an ending that varies, and the joined word beside it is
            // most often the place renamed (Almaty), so such a name joins only on its key.
            if table.entities[key].map({ Self.joinsWordsAtVowel($0.surfaces.spellings) }) == true { continue }
            groups[Self.looseVowelKey(Self.looseGivenKey(key), allVowels: true), default: []].append(index)
            // And across h and g, as the people do: Ukrainian г is h (Partiia rehioniv, Partiya regionov;
            // Uzhhorod, Uzhgorod).
            if key.contains("H") { groups[Self.looseVowelKey(key, allVowels: true), default: []].append(index) }
        }
        for (_, members) in groups.sorted(by: { $0.key < $1.key }) {
            for other in members.dropFirst() { sets.union(members[0], other) }
        }
    }

    /// A given name written without a patronymic joins the same given name with one, when only
    /// one patronymic was seen with it under that surname (spellings of one patronymic, joined
    /// already, count once); with two (Sergei Borisovich and Sergei Sergeyevich Ivanov) the bare
    /// name could be either and stays apart. The bare name may have been read as a person or, with
    /// a surname of no known ending (Sergei Shoigu), as another name. Likewise a patronymic initial
    /// (Ivan S. Petrov) joins the only patronymic under that given name and surname that starts
    /// with it.
    func joinPatronymicForms(_ people: [String: [String: Int]], index: [String: Int], sets: inout DisjointSets) {
        for (surname, given) in people.sorted(by: { $0.key < $1.key }) {
            var patronymicForms: [Substring: [String]] = [:]
            for key in given.keys.sorted() where key.contains("|") {
                patronymicForms[NameVariantTable.givenWithoutPatronymic(key[...]), default: []].append(key)
            }
            for (base, forms) in patronymicForms.sorted(by: { $0.key < $1.key }) {
                if Set(forms.map { sets.find(given[$0]!) }).count == 1 {
                    let bare = given[String(base)] ?? index[NameVariantTable.entityKey(base + " " + surname)]
                    if let bare { sets.union(bare, given[forms[0]]!) }
                }
                // "ivan s": the given name and an initial.
                for (initialForm, position) in given.sorted(by: { $0.key < $1.key }) {
                    guard initialForm.count == base.count + 2, initialForm.hasPrefix(base + " "), let letter = initialForm.last
                    else { continue }
                    let matching = forms.filter { $0[$0.index(after: $0.firstIndex(of: "|")!)...].first == letter }
                    let roots = Set(matching.map { sets.find(given[$0]!) })
                    if roots.count == 1, let root = roots.first { sets.union(position, root) }
                }
            }
        }
    }

    /// Joins a short form of given-name-diminutives.txt (Slava Vakarchuk) to the one full name under
    /// the same surname that it can stand for (Svyatoslav Vakarchuk, or an equivalent such as
    /// Oleksandr for Aleksandr). Two candidates, or an article that names both as different people,
    /// join nothing. Runs after the equivalent given names, so the forms of one person count once.
    func joinDiminutives(
        _ people: [String: [String: Int]], equivalenceGroup: [String: Int], namesakes: Set<String>, sets: inout DisjointSets
    ) {
        let fullNames = ruleKeys.diminutiveFullNames
        guard !fullNames.isEmpty else { return }
        for (surname, given) in people.sorted(by: { $0.key < $1.key }) {
            for short in given.keys.sorted() where !short.hasSuffix(".") && !short.contains("|") {
                guard let fulls = fullNames[short] else { continue }
                let groups = Set(fulls.compactMap { equivalenceGroup[$0] })
                let candidates = given.filter { key, _ in
                    let base = String(NameVariantTable.givenWithoutPatronymic(key[...]))
                    return key != short && (fulls.contains(base) || equivalenceGroup[base].map(groups.contains) == true)
                }
                let roots = Set(candidates.values.map { sets.find($0) })
                guard roots.count == 1, let root = roots.first else { continue }
                let named = candidates.keys.contains { other in
                    namesakes.contains(short < other ? "\(surname)\t\(short)\t\(other)" : "\(surname)\t\(other)\t\(short)")
                }
                if !named { sets.union(given[short]!, root) }
            }
        }
    }

    /// A double surname (Lola Karimova-Tillyaeva) joins its first part under the same given name
    /// (Lola Karimova) when it is the only double surname that starts with that part under that
    /// given name.
    func joinDoubleSurnames(_ people: [String: [String: Int]], sets: inout DisjointSets) {
        var doubles: [String: [Int]] = [:]
        for (surname, given) in people where surname.contains(" ") {
            let first = surname[..<surname.firstIndex(of: " ")!]
            for (givenKey, position) in given where !givenKey.hasSuffix(".") {
                doubles["\(first)\t\(NameVariantTable.givenWithoutPatronymic(givenKey[...]))", default: []].append(position)
            }
        }
        for (key, positions) in doubles.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            guard let single = people[String(parts[0])]?[String(parts[1])] else { continue }
            let roots = Set(positions.map { sets.find($0) })
            if roots.count == 1, let root = roots.first { sets.union(single, root) }
        }
    }

    /// Joins keys with the marks of spelling-styles.txt, § (German s: з or с) and ¶ (German sch: ш
    /// or ж), to the one entity of the batch whose key they can stand for: Sacharowa to Zakharova,
    /// Schoigu to Shoigu. When they could stand for two entities (Sacharow beside both Zakharov and
    /// Sakharov), they join neither. Runs after the given-name joins, so the variants of one
    /// person count once.
    func joinMarkedSpellings(_ entityKeys: [String], sets: inout DisjointSets) {
        let marked = entityKeys.map(Self.isMarked)
        joinMarkedSpellings(entityKeys, marked: marked, loose: false, sets: &sets)
        // Then, for what is still apart, with the ц of the English key as a German s as well; a
        // spelling the exact reading joined already counts as its entity's.
        joinMarkedSpellings(entityKeys, marked: marked, loose: true, sets: &sets)
    }

    /// One pass of ``joinMarkedSpellings(_:sets:)``, grouping by ``unmarkedKey(_:loose:)``; `marked` is
    /// ``isMarked(_:)`` of each key.
    private func joinMarkedSpellings(_ entityKeys: [String], marked: [Bool], loose: Bool, sets: inout DisjointSets) {
        var groups: [String: [Int]] = [:]
        for (index, key) in entityKeys.enumerated() {
            groups[Self.unmarkedKey(key, loose: loose), default: []].append(index)
        }
        for (_, members) in groups.sorted(by: { $0.key < $1.key }) where members.count > 1 {
            let markedMembers = members.filter { marked[$0] }
            guard !markedMembers.isEmpty && markedMembers.count < members.count else { continue }
            let roots = Set(members.filter { !marked[$0] }.map { sets.find($0) })
            guard roots.count == 1, let root = roots.first else { continue }
            for member in markedMembers { sets.union(member, root) }
        }
    }

    static func isMarked(_ key: String) -> Bool { key.contains("§") || key.contains("¶") }

    /// A key with s, z and § read as §, and the sh and zh markers S and J as ¶, and so is s before the
    /// х marker H: German writes сх as sch too (Aschat, Askhat; Ischakow, Iskhakov), so its ¶ can
    /// stand for either, and a German name joins neither where the batch holds both. With `loose`, the ц
    /// marker Z, and a t before an s, are read as § too: a German name's word without a marker of its
    /// own keeps its z for ц (Schachtar Donezk, Shakhtar Donetsk), and the German style reads the s of
    /// т and с apart where the English key reads the two as ц (Rostselmasch, Rostselmash), and the ч
    /// marker C as t and ¶: German tsch is т before ш or ж as well as ч (Bakytschan Sagintajew,
    /// Bakytzhan Sagintayev). The loose key is only for the joins of marked spellings (``joinMarkedSpellings(_:sets:)``), after the
    /// exact one.
    static func unmarkedKey(_ key: String, loose: Bool = false) -> String {
        var scalars = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        for scalar in key.unicodeScalars {
            defer { previous = scalar }
            if scalar == "H" && previous == "s" && scalars.last == "§" {
                scalars.removeLast()
                scalars.append("¶")
                continue
            }
            if loose && scalar == "C" {
                scalars.append("t")
                scalars.append("¶")
                continue
            }
            let read: Unicode.Scalar = switch scalar {
            case "s", "z": "§"
            case "Z" where loose: "§"
            case "S", "J": "¶"
            default: scalar
            }
            if loose && read == "§" && scalars.last == "t" { scalars.removeLast() }
            scalars.append(read)
        }
        return String(scalars)
    }

    /// `key` with the vowel before its final consonant written `*` when it is i, e or o, and a
    /// marker that keeps these keys apart from the other loose keys; nil for a key that does not end so
    /// (``joinVowelVariants(_:table:sets:)``).
    static func closedSyllableKey(_ key: String) -> String? {
        var bytes = Array(key.utf8)
        guard bytes.count >= 4, let last = bytes.last, last >= UInt8(ascii: "a"), last <= UInt8(ascii: "z"),
            !"aeiouy".utf8.contains(last), "ieo".utf8.contains(bytes[bytes.count - 2])
        else { return nil }
        bytes[bytes.count - 2] = UInt8(ascii: "*")
        return "~" + String(decoding: bytes, as: UTF8.self)
    }

    /// A key with every o after the first letter of a word read as a, and the kh/h marker as g.
    /// With `allVowels`, every a, e, i and o is read as one vowel, the first letter too, and a run
    /// of them as one; but a masculine surname's final i (``endsInMasculineI(_:)``) stays i, read
    /// as one with the vowel before it (Sadovyi, Sadovoy).
    static func looseVowelKey(_ key: String, allVowels: Bool = false) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(key.utf8.count + 1)
        // A marker keeps the two kinds of loose keys apart in one table.
        if allVowels { bytes.append(UInt8(ascii: "*")) }
        var wordStart = true
        let masculineI = allVowels && Self.endsInMasculineI(key.utf8)
        let last = key.utf8.count - 1
        for (offset, var byte) in key.utf8.enumerated() {
            if masculineI && offset == last {
                if bytes.last == UInt8(ascii: "a") { bytes.removeLast() }
                bytes.append(byte)
                break
            }
            if allVowels && (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "o")) {
                byte = UInt8(ascii: "a")
            }
            // A run of vowels is one (Amudaryo, Amudarya: ё is written e or yo, я ya or ia).
            if allVowels && byte == UInt8(ascii: "a") && bytes.last == byte { continue }
            if !wordStart && byte == UInt8(ascii: "o") { byte = UInt8(ascii: "a") }
            if byte == UInt8(ascii: "H") { byte = UInt8(ascii: "g") }
            wordStart = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "|")
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether most of the spellings end a word and start the next, after a hyphen or a space, with
    /// the same vowel (Alma-Ata, Алма-Ата, Alma Ata; not Almaty beside its one case form Alma-Aty,
    /// whose key it shares), and at least one of them at a hyphen. A space alone is most often a
    /// given name and a surname read as no person (Svetlana Alexievich, Sviatlana Aleksiyevich: a
    /// given name's final a and a surname's initial one, whose loose join is the person's own);
    /// a compound place is hyphened in some of its spellings. Only a spelling with a hyphen or a
    /// space is read letter by letter.
    static func joinsWordsAtVowel(_ spellings: some Collection<String>) -> Bool {
        var joined = 0
        var atHyphen = false
        for spelling in spellings where spelling.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: " ") }) {
            var previous: Character? = nil
            var afterBreak = false
            var breakIsHyphen = false
            for character in spelling.lowercased() {
                if character == "-" || character == " " {
                    afterBreak = previous != nil
                    breakIsHyphen = character == "-"
                    continue
                }
                if afterBreak, character == previous, Self.breakVowels.contains(character) {
                    joined += 1
                    atHyphen = atHyphen || breakIsHyphen
                    break
                }
                afterBreak = false
                previous = character
            }
        }
        return atHyphen && joined * 2 > spellings.count
    }

    /// The vowels ``joinsWordsAtVowel(_:)`` looks for on both sides of a break, Latin and Cyrillic.
    static let breakVowels: Set<Character> = ["a", "e", "i", "o", "u", "а", "е", "и", "о", "у", "э", "і"]

    /// A key with every ks read as the kh marker `H`.
    static func khForKs(_ key: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(key.utf8.count)
        for byte in key.utf8 {
            if byte == UInt8(ascii: "s"), bytes.last == UInt8(ascii: "k") {
                bytes[bytes.count - 1] = UInt8(ascii: "H")
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A given-name key with the kh/h marker `H` read as `k` (and `kk` as `k`).
    static func looseGivenKey(_ key: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(key.utf8.count)
        for var byte in key.utf8 {
            if byte == UInt8(ascii: "H") { byte = UInt8(ascii: "k") }
            if byte == UInt8(ascii: "k"), bytes.last == UInt8(ascii: "k") { continue }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The kind most mentions gave, `other` when none said more.
    static func kind(_ kinds: [String: Int]) -> NameKind {
        let order: [NameKind] = [.person, .organisation, .place]
        var bestKind = NameKind.other
        var bestCount = 0
        for kind in order {
            let count = kinds[kind.rawValue] ?? 0
            if count > bestCount {
                bestKind = kind
                bestCount = count
            }
        }
        return bestKind
    }
}

/// Union-find with path compression; the smaller index becomes the root, so results do not depend
/// on the order of unions.
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var root = x
        while parent[root] != root { root = parent[root] }
        var node = x
        while parent[node] != root {
            let next = parent[node]
            parent[node] = root
            node = next
        }
        return root
    }

    mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra == rb { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }
}

/// The keys of the rule files' given names and concept initials, made once when the stage is made:
/// keying them through the transliterator in every batch's resolve cost more than all the batch's
/// joins that read them (a fresh key maker's cache is empty).
struct NameRuleKeys: Sendable {
    /// A given name's key → its line of given-name-equivalents.txt (Volodymyr, Vladimir).
    var equivalenceGroup: [String: Int] = [:]
    /// A short form's key → the keys of the full names it stands for (given-name-diminutives.txt).
    var diminutiveFullNames: [String: Set<String>] = [:]
    /// The keys of every given name the rule files know: the `woman` lines of person-case-forms.txt,
    /// the equivalents and the diminutives (``NameClusterer/latinGivenNames(_:table:)``).
    var known: Set<String> = []
    /// A concept → a language → the letter keys of its initials (``NameRules/organisationConceptInitials``),
    /// which ``NameClusterer/conceptAcronymKeys(_:country:)`` makes acronyms of.
    var conceptInitials: [String: [String: Set<String>]] = [:]
    /// The keys of the words of institutions' names that only the region's languages write
    /// (``NameRules/regionalConceptWords``), of at least ``shortestTransliteratedConcept`` letters
    /// and no English concept word's key: a Latin word in lower case with one of them is
    /// a transliteration (`sluzhba`, `bezopasnosti`, `xizmati`), which English text never writes.
    var transliteratedConcepts: Set<String> = []
    /// Shorter keys (`sot`, `rada`, `xalq`) are too often another word.
    static let shortestTransliteratedConcept = 5
    /// The keys of the words of ``transliteratedConcepts``' kind too short to be among them, of
    /// ``shortestShortConcept`` letters or more (`joly`, `jolu`, `havo`): a Latin word in lower case
    /// with one of them belongs to a name only beside a longer one (`temir joly`, `havo yo'llari`),
    /// where no English text puts it (``Pass/isShortConceptBesideConcept(_:)``).
    var shortTransliteratedConcepts: Set<String> = []
    /// Keys of two letters (`sot` is three) are left out: any short word could have one.
    static let shortestShortConcept = 3
    /// The keys of every word of organisation-concepts.txt of ``shortestShortConcept`` letters or
    /// more, English words and the region's function words too (`bank`, `sprav`, `korhoi`, `ister`,
    /// `millii`), but the connectors and the English words around names (`and`, `the`, `for`,
    /// `in`): a Latin word in lower case with one of them carries a transliterated name in sentence
    /// case on to the words after it (`Natsionalny bank Kyrgyzskoy Respubliki`, `Ministerstvo
    /// zakordonnykh sprav Ukrainy`), where alone it would end the name.
    var linkingConcepts: Set<String> = []
    /// The key of each word of organisation-concepts.txt (not a stump) → its concept, for a word
    /// written in another script than the file's (`ministerstvo`, `natsionalnyi`, `ulttyq`,
    /// `vazorati`): the press transliterates the official names. A key two concepts' words share
    /// is left out (it would say either); one two countries' words share implies none. Keys are of
    /// ``shortestTransliteratedConcept`` letters or more, but a function word's.
    var conceptsByKey: [String: NameRules.OrganisationConcept] = [:]
    /// The key of a one-word variant of a one-word lexicon line (`Kiev`) → the key of its canonical
    /// form (`Kyiv`), for the lexicon's places inside longer names (``NameClusterer/joinLexiconWords(_:table:index:sets:)``).
    var lexiconWords: [String: String] = [:]

    init(rules: NameRules, keys: NameKeyMaker) {
        for (group, names) in rules.givenNameEquivalents.enumerated() {
            for name in names { equivalenceGroup[keys.key(of: Substring(name))] = group }
        }
        for line in rules.givenNameDiminutives {
            let full = keys.key(of: Substring(line[0]))
            for short in line.dropFirst() { diminutiveFullNames[keys.key(of: Substring(short)), default: []].insert(full) }
        }
        known = Set((rules.womenGivenNames + rules.givenNameEquivalents.joined() + rules.givenNameDiminutives.joined()).map { keys.key(of: Substring($0)) })
        conceptInitials = rules.organisationConceptInitials.mapValues { languages in
            languages.mapValues { initials in Set(initials.map { keys.key(of: Substring(String($0))) }) }
        }
        let english = Set(rules.englishConceptWords.map { keys.key(of: Substring($0)) })
        // Ukrainian г is h in Latin (`rehioniv`, `hromadska`), where the key of the Cyrillic word has
        // g: a word with г is known by both.
        let regional = rules.regionalConceptWords.flatMap { word -> [String] in
            let key = keys.key(of: Substring(word))
            return word.contains("г") ? [key, String(key.map { $0 == "g" ? "H" : $0 })] : [key]
        }
        transliteratedConcepts = Set(regional.filter {
            $0.unicodeScalars.count >= Self.shortestTransliteratedConcept && !$0.contains(" ") && !english.contains($0)
        })
        shortTransliteratedConcepts = Set(regional.filter {
            (Self.shortestShortConcept..<Self.shortestTransliteratedConcept).contains($0.unicodeScalars.count) && !$0.contains(" ")
                && !english.contains($0)
        })
        let aroundNames = rules.connectors.union(WordClass.determiners).union(WordClass.placePrepositions).union(WordClass.timePrepositions)
        linkingConcepts = Set(rules.organisationConcepts.keys.filter { !$0.hasSuffix("-") && !aroundNames.contains($0) }.map { keys.key(of: Substring($0)) }
            .filter { $0.unicodeScalars.count >= Self.shortestShortConcept && !$0.contains(" ") })
        var ambiguous: Set<String> = []
        for (word, known) in rules.organisationConcepts where !word.hasSuffix("-") {
            let key = keys.key(of: Substring(word))
            // A short key (`oli`, `sud`) is too often a proper word's (the izafet's `Majlisi Oli`); a
            // function word's adds no concept, and may be short (`del`).
            let shortest = known.concept == "-" ? Self.shortestShortConcept : Self.shortestTransliteratedConcept
            guard key.unicodeScalars.count >= shortest, !ambiguous.contains(key) else { continue }
            if var met = conceptsByKey[key] {
                guard met.concept == known.concept else {
                    conceptsByKey[key] = nil
                    ambiguous.insert(key)
                    continue
                }
                if met.country != known.country { met.country = nil }
                conceptsByKey[key] = met
            } else {
                conceptsByKey[key] = known
            }
        }
        for entry in rules.lexicon where !entry.canonical.contains(" ") {
            let canonical = keys.key(of: Substring(entry.canonical))
            for variant in entry.variants where !variant.contains(" ") {
                let key = keys.key(of: Substring(variant))
                if key != canonical { lexiconWords[key] = canonical }
            }
        }
    }
}
