/// A row of page numbers (`Halaman Selanjutnya / 1 / 2 / Lihat Semua`): the pager of an article
/// split over pages, turned to text.
///
/// A story does not set a run of bare numbers, each one more than the one before, on lines of
/// their own; a pager does, with a short label at either end (`Next page`, `View all`).
/// A list's numbers stand on the lines of its items, and a score or a count stands alone.
extension BoilerplateClassifier {
    /// Removes the runs of two or more page numbers counting up by one, and a short label
    /// (unterminated, up to three words before the row, two after it) at either end.
    func pagers(_ lines: inout [LineFeatures], nonBlank: [Int], bytes: UnsafeBufferPointer<UInt8>) {
        var position = 0
        while position < nonBlank.count {
            var end = position
            var previous = 0
            while end < nonBlank.count, let number = pageNumber(lines[nonBlank[end]], bytes: bytes),
                  end == position || number == previous + 1 {
                previous = number
                end += 1
            }
            guard end - position >= 2 else {
                position += 1
                continue
            }
            for member in position..<end { _ = remove(&lines, nonBlank[member], rule: .pager) }
            if position > 0, isPagerLabel(lines[nonBlank[position - 1]], maximumWords: 3) {
                _ = remove(&lines, nonBlank[position - 1], rule: .pager)
            }
            if end < nonBlank.count, isPagerLabel(lines[nonBlank[end]], maximumWords: 2) {
                _ = remove(&lines, nonBlank[end], rule: .pager)
            }
            position = end
        }
    }

    /// The number of a line that is one to three digits and nothing else.
    private func pageNumber(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard line.numericOnly, line.words == 1, (1...3).contains(line.trimmedEnd - line.trimmedStart) else { return nil }
        var number = 0
        for byte in line.trimmedText(in: bytes) {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            number = number * 10 + Int(byte - 0x30)
        }
        return number
    }

    private func isPagerLabel(_ line: LineFeatures, maximumWords: Int) -> Bool {
        !line.removed && !line.storysOwn && !line.terminal && line.numericWords == 0 && (1...maximumWords).contains(line.words)
    }
}
