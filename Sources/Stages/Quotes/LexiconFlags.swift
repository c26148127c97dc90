/// The lists a word belongs to.
struct LexiconFlags: OptionSet, Sendable {
    let rawValue: UInt32
    static let cue = LexiconFlags(rawValue: 1 << 0)
    static let function = LexiconFlags(rawValue: 1 << 1)
    static let preposition = LexiconFlags(rawValue: 1 << 2)
    static let clauseOpener = LexiconFlags(rawValue: 1 << 3)
    static let introductory = LexiconFlags(rawValue: 1 << 4)
    static let auxiliary = LexiconFlags(rawValue: 1 << 5)
    static let title = LexiconFlags(rawValue: 1 << 6)
    static let organisation = LexiconFlags(rawValue: 1 << 7)
    static let speechNoun = LexiconFlags(rawValue: 1 << 8)
    static let determiner = LexiconFlags(rawValue: 1 << 9)
    static let nameParticle = LexiconFlags(rawValue: 1 << 10)
    static let complementAdjective = LexiconFlags(rawValue: 1 << 11)
    static let quantityNoun = LexiconFlags(rawValue: 1 << 12)
    static let irregularPlural = LexiconFlags(rawValue: 1 << 13)
    static let irregularPast = LexiconFlags(rawValue: 1 << 14)
    /// In `gender-words.txt`, of either sex: only such a word need be asked its gender.
    static let gendered = LexiconFlags(rawValue: 1 << 15)
    /// The verb of a two-word cue in `cue-verbs.txt` (`shot back`, `chipped in`): a cue only
    /// before its particle.
    static let phrasalCue = LexiconFlags(rawValue: 1 << 16)
    /// A cue of manner marked `beside:` in `cue-verbs.txt` (`laughed`, `beamed`): a cue only
    /// right beside a quotation.
    static let besideQuotationCue = LexiconFlags(rawValue: 1 << 17)
    /// A cue marked `as:` in `cue-verbs.txt` (`rejected`): a cue only before `as` and a quotation.
    static let asQuotationCue = LexiconFlags(rawValue: 1 << 18)
    /// A noun of a judgement held, marked `judgement:` in `cue-verbs.txt` (`view`, `opinion`): a
    /// cue only in the frame `was of the view that`, `took the view that`.
    static let judgementNounCue = LexiconFlags(rawValue: 1 << 19)
    /// A cue marked `between:` in `cue-verbs.txt` (`paused`): a cue only between two parts of a
    /// quotation, right after the one and right before the other.
    static let betweenQuotationsCue = LexiconFlags(rawValue: 1 << 20)

    /// The lists of words that cannot be a plain modifier or noun of a phrase (`angry local
    /// supporters`, `hairdresser Mary Keane`): function words, determiners, prepositions, cues,
    /// clause openers and auxiliaries.
    static let notPlainModifier: LexiconFlags = [.function, .determiner, .preposition, .cue, .clauseOpener, .auxiliary]
    /// The lists that stop the backward scan for a cue's subject: cues and clause openers. A set
    /// of its own so the scan's test of every word builds no array literal (an optimiser may not
    /// fold one, and then each word pays an allocation).
    static let subjectScanStop: LexiconFlags = [.cue, .clauseOpener]
}
