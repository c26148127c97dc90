/// Pages in a language the function-word list does not know, told by the page's own prose.
///
/// A line of twelve words or more reads as prose by its share of function words, and a line that
/// holds a word of the second-person list addresses the reader. In a language no list covers
/// (Basque, Yoruba, Icelandic) every story line has a share near nothing, and a common word of its
/// own may be spelled like another language's `du`, which keeps the line from anchoring the body:
/// the story's long paragraphs after an embedded post then sat in the tail, read as labels, and
/// went as the tail's chrome. Adding each language's words
/// to the lists does not reach the next unseen one; the page itself says whether the lists know
/// its language. Its long lines closed by a sentence end are its prose, whatever the language:
/// where they hold fewer than one word of the list in ``unlistedShare``, the list does not know the
/// language (prose in a listed language holds a quarter to a third), and the lines are judged by
/// their shape alone (``LineFeatures/unlistedLanguage``).
extension BoilerplateClassifier {
    /// One function word in this many words of the page's long prose lines, or fewer: a language
    /// the list does not know.
    static let unlistedShare = 10

    /// The fewest long prose lines the page must have for its share to be read: one or two long
    /// lines may be a quotation or an ad in another language.
    static let unlistedLines = 3

    /// Sets ``LineFeatures/unlistedLanguage`` on every line when the page's long lines closed by a
    /// sentence end (ten words or more, not spaced by phrase) hold almost no function word.
    func markUnlistedLanguage(_ lines: inout [LineFeatures]) {
        var prose = 0, words = 0, functionWords = 0
        for index in lines.indices where lines[index].terminal && lines[index].words >= 10 && !lines[index].spacedByPhrase {
            prose += 1
            words += lines[index].words
            functionWords += lines[index].stopwords
        }
        guard prose >= Self.unlistedLines, functionWords * Self.unlistedShare < words else { return }
        for index in lines.indices { lines[index].unlistedLanguage = true }
    }
}
