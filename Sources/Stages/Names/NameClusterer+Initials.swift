extension NameClusterer {
    /// Joins an initial and a surname (`A. Beglov`, `Sh. Mirziyoyev`) to the one person of the batch
    /// with that surname whose given name the initial can stand for (`R. Kadyrov` beside Ramzan and
    /// Akhmad Kadyrov). Two such people (`A. Kadyrov` beside Akhmad and Aslan Kadyrov) or none join
    /// nothing. Runs after every other join of given names, so the spellings of one person (Ramzan,
    /// Ramsan) count once. A second initial (`Н. А. Назарбаев`) is the patronymic's: a name written
    /// with a patronymic must have one it can stand for, so `I. S. Petrov` never joins Ivan
    /// Nikolayevich Petrov.
    ///
    /// `otherNames` (``otherNamesAsPeople(_:table:surnames:)``) adds the two-word names read as no
    /// person under the surname: `D. Kuleba` joins `Dmytro Kuleba` as it joins `Dmytro Ivanov`. And
    /// ``peopleInTheOtherOrder(_:initialled:)`` adds the people read surname first for a weak ending
    /// alone: `M. Kabiri` joins `Muhiddin Kabiri`, whose given name's -in read as a surname's.
    func joinInitials(_ people: [String: [String: Int]], otherNames: [String: [String: Int]], sets: inout DisjointSets) {
        let initialled = Set(people.lazy.filter { $0.value.keys.contains { $0.hasSuffix(".") } }.map(\.key))
        let otherOrder = peopleInTheOtherOrder(people, initialled: initialled)
        for (surname, given) in people.sorted(by: { $0.key < $1.key }) {
            var everyone = otherNames[surname].map { given.merging($0) { person, _ in person } } ?? given
            if let read = otherOrder[surname] { everyone.merge(read) { person, _ in person } }
            for initial in given.keys.sorted() where initial.hasSuffix(".") {
                let parts = initial.split(separator: " ").map { $0.dropLast() }
                guard parts.count <= 2 else { continue }
                let candidates = everyone.filter { candidate, _ in
                    guard !candidate.hasSuffix("."), Self.initials(parts[0], canStandFor: candidate) else { return false }
                    guard parts.count == 2, let bar = candidate.firstIndex(of: "|") else { return true }
                    return Self.initial(parts[1], canStandFor: String(candidate[candidate.index(after: bar)...]))
                }
                // A patronymic initial that one person's patronymic starts (`Иванов С.Б.` beside
                // Sergei Borisovich Ivanov) chooses that person over the given names written
                // without a patronymic (Sergei Ivanov), which may be anyone of that given name.
                let patronymicRoots = parts.count == 2 ? Set(candidates.filter { $0.key.contains("|") }.map { sets.find($0.value) }) : []
                // Y. (key `y`) stands for Yulia (`ulia`) as for Yelena (`elena`): ``initial(_:canStandFor:)``
                // makes both candidates, so an initial beside the two stays ambiguous.
                let roots = patronymicRoots.count == 1 ? patronymicRoots : Set(candidates.map { sets.find($0.value) })
                if roots.count == 1, let root = roots.first { sets.union(given[initial]!, root) }
            }
        }
    }

    /// The people of two words read surname first for a weak ending alone, in the other order, under
    /// the surnames in `initialled`: surname key → given key → entity index. `Muhiddin Kabiri` and
    /// `Sadriddin Ayni` end in no surname's ending, and their given names in the weak -in, so the
    /// detector reads them as the register's order (surname muHidin, given kabiri); the name the
    /// initial `M. Kabiri` writes is the other order's. A first word of a strong ending (`Ivanov
    /// Petr`) is a surname, and its order is not turned.
    func peopleInTheOtherOrder(_ people: [String: [String: Int]], initialled: Set<String>) -> [String: [String: Int]] {
        var result: [String: [String: Int]] = [:]
        guard !initialled.isEmpty else { return result }
        for (surname, given) in people where !surname.contains(" ") && !WordClass.hasEnding(surname, rules.strongSurnameEndings) {
            for (givenKey, position) in given where initialled.contains(givenKey) {
                result[givenKey, default: [:]][surname] = position
            }
        }
        return result
    }

    /// Whether `key` is a person's written with initials only (`V. Sarybaev`: `p\tsaribaev\tv.`). Such a
    /// form joins a person only through ``joinInitials(_:sets:)``, which asks whether the initial can
    /// stand for one person alone: the readings of spelling styles and letters leave it out, as a
    /// source and as a target, so that the initials of two brothers (`V.`, `W.`) never meet there.
    static func isInitialForm(_ key: String) -> Bool { key.hasPrefix("p\t") && key.hasSuffix(".") }

    /// Whether the initial, or the hyphenated initials of a double given name (`k-J` for К.-Ж.), can
    /// stand for the given names of `candidate`: two initials need two given names (Kassym-Jomart,
    /// Kassym Jomart), each starting as its initial says.
    static func initials(_ part: Substring, canStandFor candidate: String) -> Bool {
        let letters = part.split(separator: "-")
        guard letters.count == 2 else { return initial(part, canStandFor: candidate) }
        let names = NameVariantTable.givenWithoutPatronymic(candidate[...]).split(whereSeparator: { $0 == "-" || $0 == " " })
        return names.count == 2 && initial(letters[0], canStandFor: String(names[0])) && initial(letters[1], canStandFor: String(names[1]))
    }

    /// Whether the key of an initial (`a`, `S` for Sh., `iu` for Yu.) can begin the given-name key
    /// `given`: its letters start the key, or the initial is `I.` (key `i`) and the key reads the
    /// glide of the name's first vowel away (Iosif: `esif`; Iuliia, Yulia: `ulia`), or the initial is
    /// `Y.` (key `y`) and the name starts with Е, Ю or Я (Yerlan, Erlan: `erlan`; Yulia: `ulia`;
    /// Yaroslav), never with И (Iryna: `irina`), or the
    /// initial is the first letter of a spelling of ж or дж, which the key writes `J` (`Z.` for
    /// Zhanbolat, `D.` for Dzhambul), or the initial is the German `W.` (key `w`,
    /// ``NameDetector/initialKey(_:key:)``) of a name keyed with v, or the name's first letter is a
    /// German mark (§ for s or z, ¶ for sh or zh) that the initial's letter is one reading of, or the
    /// initial is the first letter of the digraph of х, ч or ш (`K.` for Khabib, `C.` for Cholpon,
    /// `S.` for Shukhrat).
    static func initial(_ letters: Substring, canStandFor given: String) -> Bool {
        guard let first = letters.first, !letters.isEmpty else { return false }
        if given.hasPrefix(letters) { return true }
        guard letters.count == 1, let start = given.first else { return false }
        // Y. (key `y`) is the glide of Е, Ю and Я: a name keyed with that vowel (Yerlan `erlan`,
        // Yulia `ulia`) or with the glide before a vowel (Yaroslav, `iaroslav`), never one of И
        // (Iryna, `irina`), which I. stands for.
        if first == "y" {
            guard start != "i" else { return given.dropFirst().first.map { "aeou".contains($0) } ?? false }
            return start == "e" || start == "u"
        }
        // C. (key `c`) is a name's k (Konstantin, Catherine: `k`) or, as K. for Kh and S. for Sh
        // below, the first letter of ч (Chingiz: `C`).
        if first == "c" { return start == "k" || start == "C" }
        switch (first, start) {
        case ("i", "e"), ("i", "u"), ("z", "J"), ("d", "J"), ("w", "v"), ("s", "§"), ("z", "§"), ("S", "¶"), ("J", "¶"),
            // The press often shortens a digraph's name to its first letter: K. for Khabib (key `H`), S. for
            // Shukhrat (`S`), beside Kh., Sh.
            ("k", "H"), ("s", "S"):
            return true
        default: return false
        }
    }
}
