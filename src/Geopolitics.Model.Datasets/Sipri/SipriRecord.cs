using System.Collections.Immutable;
using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>
/// One SIPRI deal as the file records it, kept beside the model's <see cref="Transfer"/> made from it: the per-year
/// deliveries that a transfer's single period cannot hold, the uncertainty flags, and the raw figures. The totals of
/// <see cref="SipriTotals"/> are computed from these records.
/// </summary>
/// <remarks>
/// Figures are the file's own: a trade register that leaves <c>Number ordered</c> blank writes the TIV of the order as
/// 0, and <see cref="TivOrder"/> keeps that 0; the transfer's item states the order's TIV as unknown instead.
/// A flag is <see langword="null"/> when the format has no such flag or leaves it blank.
/// </remarks>
public sealed class SipriRecord
{
    internal SipriRecord(
        SipriFormat format,
        int row,
        long line,
        string? dealId,
        string supplierName,
        string recipientName,
        ActorId supplier,
        ActorId recipient,
        string designation,
        string? weaponDescription,
        string? category,
        int orderYear,
        bool? orderYearIsEstimate,
        int? numberOrdered,
        bool? numberOrderedIsEstimate,
        int numberDelivered,
        bool? numberDeliveredIsEstimate,
        ImmutableArray<int> deliveryYears,
        int? firstDeliveryYear,
        int? lastDeliveryYear,
        bool? deliveryYearIsEstimate,
        ImmutableArray<SipriDelivery> deliveries,
        SipriStatus status,
        bool? statusIsEstimate,
        decimal? tivPerUnit,
        decimal? tivOfNewUnit,
        decimal? tivOrder,
        decimal? tivDelivered,
        bool? localProduction,
        string? comments)
    {
        Format = format;
        Row = row;
        Line = line;
        DealId = dealId;
        SupplierName = supplierName;
        RecipientName = recipientName;
        Supplier = supplier;
        Recipient = recipient;
        Designation = designation;
        WeaponDescription = weaponDescription;
        Category = category;
        OrderYear = orderYear;
        OrderYearIsEstimate = orderYearIsEstimate;
        NumberOrdered = numberOrdered;
        NumberOrderedIsEstimate = numberOrderedIsEstimate;
        NumberDelivered = numberDelivered;
        NumberDeliveredIsEstimate = numberDeliveredIsEstimate;
        DeliveryYears = deliveryYears;
        FirstDeliveryYear = firstDeliveryYear;
        LastDeliveryYear = lastDeliveryYear;
        DeliveryYearIsEstimate = deliveryYearIsEstimate;
        Deliveries = deliveries;
        Status = status;
        StatusIsEstimate = statusIsEstimate;
        TivPerUnit = tivPerUnit;
        TivOfNewUnit = tivOfNewUnit;
        TivOrder = tivOrder;
        TivDelivered = tivDelivered;
        LocalProduction = localProduction;
        Comments = comments;
    }

    /// <summary>The format of the file the record comes from.</summary>
    public SipriFormat Format { get; }

    /// <summary>The 1-based data row of the record's first row (the header is row 0).</summary>
    public int Row { get; }

    /// <summary>The 1-based line of the file on which the record's first row starts.</summary>
    public long Line { get; }

    /// <summary>SIPRI's id of the deal (<c>SIPRI AT Database ID</c>, or the 2014 export's <c>Id</c>), or <see langword="null"/> in the trade register, which has none.</summary>
    public string? DealId { get; }

    /// <summary>The supplier's name as SIPRI writes it.</summary>
    public string SupplierName { get; }

    /// <summary>The recipient's name as SIPRI writes it.</summary>
    public string RecipientName { get; }

    /// <summary>The supplier's actor id (see <see cref="SipriActorNames"/>).</summary>
    public ActorId Supplier { get; }

    /// <summary>The recipient's actor id (see <see cref="SipriActorNames"/>).</summary>
    public ActorId Recipient { get; }

    /// <summary>The weapon designation, trimmed.</summary>
    public string Designation { get; }

    /// <summary>SIPRI's description of the weapon ("trainer/combat aircraft"), or <see langword="null"/>.</summary>
    public string? WeaponDescription { get; }

