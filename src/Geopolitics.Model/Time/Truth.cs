namespace Geopolitics.Model.Time;

/// <summary>
/// A three-valued truth: <see cref="True"/>, <see cref="False"/> or <see cref="Unknown"/>, with Kleene's strong
/// logic for <c>&amp;</c>, <c>|</c> and <c>!</c>. Every "is X the case on day D" question in this library
/// answers with a <see cref="Truth"/>, so that facts known only to the month or year are never guessed.
/// </summary>
/// <remarks><c>default(Truth)</c> is <see cref="Unknown"/>.</remarks>
public readonly struct Truth : IEquatable<Truth>
{
    // 0 = unknown (so that default is the honest answer), 1 = false, 2 = true.
    private readonly byte _value;

    private Truth(byte value) => _value = value;

    /// <summary>Known to hold.</summary>
    public static Truth True { get; } = new(2);

    /// <summary>Known not to hold.</summary>
    public static Truth False { get; } = new(1);

    /// <summary>Not decidable from the facts at hand.</summary>
    public static Truth Unknown { get; }

    /// <summary>Whether this is <see cref="True"/>.</summary>
    public bool IsTrue => _value == 2;

    /// <summary>Whether this is <see cref="False"/>.</summary>
    public bool IsFalse => _value == 1;

    /// <summary>Whether this is <see cref="Unknown"/>.</summary>
    public bool IsUnknown => _value == 0;

    /// <summary>Whether this is <see cref="True"/> or <see cref="Unknown"/>: the fact cannot be ruled out.</summary>
    public bool IsPossible => _value != 1;

    /// <summary>Converts a known Boolean.</summary>
    /// <param name="value">The known value.</param>
    /// <returns><see cref="True"/> or <see cref="False"/>.</returns>
    public static Truth From(bool value) => value ? True : False;

    /// <summary>Converts a Boolean that may be unknown (<see langword="null"/>).</summary>
    /// <param name="value">The value, or <see langword="null"/> when unknown.</param>
    /// <returns>The corresponding truth.</returns>
    public static Truth From(bool? value) => value is { } v ? From(v) : Unknown;

    /// <summary>The value as a nullable Boolean: <see langword="null"/> when unknown.</summary>
    /// <returns><see langword="true"/>, <see langword="false"/> or <see langword="null"/>.</returns>
    public bool? ToNullableBoolean() => _value switch { 2 => true, 1 => false, _ => null };

    /// <summary>Kleene conjunction: false if either is false, true if both are true, otherwise unknown.</summary>
    /// <param name="other">The other operand.</param>
    /// <returns>The conjunction.</returns>
    public Truth And(Truth other) => this & other;

    /// <summary>Kleene disjunction: true if either is true, false if both are false, otherwise unknown.</summary>
    /// <param name="other">The other operand.</param>
    /// <returns>The disjunction.</returns>
    public Truth Or(Truth other) => this | other;

    /// <summary>Kleene negation: swaps true and false, keeps unknown.</summary>
    /// <returns>The negation.</returns>
    public Truth Not() => !this;

    /// <summary>Kleene conjunction.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The conjunction.</returns>
    public static Truth operator &(Truth left, Truth right)
    {
        if (left.IsFalse || right.IsFalse)
        {
            return False;
        }

        return left.IsTrue && right.IsTrue ? True : Unknown;
    }

    /// <summary>Kleene disjunction.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The disjunction.</returns>
    public static Truth operator |(Truth left, Truth right)
    {
        if (left.IsTrue || right.IsTrue)
        {
            return True;
        }

        return left.IsFalse && right.IsFalse ? False : Unknown;
    }

    /// <summary>Kleene negation.</summary>
    /// <param name="value">The operand.</param>
    /// <returns>The negation.</returns>
    public static Truth operator !(Truth value) => value._value switch { 2 => False, 1 => True, _ => Unknown };

    /// <summary>Conjunction of all <paramref name="values"/>; <see cref="True"/> when there are none.</summary>
    /// <param name="values">The operands.</param>
    /// <returns>The conjunction.</returns>
    public static Truth All(IEnumerable<Truth> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = True;
        foreach (var value in values)
        {
            result &= value;
            if (result.IsFalse)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>Disjunction of all <paramref name="values"/>; <see cref="False"/> when there are none.</summary>
    /// <param name="values">The operands.</param>
    /// <returns>The disjunction.</returns>
    public static Truth Any(IEnumerable<Truth> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = False;
        foreach (var value in values)
        {
            result |= value;
            if (result.IsTrue)
            {
                break;
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public bool Equals(Truth other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Truth other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value;

    /// <summary>Whether two truths are the same value.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Truth left, Truth right) => left.Equals(right);

    /// <summary>Whether two truths differ.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Truth left, Truth right) => !left.Equals(right);

    /// <summary>Returns <c>true</c>, <c>false</c> or <c>unknown</c>.</summary>
    /// <returns>The lower-case name of the value.</returns>
    public override string ToString() => _value switch { 2 => "true", 1 => "false", _ => "unknown" };
}
