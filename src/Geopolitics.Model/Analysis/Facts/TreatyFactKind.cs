namespace Geopolitics.Model.Analysis.Facts;

/// <summary>What kind of fact a <see cref="TreatyFact"/> is.</summary>
public enum TreatyFactKind
{
    /// <summary>A party's signature.</summary>
    Signature = 0,

    /// <summary>A party's consent to be bound.</summary>
    Consent = 1,

    /// <summary>A party's withdrawal.</summary>
    Withdrawal = 2,

    /// <summary>A suspension of the whole treaty or of one party's obligations.</summary>
    Suspension = 3,

    /// <summary>The termination of the treaty.</summary>
    Termination = 4,

    /// <summary>A later treaty that supersedes this one.</summary>
    Supersession = 5,

    /// <summary>The treaty's entry-into-force rule, with its date when it has one.</summary>
    EntryIntoForce = 6,

    /// <summary>The treaty's fixed term.</summary>
    Duration = 7,

    /// <summary>A suspension of one party's obligations towards one partner only (<see cref="Treaties.PartnerSuspension"/>).</summary>
    PartnerSuspension = 8,

    /// <summary>A party's understanding that narrows its own obligation under a clause (<see cref="Treaties.PartyUnderstanding"/>).</summary>
    Understanding = 9,
}
