public import Pipeline
import ICU

/// The `unicode` stage: Unicode normalization and character cleanup, so that later stages see
/// one spelling of each character.
///
/// It keeps the line structure (every input line stays one line), so line numbers reported by
/// later stages match the input file.
public struct UnicodeCleaner: Stage {
    public static let name = "unicode"
    public static let summary = "Normalizes Unicode (NFC or NFKC) and cleans line endings, BOMs, invisible and control characters, and spaces."
    public static let documentation = """
        Runs first in most pipelines. In order, for each document:
        - NFC (or NFKC, or none) through ICU's unorm2;
        - CRLF and lone CR become LF; U+2028 and U+2029 become LF;
        - a byte-order mark anywhere, zero-width spaces (U+200B), word joiners (U+2060), soft hyphens
          (U+00AD) and bidirectional marks are removed; ZWJ and ZWNJ are kept, since emoji sequences and
          Persian or Indic spelling need them;
        - control characters other than LF and TAB are removed;
        - runs of spaces, tabs and other Unicode space separators become one space, and each line is
          trimmed (unless `collapse_spaces` is false).
        Pure-ASCII text with nothing to clean is passed through without copying.
        """
    public static let optionDocumentation = [
        OptionDocumentation("form", type: "string", default: "\"NFC\"", help: "Normalization form: NFC, NFKC or none. NFKC also folds ligatures, full-width letters and superscripts."),
        OptionDocumentation("collapse_spaces", type: "boolean", default: "true", help: "Collapse runs of white space within a line to one space and trim every line."),
        OptionDocumentation("remove_invisible", type: "boolean", default: "true", help: "Remove BOMs, zero-width spaces, word joiners, soft hyphens and bidirectional marks."),
    ]

    /// The options of the `unicode` stage.
    public struct Options: Decodable, Sendable {
        /// `NFC`, `NFKC` or `none`.
        public var form: String = "NFC"
        /// Collapse white-space runs and trim lines.
        public var collapseSpaces: Bool = true
        /// Remove invisible format characters.
        public var removeInvisible: Bool = true

        /// The defaults.
        public init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Options()
            form = try container.decodeIfPresent(String.self, forKey: .form) ?? defaults.form
            collapseSpaces = try container.decodeIfPresent(Bool.self, forKey: .collapseSpaces) ?? defaults.collapseSpaces
            removeInvisible = try container.decodeIfPresent(Bool.self, forKey: .removeInvisible) ?? defaults.removeInvisible
        }

        enum CodingKeys: String, CodingKey {
            case form
            case collapseSpaces = "collapse_spaces"
            case removeInvisible = "remove_invisible"
        }
    }

    private let normalizer: Normalizer?
    private let collapseSpaces: Bool
    private let removeInvisible: Bool

    public init(options: Options) throws {
        switch options.form.uppercased() {
        case "NFC": normalizer = try Normalizer(.nfc)
        case "NFKC": normalizer = try Normalizer(.nfkc)
        case "NONE": normalizer = nil
        default: throw OptionError("form must be \"NFC\", \"NFKC\" or \"none\", not \"\(options.form)\"")
        }
        collapseSpaces = options.collapseSpaces
        removeInvisible = options.removeInvisible
    }

    public var rewritesText: Bool { true }

    public func process(_ document: inout Document, context: StageContext) throws {
        var text = document.text
        if let normalizer { text = try normalizer(text) }
        document.text = clean(text)
    }

    /// The character cleanup, after normalization.
    func clean(_ text: String) -> String {
        var utf8Text = text
        let cleaned = utf8Text.withUTF8 { utf8 -> String? in
            fastPathIfClean(utf8) == true ? nil : cleanSlow(utf8)
        }
        return cleaned ?? text
    }

    /// `true` when pure-ASCII text needs no change; `nil` when the text is not pure ASCII.
    private func fastPathIfClean(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool? {
        var previous: UInt8 = 0x0A
        for byte in utf8 {
            if byte >= 0x80 { return nil }
            if byte < 0x20 && byte != 0x0A { return false }
            if byte == 0x7F { return false }
            if collapseSpaces {
                if byte == 0x20 && (previous == 0x20 || previous == 0x0A) { return false }
                if byte == 0x0A && previous == 0x20 { return false }
            }
            previous = byte
        }
        if collapseSpaces && previous == 0x20 { return false }
        return true
    }

    private func cleanSlow(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var pendingSpace = false
        var atLineStart = true
        var scalars = utf8.makeIterator()
        var decoder = Unicode.UTF8()
        var lastWasCR = false

        func newline() {
            pendingSpace = false
            atLineStart = true
            output.append(0x0A)
        }

        decoding: while true {
            let scalar: Unicode.Scalar
            switch decoder.decode(&scalars) {
            case .scalarValue(let s): scalar = s
            case .emptyInput: break decoding
            case .error: scalar = "\u{FFFD}"
            }
            let value = scalar.value
            if value == 0x0A && lastWasCR {
                lastWasCR = false
                continue
            }
            lastWasCR = false
            switch value {
            case 0x0D:
                lastWasCR = true
                newline()
            case 0x0A, 0x2028, 0x0085:
                newline()
            case 0x2029:
                newline()
                newline()
            case 0x09, 0x20, 0x0B, 0x0C:
                if collapseSpaces { pendingSpace = true } else { output.append(value == 0x09 ? 0x09 : 0x20) }
            case 0x00..<0x20, 0x7F, 0x80..<0xA0:
                continue  // control characters
            case 0xFEFF, 0x200B, 0x2060, 0x00AD, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                if removeInvisible { continue }
                append(scalar, to: &output, pendingSpace: &pendingSpace, atLineStart: &atLineStart)
            default:
                if scalar.properties.generalCategory == .spaceSeparator {
                    if collapseSpaces { pendingSpace = true } else { output.append(0x20) }
                    continue
                }
                append(scalar, to: &output, pendingSpace: &pendingSpace, atLineStart: &atLineStart)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private func append(_ scalar: Unicode.Scalar, to output: inout [UInt8], pendingSpace: inout Bool, atLineStart: inout Bool) {
        if pendingSpace && !atLineStart { output.append(0x20) }
        pendingSpace = false
        atLineStart = false
        output.append(contentsOf: UTF8.encode(scalar)!)
    }
}
