namespace Geopolitics.Model.Cli.Tests;

/// <summary>
/// One argument style for pairs: positional <c>A B</c> in <c>partnership</c>, <c>ledger</c> and <c>unga similarity</c>;
/// the earlier <c>ledger --between A B</c> and <c>unga similarity --pair A B</c> still work, hidden from the help.
/// </summary>
public class PairArgumentsTests
{
    [Fact]
    public void Ledger_PositionalPairAndDeprecatedBetween_GiveTheSameAnswer()
    {
        var positional = CliRun.Of("ledger", "RUS", "PRK", "--from", "2023-01-01", "--to", "2024-12-31", "--min-confidence", "potential");
        var between = CliRun.Of("ledger", "--between", "RUS", "PRK", "--from", "2023-01-01", "--to", "2024-12-31", "--min-confidence", "potential");

        Assert.Equal(0, positional.ExitCode);
        Assert.Equal(0, between.ExitCode);
        Assert.Contains("RUS", positional.Out, StringComparison.Ordinal);
        Assert.Equal(positional.Out, between.Out);
    }

    [Fact]
    public void Ledger_PairGivenBothWays_IsAUsageError()
    {
        var run = CliRun.Of("ledger", "RUS", "PRK", "--between", "RUS", "PRK");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Give the pair once", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_NoPair_IsAUsageErrorNamingThePositionalForm()
    {
        var run = CliRun.Of("ledger");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'ledger RUS PRK'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ledger", "--between")]
    [InlineData("unga similarity", "--pair")]
    public void Help_DeprecatedPairOption_IsHiddenAndThePositionalPairShown(string command, string deprecated)
    {
        var run = CliRun.Of([.. command.Split(' '), "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(deprecated, run.Out, StringComparison.Ordinal);
        Assert.Contains("<A>", run.Out, StringComparison.Ordinal);
        Assert.Contains("<B>", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void UngaSimilarity_OnePositionalState_IsAUsageError()
    {
        var run = CliRun.Of("unga", "similarity", "IND", "--votes", "x.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("A pair needs two states", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UngaSimilarity_DeprecatedPairOption_IsStillChecked()
    {
        var run = CliRun.Of("unga", "similarity", "--votes", "x.csv", "--pair", "XYZ", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'XYZ' is not a state", run.Error, StringComparison.Ordinal);
    }
}
