@testable import Stages
import Testing

extension LineFeatures {
    /// The stage's reading of one line alone: the built-in lexicon, no outlet, no page around it.
    static func alone(_ line: String) throws -> LineFeatures {
        let classifier = BoilerplateClassifier(lexicon: try BoilerplateLexicon.builtin(), bodyThreshold: 0.5, edgeThreshold: 0.5)
        return try #require(classifier.classify(line, outlet: .init()).first)
    }
}
