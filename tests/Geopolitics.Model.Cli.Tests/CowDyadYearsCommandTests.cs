namespace Geopolitics.Model.Cli.Tests;

/// <summary>
/// The tool reads COW Formal Alliances into scenarios (<c>import cow</c>) and offers no COW dyad-year table, at the
/// maintainer's request; the alliance dyad-years it writes are ATOP's (docs/cli.md).
/// </summary>
public sealed class CowDyadYearsCommandTests
{
    private const string CowMembers = "cow/alliances_v4.1/alliance_v4.1_by_member.csv";

    [Fact]
    public void Help_OffersNoCowCommandAndOnlyAtopDyadYears()
    {
        var root = CliRun.Of("--help");
        var atop = CliRun.Of("atop", "--help");
        var import = CliRun.Of("import", "--help");

        Assert.Equal(0, root.ExitCode);
        Assert.DoesNotMatch(@"(?m)^\s+cow\b", root.Out);
        Assert.Contains("dyad-years", atop.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s+cow\b", import.Out);
        Assert.DoesNotContain("dyad", import.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CowDyadYears_IsNotACommand()
    {
        var run = CliRun.Of("cow", "dyad-years", "--members", "alliance_v4.1_by_member.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
    }

    [SharedDatasetFact(CowMembers)]
    public void AtopDyadYears_GivenTheCowFile_RefusesItAndWritesNoRow()
    {
        var run = CliRun.Of("atop", "dyad-years", "--members", SharedDatasetFactAttribute.Path(CowMembers));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("", run.Out);
    }
}
