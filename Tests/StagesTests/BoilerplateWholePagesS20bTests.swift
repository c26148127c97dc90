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
    @Test("every story line stays and the chrome goes")
    func wholePages() throws { try BoilerplateWholePagesTests.expectWholePages("breadth-s20b", precision: 0.79) }

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
