using System.Collections.Immutable;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Analysis.Ledger;

/// <summary>The technology of one domain that went one way in a <see cref="LedgerReport"/>, with the forms it took.</summary>
public sealed record TechnologyTotal
{
    internal TechnologyTotal(TechnologyDomain domain, ImmutableArray<TechnologyForm> forms, ImmutableArray<TransferId> transfers)
    {
        Domain = domain;
        Forms = forms;
        Transfers = transfers;
    }

    /// <summary>The domain ("ballistic missiles").</summary>
    public TechnologyDomain Domain { get; }

    /// <summary>The forms it took (know-how, components…), distinct, in the order of <see cref="TechnologyForm"/>.</summary>
    public ImmutableArray<TechnologyForm> Forms { get; }

    /// <summary>The transfers listed, in scenario order.</summary>
    public ImmutableArray<TransferId> Transfers { get; }

    /// <inheritdoc/>
    public bool Equals(TechnologyTotal? other) =>
        other is not null && Domain == other.Domain && Forms.SequenceEqual(other.Forms) && Transfers.SequenceEqual(other.Transfers);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Domain, Forms.Length, Transfers.Length);

    /// <summary>Culture-invariant text such as <c>BallisticMissiles: KnowHow (1 transfer)</c>.</summary>
    /// <returns>The total as text.</returns>
    public override string ToString() => $"{Domain}: {string.Join(", ", Forms)} ({LedgerText.Count(Transfers.Length)})";
}
