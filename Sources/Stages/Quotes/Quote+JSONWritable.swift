public import Pipeline

/// Writes quotes straight into the output buffer: the same bytes as `JSONEncoder` with sorted
/// keys and ``Quote/encode(to:)`` (every field, `null` when unknown), without its overhead.
extension Quote: JSONWritable {
    public func writeJSON(into output: inout JSONOutput) {
        output.appendRaw("{\"cue\":")
        output.append(cue)
        output.appendRaw(",\"end\":")
        output.append(end)
        output.appendRaw(",\"quote\":")
        output.append(quote)
        output.appendRaw(",\"sentence\":")
        if let sentence { output.append(sentence) } else { output.appendRaw("null") }
        output.appendRaw(",\"speaker\":")
        output.append(speaker)
        output.appendRaw(",\"speaker_canonical\":")
        output.append(speakerCanonical)
        output.appendRaw(",\"start\":")
        output.append(start)
        output.append(byte: UInt8(ascii: "}"))
    }
}
