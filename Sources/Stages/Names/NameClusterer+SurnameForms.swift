extension NameClusterer {
    /// The Russian surname endings that Tajik and other Central Asian names drop (matching keys).
    static let droppedSurnameEndings = ["ov", "ova", "ev", "eva"]

    /// Joins a person whose surname has a Russian ending (Emomali Rahmonov, Ozoda Rahmonova) to the
    /// same given name with the bare surname (Emomali Rahmon, Ozoda Rahmon): since 2007 many Tajik
    /// officials write their surnames without -ov, and the press writes both. The bare name joins
    /// only when one person under the given name is a candidate, and only a full name (a given name
    /// and a surname of at least four letters), never a surname alone.
    ///
    /// Kazakh names likewise write the surname as the father's name with -ұлы, -uly (son of) or
    /// -қызы, -kyzy (daughter of) in place of the Russian -ов, -ева: Abai Kunanbaiuly is Abai
    /// Kunanbayev, Saule Zhaksybaikyzy is Saule Zhaksybayeva. These forms join the same way.
    func joinDroppedEndings(_ people: [String: [String: Int]], index: [String: Int], sets: inout DisjointSets) {
        // The bare name's entity → the people it could be.
        var candidates: [Int: Set<Int>] = [:]
        for (surname, given) in people.sorted(by: { $0.key < $1.key }) {
            guard !surname.contains(" ") else { continue }
            let bareSurnames = Self.bareSurnames(of: surname)
            guard !bareSurnames.isEmpty else { continue }
            for (givenKey, position) in given.sorted(by: { $0.key < $1.key }) where !givenKey.hasSuffix(".") {
                let base = String(NameVariantTable.givenWithoutPatronymic(givenKey[...]))
                for bareSurname in bareSurnames {
                    let bare = people[bareSurname]?[base] ?? index[NameVariantTable.entityKey(base + " " + bareSurname)]
                    if let bare { candidates[bare, default: []].insert(position) }
                }
            }
        }
        // Twice: a bare name whose candidates are one person's Russian and -uly forms (Dimash
        // Kudaibergenov, Kudaibergenuly; Dimash Kudaibergen) joins once those forms have joined.
        for _ in 0..<2 {
            for (bare, people) in candidates.sorted(by: { $0.key < $1.key }) {
                let roots = Set(people.map { sets.find($0) })
                if roots.count == 1 { sets.union(bare, roots.first!) }
            }
        }
    }

    /// The keys of the bare surnames that the surname key `surname` may stand for: its stem without a
    /// Russian ending (Rahmonov, Rahmon) and the Kazakh forms of that stem (Kunanbayev, Kunanbaiuly),
    /// and a Kazakh surname without the -uly that some writers add to it (Satybaldyuly, Satybaldy:
    /// the surname is already the father's name, Сатыбалды). A stem keeps at least four letters.
    /// A key ends in at most one of these endings (none of them ends another), so the forms are
    /// one stem's.
    static func bareSurnames(of surname: String) -> [String] {
        if let ending = droppedSurnameEndings.first(where: { surname.hasSuffix($0) }) {
            let stem = String(surname.dropLast(ending.count))
            return stem.count >= 4 ? [stem] + kazakhSurnames(stem: stem, feminine: ending.hasSuffix("a")) : []
        }
        guard surname.hasSuffix("uli") else { return [] }
        let stem = String(surname.dropLast(3))
        // The key rules drop the last letter of the bare name before -uly, a й between vowels
        // (Kunanbaiuly, kunanbauli) or an ы read as the i of ю (Satybaldyuly, satibalduli).
        return stem.count >= 4 ? [stem, stem + "i"] : []
    }

    /// The keys of the Kazakh surnames made of the father's name `stem` (a key without its Russian
    /// ending): -uly for a man, -kyzy for a woman. The key rules drop a й between vowels
    /// (Kunanbaiuly, kunanbauli) but keep it before the k of -kyzy (Zhaksybaikyzy, Jaksibaikizi).
    static func kazakhSurnames(stem: String, feminine: Bool) -> [String] {
        guard feminine else { return [stem + "uli"] }
        return "aeiou".contains(stem.last!) ? [stem + "kizi", stem + "ikizi"] : [stem + "kizi"]
    }

    /// The key endings of a woman's Russian surname whose man's form is the same without its final a
    /// (Gorbacheva, Gorbachev; Putina, Putin).
    static let feminineSurnameEndings = ["ova", "eva", "ina"]

    /// Joins a woman's full name with a Russian surname in its feminine form (Raisa Gorbacheva) to the
    /// same given name before the man's form of that surname (Raisa Gorbachev), which the English
    /// and French press often write for a known man's wife or daughter. Only under the same given
    /// name, ending in a as Russian women's names do (Raisa, Lyudmila, Tatyana), so a man's name never
    /// meets his sister's under another given name; the man's form keeps at least five letters.
    func joinMasculineSurnameForms(_ people: [String: [String: Int]], sets: inout DisjointSets) {
        for (surname, given) in people.sorted(by: { $0.key < $1.key }) where surname.count >= 6 {
            guard Self.feminineSurnameEndings.contains(where: { surname.hasSuffix($0) }), let men = people[String(surname.dropLast())] else { continue }
            for (givenKey, position) in given.sorted(by: { $0.key < $1.key }) where !givenKey.hasSuffix(".") {
                guard NameVariantTable.givenWithoutPatronymic(givenKey[...]).last == "a", let man = men[givenKey] else { continue }
                sets.union(position, man)
            }
        }
    }

    /// Joins a double surname written without its hyphen (Lola Karimova Tillyaeva, read as the given
    /// names Lola Karimova and the surname Tillyaeva) to the hyphenated form (Lola Karimova-Tillyaeva)
    /// when the batch has it: a second given name never ends like a surname.
    func joinUnhyphenatedSurnames(_ people: [String: [String: Int]], sets: inout DisjointSets) {
        for (surname, given) in people.sorted(by: { $0.key < $1.key }) {
            for (givenKey, position) in given.sorted(by: { $0.key < $1.key }) where !givenKey.hasSuffix(".") {
                let base = NameVariantTable.givenWithoutPatronymic(givenKey[...])
                guard let space = base.lastIndex(of: " ") else { continue }
                let first = String(base[base.index(after: space)...])
                guard WordClass.hasEnding(first, rules.strongSurnameEndings),
                    let double = people[first + " " + surname]?[String(base[..<space]) + givenKey[base.endIndex...]]
                else { continue }
                sets.union(position, double)
            }
        }
    }
}
