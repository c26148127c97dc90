/// A control of the page in the state it was in (`Automatisch verversen: aan`, `Autoplay: on`).
///
/// A live blog's refresh switch, a player's autoplay, a dark mode: once the page is text, the
/// control is its name and its state, in the middle of the story as much as around it. A story's
/// line does not end on a setting after a colon; without the colon (`Pembaruan otomatis aktif`) a
/// subheading may end on such a word (`Notfallplan aktiviert`), but a subheading sits between
/// the story's paragraphs, so that form goes only with removed chrome next to it.
extension BoilerplateClassifier {
    /// Removes the kept lines that state a control's setting.
    func settings(_ lines: inout [LineFeatures], nonBlank: [Int]) {
        for (position, index) in nonBlank.enumerated() where lines[index].setting || lines[index].statedSetting {
            guard !lines[index].removed, !lines[index].storysOwn else { continue }
            if lines[index].statedSetting {
                let before = position > 0 && lines[nonBlank[position - 1]].removed
                let after = position + 1 < nonBlank.count && lines[nonBlank[position + 1]].removed
                guard before || after else { continue }
            }
            _ = remove(&lines, index, rule: .setting)
        }
    }
}
