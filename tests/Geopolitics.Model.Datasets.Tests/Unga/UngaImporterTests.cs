using Geopolitics.Model.Analysis.Votes;
using Geopolitics.Model.Datasets.Unga;
using Geopolitics.Model.Stances;
using NodaTime;

namespace Geopolitics.Model.Datasets.Tests.Unga;

public sealed class UngaImporterTests
{
    private readonly Lazy<UngaImport> _quirks = new(() => UngaImporter.Import(DatasetFiles.Data("unga", "voeten-quirks.csv")));

    private readonly Lazy<UngaImport> _voetenBad = new(() => UngaImporter.Import(DatasetFiles.Data("unga", "voeten-bad.csv")));

    private readonly Lazy<UngaImport> _unvotes = new(() => UngaImporter.Import(DatasetFiles.Data("unga", "un_votes.csv")));

    public static TheoryData<long, string> VoetenBadRows => new()
    {
        { 3, DatasetErrorCodes.UngaInvalidNumber },
        { 4, DatasetErrorCodes.UngaInvalidVote },
        { 5, DatasetErrorCodes.UngaUnknownState },
        { 6, DatasetErrorCodes.UngaInvalidDate },
        { 7, DatasetErrorCodes.UngaRollCallFieldsDisagree },
        { 8, DatasetErrorCodes.UngaInvalidFlag },
        { 9, DatasetErrorCodes.UngaRollCallFieldsDisagree },
        { 10, DatasetErrorCodes.UngaDuplicateVote },
    };

    public static TheoryData<string, long, string> UnvotesBadRows => new()
    {
        { "un_roll_calls.csv", 4, DatasetErrorCodes.UngaInvalidDate },
        { "un_roll_call_issues.csv", 4, DatasetErrorCodes.UngaDuplicateRollCall },
        { "un_roll_call_issues.csv", 5, DatasetErrorCodes.UngaUnknownRollCall },
        { "un_votes.csv", 10, DatasetErrorCodes.UngaUnknownState },
        { "un_votes.csv", 11, DatasetErrorCodes.UngaUnknownState },
        { "un_votes.csv", 12, DatasetErrorCodes.UngaDuplicateVote },
        { "un_votes.csv", 13, DatasetErrorCodes.UngaUnknownRollCall },
        { "un_votes.csv", 14, DatasetErrorCodes.UngaInvalidVote },
    };

    [Fact]
    public void Import_Voeten2016Quirks_SetsAsideAbsentAndNonMembersAndKeepsHistoricalStates()
    {
        var import = _quirks.Value;

        Assert.True(import.Succeeded);
        Assert.Equal(UngaRelease.Voeten2016, import.Release);
        Assert.Equal((9, 7, 0), (import.Rows.Read, import.Rows.Imported, import.Rows.Rejected));
        Assert.Equal((1, 1), (import.Absent, import.NotMember));
        Assert.Equal(
            [(3, 2, VoteChoice.Yes), (3, 20, VoteChoice.No), (3, 260, VoteChoice.Abstain), (900, 2, VoteChoice.Yes), (900, 20, VoteChoice.No), (901, 2, VoteChoice.Yes), (901, 20, VoteChoice.Abstain)],
            import.Votes.Select(v => (v.RollCall, v.State, v.Vote)));
        Assert.DoesNotContain(import.Votes, v => v.State is 31 or 40);
    }

    [Fact]
    public void Import_Voeten2016Quirks_CountsAVoteInTheCalendarYearOfItsDateAndNotesTheSessionYear()
    {
        var import = _quirks.Value;

        // Roll call 901 is dated 1949-04-01, and its 'year' says 1948 (the year session 3 opened); its 'ec' is 0\".
        Assert.All(import.Votes.Where(v => v.RollCall == 901), v => Assert.Equal(1949, v.Year));
        Assert.Equal(
            [(DatasetErrorCodes.UngaYearNotCalendarYear, 9L, "year"), (DatasetErrorCodes.UngaStrayCharacters, 9L, "ec")],
            import.Notes.Select(n => (n.Code, n.Location.Line!.Value, n.Location.Path?.ToString())));
        Assert.Empty(import.FindRollCall(901)!.Issues);
    }

