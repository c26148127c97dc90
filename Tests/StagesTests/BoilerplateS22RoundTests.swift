import Foundation

/// The twenty-second sitting's round, on set AG's kept chrome, by shapes that hold in any language:
/// one reader of a teaser's label for the labels in capitals and those in a script without case
/// (the labelled teaser and the read-also line had each read their own), an ad printed between
/// two copies of its label, a messenger channel's pitch by its place and shape, and the writer's box
/// under the story (the byline's name again over a bio) ending the story. The pages are
/// composed on other stories, in languages and outlets the set does not use.
extension BoilerplatePageCase {
    static let twentySecondRoundChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a teaser under a label in capitals written with combining tone marks goes over a subheading, where no story sentence follows it; the subheading and the story stay", page: """
            #outlet: Ibadan Courier
            !Skip to content
            !Latest
            !Oyo State
            !Business
            !Opinion
            !Business › Markets
            Ibadan council opens new stalls at Bodija market
            Traders will move in from next month, the council says
            By Funmilayo Adeyemi
            March 12, 2026
            Ibadan North council on Monday opened 300 new stalls at Bodija market, built after a fire destroyed part of the old market last year.
            The stalls have concrete floors, water points and metal shutters, and each trader will pay a monthly rent of 8,000 naira.
            !Ẹ KÀ PẸ̀LÚ: Tomato prices fall as harvest reaches Ibadan markets
            How the stalls were shared
            A council official said the stalls were shared by ballot among traders who lost their shops in the fire.
            Traders who were not in the market before the fire can apply for the remaining 40 stalls from April.
            """),
        BoilerplatePageCase(rule: "a read-also line under a label in a script without case goes between two story sentences though its headline quotes a campaign's name; a notice under such a label closed like a sentence stays (Amharic)", page: """
            #outlet: Gondar Zena
            !ዋና ገጽ
            !ዜና
            !ስፖርት
            የጎንደር ከተማ አዲስ የውሃ ማከማቻ ገነባች
            ኅዳር 20 ቀን 2019
            የጎንደር ከተማ አስተዳደር ለሦስት ቀበሌዎች ውሃ የሚያቀርብ አዲስ የውሃ ማከማቻ ሰኞ ዕለት ማስመረቁን አስታውቋል።
            ማከማቻው በቀን ሁለት ሺህ ሜትር ኩብ ውሃ እንደሚይዝ የከተማው ውሃ ባለሥልጣን ገልጿል።
            !ይህንንም ያንብቡ: ከተማዋ "አረንጓዴ ጎንደር" ዘመቻ ጀመረች
            ነዋሪዎች ከዚህ በፊት ውሃ ለማግኘት ረጅም ሰልፍ ይጠብቁ እንደነበር ተናግረዋል።
            ማሳሰቢያ: በሥራው ምክንያት ውሃ ለሁለት ቀናት በሌሊት ይቋረጣል።
            የፕሮጀክቱ ወጪ በከተማው አስተዳደርና በክልሉ መንግሥት ተሸፍኗል።
            """),
        BoilerplatePageCase(rule: "an ad between two copies of a label no lexicon knows goes with both copies (Welsh `HYSBYSEB` over an English story); a chant printed twice around a quotation stays", page: """
            #outlet: Teifi Valley Post
            !Newyddion | News
            !Chwaraeon | Sport
            Cardigan traders march against new parking charges
            About 200 people walked from the castle to the council offices
            By Elin Rees
            March 14, 2026
            About 200 traders and residents marched through Cardigan on Saturday against the county council's plan to charge for parking on the high street.
            Shop owners say the charges will drive shoppers to the out-of-town supermarkets, where parking is free.
            !HYSBYSEB
            !Siop Teifi Hardware — 20% off all garden tools this weekend
            !HYSBYSEB
            The marchers stopped outside the council offices, where a petition with 3,400 names was handed in.
            They chanted as they walked:
            NO MORE CHARGES
            "We will keep coming back until the council listens to the town," said one of the organisers.
            NO MORE CHARGES
            The council said it would consider the petition at its meeting next month.
            """),
        BoilerplatePageCase(rule: "a messenger channel's pitch of eight words or more with no sentence end goes between the story's paragraphs, though it opens on no call and names no outlet; the story's sentence naming a messenger stays", page: """
            #outlet: Kisumu Bulletin
            !Kisumu Bulletin — news from the lakeside
            !Counties › Kisumu › Transport
            Kisumu port to handle fuel barges again from June
            The pier was closed for repairs after the lake rose last year
            By Achieng Otieno
            March 9, 2026
            The ports authority said on Monday that the Kisumu oil jetty will reopen to fuel barges in June, after eight months of repairs to its pier.
            Traders in the town have paid more for diesel since the jetty closed, as fuel came by road from Eldoret.
            !Breaking stories from the lakeside, straight to your phone every morning on our Telegram channel
            Fishermen at Dunga beach said they had shared the news in their WhatsApp groups within minutes.
            The authority said three barges a week would bring fuel from Uganda once the pier reopens.
            """),
        BoilerplatePageCase(rule: "a standfirst naming a messenger with no sentence end stays over the byline, and so does a short subheading naming one", page: """
            #outlet: Kisumu Bulletin
            !Counties › Kisumu › Fisheries
            Dunga fish traders set their prices together
            Traders at the beach now agree the day's price of tilapia in a WhatsApp group every morning
            By Achieng Otieno
            March 10, 2026
            Fish traders at Dunga beach have agreed the day's price of tilapia together every morning since January, their association said on Tuesday.
            The association's chairwoman said prices had steadied since the traders stopped undercutting each other at the landing site.
            A Telegram channel for buyers
            Buyers from Kisumu's hotels can now follow the day's prices in a channel the association opened last week.
            Traders said the hotels had already placed larger orders for the Easter weekend.
            """),
        BoilerplatePageCase(rule: "the writer's box under the story (the byline's name alone over a sentence about the writer) ends the story: the box's bio and the related and most-read lists under it go, though the bio is a sentence and no lexicon knows the labels (Welsh)", page: """
            #outlet: Llais Ceredigion
            !Newyddion
            !Chwaraeon
            !Busnes
            Cyngor yn agor llyfrgell newydd yn Aberaeron
            Gan Gwenllian Prys
            12/03/2026 09:30
            Agorodd y cyngor sir lyfrgell newydd yn hen ysgol y dref ddydd Llun, ar ôl dwy flynedd o waith ar yr adeilad.
            Mae gan y llyfrgell ystafell i blant, deg cyfrifiadur a chaffi bach sy'n cael ei redeg gan wirfoddolwyr.
            Dywedodd y llyfrgellydd y bydd y drysau ar agor chwe diwrnod yr wythnos o fis Ebrill ymlaen.
            !#Aberaeron
            !#Llyfrgelloedd
            !Gwenllian Prys
            !Mae hi'n ysgrifennu am addysg a bywyd y trefi bach ar hyd yr arfordir.
            !Straeon eraill
            !Ffordd yr arfordir ar gau am wythnos
            !Ysgol Llanarth yn dathlu can mlynedd
            !Mwyaf poblogaidd
            !1. Pris tocynnau bws yn codi eto
            !2. Siop y gornel yn cau wedi hanner canrif
            !Sylwadau (4)
            !Ysgrifennwch eich sylw...
            """),
        BoilerplatePageCase(rule: "the writer's name printed alone more than once after the head (an interview's speaker lines) is no box: the questions and the answers under it stay", page: """
            #outlet: Llais Ceredigion
            Ten questions for the new harbour master
            By Gwenllian Prys
            March 12, 2026
            The harbour at New Quay has a new master this month, the first woman to hold the post. We asked her about the summer ahead.
            Gwenllian Prys
            What will change for the fishing boats this summer?
            Mared Owen
            The boats will keep their moorings, but the slipway will close for two weeks in June for repairs.
            Gwenllian Prys
            And for the visitors who come in by yacht?
            Mared Owen
            We will have twelve new visitor berths on the pontoon by the end of May.
            """),
        BoilerplatePageCase(rule: "the writer's name printed alone twice after the head is no box though the first time no sentence stands under it (an interview's topic line): the answers under the second stay", page: """
            #outlet: Llais Ceredigion
            Five minutes with the new lifeboat coxswain
            By Gwenllian Prys
            March 19, 2026
            Aberystwyth's lifeboat station has a new coxswain, who joined the crew as a volunteer twenty years ago. We asked him about the season ahead.
            Gwenllian Prys
            On the busy months ahead
            Dylan Hughes
            The summer brings the most call-outs, mostly paddleboarders blown out past the harbour wall.
            Gwenllian Prys
            And the new boat?
            Dylan Hughes
            It arrives in May, and the crew will train on it every Tuesday evening until the end of June.
            """),
    ]
}
