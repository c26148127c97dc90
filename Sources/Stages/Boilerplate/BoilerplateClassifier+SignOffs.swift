/// A writer's sign-off: a dash and a name alone on the line (`— Dana`, `– Dana Whitlock`).
///
/// A newsletter's letter and a live blog's post end with their writer's name after a dash. Short,
/// with no sentence end, it went with whatever chrome came next: an appeal's block under the letter,
/// a neighbour's share row. It is the article's byline at its foot, which the rules that go by shape
/// leave alone; chrome does not open a name with a dash.
extension BoilerplateClassifier {
    func markSignOffs(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>) {
        for index in lines.indices where lines[index].words >= 1 && lines[index].words <= 3 && !lines[index].terminal
            && lines[index].capitalized == lines[index].words && lines[index].numericWords == 0 && lines[index].lexiconScore == 0 {
            if Self.opensWithDash(lines[index], bytes: bytes) { lines[index].byline = true }
        }
    }

    /// Whether the line opens with an em dash or an en dash (`E2 80 94`, `E2 80 93`).
    static func opensWithDash(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = line.trimmedStart
        return line.trimmedEnd - start >= 4 && bytes[start] == 0xE2 && bytes[start + 1] == 0x80
            && (bytes[start + 2] == 0x94 || bytes[start + 2] == 0x93)
    }
}
