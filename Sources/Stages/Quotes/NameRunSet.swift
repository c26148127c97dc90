/// The token indices inside name runs; runs are few and short, so a scan beats a hash set.
struct NameRunSet {
    var runs: [Range<Int>]

    func contains(_ index: Int) -> Bool {
        for run in runs where run.contains(index) { return true }
        return false
    }
}
