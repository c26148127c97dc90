// A person's sex as the writer's own words give it when the person is introduced, before any
// quotation is attributed: `… was first spotted by Aroha Ngata from her garden`, `Pellman, 58,
// has pleaded not guilty. His lawyer, …`.

extension SpeakerAttributor {
    /// Teaches the sex of each person a possessive or reflexive pronoun outside quotation marks
    /// refers back to: `his`, `her` before a word that is no function word, `himself`, `herself`
    /// within eight words after the first person a sentence names, with no other name, quotation,
    /// clause opener, determiner or pronoun of the other sex between, nor one of the same sex before the name
    /// in its sentence (`His replacement, X, served as his first mate`); and `His`/`Her` opening the sentence after one whose first name is a
    /// person's. English news introduces a person and then speaks of their things (`her garden`,
    /// `his lawyer`) long before any `she said`; without this, `he` could take a woman named
    /// first and `she` a man.
    /// Run at the first question about a learned sex (``withLearnedGender(_:)``), before the lessons
    /// that waited for it, it answers as it would before the first quotation: the speakers found so
    /// far tell it nothing.
    func learnGendersFromPossessives() {
        // Most paragraphs have none of the words: they are not tokenized for this rule, and a
        // sentence without one, before a sentence not opened by one, names nobody it needs.
        let headline = self.headline
        for l in lines.indices where !isBlank(l) && l != headline && mayHavePossessive(l) {
            let p = paragraph(l)
            var previousSubject: SpeakerCandidate? = nil
            for (s, sentence) in p.sentences.enumerated() {
                let start = openingToken(p, sentence)
                if let person = previousSubject, start < sentence.upperBound, let g = possessiveGender(p.tokens, start), p.tokens[start].isCapitalized {
                    teach(g, to: person)
                }
                previousSubject = nil
                let next = s + 1 < p.sentences.count ? p.sentences[s + 1] : nil
                let nextOpensWithOne = next.map({ let first = openingToken(p, $0); return first < $0.upperBound && isPossessiveWord(p.tokens[first]) }) == true
                guard nextOpensWithOne || sentence.contains(where: { isPossessiveWord(p.tokens[$0]) }) else { continue }
                // The sentence's first name run, read from the runs stored in its tokens (the
                // run list `nameRuns` builds would be made whole for its first element).
                guard let first = sentence.first(where: { p.tokens[$0].runStart >= 0 }) else { continue }
                let run = first..<min(Int(p.tokens[first].runEnd), sentence.upperBound)
                if (sentence.lowerBound..<run.lowerBound).contains(where: { p.tokens[$0].quotationIndex != nil }) { continue }
                // The pronouns are read before the name is checked: the check (a search of the
                // text before for a longer name) is made only when there is something to teach.
                var found: SpeakerGender? = nil
                var k = run.upperBound
                while k < sentence.upperBound {
                    let token = p.tokens[k]
                    // Only in the name's own clause and noun's reach: past a relative or
                    // complement clause or a new noun phrase (`who starred in two of his films`,
                    // `told the jury that the defendant had filmed it on his phone`) the pronoun
                    // is likelier someone else's.
                    if token.quotationIndex != nil || token.runStart >= 0 || k - run.upperBound > 8 { break }
                    if token.isWord, Self.clauseOrPhraseOpeners.contains(token.lower) { break }
                    if token.isWord, let g = possessiveGender(p.tokens, k) ?? reflexiveGender(token) {
                        if found != nil && found != g { found = nil; break }
                        found = g
                    }
                    k += 1
                }
                // A possessive before the name is someone else's (`His replacement, Captain X,
                // served as his first mate`): a later one of the same sex may be that person's
                // too, so only one of the other sex teaches (`Her husband, X, said his family …`).
                if let g = found, (sentence.lowerBound..<run.lowerBound).contains(where: { (possessiveGender(p.tokens, $0) ?? reflexiveGender(p.tokens[$0])) == g }) {
                    found = nil
                }
                guard found != nil || nextOpensWithOne, let person = nameCandidate(p.tokens, run, gender: .unknown), person.kind == .person,
                      looksLikeName(person, bySpeakersSoFar: false) else { continue }
                previousSubject = person
                if let found { teach(found, to: person) }
            }
        }
    }

