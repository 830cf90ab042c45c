using System.Globalization;
using System.Text;
using Geopolitics.Model.Datasets.Sipri;
using Geopolitics.Model.Tests.Generators;

namespace Geopolitics.Model.Datasets.Tests.Sipri;

/// <summary>Figures whose sums would overflow: rejected or saturated with a note, never wrapped or thrown (issue 15, item 1).</summary>
public class SipriOverflowTests
{
    private static readonly string MaxTiv = decimal.MaxValue.ToString(CultureInfo.InvariantCulture);

    private static SipriImport Import(string text) =>
        SipriImporter.ImportFrom(new MemoryStream(Encoding.UTF8.GetBytes(text)), "hostile.csv").Match(
            import => import,
            errors => throw new Xunit.Sdk.XunitException("Import failed: " + string.Join("; ", errors)));

    private static string DeliveryRow(int deal, string number, int year, string tiv) =>
        $"{deal},United States,Taiwan,F-16V,fighter aircraft,Aircraft,2019,No,{number},No,{year},No,New,50,50,{tiv},No;\n";

    [Fact]
    public void Import_DeliveriesOfOneDealBeyondIntMaxUnits_RejectsEveryRowOfTheDealWithItsCode()
    {
        var import = Import(SipriHeaders.Deliveries + DeliveryRow(7, "2000000000", 2021, "1") + DeliveryRow(7, "2000000000", 2022, "1") + DeliveryRow(8, "3", 2021, "1"));

        Assert.Equal((3, 1, 2), (import.RowsRead, import.RowsImported, import.RowsRejected));
        Assert.All(import.Rejected, error => Assert.Equal(DatasetErrorCodes.SipriDealTotalOverflow, error.Code));
        Assert.Equal([1, 2], import.Rejected.Select(error => error.Location.Row ?? 0));
        Assert.Equal("8", Assert.Single(import.Records).DealId);
    }

    [Fact]
    public void Import_DeliveriesOfOneDealBeyondDecimalMaxTiv_RejectsTheDeal()
    {
        var import = Import(SipriHeaders.Deliveries + DeliveryRow(7, "1", 2021, MaxTiv) + DeliveryRow(7, "1", 2022, "1"));

        Assert.Equal((2, 0, 2), (import.RowsRead, import.RowsImported, import.RowsRejected));
        Assert.All(import.Rejected, error => Assert.Equal(DatasetErrorCodes.SipriDealTotalOverflow, error.Code));
        Assert.Contains("deal 7", import.Rejected[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DeliveriesAtExactlyTheLimits_Imports()
    {
        var import = Import(SipriHeaders.Deliveries + DeliveryRow(7, "2147483646", 2021, MaxTiv) + DeliveryRow(7, "1", 2022, "0"));

        var record = Assert.Single(import.Records);
        Assert.Equal((int.MaxValue, decimal.MaxValue), (record.NumberDelivered, record.TivDelivered));
        Assert.True(import.ToScenario().IsT0);
    }

    [Fact]
    public void Compute_DeliveryYearTotalsBeyondDecimalMax_SaturateWithANote()
    {
        var half = (decimal.MaxValue / 2 + 1).ToString(CultureInfo.InvariantCulture);
        var import = Import(SipriHeaders.Deliveries + DeliveryRow(7, "1", 2021, half) + DeliveryRow(8, "1", 2021, half) + DeliveryRow(9, "1", 2022, "2"));

        var table = SipriTotals.Compute(import, SipriGrouping.Pair, SipriYearBasis.Delivery).AsT0;

        Assert.Equal([decimal.MaxValue, 2m], table.Rows.Select(row => row.Tiv));
        var note = Assert.Single(table.Notes);
        Assert.Equal(DatasetErrorCodes.SipriTotalSaturated, note.Code);
        Assert.Contains("USA -> TWN in 2021", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_TableWithNotes_ComparesEveryMember()
    {
        var half = (decimal.MaxValue / 2 + 1).ToString(CultureInfo.InvariantCulture);
        var saturated = Import(SipriHeaders.Deliveries + DeliveryRow(7, "1", 2021, half) + DeliveryRow(8, "1", 2021, half) + DeliveryRow(9, "1", 2022, "2"));
        var table = SipriTotals.Compute(saturated, SipriGrouping.Pair, SipriYearBasis.Delivery).AsT0;
        var handmade = SipriImporterTests.ImportData("sipri/handmade/deliveries_2026.csv");

        ValueEquality.AssertMemberwise(table, SipriTotals.Compute(handmade, SipriGrouping.Supplier, SipriYearBasis.Order).AsT0);
    }

    [Fact]
    public void Compute_RegisterOrderYearTotalsBeyondDecimalMax_SaturateWithANote()
    {
        var row = $"Taiwan,United States,2019,,1,,F-16V,fighter aircraft,1,,2021,New,,{MaxTiv},{MaxTiv},{MaxTiv}\n";
        var import = Import(SipriHeaders.Register + row + row.Replace("F-16V", "F-16B", StringComparison.Ordinal));

        var table = SipriTotals.Compute(import, SipriGrouping.Supplier, SipriYearBasis.Order).AsT0;

        Assert.Equal(decimal.MaxValue, Assert.Single(table.Rows).Tiv);
        Assert.Equal(DatasetErrorCodes.SipriTotalSaturated, Assert.Single(table.Notes).Code);
    }

    [Fact]
    public void Compute_OrdinaryTotals_HaveNoNotes()
    {
        var import = Import(SipriHeaders.Deliveries + DeliveryRow(7, "1", 2021, "2") + DeliveryRow(8, "1", 2021, "3"));

        var table = SipriTotals.Compute(import, SipriGrouping.Pair, SipriYearBasis.Delivery).AsT0;

        Assert.Equal(5m, Assert.Single(table.Rows).Tiv);
        Assert.Empty(table.Notes);
    }
}

/// <summary>A SIPRI cell quoted in an error is quoted on one line (issue 15, item 10).</summary>
public class SipriMessageLineTests
{
    [Fact]
    public void Import_QuotedCellWithALineBreak_IsEscapedInTheMessage()
    {
        var text =
            SipriHeaders.Register +
            "Taiwan,United States,2019,,\"1\n2\",,F-16V,fighter aircraft,1,,2021,New,,50,50,50\n";

        var import = SipriImporter.ImportFrom(new MemoryStream(Encoding.UTF8.GetBytes(text)), "lines.csv").AsT0;

        var error = Assert.Single(import.Rejected);
        Assert.Equal(DatasetErrorCodes.SipriInvalidNumber, error.Code);
        Assert.Contains("'1\\n2'", error.Message, StringComparison.Ordinal);
    }
}
