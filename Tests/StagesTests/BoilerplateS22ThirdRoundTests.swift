import Foundation
import Pipeline
import Stages
import Testing

/// The twenty-second sitting's third round, on the head of set AG's pages, by where the lines sit
/// in any language: a notice over its button opening the page is no lead, its headline told by
/// the standfirst under it where no word list reads the byline or the date; and a headline that
/// opens with a label over its standfirst is no strip's item, though a short line of chrome lower
/// down was taken for the title. The pages are composed on other stories, in a language the set
/// does not use (Tok Pisin), with a must-not-fire case for each.
extension BoilerplatePageCase {
    static let twentySecondThirdRoundHeads: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a notice opening the page over its one-word button is no lead: the story starts under the headline told by its standfirst (no word list reads the byline), and the masthead, the date and the strip above the menu go", page: """
            #outlet: Wantok Nius Lae
            !Dispela websait i save raitim ol samting yu mekim long en bilong mekim gutpela wok. Sapos yu go het, yu orait long en.
            !Orait
            !Ritim moa
            !Wantok Nius Lae
            !Fonde 12 Mas 2026
            !Hom
            !Nius
            !Bisnis
            !Spot
            !Ol Provins
            !Piksa
            !NIUS NAU
            !Rot i go long Nadzab bai i pas long Sarere
            !Wara i kamap long Butibam
            !Lae 29°C - Ren
            !Hom / Nius / Morobe
            Haus sik bilong Lae i kisim nupela masin bilong kisim piksa bilong bun
            Ol sikman bai i no baim wanpela toea long kisim piksa long dispela masin, ol dokta i tok
            Raitim bilong Grace Kaupa
            Lae – Haus sik bilong Angau long Lae i kisim nupela masin bilong kisim piksa bilong bun long Mande, na ol dokta i stat long yusim long ol sikman.
            Bipo, ol sikman i save wet inap tripela wik long kisim piksa, long wanem olpela masin i bagarap planti taim.
            Dokta Peter Wama i tok nupela masin bai i helpim ol dokta long lukim sik kwiktaim na givim marasin kwiktaim.
            Haus sik i tok tupela lain wokman i kisim skul pinis long yusim dispela masin.
            """),
        BoilerplatePageCase(rule: "a story whose lead opens the page over a short subheading is no notice: every line stays", page: """
            #outlet: Wantok Nius Lae
            Ol meri bilong maket long Lae i opim nupela stua bilong ol yet long Fonde, bihain long tupela yia ol i bin bungim mani.
            Bungim mani
            Ol meri i tok ol i bungim mani long olgeta wik, na ol i no kisim dinau long beng bilong wokim stua.
            Lida bilong ol meri i tok ol bai salim kaikai bilong gaden na samting bilong haus long pe i no antap tumas.
            Ol i tok tu ol bai helpim ol narapela grup bilong meri long ol provins long mekim wankain wok.
            Kaunsil bilong taun i tok em i amamas long wok bilong ol meri.
            """),
        BoilerplatePageCase(rule: "a strip's labelled item right over the headline goes, though a line of ten words or more sits under it: that line, right above the standfirst taken for the title, is the headline", page: """
            #outlet: Wantok Nius Lae
            !Hom / Nius / Spot
            !Ragbi Lig: PNG Kumuls i winim Fiji 24-12 long Port Moresby
            Ol meri bilong Lae i winim kap bilong soka bilong ol provins long Kokopo long Sarere
            Ol i winim ples Rabaul long tupela gol long wanpela, na ol i kisim kap long namba tu taim
            Ruth Kila
            Kokopo – Ol meri bilong Lae i winim kap bilong soka bilong ol provins long Sarere, bihain long ol i winim Rabaul long pinis bilong pilai.
            Kepten bilong ol i tok ol i bin trein strong long olgeta wik bilong dispela pilai.
            Ol bai i kam bek long Lae long Mande.
            """),
    ]
}


@Suite("BoilerplateStripper labelled headlines under a strip")
struct BoilerplateLabelledHeadlineTests {
    /// A page whose headline opens with a label over its standfirst, with a short line of chrome
    /// under the byline taken for the title (a reader counter), and the strip's items above the
    /// breadcrumb; the counter's own fate is another rule's, so only the head is checked.
    static let page = """
        #outlet: Wantok Nius Lae
        !Wantok Nius Lae | English
        !NIUS NAU
        !Madang: sip i go long Karkar bai i stat gen long Trinde
        !Bougainville: ol memba i bung long Buka long wik bihain
        !Hom / Nius / Madang
        Madang: ol skul long Karkar i kisim nupela buk bilong ritim
        Ol skul long ailan i kisim moa long tupela tausen buk long wik i go pinis, olsem hetman bilong ol skul i tok
        Joseph Anis
        !2 310 i ritim
        Madang – Ol skul long ailan Karkar i kisim moa long tupela tausen buk bilong ritim long wik i go pinis, bihain long wanpela grup i givim ol.
        Hetman bilong ol skul i tok ol pikinini bai i kisim buk bilong ritim long haus tu.
        Ol tisa i tok ol i amamas tru long ol nupela buk.
        """

    @Test("A headline that opens with a label over its standfirst stays, though a counter lower down was taken for the title; the strip's labelled items go")
    func labelledHeadlineOverStandfirstStays() throws {
        let article = BoilerplateGoldArticle(name: "labelled-headline", fixture: Self.page)
        let removed = Set(try BoilerplateGoldArticle.run([article])[0].removed.map(\.line))
        let lines = article.document.text.split(separator: "\n", omittingEmptySubsequences: false)
        let headline = try #require(lines.firstIndex { $0.hasPrefix("Madang: ol skul") }) + 1
        #expect(!removed.contains(headline))
        #expect(!removed.contains(headline + 1))
        #expect(removed.contains(3) && removed.contains(4))
    }
}
