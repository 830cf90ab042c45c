using System.Text.Json;

namespace Geopolitics.Model.Cli.Tests;

public class DefendersCommandTests
{
    [Theory]
    [InlineData("PRK", "2025-01-01", null, "CHN,RUS")]
    [InlineData("PRK", "2024-11-30", null, "CHN")]
    [InlineData("RUS", "2025-01-01", null, "PRK")]
    [InlineData("KOR", "2025-01-01", null, "USA")]
    [InlineData("JPN", "2025-01-01", null, "USA")]
    [InlineData("USA", "2025-01-01", "Guam", "KOR")]
    public void Defenders_SeedQuestions_JsonListsGuarantorsThatApply(string victim, string day, string? location, string expected)
    {
        var args = new List<string> { "defenders", "--victim", victim, "--on", day, "--format", "json" };
        if (location is not null)
        {
            args.AddRange(["--location", location]);
        }

        var run = CliRun.Of([.. args]);

        Assert.Equal(0, run.ExitCode);
        var applying = run.Json().GetProperty("obligations").EnumerateArray()
            .Where(o => o.GetProperty("applies").GetString() == "true")
            .Select(o => o.GetProperty("guarantor").GetString())
            .Distinct().Order();
        Assert.Equal(expected, string.Join(",", applying));
        Assert.All(run.Json().GetProperty("obligations").EnumerateArray(), o => Assert.False(string.IsNullOrEmpty(o.GetProperty("treaty").GetString())));
    }

    [Fact]
    public void Defenders_UsOnGuam_DoesNotListJapanEvenWithRuledOut()
    {
        var run = CliRun.Of("defenders", "--victim", "USA", "--on", "2025-01-01", "--location", "Guam", "--include-ruled-out", "--format", "json");

        var japan = run.Json().GetProperty("obligations").EnumerateArray().Where(o => o.GetProperty("guarantor").GetString() == "JPN").ToList();
        Assert.NotEmpty(japan);
        Assert.All(japan, o => Assert.Equal("false", o.GetProperty("applies").GetString()));
    }

    [Fact]
    public void Defenders_UnknownPlace_ExitsOneWithSuggestion()
    {
        var run = CliRun.Of("defenders", "--victim", "USA", "--on", "2025-01-01", "--location", "Gaum");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("GM0901", run.Error, StringComparison.Ordinal);
        Assert.Contains("Guam", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Defenders_UnknownVictim_ExitsOne()
    {
        var run = CliRun.Of("defenders", "--victim", "FRA", "--on", "2025-01-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FRA", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("defenders", "--victim", "PRK", "--on", "2025-13-01")]
    [InlineData("defenders", "--on", "2025-01-01")]
    [InlineData("defenders", "--victim", "PRK", "--on", "2025-01-01", "--format", "xml")]
    [InlineData("defenders", "--victim", "PRK", "--on", "2025-01-01", "--min-confidence", "Denied")]
    [InlineData("no-such-command")]
    public void Defenders_BadArguments_ExitTwoWithMessage(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Defenders_Text_PrintsTable()
    {
        var run = CliRun.Of("defenders", "--victim", "PRK", "--on", "2025-01-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("guarantor", run.Out, StringComparison.Ordinal);
        Assert.Contains("chn-prk-1961", run.Out, StringComparison.Ordinal);
        Assert.Contains("rus-prk-2024", run.Out, StringComparison.Ordinal);
    }

    // With no place named, the US home territory straddles the Pacific area's edge: the answer names the places that
    // would decide it, in text and in JSON.
    [Fact]
    public void Defenders_UsaWithNoPlace_TextNamesThePlacesThatWouldChangeTheAnswer()
    {
        var run = CliRun.Of("defenders", "--victim", "USA", "--on", "2025-01-01");

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Out.Split('\n'), l => l.StartsWith("  elsewhere, KOR under usa-kor-1953", StringComparison.Ordinal));
        Assert.Matches(@": true at [^;]*GUAM \(Guam\), HAWAII \(Hawaii\)[^;]*; false at PUERTO_RICO \(Puerto Rico\)$", line.TrimEnd('\r'));
        Assert.DoesNotContain("ALASKA", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Defenders_UsaWithNoPlace_JsonListsElsewhere()
    {
        var run = CliRun.Of("defenders", "--victim", "USA", "--on", "2025-01-01", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var korea = Assert.Single(run.Json().GetProperty("obligations").EnumerateArray(), o => o.GetProperty("guarantor").GetString() == "KOR");
        Assert.Equal("unknown", korea.GetProperty("applies").GetString());
        var elsewhere = korea.GetProperty("elsewhere").EnumerateArray().ToDictionary(e => e.GetProperty("place").GetString()!, e => e.GetProperty("applies").GetString());
        Assert.Equal("true", elsewhere["HAWAII"]);
        Assert.Equal("false", elsewhere["PUERTO_RICO"]);
        Assert.DoesNotContain("ALASKA", elsewhere.Keys);
    }
}
