/// The ad itself, printed as a line of text right under the label that announces it.
///
/// An `Advertisement`, `Sponsored` or `Реклама` label goes by the lexicon, but the ad it labels,
/// once the page is text, is a line of its own that no lexicon can know: `Open a savings account
/// in 5 minutes with Keystone Digital. T&Cs apply.`, `Bank kartangizga 5% keshbek — hoziroq ariza
/// qoldiring!`, `Кредит для бизнеса до 500 млн тенге — решение за 1 день. Подробнее`. The story
/// often resumes right under such a label too (the ad was a picture), so the label alone decides
/// nothing: the line under it goes only with a seller's shape of its own, which a story's
/// sentence lacks: a sentence closed by a short call after it (`… Keystone Digital. T&Cs apply.`,
/// `… in Cebu? Pre-selling units from P3.2M`), an exclamation, or, for a line that ends like no
/// sentence, a sentence and a fragment after it (`… без залога. Оформите онлайн за 10 минут`),
/// a discount, a price or a phone number; or an offer of three words or more closed by its button's
/// one or two words with no sentence's end after them (`Kaspi-де бөліп төлеу: 0-0-12. Толығырақ`,
/// `Kredit 0% na 12 mjeseci. Saznajte više`): the story's lines under the label end like sentences.
/// A quotation is someone speaking: the story's.
///
/// A sponsor's teaser is prose in full sentences (`Discover the new compound in Sheikh Zayed where
/// families enjoy green spaces … Units are available with an eight-year payment plan.`, `Découvrez
/// nos appartements neufs à Renens …`) with no seller's mark a story lacks; what gives it away is
/// where it sits: between the label and the ad's own button (`Learn more`, `En savoir plus`,
/// `Подробнее`: one to three words the lexicon knows for a call, or opening with a call's verb).
/// A story's paragraph under the label has the next paragraph or a subheading under it, whose
/// words are the story's, not a call.
extension BoilerplateClassifier {
    /// Marks the ads under an advertisement label, and the call of one or two words right under the
    /// ad (of up to three when it is what told the ad, `hasCallButton`).
    func markAdCreatives(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>) {
        guard let advertisement = advertisementCategory else { return }
        var previous: Int?
        for index in lines.indices where !lines[index].blank {
            defer { previous = index }
            guard let label = previous, lines[label].removed, lines[label].lexiconCategory == advertisement, lines[label].words <= 4 else { continue }
            let line = lines[index]
            // A teaser's prose over its button may run to two sentences of sixty words.
            let button = hasCallButton(lines, under: index)
            // An ad another rule took already (a phone's call, `Dial *140# now`) still has its
            // button under it (`Get it`), which no rule of its own would take. Only a call's
            // button, though: what another rule took under the label may be a pitch of the site's
            // own or a photo's caption, with the story's subheading under it (`The comeback`).
            guard !line.storysOwn, line.words >= 4, line.words <= (button ? 60 : 30), line.reporting == 0 else { continue }
            let raw = line.trimmedText(in: bytes)
            guard !Self.containsQuotationMark(raw) else { continue }
            // A line that ends like no sentence may carry a longer fragment after its sentence.
            // The last sentence end measured once, weighed with two pairs of limits.
            let call = Self.lastCall(in: raw)
            let sells = call.map { $0.after <= (line.terminal ? 4 : 8) && $0.before >= 5 } == true || Self.holdsExclamation(raw)
                || (!line.terminal && call.map { $0.after <= 2 && $0.before >= 3 } == true)
                || (!line.terminal && line.words >= 8 && (Self.hasSellerMarks(raw) || Self.hasPrice(raw, currency: line.currency)))
                || (!line.terminal && line.words >= 6 && Self.opensWithBrand(raw))
                || (!line.terminal && line.words >= 8 && Self.closesOnDashedCall(raw))
            guard sells || button && !line.removed else { continue }
            lines[index].removal = lines[index].removal ?? .rule(.adCreative)
            // `Learn more`, `Подробнее` on the next line: the ad's button (`En savoir plus`: three
            // words with a call's entry, `J'en profite`). The next line with text: on a page with blank lines
            // between its blocks, the button is two lines down (`J'en profite`, `Buy now`).
            let next = nextNonBlank(lines, after: index) ?? lines.count
            if button || next < lines.count && !lines[next].removed && !lines[next].storysOwn
                && (!line.removed && isShortButton(lines, next, bytes: bytes) || isCallButton(lines[next])) {
                lines[next].removal = lines[next].removal ?? .rule(.adCreative)
            }
        }
    }

