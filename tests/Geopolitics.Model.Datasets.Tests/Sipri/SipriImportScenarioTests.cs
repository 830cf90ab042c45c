using Geopolitics.Model.Datasets.Sipri;
using Geopolitics.Model.Datasets.Unga;
using NodaTime;

namespace Geopolitics.Model.Datasets.Tests.Sipri;

/// <summary>The scenarios the SIPRI and UNGA imports make (their names, actors and facts) and the SIPRI export's day of generation.</summary>
public sealed class SipriImportScenarioTests
{
    [Fact]
    public void ToScenario_SipriImport_HoldsEveryTransferUnderTheGivenOrTheFilesName()
    {
        var import = SipriImporter.Import(DatasetFiles.Data("sipri", "handmade", "deliveries_2026.csv")).AsT0;

        var named = import.ToScenario("Deliveries").AsT0;
        var unnamed = import.ToScenario().AsT0;

        Assert.Equal("Deliveries", named.Name);
        Assert.Equal("SIPRI arms transfers: deliveries_2026.csv", unnamed.Name);
        Assert.Equal(import.Transfers.Select(t => t.Id), named.Transfers.Select(t => t.Id));
        Assert.NotEmpty(named.Transfers);
        Assert.Equal(new LocalDate(2026, 2, 12), import.GeneratedOn);
    }

    [Theory]
    [InlineData("Data generated: 12 Feb 2026 12:26:12 PM;", 2026, 2, 12)]
    [InlineData("Generated: 1 December 1900", 1900, 12, 1)]
    [InlineData("Data generated: 31 Dec 9999", 9999, 12, 31)]
    [InlineData("Data generated: 29 Feb 2024", 2024, 2, 29)]
    public void GeneratedOn_PreambleLine_IsItsDay(string line, int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), SipriImporter.GeneratedOn(line));
    }

    [Theory]
    [InlineData("Data generated: 29 Feb 2025")]
    [InlineData("Data generated: 0 Feb 2025")]
    [InlineData("Data generated: 1 Feb 1899")]
    [InlineData("Data generated: 1 Foo 2025")]
    [InlineData(": 1 Feb 2025")]
    [InlineData("Source: 1 Feb 2025")]
    public void GeneratedOn_OtherLine_IsNone(string line)
    {
        Assert.Null(SipriImporter.GeneratedOn(line));
    }

    [Fact]
    public void ToScenario_UngaImports_NameTheirReleaseUnlessNamedAndHoldEachVotingState()
    {
        var voeten = UngaImporter.Import(DatasetFiles.Data("unga", "voeten-quirks.csv"));
        var unvotes = UngaImporter.Import(DatasetFiles.Data("unga", "un_votes.csv"));

        Assert.Equal("UN General Assembly votes (Voeten 2016 release)", voeten.ToScenario().AsT0.Name);
        Assert.Equal("UN General Assembly votes (unvotes 2021 release)", unvotes.ToScenario().AsT0.Name);
        Assert.Equal("Votes", unvotes.ToScenario("Votes").AsT0.Name);
        var scenario = unvotes.ToScenario().AsT0;
        Assert.Equal(unvotes.Votes.Select(v => v.State).Distinct().Count(), scenario.Actors.Length);
        Assert.Equal(unvotes.Files[0], unvotes.Rows);
        var empty = UngaImporter.ImportFrom(new StringReader(string.Empty), "empty.csv");
        Assert.Equal(empty.Files.IsDefaultOrEmpty ? default : empty.Files[0], empty.Rows);
    }
}
