/// The results and draws a page's head prints as widgets: a match's score with the teams named in
/// words (`Leafs 4 Senators 2 (Final)`, `León 2 - 1 América`, `Rapid 2:2 Sturm`), and a lottery's
/// draw (`Lotto Max Nov 13: 4 11 19 27 33 41 48 Bonus 22`).
///
/// The scores ticker's codes (`ARS 2-1 CHE`) are known by ``looksLikeScoreline(_:capitals:)``; a
/// site's own widget names the teams as a person would, so only its shape is left: capitalized
/// names around their figures and nothing else, no verb, no sentence's end. A story writes a score
/// inside a sentence, and a sports story's subheading may print one, so the shape counts only above
/// or below the story (the caller asks for the edge). A draw is six figures of one or two digits in
/// a row, which no date or clock has (a date's figures are three or four, and its year has four); a
/// story gives the numbers in a sentence, closed by its full stop.
extension BoilerplateClassifier {
    /// Whether `raw` is a score with the teams named: `Name 2 Name 1`, `Name 2 - 1 Name` or
    /// `Name 2-1 Name`, each name one to three capitalized words, after an optional label closed by
    /// a colon (`UPL:`) and before an optional status in brackets (`(Final)`).
    static func looksLikeNamedScoreline(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var tokens = raw.split(separator: 0x20)
        guard tokens.count >= 3, tokens.count <= 10 else { return false }
        if tokens[0].last == UInt8(ascii: ":") { tokens.removeFirst() }
        if let last = tokens.last, last.first == UInt8(ascii: "("), last.last == UInt8(ascii: ")") { tokens.removeLast() }
        func isName(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            guard let first = token.first else { return false }
            return isUpperASCII(first) || first >= 0xC3 && first < 0xE0
        }
        func isScore(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            guard let mark = token.firstIndex(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") }) else { return false }
            return isFigure(token[token.startIndex..<mark], digits: 1...3) && isFigure(token[(mark + 1)...], digits: 1...3)
        }
        // The tokens read as a pattern: `n` a name's word, `9` a figure, `s` a score, `-` a dash.
        var shape: [UInt8] = []
        for token in tokens {
            if isFigure(token, digits: 1...3) { shape.append(UInt8(ascii: "9")) }
            else if isScore(token) { shape.append(UInt8(ascii: "s")) }
            else if isScoreDash(token) { shape.append(UInt8(ascii: "-")) }
            else if isName(token) {
                if shape.count >= 3 && shape.suffix(3).allSatisfy({ $0 == UInt8(ascii: "n") }) { return false }
                shape.append(UInt8(ascii: "n"))
            } else { return false }
        }
        // Runs of names collapsed to one: the shapes left are the score's.
        var collapsed: [UInt8] = []
        for mark in shape where !(mark == UInt8(ascii: "n") && collapsed.last == UInt8(ascii: "n")) { collapsed.append(mark) }
        return namedScoreShapes.contains(collapsed)
    }

    /// The collapsed shapes of a named score (see ``looksLikeNamedScoreline(_:)``), built once rather
    /// than per line holding two figures.
    private static let namedScoreShapes: [[UInt8]] = [Array("n9n9".utf8), Array("n9-9n".utf8), Array("nsn".utf8)]

    /// Whether `lowered` holds a draw: six figures of one or two digits in a row, between spaces,
    /// commas or hyphens (`4 11 19 27 33 41`, `05 - 12 - 19 - 27 - 33 - 41`).
    static func holdsDraw(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        for token in lowered.split(whereSeparator: { $0 == 0x20 || $0 == UInt8(ascii: ",") }) {
            if token.elementsEqual([UInt8(ascii: "-")]) || token.elementsEqual([UInt8(ascii: "+")]) { continue }
            var figure = token[...]
            if figure.last == UInt8(ascii: ":") { figure = figure.dropLast() }
            if isFigure(figure, digits: 1...2) {
                run += 1
                if run >= 6 { return true }
            } else {
                run = 0
            }
        }
        return false
    }
}
