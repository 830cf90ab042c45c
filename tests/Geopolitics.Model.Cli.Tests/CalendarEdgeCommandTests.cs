namespace Geopolitics.Model.Cli.Tests;

/// <summary>The tool accepts the years of the file format (1–9999) on every date option and answers at both ends (issue 15, item 3).</summary>
public class CalendarEdgeCommandTests
{
    public static TheoryData<string[]> Commands() =>
    [
        ["report", "--on", "DAY"],
        ["status", "--treaty", "rus-prk-2024", "--on", "DAY"],
        ["defenders", "--victim", "KOR", "--on", "DAY"],
        ["graph", "--on", "DAY"],
        ["ledger", "RUS", "PRK", "--from", "DAY", "--to", "DAY"],
        ["partnership", "RUS", "PRK", "--on", "DAY"],
        ["partnership", "RUS", "PRK", "--on", "DAY", "--since", "DAY"],
        ["compliance", "--on", "DAY"],
        ["alignment", "--on", "DAY"],
        ["timeline", "--from", "DAY", "--to", "DAY"],
    ];

    private static string[] On(string[] command, string day) => [.. command.Select(arg => arg == "DAY" ? day : arg)];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_FirstAndLastDayOfTheFileFormat_Answers(string[] command)
    {
        foreach (var day in new[] { "0001-01-01", "0001-12-31", "9999-12-31" })
        {
            var run = CliRun.Of(On(command, day));

            Assert.True(run.ExitCode == 0, $"{string.Join(' ', On(command, day))}: exit {run.ExitCode}: {run.Error}");
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_YearOutsideOneTo9999_IsAUsageErrorNotACrash(string[] command)
    {
        foreach (var day in new[] { "-9998-01-01", "0000-12-31" })
        {
            var run = CliRun.Of(On(command, day));

            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"'{day}' is outside the years 1 to 9999", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Partnership_OnInTheFirstYears_StartsTheTimelineOnTheFirstDayOfYearOne()
    {
        var run = CliRun.Of("partnership", "RUS", "PRK", "--on", "0005-06-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Stage changes 0001-01-01..0005-06-01:", run.Out, StringComparison.Ordinal);
    }
}
