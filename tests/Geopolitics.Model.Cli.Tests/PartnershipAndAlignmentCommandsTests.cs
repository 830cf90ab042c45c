namespace Geopolitics.Model.Cli.Tests;

public class PartnershipAndAlignmentCommandsTests
{
    [Theory]
    [InlineData("2024-01-01", "transactional")]
    [InlineData("2024-07-01", "formalized")]
    [InlineData("2024-11-01", "operational")]
    public void Partnership_RusPrk_StageOnSeedDays(string day, string stage)
    {
        var run = CliRun.Of("partnership", "RUS", "PRK", "--on", day, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(stage, run.Json().GetProperty("stage").GetString());
    }

    [Theory]
    [InlineData("2024-12-03", false)]
    [InlineData("2024-12-04", true)]
    public void Partnership_RusPrk_AlliedHoldsFromEntryIntoForce(string day, bool allied)
    {
        var holds = CliRun.Of("partnership", "RUS", "PRK", "--on", day, "--format", "json")
            .Json().GetProperty("holds").EnumerateArray().Select(h => h.GetString()).ToList();

        Assert.Equal(allied, holds.Contains("allied"));
        Assert.Contains("operational", holds);
    }

    [Fact]
    public void Partnership_UnknownActor_ExitsOne() =>
        Assert.Equal(1, CliRun.Of("partnership", "RUS", "FRA", "--on", "2024-01-01").ExitCode);

    [Fact]
    public void Partnership_Text_ShowsStageChanges()
    {
        var run = CliRun.Of("partnership", "RUS", "PRK", "--on", "2025-01-01", "--since", "2023-01-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Transactional → Formalized", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Alignment_Seed_TwoBlocsChinaInNeither()
    {
        var run = CliRun.Of("alignment", "--on", "2024-11-30", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var blocs = run.Json().GetProperty("blocs").EnumerateArray()
            .Select(b => string.Join(",", b.EnumerateArray().Select(m => m.GetString()).Order()))
            .Order().ToList();
        Assert.Equal(["JPN,KOR,USA", "PRK,RUS"], blocs);
        Assert.DoesNotContain("CHN", string.Join(",", blocs), StringComparison.Ordinal);
    }

    [Fact]
    public void Alignment_ThresholdOutOfRange_ExitsTwo() =>
        Assert.Equal(2, CliRun.Of("alignment", "--on", "2024-11-30", "--threshold", "3").ExitCode);
}
