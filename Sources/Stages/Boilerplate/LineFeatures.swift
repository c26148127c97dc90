/// What the `boilerplate` stage knows about one line of a document.
struct LineFeatures {
    /// Byte range of the whole line in the document's UTF-8 (without the line feed).
    var start: Int
    var end: Int
    /// Byte range of the line without its leading and trailing white space.
    var trimmedStart = 0
    var trimmedEnd = 0
    /// Whether the line holds only white space.
    var blank: Bool
    /// Normalized words (letters and digits).
    var words = 0
    var stopwords = 0
    var secondPerson = 0
    var capitalized = 0
    /// Every word opens with a letter of a script without case (Devanagari, Arabic, Thai): set for
    /// short lines with no capital and no figure, where a name's capitals cannot be read.
    var uncased = false
    /// The line opens in a script that runs its words together (Thai, Lao, Tibetan, Khmer,
    /// Burmese); asked only of lines of sixty bytes or more with fewer than thirty a word.
    var runTogetherScript = false
    /// The page's language is one the function-word list does not know: its long lines hold
    /// almost none of the list's words (see ``BoilerplateClassifier/markUnlistedLanguage(_:)``).
    /// There a line's share of function words says nothing of its being prose.
    /// (Kept beside the other flags: a lone `Bool` between two `Int`s pads the struct by a word,
    /// and the classifier copies lines often enough for that to show in `memcpy`.)
    var unlistedLanguage = false
    /// The line opens in Thai or Lao, which close a sentence with no mark (a space parts clauses
    /// and sentences alike), and has no sentence end of its own: its length tells prose
    /// (``unpunctuatedProse``) from a label.
    var unpunctuatedScript = false
    /// The line is Chinese or Japanese, which write no space between words: ``words`` counts its
    /// letters two to a word, and it holds none of the function-word list's words.
    var wordsByLetters = false
    /// Words made of digits only.
    var numericWords = 0
    /// Reporting verbs (`said`, `told`, `заявил`): the line reports speech, so it is story.
    var reporting = 0
    /// Words that name sections of a site menu (`Home`, `World`, `Sport`).
    var menuWords = 0
    /// The article's title: the last line of some length before the first paragraph of prose.
    var title = false
    var imperativeOpening = false
    /// Ends like a sentence: `.`, `!`, `?`, `…` (also before closing quotes or brackets).
    var terminal = false
    var urls = 0
    var handles = 0
    var hashtags = 0
    var separators = 0
    var currency = false
    var copyrightSign = false
    /// Digits only, such as a time code `00:42`.
    var numericOnly = false
    /// A short line with a month name and a number, or a numeric date.
    var dateLike = false
    /// The line's last character is a closing parenthesis (`… (Provided by Busan Transportation Corp.)`).
    var closesOnParenthesis = false
    /// The line closes on a labelled credit whose source ends on initials (`… Photo : … / Y. B.`):
    /// its full stop is the initial's, not a sentence's.
    var creditClosesOnInitial = false
    /// A date line whose stamps come between separators, each with a figure (`Published June 3,
    /// 2026 • 4 minute read`): its separators are no menu's.
    var segmentedDate = false
    /// A short line opening with `By`, `Posted by`, `Por`, `Par`, `Von`, `Av`, `Door`, `Autor`, `Oleh`.
    var byline = false
    /// Ends with a credit in parentheses, such as `(AFP)` or `(Photo: Jane Doe)`.
    var parentheticalCredit = false
    /// Ends with a slash credit, such as `Jane Doe / AFP`.
    var slashCredit = false
    /// A photo's caption closing on its own credit after a spaced bar or slash or in a script's
    /// own parentheses (`… | Foto: Ana Horvat`, `…（記者王小明攝）`): the caption is this line, so
    /// no line above it is taken for one.
    var creditedCaption = false
    /// A slash credit whose slash has no space on either side (`PAP/Adam Warżawa`, `Jane Doe/AFP`),
    /// as an agency's credit prints, where a byline's desk is set apart (`Elif Yıldız / İzmir`).
    var tightSlash = false
    /// A comment count alone (`Comments (3)`), the heading of a comment thread.
    var commentCount = false
    /// A ticker's signed change with a percentage, a temperature or a score: page furniture.
    var widget = false
    /// A score with the teams named in words (`Leafs 4 Senators 2 (Final)`): a widget above or
    /// below the story, a subheading's shape inside it.
    var namedScoreline = false
    /// Ends with a date after a comma, as a photo's caption does: `Cotton field, October 2026`.
    var datedCaption = false
    /// A row of a table, between bars (`| Corn | 3.1 | 2.4 |`) or opening on one before two more
    /// (`| 2.º | Costa do Sol | 52 pts`).
    var tableRow = false
    /// Opens with the name in the byline: the author's bio box.
    var authorBio = false
    /// Ends like a statement (a full stop, an ellipsis), not a question or exclamation.
    var fullStop = false
    /// Ends with a clip's running time in parentheses, `(2:14)`: a video teaser.
    var videoDuration = false
    /// A media player's clock (`0:00 / 2:14`, `00:00` at rest) or a gallery's counter (`1 / 12`)
    /// alone on its line: where a player's or a gallery's controls sit.
    var mediaCounter = false
    /// A control's setting turned to text (`Autoplay: on`): two to four words, the last a setting
    /// after a colon.
    var setting = false
    /// A setting without the colon (`Pembaruan otomatis aktif`), which a subheading's last word
    /// can also be: it goes only next to the page's chrome.
    var statedSetting = false
    /// A short lead of a list the story resumes after (see `resumedLists`): a list's lead for the
    /// span, though its words are too few for ``BoilerplateClassifier/leadsIntoList(_:bytes:)``'s measure.
    var listLead = false
    /// The summed lexicon weight, after the long-line discount.
    var lexiconScore = 0.0
    /// The category contributing most to ``lexiconScore``.
    var lexiconCategory: Int?
    /// A lexicon entry with a negative weight matched (an editor's note, a correction).
    var protected = false
    // (These three flags sit here, after the optional category, in its padding: among the other
    // flags they took the line's record past 256 bytes, which the compiler copies with a call to
    // `memcpy` rather than inline, and every copy of a line paid for it.)
    /// A short line of two labels parted by one spaced separator, each opening on a capital, in a
    /// language that writes a label's later words in lower case (`Thời sự / Giao thông`, `Medio
    /// ambiente / Clima`): a breadcrumb's shape though not every word is capitalized. In a script
    /// without case, up to six words parted by a spaced chevron (`સાબરમતી સમાચાર › અમદાવાદ`).
    var capitalizedLabels = false
    /// The writer's role or desk on its own line between the byline's name and the date line
    /// (`Local Government Reporter`), told by its place when the name is (see
    /// ``BoilerplateClassifier/markBareBylines``): the story's under the `keep` convention, which
    /// leaves it to its own signals, part of the byline block under `remove`.
    var authorRole = false
    /// A day, a word of a script without capitals and a year (`18 نومبر 2024`, `5 ਮਈ 2025`): a date
    /// whose month no list knows, read as one only in the byline block's place under `remove` (see
    /// ``BoilerplateClassifier/holdsWordDate(_:uncased:)``), not wherever a short line holds the shape.
    var uncasedWordDate = false
    /// A place alone on its line right above the lead, under the headline (`PORT MORESBY`, `VIGO`,
    /// `پېښور`): the story's dateline set on a line of its own (see
    /// ``BoilerplateClassifier/isDatelineShape(_:over:bytes:normalized:)``). An outlet datelines most stories from
    /// its own city and lists the city in its menu, so repetition and its chrome neighbours (the
    /// lead photo's caption, the share row) must not take it.
    var dateline = false
    /// The fingerprint used to find repeated lines.
    var fingerprint: UInt64 = 0
    /// Where the normalized text of the line lies in the document's normalized buffer; empty for
    /// lines of more than 60 words, which are never captions or site names.
    var normalizedRange: Range<Int> = 0..<0

