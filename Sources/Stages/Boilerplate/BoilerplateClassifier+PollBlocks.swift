/// A poll's answers between its question and its vote button, on a page with blank lines.
///
/// A poll prints its question (`Poll: Should night buses run all week?`, which the lexicon's poll
/// class knows by its label), then each answer alone on its line (`Yes`, `No`, `Not decided yet`),
/// then its button (`Vote`, in the poll class too). Where blocks are set apart by blank lines,
/// each answer is a block of its own, and `pollsAndComments`, which takes the lines under the
/// question up to the next blank line, takes none of them: a lone `Yes` in the tail is kept. What
/// tells the answers is where they sit: two to six short lines (five words at most, none a
/// sentence of the story) closed by the poll's button. Without the button nothing goes, so a
/// story's question under a removed poll label, followed by its own short lines and then prose,
/// stays.
extension BoilerplateClassifier {
    /// Removes the answers between a removed poll question and the poll's removed button.
    func pollBlocks(_ lines: inout [LineFeatures], nonBlank: [Int]) {
        guard let pollCategory else { return }
        for (position, index) in nonBlank.enumerated()
        where lines[index].removed && lines[index].zone != .head && category(of: lines[index]) == pollCategory
            && lines[index].words >= 2 {
            // The answers, up to the button: short lines that are not the story's own.
            var cursor = position + 1
            while cursor < nonBlank.count && cursor - position <= 7 {
                let line = lines[nonBlank[cursor]]
                if line.removed && category(of: line) == pollCategory { break }
                guard line.words >= 1 && line.words <= 5 && !line.storysOwn && line.reporting == 0 else { cursor = nonBlank.count; break }
                cursor += 1
            }
            let answers = (position + 1)..<cursor
            guard cursor < nonBlank.count, answers.count >= 2, answers.count <= 6 else { continue }
            for answer in answers { _ = remove(&lines, nonBlank[answer], rule: .poll) }
        }
    }
}
