using System.Collections.Immutable;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Analysis.Ledger;

/// <summary>
/// The weapon systems of one designation that went one way in a <see cref="LedgerReport"/>: numbers ordered and
/// delivered, and SIPRI trend-indicator values (TIV), each summed over the transfers.
/// </summary>
/// <remarks>
/// A sum is <see langword="null"/> when no transfer states the figure. When only some do, the missing figures count as
/// unknown, so the sum is a lower bound ("at least"): a ledger never presents a partial sum as the whole.
/// </remarks>
public sealed record WeaponSystemsTotal
{
    internal WeaponSystemsTotal(
        string designation,
        Estimate? numberOrdered,
        Estimate? numberDelivered,
        Estimate? tivOrder,
        Estimate? tivDelivered,
        ImmutableArray<TransferId> transfers)
    {
        Designation = designation;
        NumberOrdered = numberOrdered;
        NumberDelivered = numberDelivered;
        TivOrder = tivOrder;
        TivDelivered = tivDelivered;
        Transfers = transfers;
    }

    /// <summary>The designation ("KN-23", "Su-27").</summary>
    public string Designation { get; }

    /// <summary>The number ordered, summed; <see langword="null"/> when no transfer states it.</summary>
    public Estimate? NumberOrdered { get; }

    /// <summary>The number delivered, summed; <see langword="null"/> when no transfer states it.</summary>
    public Estimate? NumberDelivered { get; }

    /// <summary>The TIV of the orders, summed; <see langword="null"/> when no transfer states it.</summary>
    public Estimate? TivOrder { get; }

    /// <summary>The TIV of the deliveries, summed; <see langword="null"/> when no transfer states it.</summary>
    public Estimate? TivDelivered { get; }

    /// <summary>The transfers summed, in scenario order.</summary>
    public ImmutableArray<TransferId> Transfers { get; }

    /// <inheritdoc/>
    public bool Equals(WeaponSystemsTotal? other) =>
        other is not null && Designation == other.Designation && NumberOrdered == other.NumberOrdered &&
        NumberDelivered == other.NumberDelivered && TivOrder == other.TivOrder && TivDelivered == other.TivDelivered &&
        Transfers.SequenceEqual(other.Transfers);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Designation, NumberOrdered, NumberDelivered, TivOrder, TivDelivered, Transfers.Length);

    /// <summary>Culture-invariant text such as <c>KN-23: delivered about 50, TIV delivered at least 120 (2 transfers)</c>.</summary>
    /// <returns>The total as text.</returns>
    public override string ToString()
    {
        var parts = new List<string>(4);
        if (NumberOrdered is { } ordered)
        {
            parts.Add($"ordered {ordered}");
        }

        if (NumberDelivered is { } delivered)
        {
            parts.Add($"delivered {delivered}");
        }

        if (TivOrder is { } tivOrder)
        {
            parts.Add($"TIV ordered {tivOrder}");
        }

        if (TivDelivered is { } tivDelivered)
        {
            parts.Add($"TIV delivered {tivDelivered}");
        }

        var figures = parts.Count == 0 ? "no figures stated" : string.Join(", ", parts);
        return $"{Designation}: {figures} ({LedgerText.Count(Transfers.Length)})";
    }
}
