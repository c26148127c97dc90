/// Lines of the story's head and body that speak of the outlet itself.
///
/// A photo's credit the outlet gives itself stands alone under its caption, a label and the name
/// (`Argazkia: Urgull Albisteak`), the name maybe short of its place.
///
/// A photo's caption closes on the outlet's own credit (`(Mashonaland Mirror photo)`, `- Foto
/// Correo del Altiplano`, `ছবি: চট্টগ্রাম দর্পণ`): the caption's words are the photo's, and the
/// line ends on the outlet's squeezed name, a word of credit after it at most, and on no
/// sentence's end. A byline's role line names the outlet (`Lakeshore Ledger staff reporter`,
/// `Special to the …`, `Corresponsal del … en El Alto`) right under the byline's name: the name
/// is the story's, the role naming the outlet is the site's. A story's sentence naming the outlet
/// (`…, the Mirror's editor told reporters.`) ends on its full stop, and a byline that is the role
/// alone (`Staff reporter, …` with no name above it) stays: only a line right under a byline goes;
/// so does the author's e-mail address under the name, on the outlet's domain.
///
/// The print edition's imprint closes the story online: a line naming the outlet and a date, and
/// no sentence (`Published in The … Mail, March 14th, 2026`, `Paru dans Le Courrier du Lac le 14
/// mars 2026`). Its date made it a date line, which the span's end leaves alone. It is the page's
/// last kept line, right under the story's last sentence; a date line naming the outlet in the
/// story's head has the story under it, and a story's sentence naming both ends on its full stop.
extension BoilerplateClassifier {
    /// Removes a caption closed by the outlet's own credit, and a role line naming the outlet under
    /// the byline, from the title down.
    func outletCredits(_ lines: inout [LineFeatures], nonBlank: [Int], title: Int?, bytes: UnsafeBufferPointer<UInt8>,
                       normalized: [UInt8], outlet: OutletContext) {
        guard let title, !outlet.squeezedName.isEmpty || !outlet.squeezedAlias.isEmpty else { return }
        // The shorter name bounds the cheap gate on the line's length.
        let shortest = [outlet.squeezedName, outlet.squeezedAlias].filter { !$0.isEmpty }.map(\.count).min() ?? 0
        let lastKept = nonBlank.lastIndex(where: { !lines[$0].removed })
        for position in (title + 1)..<nonBlank.count {
            let line = lines[nonBlank[position]]
            if line.words >= 2 && line.words <= 6 && !line.removed && !line.terminal && !line.storysOwn,
               creditsItself(line, bytes: bytes, normalized: normalized, outlet: outlet) {
                lines[nonBlank[position]].removal = .rule(.outletCredit)
                continue
            }
            // Cheap gates first: a caption or a role line is short and ends on no full stop.
            guard !line.removed, !line.protected, !line.tableRow, !line.terminal, line.words >= 1, line.words <= 40,
                  !line.normalizedRange.isEmpty, line.normalizedRange.count > shortest else { continue }
            // Under the byline, or under the author's name alone in capitals (`Tendai Moyo`), which
            // the role line under it makes a byline.
            let above = lines[nonBlank[position - 1]]
            let underByline = line.words <= 10 && position - 1 > title
                && (above.byline || above.nameInCapitals)
            let (named, endsOnName) = Self.withoutSpaces(normalized, line.normalizedRange) { squeezed -> (Bool, Bool) in
                var found = (false, false)
                func look(for name: [UInt8]) {
                    guard !name.isEmpty, squeezed.count > name.count, contains(squeezed, name) else { return }
                    found = (true, found.1 || closesOnName(squeezed, name))
                }
                look(for: outlet.squeezedName)
                look(for: outlet.squeezedAlias)
                return found
            }
            // The author's e-mail address under the name names the outlet's domain: it is the byline's.
            guard named, !line.trimmedText(in: bytes).contains(0x40) else { continue }
            if position == lastKept && line.dateLike && line.words <= 14 && !line.byline,
               let story = nonBlank[(title + 1)..<position].last(where: { !lines[$0].removed }), lines[story].terminal {
                lines[nonBlank[position]].removal = .rule(.outletImprint)
                continue
            }
            // Either line may be headline-shaped (a headline's capitals, no full stop): it is no
            // title below the page's title, so the title's guard in `remove` is not asked.
            if underByline {
                lines[nonBlank[position]].removal = .rule(.outletRole)
            } else if endsOnName && line.words >= 4 && !line.byline && !line.dateLike && line.reporting == 0
                        && !overDate(lines, nonBlank: nonBlank, position: position) {
                lines[nonBlank[position]].removal = .rule(.outletCredit)
            }
        }
    }

