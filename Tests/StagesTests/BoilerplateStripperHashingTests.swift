import Testing

@testable import Stages

/// The `boilerplate` stage's word-at-a-time byte loops must give exactly what the plain
/// byte-by-byte definitions give: fingerprints are saved in corpus states, and word hashes key the
/// lexicon.
@Suite("BoilerplateStripper hashing")
struct BoilerplateStripperHashingTests {
    /// Lines of every length up to a few hundred bytes, from an alphabet with upper case, digits,
    /// separators, link marks and multi-byte letters and punctuation.
    static func lines() -> [String] {
        let alphabet: [String] = [
            "a", "b", "z", "A", "Q", "Z", "0", "7", "9", " ", " ", " ", ".", ",", "-", ":", "@", "#", "/", "|", ">",
            "(", ")", "'", "\t", "é", "É", "ж", "Ж", "»", "’", "€", "©", "—", "😀", "[", "`", "{", "~",
        ]
        var state: UInt64 = 0x1234_5678
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var lines = ["", " ", "1.", "12 34", "Comments: 0", "3. Most read story", "ABCDEFGH", "abcdefghijklmnop"]
        for length in 0..<300 {
            for _ in 0..<3 {
                // Long runs of one kind, as in text, and mixed runs.
                var line = ""
                while line.utf8.count < length {
                    if next(3) == 0 {
                        line += String(repeating: alphabet[next(3)], count: 1 + next(12))
                    } else {
                        line += alphabet[next(alphabet.count)]
                    }
                }
                lines.append(line)
            }
        }
        // Prose, mostly words between single separators, which is squeezed eight bytes at a time:
        // every prefix and suffix, so that each block boundary falls on each kind of byte.
        let prose = "Mr Smith, 52, said: \"We won't SELL it\" -- on 3 May (Reuters). The café's bill £12.50 — "
            + "Москва и Київ; 1. item #tag @handle www.example.com/a-b?c=d end.  Two  spaces, then... done "
            + "ÀÖØÞßàöøÿ×÷ ЀЏАЯаяѐџѠѡ ÉCOLE Straße ÑANDÚ Ωμέγα ĄŁŻ 12\u{00A0}km – don’t “quote”… ‰ ′ ¡"
        for cut in 0...prose.count {
            lines.append(String(prose.prefix(cut)))
            lines.append(String(prose.suffix(cut)))
        }
        return lines
    }

    /// The fingerprint as first written: one byte at a time into a ``WordHasher``.
    static func referenceFingerprint(_ line: [UInt8]) -> UInt64? {
        guard line.count <= LineFingerprint.maximumBytes else { return nil }
        func map(_ byte: UInt8) -> UInt8 {
            switch byte {
            case 0x30...0x39: 0x30
            case 0x41...0x5A: byte | 0x20
            case 0x61...0x7A, 0x80...0xFF: byte
            default: 0
            }
        }
        var index = 0
        while index < line.count, map(line[index]) == 0 || map(line[index]) == 0x30 { index += 1 }
        var line = line
        if line.count > LineFingerprint.shortBytes {
            // A long line: its head, to the first separator from 64 bytes past the numbering, and
            // its tail, from the first word start in the last 48 bytes, one separator between.
            var head = index + 64
            while head < line.count && map(line[head]) != 0 { head += 1 }
            var tail = max(line.count - 48, 1)
            while tail < line.count && map(line[tail - 1]) != 0 { tail += 1 }
            if head < tail { line = Array(line[..<head]) + [0x20] + Array(line[tail...]) }
        }
        var hasher = WordHasher()
        var started = false, pendingSpace = false, sawLetter = false
        while index < line.count {
            let mapped = map(line[index])
            index += 1
            if mapped == 0 {
                pendingSpace = true
                continue
            }
            if pendingSpace && started { hasher.add(0x20) }
            pendingSpace = false
            started = true
            if mapped != 0x30 { sawLetter = true }
            hasher.add(mapped)
        }
        return started && sawLetter ? hasher.value : nil
    }

