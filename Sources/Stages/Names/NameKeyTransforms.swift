import Foundation
import ICU

/// The ICU transforms of the matching key, compiled once per stage: each ``NameKeyMaker`` (one per
/// worker and run, one per resolve) takes copies, since compiling the rule files again cost more
/// than a small batch's whole detection.
///
/// ICU transliterators are not thread-safe; the originals here are only ever copied, under a lock.
final class NameKeyTransforms: @unchecked Sendable {
    private let lock = NSLock()
    private let key: Transliterator
    private let styles: [Transliterator]
    /// Per spelling style, the keys its rules rewrite (nil where the rules are left to ICU alone).
    let respellingKeys: [RespellingKeys?]

    /// The display transform (see ``NameNormalizer/makeDisplayTransliterator(rules:)``), compiled once:
    /// compiling it again for every batch's resolve cost more than copying it.
    private let display: Transliterator

    /// Compiles the key rules and the spelling styles' rules of `rules`; keeps `display`.
    init(rules: NameRules, display: Transliterator) throws {
        self.display = display
        key = try Transliterator(name: "names key rules", rules: rules.keyRules)
        styles = try rules.spellingStyles.map {
            try Transliterator(name: "names \($0.name) spelling", rules: "::NFC;\n::Any-Lower;\n::Null;\n" + $0.rules)
        }
        respellingKeys = rules.spellingStyles.map { RespellingKeys(rules: $0.rules) }
    }

    /// Copies of the key transform and of the styles' transforms, in the rules' order.
    func copies() throws -> (key: Transliterator, styles: [Transliterator]) {
        lock.lock()
        defer { lock.unlock() }
        return (try key.clone(), try styles.map { try $0.clone() })
    }

    /// A copy of the display transform.
    func displayCopy() throws -> Transliterator {
        lock.lock()
        defer { lock.unlock() }
        return try display.clone()
    }
}
