/// What the name detector needs to know about one distinct word, computed once per worker and
/// cached: its lower-case form, its matching key and the word lists it is on.
///
/// The key is made on first use (``NameKeyMaker/makeKey(_:)``): most words are lower-case words
/// looked at only for their lists, and a key costs a transliteration.
struct NameWordInfo {
    /// The word as written, shared by every mention of it.
    var word: String
    /// The word in lower case.
    var lower: String
    /// Its matching key; empty until ``keyID`` is set.
    var key: String = ""
    /// A small number standing for ``key`` on this worker, for cheap sets of keys; -1 until the key is made.
    var keyID: Int = -1
    /// The word lists that apply and, once the key is made, its endings (``WordClass/keyEndings``).
    var classes: WordClass
    /// The index of the foreign spelling style its key was read in (German, French), or -1.
    var style: Int = -1
}

/// The word lists a word is on, as bits, so the detector tests them without hashing again.
struct WordClass: OptionSet {
    let rawValue: UInt32
    static let common = WordClass(rawValue: 1 << 0)
    static let never = WordClass(rawValue: 1 << 1)
    static let title = WordClass(rawValue: 1 << 2)
    static let role = WordClass(rawValue: 1 << 3)
    static let organisation = WordClass(rawValue: 1 << 4)
    static let place = WordClass(rawValue: 1 << 5)
    static let particle = WordClass(rawValue: 1 << 6)
    static let connector = WordClass(rawValue: 1 << 7)
    /// The key ends like a surname (`-ov`, `-eva`, …).
    static let surnameEnding = WordClass(rawValue: 1 << 8)
    /// The key ends like a patronymic (`-ovich`, `-evna`).
    static let patronymicEnding = WordClass(rawValue: 1 << 9)
    /// `a`, `an`, `the`, `his`, … (between a name and a role word after it).
    static let determiner = WordClass(rawValue: 1 << 10)
    /// `in`, `near`, … (before a place).
    static let placePreposition = WordClass(rawValue: 1 << 11)
    /// `of` (in "the village of …").
    static let of = WordClass(rawValue: 1 << 12)
    /// A surname ending that English words rarely have (`-ov`, `-eva`, not `-in`).
    static let strongSurnameEnding = WordClass(rawValue: 1 << 13)
    /// A company's legal form before its name (`PAO Gazprom`, `NK Rosneft`).
    static let legalForm = WordClass(rawValue: 1 << 14)
    /// `oglu`, `kyzy`, … (a patronymic when a surname follows).
    static let patronymicParticle = WordClass(rawValue: 1 << 15)
    /// `oblast`, `область`, … (a region named after the place next to it), in any case.
    static let region = WordClass(rawValue: 1 << 16)
    /// `Region`, `Province`: a region word only when capitalised.
    static let capitalisedRegion = WordClass(rawValue: 1 << 17)
    /// `russian`, `islamic`, … : never a name alone, but the start of an organisation's
    /// (organisation-adjectives.txt).
    static let organisationAdjective = WordClass(rawValue: 1 << 18)
    /// `party`, `партия`, … written in lower case next to an organisation's name.
    static let organisationDescriptor = WordClass(rawValue: 1 << 19)

    /// `lake`, `река`, `г` (with its period), … : a place descriptor that sets a sub-kind (place-descriptors.txt).
    static let placeSubKind = WordClass(rawValue: 1 << 20)
    /// `Naryn-Fluss`, `Москва-река`, `Balchaschsee`: a place's name with its descriptor in one word.
    static let placeCompound = WordClass(rawValue: 1 << 21)
    /// `former`, `ousted`, `opposition`, … : a word of a role phrase before its role word (role-modifiers.txt).
    static let roleModifier = WordClass(rawValue: 1 << 22)

