internal import CICU

/// Finds sentence, word, line or character boundaries with ICU's `ubrk`.
///
/// ```swift
/// let sentences = try BreakIterator(.sentence, locale: "en@ss=standard")
/// sentences.boundaries(in: "Hello there. How are you?")   // [0, 13, 25] (code points)
/// ```
///
/// The locale may carry ICU keywords; `@ss=standard` turns on the abbreviation suppressions
/// (`Mr.`, `e.g.`) from CLDR. Custom rules (ICU's RBBI syntax) replace the locale's rules.
///
/// A break iterator holds the text it walks, so it is not `Sendable`: give each thread its own
/// instance (``clone()``).
public final class BreakIterator {
    /// What the iterator breaks on.
    public struct Kind: Hashable, Sendable, CustomStringConvertible {
        let code: Int32
        /// Its name: `character`, `word`, `line` or `sentence`.
        public let description: String
        /// Grapheme cluster boundaries.
        public static let character = Kind(code: cicu_ubrk_kind_character(), description: "character")
        /// Word boundaries (both edges of every word, space and punctuation run).
        public static let word = Kind(code: cicu_ubrk_kind_word(), description: "word")
        /// Line-break opportunities.
        public static let line = Kind(code: cicu_ubrk_kind_line(), description: "line")
        /// Sentence boundaries.
        public static let sentence = Kind(code: cicu_ubrk_kind_sentence(), description: "sentence")
    }

    /// A boundary and the status of the rule that produced it (for word breaks: ICU's
    /// `UBRK_WORD_*` ranges, for example 200..<300 for words with letters).
    public struct Boundary: Hashable, Sendable {
        /// The UTF-16 offset of the boundary.
        public var utf16Offset: Int
        /// `ubrk_getRuleStatus` at this boundary.
        public var ruleStatus: Int
    }

    private let handle: UnsafeMutableRawPointer
    /// A description for error messages: the kind and locale, or "custom rules".
    public let name: String

    /// Opens ICU's standard iterator of `kind` for `locale` (such as `en`, `en@ss=standard`, `ru`).
    public init(_ kind: Kind, locale: String = "en") throws(ICUError) {
        name = "\(kind) break iterator for '\(locale)'"
        var status: Int32 = 0
        let raw = cicu_ubrk_open(kind.code, locale, &status)
        guard cicu_failure(status) == 0, let raw else {
            throw ICUError(operation: "cannot open \(name)", icuErrorName: icuErrorName(status))
        }
        handle = raw
    }

    /// Compiles custom break rules in ICU's rule-based break iterator syntax.
    ///
    /// - Throws: ``ICUError`` with the rule line and offset of a syntax error.
    public init(rules: String, name: String = "custom break rules") throws(ICUError) {
        self.name = name
        let units = Array(rules.utf16)
        var status: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let raw = units.withUnsafeBufferPointer {
            cicu_ubrk_open_rules($0.baseAddress, Int32($0.count), &line, &offset, &status)
        }
        guard cicu_failure(status) == 0, let raw else {
            throw ICUError(
                operation: "cannot compile \(name)", icuErrorName: icuErrorName(status),
                ruleLine: Int(line), ruleOffset: Int(offset))
        }
        handle = raw
    }

    private init(name: String, handle: UnsafeMutableRawPointer) {
        self.name = name
        self.handle = handle
    }

    deinit { cicu_ubrk_close(handle) }

    /// An independent copy, for use on another thread.
    public func clone() throws(ICUError) -> BreakIterator {
        var status: Int32 = 0
        let raw = cicu_ubrk_clone(handle, &status)
        guard cicu_failure(status) == 0, let raw else {
            throw ICUError(operation: "cannot clone \(name)", icuErrorName: icuErrorName(status))
        }
        return BreakIterator(name: name, handle: raw)
    }

    /// Every boundary in UTF-16 units, including 0 and the end, with rule statuses.
    ///
    /// - Complexity: O(*n*).
    public func boundaries(utf16 units: [UInt16]) -> [Boundary] {
        units.withUnsafeBufferPointer { buffer in
            var status: Int32 = 0
            // ICU reads the text in place; it must stay alive until iteration ends (it does: the
            // closure holds the buffer).
            cicu_ubrk_set_text(handle, buffer.baseAddress, Int32(buffer.count), &status)
            guard cicu_failure(status) == 0 else { return [] }
            var result: [Boundary] = []
            let done = cicu_ubrk_done()
            var position = cicu_ubrk_first(handle)
            while position != done {
                result.append(Boundary(utf16Offset: Int(position), ruleStatus: Int(cicu_ubrk_rule_status(handle))))
                position = cicu_ubrk_next(handle)
            }
            // Detach the iterator from the buffer before it is released.
            var empty: UInt16 = 0
            var ignored: Int32 = 0
            cicu_ubrk_set_text(handle, &empty, 0, &ignored)
            return result
        }
    }

    /// Every boundary of `text`, as code point offsets, including 0 and the end.
    public func boundaries(in text: String) -> [Int] {
        let units = UTF16Text.units(text)
        return UTF16Text.codePointOffsets(boundaries(utf16: units).map(\.utf16Offset), in: units)
    }
}
