import Foundation
import Pipeline
import PipelineTesting
@testable import Stages
import Testing

/// Composed pages for the causes that stayed on the released set X: a poll's label over a headline
/// that states (kept), the page's stamp printed again at its foot (`repeatedStamp` in
/// `trimAfterArticle`), an ad's offer closed by its button (`markAdCreatives`) and an instalment
/// plan's terms (`0-0-24`) no longer read as a date, a caption's credit
/// in parentheses after one word (`(Special arrangement)`), and the lexicon's new classes (an
/// embedded post's placeholder and labels, a player's screen and settings buttons, a podcast's
/// listen button, a chart's label, a form's error messages, a sign-up's opening). Written for the
/// round, not copied from any gold page; each page must come out with every line right: its chrome
/// fails without the rule, and its story lines guard against the rule firing too widely.
@Suite("BoilerplateStripper residue of set X")
struct BoilerplateResidueOfXTests {
    @Test("a year is four figures from 1900 to 2099 with no figure beside them")
    func years() {
        func years(_ text: String) -> [Int] {
            var text = text
            return text.withUTF8 { BoilerplateClassifier.years(in: $0) }
        }
        #expect(years("First Published: Mar 3, 2026 07:40 PM IST") == [2026])
        #expect(years("Saturday, Dec. 5, 1 p.m.") == [])
        #expect(years("Call 020 7946 01234 or 1899") == [])
    }

    @Test("a date in figures has no day or month of zero")
    func zeroDates() {
        func holdsDate(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { BoilerplateClassifier.holdsNumericDate($0) }
        }
        #expect(holdsDate("12.01.2026, 10:15"))
        #expect(holdsDate("1-2-26"))
        #expect(!holdsDate("рассрочка 0-0-24"))
        #expect(!holdsDate("00/00/2026"))
    }

    @Test("every line of the composed page is labelled right", arguments: BoilerplatePageCase.residueOfX)
    func page(_ page: BoilerplatePageCase) throws { try page.expectEveryLineRight() }
}

// MARK: - The composed pages

