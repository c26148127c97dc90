extension BoilerplateClassifier {
    /// `body` applied to the bytes of `normalized[range]` without their spaces (`follow ouest
    /// régions` → `followouestrégions`, to find the squeezed outlet name in a line).
    ///
    /// Written to a buffer on the stack: squeezed by `filter`, every head and tail line of a page
    /// allocated an array and ran a closure per byte, a tenth of the stage on a folder of pages.
    @inline(__always)
    static func withoutSpaces<Result>(_ normalized: [UInt8], _ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        normalized.withUnsafeBufferPointer { source in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(range.count, 1)) { buffer in
                var count = 0
                for index in range where source[index] != 0x20 {
                    buffer[count] = source[index]
                    count += 1
                }
                return body(UnsafeBufferPointer(rebasing: buffer[..<count]))
            }
        }
    }

    /// Whether the line names the outlet: its squeezed name inside the line's normalized text
    /// without spaces (the site speaking of itself, `follow Ouest Régions in My News`).
    func namesOutlet(_ line: LineFeatures, normalized: [UInt8], outlet: OutletContext) -> Bool {
        !line.normalizedRange.isEmpty && (!outlet.squeezedName.isEmpty || !outlet.squeezedAlias.isEmpty)
            && Self.withoutSpaces(normalized, line.normalizedRange, { squeezed in outlet.eitherName { contains(squeezed, $0) } })
    }

    /// Whether the line is the outlet's name alone: its squeezed name inside the line's squeezed
    /// text, which is at most `slack` bytes longer (a leading `The` the squeezed name drops, a
    /// mark around it).
    func isOutletNameAlone(_ line: LineFeatures, normalized: [UInt8], outlet: OutletContext, slack: Int) -> Bool {
        !line.normalizedRange.isEmpty && (!outlet.squeezedName.isEmpty || !outlet.squeezedAlias.isEmpty)
            && Self.withoutSpaces(normalized, line.normalizedRange, { squeezed in
                outlet.eitherName { squeezed.count <= $0.count + slack && contains(squeezed, $0) }
            })
    }

    /// Whether the line is a photo's credit the outlet gives itself (`ფოტო: მტკვრის ამბები / …`,
    /// `- Foto SUARA LEMBAH`): two to six words, no sentence's end, naming the outlet, with a
    /// label's colon among its first bytes or a dash opening it. The outlet's name is the page's,
    /// not a language's, so the credit is known in a script no lexicon entry covers; a pitch
    /// naming the outlet (`Follow … on WhatsApp`) has neither mark.
    func isOutletCredit(_ line: LineFeatures, bytes: UnsafeBufferPointer<UInt8>, normalized: [UInt8], outlet: OutletContext) -> Bool {
        guard line.words >= 2, line.words <= 6, !line.terminal else { return false }
        let text = line.trimmedText(in: bytes)
        guard let first = text.first else { return false }
        let opensOnDash = first == UInt8(ascii: "-") || Self.isLongDash(text, at: 0)
        guard opensOnDash || text.prefix(24).contains(UInt8(ascii: ":")) else { return false }
        return namesOutlet(line, normalized: normalized, outlet: outlet)
    }
}
