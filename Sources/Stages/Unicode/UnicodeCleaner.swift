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
            fastPathIfClean(utf8) ? nil : cleanSlow(utf8)
        }
        return cleaned ?? text
    }

    /// `true` when the text needs no change, found by one pass over the bytes: only a few lead
    /// bytes (C2, E1, E2, E3, EF) can start a character that the cleanup removes or replaces.
    private func fastPathIfClean(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0x0A
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            if byte >= 0x80 {
                let b1: UInt8 = index + 1 < count ? utf8[index + 1] : 0
                let b2: UInt8 = index + 2 < count ? utf8[index + 2] : 0
                switch byte {
                case 0xC2 where b1 <= 0xA0 || b1 == 0xAD: return false  // C1 controls, NBSP, soft hyphen
                case 0xE1 where b1 == 0x9A && b2 == 0x80: return false  // ogham space mark
                case 0xE2 where b1 == 0x80 && (b2 <= 0x8F || (0xA8...0xAF).contains(b2)): return false
                case 0xE2 where b1 == 0x81 && (0x9F...0xAF).contains(b2): return false
                case 0xE3 where b1 == 0x80 && b2 == 0x80: return false  // ideographic space
                case 0xEF where b1 == 0xBB && b2 == 0xBF: return false  // BOM
                default: break
                }
            } else {
                if byte < 0x20 && byte != 0x0A { return false }
                if byte == 0x7F { return false }
                if collapseSpaces {
                    if byte == 0x20 && (previous == 0x20 || previous == 0x0A) { return false }
                    if byte == 0x0A && previous == 0x20 { return false }
                }
            }
            previous = byte
            index += 1
        }
        return !(collapseSpaces && previous == 0x20)
    }

    private func cleanSlow(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        var writer = CleanTextWriter(capacity: utf8.count, collapseSpaces: collapseSpaces)
        var index = 0
        let count = utf8.count

        while index < count {
            let byte = utf8[index]
            if byte < 0x80 {
                index += 1
                switch byte {
                case 0x0A: writer.newline()
                case 0x0D:
                    writer.newline()
                    if index < count && utf8[index] == 0x0A { index += 1 }
                case 0x09: writer.space(tab: true)
                case 0x20, 0x0B, 0x0C: writer.space(tab: false)
                case 0x00..<0x20, 0x7F: continue  // control characters
                default: writer.visible(byte)
                }
                continue
            }
            // A multi-byte sequence: decode one scalar (invalid bytes were repaired on input,
            // but stay safe and treat a bad sequence as U+FFFD).
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            var value: UInt32 = length == 4 ? UInt32(byte & 0x07) : length == 3 ? UInt32(byte & 0x0F) : UInt32(byte & 0x1F)
            var valid = length > 1 && index + length <= count
            if valid {
                for k in 1..<length {
                    let continuation = utf8[index + k]
                    if continuation & 0xC0 != 0x80 { valid = false; break }
                    value = value << 6 | UInt32(continuation & 0x3F)
                }
            }
            guard valid, let scalar = Unicode.Scalar(value) else {
                writer.visibleReplacementCharacter()
                index += 1
                continue
            }
            let bytes = UnsafeBufferPointer(rebasing: utf8[index..<(index + length)])
            index += length
            switch value {
            case 0x2028, 0x0085: writer.newline()
            case 0x2029:
                writer.newline()
                writer.newline()
            case 0x80..<0xA0: continue  // C1 control characters
            case 0xFEFF, 0x200B, 0x2060, 0x00AD, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                if removeInvisible { continue }
                writer.visible(bytes)
            default:
                if scalar.properties.generalCategory == .spaceSeparator {
                    writer.space(tab: false)
                } else {
                    writer.visible(bytes)
                }
            }
        }
        return String(decoding: writer.output, as: UTF8.self)
    }

}

/// The output side of the cleanup: pending spaces are written only between visible characters,
/// so runs collapse and lines come out trimmed. A struct with mutating methods, not closures
/// over locals, so that Swift checks exclusive access statically instead of at run time.
private struct CleanTextWriter {
    var output: [UInt8] = []
    let collapseSpaces: Bool
    var pendingSpace = false
    var atLineStart = true

    init(capacity: Int, collapseSpaces: Bool) {
        output.reserveCapacity(capacity)
        self.collapseSpaces = collapseSpaces
    }

    @inline(__always) mutating func newline() {
        pendingSpace = false
        atLineStart = true
        output.append(0x0A)
    }

    @inline(__always) mutating func space(tab: Bool) {
        if collapseSpaces { pendingSpace = true } else { output.append(tab ? 0x09 : 0x20) }
    }

    @inline(__always) mutating func beginVisible() {
        if pendingSpace && !atLineStart { output.append(0x20) }
        pendingSpace = false
        atLineStart = false
    }

    @inline(__always) mutating func visible(_ byte: UInt8) {
        beginVisible()
        output.append(byte)
    }

    mutating func visibleReplacementCharacter() {
        beginVisible()
        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
    }

    @inline(__always) mutating func visible(_ bytes: UnsafeBufferPointer<UInt8>) {
        beginVisible()
        output.append(contentsOf: bytes)
    }
}
