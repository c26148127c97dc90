public import Pipeline

/// Writes quotes straight into the output buffer: the same bytes as `JSONEncoder` with sorted
/// keys (absent optionals omitted, as the synthesized `Encodable` does), without its overhead.
extension Quote: JSONWritable {
    public func writeJSON(into output: inout JSONOutput) {
        output.append(byte: UInt8(ascii: "{"))
        var first = true
        func key(_ name: StaticString, _ output: inout JSONOutput) {
            if !first { output.append(byte: UInt8(ascii: ",")) }
            first = false
            output.appendRaw(name)
        }
        if let cue {
            key("\"cue\":", &output)
            output.append(cue)
        }
        key("\"end\":", &output)
        output.append(end)
        key("\"quote\":", &output)
        output.append(quote)
        if let sentence {
            key("\"sentence\":", &output)
            output.append(sentence)
        }
        if let speaker {
            key("\"speaker\":", &output)
            output.append(speaker)
        }
        if let speakerCanonical {
            key("\"speaker_canonical\":", &output)
            output.append(speakerCanonical)
        }
        key("\"start\":", &output)
        output.append(start)
        output.append(byte: UInt8(ascii: "}"))
    }
}
