namespace Geopolitics.Model.Cli.Tests;

/// <summary>Options take only their documented names, case-insensitively: no numbers, no comma lists (issue 15, item 6).</summary>
public class OptionValueTests
{
    private static readonly string[] Ledger = ["ledger", "RUS", "PRK", "--from", "2023-01-01", "--to", "2024-12-31"];

    [Theory]
    [InlineData("potential, alleged")]
    [InlineData("Potential,Alleged")]
    [InlineData("+1")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData(" potential")]
    [InlineData("potential ")]
    [InlineData("")]
    public void MinConfidence_NumberOrListOrPadded_IsAUsageError(string value)
    {
        var run = CliRun.Of([.. Ledger, "--min-confidence", value]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{value}' is not one of: potential, alleged, assessed, reported, confirmed.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("potential")]
    [InlineData("POTENTIAL")]
    [InlineData("Potential")]
    public void MinConfidence_DocumentedNameInAnyCase_IsAccepted(string value)
    {
        var run = CliRun.Of([.. Ledger, "--min-confidence", value, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("potential", run.Json().GetProperty("minConfidence").GetString());
    }

    [Theory]
    [InlineData("denied")]
    [InlineData("DENIED")]
    public void MinConfidence_Denied_IsRefusedWithTheReason(string value)
    {
        var run = CliRun.Of([.. Ledger, "--min-confidence", value]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Denied is not a threshold", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json,text")]
    [InlineData("1")]
    [InlineData("+0")]
    [InlineData("text json")]
    public void Format_NumberOrList_IsAUsageError(string value)
    {
        var run = CliRun.Of([.. Ledger, "--format", value]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{value}' is not one of: text, json.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--by", "pair,supplier", "supplier, recipient, pair")]
    [InlineData("--by", "2", "supplier, recipient, pair")]
    [InlineData("--by", "+0", "supplier, recipient, pair")]
    [InlineData("--year", "order, delivery", "order, delivery")]
    [InlineData("--year", "+1", "order, delivery")]
    [InlineData("--year", "1", "order, delivery")]
    public void SipriTotals_NumberOrListForAChoice_IsAUsageError(string option, string value, string names)
    {
        string[] args = option == "--by"
            ? ["sipri", "totals", "--file", "x.csv", "--by", value]
            : ["sipri", "totals", "--file", "x.csv", "--by", "pair", "--year", value];

        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{value}' is not one of: {names}.", run.Error, StringComparison.Ordinal);
    }
}
