import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The twenty-sixth sitting's first round: an embedded post whose account is printed without its
/// `@` (a bare handle of lower-case letters, digits, `_` and `.`) goes with its text and the line
/// naming its network, under the text (`Telegram · 12.03.2026`) or over the handle (`Instagram'da
/// bu gönderiyi gör`, with the post's counts under its text). The pages are composed in Portuguese,
/// Turkish and Swedish, with a case the rule must leave alone.
extension BoilerplatePageCase {
    static let twentySixthRoundLines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a bare handle, the post's text and the network's line with its date under it go between two Portuguese paragraphs", page: """
            #outlet: Correio do Mondego
            !Saltar para o conteúdo
            !Início | Região | Desporto | Cultura
            Ponte pedonal de Coimbra fecha duas semanas para obras
            A câmara municipal vai substituir o piso de madeira da ponte, que tem dezenas de tábuas partidas desde o inverno passado.
            A ponte pedonal sobre o Mondego fecha ao público na próxima segunda-feira, durante duas semanas, para a substituição do piso de madeira, anunciou a câmara municipal.
            Segundo a autarquia, as obras custam cerca de 180 mil euros e incluem também a pintura das guardas metálicas e a revisão da iluminação.
            !coimbra_a_pe
            !Lá se vai o nosso atalho para a escola durante duas semanas 😩
            !Telegram · 12.03.2026
            Durante as obras, os peões terão de atravessar o rio pela ponte de Santa Clara, o que acrescenta cerca de dez minutos ao percurso.
            A câmara garante que a ponte reabre antes das férias da Páscoa.
            !© 2026 Correio do Mondego
            """),
        BoilerplatePageCase(rule: "the network's line over a bare handle, the post's text and its counts go between two Turkish paragraphs", page: """
            #outlet: Ege Postası
            !Anasayfa
            !Gündem
            !Spor
            İzmir'de vapur seferleri sisten dolayı iptal edildi
            İzmir Körfezi'nde sabah saatlerinde etkili olan yoğun sis nedeniyle vapur seferleri iki saat boyunca yapılamadı.
            Kentte sabah saatlerinde etkili olan yoğun sis nedeniyle Karşıyaka, Bostanlı ve Konak arasındaki vapur seferleri iki saat boyunca iptal edildi.
            İskelelerde bekleyen yolcular otobüs ve metroya yönlendirildi, bazı duraklarda uzun kuyruklar oluştu.
            !Instagram'da bu gönderiyi gör
            !karsiyaka.sabahlari
            !Bugün vapur yok, körfez bembeyaz 🌫️
            !1.208 beğenme
            Seferler saat dokuzdan sonra görüş mesafesinin artmasıyla yeniden başladı.
            Meteoroloji, sisin yarın sabah da etkili olabileceğini açıkladı.
            !© 2026 Ege Postası
            """),
        BoilerplatePageCase(rule: "a Swedish subheading naming a network over the story's paragraph stays, with no bare handle near it", page: """
            #outlet: Norrlandsbladet
            !Nyheter
            !Sport
            !Kultur
            Kommunen startar eget konto för snöröjningen
            Invånarna ska kunna se var plogbilarna kör just nu.
            Luleå kommun startar ett eget konto i sociala medier där invånarna kan följa snöröjningen under vintern, meddelade kommunen på tisdagen.
            Kontot ska visa en karta över plogbilarna och uppdateras varje kvart när det snöar mycket.
            Därför väljer kommunen Instagram
            Enligt kommunikationschefen når kommunen flest unga invånare där, och kartan går lätt att dela vidare.
            Försöket pågår till och med mars, därefter ska det utvärderas av kommunstyrelsen.
            !© 2026 Norrlandsbladet
            """),
    ]
}

@Suite("Boilerplate: the twenty-sixth sitting's first round (embedded posts with a bare handle)")
struct BoilerplateS26RoundTests {
    @Test("each rule's page is right line by line", arguments: BoilerplatePageCase.twentySixthRoundLines)
    func pages(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}
