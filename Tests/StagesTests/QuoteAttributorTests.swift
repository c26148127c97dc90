import Foundation
import Testing
import Pipeline
import PipelineTesting
@testable import Stages

@Suite("QuoteAttributor")
struct QuoteAttributorTests {
    static let stage = try! QuoteAttributor(options: .init())

    @Test("every composed passage: each quotation found with its speaker", arguments: QuoteGold.passages("passages.txt"))
    func passage(_ passage: GoldPassage) {
        let predicted = Self.stage.quotes(in: passage.text, sentences: nil, names: nil)
        #expect(predicted.map { QuoteGold.normalizedQuote($0.quote) } == passage.quotes.map { QuoteGold.normalizedQuote($0.quote) })
        for (gold, found) in zip(passage.quotes, predicted) {
            #expect(QuoteGold.speakersMatch(gold.speaker, found.speaker), "\"\(gold.quote)\": expected \(gold.speaker ?? "nil"), got \(found.speaker ?? "nil")")
        }
    }

    @Test("the scorer takes a shorter form of the same name, and nothing else", arguments: [
        ("Ryskeldi Mombekov", "Mombekov", true), ("Ryskeldi Mombekov", "Ryskeldi", true), ("Timur", "Timur Nurgaliev", true),
        ("the interior minister", "The Interior Minister", true), ("Arsen Hakobyan", "Lusine Hakobyan", false),
        ("international observers", "observers", false), ("Arsen Hakobyan", "Hakobyan family", false), ("Aida", nil, false),
    ] as [(String, String?, Bool)])
    func scorer(_ gold: String, _ predicted: String?, _ same: Bool) {
        #expect(QuoteGold.speakersMatch(gold, predicted) == same)
    }

    @Test("composed passages are at least 40")
    func enoughPassages() {
        #expect(QuoteGold.passages("passages.txt").count >= 40)
    }

    @Test("seed articles: detection F1 and speaker accuracy")
    func seeds() {
        let seeds = QuoteGold.seeds()
        #expect(seeds.count == 5)
        #expect(seeds.allSatisfy { !$0.text.isEmpty })
        let score = QuoteGold.score(seeds, stage: Self.stage)
        print("quotes seeds: \(score)")
        for miss in score.misses { print("  \(miss)") }
        #expect(score.f1 >= 0.97)
        #expect(score.speakerAccuracy >= 0.9)
    }

    @Test("composed passages: detection F1 and speaker accuracy")
    func passageScores() {
        let score = QuoteGold.score(QuoteGold.passages("passages.txt"), stage: Self.stage)
        print("quotes passages: \(score)")
        for miss in score.misses { print("  \(miss)") }
        #expect(score.f1 >= 0.97)
        #expect(score.speakerAccuracy >= 0.9)
    }
}

/// A gold file scored as a whole: how many passages it must have and the speaker accuracy the
/// stage must keep on it (detection F1 must stay at 0.97 or more everywhere).
struct QuoteGoldSet: Sendable, CustomTestStringConvertible {
    var file: String
    var minimumPassages: Int
    var speakerFloor: Double
    var testDescription: String { file }
    /// The newest blind set, kept unseen by whoever tunes the sieves: the tests print its
    /// totals only, so that its score stays an honest estimate for unseen articles. (Sets M, N and O,
    /// each unseen for two sittings, were released to the tuners in the fourth and fifth sittings of 2026-11-21
    /// and at the start of the sitting of 2026-11-22; set P, unseen for three sittings, at the start of the
    /// eighth sitting; set Q, unseen for three sittings, at the start of the ninth, when set T was written; set R, unseen
    /// for three sittings, at the start of the tenth, when set U was written; set S, unseen for three sittings, at the
    /// start of the eleventh, when set V was written; set T, unseen for three sittings, at the start of the twelfth,
    /// when set W was written; set U, unseen for three sittings, at the start of the thirteenth, when set X was written;
    /// set V, unseen for three sittings, at the start of the fourteenth, when set Y was written; set W, unseen for three
    /// sittings, at the start of the fifteenth, when set Z was written; set X, unseen for three sittings, at the start of
    /// the sixteenth, when set AA was written.)
    var isUnseen: Bool { ["blind-y.txt", "blind-z.txt", "blind-aa.txt"].contains(file) }

