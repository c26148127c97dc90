extension NameClusterer {
    /// The key of a given name (each word of it, and of a patronymic after `|`) with the vowels the
    /// languages of the region write differently in one name read as one (`*`), for the join of given
    /// names under one surname (whose rule keeps namesakes of one article apart):
    /// - the vowel of a final closed syllable, a, e or i, in a name of two syllables or more: the
    ///   Tajik е of a Persian ī where Uzbek and Russian write i (Jamshed, Jamshid; Umed, Umid; Parvez,
    ///   Parviz), and the Turkish, Crimean Tatar and Azerbaijani e (ə) where the Central Asian and
    ///   Russian forms write a (Rustem, Rustam; Nilufer, Nilufar). An open syllable keeps its vowel,
    ///   where Russian names of one stem differ by it (Alina, Alena; Milana, Milena);
    /// - the joining vowel of an Arabic compound before the article, u, i or e before a final -din
    ///   (Sadriddin, Sadreddin, Sadruddin) and u or i before a final -lla, -llo or -llah (Rahmatullo,
    ///   Rahmatillo; Nigmatulla, Nigmatilla). An o there stays, as in Kamola beside Kamila.
    /// A word-initial vowel is kept (Umid is no Amid), as the loose vowel joins keep it.
    static func givenNameVowelReading(_ given: String) -> String {
        var bytes = Array(given.utf8)
        var wordStart = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "|") {
            readJoiningVowel(&bytes, word: wordStart..<end)
            readFinalClosedVowel(&bytes, word: wordStart..<end)
            wordStart = end + 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The byte that stands for a vowel read loosely.
    private static let looseVowel = UInt8(ascii: "*")

    /// `a`, `e` or `i` of the word's last syllable when one consonant closes it and another vowel
    /// comes before it.
    private static func readFinalClosedVowel(_ bytes: inout [UInt8], word: Range<Int>) {
        guard word.count >= 4, let last = word.last, isKeyConsonant(bytes[last]) else { return }
        let vowel = last - 1
        guard [UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i")].contains(bytes[vowel]),
            isKeyConsonant(bytes[vowel - 1]), vowel - 1 > word.lowerBound,
            bytes[word.lowerBound..<(vowel - 1)].contains(where: isKeyVowel)
        else { return }
        bytes[vowel] = looseVowel
    }

    /// The vowel before a final `din`, or before a final `la`, `lo` or `laH` (the key writes a
    /// doubled l once), when a consonant and another vowel come before it.
    private static func readJoiningVowel(_ bytes: inout [UInt8], word: Range<Int>) {
        guard word.count >= 6 else { return }
        let vowel: Int
        let allowed: [UInt8]
        if bytes[word].suffix(3).elementsEqual("din".utf8) {
            vowel = word.upperBound - 4
            allowed = [UInt8(ascii: "u"), UInt8(ascii: "i"), UInt8(ascii: "e")]
        } else {
            // The l of -lla, -llo or -llah.
            let l = word.upperBound - (bytes[word.upperBound - 1] == UInt8(ascii: "H") ? 3 : 2)
            guard bytes[l] == UInt8(ascii: "l"), bytes[l + 1] == UInt8(ascii: "a") || bytes[l + 1] == UInt8(ascii: "o") else { return }
            vowel = l - 1
            allowed = [UInt8(ascii: "u"), UInt8(ascii: "i")]
        }
        guard allowed.contains(bytes[vowel]), isKeyConsonant(bytes[vowel - 1]), vowel - 1 > word.lowerBound,
            bytes[word.lowerBound..<(vowel - 1)].contains(where: isKeyVowel)
        else { return }
        bytes[vowel] = looseVowel
    }
}
