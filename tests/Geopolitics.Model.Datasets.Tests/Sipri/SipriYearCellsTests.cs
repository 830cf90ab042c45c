using System.Text;
using Geopolitics.Model.Datasets.Sipri;
using Geopolitics.Model.Errors;

namespace Geopolitics.Model.Datasets.Tests.Sipri;

/// <summary>The year cells of the trade registers: the years read, the lists and ranges of delivery years, and the errors that name the cell.</summary>
public sealed class SipriYearCellsTests
{
    [Theory]
    [InlineData("2019", "2021", new[] { 2021 })]
    [InlineData("1900", "1900", new[] { 1900 })]
    [InlineData("2100", "2100", new[] { 2100 })]
    [InlineData("2019", "2022; 2020; 2022", new[] { 2020, 2022 })]
    [InlineData("2019", "", new int[0])]
    public void Import_RegisterYears_AreReadSortedAndOnce(string order, string deliveries, int[] years)
    {
        var record = Assert.Single(Register(Row(order, deliveries)).AsT0.Records);

        Assert.Equal(int.Parse(order, System.Globalization.CultureInfo.InvariantCulture), record.OrderYear);
        Assert.Equal(years, record.DeliveryYears);
        Assert.Equal(years.Length == 0 ? null : years[0], record.FirstDeliveryYear);
        Assert.Equal(years.Length == 0 ? null : years[^1], record.LastDeliveryYear);
    }

    [Theory]
    [InlineData("1899", "2021", "Year of order", "'Year of order' is '1899'; a year is a four-digit year from 1900 to 2100.")]
    [InlineData("2101", "2021", "Year of order", "'Year of order' is '2101'; a year is a four-digit year from 1900 to 2100.")]
    [InlineData("2019", "2021;", "Year(s) of delivery", "'Year(s) of delivery' is '2021;'; a year is a four-digit year from 1900 to 2100, and delivery years are listed as '1988; 1989'.")]
    [InlineData("2019", "2021 - 2022", "Year(s) of delivery", "'Year(s) of delivery' is '2021 - 2022'; a year is a four-digit year from 1900 to 2100, and delivery years are listed as '1988; 1989'.")]
    public void Import_BadRegisterYear_IsRejectedNamingTheCellAndTheForm(string order, string deliveries, string column, string message)
    {
        var import = Register(Row(order, deliveries) + Row("2019", "2021")).AsT0;

        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.SipriInvalidYear, column, message), (error.Code, error.Location.Path!.ToString()[2..^2], error.Message));
        Assert.Single(import.Records);
    }

    [Theory]
    [InlineData("2007 - 2011", 2007, 2011)]
    [InlineData("2011", 2011, 2011)]
    [InlineData("2005-2006", 2005, 2006)]
    public void Import_LegacyDeliveryRange_GivesTheFirstAndLastYear(string range, int first, int last)
    {
        var record = Assert.Single(Legacy(LegacyRow(range)).AsT0.Records);

        Assert.Equal((first, last), (record.FirstDeliveryYear!.Value, record.LastDeliveryYear!.Value));
    }

    [Fact]
    public void Import_BadLegacyRange_NamesTheRangeForm()
    {
        var error = Assert.Single(Legacy(LegacyRow("2011; 2012")).AsT0.Rejected);

        Assert.EndsWith("a year is a four-digit year from 1900 to 2100, and delivery years are a range '2007 - 2011'.", error.Message, StringComparison.Ordinal);
    }

    private const string LegacyHeader =
        "Id,Supplier,Recipient,No. ordered,No. ordered data uncertain,Designation,Description,Status,Status data uncertain,Year of order,Year of order data uncertain,Year(s) of deliveries,No. delivered,Year(s) of delivery or no. delivered data uncertain,Recipient Involvement,Comment\n";

    private static string Row(string order, string deliveries) =>
        $"Taiwan,United States,{order},,1,,F-16V,fighter aircraft,{(deliveries.Length == 0 ? 0 : 1)},,{deliveries},New,,50,50,{(deliveries.Length == 0 ? 0 : 50)}\n";

    private static string LegacyRow(string range) => $"4327,Albania,Burkina Faso,12,Yes,M-43 120mm,Mortar,SecondHand,,2007,,{range},12,,,Ex-Albanian\n";

    private static OneOf.OneOf<SipriImport, System.Collections.Immutable.ImmutableArray<ModelError>> Register(string rows) =>
        SipriImporter.ImportFrom(new MemoryStream(Encoding.UTF8.GetBytes(SipriHeaders.Register + rows)), "register.csv");

    private static OneOf.OneOf<SipriImport, System.Collections.Immutable.ImmutableArray<ModelError>> Legacy(string rows) =>
        SipriImporter.ImportFrom(new MemoryStream(Encoding.UTF8.GetBytes(LegacyHeader + rows)), "legacy.csv");
}