    /// `his`, `her`, `himself` or `herself`: a word the rule may read (the tests of each are below).
    private func isPossessiveWord(_ token: QuoteToken) -> Bool {
        token.isWord && (token.lowerIs("his") || token.lowerIs("her") || token.lowerIs("himself") || token.lowerIs("herself"))
    }

    /// Whether line `l`'s text has the word `his`, `her`, `himself` or `herself` in any case: a cheap
    /// look at the raw scalars (a word starts and ends at a scalar that is no letter), so that a
    /// paragraph without one is never tokenized here.
    private func mayHavePossessive(_ l: Int) -> Bool {
        let range = lines[l]
        return text.withUnsafeBufferPointer { text in
            // ASCII letters by their code; any other letter by its Unicode property.
            func isLetter(_ i: Int) -> Bool {
                guard i >= range.lowerBound && i < range.upperBound else { return false }
                let v = text[i].value
                return v < 0x80 ? (v | 0x20) &- 0x61 < 26 : text[i].properties.isAlphabetic
            }
            func lower(_ i: Int) -> UInt32 { text[i].value | 0x20 }
            guard let base = text.baseAddress else { return false }
            let values = UnsafeRawPointer(base)
            let (h, caseBit) = (SIMD8<UInt32>(repeating: 0x68), SIMD8<UInt32>(repeating: 0x20))
            let upper = range.upperBound
            var i = range.lowerBound
            while i + 2 < upper {
                // Each of the four words starts with `h`: eight scalars at a time up to one that
                // is `h` or `H` (no other scalar has that value with the case bit set).
                if i + 8 <= upper, !any((values.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<UInt32>.self) | caseBit) .== h) {
                    i += 8
                    continue
                }
                let stop = min(i + 8, upper - 2)
                while i < stop {
                    defer { i += 1 }
                    // h, then is, im(self) or er(self), as a word of its own.
                    guard lower(i) == 0x68 else { continue }
                    let (a, b) = (lower(i + 1), lower(i + 2))
                    guard (a == 0x69 && (b == 0x73 || b == 0x6D)) || (a == 0x65 && b == 0x72), !isLetter(i - 1) else { continue }
                    if !isLetter(i + 3), b != 0x6D { return true }
                    if i + 6 < upper, lower(i + 3) == 0x73, lower(i + 4) == 0x65, lower(i + 5) == 0x6C, lower(i + 6) == 0x66, !isLetter(i + 7) { return true }
                }
            }
            return false
        }
    }

    /// Words past which a possessive no longer surely refers to the name before: relative and
    /// complement clause openers and determiners opening another noun phrase.
    private static let clauseOrPhraseOpeners: Set<String> = ["who", "whom", "whose", "which", "that", "the", "a", "an", "this", "these", "those", "when", "while", "after", "before", "because", "if"]

    /// `his`, or `her` before a word that is no function word (`her garden`, not `told her that`).
    private func possessiveGender(_ tokens: [QuoteToken], _ k: Int) -> SpeakerGender? {
        guard tokens[k].isWord else { return nil }
        if tokens[k].lowerIs("his") { return .male }
        // (The word's flags, set from the same lists when it was tokenized: no set is hashed.)
        guard tokens[k].lowerIs("her"), k + 1 < tokens.count, tokens[k + 1].isWord,
              tokens[k + 1].flags.isDisjoint(with: [.function, .preposition]) else { return nil }
        return .female
    }

    private func reflexiveGender(_ token: QuoteToken) -> SpeakerGender? {
        token.lowerIs("himself") ? .male : token.lowerIs("herself") ? .female : nil
    }
}
