/// What the `names` stage learns from a batch: every spelling of every entity, with counts.
///
/// It is the stage's `State`: each article contributes a small table, tables are merged in input
/// order (merging only adds counts and unions sets, so it is associative and its result does not
/// depend on how the batch was split), and the merged table is saved between runs with
/// `state "DIR"`, so later drops keep the canonical forms chosen by earlier ones.
///
/// Counts loaded from a saved table are kept apart from the counts of the running batch (see
/// ``SurfaceCount``): the canonical form of an entity already known is chosen from what earlier
/// drops saw, so a new drop cannot change it (only the lexicon can).
///
/// An article's table holds its mentions as a list (``pending``), which merging appends and
/// counts into ``entities`` in bulk: building and freeing a dictionary per article cost more than
/// finding the names. Equality, encoding and ``consolidated`` see the counted form only.
public struct NameVariantTable: Codable, Sendable, Equatable {
    /// Entity key → what was seen of it (once consolidated).
    ///
    /// Keys are `p\tSURNAME\tGIVEN` for a person written in full, `s\tSURNAME` for a surname
    /// written alone with no full name in its article, and `n\tKEY` for any other name; each part
    /// is a matching key (spaces left out of `n` keys).
    public private(set) var entities: [String: Entity]
    /// Different given names written in full with the same surname in one article
    /// (`SURNAME\tGIVEN\tGIVEN`): different people, never merged by a rule.
    public var namesakes: Set<String>
    /// Mentions not yet counted into ``entities``.
    private var pending: [Observation] = []

    /// One mention, as counted.
    fileprivate struct Observation: Sendable {
        var key: String
        var kind: NameKind
        var spelling: String?
        var surname: String?
    }

    /// Mentions kept pending before they are counted; bounds the memory of a worker's table.
    private static let pendingLimit = 4096

    /// An empty table.
    public init() {
        entities = [:]
        namesakes = []
    }

    /// The table with every mention counted into ``entities``.
    public var consolidated: NameVariantTable {
        var table = self
        table.consolidate()
        return table
    }

    /// Counts the pending mentions into ``entities``.
    mutating func consolidate() {
        guard !pending.isEmpty else { return }
        // The mentions of one entity are chained first (a byte table, no SipHash), then counted in
        // their order with one dictionary access per entity: most entities of a batch recur.
        var keys = ByteKeyTable(capacity: pending.count)
        var firsts: [Int32] = []
        var lasts: [Int32] = []
        var next = [Int32](repeating: -1, count: pending.count)
        for index in pending.indices {
            let group = keys.insert(pending[index].key)
            if group == firsts.count {
                firsts.append(Int32(index))
                lasts.append(Int32(index))
            } else {
                next[Int(lasts[group])] = Int32(index)
                lasts[group] = Int32(index)
            }
        }
        let observations = pending
        for first in firsts {
            // The subscript's default value is mutated in place.
            entities[observations[Int(first)].key, default: Entity()].observe(observations, from: Int(first), next: next)
        }
        pending.removeAll(keepingCapacity: true)
    }

    public static func == (lhs: NameVariantTable, rhs: NameVariantTable) -> Bool {
        let (left, right) = (lhs.consolidated, rhs.consolidated)
        return left.entities == right.entities && left.namesakes == right.namesakes
    }

    enum CodingKeys: String, CodingKey { case entities, namesakes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        entities = try container.decode([String: Entity].self, forKey: .entities)
        namesakes = try container.decodeIfPresent(Set<String>.self, forKey: .namesakes) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        let table = consolidated
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(table.entities, forKey: .entities)
        try container.encode(table.namesakes.sorted(), forKey: .namesakes)
    }

    /// One entity's spellings and kinds.
    ///
    /// Spellings are kept in small arrays rather than dictionaries: an entity has a handful of
    /// spellings, and a batch makes one table per article, so allocations are what cost. In JSON
    /// they are objects keyed by spelling, as a person reading a saved state expects.
    public struct Entity: Codable, Sendable, Equatable {
        /// Spelling (given-name-first for people, titles left out) and how often.
        public var surfaces: SpellingCounts
        /// For people: surname spelling and how often.
        public var surnames: SpellingCounts
        /// Mentions per kind, in the order of ``NameKind/allCases``.
        var kindCounts: [Int]

