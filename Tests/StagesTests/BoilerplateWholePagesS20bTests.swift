import Foundation
import Pipeline
import PipelineTesting
import Stages
import Testing

/// Six whole dirty pages (16–20% article lines) composed for the twentieth sitting's second
/// boilerplate round, for invented outlets of places no gold set nor the earlier pages covers:
/// Tbilisi in Georgian with English, Erbil in Kurdish (Sorani script) with English, Kuala Lumpur
/// in Malay with English, Tallinn in Estonian with Russian, Kathmandu in Nepali with English and
/// Windhoek in English with Afrikaans (`Fixtures/boilerplate/breadth-s20b/`). Odd pages have blank
/// lines between blocks, even pages none. Besides the usual chrome they carry the shapes no lexicon
/// entry reaches: a clock-first feed in the script's own digits, a date strip in a second
/// calendar, rate and weather strips between pipes, counts in native digits under the date, a
/// photo's caption with no full stop over the outlet's credit to itself, update stamps.
@Suite("Boilerplate whole pages of the twentieth sitting's second breadth round")
struct BoilerplateWholePagesS20bTests {
    /// Every story line stays. At first sight (the stage as at 230d6ba): P 0.756, R 1.000, F1 0.861
    /// (a feed in Devanagari digits, three captions with no full stop or over an unlabelled credit,
    /// taken for the title; ads and buttons, counts and dates in Devanagari digits, a Kurdish
    /// read-also, tags and related list, a Malay date and prayer-times strip, update stamps).
    /// After the round's two structural rules (a clock in any script's digits; a caption over a
    /// credit when the headline is found above it, or over the outlet's credit to itself):
    /// P 0.796, R 1.000, F1 0.887. Left, and so the floor: the ads' creatives and buttons in Georgian, Kurdish and
    /// Nepali, the Nepali date strip, reading time and views, a Malay slogan, date and prayer
    /// strip, the update stamps, a Malay caption closed by a full stop, a Kurdish tail.
    /// Round 3 (an ad opening on its brand in a caseless script and its button, a lone call button under an ad another rule took, counters with the figure first in Devanagari digits): P 0.849, R 1.000, F1 0.918.
    /// The twenty-first sitting's third round (a read-also line under a label in a caseless script between two story sentences: the Kurdish one): P 0.865 -> 0.874, R 1.000, F1 0.928 -> 0.933.
    @Test("every story line stays and the chrome goes")
    func wholePages() throws { try BoilerplateWholePagesTests.expectWholePages("breadth-s20b", precision: 0.87) }

}

