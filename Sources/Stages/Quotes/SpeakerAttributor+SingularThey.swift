// People the text says go by `they`: `Okafor, who uses they/them pronouns, added …` then
// `"…," they said`. Such a person is an antecedent for `they` as an organisation or a crowd is.

extension SpeakerAttributor {
    /// Whether `candidate`, a person, is one the text says goes by `they`, so that `pronoun`
    /// (`they`) may stand for them. The pronoun's word is asked first: most pronouns are not `they`.
    func goesBySingularThey(_ candidate: SpeakerCandidate, _ pronoun: SpeakerCandidate) -> Bool {
        guard pronoun.text == "they", candidate.kind == .person, !singularTheyPeople.isEmpty else { return false }
        return singularTheyPeople.contains(surnameKey(candidate))
    }

    /// The surnames (or one-word names) of the people a `they/them` (or `they/their`) pronoun
    /// note follows within a few words: `X, who uses they/them pronouns,`, `X (they/them)`.
    /// The text is read for a slash first: most documents have none near `they`.
    func findSingularTheyPeople() -> Set<String> {
        var people: Set<String> = []
        let note: [Unicode.Scalar] = ["t", "h", "e", "y", "/", "t", "h", "e"]
        for line in lines.indices {
            let range = lines[line]
            var k = range.lowerBound + 4
            while k + 4 < range.upperBound {
                defer { k += 1 }
                guard text[k] == "/" else { continue }
                let from = k - 4
                guard (0..<note.count).allSatisfy({ text[from + $0].value | 0x20 == note[$0].value }),
                      from == range.lowerBound || !text[from - 1].properties.isAlphabetic else { continue }
                let tokens = paragraph(line).tokens
                guard let at = tokens.firstIndex(where: { $0.start >= from }) else { continue }
                // The nearest name before the note, within its clause's few words.
                var j = at - 1
                while j >= max(0, at - 8) {
                    defer { j -= 1 }
                    if tokens[j].isPunctuation(".") { break }
                    guard tokens[j].isWord, tokens[j].runStart >= 0 else { continue }
                    let run = Int(tokens[j].runStart)..<Int(tokens[j].runEnd)
                    if let person = nameCandidate(tokens, run, gender: .unknown), person.kind == .person { people.insert(surnameKey(person)) }
                    break
                }
            }
        }
        return people
    }
}
