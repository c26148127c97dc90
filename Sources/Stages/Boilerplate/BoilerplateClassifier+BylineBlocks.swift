/// The article's own byline block, under the `remove` convention.
///
/// Gold sets and users differ on the head's metadata: some read the byline, the writer's role, the
/// published and updated stamps and a reading time as the story's, others as the site's. The stage
/// tells these lines apart either way (a byline, `byline`; a date line, `dateLike`; the role between
/// a name and the date, `authorRole`), and under `keep` those flags protect them from the rules that
/// go by shape. Under `remove` the same recognition takes them: the block under the title (past a
/// standfirst of a line or two) or right over it, from its first byline or date line to its first
/// kept line that is neither, across the chrome between (a share row), and a writer's sign-off or
/// address at the story's foot with a date line beside it. A dateline opening the lead
/// (`KIGALI —`) is part of its paragraph, and a story's sentence naming a person, a table's row or a
/// subheading is none of these, so they stay.
extension BoilerplateClassifier {
    /// The lexicon's categories of a reading time and a counter of reads (`4 min read`, `Views:
    /// 2,341`), which sit on or beside the byline's lines.
    static let counterCategories: Set<String> = ["reading-time", "reading-time-line", "counter"]

    /// The most kept lines between the title and the byline block: a standfirst of one or two lines.
    static let linesOverBylineBlock = 2

    /// Removes the byline block under or over the title, and a sign-off at the story's foot.
    func removeBylineBlocks(_ lines: inout [LineFeatures], nonBlank: [Int], title: Int?, bytes: UnsafeBufferPointer<UInt8>) {
        guard let title else { return }
        // Right over the title: its lines touching it, no chrome between (above that lies the page's head).
        var position = title - 1
        var aboveFound = false
        while position >= 0, let part = bylineBlockPart(lines[nonBlank[position]], inBlock: aboveFound, adjacent: true, bytes: bytes) {
            lines[nonBlank[position]].removal = .rule(part)
            aboveFound = true
            position -= 1
        }
        // Under it, past the standfirst, across the chrome inside the block (a share row).
        position = title + 1
        var over = 0
        var found = false
        var adjacent = true
        while position < nonBlank.count {
            let index = nonBlank[position]
            position += 1
            // A byline or date line another rule took already (`Redacción · Vigo`, `14/02/2025 ·
            // 07:45 h`) is the block's all the same: the update stamp under it joins it.
            if lines[index].removed {
                let part = lines[index].byline || lines[index].dateLike
                found = found || part
                adjacent = part
                continue
            }
            if let part = bylineBlockPart(lines[index], inBlock: found, adjacent: adjacent, bytes: bytes) {
                lines[index].removal = .rule(part)
                found = true
                adjacent = true
            } else if found {
                break
            } else {
                over += 1
                adjacent = true
                if over > Self.linesOverBylineBlock { break }
            }
        }
        // The foot, under the story's last paragraph: a sign-off after a dash or the writer's
        // address, with a date line beside it. (A live blog's posts are signed the same way
        // inside the story, and stay.)
        guard let lastParagraph = nonBlank.lastIndex(where: { lines[$0].anchor && !lines[$0].removed }) else { return }
        for position in max(position, lastParagraph + 1)..<max(position, lastParagraph + 1, nonBlank.count) {
            let line = lines[nonBlank[position]]
            guard !line.removed, line.byline, !line.sentenceLike,
                  Self.opensWithDash(line, bytes: bytes) && Self.isLetter(bytes[line.trimmedEnd - 1] | 0x20) || line.urls > 0 else { continue }
            lines[nonBlank[position]].removal = .rule(.byline)
            for neighbour in [position - 1, position + 1] where nonBlank.indices.contains(neighbour) {
                if bylineBlockPart(lines[nonBlank[neighbour]], inBlock: true, adjacent: true, bytes: bytes) == .bylineDate {
                    lines[nonBlank[neighbour]].removal = .rule(.bylineDate)
                }
            }
        }
    }

