using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using NodaTime;

namespace Geopolitics.Model.Analysis.Alignment;

/// <summary>
/// The similarity of two actors' defence-tie portfolios on a day (DOMAIN.md 3.6): a Signorino–Ritter S score
/// <c>1 − 2·d / n</c> over 0/1 vectors of ties in force with each of the <c>n</c> actors of the scenario (agencies
/// excepted; an actor counts as tied to itself), where <c>d</c> is the number of entries that differ.
/// </summary>
/// <remarks>
/// When a partial date leaves a tie unknown, the score is the range <see cref="Low"/>..<see cref="High"/> (both
/// included) of the scores the unknown entries allow.
/// </remarks>
public sealed record PortfolioSimilarity
{
    internal PortfolioSimilarity(
        ActorId first,
        ActorId second,
        LocalDate day,
        Confidence minimum,
        ImmutableArray<PortfolioEntry> entries,
        ImmutableArray<FactReference> facts,
        ImmutableArray<FactReference> ignoredFacts)
    {
        First = first;
        Second = second;
        Day = day;
        Minimum = minimum;
        Entries = entries;
        Facts = facts;
        IgnoredFacts = ignoredFacts;
        var certain = entries.Count(e => e.Differs.IsTrue);
        var possible = entries.Count(e => e.Differs.IsPossible);
        Low = 1.0 - (2.0 * possible / entries.Length);
        High = 1.0 - (2.0 * certain / entries.Length);
    }

    /// <summary>The first actor (an agency is replaced by the actor it speaks for).</summary>
    public ActorId First { get; }

    /// <summary>The second actor.</summary>
    public ActorId Second { get; }

    /// <summary>The day asked about.</summary>
    public LocalDate Day { get; }

    /// <summary>The weakest confidence admitted.</summary>
    public Confidence Minimum { get; }

    /// <summary>The lowest score the unknown entries allow.</summary>
    public double Low { get; }

    /// <summary>The highest score the unknown entries allow.</summary>
    public double High { get; }

    /// <summary>Whether every entry is known, so that <see cref="Low"/> equals <see cref="High"/>.</summary>
    public bool IsCertain => Entries.All(e => !e.Differs.IsUnknown);

    /// <summary>The S score when it is known, otherwise <see langword="null"/>.</summary>
    public double? Score => IsCertain ? Low : null;

    /// <summary>One entry per actor of the scenario (agencies excepted), in actor-id order.</summary>
    public ImmutableArray<PortfolioEntry> Entries { get; }

    /// <summary>The clauses and treaty facts of the ties that hold or may hold.</summary>
    public ImmutableArray<FactReference> Facts { get; }

    /// <summary>Treaty facts that the minimum confidence set aside.</summary>
    public ImmutableArray<FactReference> IgnoredFacts { get; }

    /// <inheritdoc/>
    public bool Equals(PortfolioSimilarity? other) =>
        other is not null && First == other.First && Second == other.Second && Day == other.Day && Minimum == other.Minimum &&
        Entries.SequenceEqual(other.Entries) && Facts.SequenceEqual(other.Facts) && IgnoredFacts.SequenceEqual(other.IgnoredFacts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(First, Second, Day, Minimum, Low, High, Entries.Length);

    /// <summary>For example <c>USA–KOR defence ties on 2024-11-30: S = 0.750 over 8 actors</c>.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{First}–{Second} defence ties on {Day:uuuu-MM-dd}: S = {(IsCertain ? Low.ToString("0.000", CultureInfo.InvariantCulture) : $"{Low:0.000}..{High:0.000}")} over {Entries.Length} actors");
}
