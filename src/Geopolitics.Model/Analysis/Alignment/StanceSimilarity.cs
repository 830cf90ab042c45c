using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Stances;
using NodaTime;

namespace Geopolitics.Model.Analysis.Alignment;

/// <summary>
/// The similarity of two actors' stances on the targets they share on a day (DOMAIN.md 3.6): a Signorino–Ritter S score
/// <c>1 − 2·Σ|p₁ − p₂| / (6·n)</c> over the <c>n</c> common targets, in [−1, 1].
/// </summary>
/// <remarks>
/// A target is common when both actors have a stance in effect on it on the day (same <see cref="StanceTarget"/> value; a
/// group target compares as a set of actors). The stance in effect is the latest dated on or before the day. Targets on
/// which a partial date leaves either position open are set aside in <see cref="UndecidedTargets"/>.
/// </remarks>
public sealed record StanceSimilarity
{
    /// <summary>The largest distance between two positions on the −3..+3 scale.</summary>
    public const int MaxDistance = 6;

    internal StanceSimilarity(
        ActorId first,
        ActorId second,
        LocalDate day,
        Confidence minimum,
        ImmutableArray<StanceComparison> comparisons,
        ImmutableArray<StanceTarget> undecidedTargets,
        ImmutableArray<FactReference> ignoredFacts)
    {
        First = first;
        Second = second;
        Day = day;
        Minimum = minimum;
        Comparisons = comparisons;
        UndecidedTargets = undecidedTargets;
        IgnoredFacts = ignoredFacts;
        Score = comparisons.IsEmpty ? null : 1.0 - (2.0 * comparisons.Sum(c => c.Distance) / (MaxDistance * comparisons.Length));
        Facts = [.. comparisons.SelectMany(c => new[] { c.FirstStance, c.SecondStance }).Distinct()];
    }

    /// <summary>The first actor (an agency is replaced by the actor it speaks for).</summary>
    public ActorId First { get; }

    /// <summary>The second actor.</summary>
    public ActorId Second { get; }

    /// <summary>The day asked about.</summary>
    public LocalDate Day { get; }

    /// <summary>The weakest confidence admitted.</summary>
    public Confidence Minimum { get; }

    /// <summary>The S score in [−1, 1], or <see langword="null"/> when the actors share no decided target.</summary>
    public double? Score { get; }

    /// <summary>The number of common targets the score is computed over.</summary>
    public int CommonTargets => Comparisons.Length;

    /// <summary>The positions compared, one per common target.</summary>
    public ImmutableArray<StanceComparison> Comparisons { get; }

    /// <summary>Targets that may be common but on which a partial date leaves a position open; not in the score.</summary>
    public ImmutableArray<StanceTarget> UndecidedTargets { get; }

    /// <summary>The stances the score rests on.</summary>
    public ImmutableArray<FactReference> Facts { get; }

    /// <summary>Stances of the two actors that the minimum confidence set aside.</summary>
    public ImmutableArray<FactReference> IgnoredFacts { get; }

    /// <inheritdoc/>
    public bool Equals(StanceSimilarity? other) =>
        other is not null && First == other.First && Second == other.Second && Day == other.Day && Minimum == other.Minimum &&
        Comparisons.SequenceEqual(other.Comparisons) && UndecidedTargets.SequenceEqual(other.UndecidedTargets) &&
        IgnoredFacts.SequenceEqual(other.IgnoredFacts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(First, Second, Day, Minimum, Score, Comparisons.Length);

    /// <summary>For example <c>USA–KOR stances on 2024-11-30: S = 1.000 over 2 common targets</c>.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{First}–{Second} stances on {Day:uuuu-MM-dd}: ") +
        (Score is { } score
            ? string.Create(CultureInfo.InvariantCulture, $"S = {score:0.000} over {CommonTargets} common target{(CommonTargets == 1 ? string.Empty : "s")}")
            : "no common target") +
        (UndecidedTargets.IsEmpty ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({UndecidedTargets.Length} undecided)"));
}
