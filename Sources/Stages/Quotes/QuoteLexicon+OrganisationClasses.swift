extension QuoteLexicon {
    /// Whether `word`, written before a name (`online retailer Tamarind`) or heading its
    /// appositive (`Ukrenergo, the national grid operator,`), introduces an organisation that the
    /// definite description `the noun` may stand for: the noun itself or a narrower noun of its
    /// class (`company` for `grocer`), never a broader one (`the retailer` is not any company).
    func introducesOrganisation(_ word: String, for noun: String) -> Bool {
        word == noun || organisationClasses[noun]?.contains(word) == true
    }

    /// Whether `the noun` has a class of narrower nouns, so that a paragraph without the noun
    /// itself may still introduce what it stands for.
    func hasOrganisationClass(_ noun: String) -> Bool {
        organisationClasses[noun] != nil
    }
}