    /// The line's boilerplate score and the feature that gave most of it.
    var score = 0.0
    var scoreReason = ScoreReason.features

    /// Where the line lies relative to the prose of the article.
    var zone = Zone.body
    /// What removed the line, or `nil` while it is kept.
    var removal: Removal?

    init(start: Int, end: Int, blank: Bool) {
        self.start = start
        self.end = end
        self.blank = blank
    }

    var removed: Bool { removal != nil }

    /// A headline, a byline, a date line, a dateline, a table's row or a line the lexicon protects: the
    /// story's own lines, which the rules that take kept lines for chrome by their shape leave alone.
    var storysOwn: Bool { protected || title || byline || dateLike || tableRow || dateline }

    /// A line of prose: long enough, ending like a sentence, with function words; on a page in a
    /// language the function-word list does not know, a line of any length that ends like a
    /// sentence and is not in Title Case, as a short line must be.
    var sentenceLike: Bool {
        // A short line in Title Case (`Our Standards: The Trust Principles.`) reads as a label.
        terminal && words >= 6 && (words < 12 || unlistedLanguage ? capitalized * 10 < words * 7 : stopwords * 6 >= words)
    }

    /// A story's sentence by its shape: prose closed by a full stop, with a quarter of its words
    /// function words (`Compania a precizat că va angaja încă 20 de vatmani.`), under a third of them
    /// capitalized, no address, handle, second person or imperative opening. A death notice or a
    /// classified ad (`Teresa Quinn (née Carty), Monksland, Athlone.`) is terse and full of names,
    /// and a comment section's notice addresses the reader (`You will receive an email…`).
    /// A line of Chinese or Japanese (``wordsByLetters``) has no function word to count.
    var storySentence: Bool {
        sentenceLike && fullStop && (stopwords * 4 >= words || wordsByLetters) && capitalized * 3 < words && urls == 0 && handles == 0
            && secondPerson == 0 && !imperativeOpening
    }

