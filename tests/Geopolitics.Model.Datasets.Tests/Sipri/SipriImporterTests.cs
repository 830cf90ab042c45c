using System.Text;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Datasets.Sipri;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using NodaTime;

namespace Geopolitics.Model.Datasets.Tests.Sipri;

public class SipriImporterTests
{
    private const string Register2024 = "sipri/trade_register_2024-10-21/trade-register.csv";
    private const string Export2025 = "sipri/transfers_2025-01-03/trade_2023.csv";
    private const string Export2026 = "sipri/transfers_2026-02-12/trade_register.csv";

    internal static SipriImport ImportData(string relativePath, SipriImportOptions? options = null) =>
        SipriImporter.Import(DatasetFiles.Data(relativePath), options).Match(
            import => import,
            errors => throw new Xunit.Sdk.XunitException("Import failed: " + string.Join("; ", errors)));

    private static SipriImport ImportShared(string relativePath) =>
        SipriImporter.Import(DatasetFiles.Shared(relativePath)).Match(
            import => import,
            errors => throw new Xunit.Sdk.XunitException("Import failed: " + string.Join("; ", errors)));

    private static ModelError SingleError(string relativePath, SipriImportOptions? options = null) =>
        SipriImporter.Import(DatasetFiles.Data(relativePath), options).Match(
            import => throw new Xunit.Sdk.XunitException($"Expected the import to fail, got {import}."),
            errors => Assert.Single(errors));

    private static Transfer TransferOf(SipriImport import, int row)
    {
        var index = import.Records.ToList().FindIndex(record => record.Row == row);
        Assert.True(index >= 0, $"No record starts at row {row}.");
        return import.Transfers[index];
    }

    // ---- Real files ----

    [DatasetFact(Register2024)]
    public void Import_TradeRegister2024_ReadsEveryRecordAndJoinsTheTwoBrokenOnes()
    {
        var import = ImportShared(Register2024);

        Assert.Equal(SipriFormat.TradeRegister, import.Format);
        Assert.Equal(new LocalDate(2024, 10, 21), import.GeneratedOn);
        Assert.Equal((29_056, 29_056, 0), (import.RowsRead, import.RowsImported, import.RowsRejected));
        Assert.Empty(import.Rejected);
        Assert.Equal(29_056, import.Records.Length);

        var thailand = Assert.Single(import.Records, r => r.RecipientName == "Thailand" && r.SupplierName == "Ukraine" && r.Designation == "BTR-3" && r.OrderYear == 2008 && r.NumberOrdered == 14);
        Assert.Equal((14, 13, 0.25m, 3.5m, 3.25m), (thailand.NumberOrdered, thailand.NumberDelivered, thailand.TivPerUnit, thailand.TivOrder, thailand.TivDelivered));
        Assert.Equal("2010,2012", string.Join(',', thailand.DeliveryYears));
        Assert.EndsWith("redesign for other engines", thailand.Comments, StringComparison.Ordinal);
        var un = Assert.Single(import.Records, r => r.RecipientName == "United Nations**" && r.Designation == "Hermes-900");
        Assert.Equal((new ActorId("UN"), 9m), (un.Recipient, un.TivDelivered));
    }

    [DatasetFact(Register2024)]
    public void Import_TradeRegister2024_DecodesWindows1252()
    {
        var import = ImportShared(Register2024);

        Assert.Contains(import.Records, r => (r.Designation + r.Comments).Contains("Wärtsilä", StringComparison.Ordinal));
        Assert.DoesNotContain(import.Records, r => (r.Designation + r.Comments).Contains('\uFFFD', StringComparison.Ordinal));
    }

