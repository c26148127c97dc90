import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Composed pages for the twelfth sitting's breadth pass, written from the chrome of news sites
/// across languages (no gold page): a live strip's label over the other story it carries (`EN
/// DIRECT`, `ПРЯМОЙ ЭФИР`) and its item (`liveStripItems`), and a podcast promo inside the story (the show's name ending on the
/// word or opening on it, the episode, the platforms, `Alle Folgen`, `Слушайте подкаст`). One page
/// per language group; each fails without the lexicon's entries (the strips between two paragraphs,
/// which the islands took whole before the entries, fail with the entries and without
/// `liveStripItems`: the label went alone), and its story lines that speak of a podcast, Spotify or
/// a live broadcast in a sentence guard against them firing too widely.
@Suite("BoilerplateStripper live strips and podcast promos")
struct BoilerplateStripsAndPodcastsTests {
    /// One test over the five pages: each page's mistakes are reported with its lines.
    @Test("every composed page comes out with every line right")
    func composedPages() throws {
        for example in BoilerplatePageCase.stripsAndPodcasts { try example.expectEveryLineRight() }
    }
}

// MARK: - The composed pages

extension BoilerplatePageCase {
    static let stripsAndPodcasts: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a podcast promo's show, episode, platforms and button go; sentences on a podcast and Spotify stay", page: """
            #outlet: Harbour Times
            Ferry fares to rise by 8% from June
            By Tom Ellis
            March 4, 2026
            Ferry fares between the mainland and the islands will rise by 8% from June, the operator said on Tuesday.
            The company blamed higher fuel and crew costs, and said season tickets would rise by less than single fares.
            !The Harbour Times Daily podcast
            !Episode 112: Why island ferries keep getting dearer
            !Apple Podcasts
            !Spotify
            !Subscribe to the podcast
            Island councillors said they would ask the government to step in before the summer season.
            Councillor Ruth Barra, who hosts a weekly podcast on island life, said the rise would hit families hardest.
            The operator said it would also sell its timetable updates through a playlist on Spotify.
            """),
        BoilerplatePageCase(rule: "a German podcast promo goes: the show, its episode, all episodes and listen now", page: """
            #outlet: Rheinpfalz Kurier
            Ludwigshafen: Neue Rheinbrücke wird ein Jahr später fertig
            Von Jana Becker
            4. März 2026, 08:15 Uhr
            Die neue Rheinbrücke zwischen Ludwigshafen und Mannheim wird voraussichtlich erst im Herbst 2028 fertig, ein Jahr später als geplant.
            Grund seien Lieferprobleme beim Stahl und ein zusätzlicher Prüfauftrag für die Pfeiler, teilte der Landesbetrieb Mobilität mit.
            !Der Pfalz-Podcast
            !Folge 48: Wie lange hält die alte Brücke noch?
            !Alle Folgen
            !Jetzt reinhören
            Pendler müssen sich bis dahin weiter auf Staus im Berufsverkehr einstellen, heißt es im Podcast der Stadtwerke.
            Die Stadt will die Ampelschaltungen an den Zufahrten anpassen.
            """),
        BoilerplatePageCase(rule: "a live page's label under the date line goes (it stayed without the lexicon's entry)", page: """
            #outlet: Le Courrier du Nord
            Tempête Ciarán : les vents atteignent 150 km/h sur la côte
            Par Claire Dumas
            Publié le 4 mars 2026 à 09h10
            !EN DIRECT
            Les rafales ont atteint 150 km/h dans la nuit sur le littoral de la Manche, selon Météo-France, qui maintient la vigilance rouge pour trois départements.
            Plus de 80 000 foyers sont privés d'électricité, a indiqué le gestionnaire du réseau.
            Le préfet a demandé aux habitants de ne pas se déplacer avant la fin de l'après-midi.
            """),
        BoilerplatePageCase(rule: "a French live strip between two paragraphs goes with its story; a broadcast en direct in a sentence stays", page: """
            #outlet: Le Courrier du Nord
            Lille : le métro fermé deux jours pour travaux
            Par Claire Dumas
            Publié le 4 mars 2026 à 09h10
            Les deux lignes du métro lillois seront fermées samedi et dimanche pour des travaux sur les voies, a annoncé l'exploitant.
            Des bus de substitution circuleront toutes les dix minutes entre les principales stations.
            !EN DIRECT
            !Tempête Ciarán : suivez l'évolution de la situation
            Le conseil de la métropole, qui votera le budget des travaux lundi, sera retransmis en direct sur son site.
            Les parkings relais resteront ouverts gratuitement pendant les deux jours de fermeture.
            !Partager
            """),
        BoilerplatePageCase(rule: "a Russian live strip and podcast promo go; a live broadcast in a sentence stays", page: """
            #outlet: Волжская правда
            !Новости
            !Политика
            !Экономика
            !Спорт
            В Самаре закроют на ремонт Фрунзенский мост
            Автор: Анна Белова
            04.03.2026, 09:40
            Фрунзенский мост в Самаре закроют на капитальный ремонт с 1 апреля, сообщили в мэрии.
            Работы продлятся полтора года, общественный транспорт пустят в объезд через Южный мост.
            !ПРЯМОЙ ЭФИР
            !Паводок в Оренбурге: главное к этому часу
            Губернатор расскажет о планах ремонта в прямом эфире в четверг.
            !Подкаст «Волжское утро»
            !Слушайте подкаст на любой платформе
            !Все выпуски
            Движение по мосту будет частично открыто в выходные дни, уточнили в департаменте транспорта.
            !Поделиться
            """),
    ]
}
