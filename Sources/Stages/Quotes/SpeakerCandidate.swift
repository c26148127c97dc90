/// Someone (or something) that may have said a quotation, as found near it.
struct SpeakerCandidate: Sendable {
    enum Kind: Sendable, Equatable {
        /// A named person: `Ryskeldi Mombekov`.
        case person
        /// A named organisation, outlet or place: `Ata-Meken Party`, `AFP`.
        case organisation
        /// A common noun phrase: `the health ministry`, `protesters`, `the crowd`.
        case group
        /// `he`, `she`, `they`, `it`: to be resolved to an earlier speaker.
        case pronoun
        /// `the president`: to be resolved to the person last named with that title.
        case title(String)
    }

    /// The speaker as it will be reported.
    var text: String
    /// Code point offsets of the words it was read from (the antecedent's, for a resolved pronoun).
    var start: Int
    var end: Int
    var kind: Kind
    var gender: SpeakerGender = .unknown
    /// Whether it is plural (`protesters`, `they`).
    var plural = false

    /// Whether it opens with `the` (`the ministry`, `The 48-year-old`): a description that may
    /// stand for someone or something named before.
    var isDefinite: Bool { text.hasPrefix("the ") || text.hasPrefix("The ") }

    /// Whether a pronoun candidate can refer to this one.
    func canBeReferred(by pronoun: SpeakerCandidate) -> Bool {
        switch pronoun.text.lowercased() {
        case "he", "she":
            // `A woman holding a portrait … "…," she said`: a common noun of known gender too.
            if kind == .group { return !plural && gender != .unknown && gender == pronoun.gender }
            return kind == .person && gender.isCompatible(with: pronoun.gender)
        case "they":
            return (kind == .group && plural) || kind == .organisation
        case "it":
            return kind == .organisation || (kind == .group && !plural)
        default:
            return false
        }
    }
}
