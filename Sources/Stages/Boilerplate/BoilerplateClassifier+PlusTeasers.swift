/// A subscriber-only teaser marked with a plus (`+ Han bygget hytte uten å søke. Nå må den rives`).
///
/// Scandinavian and other sites mark the headlines of their paid stories with a `+` (or their
/// `Plus` badge turned into a `+` by the extractor) and list them inside and under the story; a
/// watchlist's or a follow button's `+ Add to watchlist` prints the same way. A story line never
/// opens on a plus and a space, except in a list the story announces (`Pros and cons:` over
/// `+ cheaper` and `- slower`): a line under a sentence that leads into a list stays, and so do
/// a line next to an item that opens with `- `.
extension BoilerplateClassifier {
    /// Removes kept lines of two to fifteen words that open with `+ ` and a capital or a dash.
    func plusTeasers(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        for (position, index) in nonBlank.enumerated() where !lines[index].removed && !lines[index].storysOwn {
            let line = lines[index]
            guard (2...15).contains(line.words), opensWithPlus(line, bytes: bytes) else { continue }
            // A story's list of pros and cons: a `- ` item next to it, or a lead above it.
            let neighbours = [position - 1, position + 1].filter { nonBlank.indices.contains($0) }.map { nonBlank[$0] }
            if neighbours.contains(where: { opensWithMinus(lines[$0], bytes: bytes) }) { continue }
            if isUnderListLead(lines, index, bytes: bytes) { continue }
            _ = remove(&lines, index, rule: .plusTeaser)
        }
    }

    /// `+ ` followed by a capital letter (any script) or a dash (`+ – Jeg mistet …`).
    private func opensWithPlus(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = line.trimmedText(in: bytes)
        guard text.count >= 3, text[0] == UInt8(ascii: "+"), text[1] == 0x20 else { return false }
        if Self.opensWithCapital(text, at: 2, end: text.count) { return true }
        return text[2] == UInt8(ascii: "-") || Self.isLongDash(text, at: 2)
    }

    /// `- `: the other side of a list of pros and cons.
    private func opensWithMinus(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = line.trimmedText(in: bytes)
        return text.count >= 2 && text[0] == UInt8(ascii: "-") && text[1] == 0x20
    }
}
