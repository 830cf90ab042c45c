using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Analysis.Defence;

/// <summary>One node of a <see cref="DefenceNetwork"/>: an actor that guarantees or benefits from a defence clause in force.</summary>
/// <param name="Actor">The actor's id.</param>
/// <param name="Name">The actor's name as the scenario gives it (its id when the scenario does not know it).</param>
public sealed record DefenceNode(ActorId Actor, string Name)
{
    /// <summary>The actor's name as the scenario gives it (its id when the scenario does not know it).</summary>
    public string Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>PRK (North Korea)</c>.</returns>
    public override string ToString() => $"{Actor} ({Name})";
}
