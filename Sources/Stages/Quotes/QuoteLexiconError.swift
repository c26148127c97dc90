/// A rule file that cannot be read.
struct QuoteLexiconError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
