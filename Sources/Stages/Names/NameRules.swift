import Foundation
import Pipeline

/// The word lists and rule sets of the `names` stage, loaded from its rule files and the options.
///
/// Every list lives in an editable text file under `Resources/names/`; options add words to a list
/// or (for the key rules and the lexicon) replace the file, so a deployment can adapt the stage
/// without a rebuild.
struct NameRules: Sendable {
    /// Lower-case words that are not names at the start of a sentence or in a heading.
    var commonWords: Set<String>
    /// Lower-case words that are never part of a name.
    var neverNames: Set<String>
    /// Lower-case titles and honorifics.
    var titles: Set<String>
    /// Lower-case role nouns that mark a neighbouring name as a person.
    var roleWords: Set<String>
    /// Lower-case words that may stand before a role word in a role phrase ahead of a name
    /// (`former`, `ousted`, `opposition`): "opposition leader Alexei Navalny".
    var roleModifiers: Set<String>
    /// Lower-case words that make a name an organisation.
    var organisationWords: Set<String>
    /// Lower-case words that make a name a place.
    var placeWords: Set<String>
    /// Lower-case words that make a place's name a region's (`oblast`, `область`).
    var regionWords: Set<String>
    /// Lower-case region words that are abbreviations (`обл`), stored without the period they count
    /// only with.
    var regionAbbreviations: Set<String>
    /// Lower-case forms of region words that count only when capitalised (`Region`).
    var capitalisedRegionWords: Set<String>
    /// Lower-case legal forms of companies, left out of the key before an organisation's name.
    var legalForms: Set<String>
    /// The words (each marker its lower-case words) after which an institution's namesake follows
    /// (`имени`, `ба номи`), and those before which it comes (`атындағы`, `nomidagi`):
    /// namesake-words.txt.
    var namesakeMarkers: (after: [[String]], before: [[String]]) = ([], [])
    /// The first words of ``namesakeMarkers``, so that a name without one pays one lookup a word.
    var namesakeMarkerHeads: Set<String> = []
    /// Lower-case Turkic words for "son of" and "daughter of" (`oglu`, `kyzy`).
    var patronymicParticles: Set<String>
    /// The place sub-kind (`city`, `lake`, `river`, …) each lower-case place descriptor gives
    /// (place-descriptors.txt); an abbreviation (`г`, `оз`) is stored without its period.
    var placeSubKinds: [String: String]
    /// Lower-case descriptor abbreviations, which count only with their period (`г.`).
    var placeAbbreviations: Set<String>
    /// Two-word descriptors, by their first word and then their second, with the sub-kind they give
    /// (`suv+ombori`, `су+қоймасы`, `water+reservoir` in place-descriptors.txt): the region's languages
    /// name a reservoir "water store", and neither word alone is the descriptor.
    var placeDescriptorPairs: [String: [String: String]]
    /// Lower-case words that link a lower-case descriptor to the name after it (French `de`:
    /// `vallée de Ferghana`), each with the descriptors it links, empty for any; from the `link`
    /// lines of place-descriptors.txt (`link of: city town`: only `city of Osh`, `town of Osh`).
    var placeLinks: [String: Set<String>]
    /// The heads (``wordHead(_:)``) of every place sub-kind word: a lower-case word next to a name
    /// is looked up in the word table only when its head is one of these. A bitmap of the 65,536
    /// heads, bit `h % 64` of word `h / 64` for head `h`: a set's hashing cost more than the lookup it saves.
    var placeSubKindHeads: [UInt64]
    /// Suffixes that make one capitalised word a place of a sub-kind (German `-see`), with the sub-kind,
    /// longest first, so a word that ends in two (Stausee, -see) is read by the longer.
    var placeSuffixes: [(suffix: String, subKind: String)]
    /// Words that end in a descriptor suffix but are common words, not a place of that sub-kind
    /// (place-descriptors.txt's `not` lines: the homeland, батьківщина, is no region).
    var placeSuffixExceptions: Set<String>
    /// Descriptors that do not count as a capitalised name's first word, where they are as often a
    /// given name (place-descriptors.txt's `not-first` lines: Bazar Sabir is a man, Dordoi bazar a market).
    var placeDescriptorsNotFirst: Set<String>
    /// Lower-case words that say a name next to them is an organisation (`party`, `партия`).
    var organisationDescriptors: Set<String>
    /// Lower-case particles allowed inside a person's name.
    var particles: Set<String>
    /// Lower-case words allowed inside an organisation's name.
    var connectors: Set<String>
    /// Key endings that mark a surname.
    var surnameEndings: [String]
    /// Surname endings that are common in English words too.
    var weakSurnameEndings: [String]
    /// The surname endings that are not weak: enough to call a word alone a surname.
    var strongSurnameEndings: [String]
    /// Key endings that mark a patronymic.
    var patronymicEndings: [String]
    /// Groups of given names that are one name in different languages.
    var givenNameEquivalents: [[String]]
    /// Full given names, each followed by its short forms (given-name-diminutives.txt).
    var givenNameDiminutives: [[String]]
    /// Every given name of ``givenNameEquivalents`` and ``givenNameDiminutives``, in lower case: a
    /// word known as a given name (the detector reads "Zelensky, Volodymyr" by it).
    var givenNames: Set<String> = []
    /// Key endings dropped by the short-form rule for given names.
    var shortFormEndings: [String]
    /// The ICU rules of the matching key.
    var keyRules: String
    /// Foreign transliteration habits undone before the key rules, for words that show them.
    var spellingStyles: [SpellingStyle]
    /// Lower-case letters of national alphabets → the other letters the Russian form writes for them
    /// (letter-readings.txt).
    var letterReadings: [Character: [String]]
    /// The ICU transform ID for showing a name written only in another script.
    var displayTransform: String
    /// Lexicon lines: canonical form and its variants.
    var lexicon: [LexiconEntry]
    /// Lower-case tails that name a country after an organisation's name (`россии`, `рк`,
    /// `kyrgyz republic`), each with its country (country-qualifiers.txt).
    var countryQualifiers: [String: String] = [:]
    /// How many words the longest country qualifier has.
    var countryQualifierWords = 0
    /// Lower-case heads that name a country before an organisation's name, as the region's Turkic
    /// languages write it (`қазақстан республикасының`, `oʻzbekiston respublikasi`), each with its
    /// country (country-heads.txt).
    var countryHeads: [String: String] = [:]
    /// How many words the longest country head has.
    var countryHeadWords = 0
    /// Lower-case countries' own names in the nominative (`oʻzbekiston`, `қазақстан`), each with its
    /// country, which are a head only before a name of the general vocabulary ending in a possessive
    /// head noun (country-name-heads.txt, ``NameClusterer/countryHead(of:)``).
    var countryNameHeads: [String: String] = [:]
    /// The countries' names of country-qualifiers.txt without `of` and brackets (`kyrgyzstan`).
    var countryNames: Set<String> = []
    /// Lower-case adjectives that start an organisation's name (`russian`, `islamic`) → the country
    /// a nationality implies, empty for none (organisation-adjectives.txt).
    var organisationAdjectives: [String: String] = [:]
    /// Lower-case function words an acronym leaves out (acronym-skip-words.txt).
    var acronymSkipWords: Set<String> = []
    /// Lower-case endings of web addresses that name an outlet (domain-endings.txt) → whether the
    /// ending is a country's (kept in the name: Gazeta.uz is not Gazeta.ru) or generic (left out of
    /// the key: Meduza.io is Meduza).
    var domainEndings: [String: Bool] = [:]
    /// The countries' endings of two ASCII letters (`uz`, `kz`), each as its two bytes: a lower-case
    /// word after a space is tested against these before it is copied, since most such words
    /// (`is`, `in`) are none. An ending that is a never-name (`by`, `am`) is left out: after a space
    /// it is the sentence's English word, not an address's.
    var asciiCountryEndingPairs: Set<UInt16> = []
    /// Lower-case endings of adjectives in -sk- that name a plant or works before an acronym
    /// (adjective-endings.txt: Рогунская ГЭС, Rogunskaya GES).
    var adjectiveEndings: [String] = []
    /// The case endings of a one-word Cyrillic name (case-endings.txt): the final vowel they replace
    /// (empty after a consonant) and the endings, as keys write them.
    var caseEndings: [(stem: String, endings: [String])] = []
    /// The oblique cases of a Cyrillic full name (person-case-forms.txt), each a given name's and a
    /// surname's nominative final and case ending as keys write them.
    var personCaseForms: [PersonCaseForm] = []
    /// Women's given names that are a man's with -а (the `woman` lines of person-case-forms.txt),
    /// as written: their keys are made with the key rules.
    var womenGivenNames: [String] = []
    /// Lower-case head words of organisations (`radio`, `party`, `group`) left out at the edge of
    /// a name to find its bare form (organisation-heads.txt).
    var organisationHeads: Set<String> = []
    /// Abbreviations of a club's sport (`fc`, `хк`), lower case → its line, one per sport
    /// (club-forms.txt): left out at the edge of a club's name to find its bare name.
    var clubForms: [String: Int] = [:]
    /// Lower-case words of institutions' names → their language-neutral concept (`-` for a word
    /// left out) and the country their language implies, if only one (organisation-concepts.txt).
    var organisationConcepts: [String: OrganisationConcept] = [:]
    /// The stumps of organisation-concepts.txt (`мин-`, `гос-`) that start a compound word
    /// (`Минобороны`, `Госдума`), without their hyphen, each with its concept and its capitalised form.
    var organisationConceptPrefixes: [(prefix: String, capitalised: String, concept: OrganisationConcept)] = []
    /// Each concept's initials, in lower case, in each language of ``organisationAcronymLanguages``
    /// (state: ru г, ky м, en s), the letters its acronyms are made of in that language (``NameClusterer/conceptAcronymKeys(_:country:)``).
    var organisationConceptInitials: [String: [String: Set<Character>]] = [:]
    /// The words of organisation-concepts.txt that the region's languages write (ru uk kk ky uz tg,
    /// not under `-`, not a stump): their keys, but those of English words (``englishConceptWords``,
    /// dropped by key when the keys are made), tell a Latin transliteration of them in lower case
    /// (`natsionalnoy`, `partiya`) from an English word (``NameRuleKeys/transliteratedConcepts``).
    var regionalConceptWords: [String] = []
    /// The English words of organisation-concepts.txt: a regional word whose key is one of theirs
    /// (`bank`, `parlament`) is no sign of a transliteration in English text.
    var englishConceptWords: [String] = []
    /// The Latin words organisation-concepts.txt writes under the region's languages and not under
    /// English, function words too (Uzbek `demokratik`, `ishlar`): spelt so, a
    /// word in lower case is no English word even where its key is one's (`democratic`), so right
    /// before a transliteration of the vocabulary it belongs to the name (the detector's
    /// `isRegionalWordBeforeConcept`).
    var regionalLatinWords: Set<String> = []

