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
    ]
}

@Suite("Boilerplate: the twenty-ninth sitting's round (languages and scripts the lists do not know)")
struct BoilerplateS29ScriptsTests {
    @Test("each rule's page is right line by line", arguments: BoilerplatePageCase.unlistedScriptLines)
    func unlistedScriptLines(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}
