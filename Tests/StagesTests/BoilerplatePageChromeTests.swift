import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Composed pages for chrome that stayed on the released set W: teasers under a repeated label
/// whose headline asks (`markRepeatedLabels`), an embedded post ending on its signature
/// (`signedPosts`), and the lexicon's new classes (an advertisement's placeholder, a comment
/// section's rules, a paywall's benefits, a channel's subscribe prompt, a donation's ask, a
/// player's clip label, next clip and autoplay switch). Each page must come out with every line
/// right; the chrome fails without the rule, the story lines guard against it firing too widely.
extension BoilerplatePageCase {
    static let chromeOfW: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "teasers under a label repeated on the page go though their headlines ask; an interview's questions stay", page: """
            #outlet: Tartu Päevaleht
            Emajõe sild suletakse kaheks kuuks
            Autor: Mari Tamm
            Linnavalitsus sulgeb Emajõe kergliiklussilla esmaspäevast kaheks kuuks, et vahetada välja silla puitkate ja piirded.
            Jalakäijad ja jalgratturid peavad sel ajal kasutama Võidu silda, mis asub paarsada meetrit allavoolu.
            !Teemaga seotud: Kas Tartu saab uue jalakäijate silla?
            Linnavalitsuse teatel maksavad tööd umbes 400 000 eurot ja need rahastab linn oma eelarvest.
            Tartu Päevaleht: Miks tööd just suvel tehakse?
            Linnapea Kask: Suvel on sillal kõige vähem liiklejaid ja puit kuivab kiiresti.
            Tartu Päevaleht: Kas sild avatakse enne kooliaasta algust?
            Linnapea Kask: Jah, töövõtja on lubanud silla avada augusti viimasel nädalal.
            Silla remondi ajal pannakse Võidu sillale ajutiselt kaks lisavalgusfoori.
            !Teemaga seotud: Kui palju maksab parkimine kesklinnas?
            Töövõtja sõnul võivad tööd vihmase ilma tõttu venida kuni nädala võrra.
            """),
        BoilerplatePageCase(rule: "an embedded post ending on its signature goes with its text, handle and count; the story's paragraphs stay", page: """
            #outlet: Riverside Ledger
            Flooding closes Riverside ring road
            By Dana Whitlock
            March 4, 2026
            The ring road around Riverside was closed on Wednesday morning after the river burst its banks near the old mill.
            Police said drivers should use the northern bypass until the water went down, which could take two days.
            !Post by @RiversidePolice
            !Ring road closed both ways between the mill and the retail park. Use the northern bypass.
            !— Riverside Police (@RiversidePolice) March 4, 2026
            !Reposted 840 times
            The council said sandbags were available at the fire station on Mill Lane for homes near the river.
            Forecasters expect the rain to ease by Thursday evening, the council said.
            """),
        BoilerplatePageCase(rule: "an ad's placeholder, a paywall's benefits, a clip's labels, a donation's ask, a channel prompt and a comment section's rules go", page: """
            #outlet: Riverside Ledger
            Riverside library to open on Sundays
            By Dana Whitlock
            March 5, 2026
            The central library in Riverside will open on Sunday afternoons from April, the council said on Thursday.
            The change follows a survey in which two thirds of users asked for weekend hours.
            !Advertisement
            !This advertisement has not loaded yet, but your article continues below.
            !Unlimited online access to every story, with one account on all your devices.
            Staff will work the Sunday shifts on a voluntary basis and will be paid overtime, the council said.
            !Vídeo: Así es la nueva sala de lectura
            !Autoplay
            !Siguiente vídeo: La biblioteca de Triana cumple 50 años
            The library's café and its children's corner will stay closed on Sundays for now, the council said.
            !Independent local news needs you.
            !Support us with 5 dollars a month or make a one-time contribution.
            !Telegram kanalimizga obuna boʻling — eng soʻnggi yangiliklar birinchi boʻlib!
            !Comments
            !Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site.
            """),
    ]
}

@Suite("BoilerplateStripper chrome of set W")
struct BoilerplatePageChromeTests {
    @Test("every line of the composed page is labelled right", arguments: BoilerplatePageCase.chromeOfW)
    func page(_ example: BoilerplatePageCase) throws {
        try example.expectEveryLineRight()
    }
}
