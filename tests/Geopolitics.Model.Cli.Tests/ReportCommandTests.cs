namespace Geopolitics.Model.Cli.Tests;

public class ReportCommandTests
{
    [Fact]
    public void Report_BuiltInScenario_Text_HasEverySection()
    {
        var run = CliRun.Of("report", "--on", "2025-01-01");

        Assert.Equal(0, run.ExitCode);
        foreach (var heading in new[] { "## Treaties", "## Who must defend whom", "## Partnership PRK–RUS", "### Ledger", "## Sanctions compliance", "## Blocs", "## Stances" })
        {
            Assert.Contains(heading, run.Out, StringComparison.Ordinal);
        }

        Assert.Contains("{JPN, KOR, USA} {PRK, RUS}", run.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Report_Json_CarriesAnswers()
    {
        var json = CliRun.Of("report", "--on", "2025-01-01", "--format", "json").Json();

        Assert.Equal("RussiaDprk2024", json.GetProperty("scenario").GetString());
        var prk = json.GetProperty("defenders").EnumerateArray().Single(d => d.GetProperty("victim").GetString() == "PRK");
        Assert.Equal(["CHN", "RUS"], prk.GetProperty("obligations").EnumerateArray().Select(o => o.GetProperty("guarantor").GetString()).Order());
        var partnership = json.GetProperty("partnerships").EnumerateArray().Single();
        Assert.Equal("operational", partnership.GetProperty("stage").GetString());
        Assert.Equal("true", partnership.GetProperty("ledger").GetProperty("reciprocal").GetString());
        Assert.Equal(2, json.GetProperty("alignment").GetProperty("blocs").GetArrayLength());
    }

    [Fact]
    public void Report_WithoutDay_UsesToday() =>
        Assert.Equal(0, CliRun.Of("report", "--format", "json").ExitCode);
}
