/// A news feed's items between the page's menu and the headline.
///
/// A site's `Latest news` strip prints each item as a clock and a headline (`11:52 Astana to host
/// transport ministers`), in the site's own wording, so no lexicon entry knows them, and the
/// head's rules keep them: they sit below the menu (`trimPageHead` takes only what is above it)
/// and each reads as a headline. What tells them is their shape and where they sit: two or more
/// lines in a row that open with a clock and a space, then words, above the article's title, with
/// chrome right above or right below the run. The article's own head has one date line, and its
/// date opens with the day, not a clock followed by a headline; a live blog's times sit under the
/// headline, where this rule does not look.
///
/// A strip's one item has the same place and a label for its clock: a breaking strip, an alert,
/// a `Top now` line (`Breaking: Senate approves …`, `WEATHER ALERT: Winter Weather Advisory …`,
/// `Alerte info : fermeture de l'A63 …`): a label of one to three words and a colon, then a
/// headline of four words or more, with chrome right above or right below it. Not the line right
/// above the title: where the line taken for the title is the standfirst, the headline sits there,
/// and a headline may open with a label too (`Analysis: …`).
extension BoilerplateClassifier {
    func headFeeds(_ lines: inout [LineFeatures], nonBlank: [Int], title: Int?, bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = title else { return }
        // The last line taken for a headline above the story's byline, not the first: a widget's
        // line over another with clocks (`Azeri Light 77.12` over a prayer-times strip, `Sübh
        // 05:54 · …`) reads as a headline over a date, and the feed sits between it and the
        // story's title. Not past the byline: the lines under it (`Published: …`) are the story's.
        var title = first
        var below = first + 1
        while below < nonBlank.count && lines[nonBlank[below]].zone == .head && !lines[nonBlank[below]].byline {
            if lines[nonBlank[below]].title { title = below }
            below += 1
        }
        func isFeedItem(_ position: Int) -> Bool {
            let line = lines[nonBlank[position]]
            return !line.removed && !line.title && !line.byline && !line.protected && line.words >= 4 && line.words <= 20
                && !line.terminal && Self.opensWithClockThenWord(line.trimmedText(in: bytes))
        }
        // A headline that opens with a label (`Flood in the valley: …`) has its standfirst right
        // under it, a kept line of ten words or more with no separator; a strip's item has the
        // strip's next item or chrome (a scores line parted by `|`). Where a short line of chrome
        // was taken for the title (a counter, a caption), the headline is not the line right above
        // it. A long line right above the title is the headline itself (the standfirst was taken
        // for the title), and the labelled line over it is the strip's.
        // Right above the title, the long line is the standfirst after all where the title is
        // shorter than it (though the byline's date under it made it a headline's candidate too):
        // a standfirst is longer than its headline, and the line taken for the title is a short
        // credit lower down (`<outlet> reporter, <town>` in a script no byline list reads).
        func overStandfirst(_ position: Int) -> Bool {
            let next = lines[nonBlank[position + 1]]
            let rightAbove = position + 1 == title - 1
            guard position + 1 < title - 1 || rightAbove && lines[nonBlank[title]].words < next.words else { return false }
            return !next.removed && next.words >= 10 && next.urls == 0 && next.separators == 0 && (!next.title || rightAbove)
        }
        // Chrome right above or right below a run of lines (the title closes every run from below).
        func chromeBeside(_ run: Range<Int>) -> Bool {
            run.lowerBound > 0 && lines[nonBlank[run.lowerBound - 1]].removed || lines[nonBlank[run.upperBound]].removed
        }
        for position in 0..<max(0, title - 1) where !lines[nonBlank[position]].removed && chromeBeside(position..<position + 1) {
            let line = lines[nonBlank[position]]
            guard !line.storysOwn, line.reporting == 0, line.words >= 5, line.words <= 30, !endsWithColon(line, bytes: bytes),
                  Self.opensWithStripLabel(line.trimmedText(in: bytes)), !overStandfirst(position) else { continue }
            _ = remove(&lines, nonBlank[position], rule: .headFeed)
        }
        // Runs of feed items above the title, each from its first item `start` to `end`.
        var start = 0
        while start < title {
            guard isFeedItem(start) else { start += 1; continue }
            var end = start + 1
            while end < title && isFeedItem(end) { end += 1 }
            if end - start >= 2 && chromeBeside(start..<end) {
                for member in start..<end { _ = remove(&lines, nonBlank[member], rule: .headFeed) }
            }
            start = end
        }
    }

