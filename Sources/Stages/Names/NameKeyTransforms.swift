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

    /// Compiles the key rules and the spelling styles' rules of `rules`.
    init(rules: NameRules) throws {
        key = try Transliterator(name: "names key rules", rules: rules.keyRules)
        styles = try rules.spellingStyles.map {
            try Transliterator(name: "names \($0.name) spelling", rules: "::NFC;\n::Any-Lower;\n::Null;\n" + $0.rules)
        }
    }

    /// Copies of the key transform and of the styles' transforms, in the rules' order.
    func copies() throws -> (key: Transliterator, styles: [Transliterator]) {
        lock.lock()
        defer { lock.unlock() }
        return (try key.clone(), try styles.map { try $0.clone() })
    }
}
