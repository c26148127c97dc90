internal import CICU

/// The Unicode script of a code point, from ICU's `uscript_getScript`.
public struct UnicodeScript: Hashable, Sendable {
    /// ICU's `UScriptCode` value.
    public let code: Int32

    /// The script of `scalar`.
    public init(of scalar: Unicode.Scalar) {
        code = cicu_script(scalar.value)
    }

    /// Characters shared between scripts: digits, punctuation, spaces.
    public static let common = UnicodeScript(code: 0)
    /// Combining marks that take the script of their base.
    public static let inherited = UnicodeScript(code: 1)
    /// Arabic.
    public static let arabic = UnicodeScript(code: 2)
    /// Cyrillic.
    public static let cyrillic = UnicodeScript(code: 8)
    /// Greek.
    public static let greek = UnicodeScript(code: 14)
    /// Han (Chinese characters).
    public static let han = UnicodeScript(code: 17)
    /// Latin.
    public static let latin = UnicodeScript(code: 25)

    init(code: Int32) { self.code = code }
}
