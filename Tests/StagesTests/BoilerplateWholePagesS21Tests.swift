import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Six whole dirty pages (15–18% article lines) composed for the twenty-first sitting's second
/// boilerplate round, for invented outlets in languages no lexicon entry covers and no earlier
/// page used: Ibadan in Yoruba, Apia in Samoan with English, Mekelle in Tigrinya, Asunción in
/// Guarani with Spanish, Leeuwarden in West Frisian and Dakar in Wolof
/// (`Fixtures/boilerplate/breadth-s21/`). Odd pages have blank lines between blocks, even pages
/// none. They stand in for unseen pages: no lexicon entry may be added in their languages, so only
/// rules that use no word of a language can move them.
@Suite("Boilerplate whole pages of the twenty-first sitting's second breadth round")
struct BoilerplateWholePagesS21Tests {
    /// Every story line stays. At first sight (the stage as at cb8532a): P 0.651, R 1.000, F1 0.789
    /// (in every page an ad under a label no lexicon knows, its offer and button; an embedded post's
    /// text and its reactions row; rows of donation amounts; read-also teasers under a label in
    /// capitals or in Ge'ez; the head's slogan and date; a reading time in Guarani).
    /// After the round's rules (a reactions row or a row of amounts, figures and symbols with no
    /// word, and a post's untagged text over the row; an ad's label in capitals, its brand's offer
    /// after a colon and a short button between the story's sentences): P 0.920, R 1.000, F1 0.958.
    /// Left: the Yoruba head's slogan and date, two read-also teasers (Yoruba, Tigrinya), the
    /// Tigrinya post's text under a handle with a time after it, a Guarani reading time.
    /// The third round (a read-also line under a label in capitals or a caseless script, a colon and
    /// a headline with no sentence end, between two story sentences): P 0.920 -> 0.945, R 1.000,
    /// F1 0.958 -> 0.972; the Yoruba and Tigrinya read-also teasers go.
    @Test("every story line stays and the chrome goes")
    func wholePages() throws { try BoilerplateWholePagesTests.expectWholePages("breadth-s21", precision: 0.94) }
}

extension BoilerplatePageCase {
    /// The twenty-first sitting's second round, one page per rule, each with story lines the rule
    /// must not take: rules that read no word of any language (capitals, a colon's place, symbols
    /// and figures). They run with the composed pages of `BoilerplatePageRulesTests`.
    static let twentyFirstSecondRoundChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "an ad's label in capitals no lexicon knows, the brand's offer after a colon and its button go between the story's paragraphs (Maori); a subheading in capitals over a paragraph stays", page: """
            #outlet: Te Karere Rotorua
            !Kāinga
            !Ngā Kōrero
            !Hākinakina
            !Pakihi
            Rotorua council to rebuild the lakefront boardwalk
            By Hemi Walker
            25 November 2026
            The Rotorua Lakes Council will rebuild the lakefront boardwalk next year, councillors agreed on Wednesday after a two-hour debate.
            The old timber has rotted in several places and a section near the jetty was fenced off in March.
            !PĀNUI HOKO
            !Ahiahi Kai: 2 pizza mō te $25 ia Rāapa
            !Tono ināianei
            The new boardwalk will be built from recycled plastic planks and is due to open before summer.
            COST
            The council puts the cost at $6.2 million, half of it from a government fund for lakeside towns.
            Work is expected to start in February and to take about seven months.
            """),
        BoilerplatePageCase(rule: "an embedded post's text with no tag, over its reactions row of symbols and figures, goes under the post's handle, and the row with it; the story's paragraphs under the row stay", page: """
            #outlet: Lakeside Weekly
            !Home
            !Local
            !Sport
            Tram stop to open in Harbourview next year
            By Grace Okafor
            25 November 2026
            The city council said on Tuesday that a new tram stop will be built in Harbourview next year, after a decade of requests from residents.
            Work will start in March and is expected to last about six months, the council said.
            !@lakesideweekly
            !Neighbours gathered this morning to see the plans for the stop
            !♥ 214  ↻ 56  💬 19
            The residents' association welcomed the plan at a meeting on Monday night and asked for a shelter at the stop.
            The new stop will link the neighbourhood with the city centre in about three minutes.
            The council said trams would also run more often, every five minutes in the morning.
            The project will cost $4.2 million, and the regional government will pay half of it.
            """),
        BoilerplatePageCase(rule: "a row of amounts that opens on a currency's sign, with no word, goes at the story's foot with its button; the story's sentence of figures stays", page: """
            #outlet: Harbour Ledger
            !News
            !Business
            !Sport
            Ferry fares to rise by a fifth in January
            By Aroha Smith
            25 November 2026
            The harbour ferry company will raise its fares by a fifth from January, it said on Tuesday, blaming the price of diesel.
            A single trip will cost $6.50 instead of $5.40, and a monthly pass $180 instead of $150.
            Commuters' groups said the rise would push more people back into their cars.
            !$5   $10   $25
            !Give now
            """),
    ]
}

