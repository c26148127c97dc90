import Foundation

/// The word lists that drive quote detection and speaker attribution, read from the editable rule
/// files in `Resources/quotes/` (one entry per line, `#` comments).
///
/// Every list can be extended from the stage's options, and a folder of replacement files can
/// stand in for the built-in ones, so a newsroom's house style (its own cue verbs, titles,
/// outlets) needs no code change.
struct QuoteLexicon: Sendable {
    /// Word forms of cue verbs and cue nouns (`said`, `told`, `chanted`), and two-word cues,
    /// verb and particle (`shot back`, `chipped in`), whose verb alone is no cue (`was shot`,
    /// `chipped a tooth`): ``indexWords()`` tells the two apart, so that a two-word cue from the
    /// stage's options counts as one from `cue-verbs.txt` does.
    var cueWords: Set<String>
    /// Cues marked `beside:` in `cue-verbs.txt` or the `cue_verbs` option (`laughed`, `beamed`):
    /// verbs of a manner that is no speech on its own, cues only right beside a quotation.
    var besideQuotationCues: Set<String> = []
    /// Cues marked `as:` (`rejected`): they report words only as what their object is called
    /// (`rejected the budget as "…"`).
    var asQuotationCues: Set<String> = []
    /// Cues marked `between:` (`paused`): no speech on their own, they report words only between
    /// two parts of a quotation (`"…and the railways -" she paused - "the railways …"`).
    var betweenQuotationsCues: Set<String> = []
    /// Nouns marked `judgement:` (`view`, `opinion`): no cue words, they report the holder's
    /// words only in the frame `was of the view that`, `took the view that`.
    var judgementNounCues: Set<String> = []
    /// `cue next` pairs that are not quotation cues (`called for`).
    var notCues: Set<String>
    /// Multi-word phrases followed by the speaker (`according to`), as word arrays.
    var accordingPhrases: [[String]]
    /// Title and role words dropped from a speaker's name.
    var titles: Set<String>
    /// Nouns of reported speech (`claims`, `statement`).
    var speechNouns: Set<String>
    /// Words that mark a capitalized name as an organisation or a place.
    var organisationWords: Set<String>
    /// Role words with a known gender (`spokeswoman` → female).
    var femaleWords: Set<String>
    var maleWords: Set<String>
    /// The sex of a given name that is given to one sex only (`declan` → male), from
    /// `given-names.txt`: evidence only against a pronoun of the other sex, never for a candidate.
    var givenNameSex: [String: SpeakerGender] = [:]
    /// Surname endings with a known gender, longest first.
    var femaleSuffixes: [String]
    var maleSuffixes: [String]
    /// Words written with a leading apostrophe (`'n'`, `'em`).
    var elisions: Set<String>
    /// Abbreviations whose period does not end a sentence.
    var abbreviations: Set<String>
    /// Words that open a clause.
    var clauseOpeners: Set<String>
    /// Words that open an introductory phrase before a subject.
    var introductoryWords: Set<String>
    /// Function words: never names, and they end noun phrases.
    var functionWords: Set<String>
    /// Prepositions that end a speaker phrase.
    var prepositions: Set<String>
    /// Auxiliaries and adverbs skipped between a speaker and its cue verb.
    var auxiliaries: Set<String>
    /// Adjectives whose prepositional phrase stays in a speaker (`close to`, `familiar with`).
    var complementAdjectives: Set<String> = []
    /// Nouns of number whose `of` phrase is a plural group (`dozens of`, `some of`).
    var quantityNouns: Set<String> = []
    /// Plural nouns without an -s (`women`, `people`).
    var irregularPlurals: Set<String> = []
    /// Nouns for many people (`crowd`, `audience`): never one person's role.
    var collectiveNouns: Set<String> = []
    /// Irregular past-tense verbs (`drove`, `met`).
    var irregularPasts: Set<String> = []
    /// Nouns for one person of a country (`german`, `pole`).
    var demonyms: Set<String> = []
    /// Nouns for one person by age, sex or family place (`teenager`, `woman`).
    var personNouns: Set<String> = []
    /// Nouns for a trade or calling that the agent-noun endings miss (`nurse`, `chef`, `imam`).
    var occupationNouns: Set<String> = []
    /// Nouns for a kind of thing a term names (`phenomenon`, `effect`).
    var termNouns: Set<String> = []
    /// Section and kicker words set before a headline or a caption (`Video:`, `Exclusive:`).
    var kickerWords: Set<String> = []
    /// Prepositions of place that open an inverted sentence (`Among them was …`), not among the
    /// prepositions that end a speaker's phrase.
    var placePrepositions: Set<String> = []
    /// The other role words a role word in a definite description may stand for (`coach` →
    /// `manager`, `player` → `striker`), from `role-families.txt`.
    var roleFamilies: [String: Set<String>] = [:]
    /// The full forms of an office's abbreviation (`mp` → `member of parliament`), each as its
    /// lower-case words, from the `short` lines of `role-families.txt`.
    var officeFullForms: [String: [[String]]] = [:]
    /// The nouns that introduce an organisation of a class (`company` → `retailer`, `grocer`,
    /// `operator`), so that `the company` finds a name introduced as `the grid operator`, from
    /// `organisation-classes.txt`.
    var organisationClasses: [String: Set<String>] = [:]
    /// Every noun of `organisationClasses`, broad or narrow, looked up once per description.
    var organisationClassNouns: Set<String> = []

