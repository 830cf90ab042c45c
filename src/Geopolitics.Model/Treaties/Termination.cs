using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// The end of a treaty for all its parties: how (<see cref="Kind"/>), the day of the agreement, notice or event
/// (<see cref="Date"/>), an explicit effective date when one is on record, and the evidence. Supersession by a later
/// treaty is recorded on the later treaty (<see cref="Treaty.Supersedes"/>), not here.
/// </summary>
public sealed record Termination : IEvidenced
{
    /// <summary>Creates a termination.</summary>
    /// <param name="kind">How the treaty was ended.</param>
    /// <param name="date">The day of the agreement, of the notice, or of the event.</param>
    /// <param name="effective">When the termination took or takes effect, if recorded; otherwise <see langword="null"/>.</param>
    /// <param name="evidence">What supports the fact.</param>
    /// <param name="description">What happened, in words, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is <see langword="null"/>.</exception>
    public Termination(TerminationKind kind, PartialDate date, PartialDate? effective, Evidence evidence, string? description = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of termination.");
        }

        ArgumentNullException.ThrowIfNull(evidence);
        Kind = kind;
        Date = ArgumentChecks.NotDefault(date, nameof(date));
        Effective = effective is { } day ? ArgumentChecks.NotDefault(day, nameof(effective)) : null;
        Evidence = evidence;
        Description = description;
    }

    /// <summary>How the treaty was ended.</summary>
    public TerminationKind Kind { get; }

    /// <summary>The day of the agreement, of the notice, or of the event.</summary>
    public PartialDate Date { get; }

    /// <summary>When the termination takes effect, if recorded explicitly; otherwise <see langword="null"/>.</summary>
    public PartialDate? Effective { get; }

    /// <inheritdoc/>
    public Evidence Evidence { get; }

    /// <summary>What happened, in words, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>The days on which the termination may take effect.</summary>
    /// <param name="noticePeriod">The treaty's notice period (<see cref="Treaty.WithdrawalNotice"/>), or <see langword="null"/>.</param>
    /// <returns>
    /// The range of <see cref="Effective"/> when recorded; for a termination by notice, <see cref="Date"/> shifted
    /// by the notice period (when there is one); otherwise the range of <see cref="Date"/>. On and after that day the
    /// treaty is terminated.
    /// </returns>
    public DayRange TakesEffect(Period? noticePeriod) =>
        Effective is { } effective ? effective.Range
        : Kind == TerminationKind.ByNotice && noticePeriod is { } notice ? DayArithmetic.Plus(Date.Range, notice)
        : Date.Range;

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>terminated ByAgreement 2024-12-04</c>.</returns>
    public override string ToString() =>
        Effective is { } effective ? $"terminated {Kind} {Date}, effective {effective}" : $"terminated {Kind} {Date}";
}
