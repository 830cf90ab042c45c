using Geopolitics.Model.Datasets.Sipri;

namespace Geopolitics.Model.Datasets.Tests.Sipri;

/// <summary>
/// The records of the SIPRI files in the test data checked against the rules of their formats: the legacy register's
/// blank flags read as no, the per-year export's deals summed from their delivery rows with their flags combined
/// (true if any is, false if all are, else unknown), and the figures each format states.
/// </summary>
public sealed class SipriRecordRulesTests
{
    [Fact]
    public void Import_Legacy2014Register_ReadsEveryBlankFlagAsNo()
    {
        var records = Import("trade_register_2014_legacy", "trade_register_report.csv").Records;

        Assert.All(records, r => Assert.NotNull(r.OrderYearIsEstimate));
        Assert.All(records, r => Assert.NotNull(r.NumberOrderedIsEstimate));
        Assert.All(records, r => Assert.NotNull(r.StatusIsEstimate));
        Assert.All(records, r => Assert.NotNull(r.LocalProduction));
        Assert.Contains(records, r => r.OrderYearIsEstimate == true);
        Assert.Contains(records, r => r.NumberOrderedIsEstimate == true);
        Assert.Contains(records, r => r.OrderYearIsEstimate == false);
    }

    [Fact]
    public void Import_DeliveriesByYear_EachDealIsTheSumOfItsDeliveriesWithTheirFlagsCombined()
    {
        var records = Import("handmade", "deliveries_2026.csv").Records;

        Assert.NotEmpty(records);
        Assert.All(records, r =>
        {
            Assert.NotEmpty(r.Deliveries);
            Assert.Equal(r.Deliveries.Sum(d => d.Number), r.NumberDelivered);
            Assert.Equal(r.Deliveries.Sum(d => d.Tiv), r.TivDelivered);
            Assert.Equal(r.Deliveries.Select(d => d.Year).Order(), r.DeliveryYears);
            Assert.Equal(r.Deliveries.Min(d => d.Year), r.FirstDeliveryYear);
            Assert.Equal(r.Deliveries.Max(d => d.Year), r.LastDeliveryYear);
            Assert.Equal(AnyTrue(r.Deliveries.Select(d => d.NumberIsEstimate)), r.NumberDeliveredIsEstimate);
            Assert.Equal(AnyTrue(r.Deliveries.Select(d => d.YearIsEstimate)), r.DeliveryYearIsEstimate);
        });

        // The file has a flag set on one row of a deal, flags all "No" on two rows, and a blank flag beside a "No".
        Assert.Contains(records, r => r.DeliveryYearIsEstimate == true);
        Assert.Contains(records, r => r.NumberDeliveredIsEstimate == false && r.Deliveries.Length > 1);
        Assert.Contains(records, r => r.DeliveryYearIsEstimate is null);
        Assert.Contains(records, r => r.OrderYearIsEstimate == true);
        Assert.Contains(records, r => r.LocalProduction == true);
        Assert.Contains(records, r => r.LocalProduction == false);
        Assert.All(records, r => Assert.NotNull(r.TivPerUnit));
        Assert.All(records, r => Assert.NotNull(r.TivOfNewUnit));
    }

    [Fact]
    public void Import_TradeRegister_StatesTheFiguresItsCellsHold()
    {
        var records = Import("handmade", "register_quirks.csv").Records;

        Assert.Contains(records, r => r.TivPerUnit is not null);
        Assert.Contains(records, r => r.TivOrder is not null);
        Assert.Contains(records, r => r.TivDelivered is not null);
        Assert.Contains(records, r => r.NumberDelivered > 0);
        Assert.All(records.Where(r => r.DeliveryYears.IsEmpty), r => Assert.Null(r.FirstDeliveryYear));
        Assert.All(records.Where(r => !r.DeliveryYears.IsEmpty), r => Assert.Equal((r.DeliveryYears[0], r.DeliveryYears[^1]), (r.FirstDeliveryYear!.Value, r.LastDeliveryYear!.Value)));
    }

    [Fact]
    public void Import_FieldsAFormatHasNoColumnFor_AreAbsentFromItsRecords()
    {
        var register = Import("handmade", "register_quirks.csv").Records;
        var legacy = Import("trade_register_2014_legacy", "trade_register_report.csv").Records;
        var deliveries = Import("handmade", "deliveries_2026.csv").Records;

        Assert.All(register, r => Assert.Equal((null, null, null, null, null, null), (r.DealId, r.Category, r.TivOfNewUnit, r.LocalProduction, r.StatusIsEstimate, r.DeliveryYearIsEstimate)));
        Assert.All(legacy, r => Assert.Equal((null, null, null, null, null), (r.Category, r.TivPerUnit, r.TivOrder, r.TivDelivered, r.TivOfNewUnit)));
        Assert.All(deliveries, r => Assert.Equal((null, null, null, null, null), (r.NumberOrdered, r.NumberOrderedIsEstimate, r.StatusIsEstimate, r.Comments, r.TivOrder)));
        Assert.All(deliveries, r => Assert.NotNull(r.Category));
        Assert.All(legacy, r => Assert.NotNull(r.DealId));
    }

    private static SipriImport Import(string folder, string file) => SipriImporter.Import(DatasetFiles.Data("sipri", folder, file)).AsT0;

    private static bool? AnyTrue(IEnumerable<bool?> flags)
    {
        var list = flags.ToList();
        return list.Contains(true) ? true : list.TrueForAll(f => f == false) ? false : null;
    }
}