        /// An entity seen nowhere yet.
        public init() {
            surfaces = SpellingCounts()
            surnames = SpellingCounts()
            kindCounts = [0, 0, 0, 0]
        }

        /// Kind (`person`, `place`, …) → how many mentions said so.
        public var kinds: [String: Int] {
            var result: [String: Int] = [:]
            for (kind, count) in zip(NameKind.allCases, kindCounts) where count > 0 { result[kind.rawValue] = count }
            return result
        }

        mutating func count(kind: NameKind) {
            kindCounts[NameKind.allCases.firstIndex(of: kind)!] += 1
        }

        /// How many mentions read the entity as `kind`.
        func mentions(as kind: NameKind) -> Int { kindCounts[NameKind.allCases.firstIndex(of: kind)!] }

        fileprivate mutating func observe(_ observation: Observation) {
            count(kind: observation.kind)
            if let spelling = observation.spelling { surfaces.add(spelling) }
            if let surname = observation.surname { surnames.add(surname) }
        }

        /// Observes `observations[first]` and the ones chained after it by `next` (-1 ends the chain).
        fileprivate mutating func observe(_ observations: [Observation], from first: Int, next: [Int32]) {
            var index = first
            while index >= 0 {
                observe(observations[index])
                index = Int(next[index])
            }
        }

        mutating func merge(_ other: Entity) {
            surfaces.merge(other.surfaces)
            surnames.merge(other.surnames)
            for i in kindCounts.indices { kindCounts[i] += other.kindCounts[i] }
        }

