using System.Collections.Immutable;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Analysis.Ledger;

/// <summary>
/// The munitions of one category that went one way in a <see cref="LedgerReport"/>, summed in one unit: "thousands of
/// containers of artillery shells". Munitions counted in different units are separate totals.
/// </summary>
public sealed record MunitionsTotal
{
    internal MunitionsTotal(MunitionsCategory category, Quantity quantity, ImmutableArray<TransferId> transfers)
    {
        Category = category;
        Quantity = quantity;
        Transfers = transfers;
    }

    /// <summary>The category of munitions.</summary>
    public MunitionsCategory Category { get; }

    /// <summary>The sum of the quantities (see <see cref="Estimate.Add(Estimate)"/>), in their common unit.</summary>
    public Quantity Quantity { get; }

    /// <summary>The transfers summed, in scenario order.</summary>
    public ImmutableArray<TransferId> Transfers { get; }

    /// <inheritdoc/>
    public bool Equals(MunitionsTotal? other) =>
        other is not null && Category == other.Category && Quantity.Equals(other.Quantity) && Transfers.SequenceEqual(other.Transfers);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Category, Quantity, Transfers.Length);

    /// <summary>Culture-invariant text such as <c>ArtilleryShells: thousands of containers (2 transfers)</c>.</summary>
    /// <returns>The total as text.</returns>
    public override string ToString() => $"{Category}: {Quantity} ({LedgerText.Count(Transfers.Length)})";
}
