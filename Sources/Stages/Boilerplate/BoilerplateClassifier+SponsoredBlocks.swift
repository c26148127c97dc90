/// A block of sponsored links inside the story, signed by the network that serves it.
///
/// A recommendation network's widget prints, once the page is text, a run of bare headlines of
/// other sites' offers (`Descubra como investir a partir de R$ 100 com segurança`, `Médicos
/// revelam truque simples para dormir melhor`) between a label and the network's signature
/// (`por Taboola`, `Sponsorisé par Taboola`, `Recommended by Outbrain`), which the lexicon's
/// `sponsor-network` entries find. The signature can sit under the block or over it. A story's
/// subheading is the same bare shape, but it stands over a paragraph: the run above the signature
/// goes up to the nearest sentence or chrome, the run under it only when chrome closes it.
extension BoilerplateClassifier {
    /// The longest run of headlines read beside a signature.
    private static let sponsoredRun = 8

    /// Marks the sponsor network's signature lines of up to six words and the headlines beside them.
    func markSponsoredBlocks(_ lines: inout [LineFeatures], bytes: UnsafeBufferPointer<UInt8>) {
        guard let network = sponsorNetworkCategory else { return }
        for index in lines.indices where !lines[index].blank && lines[index].lexiconCategory == network && lines[index].words <= 6 {
            lines[index].removal = lines[index].removal ?? .rule(.sponsoredBlock)
            let above = run(lines, from: index, step: -1, bytes: bytes)
            for line in above.lines { lines[line].removal = .rule(.sponsoredBlock) }
            let below = run(lines, from: index, step: 1, bytes: bytes)
            if below.closedByChrome { for line in below.lines { lines[line].removal = .rule(.sponsoredBlock) } }
        }
    }

    /// The bare headlines next to `start` in the direction of `step`, and whether a removed line
    /// or the page's edge ends them.
    private func run(_ lines: [LineFeatures], from start: Int, step: Int, bytes: UnsafeBufferPointer<UInt8>) -> (lines: [Int], closedByChrome: Bool) {
        var found: [Int] = []
        var index = start + step
        while lines.indices.contains(index) {
            defer { index += step }
            let line = lines[index]
            if line.blank { continue }
            if line.removed { return (found, true) }
            guard found.count < Self.sponsoredRun, line.words >= 2, line.words <= 16, !line.terminal, !line.storysOwn, line.reporting == 0,
                  !Self.containsQuotationMark(line.trimmedText(in: bytes)) else { return (found, false) }
            found.append(index)
        }
        return (found, true)
    }
}
