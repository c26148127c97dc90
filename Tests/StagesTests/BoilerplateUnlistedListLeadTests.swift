import Testing

/// A story's closing list on a page in a language the function-word list does not know (here
/// Kannada, with English chrome): the subheading, the sentence that announces the list and its
/// items come after an ad inside the story, and the appeal, tags and share row after them. The lead
/// is told by its shape there, so the items are the story's; a heading in Title Case that ends on a
/// colon over teaser headlines is no lead and its list still goes.
@Suite("boilerplate: a list's lead in a language no list knows")
struct BoilerplateUnlistedListLeadTests {
    /// The page's masthead, menu, headline and first two paragraphs, which both pages share.
    static let storyHead = """
        !Dharwad Vani
        !Home | News | Sports | Videos | E-paper
        ಧಾರವಾಡದಲ್ಲಿ ಹೊಸ ಗ್ರಂಥಾಲಯ ಕಟ್ಟಡ ಉದ್ಘಾಟನೆ
        ನಗರದ ಕೇಂದ್ರ ಗ್ರಂಥಾಲಯದ ಹೊಸ ಕಟ್ಟಡವನ್ನು ಸೋಮವಾರ ಜಿಲ್ಲಾಧಿಕಾರಿ ಉದ್ಘಾಟಿಸಿದರು. ಕಟ್ಟಡದಲ್ಲಿ ಮಕ್ಕಳಿಗಾಗಿ ಪ್ರತ್ಯೇಕ ವಿಭಾಗ ಮತ್ತು ದೊಡ್ಡ ಓದುವ ಕೊಠಡಿ ಇದೆ.
        ಹಳೆಯ ಕಟ್ಟಡದಲ್ಲಿ ಸ್ಥಳದ ಕೊರತೆ ಇದ್ದ ಕಾರಣ ಹಲವು ಹಳೆಯ ಪುಸ್ತಕಗಳನ್ನು ಗೋದಾಮಿನಲ್ಲಿ ಇಡಲಾಗಿತ್ತು ಎಂದು ಗ್ರಂಥಪಾಲಕರು ತಿಳಿಸಿದರು.

        """

    static let cases: [BoilerplatePageCase] = [
        BoilerplatePageCase(rule: "the story's closing list after an ad, under a lead in Kannada, stays", page: storyHead + """
            !ADVERTISEMENT
            ಹೊಸ ಕಟ್ಟಡಕ್ಕೆ ಸುಮಾರು ನಾಲ್ಕು ಕೋಟಿ ರೂಪಾಯಿ ವೆಚ್ಚವಾಗಿದ್ದು, ಇದನ್ನು ರಾಜ್ಯ ಸರ್ಕಾರ ಮತ್ತು ಮಹಾನಗರ ಪಾಲಿಕೆ ಜಂಟಿಯಾಗಿ ಭರಿಸಿವೆ.
            !SPONSORED: Buy plots in Hubballi with clear title. Call 0836 555 0142
            ಗ್ರಂಥಾಲಯದಲ್ಲಿ ಏನೇನಿದೆ
            ಗ್ರಂಥಪಾಲಕರ ಪ್ರಕಾರ ಹೊಸ ಕಟ್ಟಡದಲ್ಲಿ ಈ ಸೌಲಭ್ಯಗಳು ಈಗ ಲಭ್ಯವಿವೆ:
            ಸುಮಾರು ಐವತ್ತು ಸಾವಿರ ಕನ್ನಡ ಮತ್ತು ಇಂಗ್ಲಿಷ್ ಪುಸ್ತಕಗಳು
            ಸ್ಪರ್ಧಾತ್ಮಕ ಪರೀಕ್ಷೆಗಳಿಗೆ ಓದುವವರಿಗೆ ಪ್ರತ್ಯೇಕ ಕೊಠಡಿ
            ಬೆಳಿಗ್ಗೆ ಎಂಟರಿಂದ ರಾತ್ರಿ ಎಂಟರವರೆಗೆ ಉಚಿತ ವೈಫೈ
            !Donate now
            !Tags:
            !Dharwad
            !Library
            !Share this story
            !Facebook
            !WhatsApp
            """),
        BoilerplatePageCase(rule: "a heading in Title Case ending on a colon over teaser headlines is no lead, on the same kind of page", page: storyHead + """
            ಹೊಸ ಕಟ್ಟಡಕ್ಕೆ ಸುಮಾರು ನಾಲ್ಕು ಕೋಟಿ ರೂಪಾಯಿ ವೆಚ್ಚವಾಗಿದ್ದು, ಇದನ್ನು ರಾಜ್ಯ ಸರ್ಕಾರ ಮತ್ತು ಮಹಾನಗರ ಪಾಲಿಕೆ ಜಂಟಿಯಾಗಿ ಭರಿಸಿವೆ.
            !Share this story
            !Facebook
            !WhatsApp
            !More Stories From Our Dharwad City Desk:
            !ಹುಬ್ಬಳ್ಳಿ ಬಸ್ ನಿಲ್ದಾಣಕ್ಕೆ ಹೊಸ ರೂಪ
            !ಧಾರವಾಡ ಪೇಡಾ ಮಾರಾಟ ದಾಖಲೆ ಮಟ್ಟಕ್ಕೆ
            !ಕೆಲಗೇರಿ ಕೆರೆ ಸುತ್ತ ವಾಯುವಿಹಾರ ಮಾರ್ಗ
            !© 2026 Dharwad Vani. All rights reserved.
            """),
    ]

    @Test("each page comes out with every line right", arguments: cases)
    func everyLineRight(_ page: BoilerplatePageCase) throws {
        try page.expectEveryLineRight()
    }
}
