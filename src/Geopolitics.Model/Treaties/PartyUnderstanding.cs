using Geopolitics.Model.Provenance;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// A party's understanding or reservation that narrows its own obligation under one clause: <see cref="Conditions"/>
/// are added to the clause's own, for the obligations this party owes under it and for no one else's (SEATO 1954: the
/// United States' understanding that its obligation under Article IV(1) applies only to communist aggression).
/// </summary>
/// <remarks>
/// The obligation applies only when the clause's conditions and the understanding's all hold: adversaries named by
/// both must both admit the attacker, a scope must hold for both, and so on. It is held by the
/// <see cref="TreatyParty"/> that made it (<see cref="TreatyParty.Understandings"/>). Equality compares every member.
/// </remarks>
public sealed record PartyUnderstanding : IEvidenced
{
    /// <summary>Creates an understanding.</summary>
    /// <param name="clause">The clause of the treaty whose obligation it narrows.</param>
    /// <param name="conditions">The conditions it adds to the party's obligation under that clause.</param>
    /// <param name="evidence">What supports the fact.</param>
    /// <param name="description">The understanding in a sentence or the party's words, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="clause"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> or <paramref name="evidence"/> is <see langword="null"/>.</exception>
    public PartyUnderstanding(ClauseId clause, ClauseConditions conditions, Evidence evidence, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(evidence);
        Clause = ArgumentChecks.NotDefault(clause, nameof(clause));
        Conditions = conditions;
        Evidence = evidence;
        Description = description;
    }

    /// <summary>The clause whose obligation it narrows.</summary>
    public ClauseId Clause { get; }

    /// <summary>The conditions it adds to the party's obligation under the clause.</summary>
    public ClauseConditions Conditions { get; }

    /// <inheritdoc/>
    public Evidence Evidence { get; }

    /// <summary>The understanding in a sentence or the party's words, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>understanding on art4-1: against SUN</c>.</returns>
    public override string ToString() => $"understanding on {Clause}: {Conditions}";
}
