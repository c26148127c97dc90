/// What is known of a speaker's gender, for matching `he` and `she`.
enum SpeakerGender: Sendable {
    case female, male, unknown

    /// Whether a pronoun of gender `pronoun` can refer to a speaker of this gender.
    func isCompatible(with pronoun: SpeakerGender) -> Bool {
        self == .unknown || pronoun == .unknown || self == pronoun
    }
}
