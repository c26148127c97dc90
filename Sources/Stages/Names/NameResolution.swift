/// What the `names` stage decided for a batch: the canonical form and kind of every entity key.
public struct NameResolution: Sendable {
    /// What one entity key resolves to.
    struct Entry: Sendable {
        /// The canonical display form.
        var canonical: String
        /// For a person or a surname: the surname in the canonical spelling, used to rewrite a
        /// surname written alone.
        var canonicalSurname: String?
        /// The entity's kind.
        var kind: NameKind
        /// The key of the cluster it belongs to (its smallest entity key), for tests and evaluation.
        var cluster: String
    }

    /// Entity key → its resolution. One dictionary, so a mention costs one lookup.
    var entries: [String: Entry] = [:] {
        didSet { isIndexed = false }
    }

    /// ``entries`` by ``ByteKeyTable`` index, for ``entry(for:)``: made by ``indexEntries()``.
    private var keyIndexes = ByteKeyTable(capacity: 16)
    private var indexedEntries: [Entry] = []
    private var isIndexed = false

    /// Indexes ``entries`` for ``entry(for:)``, once they are all set: every mention of the batch
    /// is looked up, and hashing its key's bytes costs less than a dictionary's SipHash.
    mutating func indexEntries() {
        keyIndexes = ByteKeyTable(capacity: entries.count)
        indexedEntries = []
        indexedEntries.reserveCapacity(entries.count)
        for (key, entry) in entries {
            _ = keyIndexes.insert(key)
            indexedEntries.append(entry)
        }
        isIndexed = true
    }

    /// The resolution of the entity key `key`.
    func entry(for key: String) -> Entry? {
        // Entries set after indexing (or never indexed) are read from the dictionary.
        guard isIndexed else { return entries[key] }
        return keyIndexes.index(of: key).map { indexedEntries[$0] }
    }

    /// The canonical form and kind of the entity key `key`, read in place: copying the whole
    /// ``Entry`` out retained and released its other strings, once per mention of the batch.
    func canonicalAndKind(for key: String) -> (canonical: String, kind: NameKind)? {
        guard isIndexed else { return entries[key].map { ($0.canonical, $0.kind) } }
        guard let index = keyIndexes.index(of: key) else { return nil }
        return (indexedEntries[index].canonical, indexedEntries[index].kind)
    }

    /// Entity key → cluster key.
    var cluster: [String: String] { entries.mapValues(\.cluster) }
}
