using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.Cli.Tests;

/// <summary>
/// Obligations between particular parties through the tool: the built-in scenario with Russia suspending its
/// obligations under the 2024 treaty towards North Korea alone from 2025-03-01, written as a scenario file.
/// </summary>
public sealed class DirectedObligationsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geopolitics-cli-directed-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The built-in scenario with a suspension by RUS towards <paramref name="partner"/> in the 2024 treaty.</summary>
    private string ScenarioWithSuspensionTowards(string partner)
    {
        var json = ScenarioJson.Serialize(BuiltInScenarios.RussiaDprk2024);
        var treaty = json.IndexOf("\"id\": \"rus-prk-2024\"", StringComparison.Ordinal);
        var russia = json.IndexOf("\"actor\": \"RUS\",", treaty, StringComparison.Ordinal);
        var suspension = $$"""
            "actor": "RUS", "partnerSuspensions": [ { "partner": "{{partner}}", "period": { "start": "2025-03-01" },
              "evidence": { "confidence": "reported" }, "description": "a hypothetical suspension" } ],
            """;
        var path = Path.Combine(_folder, $"directed-{partner}.json");
        File.WriteAllText(path, json[..russia] + suspension + json[(russia + "\"actor\": \"RUS\",".Length)..]);
        return path;
    }

    [Fact]
    public void Defenders_PartnerSuspension_RulesOutThatDirectionOnlyAndNamesTheFact()
    {
        var path = ScenarioWithSuspensionTowards("PRK");

        var forNorthKorea = CliRun.Of("defenders", "--scenario", path, "--victim", "PRK", "--on", "2025-06-01", "--include-ruled-out", "--format", "json");
        var forRussia = CliRun.Of("defenders", "--scenario", path, "--victim", "RUS", "--on", "2025-06-01", "--format", "json");
        var text = CliRun.Of("defenders", "--scenario", path, "--victim", "PRK", "--on", "2025-06-01", "--include-ruled-out");

        Assert.Equal(0, forNorthKorea.ExitCode);
        var russia = forNorthKorea.Json().GetProperty("obligations").EnumerateArray().Where(o => o.GetProperty("guarantor").GetString() == "RUS" && o.GetProperty("treaty").GetString() == "rus-prk-2024").ToList();
        Assert.NotEmpty(russia);
        Assert.All(russia, o => Assert.Equal("false", o.GetProperty("applies").GetString()));
        Assert.Contains(forNorthKorea.Json().GetProperty("obligations").EnumerateArray(), o => o.GetProperty("guarantor").GetString() == "CHN" && o.GetProperty("applies").GetString() == "true");
        Assert.Contains(forRussia.Json().GetProperty("obligations").EnumerateArray(), o => o.GetProperty("guarantor").GetString() == "PRK" && o.GetProperty("applies").GetString() == "true");
        Assert.Contains("PartnerSuspensions[0]", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SuspensionTowardsANonParty_ReportsGM0430AtItsPath()
    {
        var path = ScenarioWithSuspensionTowards("USA");

        var run = CliRun.Of("validate", path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.Json().GetProperty("errors").EnumerateArray());
        Assert.Equal("GM0430", error.GetProperty("code").GetString());
        Assert.EndsWith(".partnerSuspensions[0].partner", error.GetProperty("path").GetString(), StringComparison.Ordinal);
    }
}
