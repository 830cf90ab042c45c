using Geopolitics.Model.BuiltIn;

namespace Geopolitics.Model.Cli.Tests;

/// <summary>Every error the tool writes is one line: input is quoted escaped, and response files are not read (issue 15, item 10).</summary>
public sealed class ErrorLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geopolitics-cli-lines-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("status", "--treaty", "x", "--on", "2024\n-01-01")]
    [InlineData("ledger", "RUS", "P\nRK")]
    [InlineData("ledger", "RUS", "PRK", "--min-confidence", "potential\r\nalleged")]
    [InlineData("report", "--bogus\noption")]
    public void Run_OptionWithALineBreak_ReportsItEscapedOnOneLine(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        var lines = Lines(run.Error);
        Assert.Equal("Run 'geopolitics --help' for usage.", lines[^1]);
        Assert.All(lines[..^1], line => Assert.StartsWith("error: ", line, StringComparison.Ordinal));
        Assert.Contains("\\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ScenarioWithALineBreakInABadValue_ReportsItOnOneLine()
    {
        var path = Path.Combine(_folder, "bad.json");
        File.WriteAllText(path, """{ "formatVersion": 1, "name": "x", "actors": [ { "id": "R\nUS", "kind": "state", "name": "R" } ] }""");

        var run = CliRun.Of("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.All(Lines(run.Error), line => Assert.Matches("^(error: |[0-9]+ errors?$)", line));
    }

    [Fact]
    public void Validate_ResponseFile_IsNotReadSoItsContentsAreNotEchoed()
    {
        var secret = Path.Combine(_folder, "secret.rsp");
        File.WriteAllText(secret, "top-secret-token\nsecond-secret-line\n");

        var run = CliRun.Of("validate", "@" + secret);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("top-secret-token", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("second-secret-line", run.Error, StringComparison.Ordinal);
        Assert.Contains("GM1004", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("graph")]
    public void Command_ActorNameWithANul_IsInvalidDataNotABrokenGraph(string command)
    {
        var path = Path.Combine(_folder, "nul-name.json");
        var json = Geopolitics.Model.Serialization.ScenarioJson.Serialize(Geopolitics.Model.BuiltIn.BuiltInScenarios.RussiaDprk2024)
            .Replace("\"name\": \"United States\"", "\"name\": \"United\\u0000States\"", StringComparison.Ordinal);
        File.WriteAllText(path, json);

        var run = command == "validate" ? CliRun.Of("validate", path) : CliRun.Of("graph", "--scenario", path, "--on", "2025-01-01", "--format", "graphml");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("GM0804", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }
}
