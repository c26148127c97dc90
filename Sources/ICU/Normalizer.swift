internal import CICU

/// Unicode normalization (NFC, NFD, NFKC, NFKD, NFKC_Casefold) through ICU's `unorm2`.
///
/// ICU's normalizer instances are immutable singletons and documented as thread-safe, so a
/// `Normalizer` is `Sendable` and may be shared by every worker.
///
/// ```swift
/// let nfc = try Normalizer(.nfc)
/// try nfc("Cafe\u{301}")   // "Café"
/// ```
public struct Normalizer: @unchecked Sendable {
    /// A normalization form.
    public struct Form: Hashable, Sendable, CustomStringConvertible {
        let code: Int32
        /// Its conventional name, such as `NFC`.
        public let description: String
        /// Canonical composition: the form most text on the web is already in.
        public static let nfc = Form(code: 0, description: "NFC")
        /// Canonical decomposition.
        public static let nfd = Form(code: 1, description: "NFD")
        /// Compatibility composition: also folds ligatures, full-width forms, superscripts.
        public static let nfkc = Form(code: 2, description: "NFKC")
        /// Compatibility decomposition.
        public static let nfkd = Form(code: 3, description: "NFKD")
        /// NFKC plus case folding and removal of default-ignorable characters, for matching keys.
        public static let nfkcCasefold = Form(code: 4, description: "NFKC_Casefold")
    }

    /// The form this normalizer produces.
    public let form: Form
    private let instance: UnsafeRawPointer

    /// Gets ICU's shared instance for `form`.
    public init(_ form: Form) throws(ICUError) {
        self.form = form
        var status: Int32 = 0
        let raw = cicu_unorm2_instance(form.code, &status)
        guard cicu_failure(status) == 0, let raw else {
            throw ICUError(operation: "cannot load normalizer \(form)", icuErrorName: icuErrorName(status))
        }
        self.instance = raw
    }

    /// Normalizes `text`. Text that a quick check proves already normalized is returned as is.
    ///
    /// - Complexity: O(*n*); pure ASCII input is returned after one scan for every form but
    ///   NFKC_Casefold.
    public func callAsFunction(_ text: String) throws(ICUError) -> String {
        if isCertainlyNormalized(text) { return text }
        let units = UTF16Text.units(text)
        if try isNormalized(units: units) { return text }
        let output = try units.withUnsafeBufferPointer { source throws(ICUError) in
            try withGrowingBuffer("cannot normalize to \(form)", initialCapacity: units.count + units.count / 2 + 8) {
                cicu_unorm2_normalize(instance, source.baseAddress, Int32(source.count), $0, $1, $2)
            }
        }
        return UTF16Text.string(output)
    }

    /// A scan of the UTF-8 that proves most news text already normalized without calling ICU:
    /// ASCII is in every form but NFKC_Casefold; for NFC, so is every character in ranges whose
    /// NFC quick-check value is Yes throughout (Latin-1 and Latin Extended, Cyrillic letters,
    /// general punctuation such as curly quotes and dashes, currency signs).
    private func isCertainlyNormalized(_ text: String) -> Bool {
        if form == .nfkcCasefold { return false }
        let nfc = form == .nfc
        var text = text
        return text.withUTF8 { utf8 in
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                guard nfc, byte < 0xF0 else { return false }
                let value: UInt32
                if byte >= 0xE0 {
                    value = UInt32(byte & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                    index += 3
                } else {
                    value = UInt32(byte & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                    index += 2
                }
                switch value {
                case 0x80..<0x300, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0:
                    continue
                default:
                    return false
                }
            }
            return true
        }
    }

    /// Whether `units` are certainly already in this form (ICU's quick check says "yes" throughout).
    public func isNormalized(units: [UInt16]) throws(ICUError) -> Bool {
        let span = try withICUStatus("cannot check \(form)") { status in
            units.withUnsafeBufferPointer { cicu_unorm2_span_yes(instance, $0.baseAddress, Int32($0.count), status) }
        }
        return Int(span) == units.count
    }
}
