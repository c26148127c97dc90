import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The story's head (headline, byline, date) beside a latest or most-read list, composed for the
/// fifteenth sitting's third boilerplate round: no line of the story may go with the list.
///
/// A list's heading the lexicon knows (`Terkini`, `Latest news`) under a widget taken for a title
/// (`Harga emas RM 412.50` over the day's date) is read as under the title, so its walk ran: through
/// the feed, through the story's headline (which it cannot remove) and into the byline and the date.
/// The walk now ends at a headline or byline of the head. The Malay and English pages fail without
/// that; the Indonesian page (the list right under the date, blank lines) and the French page (a
/// most-read list right over the headline) guard the other places. Left: the widget and the date
/// over the menu on the first two pages, the last item of the lists on the last two.
@Suite("Boilerplate heads beside latest lists")
struct BoilerplateHeadListsTests {
    /// Every story line stays (recall 1), chrome left aside.
    @Test("the story's byline and date stay beside a latest list", arguments: BoilerplatePageCase.headsBesideLists)
    func headsBesideLists(_ example: BoilerplatePageCase) throws {
        let (recall, report) = try example.recallAndMistakes()
        #expect(recall == 1, "\(report)")
    }
}

extension BoilerplatePageCase {
    /// The page's recall of story lines after the stage, and its mistakes line by line.
    func recallAndMistakes() throws -> (recall: Double, report: String) {
        let article = BoilerplateGoldArticle(name: rule, fixture: page)
        let harness = try CorpusStageHarness<BoilerplateStripper>(options: .init())
        let document = try #require(try harness.run([article.document]).documents.first)
        let removed = document[BoilerplateKey.self] ?? []
        return (article.score(removed: Set(removed.map(\.line))).recall, article.mistakes(removed: removed))
    }

    /// Pages whose latest or most-read list sits right above or below the story's head.
    static let headsBesideLists: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a widget over the day's date, a Terkini feed under the menu (Malay): the byline and date stay", page: """
            #outlet: Berita Kuantan
            !Kuantan 31°C
            !Harga emas RM 412.50
            !Selasa, 24 November 2026
            !Berita
            !Ekonomi
            !Sukan
            !Gaya Hidup
            !Terkini
            !17:02 Jalan pantai Cherating ditutup akibat tanah runtuh
            !16:58 Sri Pahang umum pemain baharu
            !16:51 "Harga durian akan diumumkan minggu ini," kata menteri
            !Ekonomi
            Jeti penumpang kedua dibina di Pelabuhan Kuantan
            Oleh Ahmad Faizal
            Dikemas kini: 24 November 2026 17:10
            Pengendali pelabuhan mengumumkan pada hari Selasa bahawa pembinaan jeti penumpang kedua untuk kapal persiaran telah bermula di Pelabuhan Kuantan.
            Jeti itu dijangka siap sebelum musim cuti dan mampu menerima 40 kapal setahun.
            """),
        BoilerplatePageCase(rule: "a widget over the day's date, a Latest feed under the menu (English): the byline and date stay", page: """
            #outlet: Kuantan Herald
            !Kuantan 31°C
            !Gold RM 412.50
            !Tuesday, 24 November 2026
            !News
            !Business
            !Sport
            !Lifestyle
            !Latest news
            !17:02 Cherating coastal road closed after landslide
            !16:58 Sri Pahang unveil new signing
            !16:51 "Durian prices will be announced this week," minister says
            !Business
            Second passenger jetty under way at Kuantan Port
            By Ahmad Faizal
            Updated: 24 November 2026 17:10
            The port operator said on Tuesday that building had begun on a second passenger jetty for cruise ships at Kuantan Port.
            The jetty is expected to be finished before the holiday season and to take 40 ships a year.
            """),
        BoilerplatePageCase(rule: "a latest list right under the byline and date (Indonesian, blank lines): the list goes, the story stays", page: """
            #outlet: Kabar Pontianak

            !Beranda

            !Kalbar

            !Ekonomi

            Dermaga baru Pelabuhan Dwikora mulai dibangun

            Penulis: Rina Oktaviani

            Selasa, 24 Nov 2026 07:30 WIB

            !Berita Terkini

            !Harga sembako di Pasar Flamboyan naik jelang Natal

            !Jembatan Kapuas I ditutup sementara untuk perbaikan

            !Persipon menang tipis atas tim tamu

            Pelindo mulai membangun dermaga baru di Pelabuhan Dwikora, Pontianak, untuk kapal penumpang, kata manajer pelabuhan pada hari Selasa.

            Dermaga itu ditargetkan selesai pada akhir 2027.
            """),
        BoilerplatePageCase(rule: "a most-read list right above the headline, under the menu (French): the headline, byline and date stay", page: """
            #outlet: Le Courrier de Sfax
            !Accueil
            !Régions
            !Économie
            !Les plus lus
            !Sfax : le marché central ferme pour travaux
            !Kerkennah : la traversée suspendue par le vent
            !Mahrès : un festival de peinture en juillet
            Le port de Sfax aura un second quai pour les passagers
            Par Leïla Ben Salah
            Publié le 24 novembre 2026 à 17h10
            Le port de Sfax aura un second quai pour les navires de croisière, a annoncé mardi l'Office de la marine marchande.
            Les travaux doivent durer dix-huit mois.
            """),
    ]
}
