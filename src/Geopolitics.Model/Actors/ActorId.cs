namespace Geopolitics.Model.Actors;

/// <summary>Identifies an actor: an ISO 3166-1 alpha-3 code for a state (<c>RUS</c>, <c>PRK</c>), a short upper-case id otherwise (<c>UNSC</c>, <c>NATO</c>, <c>USA-DOD</c>).</summary>
/// <remarks>
/// Ids are 1 to 64 ASCII letters, digits or <c>_ - . :</c>, starting with a letter or digit, and upper-case
/// and are compared ordinally. <c>default(ActorId)</c> has a <see langword="null"/> value and is not a valid id.
/// </remarks>
public readonly record struct ActorId : IComparable<ActorId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">The id text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id.</exception>
    public ActorId(string value) => Value = Identifier.Check(value, upperCase: true, "actor", nameof(value));

    /// <summary>The id text.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> would make a valid id.</summary>
    /// <param name="value">The candidate text.</param>
    /// <returns>Whether the constructor would accept it.</returns>
    public static bool IsValid(string? value) => Identifier.IsValid(value, upperCase: true);

    /// <inheritdoc/>
    public int CompareTo(ActorId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ActorId left, ActorId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ActorId left, ActorId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ActorId left, ActorId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ActorId left, ActorId right) => left.CompareTo(right) >= 0;

    /// <summary>The id text.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
