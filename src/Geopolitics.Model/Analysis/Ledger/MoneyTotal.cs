using System.Collections.Immutable;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Analysis.Ledger;

/// <summary>The money in one currency that went one way in a <see cref="LedgerReport"/>, summed (no conversion between currencies).</summary>
public sealed record MoneyTotal
{
    internal MoneyTotal(Money amount, ImmutableArray<TransferId> transfers)
    {
        Amount = amount;
        Transfers = transfers;
    }

    /// <summary>The sum (see <see cref="Estimate.Add(Estimate)"/>): an unknown amount added to a known one gives "at least" the known one.</summary>
    public Money Amount { get; }

    /// <summary>The currency.</summary>
    public CurrencyCode Currency => Amount.Currency;

    /// <summary>The transfers summed, in scenario order.</summary>
    public ImmutableArray<TransferId> Transfers { get; }

    /// <inheritdoc/>
    public bool Equals(MoneyTotal? other) =>
        other is not null && Amount.Equals(other.Amount) && Transfers.SequenceEqual(other.Transfers);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Transfers.Length);

    /// <summary>Culture-invariant text such as <c>unknown amount of USD (1 transfer)</c>.</summary>
    /// <returns>The total as text.</returns>
    public override string ToString() => $"{Amount} ({LedgerText.Count(Transfers.Length)})";
}