extension BoilerplatePageCase {
    /// The twentieth sitting's second round, one page per rule, each with story lines the rule must
    /// not take: structural rules only, with no word of the pages' languages in the lexicon. They
    /// run with the composed pages of `BoilerplatePageRulesTests`.
    static let twentiethSecondRoundChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a feed's items opening on a clock in Bengali digits go above the headline; the story's times in Bengali digits, one opening a sentence, stay", page: """
            #outlet: ঢাকা বার্তা
            !প্রচ্ছদ
            !জাতীয়
            !রাজনীতি
            !খেলা
            !সর্বশেষ
            !১০:৪৫ মেট্রোরেলের নতুন স্টেশন চালু হচ্ছে আগামী মাসে
            !১০:২০ বুড়িগঙ্গায় লঞ্চ চলাচল আবার শুরু
            !০৯:৫৫ শীতের আগাম বার্তা দিল আবহাওয়া অফিস
            !প্রচ্ছদ › জাতীয় › ঢাকা
            মিরপুরে নতুন বাস টার্মিনাল খুলছে জানুয়ারিতে
            রহিমা খাতুন
            ২৫ নভেম্বর ২০২৬, ০৯:৩০
            সিটি করপোরেশন জানিয়েছে, মিরপুরের নতুন বাস টার্মিনাল জানুয়ারির প্রথম সপ্তাহে যাত্রীদের জন্য খুলে দেওয়া হবে।
            টার্মিনালটি প্রতিদিন সকাল ০৬:৩০ থেকে রাত ১১:০০ পর্যন্ত খোলা থাকবে বলে কর্মকর্তারা জানিয়েছেন।
            ১০:৩০ মিনিটের বৈঠকে বিষয়টি চূড়ান্ত হয়েছে বলে মেয়রের কার্যালয় জানিয়েছে।
            """),
        BoilerplatePageCase(rule: "a photo's caption with no full stop over the outlet's credit to itself, under a headline found over the date, is no title and goes (Kurdish, Sorani); the headline and a pitch naming the outlet after the story's sentence are told apart", page: """
            #outlet: دەنگی سلێمانی
            !سەرەکی
            !هەواڵ
            !وەرزش
            !سەرەکی / هەواڵ / سلێمانی
            پردی نوێی سەر ڕووباری تانجەرۆ مانگی داهاتوو دەکرێتەوە
            نووسینی: هێمن عومەر
            24/11/2026 - 09:10
            !Facebook
            !Telegram
            !X
            !پردەکە لە کاتی کارکردندا، بەیانی سێشەممە
            !وێنە: دەنگی سلێمانی
            شارەوانی سلێمانی ڕۆژی سێشەممە ڕایگەیاند، پردی نوێی سەر ڕووباری تانجەرۆ لە مانگی داهاتوودا دەکرێتەوە.
            پردەکە 240 مەتر درێژە و دوو ساید ڕێگای ئۆتۆمبێل و ڕێڕەوێکی پیادەی هەیە.
            شوفێرانی تەکسی دەڵێن پردەکە کاتی گەیشتن بە بازاڕ بە نیوە کەم دەکاتەوە.
            !بەشداربە لە کەناڵی تێلیگرامی دەنگی سلێمانی
            """),
    ]
}

extension BoilerplatePageCase {
    /// The twentieth sitting's third round, one page per rule, each with story lines the rule must
    /// not take: structural rules only, with no word of the pages' languages in the lexicon. They
    /// run with the composed pages of `BoilerplatePageRulesTests`.
    static let twentiethThirdRoundChrome: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "a menu whose items are short in characters but long in bytes goes (Devanagari, three bytes a letter); the story's list under its lead stays", page: """
            #outlet: नगर दर्पण
            !अंतरराष्ट्रीय समाचार
            !स्वास्थ्य और जीवनशैली
            !शिक्षा और रोजगार
            नगर निगम ने पुराने बाज़ार में तीन नए पार्किंग स्थल बनाने की योजना को मंज़ूरी दी
            निगम के अनुसार, पार्किंग स्थल अगले वर्ष मार्च तक तैयार हो जाएंगे और इनमें कुल चार सौ वाहन खड़े हो सकेंगे।
            व्यापारियों ने कहा कि बाज़ार की संकरी गलियों में हर शाम जाम लगता है और ग्राहक लौट जाते हैं।
            पार्किंग स्थल इन जगहों पर बनेंगे:
            पुराना डाकघर परिसर
            सब्ज़ी मंडी के पीछे
            रेलवे फाटक के पास
            नगर आयुक्त ने बताया कि पार्किंग का शुल्क पहले घंटे के लिए दस रुपये रखा जाएगा।
            """),
        BoilerplatePageCase(rule: "an ad opening on its brand in a script with no capitals goes under a known ad label, with its button (Hindi, Georgian); a story sentence under the label stays", page: """
            #outlet: नगर दर्पण
            !मुख्य समाचार
            !शहर
            !खेल
            !मनोरंजन
            !व्यापार
            शहर की झील के किनारे नया साइकिल पथ बनेगा
            नगर निगम ने सोमवार को झील के चारों ओर छह किलोमीटर लंबे साइकिल पथ की योजना को स्वीकृति दी।
            परियोजना पर लगभग बारह करोड़ रुपये खर्च होंगे और काम जनवरी में शुरू होगा।
            !विज्ञापन
            !नेटसेवा: ४९९ रुपये में ३० दिन असीमित डेटा
            !अभी पाएं
            निगम के अभियंता ने कहा कि पथ पर रात में रोशनी के लिए सौर लैंप लगाए जाएंगे।
            !विज्ञापन
            स्थानीय निवासियों ने योजना का स्वागत किया, लेकिन पेड़ों की कटाई पर चिंता भी जताई।
            पथ के दोनों ओर नीम और पीपल के दो सौ नए पेड़ भी लगाए जाएंगे।
            !რეკლამა
            !ცისკარი — ახალი ტარიფი 19 ლარად თვეში
            !გაიგე მეტი
            झील समिति ने कहा कि एक भी पुराना पेड़ नहीं काटा जाएगा।
            """),
        BoilerplatePageCase(rule: "a three-word button under a brand's ad goes when the story's subheading stands under it; a three-word subheading right under an ad over its paragraph stays (Hindi)", page: """
            #outlet: शहर संवाद
            !होम
            !राज्य
            !देश
            !विदेश
            !वीडियो
            पुराने शहर में बिजली के तार ज़मीन के नीचे बिछेंगे
            बिजली विभाग ने बताया कि पुराने शहर की बीस गलियों में तार अगले छह महीनों में ज़मीन के नीचे बिछाए जाएंगे।
            विभाग के अनुसार इससे बारिश के मौसम में बिजली कटौती आधी रह जाएगी।
            !विज्ञापन
            !नेटसेवा: ४९९ रुपये में ३० दिन असीमित डेटा
            !अभी ऑर्डर करें
            काम कब होगा
            पहला चरण दिसंबर में चौक बाज़ार से शुरू होगा और फरवरी तक चलेगा।
            !विज्ञापन
            !दूरलिंक: २९९ रुपये में २० दिन असीमित कॉल
            नए खंभे नहीं
            विभाग ने कहा कि इस काम के बाद गलियों में कोई नया खंभा नहीं लगाया जाएगा और पुराने खंभे हटा दिए जाएंगे।
            """),
        BoilerplatePageCase(rule: "a lone call button under an ad another rule took goes (English); the story's subheading under a pitch taken under the label stays", page: """
            #outlet: Harbour Ledger
            !Home
            !News
            !Sport
            !Business
            !Opinion
            Ferry timetable cut for the winter months
            The harbour board will run four ferries a day instead of six from December, its chair said on Monday.
            Commuters from the island said the last crossing at 18:00 was too early for shift workers.
            !ADVERTISEMENT
            !Wavelink Mobile — 20GB for N$9 a month. Dial *120# now
            !Get it
            What the board says
            The board blamed fuel prices and a shortage of licensed skippers for the cut.
            !ADVERTISEMENT
            !Get Harbour Ledger alerts sent straight to your phone. Text FERRY to 40404.
            The islanders' reply
            A petition against the cut had gathered 1,200 names by Monday evening, its organiser said.
            """),
        BoilerplatePageCase(rule: "a reading time and a view count with the figure first, in Devanagari digits, go under the date; a list of the story's figures under a date line stays", page: """
            #outlet: जनपथ टाइम्स
            !ताज़ा ख़बरें
            !राजनीति
            !क्रिकेट
            !बिज़नेस
            !राशिफल
            शहर में नई इलेक्ट्रिक बसें सड़कों पर उतरीं
            राधा वर्मा
            २५ नवंबर २०२६, ११:०५
            !३ मिनट पढ़ें
            !१,२०४ बार पढ़ा
            !शेयर करें
            परिवहन निगम ने मंगलवार को शहर के पाँच मार्गों पर चालीस नई इलेक्ट्रिक बसें शुरू कीं।
            निगम के अनुसार हर बस में बत्तीस सीटें हैं और किराया पहले जितना ही रहेगा।
            निगम ने बसों की स्थिति इस तरह बताई:
            २४ नवंबर २०२६
            १२ बसें चालू
            २८ बसें जाँच में
            निगम के अधिकारी ने कहा कि बाकी बसें अगले सप्ताह तक चलने लगेंगी।
            """),
    ]
}
