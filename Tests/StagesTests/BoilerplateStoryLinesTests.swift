import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Composed pages for story lines that chrome's shapes took (fitted to the released sets W, T and
/// S): a date line whose stamps come in segments (`isSegmentedDate`), an author's e-mail address
/// signing the story off (`markAuthorAddresses`), the story's list over an appeal
/// (`isUnderListLead`), a long sentence in a language whose function words the stage did not know
/// (the `stopwords` list), a player's play button alone in its language, a lead opening with the
/// outlet's name taken for an author's bio (`markAuthorBios`), and a Swedish byline and date line
/// (the `months` list; the share row under them by `playerControls`' head window). Each page must come out with every line right;
/// the story lines fail without their rule, the chrome lines guard against it firing too widely.
extension BoilerplatePageCase {
    static let storyLines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a date line with its update stamp and reading time between bullets stays; a menu line with a date does not", page: """
            #outlet: Fjordside Gazette
            !Fjordside Gazette
            !May 2026 • Archive • Contact • About
            !News
            !Sport
            !Harbour
            Harbour crane to be replaced after forty years

            By Astrid Valen

            Published May 12, 2026 • Last updated 3 hours ago • 5 minute read

            The harbour board will replace the container crane on the north quay after engineers found cracks in two of its legs.

            The new crane, ordered from a yard in Gdansk, should arrive by ship in the autumn and be working before Christmas.

            Dock workers said the old crane had been slowing down unloading for more than a year.
            """),
        BoilerplatePageCase(rule: "the authors' e-mail addresses under the last paragraph stay; a tip line's address does not", page: """
            #outlet: Fjordside Gazette
            Ferry timetable cut for the winter

            By Astrid Valen and Jonas Brekke

            The ferry between Fjordside and the outer islands will run four times a day instead of six from November, the operator said.

            Islanders said the first morning crossing was the one they needed most and asked that it be kept.

            The operator said it would review the timetable in March after counting passengers over the winter.

            avalen@fjordsidegazette.no

            jbrekke@fjordsidegazette.no

            !tips@fjordsidegazette.no

            !Most read

            !Rockfall closes the coast road

            !New school opens in August
            """),
        BoilerplatePageCase(rule: "the story's list over a newsletter's prompt stays; the prompt and its button go", page: """
            #outlet: Fjordside Gazette
            Bus routes to change at the new terminal
            By Jonas Brekke
            The county will move four bus routes to the new terminal by the station from Monday, after three years of building work.
            Drivers said the new bays were easier to reach than the old stops on the main street.
            The routes that move on Monday are:
            - Vik
            - Hamnes Quay
            - Nordby
            - Airport
            !WAIT LESS: Get bus news in your inbox with Fjordside Commute, every weekday at seven.
            !Sign up
            The old stops on the main street will close at the end of the month, the county said.
            Passengers with questions can ask the staff at the terminal's desk during the first two weeks.
            """),
        BoilerplatePageCase(rule: "a Polish sentence of twelve words between a player's button and an ad marker stays; the button, the clock and the marker go", page: """
            #outlet: Fjordside Gazette
            Remont wiaduktu na Woli potrwa do jesieni
            Autor: Anna Nowak
            Drogowcy zamkną od poniedziałku wiadukt nad torami na Woli, a remont potrwa co najmniej do października.
            Prace obejmą wymianę nawierzchni, barier i oświetlenia na całej długości wiaduktu.
            !0:00 / 1:45
            !Odtwórz
            Na czas remontu zamknięte zostaną też schody prowadzące z wiaduktu na przystanki.
            !Reklama
            Koszt prac oszacowano na 38 mln zł.
            Radni dzielnicy apelują o wydłużenie godzin kursowania autobusów nocnych.
            """),
        BoilerplatePageCase(rule: "a lead opening with the outlet's name as its dateline stays, though the byline ends with that name", page: """
            #outlet: Kabar Nusa
            Harga cabai rawit naik dua kali lipat di Surabaya
            Rina Wulandari - Kabar Nusa
            Kamis, 9 Juli 2026 | 10:15 WIB
            Kabar Nusa, Surabaya - Harga cabai rawit di sejumlah pasar tradisional di Surabaya naik dua kali lipat dalam sepekan terakhir. Pedagang di Pasar Keputran menjual cabai rawit Rp 90.000 per kilogram, naik dari Rp 45.000 pada awal bulan.
            Pedagang mengatakan pasokan dari petani di Kediri dan Blitar berkurang karena hujan deras merusak tanaman.
            Dinas Perdagangan berencana menggelar operasi pasar pekan depan untuk menekan harga.
            """),
        BoilerplatePageCase(rule: "a Swedish byline and date line stay under a long standfirst; the follow button, the reading time and the share row under them go", page: """
            #outlet: Kvällsbladet
            Nya pendeltåg till Södertälje försenas ett år
            De nya tågen skulle ha börjat rulla i januari.
            Nu säger regionen att leveransen från tillverkaren är försenad.
            Resenärerna får vänta till nästa vinter.
            Av: Karin Holm
            !Följ
            Publicerad 4 maj 2026 kl. 06.15
            !Lästid: 3 minuter
            !Dela
            !Lyssna
            Region Stockholm meddelade på måndagen att de 40 nya pendeltågen inte levereras förrän i december nästa år.
            Tillverkaren har haft problem med bromssystemet, och tågen måste provköras igen innan de får tas i trafik.
            De gamla tågen kommer att gå kvar på linjen till Södertälje under tiden, säger regionens trafikdirektör.
            """),
        BoilerplatePageCase(rule: "a date line of clock times between bullets stays, though it names no month; a menu line between bullets goes", page: """
            #outlet: Omroep Vechtdal
            !Nieuws • Sport • Weer • 112
            Nieuwe fietsbrug over de Vecht gaat in maart open
            Vandaag, 16:05 • Aangepast vandaag, 17:20
            De nieuwe fietsbrug over de Vecht bij Dalfsen gaat in maart open, heeft de gemeente dinsdag laten weten.
            De brug vervangt de oude pont, die al jaren te klein was voor het aantal fietsers in de zomer.
            De bouw liep vertraging op omdat de fundering dieper moest dan eerst gedacht, zei de wethouder.
            """),
    ]
}

@Suite("BoilerplateStripper story lines")
struct BoilerplateStoryLinesTests {
    @Test("every line of the composed page is labelled right", arguments: BoilerplatePageCase.storyLines)
    func page(_ example: BoilerplatePageCase) throws {
        try example.expectEveryLineRight()
    }
}
