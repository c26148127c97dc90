/// A name found in one article, before the batch gives it a canonical form.
///
/// Kept small because an article's names are moved and copied many times while they are found,
/// linked and memoized: the offsets are 32-bit, and the strings (surface, titles, form, key) sit in
/// one shared, copy-on-write box, so a copy is a pointer and a few words rather than ~150 bytes
/// with six or more strings to retain.
struct DetectedName {
    /// Offsets of the name in the text (titles and place words such as `Square` left out).
    @Offset var byteStart: Int
    @Offset var byteEnd: Int
    @Offset var codePointStart: Int
    @Offset var codePointEnd: Int
    /// What the article says it is.
    var kind: NameKind
    /// All letters upper case (`AFP`, `BISHKEK`): never chosen as a display form when another exists.
    var isAllCaps: Bool
    /// The case of ``form``, kept beside the box so that asking it reads no string.
    private(set) var formCase: FormCase
    private var strings: Strings

    /// The name as written.
    var surface: String {
        get { strings.surface }
        set { uniqueStrings().surface = newValue }
    }
    /// Titles and role words seen with it, lower case (`president`, `mr`).
    var titles: [String] {
        get { strings.titles }
        set { uniqueStrings().titles = newValue }
    }
    /// How the name takes part in clustering.
    var form: Form {
        get { strings.form }
        set {
            formCase = FormCase(newValue)
            let box = uniqueStrings()
            box.entityKey = Self.entityKey(of: newValue)
            box.form = newValue
        }
    }
    /// The key of the entity in the batch's variant table.
    var entityKey: String { strings.entityKey }

    init(
        byteStart: Int, byteEnd: Int, codePointStart: Int, codePointEnd: Int, surface: String, kind: NameKind,
        titles: [String], isAllCaps: Bool, form: Form, entityKey: String? = nil
    ) {
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.codePointStart = codePointStart
        self.codePointEnd = codePointEnd
        self.kind = kind
        self.isAllCaps = isAllCaps
        formCase = FormCase(form)
        strings = Strings(surface: surface, titles: titles, form: form, entityKey: entityKey ?? Self.entityKey(of: form))
    }

    /// The box, copied first if another name shares it.
    private mutating func uniqueStrings() -> Strings {
        if !isKnownUniquelyReferenced(&strings) { strings = strings.copy() }
        return strings
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

    /// An offset kept in 32 bits (an article is far shorter than 2 GB), read and set as an `Int`.
    @propertyWrapper
    struct Offset {
        private var value: Int32

        init(wrappedValue: Int) { value = Int32(truncatingIfNeeded: wrappedValue) }

        var wrappedValue: Int {
            get { Int(value) }
            set { value = Int32(truncatingIfNeeded: newValue) }
        }
    }

    /// The case of a ``Form`` without its strings.
    enum FormCase {
        case fullPerson, linkedSurname, surname, entity

        init(_ form: Form) {
            switch form {
            case .fullPerson: self = .fullPerson
            case .linkedSurname: self = .linkedSurname
            case .surname: self = .surname
            case .entity: self = .entity
            }
        }
    }

    static func entityKey(of form: Form) -> String {
        switch form {
        case .fullPerson(let surname, let given, _, _), .linkedSurname(let surname, let given):
            return NameVariantTable.personKey(surname: surname, given: given)
        case .surname(let key): return NameVariantTable.surnameKey(key)
        case .entity(let key): return NameVariantTable.entityKey(key)
        }
    }

    /// A name's strings. Changed only through ``uniqueStrings()``, that is while one name alone
    /// holds it; shared boxes are only read, so sharing them between workers (the memo) is safe.
    private final class Strings: @unchecked Sendable {
        var surface: String
        var titles: [String]
        var form: Form
        var entityKey: String

        init(surface: String, titles: [String], form: Form, entityKey: String) {
            self.surface = surface
            self.titles = titles
            self.form = form
            self.entityKey = entityKey
        }

        func copy() -> Strings { Strings(surface: surface, titles: titles, form: form, entityKey: entityKey) }
    }
}
