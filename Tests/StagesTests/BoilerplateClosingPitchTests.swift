import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Composed pages for the pitch under the story (`closingPitchStart`): the site's address to its
/// reader right after the story's last paragraph goes with its button and what follows it, and
/// the story's own closing lines that look like one stay. Each page must come out with every
/// line right; the pitches fail without the rule, the others guard the story.
extension BoilerplatePageCase {
    static let closingPitches: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a newsletter's pitch with `our`, its heading, its button and the tags under it go", page: """
            #outlet: Vestby Courier
            !Home
            !News
            !Transport
            Halsey ferry suspended for three weeks

            The ferry between Vestby and Halsey island will stop on Monday after the operator found cracks in the quay at Halsey.

            By Ingrid Moen

            The operator said the quay at Halsey was no longer safe for ferries longer than forty metres until repairs were done.

            The council will run a passenger boat from Vestby three times a day while lorries take the long road round.

            Repairs to the quay at Halsey should be finished by the fourth of April, the operator said.

            !Morning letter
            !Receive our morning letter, a choice of the fjords' news and weather, each day at six.
            !Sign me up
            !Over 40 000 readers
            !Ferries
            !Islands
            !Comments (12)
            !Most read
            !Rockfall closes the coast road
            !New school opens in August
            !© 2026 Vestby Courier
            """),
        BoilerplatePageCase(rule: "a channel's pitch naming the outlet goes with its button, in a language no lexicon covers", page: """
            #outlet: Kabar Fjord
            !Beranda
            !Berita
            !Transportasi
            Feri Halsey berhenti selama tiga minggu

            Feri antara Vestby dan pulau Halsey akan berhenti pada hari Senin setelah operator menemukan retakan di dermaga Halsey.

            Operator mengatakan dermaga di Halsey tidak lagi aman untuk feri yang lebih panjang dari empat puluh meter sampai diperbaiki.

            Dewan kota akan menjalankan perahu penumpang dari Vestby tiga kali sehari selama perbaikan berlangsung.

            !Ikuti saluran WhatsApp Kabar Fjord untuk kabar pilihan setiap pagi.
            !Gabung
            !Tag: feri, Halsey, Vestby
            !Terpopuler
            !Jalan pantai ditutup karena longsor
            !© 2026 Kabar Fjord
            """),
        BoilerplatePageCase(rule: "the story's last line naming the outlet in its own words, over a tag row, stays", page: """
            #outlet: Vestby Courier
            !Home
            !News
            Halsey ferry suspended for three weeks

            The ferry between Vestby and Halsey island will stop on Monday after the operator found cracks in the quay at Halsey.

            The operator said the quay at Halsey was no longer safe for ferries longer than forty metres until repairs were done.

            The Vestby Courier asked the operator for a timetable of the repairs at the Halsey quay but had no answer by Friday.

            !Ferries
            !Halsey
            !Most read
            !Rockfall closes the coast road
            !New school opens in August
            """),
        BoilerplatePageCase(rule: "a helpline the story gives and a quotation with `ours` stay at its foot", page: """
            #outlet: Vestby Courier
            !Home
            !News
            Islanders fear a winter cut off by the ferry closure

            Families on Halsey island say three weeks without a ferry will leave older residents without their doctor's visits.

            "We have a boat, and the council has a plan," said Marit Holm, who runs the island shop. "Ours is the last shop on the island."

            "A new quay," she laughed. "Ours has waited since 1968, and so have we."

            If you are worried about someone on the island, call the council's helpline on 0800 555 0101.

            !Ferries
            !Halsey
            !Most read
            !Rockfall closes the coast road
            !New school opens in August
            """),
    ]
}

@Suite("BoilerplateStripper closing pitches")
struct BoilerplateClosingPitchTests {
    @Test("every line of the composed page is labelled right", arguments: BoilerplatePageCase.closingPitches)
    func page(_ example: BoilerplatePageCase) throws {
        try example.expectEveryLineRight()
    }
}
