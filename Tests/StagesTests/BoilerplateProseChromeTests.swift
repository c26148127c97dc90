import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The fourteenth sitting's third boilerplate round: chrome written as prose (a sponsor's teaser
/// between its label and its button, a box summing up another story, a comment section whose
/// reply button is in Spanish or French or whose heading names its readers, a disclosure under
/// the story) and a story's sentence that a form's rule took for its note (`Selon l'entreprise,
/// … du …`). The six whole pages it was found on are `p7`–`p12` of
/// `Fixtures/boilerplate/breadth-s14/` (Peru in Spanish, Egypt, Taiwan and Zambia in English,
/// Belarus in Russian, French-speaking Switzerland). Each small page fails without the round's
/// rules, and its story lines guard against them.
extension BoilerplatePageCase {
    static let proseChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a story's sentence under a paywall's button, opening on `Selon` with a French `du`, stays; the paywall's pitch and button go", page: """
            #outlet: Le Journal du Chablais
            Le pont de Saint-Maurice rouvrira aux piétons en mars
            Par Lucie Favre
            Publié le 22 novembre 2026
            Le pont suspendu de Saint-Maurice rouvrira aux piétons au début du mois de mars, a annoncé samedi la commune.
            Les travaux de renforcement des câbles ont coûté 2,4 millions de francs, financés en partie par le canton.
            !Cet article vous est offert
            !Le Journal du Chablais vit grâce à ses abonnés. Pour lire nos reportages sans limite, abonnez-vous dès 9 francs par mois.
            !Je m'abonne
            Selon la commune, la réouverture du pont permettra aux écoliers d'éviter la route cantonale.
            Les cyclistes devront encore attendre l'été, le temps de poser un nouveau revêtement.
            """),
        BoilerplatePageCase(rule: "a sponsor's teaser in two sentences between its label and its button goes (English, French); a story's paragraph under an ad label over its subheading stays", page: """
            #outlet: Delta Morning Post
            Alexandria to widen its corniche road by two lanes
            By Hana Youssef
            November 22, 2026
            Alexandria will widen the corniche road by two lanes between Stanley and Sidi Gaber, the governorate said on Sunday.
            The works will start in January and are expected to take eighteen months.
            !Sponsored
            !Discover a new seaside compound where families enjoy private beaches, international schools and a clubhouse. Units come with an eight-year payment plan.
            !Learn more
            Shop owners on the corniche have asked for night works to keep their businesses open.
            !Publicité
            !Découvrez nos appartements neufs au bord de la mer, à deux pas de la gare. Une situation idéale pour les familles.
            !En savoir plus
            The governorate said traffic would be diverted to Abu Qir Street during the works.
            !Advertisement
            Fishermen at the Anfoushi harbour said they feared losing their moorings along the road.
            Harbour access
            The governorate said a new access ramp would be built for the fishing boats before the works start.
            """),
        BoilerplatePageCase(rule: "a box summing up another story goes inside and under the story (Spanish, English); a sentence naming a month stays in the story", page: """
            #outlet: La Voz de Arequipa
            Arequipa abrirá un nuevo mercado mayorista en Cerro Colorado
            Por Luis Zegarra
            22 de noviembre de 2026
            La Municipalidad Provincial de Arequipa abrirá en marzo un mercado mayorista en Cerro Colorado, con 600 puestos para comerciantes del Avelino Cáceres.
            Los comerciantes pidieron que el traslado se haga por etapas para no perder clientes.
            !Lo que debes saber sobre la reforma de pensiones
            !El proyecto obliga a todos los trabajadores a aportar a un fondo.
            !La pensión mínima subiría a 600 soles con veinte años de aportes.
            !La segunda votación está prevista para el 3 de diciembre.
            El alcalde dijo que el nuevo mercado tendrá cámaras de frío y un patio de carga para doscientos camiones.
            La obra costará 90 millones de soles y empezará en enero.
            !What you need to know about the new maize price
            !The Food Reserve Agency will buy maize at K350 per 50kg bag.
            !Buying will start in June at 600 depots.
            !Farmers must register with their cooperatives first.
            !Temas
            !Arequipa
            !Mercados
            """),
        BoilerplatePageCase(rule: "a story's own summary box naming its places again stays under its heading", page: """
            #outlet: The Lusaka Ledger
            Lusaka to open three new bus terminals before the rainy season
            By Mutale Banda
            November 22, 2026
            Lusaka City Council will open three new bus terminals in Matero, Chilenje and Kabwata before the rains begin, the town clerk said on Friday.
            Minibus drivers have complained for years that the old terminals flood every December.
            What you need to know about the new terminals
            The Matero terminal will serve minibuses from the western townships.
            Chilenje and Kabwata will each get a covered waiting area for passengers.
            Minibus drivers will pay the same daily levy as at the old terminals.
            The council said the old terminals would be turned into markets.
            """),
        BoilerplatePageCase(rule: "a comment section whose reply button is Spanish or French goes with its comments under the story", page: """
            #outlet: Noticias del Callao
            Callao instalará cámaras en sus veinte paraderos más concurridos
            Por Jorge Paredes
            22 de noviembre de 2026
            La Municipalidad del Callao instalará cámaras de vigilancia en sus veinte paraderos más concurridos antes de fin de año, informó el alcalde.
            Las cámaras estarán conectadas a la central de serenazgo y grabarán las 24 horas del día.
            Los vecinos de Bellavista pidieron que se incluya el paradero de la avenida Colonial.
            !Comentarios
            !3 comentarios
            !Julio C.
            !hace 1 hora
            !Ojalá esta vez sí cumplan, porque llevamos años esperando que hagan algo por la seguridad en los paraderos.
            !Responder
            !Marie L.
            !il y a 2 heures
            !Très bonne initiative, il faudrait faire la même chose dans les gares de Lima et de Callao.
            !Répondre
            """),
        BoilerplatePageCase(rule: "a comment section under a heading that names its readers goes (English, Spanish); a story's subheading on what readers told the paper stays", page: """
            #outlet: Nile Valley Courier
            Luxor to ban horse carriages from the corniche in summer afternoons
            By Amira Saleh
            November 22, 2026
            Luxor will ban horse carriages from the corniche between noon and 5 p.m. from June to September, the governorate said on Sunday.
            Animal welfare groups had asked for the ban after several horses collapsed in the heat last summer.
            What readers told us
            Several drivers wrote to the Courier to say the ban would cost them half of their summer income.
            The governorate said it would pay the drivers a monthly allowance during the ban.
            !Topics
            !Luxor
            !Tourism
            !What readers are saying
            !Ahmed S.
            !2 hours ago
            !The horses suffer every summer and this should have happened years ago, but the drivers need help too.
            !Reply
            !Lo que dicen los lectores
            !Lucía M.
            !hace 3 horas
            !Estuve en Luxor en agosto y era muy triste ver a los caballos trabajando con ese calor.
            !Responder
            """),
        BoilerplatePageCase(rule: "an affiliate link's notice and an AI-help notice under the story go (English, Spanish, French); a story's sentence on artificial intelligence tools stays", page: """
            #outlet: Taipei Weekly Ledger
            Taipei tests smart traffic lights on Zhongxiao East Road
            By Lin Pei-shan
            November 22, 2026
            Taipei has begun testing smart traffic lights at twelve junctions on Zhongxiao East Road, the Department of Transportation said on Sunday.
            The department said it was using artificial intelligence tools to adjust the lights to the traffic every few seconds.
            Drivers on the road have complained of long waits at night when the streets are almost empty.
            !This article contains affiliate links. If you buy something through one of these links, we may earn a small commission at no extra cost to you.
            !Este artículo fue elaborado con apoyo de herramientas de inteligencia artificial y revisado por nuestro equipo editorial.
            !Ce texte a été rédigé avec l'aide d'un outil d'intelligence artificielle puis vérifié par notre rédaction.
            !Tags
            !Traffic
            !Taipei
            """),
    ]
}

@Suite("Boilerplate prose-like chrome of the fourteenth sitting's third round")
struct BoilerplateProseChromeTests {
    /// The round's rules, one small page each: each fails without the round, and its story lines
    /// guard against its rules.
    @Test("chrome written as prose goes: a sponsor's teaser over its button, another story's box, comments, disclosures",
          arguments: BoilerplatePageCase.proseChrome)
    func proseChrome(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}
