using System.Collections.Immutable;
using Geopolitics.Model.Provenance;

namespace Geopolitics.Model.Transfers;

/// <summary>
/// Transfers that pay for each other ("munitions for technology and cash"): the <see cref="Transfers"/> are the legs
/// of one bargain. Equality compares every member, <see cref="Transfers"/> in order.
/// </summary>
/// <remarks>
/// <see cref="Validation.ExchangeValidator"/> checks that there are at least two distinct legs, that they exist, and
/// that they run between one pair of actors in both directions.
/// </remarks>
public sealed record Exchange : IEvidenced
{
    /// <summary>Creates an exchange.</summary>
    /// <param name="id">The exchange's id.</param>
    /// <param name="transfers">The transfers that pay for each other; a default array is taken as empty.</param>
    /// <param name="evidence">What supports the claim that they are linked.</param>
    /// <param name="description">Free text ("munitions for technology and cash"), or <see langword="null"/>; blank is stored as <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or one of the transfer ids is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public Exchange(ExchangeId id, ImmutableArray<TransferId> transfers, Evidence evidence, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        Id = ArgumentChecks.NotDefault(id, nameof(id));
        Transfers = transfers.IsDefault ? [] : transfers;
        foreach (var transfer in Transfers)
        {
            ArgumentChecks.NotDefault(transfer, nameof(transfers));
        }

        Evidence = evidence;
        Description = ArgumentChecks.OptionalText(description);
    }

    /// <summary>The exchange's id.</summary>
    public ExchangeId Id { get; }

    /// <summary>The transfers that pay for each other, in the order given.</summary>
    public ImmutableArray<TransferId> Transfers { get; }

    /// <summary>What supports the claim that the transfers are linked.</summary>
    public Evidence Evidence { get; }

    /// <summary>Free text, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <inheritdoc/>
    public bool Equals(Exchange? other) =>
        other is not null && Id == other.Id && Transfers.SequenceEqual(other.Transfers) &&
        Evidence.Equals(other.Evidence) && Description == other.Description;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Transfers.Length, Evidence, Description);

    /// <summary>Culture-invariant text such as "x1: t1 + t2 + t3 [Reported]".</summary>
    /// <returns>The exchange as text.</returns>
    public override string ToString() => $"{Id}: {string.Join(" + ", Transfers)} [{Evidence.Confidence}]";
}