    [DatasetFact(Register2024)]
    public void Import_TradeRegister2024_MapsFlagsAndOpenFiguresToTheModel()
    {
        var import = ImportShared(Register2024);

        // Soviet Union -> Afghanistan, 1977, AI-25: order year and number delivered flagged '?'.
        var ai25 = TransferOf(import, 3);
        Assert.Equal(new ActorId("SIPRI-SOVIET-UNION"), ai25.Supplier);
        Assert.Equal(Confidence.Assessed, ai25.Evidence.Confidence);
        var item = Assert.IsType<WeaponSystemsItem>(ai25.Item);
        Assert.Equal(Estimate.About(26), item.NumberDelivered);
        Assert.Equal(Estimate.Exactly(26), item.NumberOrdered);
        Assert.Equal(new DatePeriod(new PartialDate(1977), new PartialDate(1978)), ai25.Period);
        Assert.Equal(TransferStatus.Delivered, ai25.Status);

        // Blank 'Number ordered' is written with a TIV for the order of 0: the model states neither.
        var javelin = import.Records.First(r => r.NumberOrdered is null);
        Assert.Equal(0m, javelin.TivOrder);
        var javelinItem = Assert.IsType<WeaponSystemsItem>(import.Transfers[import.Records.IndexOf(javelin)].Item);
        Assert.Null(javelinItem.NumberOrdered);
        Assert.Null(javelinItem.TivOrder);
    }

    [DatasetFact(Register2024)]
    public void ToScenario_TradeRegister2024_Validates()
    {
        var import = ImportShared(Register2024);

        var scenario = import.ToScenario().Match(s => s, errors => throw new Xunit.Sdk.XunitException(string.Join("\n", errors.Take(5))));

        Assert.Equal(29_056, scenario.Transfers.Length);
        Assert.Equal(import.Actors.Length, scenario.Actors.Length);
    }

    [DatasetFact(Export2025)]
    public void Import_Export2025_GroupsRowsIntoDealsWithPerYearDeliveries()
    {
        var import = ImportShared(Export2025);

        Assert.Equal(SipriFormat.DeliveriesByYear, import.Format);
        Assert.Equal((20_480, 20_480, 0), (import.RowsRead, import.RowsImported, import.RowsRejected));
        Assert.Equal(10_396, import.Records.Length);
        Assert.Equal(20_480, import.Records.Sum(r => r.Deliveries.Length));
        Assert.All(import.Records, r => Assert.Equal(r.TivDelivered, r.Deliveries.Sum(d => d.Tiv)));
        var super = Assert.Single(import.Records, r => r.DealId == "60320");
        Assert.Equal(("Brazil", "Afghanistan", "Aircraft", 2017, 6, 4.5m, 27m), (super.SupplierName, super.RecipientName, super.Category, super.OrderYear, super.NumberDelivered, super.TivPerUnit, super.TivDelivered));
        Assert.Null(super.NumberOrdered);
    }

    [DatasetFact(Export2025)]
    public void ToScenario_Export2025_Validates()
    {
        var import = ImportShared(Export2025);

        Assert.True(import.ToScenario().IsT0, string.Join("\n", import.ToScenario().Match(_ => [], e => e).Take(5)));
    }

    [DatasetFact(Export2026)]
    public void Import_Export2026_HandlesTrailingSemicolonsAndCrLf()
    {
        var import = ImportShared(Export2026);

        Assert.Equal(SipriFormat.DeliveriesByYear, import.Format);
        Assert.Equal(new LocalDate(2026, 2, 12), import.GeneratedOn);
        Assert.Equal((25_024, 25_024, 0), (import.RowsRead, import.RowsImported, import.RowsRejected));
        Assert.Equal(12_571, import.Records.Length);
        Assert.All(import.Records, r => Assert.NotNull(r.LocalProduction));
        Assert.Contains(import.Records, r => r.Category == "Air-defence systems");
        var mortars = Assert.Single(import.Records, r => r.DealId == "55238");
        Assert.Equal((SipriStatus.SecondHand, false, 0.1m, 0.25m), (mortars.Status, mortars.LocalProduction, mortars.TivPerUnit, mortars.TivOfNewUnit));
        Assert.True(import.ToScenario().IsT0);
    }

