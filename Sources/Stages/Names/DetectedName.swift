/// A name found in one article, before the batch gives it a canonical form.
struct DetectedName {
    /// Offsets of the name in the text (titles and place words such as `Square` left out).
    var byteStart: Int
    var byteEnd: Int
    var codePointStart: Int
    var codePointEnd: Int
    /// The name as written.
    var surface: String
    /// What the article says it is.
    var kind: NameKind
    /// Titles and role words seen with it, lower case (`president`, `mr`).
    var titles: [String]
    /// All letters upper case (`AFP`, `BISHKEK`): never chosen as a display form when another exists.
    var isAllCaps: Bool
    /// How the name takes part in clustering.
    var form: Form {
        didSet { entityKey = Self.entityKey(of: form) }
    }
    /// The key of the entity in the batch's variant table.
    private(set) var entityKey: String

    init(
        byteStart: Int, byteEnd: Int, codePointStart: Int, codePointEnd: Int, surface: String, kind: NameKind,
        titles: [String], isAllCaps: Bool, form: Form
    ) {
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.codePointStart = codePointStart
        self.codePointEnd = codePointEnd
        self.surface = surface
        self.kind = kind
        self.titles = titles
        self.isAllCaps = isAllCaps
        self.form = form
        self.entityKey = Self.entityKey(of: form)
    }

    enum Form: Equatable {
        /// A person named with given name(s) and surname. `display` is the name in given-name-first
        /// order without patronymics, as counted for the canonical form.
        case fullPerson(surnameKey: String, givenKey: String, display: String, surname: String)
        /// A surname alone, joined to a full name of the same article.
        case linkedSurname(surnameKey: String, givenKey: String)
        /// A surname alone (a title said it is a person) with no full name in the article to join.
        case surname(key: String)
        /// Anything else: a place, an organisation, a person known only by one word.
        case entity(key: String)
    }

    static func entityKey(of form: Form) -> String {
        switch form {
        case .fullPerson(let surname, let given, _, _), .linkedSurname(let surname, let given):
            return NameVariantTable.personKey(surname: surname, given: given)
        case .surname(let key): return NameVariantTable.surnameKey(key)
        case .entity(let key): return NameVariantTable.entityKey(key)
        }
    }
}
