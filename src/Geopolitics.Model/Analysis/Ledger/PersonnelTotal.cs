using System.Collections.Immutable;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Analysis.Ledger;

/// <summary>The personnel of one role sent one way in a <see cref="LedgerReport"/>, summed: "over 10,000" and "about 1,500" make "over 11,500".</summary>
public sealed record PersonnelTotal
{
    internal PersonnelTotal(PersonnelRole role, Estimate count, ImmutableArray<TransferId> transfers)
    {
        Role = role;
        Count = count;
        Transfers = transfers;
    }

    /// <summary>The role.</summary>
    public PersonnelRole Role { get; }

    /// <summary>The sum of the counts (see <see cref="Estimate.Add(Estimate)"/>).</summary>
    public Estimate Count { get; }

    /// <summary>The transfers summed, in scenario order.</summary>
    public ImmutableArray<TransferId> Transfers { get; }

    /// <inheritdoc/>
    public bool Equals(PersonnelTotal? other) =>
        other is not null && Role == other.Role && Count == other.Count && Transfers.SequenceEqual(other.Transfers);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Role, Count, Transfers.Length);

    /// <summary>Culture-invariant text such as <c>CombatTroops: over 11,500 (2 transfers)</c>.</summary>
    /// <returns>The total as text.</returns>
    public override string ToString() => $"{Role}: {Count} ({LedgerText.Count(Transfers.Length)})";
}
