namespace Geopolitics.Model.Cli.Tests;

public class StatusCommandTests
{
    [Theory]
    [InlineData("2024-07-01", "signed", "false")]
    [InlineData("2024-11-10", "signed", "false")]
    [InlineData("2024-12-04", "inForce", "true")]
    public void Status_Treaty2024_MatchesRecord(string day, string status, string inForce)
    {
        var run = CliRun.Of("status", "--treaty", "rus-prk-2024", "--on", day, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        Assert.Equal([status], json.GetProperty("statuses").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(inForce, json.GetProperty("inForce").GetString());
    }

    [Fact]
    public void Status_UnknownTreaty_ExitsOneAndListsKnownTreaties()
    {
        var run = CliRun.Of("status", "--treaty", "nato-1949", "--on", "2024-01-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("rus-prk-2024", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_Text_ShowsPartiesAndExplanation()
    {
        var run = CliRun.Of("status", "--treaty", "rus-prk-2024", "--on", "2024-11-10");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"RUS\s+ConsentGiven", run.Out);
        Assert.Matches(@"PRK\s+Signed", run.Out);
    }
}
