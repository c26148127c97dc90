/// The letters a spelling style's rules can start to rewrite, read from the rules once, so that a
/// word the rules cannot touch skips the ICU transform (a call costs some 20,000 instructions, and
/// the batch reads every new word in every style).
///
/// Exact, not a guess: an ICU rule rewrites text only where its key (the part between `{` and `}`,
/// or the whole left side) matches, so a lower-case ASCII word that holds none of the keys (a
/// literal key as a substring, a key with a `[set]` by any of its letters) comes out of the
/// transform as it went in: NFC and Any-Lower leave lower-case ASCII as it is. Rules this reader
/// does not fully understand (quoting, escapes, variables, cursors, wildcards, other transforms)
/// give no keys, and every word then takes the transform.
struct RespellingKeys {
    /// Substrings of which a word must hold one to be rewritten (a set's letters, one each).
    let patterns: [[UInt8]]

    /// The keys of `rules`, or nil when the rules use syntax this reader leaves to ICU.
    init?(rules: String) {
        // The rule files' reader drops the comments; a statement may still span lines.
        let statements = RuleFile.lines(rules).joined(separator: "\n")
        // Syntax whose effect on the key this reader does not follow.
        let unsupported: Set<Character> = ["'", "\\", "|", "=", "<", "\u{2190}", "\u{2192}", "\u{2194}", "&", "@"]
        if statements.contains(where: { unsupported.contains($0) }) || statements.contains("::") { return nil }
        var patterns: [[UInt8]] = []
        for statement in statements.split(separator: ";") {
            let text = statement.filter { !$0.isWhitespace }
            guard !text.isEmpty else { continue }
            let sides = text.split(separator: ">", omittingEmptySubsequences: false)
            guard sides.count == 2 else { return nil }
            var key = sides[0]
            if let open = key.firstIndex(of: "{") { key = key[key.index(after: open)...] }
            if let close = key.firstIndex(of: "}") { key = key[..<close] }
            guard !key.isEmpty, let found = Self.patterns(ofKey: key) else { return nil }
            patterns += found
        }
        self.patterns = patterns
    }

    /// A literal key as one pattern, a key with sets as each of its letters; nil for anything else.
    private static func patterns(ofKey key: Substring) -> [[UInt8]]? {
        var inSet = false
        var hasSet = false
        for character in key {
            switch character {
            case "[":
                guard !inSet else { return nil }
                inSet = true
                hasSet = true
            case "]":
                guard inSet else { return nil }
                inSet = false
            default:
                guard character.isLetter || character == "§" || character == "¶" else { return nil }
            }
        }
        guard !inSet else { return nil }
        if !hasSet { return [Array(key.utf8)] }
        return key.filter { $0 != "[" && $0 != "]" }.map { Array(String($0).utf8) }
    }

    /// Whether the transform may change `lower`; false only for lower-case ASCII holding no key.
    func mayRewrite(_ lower: String) -> Bool {
        var lower = lower
        return lower.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) { return true }
            for pattern in patterns where NameText.contains(bytes, bytes: pattern) { return true }
            return false
        }
    }
}
