using System.Collections.Immutable;

namespace Geopolitics.Model.Provenance;

/// <summary>
/// What supports an asserted fact: a <see cref="Confidence"/> and the <see cref="Sources"/> it rests on.
/// Equality compares the confidence and the sources in order.
/// </summary>
public sealed record Evidence
{
    /// <summary>Creates evidence.</summary>
    /// <param name="confidence">How strongly the fact is supported.</param>
    /// <param name="sources">The sources, possibly none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not a defined level.</exception>
    public Evidence(Confidence confidence, IEnumerable<Source>? sources = null)
    {
        if (!Enum.IsDefined(confidence))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Unknown confidence level.");
        }

        Confidence = confidence;
        Sources = sources switch
        {
            null => [],
            ImmutableArray<Source> { IsDefault: false } immutable => immutable, // already immutable: kept, not copied
            _ => [.. sources],
        };
    }

    /// <summary>How strongly the fact is supported.</summary>
    public Confidence Confidence { get; }

    /// <summary>The sources cited, in the order given.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>Evidence with no source at the given confidence.</summary>
    /// <param name="confidence">The confidence.</param>
    /// <returns>The evidence.</returns>
    public static Evidence Unsourced(Confidence confidence) => new(confidence);

    /// <summary>Evidence at the given confidence resting on the given sources.</summary>
    /// <param name="confidence">The confidence.</param>
    /// <param name="sources">The sources.</param>
    /// <returns>The evidence.</returns>
    public static Evidence Of(Confidence confidence, params Source[] sources) =>
        new(confidence, sources ?? throw new ArgumentNullException(nameof(sources)));

    /// <summary>Whether a threshold admits this evidence.</summary>
    /// <param name="minimum">The weakest confidence accepted.</param>
    /// <returns>Whether the fact counts.</returns>
    public bool IsAdmittedBy(Confidence minimum) => minimum.Admits(Confidence);

    /// <inheritdoc/>
    public bool Equals(Evidence? other) =>
        other is not null && Confidence == other.Confidence && Sources.SequenceEqual(other.Sources);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Confidence);
        foreach (var source in Sources)
        {
            hash.Add(source);
        }

        return hash.ToHashCode();
    }
}