    /// Each set's history is in its fixture header; the blind first scores are the honest
    /// estimate for unseen text.
    static let all: [QuoteGoldSet] = [
        // Held-out passages in eight batches, 122/139 = 0.88 at first sight; the misses were fixed.
        // 138/139 since `the Norwegian said` resolves to Martin Odegaard (gold kept as written:
        // `the Norwegian`; blind set E's writer wanted the person for `said the German`). h29's
        // gold became `A spokeswoman for the airline` when indefinite descriptions were reported
        // whole (blind set H's convention).
        // 138/139 -> 172/176 = 0.977 with batch 9 (h95-h96, two whole articles written in the fourteenth sitting's breadth
        // round: 31/37 at first sight, 34/37 after `Recorder` as a title and `the analyst` for an economist or strategist).
        // 172/176 -> 223/227 = 0.982 with batch 10 (h97-h99, three whole articles written in the fourteenth sitting's third breadth
        // round, Ukrainian, Indian business and Australian court: 48/51 at first sight, 51/51 after `cautioned` as a cue and
        // `"…," the CFO said. "…"` carried on to the officer named in full).
        // 223/227 -> 284/288 = 0.986 with batch 11 (h100-h102, three whole articles written in the fifteenth sitting's second
        // round, Irish regional health, South African water march and Russian exile trial report: 57/61 at first sight, 61/61
        // after `the TD` as a title for `X, the Sinn Féin TD for Galway West,` with the seat after `for` no holder, and an `and`
        // inside an office's brief, `The Minister of Water and Sanitation, X,` for `the minister`).
        // 284/288 -> 305/309 = 0.987 with batch 12 (h103, one whole article written in the fifteenth sitting's third round,
        // a Canadian city-hall story: 19/21 at first sight, 21/21 after a union local's number closing its name, `ATU Local 113`).
        QuoteGoldSet(file: "heldout.txt", minimumPassages: 30, speakerFloor: 0.95),
        // Blind set A, written before any rule was tuned for it: blind 108/139 = 0.777; 139/139 now
        // (the last miss, a name given after `one resident`, fell to the named-later rule).
        QuoteGoldSet(file: "blind-a.txt", minimumPassages: 80, speakerFloor: 0.99),
        // Blind set B, after A's fixes: blind 42/56 = 0.750; 56/56 now.
        QuoteGoldSet(file: "blind-b.txt", minimumPassages: 40, speakerFloor: 0.95),
        // Blind set C, after B's fixes: blind 36/50 = 0.720 (12 of 14 misses no speaker); 50/50 now.
        QuoteGoldSet(file: "blind-c.txt", minimumPassages: 40, speakerFloor: 0.95),
        // Blind set D, after C's fixes: blind 41/52 = 0.788; 49/52 now (left: `A sign on the door
        // read`, a translated passive `it is noted`, `The Kyrgyz and Tajik governments … They`).
        QuoteGoldSet(file: "blind-d.txt", minimumPassages: 40, speakerFloor: 0.94),
        // Blind set E, whole articles by a writer who never saw the stage: blind 127/163 = 0.779
        // (speakers that were not noun phrases, nulls in interviews, organisations by their short
        // form); 153/163 after structural mechanisms (a speaker validator, definite descriptions
        // resolved to the name, repeated quotations, a quotation after a sentence about someone,
        // subjects read past introductory phrases and through coordinated verbs); 156/163 after
        // relative clauses between subject and cue, `, he said` after an opening phrase, verbs of
        // judgement as cues and reported-clause subjects skipped by pronouns; 157/163 after
        // organisation names running on through `under the`; 158/163 after a quotation in an
        // opening subordinate clause no longer takes the main clause's speaker; 159/163 after
        // `said the German` is resolved like a pronoun (demonyms: a tagged list in phrase-words).
        // 160/163 = 0.982 after a headline's short quotation takes the speaker of the body quotation
        // holding its words whole.
        QuoteGoldSet(file: "blind-e.txt", minimumPassages: 30, speakerFloor: 0.98),
        // Blind set F, whole articles by a writer who never saw the stage, after E's work: blind
        // 162/198 = 0.818; 169/198 after one bug fix (`said Ms. Marchenko`, `Cllr`/`Akim` titles).
        // Left: people named after an anonymous introduction (`A boy named Maksym`), organisation
        // names cut short (`the press service`), an acronym for an organisation named earlier,
        // partial quotes whose cue is a noun (`the jury praised its "…"`). 183/198 after general
        // sieves for those: a name given after an anonymous noun (`named X`, `gave her first name,
        // X`), relative clauses between subject and cue, reflexive subjects, `the Kremlin` as a
        // thing, main-clause subjects after an opening clause, ages as definite descriptions,
        // `the spokesperson` after `a council spokesperson`, verbs of judgement as cues. 189/198
        // after organisation sieves: a ministry's modifiers must be in the name it resolves to,
        // names running on through `for the`, `called on X to "…"` as a cue, `the press service`
        // as first written in full (`of Bishkek City Hall`), an acronym for the name it followed
        // in parentheses. 191/198 after a short quotation between a determiner and a noun
        // (`Russia's "foreign agents" legislation`) is nobody's words; 192/198 after reduced
        // relative clauses (`a step lawmakers said was needed`); 193/198 after a title's place
        // (`UNICEF Representative in Kyrgyzstan Anna Kowalska`).
        QuoteGoldSet(file: "blind-f.txt", minimumPassages: 30, speakerFloor: 0.97),
        // Set G, written by the helper tuning the stage to look for failures beyond A-F (so not
        // blind): 81/105 = 0.77 at first, 104/105 after the fixes it led to (left: `the two leaders`).
        // 104/105 -> 103/105 = 0.981 after the eleventh sitting's group phrase before an organisation's
        // name (`Analysts at brokerage X`, kept whole as blind sets A, O and S write it): j05's gold
        // was relabelled by its tuner to set E's convention (`Officials at the Ministry of
        // Agriculture` as the ministry), which the later blind writers do not follow. The floor,
        // 0.98, still holds below the measured figure.
        QuoteGoldSet(file: "tuner-g.txt", minimumPassages: 49, speakerFloor: 0.98),
        // Blind set H, 30 whole articles (283 quotations) in the ordinary patterns of wire and
        // newspaper copy, by a writer who never saw the stage: blind 232/283 = 0.820 on the stage
        // before the sieves of the tuner's set G, 239/283 = 0.845 after them (still unseen);
        // 243/283 after partitive heads (`One of them, X,`) and `He declined …, saying`; 266/283
        // = 0.940 after indefinite descriptions reported whole (`a source in law enforcement`),
        // `the Olympiacos coach` resolved to the person, a pronoun through `the emergency
        // ministry` to its full name, a quotation alone after a sentence about a named person,
        // the wording of charges, names and defined terms as nobody's, and `after X's arrest, it
        // said`; 270/283 = 0.954 after a participle phrase between commas before the cue is
        // passed over whole, `the headquarters` resolves like a singular organisation noun and a
        // description cut at a cue verb's bare form (`island state`) runs on; 272/283 = 0.961
        // after `…, but described him as "…"` and `"…," citing data` inside a sentence; 275/283 =
        // 0.972 after a passive cue's agent before the quotation, `do` inside a name and `has
        // since described`. Left: organisations by an unrelated name (`the financial
        // regulator`, `the Russian company` for Rosatom), pronouns whose antecedent is only an
        // object (`invited him`), subjects inside relative clauses, roles never tied to the name
        // (`the journalist`), a description before a name (`the British magazine Decanter`).
        QuoteGoldSet(file: "blind-h.txt", minimumPassages: 30, speakerFloor: 0.97),
        // Blind set I, 30 whole articles (320 quotations, half of them world news, interviews,
        // features, an obituary, chants), by a writer who never saw the stage: blind 252/320 =
        // 0.787 on the stage at the start of this round, 258/320 = 0.806 after the round's sieves
        // tuned on H (still unseen); 266/320 = 0.831 after a one-word name is reported by its full
        // name (the scorer now also takes a given name for the full name, as sets C and D give it);
        // 267/320 = 0.834 after the passive agent, `do` in a name and `has since` (tuned on H);
        // 287/320 = 0.897 after sieves tuned on I: titles and names given (`called "…"`, `calls
        // itself`, `labelled it a`, title case) as nobody's, a cue inside a reduced relative
        // (`a measure critics say is`), answers not given to the asker (`"…?" X asked`, `he
        // agreed`), a nested quotation's closing mark, an acronym for `the group`, `in what it
        // calls`, genders learned by full name before surname; 289/320 = 0.903 after an aside
        // `, many of them …` holding an `and` before the cue; 294/320 = 0.919 after J's sieves
        // (a dotted initialism inside a name, a name in a description's modifier, a title's
        // continuation resolved as its quotation was); 295/320 = 0.922 after a term the writer
        // introduces (`known as`, `call this a`, `a phenomenon X describe as`) is nobody's;
        // 296/320 = 0.925 after headline roles resolve to the person named after them; 300/320 =
        // 0.938 after `describing` as a cue, `with X warning that` and an indefinite description
        // opening a cue's clause as the antecedent of `he`.
        // 305/320 = 0.953 after a title no longer lets a person's name run on through `of`
        // (`Detective Sergeant X of Y Police` is X), `actor` is no longer male, a given name alone
        // of someone quoted before is a pronoun's antecedent, and reporting participles
        // (`, writing that`) and `fumed` are cues.
        // 306/320 = 0.956 after the eleventh sitting's fourth round: a group whose clause ends in a noun of a crowd's voice
        // before a colon is the chanters (`the crowd … before breaking into a new chant: "…"`).
        // 306/320 -> 307/320 = 0.959 after the third breadth round's `cautioned` as a cue and `"…," the CFO said. "…"` carried on to the officer named in full (from three whole articles, batch 10 of the held-out set).
        QuoteGoldSet(file: "blind-i.txt", minimumPassages: 30, speakerFloor: 0.953),
        // Blind set J, 30 whole articles (352 quotations; wire, papers, regional, courts, sports,
        // a third about Central Asia, Russia, Ukraine and the Caucasus), by a writer who never saw
        // the stage, asked for the ordinary proportions of published news rather than puzzles:
        // blind detection F1 0.999, speakers 310/352 = 0.881 on the stage at the start of this round;
        // 312/352 = 0.886 after the round's sieves fitted to I, still unseen; then tuned on:
        // 320/352 = 0.909 (`the U.S. State Department`, `testified`, an ampersand and an office's
        // list of domains inside a name, `Chambers`, `someone in the public gallery`, a year after
        // a description); 323/352 = 0.918 after a term the writer introduces is nobody's;
        // 325/352 = 0.923 after `the teenager` stands for the person just named; 326/352 = 0.926
        // after an office's word before a title (`Parliament Speaker X`) no longer makes X a body.
        // 331/352 = 0.940 after `with X warning that`, a headline's short quotation found whole in the
        // body, `One juror, …, told reporters` as the antecedent of `she` and `what it calls "…" — a …`.
        // 332/352 = 0.943 after `One of his neighbors, …, said` as one person for `she`.
        // 333/352 = 0.946 after the eleventh sitting's third round: words a body quotation quotes inside
        // its own marks (a song's title) are no source for a quotation of the same words (tuned on P).
        // 333/352 -> 334/352 = 0.949 after the twelfth sitting's one-word subject after `what` (`over what officials called "…"`) (tuned on T and composed passages): `against what officials call the "…"`, not `require shop signs`.
        // 334/352 -> 336/352 = 0.955 after the twelfth sitting's breadth round (composed passages only, in many styles: a role-named object after a verb, an office of a place, `who did not want to be named`, a person's dotted initials, a speaker named in the next sentence, `said a U.S. official`, a cue's base form inside a noun compound or after a possessive, a live blog's stamp without a dash, the main clause after an opening cue, `Like`, agent nouns ending role words): `told analysts on a conference call that` no longer makes `call` a cue.
        QuoteGoldSet(file: "blind-j.txt", minimumPassages: 30, speakerFloor: 0.945),
        // Blind set K, 30 whole articles (339 quotations, the same brief as J), by a writer who
        // never saw the stage: detection F1 0.982 (P 1.000, R 0.965), speakers 278/327 = 0.850 on
        // main at a43c57a; 280/327 = 0.856 after the sieves fitted to J, still unseen; then tuned
        // on: 284/327 = 0.869 (an adverb of time or `began` between subject and cue, a name's
        // final initial keeping its full stop); 286/327 = 0.875 after `on` and a name after a
        // common head (`one user on VKontakte`) as an affiliation; 289/327 = 0.884 after headlines
        // and datelines stopped naming speakers (a title-case headline is no antecedent, a
        // headline's comma joins clauses, `Saudi minister warns` is the minister named after it);
        // 291/327 = 0.890 after `the woman` is the person named just before or in her description;
        // 293/327 = 0.896 after `Parliament Speaker Shalva Papuashvili` is a person for `he`;
        // 294/327 = 0.899 after a `Q:`/`A:` interview's headline quotation and answers are the
        // interviewee's (the first person its introduction names); 294/327 = 0.899 after a
        // definite description resolved to the subject of the sentence that has its noun;
        // 296/327 = 0.905 after `the club` as the name with a plural verb in such a sentence;
        // 297/327 = 0.908 after the structural sieves fitted to N (an aged indefinite description
        // as a person for `he`).
        // 299/327 = 0.914 after a one-word nickname quoted inside a name (`Oleksandra "Sasha"
        // Melnyk`) joins the name, without it. 297/327 = 0.908 after `my husband` in an
        // interview's answer became the interviewee's husband: this gold keeps `My husband` as
        // written where N (`Aigerim Seitkali's mother`, `Gwen Harada's daughter`) and O (`her son`,
        // `the columnist's grandmother`) name the narrator; the two quotations are lost here, two
        // are won on N. 298/327 = 0.911 after `the group` finds the name in apposition after its
        // noun (`a pro-war activist group, Sorok Sorokov,`).
        QuoteGoldSet(file: "blind-k.txt", minimumPassages: 30, speakerFloor: 0.911),
        // Blind set L, 30 whole articles (325 quotations; wire, papers, regional, obituaries, Q&A,
        // opinion, fourteen about Central Asia, Russia, Ukraine and the Caucasus), by a writer who
        // never saw the stage: detection F1 1.000, speakers 266/325 = 0.818 on main at 1d20924;
        // unchanged after the sieves fitted to K (still unseen); 270/325 = 0.831 after the structural
        // sieves fitted to K, J and I (headlines and datelines, person nouns), still unseen; 271/325 =
        // 0.834 after kicker words (`Video:`, `Exclusive:`) stopped being speakers (structural,
        // from composed passages; every other set unchanged); unchanged by the `Q:`/`A:` sieve; released to the
        // tuners, 284/325 = 0.874 after interviews without labels (a question paragraph, then an
        // answer opening with a quotation), a name with its age before the verb (`X, 71, sat`) and
        // a name opening a `When X …, he …` sentence as antecedents; 291/325 = 0.895 after
        // `X, 29, who said`, `Her co-author, X of the Y, said` and `The N who …, X, has …`;
        // 294/325 = 0.905 after `the 19-year-old Ukrainian` as a demonym and `repeated` as a cue;
        // 297/325 = 0.914 after `dismissed … as "…"` and an indefinite description as an antecedent;
        // 299/325 = 0.920 after `the club` as the name with a plural verb in the sentence that
        // has the noun, and `The company, X, said …. It said` as X.
        // 301/325 = 0.926 after the sieves for quotations with no speaker noted at set I; 302/325 =
        // 0.929 after the noun phrase after `what` is the subject of a free relative clause's cue;
        // 303/325 = 0.932 after an adverb of frequency ends no speaker (`the children always asked`).
        // 304/325 = 0.935 after the ninth sitting's closing name in apposition (tuned on Q).
        // 304/325 -> 305/325 = 0.938 after the twelfth sitting's `once` right before the verb as an adverb, not a clause opener (`Hall once described her as`), and a headline's subject ending before a present tense after a common noun (`Russia's central bank holds key rate …, says`) (tuned on T and composed passages): `He once described the job as`.
        // 305/325 -> 306/325 = 0.942 after the twelfth sitting's office written in capitals ending in a title before its brief, with the holder in apposition (`The Special Adviser to the Governor on Health, Dr X,`, `The Minister for Health, X,`), and a participle cue after the object of a verb of seeing or hearing (`Video … showed protesters chanting "…"`) (tuned on T and composed passages): `Video from the scene shows women shouting`.
        // 306/325 -> 307/325 = 0.945 after the fifteenth sitting's third round's lone `some` as a part of the group its sentence (or the one before) opened with (`Supporters … applauded …, and some shouted "…"`, `About 30 supporters gathered …. Some chanted "…"`) and `, and` opening a clause of its own before a bare plural and its cue after a clause of four words or more (`…, and protesters chanted "…"`; composed passages in wire, Australian, Kenyan, Ukrainian, Irish and court styles). The floor stays below the measured figure.
        QuoteGoldSet(file: "blind-l.txt", minimumPassages: 30, speakerFloor: 0.935),
        // Blind set M, 30 whole articles (348 quotations; wire, UK and US papers, a Q&A, an
        // obituary, a live blog, an opinion column, thirteen regional), by a writer who never saw
        // the stage: detection F1 0.997 (P 1.000, R 0.994), speakers 269/346 = 0.777 on main at 1419459;
        // released to the tuners, 280/346 = 0.809 after a name after an indefinite description and
        // an age (`A voter in Vake, 72-year-old X,`), `Among them was X` for a later pronoun, `the
        // bank` as the possessive description it was introduced with (`Russia's central bank`) and
        // an agent noun never given to anyone (`the striker`) standing for the person the text is
        // about; 283/346 = 0.818 after a name in apposition to a common head (`Kostova's coach, her
        // father Dimitar, watched`) as the sentence's subject for a later `he`; 285/346 = 0.824
        // after a participle between a speech noun and a preposition (`a statement posted on`) is no cue;
        // 294/346 = 0.850 after `dismissed "Title" as "…"`, a headline's comma joining two verbs and
        // its role found by abbreviation (`Governor` → `Gov. X`), a headline's short quotation found
        // whole in the body, and an indefinite description (`A city council official, speaking on
        // condition of anonymity, said`) as the antecedent of `he`.
        // 295/346 = 0.853 after the sieves for quotations with no speaker noted at set I; 297/346 =
        // 0.858 after a nickname inside a name (noted at set K); 301/346 = 0.870 after the noun phrase
        // after `what` is the subject of a free relative clause's cue (`toward what one industry
        // executive called "…"`), not the main clause before it; 304/346 = 0.879 after a conjunction
        // after a quotation is no part of the subject (`and ministers calling`) and a past tense before
        // a comma makes a reported clause (`Net profit fell …, the company said`).
        // In the organisations round of the same sitting (on the stage before the rounds above):
        // 302/346 = 0.873 after a reporting clause after its statement (`Net profit fell …, the
        // company said in a statement, describing …`) has the phrase after the comma as its subject.
        // With both rounds merged: 305/346 = 0.882.
        // 305/346 -> 306/346 = 0.884 after the twelfth sitting's `once` right before the verb as an adverb, not a clause opener (`Hall once described her as`), and a headline's subject ending before a present tense after a common noun (`Russia's central bank holds key rate …, says`) (tuned on T and composed passages): `A sommelier in Paris once told me`.
        // 306/346 -> 307/346 = 0.887 after the twelfth sitting's breadth round (composed passages only, in many styles: a role-named object after a verb, an office of a place, `who did not want to be named`, a person's dotted initials, a speaker named in the next sentence, `said a U.S. official`, a cue's base form inside a noun compound or after a possessive, a live blog's stamp without a dash, the main clause after an opening cue, `Like`, agent nouns ending role words): the same `conference call`.
        // 307/346 -> 309/346 = 0.893 after the fifteenth sitting's second round: a crowd's shout as a cue (`The crowd roared back: "…"`, `"…!" the crowd roared` beside the quotation only, `bellowed`; not `the generator roared back into life`), a word of approximation before a count opening a group subject (`About forty journalists …. They chanted`, `Around 300 riders`; not `About forty minutes later,`), a group joined by commas and `and` up to the clause's verb reported whole (`Several thousand junior doctors and supporters marched`, `Hundreds of traders, commercial motorcyclists and students marched`; not `Teachers marched … and shouted`), and a group read through its possessive without the mark (`the home fans' chants of "…"`); composed passages in wire, UK tabloid and national, US local, Kenyan, Nigerian, Indian, Australian and sport styles.
        QuoteGoldSet(file: "blind-m.txt", minimumPassages: 30, speakerFloor: 0.881),
        // Blind set N, 30 whole articles (372 quotations; wire, UK, US, Indian and Australian
        // papers, a Q&A with Q:/A: labels and one with name labels, a parliament debate, a live blog,
        // a profile of two sisters, eleven regional), by a writer who never saw the stage:
        // detection F1 0.988 (P 1.000, R 0.976), speakers 281/363 = 0.774 on main at f0cf31a; still
        // unseen, 285/363 = 0.785 after the sieves fitted to L (unlabelled interviews, pronoun
        // antecedents, cue subjects); 287/363 = 0.791 after the sieves fitted to M, still unseen;
        // 289/363 = 0.796 after the next round's sieves fitted to H-M, still unseen; 293/363 =
        // 0.807 after structural sieves from composed passages only (a name in apposition to the
        // description opening a sentence as its subject, and that description's noun giving the
        // name's sex: `His wife, Saule,`), still unseen. Released to the tuners (misses by kind:
        // 47 another speaker, 22 none), 327/363 = 0.901 after structural sieves, each with a
        // composed passage: descriptions resolved to the named person (an indefinite description
        // in apposition to a name, `the governor` by `Gov.`, `the gran-of-five`, `the Portuguese
        // defender`, a name given in the next sentence, the nearer of an indefinite and a named
        // analyst), pronoun antecedents (an indefinite subject in the pronoun's paragraph, an aged
        // indefinite description, `her` inside a subordinate clause, a surname's sex not lent to
        // another full name, a body's name in apposition), an indefinite description in
        // apposition to a possessive head as the speaker, a party in parentheses after a name, a
        // headline's description giving way to the person quoted in the body, `Asked …, she replied`.
        // 331/363 = 0.912 after the sieves for quotations with no speaker noted at set I.
        // Detection R 0.981 after single-quoted quotations running over two paragraphs (two more
        // found, first both unattributed: 331/365 = 0.907); 335/365 = 0.918 after an epithet the
        // text gave no one (`the lorry driver`, `the blonde beauty`) stands for the named subject
        // of the sentence before; 336/365 = 0.921 after `asked for "…"` (a quoted object of `ask
        // for`, `call for`) is the asker's demand; 337/365 = 0.923 after the noun phrase after `what`
        // is the subject of a free relative clause's cue (`what some researchers call "…"`);
        // 340/365 = 0.932 after `I` and `my` outside quotation marks are the narrator's (the
        // interviewee in an answer, the name labelling a transcript's paragraph, a column's byline).
        // 341/365 = 0.934 after `the company` finds a name introduced by a narrower noun of its
        // class (`Ukrenergo, the national grid operator,`; organisation-classes.txt).
        QuoteGoldSet(file: "blind-n.txt", minimumPassages: 30, speakerFloor: 0.934),
        // Blind set O, 30 whole articles (359 quotations, 23 of them scare quotes, titles or
        // mentions that nobody says; wire, UK, US, Indian, Australian, Canadian, African and
        // Central Asian papers, court, sport, a Q&A, letters, a live blog), by a writer who never saw
        // the stage: detection F1 0.999 (P 1.000, R 0.997), speakers 290/358 = 0.810 on main at 4550d04;
        // unchanged, still unseen, after the sieves fitted to M; 291/358 = 0.813 after the next
        // round's sieves fitted to H-M, still unseen; 294/358 = 0.821 after structural sieves
        // from composed passages only (the name in apposition to a sentence's opening
        // description as its subject; `the former guard` as the subject of the sentence with
        // its noun), still unseen; 296/358 = 0.827 after the structural sieves fitted to N, still
        // unseen; 297/358 = 0.830 after the sieves for quotations with no speaker noted at set I, still unseen.
        // Released to the tuners (misses by kind: 33 another speaker, 23 none, 5 for nobody's words):
        // detection 1.000 and 299/359 = 0.833 after single-quoted quotations running over two
        // paragraphs; 302/359 = 0.841 after an epithet the text gave no one stands for the named
        // subject of the sentence before (`The 48-year-old stormed:`); 304/359 = 0.847 after the
        // relation noun a name stands in apposition to gives its sex (`her grandson, Marcus Banks`).
        // 308/359 = 0.858 after a full name before a verb in -s is its subject (`Boyle thinks
        // otherwise`), a name in apposition after a head with a prepositional phrase (`My colleague
        // on the business desk, Declan Moriarty,`), `by saying:` and `as she puts it`; 309/359 =
        // 0.861 after the verb ending an opening clause is no head (`what that meant, a spokeswoman said`);
        // 313/359 = 0.872 after `termed` as a cue and a role's lower-case words before a name in
        // apposition (`A customer …, retired postman Billy Rennie,`); unchanged after `Her verdict:`;
        // 314/359 = 0.875 after a group phrase made long by a participle is named by the words before
        // it (`A group of women waiting at a tanker point in Karvenagar said`) and `about 200
        // activists` is a group (the gold's `activists` drops the number; the older sets keep it);
        // 315/359 = 0.877 after a participle cue after a short adverbial (`, at one point telling
        // MPs:`) shares the main clause's subject; 316/359 = 0.880 after `I` outside quotation
        // marks in an interview's answer is the interviewee (`and every December I said, "…"`);
        // 318/359 = 0.886 after titles with no name are the office (`The Prime Minister said`), whose
        // possessive names a thing, not its holder (`Prime Minister's Questions`).
        // In the organisations round of the same sitting (on the stage before the rounds above):
        // 317/359 = 0.883 after `College` marks an organisation's name (`The Royal College of
        // Emergency Medicine said`, no longer cut at `of`).
        // With both rounds merged: 319/359 = 0.889. 321/359 = 0.894 after `Cr` as a councillor's
        // abbreviated title (`Cr Pritchard` for `Col Pritchard`).
        // 322/359 = 0.897 after the eleventh sitting's group phrase before an organisation's name
        // (`analysts of the Tashkent Institute of Transport Economics`, tuned on S).
        // 322/359 -> 323/359 = 0.900 after the twelfth sitting's breadth round (composed passages only, in many styles: a role-named object after a verb, an office of a place, `who did not want to be named`, a person's dotted initials, a speaker named in the next sentence, `said a U.S. official`, a cue's base form inside a noun compound or after a possessive, a live blog's stamp without a dash, the main clause after an opening cue, `Like`, agent nouns ending role words): the same `conference call`.
        // 323/359 -> 324/359 = 0.903 after the thirteenth sitting's names-of-offices round (composed passages only: an office by its initials after `the`, `the MP`/`the PM`, as the holder of its full form; an acronym speaking as the body it abbreviates): one office's holder by its initials.
        // 324/359 = 0.903 unchanged by the fourteenth sitting's round on V's interview headline (an interview's introduction names whom it speaks to, and its headline's name counts only when the introduction names nobody: `'…': a glaciologist on the shrinking Tien Shan`; tuned on V and composed passages in UK broadsheet, US local, Pakistani and Central Asian Q&A styles).
        // 324/359 = 0.903 unchanged by the fourteenth sitting's nickname of up to three capitalized words inside a name (`Loretta "Lady Brass" Dupree`, `Marcus "The Hammer" Delgado`: part of the name and nobody's words; tuned on V and composed passages in US sport, UK tabloid, Pakistani sport and Nigerian politics styles).
        // 324/359 = 0.903 unchanged by the fourteenth sitting's sex told by a possessive or reflexive pronoun of the writer's own before any quotation is attributed (`X said her former boss …`, `… by X from her garden`, `X, 58, denies …. His lawyer …`; within eight words of the first name a sentence gives, never past a relative or complement clause or a determiner; tuned on V and composed passages in UK court, Nigerian court, Central Asian wire and US court styles).
        // 324/359 = 0.903 unchanged by the fourteenth sitting's cue form in -s ending its sentence right after a capitalized word read as a plural noun (`… to South Korea and Gulf states. "…," he said` no longer gives `Gulf` as the speaker; not after `as`, not beside a quotation; tuned on V and composed passages in wire, UK broadsheet, Pakistani and Central Asian business styles).
        // 324/359 = 0.903 unchanged by the fourteenth sitting's wire dateline before an indefinite description of one person (`LAGOS — A senior police officer, …, said …. "…," he said`: the description still opens the clause and introduces whom `he` stands for; composed passages only, in US wire, Nigerian and Tajik styles).
        // 324/359 = 0.903 unchanged by the fourteenth sitting's name in apposition to a role with an `at`/`of` phrase naming a body (`An analyst at a Tokyo securities house, Rina Fujimoto, said`: the body's noun inside the phrase no longer makes the name an organisation's, so `she` finds her; tuned on V and composed passages in Nigerian business, UK science and Kazakh business wire styles).
        // 324/359 = 0.903 unchanged by the fourteenth sitting's inverted copula opened by `Also` and a place (`Also on the panel was Shahnoza Yusupova, an urban planner …. "…," she said`: the name after the copula, asked for before the sentence's other subjects, not the appositive description; tuned on V and composed passages in US local, UK court and Nigerian local styles).
        // 324/359 = 0.903 unchanged by the fifteenth sitting's round on W: a description right after the name of an opening `According to X,`/`For X,` phrase read as that name's apposition (`According to Aigerim Tulegenova, an energy analyst at …, the problem is older than the ministry admits. "…," she said`; tuned on W and composed passages in wire, Nigerian and UK court styles); and a relation named in apposition with a definite role before the name, up to eleven paragraphs back (`her son, the conductor X,` … `"…," her son said. "…"`; tuned on W and composed passages in obituary, UK tabloid and Central Asian feature styles).
        QuoteGoldSet(file: "blind-o.txt", minimumPassages: 30, speakerFloor: 0.896),
        // Blind set P, 30 whole articles (398 quotations, 18 of them nobody's), weighted to hard
        // cases: speakers named by a description paragraphs later, two people with one surname in
        // 15 articles, spokespeople, attribution in the paragraph before. Its writer names an
        // organisation by its fullest name even where the text says "the ministry" (see its
        // header). By a writer who never saw the stage: detection F1 0.997 (P 1.000, R 0.995),
        // speakers 306/396 = 0.773 on main at 3ed1658; 310/396 = 0.783 at 2845e83, unchanged after
        // the sieves for quotations with no speaker noted at set I, still unseen; detection 1.000
        // and 318/398 = 0.799 after single-quoted quotations running over two paragraphs (tuned on
        // N, O and composed passages), still unseen; 319/398 = 0.802 after the free relative
        // clause's subject and the narrator's `I` and `my` (tuned on L-O and composed passages), still unseen.
        // Released to the tuners at the start of the eighth sitting (2026-11-22), unseen for three sittings
        // (misses by kind then: 44 another speaker, 32 none, 3 for nobody's words). 327/398 = 0.822 after a
        // sentence opened by an adverbial the word lists lack (`Afterward, she`, `Hours later,`), a name in
        // apposition closed by a dash (`the neighbour …, Mykhailo Petrenko — no relation —`) and an epithet
        // after a team's sentence standing for the person it introduces by a role (`Wallsend … were inspired
        // by veteran hooker Sam Oduya`); 329/398 = 0.827 after an adjective before a role (`The veteran
        // prosecutor said she …`) says no more who holds the role, found as far back as a title's holder.
        // (The fullest name given only in an obituary's closing line, `Enid Mair Probert`, would win 5
        // here and lose the same 5 in N, whose writer keeps the name of the body: left as it is.)
        // Second round: 334/398 = 0.839 after a role of an organisation before a titled name in apposition
        // (`The director general of the British Enterprise Council, Sir Malcolm Reade,`, `An agricultural
        // economist at the University of Lagos, Prof. Tunde Olatunji,`), a surname's particle keeping a
        // person's name from running on through `of` (`Pieter van Zyl of … Highveld Grid Advisory`) and a
        // partitive keeping its noun phrase (`One of the company's largest shareholders`, not `One`);
        // 336/398 = 0.844 after `the shareholder` finds that partitive's person.
        // 337/398 = 0.847 after the tenth sitting's `another` introducing a new person (tuned on R).
        // Eleventh sitting's third round, the first on P's own misses: 337/398 -> 339/398 = 0.852 after a
        // live blog's time stamp and dash before a name and colon (`3.47pm — Cathcart: "…"`) and before a
        // sentence's subject, and a possessive pronoun's speech noun said to be so (`Her message was blunt:`).
        // 343/398 = 0.862 after testimony's bare question and answer paragraphs between one person's question and
        // another's cued words alternate between them, when their number is even (`"…?" X asked.` / `"…"` /
        // `"…?"` / `"…," Y said`), and words a body quotation quotes inside its own marks are no source for
        // the headline's same words (`"He said, 'Make the complaint disappear.'"`: nil now, not the witness).
        // 344/398 = 0.864 after the fourth round's crowd before a chant noun and colon (`The crowd behind him took up the chant:`).
        // 344/398 = 0.864, unchanged by the twelfth sitting's request to be named (`who asked to be identified only by her first name, X`, `who asked that only his first name, X, be used`) and a title alone opening the sentence before `of` (`Chair of the group, retired teacher X, said`) (tuned on T and composed passages).
        // 344/398 -> 346/398 = 0.869 after the twelfth sitting's `According to him/her/them,` as the pronoun's person, `lamented` as a cue, and `and`/`but` opening a subject dropped from it (tuned on T and composed
        // passages): `"…," she lamented` twice in one market trader's words.
        // 346/398 -> 347/398 = 0.872 after the twelfth sitting's `once` right before the verb as an adverb, not a clause opener (`Hall once described her as`), and a headline's subject ending before a present tense after a common noun (`Russia's central bank holds key rate …, says`) (tuned on T and composed passages): `An official once told me`.
        // 347/398 = 0.872, unchanged by the twelfth sitting's office written in capitals ending in a title before its brief, with the holder in apposition (`The Special Adviser to the Governor on Health, Dr X,`, `The Minister for Health, X,`), and a participle cue after the object of a verb of seeing or hearing (`Video … showed protesters chanting "…"`).
        // 347/398 = 0.872, unchanged by the twelfth sitting's one-word subject after `what` (`over what officials called "…"`).
        // 347/398 = 0.872, unchanged by the twelfth sitting's `"…," the coach added` as the person quoted just before when the text gave them the title or a word of its family (`Rovers boss X`).
        // 347/398 = 0.872, unchanged by the thirteenth sitting's round on U (a short parenthesis before a titled name, `Body (ACR) Chairman X`, `Commissioner of Police (Zone 11) X`; honorifics and police ranks of African and South Asian papers, `Hon.`, `Nana`, `DCP`; a regnal numeral in a name; a speech noun after `in its daily` or before `read out`; a time ending the clause before the comma, `…, which has lost ground since September, X said`; `her daughter said` as the one person named in apposition to the same words; a participle adjective before a role and a name, `retired postman X`; a document's agent ending at the comma before the clause's pronoun; an infinitive with its own subject after `for`, `waiting for a cousin to send him money`, no longer hiding the sentence's subject from `he`; `blasted`, `slammed`, `lambasted`, `derided` as cues before `as` and a quotation; tuned on U and composed passages in wire, South Asian, African, Central Asian, UK tabloid, court and obituary styles).
        // 347/398 = 0.872 unchanged by the thirteenth sitting's long-articles round (composed passages only: whole articles with three to six speakers in UK court, sport, US business, US council and Pakistani politics styles; a role's holder the sentence before is about, a role after an age or `former`, `the company` never a public body, a role word at the text's first character, a role heading an appositive closed by a full stop, a definite title opening a sentence for `he`/`she`, a one-word name already a speaker).
        // 347/398 = 0.872 unchanged by the thirteenth sitting's names-of-offices round (composed passages only, in Ghanaian, Ugandan, Nordic business, Pakistani, Kenyan and Indian styles: an office by its initials after `the`, `the MP`/`the DC`/`the CEO`/`the PM`, as the holder of its full form, never the place after `for`; an acronym speaking, `the SEC said`, as the body it abbreviates, over `and` in the name).
        // 347/398 = 0.872 unchanged by the fourteenth sitting's round on V's interview headline (an interview's introduction names whom it speaks to, and its headline's name counts only when the introduction names nobody: `'…': a glaciologist on the shrinking Tien Shan`; tuned on V and composed passages in UK broadsheet, US local, Pakistani and Central Asian Q&A styles).
        // 347/398 = 0.872 unchanged by the fourteenth sitting's nickname of up to three capitalized words inside a name (`Loretta "Lady Brass" Dupree`, `Marcus "The Hammer" Delgado`: part of the name and nobody's words; tuned on V and composed passages in US sport, UK tabloid, Pakistani sport and Nigerian politics styles).
        // 347/398 = 0.872 unchanged by the fourteenth sitting's sex told by a possessive or reflexive pronoun of the writer's own before any quotation is attributed (`X said her former boss …`, `… by X from her garden`, `X, 58, denies …. His lawyer …`; within eight words of the first name a sentence gives, never past a relative or complement clause or a determiner; tuned on V and composed passages in UK court, Nigerian court, Central Asian wire and US court styles).
        // 347/398 = 0.872 unchanged by the fourteenth sitting's cue form in -s ending its sentence right after a capitalized word read as a plural noun (`… to South Korea and Gulf states. "…," he said` no longer gives `Gulf` as the speaker; not after `as`, not beside a quotation; tuned on V and composed passages in wire, UK broadsheet, Pakistani and Central Asian business styles).
        // 347/398 = 0.872 unchanged by the fourteenth sitting's wire dateline before an indefinite description of one person (`LAGOS — A senior police officer, …, said …. "…," he said`: the description still opens the clause and introduces whom `he` stands for; composed passages only, in US wire, Nigerian and Tajik styles).
        // 347/398 = 0.872 unchanged by the fourteenth sitting's name in apposition to a role with an `at`/`of` phrase naming a body (`An analyst at a Tokyo securities house, Rina Fujimoto, said`: the body's noun inside the phrase no longer makes the name an organisation's, so `she` finds her; tuned on V and composed passages in Nigerian business, UK science and Kazakh business wire styles).
        // 347/398 = 0.872 unchanged by the fourteenth sitting's inverted copula opened by `Also` and a place (`Also on the panel was Shahnoza Yusupova, an urban planner …. "…," she said`: the name after the copula, asked for before the sentence's other subjects, not the appositive description; tuned on V and composed passages in US local, UK court and Nigerian local styles).
        // 347/398 = 0.872 unchanged by the fifteenth sitting's round on W: a description right after the name of an opening `According to X,`/`For X,` phrase read as that name's apposition (`According to Aigerim Tulegenova, an energy analyst at …, the problem is older than the ministry admits. "…," she said`; tuned on W and composed passages in wire, Nigerian and UK court styles); and a relation named in apposition with a definite role before the name, up to eleven paragraphs back (`her son, the conductor X,` … `"…," her son said. "…"`; tuned on W and composed passages in obituary, UK tabloid and Central Asian feature styles).
        // 347/398 -> 348/398 = 0.874 after the fifteenth sitting's second round's a quotation right after a noun of a crowd's voice and `of` or a comma given to its clause's subject when that is a group of many (`Opposition members stormed the well …, raising slogans of "…"`, `Hundreds of students filled the forecourt with chants of "…"`); never past an owner (`the home fans' chants of`), another clause (`…, as chants of "…" rang out`) or the chant noun itself (`Chants of "…" rang around`); composed passages in Indian, Ghanaian, Irish and South African sport styles.
        QuoteGoldSet(file: "blind-p.txt", minimumPassages: 30, speakerFloor: 0.861),
        // Blind set Q, 30 whole articles (411 quotations, 27 of them nobody's), weighted to other
        // hard cases: organisations speaking through statements, Q&A answers quoting others,
        // headline quotes named only in the body, quotations over two or three paragraphs in single
        // and double marks, rare cues (`shot back`, `quipped`), long appositions before the name,
        // speakers alternating by pronoun, posters and chants. Its writer gives a nested quotation
        // its own line after the outer one, names an organisation by its fullest name where the
        // text says "the ministry", and credits a poster to whoever carried it (see its header).
        // By a writer who never saw the stage: detection F1 0.979 (P 1.000, R 0.959),
        // speakers 245/394 = 0.622 on main at 166a647; detection 0.984 (R 0.968) and 250/398 =
        // 0.628 after single-quoted quotations over two paragraphs, epithets for the previous
        // sentence's subject and a relation noun's sex (tuned on N, O and composed passages), still unseen;
        // 251/398 = 0.631 after the next round's structural sieves (tuned on O and composed passages), still unseen;
        // 253/398 = 0.636 after speaker phrases were made well formed (tuned on L, M, O and composed passages), still unseen.
        // 252/398 = 0.633 after a definite description finds an organisation introduced by its class
        // noun or named in apposition after it (tuned on K, N and composed passages), still unseen.
        // With both rounds merged, still unseen: 254/398 = 0.638.
        // Unchanged, still unseen, by the eighth sitting's two rounds (fitted to P, O, J and composed passages).
        // Released to the tuners at the start of the ninth sitting (2026-11-22), unseen for three sittings.
        // Tuned on in the ninth sitting, on structural causes only, each with a composed passage
        // that failed first: 261/398 after `In a statement, X said …. "…," the statement said`
        // (the setting before its clause has its cue after it), 266 after two-word cues (`shot
        // back`, `chipped in`), 267 after a nickname the name runs through before a cue, 272/398 =
        // 0.683 after a person's name closing the sentence after a long description in apposition
        // (`said the 61-year-old former deputy mayor of Osh and …, Nurlan Asanov.`). Many of its
        // other misses are its writer's conventions, not chased: a possessive description resolved
        // (`my father` → `Ananya Raghunathan's father`), a poster or chant credited to its bearers,
        // a description shortened (`a nurse`), a headline quote credited to whom the body names.
        // Second round, on pronouns: 275/398 = 0.691 after a pronoun bound outside a cue's own
        // subject (`She disagreed. "…"`, `Her verdict:`, a pronoun cue before the quotation)
        // teaches its person's sex as a cue's pronoun does (`he` then skips her).
        // Tenth sitting's second round: 278/398 = 0.698 after a headline quotation takes the speaker
        // of the body quotation saying the same words whatever the headline's own reading found
        // (`'demand is real', says MD`, `PM tells …`, `Driver … jailed: '…'`).
        // Eleventh sitting's second round: 280/398 = 0.704 after a bare `the ministry` beyond a pronoun's reach
        // is the one organisation the text named with the noun before (`the country's Ministry of Energy said`
        // …, paragraphs later `the ministry later said`); none when it named two.
        // 280/398 = 0.704, unchanged by the twelfth sitting's request to be named (`who asked to be identified only by her first name, X`, `who asked that only his first name, X, be used`) and a title alone opening the sentence before `of` (`Chair of the group, retired teacher X, said`) (tuned on T and composed passages).
        // 280/398 = 0.704, unchanged by the twelfth sitting's `According to him/her/them,` as the pronoun's person, `lamented` as a cue, and `and`/`but` opening a subject dropped from it.
        // 280/398 = 0.704, unchanged by the twelfth sitting's `once` right before the verb as an adverb, not a clause opener (`Hall once described her as`), and a headline's subject ending before a present tense after a common noun (`Russia's central bank holds key rate …, says`).
        // 280/398 -> 281/398 = 0.706 after the twelfth sitting's office written in capitals ending in a title before its brief, with the holder in apposition (`The Special Adviser to the Governor on Health, Dr X,`, `The Minister for Health, X,`), and a participle cue after the object of a verb of seeing or hearing (`Video … showed protesters chanting "…"`) (tuned on T and composed passages): `Saskatchewan's Minister of Health, X, called`.
        // 281/398 = 0.706, unchanged by the twelfth sitting's one-word subject after `what` (`over what officials called "…"`).
        // 281/398 = 0.706, unchanged by the twelfth sitting's `"…," the coach added` as the person quoted just before when the text gave them the title or a word of its family (`Rovers boss X`).
        // 281/398 -> 282/398 = 0.709 after the twelfth sitting's breadth round (composed passages only, in many styles: a role-named object after a verb, an office of a place, `who did not want to be named`, a person's dotted initials, a speaker named in the next sentence, `said a U.S. official`, a cue's base form inside a noun compound or after a possessive, a live blog's stamp without a dash, the main clause after an opening cue, `Like`, agent nouns ending role words): a live blog's clock time with no dash before the speaker.
        // 282/398 = 0.709, unchanged by the thirteenth sitting's round on U (a short parenthesis before a titled name, `Body (ACR) Chairman X`, `Commissioner of Police (Zone 11) X`; honorifics and police ranks of African and South Asian papers, `Hon.`, `Nana`, `DCP`; a regnal numeral in a name; a speech noun after `in its daily` or before `read out`; a time ending the clause before the comma, `…, which has lost ground since September, X said`; `her daughter said` as the one person named in apposition to the same words; a participle adjective before a role and a name, `retired postman X`; a document's agent ending at the comma before the clause's pronoun; an infinitive with its own subject after `for`, `waiting for a cousin to send him money`, no longer hiding the sentence's subject from `he`; `blasted`, `slammed`, `lambasted`, `derided` as cues before `as` and a quotation; tuned on U and composed passages in wire, South Asian, African, Central Asian, UK tabloid, court and obituary styles).
        // 282/398 = 0.709 -> 286/400 = 0.715 (detection R 0.968 -> 0.973) after the thirteenth sitting's breadth round (composed passages only, in wire, UK tabloid and broadsheet, US local, court, sport, business, obituary, Q&A, Indian, Pakistani, Nigerian, Ghanaian, Kenyan, Australian and Kyrgyz styles: `boss`/`gaffer`, `superintendent`, `inspector-general` as titles; a role noun not standing for a name in apposition to a noun it owns, `The striker's father, X`; `One of them, who …` as one of the group before; `was of the view that`; two people named after a plural role; an interview's credit `by X` no interviewee; `"…?" asked X, 74, …` continued; `remembered … as`; `, while addressing …,`; curly and straight apostrophes alike in a repeated quotation; a single-quoted run-on opened after a sentence's end; a side's title through the role's family; `Asked if he …, the 52-year-old replied`): two run-on quotations found, `remembered … as`.
        // 286/400 = 0.715 unchanged by the thirteenth sitting's long-articles round (composed passages only: whole articles with three to six speakers in UK court, sport, US business, US council and Pakistani politics styles; a role's holder the sentence before is about, a role after an age or `former`, `the company` never a public body, a role word at the text's first character, a role heading an appositive closed by a full stop, a definite title opening a sentence for `he`/`she`, a one-word name already a speaker).
        // 286/400 = 0.715 unchanged by the thirteenth sitting's names-of-offices round (composed passages only, in Ghanaian, Ugandan, Nordic business, Pakistani, Kenyan and Indian styles: an office by its initials after `the`, `the MP`/`the DC`/`the CEO`/`the PM`, as the holder of its full form, never the place after `for`; an acronym speaking, `the SEC said`, as the body it abbreviates, over `and` in the name).
        // 286/400 = 0.715 unchanged by the fourteenth sitting's round on V's interview headline (an interview's introduction names whom it speaks to, and its headline's name counts only when the introduction names nobody: `'…': a glaciologist on the shrinking Tien Shan`; tuned on V and composed passages in UK broadsheet, US local, Pakistani and Central Asian Q&A styles).
        // 286/400 = 0.715 -> 287/400 = 0.718 after the fourteenth sitting's nickname of up to three capitalized words inside a name (`Loretta "Lady Brass" Dupree`, `Marcus "The Hammer" Delgado`: part of the name and nobody's words; tuned on V and composed passages in US sport, UK tabloid, Pakistani sport and Nigerian politics styles).
        // 287/400 = 0.718 unchanged by the fourteenth sitting's sex told by a possessive or reflexive pronoun of the writer's own before any quotation is attributed (`X said her former boss …`, `… by X from her garden`, `X, 58, denies …. His lawyer …`; within eight words of the first name a sentence gives, never past a relative or complement clause or a determiner; tuned on V and composed passages in UK court, Nigerian court, Central Asian wire and US court styles).
        // 287/400 = 0.718 unchanged by the fourteenth sitting's cue form in -s ending its sentence right after a capitalized word read as a plural noun (`… to South Korea and Gulf states. "…," he said` no longer gives `Gulf` as the speaker; not after `as`, not beside a quotation; tuned on V and composed passages in wire, UK broadsheet, Pakistani and Central Asian business styles).
        // 287/400 = 0.718 unchanged by the fourteenth sitting's wire dateline before an indefinite description of one person (`LAGOS — A senior police officer, …, said …. "…," he said`: the description still opens the clause and introduces whom `he` stands for; composed passages only, in US wire, Nigerian and Tajik styles).
        // 287/400 = 0.718 unchanged by the fourteenth sitting's name in apposition to a role with an `at`/`of` phrase naming a body (`An analyst at a Tokyo securities house, Rina Fujimoto, said`: the body's noun inside the phrase no longer makes the name an organisation's, so `she` finds her; tuned on V and composed passages in Nigerian business, UK science and Kazakh business wire styles).
        // 287/400 = 0.718 unchanged by the fourteenth sitting's inverted copula opened by `Also` and a place (`Also on the panel was Shahnoza Yusupova, an urban planner …. "…," she said`: the name after the copula, asked for before the sentence's other subjects, not the appositive description; tuned on V and composed passages in US local, UK court and Nigerian local styles).
        // 287/400 = 0.718 unchanged by the fourteenth sitting's breadth round's repeated noun naming a description, `For`/`According to X,` framing phrases and shared surnames; 287/400 -> 292/400 = 0.730 after its a person noun or agent noun as a role between the comma and a name for the main clause's subject (`A regular customer, retired miner Dennis Holt, 78, was …. "…," he said`, `One of the traders, fishmonger Akinyi Otieno, 52, lost …`; composed passages in UK tabloid, Kenyan and business styles).
        // 292/400 = 0.730 unchanged by the fifteenth sitting's round on W: a description right after the name of an opening `According to X,`/`For X,` phrase read as that name's apposition (`According to Aigerim Tulegenova, an energy analyst at …, the problem is older than the ministry admits. "…," she said`; tuned on W and composed passages in wire, Nigerian and UK court styles); and a relation named in apposition with a definite role before the name, up to eleven paragraphs back (`her son, the conductor X,` … `"…," her son said. "…"`; tuned on W and composed passages in obituary, UK tabloid and Central Asian feature styles).
        // 292/400 -> 293/400 = 0.733 after the fifteenth sitting's second round's a quotation right after a noun of a crowd's voice and `of` or a comma given to its clause's subject when that is a group of many (`Opposition members stormed the well …, raising slogans of "…"`, `Hundreds of students filled the forecourt with chants of "…"`); never past an owner (`the home fans' chants of`), another clause (`…, as chants of "…" rang out`) or the chant noun itself (`Chants of "…" rang around`); composed passages in Indian, Ghanaian, Irish and South African sport styles.
        QuoteGoldSet(file: "blind-q.txt", minimumPassages: 30, speakerFloor: 0.703),
        // Blind set R, 30 whole articles (345 quotations), the ordinary mix of a day's drop rather
        // than hard cases: a third on Central Asia, Russia and Ukraine, the rest politics, courts,
        // business, sport, science, health, culture. Its writer keeps a nested quotation inside the
        // outer one and names an organisation by its fullest name where the article gives one (see
        // its header). By a writer who never saw the stage: detection F1 1.000, speakers 298/345 =
        // 0.864 on main at 2fcef1c (the stage as at 35231bf); unchanged by the narrator's `I`, free
        // relative clauses and well-formed speaker phrases (tuned on K-O and composed passages), still
        // unseen; 299/345 = 0.867 with the organisations round too (tuned on K-O and composed
        // passages), still unseen.
        // Unchanged, still unseen, by the eighth sitting's two rounds (fitted to P, O, J and composed passages).
        // Unchanged, still unseen, by the ninth sitting's round on Q: 299/345 = 0.867, and by its pronoun round.
        // Unchanged, still unseen, by a person's sex bound by a pronoun outside a cue (fitted to Q).
        // Released to the tuners at the start of the tenth sitting (2026-11-22), unseen for three sittings:
        // at release (main bedd3c3) detection F1 1.000, speakers 299/345 = 0.867 (misses by cause: 12
        // unnamed speakers, 8 organisations, 7 headline quotes, 5 pronouns passing over the sentence's
        // subject, 4 documents speaking (`the letter said`), 4 non-speech given a speaker, 2
        // descriptions referring back, 2 rare cues, 2 titles cut short; no Q&A or boundary misses).
        // Tuned on in the tenth sitting, on structural causes only, each with a composed passage that
        // failed first: 303/345 after a relative clause running with no comma up to the cue belongs to
        // the description (`A bus driver who was parked at the stop said`) and `another` introduces
        // a new person as `a` does (`Another worker, who asked not to be named, said …. "…," he
        // said`); 304/345 = 0.881 after `another` with a role is not the holder named before
        // (`Another analyst, …, said`); 308/345 = 0.893 after a document speaks for its writer
        // (`principal X sent a letter home …. "…," the letter said`, `read a letter written by Y.
        // "…," it said`); 309/345 = 0.896 after an age and a role between the comma and an appositive
        // name keep it the sentence's subject for a later pronoun (`One victim, 81-year-old former
        // school principal Graham Thorne, lost …. …, he wrote:`). Unchanged by the tenth sitting's speed round (output identical).
        // 310/345 = 0.899 after a headline quotation takes the speaker of the body quotation that
        // opens with its words, however long (`calls pension deal 'unaffordable'`, then `'unaffordable,
        // unfair to the young and, frankly, unserious'`), and whatever the headline's own reading found.
        // 311/345 = 0.901 after the eleventh sitting's round on S (`said state Sen. X`: a base form
        // after a cue verb is no second cue; tuned on S and composed passages).
        // 312/345 = 0.904 after the eleventh sitting's second round: a participle with its agent after
        // an indefinite description after the cue is no part of it (`said a pensioner interviewed by …`).
        // 312/345 -> 313/345 = 0.907 after the twelfth sitting's title alone opening the sentence before `of`
        // (`Chair of the group, retired teacher X, said`; tuned on T and composed passages); unchanged by its request to be named.
        // 313/345 = 0.907, unchanged by the twelfth sitting's `According to him/her/them,` as the pronoun's person, `lamented` as a cue, and `and`/`but` opening a subject dropped from it.
        // 313/345 = 0.907, unchanged by the twelfth sitting's `once` right before the verb as an adverb, not a clause opener (`Hall once described her as`), and a headline's subject ending before a present tense after a common noun (`Russia's central bank holds key rate …, says`) (r14's headline now `Russian central bank`, without `holds`;
        // the gold writes `Russia's`).
        // 313/345 = 0.907, unchanged by the twelfth sitting's office written in capitals ending in a title before its brief, with the holder in apposition (`The Special Adviser to the Governor on Health, Dr X,`, `The Minister for Health, X,`), and a participle cue after the object of a verb of seeing or hearing (`Video … showed protesters chanting "…"`).
        // 313/345 -> 314/345 = 0.910 after the twelfth sitting's one-word subject after `what` (`over what officials called "…"`) (tuned on T and composed passages): `for spreading what prosecutors called "…"`, not the court.
        // 314/345 = 0.910, unchanged by the twelfth sitting's `"…," the coach added` as the person quoted just before when the text gave them the title or a word of its family (`Rovers boss X`).
        // 314/345 -> 315/345 = 0.913 after the twelfth sitting's breadth round (composed passages only, in many styles: a role-named object after a verb, an office of a place, `who did not want to be named`, a person's dotted initials, a speaker named in the next sentence, `said a U.S. official`, a cue's base form inside a noun compound or after a possessive, a live blog's stamp without a dash, the main clause after an opening cue, `Like`, agent nouns ending role words): an agent noun ending the role words before a name.
        // 315/345 -> 316/345 = 0.916 after the thirteenth sitting's round on U (a short parenthesis before a titled name, `Body (ACR) Chairman X`, `Commissioner of Police (Zone 11) X`; honorifics and police ranks of African and South Asian papers, `Hon.`, `Nana`, `DCP`; a regnal numeral in a name; a speech noun after `in its daily` or before `read out`; a time ending the clause before the comma, `…, which has lost ground since September, X said`; `her daughter said` as the one person named in apposition to the same words; a participle adjective before a role and a name, `retired postman X`; a document's agent ending at the comma before the clause's pronoun; an infinitive with its own subject after `for`, `waiting for a cousin to send him money`, no longer hiding the sentence's subject from `he`; `blasted`, `slammed`, `lambasted`, `derided` as cues before `as` and a quotation; tuned on U and composed passages in wire, South Asian, African, Central Asian, UK tabloid, court and obituary styles): `Her daughter said:` as the daughter named before.
        // 316/345 -> 317/345 = 0.919 after the thirteenth sitting's breadth round (composed passages only, in wire, UK tabloid and broadsheet, US local, court, sport, business, obituary, Q&A, Indian, Pakistani, Nigerian, Ghanaian, Kenyan, Australian and Kyrgyz styles: `boss`/`gaffer`, `superintendent`, `inspector-general` as titles; a role noun not standing for a name in apposition to a noun it owns, `The striker's father, X`; `One of them, who …` as one of the group before; `was of the view that`; two people named after a plural role; an interview's credit `by X` no interviewee; `"…?" asked X, 74, …` continued; `remembered … as`; `, while addressing …,`; curly and straight apostrophes alike in a repeated quotation; a single-quoted run-on opened after a sentence's end; a side's title through the role's family; `Asked if he …, the 52-year-old replied`): `Asked whether he …, the 52-year-old replied`.
        // 317/345 = 0.919 unchanged by the thirteenth sitting's long-articles round (composed passages only: whole articles with three to six speakers in UK court, sport, US business, US council and Pakistani politics styles; a role's holder the sentence before is about, a role after an age or `former`, `the company` never a public body, a role word at the text's first character, a role heading an appositive closed by a full stop, a definite title opening a sentence for `he`/`she`, a one-word name already a speaker).
        // 317/345 = 0.919 unchanged by the thirteenth sitting's names-of-offices round (composed passages only, in Ghanaian, Ugandan, Nordic business, Pakistani, Kenyan and Indian styles: an office by its initials after `the`, `the MP`/`the DC`/`the CEO`/`the PM`, as the holder of its full form, never the place after `for`; an acronym speaking, `the SEC said`, as the body it abbreviates, over `and` in the name).
        // 317/345 = 0.919 unchanged by the fourteenth sitting's round on V's interview headline (an interview's introduction names whom it speaks to, and its headline's name counts only when the introduction names nobody: `'…': a glaciologist on the shrinking Tien Shan`; tuned on V and composed passages in UK broadsheet, US local, Pakistani and Central Asian Q&A styles).
        // 317/345 = 0.919 unchanged by the fourteenth sitting's nickname of up to three capitalized words inside a name (`Loretta "Lady Brass" Dupree`, `Marcus "The Hammer" Delgado`: part of the name and nobody's words; tuned on V and composed passages in US sport, UK tabloid, Pakistani sport and Nigerian politics styles).
        // 317/345 = 0.919 unchanged by the fourteenth sitting's sex told by a possessive or reflexive pronoun of the writer's own before any quotation is attributed (`X said her former boss …`, `… by X from her garden`, `X, 58, denies …. His lawyer …`; within eight words of the first name a sentence gives, never past a relative or complement clause or a determiner; tuned on V and composed passages in UK court, Nigerian court, Central Asian wire and US court styles).
        // 317/345 = 0.919 unchanged by the fourteenth sitting's cue form in -s ending its sentence right after a capitalized word read as a plural noun (`… to South Korea and Gulf states. "…," he said` no longer gives `Gulf` as the speaker; not after `as`, not beside a quotation; tuned on V and composed passages in wire, UK broadsheet, Pakistani and Central Asian business styles).
        // 317/345 = 0.919 unchanged by the fourteenth sitting's wire dateline before an indefinite description of one person (`LAGOS — A senior police officer, …, said …. "…," he said`: the description still opens the clause and introduces whom `he` stands for; composed passages only, in US wire, Nigerian and Tajik styles).
        // 317/345 = 0.919 unchanged by the fourteenth sitting's name in apposition to a role with an `at`/`of` phrase naming a body (`An analyst at a Tokyo securities house, Rina Fujimoto, said`: the body's noun inside the phrase no longer makes the name an organisation's, so `she` finds her; tuned on V and composed passages in Nigerian business, UK science and Kazakh business wire styles).
        // 317/345 = 0.919 unchanged by the fourteenth sitting's inverted copula opened by `Also` and a place (`Also on the panel was Shahnoza Yusupova, an urban planner …. "…," she said`: the name after the copula, asked for before the sentence's other subjects, not the appositive description; tuned on V and composed passages in US local, UK court and Nigerian local styles).
        // 317/345 = 0.919 unchanged by the fifteenth sitting's round on W: a description right after the name of an opening `According to X,`/`For X,` phrase read as that name's apposition (`According to Aigerim Tulegenova, an energy analyst at …, the problem is older than the ministry admits. "…," she said`; tuned on W and composed passages in wire, Nigerian and UK court styles); and a relation named in apposition with a definite role before the name, up to eleven paragraphs back (`her son, the conductor X,` … `"…," her son said. "…"`; tuned on W and composed passages in obituary, UK tabloid and Central Asian feature styles).
        // 317/345 -> 318/345 = 0.922 after the fifteenth sitting's third round's lone `some` as a part of the group its sentence (or the one before) opened with (`Supporters … applauded …, and some shouted "…"`, `About 30 supporters gathered …. Some chanted "…"`) and `, and` opening a clause of its own before a bare plural and its cue after a clause of four words or more (`…, and protesters chanted "…"`; composed passages in wire, Australian, Kenyan, Ukrainian, Irish and court styles). The floor stays below the measured figure.
        // 318/345 -> 320/345 = 0.928 after the fifteenth sitting's third round's name after lower-case role words ending in an occupation, before a verb in an irregular past, as the sentence's subject (`Retired English teacher X held up …. "…," he said`: the capitalized `English` had cut the role off, and the name read as a modifier; composed passages in UK broadsheet, Kenyan and New Zealand styles). The floor stays below the measured figure.
        QuoteGoldSet(file: "blind-r.txt", minimumPassages: 30, speakerFloor: 0.904),
        // Blind set S, 30 whole articles (350 quotations, 15 of them nobody's): an ordinary day's mix
        // again, a third on Central Asia, Russia and Ukraine, outlets from the Gulf, Canada, South
        // Africa, Pakistan, Ireland and trade and sports wires, people sharing a surname in several
        // articles. By a writer who never saw the stage: detection F1 0.997 (P 0.997, R 0.997),
        // speakers 313/349 = 0.897 on main at fd19110 (the stage as at 2ed1da8).
        // Unchanged, still unseen, by the eighth sitting's two rounds (fitted to P, O, J and composed passages).
        // 314/349 = 0.900 after the ninth sitting's round on Q (tuned on Q and composed passages), still unseen.
        // Unchanged, still unseen, by a person's sex bound by a pronoun outside a cue (fitted to Q).
        // Unchanged, still unseen, by the tenth sitting's round on R (a relative clause running into the cue, `another` opening a new person, a document speaking for its writer, an age and a role before an appositive name; tuned on R and composed passages).
        // Unchanged, still unseen, by the tenth sitting's headline round (a headline quotation takes the body's speaker of the same words; tuned on Q, R and composed passages).
        // Released to the tuners at the start of the eleventh sitting (2026-11-22), unseen for three sittings, at
        // 314/349 = 0.900 (detection F1 0.997): misses 20 another speaker, 11 none, 4 for nobody's words.
        // Tuned on in the eleventh sitting, on structural causes only, each with a composed passage
        // that failed first: 318/349 = 0.911 after a base form right after a cue verb is no second
        // cue (`said state Sen. Maria Delgado, D-Detroit,`) and `laughs`/`laughed` report a
        // quotation right beside them (`"…," she laughs`, `he laughed: '…'`), not one they follow.
        // 322/349 = 0.923 after a group phrase before an organisation's name is the speaker, not the
        // name (`Analysts at brokerage Meridian Securities`, `The observation mission of the …`).
        // 323/349 = 0.926 after a relative clause with no comma after the cue belongs to an
        // indefinite description (`said a neighbor who declined to give his name.`).
        // 324/349 = 0.928 after a role with its own prepositional phrase, used as a title before
        // a full or titled name, gives the holder (`Cabinet member for highways Cllr Richard
        // Pryce said:`). (`smiled` beside a quotation as a cue would win one here and lose O's
        // `Rao, asked whether …, smiled: "…"`: left out.)
        // 325/349 = 0.931 after `he`/`she` in a paragraph whose last statement was quoted from one
        // person by an indefinite description stands for that person, whatever the noun (`A
        // delegate from Owo …, told our correspondent that "…." "…," he said`).
        // 326/349 = 0.934 after `rejected` as a cue before `as` and a quotation (`rejected the
        // budget as "…"`), and only there.
        // Second round of the eleventh sitting: 326/349 -> 327/349 after a name part ending in `ng'`
        // keeps its apostrophe and the name runs on (`Dr Grace Achieng' Odhiambo`); 328/349 = 0.940 after a
        // past participle with a phrase of place after an indefinite description after the cue is
        // part of it (`said one woman wrapped in an EU flag, who …`, not `one woman wrapped`).
        // 328/349 = 0.940, unchanged by the fifth round's breadth passages (composed passages only).
        // 328/349 = 0.940, unchanged by the twelfth sitting's request to be named (`who asked to be identified only by her first name, X`, `who asked that only his first name, X, be used`) and a title alone opening the sentence before `of` (`Chair of the group, retired teacher X, said`) (tuned on T and composed passages).
        // 328/349 = 0.940, unchanged by the twelfth sitting's `According to him/her/them,` as the pronoun's person, `lamented` as a cue, and `and`/`but` opening a subject dropped from it.
        // 328/349 = 0.940, unchanged by the twelfth sitting's `once` right before the verb as an adverb, not a clause opener (`Hall once described her as`), and a headline's subject ending before a present tense after a common noun (`Russia's central bank holds key rate …, says`).
        // 328/349 = 0.940, unchanged by the twelfth sitting's office written in capitals ending in a title before its brief, with the holder in apposition (`The Special Adviser to the Governor on Health, Dr X,`, `The Minister for Health, X,`), and a participle cue after the object of a verb of seeing or hearing (`Video … showed protesters chanting "…"`).
        // 328/349 = 0.940, unchanged by the twelfth sitting's one-word subject after `what` (`over what officials called "…"`).
        // 328/349 = 0.940, unchanged by the twelfth sitting's `"…," the coach added` as the person quoted just before when the text gave them the title or a word of its family (`Rovers boss X`).
        // 328/349 = 0.940, unchanged by the twelfth sitting's breadth round (composed passages only, in many styles: a role-named object after a verb, an office of a place, `who did not want to be named`, a person's dotted initials, a speaker named in the next sentence, `said a U.S. official`, a cue's base form inside a noun compound or after a possessive, a live blog's stamp without a dash, the main clause after an opening cue, `Like`, agent nouns ending role words).
        // 328/349 = 0.940, unchanged by the twelfth sitting's third breadth round (composed passages only: `hit back` as a cue, `The reply from the Kremlin was swift:`, a woman marked as one as the object for `she`, a preposition after an opening participle).
        // 328/349 -> 329/349 = 0.943 after the twelfth sitting's fourth breadth round (a passive participle phrase between the subject and the cue passed over whole, `asked whether …`; verbs of manner (`beamed`, `scoffed`, `grinned`) as cues right beside a quotation; a person noun the text gave one person, `the witness`; composed passages in council, hospital, police, school board, farming, tech, election night, UK single-quote and US wire styles).
        // 329/349 = 0.943, unchanged by the thirteenth sitting's round on U (a short parenthesis before a titled name, `Body (ACR) Chairman X`, `Commissioner of Police (Zone 11) X`; honorifics and police ranks of African and South Asian papers, `Hon.`, `Nana`, `DCP`; a regnal numeral in a name; a speech noun after `in its daily` or before `read out`; a time ending the clause before the comma, `…, which has lost ground since September, X said`; `her daughter said` as the one person named in apposition to the same words; a participle adjective before a role and a name, `retired postman X`; a document's agent ending at the comma before the clause's pronoun; an infinitive with its own subject after `for`, `waiting for a cousin to send him money`, no longer hiding the sentence's subject from `he`; `blasted`, `slammed`, `lambasted`, `derided` as cues before `as` and a quotation; tuned on U and composed passages in wire, South Asian, African, Central Asian, UK tabloid, court and obituary styles).
        // 329/349 = 0.943 unchanged by the thirteenth sitting's long-articles round (composed passages only: whole articles with three to six speakers in UK court, sport, US business, US council and Pakistani politics styles; a role's holder the sentence before is about, a role after an age or `former`, `the company` never a public body, a role word at the text's first character, a role heading an appositive closed by a full stop, a definite title opening a sentence for `he`/`she`, a one-word name already a speaker).
        // 329/349 = 0.943 unchanged by the thirteenth sitting's names-of-offices round (composed passages only, in Ghanaian, Ugandan, Nordic business, Pakistani, Kenyan and Indian styles: an office by its initials after `the`, `the MP`/`the DC`/`the CEO`/`the PM`, as the holder of its full form, never the place after `for`; an acronym speaking, `the SEC said`, as the body it abbreviates, over `and` in the name).
        // 329/349 = 0.943 unchanged by the fourteenth sitting's round on V's interview headline (an interview's introduction names whom it speaks to, and its headline's name counts only when the introduction names nobody: `'…': a glaciologist on the shrinking Tien Shan`; tuned on V and composed passages in UK broadsheet, US local, Pakistani and Central Asian Q&A styles).
        // 329/349 = 0.943 unchanged by the fourteenth sitting's nickname of up to three capitalized words inside a name (`Loretta "Lady Brass" Dupree`, `Marcus "The Hammer" Delgado`: part of the name and nobody's words; tuned on V and composed passages in US sport, UK tabloid, Pakistani sport and Nigerian politics styles).
        // 329/349 = 0.943 unchanged by the fourteenth sitting's sex told by a possessive or reflexive pronoun of the writer's own before any quotation is attributed (`X said her former boss …`, `… by X from her garden`, `X, 58, denies …. His lawyer …`; within eight words of the first name a sentence gives, never past a relative or complement clause or a determiner; tuned on V and composed passages in UK court, Nigerian court, Central Asian wire and US court styles).
        // 329/349 = 0.943 unchanged by the fourteenth sitting's cue form in -s ending its sentence right after a capitalized word read as a plural noun (`… to South Korea and Gulf states. "…," he said` no longer gives `Gulf` as the speaker; not after `as`, not beside a quotation; tuned on V and composed passages in wire, UK broadsheet, Pakistani and Central Asian business styles).
        // 329/349 = 0.943 unchanged by the fourteenth sitting's wire dateline before an indefinite description of one person (`LAGOS — A senior police officer, …, said …. "…," he said`: the description still opens the clause and introduces whom `he` stands for; composed passages only, in US wire, Nigerian and Tajik styles).
        // 329/349 = 0.943 unchanged by the fourteenth sitting's name in apposition to a role with an `at`/`of` phrase naming a body (`An analyst at a Tokyo securities house, Rina Fujimoto, said`: the body's noun inside the phrase no longer makes the name an organisation's, so `she` finds her; tuned on V and composed passages in Nigerian business, UK science and Kazakh business wire styles).
        // 329/349 = 0.943 unchanged by the fourteenth sitting's inverted copula opened by `Also` and a place (`Also on the panel was Shahnoza Yusupova, an urban planner …. "…," she said`: the name after the copula, asked for before the sentence's other subjects, not the appositive description; tuned on V and composed passages in US local, UK court and Nigerian local styles).
        // 329/349 = 0.943 unchanged by the fifteenth sitting's round on W: a description right after the name of an opening `According to X,`/`For X,` phrase read as that name's apposition (`According to Aigerim Tulegenova, an energy analyst at …, the problem is older than the ministry admits. "…," she said`; tuned on W and composed passages in wire, Nigerian and UK court styles); and a relation named in apposition with a definite role before the name, up to eleven paragraphs back (`her son, the conductor X,` … `"…," her son said. "…"`; tuned on W and composed passages in obituary, UK tabloid and Central Asian feature styles).
        QuoteGoldSet(file: "blind-s.txt", minimumPassages: 30, speakerFloor: 0.939),
        // Blind set T, 30 whole articles (345 quotations): an ordinary day's mix again, twelve on
        // Central Asia, Russia, Ukraine and Latvia, the rest from Kenya, Australia, India, Scotland, the US,
        // Nigeria, Japan and elsewhere; its writer lists a group by the phrase written at each quotation
        // and left posters out. By a writer who never saw the stage: detection F1 1.000, speakers
        // 303/345 = 0.878 on main at ea86e54 (the stage as at 31e94fc). 306/345 = 0.887 after the ninth
        // sitting's round on Q (a statement's setting before its clause, two-word cues, a nickname inside a
        // name, a long description before the closing name; tuned on Q and composed passages), still unseen.
        // Unchanged, still unseen, by a person's sex bound by a pronoun outside a cue (fitted to Q).
        // 306/345 -> 307/345 = 0.890 after the tenth sitting's round on R (a relative clause running into the cue, `another` opening a new person, a document speaking for its writer, an age and a role before an appositive name; tuned on R and composed passages), still unseen.
        // Unchanged, still unseen, by the tenth sitting's headline round (a headline quotation takes the body's speaker of the same words; tuned on Q, R and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's `said state Sen.` and `laughs` beside a quotation (tuned on S and composed passages).
        // 307/345 -> 308/345 = 0.893 after the eleventh sitting's group phrase before an organisation's name (`Analysts at brokerage X`; tuned on S and composed passages), still unseen.
        // Unchanged, still unseen, by the eleventh sitting's relative clause after an indefinite description after the cue (tuned on S and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's role with a prepositional phrase before a name (`Cabinet member for highways Cllr X`), as
        // kept: its first form (any person's name, an article allowed) lost one here and one in U, and one in J, whose miss (`a spokesperson for
        // the housing charity Shelter`) led to the tightening.
        // Unchanged, still unseen, by the eleventh sitting's pronoun for the person just quoted by an indefinite description (tuned on S, N and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's `rejected … as "…"` (tuned on S and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's second round's `ng'` in a name and participle phrases after an indefinite description (tuned on S, R and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's second round's far `the ministry` (tuned on Q and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's third round's live-blog stamp, `Her message was blunt:`, alternating testimony
        // exchanges and nested words as no source for a repeated quotation (tuned on P, J and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's fourth round's crowd before a chant noun and colon (`took up the chant:`; tuned on I, P and composed passages).
        // Unchanged, still unseen, by the fourth round's `the former`/`the latter` for the first/last person named in full in the sentence before (composed passages only).
        // Unchanged, still unseen, by the fifth round's breadth passages (`of` a body whose name has `and`s, a quotation alone in its paragraph with `Those were the words of X`/`So said X` next, `The Mayor of X, NAME,`; composed passages only).
        // Released to the tuners at the start of the twelfth sitting (2026-11-22), unseen for three sittings, at
        // 308/345 = 0.893 (detection F1 1.000): misses 25 another speaker, 11 none, 1 for nobody's words.
        // 308/345 -> 310/345 = 0.899 after the twelfth sitting's request to be named, which names the description's
        // person and reports no words (`who asked to be identified only by her first name, Svetlana`, `who asked that
        // only his first name, Vasyl, be used`); 314/345 = 0.910 after a title alone opening the sentence is not cut
        // before `of` (`Chair of the group, retired teacher Morag McPhail, said:`: the holder in apposition).
        // 314/345 -> 317/345 = 0.919 after `According to him/her/them,` as the pronoun's person, `lamented` as a cue, and `and`/`but` opening a subject dropped from it (one each).
        // 317/345 -> 319/345 = 0.925 after `once` right before the verb as an adverb, not a clause opener (`Hall once described her as`), and a headline's subject ending before a present tense after a common noun (`Russia's central bank holds key rate …, says`) (one each).
        // 319/345 -> 321/345 = 0.927 after the office written in capitals ending in a title before its brief, with the holder in apposition (`The Special Adviser to the Governor on Health, Dr X,`, `The Minister for Health, X,`); 323/345 = 0.936 after a participle cue after the object of a verb of
        // seeing or hearing (`Video posted on Telegram showed protesters chanting "…"`).
        // 323/345 -> 324/345 = 0.939 after the one-word subject after `what` (`over what officials called "…"`).
        // 324/345 -> 325/345 = 0.942 after `"…," the coach added` as the person quoted just before when the text gave them the title or a word of its family (`Rovers boss X`), however far back, whoever else had one.
        // 325/345 = 0.942, unchanged by the twelfth sitting's breadth round (composed passages only, in many styles: a role-named object after a verb, an office of a place, `who did not want to be named`, a person's dotted initials, a speaker named in the next sentence, `said a U.S. official`, a cue's base form inside a noun compound or after a possessive, a live blog's stamp without a dash, the main clause after an opening cue, `Like`, agent nouns ending role words).
        // 325/345 = 0.942, unchanged by the twelfth sitting's third breadth round (composed passages only: `hit back` as a cue, `The reply from the Kremlin was swift:`, a woman marked as one as the object for `she`, a preposition after an opening participle).
        // 325/345 = 0.942, unchanged by the twelfth sitting's fourth breadth round (a passive participle phrase between the subject and the cue passed over whole, `asked whether …`; verbs of manner (`beamed`, `scoffed`, `grinned`) as cues right beside a quotation; a person noun the text gave one person, `the witness`; composed passages in council, hospital, police, school board, farming, tech, election night, UK single-quote and US wire styles).
        // 325/345 = 0.942, unchanged by the thirteenth sitting's round on U (a short parenthesis before a titled name, `Body (ACR) Chairman X`, `Commissioner of Police (Zone 11) X`; honorifics and police ranks of African and South Asian papers, `Hon.`, `Nana`, `DCP`; a regnal numeral in a name; a speech noun after `in its daily` or before `read out`; a time ending the clause before the comma, `…, which has lost ground since September, X said`; `her daughter said` as the one person named in apposition to the same words; a participle adjective before a role and a name, `retired postman X`; a document's agent ending at the comma before the clause's pronoun; an infinitive with its own subject after `for`, `waiting for a cousin to send him money`, no longer hiding the sentence's subject from `he`; `blasted`, `slammed`, `lambasted`, `derided` as cues before `as` and a quotation; tuned on U and composed passages in wire, South Asian, African, Central Asian, UK tabloid, court and obituary styles).
        // 325/345 = 0.942 unchanged by the thirteenth sitting's long-articles round (composed passages only: whole articles with three to six speakers in UK court, sport, US business, US council and Pakistani politics styles; a role's holder the sentence before is about, a role after an age or `former`, `the company` never a public body, a role word at the text's first character, a role heading an appositive closed by a full stop, a definite title opening a sentence for `he`/`she`, a one-word name already a speaker).
        // 325/345 = 0.942 unchanged by the thirteenth sitting's names-of-offices round (composed passages only, in Ghanaian, Ugandan, Nordic business, Pakistani, Kenyan and Indian styles: an office by its initials after `the`, `the MP`/`the DC`/`the CEO`/`the PM`, as the holder of its full form, never the place after `for`; an acronym speaking, `the SEC said`, as the body it abbreviates, over `and` in the name).
        // 325/345 = 0.942 unchanged by the fourteenth sitting's round on V's interview headline (an interview's introduction names whom it speaks to, and its headline's name counts only when the introduction names nobody: `'…': a glaciologist on the shrinking Tien Shan`; tuned on V and composed passages in UK broadsheet, US local, Pakistani and Central Asian Q&A styles).
        // 325/345 = 0.942 unchanged by the fourteenth sitting's nickname of up to three capitalized words inside a name (`Loretta "Lady Brass" Dupree`, `Marcus "The Hammer" Delgado`: part of the name and nobody's words; tuned on V and composed passages in US sport, UK tabloid, Pakistani sport and Nigerian politics styles).
        // 325/345 = 0.942 unchanged by the fourteenth sitting's sex told by a possessive or reflexive pronoun of the writer's own before any quotation is attributed (`X said her former boss …`, `… by X from her garden`, `X, 58, denies …. His lawyer …`; within eight words of the first name a sentence gives, never past a relative or complement clause or a determiner; tuned on V and composed passages in UK court, Nigerian court, Central Asian wire and US court styles).
        // 325/345 = 0.942 unchanged by the fourteenth sitting's cue form in -s ending its sentence right after a capitalized word read as a plural noun (`… to South Korea and Gulf states. "…," he said` no longer gives `Gulf` as the speaker; not after `as`, not beside a quotation; tuned on V and composed passages in wire, UK broadsheet, Pakistani and Central Asian business styles).
        // 325/345 = 0.942 unchanged by the fourteenth sitting's wire dateline before an indefinite description of one person (`LAGOS — A senior police officer, …, said …. "…," he said`: the description still opens the clause and introduces whom `he` stands for; composed passages only, in US wire, Nigerian and Tajik styles).
        // 325/345 = 0.942 unchanged by the fourteenth sitting's name in apposition to a role with an `at`/`of` phrase naming a body (`An analyst at a Tokyo securities house, Rina Fujimoto, said`: the body's noun inside the phrase no longer makes the name an organisation's, so `she` finds her; tuned on V and composed passages in Nigerian business, UK science and Kazakh business wire styles).
        // 325/345 = 0.942 unchanged by the fourteenth sitting's inverted copula opened by `Also` and a place (`Also on the panel was Shahnoza Yusupova, an urban planner …. "…," she said`: the name after the copula, asked for before the sentence's other subjects, not the appositive description; tuned on V and composed passages in US local, UK court and Nigerian local styles).
        // 325/345 = 0.942 unchanged by the fifteenth sitting's round on W: a description right after the name of an opening `According to X,`/`For X,` phrase read as that name's apposition (`According to Aigerim Tulegenova, an energy analyst at …, the problem is older than the ministry admits. "…," she said`; tuned on W and composed passages in wire, Nigerian and UK court styles); and a relation named in apposition with a definite role before the name, up to eleven paragraphs back (`her son, the conductor X,` … `"…," her son said. "…"`; tuned on W and composed passages in obituary, UK tabloid and Central Asian feature styles).
        QuoteGoldSet(file: "blind-t.txt", minimumPassages: 30, speakerFloor: 0.889),
        // Blind set U, 30 whole articles (349 quotations, 20 of them nobody's): an ordinary day's mix, eleven on
        // Central Asia, Russia and Ukraine, the rest from South Africa, New Zealand, Pakistan, Wales, Ghana,
        // Singapore, the US and elsewhere; twelve headline quotes, UK single quotes in three articles. By a
        // writer who never saw the stage: detection F1 0.999, speakers 299/348 = 0.859 on main at d6fda69 (the
        // stage as at a479316). A regex gets 0.219 of its speakers, textacy 0.355.
        // 299/348 -> 298/348 = 0.856 after the tenth sitting's round on R (a relative clause running into the cue, `another` opening a new person, a document speaking for its writer, an age and a role before an appositive name; tuned on R and composed passages), still unseen: one quote lost, which one is not looked at; the
        // floor was lowered to record the loss, not to hide it.
        // Unchanged, still unseen, by the tenth sitting's headline round (a headline quotation takes the body's speaker of the same words; tuned on Q, R and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's `said state Sen.` and `laughs` beside a quotation (tuned on S and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's group phrase before an organisation's name (tuned on S and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's relative clause after an indefinite description after the cue (tuned on S and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's role with a prepositional phrase before a name, as kept (its first form lost one here; see T).
        // Unchanged, still unseen, by the eleventh sitting's pronoun for the person just quoted by an indefinite description (tuned on S, N and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's `rejected … as "…"` (tuned on S and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's second round's `ng'` in a name and participle phrases after an indefinite description (tuned on S, R and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's second round's far `the ministry` (tuned on Q and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's third round's live-blog stamp, `Her message was blunt:`, alternating testimony
        // exchanges and nested words as no source for a repeated quotation (tuned on P, J and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's fourth round's crowd before a chant noun and colon (`took up the chant:`; tuned on I, P and composed passages).
        // Unchanged, still unseen, by the fourth round's `the former`/`the latter` for the first/last person named in full in the sentence before (composed passages only).
        // Unchanged, still unseen, by the fifth round's breadth passages (`of` a body whose name has `and`s, a quotation alone in its paragraph with `Those were the words of X`/`So said X` next, `The Mayor of X, NAME,`; composed passages only).
        // Still unseen after the twelfth sitting's request to be named (unchanged) and title alone opening the sentence before `of`
        // (tuned on T and composed passages): 298/348 -> 299/348 = 0.859.
        // Still unseen after the twelfth sitting's `According to him/her/them,` as the pronoun's person, `lamented` as a cue, and `and`/`but` opening a subject dropped from it (tuned on T, P and composed passages): 299/348 -> 300/348 = 0.862.
        // Unchanged, still unseen (300/348), by the twelfth sitting's `once` right before the verb as an adverb, not a clause opener (`Hall once described her as`), and a headline's subject ending before a present tense after a common noun (`Russia's central bank holds key rate …, says`) (tuned on T and composed passages).
        // Unchanged, still unseen (300/348), by the twelfth sitting's office written in capitals ending in a title before its brief, with the holder in apposition (`The Special Adviser to the Governor on Health, Dr X,`, `The Minister for Health, X,`), and a participle cue after the object of a verb of seeing or hearing (`Video … showed protesters chanting "…"`) (tuned on T and composed passages).
        // Unchanged, still unseen (300/348), by the twelfth sitting's one-word subject after `what` (`over what officials called "…"`) (tuned on T and composed passages).
        // Unchanged, still unseen (300/348), by the twelfth sitting's `"…," the coach added` as the person quoted just before when the text gave them the title or a word of its family (`Rovers boss X`) (tuned on T and composed passages).
        // Unchanged, still unseen (300/348), by the twelfth sitting's breadth round (composed passages only, in many styles: a role-named object after a verb, an office of a place, `who did not want to be named`, a person's dotted initials, a speaker named in the next sentence, `said a U.S. official`, a cue's base form inside a noun compound or after a possessive, a live blog's stamp without a dash, the main clause after an opening cue, `Like`, agent nouns ending role words).
        // Unchanged, still unseen (300/348), by the twelfth sitting's third breadth round (composed passages only: `hit back` as a cue, `The reply from the Kremlin was swift:`, a woman marked as one as the object for `she`, a preposition after an opening participle).
        // Unchanged, still unseen (300/348), by the twelfth sitting's fourth breadth round (a passive participle phrase between the subject and the cue passed over whole, `asked whether …`; verbs of manner (`beamed`, `scoffed`, `grinned`) as cues right beside a quotation; a person noun the text gave one person, `the witness`; composed passages in council, hospital, police, school board, farming, tech, election night, UK single-quote and US wire styles).
        // Released to the tuners at the start of the thirteenth sitting (2026-11-22), unseen for three sittings, at detection
        // F1 0.999 (one of 349 missed), speakers 300/348 = 0.862; of the 48 misses, 27 another speaker, 17 none, 4 for nobody's words.
        // Tuned on in the thirteenth sitting, on structural causes only, each with composed passages in two styles or more that failed first and one the rule must not fire on: 300/348 -> 309/348 after a short parenthesis before a titled name (`Pakistan Textile Exporters Forum (PTEF) Chairman X`, `Deputy Commissioner of Police (Zone 11) X`), `Nana`, `Hon.` and `DCP` as titles and a regnal numeral kept in a name (`Nana Kwame Ankomah II`); 311/348 after a speech noun after `in its daily` or before `read out` is no cue; 315/348 after a time ending the clause before the comma is no head (`since September, Mukanova said`), `her daughter said` as the daughter named in apposition before and a participle adjective before a role and a name (`In Lairg, retired postman X said`); 317/348 = 0.911 after a document's agent ends at the comma before the clause's pronoun (`According to a statement posted by the regional administration, he promised`); 320/348 = 0.920 after `him` in an infinitive with its own subject after `for` no longer rules out the sentence's subject for `he` (`X, 29, has been waiting three days for a cousin to send him money`); 321/348 = 0.922 after the tabloid's verbs of attack as cues before `as` and a quotation (`blasted VAR as 'a joke'`).
        // 321/348 = 0.922 -> 328/349 = 0.940 (detection R 1.000) after the thirteenth sitting's breadth round (composed passages only, in wire, UK tabloid and broadsheet, US local, court, sport, business, obituary, Q&A, Indian, Pakistani, Nigerian, Ghanaian, Kenyan, Australian and Kyrgyz styles: `boss`/`gaffer`, `superintendent`, `inspector-general` as titles; a role noun not standing for a name in apposition to a noun it owns, `The striker's father, X`; `One of them, who …` as one of the group before; `was of the view that`; two people named after a plural role; an interview's credit `by X` no interviewee; `"…?" asked X, 74, …` continued; `remembered … as`; `, while addressing …,`; curly and straight apostrophes alike in a repeated quotation; a single-quoted run-on opened after a sentence's end; a side's title through the role's family; `Asked if he …, the 52-year-old replied`): `One of them, who …`, `He was of the view that`, a question continued, a headline's curly apostrophe, the run-on found and `Asked if he …`. The floor, 0.905 -> 0.935, stays below the measured figure.
        // 328/349 = 0.940 unchanged by the thirteenth sitting's long-articles round (composed passages only: whole articles with three to six speakers in UK court, sport, US business, US council and Pakistani politics styles; a role's holder the sentence before is about, a role after an age or `former`, `the company` never a public body, a role word at the text's first character, a role heading an appositive closed by a full stop, a definite title opening a sentence for `he`/`she`, a one-word name already a speaker).
        // 328/349 = 0.940 unchanged by the thirteenth sitting's names-of-offices round (composed passages only, in Ghanaian, Ugandan, Nordic business, Pakistani, Kenyan and Indian styles: an office by its initials after `the`, `the MP`/`the DC`/`the CEO`/`the PM`, as the holder of its full form, never the place after `for`; an acronym speaking, `the SEC said`, as the body it abbreviates, over `and` in the name).
        // 328/349 = 0.940 unchanged by the fourteenth sitting's round on V's interview headline (an interview's introduction names whom it speaks to, and its headline's name counts only when the introduction names nobody: `'…': a glaciologist on the shrinking Tien Shan`; tuned on V and composed passages in UK broadsheet, US local, Pakistani and Central Asian Q&A styles).
        // 328/349 = 0.940 unchanged by the fourteenth sitting's nickname of up to three capitalized words inside a name (`Loretta "Lady Brass" Dupree`, `Marcus "The Hammer" Delgado`: part of the name and nobody's words; tuned on V and composed passages in US sport, UK tabloid, Pakistani sport and Nigerian politics styles).
        // 328/349 = 0.940 unchanged by the fourteenth sitting's sex told by a possessive or reflexive pronoun of the writer's own before any quotation is attributed (`X said her former boss …`, `… by X from her garden`, `X, 58, denies …. His lawyer …`; within eight words of the first name a sentence gives, never past a relative or complement clause or a determiner; tuned on V and composed passages in UK court, Nigerian court, Central Asian wire and US court styles).
        // 328/349 = 0.940 unchanged by the fourteenth sitting's cue form in -s ending its sentence right after a capitalized word read as a plural noun (`… to South Korea and Gulf states. "…," he said` no longer gives `Gulf` as the speaker; not after `as`, not beside a quotation; tuned on V and composed passages in wire, UK broadsheet, Pakistani and Central Asian business styles).
        // 328/349 = 0.940 unchanged by the fourteenth sitting's wire dateline before an indefinite description of one person (`LAGOS — A senior police officer, …, said …. "…," he said`: the description still opens the clause and introduces whom `he` stands for; composed passages only, in US wire, Nigerian and Tajik styles).
        // 328/349 = 0.940 unchanged by the fourteenth sitting's name in apposition to a role with an `at`/`of` phrase naming a body (`An analyst at a Tokyo securities house, Rina Fujimoto, said`: the body's noun inside the phrase no longer makes the name an organisation's, so `she` finds her; tuned on V and composed passages in Nigerian business, UK science and Kazakh business wire styles).
        // 328/349 = 0.940 unchanged by the fourteenth sitting's inverted copula opened by `Also` and a place (`Also on the panel was Shahnoza Yusupova, an urban planner …. "…," she said`: the name after the copula, asked for before the sentence's other subjects, not the appositive description; tuned on V and composed passages in US local, UK court and Nigerian local styles).
        // 328/349 = 0.940 unchanged by the fifteenth sitting's round on W: a description right after the name of an opening `According to X,`/`For X,` phrase read as that name's apposition (`According to Aigerim Tulegenova, an energy analyst at …, the problem is older than the ministry admits. "…," she said`; tuned on W and composed passages in wire, Nigerian and UK court styles); and a relation named in apposition with a definite role before the name, up to eleven paragraphs back (`her son, the conductor X,` … `"…," her son said. "…"`; tuned on W and composed passages in obituary, UK tabloid and Central Asian feature styles).
        // 328/349 -> 329/349 = 0.943 after the fifteenth sitting's third round's lone `some` as a part of the group its sentence (or the one before) opened with (`Supporters … applauded …, and some shouted "…"`, `About 30 supporters gathered …. Some chanted "…"`) and `, and` opening a clause of its own before a bare plural and its cue after a clause of four words or more (`…, and protesters chanted "…"`; composed passages in wire, Australian, Kenyan, Ukrainian, Irish and court styles) (`some shouted` now gives `Supporters` where the gold has `some supporters`: still a miss). The floor stays below the measured figure.
        QuoteGoldSet(file: "blind-u.txt", minimumPassages: 30, speakerFloor: 0.935),
        // Blind set V, 30 whole articles (360 quotations, a few nobody's): an ordinary day's mix, twelve on
        // Central Asia, Russia and Ukraine, courts with lawyer, judge and witness, a press conference, protests
        // with chants, an obituary, a Q&A piece; US and UK marks, one article in curly singles that are also its
        // apostrophes; speakers named by first name only where the article does so. By a writer who never saw the
        // stage: detection F1 1.000, speakers 292/360 = 0.811 on main at e93eb7d (the stage as at 4505b94): 48
        // another speaker, 19 none, 1 for nobody's words. A regex gets 0.195 of speakers, textacy 0.360.
        // Still unseen after the eleventh sitting's round on S (a base form after a cue, `laughs` beside a quotation, a
        // common noun's group phrase before an organisation, a relative clause after the cue, a role with its own
        // phrase before a name, `he`/`she` after `a`/`one` described speaker, `rejected … as`): 294/360 = 0.817.
        // Unchanged, still unseen (294/360), by the eleventh sitting's second round's `ng'` in a name and participle phrases after an indefinite description (tuned on S, R and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's second round's far `the ministry` (tuned on Q and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's third round's live-blog stamp, `Her message was blunt:`, alternating testimony
        // exchanges and nested words as no source for a repeated quotation (tuned on P, J and composed passages).
        // Unchanged, still unseen, by the eleventh sitting's fourth round's crowd before a chant noun and colon (`took up the chant:`; tuned on I, P and composed passages).
        // Unchanged, still unseen, by the fourth round's `the former`/`the latter` for the first/last person named in full in the sentence before (composed passages only).
        // Unchanged, still unseen, by the fifth round's breadth passages (`of` a body whose name has `and`s, a quotation alone in its paragraph with `Those were the words of X`/`So said X` next, `The Mayor of X, NAME,`; composed passages only).
        // Unchanged, still unseen (294/360), by the twelfth sitting's request to be named (`who asked to be identified only by her first name, X`, `who asked that only his first name, X, be used`) and a title alone opening the sentence before `of` (`Chair of the group, retired teacher X, said`) (tuned on T and composed passages).
        // Unchanged, still unseen (294/360), by the twelfth sitting's `According to him/her/them,` as the pronoun's person, `lamented` as a cue, and `and`/`but` opening a subject dropped from it (tuned on T, P and composed passages).
        // Unchanged, still unseen (294/360), by the twelfth sitting's `once` right before the verb as an adverb, not a clause opener (`Hall once described her as`), and a headline's subject ending before a present tense after a common noun (`Russia's central bank holds key rate …, says`) (tuned on T and composed passages).
        // Unchanged, still unseen (294/360), by the twelfth sitting's office written in capitals ending in a title before its brief, with the holder in apposition (`The Special Adviser to the Governor on Health, Dr X,`, `The Minister for Health, X,`), and a participle cue after the object of a verb of seeing or hearing (`Video … showed protesters chanting "…"`) (tuned on T and composed passages).
        // Unchanged, still unseen (294/360), by the twelfth sitting's one-word subject after `what` (`over what officials called "…"`) (tuned on T and composed passages).
        // Unchanged, still unseen (294/360), by the twelfth sitting's `"…," the coach added` as the person quoted just before when the text gave them the title or a word of its family (`Rovers boss X`) (tuned on T and composed passages).
        // Still unseen after the twelfth sitting's breadth round (composed passages only, in many styles: a role-named object after a verb, an office of a place, `who did not want to be named`, a person's dotted initials, a speaker named in the next sentence, `said a U.S. official`, a cue's base form inside a noun compound or after a possessive, a live blog's stamp without a dash, the main clause after an opening cue, `Like`, agent nouns ending role words): 294/360 -> 297/360 = 0.825 (not looked into).
        // Unchanged, still unseen (297/360), by the twelfth sitting's third breadth round (composed passages only: `hit back` as a cue, `The reply from the Kremlin was swift:`, a woman marked as one as the object for `she`, a preposition after an opening participle).
        // Unchanged, still unseen (297/360), by the twelfth sitting's fourth breadth round (a passive participle phrase between the subject and the cue passed over whole, `asked whether …`; verbs of manner (`beamed`, `scoffed`, `grinned`) as cues right beside a quotation; a person noun the text gave one person, `the witness`; composed passages in council, hospital, police, school board, farming, tech, election night, UK single-quote and US wire styles).
        // Unchanged, still unseen (297/360), by the thirteenth sitting's round on U (a short parenthesis before a titled name, `Body (ACR) Chairman X`, `Commissioner of Police (Zone 11) X`; honorifics and police ranks of African and South Asian papers, `Hon.`, `Nana`, `DCP`; a regnal numeral in a name; a speech noun after `in its daily` or before `read out`; a time ending the clause before the comma, `…, which has lost ground since September, X said`; `her daughter said` as the one person named in apposition to the same words; a participle adjective before a role and a name, `retired postman X`; a document's agent ending at the comma before the clause's pronoun; an infinitive with its own subject after `for`, `waiting for a cousin to send him money`, no longer hiding the sentence's subject from `he`; `blasted`, `slammed`, `lambasted`, `derided` as cues before `as` and a quotation; tuned on U and composed passages in wire, South Asian, African, Central Asian, UK tabloid, court and obituary styles).
        // Unchanged, still unseen (297/360), by the thirteenth sitting's breadth round (composed passages only, in wire, UK tabloid and broadsheet, US local, court, sport, business, obituary, Q&A, Indian, Pakistani, Nigerian, Ghanaian, Kenyan, Australian and Kyrgyz styles: `boss`/`gaffer`, `superintendent`, `inspector-general` as titles; a role noun not standing for a name in apposition to a noun it owns, `The striker's father, X`; `One of them, who …` as one of the group before; `was of the view that`; two people named after a plural role; an interview's credit `by X` no interviewee; `"…?" asked X, 74, …` continued; `remembered … as`; `, while addressing …,`; curly and straight apostrophes alike in a repeated quotation; a single-quoted run-on opened after a sentence's end; a side's title through the role's family; `Asked if he …, the 52-year-old replied`).
        // Unchanged, still unseen (297/360), by the thirteenth sitting's long-articles round (composed passages only: whole articles with three to six speakers in UK court, sport, US business, US council and Pakistani politics styles; a role's holder the sentence before is about, a role after an age or `former`, `the company` never a public body, a role word at the text's first character, a role heading an appositive closed by a full stop, a definite title opening a sentence for `he`/`she`, a one-word name already a speaker).
        // Unchanged, still unseen (297/360), by the thirteenth sitting's names-of-offices round (composed passages only, in Ghanaian, Ugandan, Nordic business, Pakistani, Kenyan and Indian styles: an office by its initials after `the`, `the MP`/`the DC`/`the CEO`/`the PM`, as the holder of its full form, never the place after `for`; an acronym speaking, `the SEC said`, as the body it abbreviates, over `and` in the name).
        // Released to the tuners at the start of the fourteenth sitting (2026-11-22), unseen for three sittings, at detection
        // F1 1.000, speakers 297/360 = 0.825; of the 63 misses, 48 another speaker (24 of them one name for another), 14
        // none, 1 for nobody's words.
        // 297/360 = 0.825 -> 305/360 = 0.847 after the fourteenth sitting's round on V's interview headline (an interview's introduction names whom it speaks to, and its headline's name counts only when the introduction names nobody: `'…': a glaciologist on the shrinking Tien Shan`; tuned on V and composed passages in UK broadsheet, US local, Pakistani and Central Asian Q&A styles).
        // 305/360 = 0.847 -> 308/360 = 0.856 after the fourteenth sitting's nickname of up to three capitalized words inside a name (`Loretta "Lady Brass" Dupree`, `Marcus "The Hammer" Delgado`: part of the name and nobody's words; tuned on V and composed passages in US sport, UK tabloid, Pakistani sport and Nigerian politics styles).
        // 308/360 = 0.856 -> 310/360 = 0.861 after the fourteenth sitting's sex told by a possessive or reflexive pronoun of the writer's own before any quotation is attributed (`X said her former boss …`, `… by X from her garden`, `X, 58, denies …. His lawyer …`; within eight words of the first name a sentence gives, never past a relative or complement clause or a determiner; tuned on V and composed passages in UK court, Nigerian court, Central Asian wire and US court styles).
        // 310/360 = 0.861 -> 312/360 = 0.867 after the fourteenth sitting's cue form in -s ending its sentence right after a capitalized word read as a plural noun (`… to South Korea and Gulf states. "…," he said` no longer gives `Gulf` as the speaker; not after `as`, not beside a quotation; tuned on V and composed passages in wire, UK broadsheet, Pakistani and Central Asian business styles).
        // 312/360 = 0.867 unchanged by the fourteenth sitting's wire dateline before an indefinite description of one person (`LAGOS — A senior police officer, …, said …. "…," he said`: the description still opens the clause and introduces whom `he` stands for; composed passages only, in US wire, Nigerian and Tajik styles).
        // 312/360 = 0.867 -> 314/360 = 0.872 after the fourteenth sitting's name in apposition to a role with an `at`/`of` phrase naming a body (`An analyst at a Tokyo securities house, Rina Fujimoto, said`: the body's noun inside the phrase no longer makes the name an organisation's, so `she` finds her; tuned on V and composed passages in Nigerian business, UK science and Kazakh business wire styles).
        // 314/360 = 0.872 -> 316/360 = 0.878 after the fourteenth sitting's inverted copula opened by `Also` and a place (`Also on the panel was Shahnoza Yusupova, an urban planner …. "…," she said`: the name after the copula, asked for before the sentence's other subjects, not the appositive description; tuned on V and composed passages in US local, UK court and Nigerian local styles).
        // The floor, 0.81 -> 0.87, stays below the measured figure (316/360 = 0.878) after the fourteenth sitting's rounds.
        // Unchanged (316/360) by the fourteenth sitting's breadth round's a speaker described before the name and named only in the next sentence or paragraph by the description's own noun with the name in apposition (`"…," said the driver of the lead truck. The driver, Oleksandr Petrenko, had waited …`; composed passages in wire, UK tabloid and Kenyan styles).
        // 316/360 = 0.878 -> 320/360 = 0.889 after the breadth round's a person named in a `For X,` or `According to (role) X,` phrase opening a sentence as the one a later sentence's `he`/`she` stands for (`According to Dr Suresh Menon, the hospital had run out …. "…," he said`; never the pronoun's own sentence, `According to Nino, she has rejected …`; after `For` only a name the text gave a sex or a pronoun near; composed passages in Indian, UK court, Nigerian police, UK broadsheet and sport styles).
        // Unchanged (320/360) by the breadth round's a surname two people share in one name (`Edna and Stacey Pickering`) reported as written, never widened to the one full name the text spells out (composed cases in UK local, UK court and Nigerian styles).
        // Unchanged (320/360) by the breadth round's a person noun or agent noun as a role between the comma and a name for the main clause's subject (`A regular customer, retired miner Dennis Holt, 78, was …. "…," he said`, `One of the traders, fishmonger Akinyi Otieno, 52, lost …`; composed passages in UK tabloid, Kenyan and business styles).
        // Unchanged (320/360) by the breadth round's `the diplomat` for a person named as `Ambassador`, `envoy`, `consul` or `attache` (a role family; composed passages in Central Asian, Pakistani and US wire styles, and `the diplomat` after a minister left a description).
        // Unchanged (320/360) by the breadth round's short sentence of manner opened by `He`/`She` right before a quotation filling its own sentence (`She shrugs that off. "…"`, `She waves away the criticism. "…"`: the pronoun's person speaks; eight words at most, naming nobody; composed passages in profile, Indian, sport and court styles).
        // Unchanged (320/360) by the breadth round's office written in capitals with a place before its title and its holder in apposition (`The Lagos State Governor, X, said`), and an office with its brief heading an appositive for its title's later `the commissioner`/`the minister` (`The Commissioner for the Environment, Mrs X,`; composed passages and a whole article in Nigerian, Kenyan, Pakistani and Irish styles).
        // Unchanged (320/360) by the breadth round's `Recorder` as a judicial title and `the analyst` for a person named as an economist or strategist (a role family; composed passages in UK regional, national and Welsh court styles and in wire, business and Pakistani styles).
        // Unchanged (320/360) by the third breadth round's title, `of the` and body before a holder with no comma (`Chairman of the Cabinet X`), `The Minister of State for Finance, X,` as X, `Critics call X …` for a later `she`, occupations as role words (`nurse`), and by the third breadth round's `cautioned` as a cue and `"…," the CFO said. "…"` carried on to the officer named in full (from three whole articles, batch 10 of the held-out set).
        // 320/360 = 0.889 unchanged by the fifteenth sitting's round on W: a description right after the name of an opening `According to X,`/`For X,` phrase read as that name's apposition (`According to Aigerim Tulegenova, an energy analyst at …, the problem is older than the ministry admits. "…," she said`; tuned on W and composed passages in wire, Nigerian and UK court styles); and a relation named in apposition with a definite role before the name, up to eleven paragraphs back (`her son, the conductor X,` … `"…," her son said. "…"`; tuned on W and composed passages in obituary, UK tabloid and Central Asian feature styles).
        QuoteGoldSet(file: "blind-v.txt", minimumPassages: 30, speakerFloor: 0.87),
        // Blind set W, 30 whole articles (447 quotations): fifteen on Central Asia, Russia, Ukraine and Georgia, the
        // rest from the UK, the US, India, Nigeria, Australia, Japan, Germany, France and Canada; four court stories,
        // two press conferences with several speakers, protests with chants, an obituary, a Q&A piece; titles, scheme
        // names, scare quotes and placards labelled nobody's. By a writer who never saw the stage: detection F1 0.999 (one
        // quotation missed), speakers 399/446 = 0.895 on main at fd33985 (the stage as at 8d2d9a7): 28 another speaker, 13
        // none, 6 for nobody's words. A regex gets 0.180 of speakers, textacy 0.282.
        // Still unseen after the twelfth sitting's round on T (a request to be named, a title alone before `of`, `according to
        // him`, `lament`, `and` opening a subject, `once`, a headline's present tense, an office's holder after a comma, a verb of
        // seeing before a participle, `what officials called`, `the coach added`; tuned on T and composed passages): 399/446 ->
        // 401/446 = 0.899.
        // Unchanged, still unseen (401/446), by the twelfth sitting's breadth round (composed passages only, in many styles: a role-named object after a verb, an office of a place, `who did not want to be named`, a person's dotted initials, a speaker named in the next sentence, `said a U.S. official`, a cue's base form inside a noun compound or after a possessive, a live blog's stamp without a dash, the main clause after an opening cue, `Like`, agent nouns ending role words).
        // Unchanged, still unseen (401/446), by the twelfth sitting's third breadth round (composed passages only: `hit back` as a cue, `The reply from the Kremlin was swift:`, a woman marked as one as the object for `she`, a preposition after an opening participle).
        // Unchanged, still unseen (401/446), by the twelfth sitting's fourth breadth round (a passive participle phrase between the subject and the cue passed over whole, `asked whether …`; verbs of manner (`beamed`, `scoffed`, `grinned`) as cues right beside a quotation; a person noun the text gave one person, `the witness`; composed passages in council, hospital, police, school board, farming, tech, election night, UK single-quote and US wire styles).
        // Unchanged, still unseen (401/446), by the thirteenth sitting's round on U (a short parenthesis before a titled name, `Body (ACR) Chairman X`, `Commissioner of Police (Zone 11) X`; honorifics and police ranks of African and South Asian papers, `Hon.`, `Nana`, `DCP`; a regnal numeral in a name; a speech noun after `in its daily` or before `read out`; a time ending the clause before the comma, `…, which has lost ground since September, X said`; `her daughter said` as the one person named in apposition to the same words; a participle adjective before a role and a name, `retired postman X`; a document's agent ending at the comma before the clause's pronoun; an infinitive with its own subject after `for`, `waiting for a cousin to send him money`, no longer hiding the sentence's subject from `he`; `blasted`, `slammed`, `lambasted`, `derided` as cues before `as` and a quotation; tuned on U and composed passages in wire, South Asian, African, Central Asian, UK tabloid, court and obituary styles).
        // Still unseen after the thirteenth sitting's breadth round (composed passages only, in wire, UK tabloid and broadsheet, US local, court, sport, business, obituary, Q&A, Indian, Pakistani, Nigerian, Ghanaian, Kenyan, Australian and Kyrgyz styles: `boss`/`gaffer`, `superintendent`, `inspector-general` as titles; a role noun not standing for a name in apposition to a noun it owns, `The striker's father, X`; `One of them, who …` as one of the group before; `was of the view that`; two people named after a plural role; an interview's credit `by X` no interviewee; `"…?" asked X, 74, …` continued; `remembered … as`; `, while addressing …,`; curly and straight apostrophes alike in a repeated quotation; a single-quoted run-on opened after a sentence's end; a side's title through the role's family; `Asked if he …, the 52-year-old replied`): 401/446 -> 402/447 = 0.899 (detection R 0.998 -> 1.000, from the single-quoted run-on).
        // Unchanged, still unseen (402/447), by the thirteenth sitting's long-articles round (composed passages only: whole articles with three to six speakers in UK court, sport, US business, US council and Pakistani politics styles; a role's holder the sentence before is about, a role after an age or `former`, `the company` never a public body, a role word at the text's first character, a role heading an appositive closed by a full stop, a definite title opening a sentence for `he`/`she`, a one-word name already a speaker).
        // Unchanged, still unseen (402/447), by the thirteenth sitting's names-of-offices round (composed passages only, in Ghanaian, Ugandan, Nordic business, Pakistani, Kenyan and Indian styles: an office by its initials after `the`, `the MP`/`the DC`/`the CEO`/`the PM`, as the holder of its full form, never the place after `for`; an acronym speaking, `the SEC said`, as the body it abbreviates, over `and` in the name).
        // Unchanged, still unseen (402/447), by the fourteenth sitting's round on V's interview headline (an interview's introduction names whom it speaks to, and its headline's name counts only when the introduction names nobody: `'…': a glaciologist on the shrinking Tien Shan`; tuned on V and composed passages in UK broadsheet, US local, Pakistani and Central Asian Q&A styles).
        // Unchanged, still unseen (402/447), by the fourteenth sitting's nickname of up to three capitalized words inside a name (`Loretta "Lady Brass" Dupree`, `Marcus "The Hammer" Delgado`: part of the name and nobody's words; tuned on V and composed passages in US sport, UK tabloid, Pakistani sport and Nigerian politics styles).
        // Still unseen after the fourteenth sitting's sex told by a possessive or reflexive pronoun of the writer's own before any quotation is attributed (`X said her former boss …`, `… by X from her garden`, `X, 58, denies …. His lawyer …`; within eight words of the first name a sentence gives, never past a relative or complement clause or a determiner; tuned on V and composed passages in UK court, Nigerian court, Central Asian wire and US court styles): 402/447 -> 400/447 = 0.895 (a loss of two, not looked into; the floor, 0.89, stays below it).
        // Unchanged, still unseen (400/447), by the fourteenth sitting's cue form in -s ending its sentence right after a capitalized word read as a plural noun (`… to South Korea and Gulf states. "…," he said` no longer gives `Gulf` as the speaker; not after `as`, not beside a quotation; tuned on V and composed passages in wire, UK broadsheet, Pakistani and Central Asian business styles).
        // Unchanged, still unseen (400/447), by the fourteenth sitting's wire dateline before an indefinite description of one person (`LAGOS — A senior police officer, …, said …. "…," he said`: the description still opens the clause and introduces whom `he` stands for; composed passages only, in US wire, Nigerian and Tajik styles).
        // Unchanged, still unseen (400/447), by the fourteenth sitting's name in apposition to a role with an `at`/`of` phrase naming a body (`An analyst at a Tokyo securities house, Rina Fujimoto, said`: the body's noun inside the phrase no longer makes the name an organisation's, so `she` finds her; tuned on V and composed passages in Nigerian business, UK science and Kazakh business wire styles).
        // Unchanged, still unseen (400/447), by the fourteenth sitting's inverted copula opened by `Also` and a place (`Also on the panel was Shahnoza Yusupova, an urban planner …. "…," she said`: the name after the copula, asked for before the sentence's other subjects, not the appositive description; tuned on V and composed passages in US local, UK court and Nigerian local styles).
        // Unchanged, still unseen (400/447), by the fourteenth sitting's breadth round's a speaker described before the name and named only in the next sentence or paragraph by the description's own noun with the name in apposition (`"…," said the driver of the lead truck. The driver, Oleksandr Petrenko, had waited …`; composed passages in wire, UK tabloid and Kenyan styles).
        // Still unseen after the breadth round's a person named in a `For X,` or `According to (role) X,` phrase opening a sentence as the one a later sentence's `he`/`she` stands for (`According to Dr Suresh Menon, the hospital had run out …. "…," he said`; never the pronoun's own sentence, `According to Nino, she has rejected …`; after `For` only a name the text gave a sex or a pronoun near; composed passages in Indian, UK court, Nigerian police, UK broadsheet and sport styles): 400/447 -> 401/447 = 0.897.
        // Unchanged, still unseen (401/447), by the breadth round's a surname two people share in one name (`Edna and Stacey Pickering`) reported as written, never widened to the one full name the text spells out (composed cases in UK local, UK court and Nigerian styles).
        // Unchanged, still unseen (401/447), by the breadth round's a person noun or agent noun as a role between the comma and a name for the main clause's subject (`A regular customer, retired miner Dennis Holt, 78, was …. "…," he said`, `One of the traders, fishmonger Akinyi Otieno, 52, lost …`; composed passages in UK tabloid, Kenyan and business styles).
        // Unchanged, still unseen (401/447), by the breadth round's `the diplomat` for a person named as `Ambassador`, `envoy`, `consul` or `attache` (a role family; composed passages in Central Asian, Pakistani and US wire styles, and `the diplomat` after a minister left a description).
        // Unchanged, still unseen (401/447), by the breadth round's short sentence of manner opened by `He`/`She` right before a quotation filling its own sentence (`She shrugs that off. "…"`, `She waves away the criticism. "…"`: the pronoun's person speaks; eight words at most, naming nobody; composed passages in profile, Indian, sport and court styles).
        // Unchanged, still unseen (401/447), by the breadth round's office written in capitals with a place before its title and its holder in apposition (`The Lagos State Governor, X, said`), and an office with its brief heading an appositive for its title's later `the commissioner`/`the minister` (`The Commissioner for the Environment, Mrs X,`; composed passages and a whole article in Nigerian, Kenyan, Pakistani and Irish styles).
        // Unchanged, still unseen (401/447), by the breadth round's `Recorder` as a judicial title and `the analyst` for a person named as an economist or strategist (a role family; composed passages in UK regional, national and Welsh court styles and in wire, business and Pakistani styles).
        // Unchanged, still unseen (401/447), by the third breadth round's title, `of the` and body before a holder with no comma (`Chairman of the Cabinet X`), `The Minister of State for Finance, X,` as X, `Critics call X …` for a later `she`, occupations as role words (`nurse`), and by the third breadth round's `cautioned` as a cue and `"…," the CFO said. "…"` carried on to the officer named in full (from three whole articles, batch 10 of the held-out set).
        // Released to the tuners at the start of the fifteenth sitting (2026-11-23), unseen for three sittings, at detection
        // F1 1.000, speakers 401/447 = 0.897; of the 46 misses, 27 another speaker (7 of them one name for another), 13
        // none, 6 for nobody's words.
        // 401/447 -> 403/447 = 0.902 after the fifteenth sitting's a description right after the name of an opening `According to X,`/`For X,` phrase read as that name's apposition (`According to Aigerim Tulegenova, an energy analyst at …, the problem is older than the ministry admits. "…," she said`; tuned on W and composed passages in wire, Nigerian and UK court styles).
        // 403/447 -> 405/447 = 0.906 after the fifteenth sitting's a relation named in apposition with a definite role before the name, up to eleven paragraphs back (`her son, the conductor X,` … `"…," her son said. "…"`; tuned on W and composed passages in obituary, UK tabloid and Central Asian feature styles). The floor, 0.89 -> 0.90, stays below the measured figure.
        // 405/447 -> 407/447 = 0.911 after the fifteenth sitting's a possessive of the same sex before the name in its sentence makes a later one teach the name nothing (`His replacement, Captain X, served as his first mate`: the second `his` may be the predecessor's; `Her husband, X, said his family …` still teaches; composed passages in US local, Nigerian politics and Central Asian feature styles).
        // 407/447 -> 413/447 = 0.924 (on its branch, before the possessive rule above was merged, 405 -> 411) after the fifteenth sitting's second round: a crowd's shout as a cue (`The crowd roared back: "…"`, `"…!" the crowd roared` beside the quotation only, `bellowed`; not `the generator roared back into life`), a word of approximation before a count opening a group subject (`About forty journalists …. They chanted`, `Around 300 riders`; not `About forty minutes later,`), a group joined by commas and `and` up to the clause's verb reported whole (`Several thousand junior doctors and supporters marched`, `Hundreds of traders, commercial motorcyclists and students marched`; not `Teachers marched … and shouted`), and a group read through its possessive without the mark (`the home fans' chants of "…"`); composed passages in wire, UK tabloid and national, US local, Kenyan, Nigerian, Indian, Australian and sport styles.
        // Unchanged (413/447), by the fifteenth sitting's second round's call sign or nickname naming the one described (`a former infantryman who gave only his call sign, Borsuk, said`, `known by her call sign, Lastivka,`; composed passages in Ukrainian, Russian independent and wire styles; W's own `One of them, …, Borsuk,` still misses).
        // Unchanged (413/447) by the fifteenth sitting's second round's a quotation right after a noun of a crowd's voice and `of` or a comma given to its clause's subject when that is a group of many (`Opposition members stormed the well …, raising slogans of "…"`, `Hundreds of students filled the forecourt with chants of "…"`); never past an owner (`the home fans' chants of`), another clause (`…, as chants of "…" rang out`) or the chant noun itself (`Chants of "…" rang around`); composed passages in Indian, Ghanaian, Irish and South African sport styles.
        // Unchanged (413/447) by the fifteenth sitting's second round's members of parliaments by initials as titles (`the TD`, `the MSP`, `the MLA`, `the MEP`), the seat after a role's `for` in a definite appositive no holder (`X, the Labour MP for Bolton West. The MP said`: X, not `Bolton West`), and an `and` inside an office's brief (`The Minister of Water and Sanitation, X,` for `the minister`); from three whole articles (batch 11 of the held-out set) and composed passages in Irish, Scottish, Northern Irish, UK regional, South African and Kenyan styles.
        QuoteGoldSet(file: "blind-w.txt", minimumPassages: 30, speakerFloor: 0.90),
        // Blind set X, 30 whole articles (365 quotations): twelve on Central Asia, Russia and Ukraine, the rest from the
        // US, the UK, Chile, Japan, India, Germany, Nigeria, Australia, Canada, Iceland and Brazil; a Crown Court hearing,
        // two press conferences, a protest with chants, an obituary, a Q&A piece, quotations carried across paragraphs;
        // titles, slogans, subject lines, lines of plays and songs labelled nobody's. By a writer who never saw the
        // stage: detection F1 0.997 (two quotations missed), speakers 328/363 = 0.904 on main at 80b11f1 (the stage as at
        // e26b1a8): 19 another speaker, 11 none, 5 for nobody's words. A regex gets 0.190 of speakers, textacy 0.353.
        // Unchanged, still unseen (328/363), by the thirteenth sitting's round on U (a parenthesis before a titled name, African
        // and South Asian honorifics and police ranks, regnal numerals, speech nouns that are no cue, a time before the comma,
        // `her daughter said`, a participle adjective before a role, a document's agent ending at the comma, `for X to send
        // him`, `blasted … as "…"`; tuned on U and composed passages).
        // Still unseen after the thirteenth sitting's breadth round (composed passages only, in wire, UK tabloid and broadsheet, US local, court, sport, business, obituary, Q&A, Indian, Pakistani, Nigerian, Ghanaian, Kenyan, Australian and Kyrgyz styles: `boss`/`gaffer`, `superintendent`, `inspector-general` as titles; a role noun not standing for a name in apposition to a noun it owns, `The striker's father, X`; `One of them, who …` as one of the group before; `was of the view that`; two people named after a plural role; an interview's credit `by X` no interviewee; `"…?" asked X, 74, …` continued; `remembered … as`; `, while addressing …,`; curly and straight apostrophes alike in a repeated quotation; a single-quoted run-on opened after a sentence's end; a side's title through the role's family; `Asked if he …, the 52-year-old replied`): 328/363 -> 332/365 = 0.910 (detection R 0.995 -> 1.000, from the single-quoted run-on).
        // Unchanged, still unseen (332/365), by the thirteenth sitting's long-articles round (composed passages only: whole articles with three to six speakers in UK court, sport, US business, US council and Pakistani politics styles; a role's holder the sentence before is about, a role after an age or `former`, `the company` never a public body, a role word at the text's first character, a role heading an appositive closed by a full stop, a definite title opening a sentence for `he`/`she`, a one-word name already a speaker).
        // Unchanged, still unseen (332/365), by the thirteenth sitting's names-of-offices round (composed passages only, in Ghanaian, Ugandan, Nordic business, Pakistani, Kenyan and Indian styles: an office by its initials after `the`, `the MP`/`the DC`/`the CEO`/`the PM`, as the holder of its full form, never the place after `for`; an acronym speaking, `the SEC said`, as the body it abbreviates, over `and` in the name).
        // Unchanged, still unseen (332/365), by the fourteenth sitting's round on V's interview headline (an interview's introduction names whom it speaks to, and its headline's name counts only when the introduction names nobody: `'…': a glaciologist on the shrinking Tien Shan`; tuned on V and composed passages in UK broadsheet, US local, Pakistani and Central Asian Q&A styles).
        // Unchanged, still unseen (332/365), by the fourteenth sitting's nickname of up to three capitalized words inside a name (`Loretta "Lady Brass" Dupree`, `Marcus "The Hammer" Delgado`: part of the name and nobody's words; tuned on V and composed passages in US sport, UK tabloid, Pakistani sport and Nigerian politics styles).
        // Unchanged, still unseen (332/365), by the fourteenth sitting's sex told by a possessive or reflexive pronoun of the writer's own before any quotation is attributed (`X said her former boss …`, `… by X from her garden`, `X, 58, denies …. His lawyer …`; within eight words of the first name a sentence gives, never past a relative or complement clause or a determiner; tuned on V and composed passages in UK court, Nigerian court, Central Asian wire and US court styles).
        // Unchanged, still unseen (332/365), by the fourteenth sitting's cue form in -s ending its sentence right after a capitalized word read as a plural noun (`… to South Korea and Gulf states. "…," he said` no longer gives `Gulf` as the speaker; not after `as`, not beside a quotation; tuned on V and composed passages in wire, UK broadsheet, Pakistani and Central Asian business styles).
        // Unchanged, still unseen (332/365), by the fourteenth sitting's wire dateline before an indefinite description of one person (`LAGOS — A senior police officer, …, said …. "…," he said`: the description still opens the clause and introduces whom `he` stands for; composed passages only, in US wire, Nigerian and Tajik styles).
        // Unchanged, still unseen (332/365), by the fourteenth sitting's name in apposition to a role with an `at`/`of` phrase naming a body (`An analyst at a Tokyo securities house, Rina Fujimoto, said`: the body's noun inside the phrase no longer makes the name an organisation's, so `she` finds her; tuned on V and composed passages in Nigerian business, UK science and Kazakh business wire styles).
        // Unchanged, still unseen (332/365), by the fourteenth sitting's inverted copula opened by `Also` and a place (`Also on the panel was Shahnoza Yusupova, an urban planner …. "…," she said`: the name after the copula, asked for before the sentence's other subjects, not the appositive description; tuned on V and composed passages in US local, UK court and Nigerian local styles).
        // Unchanged, still unseen (332/365), by the fourteenth sitting's breadth round's a speaker described before the name and named only in the next sentence or paragraph by the description's own noun with the name in apposition (`"…," said the driver of the lead truck. The driver, Oleksandr Petrenko, had waited …`; composed passages in wire, UK tabloid and Kenyan styles), and by its a person named in a `For X,` or `According to (role) X,` phrase opening a sentence as the one a later sentence's `he`/`she` stands for (`According to Dr Suresh Menon, the hospital had run out …. "…," he said`; never the pronoun's own sentence, `According to Nino, she has rejected …`; after `For` only a name the text gave a sex or a pronoun near; composed passages in Indian, UK court, Nigerian police, UK broadsheet and sport styles).
        // Unchanged, still unseen (332/365), by the breadth round's a surname two people share in one name (`Edna and Stacey Pickering`) reported as written, never widened to the one full name the text spells out (composed cases in UK local, UK court and Nigerian styles).
        // Unchanged, still unseen (332/365), by the breadth round's a person noun or agent noun as a role between the comma and a name for the main clause's subject (`A regular customer, retired miner Dennis Holt, 78, was …. "…," he said`, `One of the traders, fishmonger Akinyi Otieno, 52, lost …`; composed passages in UK tabloid, Kenyan and business styles).
        // Unchanged, still unseen (332/365), by the breadth round's `the diplomat` for a person named as `Ambassador`, `envoy`, `consul` or `attache` (a role family; composed passages in Central Asian, Pakistani and US wire styles, and `the diplomat` after a minister left a description).
        // Unchanged, still unseen (332/365), by the breadth round's short sentence of manner opened by `He`/`She` right before a quotation filling its own sentence (`She shrugs that off. "…"`, `She waves away the criticism. "…"`: the pronoun's person speaks; eight words at most, naming nobody; composed passages in profile, Indian, sport and court styles).
        // Unchanged, still unseen (332/365), by the breadth round's office written in capitals with a place before its title and its holder in apposition (`The Lagos State Governor, X, said`), and an office with its brief heading an appositive for its title's later `the commissioner`/`the minister` (`The Commissioner for the Environment, Mrs X,`; composed passages and a whole article in Nigerian, Kenyan, Pakistani and Irish styles).
        // Unchanged, still unseen (332/365), by the breadth round's `Recorder` as a judicial title and `the analyst` for a person named as an economist or strategist (a role family; composed passages in UK regional, national and Welsh court styles and in wire, business and Pakistani styles).
        // Unchanged, still unseen (332/365), by the third breadth round's title, `of the` and body before a holder with no comma (`Chairman of the Cabinet X`), `The Minister of State for Finance, X,` as X, `Critics call X …` for a later `she`, occupations as role words (`nurse`), and by the third breadth round's `cautioned` as a cue and `"…," the CFO said. "…"` carried on to the officer named in full (from three whole articles, batch 10 of the held-out set).
        // Unchanged, still unseen (332/365), by the fifteenth sitting's round on W: a description right after the name of an opening `According to X,`/`For X,` phrase read as that name's apposition (`According to Aigerim Tulegenova, an energy analyst at …, the problem is older than the ministry admits. "…," she said`; tuned on W and composed passages in wire, Nigerian and UK court styles); and a relation named in apposition with a definite role before the name, up to eleven paragraphs back (`her son, the conductor X,` … `"…," her son said. "…"`; tuned on W and composed passages in obituary, UK tabloid and Central Asian feature styles).
        // Unchanged, still unseen (332/365), by the fifteenth sitting's a possessive of the same sex before the name in its sentence makes a later one teach the name nothing (`His replacement, Captain X, served as his first mate`: the second `his` may be the predecessor's; `Her husband, X, said his family …` still teaches; composed passages in US local, Nigerian politics and Central Asian feature styles).
        // Unchanged, still unseen (332/365), by the fifteenth sitting's second round (a crowd's shout as a cue (`The crowd roared back: "…"`, `"…!" the crowd roared` beside the quotation only, `bellowed`; not `the generator roared back into life`), a word of approximation before a count opening a group subject (`About forty journalists …. They chanted`, `Around 300 riders`; not `About forty minutes later,`), a group joined by commas and `and` up to the clause's verb reported whole (`Several thousand junior doctors and supporters marched`, `Hundreds of traders, commercial motorcyclists and students marched`; not `Teachers marched … and shouted`), and a group read through its possessive without the mark (`the home fans' chants of "…"`); composed passages in wire, UK tabloid and national, US local, Kenyan, Nigerian, Indian, Australian and sport styles).
        // Unchanged (still unseen, 332/365), by the fifteenth sitting's second round's call sign or nickname naming the one described (`a former infantryman who gave only his call sign, Borsuk, said`, `known by her call sign, Lastivka,`; composed passages in Ukrainian, Russian independent and wire styles; W's own `One of them, …, Borsuk,` still misses).
        // Unchanged, still unseen (332/365), by the fifteenth sitting's second round's a quotation right after a noun of a crowd's voice and `of` or a comma given to its clause's subject when that is a group of many (`Opposition members stormed the well …, raising slogans of "…"`, `Hundreds of students filled the forecourt with chants of "…"`); never past an owner (`the home fans' chants of`), another clause (`…, as chants of "…" rang out`) or the chant noun itself (`Chants of "…" rang around`); composed passages in Indian, Ghanaian, Irish and South African sport styles.
        // Unchanged, still unseen (332/365), by the fifteenth sitting's second round's members of parliaments by initials as titles (`the TD`, `the MSP`, `the MLA`, `the MEP`), the seat after a role's `for` in a definite appositive no holder (`X, the Labour MP for Bolton West. The MP said`: X, not `Bolton West`), and an `and` inside an office's brief (`The Minister of Water and Sanitation, X,` for `the minister`); from three whole articles (batch 11 of the held-out set) and composed passages in Irish, Scottish, Northern Irish, UK regional, South African and Kenyan styles.
        // Unchanged (still unseen, 332/365), by the fifteenth sitting's third round's lone `some` as a part of the group its sentence (or the one before) opened with (`Supporters … applauded …, and some shouted "…"`, `About 30 supporters gathered …. Some chanted "…"`) and `, and` opening a clause of its own before a bare plural and its cue after a clause of four words or more (`…, and protesters chanted "…"`; composed passages in wire, Australian, Kenyan, Ukrainian, Irish and court styles).
        // Unchanged (still unseen, 332/365), by the fifteenth sitting's third round's inverted copula after `Among` with one or two words of a person's work before the name (`Among those waiting was hairdresser X, 52.` then `she said`; never a company, `budget airline X`; composed passages in Irish, South African and Canadian styles; no released set moves).
        // Unchanged (still unseen, 332/365), by the fifteenth sitting's third round's name after lower-case role words ending in an occupation, before a verb in an irregular past, as the sentence's subject (`Retired English teacher X held up …. "…," he said`: the capitalized `English` had cut the role off, and the name read as a modifier; composed passages in UK broadsheet, Kenyan and New Zealand styles).
        // Unchanged (still unseen, 332/365), by the fifteenth sitting's third round's union local's number closing its name (`ATU Local 113`, `Unifor Local 444`; composed passages in US local and Canadian styles, and the held-out Canadian article h103).
        // Released to the tuners at the start of the sixteenth sitting (2026-11-23), unseen for three sittings, at detection
        // F1 1.000, speakers 332/365 = 0.910: 19 another speaker, 9 none, 5 for nobody's words.
        // 332/365 -> 333/365 = 0.912 after the sixteenth sitting's a relative clause's `which read`/`that read` before a quotation as words written on a thing, nobody's (`a flag unfurled by home supporters at Gigg Lane on Saturday, which read '…'` no longer gives `Saturday`; not when the sentence names a piece of speech first, `a statement that read:`; composed passages in UK sport, Indian and US local styles): the away fans' banner; the manager's two `he said` after it still go to the place the banner was shown at.
        // 333/365 -> 335/365 = 0.918 after the sixteenth sitting's a compound adjective in -ed opening the sentence before a lower-case role (`Moscow-based analyst X, one of the few critics …, said`, `Reform-minded deputy X`) no longer read as a participle phrase skipped to its comma (which left the partitive appositive as the subject), and a passive `asked to`/`told to` with an infinitive and a word of its own inside a reporting clause (`X said pensioners were being asked to pay for "…"`) giving the quotation to that clause's subject (not `was told "…"`, `was told to "…"`); composed passages in wire, Central Asian, UK local and Kenyan styles: the opposition councillor's two quotations.
        // 335/365 -> 340/365 = 0.932 after the sixteenth sitting's second round (an `Asked by X what/whether …,` opener skipped whole to its comma, the one asked answering, and a long `Asked whether …,` reaching its comma before a bare quotation; `A spokesman for West Yorkshire's integrated care board` kept whole for a later `he`, and `A representative of …` after a title; a day or month, or the thing before `which`, no person for `he`/`she`; a region after an office's body, `The chairman of the Kenya Farmers Association in the North Rift, X,`, still its brief; `the CEC`/`the MCA`; composed passages in many styles and three whole articles, Kenyan, UK tabloid and Uzbek): `Asked by Ms X what happened next, Mrs Y said:`, a bare quotation after `Asked whether …, she laughed.`, the integrated care board's spokesman for `he` (the spokesman's own `discharge to assess`, nobody's in the gold, still goes to him), and `he` twice no longer the place before `which read`.
        QuoteGoldSet(file: "blind-x.txt", minimumPassages: 30, speakerFloor: 0.90),
        // Blind set Y, 30 whole articles (398 quotations): eleven on Central Asia, Russia and Ukraine, the rest from the
        // US, the UK, France, Canada, Australia, Chile, India, Spain, Germany, Nigeria, Japan, Brazil and Kenya; two court
        // hearings, press conferences with several speakers, a protest with chants, a Q&A piece, quotations carried across
        // paragraphs and in headlines; titles, slogans, labels and scare quotes labelled nobody's; letters and posts
        // labelled as their authors' speech. By a writer who never saw the stage: detection F1 1.000, speakers 341/398 =
        // 0.857 on main at e167efd (the stage as at e433e2f): 36 another speaker, 19 none, 2 for nobody's words. A regex
        // gets 0.230 of speakers, textacy 0.326.
        // Unchanged in total, still unseen (341/398), by the fourteenth sitting's round on V (an interview's introduction naming its interviewee before its headline; a quoted nickname inside a name; a person's sex from the writer's own `his`/`her` right after the first mention; a cue form in -s ending its sentence after a capitalized word read as a plural noun; a wire dateline before an indefinite description; a name in apposition to `role at/of <organisation noun>` a person; `Also on the panel was X, an urban planner`), though two quotations it gave no speaker now get a wrong one (another speaker 36 -> 38, none 19 -> 17).
        // Unchanged, still unseen (341/398), by the fourteenth sitting's breadth round's a speaker described before the name and named only in the next sentence or paragraph by the description's own noun with the name in apposition (`"…," said the driver of the lead truck. The driver, Oleksandr Petrenko, had waited …`; composed passages in wire, UK tabloid and Kenyan styles).
        // Still unseen after the breadth round's a person named in a `For X,` or `According to (role) X,` phrase opening a sentence as the one a later sentence's `he`/`she` stands for (`According to Dr Suresh Menon, the hospital had run out …. "…," he said`; never the pronoun's own sentence, `According to Nino, she has rejected …`; after `For` only a name the text gave a sex or a pronoun near; composed passages in Indian, UK court, Nigerian police, UK broadsheet and sport styles): 341/398 -> 342/398 = 0.859.
        // Unchanged, still unseen (342/398), by the breadth round's a surname two people share in one name (`Edna and Stacey Pickering`) reported as written, never widened to the one full name the text spells out (composed cases in UK local, UK court and Nigerian styles).
        // Still unseen after the breadth round's a person noun or agent noun as a role between the comma and a name for the main clause's subject (`A regular customer, retired miner Dennis Holt, 78, was …. "…," he said`, `One of the traders, fishmonger Akinyi Otieno, 52, lost …`; composed passages in UK tabloid, Kenyan and business styles): 342/398 -> 344/398 = 0.864.
        // Unchanged, still unseen (344/398), by the breadth round's `the diplomat` for a person named as `Ambassador`, `envoy`, `consul` or `attache` (a role family; composed passages in Central Asian, Pakistani and US wire styles, and `the diplomat` after a minister left a description).
        // Still unseen after the breadth round's short sentence of manner opened by `He`/`She` right before a quotation filling its own sentence (`She shrugs that off. "…"`, `She waves away the criticism. "…"`: the pronoun's person speaks; eight words at most, naming nobody; composed passages in profile, Indian, sport and court styles): 344/398 -> 345/398 = 0.867.
        // Unchanged, still unseen (345/398), by the breadth round's office written in capitals with a place before its title and its holder in apposition (`The Lagos State Governor, X, said`), and an office with its brief heading an appositive for its title's later `the commissioner`/`the minister` (`The Commissioner for the Environment, Mrs X,`; composed passages and a whole article in Nigerian, Kenyan, Pakistani and Irish styles).
        // Unchanged, still unseen (345/398), by the breadth round's `Recorder` as a judicial title and `the analyst` for a person named as an economist or strategist (a role family; composed passages in UK regional, national and Welsh court styles and in wire, business and Pakistani styles).
        // Unchanged, still unseen (345/398), by the third breadth round's title, `of the` and body before a holder with no comma (`Chairman of the Cabinet X`), `The Minister of State for Finance, X,` as X, `Critics call X …` for a later `she`, occupations as role words (`nurse`); still unseen after the third breadth round's `cautioned` as a cue and `"…," the CFO said. "…"` carried on to the officer named in full (from three whole articles, batch 10 of the held-out set): 346/398 = 0.869.
        // Unchanged, still unseen (346/398), by the fifteenth sitting's a description right after the name of an opening `According to X,`/`For X,` phrase read as that name's apposition (`According to Aigerim Tulegenova, an energy analyst at …, the problem is older than the ministry admits. "…," she said`; tuned on W and composed passages in wire, Nigerian and UK court styles).
        // Still unseen after the fifteenth sitting's a relation named in apposition with a definite role before the name, up to eleven paragraphs back (`her son, the conductor X,` … `"…," her son said. "…"`; tuned on W and composed passages in obituary, UK tabloid and Central Asian feature styles): 346/398 -> 348/398 = 0.874.
        // Unchanged, still unseen (348/398), by the fifteenth sitting's a possessive of the same sex before the name in its sentence makes a later one teach the name nothing (`His replacement, Captain X, served as his first mate`: the second `his` may be the predecessor's; `Her husband, X, said his family …` still teaches; composed passages in US local, Nigerian politics and Central Asian feature styles).
        // Unchanged, still unseen (348/398), by the fifteenth sitting's second round (a crowd's shout as a cue (`The crowd roared back: "…"`, `"…!" the crowd roared` beside the quotation only, `bellowed`; not `the generator roared back into life`), a word of approximation before a count opening a group subject (`About forty journalists …. They chanted`, `Around 300 riders`; not `About forty minutes later,`), a group joined by commas and `and` up to the clause's verb reported whole (`Several thousand junior doctors and supporters marched`, `Hundreds of traders, commercial motorcyclists and students marched`; not `Teachers marched … and shouted`), and a group read through its possessive without the mark (`the home fans' chants of "…"`); composed passages in wire, UK tabloid and national, US local, Kenyan, Nigerian, Indian, Australian and sport styles).
        // Unchanged (still unseen, 348/398), by the fifteenth sitting's second round's call sign or nickname naming the one described (`a former infantryman who gave only his call sign, Borsuk, said`, `known by her call sign, Lastivka,`; composed passages in Ukrainian, Russian independent and wire styles; W's own `One of them, …, Borsuk,` still misses).
        // Unchanged, still unseen (348/398), by the fifteenth sitting's second round's a quotation right after a noun of a crowd's voice and `of` or a comma given to its clause's subject when that is a group of many (`Opposition members stormed the well …, raising slogans of "…"`, `Hundreds of students filled the forecourt with chants of "…"`); never past an owner (`the home fans' chants of`), another clause (`…, as chants of "…" rang out`) or the chant noun itself (`Chants of "…" rang around`); composed passages in Indian, Ghanaian, Irish and South African sport styles.
        // Unchanged, still unseen (348/398), by the fifteenth sitting's second round's members of parliaments by initials as titles (`the TD`, `the MSP`, `the MLA`, `the MEP`), the seat after a role's `for` in a definite appositive no holder (`X, the Labour MP for Bolton West. The MP said`: X, not `Bolton West`), and an `and` inside an office's brief (`The Minister of Water and Sanitation, X,` for `the minister`); from three whole articles (batch 11 of the held-out set) and composed passages in Irish, Scottish, Northern Irish, UK regional, South African and Kenyan styles.
        // Unchanged (still unseen, 348/398), by the fifteenth sitting's third round's lone `some` as a part of the group its sentence (or the one before) opened with (`Supporters … applauded …, and some shouted "…"`, `About 30 supporters gathered …. Some chanted "…"`) and `, and` opening a clause of its own before a bare plural and its cue after a clause of four words or more (`…, and protesters chanted "…"`; composed passages in wire, Australian, Kenyan, Ukrainian, Irish and court styles).
        // Unchanged (still unseen, 348/398), by the fifteenth sitting's third round's inverted copula after `Among` with one or two words of a person's work before the name (`Among those waiting was hairdresser X, 52.` then `she said`; never a company, `budget airline X`; composed passages in Irish, South African and Canadian styles; no released set moves).
        // Unchanged (still unseen, 348/398), by the fifteenth sitting's third round's name after lower-case role words ending in an occupation, before a verb in an irregular past, as the sentence's subject (`Retired English teacher X held up …. "…," he said`: the capitalized `English` had cut the role off, and the name read as a modifier; composed passages in UK broadsheet, Kenyan and New Zealand styles).
        // Unchanged (still unseen, 348/398), by the fifteenth sitting's third round's union local's number closing its name (`ATU Local 113`, `Unifor Local 444`; composed passages in US local and Canadian styles, and the held-out Canadian article h103).
        // Unchanged, still unseen (348/398), by the sixteenth sitting's a relative clause's `which read`/`that read` before a quotation as words written on a thing, nobody's (`a flag unfurled by home supporters at Gigg Lane on Saturday, which read '…'` no longer gives `Saturday`; not when the sentence names a piece of speech first, `a statement that read:`; composed passages in UK sport, Indian and US local styles).
        // Unchanged, still unseen (348/398), by the sixteenth sitting's a compound adjective in -ed opening the sentence before a lower-case role (`Moscow-based analyst X, one of the few critics …, said`, `Reform-minded deputy X`) no longer read as a participle phrase skipped to its comma (which left the partitive appositive as the subject), and a passive `asked to`/`told to` with an infinitive and a word of its own inside a reporting clause (`X said pensioners were being asked to pay for "…"`) giving the quotation to that clause's subject (not `was told "…"`, `was told to "…"`); composed passages in wire, Central Asian, UK local and Kenyan styles.
        // Unchanged, still unseen (348/398), by the sixteenth sitting's second round (an `Asked by X what/whether …,` opener skipped whole to its comma, the one asked answering, and a long `Asked whether …,` reaching its comma before a bare quotation; `A spokesman for West Yorkshire's integrated care board` kept whole for a later `he`, and `A representative of …` after a title; a day or month, or the thing before `which`, no person for `he`/`she`; a region after an office's body, `The chairman of the Kenya Farmers Association in the North Rift, X,`, still its brief; `the CEC`/`the MCA`; composed passages in many styles and three whole articles, Kenyan, UK tabloid and Uzbek).
        QuoteGoldSet(file: "blind-y.txt", minimumPassages: 30, speakerFloor: 0.85),
        // Blind set Z, 30 whole articles (378 quotations): twelve on Central Asia, Russia and Ukraine, the rest from the
        // US, the UK, Canada, New Zealand, Portugal, Germany, Brazil, India, Australia, South Africa and Ireland; a court
        // hearing with lawyer, judge and witness, a press conference with several speakers, protests with chants, an
        // obituary, a Q&A piece, quotations carried across paragraphs and in headlines; titles, signs, placards, slogans
        // and a charge's wording labelled nobody's; a statement issued on someone's behalf labelled as theirs. By a writer
        // who never saw the stage: detection F1 1.000, speakers 335/378 = 0.886 on main at 19de094 (the stage as at
        // 02ed1e0): 24 another speaker, 15 none, 4 for nobody's words. A regex gets 0.165 of speakers, textacy 0.292.
        // Unchanged, still unseen (335/378), by the fifteenth sitting's round on W (a description right after the name of an opening `According to X,`/`For X,` phrase read as that name's apposition; a relation named in apposition with a definite role before the name, up to eleven paragraphs back, `her son, the conductor X,` … `"…," her son said`).
        // Unchanged, still unseen (335/378), by the fifteenth sitting's a possessive of the same sex before the name in its sentence makes a later one teach the name nothing (`His replacement, Captain X, served as his first mate`: the second `his` may be the predecessor's; `Her husband, X, said his family …` still teaches; composed passages in US local, Nigerian politics and Central Asian feature styles).
        // Unchanged, still unseen (335/378), by the fifteenth sitting's second round (a crowd's shout as a cue (`The crowd roared back: "…"`, `"…!" the crowd roared` beside the quotation only, `bellowed`; not `the generator roared back into life`), a word of approximation before a count opening a group subject (`About forty journalists …. They chanted`, `Around 300 riders`; not `About forty minutes later,`), a group joined by commas and `and` up to the clause's verb reported whole (`Several thousand junior doctors and supporters marched`, `Hundreds of traders, commercial motorcyclists and students marched`; not `Teachers marched … and shouted`), and a group read through its possessive without the mark (`the home fans' chants of "…"`); composed passages in wire, UK tabloid and national, US local, Kenyan, Nigerian, Indian, Australian and sport styles).
        // Unchanged (still unseen, 335/378), by the fifteenth sitting's second round's call sign or nickname naming the one described (`a former infantryman who gave only his call sign, Borsuk, said`, `known by her call sign, Lastivka,`; composed passages in Ukrainian, Russian independent and wire styles; W's own `One of them, …, Borsuk,` still misses).
        // Unchanged, still unseen (335/378), by the fifteenth sitting's second round's a quotation right after a noun of a crowd's voice and `of` or a comma given to its clause's subject when that is a group of many (`Opposition members stormed the well …, raising slogans of "…"`, `Hundreds of students filled the forecourt with chants of "…"`); never past an owner (`the home fans' chants of`), another clause (`…, as chants of "…" rang out`) or the chant noun itself (`Chants of "…" rang around`); composed passages in Indian, Ghanaian, Irish and South African sport styles.
        // Unchanged, still unseen (335/378), by the fifteenth sitting's second round's members of parliaments by initials as titles (`the TD`, `the MSP`, `the MLA`, `the MEP`), the seat after a role's `for` in a definite appositive no holder (`X, the Labour MP for Bolton West. The MP said`: X, not `Bolton West`), and an `and` inside an office's brief (`The Minister of Water and Sanitation, X,` for `the minister`); from three whole articles (batch 11 of the held-out set) and composed passages in Irish, Scottish, Northern Irish, UK regional, South African and Kenyan styles.
        // Unchanged (still unseen, 335/378), by the fifteenth sitting's third round's lone `some` as a part of the group its sentence (or the one before) opened with (`Supporters … applauded …, and some shouted "…"`, `About 30 supporters gathered …. Some chanted "…"`) and `, and` opening a clause of its own before a bare plural and its cue after a clause of four words or more (`…, and protesters chanted "…"`; composed passages in wire, Australian, Kenyan, Ukrainian, Irish and court styles).
        // Unchanged (still unseen, 335/378), by the fifteenth sitting's third round's inverted copula after `Among` with one or two words of a person's work before the name (`Among those waiting was hairdresser X, 52.` then `she said`; never a company, `budget airline X`; composed passages in Irish, South African and Canadian styles; no released set moves).
        // Unchanged (still unseen, 335/378), by the fifteenth sitting's third round's name after lower-case role words ending in an occupation, before a verb in an irregular past, as the sentence's subject (`Retired English teacher X held up …. "…," he said`: the capitalized `English` had cut the role off, and the name read as a modifier; composed passages in UK broadsheet, Kenyan and New Zealand styles).
        // Unchanged (still unseen, 335/378), by the fifteenth sitting's third round's union local's number closing its name (`ATU Local 113`, `Unifor Local 444`; composed passages in US local and Canadian styles, and the held-out Canadian article h103).
        // Still unseen after the sixteenth sitting's a relative clause's `which read`/`that read` before a quotation as words written on a thing, nobody's (`a flag unfurled by home supporters at Gigg Lane on Saturday, which read '…'` no longer gives `Saturday`; not when the sentence names a piece of speech first, `a statement that read:`; composed passages in UK sport, Indian and US local styles): 335/378 -> 336/378 = 0.889.
        // Unchanged, still unseen (336/378), by the sixteenth sitting's a compound adjective in -ed opening the sentence before a lower-case role (`Moscow-based analyst X, one of the few critics …, said`, `Reform-minded deputy X`) no longer read as a participle phrase skipped to its comma (which left the partitive appositive as the subject), and a passive `asked to`/`told to` with an infinitive and a word of its own inside a reporting clause (`X said pensioners were being asked to pay for "…"`) giving the quotation to that clause's subject (not `was told "…"`, `was told to "…"`); composed passages in wire, Central Asian, UK local and Kenyan styles.
        // Unchanged, still unseen (336/378), by the sixteenth sitting's second round (an `Asked by X what/whether …,` opener skipped whole to its comma, the one asked answering, and a long `Asked whether …,` reaching its comma before a bare quotation; `A spokesman for West Yorkshire's integrated care board` kept whole for a later `he`, and `A representative of …` after a title; a day or month, or the thing before `which`, no person for `he`/`she`; a region after an office's body, `The chairman of the Kenya Farmers Association in the North Rift, X,`, still its brief; `the CEC`/`the MCA`; composed passages in many styles and three whole articles, Kenyan, UK tabloid and Uzbek).
        QuoteGoldSet(file: "blind-z.txt", minimumPassages: 30, speakerFloor: 0.88),
        // Blind set AA, 30 whole articles (358 quotations): eleven on Central Asia, Russia and Ukraine, the rest from the
        // UK, the US, Canada, Australia, Portugal, India, Kenya, Germany, Brazil and South Africa; straight, curly double
        // and curly single marks; a Q&A piece, chants with translations, quotations from documents, words one person
        // reports another saying; nicknames, coined terms, charge names, ratings, signs and titles labelled nobody's. By
        // a writer who never saw the stage: detection F1 1.000, speakers 312/358 = 0.872 on main at f2434a2 (the stage as
        // at 64321df): 29 another speaker, 9 none, 8 for nobody's words. A regex gets 0.194 of speakers, textacy 0.352.
        // Unchanged, still unseen (312/358), by the sixteenth sitting's round on X (words after `which read`/`that read` written on a sign, banner or poster are nobody's; a hyphenated adjective in -ed opening a sentence before a role is no participle phrase to skip; a passive `asked to`/`told to` with an infinitive inside a reporting clause leaves the quotation to that clause's subject).
        // Unchanged, still unseen (312/358), by the sixteenth sitting's second round (an `Asked by X what/whether …,` opener skipped whole to its comma, the one asked answering, and a long `Asked whether …,` reaching its comma before a bare quotation; `A spokesman for West Yorkshire's integrated care board` kept whole for a later `he`, and `A representative of …` after a title; a day or month, or the thing before `which`, no person for `he`/`she`; a region after an office's body, `The chairman of the Kenya Farmers Association in the North Rift, X,`, still its brief; `the CEC`/`the MCA`; composed passages in many styles and three whole articles, Kenyan, UK tabloid and Uzbek).
        QuoteGoldSet(file: "blind-aa.txt", minimumPassages: 30, speakerFloor: 0.87),
    ]
}

@Suite("QuoteAttributor held-out and blind sets")
struct QuoteAttributorGoldSetTests {
    @Test("detection F1 and speaker accuracy", arguments: QuoteGoldSet.all)
    func goldSet(_ set: QuoteGoldSet) throws {
        let stage = try QuoteAttributor(options: .init())
        let passages = QuoteGold.passages(set.file)
        #expect(passages.count >= set.minimumPassages)
        let score = QuoteGold.score(passages, stage: stage)
        print("quotes \(set.file): \(score)")
        // The newest blind sets stay unseen: their totals only, never their misses.
        if !set.isUnseen { print(score.misses.map { "  \(set.file) \($0)" }.joined(separator: "\n")) }
        #expect(score.f1 >= 0.97)
        #expect(score.speakerAccuracy >= set.speakerFloor)
    }
}
