// An office written in capitals with a place's name before its title, its holder's name in
// apposition: `The Lagos State Governor, Adewale Ogunbiyi, said`, `The Kyrgyz President, Sadyr
// Japarov, said`. Nigerian, Ghanaian, Kenyan and South Asian dailies write offices so; the capitals
// run the place and the title into one name, which is the office's and not its holder's.

extension SpeakerAttributor {
    /// The person named in the first appositive after a head opened by `The` whose name run ends
    /// in a title (`The Lagos State Governor`), when the appositive is one person's name alone.
    func officeHolderInApposition(_ tokens: [QuoteToken], _ head: Range<Int>, _ appositives: [Range<Int>], gender: SpeakerGender) -> SpeakerCandidate? {
        guard let appositive = appositives.first, let first = head.first(where: { tokens[$0].isWord }), tokens[first].lowerIs("the"),
              tokens[appositive.lowerBound].runStart == Int32(appositive.lowerBound), Int(tokens[appositive.lowerBound].runEnd) == appositive.upperBound,
              let candidate = nameCandidate(tokens, appositive, gender: gender), candidate.kind == .person else { return nil }
        return candidate
    }
}

extension SpeakerAttributor {
    /// Whether `run` is, or ends in, the seat or brief of a role in a definite appositive, after
    /// the role's `for` or `of` and closing the appositive: `, the Labour MP for Bolton West,`,
    /// `, the Sinn Féin TD for Galway West.` The holder is the name before the appositive.
    func isSeatOfRole(_ run: Range<Int>, _ tokens: [QuoteToken], matches: (Int) -> Bool) -> Bool {
        guard run.lowerBound >= 3, run.upperBound == tokens.count || tokens[run.upperBound].isPunctuation(",") || tokens[run.upperBound].isPunctuation("."),
              let link = ((run.lowerBound - 1)..<(run.upperBound - 1)).first(where: {
                  tokens[$0].isWord && Self.officeLinks.contains(tokens[$0].lower) && $0 >= 3 && matches($0 - 1)
              }) else { return false }
        // The appositive opens with `, the`, a few words before the role.
        return ((max(1, link - 7))..<(link - 1)).contains { tokens[$0].lowerIs("the") && tokens[$0 - 1].isPunctuation(",") }
    }

    /// `The Commissioner for the Environment, Mrs Funmilayo Adeyemi,`, `The Minister of State for
    /// Health, X,`: the name `run` heads no appositive itself but follows an office written out
    /// with its brief (a link word, `for`, `of`, `on`, `to`, and a few capitalized words or
    /// `the`), closed by a comma; `matches` asks whether the token before the link is the role.
    func officeWithBriefBefore(_ run: Range<Int>, _ tokens: [QuoteToken], matches: (Int) -> Bool) -> Bool {
        guard run.lowerBound > 3, tokens[run.lowerBound - 1].isPunctuation(","), run.upperBound < tokens.count,
              tokens[run.upperBound].isPunctuation(",") || tokens[run.upperBound].isPunctuation(".") else { return false }
        var j = run.lowerBound - 2
        while j > max(0, run.lowerBound - 12) {
            let token = tokens[j]
            // (`The Minister of Water and Sanitation, X,`: an `and` between capitalized words of the brief.)
            let joining = token.lowerIs("and") && tokens[j - 1].isCapitalized && tokens[j + 1].isCapitalized
            // (`The chairman of the Kenya Farmers Association in the North Rift, X,`: the region a
            // body's branch serves, `in` and a capitalized place, is still the office's brief.)
            let region = token.lowerIs("in") && tokens[j - 1].isCapitalized && tokens[j + 1].isWord && (tokens[j + 1].isCapitalized || tokens[j + 1].lowerIs("the"))
            guard token.isWord, token.isCapitalized || token.lowerIs("the") || Self.officeLinks.contains(token.lower) || joining || region else { return false }
            // `The Minister of State for Finance, X,`: the brief may hold a link of its own, so a
            // link whose word before is no role leaves the walk going.
            if Self.officeLinks.contains(token.lower), j < run.lowerBound - 2, matches(j - 1) { return true }
            j -= 1
        }
        return false
    }
}

// An office named by its title, `of the` and its body, the holder's name right after with no
// comma: `Chairman of the Cabinet Adylbek Kasymaliev`, `Secretary of the Security Council Sergei
// Shoigu`, `Head of the Presidential Administration Andriy Yermak`. Central Asian, Russian and
// Ukrainian English-language outlets and wires translating them write offices so; the body's
// name ends at its last organisation word (`Council`, `Bank`, `Administration`), or, with none,
// leaves two words for the holder.

extension SpeakerAttributor {
    /// For `rest`, the words after a title in a name run, when they open with `of the`: the
    /// holder's name (empty when the run is the office alone, `the Governor of the Central Bank`),
    /// or nil when the split is unsure (one word left after the body, or more than three).
    func officeOfTheHolder(_ tokens: [QuoteToken], _ rest: Range<Int>) -> Range<Int>? {
        guard rest.count >= 3, tokens[rest.lowerBound].lowerIs("of"), tokens[rest.lowerBound + 1].lowerIs("the") else { return nil }
        let body = rest.lowerBound + 2
        var holder: Int
        if let lastOrganisation = (body..<rest.upperBound).last(where: { tokens[$0].has(.organisation) }) {
            holder = lastOrganisation + 1
            // `the Central Bank of Nigeria Olayemi Cardoso`: the body's place after its own `of`.
            if holder + 1 < rest.upperBound, tokens[holder].lowerIs("of"), tokens[holder + 1].isCapitalized { holder += 2 }
        } else {
            // No organisation word: a body of one or two words is the office alone (`the Minister of
            // the Interior`); before a holder, the last two words are the holder's.
            holder = rest.upperBound - 2 > body ? rest.upperBound - 2 : rest.upperBound
        }
        guard holder == rest.upperBound || (2...3).contains(rest.upperBound - holder) else { return nil }
        guard (holder..<rest.upperBound).allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized }) else { return nil }
        return holder..<rest.upperBound
    }
}

extension SpeakerAttributor {
    /// The person whose name alone stands in apposition right after an office's name `run`
    /// (`The Minister of State for Finance, Doris Uzoka-Anite, met …`), closed by a comma.
    func holderInApposition(_ tokens: [QuoteToken], after run: Range<Int>, _ sentence: Range<Int>) -> SpeakerCandidate? {
        let name = run.upperBound + 1
        guard name < sentence.upperBound, tokens[run.upperBound].isPunctuation(","), tokens[name].runStart == Int32(name) else { return nil }
        let end = Int(tokens[name].runEnd)
        guard end < sentence.upperBound, tokens[end].isPunctuation(","),
              let candidate = nameCandidate(tokens, name..<end, gender: .unknown), candidate.kind == .person else { return nil }
        return candidate
    }
}
