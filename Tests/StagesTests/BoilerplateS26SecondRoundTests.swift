import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The twenty-sixth sitting's second round, chosen across the released blind sets: a messenger
/// channel's pitch that writes the outlet's own name in quotes or angled marks, one that cheers
/// with `!` in a language whose calls the lexicon does not know, and one under the story's last
/// paragraph whose verb closes it; the pitch's button of four words opening on a call's verb; a
/// sign-up box's heading over its blurb or field. The pages are composed in Russian, Catalan,
/// Turkish, English, Indonesian, Slovenian and Swedish, with the cases the rules must leave alone.
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
        BoilerplatePageCase(rule: "a Slovenian box's heading, a call's verb opening it, goes over the box's field and button between two paragraphs", page: """
            #outlet: Obalni glas
            !Preskoči na vsebino
            !Novice | Obala | Šport | Kultura
            Koper bo poleti podaljšal vozni red mestnih avtobusov
            Avtobusi bodo od junija vozili do polnoči.
            Mestna občina Koper bo od junija do septembra podaljšala vozni red mestnih avtobusov do polnoči, so sporočili v torek.
            Na treh progah bodo avtobusi ob koncih tedna vozili vsakih petnajst minut.
            !Prejemajte obalne novice vsak večer ob 18. uri
            !Vaš e-naslov
            !Prijavi se
            Občina bo za daljši vozni red letos namenila 240 tisoč evrov.
            Prevoznik je napovedal, da bo zaposlil šest novih voznikov.
            !© 2026 Obalni glas
            """),
        BoilerplatePageCase(rule: "a Swedish box's heading over its e-mail field and button goes; a subheading over another box stays", page: """
            #outlet: Kustbladet
            !Till innehållet
            !Nyheter | Sport | Kultur
            Bron till Tjörn stängs för renovering i sommar
            Trafiken leds om via färjan under sex veckor.
            Tjörnbron stängs för biltrafik i sex veckor i sommar när vägbanan ska bytas, meddelade Trafikverket på tisdagen.
            Under avstängningen går extra turer med färjan mellan Stenungsund och Tjörn.
            !Få Kustbladets nyhetsbrev – de viktigaste nyheterna varje kväll
            !Din e-postadress
            !Prenumerera
            Arbetet kostar omkring 140 miljoner kronor och beräknas vara klart i mitten av augusti.
            Därför byts hela vägbanan ut nu
            !Din e-postadress
            !Prenumerera
            Enligt Trafikverket har asfalten spruckit på flera ställen efter de senaste vintrarna.
            !© 2026 Kustbladet
            """),
    ]
}

@Suite("Boilerplate: the twenty-sixth sitting's second round (messenger pitches and sign-up boxes across the blind sets)")
struct BoilerplateS26SecondRoundTests {
    @Test("each rule's page is right line by line", arguments: BoilerplatePageCase.twentySixthSecondRoundLines)
    func pages(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}