    /// A title's abbreviated forms among the titles (`governor` → `gov`, `senator` → `sen`), so
    /// that `the governor` finds `Gov. Ellen Marsh`.
    var titleAbbreviations: [String: [String]] = [:]

    /// Every listed word with the lists it is in, so that a token is looked up once.
    var flagsByWord: [String: LexiconFlags] = [:]
    /// The same, keyed by a 64-bit hash of the word's UTF-8 bytes: the tokenizer looks words up
    /// without making a string or running `Hasher`.
    var wordTable = WordFlagTable(entries: [:])
    /// ``notCues`` by the same hash, so that a word pair is looked up without joining it.
    var notCueTable = WordFlagTable(entries: [:])
    /// The two-word cues of ``cueWords`` by the same hash.
    var phrasalCueTable = WordFlagTable(entries: [:])
    /// ``femaleWords`` and ``maleWords`` as one map, so that a word is hashed once, not once per
    /// list (the speaker sieves ask it of every word of a subject).
    var genderByWord: [String: SpeakerGender] = [:]

    /// Fills ``flagsByWord`` from the lists; call after changing a list.
    mutating func indexWords() {
        var map: [String: LexiconFlags] = [:]
        func add(_ words: Set<String>, _ flag: LexiconFlags) {
            for word in words { map[word, default: []].insert(flag) }
        }
        let phrasalCues = cueWords.filter { $0.contains(" ") }
        add(cueWords.subtracting(phrasalCues), .cue)
        let phrasalVerbs = Set(phrasalCues.compactMap { $0.split(separator: " ").first.map(String.init) })
        add(phrasalVerbs, .cue)
        add(phrasalVerbs, .phrasalCue)
        add(besideQuotationCues, .besideQuotationCue)
        add(asQuotationCues, .asQuotationCue)
        add(betweenQuotationsCues, .betweenQuotationsCue)
        add(judgementNounCues, .judgementNounCue)
        add(functionWords, .function)
        add(prepositions, .preposition)
        add(clauseOpeners, .clauseOpener)
        add(introductoryWords, .introductory)
        add(auxiliaries, .auxiliary)
        add(titles, .title)
        add(organisationWords, .organisation)
        add(speechNouns, .speechNoun)
        add(complementAdjectives, .complementAdjective)
        add(quantityNouns, .quantityNoun)
        add(irregularPlurals, .irregularPlural)
        add(irregularPasts, .irregularPast)
        add(femaleWords, .gendered)
        add(maleWords, .gendered)
        add(["the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "one", "another"], .determiner)
        add(["of", "for", "de", "del", "della", "da", "das", "do", "dos", "di", "van", "von", "der", "den", "ter", "ten", "bin", "al", "el", "la", "le", "du", "des", "ibn", "y"], .nameParticle)
        flagsByWord = map
        wordTable = WordFlagTable(entries: map)
        var shortened: [String: [String]] = [:]
        for short in titles where short.count >= 3 && abbreviations.contains(short) {
            for title in titles where title.count > short.count && title.hasPrefix(short) { shortened[title, default: []].append(short) }
        }
        titleAbbreviations = shortened.mapValues { $0.sorted() }
        notCueTable = WordFlagTable(entries: Dictionary(uniqueKeysWithValues: notCues.map { ($0, LexiconFlags.cue) }))
        phrasalCueTable = WordFlagTable(entries: Dictionary(uniqueKeysWithValues: phrasalCues.map { ($0, LexiconFlags.cue) }))
        // A word on both lists is female, as when the lists were asked in turn.
        genderByWord = Dictionary(uniqueKeysWithValues: maleWords.map { ($0, SpeakerGender.male) })
        for word in femaleWords { genderByWord[word] = .female }
    }

    /// Adds entries of `cue-verbs.txt` or of the `cue_verbs` option, lowercased: a plain word form
    /// or two-word cue, or a word marked `beside:` (a cue only right beside a quotation), `between:`
    /// (a cue only between two parts of a quotation), `as:`
    /// (a cue only before `as` and a quotation) or `judgement:` (a noun, no cue word, a cue only
    /// in `was of the view that`). Call ``indexWords()`` after.
    mutating func addCueEntries(_ entries: [String]) {
        for entry in entries {
            let lower = entry.lowercased()
            if lower.hasPrefix("beside:") {
                let word = lower.dropFirst("beside:".count).trimmingCharacters(in: .whitespaces)
                cueWords.insert(word)
                besideQuotationCues.insert(word)
            } else if lower.hasPrefix("between:") {
                let word = lower.dropFirst("between:".count).trimmingCharacters(in: .whitespaces)
                cueWords.insert(word)
                betweenQuotationsCues.insert(word)
            } else if lower.hasPrefix("as:") {
                let word = lower.dropFirst("as:".count).trimmingCharacters(in: .whitespaces)
                cueWords.insert(word)
                asQuotationCues.insert(word)
            } else if lower.hasPrefix("judgement:") {
                judgementNounCues.insert(lower.dropFirst("judgement:".count).trimmingCharacters(in: .whitespaces))
            } else {
                cueWords.insert(lower)
            }
        }
    }

    /// Whether `word next` is a two-word cue of `cue-verbs.txt` (`shot back`).
    func isPhrasalCue(_ word: String, _ next: String) -> Bool {
        phrasalCueTable.containsPhrase(word, next)
    }

    /// Whether `word next` is listed in `not-cues.txt` (`called for`).
    func isNotCue(_ word: String, _ next: String) -> Bool {
        notCueTable.containsPhrase(word, next)
    }

    /// The rule files, by base name.
    static let fileNames = [
        "cue-verbs", "not-cues", "according-phrases", "titles", "speech-nouns", "organisation-words",
        "gender-words", "elisions", "abbreviations", "clause-openers", "introductory-words",
        "function-words", "prepositions", "auxiliaries", "phrase-words", "role-families",
        "organisation-classes", "given-names",
    ]

    /// Loads the built-in rule files, each replaced by a file of the same name (`NAME.txt`) in
    /// `overrideDirectory` when there is one.
    static func load(overrideDirectory: String?) throws -> QuoteLexicon {
        var lists: [String: [String]] = [:]
        for name in fileNames {
            lists[name] = try lines(of: name, overrideDirectory: overrideDirectory)
        }
        func set(_ name: String) -> Set<String> { Set(lists[name, default: []].map { $0.lowercased() }) }
        var female: Set<String> = [], male: Set<String> = []
        var femaleSuffixes: [String] = [], maleSuffixes: [String] = []
        for (tag, word) in try RuleFile.tagged(lists["gender-words", default: []], tags: ["f", "m", "f-suffix", "m-suffix"], file: "gender-words") {
            switch tag {
            case "f": female.insert(word)
            case "m": male.insert(word)
            case "f-suffix": femaleSuffixes.append(word)
            default: maleSuffixes.append(word)
            }
        }
        var lexicon = QuoteLexicon(
            cueWords: [],
            notCues: set("not-cues"),
            accordingPhrases: lists["according-phrases", default: []].map { $0.lowercased().split(separator: " ").map(String.init) },
            titles: set("titles"),
            speechNouns: set("speech-nouns"),
            organisationWords: set("organisation-words"),
            femaleWords: female,
            maleWords: male,
            femaleSuffixes: femaleSuffixes.sorted { $0.count > $1.count },
            maleSuffixes: maleSuffixes.sorted { $0.count > $1.count },
            elisions: set("elisions"),
            abbreviations: set("abbreviations"),
            clauseOpeners: set("clause-openers"),
            introductoryWords: set("introductory-words"),
            functionWords: set("function-words"),
            prepositions: set("prepositions"),
            auxiliaries: set("auxiliaries")
        )
        lexicon.addCueEntries(lists["cue-verbs", default: []])
        let phraseTags: Set<String> = ["complement", "quantity", "plural", "collective", "past", "demonym", "person", "occupation", "term", "kicker", "place"]
        for (tag, word) in try RuleFile.tagged(lists["phrase-words", default: []], tags: phraseTags, file: "phrase-words") {
            switch tag {
            case "complement": lexicon.complementAdjectives.insert(word)
            case "quantity": lexicon.quantityNouns.insert(word)
            case "plural": lexicon.irregularPlurals.insert(word)
            case "collective": lexicon.collectiveNouns.insert(word)
            case "demonym": lexicon.demonyms.insert(word)
            case "person": lexicon.personNouns.insert(word)
            case "occupation": lexicon.occupationNouns.insert(word)
            case "term": lexicon.termNouns.insert(word)
            case "kicker": lexicon.kickerWords.insert(word)
            case "place": lexicon.placePrepositions.insert(word)
            default: lexicon.irregularPasts.insert(word)
            }
        }
        // `same a b c` makes each word stand for the others; `general g a b c` lets the general
        // word `g` stand for each narrower one.
        for (tag, entry) in try RuleFile.tagged(lists["role-families", default: []], tags: ["same", "general", "short"], file: "role-families") {
            let words = entry.split(separator: " ").map(String.init)
            if tag == "short" {
                lexicon.officeFullForms[words[0], default: []].append(Array(words.dropFirst()))
            } else if tag == "general" {
                lexicon.roleFamilies[words[0], default: []].formUnion(words.dropFirst())
            } else {
                for word in words { lexicon.roleFamilies[word, default: []].formUnion(words.filter { $0 != word }) }
            }
        }
        // The longer form first (`chief executive officer` before `chief executive`), sorted once
        // after every `short` line is read; the sort is stable, so forms of one length keep the file's order.
        for key in lexicon.officeFullForms.keys { lexicon.officeFullForms[key]?.sort { $0.count > $1.count } }
        for (_, entry) in try RuleFile.tagged(lists["organisation-classes", default: []], tags: ["class"], file: "organisation-classes") {
            let words = entry.split(separator: " ").map(String.init)
            lexicon.organisationClasses[words[0], default: []].formUnion(words)
            lexicon.organisationClassNouns.formUnion(words)
        }
        for (tag, entry) in try RuleFile.tagged(lists["given-names", default: []], tags: ["f", "m"], file: "given-names") {
            for name in entry.split(separator: " ") { lexicon.givenNameSex[String(name)] = tag == "f" ? .female : .male }
        }
        lexicon.indexWords()
        return lexicon
    }

    /// The entries of one rule file: trimmed, without comments and blank lines.
    private static func lines(of name: String, overrideDirectory: String?) throws -> [String] {
        if let overrideDirectory {
            let path = URL(fileURLWithPath: overrideDirectory).appendingPathComponent("\(name).txt").path
            if FileManager.default.fileExists(atPath: path) { return RuleFile.lines(try RuleFile.read(path, option: "lexicons")) }
        }
        return RuleFile.lines(try RuleFile.bundled(name, stage: "quotes"))
    }

    /// The gender that a role word or a surname suggests, if any.
    func gender(ofWord lower: String) -> SpeakerGender {
        genderByWord[lower] ?? .unknown
    }

    /// The gender a surname's ending suggests (Stamalieva, Akayev), if any.
    func gender(ofSurname lower: String) -> SpeakerGender {
        // (Five characters: five bytes at least, and counted as characters only when not ASCII.)
        guard lower.utf8.count >= 5, lower.utf8.allSatisfy({ $0 < 0x80 }) || lower.count >= 5 else { return .unknown }
        for suffix in femaleSuffixes where lower.endsWithBytes(suffix) { return .female }
        for suffix in maleSuffixes where lower.endsWithBytes(suffix) { return .male }
        return .unknown
    }
}
