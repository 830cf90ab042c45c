using System.Collections.Immutable;
using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Stances;

/// <summary>
/// A stance towards a pair or group of actors taken together, such as the Russia–North Korea partnership.
/// </summary>
/// <remarks>
/// The actors are a set: they are stored distinct and in ordinal order, so {RUS, PRK} equals {PRK, RUS}.
/// Equality compares the actors in that order.
/// </remarks>
public sealed record ActorsTarget : StanceTarget
{
    /// <summary>Creates the target.</summary>
    /// <param name="actors">At least two distinct actors, in any order.</param>
    /// <exception cref="ArgumentException">There are fewer than two distinct actors, or an id is the default value.</exception>
    public ActorsTarget(ImmutableArray<ActorId> actors)
    {
        var set = actors.IsDefault ? [] : actors.Distinct().Order().ToImmutableArray();
        foreach (var actor in set)
        {
            ArgumentChecks.NotDefault(actor, nameof(actors));
        }

        ArgumentProblem.ThrowIf(Problem(set));

        Actors = set;
    }

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(ImmutableArray<ActorId> actors) =>
        (actors.IsDefault ? 0 : actors.Distinct().Count()) is var count && count < 2
            ? new(nameof(actors), $"A group target needs at least 2 distinct actors; got {count}. Use ActorTarget for one actor.")
            : null;

    /// <summary>The actors, distinct, in ordinal order.</summary>
    public ImmutableArray<ActorId> Actors { get; }

    private protected override StanceTargetKind KindCore => StanceTargetKind.Actors;

    /// <inheritdoc/>
    public bool Equals(ActorsTarget? other) => other is not null && Actors.SequenceEqual(other.Actors);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var actor in Actors)
        {
            hash.Add(actor);
        }

        return hash.ToHashCode();
    }

    /// <summary>Culture-invariant text such as "actors PRK+RUS".</summary>
    /// <returns>The target as text.</returns>
    public override string ToString() => $"actors {string.Join("+", Actors)}";
}
