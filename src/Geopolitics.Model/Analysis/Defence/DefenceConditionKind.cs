namespace Geopolitics.Model.Analysis.Defence;

/// <summary>What a <see cref="DefenceCondition"/> of a <see cref="DefenceObligation"/> is about.</summary>
public enum DefenceConditionKind
{
    /// <summary>The treaty binds both the guarantor and the beneficiary on the day (in force, not withdrawn, suspended or ended).</summary>
    InForce = 0,

    /// <summary>The attacker is one of the adversaries the clause names.</summary>
    Adversary = 1,

    /// <summary>The place of the attack lies within the clause's geographic scope.</summary>
    GeographicScope = 2,

    /// <summary>The beneficiary did not provoke the attack.</summary>
    NonProvocation = 3,

    /// <summary>
    /// The attacker is an outsider to the treaty: not the guarantor itself, and not another party bound by the same
    /// treaty (the clause does not say whether it covers an attack by a fellow party). Checked only when the query
    /// names the attacker.
    /// </summary>
    AttackerOutsideTreaty = 4,

    /// <summary>
    /// The source does not record whether conditions limit the clause (<see cref="Treaties.ClauseConditions.Unrecorded"/>):
    /// never known to hold, so the obligation applies at most possibly.
    /// </summary>
    Unrecorded = 5,

    /// <summary>
    /// The guarantor has not suspended or ended its obligations towards this beneficiary alone
    /// (<see cref="Treaties.PartnerSuspension"/>); the treaty and its other obligations may continue.
    /// </summary>
    PartnerSuspension = 6,
}
