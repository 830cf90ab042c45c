using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using NodaTime;

namespace Geopolitics.Model.Analysis.Alignment;

/// <summary>
/// The blocs of aligned actors on a day (DOMAIN.md 3.6): the connected components, of two or more actors, of the graph
/// whose edges are the certain <see cref="AlignmentLink"/>s. Links that partial dates leave open are listed in
/// <see cref="PossibleLinks"/>; any of them could join two blocs or add a member.
/// </summary>
public sealed record AlignmentBlocs
{
    private readonly Lazy<ImmutableArray<FactReference>> _facts;

    internal AlignmentBlocs(
        LocalDate day,
        Confidence minimum,
        double threshold,
        ImmutableArray<AlignmentBloc> blocs,
        ImmutableArray<ActorId> unaligned,
        ImmutableArray<AlignmentLink> links)
    {
        Day = day;
        Minimum = minimum;
        Threshold = threshold;
        Blocs = blocs;
        Unaligned = unaligned;
        Links = links;
        PossibleLinks = [.. links.Where(l => l.Linked.IsUnknown)];
        _facts = new Lazy<ImmutableArray<FactReference>>(() => UnionOfFacts(links));
    }

    /// <summary>Each fact of the links once, in the order first met (as Distinct), in plain loops: a bloc search has millions of link facts.</summary>
    private static ImmutableArray<FactReference> UnionOfFacts(ImmutableArray<AlignmentLink> links)
    {
        var seen = new HashSet<FactReference>();
        var facts = ImmutableArray.CreateBuilder<FactReference>();
        foreach (var link in links)
        {
            foreach (var fact in link.Facts)
            {
                if (seen.Add(fact))
                {
                    facts.Add(fact);
                }
            }
        }

        return facts.DrainToImmutable();
    }

    /// <summary>The day asked about.</summary>
    public LocalDate Day { get; }

    /// <summary>The weakest confidence admitted.</summary>
    public Confidence Minimum { get; }

    /// <summary>The least score that links two actors.</summary>
    public double Threshold { get; }

    /// <summary>The blocs, largest first (then by their first member's id).</summary>
    public ImmutableArray<AlignmentBloc> Blocs { get; }

    /// <summary>The actors (agencies excepted) in no bloc, in id order.</summary>
    public ImmutableArray<ActorId> Unaligned { get; }

    /// <summary>Every pair of actors that has a basis for comparison (a common stance target or a shared tie), linked or not.</summary>
    public ImmutableArray<AlignmentLink> Links { get; }

    /// <summary>The links that partial dates leave unknown.</summary>
    public ImmutableArray<AlignmentLink> PossibleLinks { get; }

    /// <summary>Every fact behind the links, without repeats (gathered when first read).</summary>
    public ImmutableArray<FactReference> Facts => _facts.Value;

    /// <summary>The bloc an actor belongs to.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>Its bloc, or <see langword="null"/> when it is in none.</returns>
    public AlignmentBloc? BlocOf(ActorId actor) => Blocs.FirstOrDefault(b => b.Contains(actor));

    /// <summary>The link between two actors, in either order.</summary>
    /// <param name="first">One actor.</param>
    /// <param name="second">The other.</param>
    /// <returns>The link, or <see langword="null"/> when the two have no basis for comparison.</returns>
    public AlignmentLink? LinkBetween(ActorId first, ActorId second) =>
        Links.FirstOrDefault(l => (l.First == first && l.Second == second) || (l.First == second && l.Second == first));

    /// <inheritdoc/>
    public bool Equals(AlignmentBlocs? other) =>
        other is not null && Day == other.Day && Minimum == other.Minimum && Threshold.Equals(other.Threshold) &&
        Blocs.SequenceEqual(other.Blocs) && Unaligned.SequenceEqual(other.Unaligned) && Links.SequenceEqual(other.Links);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Day, Minimum, Threshold, Blocs.Length, Links.Length);

    /// <summary>For example <c>Blocs on 2024-11-30 (threshold 0.5): {JPN, KOR, USA} {PRK, RUS}</c>.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Blocs on {Day:uuuu-MM-dd} (threshold {Threshold}): ") +
        (Blocs.IsEmpty ? "none" : string.Join(" ", Blocs));
}
