using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Datasets.Sipri;

/// <summary>Makes the model's weapon-systems transfer from a SIPRI record (see <see cref="SipriImporter"/> for the rules).</summary>
internal static class SipriTransferMapping
{
    public static Transfer ToTransfer(SipriRecord record, Evidence reported, Evidence uncertain)
    {
        // SIPRI writes 0 ordered for open-ended licensed production that has delivered units, and a TIV of 0 for an
        // order whose number is not yet known: the model states neither figure rather than a false 0.
        var orderedStated = IsOrderStated(record.NumberOrdered, record.NumberDelivered);
        var item = new WeaponSystemsItem(
            record.Designation,
            record.Category,
            orderedStated ? Estimated(record.NumberOrdered!.Value, record.NumberOrderedIsEstimate) : null,
            Estimated(record.NumberDelivered, record.NumberDeliveredIsEstimate),
            record.TivPerUnit,
            orderedStated ? record.TivOrder : null,
            record.TivDelivered,
            record.Status != SipriStatus.New);

        // Deliveries occasionally precede the recorded order year; the period then starts with them.
        var start = record.FirstDeliveryYear is { } first && first < record.OrderYear ? first : record.OrderYear;
        var period = new DatePeriod(new PartialDate(start), record.LastDeliveryYear is { } last ? new PartialDate(last) : null);
        var status = record.LastDeliveryYear is null && record.NumberDelivered == 0 ? TransferStatus.Agreed
            : record.LastDeliveryYear is not null && orderedStated && record.NumberDelivered >= record.NumberOrdered ? TransferStatus.Delivered
            : TransferStatus.Ongoing;
        var isUncertain = record.OrderYearIsEstimate == true || record.DeliveryYearIsEstimate == true || record.StatusIsEstimate == true;
        var description = record.WeaponDescription is null ? record.Comments
            : record.Comments is null ? record.WeaponDescription
            : $"{record.WeaponDescription} — {record.Comments}";
        return new Transfer(record.TransferId, record.Supplier, record.Recipient, period, status, item, isUncertain ? uncertain : reported, description);
    }

    /// <summary>Whether a number ordered is a real figure: stated, and not the 0 written for open-ended production that has delivered units.</summary>
    public static bool IsOrderStated(int? ordered, int delivered) => ordered is { } o && !(o == 0 && delivered > 0);

    private static Estimate Estimated(int value, bool? uncertain) =>
        uncertain == true ? Estimate.About(value) : Estimate.Exactly(value);
}
