import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The twenty-ninth sitting's round on pages in languages and scripts the stage's word lists know
/// no or almost no word of (`scripts-s29`): the rules must not remove a story's line for want of
/// knowing its language. Each case is a small page of its own, with chrome the rule must still
/// remove.
extension BoilerplatePageCase {
    static let unlistedScriptLines: [BoilerplatePageCase] = [
        // Right-to-left text as an editor leaves it: each paragraph closed by a right-to-left mark
        // after its full stop. Before, no paragraph ended like a sentence, so none anchored the
        // body: the head's and foot's chrome stayed and the crosshead under the ad went with it.
        BoilerplatePageCase(rule: "a Pashto paragraph closed by a right-to-left mark after its full stop is a sentence", page: """
            #outlet: د سیند ږغ
            !کور
            !پښتونخوا
            !نړۍ
            !لوبې
            په نوښار کې د څښاک د اوبو نوې ذخیره جوړه شوه
            د ذخیرې له جوړېدو سره به د ښار لس زره کورونه پاکې اوبه ترلاسه کړي.\u{200F}
            نوښار: د ولسوالۍ چارواکو د سه شنبې په ورځ وویل چې د ښار په شمال کې د څښاک د اوبو یوه نوې ذخیره جوړه شوې او تر راتلونکې میاشتې به کار پیل کړي.\u{200F}
            د ښار اوسېدونکي تر اوسه له لرې څاګانو څخه اوبه راوړي او په دوبي کې ډېر ځله اوبه نه پیدا کېږي.\u{200F}
            !Advertisement
            !زونګ 4G: میاشتنی بنډل یوازې 999 روپۍ
            د کار مهال
            ذخیره به د ورځې دوه ځله ډکېږي او د اوبو بیه به د تېر کال په څېر پاتې وي.\u{200F}
            چارواکو وویل چې د ښار په جنوب کې به بله ذخیره هم جوړه شي.\u{200F}
            !ټګونه: نوښار اوبه\u{200F}
            !زموږ په اړه | اړیکه | د محرمیت پالیسي\u{200F}
            !© ۲۰۲۶ د سیند ږغ - ټول حقونه خوندي دي\u{200F}
            """),
        // A no-break space after the last full stop (`&nbsp;`), in a Latin script: the same.
        BoilerplatePageCase(rule: "a Welsh paragraph closed by a no-break space after its full stop is a sentence", page: """
            #outlet: Llais y Fro
            !Hafan
            !Newyddion
            !Chwaraeon
            !Diwylliant
            Llyfrgell newydd yn agor yn Nolgellau ym mis Mawrth
            Bydd yr adeilad yn cynnwys caffi, ystafell gyfrifiaduron a lle i grwpiau cymunedol.\u{00A0}
            Mae Cyngor Gwynedd wedi cadarnhau y bydd llyfrgell newydd Dolgellau yn agor ei drysau ar ddechrau mis Mawrth, ar ôl dwy flynedd o waith adeiladu ar hen safle'r farchnad.\u{00A0}
            Bydd y llyfrgell ar agor chwe diwrnod yr wythnos, gyda sesiynau stori i blant bob bore Sadwrn.\u{00A0}
            !READ MORE: Pont newydd dros Afon Wnion
            Arian y llywodraeth
            Costiodd y gwaith dair miliwn o bunnoedd, gyda'r rhan fwyaf o'r arian yn dod gan Lywodraeth Cymru.\u{00A0}
            Dywedodd y llyfrgellydd fod trigolion wedi bod yn aros yn hir am adeilad modern yn y dref.\u{00A0}
            !Pynciau: Dolgellau Llyfrgelloedd
            !Amdanom ni | Cysylltu | Polisi preifatrwydd
            !© 2026 Llais y Fro. Cedwir pob hawl.
            """),
        // An ad's label in capitals in a language the lexicon does not know, over the ad's label in
        // English and its offer: the label goes, the story's subheading under the ad stays; a
        // teaser in capitals over another story's headline still goes.
        BoilerplatePageCase(rule: "a subheading under an ad whose label is in capitals stays; a teaser's heading in capitals over a headline goes", page: """
            #outlet: Y Glannau
            !Hafan | Newyddion | Busnes | Chwaraeon | Diwylliant
            Llyfrgell newydd yn agor yn Nolgellau ym mis Mawrth
            Bydd yr adeilad yn cynnwys caffi, ystafell gyfrifiaduron a lle i grwpiau cymunedol.
            Mae Cyngor Gwynedd wedi cadarnhau y bydd llyfrgell newydd Dolgellau yn agor ei drysau ar ddechrau mis Mawrth, ar ôl dwy flynedd o waith adeiladu ar hen safle'r farchnad.
            Bydd y llyfrgell ar agor chwe diwrnod yr wythnos, gyda sesiynau stori i blant bob bore Sadwrn.
            !HYSBYSEBION
            !Advertisement
            !Gwesty'r Llew Coch – Cinio Nadolig o £24.95. Archebwch nawr
            Pryder am barcio
            Mae rhai siopau ar y stryd fawr yn poeni y bydd ymwelwyr yn llenwi'r maes parcio bach ger yr afon.
            !DARLLENWCH HEFYD
            !Pont newydd dros Afon Wnion yn agor cyn y Pasg
            Costiodd y gwaith dair miliwn o bunnoedd, gyda'r rhan fwyaf o'r arian yn dod gan Lywodraeth Cymru.
            Dywedodd y llyfrgellydd fod trigolion wedi bod yn aros yn hir am adeilad modern yn y dref.
            !Amdanom ni | Cysylltu | Polisi preifatrwydd
            !© 2026 Llais y Fro. Cedwir pob hawl.
            """),
        // A script whose own full stop the list of sentence ends did not hold: Inuktitut in
        // Canadian syllabics, closing its sentences with `᙮`. Before, no line ended like a
        // sentence: the headline and the standfirst went as an island of chrome between the menu
        // and the byline. The menu, the byline block, the caption, the ad's label and the foot still go.
        BoilerplatePageCase(rule: "an Inuktitut paragraph closed by the syllabics full stop is a sentence", page: """
            #outlet: ᓄᓇᕗᑦ ᐅᖃᐅᓯᖏᑦ
            !ᐊᖏᕐᕋᖓᓄᑦ
            !ᓄᓇᕗᑦ
            !ᓄᓇᕐᔪᐊᖅ
            !ᐊᖏᔪᖅᑳᖃᐃᑦ
            !Login | Subscribe
            ᐃᖃᓗᖕᓂ ᐃᓕᓐᓂᐊᕐᕕᒃ ᓄᑖᖅ ᒪᑭᑕᐅᓂᐊᖅᑐᖅ ᐅᑭᐅᖅ ᖃᖓᑕᓲᒃᑯᑦ ᐊᐅᓪᓚᑦᑎᓯᒪᓕᕐᐸᑦ
            ᓄᓇᓕᐊᓗᐃᑦ ᐊᖏᔪᖅᑳᖏᑦ ᐅᖃᕐᒪᑕ ᐃᓕᓐᓂᐊᕐᕕᒃ ᓄᑖᖅ ᒪᑭᑕᐅᓂᐊᕐᒪᑦ ᐊᕐᕌᒍᒥ ᖃᐃᔪᒥ᙮
            !ᐊᓪᓚᒃᓯᒪᔪᖅ: ᒪᓕᒃ ᑯᓕᒃ
            !ᓄᕕᐱᕆ 24, 2026
            !Share | Facebook | X
            ᐃᖃᓗᐃᑦ — ᓄᓇᓕᐊᓗᐃᑦ ᑲᑎᒪᔨᖏᑦ ᐅᓪᓗᒥ ᐅᖃᕐᒪᑕ ᐃᓕᓐᓂᐊᕐᕕᒃ ᓄᑖᖅ ᐱᓕᕆᐊᕆᔭᐅᓂᐊᕐᒪᑦ ᓄᓇᓕᐅᑉ ᐅᐊᖕᓇᖓᓂ ᐊᒻᒪ ᐃᓕᓐᓂᐊᖅᑎᓂᒃ ᐱᖓᓱᐃᑦ ᑕᐅᓴᖏᓐᓂᒃ ᐃᓯᖅᑕᐅᓂᐊᕐᒪᑦ᙮ ᐱᓕᕆᐊᖑᔪᖅ ᐊᑭᖃᕐᓂᐊᖅᑐᖅ ᑖᓚᓂᒃ ᒥᓕᐊᓐ ᐃᑲᕐᕋᐃᓐᓇᕐᓂᒃ᙮
            ᐃᓕᓐᓂᐊᕐᕕᒃ ᑐᖓᓕᖅ ᐃᓕᓐᓂᐊᖅᑎᓂᒃ ᐅᖓᑖᓄᑦ ᐃᓯᖅᑎᑦᑎᖃᑦᑕᓕᖅᐳᖅ ᐊᒻᒪ ᐃᓕᓐᓂᐊᖅᑏᑦ ᐃᓚᖏᑦ ᐃᓂᖃᖅᑐᑦ ᐃᒡᓗᓯᐅᑎᓂ ᐅᖅᓱᐊᓗᖃᖅᑎᑕᐅᙱᑦᑐᓂ᙮
            !ᐊᑐᐃᓐᓇᐅᔪᖅ: ᐃᖃᓗᖕᓂ ᐊᖅᑯᑎᒥ ᓇᓄᓯᐅᑏᑦ
            "ᕿᑐᕐᖏᑦ ᐃᓕᓐᓂᐊᕐᕕᖕᒥ ᓄᑖᒥ ᐃᓕᓐᓂᐊᕈᒪᔪᑦ," ᐅᖃᖅᐳᖅ ᐊᓈᓇ ᐃᖃᓗᖕᒥᐅᑕᖅ᙮
            !Advertisement
            ᐃᓕᓐᓂᐊᕐᕕᒃ ᐅᒃᑯᐃᖅᑕᐅᓂᐊᖅᑐᖅ 2028-ᒥ ᐊᒻᒪ ᐃᓕᓐᓂᐊᖅᑎᓂᒃ 600-ᖑᔪᓂᒃ ᐃᓂᖃᕐᓂᐊᖅᑐᖅ ᐃᓄᒃᑎᑐᑦ ᐃᓕᓐᓂᐊᖅᑎᑦᑎᓂᕐᒧᑦ ᐃᓂᖃᖅᑐᓂ᙮
            ᑲᑎᒪᔨᑦ ᐅᖃᖅᐳᑦ ᐃᓕᓐᓂᐊᕐᕕᒃ ᐃᓱᓕᑦᑐᓂ ᐃᒡᓗᕐᔪᐊᒥ ᐱᖁᑎᓂᒃ ᐅᖅᓱᐊᓗᒃᑐᓂᒃ ᐊᑐᕐᓂᐊᕐᒪᑕ ᐊᒻᒪ ᓯᕿᓂᖅ ᐊᑐᖅᑕᐅᓂᐊᕐᒪᑦ᙮
            !ᐃᓚᖏᑦ: ᐃᓕᓐᓂᐊᕐᕕᒃ ᐃᖃᓗᐃᑦ
            !ᐅᖃᐅᓯᕆᔭᐅᔪᑦ (3)
            !ᐃᓕᖅᑯᓯᖃᕐᓂᖅ | ᐅᖃᓗᒃᑕᐅᕕᖃᕐᓂᖅ
            !© 2026 ᓄᓇᕗᑦ ᐅᖃᐅᓯᖏᑦ
            """),
        // A story told in one short sentence a paragraph, as a language of long words writes it
        // (Pashto here): of its lines only a quote has ten words. Before, the page's head ran down
        // to that quote: the first paragraph went as a feed's item, the subheading under the ad
        // with the chrome next to it. Its short statements anchor it now; the head's and foot's
        // chrome, the ad's label and offer, the caption, the read-also link and the player still go.
        BoilerplatePageCase(rule: "a story of short sentences, one of ten words, anchors its own body", page: """
            #outlet: د سیند ږغ
            !Skip to main content
            !د سیند ږغ
            !English | اردو
            !Subscribe | Log in
            !نوښار 18°
            !کور
            !پښتونخوا
            !نړۍ
            !لوبې
            !ویډیو
            !کور / پښتونخوا / نوښار
            په نوښار کې د ښځو لپاره نوی روغتون پرانیستل شو
            روغتون به شل زره ښځو ته خدمت وکړي.
            !Share
            !Facebook
            !WhatsApp
            !د روغتون نوې ودانۍ (Photo: د سیند ږغ)
            نوښار: د ښځو روغتون د سه شنبې پرانیستل شو.
            روغتون پنځوس بستره او دوه د عملیاتو خونې لري.
            !READ MORE: په مردان کې د نجونو نوی کالج جوړېږي
            ښځې به دلته وړیا معاینه کېږي.
            !Advertisement
            !زونګ 4G: میاشتنی بنډل یوازې 999 روپۍ - اوس یې واخلئ
            د ډاکټرانو کمښت
            روغتون تر اوسه یوازې اته ښځینه ډاکټرانې لري.
            چارواکي وايي چې نورې ډاکټرانې به ژر وګمارل شي.
            !ویډیو: د روغتون دننه یو نظر ▶ 02:10
            "اوس پېښور ته د تګ اړتیا نشته." یوې مور وویل.
            روغتون به د شپې او ورځې خلاص وي.
            !ټګونه: نوښار روغتون
            !Comments (3)
            !Write a comment...
            !Most read
            !۱ په سوات کې واوره ورېدلې
            !۲ د پېښور د بي ار ټي نوي بسونه
            !Sponsored
            !Study in Malaysia — Free Consultation
            !زموږ په اړه | اړیکه | د محرمیت پالیسي
            !© ۲۰۲۶ د سیند ږغ - ټول حقونه خوندي دي
            !We use cookies. Accept
            """),
    ]
}

@Suite("Boilerplate: the twenty-ninth sitting's round (languages and scripts the lists do not know)")
struct BoilerplateS29ScriptsTests {
    @Test("each rule's page is right line by line", arguments: BoilerplatePageCase.unlistedScriptLines)
    func unlistedScriptLines(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}
