using System.Collections.Immutable;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Analysis.Ledger;

/// <summary>An exchange of the scenario that links transfers of a <see cref="LedgerReport"/> ("munitions for technology and cash").</summary>
public sealed record LinkedExchange
{
    internal LinkedExchange(ExchangeId id, FactReference fact, ImmutableArray<TransferId> linkedTransfers)
    {
        Id = id;
        Fact = fact;
        LinkedTransfers = linkedTransfers;
    }

    /// <summary>The exchange.</summary>
    public ExchangeId Id { get; }

    /// <summary>The exchange as a fact: where it sits, its confidence and what it links.</summary>
    public FactReference Fact { get; }

    /// <summary>The ledger's transfers (counted or possibly in period) that the exchange links, in the exchange's order.</summary>
    public ImmutableArray<TransferId> LinkedTransfers { get; }

    /// <inheritdoc/>
    public bool Equals(LinkedExchange? other) =>
        other is not null && Id == other.Id && Fact.Equals(other.Fact) && LinkedTransfers.SequenceEqual(other.LinkedTransfers);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Fact, LinkedTransfers.Length);

    /// <summary>Culture-invariant text: the exchange and the ledger transfers it links.</summary>
    /// <returns>For example <c>munitions-for-cash links prk-rus-shells, rus-prk-cash</c>.</returns>
    public override string ToString() => $"{Id} links {string.Join(", ", LinkedTransfers)}";
}