extension BoilerplatePageCase {
    /// The twenty-first sitting's third round: the story's lines on a page in a language the
    /// function-word list does not know, and a read-also line told by its shape. Each page fails
    /// without its rule, and its other lines guard against the rule firing too widely.
    static let twentyFirstThirdRoundChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "on a page in a language the function-word list does not know (Basque), the story's long paragraphs after an embedded post and its reactions row stay", page: """
            #outlet: Txingudi Hitza
            !Hasiera | Albisteak | Kirolak | Kultura
            Irungo udalak zubi berria eraikiko du Bidasoa ibaiaren gainean
            Idazlea: Miren Etxeberria
            2026ko azaroaren 25a
            Irungo udalak asteartean jakinarazi zuenez, oinezkoentzako zubi berri bat eraikiko dute Bidasoa ibaiaren gainean datorren urtean.
            Zubiak Behobia auzoa eta Hendaiako merkatal gunea lotuko ditu, eta egunero milaka lagunek erabiliko dutela uste dute.
            !@txingudihitza
            !Bizilagunak goizean bildu dira zubiaren planoak ikusteko
            !♥ 214  ↻ 56  💬 19
            Auzo elkarteak begi onez ikusi du proiektua, baina argiteria hobea eskatu du gaueko ibilbideetarako eta bizikletentzako bide seguruagoak.
            Lanak martxoan hasiko dira udalaren arabera.
            Proiektuak sei milioi euro inguru balioko ditu eta Aldundiak erdia ordainduko du.
            Alkateak esan duenez zubia udazkenean zabalduko da.
            !Partekatu
            !Facebook
            !X
            !© 2026 Txingudi Hitza
            """),
        BoilerplatePageCase(rule: "on a page in a language the list knows (English), a long line in another language after the share row (Basque, its `du` a second person's word) still goes as the tail's chrome", page: """
            #outlet: Bidasoa Weekly
            !Bidasoa Weekly | News from Irun and Hendaye
            Irun to build a footbridge over the Bidasoa
            Local news desk · Tuesday 25 November 2026
            Irun's council said on Tuesday that it will build a footbridge over the Bidasoa river next year, linking Behobia with the shops in Hendaye.
            Thousands of people cross the border on foot every day, and the old road bridge has no pavement on one side.
            The residents' association welcomed the plan but asked for better lighting on the paths at night.
            The project will cost about six million euros, and the provincial government will pay half of it.
            !Share
            !Facebook
            !Egunkari honek Gipuzkoako Foru Aldundiaren laguntza jaso du euskarazko edukiak argitaratzeko eta zabaltzeko.
            !© 2026 Bidasoa Weekly
            """),
        BoilerplatePageCase(rule: "a read-also line under a label in capitals no lexicon knows, between two story sentences, goes (a Yoruba label over an English story, its capitals written with combining tone marks); a warning's sentence and an interview's Q and A stay", page: """
            #outlet: Ogun Ledger
            !Abeokuta › News
            Abeokuta's Kuto bridge to get a walkway by 2028
            Adebayo Ogunleye, Abeokuta reporter
            Updated 25 November 2026, 9:40am
            A walkway for pedestrians will be added to the Kuto bridge in Abeokuta by 2028, the state's ministry of works announced on Tuesday.
            Traders now walk on a narrow shoulder beside buses and trucks, and two of them were hurt on the bridge in the rains.
            !Ọ̀RỌ̀ MÌÍRÀN: Fuel queues return to Abeokuta filling stations
            The walkway will be built on a new deck fixed to the side of the bridge, which will stay open to traffic.
            WARNING: Two lanes will close at night for several weeks while the deck is fitted.
            The ministry's project director answered readers' questions on Thursday.
            Q: When will the work start?
            A: Next dry season, if the funds are released.
            Market women's groups said they had asked for the walkway for more than ten years.
            """),
        BoilerplatePageCase(rule: "a read-also line under a label in a script without case, between two story sentences, goes (Amharic)", page: """
            #outlet: Bahir Dar Zena
            !ዋና ገጽ
            !ዜና
            !ስፖርት
            የባሕር ዳር ከተማ አዲስ የአውቶቡስ መስመር ከፈተች
            ኅዳር 16 ቀን 2019
            የባሕር ዳር ከተማ አስተዳደር ከመሃል ከተማ ወደ ዩኒቨርሲቲው የሚሄድ አዲስ የአውቶቡስ መስመር ማክሰኞ ዕለት መክፈቱን አስታውቋል።
            አውቶቡሶቹ በየሃያ ደቂቃው የሚነሱ ሲሆን ጉዞው አሥራ አምስት ደቂቃ ይወስዳል።
            !ይህንንም ያንብቡ: የጣና ሐይቅ ጀልባዎች ዋጋ ጨመረ
            ተማሪዎች አዲሱ መስመር ለትምህርታቸው ጊዜ እንደሚቆጥብላቸው ተናግረዋል።
            የአንድ ጉዞ ዋጋ አምስት ብር እንደሚሆን አስተዳደሩ ገልጿል።
            """),
    ]
}
