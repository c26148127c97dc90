/// A quotation's speaker and the cue that named it, and which sieve decided.
struct Attribution: Sendable {
    var speaker: SpeakerCandidate?
    var cue: String?
    /// The sieve that decided, for tests and debugging.
    var sieve: String
}
