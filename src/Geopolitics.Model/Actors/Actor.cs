using System.Collections.Immutable;

namespace Geopolitics.Model.Actors;

/// <summary>
/// A state, international organisation, coalition or agency that takes part in treaties, transfers, stances or
/// sanctions. Equality compares every member, <see cref="Members"/> in order.
/// </summary>
public sealed record Actor
{
    /// <summary>Creates an actor.</summary>
    /// <param name="id">The actor's id: an ISO 3166-1 alpha-3 code for a state.</param>
    /// <param name="kind">What kind of actor it is.</param>
    /// <param name="name">Its name in English.</param>
    /// <param name="speaksFor">For an <see cref="ActorKind.Agency"/>, the actor it speaks for; otherwise <see langword="null"/>.</param>
    /// <param name="members">For an organisation or coalition, its members (possibly none listed).</param>
    /// <exception cref="ArgumentException">The name is blank, or <paramref name="speaksFor"/> is given for an actor that is not an agency.</exception>
    public Actor(ActorId id, ActorKind kind, string name, ActorId? speaksFor = null, IEnumerable<ActorId>? members = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown actor kind.");
        }

        ArgumentProblem.ThrowIf(Problem(id, kind, name, speaksFor));

        Id = ArgumentChecks.NotDefault(id, nameof(id));
        Kind = kind;
        Name = name;
        SpeaksFor = speaksFor;
        Members = members is null ? [] : [.. members];
    }

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(ActorId id, ActorKind kind, string name, ActorId? speaksFor) =>
        ArgumentProblem.Blank(name, nameof(name))
        ?? (speaksFor is not null && kind != ActorKind.Agency
            ? new(nameof(speaksFor), $"Only an agency speaks for another actor; '{id}' is a {kind}.")
            : null);

    /// <summary>The actor's id.</summary>
    public ActorId Id { get; }

    /// <summary>What kind of actor it is.</summary>
    public ActorKind Kind { get; }

    /// <summary>Its name in English.</summary>
    public string Name { get; }

    /// <summary>For an agency, the actor it speaks for; otherwise <see langword="null"/>.</summary>
    public ActorId? SpeaksFor { get; }

    /// <summary>For an organisation or coalition, its members; otherwise empty.</summary>
    public ImmutableArray<ActorId> Members { get; }

    /// <summary>
    /// The actor on whose behalf this one acts: <see cref="SpeaksFor"/> for an agency, otherwise the actor itself.
    /// The Pentagon's statements are the United States' statements.
    /// </summary>
    public ActorId Principal => SpeaksFor ?? Id;

    /// <inheritdoc/>
    public bool Equals(Actor? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Name == other.Name &&
        SpeaksFor == other.SpeaksFor && Members.SequenceEqual(other.Members);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Name, SpeaksFor, Members.Length);

    /// <summary>The id and name, for diagnostics.</summary>
    /// <returns>For example <c>PRK (North Korea)</c>.</returns>
    public override string ToString() => $"{Id} ({Name})";
}
