import Foundation

/// The sixteenth sitting's round, on the chrome set AB kept that no rule knew in its languages: a
/// story's tag row under a label the lexicon lacked (the label closed by a colon, or by the
/// Armenian `՝`), a reuse notice asking for a link to the outlet, and a messenger channel's pitch
/// opening on a call in a language whose imperatives the word list lacked. Each page is composed
/// here, in languages other than the set's pages use for the same line, and each carries a story
/// line the rule must not take; they run with the composed pages of `BoilerplatePageRulesTests`.
extension BoilerplatePageCase {
    /// The sixteenth sitting's pages, two languages or more per rule. The Estonian page of a tag
    /// label alone over its row passes without the span's change too (`opensMenu`): it guards the
    /// change, whose failing case is a released page (AA's a18, whose label the new lexicon took).
    static let sixteenthRoundChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a tag row under its Lithuanian label goes; a story sentence opening on the same word stays", page: """
            #outlet: Nemuno žinios
            Senasis Aleksoto tiltas bus uždarytas dviem mėnesiams
            Jurgita Vaitkutė
            2026-11-23 08:15
            Kauno savivaldybė pirmadienį pranešė, kad nuo gruodžio pradžios Aleksoto tiltu negalės važiuoti automobiliai.
            Rangovai keis tilto dangą ir sutvirtins dvi atramas, kurias pavasarį apgadino ledonešis.
            Žymos ant senųjų atramų rodo, kiek aukštai pernai pakilo Nemuno vanduo.
            Pėstiesiems ir dviratininkams tiltas liks atviras visą remonto laiką.
            !Žymos: Kaunas, tiltai, remontas, eismas
            !Dalintis
            !Komentarai (2)
            """),
        BoilerplatePageCase(rule: "a tag row under its Azerbaijani label goes; a story sentence naming the label's word stays", page: """
            #outlet: Gəncə Xəbər
            Gəncədə ikinci avtovağzalın tikintisi başlayıb
            Elvin Məmmədov
            23 noyabr 2026, 10:40
            Gəncə şəhər icra hakimiyyəti bazar ertəsi yeni avtovağzalın təməlinin qoyulduğunu açıqlayıb.
            Layihəyə görə, vağzal gündə 120 reysə xidmət göstərəcək və gələn ilin payızında açılacaq.
            Sakinlər sosial şəbəkələrdə teqlər vasitəsilə köhnə vağzalın fotolarını paylaşırlar.
            Köhnə vağzalın binası muzeyə çevriləcək.
            !Teqlər: Gəncə, nəqliyyat, avtovağzal, tikinti
            !Paylaş
            """),
        BoilerplatePageCase(rule: "a tag label alone on its line goes with the row under it, and the appeal and comments after the row (Estonian)", page: """
            #outlet: Tartu Päevaleht
            Tartu bussijaama ümberehitus algab märtsis
            Kadri Tamm
            23.11.2026 12:30
            Tartu linnavalitsus teatas esmaspäeval, et bussijaama hoone ümberehitus algab märtsi alguses ja kestab poolteist aastat.
            Ehituse ajaks viiakse kaugliinibussid ajutiselt Turu tänava parklasse.
            Linn maksab tööde eest umbes neli miljonit eurot, millest pool tuleb riigilt.
            Volikogu opositsioon jäi hääletusel erapooletuks, sest rahastus on veel ebaselge.
            Bussipiletid jäävad ümberehituse ajal samaks.
            Uus ootesaal avatakse 2028. aasta suvel.
            !Märksõnad:
            !Tartu
            !ühistransport
            !ehitus
            !bussijaam
            !Toeta sõltumatut ajakirjandust
            !„Tartu Päevaleht“ elab oma lugejate toel. Anneta juba täna ja aita meil edasi kirjutada.
            !Anneta
            !Kommentaarid
            !Toimetus jätab endale õiguse kustutada solvavad ja teemavälised kommentaarid.
            !Mart Supilinnast
            !Lõpuks ometi! Ootasime seda kümme aastat.
            !1 tund tagasi
            !Vasta
            !Külaline_77
            !Kes selle kinni maksab? Jälle meie.
            !45 min tagasi
            !Vasta
            """),
        BoilerplatePageCase(rule: "a reuse notice asking for a link to the source goes (Lithuanian, Serbian Cyrillic); a story sentence on a link stays", page: """
            #outlet: Pajūrio aidas

            Klaipėdos uoste pradėtas statyti naujas keltų terminalas

            Tomas Jankus

            2026-11-23 09:05

            Uosto direkcija pirmadienį pranešė, kad naujasis terminalas aptarnaus keltus į Vokietiją ir Švediją.

            Registracijos nuoroda vežėjams bus išsiųsta elektroniniu paštu iki gruodžio vidurio.

            Statybos turėtų baigtis 2028 metų pavasarį.

            !Kopijuojant turinį nuoroda į šaltinį privaloma.

            !Преузимање садржаја дозвољено је уз обавезно навођење извора.

            !Visos teisės saugomos
            """),
        BoilerplatePageCase(rule: "a messenger channel's pitch opening on a call goes (Croatian, Armenian) with its button; a story sentence naming the messenger stays", page: """
            #outlet: Jadranski tjednik
            Splitska luka dobiva novi vez za trajekte
            Ivana Perić
            23. studenoga 2026. 11:20
            Lučka uprava Split objavila je u ponedjeljak da će novi vez primati trajekte do 140 metara duljine.
            Prijevoznici su putnike o izmjenama voznog reda obavijestili porukama na Viberu.
            Radovi bi trebali završiti prije ljetne sezone.
            !Pridružite se našem Viber kanalu i primajte najvažnije vijesti iz Dalmacije
            !Pridruži se
            !Միացեք մեր Telegram ալիքին և առաջինը իմացեք օրվա գլխավոր լուրերը
            !Oznake: Split, luka, trajekti
            """),
    ]
}
