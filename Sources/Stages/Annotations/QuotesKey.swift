public import Pipeline

/// A direct quotation and who said it.
public struct Quote: Codable, Hashable, Sendable {
    /// The first code point of the quotation, quote marks included, in the document's text.
    public var start: Int
    /// One past its last code point.
    public var end: Int
    /// The quoted words, without the quote marks.
    public var quote: String
    /// The speaker as written near the quote (after resolving pronouns), or `nil` when unknown.
    public var speaker: String?
    /// The speaker's canonical name from the `names` stage, when it ran and knows the speaker.
    public var speakerCanonical: String?
    /// The cue verb or phrase, such as `said`, `told AFP`, `according to`.
    public var cue: String?
    /// The index into `sentences` of the sentence where the quote starts, when sentences are known.
    public var sentence: Int?

    /// Creates a quote.
    public init(start: Int, end: Int, quote: String, speaker: String?, speakerCanonical: String?, cue: String?, sentence: Int?) {
        self.start = start
        self.end = end
        self.quote = quote
        self.speaker = speaker
        self.speakerCanonical = speakerCanonical
        self.cue = cue
        self.sentence = sentence
    }

    enum CodingKeys: String, CodingKey {
        case start, end, quote, speaker, cue, sentence
        case speakerCanonical = "speaker_canonical"
    }

    /// Writes every field, `null` when unknown, so every quote record has the same schema
    /// (synthesized encoding would drop the nil fields).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(quote, forKey: .quote)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(speakerCanonical, forKey: .speakerCanonical)
        try container.encode(cue, forKey: .cue)
        try container.encode(sentence, forKey: .sentence)
    }
}

/// Direct quotations with their speakers, in text order.
public enum QuotesKey: CodableAnnotationKey {
    public typealias Value = [Quote]
    public static let name = "quotes"
    public static let carriesOffsets = true
}

extension Annotations {
    /// Quotations, in text order. Set by the `quotes` stage.
    public internal(set) var quotes: [Quote]? {
        get { self[QuotesKey.self] }
        set { self[QuotesKey.self] = newValue }
    }
}