    /// What one word of an institution's name means, whatever its language.
    struct OrganisationConcept: Sendable, Hashable {
        var concept: String
        /// The country of the one national language that writes the word (uk: ua), or nil.
        var country: String?
    }

    /// The languages of organisation-concepts.txt, each with the country its words imply, empty
    /// for none: English and Russian are written everywhere, and so are the languages of the
    /// region's press abroad (French, German, Polish, Turkish).
    static let organisationConceptLanguages = [
        "uk": "ua", "kk": "kz", "ky": "kg", "uz": "uz", "tg": "tj", "en": "", "ru": "", "fr": "", "de": "", "pl": "", "tr": "",
    ]

    /// The languages of organisation-concepts.txt whose initials make the acronyms the region writes
    /// (ГКНБ, ҰҚК, SBU): not those of the press abroad, whose acronyms of the region's bodies are
    /// rare and whose initials would only make more readings to confuse.
    static let organisationAcronymLanguages: Set<String> = ["en", "ru", "uk", "kk", "ky", "uz", "tg"]

    /// Parses organisation-concepts.txt lines, `CONCEPT | LANG: word word | LANG: ...`, lower case
    /// already (its header says so). The lines come from the shared reader (``RuleFile/lines(_:)``),
    /// so comments and line ends are read as in every rule file; each line is split by bytes, which
    /// keeps loading the rules cheap.
    static func organisationConcepts(_ lines: [String]) throws -> (
        concepts: [String: OrganisationConcept], initials: [String: [String: Set<Character>]], regional: [String], english: [String],
        regionalLatin: Set<String>
    ) {
        let countryOfLanguage = organisationConceptLanguages
        var concepts: [String: OrganisationConcept] = [:]
        var initials: [String: [String: Set<Character>]] = [:]
        var (regional, english) = ([String](), [String]())
        var (regionalLatin, englishWritten) = (Set<String>(), Set<String>())
        func words(_ bytes: Substring.UTF8View) -> [String] {
            bytes.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
        }
        for line in lines {
            let fields = line.utf8.split(separator: UInt8(ascii: "|"))
            guard fields.count > 1, let concept = words(fields[0]).first else {
                throw OptionError("organisation concept line '\(line)' must be 'CONCEPT | LANG: words'")
            }
            for field in fields.dropFirst() {
                let parts = field.split(separator: UInt8(ascii: ":"), maxSplits: 1)
                guard parts.count == 2, let language = words(parts[0]).first, let country = countryOfLanguage[language] else {
                    throw OptionError("organisation concept field '\(String(decoding: field, as: UTF8.self))' must be 'LANG: words' with LANG one of en ru uk kk ky uz tg fr de pl tr")
                }
                let written = words(parts[1])
                if language == "en" {
                    englishWritten.formUnion(written)
                } else if organisationAcronymLanguages.contains(language) {
                    regionalLatin.formUnion(written.filter { $0.utf8.first.map { $0 < 0x80 } == true && !$0.hasSuffix("-") })
                }
                if concept != "-" {
                    if language == "en" {
                        english += written
                    } else if organisationAcronymLanguages.contains(language) {
                        // The region's own languages (ru uk kk ky uz tg), not the press abroad's.
                        regional += written.filter { !$0.hasSuffix("-") }
                    }
                }
                if concept != "-", organisationAcronymLanguages.contains(language) {
                    initials[concept, default: [:]][language, default: []].formUnion(written.compactMap(\.first))
                }
                for word in written {
                    if var known = concepts[word] {
                        // Written by two languages: no country (банк, суд); the first concept stays.
                        if known.country != country { known.country = nil }
                        concepts[word] = known
                    } else {
                        concepts[word] = OrganisationConcept(concept: concept, country: country.isEmpty ? nil : country)
                    }
                }
            }
        }
        return (concepts, initials, regional, english, regionalLatin.subtracting(englishWritten))
    }

