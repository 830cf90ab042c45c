using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// A period during which a treaty, or one party's obligations under it, were suspended (Vienna Convention,
/// articles 57 to 62), with the evidence. Both ends of <see cref="Period"/> are included; an open end means the
/// suspension is ongoing.
/// </summary>
public sealed record Suspension : IEvidenced
{
    /// <summary>Creates a suspension.</summary>
    /// <param name="period">When the suspension applies (both ends included).</param>
    /// <param name="evidence">What supports the fact.</param>
    /// <param name="description">Why or how it was suspended, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is <see langword="null"/>.</exception>
    public Suspension(DatePeriod period, Evidence evidence, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        Period = ArgumentChecks.NotDefault(period, nameof(period));
        Evidence = evidence;
        Description = description;
    }

    /// <summary>When the suspension applies; both ends included, an open end means ongoing.</summary>
    public DatePeriod Period { get; }

    /// <inheritdoc/>
    public Evidence Evidence { get; }

    /// <summary>Why or how it was suspended, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>suspended 2023-11-22/..</c>.</returns>
    public override string ToString() => $"suspended {Period}";
}
