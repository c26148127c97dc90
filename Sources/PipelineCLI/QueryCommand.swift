import ArgumentParser
import Foundation
import Pipeline
import PipelineStore

extension PipeCommand {
    struct Query: ParsableCommand {
        enum Question: String, ExpressibleByArgument, CaseIterable {
            case quotes, mentions, text
        }

        static let configuration = CommandConfiguration(
            abstract: "Ask the store: quotes by a speaker, mentions of a name, sentences by full-text search.",
            discussion: """
                pipe query quotes NAME     quotations by NAME in any spelling or script (Atambaev, Atambayev and \\
                                           Атамбаев find the same person), through the names stage's canonical forms
                pipe query mentions NAME   every mention of the entities NAME stands for, with the variant written
                pipe query text QUERY      sentences matching an SQLite FTS5 query: protest, "election commission", \\
                                           Bishkek AND (protest OR rally), parliam*

                Names are matched by a loose key: ICU Any-Latin and Latin-ASCII, lower case, and the \\
                transliteration habits folded (y/i, zh/j, kh/h, doubled letters). Quotes and mentions need \\
                records with 'quotes' and 'names' fields (the quotes and names stages).
                """)

        @Argument(help: "quotes, mentions or text.")
        var question: Question

        @Argument(help: "The name, or the full-text query.")
        var words: [String]

        @Option(name: .long, help: ArgumentHelp("The store file.", valueName: "path"))
        var store: String?

        @Option(name: .long, help: ArgumentHelp("The pipeline whose store and records to ask.", valueName: "conf"))
        var config: String?

        @Option(name: .long, help: "The most sentences a text search returns.")
        var limit = 20

        @Flag(name: .long, help: "Print JSON lines instead of text.")
        var json = false

        func run() throws {
            let (store, fingerprint) = try PipeCommand.openStore(path: store, configuration: config)
            let text = words.joined(separator: " ")
            do {
                let configuration = try store.configuration(fingerprint).fingerprint
                switch question {
                case .quotes:
                    let canonicals = try store.canonicalNames(matching: text, configuration: configuration)
                    let quotes = try store.quotes(by: text, configuration: configuration)
                    if json { return try printJSON(quotes) }
                    if !canonicals.isEmpty {
                        print("\(text) → \(canonicals.keys.sorted().joined(separator: ", "))")
                    }
                    for quote in quotes {
                        print("\(quote.id ?? "?") [\(quote.start)-\(quote.end)] \(quote.speaker ?? quote.speakerCanonical ?? "?")\(quote.cue.map { " (\($0))" } ?? ""): “\(quote.quote)”")
                    }
                    printError("pipe: \(quotes.count) quote\(quotes.count == 1 ? "" : "s") by \(text)")
                case .mentions:
                    let canonicals = try store.canonicalNames(matching: text, configuration: configuration)
                    let mentions = try store.mentions(of: text, configuration: configuration)
                    if json { return try printJSON(mentions) }
                    for (canonical, variants) in canonicals.sorted(by: { $0.key < $1.key }) {
                        print("\(canonical): \(variants.joined(separator: " / "))")
                    }
                    for mention in mentions {
                        print("  \(mention.id ?? "?") [\(mention.start)-\(mention.end)] \(mention.surface) → \(mention.canonical)")
                    }
                    printError("pipe: \(mentions.count) mention\(mentions.count == 1 ? "" : "s") of \(text)")
                case .text:
                    let sentences = try store.search(text, configuration: configuration, limit: limit)
                    if json { return try printJSON(sentences) }
                    for sentence in sentences {
                        print("\(sentence.id ?? "?") [\(sentence.start)-\(sentence.end)] \(sentence.snippet)")
                    }
                    printError("pipe: \(sentences.count) sentence\(sentences.count == 1 ? "" : "s") match \(text)")
                }
            } catch {
                printError("\(error)")
                throw ExitCode(2)
            }
        }

        private func printJSON<T: Encodable>(_ values: [T]) throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for value in values { print(String(decoding: try encoder.encode(value), as: UTF8.self)) }
        }
    }
}