        enum CodingKeys: String, CodingKey { case surfaces, surnames, kinds }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            surfaces = try container.decodeIfPresent(SpellingCounts.self, forKey: .surfaces) ?? SpellingCounts()
            surnames = try container.decodeIfPresent(SpellingCounts.self, forKey: .surnames) ?? SpellingCounts()
            let kinds = try container.decodeIfPresent([String: Int].self, forKey: .kinds) ?? [:]
            kindCounts = NameKind.allCases.map { kinds[$0.rawValue] ?? 0 }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(surfaces, forKey: .surfaces)
            if !surnames.isEmpty { try container.encode(surnames, forKey: .surnames) }
            try container.encode(kinds, forKey: .kinds)
        }
    }

    /// Spellings with their counts, in first-seen order; JSON `{"spelling": {"count": N}}`.
    public struct SpellingCounts: Codable, Sendable, Equatable {
        private(set) var spellings: [String] = []
        private(set) var counts: [SurfaceCount] = []

        /// No spellings.
        public init() {}

        /// Whether no spelling was counted.
        public var isEmpty: Bool { spellings.isEmpty }

        /// The spellings and counts as a dictionary.
        public var dictionary: [String: SurfaceCount] {
            Dictionary(zip(spellings, counts), uniquingKeysWith: +)
        }

        mutating func add(_ spelling: String, _ count: SurfaceCount = SurfaceCount(count: 1)) {
            if let i = spellings.firstIndex(of: spelling) {
                counts[i] = counts[i] + count
            } else {
                spellings.append(spelling)
                counts.append(count)
            }
        }

        mutating func merge(_ other: SpellingCounts) {
            for (spelling, count) in zip(other.spellings, other.counts) { add(spelling, count) }
        }

        // Equal tables are equal whatever order their spellings were first seen in.
        public static func == (lhs: SpellingCounts, rhs: SpellingCounts) -> Bool { lhs.dictionary == rhs.dictionary }

        public init(from decoder: any Decoder) throws {
            let dictionary = try [String: SurfaceCount](from: decoder)
            for key in dictionary.keys.sorted() { add(key, dictionary[key]!) }
        }

        public func encode(to encoder: any Encoder) throws {
            try dictionary.encode(to: encoder)
        }
    }

    /// How often a spelling was seen: in this batch, and in earlier drops (a loaded table).
    ///
    /// Encoded as one total, `{"count": N}`; decoding puts the total in ``stored``, because a
    /// table read from disk is what earlier drops saw.
    public struct SurfaceCount: Codable, Sendable, Equatable {
        /// Mentions in the batch being run.
        public var count: Int
        /// Mentions in earlier drops.
        public var stored: Int

        /// A count.
        public init(count: Int = 0, stored: Int = 0) {
            self.count = count
            self.stored = stored
        }

        public static func + (lhs: SurfaceCount, rhs: SurfaceCount) -> SurfaceCount {
            SurfaceCount(count: lhs.count + rhs.count, stored: lhs.stored + rhs.stored)
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            count = 0
            stored = try container.decode(Int.self, forKey: .count)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(count + stored, forKey: .count)
        }

        enum CodingKeys: String, CodingKey { case count }
    }

    /// Folds `other` (later in input order) into this table.
    mutating func merge(_ other: NameVariantTable) {
        if !other.entities.isEmpty {
            consolidate()
            for (key, entity) in other.entities {
                entities[key, default: Entity()].merge(entity)
            }
        }
        pending.append(contentsOf: other.pending)
        if pending.count >= Self.pendingLimit { consolidate() }
        if !other.namesakes.isEmpty { namesakes.formUnion(other.namesakes) }
    }

    /// Notes the mentions of one article (counted when the table is merged or consolidated).
    ///
    /// Each name is read field by field in place: reading it whole copied it (and retained every
    /// string in it) for each mention.
    mutating func add(contentsOf names: [DetectedName]) {
        pending.reserveCapacity(pending.count + names.count)
        for index in names.indices {
            let (spelling, surname): (String?, String?)
            switch names[index].form {
            case .fullPerson(_, _, let display, let fullSurname): (spelling, surname) = (display, fullSurname)
            case .linkedSurname: (spelling, surname) = (nil, names[index].surface)
            case .surname: (spelling, surname) = (names[index].surface, names[index].surface)
            case .entity: (spelling, surname) = (names[index].surface, nil)
            }
            pending.append(Observation(key: names[index].entityKey, kind: names[index].kind, spelling: spelling, surname: surname))
        }
    }

    static func personKey(surname: String, given: String) -> String { prefixedKey("p", surname, given) }
    /// Separates the given names of a person key from the patronymic, when one was written.
    static let patronymicSeparator = "|"
    /// The given names of a person key's given part, without the patronymic.
    static func givenWithoutPatronymic(_ given: Substring) -> Substring {
        given.firstIndex(of: "|").map { given[..<$0] } ?? given
    }
    static func surnameKey(_ surname: String) -> String { prefixedKey("s", surname) }
    /// Spaces are left out of the key of a non-person name, so `Ala Too`, `Ala-Too` and `Alatoo`
    /// (and `Jalal-Abad`, `Jalalabad`) are one entity. A letter that ends one word and starts the
    /// next is kept once, as the key rules keep a doubled letter inside a word (`Ysyk-Köl`,
    /// `Yssykköl`).
    static func entityKey(_ key: String) -> String { prefixedKey("n", key, joiningWords: true) }

    /// A key: its kind letter, a tab, `first`, and a tab and `second` if given; with `joiningWords`,
    /// `first` without its spaces and with a letter that ends one word and starts the next kept once.
    ///
    /// Built into one buffer of the exact size (or less): interpolation and a byte array each cost
    /// several allocations, and every mention of a name makes its key.
    @inline(__always)
    private static func prefixedKey(_ kind: Unicode.Scalar, _ first: String, _ second: String? = nil, joiningWords: Bool = false) -> String {
        var first = first
        let capacity = 2 + first.utf8.count + (second.map { 1 + $0.utf8.count } ?? 0)
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            buffer[0] = UInt8(ascii: kind)
            buffer[1] = UInt8(ascii: "\t")
            var end = 2
            first.withUTF8 { bytes in
                var afterSpace = false
                for byte in bytes {
                    if joiningWords {
                        if byte == UInt8(ascii: " ") {
                            afterSpace = true
                            continue
                        }
                        if afterSpace && byte == buffer[end - 1] {
                            afterSpace = false
                            continue
                        }
                        afterSpace = false
                    }
                    buffer[end] = byte
                    end += 1
                }
            }
            if var second {
                buffer[end] = UInt8(ascii: "\t")
                end += 1
                second.withUTF8 { bytes in
                    for byte in bytes {
                        buffer[end] = byte
                        end += 1
                    }
                }
            }
            return end
        }
    }
}
