import Foundation

/// The eighteenth sitting's round, on set AD's lost story lines first: a date under a bare byline
/// written with a month the word list did not know (Slovenian, Icelandic), so the date was no date,
/// the name over it no byline, and the neighbour rule took both with the share row under them. The
/// month names of fourteen more languages make both the story's. Each page is composed here, in
/// languages other than the set's pages use; one page holds the masthead's day and date, which
/// must still go with the menu. Then a post's row of counts in mid-story, whose comment count is
/// the post's and no comment section's heading; then AD's kept chrome in the lexicon's classes of
/// Icelandic and Slovenian (a paywall's and a newsletter's lines, an ad's label, a read-also teaser),
/// the print edition's imprint at the story's foot, and a switch to the story in another language.
extension BoilerplatePageCase {
    /// Dates named with the months of more languages, and the bare byline over them.
    static let eighteenthRoundDates: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Hungarian masthead's day and date over the menu still go, though the month is now known", page: """
            #outlet: Tiszai Hírlap
            !Tiszai Hírlap
            !2026. március 4., szerda
            !Címlap
            !Belföld
            !Külföld
            !Sport
            !Kultúra
            Szegeden új villamosvonal épül az egyetemi negyedig
            A munkák tavasszal kezdődnek, és két évig tartanak a város szerint
            Kovács Eszter
            2026. március 4. 8.15
            !Megosztás
            !Facebook
            A szegedi közgyűlés kedden jóváhagyta az új villamosvonal építését az egyetemi negyedig.
            A vonal négy kilométer hosszú lesz, és hat megállót kap.
            A város szerint a munkák áprilisban kezdődnek.
            Az építés idején a buszok kerülőúton járnak.
            !Címkék:
            !Szeged
            !Közlekedés
            """),
        BoilerplatePageCase(rule: "a Finnish bare byline over a date with a month's name stays under the standfirst; the share row goes", page: """
            #outlet: Pohjan Sanomat
            !Pohjan Sanomat
            !Tilaa
            !Etusivu
            !Kotimaa
            !Urheilu
            !Kulttuuri
            !Mielipide
            Oulun uusi uimahalli avataan vasta ensi syksynä
            Rakennustyöt ovat viivästyneet urakoitsijan konkurssin vuoksi, kertoo kaupunki
            Leena Mäkinen
            12. maaliskuuta 2026 klo 9.30
            !Jaa
            !Facebook
            !WhatsApp
            Oulun kaupunki kertoi tiistaina, että Raksilan uuden uimahallin avaaminen siirtyy ensi syksyyn.
            Hallin rakentaminen keskeytyi joulukuussa, kun pääurakoitsija haettiin konkurssiin.
            Kaupungin mukaan uusi urakoitsija aloittaa työt huhtikuun alussa.
            Uimaseurat ovat harjoitelleet talven ajan naapurikuntien halleissa.
            !Aiheet:
            !Oulu
            !Liikunta
            """),
        BoilerplatePageCase(rule: "a Lithuanian bare byline over a date with a month's genitive stays; the share row goes", page: """
            #outlet: Nemuno žinios
            !Pradžia
            !Lietuvoje
            !Pasaulyje
            !Sportas
            !Kultūra
            Kauno senamiestyje atnaujinamas Rotušės aikštės grindinys
            Darbai truks iki vasaros, o turgus persikels į Vilniaus gatvę, sako savivaldybė
            Tomas Jankauskas
            2026 m. kovo 4 d. 08.15
            !Dalintis
            !Facebook
            !Messenger
            Kauno savivaldybė pirmadienį pranešė, kad Rotušės aikštės grindinys bus keičiamas iki birželio pabaigos.
            Darbus atliks bendrovė, laimėjusi konkursą dar praėjusį rudenį.
            Savivaldybės teigimu, senasis grindinys buvo klotas prieš penkiasdešimt metų.
            Prekeiviai laikinai persikels į Vilniaus gatvę.
            !Žymės:
            !Kaunas
            !Senamiestis
            """),
    ]

    /// An embedded post's row of counts in mid-story, whose comment count is no comment section's
    /// heading (`inCounterRow`, `isMidStoryBox`), and a comment section's heading alone, which still
    /// ends the story.
    static let eighteenthRoundCounterRows: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Portuguese post's row of counts in mid-story goes, and the story under it stays", page: """
            #outlet: Jornal do Capibaribe
            !Jornal do Capibaribe
            !Início
            !Cidades
            !Política
            !Esportes
            Ponte da Boa Vista é reaberta depois de oito meses de obras
            A prefeitura diz que a travessia de pedestres fica pronta até o fim de abril
            Por Mariana Albuquerque
            14 de março de 2026, 10h20
            !Compartilhe
            !Facebook
            !WhatsApp
            A Ponte da Boa Vista, no centro do Recife, foi reaberta ao trânsito de carros na manhã desta sexta-feira, depois de oito meses de obras na estrutura.
            Segundo a prefeitura, a reforma trocou as juntas de dilatação e reforçou os pilares, que tinham rachaduras desde a cheia de 2022.
            Os ônibus que passavam pela Rua da Imperatriz voltam ao trajeto antigo a partir de segunda-feira, informou o consórcio de transporte.
            Comerciantes da Rua Nova disseram que o movimento caiu quase pela metade durante o período em que a ponte ficou fechada.
            O secretário de infraestrutura afirmou que a obra custou 18 milhões de reais, dois a mais do que o previsto no contrato.
            !Ver esta publicação no Instagram
            !@prefeituradorecife
            !Prefeitura do Recife
            !Ponte reaberta! Obrigado pela paciência de todos #RecifeEmObras
            !2,3 mil curtidas
            !418 comentários
            !95 compartilhamentos
            A travessia de pedestres ainda está fechada e deve ser liberada até o fim de abril.
            """),
        BoilerplatePageCase(rule: "a Czech post's row of counts in mid-story goes, and the story under it stays", page: """
            #outlet: Olomoucký posel
            !Olomoucký posel
            !Zprávy
            !Sport
            !Kultura
            !Názory
            Tramvaj na Nové Sady pojede až v září, stavbu zdržel archeologický nález
            Dopravní podnik musí počkat, než archeologové prozkoumají základy středověké cesty
            Petra Vaňková
            14. března 2026 9:40
            !Sdílet
            !Facebook
            Stavba nové tramvajové trati na Nové Sady se protáhne nejméně o tři měsíce, oznámil ve čtvrtek dopravní podnik.
            Dělníci v lednu narazili v Jižní ulici na dřevěné základy středověké cesty, kterou teď zkoumají archeologové z univerzity.
            Podle mluvčího dopravního podniku se kvůli nálezu musí přepracovat i část projektu, protože koleje povedou o několik metrů jinudy.
            Cestující budou až do září jezdit náhradními autobusy, které na Nové Sady jezdí každých deset minut.
            Město odhaduje, že zdržení prodraží stavbu asi o dvanáct milionů korun, které zaplatí z rezervy rozpočtu.
            !Příspěvek na Instagramu
            !@dpmo_olomouc
            !Dopravní podnik města Olomouce
            !Takhle vypadá nález v Jižní ulici. Práce na trati pokračují jinde #tramvaj
            !1 204 To se mi líbí
            !87 komentářů
            !31 sdílení
            Archeologové mají na průzkum čas do konce května.
            """),
        BoilerplatePageCase(rule: "a Portuguese comment section's heading alone after the story still ends it; the comments under it go", page: """
            #outlet: Gazeta do Agreste
            !Gazeta do Agreste
            !Início
            !Cidades
            !Esportes
            Feira de Caruaru ganha nova cobertura antes do São João
            Por Renato Siqueira
            14 de março de 2026, 08h10
            A prefeitura de Caruaru começou nesta semana a trocar a cobertura do pátio principal da feira, que tinha goteiras desde o inverno passado.
            Segundo a secretaria de obras, o serviço deve terminar em maio, antes das festas de São João, que atraem milhares de turistas à cidade.
            Os feirantes foram levados para uma área provisória ao lado do terminal de ônibus enquanto a obra durar.
            A nova cobertura é de lona tensionada e deve deixar o pátio mais fresco nos dias de sol forte, disse o engenheiro responsável.
            !Publicidade
            !23 comentários
            !Ordenar por: mais recentes
            !lucia.feirante
            !há 2 horas
            !Tomara que fique pronto mesmo, todo ano é a mesma promessa.
            !Responder
            !jose_caruaru
            !há 3 horas
            !Já estava na hora de arrumar aquilo.
            !Responder
            """),
    ]

    /// A paywall's and a newsletter's blocks in mid-story, an ad's label and a read-also teaser, in
    /// Croatian and Icelandic, whose lines the lexicon now knows; and a Slovenian story's
    /// sentence on what subscribers get, which no paywall entry takes.
    static let eighteenthRoundPaywalls: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Croatian paywall's and newsletter's blocks in mid-story go; the story around them stays", page: """
            #outlet: Riječki list
            !Riječki list
            !Vijesti
            !Sport
            !Kultura
            Na Korzu počinje obnova pročelja, radovi do jeseni
            Grad kaže da će se prolaz za pješake čuvati cijelo vrijeme radova
            Ivana Jurić
            14. ožujka 2026. u 9:40
            !Podijeli
            !Facebook
            Grad Rijeka u ponedjeljak počinje obnovu pročelja šest zgrada na Korzu, a radovi bi trebali trajati do listopada.
            Obnova će stajati oko 4,2 milijuna eura, od čega polovicu plaćaju vlasnici stanova.
            !Ovaj članak je dostupan samo pretplatnicima.
            !Za nastavak čitanja odaberite paket.
            !Pretplata već od 4,99 € mjesečno
            !Već imate pretplatu? Prijavite se.
            Gradski konzervatori su tražili da se sačuvaju izvorne boje pročelja iz devetnaestog stoljeća.
            !Primajte naše vijesti svako jutro
            !Vaša e-mail adresa
            !Prijavi me
            Ugostitelji na Korzu dobit će popust na najam terasa dok traju radovi.
            !© 2026 Riječki list
            """),
        BoilerplatePageCase(rule: "an Icelandic skip link, share button, ad's label, read-also teaser, paywall and newsletter go; the story around them stays", page: """
            #outlet: Austurfréttir
            !Austurfréttir
            !Hoppa í efni
            !Fréttir
            !Íþróttir
            Ný brú yfir Lagarfljót opnuð í vor
            Vegagerðin segir að umferð verði hleypt á brúna í maí
            Sigrún Eiríksdóttir
            14. mars 2026 kl. 9.40
            !Deila
            Vegagerðin greindi frá því á þriðjudag að ný brú yfir Lagarfljót verði opnuð fyrir umferð í maí.
            Gamla brúin var byggð árið 1958 og hefur verið einbreið frá upphafi.
            !Lestu einnig: Snjóflóðahætta á Seyðisfirði
            !Auglýsingar
            Framkvæmdirnar kostuðu um tvo milljarða króna, að sögn Vegagerðarinnar.
            !Þessi grein er aðeins fyrir áskrifendur.
            !Gerstu áskrifandi
            !Netfangið þitt
            !Skrá mig
            Sveitarstjórinn segir að brúin stytti leiðina í Egilsstaði um nokkrar mínútur.
            !© 2026 Austurfréttir
            """),
        BoilerplatePageCase(rule: "a Slovenian story's sentence on what subscribers get stays; no paywall entry takes it", page: """
            #outlet: Savinjski glas
            !Savinjski glas
            !Novice
            !Šport
            Celjski vodovod bo znižal ceno priključka
            Maja Kovač
            14. marca 2026 ob 9.40
            Celjski vodovod bo s prvim aprilom znižal ceno novega priključka za gospodinjstva za petino.
            Nova storitev spremljanja porabe je na voljo naročnikom vodovoda od ponedeljka.
            Podjetje pravi, da bo znižanje pokrilo z lanskim presežkom.
            !© 2026 Savinjski glas
            """),
    ]

    /// The print edition's imprint naming the outlet and a date, under the story's last sentence
    /// (`outletImprint`), and the story's last sentence naming the outlet and a date, which stays.
    static let eighteenthRoundImprints: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "an English imprint naming the outlet and the date under the story's last sentence goes", page: """
            #outlet: The Lakeshore Ledger
            !Skip to main content
            !The Lakeshore Ledger
            !Subscribe for $1 a week
            !Home | City | Sport | Opinion
            Harbour ferry fares to rise by a fifth in April
            By Tom Adeyemi
            March 14, 2026
            The harbour ferry's single fare will rise from 2.50 to 3 dollars on April 1, the transit board decided on Friday.
            The board said fuel and insurance costs had gone up by a third in two years.
            Monthly passes will stay at their current price until the end of the year.
            Riders' groups said they would ask the city council to review the decision.
            !First published in The Lakeshore Ledger, March 14th, 2026
            !Comments (12)
            !Most read
            !Copyright © 2026 The Lakeshore Ledger
            """),
        BoilerplatePageCase(rule: "a French imprint naming the outlet and the date under the story's last sentence goes", page: """
            #outlet: Le Courrier du Lac
            !Le Courrier du Lac
            !Accueil
            !Région
            !Sports
            Annecy : le pont des Amours fermé trois semaines
            Par Claire Dufour
            14 mars 2026
            Le pont des Amours sera fermé aux piétons du 6 au 27 avril pour des travaux sur sa structure, a annoncé la mairie d'Annecy.
            Les piétons devront passer par le pont Perrière, à deux cents mètres de là.
            La ville explique que les poutres en bois ont souffert de l'humidité pendant l'hiver.
            !Paru dans Le Courrier du Lac du 14 mars 2026
            !Réagir
            !© 2026 Le Courrier du Lac
            """),
        BoilerplatePageCase(rule: "the story's last sentence naming the outlet and a date stays (English)", page: """
            #outlet: The Lakeshore Ledger
            !The Lakeshore Ledger
            !Home
            !City
            Pier restaurant closes after forty years
            By Tom Adeyemi
            March 14, 2026
            The Blue Anchor restaurant on the east pier closed on Thursday after forty years, its owners said.
            The owners said rising rents had made the business impossible to keep going.
            The Lakeshore Ledger first reported the planned closure on March 3, 2026.
            !Copyright © 2026 The Lakeshore Ledger
            """),
    ]

    /// A switch to the story in another language and an ad's second label in mid-story go, in
    /// Ukrainian and English; a story's sentence on a version in another language stays.
    static let eighteenthRoundLanguageSwitches: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Ukrainian page's switch to Russian between the story's paragraphs goes", page: """
            #outlet: Подільські вісті
            !Подільські вісті
            !Новини
            !Спорт
            У Вінниці відкрили новий міст через Південний Буг
            Рух транспортом мостом почнеться в понеділок, повідомила міська рада
            Олена Бондар
            14 березня 2026, 10:20
            !Поділитися
            Міська рада Вінниці у п'ятницю відкрила новий міст через Південний Буг між центром міста і Замостям.
            !Читати російською
            Будівництво тривало два роки і коштувало близько 900 мільйонів гривень, повідомили в міськраді.
            Рух автомобілів мостом почнеться в понеділок, а тролейбуси підуть ним з квітня.
            !© 2026 Подільські вісті
            """),
        BoilerplatePageCase(rule: "an English page's switch to its Bengali version goes; a sentence on a version in another language stays", page: """
            #outlet: The Sylhet Standard
            !The Sylhet Standard
            !Home
            !City
            Sylhet airport runway to close for night repairs
            By Rafiq Chowdhury
            March 14, 2026
            !Bengali version of this story
            Osmani International Airport will close its runway from midnight to 6am for three weeks from Monday for repairs, the civil aviation authority said.
            Airlines have moved their late flights to the evening, the authority said.
            A Bengali version of the notice was posted at the terminal on Friday.
            !© 2026 The Sylhet Standard
            """),
    ]

    /// The author's role on its own line in lower case between the byline and the date goes, in
    /// Croatian and Czech; a role standing in for the name under the standfirst, and a bare byline
    /// holding its role after the name, stay.
    static let eighteenthRoundRoleLines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Croatian role line in lower case between the byline and the date goes", page: """
            #outlet: Jadranski glasnik
            !Jadranski glasnik
            !Vijesti
            U Splitu otvoren novi dječji vrtić na Žnjanu
            Vrtić će primiti 180 djece, a upisi počinju idući tjedan, poručili su iz Grada
            Ivana Perić
            !novinarka
            4. ožujka 2026. u 08:15
            !Podijeli
            Grad Split u utorak je otvorio novi dječji vrtić na Žnjanu, najveći u gradu.
            Vrtić ima dvanaest skupina i primit će 180 djece.
            Upisi počinju idući tjedan i trajat će do kraja mjeseca.
            !© 2026 Jadranski glasnik
            """),
        BoilerplatePageCase(rule: "a Czech role line in lower case under a By-line goes", page: """
            #outlet: Vltavský deník
            !Vltavský deník
            !Zprávy
            !Sport
            V Českých Budějovicích začne stavba nového mostu přes Malši
            Práce potrvají dva roky a doprava bude vedena po provizorní lávce, uvedla radnice
            Autor: Jana Dvořáková
            !redaktorka
            4. března 2026 8:15
            Stavba nového mostu přes Malši začne v dubnu, oznámila v úterý radnice.
            Most nahradí starou konstrukci z roku 1962, která je v havarijním stavu.
            Doprava bude po dobu stavby vedena po provizorní lávce.
            !© 2026 Vltavský deník
            """),
        BoilerplatePageCase(rule: "a role standing in for the name under the standfirst stays", page: """
            #outlet: The Indus Ledger
            !The Indus Ledger
            !Home
            !City
            Court halts ban on rickshaws on the coastal road
            Judges ask the traffic police to explain the legal basis of the notice
            Our Staff Reporter
            Published March 9, 2026
            The high court on Monday suspended a ban on rickshaws on the coastal road until the next hearing.
            Drivers had said the ban left hundreds without work.
            Traffic police said they would file their reply next week.
            !© 2026 The Indus Ledger
            """),
        BoilerplatePageCase(rule: "a bare byline holding the writer's role after the name stays over the date", page: """
            #outlet: The Indus Ledger
            !The Indus Ledger
            !Home
            !City
            Water board to lay a new main along the canal road
            The work will close two lanes for six weeks from April, the board said
            Amina Qureshi Transport editor
            March 9, 2026
            The water board said on Monday it would lay a new main along the canal road from April.
            Two lanes will stay closed for six weeks while the pipe is laid.
            !© 2026 The Indus Ledger
            """),
    ]

    /// A photo's credit label alone in mid-story (`Mynd: …`, `Slika: …`) goes in the languages the
    /// lexicon's media class did not know; a story's sentence opening on the same word stays.
    static let eighteenthRoundPhotoLabels: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "an Icelandic photo credit label between the story's paragraphs goes", page: """
            #outlet: Austurfréttir
            !Austurfréttir
            !Fréttir
            Ný brú yfir Lagarfljót verður opnuð í haust
            Framkvæmdir hafa gengið betur en áætlað var, segir Vegagerðin
            Sigrún Jónsdóttir
            4. mars 2026 kl. 08:15
            Vegagerðin segir að ný brú yfir Lagarfljót verði opnuð fyrir umferð í október.
            !Mynd: Einar Pálsson
            Gamla brúin var byggð árið 1958 og er orðin of mjó fyrir flutningabíla.
            Nýja brúin verður tvíbreið og með göngustíg.
            !© 2026 Austurfréttir
            """),
        BoilerplatePageCase(rule: "a Croatian photo credit label goes; a story's sentence opening on the word for picture stays", page: """
            #outlet: Slavonski list
            !Slavonski list
            !Vijesti
            Osijek dobiva novu tramvajsku liniju do Južnog prijelaza
            Radovi počinju u travnju i trajat će godinu dana, najavio je Grad
            Marko Horvat
            4. ožujka 2026. u 08:15
            Grad Osijek u utorak je potpisao ugovor o izgradnji nove tramvajske linije.
            !Slika: Ivan Kovač
            Linija će biti duga tri kilometra i imat će pet stajališta.
            Slika grada mijenja se iz godine u godinu, rekao je gradonačelnik.
            !© 2026 Slavonski list
            """),
    ]
}
