using System.Text.Json;
using System.Text.Json.Nodes;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geopolitics-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Validate_SavedBuiltInScenario_IsValid()
    {
        var path = Write("seed.json", ScenarioJson.Serialize(BuiltInScenarios.RussiaDprk2024));

        var run = CliRun.Of("validate", path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("valid", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedJson_ReportsLineAndColumnAndExitsOne()
    {
        var path = Write("bad.json", "{\n  \"formatVersion\": 1,\n  \"name\": \"x\",,\n}");

        var run = CliRun.Of("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.json(3,", run.Error, StringComparison.Ordinal);
        Assert.Contains("GM1001", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DanglingId_ReportsPathAndCode()
    {
        var json = ScenarioJson.Serialize(BuiltInScenarios.RussiaDprk2024).Replace("\"supplier\": \"PRK\"", "\"supplier\": \"XYZ\"", StringComparison.Ordinal);
        var path = Write("dangling.json", json);

        var run = CliRun.Of("validate", path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var errors = run.Json().GetProperty("errors").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith("$.", e.GetProperty("path").GetString(), StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetProperty("code").GetString() == "GM0504" &&
                                     e.GetProperty("path").GetString()!.StartsWith("$.transfers[", StringComparison.Ordinal) &&
                                     e.GetProperty("line").GetInt32() > 1);
    }

    // A misspelled region or place in a clause's scope would silently rule the clause out: validate refuses it at its
    // path, with the nearest ids suggested as for defenders --location.
    [Theory]
    [InlineData("regions", "PACIFC", "(PACIFIC)")]
    [InlineData("places", "GAUM", "(GUAM)")]
    public void Validate_MisspelledIdInAClauseScope_ReportsPathCodeAndSuggestion(string member, string id, string suggested)
    {
        var scenario = JsonNode.Parse(ScenarioJson.Serialize(BuiltInScenarios.RussiaDprk2024))!;
        var treaty = scenario["treaties"]!.AsArray().Single(t => (string?)t!["id"] == "usa-jpn-1960")!;
        treaty["clauses"]![0]!["conditions"]!["geographicScope"]![member] = new JsonArray(id);
        var json = scenario.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var path = Write("scope.json", json);

        var run = CliRun.Of("validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"conditions.geographicScope.{member}[0]", run.Error, StringComparison.Ordinal);
        Assert.Contains("GM0901", run.Error, StringComparison.Ordinal);
        Assert.Contains(suggested, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwo()
    {
        var run = CliRun.Of("validate", Path.Combine(_folder, "missing.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("GM1004", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_WithScenarioFile_UsesIt()
    {
        var path = Write("seed.json", ScenarioJson.Serialize(BuiltInScenarios.RussiaDprk2024));

        var run = CliRun.Of("status", "--scenario", path, "--treaty", "usa-kor-1953", "--on", "2024-01-01", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("true", run.Json().GetProperty("inForce").GetString());
    }

    [Fact]
    public void Report_InvalidScenarioFile_ExitsOneWithLocatedErrors()
    {
        var path = Write("unknown-kind.json", "{\"formatVersion\": 1, \"name\": \"x\", \"treaties\": [{\"kind\": \"bogus\"}]}");

        var run = CliRun.Of("report", "--scenario", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown-kind.json", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