    /// What `line` is in a byline block: the byline, the writer's role, a date line or a counter.
    ///
    /// A date line opens a block only when its words are mostly figures (`Yeni tarife 1 Aralık'tan
    /// itibaren geçerli olacak`, a standfirst naming a date, is none); inside one, a date line of
    /// any wording is (`Mis à jour le 3 mars 2026 à 14h05`). A role or a counter joins only a block
    /// a byline or a date line has opened (`Phase 2` under a standfirst is a subheading), and a
    /// counter the lexicon does not know (`4 mins to read`: one figure among four words at most)
    /// only right under the block's last line, with no chrome between. So does an update stamp
    /// that gives only its clock under a label no month names (`Updated: 10:05`, `آخری اپ ڈیٹ: صبح
    /// 11:05`, `යාවත්කාලීන කළේ: පෙ.ව. 10:05`, `Posodobljeno ob 12.05`): two or three figures among
    /// six words at most, a clock's colon or dot between two of them.
    func bylineBlockPart(_ line: LineFeatures, inBlock: Bool, adjacent: Bool, bytes: UnsafeBufferPointer<UInt8>) -> LineFeatures.Rule? {
        // A date line half of figures is no sentence, though it closes on a dot (the Thai clock's `น.`).
        guard !line.blank, !line.removed, !line.protected, !line.tableRow, !line.title,
              !line.sentenceLike || line.dateLike && line.numericWords * 2 >= line.words else { return nil }
        // A role in capitals right over the date reads as a name too (`Senior Harbour Reporter`):
        // under the name, it is the role.
        if line.authorRole && inBlock && line.words <= 6 && !line.terminal { return .bylineRole }
        if line.byline { return .byline }
        if line.dateLike && line.words <= 18 && (inBlock || line.numericWords * 3 >= line.words) { return .bylineDate }
        // A name and the date after one spaced separator, the byline and its date on one line
        // (`Gan Lowri Mair Evans | 2 Rhagfyr 2024`, `Antón Vilariño · 3 de marzo de 2025`): a date
        // written with words (`de`, a four-word name) has fewer figures than a date line alone.
        if (line.dateLike || line.uncasedWordDate) && line.separators == 1 && line.words <= 10 && adjacent && !line.terminal { return .bylineDate }
        // A month no list knows, in a script without capitals, between a day and a year: the
        // block's date line in its place, under the byline or alone (`18 نومبر 2024`), or after
        // the byline on its line (`رپورٹ: مریم جاوید | 22 نومبر 2024`).
        if line.uncasedWordDate && (inBlock && adjacent || line.numericWords * 3 >= line.words) { return .bylineDate }
        guard inBlock, line.words <= 6, !line.terminal else { return nil }
        if line.numericWords >= 1 && line.lexiconCategory.map({ blockCounterCategories[$0] }) == true { return .bylineCounter }
        if adjacent && line.numericWords == 1 && line.words <= 4 && !line.dateLike { return .bylineCounter }
        if adjacent && (2...3).contains(line.numericWords) && Self.holdsClock(line.trimmedText(in: bytes)) { return .bylineDate }
        return nil
    }

    /// Whether `raw` holds a clock: one or two digits, a colon and two digits, no digit around them.
    /// The dot many languages write a clock with (`12.05`: Slovenian, German, the Nordic languages)
    /// counts too where no other dot joins the figures to more (`12.03.2025` is a date).
    static func holdsClock(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        let dot = UInt8(ascii: ".")
        var index = 1
        while index + 2 < raw.count {
            let mark = raw[index]
            if mark == UInt8(ascii: ":") || mark == dot, isDigit(raw[index - 1]) && isDigit(raw[index + 1]) && isDigit(raw[index + 2])
                && (index + 3 == raw.count || !isDigit(raw[index + 3]))
                && (index < 3 || !isDigit(raw[index - 3])) {
                let hour = index >= 2 && isDigit(raw[index - 2]) ? index - 2 : index - 1
                if mark != dot || (index + 3 == raw.count || raw[index + 3] != dot) && (hour == 0 || raw[hour - 1] != dot) { return true }
            }
            index += 1
        }
        return false
    }
}
