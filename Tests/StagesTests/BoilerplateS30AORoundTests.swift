import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// The thirtieth sitting's round on set AO's kept chrome: a caption closing on its credit after its
/// sentence's end in a script of three bytes a letter, read though the line runs past the scan's
/// always-lowered length; the credit's word, the read-also call, the ad label and the messenger's
/// name in the languages of pages that lacked them (Punjabi, Malayalam, Sorani Kurdish, Basque,
/// Tatar); and an ad's label parted from its teaser by a spaced middle dot. Then the second change:
/// a photo's credit the outlet gives itself alone on its line, its name maybe short of its place,
/// and the button under a pitch another rule took. Then the third: a donation box under the story
/// whose heading of up to five words names the outlet or stands over a blurb that does. Each with
/// the story's lines that name the same things and must stay. Then the fourth, under `bylines:
/// remove`: a byline of a name and the desk's town after one spaced separator, and the months of
/// Punjabi and Malayalam, so a byline with its date on one line is a date line. Then the fifth: an
/// embedded post's stamp that carries the post's counts on its own line.
extension BoilerplatePageCase {
    static let thirtiethRoundAO: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Punjabi caption of ten words closing on its credit after its danda goes though it runs past the always-lowered length, and the Punjabi ad label in its Sanskrit spelling; the story's sentence naming a photo stays", page: """
            #outlet: ਪਿੰਡ ਦੀ ਆਵਾਜ਼
            !ਮੁੱਖ ਪੰਨਾ | ਖ਼ਬਰਾਂ | ਖੇਡਾਂ
            ਪਟਿਆਲਾ ਵਿੱਚ ਨਵਾਂ ਬੱਸ ਅੱਡਾ ਖੁੱਲ੍ਹਿਆ
            12 ਮਾਰਚ 2026
            ਪਟਿਆਲਾ: ਨਗਰ ਨਿਗਮ ਨੇ ਸੋਮਵਾਰ ਨੂੰ ਸ਼ਹਿਰ ਦੇ ਪੂਰਬੀ ਹਿੱਸੇ ਵਿੱਚ ਨਵਾਂ ਬੱਸ ਅੱਡਾ ਲੋਕਾਂ ਲਈ ਖੋਲ੍ਹ ਦਿੱਤਾ। ਇੱਥੋਂ ਹਰ ਰੋਜ਼ ਤਿੰਨ ਸੌ ਬੱਸਾਂ ਚੱਲਣਗੀਆਂ।
            !ਨਵੇਂ ਬੱਸ ਅੱਡੇ ਦੇ ਪਲੇਟਫਾਰਮ ਉੱਤੇ ਬੱਸ ਦੀ ਉਡੀਕ ਕਰਦੀਆਂ ਸਵਾਰੀਆਂ ਅਤੇ ਫਲ ਵੇਚਦੇ ਦੁਕਾਨਦਾਰ। ਫੋਟੋ: ਹਰਮਨ ਸਿੰਘ
            ਅਧਿਕਾਰੀਆਂ ਨੇ ਦੱਸਿਆ ਕਿ ਅੱਡੇ ਉੱਤੇ ਪੀਣ ਵਾਲੇ ਪਾਣੀ ਅਤੇ ਉਡੀਕ ਘਰ ਦਾ ਪ੍ਰਬੰਧ ਕੀਤਾ ਗਿਆ ਹੈ।
            !ਵਿਗਿਆਪਨ
            ਇੱਕ ਯਾਤਰੀ ਨੇ ਕਿਹਾ ਕਿ ਉਸ ਨੇ ਪਹਿਲੇ ਦਿਨ ਦੀ ਫੋਟੋ ਆਪਣੇ ਪਰਿਵਾਰ ਨੂੰ ਭੇਜੀ ਅਤੇ ਸਾਰਿਆਂ ਨੇ ਨਵੇਂ ਅੱਡੇ ਦੀ ਤਾਰੀਫ਼ ਕੀਤੀ।
            ਨਿਗਮ ਅਗਲੇ ਸਾਲ ਸ਼ਹਿਰ ਦੇ ਪੱਛਮੀ ਹਿੱਸੇ ਵਿੱਚ ਦੂਜਾ ਅੱਡਾ ਬਣਾਉਣ ਦੀ ਯੋਜਨਾ ਬਣਾ ਰਿਹਾ ਹੈ।
            !© 2026 ਪਿੰਡ ਦੀ ਆਵਾਜ਼
            """),
        BoilerplatePageCase(rule: "a Malayalam caption closing on its credit after its full stop goes, and a pitch naming WhatsApp in Malayalam script and the outlet; the story's sentence naming WhatsApp groups stays", page: """
            #outlet: തീരവാർത്ത
            !ഹോം | വാർത്ത | കായികം
            ആലപ്പുഴയിൽ പുതിയ ബോട്ട് ജെട്ടി തുറന്നു
            മാർച്ച് 12, 2026
            ആലപ്പുഴ: ജലഗതാഗത വകുപ്പ് തിങ്കളാഴ്ച പുന്നമട കായലിനു സമീപം പുതിയ ബോട്ട് ജെട്ടി യാത്രക്കാർക്കായി തുറന്നുകൊടുത്തു. ദിവസവും നാല്പത് സർവീസുകൾ ഇവിടെ നിന്ന് ഉണ്ടാകും.
            !പുതിയ ജെട്ടിയിൽ ബോട്ടിൽ കയറാൻ കാത്തുനിൽക്കുന്ന വിദ്യാർത്ഥികളും മത്സ്യത്തൊഴിലാളികളും. ഫോട്ടോ: അനിൽ കുമാർ
            ജെട്ടിയിൽ കാത്തിരിപ്പു കേന്ദ്രവും ടിക്കറ്റ് കൗണ്ടറും ഒരുക്കിയിട്ടുണ്ടെന്ന് അധികൃതർ അറിയിച്ചു.
            !തീരവാർത്ത വാട്സാപ്പ് ചാനലിൽ ചേരൂ — ആലപ്പുഴയിലെ വാർത്തകൾ ആദ്യം അറിയാൻ
            യാത്രക്കാർ ബോട്ട് സമയം വാട്സാപ്പ് ഗ്രൂപ്പുകളിൽ പങ്കുവെച്ചതായി ജെട്ടി മാനേജർ പറഞ്ഞു.
            അടുത്ത വർഷം രണ്ട് ജെട്ടികൾ കൂടി തുറക്കാൻ വകുപ്പ് പദ്ധതിയിടുന്നു.
            !© 2026 തീരവാർത്ത
            """),
        BoilerplatePageCase(rule: "a Sorani read-also call goes, and a pitch naming Telegram in Sorani with its ezafe and its English button; a story sentence opening on the same `this` stays", page: """
            #outlet: دەنگی هەولێر
            !سەرەکی | هەواڵ | وەرزش
            پردێکی نوێ لە هەولێر کرایەوە
            ١٢ی ئازاری ٢٠٢٦
            هەولێر – شارەوانی هەولێر ڕۆژی دووشەممە پردێکی نوێی لەسەر ڕێگای کۆیە بۆ هاتوچۆ کردەوە. پردەکە دوو ساڵ کاری تێدا کرا.
            !ئەمەش بخوێنەوە: بازاڕی قەیسەری دوای نۆژەنکردنەوە دەکرێتەوە
            ئەمەش یەکەم پردە کە لەم ساڵدا لە شاردا تەواو دەبێت، بەپێی وتەی بەرپرسانی شارەوانی.
            !بەشداربە لە کەناڵی تێلیگرامی دەنگی هەولێر بۆ دواهەمین هەواڵەکان
            !Join Telegram
            شۆفێرەکان دەڵێن هاتوچۆ لە کاتژمێرەکانی بەیانیدا زۆر کەمتر بووە.
            شارەوانی دەڵێت ساڵی داهاتوو دوو پردی تر دروست دەکات.
            !© ٢٠٢٦ دەنگی هەولێر
            """),
        BoilerplatePageCase(rule: "a Basque channel pitch's button of Basque words goes, and a Spanish sponsor's teaser after its label and a spaced middle dot; a story line opening on a weekday and a middle dot stays", page: """
            #outlet: Bidasoa Berriak
            !Hasiera | Albisteak | Kirolak
            Irungo igerileku berria irekita dago
            2026/03/12
            IRUN. Udalak astelehenean ireki zuen Ficoba ondoko igerileku estali berria, bi urteko lanen ondoren. Egunero 800 lagun hartzeko lekua du.
            !📱 Jarraitu Bidasoa Berriak Telegram kanalean: Irungo albisteak, zuzenean zure mugikorrean
            !Batu kanalera
            Igerilekuak 25 metroko sei kale ditu, eta haurrentzako beste igerileku txiki bat ere bai.
            !Patrocinado · Reforma tu baño en Irun desde 3.900 € — Pide presupuesto sin compromiso
            Ostirala · 19:00etan hasiko da lehen ikastaroa, eta izena emateko epea astelehenean amaituko da.
            Udalak adierazi duenez, sarrerak 4 euro balioko du eta 16 urtetik beherakoek doan sartuko dira.
            !© 2026 Bidasoa Berriak
            """),
        BoilerplatePageCase(rule: "a Tatar partner-material teaser goes after the ad's label and a middle dot and after its own colon; the story's sentence naming billboards stays", page: """
            #outlet: Чаллы хәбәрләре
            !Баш бит | Яңалыклар | Спорт
            Чаллыда яңа мәктәп ачылды
            12 март 2026
            Чаллы. Шәһәрнең көнчыгыш өлешендә 1200 укучыга исәпләнгән яңа мәктәп ачылды. Аны төзүгә ике ел вакыт киткән.
            !РЕКЛАМА · Партнер материалы: Пластиковые окна в Набережных Челнах — скидка 15% до конца месяца
            Мәктәп директоры Рәмзия Хәйруллина сүзләренчә, биредә татар теле дәресләре өчен аерым класслар бар.
            !Партнер материалы: Частная школа английского языка — набор в группы с 1 сентября
            Ата-аналар мәктәп янында реклама щитлары артык күп булуына зарлана.
            Шәһәр башкармасы киләсе елда тагын ике мәктәп төзергә җыена.
            !© 2026 Чаллы хәбәрләре
            """),
        BoilerplatePageCase(rule: "a photo's credit the outlet gives itself alone on its line goes, one word and a colon before the name; the story's subheading of a word and a colon stays", page: """
            #outlet: Bidasoa Berriak
            !Hasiera | Albisteak | Kirolak
            Hondarribiko kaia konpontzen hasi dira
            2026/04/02
            HONDARRIBIA. Portuko agintaritzak astelehenean hasi zituen kai zaharreko lanak, iazko ekaitzek hormaren zati bat eraitsi ondoren.
            !Irudia: Bidasoa Berriak
            Lanek sei hilabete iraungo dute eta 1,2 milioi euro balio dute, agintaritzaren arabera.
            Arrantzaleak: itsasontziak beste kaira eramango dituzte
            Arrantzaleen kofradiak adierazi du itsasontziak kanpoko kaira eramango dituztela lanek irauten duten bitartean.
            !© 2026 Bidasoa Berriak
            """),
        BoilerplatePageCase(rule: "the outlet's own credit goes with the name short of its place; a pitch that a pictograph took still has its button go, and a subheading under the same pitch with no button stays", page: """
            #outlet: ആലപ്പുഴ തീരവാർത്ത
            !ഹോം | വാർത്ത | കായികം
            കുട്ടനാട്ടിൽ പുതിയ പാലം തുറന്നു
            ഏപ്രിൽ 2, 2026
            കുട്ടനാട്: കൈനകരിയിലെ പുതിയ പാലം പൊതുമരാമത്ത് വകുപ്പ് ബുധനാഴ്ച ഗതാഗതത്തിനായി തുറന്നുകൊടുത്തു. മൂന്ന് വർഷമായി നാട്ടുകാർ കടത്തുവള്ളത്തെയാണ് ആശ്രയിച്ചിരുന്നത്.
            !ചിത്രം: തീരവാർത്ത
            പാലത്തിന് 240 മീറ്റർ നീളമുണ്ടെന്നും 18 കോടി രൂപ ചെലവായെന്നും വകുപ്പ് അറിയിച്ചു.
            !📲 തീരവാർത്ത WhatsApp ചാനലിൽ ചേരൂ — കുട്ടനാട്ടിലെ വാർത്തകൾ ആദ്യം നിങ്ങളുടെ ഫോണിൽ
            !Join Now
            സ്കൂൾ കുട്ടികൾക്ക് ഇനി അര മണിക്കൂർ കൊണ്ട് പട്ടണത്തിലെത്താമെന്ന് രക്ഷിതാക്കൾ പറഞ്ഞു.
            !📲 തീരവാർത്ത WhatsApp ചാനലിൽ ചേരൂ — കുട്ടനാട്ടിലെ വാർത്തകൾ ആദ്യം നിങ്ങളുടെ ഫോണിൽ
            കടത്തുവള്ളം ഇനി എന്ത്
            കടത്തുവള്ളം ഓടിച്ചിരുന്ന രണ്ട് തൊഴിലാളികൾക്ക് പഞ്ചായത്ത് മറ്റ് ജോലി നൽകുമെന്ന് പ്രസിഡന്റ് അറിയിച്ചു.
            !© 2026 തീരവാർത്ത
            """),
        BoilerplatePageCase(rule: "a donation box under the story goes whole when its heading names the outlet and its blurb does not", page: """
            #outlet: The Valley Post
            !Home | News | Sport
            Millbrook library reopens after flood repairs
            April 2, 2026
            MILLBROOK — The town library reopened on Monday after six months of repairs to its flooded basement, the council said.
            The basement now holds a children's reading room and a meeting space that local groups can book for free.
            Librarian Ann Dale said visitors had waited outside before the doors opened at nine.
            The council will decide in May whether to open the library on Sundays.
            !Valley Post needs you
            !Independent reporting costs money. Support us from $5 a month.
            !Donate now
            !Tags:
            !Millbrook
            !Libraries
            !© 2026 The Valley Post
            """),
        BoilerplatePageCase(rule: "a donation box under the story goes whole under a heading of four words that names no one, its blurb naming the outlet", page: """
            #outlet: Bidasoa Berriak
            !Hasiera | Albisteak | Kirolak
            Irungo azoka larunbatean itzuliko da
            2026/04/02
            IRUN. Baserritarren azoka larunbatean itzuliko da San Juan plazara, hiru hilabeteko etenaren ondoren.
            Udalak 40 postu jarriko ditu, eta lehen aldiz tokiko ardoa ere salduko da.
            Antolatzaileek diotenez, azoka goizeko bederatzietan hasiko da eta eguerdira arte iraungo du.
            !Tokiko kazetaritza zure laguntzarekin bizi
            !Bidasoa Berriak doakoa da guztiontzat. Hilean 3 euro ematen badituzu, tokiko kazetaritza bizirik mantentzen lagunduko diguzu.
            !Lagundu orain
            !Etiketak:
            !Irun
            !Azoka
            !© 2026 Bidasoa Berriak
            """),
        BoilerplatePageCase(rule: "the story's subheading naming the outlet over its last paragraph, which gives a sum a month, stays", page: """
            #outlet: The Valley Post
            !Home | News | Sport
            Millbrook families get help with heating bills
            April 2, 2026
            MILLBROOK — A new town fund will help families in Millbrook pay their heating bills this winter, the council said on Monday.
            The fund was set up after a Valley Post report on families who could not heat their homes last year.
            About 300 families are expected to apply before the end of the month.
            Valley Post findings
            The fund pays $50 a month to each family with children under five.
            !Tags:
            !Millbrook
            !Heating
            !© 2026 The Valley Post
            """),
        BoilerplatePageCase(rule: "an embedded post whose stamp carries its counts on its own line goes with its text; a live entry opening on a clock and a middle dot, with no date, stays", page: """
            #outlet: The Valley Post
            !Home | News | Sport
            Millbrook bridge closed after flood damage
            April 2, 2026
            MILLBROOK — The old stone bridge over the Mill River was closed on Monday after engineers found cracks in two of its arches, the council said.
            Drivers now face a detour of six miles through Eastfield, and the school bus leaves twenty minutes earlier.
            !@millbrookwatch: Bridge shut again. Six miles round now, thanks council 🙄 #FixMillbrookBridge
            !9:05 AM · Apr 1, 2026 · 2.4K Likes · 310 Reposts
            Residents began sharing the #FixMillbrookBridge tag on Monday morning, and by noon the post above had been shared more than 300 times.
            10:42 · engineers returned to the bridge with a crane and two trucks from Eastfield
            The council said repairs would cost about $400,000 and take until the end of June.
            !© 2026 The Valley Post
            """),
    ]

    /// Byline blocks under `bylines: remove` (each page's chrome as that convention labels it):
    /// a name and the desk's town after one spaced separator, and a name with its date in a
    /// language whose months the list lacked; under `keep` the same lines stay.
    static let thirtiethRoundAOBylines: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a Punjabi byline of a name and the desk's town after a spaced bar, under the standfirst and over the date, goes with the block under `remove`", page: """
            #outlet: ਪਿੰਡ ਦੀ ਆਵਾਜ਼
            !ਮੁੱਖ ਪੰਨਾ | ਖ਼ਬਰਾਂ | ਖੇਡਾਂ
            ਸੰਗਰੂਰ ਦੀ ਮੰਡੀ ਵਿੱਚ ਕਣਕ ਦੀ ਖ਼ਰੀਦ ਸ਼ੁਰੂ ਹੋਈ
            ਪਹਿਲੇ ਦਿਨ ਤਿੰਨ ਹਜ਼ਾਰ ਕੁਇੰਟਲ ਕਣਕ ਮੰਡੀ ਵਿੱਚ ਪਹੁੰਚੀ ਅਤੇ ਕਿਸਾਨਾਂ ਨੂੰ ਪੂਰਾ ਭਾਅ ਮਿਲਿਆ
            !ਹਰਜੀਤ ਕੌਰ ਸੰਧੂ | ਸੰਗਰੂਰ
            !ਪ੍ਰਕਾਸ਼ਿਤ: 2 ਅਪ੍ਰੈਲ 2026, 10:15 AM IST
            ਸੰਗਰੂਰ: ਅਨਾਜ ਮੰਡੀ ਵਿੱਚ ਬੁੱਧਵਾਰ ਨੂੰ ਕਣਕ ਦੀ ਸਰਕਾਰੀ ਖ਼ਰੀਦ ਸ਼ੁਰੂ ਹੋ ਗਈ। ਪਹਿਲੇ ਦਿਨ ਤਿੰਨ ਏਜੰਸੀਆਂ ਨੇ ਬੋਲੀ ਲਾਈ।
            ਮੰਡੀ ਬੋਰਡ ਦੇ ਅਧਿਕਾਰੀਆਂ ਨੇ ਦੱਸਿਆ ਕਿ ਕਿਸਾਨਾਂ ਨੂੰ ਅਦਾਇਗੀ ਅਠਤਾਲੀ ਘੰਟਿਆਂ ਵਿੱਚ ਕੀਤੀ ਜਾਵੇਗੀ।
            ਕਿਸਾਨ ਯੂਨੀਅਨ ਨੇ ਕਿਹਾ ਕਿ ਮੰਡੀ ਵਿੱਚ ਤਰਪਾਲਾਂ ਦੀ ਘਾਟ ਹੈ ਅਤੇ ਮੀਂਹ ਪੈਣ ਉੱਤੇ ਕਣਕ ਭਿੱਜ ਸਕਦੀ ਹੈ।
            !© 2026 ਪਿੰਡ ਦੀ ਆਵਾਜ਼
            """),
        BoilerplatePageCase(rule: "a Punjabi byline with its date after a spaced bar goes under `remove`, its month now known; the story's sentence naming a day of May stays", page: """
            #outlet: ਪਿੰਡ ਦੀ ਆਵਾਜ਼
            !ਮੁੱਖ ਪੰਨਾ | ਖ਼ਬਰਾਂ | ਖੇਡਾਂ
            ਬਠਿੰਡਾ ਵਿੱਚ ਨਵੀਂ ਸੜਕ ਦਾ ਕੰਮ ਸ਼ੁਰੂ ਹੋਇਆ
            ਸ਼ਹਿਰ ਦੇ ਬਾਹਰੀ ਹਿੱਸੇ ਨੂੰ ਬੱਸ ਅੱਡੇ ਨਾਲ ਜੋੜਨ ਵਾਲੀ ਸੜਕ ਉੱਤੇ ਸੱਤ ਕਰੋੜ ਰੁਪਏ ਖ਼ਰਚ ਹੋਣਗੇ
            !ਮਨਪ੍ਰੀਤ ਸਿੰਘ ਬਰਾੜ | 2 ਮਈ 2026
            ਬਠਿੰਡਾ: ਲੋਕ ਨਿਰਮਾਣ ਵਿਭਾਗ ਨੇ ਸੋਮਵਾਰ ਨੂੰ ਸ਼ਹਿਰ ਦੇ ਬਾਹਰੀ ਹਿੱਸੇ ਵਿੱਚ ਨਵੀਂ ਸੜਕ ਦਾ ਕੰਮ ਸ਼ੁਰੂ ਕੀਤਾ। ਸੜਕ ਚਾਰ ਕਿਲੋਮੀਟਰ ਲੰਮੀ ਹੋਵੇਗੀ।
            ਵਿਭਾਗ ਦੇ ਇੰਜੀਨੀਅਰ ਨੇ ਦੱਸਿਆ ਕਿ ਕੰਮ 15 ਮਈ 2026 ਤੱਕ ਪਹਿਲੇ ਪੜਾਅ ਵਿੱਚ ਪੂਰਾ ਕਰ ਲਿਆ ਜਾਵੇਗਾ।
            ਦੁਕਾਨਦਾਰਾਂ ਨੇ ਕਿਹਾ ਕਿ ਕੰਮ ਦੌਰਾਨ ਰਸਤਾ ਖੁੱਲ੍ਹਾ ਰੱਖਿਆ ਜਾਣਾ ਚਾਹੀਦਾ ਹੈ।
            !© 2026 ਪਿੰਡ ਦੀ ਆਵਾਜ਼
            """),
        BoilerplatePageCase(rule: "an Italian byline of a name and the desk's town after a middle dot goes with the date under `remove`", page: """
            #outlet: Gazzetta del Tavoliere
            !Home | Foggia | Sport
            Foggia apre una nuova pista ciclabile lungo viale Michelangelo
            L'opera, lunga due chilometri, collega la stazione al quartiere universitario
            !Giulia Conti Ferri · Foggia
            !12 marzo 2026
            Il comune di Foggia ha aperto lunedì la nuova pista ciclabile di viale Michelangelo, dopo otto mesi di lavori.
            Secondo il comune, sulla pista passeranno ogni giorno circa mille ciclisti.
            I residenti del quartiere chiedono che la pista arrivi fino al parco San Felice.
            !© 2026 Gazzetta del Tavoliere
            """),
    ]
}

@Suite("Boilerplate: the thirtieth sitting's round on AO (captions, credits, pitches, donation boxes and bylines in the languages of its pages)")
struct BoilerplateS30AORoundTests {
    @Test("each page is right line by line", arguments: BoilerplatePageCase.thirtiethRoundAO)
    func pages(_ example: BoilerplatePageCase) throws { try example.expectEveryLineRight() }

    /// The byline convention suite's own check: under `remove` the block goes, each line under a
    /// `byline` rule; under `keep` (the default) it all stays and nothing else moves.
    @Test("each byline block goes under `remove`, each line under a `byline` rule, and stays under `keep`",
          arguments: BoilerplatePageCase.thirtiethRoundAOBylines)
    func bylines(_ example: BoilerplatePageCase) throws { try BoilerplateBylineConventionTests().bylineBlock(page: example) }
}
