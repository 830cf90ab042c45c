using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Provenance;
using NodaTime;

namespace Geopolitics.Model.Analysis.Defence;

/// <summary>
/// The defence network on a day, as computed by <see cref="DefenceAnalysis.Network"/>: a directed graph with an
/// edge guarantor → beneficiary for each mutual-defence clause that is, or may be, in force between them, exportable
/// to DOT (Graphviz), Mermaid and GraphML.
/// </summary>
/// <remarks>
/// Nodes are the actors at either end of an edge, sorted by id; edges are sorted by guarantor, beneficiary, treaty
/// and clause id (ordinal), so the exports are deterministic. Equality compares every member, collections in order.
/// </remarks>
public sealed record DefenceNetwork
{
    internal DefenceNetwork(
        LocalDate day,
        Confidence minimum,
        ImmutableArray<DefenceNode> nodes,
        ImmutableArray<DefenceEdge> edges,
        ImmutableArray<FactReference> facts,
        ImmutableArray<FactReference> ignoredFacts)
    {
        Day = day;
        Minimum = minimum;
        Nodes = nodes;
        Edges = edges;
        Facts = facts;
        IgnoredFacts = ignoredFacts;
    }

    /// <summary>The day of the network.</summary>
    public LocalDate Day { get; }

    /// <summary>The weakest confidence admitted.</summary>
    public Confidence Minimum { get; }

    /// <summary>The actors at either end of an edge, sorted by id.</summary>
    public ImmutableArray<DefenceNode> Nodes { get; }

    /// <summary>The edges, sorted by guarantor, beneficiary, treaty and clause id.</summary>
    public ImmutableArray<DefenceEdge> Edges { get; }

    /// <summary>The facts the network relies on: the steps and clauses of every treaty with a mutual-defence clause.</summary>
    public ImmutableArray<FactReference> Facts { get; }

    /// <summary>The treaty steps left out because the minimum confidence does not admit them.</summary>
    public ImmutableArray<FactReference> IgnoredFacts { get; }

    /// <summary>The edges that leave <paramref name="guarantor"/>: whom it must defend.</summary>
    /// <param name="guarantor">The guarantor.</param>
    /// <returns>Its edges, in order; empty when none.</returns>
    public ImmutableArray<DefenceEdge> EdgesFrom(ActorId guarantor) => [.. Edges.Where(edge => edge.Guarantor == guarantor)];

    /// <summary>The edges that reach <paramref name="beneficiary"/>: who must defend it.</summary>
    /// <param name="beneficiary">The beneficiary.</param>
    /// <returns>Its edges, in order; empty when none.</returns>
    public ImmutableArray<DefenceEdge> EdgesTo(ActorId beneficiary) => [.. Edges.Where(edge => edge.Beneficiary == beneficiary)];

    /// <inheritdoc/>
    public bool Equals(DefenceNetwork? other) =>
        other is not null && Day == other.Day && Minimum == other.Minimum && Nodes.SequenceEqual(other.Nodes) &&
        Edges.SequenceEqual(other.Edges) && Facts.SequenceEqual(other.Facts) && IgnoredFacts.SequenceEqual(other.IgnoredFacts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Day, Minimum, Nodes.Length, Edges.Length);

    /// <summary>The day and size, for diagnostics.</summary>
    /// <returns>For example <c>Defence network on 2025-01-01: 6 actors, 8 edges</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Defence network on {DayWindow.Iso(Day)}: {Nodes.Length} actors, {Edges.Length} edges");

}
