namespace Geopolitics.Model.Treaties;

/// <summary>
/// The kinds of <see cref="Clause"/>, after the obligations and provisions coded by the Alliance Treaty Obligations
/// and Provisions (ATOP) project. Three kinds have a clause type of their own; the others are plain
/// obligations, each an <see cref="ObligationClause"/> carrying its kind.
/// </summary>
public enum ClauseKind
{
    /// <summary>A <see cref="MutualDefenceClause"/>: to defend the other party if attacked (ATOP <c>DEFENSE</c>).</summary>
    MutualDefence = 0,

    /// <summary>A plain <see cref="ObligationClause"/>: to join the other party in attacking (ATOP <c>OFFENSE</c>).</summary>
    Offence = 1,

    /// <summary>A plain <see cref="ObligationClause"/>: to stay out of a war the other party fights (ATOP <c>NEUTRAL</c>).</summary>
    Neutrality = 2,

    /// <summary>A plain <see cref="ObligationClause"/>: not to attack the other party (ATOP <c>NONAGG</c>).</summary>
    NonAggression = 3,

    /// <summary>A plain <see cref="ObligationClause"/>: to consult in a crisis (ATOP <c>CONSUL</c>).</summary>
    Consultation = 4,

    /// <summary>A <see cref="MilitaryCooperationClause"/>: aid, exercises, integrated command, bases and the like.</summary>
    MilitaryCooperation = 5,

    /// <summary>A <see cref="TechnologyTransferClause"/>: sharing of military or dual-use technology.</summary>
    TechnologyTransfer = 6,

    /// <summary>A plain <see cref="ObligationClause"/>: trade, investment, economic aid.</summary>
    EconomicCooperation = 7,

    /// <summary>A plain <see cref="ObligationClause"/>: not to join alliances or actions hostile to the other party.</summary>
    NoHostileAlliances = 8,

    /// <summary>A plain <see cref="ObligationClause"/>: to oppose and not apply third-party sanctions against the other party.</summary>
    SanctionsOpposition = 9,
}
