using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// A party's withdrawal from (denunciation of) a treaty: the day it gave notice, an explicit effective date when one
/// is on record, and the evidence. The withdrawal takes effect on <see cref="Effective"/> when given, otherwise when
/// the treaty's <see cref="Treaty.WithdrawalNotice"/> has run from <see cref="Notified"/>, otherwise on the day of
/// notice.
/// </summary>
public sealed record Withdrawal : IEvidenced
{
    /// <summary>Creates a withdrawal.</summary>
    /// <param name="notified">When the party gave notice of withdrawal.</param>
    /// <param name="effective">When the withdrawal took or takes effect, if recorded; otherwise <see langword="null"/> to compute it from the notice period.</param>
    /// <param name="evidence">What supports the fact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is <see langword="null"/>.</exception>
    public Withdrawal(PartialDate notified, PartialDate? effective, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        Notified = ArgumentChecks.NotDefault(notified, nameof(notified));
        Effective = effective is { } day ? ArgumentChecks.NotDefault(day, nameof(effective)) : null;
        Evidence = evidence;
    }

    /// <summary>When the party gave notice of withdrawal.</summary>
    public PartialDate Notified { get; }

    /// <summary>When the withdrawal takes effect, if recorded explicitly; otherwise <see langword="null"/>.</summary>
    public PartialDate? Effective { get; }

    /// <inheritdoc/>
    public Evidence Evidence { get; }

    /// <summary>The days on which the withdrawal may take effect.</summary>
    /// <param name="noticePeriod">The treaty's notice period (<see cref="Treaty.WithdrawalNotice"/>), or <see langword="null"/> when it has none.</param>
    /// <returns>
    /// The range of <see cref="Effective"/> when recorded; otherwise the notification's range shifted by the notice
    /// period; otherwise the notification's range. On and after that day the party is no longer bound.
    /// </returns>
    public DayRange TakesEffect(Period? noticePeriod) =>
        Effective is { } effective ? effective.Range
        : noticePeriod is { } notice ? DayArithmetic.Plus(Notified.Range, notice)
        : Notified.Range;

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>withdrawal notified 2025-01-15, effective 2026-01-15</c>.</returns>
    public override string ToString() =>
        Effective is { } effective ? $"withdrawal notified {Notified}, effective {effective}" : $"withdrawal notified {Notified}";
}
