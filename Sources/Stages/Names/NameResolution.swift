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
    var entries: [String: Entry] = [:]

    /// Entity key → cluster key.
    var cluster: [String: String] { entries.mapValues(\.cluster) }
}