    /// Whether `raw` holds an exclamation mark, ASCII or the full-width `！` of Chinese and Japanese
    /// (U+FF01) that an ad cheers with (`…首刷礼！立即申请`).
    static func holdsExclamation(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        raw.indices.contains { raw[$0] == UInt8(ascii: "!") || raw[$0] == 0xEF && $0 + 2 < raw.count && raw[$0 + 1] == 0xBC && raw[$0 + 2] == 0x81 }
    }

    /// Whether `raw` opens with a brand's name as an ad prints it before its offer: one to three
    /// words, the first opening on a capital, then a colon (after a space too, as French sets it)
    /// or a spaced dash, then four words or more (`Orange Money : envoyez de l'argent sans frais ce
    /// week-end`, `BANQUE DU LEVANT - Ouvrez votre compte …`, `MTN MoMo: ohereza amafaranga …`).
    /// Under an ad's label and ending on no sentence's end, that is the ad: the story's paragraph
    /// under the label ends like a sentence, and its subheading has no label before a colon.
    static func opensWithBrand(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = raw.first, isUpperASCII(first) || opensWithCaselessLetter(raw) || opensWithForeignCapital(raw) else { return false }
        if opensWithStripLabel(raw) { return true }
        // A spaced hyphen, en dash or em dash within the first three words (of up to four bytes a
        // letter: the loop stops at the fourth space).
        var spaces = 0
        for index in 0..<min(raw.count, 160) where raw[index] == 0x20 {
            spaces += 1
            guard spaces <= 3, index + 2 < raw.count else { return false }
            // The words after the dash and its space: a hyphen is one byte, an en or em dash three.
            let after = raw[index + 1] == UInt8(ascii: "-") && raw[index + 2] == 0x20 ? index + 3
                : isLongDash(raw, at: index + 1) && index + 4 < raw.count && raw[index + 4] == 0x20 ? index + 5 : nil
            if let after { return after < raw.count && raw[after...].split(separator: 0x20).count >= 4 }
        }
        return false
    }

    /// Whether `raw` opens with a letter of a script whose names show no capital: past Latin,
    /// Greek, Cyrillic and Armenian (a lead byte of `0xD7` or more), Hebrew, Arabic, Devanagari,
    /// Georgian (whose capitals, Mtavruli, running text never uses). There a brand's name before
    /// its colon or dash (`მაგთი — …`, `एनसेल: …`) has no capital to tell it, and its absence tells
    /// nothing; the label's shape still has to follow.
    static func opensWithCaselessLetter(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lead = raw.first, lead >= 0xD7, lead < 0xF0, let first = LineNormalizer.multiByteScalar(raw, at: 0) else { return false }
        return first.scalar.properties.isAlphabetic
    }

    /// Whether `raw` opens with a capital past ASCII: Cyrillic (`ГэрНет — …`), Greek, or a Latin
    /// capital with a mark (`Ġelat …`, `Ħanut …`, `Łódzki …`). A brand's name is as capitalized
    /// in those scripts as in English; asked only of a line whose first byte opens a two-byte
    /// character.
    static func opensWithForeignCapital(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lead = raw.first, lead >= 0xC3, lead < 0xE0, let first = LineNormalizer.multiByteScalar(raw, at: 0) else { return false }
        return first.scalar.properties.isUppercase
    }