    /// A transliteration habit (German, French) recognised by marker letters in a word.
    struct SpellingStyle: Sendable, Hashable {
        var name: String
        /// Lower-case letter sequences that show the style.
        var markers: [String]
        /// Lower-case letter sequences (written `!kh` in the file) that show the word is not in the
        /// style whatever markers it shows: the English digraphs a German writer never uses.
        var counterMarkers: [String] = []
        /// Cyrillic letters (written `=ғ` in the file) of the local alphabet a markerless style reads
        /// (Tajik ғ): a Cyrillic spelling that shows one is the local spelling itself, not a Russian
        /// hearing of the name, and does not keep the entity from being read in the style.
        var localLetters: [Character] = []
        /// ICU transform rules from the style to the English habit.
        var rules: String
    }

    /// Parses a spelling-styles file: `style NAME: MARKERS` lines, each followed by ICU rules.
    static func spellingStyles(_ text: String) throws -> [SpellingStyle] {
        var styles: [SpellingStyle] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("style ") {
                // A style may have no markers (`style english:`): read only by the clusterer's style joins.
                let header = line.dropFirst("style ".count).split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                guard header.count == 2 else { throw OptionError("spelling style line '\(line)' must be 'style NAME: MARKERS'") }
                let all = header[1].split(separator: " ").map { $0.lowercased() }
                let counters = all.filter { $0.count > 1 && $0.hasPrefix("!") }
                let local = all.filter { $0.hasPrefix("=") }
                // A local letter is one letter: a longer entry read as a marker would key words in the
                // style that the file meant only to let through.
                if let long = local.first(where: { $0.count != 2 }) {
                    throw OptionError("spelling style line '\(line)': local letter '\(long)' must be '=' and one letter")
                }
                styles.append(SpellingStyle(
                    name: String(header[0]), markers: all.filter { !counters.contains($0) && !local.contains($0) },
                    counterMarkers: counters.map { String($0.dropFirst()) }, localLetters: local.map { $0.last! }, rules: ""))
            } else if !styles.isEmpty {
                styles[styles.count - 1].rules += line + "\n"
            }
        }
        return styles
    }

    /// Parses letter-readings lines of the form `LETTER: READING READING`.
    static func letterReadings(_ lines: [String]) throws -> [Character: [String]] {
        var readings: [Character: [String]] = [:]
        for line in lines {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].count == 1, let letter = parts[0].lowercased().first else {
                throw OptionError("letter reading line '\(line)' must be 'LETTER: READING READING'")
            }
            readings[letter, default: []] += parts[1].split(separator: " ").map { $0.lowercased() }
        }
        return readings
    }

    /// One lexicon line.
    struct LexiconEntry: Sendable, Hashable {
        var canonical: String
        var variants: [String]
    }

    /// Reads a bundled rule file of the stage.
    static func bundled(_ name: String, extension ext: String = "txt") throws -> String {
        try RuleFile.bundled(name, stage: "names", extension: ext)
    }

    /// Reads a user's rule file.
    static func file(_ path: String) throws -> String { try RuleFile.read(path) }

    /// The words of a word-list file: whitespace-separated, lower-cased, `#` comments removed.
    static func words(_ text: String) -> [String] {
        RuleFile.lines(text).flatMap { $0.split(whereSeparator: \.isWhitespace).map { $0.lowercased() } }
    }

    /// The lines of a rule file with comments and blank lines removed, case kept.
    static func lines(_ text: String) -> [String] { RuleFile.lines(text) }

    /// Parses person-case-forms.txt: `GIVEN SURNAME [?]` lines, each word `FINAL:ENDING` (`-` for a
    /// consonant final) or, for the surname, `=`; and `woman NAME…` lines.
    static func personCaseForms(_ lines: [String]) throws -> ([PersonCaseForm], [String]) {
        var forms: [PersonCaseForm] = []
        var women: [String] = []
        for line in lines {
            let fields = line.split(separator: " ").map(String.init)
            if fields.first == "woman" {
                women += fields.dropFirst()
                continue
            }
            func part(_ field: String) throws -> (final: String, ending: String) {
                let halves = field.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                guard halves.count == 2, !halves[1].isEmpty else { throw OptionError("person case form '\(line)': '\(field)' must be FINAL:ENDING") }
                return (halves[0] == "-" ? "" : halves[0], halves[1])
            }
            guard fields.count == 2 || (fields.count == 3 && fields[2] == "?") else {
                throw OptionError("person case form '\(line)' must be `GIVEN SURNAME` or `GIVEN SURNAME ?`")
            }
            guard fields[0] != "=" || fields[1] != "=" else { throw OptionError("person case form '\(line)': one of its words must inflect") }
            let given = fields[0] == "=" ? nil : try part(fields[0])
            let surname = fields[1] == "=" ? nil : try part(fields[1])
            forms.append(PersonCaseForm(givenFinal: given?.final, givenEnding: given?.ending, surnameFinal: surname?.final,
                                        surnameEnding: surname?.ending, isAlsoNominative: fields.count == 3))
        }
        return (forms, women)
    }

    /// Parses lexicon lines of the form `Canonical = variant; variant`.
    static func lexiconEntries(_ lines: [String]) throws -> [LexiconEntry] {
        try lines.map { line in
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let canonical = parts[0].trimmingCharacters(in: .whitespaces)
            guard !canonical.isEmpty else { throw OptionError("lexicon line '\(line)' has no canonical form before '='") }
            let variants = parts.count > 1
                ? parts[1].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                : []
            return LexiconEntry(canonical: canonical, variants: variants)
        }
    }

    /// Loads the bundled rule files and applies the options.
    init(options: NameNormalizer.Options) throws {
        func list(_ file: String, extra: [String]) throws -> Set<String> {
            Set(Self.words(try Self.bundled(file))).union(extra.map { $0.lowercased() })
        }
        commonWords = try list("common-words", extra: options.commonWords)
        neverNames = try list("never-names", extra: options.neverNames)
        titles = try list("titles", extra: options.titles)
        roleWords = try list("role-words", extra: options.roleWords)
        roleModifiers = try list("role-modifiers", extra: [])
        organisationWords = try list("organisation-words", extra: options.organisationWords)
        placeWords = try list("place-words", extra: options.placeWords)
        particles = try list("name-particles", extra: options.particles)
        connectors = try list("connector-words", extra: [])
        legalForms = try list("legal-forms", extra: [])
        for line in Self.lines(try Self.bundled("namesake-words")) {
            let fields = line.split(whereSeparator: \.isWhitespace)
            let markers = fields.dropFirst().map { $0.lowercased().split(separator: "+").map(String.init) }
            switch fields.first {
            case "after": namesakeMarkers.after += markers
            case "before": namesakeMarkers.before += markers
            default: throw OptionError("namesake-words.txt line '\(line)' must start with `after` or `before`")
            }
            namesakeMarkerHeads.formUnion(markers.compactMap(\.first))
        }
        let regionList = (RuleFile.lines(try Self.bundled("region-words")) + options.regionWords)
            .flatMap { $0.split(whereSeparator: \.isWhitespace) }
        // An abbreviation (`обл.`) is stored without its period, and counts only with it.
        let lowerRegionWords = regionList.filter { $0.first?.isLowercase == true }
        regionWords = Set(lowerRegionWords.map { String($0.hasSuffix(".") ? $0.dropLast() : $0) })
        regionAbbreviations = Set(lowerRegionWords.filter { $0.hasSuffix(".") }.map { String($0.dropLast()) })
        capitalisedRegionWords = Set(regionList.filter { $0.first?.isLowercase != true }.map { $0.lowercased() })
        patronymicParticles = try list("patronymic-particles", extra: [])
        var organisationDescriptors: Set<String> = []
        for line in Self.lines(try Self.bundled("descriptor-words")) {
            let fields = line.split(whereSeparator: \.isWhitespace).map { String($0) }
            guard fields.first == "organisation" else {
                throw OptionError("descriptor line '\(line)' must start with 'organisation' (a place's descriptors are in place-descriptors.txt)")
            }
            organisationDescriptors.formUnion(fields.dropFirst())
        }
        let descriptors = try Self.placeSubKinds(Self.lines(try Self.bundled("place-descriptors")) + options.placeDescriptors)
        placeSubKinds = descriptors.words
        placeAbbreviations = descriptors.abbreviations
        placeDescriptorPairs = descriptors.pairs
        placeSuffixes = descriptors.suffixes
        placeLinks = descriptors.links
        placeSuffixExceptions = descriptors.suffixExceptions
        placeDescriptorsNotFirst = descriptors.notFirst
        placeSubKindHeads = Array(repeating: 0, count: 1 << 10)
        for head in (Array(placeSubKinds.keys) + Array(placeDescriptorPairs.keys)).map({ Self.wordHead($0.utf8) }) {
            placeSubKindHeads[Int(head >> 6)] |= 1 << UInt64(head & 63)
        }
        self.organisationDescriptors = organisationDescriptors

        var surnameEndings: [String] = []
        var patronymicEndings: [String] = []
        var weakSurnameEndings: [String] = []
        for line in Self.lines(try Self.bundled("surname-endings")) + options.surnameEndings {
            let fields = line.split(separator: " ")
            if fields.count == 2 && fields[0] == "patronymic" {
                patronymicEndings.append(String(fields[1]))
            } else if fields.count == 2 && fields[0] == "weak" {
                surnameEndings.append(String(fields[1]))
                weakSurnameEndings.append(String(fields[1]))
            } else if fields.count == 1 {
                surnameEndings.append(String(fields[0]))
            } else {
                throw OptionError("surname ending '\(line)' must be one ending, 'weak ENDING' or 'patronymic ENDING'")
            }
        }
        self.surnameEndings = surnameEndings
        self.patronymicEndings = patronymicEndings
        self.weakSurnameEndings = weakSurnameEndings
        strongSurnameEndings = surnameEndings.filter { !weakSurnameEndings.contains($0) }
        givenNameEquivalents = (Self.lines(try Self.bundled("given-name-equivalents")) + options.givenNameEquivalents)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init) }
        givenNameDiminutives = (Self.lines(try Self.bundled("given-name-diminutives")) + options.givenNameDiminutives)
            .map { $0.split(separator: " ").map(String.init) }.filter { $0.count >= 2 }
        shortFormEndings = try options.shortFormEndings ?? Self.lines(try Self.bundled("given-name-short-forms"))
        givenNames = Set((givenNameEquivalents + givenNameDiminutives).joined().map { $0.lowercased() })

        var rules = try options.keyRulesFile.map(Self.file) ?? Self.bundled("transliteration-folding")
        if !options.keyRules.isEmpty {
            // A pass of its own, after the bundled ones, so added rules see the folded key.
            rules += "\n::Null;\n" + options.keyRules.joined(separator: "\n") + "\n"
        }
        keyRules = rules
        spellingStyles = try Self.spellingStyles(Self.bundled("spelling-styles"))
        letterReadings = try Self.letterReadings(Self.lines(Self.bundled("letter-readings")))
        displayTransform = options.displayTransform

        let lexiconText = try options.lexiconFile.map(Self.file) ?? Self.bundled("lexicon")
        lexicon = try Self.lexiconEntries(Self.lines(lexiconText) + options.lexicon)
        (countryQualifiers, countryQualifierWords, countryNames) = try Self.countryQualifiers(Self.lines(Self.bundled("country-qualifiers")))
        (countryHeads, countryHeadWords, _) = try Self.countryQualifiers(Self.lines(Self.bundled("country-heads")))
        (countryNameHeads, _, _) = try Self.countryQualifiers(Self.lines(Self.bundled("country-name-heads")))
        acronymSkipWords = try list("acronym-skip-words", extra: [])
        adjectiveEndings = Self.words(try Self.bundled("adjective-endings"))
        for (kind, endings) in try Self.countryLines(
            Self.lines(Self.bundled("domain-endings")), kind: "domain ending", shape: "country: ending ending")
        {
            for ending in endings.split(whereSeparator: \.isWhitespace) { domainEndings[ending.lowercased()] = kind == "country" }
        }
        for (ending, isCountry) in domainEndings where isCountry && !neverNames.contains(ending) {
            let bytes = Array(ending.utf8)
            if bytes.count == 2, bytes.allSatisfy({ $0 < 0x80 }) { asciiCountryEndingPairs.insert(UInt16(bytes[0]) << 8 | UInt16(bytes[1])) }
        }
        caseEndings = Self.lines(try Self.bundled("case-endings")).map { line in
            let words = line.split(separator: " ").map(String.init)
            return (words[0] == "-" ? "" : words[0], Array(words.dropFirst()))
        }
        (personCaseForms, womenGivenNames) = try Self.personCaseForms(Self.lines(Self.bundled("person-case-forms")))
        organisationAdjectives = try Self.organisationAdjectives(Self.lines(Self.bundled("organisation-adjectives")))
        organisationHeads = try list("organisation-heads", extra: [])
        for (sport, line) in Self.lines(try Self.bundled("club-forms")).enumerated() {
            for word in line.split(whereSeparator: \.isWhitespace) { clubForms[word.lowercased()] = sport }
        }
        (organisationConcepts, organisationConceptInitials, regionalConceptWords, englishConceptWords, regionalLatinWords) = try Self.organisationConcepts(Self.lines(Self.bundled("organisation-concepts")))
        organisationConceptPrefixes = organisationConcepts.filter { $0.key.hasSuffix("-") }.sorted { $0.key < $1.key }.map { word, concept in
            let prefix = String(word.dropLast())
            return (prefix, prefix.prefix(1).uppercased() + prefix.dropFirst(), concept)
        }
    }

    /// A word's first two UTF-8 bytes (the second 0 for a one-byte word), ASCII letters folded to
    /// lower case: a cheap filter before a word-table lookup, which is the dearest step of detection.
    static func wordHead<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt16 {
        var iterator = bytes.makeIterator()
        let first = iterator.next() ?? 0
        return wordHead(first, iterator.next() ?? 0)
    }

    /// ``wordHead(_:)`` of a word whose first two bytes are `first` and `second` (0 for a one-byte
    /// word): the detector reads them from the text in place, where the generic collection cost a
    /// call and an iterator per word. One fold for the table's heads and the text's.
    @inline(__always)
    static func wordHead(_ first: UInt8, _ second: UInt8) -> UInt16 {
        func folded(_ byte: UInt8) -> UInt16 { UInt16(byte &- 0x41 < 26 ? byte | 0x20 : byte) }
        return folded(first) << 8 | folded(second)
    }

    /// The sub-kinds of place descriptors from `SUBKIND WORD…` lines: plain words, abbreviations
    /// written with their period, and suffixes written with a leading hyphen; and the linking words
    /// of `link WORD…` lines, with the descriptors they alone link after a colon
    /// (`link of: city town`); the common words of `not WORD…` lines, which no suffix may read; and
    /// the descriptors of `not-first SUBKIND WORD…` lines, which count everywhere but as a capitalised
    /// name's first word.
    static func placeSubKinds(_ lines: [String]) throws -> (
        words: [String: String], abbreviations: Set<String>, suffixes: [(suffix: String, subKind: String)], links: [String: Set<String>],
        suffixExceptions: Set<String>, pairs: [String: [String: String]], notFirst: Set<String>
    ) {
        var notFirst: Set<String> = []
        var words: [String: String] = [:]
        var pairs: [String: [String: String]] = [:]
        var suffixExceptions: Set<String> = []
        var abbreviations: Set<String> = []
        var suffixes: [(suffix: String, subKind: String)] = []
        var links: [String: Set<String>] = [:]
        for line in lines {
            let fields = line.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
            guard fields.count >= 2, !fields[0].contains("#") else {
                throw OptionError("place descriptor line '\(line)' must be a sub-kind and at least one word")
            }
            if fields[0] == "link" {
                let linked = fields.dropFirst()
                if let colon = linked.firstIndex(where: { $0.hasSuffix(":") }) {
                    let descriptors = Set(linked[(colon + 1)...])
                    for link in linked[..<colon] + [String(linked[colon].dropLast())] where !link.isEmpty {
                        links[link, default: []].formUnion(descriptors)
                    }
                } else {
                    for link in linked { links[link] = [] }
                }
                continue
            }
            if fields[0] == "not" {
                suffixExceptions.formUnion(fields.dropFirst())
                continue
            }
            var entry = fields[...]
            if entry[entry.startIndex] == "not-first" {
                entry = entry.dropFirst()
                guard entry.count >= 2 else { throw OptionError("place descriptor line '\(line)' must be not-first, a sub-kind and a word") }
                notFirst.formUnion(entry.dropFirst())
            }
            let subKind = entry[entry.startIndex]
            for word in entry.dropFirst() {
                let parts = word.split(separator: "+", omittingEmptySubsequences: false)
                if parts.count > 1 {
                    guard parts.count == 2, !parts.contains(where: \.isEmpty) else {
                        throw OptionError("place descriptor '\(word)' must be one word or two joined by '+'")
                    }
                    pairs[String(parts[0]), default: [:]][String(parts[1])] = subKind
                } else if word.hasPrefix("-") && word.count > 1 {
                    suffixes.append((String(word.dropFirst()), subKind))
                } else if word.hasSuffix(".") && word.count > 1 {
                    words[String(word.dropLast())] = subKind
                    abbreviations.insert(String(word.dropLast()))
                } else {
                    words[word] = subKind
                }
            }
        }
        // The first suffix a word ends with is its descriptor, so a longer one is tried before the
        // shorter one it ends in (a reservoir's -stausee before a lake's -see). A stable sort keeps
        // the file's order among suffixes of one length.
        let longestFirst = suffixes.enumerated().sorted { ($0.element.suffix.count, -$0.offset) > ($1.element.suffix.count, -$1.offset) }.map(\.element)
        return (words, abbreviations, longestFirst, links, suffixExceptions, pairs, notFirst)
    }

    /// Whether a lower-case word's last hyphenated part is a head word of organisation-heads.txt
    /// after a part of two letters or more (`ipoteka-bank`, `ипотека-банк`): the head word is the
    /// organisation name's, as when written apart (`Ipoteka Bank`).
    func isOrganisationCompound(_ word: String) -> Bool {
        guard let hyphen = Self.lastHyphen(in: word), word.distance(from: word.startIndex, to: hyphen) >= 2 else { return false }
        return organisationHeads.contains(String(word[word.index(after: hyphen)...]))
    }

    /// The index of the last hyphen of `word` (any of ``NameText/isHyphen(_:)``), whose parts the
    /// compound readings (``placeCompound(_:)``, ``isOrganisationCompound(_:)``) split at.
    static func lastHyphen(in word: String) -> String.Index? {
        word.lastIndex { $0.unicodeScalars.count == 1 && NameText.isHyphen($0.unicodeScalars.first!) }
    }

    /// The base and sub-kind of a word whose last hyphenated part is a place descriptor
    /// ("Naryn-Fluss", "Москва-река") or a region word, in any case ("Tschui-Gebiet": a compound, not
    /// the loose "Donbas region"), or that ends in a descriptor suffix with four letters or more
    /// before it ("Balchaschsee"), if it is one. A region's sub-kind is `region`, whose described key
    /// is its region key.
    func placeCompound(_ word: String) -> (base: Substring, kind: String)? {
        if let hyphen = Self.lastHyphen(in: word), hyphen > word.startIndex {
            let part = word[word.index(after: hyphen)...].lowercased()
            if let kind = placeAbbreviations.contains(part) ? nil : placeSubKinds[part] ?? placeSuffixes.first(where: { $0.suffix == part })?.subKind {
                return (word[..<hyphen], kind)
            }
            if regionWords.contains(part) || capitalisedRegionWords.contains(part) { return (word[..<hyphen], "region") }
        }
        let lower = word.lowercased()
        guard !placeSuffixExceptions.contains(lower) else { return nil }
        for (suffix, kind) in placeSuffixes where lower.count >= suffix.count + 4 && lower.hasSuffix(suffix) {
            let base = word.dropLast(suffix.count)
            if base.last.map({ $0.isLetter && $0.isLowercase }) == true { return (base, kind) }
        }
        return nil
    }
}
