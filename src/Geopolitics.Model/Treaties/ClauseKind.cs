namespace Geopolitics.Model.Treaties;

/// <summary>
/// The kinds of <see cref="Clause"/>, after the obligations and provisions coded by the Alliance Treaty Obligations
/// and Provisions (ATOP) project. Each value names exactly one clause type.
/// </summary>
public enum ClauseKind
{
    /// <summary>A <see cref="MutualDefenceClause"/>: to defend the other party if attacked (ATOP <c>DEFENSE</c>).</summary>
    MutualDefence = 0,

    /// <summary>An <see cref="OffenceClause"/>: to join the other party in attacking (ATOP <c>OFFENSE</c>).</summary>
    Offence = 1,

    /// <summary>A <see cref="NeutralityClause"/>: to stay out of a war the other party fights (ATOP <c>NEUTRAL</c>).</summary>
    Neutrality = 2,

    /// <summary>A <see cref="NonAggressionClause"/>: not to attack the other party (ATOP <c>NONAGG</c>).</summary>
    NonAggression = 3,

    /// <summary>A <see cref="ConsultationClause"/>: to consult in a crisis (ATOP <c>CONSUL</c>).</summary>
    Consultation = 4,

    /// <summary>A <see cref="MilitaryCooperationClause"/>: aid, exercises, integrated command, bases and the like.</summary>
    MilitaryCooperation = 5,

    /// <summary>A <see cref="TechnologyTransferClause"/>: sharing of military or dual-use technology.</summary>
    TechnologyTransfer = 6,

    /// <summary>An <see cref="EconomicCooperationClause"/>: trade, investment, economic aid.</summary>
    EconomicCooperation = 7,

    /// <summary>A <see cref="NoHostileAlliancesClause"/>: not to join alliances or actions hostile to the other party.</summary>
    NoHostileAlliances = 8,

    /// <summary>A <see cref="SanctionsOppositionClause"/>: to oppose and not apply third-party sanctions against the other party.</summary>
    SanctionsOpposition = 9,
}
