/// An inline list marker such as `1.`, `2)`, `3.)` or `b.`, and the rule that decides which
/// markers really start list items.
///
/// A lone `2.` after white space is usually just a number ending a sentence; markers start items
/// only when they form a run on one line (`1) … 2) … 3) …`): consecutive values, the same style.
/// Lettered runs must start at `a`, so that `vitamin C. D. Smith` is not a list.
struct ListMarker {
    enum Style: Equatable {
        case number
        case letter
    }

    enum Punctuation: Equatable {
        /// `1.`
        case period
        /// `1)`
        case parenthesis
        /// `1.)`
        case periodParenthesis
    }

    /// The marker's first code unit.
    var start: Int
    /// One past its last code unit.
    var end: Int
    /// 1 for `1` or `a`.
    var value: Int
    var style: Style
    var punctuation: Punctuation
    /// The line number, counted in line breaks from the start of the text.
    var line: Int

    /// The marker at `index`, if one starts there.
    ///
    /// - Parameter requireFollowingText: Require a space and an item text after the marker (and,
    ///   after `1.`, a capital letter, so that `in 2. the` is no item).
    static func parse(_ text: UnsafeBufferPointer<UInt16>, at index: Int, line: Int, requireFollowingText: Bool = true) -> ListMarker? {
        let count = text.count
        var position = index
        var value = 0
        let style: Style
        guard position < count else { return nil }
        if SentenceCharacter.isDigit(text[position]) {
            while position < count && SentenceCharacter.isDigit(text[position]) {
                value = value * 10 + Int(text[position] - 0x30)
                position += 1
                if position - index > 2 { return nil }
            }
            style = .number
        } else if text[position] >= 0x61 && text[position] <= 0x7A {
            value = Int(text[position] - 0x60)
            position += 1
            style = .letter
        } else {
            return nil
        }
        guard position < count else { return nil }
        let punctuation: Punctuation
        if text[position] == 0x2E {
            if position + 1 < count && text[position + 1] == 0x29 {
                punctuation = .periodParenthesis
                position += 2
            } else {
                punctuation = .period
                position += 1
            }
        } else if text[position] == 0x29 {
            punctuation = .parenthesis
            position += 1
        } else {
            return nil
        }
        if requireFollowingText {
            guard position + 1 < count && text[position] == 0x20 else { return nil }
            let first = text[position + 1]
            if punctuation == .period {
                guard SentenceCharacter.isUppercase(first) else { return nil }
            } else {
                guard !SentenceCharacter.isSpace(first) else { return nil }
            }
        }
        return ListMarker(start: index, end: position, value: value, style: style, punctuation: punctuation, line: line)
    }

    /// The start positions of the markers that belong to a run of two or more items.
    static func itemStarts(_ markers: [ListMarker]) -> [Int] {
        guard markers.count >= 2 else { return [] }
        var next = [Int?](repeating: nil, count: markers.count)
        var hasPrevious = [Bool](repeating: false, count: markers.count)
        for a in markers.indices {
            // Look a little ahead only: runs are short and this keeps number-heavy text linear.
            for b in (a + 1)..<min(markers.count, a + 12) where !hasPrevious[b] {
                if markers[b].line != markers[a].line { break }
                if markers[b].style == markers[a].style && markers[b].punctuation == markers[a].punctuation
                    && markers[b].value == markers[a].value + 1
                {
                    next[a] = b
                    hasPrevious[b] = true
                    break
                }
            }
        }
        var starts: [Int] = []
        for head in markers.indices where !hasPrevious[head] && next[head] != nil {
            if markers[head].style == .letter && markers[head].value != 1 { continue }
            var current: Int? = head
            while let index = current {
                starts.append(markers[index].start)
                current = next[index]
            }
        }
        return starts
    }
}
