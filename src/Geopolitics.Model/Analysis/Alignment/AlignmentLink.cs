using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Analysis.Alignment;

/// <summary>
/// Whether two actors are aligned on a day, the link from which <see cref="AlignmentBlocs"/> are built: their stance
/// similarity where they share targets, otherwise their defence-tie portfolio similarity (when they share a tie), at
/// least the threshold, and neither opposing the other or an actor the other is bound to defend.
/// </summary>
public sealed record AlignmentLink
{
    private readonly Lazy<ImmutableArray<FactReference>> _facts;

    // The facts are gathered when first read: a bloc search over many actors makes many links whose facts (every treaty
    // fact behind a portfolio) no one may ask for.
    internal AlignmentLink(
        ActorId first,
        ActorId second,
        AlignmentBasis basis,
        double? scoreLow,
        double? scoreHigh,
        double threshold,
        Truth conflict,
        Truth linked,
        Lazy<ImmutableArray<FactReference>> facts,
        string reason)
    {
        First = first;
        Second = second;
        Basis = basis;
        ScoreLow = scoreLow;
        ScoreHigh = scoreHigh;
        Threshold = threshold;
        Conflict = conflict;
        Linked = linked;
        _facts = facts;
        Reason = reason;
    }

    /// <summary>The first actor (the lower id in a bloc analysis).</summary>
    public ActorId First { get; }

    /// <summary>The second actor.</summary>
    public ActorId Second { get; }

    /// <summary>Which similarity the score is.</summary>
    public AlignmentBasis Basis { get; }

    /// <summary>The lowest possible score, or <see langword="null"/> when there is no basis.</summary>
    public double? ScoreLow { get; }

    /// <summary>The highest possible score, or <see langword="null"/> when there is no basis.</summary>
    public double? ScoreHigh { get; }

    /// <summary>The score when it is known, otherwise <see langword="null"/>.</summary>
    public double? Score => ScoreLow is { } low && ScoreHigh is { } high && low.Equals(high) ? low : null;

    /// <summary>The least score that links two actors.</summary>
    public double Threshold { get; }

    /// <summary>
    /// Whether one takes a negative stance (concerned or worse) on a target naming the other, or naming an actor the other
    /// has a defence tie with.
    /// </summary>
    public Truth Conflict { get; }

    /// <summary>Whether the two are linked: a basis, a score at least <see cref="Threshold"/>, and no <see cref="Conflict"/>.</summary>
    public Truth Linked { get; }

    /// <summary>The stances and clauses the answer rests on.</summary>
    public ImmutableArray<FactReference> Facts => _facts.Value;

    /// <summary>A readable reason for the answer.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public bool Equals(AlignmentLink? other) =>
        other is not null && First == other.First && Second == other.Second && Basis == other.Basis &&
        Nullable.Equals(ScoreLow, other.ScoreLow) && Nullable.Equals(ScoreHigh, other.ScoreHigh) && Threshold.Equals(other.Threshold) &&
        Conflict == other.Conflict && Linked == other.Linked && Facts.SequenceEqual(other.Facts) && Reason == other.Reason;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(First, Second, Basis, ScoreLow, ScoreHigh, Linked, Reason);

    /// <summary>For example <c>USA–KOR: linked (stances S = 1.000 ≥ 0.5)</c>.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{First}–{Second}: {(Linked.IsTrue ? "linked" : Linked.IsFalse ? "not linked" : "possibly linked")} ({Reason})");
}
