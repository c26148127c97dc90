internal import CICU

/// Applies an ICU transform, such as `"Any-Latin; Latin-ASCII"` or a custom rule set, to strings.
///
/// ```swift
/// let toASCII = try Transliterator(id: "Any-Latin; Latin-ASCII")
/// try toASCII("Атамбаев")   // "Atambaev"
/// ```
///
/// A transliterator is not `Sendable`: ICU's rule-based transliterators keep internal state, so
/// give each thread its own instance (``clone()`` is cheaper than opening by ID again).
public final class Transliterator {
    /// The compound ID this transliterator was opened with, or the name given to a rule set.
    public let id: String
    // An opaque pointer, never a C type: see DESIGN.md, "ICU on Linux".
    private let handle: UnsafeMutableRawPointer

    /// Opens a system transform by ID, such as `Any-Latin; Latin-ASCII` or `Russian-Latin/BGN`.
    ///
    /// - Throws: ``ICUError`` with `U_INVALID_ID` when ICU does not know the ID.
    public init(id: String) throws(ICUError) {
        self.id = id
        let idUnits = Array(id.utf16)
        var status: Int32 = 0
        let raw = idUnits.withUnsafeBufferPointer { idBuffer in
            cicu_utrans_open(idBuffer.baseAddress, Int32(idBuffer.count), 0, nil, 0, nil, nil, &status)
        }
        guard cicu_failure(status) == 0, let raw else {
            throw ICUError(operation: "cannot open transliterator '\(id)'", icuErrorName: icuErrorName(status))
        }
        self.handle = raw
    }

    /// Compiles a custom rule set in ICU's transform rule syntax.
    ///
    /// The rules may use `::Any-Latin;` style filters and IDs as well as `a > b;` conversion rules.
    ///
    /// - Parameters:
    ///   - name: A name for error messages and ``id``, such as the rule file's name.
    ///   - rules: The rule text.
    /// - Throws: ``ICUError`` with the rule line and offset of a syntax error.
    public init(name: String, rules: String) throws(ICUError) {
        self.id = name
        let idUnits = Array("Pipe-Custom".utf16)
        let ruleUnits = Array(rules.utf16)
        var status: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let raw = idUnits.withUnsafeBufferPointer { idBuffer in
            ruleUnits.withUnsafeBufferPointer { ruleBuffer in
                cicu_utrans_open(
                    idBuffer.baseAddress, Int32(idBuffer.count), 0,
                    ruleBuffer.baseAddress, Int32(ruleBuffer.count), &line, &offset, &status)
            }
        }
        guard cicu_failure(status) == 0, let raw else {
            throw ICUError(
                operation: "cannot compile transliteration rules '\(name)'", icuErrorName: icuErrorName(status),
                ruleLine: Int(line), ruleOffset: Int(offset))
        }
        self.handle = raw
    }

    private init(id: String, handle: UnsafeMutableRawPointer) {
        self.id = id
        self.handle = handle
    }

    deinit { cicu_utrans_close(handle) }

    /// An independent copy, for use on another thread.
    public func clone() throws(ICUError) -> Transliterator {
        var status: Int32 = 0
        let raw = cicu_utrans_clone(handle, &status)
        guard cicu_failure(status) == 0, let raw else {
            throw ICUError(operation: "cannot clone transliterator '\(id)'", icuErrorName: icuErrorName(status))
        }
        return Transliterator(id: id, handle: raw)
    }

    /// Transliterates `text`.
    ///
    /// - Complexity: O(*n*) in the length of `text` for the usual transforms.
    public func callAsFunction(_ text: String) throws(ICUError) -> String {
        if text.isEmpty { return text }
        return UTF16Text.string(try transliterate(units: UTF16Text.units(text)))
    }

    /// Transliterates UTF-16 code units, for callers that already hold them.
    public func transliterate(units: [UInt16]) throws(ICUError) -> [UInt16] {
        // Transforms can lengthen text (щ → shch); start with room to spare and retry once if needed.
        var capacity = units.count * 2 + 16
        for _ in 0..<3 {
            var buffer = units
            buffer.append(contentsOf: repeatElement(0, count: capacity - units.count))
            var length = Int32(units.count)
            var status: Int32 = 0
            buffer.withUnsafeMutableBufferPointer { pointer in
                cicu_utrans_trans(handle, pointer.baseAddress, &length, Int32(capacity), &status)
            }
            if status == cicu_buffer_overflow_code() {
                capacity = Int(length) * 2 + 16
                continue
            }
            if cicu_failure(status) != 0 {
                throw ICUError(operation: "cannot transliterate with '\(id)'", icuErrorName: icuErrorName(status))
            }
            buffer.removeSubrange(Int(length)...)
            return buffer
        }
        throw ICUError(operation: "cannot transliterate with '\(id)'", icuErrorName: "U_BUFFER_OVERFLOW_ERROR")
    }
}
