extension String {
    /// Whether the string's UTF-8 bytes end with those of `suffix`: `hasSuffix` for the ASCII
    /// endings the sieves test words for (`-ed`, `-ing`, `-ova`), read on the bytes in place,
    /// without the grapheme breaking that makes `hasSuffix` cost a hundred instructions a call.
    @inline(__always)
    func endsWithBytes(_ suffix: String) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            suffix.utf8.withContiguousStorageIfAvailable { ending -> Bool in
                let n = ending.count, offset = bytes.count - ending.count
                guard offset >= 0 else { return false }
                var i = 0
                while i < n {
                    if bytes[offset + i] != ending[i] { return false }
                    i += 1
                }
                return true
            }
        }
        return (found ?? nil) ?? hasSuffix(suffix)
    }
}
