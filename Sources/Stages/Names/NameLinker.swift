/// Links surname-only mentions ("Atambayev", "President Jeenbekov", "Mr Mombekov") to the full name
/// of the same article, and only of the same article: a surname alone never joins a person of
/// another article, so the president's brother cannot be merged into the president through a
/// bare "Jeenbekov" elsewhere.
enum NameLinker {
    /// Titles that say nothing about which of two namesakes is meant.
    static let genericTitles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "former", "ex", "late", "acting", "interim"]

    private struct Person {
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
    static func link(_ result: inout [DetectedName]) {
        var people: [String: [Person]] = [:]
        for index in result.indices {
            guard case .fullPerson(let surnameKey, let givenKey, _, _) = result[index].form else { continue }
            let specific = result[index].titles.isEmpty ? [] : result[index].titles.filter { !genericTitles.contains($0) }
            if let existing = people[surnameKey]?.firstIndex(where: { $0.givenKey == givenKey }) {
                people[surnameKey]![existing].titles += specific
            } else {
                people[surnameKey, default: []].append(Person(givenKey: givenKey, titles: specific, firstIndex: index))
            }
        }
        guard !people.isEmpty else { return }
        for index in result.indices {
            let surnameKey: String
            switch result[index].form {
            case .surname(let key):
                surnameKey = key
            case .entity(let key) where result[index].kind != .organisation && result[index].kind != .place
                && !result[index].surface.utf8.contains(UInt8(ascii: " ")):
                surnameKey = key
            default:
                continue
            }
            guard let candidates = people[surnameKey] else { continue }
            let earlier = candidates.filter { $0.firstIndex < index }
            var pool = earlier.isEmpty ? candidates : earlier
            if pool.count > 1 {
                let titles = result[index].titles.filter { !genericTitles.contains($0) }
                pool = pool.filter { person in person.titles.contains { titles.contains($0) } }
            }
            guard pool.count == 1 else {
                // Two namesakes and nothing to tell them apart: a person, but nobody in particular.
                result[index].form = .surname(key: surnameKey)
                result[index].kind = .person
                continue
            }
            result[index].form = .linkedSurname(surnameKey: surnameKey, givenKey: pool[0].givenKey)
            result[index].kind = .person
        }
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
        var givenBySurname: [String: Set<String>] = [:]
        for name in names {
            if case .fullPerson(let surnameKey, let givenKey, _, _) = name.form {
                givenBySurname[surnameKey, default: []].insert(givenKey)
            }
        }
        var pairs = Set<String>()
        for (surname, given) in givenBySurname where given.count > 1 {
            // An initial next to the full given name is the same person written twice.
            // So is a given name next to itself with a patronymic.
            let sorted = given.filter { !$0.hasSuffix(".") }.sorted()
            for i in sorted.indices {
                for j in sorted.indices where j > i {
                    let (a, b) = (sorted[i][...], sorted[j][...])
                    if (a.contains("|") != b.contains("|"))
                        && NameVariantTable.givenWithoutPatronymic(a) == NameVariantTable.givenWithoutPatronymic(b)
                    {
                        continue
                    }
                    pairs.insert("\(surname)\t\(sorted[i])\t\(sorted[j])")
                }
            }
        }
        return pairs
    }
}
