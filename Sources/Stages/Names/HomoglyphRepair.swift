import ICU

/// Repairs words that mix Latin and Cyrillic look-alike letters, such as `Atambаev` typed with a
/// Cyrillic `а`, by moving the minority script's letters to the majority script.
///
/// The look-alike pairs are not listed by hand: they are the Cyrillic and ASCII letters whose
/// confusable skeletons (UTS #39, ICU `uspoof`) are equal, found once when the stage is built.
struct HomoglyphRepair: Sendable {
    /// Cyrillic letter → Latin look-alike.
    private(set) var cyrillicToLatin: [Unicode.Scalar: Unicode.Scalar] = [:]
    /// Latin letter → Cyrillic look-alike.
    private(set) var latinToCyrillic: [Unicode.Scalar: Unicode.Scalar] = [:]

    /// Builds the look-alike table from ICU's confusable data.
    init() throws {
        let detector = try ConfusableDetector()
        var latinBySkeleton: [String: Unicode.Scalar] = [:]
        for value in Array(0x41...0x5A) + Array(0x61...0x7A) {
            let scalar = Unicode.Scalar(UInt8(value))
            let skeleton = try detector.skeleton(String(scalar))
            if latinBySkeleton[skeleton] == nil { latinBySkeleton[skeleton] = scalar }
        }
        for value in 0x0400...0x04FF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let skeleton = try detector.skeleton(String(scalar))
            guard let latin = latinBySkeleton[skeleton] else { continue }
            // Keep case: a lower-case Cyrillic letter only stands in for a lower-case Latin one.
            guard scalar.properties.isUppercase == latin.properties.isUppercase else { continue }
            cyrillicToLatin[scalar] = latin
            if latinToCyrillic[latin] == nil { latinToCyrillic[latin] = scalar }
        }
    }

    /// `word` with its minority-script look-alikes replaced, or `nil` when it needs no repair (one
    /// script only) or cannot be repaired (a minority letter without a look-alike).
    func repaired(_ word: Substring) -> String? {
        var latin = 0
        var cyrillic = 0
        for scalar in word.unicodeScalars where scalar.value >= 0x41 {
            if scalar.value < 0x80 {
                if scalar.properties.isAlphabetic { latin += 1 }
            } else if scalar.value >= 0x0400 && scalar.value <= 0x052F {
                cyrillic += 1
            } else if scalar.value <= 0x024F {
                latin += 1
            }
        }
        guard latin > 0 && cyrillic > 0 else { return nil }
        // Ties go to Latin: the scraped news this stage is for is mostly in English.
        let toLatin = latin >= cyrillic
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            let isCyrillic = scalar.value >= 0x0400 && scalar.value <= 0x052F
            let isLatinLetter = scalar.value < 0x80 && scalar.properties.isAlphabetic
            if toLatin && isCyrillic {
                guard let replacement = cyrillicToLatin[scalar] else { return nil }
                scalars.append(replacement)
            } else if !toLatin && isLatinLetter {
                guard let replacement = latinToCyrillic[scalar] else { return nil }
                scalars.append(replacement)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
