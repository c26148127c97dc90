/// A live blog's post stamps: a time of day alone on its line (`10:52`, `3:40pm`) over a post.
///
/// Alone, a clock reads as figures (a video's running time, a ticker's value) and went with the
/// share row or ad marker next to it, by its neighbours, by repetition (fingerprints ignore figures,
/// so every stamp of a page shares one) or in a run of short lines. What tells the stamp from a
/// clip's running time is what follows it: a post, a paragraph of prose right after it or after the
/// post's short heading, where a clip's time is followed by the next clip's headline and its time.
/// A live blog has posts, not a post: two stamps at least, where a player's lone running time over
/// the story's first paragraph (`Play video`, `00:42`) is one. Such stamps are the story's date
/// lines, which the rules that go by shape leave alone.
extension BoilerplateClassifier {
    func markPostStamps(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>) {
        var stamps: [Int] = []
        for index in lines.indices where lines[index].numericWords > 0 && lines[index].words <= 3 && !lines[index].dateLike
            && !lines[index].terminal && !lines[index].blank {
            guard Self.isTimeOfDay(lines[index].trimmedText(in: bytes)),
                  let next = nextNonBlank(lines, after: index) else { continue }
            var post = isLivePostText(lines[next])
            // A post's heading (`Fire has crossed the highway`) between the stamp and its text.
            if !post && !lines[next].terminal && lines[next].words <= 14 && lines[next].numericWords < lines[next].words,
               let text = nextNonBlank(lines, after: next) {
                post = isLivePostText(lines[text])
            }
            if post { stamps.append(index) }
        }
        guard stamps.count >= 2 else { return }
        for index in stamps { lines[index].dateLike = true }
    }

    /// A live blog's post text (an embedded post's is another shape, see `embedResidue`): prose of
    /// some length, whatever it says (a live blog's welcome addresses the reader, `We'll bring you
    /// the latest updates here.`, which keeps it from anchoring the story).
    private func isLivePostText(_ line: LineFeatures) -> Bool {
        line.terminal && line.words >= 10 && line.urls == 0 && line.lexiconScore < 0.5
    }

    /// The index of the first non-blank line after `index`, if any (the post stamps and the story's subheadings look there).
    func nextNonBlank(_ lines: [LineFeatures], after index: Int) -> Int? {
        var next = index + 1
        while next < lines.count && lines[next].blank { next += 1 }
        return next < lines.count ? next : nil
    }

    /// Whether the line is only a time of day: an hour (`0`–`23`), a colon and minutes, then
    /// `am`/`pm` (`a.m.`, `p.m.`) or nothing (`10:52`, `3:40pm`, `9:05 p.m.`).
    static func isTimeOfDay(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let colon = raw.firstIndex(of: UInt8(ascii: ":")), colon == 1 || colon == 2, raw.count >= colon + 3 else { return false }
        let hours = raw[..<colon], minutes = raw[(colon + 1)..<(colon + 3)]
        guard hours.allSatisfy(isDigit), minutes.allSatisfy(isDigit) else { return false }
        func value(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int { digits.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        guard value(hours) <= 23, value(minutes) <= 59 else { return false }
        let suffix = raw[(colon + 3)...].lazy.filter { $0 != 0x20 && $0 != UInt8(ascii: ".") }.map { $0 | 0x20 }
        return suffix.isEmpty || suffix.elementsEqual("am".utf8) || suffix.elementsEqual("pm".utf8)
    }

    /// Whether `lowered` holds a year (`19xx`, `20xx`, or `25xx` of the Buddhist era Thai and Lao
    /// dates count, `16 มี.ค. 2568 เวลา 14:32 น.`) and a time of day (`09:12`): a date line
    /// whatever language names its month (`19 noyabr 2026, 09:12`), where a month's name is looked
    /// up in a list of some languages only.
    static func holdsYearAndClock(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        var year = false, clock = false, index = 0
        let count = lowered.count
        while index < count {
            guard isDigit(lowered[index]) else { index += 1; continue }
            var end = index
            while end < count && isDigit(lowered[end]) { end += 1 }
            let digits = end - index
            if digits == 4 && (lowered[index] == UInt8(ascii: "1") && lowered[index + 1] == UInt8(ascii: "9")
                || lowered[index] == UInt8(ascii: "2") && (lowered[index + 1] == UInt8(ascii: "0") || lowered[index + 1] == UInt8(ascii: "5"))) {
                year = true
            } else if digits <= 2 && end + 2 < count && lowered[end] == UInt8(ascii: ":") && isDigit(lowered[end + 1])
                && isDigit(lowered[end + 2]) && (end + 3 == count || !isDigit(lowered[end + 3])) {
                let hours = digits == 1 ? Int(lowered[index] - 0x30) : Int(lowered[index] - 0x30) * 10 + Int(lowered[index + 1] - 0x30)
                if hours <= 23 { clock = true }
                end += 3
            }
            if year && clock { return true }
            index = end
        }
        return false
    }
}
