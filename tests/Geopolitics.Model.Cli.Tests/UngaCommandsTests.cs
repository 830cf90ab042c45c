namespace Geopolitics.Model.Cli.Tests;

public sealed class UngaCommandsTests : IDisposable
{
    private const string Voeten = "unga/voeten_2016/UNVotesPublished.csv.gz";
    private const string Unvotes = "unga/unvotes_2021/un_votes.csv.gz";
    private const string RollCalls = "unga/unvotes_2021/un_roll_calls.csv";
    private const string Issues = "unga/unvotes_2021/un_roll_call_issues.csv";

    private readonly string _folder = Directory.CreateTempSubdirectory("geopolitics-cli-unga-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SharedDatasetFact(Voeten)]
    public void Similarity_Voeten2016IndiaPakistan1975_PrintsTheDyadYear()
    {
        var run = CliRun.Of("unga", "similarity", "IND", "PAK", "--votes", SharedDatasetFactAttribute.Path(Voeten), "--year", "1975");

        Assert.Equal(0, run.ExitCode);

        // 68 roll calls both voted on: 58 yes/yes, 4 yes/abstain, 2 abstain/yes, 2 abstain/abstain, 2 no/yes (UngaReleasesTests counts them from the file).
        Assert.Equal(
            ["ccode1,ccode2,year,n,agree,s,kappa,pi", "750,770,1975,68,0.882353,0.852941,0.280423,0.278515"],
            run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("197 rejected", run.Error, StringComparison.Ordinal);
    }

    [SharedDatasetFact(Unvotes, RollCalls, Issues)]
    public void Similarity_Unvotes2021WithCowCodes_PrintsSortedRowsForTheYears()
    {
        var run = CliRun.Of("unga", "similarity", "--votes", SharedDatasetFactAttribute.Path(Unvotes), "--from", "2018", "--to", "2019", "--pair", "2", "365");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["2,365,2018", "2,365,2019"], lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(3))));
        Assert.All(lines.Skip(1), l => Assert.Matches(@"^\d+,\d+,\d{4},\d+,-?\d\.\d{6},-?\d\.\d{6},-?\d\.\d{6},-?\d\.\d{6}$", l));
    }

    [SharedDatasetFact(Voeten)]
    public void ImportUnga_ThenValidate_AcceptsTheScenario()
    {
        var scenario = Path.Combine(_folder, "votes.json");

        var import = CliRun.Of("import", "unga", "--votes", SharedDatasetFactAttribute.Path(Voeten), "--out", scenario);

        Assert.Equal(0, import.ExitCode);
        var validate = CliRun.Of("validate", scenario);
        Assert.Equal(0, validate.ExitCode);
        Assert.Contains("738591 stances", validate.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Similarity_YearAndRange_IsAUsageError()
    {
        var run = CliRun.Of("unga", "similarity", "--votes", "x.csv", "--year", "1975", "--from", "1970");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("either --year or --from/--to", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Similarity_UnknownStateOrSamePair_IsAUsageError()
    {
        Assert.Contains("'XYZ' is not a state", CliRun.Of("unga", "similarity", "XYZ", "2", "--votes", "x.csv").Error, StringComparison.Ordinal);
        Assert.Contains("same state twice", CliRun.Of("unga", "similarity", "USA", "2", "--votes", "x.csv").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Similarity_MissingFile_IsAnIoError()
    {
        var run = CliRun.Of("unga", "similarity", "--votes", Path.Combine(_folder, "missing.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("GM1451", run.Error, StringComparison.Ordinal);
    }
}