    [Fact]
    public void Import_Voeten2016Quirks_ReadsRollCallsFromTheirRows()
    {
        var rollCall = _quirks.Value.FindRollCall(900)!;

        Assert.Equal((30, new LocalDate(1975, 12, 10), "A/RES/3379", true), (rollCall.Session, rollCall.Date, rollCall.Symbol, rollCall.ImportantVote));
        Assert.Equal(["Economic development", "Human rights", "Palestinian conflict"], rollCall.Issues.ToArray());
        Assert.Null(rollCall.Amendment);
        Assert.Equal([3, 900, 901], _quirks.Value.RollCalls.Select(r => r.RollCall));
    }

    [Fact]
    public void Import_Voeten2016BadRows_AccountsForEveryRow()
    {
        var import = _voetenBad.Value;

        Assert.True(import.Succeeded);
        Assert.Equal((10, 2, 8), (import.Rows.Read, import.Rows.Imported, import.Rows.Rejected));
        Assert.Equal(import.Rows.Read, import.Rows.Imported + import.Rows.Rejected + import.Absent + import.NotMember);
        Assert.Equal(8, import.Rejected.Length);
    }

    [Theory]
    [MemberData(nameof(VoetenBadRows))]
    public void Import_Voeten2016BadRow_IsRejectedWithItsLineAndCode(long line, string code)
    {
        var error = Assert.Single(_voetenBad.Value.Rejected, e => e.Location.Line == line);

        Assert.Equal(code, error.Code);
        Assert.EndsWith("voeten-bad.csv", error.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Voeten2016Strict_FailsOnTheFirstRejectedRow()
    {
        var import = UngaImporter.Import(DatasetFiles.Data("unga", "voeten-bad.csv"), new UngaImportOptions(strict: true));

        Assert.False(import.Succeeded);
        Assert.Empty(import.Votes);
        Assert.Equal(3, Assert.Single(import.Rejected).Location.Line);
    }

    [Fact]
    public void Import_Unvotes2021_MapsAlpha2NamibiaAndBlankCodesByName()
    {
        var import = _unvotes.Value;

        Assert.True(import.Succeeded);
        Assert.Equal(UngaRelease.Unvotes2021, import.Release);

        // US, Namibia (NA, not a missing value), FRG and the Yemen Arab Republic and Zanzibar by name, Czechoslovakia (CS);
        // "Federal Republic of Germany" voting on 1990-12-06, after unification, is Germany (255).
        Assert.Equal(
            [(3, 2, VoteChoice.Yes), (3, 565, VoteChoice.No), (3, 260, VoteChoice.Abstain), (3, 678, VoteChoice.Yes), (3, 315, VoteChoice.No), (3, 511, VoteChoice.Yes), (4, 2, VoteChoice.No), (4, 565, VoteChoice.No), (4, 255, VoteChoice.Yes)],
            import.Votes.Select(v => (v.RollCall, v.State, v.Vote)));
        Assert.All(import.Votes.Where(v => v.RollCall == 4), v => Assert.Equal(1990, v.Year));
    }

    [Fact]
    public void Import_Unvotes2021_ReadsRollCallsAndIssuesFromTheSideFiles()
    {
        var rollCall = _unvotes.Value.FindRollCall(4)!;

        Assert.Equal((45, new LocalDate(1990, 12, 6), "A/RES/45/1"), (rollCall.Session, rollCall.Date, rollCall.Symbol));
        Assert.Equal((null, (bool?)true, (bool?)null), (rollCall.Amendment, rollCall.Paragraph, rollCall.ImportantVote));
        Assert.Equal(["Colonialism", "Human rights"], rollCall.Issues.ToArray());
        Assert.Equal((true, (bool?)false, "AMENDMENTS, RULES OF PROCEDURE"), (_unvotes.Value.FindRollCall(3)!.Amendment == true, _unvotes.Value.FindRollCall(3)!.Paragraph, _unvotes.Value.FindRollCall(3)!.Title));
    }

    [Fact]
    public void Import_Unvotes2021_CountsEveryRowOfEveryFile()
    {
        Assert.Equal(
            [("un_votes.csv", 14, 9, 5), ("un_roll_calls.csv", 3, 2, 1), ("un_roll_call_issues.csv", 4, 2, 2)],
            _unvotes.Value.Files.Select(f => (Path.GetFileName(f.File), f.Read, f.Imported, f.Rejected)));
        Assert.Equal(8, _unvotes.Value.Rejected.Length);
    }

    [Theory]
    [MemberData(nameof(UnvotesBadRows))]
    public void Import_Unvotes2021BadRow_IsRejectedWithItsFileLineAndCode(string file, long line, string code)
    {
        var error = Assert.Single(_unvotes.Value.Rejected, e => Path.GetFileName(e.Location.File) == file && e.Location.Line == line);

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Import_GzippedVotes_ReadsTheSameAsPlain()
    {
        var gzipped = UngaImporter.Import(DatasetFiles.Data("unga", "gz", "un_votes.csv.gz"));

        Assert.True(gzipped.Succeeded);
        Assert.Equal(_unvotes.Value.Votes.ToArray(), gzipped.Votes.ToArray());
        Assert.Equal(_unvotes.Value.RollCalls.ToArray(), gzipped.RollCalls.ToArray());
    }

    [Fact]
    public void Import_MissingFileOrSideFile_FailsWithoutThrowing()
    {
        var missing = UngaImporter.Import(DatasetFiles.Data("unga", "no-such-file.csv"));
        Assert.False(missing.Succeeded);
        Assert.Equal(DatasetErrorCodes.UngaFileUnreadable, Assert.Single(missing.Rejected).Code);

        var noSide = UngaImporter.Import(DatasetFiles.Data("unga", "un_votes.csv"), new UngaImportOptions(rollCallsPath: DatasetFiles.Data("unga", "nope.csv")));
        Assert.False(noSide.Succeeded);
        Assert.Equal(DatasetErrorCodes.UngaFileUnreadable, Assert.Single(noSide.Rejected).Code);
    }

    [Fact]
    public void ImportFrom_HeaderOfNeitherRelease_FailsWithoutThrowing()
    {
        var import = UngaImporter.ImportFrom(new StringReader("a,b\n1,2\n"), "other.csv");

        Assert.False(import.Succeeded);
        Assert.Null(import.Release);
        Assert.Equal(DatasetErrorCodes.UngaFileUnreadable, Assert.Single(import.Rejected).Code);
    }

    [Fact]
    public void ImportFrom_UnterminatedQuote_FailsTheImportAtTheLineItOpens()
    {
        var lines = File.ReadAllLines(DatasetFiles.Data("unga", "voeten-quirks.csv"));
        var broken = string.Join('\n', [lines[0], lines[1], lines[2].Replace("\"1/1/1946\"", "\"1/1/1946", StringComparison.Ordinal), .. lines[3..]]) + '\n';

        var import = UngaImporter.ImportFrom(new StringReader(broken), "broken.csv");

        Assert.False(import.Succeeded);
        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.UngaUnterminatedQuote, 3L), (error.Code, error.Location.Line ?? 0));
    }

    [Fact]
    public void ImportFrom_MissingColumn_FailsNamingIt()
    {
        var import = UngaImporter.ImportFrom(new StringReader("rcid,session,vote,ccode\n3,1,1,2\n"), "short.csv");

        Assert.False(import.Succeeded);
        Assert.Contains(import.Rejected, e => e.Code == DatasetErrorCodes.UngaMissingColumn && e.Location.Path?.ToString() == "date");
    }

    [Fact]
    public void ToScenario_Quirks_MakesEachVoteAStanceOnItsResolution()
    {
        var scenario = _quirks.Value.ToScenario().AsT0;

        Assert.Equal(7, scenario.Stances.Length);
        var frg = Assert.Single(scenario.Stances, s => s.Id.Value == "unga-3-COW-260");
        Assert.Equal(("COW-260", VoteChoice.Abstain, StancePosition.Neutral), (frg.Holder.Value, frg.Vote!.Value, frg.Position));
        Assert.Equal(_quirks.Value.FindRollCall(3), frg.Target);
        var no = Assert.Single(scenario.Stances, s => s.Id.Value == "unga-900-CAN");
        Assert.Equal(("CAN", StancePosition.Opposes), (no.Holder.Value, no.Position));
    }
}
