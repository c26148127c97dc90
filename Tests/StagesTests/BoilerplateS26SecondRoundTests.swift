import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The twenty-sixth sitting's second round, chosen across the released blind sets: a messenger
/// channel's pitch that writes the outlet's own name in quotes or angled marks, one that cheers
/// with `!` in a language whose calls the lexicon does not know, and one under the story's last
/// paragraph whose verb closes it; the pitch's button of four words opening on a call's verb.
/// The pages are composed in Russian, Catalan, Turkish, English and Indonesian, with the cases
/// the rules must leave alone.
extension BoilerplatePageCase {
    static let twentySixthSecondRoundLines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Russian pitch that writes the outlet's name in angled marks goes, with its button", page: """
            #outlet: Вечерний Омск
            !Главная
            !Новости
            !Город
            В Омске закроют на ремонт Ленинградский мост
            Движение по мосту ограничат с понедельника, автобусы пустят в объезд.
            Ремонт Ленинградского моста начнётся в понедельник и продлится до конца сентября, сообщили в мэрии.
            На время работ закроют две полосы из четырёх, а автобусы трёх маршрутов пустят через Юбилейный мост.
            !«Вечерний Омск» в Telegram — главные новости города первыми!
            !Подписаться
            По данным мэрии, ремонт обойдётся в 412 миллионов рублей и будет оплачен из областного бюджета.
            Подрядчик обещает работать в две смены, чтобы закончить до холодов.
            !© 2026 Вечерний Омск
            """),
        BoilerplatePageCase(rule: "a line naming the outlet and a messenger stays when it quotes someone else", page: """
            #outlet: Harbour Herald
            !Skip to content
            !Home | Islands | Sport | Weather
            Night ferry to the islands cancelled for the winter
            The operator says too few passengers used the late sailing last year.
            The night ferry to the outer islands will not run from December to March, the operator announced on Tuesday.
            It said the late sailing carried an average of eleven passengers a night last winter.
            The Harbour Herald asked island readers on WhatsApp: "How will you get home from the late shift?"
            More than two hundred replied within a day, most of them nurses and hotel staff.
            The island council said it would ask the operator to reconsider.
            !© 2026 Harbour Herald
            """),
        BoilerplatePageCase(rule: "a Catalan pitch of eight words or more that cheers with `!` goes between two paragraphs; a story sentence naming the messenger stays", page: """
            #outlet: Diari del Penedès
            !Inici
            !Comarca
            !Esports
            Vilafranca tancarà el mercat del dissabte durant les obres de la plaça
            Les parades es traslladaran a la rambla fins al mes de juny.
            L'Ajuntament de Vilafranca del Penedès traslladarà el mercat del dissabte a la rambla mentre duri la reforma de la plaça, segons ha anunciat aquest dimarts.
            Els paradistes van rebre la notícia per un grup de WhatsApp que gestiona l'associació de marxants.
            !Apunta't al nostre canal de WhatsApp i rep les notícies del Penedès abans que ningú!
            Les obres començaran el 12 de gener i tenen un pressupost de 1,4 milions d'euros.
            L'associació de marxants demana que es mantingui l'aparcament gratuït als voltants.
            !© 2026 Diari del Penedès
            """),
        BoilerplatePageCase(rule: "a Turkish pitch under the story's last paragraph, its verb closing it, goes", page: """
            #outlet: Trakya Gazetesi
            !Anasayfa
            !Gündem
            !Spor
            Edirne'de tarihi köprüde restorasyon başladı
            Köprü çalışmalar süresince yalnızca yayalara açık olacak.
            Edirne'deki tarihi Meriç Köprüsü'nde restorasyon çalışmaları pazartesi günü başladı.
            Valilik, çalışmaların dokuz ay süreceğini ve köprünün bu sürede araç trafiğine kapalı olacağını açıkladı.
            Restorasyonun maliyeti yaklaşık 48 milyon lira olarak hesaplanıyor.
            !Haberleri Telegram kanalımızdan takip edin
            !© 2026 Trakya Gazetesi
            """),
        BoilerplatePageCase(rule: "a pitch's button of four words opening on a call's verb goes, and an Indonesian `klik` button", page: """
            #outlet: Kabar Pesisir
            !Beranda
            !Daerah
            !Olahraga
            Pelabuhan ikan Muncar diperluas tahun depan
            Dermaga baru akan menampung seratus kapal tambahan.
            Pemerintah kabupaten akan memperluas pelabuhan ikan Muncar mulai tahun depan dengan anggaran Rp 86 miliar.
            Dermaga yang ada saat ini hanya mampu menampung sekitar 400 kapal, padahal jumlah kapal yang bersandar terus bertambah.
            !Ikuti berita terkini Kabar Pesisir di WhatsApp Channel
            !Klik di sini
            Para nelayan berharap perluasan itu juga disertai perbaikan tempat pelelangan ikan.
            !Join the Kabar Pesisir WhatsApp Channel for the news as it breaks
            !CLICK HERE TO JOIN
            Kepala dinas perikanan mengatakan pekerjaan dijadwalkan selesai dalam delapan belas bulan dan pelabuhan tetap beroperasi selama pembangunan berlangsung.
            "Kapal tetap bisa bersandar, hanya dermaga timur yang kami tutup bergantian," katanya.
            !© 2026 Kabar Pesisir
            """),
    ]
}

@Suite("Boilerplate: the twenty-sixth sitting's second round (messenger pitches across the blind sets)")
struct BoilerplateS26SecondRoundTests {
    @Test("each rule's page is right line by line", arguments: BoilerplatePageCase.twentySixthSecondRoundLines)
    func pages(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}
