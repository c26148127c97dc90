import ICU

/// Clusters the entities of a merged ``NameVariantTable`` and chooses their canonical forms.
///
/// Entities with the same matching key are already one row of the table. Rows are joined further
/// only by rules that cannot merge two different people:
/// - the lexicon joins the spellings it lists;
/// - under one surname, a given name joins a longer one that is itself plus a short-form ending
///   (`Janar` → `Janarbek`) when that longer name is the only candidate and no article wrote both
///   as different people;
/// - an initial (`A. Atambayev`) joins the only given name under that surname that it can stand for.
/// Different given names under one surname (`Askar Akayev`, `Janar Akayev`) stay apart, and
/// surnames written alone were already linked (or not) inside their own article.
struct NameClusterer {
    let rules: NameRules
    let keys: NameKeyMaker
    let display: Transliterator
    let keepStoredCanonical: Bool

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
        // Initials.
        for (_, given) in people.sorted(by: { $0.key < $1.key }) {
            for initial in given.keys.sorted() where initial.hasSuffix(".") {
                let letter = initial.first!
                let roots = Set(given.filter { !$0.key.hasSuffix(".") && $0.key.first == letter }.map { sets.find($0.value) })
                if roots.count == 1 { sets.union(given[initial]!, roots.first!) }
            }
        }

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
            let isPerson = members.contains { !entityKeys[$0].hasPrefix("n\t") }
            let canonical = canonicalByRoot[root] ?? best(surfaces) ?? entityKeys[members[0]]
            let kind: NameKind = isPerson ? .person : Self.kind(kinds)
            // The surname in the canonical spelling: the longest surname spelling that ends the
            // canonical form (so a rewritten "Atambaev" reads as in "Almazbek Atambayev").
            let endingSurname = surnames.keys.filter { canonical == $0 || canonical.hasSuffix(" " + $0) }
                .max { ($0.unicodeScalars.count, $1) < ($1.unicodeScalars.count, $0) }
            let surname = endingSurname ?? canonical.split(separator: " ").last.map(String.init) ?? canonical
            for member in members {
                let key = entityKeys[member]
                resolution.canonical[key] = canonical
                resolution.kind[key] = kind
                resolution.cluster[key] = entityKeys[members.min()!]
                if key.hasPrefix("p\t") {
                    resolution.canonicalSurname[key] = surname
                } else if key.hasPrefix("s\t") {
                    let surnameKey = String(key.dropFirst(2))
                    let spelling = canonicalByRoot[root] ?? best(surnameSpellings[surnameKey] ?? surfaces) ?? canonical
                    resolution.canonical[key] = spelling
                    resolution.canonicalSurname[key] = spelling
                }
            }
        }
        return resolution
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

    /// The kind most mentions gave, `other` when none said more.
    static func kind(_ kinds: [String: Int]) -> NameKind {
        let order: [NameKind] = [.organisation, .place, .person]
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
