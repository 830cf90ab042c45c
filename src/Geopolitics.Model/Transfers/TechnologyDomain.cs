namespace Geopolitics.Model.Transfers;

/// <summary>
/// A field of military or dual-use technology, used by technology transfers, technology-transfer clauses and
/// technology bans in sanctions regimes.
/// </summary>
public enum TechnologyDomain
{
    /// <summary>Any other field, described in the fact's text.</summary>
    Other = 0,

    /// <summary>Ballistic missiles and their propulsion and guidance.</summary>
    BallisticMissiles = 1,

    /// <summary>Nuclear weapons, nuclear materials and their delivery.</summary>
    Nuclear = 2,

    /// <summary>Satellites and space launch.</summary>
    Space = 3,

    /// <summary>Submarines, including nuclear propulsion.</summary>
    Submarines = 4,

    /// <summary>Air and missile defence.</summary>
    AirDefence = 5,

    /// <summary>Combat and transport aircraft, drones.</summary>
    Aviation = 6,

    /// <summary>Surface ships.</summary>
    Naval = 7,

    /// <summary>Military electronics, radar, communications.</summary>
    Electronics = 8,

    /// <summary>Chemical and biological weapons.</summary>
    ChemicalBiological = 9,

    /// <summary>Conventional arms and ammunition production.</summary>
    ConventionalArms = 10,

    /// <summary>Cyber capabilities.</summary>
    Cyber = 11,
}