    /// Whether the kept line at `index`, right under an ad, is the ad's button by its shape: one or
    /// two words with no sentence's end, not over a list's lead (``headsStory(_:_:bytes:)``); or
    /// three such words over the story's subheading (a short line with no sentence's end, then
    /// text): a subheading stands over a paragraph, not over another subheading, so the first of
    /// two such lines under the ad is its button (`ئێستا داوا بکە` over `قۆناغەکانی پڕۆژەکە`).
    private func isShortButton(_ lines: [LineFeatures], _ index: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let line = lines[index]
        guard line.words >= 1, line.words <= 3, !line.terminal, !headsStory(lines, index, bytes: bytes) else { return false }
        if line.words <= 2 { return true }
        guard let next = nextNonBlank(lines, after: index), !lines[next].removed else { return false }
        let heading = lines[next]
        return heading.words >= 1 && heading.words <= 6 && !heading.terminal && !heading.storysOwn
            && nextNonBlank(lines, after: next).map { lines[$0].words > heading.words } == true
    }

    /// Whether `raw` closes on an ad's call after a spaced dash: a hyphen, en dash or em dash, then
    /// two to five words (`Najdobrite ponudi … – rezerviraj sega`, `Kredi … 3.9% – apliko sot në
    /// çdo degë`). Asked of a line of eight words or more that ends like no sentence, under an ad's
    /// label: a story's subheading with a dash is shorter (`Le maire Ngoh — trois questions clés`),
    /// and its paragraphs end like sentences.
    static func closesOnDashedCall(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var wordsAfter = 0
        var index = raw.count - 1
        while index > 0 {
            if raw[index] == 0x20 {
                let dash = raw[index - 1] == UInt8(ascii: "-") ? index - 1 : index >= 3 && isLongDash(raw, at: index - 3) ? index - 3 : nil
                if let dash, dash > 0, raw[dash - 1] == 0x20 { return (2...5).contains(wordsAfter + 1) }
                wordsAfter += 1
                guard wordsAfter < 5 else { return false }
            }
            index -= 1
        }
        return false
    }

    /// Whether the short line at `index` under an ad heads a part of the story rather than being
    /// the ad's button: the next line with text is kept and leads into a list (three words or more
    /// ending on a colon, `Idamu lizohlinzeka ngamanzi ezigabeni ezilandelayo:`). The story may
    /// resume with a paragraph under a button (`Learn more`, `Prøv nu`), so a paragraph tells
    /// nothing; a list's lead comes under a subheading, not under a button.
    private func headsStory(_ lines: [LineFeatures], _ index: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let next = nextNonBlank(lines, after: index), !lines[next].removed else { return false }
        return lines[next].words >= 3 && !lines[next].protected && endsWithColon(lines[next], bytes: bytes)
    }

    /// Whether the line right under `index` is an ad's call button under prose: the line at `index`
    /// ends like a sentence, eight words or more, and the next line is a call's button
    /// (``isCallButton(_:)``, kept or already removed).
    private func hasCallButton(_ lines: [LineFeatures], under index: Int) -> Bool {
        let next = nextNonBlank(lines, after: index) ?? lines.count
        guard lines[index].terminal, lines[index].words >= 8, next < lines.count else { return false }
        return isCallButton(lines[next])
    }

    /// A call's button under a pitch or an ad (`Learn more`, `Join now`, `Únete al canal`): one to
    /// three words, no sentence's end, a call's lexicon entry or a call's verb first, none of the
    /// story's own lines; four words when the call's verb opens them (`Click here to join`).
    /// (A blank line has no words.)
    func isCallButton(_ line: LineFeatures) -> Bool {
        !line.storysOwn && line.words >= 1 && line.words <= (line.imperativeOpening ? 4 : 3) && !line.terminal
            && (line.lexiconScore > 0 || line.imperativeOpening)
    }
}