    /// A statement's shape: closed by a full stop, three words or more, not in Title Case (a label's
    /// shape, `Our Standards.`). Short of `sentenceLike`'s six words: a story's short last sentence.
    var statementShape: Bool {
        terminal && fullStop && words >= 3 && capitalized * 10 < words * 7
    }

    /// A line that anchors the body of the article: several sentences' worth of prose with no
    /// chrome signal (addressing the reader counts as one, unless the line reports speech). The
    /// head is before the first anchor, the tail after the last.
    var anchor: Bool {
        !blank && (terminal && (words >= 10 || (spacedByPhrase && end - start >= 90)) || unpunctuatedProse)
            && lexiconScore < 0.5 && urls == 0 && handles == 0 && !copyrightSign
            && (secondPerson == 0 || reporting > 0) && !authorBio
    }

    /// A story's short statement, for a page with no ``anchor``: closed by a full stop, six words
    /// or more and not in Title Case (``statementShape``), with no chrome signal an anchor would
    /// refuse either.
    var shortStatement: Bool {
        !blank && statementShape && words >= 6 && lexiconScore < 0.5 && urls == 0 && handles == 0 && !copyrightSign
            && (secondPerson == 0 || reporting > 0) && !authorBio
    }

    /// A person's name alone on its line as bylines print it: two to four words, each capitalized,
    /// no sentence's end (`Tendai Moyo`, `Maja Kovačič`). The author's role or the outlet's under
    /// it is the site's template (``BoilerplateClassifier/roleLines(_:nonBlank:title:)``,
    /// ``BoilerplateClassifier/outletCredits(_:nonBlank:title:bytes:normalized:outlet:)``).
    var nameInCapitals: Bool { (2...4).contains(words) && capitalized == words && !terminal }

    /// A line whose spaces part phrases, not words: thirty bytes or more for each space-parted
    /// word, sixty in all. Thai, Khmer, Lao and Burmese write a sentence's words run together and
    /// space its clauses, so a Khmer paragraph of two sentences counts five or six words; a line in
    /// a spaced script (Latin, Arabic, Devanagari, Georgian) averages five to twenty-five bytes a
    /// word. With three words or fewer it is the anchor's old test (ninety bytes, no more than
    /// three words), which a Thai paragraph passed and a Khmer one, spacing more, did not.
    /// In one of those scripts (``runTogetherScript``) the normalizer also parts words at signs it
    /// does not keep (Khmer's), so fifteen bytes a word will do there.
    var spacedByPhrase: Bool {
        let length = trimmedEnd - trimmedStart
        return length >= Self.phraseLineBytes && length >= (runTogetherScript ? 15 : Self.phraseBytes) * words
    }

    /// The least length of a line spaced by phrase, and the bytes per space-parted word of one in a
    /// spaced script (``spacedByPhrase``).
    static let phraseLineBytes = 60, phraseBytes = 30

    /// The least length of a Thai or Lao line read as a paragraph with no sentence end
    /// (``unpunctuatedProse``): ninety letters, longer than a headline or a teaser's title (up to
    /// some seventy), shorter than most of a story's paragraphs.
    static let unpunctuatedProseBytes = 270
    /// The least length of such a line that is no widget's label (``unpunctuatedClause``): fifty
    /// letters, longer than a subheading or a button.
    static let unpunctuatedClauseBytes = 150

    /// A paragraph of Thai or Lao: long enough for prose, with no sentence end (see
    /// ``unpunctuatedScript``). Only the anchor reads it as closed: without it a Thai story had no
    /// paragraph of prose, so no first paragraph, no title, and the page's head, byline block and
    /// foot stayed whole.
    var unpunctuatedProse: Bool { unpunctuatedScript && trimmedEnd - trimmedStart >= Self.unpunctuatedProseBytes }

    /// A clause of Thai or Lao too long for a label, with no sentence end (see ``unpunctuatedScript``).
    var unpunctuatedClause: Bool { unpunctuatedScript && trimmedEnd - trimmedStart >= Self.unpunctuatedClauseBytes }

