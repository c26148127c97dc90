/// An embedded post whose account is printed without its `@`.
///
/// Instagram and Telegram embeds print the account as a bare handle (`citynews_daily`), the post's
/// text and a line naming the network (`View on Instagram`, `Instagram’da ko‘rish`, `Telegram ·
/// 15.10.2025`), in the page's language but with the network's name as it is everywhere. With no
/// `@` and no link the handle carries no signal, the text reads as a story's sentence, and the
/// network's line as a label between two kept lines, so the walk around a removed handle
/// (``embedResidue(_:nonBlank:bytes:)``) never starts. What gives the post away is the pair: a
/// line that is one token of lower-case Latin letters, digits, `_` and `.` (a story's line never
/// is) with a short line naming a network right under its text or right over the handle.
extension BoilerplateClassifier {
    /// Removes a bare handle, the post's text and the network's line around it, and the post's
    /// counts under its text.
    func bareHandlePosts(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        guard nonBlank.count >= 4 else { return }
        for position in 1..<(nonBlank.count - 1) where isBareHandle(lines[nonBlank[position]], bytes: bytes) {
            let handle = nonBlank[position]
            // The network's line under the post's text (`handle`, text, `Telegram · date`).
            if position + 2 < nonBlank.count, isPostText(lines[nonBlank[position + 1]]),
               namesNetwork(lines[nonBlank[position + 2]], bytes: bytes) {
                for index in [handle, nonBlank[position + 1], nonBlank[position + 2]] { _ = remove(&lines, index, rule: .embedResidue) }
                continue
            }
            // The network's line over the handle (`View on Instagram`, handle, text, counts).
            guard namesNetwork(lines[nonBlank[position - 1]], bytes: bytes), isPostText(lines[nonBlank[position + 1]]) else { continue }
            for index in [nonBlank[position - 1], handle, nonBlank[position + 1]] { _ = remove(&lines, index, rule: .embedResidue) }
            if position + 2 < nonBlank.count, Self.isPostCounts(lines[nonBlank[position + 2]]) {
                _ = remove(&lines, nonBlank[position + 2], rule: .embedResidue)
            }
        }
    }

    /// Whether the line is an account's handle without its `@`: one token of four to thirty bytes,
    /// lower-case Latin letters, digits, `_` and `.`, opening on a letter.
    private func isBareHandle(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (4...30).contains(line.trimmedEnd - line.trimmedStart), !line.storysOwn else { return false }
        let text = line.trimmedText(in: bytes)
        guard let first = text.first, first >= 0x61 && first <= 0x7A else { return false }
        return text.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }

    /// The post's text: a kept line no longer than a post, none of the story's own lines, not
    /// reported speech.
    private func isPostText(_ line: LineFeatures) -> Bool {
        !line.removed && line.words <= 60 && !line.storysOwn && line.reporting == 0
    }

    /// Whether the line is a network's short line: five words at most, no sentence, a word opening
    /// with a network's name (`Instagram’da`, `Instagram-da`, `Telegram ·`), kept or removed. It
    /// may carry the post's date (`Telegram · 15.10.2025`); never a headline or a byline.
    func namesNetwork(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.words <= 5, !line.terminal, !line.title, !line.byline, !line.protected, !line.tableRow else { return false }
        let text = line.trimmedText(in: bytes)
        var wordStart = true
        for index in text.indices {
            let byte = text[index]
            if wordStart, byte >= 0x41 && byte <= 0x5A || byte >= 0x61 && byte <= 0x7A,
               Self.networkNames.contains(where: { name in
                   text.count - index >= name.count && zip(text[index...], name).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
               }) { return true }
            wordStart = byte == 0x20
        }
        return false
    }

    /// The networks that embed posts, lower-cased: their names are the same in every language.
    private static let networkNames: [[UInt8]] = ["instagram", "telegram", "facebook", "tiktok", "youtube", "twitter", "threads"]
        .map { Array($0.utf8) }
}
