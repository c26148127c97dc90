extension NameClusterer {
    /// Joins a name read as no person (`SHOIGU SERGEI`, `RAHMON EMOMALI`: a surname of no known
    /// ending first, in the register's or a passport's order without a comma) to the person of the
    /// batch written with the same words in given-name-first order (Sergei Shoigu): the same words,
    /// so the same person, as a person's words read as another kind of name join it. Only the
    /// given names without a patronymic: a patronymic form is never the two-word order.
    func joinSurnameFirstOrders(_ people: [String: [String: Int]], index: [String: Int], sets: inout DisjointSets) {
        for (surname, given) in people {
            for (givenKey, position) in given where !givenKey.hasSuffix(".") && !givenKey.contains("|") {
                if let other = index[NameVariantTable.entityKey(surname + " " + givenKey)] { sets.union(position, other) }
            }
        }
    }
}
