using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// A party's consent to be bound by a treaty: how it was given (<see cref="ConsentKind"/>), when, and the evidence.
/// For a ratification, <see cref="Date"/> is the day the instrument was completed (for Russia in 2024, the day the
/// ratification law was signed); the parliamentary steps before it are <see cref="DomesticStep"/>s.
/// </summary>
public sealed record Consent : IEvidenced
{
    /// <summary>Creates a consent.</summary>
    /// <param name="kind">How consent was expressed.</param>
    /// <param name="date">When the consent was given.</param>
    /// <param name="evidence">What supports the fact.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is <see langword="null"/>.</exception>
    public Consent(ConsentKind kind, PartialDate date, Evidence evidence)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of consent.");
        }

        ArgumentNullException.ThrowIfNull(evidence);
        Kind = kind;
        Date = ArgumentChecks.NotDefault(date, nameof(date));
        Evidence = evidence;
    }

    /// <summary>How consent was expressed.</summary>
    public ConsentKind Kind { get; }

    /// <summary>When the consent was given.</summary>
    public PartialDate Date { get; }

    /// <inheritdoc/>
    public Evidence Evidence { get; }

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>Ratification 2024-11-09</c>.</returns>
    public override string ToString() => $"{Kind} {Date}";
}
