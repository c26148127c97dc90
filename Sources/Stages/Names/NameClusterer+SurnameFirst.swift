extension NameClusterer {
    /// Joins a person to a name of the batch read as no person but written with the person's words:
    /// - in the same order, a name read as a person in one article and as another kind of name in
    ///   another ("Samruk Kazyna", "Samruk-Kazyna"): the same words, so the same entity;
    /// - surname first (`SHOIGU SERGEI`, `RAHMON EMOMALI`: a surname of no known ending first, in
    ///   the register's or a passport's order without a comma), the person written in given-name-first
    ///   order (Sergei Shoigu). Only the given names without a patronymic: a patronymic form is never
    ///   the two-word order.
    /// One pass over the people for both orders.
    func joinPeopleReadAsOtherNames(_ people: [String: [String: Int]], index: [String: Int], sets: inout DisjointSets) {
        for (surname, given) in people {
            for (givenKey, position) in given where !givenKey.hasSuffix(".") {
                if let other = index[NameVariantTable.entityKey(givenKey + " " + surname)] { sets.union(position, other) }
                if !givenKey.contains("|"), let other = index[NameVariantTable.entityKey(surname + " " + givenKey)] {
                    sets.union(position, other)
                }
            }
        }
    }
}
