/// A published line in segments: the date, then an update stamp and a reading time, each after
/// a separator (`Published June 3, 2026 • Last updated 6 hours ago • 4 minute read`).
///
/// A date line is short (ten words at most) unless it is mostly figures; one that strings its
/// stamps together with bullets or bars runs longer, and its separators then read as a menu's,
/// so the article's own date line went as navigation. A menu's items, a weather strip's and a
/// share row's carry no figure in most segments; every segment of a date line carries one (a
/// clock, when the line names no month but says `today`).
extension BoilerplateClassifier {
    /// The most words one segment of a segmented date line may hold (`Last updated 6 hours ago`).
    static let dateSegmentWords = 6
    /// The most words a segment may hold when every segment has its clock: a stamp written out in
    /// full (`Publicado a 14 de Janeiro de 2025, 07h35 | Actualizado às 11h20`) runs to eight, and a
    /// clock in each segment is a date line's whatever its words.
    static let clockedSegmentWords = 9

    /// Whether `raw` is a date line in segments: two or more segments between separators (`|`,
    /// `•`, `·`, `∙`), each with a figure and a few words. With `clocks`, for a line that names no
    /// month (`Vandaag, 16:05 • Aangepast vandaag, 17:20`), each segment must hold a clock time.
    /// Segments that all hold a clock may be longer (``clockedSegmentWords``).
    static func isSegmentedDate(_ raw: UnsafeBufferPointer<UInt8>, clocks: Bool = false) -> Bool {
        let text = String(decoding: raw, as: UTF8.self)
        let segments = text.split(whereSeparator: { dateSeparators.contains($0) })
            .map { $0.split(separator: " ") }
            .filter { !$0.isEmpty }
        guard segments.count >= 2 else { return false }
        let clocked = segments.allSatisfy { $0.count <= clockedSegmentWords && $0.contains(where: isClock) }
        return clocked || !clocks && segments.allSatisfy { words in
            words.count <= dateSegmentWords && words.contains { $0.contains(where: \.isNumber) }
        }
    }

    /// A clock time as one word: one or two digits, a colon or the `h` of French and Portuguese
    /// copy, two digits (`16:05`, `9:30,`, `08h30`).
    private static func isClock(_ word: Substring) -> Bool {
        let parts = word.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "h" })
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[0].allSatisfy(\.isASCII), parts[0].allSatisfy(\.isNumber) else { return false }
        let minutes = parts[1].prefix(while: { $0.isASCII && $0.isNumber })
        return minutes.count == 2 && parts[1].count <= 3
    }

    private static let dateSeparators: Set<Character> = ["|", "•", "·", "∙"]
}
