using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Transfers;

/// <summary>
/// Something that goes from a <see cref="Supplier"/> to a <see cref="Recipient"/> over a <see cref="Period"/>: one
/// <see cref="Item"/> (munitions, weapon systems, technology, money, personnel or resources), with a
/// <see cref="Status"/> and the <see cref="Evidence"/> for it.
/// </summary>
/// <remarks>
/// Rules across fields (the supplier is not the recipient, both are known actors, the period ends on or after its
/// start, a delivered transfer has an end) are checked by <see cref="Validation.TransferValidator"/>.
/// </remarks>
public sealed record Transfer : IEvidenced
{
    /// <summary>Creates a transfer.</summary>
    /// <param name="id">The transfer's id.</param>
    /// <param name="supplier">Who sends.</param>
    /// <param name="recipient">Who receives.</param>
    /// <param name="period">When it happened or happens, both ends included; an open end while it goes on.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="item">What goes.</param>
    /// <param name="evidence">What supports the fact.</param>
    /// <param name="description">Free text, or <see langword="null"/>; blank is stored as <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An id is the default value, or the period starts or ends on <c>default(PartialDate)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> or <paramref name="evidence"/> is null.</exception>
    public Transfer(
        TransferId id,
        ActorId supplier,
        ActorId recipient,
        DatePeriod period,
        TransferStatus status,
        TransferItem item,
        Evidence evidence,
        string? description = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(evidence);
        Id = ArgumentChecks.NotDefault(id, nameof(id));
        Supplier = ArgumentChecks.NotDefault(supplier, nameof(supplier));
        Recipient = ArgumentChecks.NotDefault(recipient, nameof(recipient));
        Period = ArgumentChecks.NotDefault(period, nameof(period));
        Status = ArgumentChecks.Defined(status, nameof(status));
        Item = item;
        Evidence = evidence;
        Description = ArgumentChecks.OptionalText(description);
    }

    /// <summary>The transfer's id.</summary>
    public TransferId Id { get; }

    /// <summary>Who sends.</summary>
    public ActorId Supplier { get; }

    /// <summary>Who receives.</summary>
    public ActorId Recipient { get; }

    /// <summary>When it happened or happens, both ends included; an open end while it goes on.</summary>
    public DatePeriod Period { get; }

    /// <summary>Where it stands.</summary>
    public TransferStatus Status { get; }

    /// <summary>What goes.</summary>
    public TransferItem Item { get; }

    /// <summary>What supports the fact.</summary>
    public Evidence Evidence { get; }

    /// <summary>Free text, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>Whether the transfer runs between the two actors, in either direction.</summary>
    /// <param name="first">One actor.</param>
    /// <param name="second">The other actor.</param>
    /// <returns>Whether one is the supplier and the other the recipient.</returns>
    public bool IsBetween(ActorId first, ActorId second) =>
        (Supplier == first && Recipient == second) || (Supplier == second && Recipient == first);

    /// <summary>Culture-invariant text such as "t1: PRK -> RUS, 2024-10/.., Ongoing, personnel: over 10,000 CombatTroops [Confirmed]".</summary>
    /// <returns>The transfer as text.</returns>
    public override string ToString() =>
        $"{Id}: {Supplier} -> {Recipient}, {Period}, {Status}, {Item} [{Evidence.Confidence}]";
}
