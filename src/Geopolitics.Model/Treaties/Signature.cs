using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Treaties;

/// <summary>A party's signature of a treaty: the day it signed and the evidence for it.</summary>
public sealed record Signature : IEvidenced
{
    /// <summary>Creates a signature.</summary>
    /// <param name="date">When the party signed.</param>
    /// <param name="evidence">What supports the fact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is <see langword="null"/>.</exception>
    public Signature(PartialDate date, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        Date = ArgumentChecks.NotDefault(date, nameof(date));
        Evidence = evidence;
    }

    /// <summary>When the party signed.</summary>
    public PartialDate Date { get; }

    /// <inheritdoc/>
    public Evidence Evidence { get; }

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>signed 2024-06-19</c>.</returns>
    public override string ToString() => $"signed {Date}";
}
