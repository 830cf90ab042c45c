using Geopolitics.Model.Analysis.Facts;

namespace Geopolitics.Model.Analysis.Timeline;

/// <summary>What happened at a <see cref="TimelineEntry"/>: finer than its <see cref="FactKind"/>.</summary>
public enum TimelineEvent
{
    /// <summary>A party signed a treaty.</summary>
    Signature = 0,

    /// <summary>A party gave its consent to be bound (ratification, accession…).</summary>
    Consent = 1,

    /// <summary>A domestic step of a party towards consent (a vote of parliament, a law signed).</summary>
    DomesticStep = 2,

    /// <summary>A treaty entered into force, on the date its rule records.</summary>
    EntryIntoForce = 3,

    /// <summary>A party gave notice of withdrawal.</summary>
    WithdrawalNotice = 4,

    /// <summary>A party's withdrawal took effect.</summary>
    WithdrawalEffective = 5,

    /// <summary>A suspension of a treaty, or of one party's obligations, began.</summary>
    SuspensionStart = 6,

    /// <summary>A suspension ended.</summary>
    SuspensionEnd = 7,

    /// <summary>A treaty was terminated (the act: notice, agreement, denunciation).</summary>
    Termination = 8,

    /// <summary>A termination took effect, on a later day than the act.</summary>
    TerminationEffective = 9,

    /// <summary>A transfer began.</summary>
    TransferStart = 10,

    /// <summary>A transfer ended.</summary>
    TransferEnd = 11,

    /// <summary>An actor took a stance.</summary>
    Stance = 12,

    /// <summary>A legal instrument of a sanctions regime was adopted (a resolution, a law).</summary>
    SanctionsInstrumentAdopted = 13,

    /// <summary>A sanctions regime began.</summary>
    SanctionsStart = 14,

    /// <summary>A sanctions regime ended.</summary>
    SanctionsEnd = 15,

    /// <summary>A treaty expired at the end of its running term after a party's notice of non-renewal.</summary>
    Expiry = 16,
}
