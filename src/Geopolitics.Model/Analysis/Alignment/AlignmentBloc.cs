using System.Collections.Immutable;
using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Analysis.Alignment;

/// <summary>
/// A bloc of aligned actors: a connected group of two or more actors joined by certain <see cref="AlignmentLink"/>s.
/// </summary>
public sealed record AlignmentBloc
{
    internal AlignmentBloc(ImmutableArray<ActorId> members, ImmutableArray<AlignmentLink> links)
    {
        Members = members;
        Links = links;
        var pairs = members.Length * (members.Length - 1) / 2;
        IsClique = links.Length == pairs;
        WeakestScore = links.Select(l => l.ScoreLow ?? double.NaN).Min();
    }

    /// <summary>The members, in id order.</summary>
    public ImmutableArray<ActorId> Members { get; }

    /// <summary>The certain links between members.</summary>
    public ImmutableArray<AlignmentLink> Links { get; }

    /// <summary>Whether every two members are linked directly, not only through other members.</summary>
    public bool IsClique { get; }

    /// <summary>The lowest score among the links (its lower bound when a score is a range).</summary>
    public double WeakestScore { get; }

    /// <summary>Whether the actor is a member.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>Whether it belongs to the bloc.</returns>
    public bool Contains(ActorId actor) => Members.Contains(actor);

    /// <inheritdoc/>
    public bool Equals(AlignmentBloc? other) =>
        other is not null && Members.SequenceEqual(other.Members) && Links.SequenceEqual(other.Links);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var member in Members)
        {
            hash.Add(member);
        }

        return hash.ToHashCode();
    }

    /// <summary>The members joined by commas, in braces, for example <c>{JPN, KOR, USA}</c>.</summary>
    /// <returns>The bloc as text.</returns>
    public override string ToString() => "{" + string.Join(", ", Members) + "}";
}