    @Test("Fingerprints equal the byte-by-byte definition")
    func fingerprints() {
        for line in Self.lines() {
            let bytes = Array(line.utf8)
            let fast = bytes.withUnsafeBufferPointer { LineFingerprint.of($0) }
            #expect(fast == Self.referenceFingerprint(bytes), "\(line.debugDescription)")
        }
    }

    @Test("A long line is known by its head and tail", arguments: [
        // The middle differs: the same line (a template with a headline or a date in it).
        ("Sign up for our morning newsletter and get the biggest stories of the day delivered to your inbox, "
            + "including today's: Parliament votes on the budget. Unsubscribe at any time from the link in every email.",
         "Sign up for our morning newsletter and get the biggest stories of the day delivered to your inbox, "
            + "including today's: Floods close the mountain roads to the south. Unsubscribe at any time from the link in every email.",
         true),
        // Punctuation and case anywhere still do not count.
        ("This story was produced with support from the Central Asia reporting fund; republication is "
            + "welcome with credit to the newsroom and a link back to the original article.",
         "THIS STORY WAS PRODUCED WITH SUPPORT FROM THE CENTRAL ASIA REPORTING FUND -- republication is "
            + "welcome, with credit to the newsroom, and a link back to the original article",
         true),
        // A different end or start is a different line.
        ("The government said on Monday that it would raise the minimum wage by a tenth from January, "
            + "citing the rise in food prices over the summer months.",
         "The government said on Monday that it would raise the minimum wage by a tenth from January, "
            + "citing the rise in fuel prices over the autumn months.",
         false),
        ("Opposition deputies said on Monday that they would boycott the vote on the new electoral "
            + "code, citing the rise in food prices over the summer months.",
         "Government deputies said on Monday that they would support the vote on the new electoral "
            + "code, citing the rise in food prices over the summer months.",
         false),
    ])
    func longLines(first: String, second: String, same: Bool) {
        var (a, b) = (first, second)
        let printA = a.withUTF8 { LineFingerprint.of($0) }
        let printB = b.withUTF8 { LineFingerprint.of($0) }
        #expect(printA != nil && printB != nil)
        #expect((printA == printB) == same)
    }

    @Test("Hashing eight bytes at a time equals hashing byte by byte")
    func wordHashes() {
        var bytes: [UInt8] = []
        for length in 0..<70 {
            bytes.append(UInt8(truncatingIfNeeded: length &* 37 &+ 11))
            let reference = WordHasher.hash(bytes.lazy.map { $0 })
            let padded = bytes + Array(repeating: 0xAA, count: 8)
            #expect(padded.withUnsafeBufferPointer { WordHasher.hash(padded: $0.baseAddress!, count: length + 1) } == reference)
            #expect(bytes.withUnsafeBufferPointer { WordHasher.hash($0) } == reference)
        }
    }

