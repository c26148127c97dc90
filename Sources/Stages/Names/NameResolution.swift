/// What the `names` stage decided for a batch: the canonical form and kind of every entity key.
public struct NameResolution: Sendable {
    /// Entity key → canonical display form.
    var canonical: [String: String] = [:]
    /// Person or surname entity key → the surname in the canonical spelling, used to rewrite a
    /// surname written alone.
    var canonicalSurname: [String: String] = [:]
    /// Entity key → kind.
    var kind: [String: NameKind] = [:]
    /// Entity key → the key of the cluster it belongs to (the smallest key in it), for tests and
    /// evaluation.
    var cluster: [String: String] = [:]
}
