/// Links surname-only mentions ("Atambayev", "President Jeenbekov", "Mr Mombekov") to the full name
/// of the same article, and only of the same article: a surname alone never joins a person of
/// another article, so the president's brother cannot be merged into the president through a
/// bare "Jeenbekov" elsewhere.
enum NameLinker {
    /// Titles that say nothing about which of two namesakes is meant.
    static let genericTitles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "former", "ex", "late", "acting", "interim"]

    private struct Person {
        var surnameKey: String
        var givenKey: String
        var titles: [String]
        var firstIndex: Int
    }

    /// `names` with surname-only mentions linked where the article says unambiguously who is meant.
    ///
    /// The full name must come earlier in the article; failing that, a later one is used when the
    /// article has only one person of that surname. When two people share the surname (the
    /// president and his brother), a specific title must match ("President Jeenbekov"); otherwise
    /// the mention stays unlinked.
    static func link(_ names: [DetectedName]) -> [DetectedName] {
        var names = names
        link(&names)
        return names
    }

    /// Links in place.
    ///
    /// An article names a few dozen people at most, so the people are a list searched linearly:
    /// a dictionary per article cost more than the searches.
    static func link(_ result: inout [DetectedName]) {
        var people: [Person] = []
        for index in result.indices {
            guard result[index].isFullPerson, case .fullPerson(let surnameKey, let givenKey, _, _) = result[index].form else { continue }
            let specific = result[index].titles.isEmpty ? [] : result[index].titles.filter { !genericTitles.contains($0) }
            if let existing = people.firstIndex(where: { $0.surnameKey == surnameKey && $0.givenKey == givenKey }) {
                if !specific.isEmpty { people[existing].titles += specific }
            } else {
                people.append(Person(surnameKey: surnameKey, givenKey: givenKey, titles: specific, firstIndex: index))
            }
        }
        guard !people.isEmpty else { return }
        // An organisation's or a place's name is never a surname: its form is not read (binding a
        // case's key copied the whole form and destroyed it again).
        for index in result.indices where !result[index].isFullPerson
            && !(result[index].isEntity && (result[index].kind == .organisation || result[index].kind == .place))
        {
            let surnameKey: String
            switch result[index].form {
            case .surname(let key):
                surnameKey = key
            case .entity(let key) where result[index].kind != .organisation && result[index].kind != .place
                && !Self.hasSpace(result[index].surface):
                surnameKey = key
            default:
                continue
            }
            // The candidates are the people of that surname; those named earlier if any.
            var candidates = 0
            var earlier = 0
            var lastCandidate = -1
            var lastEarlier = -1
            // By index: `enumerated()` copied every person (two strings and an array) per mention.
            for position in people.indices where people[position].surnameKey == surnameKey {
                candidates += 1
                lastCandidate = position
                if people[position].firstIndex < index {
                    earlier += 1
                    lastEarlier = position
                }
            }
            guard candidates > 0 else { continue }
            let onlyEarlier = earlier > 0
            var chosen = -1
            if (onlyEarlier ? earlier : candidates) == 1 {
                chosen = onlyEarlier ? lastEarlier : lastCandidate
            } else {
                let titles = result[index].titles.filter { !genericTitles.contains($0) }
                var matches = 0
                for (position, person) in people.enumerated()
                where person.surnameKey == surnameKey && (!onlyEarlier || person.firstIndex < index)
                    && person.titles.contains(where: { titles.contains($0) })
                {
                    matches += 1
                    chosen = position
                }
                if matches != 1 { chosen = -1 }
            }
            guard chosen >= 0 else {
                // Two namesakes and nothing to tell them apart: a person, but nobody in particular.
                result[index].form = .surname(key: surnameKey)
                result[index].kind = .person
                continue
            }
            result[index].form = .linkedSurname(surnameKey: surnameKey, givenKey: people[chosen].givenKey)
            result[index].kind = .person
        }
    }

    /// Whether `text` holds a space; reads the bytes in place (the generic `contains` of a
    /// string's UTF-8 view walks them through an iterator).
    static func hasSpace(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: " ")) } ?? text.utf8.contains(UInt8(ascii: " "))
    }

    /// Pairs of different given names written in full with the same surname in one article: two
    /// different people, whom no short-form rule may merge. Each pair is `surname\tgiven\tgiven`,
    /// given names in sorted order.
    static func distinctNamesakes(_ names: [DetectedName]) -> Set<String> {
        // Most articles name fewer than two people in full: nothing to pair.
        var fullNames = 0
        for index in names.indices {
            if case .fullPerson = names[index].form { fullNames += 1 }
        }
        guard fullNames >= 2 else { return [] }
        var persons: [(surname: String, given: String)] = []
        persons.reserveCapacity(fullNames)
        for index in names.indices {
            // An initial next to the full given name is the same person written twice.
            if case .fullPerson(let surnameKey, let givenKey, _, _) = names[index].form, givenKey.utf8.last != UInt8(ascii: ".") {
                persons.append((surnameKey, givenKey))
            }
        }
        var pairs = Set<String>()
        for i in persons.indices {
            for j in persons.indices where j > i && persons[i].surname == persons[j].surname {
                let (a, b) = (persons[i].given[...], persons[j].given[...])
                guard a != b else { continue }
                // So is a given name next to itself with a patronymic.
                // Bytes, not characters: `contains` on a substring walked it by grapheme.
                if (a.utf8.contains(UInt8(ascii: "|")) != b.utf8.contains(UInt8(ascii: "|")))
                    && NameVariantTable.givenWithoutPatronymic(a) == NameVariantTable.givenWithoutPatronymic(b)
                {
                    continue
                }
                pairs.insert(a < b ? "\(persons[i].surname)\t\(a)\t\(b)" : "\(persons[i].surname)\t\(b)\t\(a)")
            }
        }
        return pairs
    }
}

extension DetectedName {
    /// Whether the name is a person's written in full, read from the form's case alone: binding the
    /// form copied its four strings for every name of the article.
    var isFullPerson: Bool { formCase == .fullPerson }

    /// Whether the name's form is an entity's, read from the form's case alone (see ``isFullPerson``).
    var isEntity: Bool { formCase == .entity }
}