    /// ``LineNormalizer/wordBlock(_:)`` sums its lanes without masking bit 7, so a byte of 0x80
    /// and up carries into the lane after it: the length must still be the count of leading
    /// ASCII letters and digits, whatever byte stops the word and whatever follows it.
    @Test("A word block's length is its leading letters and digits, counted byte by byte")
    func wordBlockLengths() {
        let isWordByte = { (byte: UInt8) in (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }
        let fillers: [UInt8] = Array(UInt8(ascii: "0")...UInt8(ascii: "9")) + Array(UInt8(ascii: "A")...UInt8(ascii: "Z"))
            + Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
        let after: [UInt8] = [0x00, 0x20, 0x2F, 0x3A, 0x40, 0x5B, 0x60, 0x7B, 0x7F, 0x80, 0xC3, 0xE1, 0xFA, 0xFF, 0x41, 0x7A]
        for stop in 0..<8 {
            for first in 0...255 {
                for next in after {
                    var bytes = (0..<8).map { fillers[($0 &* 7 &+ first) % fillers.count] }
                    bytes[stop] = UInt8(first)
                    for lane in (stop + 1)..<8 { bytes[lane] = lane & 1 == 0 ? next : 0xFF }
                    let loaded = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let block = LineNormalizer.wordBlock(loaded)
                    let expected = bytes.firstIndex(where: { !isWordByte($0) }) ?? 8
                    #expect(block.length == expected, "\(bytes)")
                    #expect(UInt64(littleEndian: block.lowered) == UInt64(littleEndian: loaded) | 0x2020_2020_2020_2020)
                }
            }
        }
    }

    @Test("The normalizer's words and their hashes agree with its normalized text")
    func normalizedWords() {
        let normalizer = LineNormalizer()
        for line in Self.lines() {
            var text = line
            text.withUTF8 { normalizer.run($0) }
            let normalized = Array(normalizer.normalizedBytes)
            let words = normalized.split(separator: 0x20, omittingEmptySubsequences: false)
            #expect(normalized.isEmpty ? normalizer.wordCount == 0 : words.count == normalizer.wordCount, "\(line.debugDescription)")
            for (position, word) in words.enumerated() where position < normalizer.wordCount {
                #expect(normalizer.hashes[position] == WordHasher.hash(word.lazy.map { $0 }), "\(line.debugDescription)")
                #expect(normalizer.hashOfWord(position) == normalizer.hashes[position])
                #expect(normalizer.words[position].start == word.startIndex)
            }
            #expect(normalizer.lineHash == WordHasher.hash(normalized.lazy.map { $0 }))
            // Any line: words of letters and digits, each scalar as ``LineNormalizer/lowercase(_:)``
            // lowers it, one space between words (the two-byte letters take a shortcut).
            var expectedWords: [String] = []
            var word = ""
            for scalar in line.unicodeScalars {
                let lowered = LineNormalizer.lowercase(scalar)
                let ascii = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
                if ascii || (!scalar.isASCII && lowered.letter) {
                    word.unicodeScalars.append(ascii ? Unicode.Scalar(UInt8(scalar.value) | (scalar.properties.isAlphabetic ? 0x20 : 0)) : lowered.scalar)
                } else if !word.isEmpty {
                    expectedWords.append(word)
                    word = ""
                }
            }
            if !word.isEmpty { expectedWords.append(word) }
            #expect(String(decoding: normalized, as: UTF8.self) == expectedWords.joined(separator: " "), "\(line.debugDescription)")
            // ASCII lines: lower-cased letters and digits, one space between runs.
            if line.utf8.allSatisfy({ $0 < 0x80 }) {
                let expected = line.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
                #expect(String(decoding: normalized, as: UTF8.self) == expected, "\(line.debugDescription)")
                let numeric = line.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { $0.allSatisfy(\.isNumber) }
                #expect((0..<normalizer.wordCount).map { normalizer.words[$0].numeric } == numeric)
                if line.utf8.count <= LineNormalizer.alwaysLoweredBytes {
                    #expect(String(decoding: normalizer.loweredBytes, as: UTF8.self) == line.lowercased())
                }
            }
            // A short ASCII line: its fingerprint from its normalized bytes is its fingerprint.
            if line.utf8.count <= LineFingerprint.shortBytes && line.utf8.allSatisfy({ $0 < 0x80 }) {
                let fingerprint = text.withUTF8 { LineFingerprint.of($0) }
                #expect(LineFingerprint.of(shortASCII: normalizer.normalizedBytes) == fingerprint, "\(line.debugDescription)")
                #expect(text.withUTF8 { LineFingerprint.isASCII($0) })
            } else if line.utf8.contains(where: { $0 >= 0x80 }) {
                #expect(!text.withUTF8 { LineFingerprint.isASCII($0) })
            }
            // Any short line: each scalar lowered as ``LineNormalizer/lowercase(_:)`` lowers it, the
            // rest kept (the last bytes of a line are lowered as its last sixteen, again).
            if line.utf8.count <= LineNormalizer.alwaysLoweredBytes {
                var expected = String.UnicodeScalarView()
                for scalar in line.unicodeScalars {
                    expected.append(scalar.isASCII ? Unicode.Scalar(UInt8(scalar.value) | (("A"..."Z").contains(scalar) ? 0x20 : 0)) : LineNormalizer.lowercase(scalar).scalar)
                }
                #expect(String(decoding: normalizer.loweredBytes, as: UTF8.self) == String(expected), "\(line.debugDescription)")
            }
        }
    }
}
