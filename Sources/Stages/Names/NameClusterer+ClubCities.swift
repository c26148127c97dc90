import Foundation

extension NameClusterer {
    /// Clubs written in the batch, gathered while ``joinBareOrganisation`` reads each organisation's
    /// spellings, to join a one-word club to the one club of its name with a city after it
    /// (`FC Dordoi`, `ФК Дордой` with `FC Dordoi Bishkek`, `Дордой Бишкек`).
    struct ClubCityNames {
        /// A one-word club with its sport's abbreviation (`FC Dordoi`): its entity and sport.
        var oneWord: [(firstWordKey: String, position: Int, sport: Int)] = []
        /// Names of two or three capitalised words whose first could be a club's own name
        /// (`Dordoi Bishkek`, `FC Zenit Saint Petersburg`): each entity under its first word's key,
        /// with the sport written with it, if any, and whether its words after the first are a name
        /// the batch writes alone, as no person (`Almaty` beside `Kairat Almaty`).
        var longer: [String: [(position: Int, sport: Int?, writtenTail: Bool)]] = [:]
    }

    /// Notes a club's spelling in `clubCities`: `core` is its words without the sport's
    /// abbreviation, `sport` that abbreviation's sport, if any.
    /// `index` finds the batch's entities by key, to see whether the words after a longer name's
    /// first are written alone.
    func noteClubCityName(
        _ position: Int, core: ArraySlice<Substring>, sport: Int?, index: [String: Int], clubCities: inout ClubCityNames
    ) {
        if let sport, core.count == 1 {
            clubCities.oneWord.append((keys.key(of: core[core.startIndex]), position, sport))
            return
        }
        // Two or three words, each capitalised and none a word saying what the body or place is
        // (`Astana Arena` may be a club's city and a hall; `Tobol River` is no club).
        guard core.count == 2 || core.count == 3,
              core.allSatisfy({ $0.unicodeScalars.first.map(NameText.isUpper) == true }),
              !core.contains(where: { word in
                  let lower = word.lowercased()
                  return rules.organisationHeads.contains(lower) || rules.placeWords.contains(lower)
                      || rules.organisationWords.contains(lower) || rules.clubForms[lower] != nil
              })
        else { return }
        // Asked only of a name with no sport's abbreviation, the one kind that needs it.
        var writtenTail = false
        if sport == nil {
            let tailKey = NameVariantTable.entityKey(core.dropFirst().map { keys.key(of: $0) }.joined(separator: " "))
            writtenTail = index[tailKey] != nil && isOtherName(tailKey)
        }
        clubCities.longer[keys.key(of: core[core.startIndex]), default: []].append((position, sport, writtenTail))
    }

    /// Joins each one-word club (`FC Kairat`) to the club of its name with a city after it
    /// (`FC Kairat Almaty`, `Кайрат Алматы`): a club is most often written so, and its bare
    /// one-word name is its city's or a river's as often (FC Astana, FC Tobol), so the city's form
    /// is the one that says which club it is. Only when the batch writes that name first in one
    /// entity of longer names, other than the club's own, and that entity is written with the
    /// same sport's abbreviation and no other's: `Dinamo Minsk` and `Dinamo Tbilisi`, or a
    /// hockey club beside a football one, leave `FC Dinamo` alone. A name never written as a club
    /// says nothing of what its first word is (a market's, a man's or a village's name with a
    /// place after it), unless the words after its first are also written alone, and not as a
    /// surname (``isOtherName(_:)``): the club's city, which the batch names beside it
    /// (`FC Kairat` with `Kairat Almaty` where `Almaty` is written).
    static func joinClubsToCityNames(_ clubCities: ClubCityNames, sets: inout DisjointSets) {
        for club in clubCities.oneWord {
            guard let longer = clubCities.longer[club.firstWordKey] else { continue }
            let own = sets.find(club.position)
            var roots: Set<Int> = []
            var sports: Set<Int> = []
            var allWrittenTails = true
            for name in longer where sets.find(name.position) != own {
                roots.insert(sets.find(name.position))
                if let sport = name.sport { sports.insert(sport) }
                allWrittenTails = allWrittenTails && name.writtenTail
            }
            guard roots.count == 1, let root = roots.first, sports == [club.sport] || (sports.isEmpty && allWrittenTails) else { continue }
            sets.union(club.position, root)
        }
    }
}
