using Geopolitics.Model.Actors;
using Geopolitics.Model.Datasets.Sipri;
using Xunit.Abstractions;

namespace Geopolitics.Model.Datasets.Tests.Sipri;

public class SipriTotalsTests(ITestOutputHelper output)
{
    private const string Register2024 = "sipri/trade_register_2024-10-21/trade-register.csv";
    private const string Export2025 = "sipri/transfers_2025-01-03/trade_2023.csv";

    private static SipriTotalsTable Totals(SipriImport import, SipriGrouping grouping, SipriYearBasis year) =>
        SipriTotals.Compute(import, grouping, year).Match(table => table, error => throw new Xunit.Sdk.XunitException(error.ToString()));

    private static string Csv(SipriTotalsTable table)
    {
        using var writer = new StringWriter();
        SipriTotals.WriteCsv(table, writer);
        return writer.ToString();
    }

    [Fact]
    public void Compute_BySupplierAndOrderYear_SumsDeliveredTivOfEachOrderYear()
    {
        var import = SipriImporterTests.ImportData("sipri/handmade/deliveries_2026.csv");

        var table = Totals(import, SipriGrouping.Supplier, SipriYearBasis.Order);

        Assert.Equal("supplier,year,tiv\nALB,2011,1.2\nRUS,2018,900\nUSA,2019,1500\n", Csv(table));
    }

    [Fact]
    public void Compute_ByPairAndDeliveryYear_SplitsDealsByTheYearOfDelivery()
    {
        var import = SipriImporterTests.ImportData("sipri/handmade/deliveries_2026.csv");

        var table = Totals(import, SipriGrouping.Pair, SipriYearBasis.Delivery);

        Assert.Equal(
            "supplier,recipient,year,tiv\nALB,BFA,2011,1.2\nRUS,IND,2021,600\nRUS,IND,2022,300\nUSA,TWN,2021,1000\nUSA,TWN,2023,500\n",
            Csv(table));
        Assert.Equal(new SipriTotal(new ActorId("RUS"), new ActorId("IND"), 2021, 600m), table.Rows[1]);
    }

    [Fact]
    public void Compute_ByRecipientAndDeliveryYear_HasNoSupplierColumn()
    {
        var import = SipriImporterTests.ImportData("sipri/handmade/deliveries_2026.csv");

        var table = Totals(import, SipriGrouping.Recipient, SipriYearBasis.Delivery);

        Assert.Equal("recipient,year,tiv\nBFA,2011,1.2\nIND,2021,600\nIND,2022,300\nTWN,2021,1000\nTWN,2023,500\n", Csv(table));
        Assert.All(table.Rows, row => Assert.Null(row.Supplier));
    }

    [Fact]
    public void Compute_RegisterByOrderYear_CountsOnlyDealsWithDeliveries()
    {
        var import = SipriImporterTests.ImportData("sipri/handmade/register_quirks.csv");

        var table = Totals(import, SipriGrouping.Supplier, SipriYearBasis.Order);

        Assert.Equal(
            "supplier,year,tiv\nBRA,2017,27\nFRA,1982,1\nFRA,1988,1485.25\nNOR,2015,2\nSIPRI-SOVIET-UNION,1988,2875\nSIPRI-UNKNOWN-SUPPLIERS,1984,0.2\nUKR,2008,3.25\nUSA,2019,30\n",
            Csv(table));
    }

    [Fact]
    public void Compute_RegisterByDeliveryYear_SaysTheRegisterHasNoPerYearSplit()
    {
        var import = SipriImporterTests.ImportData("sipri/handmade/register_quirks.csv");

        var error = SipriTotals.Compute(import, SipriGrouping.Pair, SipriYearBasis.Delivery).AsT1;

        Assert.Equal(DatasetErrorCodes.SipriTotalsNeedDeliveryYears, error.Code);
        Assert.Contains("order year only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_ExportByDeliveryYear_DoesNotReportNeedDeliveryYears()
    {
        var import = SipriImporterTests.ImportData("sipri/handmade/deliveries_2026.csv");

        Assert.True(SipriTotals.Compute(import, SipriGrouping.Pair, SipriYearBasis.Delivery).IsT0);
    }

    [Theory]
    [InlineData(SipriYearBasis.Order)]
    [InlineData(SipriYearBasis.Delivery)]
    public void Compute_Legacy2014_SaysItHasNoTiv(SipriYearBasis year)
    {
        var import = SipriImporterTests.ImportData("sipri/trade_register_2014_legacy/trade_register_report.csv");

        Assert.Equal(DatasetErrorCodes.SipriTotalsNeedTiv, SipriTotals.Compute(import, SipriGrouping.Supplier, year).AsT1.Code);
    }

    [Fact]
    public void Compute_RegisterByOrderYear_DoesNotReportNeedTiv()
    {
        var import = SipriImporterTests.ImportData("sipri/handmade/register_quirks.csv");

        Assert.True(SipriTotals.Compute(import, SipriGrouping.Supplier, SipriYearBasis.Order).IsT0);
    }

    /// <summary>
    /// The October 2024 trade register and the January 2025 export are one database vintage: their
    /// supplier-recipient-order-year totals agree to SIPRI's rounding (0.05 TIV) for orders from 2000 on, which the
    /// 2025 export covers whole.
    /// </summary>
    [DatasetFact(Register2024, Export2025)]
    public void Compute_SameVintageInTwoFormats_AgreesToSipriRounding()
    {
        var register = SipriImporter.Import(DatasetFiles.Shared(Register2024)).AsT0;
        var export = SipriImporter.Import(DatasetFiles.Shared(Export2025)).AsT0;

        static Dictionary<(ActorId?, ActorId?, int), decimal> From2000(SipriTotalsTable table) =>
            table.Rows.Where(row => row.Year >= 2000).ToDictionary(row => (row.Supplier, row.Recipient, row.Year), row => row.Tiv);

        var a = From2000(Totals(register, SipriGrouping.Pair, SipriYearBasis.Order));
        var b = From2000(Totals(export, SipriGrouping.Pair, SipriYearBasis.Order));
        var keys = a.Keys.Union(b.Keys).ToList();
        var differences = keys.Select(key => (Key: key, Difference: Math.Abs(a.GetValueOrDefault(key) - b.GetValueOrDefault(key)))).ToList();
        var largest = differences.MaxBy(d => d.Difference);
        output.WriteLine($"groups compared: {keys.Count} (register {a.Count}, export {b.Count}); largest difference {largest.Difference} at {largest.Key}; totals {a.Values.Sum()} and {b.Values.Sum()}");

        Assert.Equal(a.Count, b.Count);
        Assert.True(keys.Count > 5_000, $"Only {keys.Count} groups compared.");
        Assert.All(differences, d => Assert.True(d.Difference <= 0.05m, $"{d.Key}: {a.GetValueOrDefault(d.Key)} vs {b.GetValueOrDefault(d.Key)}"));
    }

    [DatasetFact(Export2025)]
    public void Compute_Export2025ByDeliveryYear_CoversOnlyTheExportedYears()
    {
        var export = SipriImporter.Import(DatasetFiles.Shared(Export2025)).AsT0;

        var table = Totals(export, SipriGrouping.Supplier, SipriYearBasis.Delivery);

        Assert.Equal((2000, 2023), (table.Rows.Min(row => row.Year), table.Rows.Max(row => row.Year)));
        Assert.Equal(export.Records.Sum(r => r.TivDelivered), table.Rows.Sum(row => row.Tiv));
    }
}
