namespace Geopolitics.Model.Transfers;

/// <summary>Money paid: a currency and an amount that may be unknown ("much-needed cash").</summary>
public sealed record MoneyItem : TransferItem
{
    /// <summary>Creates a money item.</summary>
    /// <param name="money">The amount and its currency.</param>
    /// <exception cref="ArgumentNullException"><paramref name="money"/> is null.</exception>
    public MoneyItem(Money money)
    {
        ArgumentNullException.ThrowIfNull(money);
        Money = money;
    }

    /// <summary>The amount and its currency.</summary>
    public Money Money { get; }

    private protected override TransferItemKind KindCore => TransferItemKind.Money;

    /// <summary>Culture-invariant text such as "money: unknown amount of USD".</summary>
    /// <returns>The item as text.</returns>
    public override string ToString() => $"money: {Money}";
}
