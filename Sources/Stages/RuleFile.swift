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

    /// A digest of the stage's bundled rule files and of the user's `files` (a folder stands for
    /// the files in it), for ``Pipeline/StageDefinition/rulesDigest``: FNV-1a, 64 bits, over
    /// each file's name and bytes in name order. It tells versions of the rules apart, nothing
    /// more; a file that cannot be read counts by its name (the stage reports it when it loads).
    static func digest(stage: String, files: [String]) -> String {
        var hash = FNV1a()
        func addFile(_ path: String, as name: String) {
            hash.add(name.utf8)
            hash.add(CollectionOfOne(0))
            if let data = FileManager.default.contents(atPath: path) { hash.add(data) }
            hash.add(CollectionOfOne(0))
        }
        func filesIn(_ folder: String) -> [(path: String, name: String)] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { (folder + "/" + $0, $0) }
        }
        if let folder = Bundle.module.resourceURL?.appendingPathComponent("Resources/\(stage)").path {
            // Bundled files count by their name alone, so that moving the installation changes nothing.
            for file in filesIn(folder) { addFile(file.path, as: file.name) }
        }
        for path in files {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                for file in filesIn(path) { addFile(file.path, as: file.path) }
            } else {
                addFile(path, as: path)
            }
        }
        return String(hash.value, radix: 16)
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
