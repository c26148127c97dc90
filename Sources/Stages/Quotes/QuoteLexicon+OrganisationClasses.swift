extension QuoteLexicon {
    /// The words that, written before a name (`online retailer Tamarind`) or heading its
    /// appositive (`Ukrenergo, the national grid operator,`), introduce an organisation that the
    /// definite description `the noun` may stand for: the noun itself and the narrower nouns of its
    /// class (`company` for `grocer`), never a broader one (`the retailer` is not any company).
    /// A set, so that a description looks its class up once rather than once per name it meets.
    func organisationIntroducers(for noun: String) -> Set<String> {
        organisationClasses[noun] ?? [noun]
    }

    /// Whether `the noun` has a class of narrower nouns, so that a paragraph without the noun
    /// itself may still introduce what it stands for.
    func hasOrganisationClass(_ noun: String) -> Bool {
        organisationClasses[noun] != nil
    }

    /// Whether `noun` introduces an organisation of some class (`operator`, `airline`,
    /// `retailer`), so that `the noun` may stand for a body the text described with it.
    func isOrganisationClassNoun(_ noun: String) -> Bool {
        organisationClassNouns.contains(noun)
    }
}
