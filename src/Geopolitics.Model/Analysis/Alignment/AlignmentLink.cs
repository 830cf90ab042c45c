using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
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
    // Either the facts and reason given (an answer read back), or the explainer that gathers them when first read: a bloc
    // search over many actors makes many links whose reasons and facts (every treaty fact behind a portfolio) no one may
    // ask for. Each is computed at most once per reader and published once, so every reader sees the same value.
    private readonly IExplainer? _explainer;
    private FactReference[]? _facts;
    private string? _reason;

    internal AlignmentLink(
        ActorId first,
        ActorId second,
        AlignmentBasis basis,
        double? scoreLow,
        double? scoreHigh,
        double threshold,
        Truth conflict,
        Truth linked,
        ImmutableArray<FactReference> facts,
        string reason)
        : this(first, second, basis, scoreLow, scoreHigh, threshold, conflict, linked)
    {
        _facts = ImmutableCollectionsMarshal.AsArray(facts);
        _reason = reason;
    }

    /// <summary>A link whose reason and facts <paramref name="explainer"/> gives when first read.</summary>
    internal AlignmentLink(
        ActorId first,
        ActorId second,
        AlignmentBasis basis,
        double? scoreLow,
        double? scoreHigh,
        double threshold,
        Truth conflict,
        Truth linked,
        IExplainer explainer)
        : this(first, second, basis, scoreLow, scoreHigh, threshold, conflict, linked)
    {
        _explainer = explainer;
    }

    private AlignmentLink(
        ActorId first,
        ActorId second,
        AlignmentBasis basis,
        double? scoreLow,
        double? scoreHigh,
        double threshold,
        Truth conflict,
        Truth linked)
    {
        First = first;
        Second = second;
        Basis = basis;
        ScoreLow = scoreLow;
        ScoreHigh = scoreHigh;
        Threshold = threshold;
        Conflict = conflict;
        Linked = linked;
    }

    /// <summary>What gathers a link's reason and facts when first read, by the rule that decided it.</summary>
    internal interface IExplainer
    {
        /// <summary>The reason of <paramref name="link"/>.</summary>
        string Reason(AlignmentLink link);

        /// <summary>The facts of <paramref name="link"/>, each once in the order first met.</summary>
        ImmutableArray<FactReference> Facts(AlignmentLink link);
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
    public ImmutableArray<FactReference> Facts =>
        ImmutableCollectionsMarshal.AsImmutableArray(Volatile.Read(ref _facts) ?? GatherFacts());

    /// <summary>A readable reason for the answer.</summary>
    public string Reason => Volatile.Read(ref _reason) ?? GatherReason();

    private FactReference[] GatherFacts()
    {
        var facts = ImmutableCollectionsMarshal.AsArray(_explainer!.Facts(this))!;
        return Interlocked.CompareExchange(ref _facts, facts, null) ?? facts;
    }

    private string GatherReason()
    {
        var reason = _explainer!.Reason(this);
        return Interlocked.CompareExchange(ref _reason, reason, null) ?? reason;
    }

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
