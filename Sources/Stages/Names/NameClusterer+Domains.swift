extension NameClusterer {
    /// Joins an outlet written bare (`Tengrinews`) to its web address with a country's ending
    /// (`Tengrinews.kz`, keyed `tengrinews.kz`: see ``NameTokenizer/joinDomains(_:in:endings:asciiCountryPairs:)``)
    /// when the batch has one such address of that name only: with two (`Gazeta.uz`, `Gazeta.ru`,
    /// two outlets) the bare name could be either, and stays apart.
    func joinDomainNames(_ entityKeys: [String], index: [String: Int], sets: inout DisjointSets) {
        var addressesOfName: [Substring: [Int]] = [:]
        for (position, key) in entityKeys.enumerated() where key.hasPrefix("n\t") {
            guard let period = key.lastIndex(of: "."), period > key.index(key.startIndex, offsetBy: 2),
                key[key.index(after: period)...].allSatisfy({ $0.isLetter })
            else { continue }
            addressesOfName[key[..<period], default: []].append(position)
        }
        for (name, addresses) in addressesOfName where addresses.count == 1 {
            if let bare = index[String(name)] { sets.union(bare, addresses[0]) }
        }
    }

    /// The positions of a key's web-address country ending, from its period on (`.uz` in
    /// `gazeta.uz`): a one-letter change there is another outlet (Gazeta.uz, Gazeta.ru).
    static func domainEndingPositions(_ key: [UInt8]) -> Range<Int>? {
        guard let period = key.lastIndex(of: UInt8(ascii: ".")), period > 0,
            key[(period + 1)...].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x80 })
        else { return nil }
        return period..<key.count
    }
}
