// The name someone goes by: `The 44-year-old, known to everyone on his round as "Gaz", said …`.
// The quoted name is nobody's words (``SpeakerAttributor/namesChargeOrTerm(_:_:_:)``), and a later
// speaker given by that name alone (`Gaz, who has emptied bins for 19 years, …. "…," he said`) is
// the person it was given to, reported by their full name as the article gives it.

extension SpeakerAttributor {
    /// The person the text says goes by `speaker`'s one-word name (`known … as "Gaz"`,
    /// `nicknamed "Gaz"`, `dubbed "Gaz"`), found as the subject of the sentence that says so and
    /// named in full, or `nil`. Only a one-word person's name is asked about, and the quotations
    /// read as names or terms are the only ones looked at.
    func ownerOfNickname(_ speaker: SpeakerCandidate) -> SpeakerCandidate? {
        guard speaker.kind == .person, !speaker.text.utf8.contains(32) else { return nil }
        let scalars = speaker.text.unicodeScalars
        for q in quotations.indices where results[q]?.sieve == "charge-or-name" && quotations[q].start < speaker.start {
            let span = quotations[q]
            guard span.contentEnd - span.contentStart == scalars.count,
                  zip(text[span.contentStart..<span.contentEnd], scalars).allSatisfy({ $0 == $1 }) else { continue }
            let p = paragraph(span.line)
            guard let t = p.quotationTokens[q], t >= 1, p.tokens[t - 1].isWord else { continue }
            let before = p.tokens[t - 1]
            guard before.lowerIs("nicknamed") || before.lowerIs("dubbed") || (before.lowerIs("as") && isKnownAs(p.tokens, as: t - 1)) else { continue }
            guard let subject = sentenceSubjects(p, p.sentence(containing: t)).first, subject.end <= span.start,
                  let owner = resolve(subject, line: span.line, before: subject.start), owner.kind == .person,
                  owner.text.utf8.contains(32), owner.text != speaker.text else { continue }
            return owner
        }
        return nil
    }
}
