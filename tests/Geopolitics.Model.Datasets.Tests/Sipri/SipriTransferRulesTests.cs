using Geopolitics.Model.Datasets.Sipri;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Transfers;

namespace Geopolitics.Model.Datasets.Tests.Sipri;

/// <summary>
/// Every deal of the SIPRI files in the test data checked against the transfer it becomes, by the rules
/// <see cref="SipriImporter"/> documents: the period, the status, "about" numbers, the lower confidence of uncertain
/// deals, the figures stated only with a real number ordered, and the description.
/// </summary>
public sealed class SipriTransferRulesTests
{
    [Theory]
    [InlineData("trade_register_2014_legacy", "trade_register_report.csv")]
    [InlineData("handmade", "register_quirks.csv")]
    [InlineData("handmade", "deliveries_2026.csv")]
    public void Import_EachDeal_IsTheTransferTheDocumentedRulesGive(string folder, string file)
    {
        var import = SipriImporter.Import(DatasetFiles.Data("sipri", folder, file), new SipriImportOptions(uncertainConfidence: Confidence.Potential)).AsT0;

        Assert.NotEmpty(import.Records);
        Assert.Equal(import.Records.Length, import.Transfers.Length);
        foreach (var (record, transfer) in import.Records.Zip(import.Transfers))
        {
            var item = Assert.IsType<WeaponSystemsItem>(transfer.Item);
            var orderStated = record.NumberOrdered is { } ordered && !(ordered == 0 && record.NumberDelivered > 0);

            Assert.Equal(record.TransferId, transfer.Id);
            Assert.Equal(Math.Min(record.OrderYear, record.FirstDeliveryYear ?? record.OrderYear), transfer.Period.Start.Year);
            Assert.Equal(record.LastDeliveryYear, transfer.Period.End?.Year);
            Assert.Equal(
                record.LastDeliveryYear is null && record.NumberDelivered == 0 ? TransferStatus.Agreed
                : record.LastDeliveryYear is not null && orderStated && record.NumberDelivered >= record.NumberOrdered ? TransferStatus.Delivered
                : TransferStatus.Ongoing,
                transfer.Status);
            Assert.Equal(
                record.OrderYearIsEstimate == true || record.DeliveryYearIsEstimate == true || record.StatusIsEstimate == true ? Confidence.Potential : Confidence.Reported,
                transfer.Evidence.Confidence);
            Assert.Equal(orderStated ? record.NumberOrdered : null, (int?)item.NumberOrdered?.Low);
            Assert.Equal(orderStated ? record.TivOrder : null, item.TivOrder);
            Assert.Equal(orderStated ? Qualifier(record.NumberOrderedIsEstimate) : null, item.NumberOrdered?.Qualifier);
            Assert.Equal(Qualifier(record.NumberDeliveredIsEstimate), item.NumberDelivered?.Qualifier);
            Assert.Equal(record.Status != SipriStatus.New, item.SecondHand);
            Assert.Equal(
                (record.WeaponDescription, record.Comments) switch
                {
                    (null, var comments) => comments,
                    (var description, null) => description,
                    var (description, comments) => $"{description} — {comments}",
                },
                transfer.Description);
        }
    }

    private static EstimateQualifier Qualifier(bool? uncertain) => uncertain == true ? EstimateQualifier.About : EstimateQualifier.Exact;

    [Fact]
    public void Import_TheFiles_HoldEveryCaseTheRulesDistinguish()
    {
        var records = new[] { ("trade_register_2014_legacy", "trade_register_report.csv"), ("handmade", "register_quirks.csv"), ("handmade", "deliveries_2026.csv") }
            .SelectMany(f => SipriImporter.Import(DatasetFiles.Data("sipri", f.Item1, f.Item2)).AsT0.Records).ToList();

        Assert.Contains(records, r => r.FirstDeliveryYear < r.OrderYear);
        Assert.Contains(records, r => r.LastDeliveryYear is null && r.NumberDelivered == 0);
        Assert.Contains(records, r => r.LastDeliveryYear is not null && r.NumberDelivered < r.NumberOrdered);
        Assert.Contains(records, r => r.LastDeliveryYear is not null && r.NumberDelivered >= r.NumberOrdered && r.NumberOrdered > 0);
        Assert.Contains(records, r => r.NumberOrderedIsEstimate == true);
        Assert.Contains(records, r => r.NumberDeliveredIsEstimate == true);
        Assert.Contains(records, r => r.OrderYearIsEstimate == true);
        Assert.Contains(records, r => r.OrderYearIsEstimate != true && r.DeliveryYearIsEstimate == true);
        Assert.Contains(records, r => r.WeaponDescription is null || r.Comments is null);
        Assert.Contains(records, r => r.WeaponDescription is not null && r.Comments is not null);
        Assert.Contains(records, r => r.NumberOrdered == 0 && r.NumberDelivered > 0);
    }
}
