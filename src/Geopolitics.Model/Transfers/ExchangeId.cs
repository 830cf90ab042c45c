namespace Geopolitics.Model.Transfers;

/// <summary>Identifies an exchange (transfers that pay for each other) within a scenario.</summary>
/// <remarks>
/// Ids are 1 to 64 ASCII letters, digits or <c>_ - . :</c>, starting with a letter or digit
/// and are compared ordinally. <c>default(ExchangeId)</c> has a <see langword="null"/> value and is not a valid id.
/// </remarks>
public readonly record struct ExchangeId : IComparable<ExchangeId>
{
    /// <summary>Creates an id.</summary>
    /// <param name="value">The id text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id.</exception>
    public ExchangeId(string value) => Value = Identifier.Check(value, upperCase: false, "exchange", nameof(value));

    /// <summary>The id text.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> would make a valid id.</summary>
    /// <param name="value">The candidate text.</param>
    /// <returns>Whether the constructor would accept it.</returns>
    public static bool IsValid(string? value) => Identifier.IsValid(value, upperCase: false);

    /// <inheritdoc/>
    public int CompareTo(ExchangeId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ExchangeId left, ExchangeId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ExchangeId left, ExchangeId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ExchangeId left, ExchangeId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ExchangeId left, ExchangeId right) => left.CompareTo(right) >= 0;

    /// <summary>The id text.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value ?? string.Empty;
}
