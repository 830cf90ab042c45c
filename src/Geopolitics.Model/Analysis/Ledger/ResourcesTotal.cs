using System.Collections.Immutable;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Analysis.Ledger;

/// <summary>
/// The resources of one kind that went one way in a <see cref="LedgerReport"/>, summed in one unit. Resources counted in
/// different units are separate totals.
/// </summary>
public sealed record ResourcesTotal
{
    internal ResourcesTotal(ResourceKind resource, Quantity quantity, ImmutableArray<TransferId> transfers)
    {
        Resource = resource;
        Quantity = quantity;
        Transfers = transfers;
    }

    /// <summary>The kind of resource.</summary>
    public ResourceKind Resource { get; }

    /// <summary>The sum of the quantities (see <see cref="Estimate.Add(Estimate)"/>), in their common unit.</summary>
    public Quantity Quantity { get; }

    /// <summary>The transfers summed, in scenario order.</summary>
    public ImmutableArray<TransferId> Transfers { get; }

    /// <inheritdoc/>
    public bool Equals(ResourcesTotal? other) =>
        other is not null && Resource == other.Resource && Quantity.Equals(other.Quantity) && Transfers.SequenceEqual(other.Transfers);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Resource, Quantity, Transfers.Length);

    /// <summary>Culture-invariant text such as <c>Oil: over 1,000,000 barrels (1 transfer)</c>.</summary>
    /// <returns>The total as text.</returns>
    public override string ToString() => $"{Resource}: {Quantity} ({LedgerText.Count(Transfers.Length)})";
}