    /// `natsionalnoy`, `sluzhba`, `xizmati`: a word whose key is one of the region's languages' words
    /// of institutions' names (``NameRuleKeys/transliteratedConcepts``), read from its key.
    static let transliteratedConcept = WordClass(rawValue: 1 << 23)
    /// `Ipoteka-bank`, `Ипотека-банк`, `Kloop-media`: an organisation's name with a head word of
    /// organisation-heads.txt as its last hyphenated part, in lower case.
    static let organisationCompound = WordClass(rawValue: 1 << 24)
    /// `Рогунская`, `Rogunskaya`, `Запорізька`: the lower-case word ends like an adjective in -sk- of
    /// adjective-endings.txt, with three letters or more before the ending. Read from the lower-case
    /// form, but made with the key (``keyEndings``): only a name's words are asked for it.
    static let adjectiveEnding = WordClass(rawValue: 1 << 25)
    /// `joly`, `jolu`, `havo`: a word whose key is one of the region's short words of institutions'
    /// names (``NameRuleKeys/shortTransliteratedConcepts``), read from its key. Alone too often
    /// another word: the detector asks for it only beside a ``transliteratedConcept``.
    static let shortTransliteratedConcept = WordClass(rawValue: 1 << 26)
    /// `on`, `by`, `until`, … (before a date: a numeral after the next word is a day, `on May 9`).
    static let timePreposition = WordClass(rawValue: 1 << 27)
    /// `demokratik`, `ishlar`: a Latin word the region's languages write in an institution's name and
    /// English does not (``NameRules/regionalLatinWords``), for the detector's
    /// `isRegionalWordBeforeConcept`. A bit, so that the test costs one lookup per distinct word
    /// rather than a hash at every lower-case word after a name.
    static let regionalLatinWord = WordClass(rawValue: 1 << 28)
    /// `suv`, `су`, `water`: the first word of a two-word place descriptor (`suv ombori`;
    /// ``NameRules/placeDescriptorPairs``), which only with its second word sets a sub-kind.
    static let placeDescriptorOpening = WordClass(rawValue: 1 << 29)
    /// `bank`, `sprav`, `korhoi`, `millii`: a word whose key is any word's of an institution's name
    /// (``NameRuleKeys/linkingConcepts``: English ones and function words too), read from its key.
    /// Alone it says nothing; the detector asks for it only between a transliteration of that
    /// vocabulary and more of the name (`Natsionalny bank Respubliki`).
    static let linkingConcept = WordClass(rawValue: 1 << 30)

    /// The classes that make a capitalised word something other than a word of a person's name (a
    /// common word, a title or role, an organisation's, a place's or a region's word, a legal form):
    /// the register-order readings (a surname before initials or before a given name) take none.
    static let notPersonWord: WordClass = [.common, .never, .title, .role, .organisation, .place, .region, .capitalisedRegion, .legalForm]

    /// The classes made with a word's key: read from the key (but ``adjectiveEnding``), known only once it is made.
    static let keyEndings: WordClass = [
        .surnameEnding, .strongSurnameEnding, .patronymicEnding, .transliteratedConcept, .shortTransliteratedConcept, .adjectiveEnding,
        .linkingConcept,
    ]