    /// Whether the line is a photo's credit the outlet gives itself alone on its line: one word and
    /// a colon, then the outlet's name and nothing more (`Argazkia: Urgull Albisteak`, `وێنە: …`), in
    /// any language, as the label's word need not be known. The page may print its name short of
    /// the place it carries (`ഫോട്ടോ: വാർത്താവേള` for `കൊച്ചി വാർത്താവേള`): the name's first or last
    /// half or more will do. A story's line is no label and a name alone.
    private func creditsItself(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>, normalized: [UInt8], outlet: OutletContext) -> Bool {
        let text = line.trimmedText(in: bytes)
        guard let space = text.firstIndex(of: 0x20), space >= 3, text[space - 1] == UInt8(ascii: ":"),
              !text[..<(space - 1)].contains(UInt8(ascii: ":")),
              let wordEnd = normalized[line.normalizedRange].firstIndex(of: 0x20) else { return false }
        return Self.withoutSpaces(normalized, (wordEnd + 1)..<line.normalizedRange.upperBound) { rest in
            rest.count >= 4 && outlet.eitherName { name in
                rest.count * 2 >= name.count && rest.count <= name.count
                    && (name.starts(with: rest) || name.reversed().starts(with: rest.reversed()))
            }
        }
    }

    /// Whether a line that is no sentence ends on the outlet's own credit: its squeezed text is
    /// longer than the outlet's squeezed name and closes on it, a credit word's length after it at
    /// most (`… ছবি: চট্টগ্রাম দর্পণ`, `… (Mashonaland Mirror photo)`). The title's search skips such
    /// a line: a caption under the head, not the headline.
    func endsOnOutletCredit(_ line: LineFeatures, normalized: [UInt8], outlet: OutletContext) -> Bool {
        guard !outlet.squeezedName.isEmpty || !outlet.squeezedAlias.isEmpty, !line.terminal, line.words >= 4,
              !line.normalizedRange.isEmpty else { return false }
        return Self.withoutSpaces(normalized, line.normalizedRange) { squeezed in outlet.eitherName { closesOnName(squeezed, $0) } }
    }

    /// Whether the squeezed line is longer than the outlet's squeezed name and holds it within a
    /// credit word's length of its end (`… photo`, `… foto`): the one test of both rules above.
    private func closesOnName(_ squeezed: UnsafeBufferPointer<UInt8>, _ name: [UInt8]) -> Bool {
        guard squeezed.count > name.count else { return false }
        return contains(UnsafeBufferPointer(rebasing: squeezed[max(0, squeezed.count - name.count - 6)...]), name)
    }

    /// Whether the line right below `position` is a date line: a line naming the outlet over the
    /// story's date is a byline's role (`নিজস্ব প্রতিবেদক, চট্টগ্রাম দর্পণ`, staff reporter), which
    /// stays with no name above it; a caption sits over the lead, not over the date.
    private func overDate(_ lines: [LineFeatures], nonBlank: [Int], position: Int) -> Bool {
        position + 1 < nonBlank.count && lines[nonBlank[position + 1]].dateLike
    }
}
