import Foundation
import Pipeline
@testable import Stages
import Testing

/// The twenty-fourth sitting's first round, on the chrome set AI kept and the subheading it lost,
/// by structure in any language: the outlet's slogan right under its name over the day's date is
/// no byline (read as one, it made the skip link above it the headline, and the page's head above
/// the menu stayed); a breadcrumb alone over the headline parts the page's head from the article's
/// as a menu's run does, and one whose labels open on a capital but write their later words in
/// lower case is still a breadcrumb (`Thời sự / Giao thông`); a subheading over a box in mid-story
/// on a page without blank lines, its paragraph under the box, stays. The pages are composed in
/// Slovene, with a must-not-fire case for each rule.
extension BoilerplatePageCase {
    static let twentyFourthRoundChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "the slogan under the masthead over the day's date is no byline: the skip link, masthead, slogan and date above the menu go, and the topic strip between the menu and a breadcrumb of lower-case labels; the byline under the headline stays", page: """
            #outlet: Savinjski Glas
            !Preskoči na glavno vsebino
            !Savinjski Glas
            !Novice Celja in Savinjske
            !Sreda, 11. marca 2026
            !Prijava
            !Iskanje
            !Novice
            !Celje
            !Šport
            !Kultura
            !Gospodarstvo
            !Vreme
            !Tema dneva: prenova Glavnega trga
            !Lokalne novice / Mestni promet
            Celje dobi novo avtobusno progo do Ljubečne
            Mestna občina bo s prvim aprilom uvedla progo, ki bo vozila vsakih trideset minut.
            Ana Kovač
            11. marca 2026, 08:40
            Občina Celje bo s prvim aprilom uvedla novo mestno avtobusno progo, ki bo povezala središče mesta z Ljubečno in okoliškimi naselji.
            "Prebivalci so na to čakali več let," je povedal podžupan Marko Zupan.
            Proga bo brezplačna za upokojence in dijake, drugi bodo plačali običajno vozovnico.
            !© 2026 Savinjski Glas
            """),
        BoilerplatePageCase(rule: "a name over the date with no masthead above it is the byline; the headline under a breadcrumb stays", page: """
            #outlet: Savinjski Glas
            !Prijava
            !Iskanje
            !Novice
            !Šport
            !Kultura
            !Novice / Celje
            Celje: zaradi obnove vodovoda do petka zaprta Mariborska cesta
            Na Mariborski cesti bodo do petka obnavljali vodovod, promet bo potekal po obvozu.
            Tina Zorko
            12. marca 2026, 09:15
            Komunalno podjetje bo do petka obnavljalo vodovod na Mariborski cesti, zato bo promet preusmerjen na obvoz po Ljubljanski cesti.
            "Dela bomo poskušali končati pred koncem tedna," so sporočili iz podjetja.
            Vozniki naj računajo na daljše čase potovanja v jutranji konici.
            !© 2026 Savinjski Glas
            """),
        BoilerplatePageCase(rule: "on a page without blank lines, a subheading between an inline teaser and a newsletter's box stays, its paragraph under the box", page: """
            #outlet: Savinjski Glas
            !Novice / Celje
            Knjižnica v Žalcu bo odprta tudi ob nedeljah
            Od aprila bodo bralci lahko knjige izposojali vse dni v tednu.
            Tina Zorko
            12. marca 2026, 09:15
            Medobčinska knjižnica v Žalcu bo od aprila odprta tudi ob nedeljah, je v torek sklenil svet zavoda.
            Ravnateljica Petra Hribar je povedala, da so se za to odločili zaradi številnih pobud bralcev.
            !Preberite tudi: Celje dobi novo avtobusno progo do Ljubečne
            Več dela za zaposlene
            !Prijavite se na naše e-novice in prejemajte novice vsako jutro
            !Vaš e-naslov
            !Prijava
            Knjižnica bo za nedeljske izmene zaposlila dva nova knjižničarja, je dodala Hribarjeva.
            Občina bo za to namenila 40 tisoč evrov na leto.
            !© 2026 Savinjski Glas
            """),
        BoilerplatePageCase(rule: "a listen control between the comment count and the photo's caption still goes, no appeal's box under it", page: """
            #outlet: Savinjski Glas
            !Novice / Celje
            Bazen na Golovcu bo poleti odprt do desete ure zvečer
            Kopalci bodo lahko julija in avgusta plavali tudi v večernih urah.
            Miha Kos
            13. marca 2026, 10:05
            !Komentarji (14)
            !Poslušaj članek
            !Zunanji bazen na Golovcu. Foto: Tina Zorko / Savinjski Glas
            Zunanji bazen na Golovcu bo to poletje odprt do desete ure zvečer, je sporočil zavod za šport.
            Direktor zavoda Jure Pečnik je povedal, da so se za daljši urnik odločili po lanski anketi med obiskovalci.
            Večerna vstopnica bo stala pet evrov.
            !© 2026 Savinjski Glas
            """),
    ]
}

@Suite("BoilerplateStripper chrome of the twenty-fourth sitting's first round")
struct BoilerplateS24RoundTests {
    @Test("A breadcrumb's second label opens on a capital after its spaced separator; a slash in a word or a lower-case label after it is none", arguments: [
        ("Thời sự / Giao thông", true), ("Medio ambiente / Clima", true), ("Новини / Львів", true), ("Lokalne novice » Mestni promet", true),
        ("Thời sự / giao thông", false), ("Medio ambiente/Clima", false), ("Novice in dogodki", false),
    ])
    func capitalAfterSeparator(text: String, opens: Bool) {
        var text = text
        #expect(text.withUTF8 { BoilerplateClassifier.opensCapitalAfterSeparator($0) } == opens)
    }
}
