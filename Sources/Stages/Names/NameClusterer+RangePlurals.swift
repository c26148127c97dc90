extension NameClusterer {
    /// Joins a mountain range's English plural written bare (`Pamirs`, `Urals`, `Carpathians`) to the
    /// range of its stem (`pamir#mountain`: Pamir Mountains, Памирские горы).
    ///
    /// A bare name stays apart from a range of its name (``joinBarePlaces(_:sets:)``): `Pamir` is as
    /// often the region or a town. The English plural of a proper name names the range alone (the
    /// Alps, the Rockies), so it joins the range's descriptor form. It needs a stem of three letters
    /// or more and a key that is the stem's with one `s` more; a name that merely ends in s
    /// (Seychelles, Andes) has no range of a stem beside it.
    func joinRangePlurals(_ entityKeys: [String], sets: inout DisjointSets) {
        let mark = "#mountain"
        var ranges: [Substring: Int] = [:]
        for (position, key) in entityKeys.enumerated() where key.hasPrefix("n\t") && key.hasSuffix(mark) {
            ranges[key.dropFirst(2).dropLast(mark.count)] = position
        }
        guard !ranges.isEmpty else { return }
        for (position, key) in entityKeys.enumerated() where key.hasPrefix("n\t") && key.hasSuffix("s") && !key.contains("#") {
            let stem = key.dropFirst(2).dropLast()
            guard stem.count >= 3 else { continue }
            // A descriptor's base drops the stem's last vowel (Tatra Mountains, `tatr#mountain`).
            let bare = stem.last.map { "aeiouy".contains($0) } == true ? stem.dropLast() : stem
            guard let range = ranges[stem] ?? ranges[bare] else { continue }
            sets.union(position, range)
        }
    }
}
