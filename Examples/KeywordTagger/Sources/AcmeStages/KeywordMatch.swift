public import Pipeline

/// One occurrence of a listed keyword or entity in a document.
public struct KeywordMatch: Codable, Hashable, Sendable {
    /// The first code point of the occurrence.
    public var start: Int
    /// One past its last code point.
    public var end: Int
    /// The occurrence as written in the text, such as `JAPAROV`.
    public var text: String
    /// The entry of the word list it matched, as written in the list, such as `Sadyr Japarov`.
    public var keyword: String
    /// The entry's label (its `[section]` in the list), such as `person`.
    public var label: String

    /// Creates a match.
    public init(start: Int, end: Int, text: String, keyword: String, label: String) {
        self.start = start
        self.end = end
        self.text = text
        self.keyword = keyword
        self.label = label
    }
}

/// The `acme.keywords` annotation: matches in text order.
///
/// The output field is namespaced like the stage, so it can never collide with a built-in
/// annotation of the same name.
public enum KeywordsKey: CodableAnnotationKey {
    public typealias Value = [KeywordMatch]
    public static let name = "acme.keywords"
    public static let carriesOffsets = true
}
