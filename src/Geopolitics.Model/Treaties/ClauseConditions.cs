using System.Collections.Immutable;
using Geopolitics.Model.Actors;

namespace Geopolitics.Model.Treaties;

/// <summary>
/// The conditions that limit when an obligation applies, as ATOP codes them: specific adversaries, a geographic
/// scope, and non-provocation. Equality compares every member, collections in order.
/// </summary>
public sealed record ClauseConditions
{
    /// <summary>Creates conditions.</summary>
    /// <param name="adversaries">The only attackers the clause is about; empty for any attacker. They must not be parties to the treaty.</param>
    /// <param name="geographicScope">Where the attack must happen, or <see langword="null"/> for anywhere.</param>
    /// <param name="nonProvocation">Whether the clause applies only if the beneficiary did not provoke the attack.</param>
    public ClauseConditions(IEnumerable<ActorId>? adversaries = null, GeographicScope? geographicScope = null, bool nonProvocation = false)
    {
        Adversaries = adversaries is null ? [] : [.. adversaries];
        GeographicScope = geographicScope;
        NonProvocation = nonProvocation;
    }

    /// <summary>No condition: any attacker, anywhere, provoked or not.</summary>
    public static ClauseConditions None { get; } = new();

    /// <summary>The only attackers the clause is about; empty for any attacker.</summary>
    public ImmutableArray<ActorId> Adversaries { get; }

    /// <summary>Where the attack must happen, or <see langword="null"/> for anywhere.</summary>
    public GeographicScope? GeographicScope { get; }

    /// <summary>Whether the clause applies only if the beneficiary did not provoke the attack.</summary>
    public bool NonProvocation { get; }

    /// <summary>Whether nothing limits the clause: any adversary, an unrestricted scope, no non-provocation condition.</summary>
    public bool IsUnconditional => Adversaries.IsEmpty && (GeographicScope is null || GeographicScope.IsUnrestricted) && !NonProvocation;

    /// <inheritdoc/>
    public bool Equals(ClauseConditions? other) =>
        other is not null && Adversaries.SequenceEqual(other.Adversaries) && Equals(GeographicScope, other.GeographicScope) &&
        NonProvocation == other.NonProvocation;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Adversaries.Length, GeographicScope, NonProvocation);

    /// <summary>Culture-invariant text, for diagnostics.</summary>
    /// <returns>For example <c>against CHN; administered by JPN; unprovoked</c>, or <c>unconditional</c>.</returns>
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

        return string.Join("; ", parts);
    }
}
