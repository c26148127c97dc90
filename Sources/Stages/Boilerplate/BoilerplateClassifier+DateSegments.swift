/// A published line in segments: the date, then an update stamp and a reading time, each after
/// a separator (`Published June 3, 2026 • Last updated 6 hours ago • 4 minute read`).
///
/// A date line is short (ten words at most) unless it is mostly figures; one that strings its
/// stamps together with bullets or bars runs longer, and its separators then read as a menu's,
/// so the article's own date line went as navigation. A menu's items, a weather strip's and a
/// share row's carry no figure in most segments; every segment of a date line carries one.
extension BoilerplateClassifier {
    /// The most words one segment of a segmented date line may hold (`Last updated 6 hours ago`).
    static let dateSegmentWords = 6

    /// Whether `raw`, a line naming a month, is a date line in segments: two or more segments
    /// between separators (`|`, `•`, `·`, `∙`), each with a figure and a few words.
    static func isSegmentedDate(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = String(decoding: raw, as: UTF8.self)
        let segments = text.split(whereSeparator: { dateSeparators.contains($0) })
            .map { $0.split(separator: " ") }
            .filter { !$0.isEmpty }
        guard segments.count >= 2 else { return false }
        return segments.allSatisfy { words in
            words.count <= dateSegmentWords && words.contains { $0.contains(where: \.isNumber) }
        }
    }

    private static let dateSeparators: Set<Character> = ["|", "•", "·", "∙"]
}
