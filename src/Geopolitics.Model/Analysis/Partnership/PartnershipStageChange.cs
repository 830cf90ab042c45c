using System.Collections.Immutable;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Analysis.Partnership;

/// <summary>
/// A change of a pair's stage from <see cref="Before"/> to <see cref="After"/>, which happened on a day within
/// <see cref="When"/>: one day when the dates of the facts are exact, a range when they are known only to the month or year.
/// </summary>
public sealed record PartnershipStageChange
{
    internal PartnershipStageChange(PartnershipStage before, PartnershipStage after, DayRange when, ImmutableArray<FactReference> facts)
    {
        Before = before;
        After = after;
        When = when;
        Facts = facts;
    }

    /// <summary>The stage until the change.</summary>
    public PartnershipStage Before { get; }

    /// <summary>The stage from the change on.</summary>
    public PartnershipStage After { get; }

    /// <summary>
    /// The days on which the change may have happened (both ends included): from the first day the stage may differ from
    /// <see cref="Before"/> to the first day it is known to be <see cref="After"/>.
    /// </summary>
    public DayRange When { get; }

    /// <summary>Whether the stage rose.</summary>
    public bool IsRise => After > Before;

    /// <summary>
    /// For a rise, the facts that make <see cref="After"/> hold; for a fall, the facts that had made <see cref="Before"/> hold.
    /// </summary>
    public ImmutableArray<FactReference> Facts { get; }

    /// <inheritdoc/>
    public bool Equals(PartnershipStageChange? other) =>
        other is not null && Before == other.Before && After == other.After && When == other.When && Facts.SequenceEqual(other.Facts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Before, After, When, Facts.Length);

    /// <summary>For example <c>2024-06-19: Transactional → Formalized</c>.</summary>
    /// <returns>The change as text.</returns>
    public override string ToString() => $"{When}: {Before} → {After}";
}