    [Fact]
    public void Import_Legacy2014_ReadsRangesAndRejectsTheMalformedRange()
    {
        var import = ImportData("sipri/trade_register_2014_legacy/trade_register_report.csv");

        Assert.Equal(SipriFormat.TradeRegister2014, import.Format);
        Assert.Null(import.GeneratedOn);
        Assert.Equal((2757, 2756, 1), (import.RowsRead, import.RowsImported, import.RowsRejected));
        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.SipriInvalidYear, 1757L, "Year(s) of deliveries"), (error.Code, error.Location.Row, error.Location.Path?.Segments.Single().Name));
        Assert.Contains("'194 - 2008'", error.Message, StringComparison.Ordinal);

        var mortars = import.Records[0];
        Assert.Equal(("4327", new ActorId("ALB"), new ActorId("BFA"), SipriStatus.SecondHand, true, false), (mortars.DealId, mortars.Supplier, mortars.Recipient, mortars.Status, mortars.NumberOrderedIsEstimate, mortars.NumberDeliveredIsEstimate));
        Assert.Equal((2011, 2011), (mortars.FirstDeliveryYear, mortars.LastDeliveryYear));
        Assert.Contains(import.Records, r => r.Status == SipriStatus.SecondHandModernized);
        Assert.Contains(import.Records, r => r.Recipient == new ActorId("KOR") && r.RecipientName == "Korea, South");
        Assert.All(import.Records, r => Assert.Null(r.TivDelivered));
        Assert.True(import.ToScenario().IsT0);
    }

    [Fact]
    public void Import_TivExportTable_IsReportedAsAggregatesNotTransfers()
    {
        var error = SingleError("sipri/tiv_export_tables_2022-07-28/TIV-Export-USA-1950-2021.csv");

        Assert.Equal(DatasetErrorCodes.SipriAggregateTable, error.Code);
    }

    // ---- Hand-made files: each quirk ----

    [Fact]
    public void Import_RegisterQuirks_ReadsPreambleEncodingFlagsAndBrokenComment()
    {
        var import = ImportData("sipri/handmade/register_quirks.csv");

        Assert.Equal((9, 9, 0), (import.RowsRead, import.RowsImported, import.RowsRejected));
        Assert.Equal(new LocalDate(2024, 10, 21), import.GeneratedOn);
        Assert.Equal(new PartialDate(2024, 10, 21), Assert.Single(import.Transfers[0].Evidence.Sources).Date);

        var engine = import.Records[2];
        Assert.Equal(("Wärtsilä engine", "Comment with \u2018quotes\u2019", SipriStatus.SecondHand), (engine.Designation, engine.Comments, engine.Status));

        var broken = import.Records[3];
        Assert.Equal((4, 10L, "Part of a deal; delivery delayed", 3.25m), (broken.Row, broken.Line, broken.Comments, broken.TivDelivered));
        Assert.Equal((5, 12L), (import.Records[4].Row, import.Records[4].Line));
    }

    [Fact]
    public void Import_RegisterQuirks_MapsUncertaintyToEstimatesAndConfidence()
    {
        var import = ImportData("sipri/handmade/register_quirks.csv");

        var flagged = import.Transfers[1];
        var item = Assert.IsType<WeaponSystemsItem>(flagged.Item);
        Assert.Equal((Estimate.About(2300), Estimate.About(2300)), (item.NumberOrdered!.Value, item.NumberDelivered!.Value));
        Assert.Equal(Confidence.Assessed, flagged.Evidence.Confidence);
        Assert.Equal(Confidence.Reported, import.Transfers[0].Evidence.Confidence);

        var lenient = ImportData("sipri/handmade/register_quirks.csv", new SipriImportOptions(uncertainConfidence: Confidence.Reported));
        Assert.Equal(Confidence.Reported, lenient.Transfers[1].Evidence.Confidence);
    }

    [Fact]
    public void Import_RegisterQuirks_StatesNoFalseZeroForOpenOrders()
    {
        var import = ImportData("sipri/handmade/register_quirks.csv");

        var notYetKnown = import.Transfers[4];
        var open = Assert.IsType<WeaponSystemsItem>(notYetKnown.Item);
        Assert.Equal((null, null, TransferStatus.Agreed), (open.NumberOrdered, open.TivOrder, notYetKnown.Status));
        Assert.Equal(new DatePeriod(new PartialDate(2022)), notYetKnown.Period);

        var licence = import.Transfers[5];
        var licensed = Assert.IsType<WeaponSystemsItem>(licence.Item);
        Assert.Equal((0, 0m), (import.Records[5].NumberOrdered, import.Records[5].TivOrder));
        Assert.Equal((null, null, Estimate.About(457), true), (licensed.NumberOrdered, licensed.TivOrder, licensed.NumberDelivered, licensed.SecondHand));
        Assert.Equal(TransferStatus.Ongoing, licence.Status);
        Assert.Equal(SipriStatus.SecondHandModernized, import.Records[5].Status);
    }

    [Fact]
    public void Import_RegisterQuirks_MapsOrganisationsGroupsAndEarlyDeliveries()
    {
        var import = ImportData("sipri/handmade/register_quirks.csv");

        Assert.Equal(new ActorId("NATO"), import.Transfers[6].Recipient);
        Assert.Equal("2020", string.Join(',', import.Records[6].DeliveryYears));
        Assert.Equal(ActorKind.Organisation, import.Actors.Single(a => a.Id == new ActorId("NATO")).Kind);
        Assert.Equal(new ActorId("SIPRI-CONTRAS-NICARAGUA"), import.Transfers[7].Recipient);
        Assert.Equal(ActorKind.Coalition, import.Actors.Single(a => a.Id == new ActorId("SIPRI-UNKNOWN-SUPPLIERS")).Kind);

        var early = import.Transfers[8];
        Assert.Equal((new DatePeriod(new PartialDate(1981), new PartialDate(1981)), TransferStatus.Delivered), (early.Period, early.Status));
        Assert.Equal(1982, import.Records[8].OrderYear);
        Assert.True(import.ToScenario().IsT0);
    }

    [Fact]
    public void ToScenario_RegisterQuirks_RoundTripsThroughTheScenarioFormat()
    {
        var scenario = ImportData("sipri/handmade/register_quirks.csv").ToScenario().AsT0;

        var reloaded = Geopolitics.Model.Serialization.ScenarioJson.Parse(Geopolitics.Model.Serialization.ScenarioJson.Serialize(scenario)).AsT0;

        // ImmutableArray's own equality compares array references: compare the elements.
        Assert.Equal(scenario.Transfers.ToArray(), reloaded.Transfers.ToArray());
        Assert.Equal(scenario.Actors.ToArray(), reloaded.Actors.ToArray());
    }

    [Fact]
    public void Import_Deliveries2026_KeepsPerYearDeliveriesOfEachDeal()
    {
        var import = ImportData("sipri/handmade/deliveries_2026.csv");

        Assert.Equal(SipriFormat.DeliveriesByYear, import.Format);
        Assert.Equal(["55238", "100", "200"], import.Records.Select(r => r.DealId));
        var f16 = import.Records[1];
        Assert.Equal(
            new[] { new SipriDelivery(2021, 20, 1000m, null, null, 3), new SipriDelivery(2023, 10, 500m, true, false, 2) },
            f16.Deliveries.ToArray());
        Assert.Equal((30, true, (bool?)null, 1500m, 2021, 2023), (f16.NumberDelivered, f16.NumberDeliveredIsEstimate, f16.DeliveryYearIsEstimate, f16.TivDelivered, f16.FirstDeliveryYear, f16.LastDeliveryYear));

        var transfer = import.Transfers[1];
        Assert.Equal((new DatePeriod(new PartialDate(2019), new PartialDate(2023)), TransferStatus.Ongoing, Confidence.Reported), (transfer.Period, transfer.Status, transfer.Evidence.Confidence));
        Assert.Equal(Estimate.About(30), Assert.IsType<WeaponSystemsItem>(transfer.Item).NumberDelivered);

        var s400 = import.Records[2];
        Assert.Equal(("Air-defence systems", true), (s400.Category, s400.LocalProduction));
        Assert.Equal(Confidence.Assessed, import.Transfers[2].Evidence.Confidence);
    }

    // ---- Hand-made files: each rejection reason ----

    [Theory]
    [InlineData(1, DatasetErrorCodes.SipriInvalidYear, "Year of order")]
    [InlineData(2, DatasetErrorCodes.SipriInvalidNumber, "Number ordered")]
    [InlineData(3, DatasetErrorCodes.SipriColumnCount, null)]
    [InlineData(4, DatasetErrorCodes.SipriInvalidTiv, "SIPRI TIV of delivered weapons")]
    [InlineData(5, DatasetErrorCodes.SipriInvalidFlag, "Year of order (uncertainty flag)")]
    [InlineData(6, DatasetErrorCodes.SipriInvalidStatus, "status")]
    [InlineData(7, DatasetErrorCodes.SipriUnknownActorName, "Recipient")]
    [InlineData(8, DatasetErrorCodes.SipriSupplierIsRecipient, "Recipient")]
    [InlineData(9, DatasetErrorCodes.SipriMissingValue, "Weapon designation")]
    [InlineData(10, DatasetErrorCodes.SipriDeliveredExceedsOrdered, "Number delivered")]
    [InlineData(11, DatasetErrorCodes.SipriInvalidYear, "Year(s) of delivery")]
    [InlineData(13, DatasetErrorCodes.SipriColumnCount, null)]
    public void Import_RegisterRejections_ReportsRowColumnAndReason(int row, string code, string? column)
    {
        var import = ImportData("sipri/handmade/register_rejections.csv");

        var error = Assert.Single(import.Rejected, e => e.Location.Row == row);
        Assert.Equal((code, column, (long?)(row + 1)), (error.Code, error.Location.Path?.Segments.Single().Name, error.Location.Line));
        Assert.EndsWith("register_rejections.csv", error.Location.File, StringComparison.Ordinal);
        Assert.EndsWith(".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RegisterRejections_ImportsTheGoodRowsAndCountsTheRest()
    {
        var import = ImportData("sipri/handmade/register_rejections.csv");

        Assert.Equal((14, 2, 12), (import.RowsRead, import.RowsImported, import.RowsRejected));
        Assert.Equal([12, 14], import.Records.Select(r => r.Row));
        Assert.Equal(import.Rejected.OrderBy(e => e.Location.Row), import.Rejected);
    }

    [Fact]
    public void Import_RegisterRejectionsStrict_FailsOnTheFirstRejectedRow()
    {
        var error = SingleError("sipri/handmade/register_rejections.csv", new SipriImportOptions(strict: true));

        Assert.Equal((DatasetErrorCodes.SipriInvalidYear, 1L), (error.Code, error.Location.Row));
    }

    [Theory]
    [InlineData(6, DatasetErrorCodes.SipriDealRowRejected, "SIPRI AT Database ID")]
    [InlineData(7, DatasetErrorCodes.SipriInconsistentDeal, "Recipient")]
    [InlineData(8, DatasetErrorCodes.SipriDealRowRejected, "SIPRI AT Database ID")]
    [InlineData(9, DatasetErrorCodes.SipriInconsistentDeal, "Delivery year")]
    [InlineData(10, DatasetErrorCodes.SipriDealRowRejected, "SIPRI AT Database ID")]
    [InlineData(11, DatasetErrorCodes.SipriInvalidNumber, "Numbers delivered")]
    [InlineData(12, DatasetErrorCodes.SipriDealRowRejected, "SIPRI AT Database ID")]
    [InlineData(13, DatasetErrorCodes.SipriInvalidFlag, "Order date is estimate")]
    public void Import_Deliveries2026_RejectsWholeDealsWithTheirReasons(int row, string code, string column)
    {
        var import = ImportData("sipri/handmade/deliveries_2026.csv");

        var error = Assert.Single(import.Rejected, e => e.Location.Row == row);
        Assert.Equal((code, column), (error.Code, error.Location.Path?.Segments.Single().Name));
        Assert.Equal((13, 5, 8), (import.RowsRead, import.RowsImported, import.RowsRejected));
    }

    [Fact]
    public void Import_UnrecognisedHeader_FailsWithUnrecognisedFormat()
    {
        Assert.Equal(DatasetErrorCodes.SipriUnrecognisedFormat, SingleError("sipri/handmade/unrecognised.csv").Code);
    }

    [Fact]
    public void Import_HeaderWithoutRequiredColumns_FailsNamingThem()
    {
        var error = SingleError("sipri/handmade/deliveries_missing_column.csv");

        Assert.Equal((DatasetErrorCodes.SipriMissingColumn, 1L), (error.Code, error.Location.Line));
        Assert.Contains("'TIV delivery values'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FormatOverrideThatTheHeaderLacks_FailsWithMissingColumn()
    {
        var error = SingleError("sipri/handmade/register_quirks.csv", new SipriImportOptions(format: SipriFormat.DeliveriesByYear));

        Assert.Equal(DatasetErrorCodes.SipriMissingColumn, error.Code);
        Assert.Contains("'SIPRI AT Database ID'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FormatOverrideMatchingTheFile_Imports()
    {
        var import = ImportData("sipri/handmade/register_quirks.csv", new SipriImportOptions(format: SipriFormat.TradeRegister));

        Assert.Equal(9, import.RowsImported);
    }

    [Fact]
    public void Import_MissingFile_FailsWithFileUnreadable()
    {
        var error = SingleError("sipri/handmade/no-such-file.csv");

        Assert.Equal(DatasetErrorCodes.SipriFileUnreadable, error.Code);
    }

    [Fact]
    public void ImportFrom_GenerationYearBeyondTheCalendar_ImportsWithoutTheDay()
    {
        // A fuzzed register whose preamble reads "20224": the day is not known, the rows are still imported.
        var text = File.ReadAllText(DatasetFiles.Data("sipri/handmade/register_quirks.csv"), Encoding.Latin1)
            .Replace("21 Oct 2024", "21 Oct 20224", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(text));

        var import = SipriImporter.ImportFrom(stream, "register.csv").AsT0;

        Assert.Null(import.GeneratedOn);
        Assert.Equal(ImportData("sipri/handmade/register_quirks.csv").RowsImported, import.RowsImported);
    }

    [Fact]
    public void ImportFrom_Stream_ReadsLikeTheFile()
    {
        using var stream = File.OpenRead(DatasetFiles.Data("sipri/handmade/deliveries_2026.csv"));

        var import = SipriImporter.ImportFrom(stream, "deliveries.csv").AsT0;

        Assert.Equal(("deliveries.csv", 5), (import.File, import.RowsImported));
    }

    [Theory]
    [InlineData("Data generated: 3 Jan 2025 9:16:02 PM", 2025, 1, 3)]
    [InlineData("Data generated: 12 Feb 2026 12:26:12 PM;", 2026, 2, 12)]
    [InlineData("Generated: 28 July 2022,,,,", 2022, 7, 28)]
    public void GeneratedOn_PreambleLine_ReadsTheDay(string line, int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), SipriImporter.GeneratedOn(line));
    }

    [Theory]
    [InlineData("Source: SIPRI Arms Transfers Database (c) SIPRI.")]
    [InlineData("Data generated: 31 Feb 2026 12:26:12 PM")]
    [InlineData("Data generated: soon")]
    [InlineData("Data generated: 21 Oct 20224 7:31:24 AM")] // found by the fuzzer: threw from the calendar
    [InlineData("Data generated: 21 Oct 2147483647")]
    public void GeneratedOn_OtherLine_IsNull(string line)
    {
        Assert.Null(SipriImporter.GeneratedOn(line));
    }

    [Fact]
    public void ImportFrom_Register2014WithADealRowGivenTwice_RejectsTheSecondRowAndStillMakesAScenario()
    {
        // Found by fuzzing: both rows became transfers with the same id, and the import could not make a scenario.
        var lines = File.ReadAllLines(DatasetFiles.Data("sipri", "trade_register_2014_legacy", "trade_register_report.csv")).Take(4).ToList();
        lines.Add(lines[2]);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        var import = SipriImporter.ImportFrom(stream, "register.csv").AsT0;

        Assert.Equal(3, import.RowsImported);
        var error = Assert.Single(import.Rejected);
        Assert.Equal(DatasetErrorCodes.SipriInconsistentDeal, error.Code);
        Assert.Equal(5, error.Location.Line);
        Assert.Contains("row 2 already", error.Message, StringComparison.Ordinal);
        Assert.True(import.ToScenario().IsT0);
    }
}
