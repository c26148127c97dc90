import Testing

@Suite("whole report lines")
struct WholeLinesOutputTests {
    /// Reports of lines in one or more scripts, and a line longer than a piece.
    static let reports: [[String]] = [
        (0..<300).map { "names: table split: entity \($0): [Бонки миллии, Bonki milliyi] [Донишгоҳи миллӣ]" },
        (0..<40).map { "line \($0) " + String(repeating: "ab", count: $0) },
        ["short", String(repeating: "Ўзбекистон ", count: 400), "after the long line"],
        [],
    ]

    @Test("pieces are whole lines within the limit, or whole letters of a longer line", arguments: reports)
    func pieces(_ lines: [String]) {
        let text = Array(lines.map { $0 + "\n" }.joined().utf8)
        let limit = 256
        let pieces = WholeLinesOutput.pieces(text, limit: limit)
        #expect(Array(pieces.joined()) == text)
        for piece in pieces {
            #expect(piece.count <= limit)
            // Each piece is whole UTF-8, as a relayed read must be.
            #expect(String(validating: piece, as: UTF8.self) != nil)
            // And ends a line, unless it is a part of a line longer than the limit, with no line end in it.
            #expect(piece.last == 0x0A || !piece.contains(0x0A))
        }
    }
}
