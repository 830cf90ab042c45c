using System.Collections.Immutable;
using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// The conditions that limit when an obligation applies, as ATOP codes them: specific adversaries, a geographic
/// scope, and non-provocation; or, when the source does not record them, <see cref="Unrecorded"/>. Equality compares
/// every member, collections in order.
/// </summary>
public sealed record ClauseConditions
{
    /// <summary>Creates conditions.</summary>
    /// <param name="adversaries">The only attackers the clause is about; empty for any attacker. They must not be parties to the treaty.</param>
    /// <param name="geographicScope">Where the attack must happen, or <see langword="null"/> for anywhere.</param>
    /// <param name="nonProvocation">Whether the clause applies only if the beneficiary did not provoke the attack.</param>
    /// <param name="unrecorded">Whether the source does not record whether (further) conditions limit the clause.</param>
    public ClauseConditions(IEnumerable<ActorId>? adversaries = null, GeographicScope? geographicScope = null, bool nonProvocation = false, bool unrecorded = false)
    {
        Adversaries = adversaries is null ? [] : [.. adversaries];
        GeographicScope = geographicScope;
        NonProvocation = nonProvocation;
        Unrecorded = unrecorded;
    }

    /// <summary>No condition: any attacker, anywhere, provoked or not.</summary>
    public static ClauseConditions None { get; } = new();

    /// <summary>The only attackers the clause is about; empty for any attacker.</summary>
    public ImmutableArray<ActorId> Adversaries { get; }

    /// <summary>Where the attack must happen, or <see langword="null"/> for anywhere.</summary>
    public GeographicScope? GeographicScope { get; }

    /// <summary>Whether the clause applies only if the beneficiary did not provoke the attack.</summary>
    public bool NonProvocation { get; }

    /// <summary>
    /// Whether the source does not record whether (further) conditions limit the clause — an ATOP file without its
    /// condition columns, say. Such a clause is not taken to be unconditional: the analyses answer unknown where a
    /// condition could decide.
    /// </summary>
    public bool Unrecorded { get; }

    /// <summary>Whether nothing limits the clause: any adversary, an unrestricted scope, no non-provocation condition, and the conditions on record.</summary>
    public bool IsUnconditional => Adversaries.IsEmpty && (GeographicScope is null || GeographicScope.IsUnrestricted) && !NonProvocation && !Unrecorded;

    /// <inheritdoc/>
    public bool Equals(ClauseConditions? other) =>
        other is not null && Adversaries.SequenceEqual(other.Adversaries) && Equals(GeographicScope, other.GeographicScope) &&
        NonProvocation == other.NonProvocation && Unrecorded == other.Unrecorded;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Adversaries.Length, GeographicScope, NonProvocation, Unrecorded);

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>against CHN; administered by JPN; unprovoked</c>, <c>conditions not recorded</c>, or <c>unconditional</c>.</returns>
    public override string ToString()
    {
        if (IsUnconditional)
        {
            return "unconditional";
        }

        var parts = new List<string>(3);
        if (!Adversaries.IsEmpty)
        {
            parts.Add("against " + string.Join(", ", Adversaries));
        }

        if (GeographicScope is { IsUnrestricted: false })
        {
            parts.Add(GeographicScope.ToString());
        }

        if (NonProvocation)
        {
            parts.Add("unprovoked");
        }

        if (Unrecorded)
        {
            parts.Add("conditions not recorded");
        }

        return string.Join("; ", parts);
    }
}
