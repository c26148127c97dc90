import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// An embedded page's post with no handle and no link (the page's name, its time, its text, its
/// counts and its network's line), known by its counts (`countedPosts`, first written in the
/// twenty-sixth sitting and landed in the twenty-seventh). The pages are composed in Portuguese and
/// English, with the story's own lists of figures that the rule must leave alone: under a
/// paragraph with no page's name over it, under a subheading with no time (the lead's page that
/// kept the rule from landing), counting one thing under a subheading that carries a figure, and a story's own counts of a clip's views under a
/// subheading stamped with a time, where no page's name without a figure sits over the text.
extension BoilerplatePageCase {
    static let countedPostsLines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Portuguese page's post with no handle goes over its counts, the story's subheading under it stays", page: """
            #outlet: Jornal do Vale
            Ponte sobre o rio Pardo fecha por três semanas
            A travessia será feita por balsa enquanto durarem as obras.
            A ponte sobre o rio Pardo fechará na segunda-feira para a troca das juntas de dilatação, informou a prefeitura.
            Segundo a secretaria de obras, os ônibus farão um desvio de doze quilômetros pela rodovia estadual.
            !Defesa Civil de Vale Verde
            !ontem às 18:40
            !Atenção: a partir de segunda-feira, a travessia do rio Pardo só poderá ser feita de balsa. Planeje seu trajeto.
            !2,4 mil
            !310 comentários
            !Ver no Facebook
            Como fica o transporte
            A balsa funcionará das cinco da manhã à meia-noite, com saídas a cada vinte minutos, segundo a concessionária.
            !© 2026 Jornal do Vale
            """),
        BoilerplatePageCase(rule: "the story's list of figures under a paragraph stays: no page's name sits over the paragraph", page: """
            #outlet: Valley Courier
            Reservoir levels fall for a third month
            The water board says supplies are safe until spring.
            Levels at the three reservoirs that serve the valley fell again in October, the water board said on Monday.
            The board published each reservoir's volume in millions of cubic metres:
            Upper Dene reservoir
            The reservoir has lost a fifth of its volume since July, its keeper said in a report to the board.
            41 million
            23 million
            The board said it would not ask households to save water before the new year.
            !© 2026 Valley Courier
            """),
        BoilerplatePageCase(rule: "a story's counted list under a subheading and a paragraph stays: no time stamps the subheading", page: """
            #outlet: Northern Record
            Floods cut off three villages in the north
            The river burst its banks on Tuesday night after two days of heavy rain, officials said.
            Rescue teams reached the last of the villages on Thursday morning.
            Damage so far
            The regional office published its first count of the damage on Friday, village by village.
            12 houses destroyed
            30 houses damaged
            The office said the figures would rise as teams reached the outlying farms.
            """),
        BoilerplatePageCase(rule: "a story's list counting one thing stays under a subheading with a figure: a post counts different things", page: """
            #outlet: Hill Gazette
            Storm closes mountain roads for a second day
            Snowploughs worked through the night on the pass, the county said.
            Crews cleared the lower valley first, where most of the closed roads lead to farms.
            Roads at 5 p.m.
            The highways office listed the state of the county roads on Wednesday afternoon.
            14 roads closed
            6 roads reopened
            The office expects the pass to reopen by the weekend if no more snow falls.
            !© 2026 Hill Gazette
            """),
        BoilerplatePageCase(rule: "a story's tally of a vote stays under a dated subheading: its counts name no engagement and no network", page: """
            #outlet: Lakeside Herald
            Regional assembly passes transport plan at last
            The assembly backed the ten-year transport plan on Wednesday evening after three failed attempts this year.
            The ballot, 4 June
            Members spent most of the afternoon on the cost of the new tram line before the plan was put to them.
            21 for
            9 against
            2 abstaining
            The assembly's chair said work on the first tram stops could begin next spring.
            !© 2026 Lakeside Herald
            """),
        BoilerplatePageCase(rule: "a story's count of an outage stays under a subheading with a time: plain figures, different things", page: """
            #outlet: Coast Ledger
            Gales cut power to coastal towns overnight
            Gusts of more than 100 km/h brought down trees and lines along the coast on Friday night, the grid operator said.
            Status at 7 a.m. Saturday
            The operator released its figures town by town on Saturday morning and said some repairs would take days.
            4,100 homes without power
            9 ferries cancelled
            3 bridges shut
            People were told to keep clear of fallen cables and to report them to the operator.
            """),
        BoilerplatePageCase(rule: "a story about a clip counts its views and comments under a subheading with a time: no page's name without a figure sits over the text", page: """
            #outlet: Dales Evening Post
            Footage of a rescued lamb is watched around the world
            A clip of a farmer carrying a lamb across a flooded beck has been shared in dozens of countries.
            Counts at 9 p.m. Wednesday
            The farmer's daughter posted the clip on Sunday, and by Tuesday it had been shown on television in three countries.
            2 million views
            38,000 comments
            The lamb, named Beck by the family, is back with its flock.
            """),
    ]
}

@Suite("Boilerplate: page posts with no handle, known by their counts")
struct BoilerplateCountedPostsTests {
    @Test("each rule's page is right line by line", arguments: BoilerplatePageCase.countedPostsLines)
    func pages(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }
}