    /// Whether a line of `length` bytes and `words` words is one whose script decides
    /// ``spacedByPhrase`` (long enough, but short of thirty bytes a word): only such a line is asked
    /// which script it opens in (``runTogetherScript``).
    static func scriptDecidesSpacing(length: Int, words: Int) -> Bool {
        length >= phraseLineBytes && length < phraseBytes * words
    }

    enum Zone { case head, body, tail }

    /// What removed a line: its score, by the signal that gave most of it, or a rule of the
    /// classifier. A value, not its name, so that copying a line copies no string.
    enum Removal: Equatable {
        case score(ScoreReason)
        case rule(Rule)

        /// The name reported in the removed line's `rule`, such as `lexicon:donation` or `caption`.
        func name(_ lexicon: BoilerplateLexicon) -> String {
            switch self {
            case .score(let reason): reason.ruleName(lexicon)
            case .rule(let rule): rule.rawValue
            }
        }
    }

    /// The classifier's rules beyond a line's own score.
    enum Rule: String {
        case duplicateOfTitle = "duplicate-of-title"
        case siteName = "site-name"
        case repeatedInOutlet = "repeated-in-outlet"
        case caption
        case relatedList = "related-list"
        case navigationRun = "navigation-run"
        case appealBlock = "appeal-block"
        case nextToChrome = "next-to-chrome"
        case tailChrome = "tail-chrome"
        case duplicateOfChrome = "duplicate-of-chrome"
        case poll
        case commentThread = "comment-thread"
        case authorBio = "author-bio"
        case strandedAfterChrome = "stranded-after-chrome"
        case promotion
        case adCreative = "ad-creative"
        case adBlockShape = "ad-block-shape"
        case bracketedAd = "bracketed-ad"
        case sponsoredBlock = "sponsored-block"
        case labelledTeaser = "labelled-teaser"
        case repeatedLabel = "repeated-label"
        case captionAboveCredit = "caption-above-credit"
        case taggedTeaser = "tagged-teaser"
        case ticker
        case readerComment = "reader-comment"
        case afterArticle = "after-article"
        case chromeIsland = "chrome-island"
        case embedResidue = "embed-residue"
        case pageHead = "page-head"
        case labelRun = "label-run"
        case pictographPrompt = "pictograph-prompt"
        case formPrompt = "form-prompt"
        case formButton = "form-button"
        case tagRow = "tag-row"
        case pullQuote = "pull-quote"
        case countLine = "count-line"
        case dateCounter = "date-counter"
        case setting
        case pager
        case capitalHeading = "capital-heading"
        case headFeed = "head-feed"
        case liveStrip = "live-strip"
        case explainerBox = "explainer-box"
        case playerControl = "player-control"
        case headControl = "head-control"
        case sectionLabel = "section-label"
        case plusTeaser = "plus-teaser"
        case clipTitle = "clip-title"
        case channelPitch = "channel-pitch"
        case outletRole = "outlet-role"
        case roleLine = "role-line"
        case outletCredit = "outlet-credit"
        case outletImprint = "outlet-imprint"
        case storeBadgeBox = "store-badge-box"
        // The article's own byline block, removed under the `remove` convention only
        // (``BoilerplateStripper/BylineConvention``): users recover it by the `byline` prefix.
        case byline
        case bylineRole = "byline-role"
        case bylineDate = "byline-date"
        case bylineCounter = "byline-counter"
    }

    /// The signal that contributed most to a line's score; named in the removed line's `rule`.
    enum ScoreReason: Equatable {
        case features, lexicon(Int), link, handles, navigation, copyright, callToAction, captionCredit, creditedCaption, videoDuration, numbers, shortEdgeLine, selfReference, commentCount

        /// The rule name, such as `lexicon:donation` or `link`.
        func ruleName(_ lexicon: BoilerplateLexicon) -> String {
            switch self {
            case .features: "features"
            case .lexicon(let category): lexicon.ruleNames[category]
            case .link: "link"
            case .handles: "handles"
            case .navigation: "navigation"
            case .copyright: "copyright"
            case .callToAction: "call-to-action"
            case .captionCredit: "caption-credit"
            case .creditedCaption: "credited-caption"
            case .videoDuration: "video-duration"
            case .numbers: "numbers"
            case .shortEdgeLine: "short-edge-line"
            case .selfReference: "self-reference"
            case .commentCount: "comment-count"
            }
        }
    }
}

extension LineFeatures {
    /// The line's bytes without leading and trailing white space, as a buffer of its own (indexed
    /// from 0): the one place a rule cuts a line out of the document's UTF-8.
    func trimmedText(in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[trimmedStart..<trimmedEnd])
    }
}