    /// Whether `raw` opens with a strip's label: one to three words, a colon (after a space too, as
    /// French sets it) and a space, then four words or more.
    static func opensWithStripLabel(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let colon = raw.prefix(48).firstIndex(of: UInt8(ascii: ":")), colon > 0, colon + 1 < raw.count,
              raw[colon + 1] == 0x20 else { return false }
        var label = raw[..<colon]
        if label.last == 0x20 { label = label.dropLast() }
        guard !label.isEmpty, label.first != 0x20 else { return false }
        let labelWords = label.count { $0 == 0x20 } + 1
        let after = raw[(colon + 2)...].split(separator: 0x20).count
        return labelWords <= 3 && after >= 4
    }

    /// Whether `raw` opens with a clock (`9:05`, `11:52`, or with a dot as Finnish, Danish and
    /// German sites print it, `14.22`), a space and a letter, or a straight quote mark and a
    /// letter: a feed's item may open with the quotation it reports (`07:40 'We will not raise
    /// bus fares,' NTC says`, `07:45 "Tidak ada kenaikan tarif …"`), and one such item split the
    /// run in two runs of one. (Curly quotes and guillemets are not ASCII and pass as letters.)
    static func opensWithClockThenWord(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let end = leadingClockEnd(raw, dot: true) ?? leadingForeignClockEnd(raw), end + 1 < raw.count, raw[end] == 0x20 else { return false }
        var next = raw[end + 1]
        if (next == UInt8(ascii: "\"") || next == UInt8(ascii: "'")) && end + 2 < raw.count { next = raw[end + 2] }
        return isUpperASCII(next) || isLetter(next)
    }

    /// Where a clock in another script's digits that opens `raw` ends (`۰۸:۱۰`, `٠٨:١٠`, `१२:१०`,
    /// `১১:৪৫`: one or two digits, a colon and two digits), or `nil`. The digits are the ones the
    /// normalizer counts as figures (``LineNormalizer/foreignDigit(_:)``), each as long in UTF-8 as
    /// the first (two bytes for Arabic-Indic and Persian, three for the Indic scripts'), so a feed
    /// reads the same in every script that writes its own digits, not only in the two once listed
    /// here. Gated on the first byte opening a multi-byte character, so a Latin line costs one
    /// comparison.
    static func leadingForeignClockEnd(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = raw.first, first >= 0xC2, first < 0xF0 else { return nil }
        let width = first < 0xE0 ? 2 : 3
        // The digit's value at `index`, if a counted digit of `width` bytes starts there.
        func digit(_ index: Int) -> UInt8? {
            guard index < raw.count, let (scalar, length) = LineNormalizer.multiByteScalar(raw, at: index), length == width,
                  let ascii = LineNormalizer.foreignDigit(scalar) else { return nil }
            return ascii - UInt8(ascii: "0")
        }
        return clockEnd(raw, width: width, dot: false, digit: digit)
    }

    /// Where the clock that opens `raw` ends (`9:05`, `11:52`: one or two digits, a colon and two
    /// digits; a dot for the colon too when `dot` is set: `14.22`), or `nil` when `raw` does not
    /// open with one.
    static func leadingClockEnd(_ raw: UnsafeBufferPointer<UInt8>, dot: Bool = false) -> Int? {
        clockEnd(raw, width: 1, dot: dot) { index in
            index < raw.count && isDigit(raw[index]) ? raw[index] - UInt8(ascii: "0") : nil
        }
    }

    /// Where the clock that opens `raw` ends, its digits read by `digit` (the value of the digit
    /// starting at a byte offset, or `nil`), each `width` bytes long: one or two digits, a colon
    /// (or a dot when `dot` is set) and two digits. The one reader of both the ASCII clock and the
    /// one in another script's digits.
    @inline(__always)
    private static func clockEnd(_ raw: UnsafeBufferPointer<UInt8>, width: Int, dot: Bool, digit: (Int) -> UInt8?) -> Int? {
        var index = 0
        while index < 2 * width && digit(index) != nil { index += width }
        guard index >= width, index < raw.count, raw[index] == UInt8(ascii: ":") || dot && raw[index] == UInt8(ascii: "."),
              // An hour has two figures at most and a minute is under 60 (`12.50 euros` is a price).
              let tens = digit(index + 1), tens <= 5, digit(index + 1 + width) != nil else { return nil }
        return index + 1 + 2 * width
    }
}
