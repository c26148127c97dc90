/// What a name names, as written to `NameMention.kind`.
enum NameKind: String, Codable, Sendable, CaseIterable {
    case person
    case place
    case organisation
    case other
}
