extension NameClusterer {
    /// The two-word names the detector read as no person (`Dmytro Kuleba`, `Valerii Zaluzhnyi`:
    /// surnames of no known ending, read as other names when nothing in their article said
    /// "person"), as people under the surname key of their last word: surname key → given key →
    /// entity index. Only for the surnames in `surnames`, those an initial or a title wrote as a
    /// person's (`D. Kuleba`, `Gen. Zaluzhnyi`), so that those can join them; no other rule sees them.
    ///
    /// A name qualifies when one of its spellings is two capitalised words whose keys make its own
    /// key, the first a word of three letters or more, and when fewer of its mentions called it a place
    /// or an organisation than a person or nothing.
    func otherNamesAsPeople(_ entityKeys: [String], table: NameVariantTable, surnames: Set<String>) -> [String: [String: Int]] {
        var result: [String: [String: Int]] = [:]
        guard !surnames.isEmpty else { return result }
        let shortest = surnames.map(\.utf8.count).min()!
        for (position, key) in entityKeys.enumerated() where key.hasPrefix("n\t") {
            let name = key.utf8.dropFirst(2)
            // A cheap test first: the key must end with one of the surnames, after three letters.
            guard name.count >= shortest + 3, !name.contains(UInt8(ascii: "#")) else { continue }
            var ending: String?
            for start in name.indices.dropFirst(3) where name.distance(from: start, to: name.endIndex) >= shortest {
                let suffix = String(Substring(name[start...]))
                if surnames.contains(suffix) {
                    ending = suffix
                    break
                }
            }
            guard let ending, let entity = table.entities[key] else { continue }
            let kinds = entity.kinds
            guard (kinds[NameKind.place.rawValue] ?? 0) + (kinds[NameKind.organisation.rawValue] ?? 0)
                < (kinds[NameKind.person.rawValue] ?? 0) + (kinds[NameKind.other.rawValue] ?? 0)
            else { continue }
            for spelling in entity.surfaces.dictionary.keys.sorted() {
                let words = spelling.split(separator: " ")
                guard words.count == 2, words.allSatisfy({ $0.first?.isUppercase == true }), words[0].count >= 3,
                    !words[0].hasSuffix(".")
                else { continue }
                let (given, surname) = (keys.key(of: words[0]), keys.key(of: words[1]))
                guard surname == ending, NameVariantTable.entityKey(given + " " + surname) == key else { continue }
                result[surname, default: [:]][given] = position
                break
            }
        }
        return result
    }
}
