using System.Xml.Linq;

namespace Geopolitics.Model.Cli.Tests;

public class AnalysisCommandsTests
{
    [Fact]
    public void Ledger_RusPrk2023To2024_IsReciprocalWithoutTechnologyAtDefault()
    {
        var run = CliRun.Of("ledger", "RUS", "PRK", "--from", "2023-01-01", "--to", "2024-12-31", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        Assert.Equal("true", json.GetProperty("reciprocal").GetString());
        var toPrk = json.GetProperty("flows").EnumerateArray().Single(f => f.GetProperty("recipient").GetString() == "PRK");
        Assert.Equal(0, toPrk.GetProperty("technology").GetArrayLength());
        Assert.Equal(1, toPrk.GetProperty("money").GetArrayLength());
    }

    [Fact]
    public void Ledger_PotentialAdmitted_ShowsTechnology()
    {
        var run = CliRun.Of("ledger", "--between", "RUS", "PRK", "--from", "2023-01-01", "--to", "2024-12-31", "--min-confidence", "potential", "--format", "json");

        var toPrk = run.Json().GetProperty("flows").EnumerateArray().Single(f => f.GetProperty("recipient").GetString() == "PRK");
        Assert.Equal(2, toPrk.GetProperty("technology").GetArrayLength());
    }

    [Fact]
    public void Ledger_SameActorTwice_ExitsOne() =>
        Assert.Equal(1, CliRun.Of("ledger", "RUS", "RUS").ExitCode);

    [Fact]
    public void Ledger_OneActor_ExitsTwo() =>
        Assert.Equal(2, CliRun.Of("ledger", "RUS").ExitCode);

    [Fact]
    public void Compliance_Seed_MunitionsBreachArmsEmbargoByBoth()
    {
        var run = CliRun.Of("compliance", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var munitions = run.Json().GetProperty("breaches").EnumerateArray()
            .Where(b => b.GetProperty("transfer").GetString() == "prk-rus-munitions" && b.GetProperty("measureKind").GetString() == "armsEmbargo")
            .ToList();
        var breach = Assert.Single(munitions);
        Assert.Equal(["PRK", "RUS"], breach.GetProperty("partiesInBreach").EnumerateArray().Select(a => a.GetString()).Order());
        Assert.Equal("true", breach.GetProperty("breach").GetString());
    }

    [Fact]
    public void Timeline_Seed_IsInDateOrder()
    {
        var run = CliRun.Of("timeline", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var dates = run.Json().GetProperty("entries").EnumerateArray()
            .Select(e => Model.Time.PartialDate.Parse(e.GetProperty("date").GetString()!).AsT0).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.Order(), dates);
    }

    [Fact]
    public void Graph_GraphMl_HasSeedDefenceEdges()
    {
        var run = CliRun.Of("graph", "--on", "2025-01-01", "--format", "graphml");

        Assert.Equal(0, run.ExitCode);
        var document = XDocument.Parse(run.Out);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var edges = document.Descendants(ns + "edge").Select(e => $"{e.Attribute("source")!.Value}->{e.Attribute("target")!.Value}").ToHashSet();
        Assert.Contains("RUS->PRK", edges);
        Assert.Contains("PRK->RUS", edges);
        Assert.Contains("CHN->PRK", edges);
        Assert.Contains("USA->KOR", edges);
    }

    [Theory]
    [InlineData("dot", "digraph")]
    [InlineData("mermaid", "flowchart")]
    public void Graph_OtherFormats_StartWithTheirKeyword(string format, string keyword)
    {
        var run = CliRun.Of("graph", "--on", "2025-01-01", "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(keyword, run.Out.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_UnknownFormat_ExitsTwo() =>
        Assert.Equal(2, CliRun.Of("graph", "--on", "2025-01-01", "--format", "png").ExitCode);
}