    /// <summary>The armament category as the file writes it ("Aircraft", "Air-defence systems"), or <see langword="null"/> where the format has none.</summary>
    public string? Category { get; }

    /// <summary>The year of the order.</summary>
    public int OrderYear { get; }

    /// <summary>Whether SIPRI marks the order year as uncertain.</summary>
    public bool? OrderYearIsEstimate { get; }

    /// <summary>The number ordered as the file writes it, or <see langword="null"/> when blank or absent from the format.</summary>
    public int? NumberOrdered { get; }

    /// <summary>Whether SIPRI marks the number ordered as uncertain.</summary>
    public bool? NumberOrderedIsEstimate { get; }

    /// <summary>The number delivered (in the per-year exports, summed over the delivery years the file covers); 0 when nothing was delivered.</summary>
    public int NumberDelivered { get; }

    /// <summary>Whether SIPRI marks the number delivered as uncertain (in the per-year exports, true when any year's number is).</summary>
    public bool? NumberDeliveredIsEstimate { get; }

    /// <summary>The delivery years the file lists, ascending and distinct; empty when none, and in the 2014 legacy format, which gives only a range.</summary>
    public ImmutableArray<int> DeliveryYears { get; }

    /// <summary>The first delivery year, or <see langword="null"/> when nothing was delivered.</summary>
    public int? FirstDeliveryYear { get; }

    /// <summary>The last delivery year, or <see langword="null"/> when nothing was delivered.</summary>
    public int? LastDeliveryYear { get; }

    /// <summary>Whether SIPRI marks a delivery year as uncertain (in the per-year exports, true when any year is).</summary>
    public bool? DeliveryYearIsEstimate { get; }

    /// <summary>The deliveries by year, ascending by year, where the format records them (the per-delivery-year exports); otherwise empty.</summary>
    public ImmutableArray<SipriDelivery> Deliveries { get; }

    /// <summary>Whether the weapons were new or second-hand.</summary>
    public SipriStatus Status { get; }

    /// <summary>Whether SIPRI marks the status as uncertain (2014 legacy format only).</summary>
    public bool? StatusIsEstimate { get; }

    /// <summary>The TIV of one unit in this deal (millions), or <see langword="null"/> where the format has none.</summary>
    public decimal? TivPerUnit { get; }

    /// <summary>SIPRI's TIV of one new unit of the weapon (the per-year exports' <c>SIPRI estimate</c> column), or <see langword="null"/>.</summary>
    public decimal? TivOfNewUnit { get; }

    /// <summary>The TIV of the whole order as the file writes it, or <see langword="null"/> where the format has none.</summary>
    public decimal? TivOrder { get; }

    /// <summary>The TIV of the weapons delivered (in the per-year exports, summed over the years), or <see langword="null"/> where the format has none.</summary>
    public decimal? TivDelivered { get; }

    /// <summary>Whether the weapons were produced under licence or locally (<c>Local production</c>; the 2014 export's <c>Recipient Involvement</c>), or <see langword="null"/>.</summary>
    public bool? LocalProduction { get; }

    /// <summary>SIPRI's comments, or <see langword="null"/>.</summary>
    public string? Comments { get; }

    /// <summary>
    /// The id of the transfer made from this record: <c>sipri-</c> and the deal id in the per-year exports,
    /// <c>sipri-2014-</c> and the id in the 2014 register, <c>sipri-r</c> and the row in the trade register, which has
    /// no deal id.
    /// </summary>
    public TransferId TransferId => new(Format switch
    {
        SipriFormat.DeliveriesByYear => "sipri-" + DealId,
        SipriFormat.TradeRegister2014 => "sipri-2014-" + DealId,
        _ => string.Create(CultureInfo.InvariantCulture, $"sipri-r{Row}"),
    });

    /// <summary>Culture-invariant text such as <c>row 1: Brazil -> Afghanistan, EMB-314 Super Tucano, ordered 2017</c>.</summary>
    /// <returns>The record as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"row {Row}: {SupplierName} -> {RecipientName}, {Designation}, ordered {OrderYear}");
}
