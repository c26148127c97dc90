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
public struct NameVariantTable: Codable, Sendable, Equatable {
    /// Entity key → what was seen of it.
    ///
    /// Keys are `p\tSURNAME\tGIVEN` for a person written in full, `s\tSURNAME` for a surname
    /// written alone with no full name in its article, and `n\tKEY` for any other name; each part
    /// is a matching key (spaces left out of `n` keys).
    public var entities: [String: Entity]
    /// Different given names written in full with the same surname in one article
    /// (`SURNAME\tGIVEN\tGIVEN`): different people, never merged by the short-form rule.
    public var namesakes: Set<String>

    /// An empty table.
    public init() {
        entities = [:]
        namesakes = []
    }

    /// One entity's spellings and kinds.
    public struct Entity: Codable, Sendable, Equatable {
        /// Spelling (given-name-first for people, titles left out) → how often.
        public var surfaces: [String: SurfaceCount]
        /// For people: surname spelling → how often.
        public var surnames: [String: SurfaceCount]
        /// Kind (`person`, `place`, …) → how many mentions said so.
        public var kinds: [String: Int]

        /// An entity seen nowhere yet.
        public init() {
            surfaces = [:]
            surnames = [:]
            kinds = [:]
        }

        mutating func merge(_ other: Entity) {
            surfaces.merge(other.surfaces) { $0 + $1 }
            surnames.merge(other.surnames) { $0 + $1 }
            kinds.merge(other.kinds) { $0 + $1 }
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

        static func + (lhs: SurfaceCount, rhs: SurfaceCount) -> SurfaceCount {
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
        for (key, entity) in other.entities {
            entities[key, default: Entity()].merge(entity)
        }
        namesakes.formUnion(other.namesakes)
    }

    /// Counts one mention.
    mutating func add(_ name: DetectedName) {
        let key = name.entityKey
        var entity = entities[key] ?? Entity()
        entity.kinds[name.kind.rawValue, default: 0] += 1
        switch name.form {
        case .fullPerson(_, _, let display, let surname):
            entity.surfaces[display, default: SurfaceCount()].count += 1
            entity.surnames[surname, default: SurfaceCount()].count += 1
        case .linkedSurname:
            entity.surnames[name.surface, default: SurfaceCount()].count += 1
        case .surname:
            entity.surfaces[name.surface, default: SurfaceCount()].count += 1
            entity.surnames[name.surface, default: SurfaceCount()].count += 1
        case .entity:
            entity.surfaces[name.surface, default: SurfaceCount()].count += 1
        }
        entities[key] = entity
    }

    static func personKey(surname: String, given: String) -> String { "p\t\(surname)\t\(given)" }
    static func surnameKey(_ surname: String) -> String { "s\t\(surname)" }
    /// Spaces are left out of the key of a non-person name, so `Ala Too`, `Ala-Too` and `Alatoo`
    /// (and `Jalal-Abad`, `Jalalabad`) are one entity.
    static func entityKey(_ key: String) -> String { "n\t" + key.filter { $0 != " " } }
}
