namespace Geopolitics.Model.Transfers;

/// <summary>
/// An <see cref="Estimate"/> of an amount in a <see cref="Unit"/>: "thousands of containers", "over 1,000,000 rounds",
/// "about 1,000,000 barrels".
/// </summary>
/// <remarks>
/// The unit is free text, trimmed; units compare ordinally, so a ledger adds "containers" to "containers" but keeps
/// "containers" and "rounds" apart. Use plural nouns in lower case ("tonnes", "barrels") to keep sums together.
/// </remarks>
public sealed record Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="amount">How much, as the source estimates it.</param>
    /// <param name="unit">What it is counted in ("containers", "rounds", "tonnes", "barrels"); not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is blank.</exception>
    public Quantity(Estimate amount, string unit)
    {
        Amount = amount;
        Unit = ArgumentChecks.Text(unit, nameof(unit));
    }

    /// <summary>Why the arguments cannot make a value, or <see langword="null"/> when they can.</summary>
    internal static ArgumentProblem? Problem(string unit) => ArgumentProblem.Blank(unit, nameof(unit));

    /// <summary>How much, as the source estimates it.</summary>
    public Estimate Amount { get; }

    /// <summary>What the amount is counted in, trimmed.</summary>
    public string Unit { get; }

    /// <summary>The sum of two quantities in the same unit (see <see cref="Estimate.Add(Estimate)"/>).</summary>
    /// <param name="other">The quantity to add, in the same unit.</param>
    /// <returns>The sum, in the same unit.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public Quantity Add(Quantity other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!string.Equals(Unit, other.Unit, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cannot add '{other.Unit}' to '{Unit}': quantities add up only in the same unit.", nameof(other));
        }

        return new Quantity(Amount.Add(other.Amount), Unit);
    }

    /// <summary>The sum of two quantities in the same unit (see <see cref="Add(Quantity)"/>).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand, in the same unit.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public static Quantity operator +(Quantity left, Quantity right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Add(right);
    }

    /// <summary>Culture-invariant text such as "thousands of containers" or "over 10,000 troops".</summary>
    /// <returns>The quantity as text.</returns>
    public override string ToString() => Amount.Describe(Unit);
}
