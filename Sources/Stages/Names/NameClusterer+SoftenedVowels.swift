extension NameClusterer {
    /// Joins a place or organisation whose key has the Russian я after a consonant and before one
    /// (`ia`, Куляб, Kulyab) to the name whose key has a plain o or a there: Tajik
    /// and Uzbek write that vowel without the softening the Russian form gives the consonant before
    /// it (Kulob, Кӯлоб). Only the one letter is read another way, so a name joins just
    /// the spelling that differs from it there, names of five letters too, which the loose vowel joins leave
    /// apart (``joinVowelVariants(_:table:sets:)``). A final я is left alone: there it is a word's
    /// ending (-ia, -iya), not a vowel of the stem.
    func joinSoftenedVowels(_ entityKeys: [String], index: [String: Int], sets: inout DisjointSets) {
        for (i, key) in entityKeys.enumerated() where key.utf8.contains(UInt8(ascii: "i")) && isOtherName(key) {
            let bytes = Array(key.utf8)
            // The key's kind (`n\t`) is two bytes; the consonant before `ia` is in the name.
            for p in 3..<max(3, bytes.count - 2)
            where bytes[p] == UInt8(ascii: "i") && bytes[p + 1] == UInt8(ascii: "a")
                && Self.isKeyConsonant(bytes[p - 1]) && Self.isKeyConsonant(bytes[p + 2]) {
                for vowel in [UInt8(ascii: "o"), UInt8(ascii: "a")] {
                    let plain = String(decoding: bytes[..<p] + [vowel] + bytes[(p + 2)...], as: UTF8.self)
                    // A shorter name is too easily another word (Pate, the French pâté, is no Пяте).
                    guard plain.utf8.count >= Self.fiveLetterKeyLength else { continue }
                    if let j = index[plain], isOtherName(plain) { sets.union(i, j) }
                }
            }
        }
    }

    /// Whether a key's byte is a consonant: a Latin letter other than a vowel or y, or one of the
    /// key's marks for a letter of its own (`H` for kh, `J` for dzh, § and ¶ are more than a byte and never match).
    static func isKeyConsonant(_ byte: UInt8) -> Bool {
        switch byte {
        case _ where isKeyVowel(byte): false
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): true
        default: false
        }
    }

    /// Whether a key's byte is a vowel: a, e, i, o, u or y. Neither a mark (`*`, `|`) nor a byte of
    /// § or ¶ is one, though neither is a consonant either.
    static func isKeyVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): true
        default: false
        }
    }
}