    /// The classes of a word from the rule lists, but for ``keyEndings``.
    static func of(lower: String, rules: NameRules) -> WordClass {
        var classes: WordClass = []
        if rules.commonWords.contains(lower) { classes.insert(.common) }
        if rules.neverNames.contains(lower) { classes.insert(.never) }
        if rules.titles.contains(lower) { classes.insert(.title) }
        if rules.roleWords.contains(lower) { classes.insert(.role) }
        if rules.roleModifiers.contains(lower) { classes.insert(.roleModifier) }
        // "ex-premier", "экс-министр", "ex-KNB chief": a former office's prefix keeps the word's title
        // or role, and makes any other word a role phrase's modifier, which a title or role word must end.
        // So does its last hyphenated part: "ex-commander-in-chief".
        if let rest = exPrefixed(lower) {
            let head = rest.split(separator: "-").last.map(String.init) ?? rest
            if rules.titles.contains(rest) || rules.titles.contains(head) { classes.insert(.title) }
            else if rules.roleWords.contains(rest) || rules.roleWords.contains(head) { classes.insert(.role) }
            else { classes.insert(.roleModifier) }
        }
        if rules.organisationWords.contains(lower) { classes.insert(.organisation) }
        if rules.placeWords.contains(lower) { classes.insert(.place) }
        if rules.legalForms.contains(lower) { classes.insert(.legalForm) }
        if rules.regionWords.contains(lower) { classes.insert(.region) }
        if rules.capitalisedRegionWords.contains(lower) { classes.insert(.capitalisedRegion) }
        if rules.patronymicParticles.contains(lower) { classes.insert(.patronymicParticle) }
        if rules.organisationDescriptors.contains(lower) { classes.insert(.organisationDescriptor) }
        if rules.organisationAdjectives[lower] != nil { classes.insert(.organisationAdjective) }
        if rules.placeSubKinds[lower] != nil { classes.insert(.placeSubKind) }
        if rules.placeDescriptorPairs[lower] != nil { classes.insert(.placeDescriptorOpening) }
        if rules.placeCompound(lower) != nil { classes.insert(.placeCompound) }
        if rules.isOrganisationCompound(lower) { classes.insert(.organisationCompound) }
        if rules.particles.contains(lower) { classes.insert(.particle) }
        if rules.connectors.contains(lower) { classes.insert(.connector) }
        if rules.regionalLatinWords.contains(lower) { classes.insert(.regionalLatinWord) }
        if determiners.contains(lower) { classes.insert(.determiner) }
        if placePrepositions.contains(lower) { classes.insert(.placePreposition) }
        if timePrepositions.contains(lower) { classes.insert(.timePreposition) }
        if lower == "of" { classes.insert(.of) }
        return classes
    }

    /// The ``keyEndings`` of a word whose key is `key`.
    static func of(key: String, rules: NameRules) -> WordClass {
        var classes: WordClass = []
        if hasEnding(key, rules.surnameEndings) {
            classes.insert(.surnameEnding)
            if hasEnding(key, rules.strongSurnameEndings) { classes.insert(.strongSurnameEnding) }
        }
        if hasEnding(key, rules.patronymicEndings) { classes.insert(.patronymicEnding) }
        return classes
    }

    /// The word after the prefix of a hyphenated `ex-` or `экс-` word, if `lower` is one.
    static func exPrefixed(_ lower: String) -> String? {
        for prefix in ["ex-", "экс-"] where lower.hasPrefix(prefix) && lower.count > prefix.count + 1 {
            return String(lower.dropFirst(prefix.count))
        }
        return nil
    }

    static let determiners: Set<String> = ["a", "an", "the", "his", "her", "its", "their"]
    /// Prepositions after which a name is most often a place ("in Bishkek"); a weak hint that the
    /// batch-wide vote on the kind can overrule.
    static let placePrepositions: Set<String> = ["in", "near", "across", "outside", "inside", "throughout"]
    /// Prepositions before a date (`on May 9`, `by June 1`).
    static let timePrepositions: Set<String> = ["on", "by", "until", "till", "since", "from", "before", "after", "at", "to"]

    /// Whether the lower-case word `lower` ends with one of `endings` (adjective-endings.txt) and is
    /// longer than it by three characters or more.
    static func hasAdjectiveEnding(_ lower: String, _ endings: [String]) -> Bool {
        let length = lower.count
        return endings.contains { lower.hasSuffix($0) && length >= $0.count + 3 }
    }

    /// Whether the last part of `key` ends with one of `endings` and is longer than it by two.
    static func hasEnding(_ key: String, _ endings: [String]) -> Bool {
        let last = key.split(separator: " ").last.map(String.init) ?? key
        let length = last.unicodeScalars.count
        return endings.contains { length > $0.unicodeScalars.count + 1 && last.hasSuffix($0) }
    }
}