extension BoilerplatePageCase {
    static let residueOfX: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a poll's label over a statement is the headline's kicker; the poll widget that asks goes", page: """
            #outlet: Prairie Courier
            !Prairie Courier
            !News
            !Politics
            !Sports
            !Opinion
            Poll: Most renters in the city expect to move within two years
            A Prairie Courier survey finds rising rents are pushing families toward the suburbs
            By Dana Whitlock
            March 3, 2026, 6:00 a.m. CT
            Nearly six in ten renters in the city say they expect to move within the next two years, according to a new Prairie Courier survey of 1,020 residents.
            Most of those planning to leave named rent increases as the main reason, and a third said they would look for a home outside the city limits.
            "We have seen rents go up by a fifth in three years," said Marco Ruiz, who rents a two-bedroom flat on Elm Street.
            The survey was conducted online between Feb. 10 and Feb. 20 and has a margin of error of plus or minus three percentage points.
            !Poll: Should the city cap rent increases?
            !Vote
            !1,204 votes so far
            !© 2026 Prairie Courier
            """),
        BoilerplatePageCase(rule: "the stamp printed again at the foot under chrome goes when the head dates the story in that year", page: """
            #outlet: Deccan Evening Post
            !Deccan Evening Post
            !Home / Cities / Pune
            Pune civic body to add 40 electric buses on airport routes
            The buses will run every 20 minutes between the railway station and the airport from April
            Meera Kulkarni
            Pune, Updated: Mar 3, 2026 08:15 PM IST
            The Pune Municipal Corporation will add 40 electric buses to its fleet next month, most of them on routes linking the city centre with the airport.
            Officials said the buses would run every 20 minutes from 6 am to midnight, with fares unchanged at Rs 25 for the full route.
            The corporation has also asked the transport department to build charging points at two depots near the airport.
            "Commuters have been asking for a direct service for years," said deputy commissioner Sunil Patwardhan.
            !Follow us on Telegram for the latest city news
            !First Published: Mar 3, 2026 07:40 PM IST
            !Tags: Pune, PMC, Electric buses
            !Trending
            !Gold prices fall for the third day running
            """),
        BoilerplatePageCase(rule: "a date at the foot stays when the head has none, and an event's date with no year closes the story", page: """
            #outlet: Valley Ledger
            !Valley Ledger
            !Home / Sports
            Riverside edge past Oakdale to reach county final
            Goalkeeper Sam Ortiz saves two penalties in the shootout
            Riverside reached the county cup final on Saturday after beating Oakdale 4-3 on penalties following a goalless draw at Mill Lane.
            Goalkeeper Sam Ortiz saved the last two Oakdale kicks, and captain Leo Grant scored the winner.
            "We rode our luck in the first half, but Sam won it for us," manager Paul Keane said.
            Final
            Sunday, May 17, 3 p.m., County Ground
            !Share
            Published March 8, 2026
            !Most read
            !Council votes to close two libraries
            !Heavy rain expected on Tuesday
            """),
        BoilerplatePageCase(rule: "an ad's offer closed by its button goes under the label; the story's sentence under the label stays", page: """
            #outlet: Gazeta Mazurska
            Gmina Pisz wyremontuje nabrzeże nad jeziorem Roś
            Autor: Anna Nowicka
            12 marca 2026
            Gmina Pisz podpisała umowę na remont nabrzeża nad jeziorem Roś, które od lat czekało na nowe pomosty i oświetlenie.
            Prace mają kosztować 4,2 mln zł i potrwać do końca czerwca, tak aby nabrzeże było gotowe przed sezonem.
            !Reklama
            !Raty 0% bez prowizji. Sprawdź szczegóły
            Burmistrz zapowiedział, że w czasie remontu statki wycieczkowe będą cumować przy molo w sąsiedniej zatoce.
            !Reklama
            Mieszkańcy pytali na sesji rady o parking przy nabrzeżu. Gmina obiecała wrócić do tematu jesienią.
            Wykonawcą prac będzie firma z Olsztyna, która wygrała przetarg spośród pięciu ofert.
            !Udostępnij
            """),
        BoilerplatePageCase(rule: "an instalment plan's terms (`0-0-24`) are no date: the ad under its label goes; the story's date line stays", page: """
            #outlet: Степной вестник
            В Караганде открыли крытый каток на тысячу зрителей
            Автор: Ирина Ким
            12.01.2026, 10:15
            В Караганде в субботу открылся крытый ледовый каток, построенный за два года на месте старого стадиона в Юго-Востоке.
            По словам акимата, на трибунах помещается тысяча зрителей, а днём каток будет открыт для школьников бесплатно.
            !Реклама
            !Рассрочка 0-0-24 на бытовую технику. Подробнее
            Первыми на лёд вышли воспитанники местной хоккейной школы, которые раньше тренировались в Темиртау.
            Вечерние сеансы для взрослых будут стоить 1500 тенге, сообщили в управлении спорта.
            !Поделиться
            """),
        BoilerplatePageCase(rule: "a caption closing on a credit in parentheses after one word goes; a story's special arrangement stays", page: """
            #outlet: Coastal Chronicle
            Kochi fishermen win two-year fight over harbour fees
            Staff Reporter
            Kochi, Updated: Feb 9, 2026 11:05 AM IST
            !Fishermen unload the morning catch at the Thoppumpady harbour. (Special arrangement)
            Fishermen at the Thoppumpady harbour will no longer pay the landing fee introduced two years ago, after the port trust agreed to scrap it on Monday.
            The two sides reached a special arrangement under which boat owners will instead pay a flat yearly charge for berths.
            "This is a relief for thousands of small boat owners," said union leader Joseph Mathew.
            The new charge will come into force from April 1, the port trust said.
            !Share
            """),
        BoilerplatePageCase(rule: "an embedded post's label, placeholder and link go; a story sentence naming the post stays", page: """
            #outlet: Gazzetta del Lago
            Como, il sindaco ringrazia i volontari dopo la piena del lago
            di Chiara Lodi
            14 marzo 2026
            Il livello del lago è sceso di trenta centimetri nella notte e il lungolago di Como è stato riaperto al traffico nella mattinata di sabato.
            Il sindaco ha pubblicato un post su Instagram per ringraziare i volontari della protezione civile che hanno lavorato per tre giorni.
            !Post su Instagram
            !Per visualizzare questo contenuto è necessario accettare i cookie di terze parti.
            !Vedi su Instagram
            I danni ai negozi del centro storico sono ancora in fase di stima, ha spiegato l'assessore al commercio.
            La Regione ha annunciato un fondo per le attività che hanno dovuto chiudere durante la piena.
            !Condividi
            """),
        BoilerplatePageCase(rule: "a player's settings and full-screen buttons go; a story sentence saying full screen stays", page: """
            #outlet: La Voix du Rhône
            Lyon : la fête des Lumières attire un public record
            Par Julien Mercier
            Publié le 9 décembre 2026 à 07h30
            Plus de deux millions de visiteurs se sont pressés dans les rues de Lyon pendant les quatre soirs de la fête des Lumières, selon la mairie.
            !Paramètres
            !Plein écran
            Sur la place Bellecour, une installation projetait les œuvres en plein écran sur la façade de l'hôtel de ville, attirant une foule compacte.
            Les transports en commun ont transporté un nombre record de voyageurs, a indiqué l'exploitant du réseau.
            La mairie prévoit de publier un bilan complet de l'édition la semaine prochaine.
            !Partager
            """),
        BoilerplatePageCase(rule: "a form's error messages and a sign-up's opening go; a story sentence about something going wrong stays", page: """
            #outlet: Tyneside Echo
            Gateshead boiler failures leave tower block without heating
            By Lucy Armstrong
            10:05, 4 FEB 2026
            Residents of a Gateshead tower block have been without heating for six days after the building's communal boiler failed for the second time this winter.
            "Something went wrong with the boiler again on Friday and nobody came out until Monday," said tenant Joan Pearson, 78.
            !Sign up for the Tyneside Echo morning briefing, sent every weekday at 7am.
            !Enter email
            !Subscribe
            !Invalid email address
            !Something went wrong, please try again later.
            The housing association said engineers were waiting for a replacement part and that portable heaters had been delivered to every flat.
            Residents can sign up for updates on the repairs at the block's community room.
            !Share
            """),
        BoilerplatePageCase(rule: "a chart's label with its source and a podcast's listen button go (the episode's title over it is left); a sentence about the chart stays", page: """
            #outlet: Midland Herald
            House prices in the Midlands rise for the fifth month running
            By Omar Siddiqui
            April 2, 2026
            House prices in the Midlands rose by 0.6% in March, the fifth monthly rise in a row, according to figures published by the building society on Wednesday.
            The chart published alongside the figures shows prices in Birmingham rising fastest, ahead of Coventry and Leicester.
            !Chart: Herald graphic. Source: building society house price index, March 2026.
            Economists said lower mortgage rates had brought first-time buyers back into the market.
            !Listen now · 32 min
            Agents warned that a shortage of homes for sale was keeping prices high in the region.
            !Share
            """),
    ]
}
