namespace Geopolitics.Model.Transfers;

/// <summary>
/// An amount of money in one currency. The amount is an <see cref="Estimate"/>, so it is never negative and may be
/// unknown ("much-needed cash").
/// </summary>
public sealed record Money
{
    /// <summary>Creates an amount of money.</summary>
    /// <param name="currency">The ISO 4217 currency.</param>
    /// <param name="amount">How much, as the source estimates it; <see cref="Estimate.Unknown"/> when no figure is given.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(CurrencyCode)</c>.</exception>
    public Money(CurrencyCode currency, Estimate amount)
    {
        Currency = ArgumentChecks.NotDefault(currency, nameof(currency));
        Amount = amount;
    }

    /// <summary>The ISO 4217 currency.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>How much, as the source estimates it.</summary>
    public Estimate Amount { get; }

    /// <summary>An amount of unknown size in a currency ("much-needed cash" paid in roubles).</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The money.</returns>
    public static Money Unknown(CurrencyCode currency) => new(currency, Estimate.Unknown);

    /// <summary>The sum of two amounts in the same currency (see <see cref="Estimate.Add(Estimate)"/>).</summary>
    /// <param name="other">The amount to add, in the same currency.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ: converting needs exchange rates this library does not hold.</exception>
    public Money Add(Money other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Currency != other.Currency)
        {
            throw new ArgumentException($"Cannot add {other.Currency} to {Currency}: amounts add up only in the same currency.", nameof(other));
        }

        return new Money(Currency, Amount.Add(other.Amount));
    }

    /// <summary>The sum of two amounts in the same currency (see <see cref="Add(Money)"/>).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand, in the same currency.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Add(right);
    }

    /// <summary>Culture-invariant text such as "over 1,000,000 USD" or "unknown amount of RUB".</summary>
    /// <returns>The amount as text.</returns>
    public override string ToString() => Amount.Describe(Currency.ToString());
}
