import Foundation
import Pipeline

/// The rule files of the built-in stages: bundled ones under `Resources/<stage>/`, and a user's
/// own files named by an option. One loader, so every stage finds, reads and reports them alike.
enum RuleFile {
    /// The text of the bundled `Resources/<stage>/<name>.<ext>`.
    ///
    /// - Throws: ``OptionError`` when the bundle lacks the file (a broken installation).
    static func bundled(_ name: String, stage: String, extension ext: String = "txt") throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources/\(stage)") else {
            throw OptionError("the rule file Resources/\(stage)/\(name).\(ext) is missing from the Stages bundle")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The text of a user's file, named by `option` in the config.
    ///
    /// - Throws: ``OptionError`` naming the option and the path.
    static func read(_ path: String, option: String? = nil) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw OptionError("cannot read \(option.map { "\($0) " } ?? "")'\(path)': \(error.localizedDescription)")
        }
    }

    /// The entries of a list file: one per line, trimmed; `#` starts a comment; blank lines are
    /// skipped; case is kept.
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let content = (line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                .trimmingCharacters(in: .whitespaces)
            return content.isEmpty ? nil : content
        }
    }

    /// The entries of a tagged list file, each `TAG VALUE` (`f spokeswoman`, `past drove`), lower-cased.
    ///
    /// - Throws: ``OptionError`` naming the file and the entry when the tag is not one of `tags`
    ///   or the value is missing, so a mistyped tag in a user's file is not silently dropped.
    static func tagged(_ lines: [String], tags: Set<String>, file: String) throws -> [(tag: String, value: String)] {
        try lines.map { line in
            let parts = line.split(separator: " ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard parts.count == 2, tags.contains(parts[0]) else {
                throw OptionError("\(file): '\(line)' must be one of \(tags.sorted().joined(separator: ", ")) followed by a word")
            }
            return (parts[0], parts[1])
        }
    }
}
