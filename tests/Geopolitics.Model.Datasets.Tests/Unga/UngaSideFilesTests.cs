using Geopolitics.Model.Datasets.Unga;

namespace Geopolitics.Model.Datasets.Tests.Unga;

/// <summary>
/// The 2021 release read from text (<see cref="UngaImporter.ImportFrom"/>): its two side tables (roll calls, issues)
/// given as readers or missing, each kind of bad side-table row rejected at its file, line and column, and the
/// failures that stop an import (an empty or headless table, an unterminated quote, strict mode).
/// </summary>
public sealed class UngaSideFilesTests
{
    private const string Votes = "\"rcid\",\"country\",\"country_code\",\"vote\"\n3,\"United States\",\"US\",\"yes\"\n3,\"Canada\",\"CA\",\"no\"\n";
    private const string RollCallsHeader = "\"rcid\",\"session\",\"importantvote\",\"date\",\"unres\",\"amend\",\"para\",\"short\",\"descr\"\n";
    private const string RollCall3 = "3,1,0,1946-01-01,\"R/1/66\",1,0,\"AMENDMENTS\",\"A CUBAN AMENDMENT\"\n";
    private const string IssuesHeader = "\"rcid\",\"short_name\",\"issue\"\n";

    public static TheoryData<string, string, string> BadRollCallRows => new()
    {
        { "0,1,0,1946-01-02,\"R/1/67\",0,0,\"\",\"\"", DatasetErrorCodes.UngaInvalidNumber, "rcid" },
        { "4,0,0,1946-01-02,\"R/1/67\",0,0,\"\",\"\"", DatasetErrorCodes.UngaInvalidNumber, "session" },
        { "x,1,0,1946-01-02,\"R/1/67\",0,0,\"\",\"\"", DatasetErrorCodes.UngaInvalidNumber, "rcid" },
        { "4,y,0,1946-01-02,\"R/1/67\",0,0,\"\",\"\"", DatasetErrorCodes.UngaInvalidNumber, "session" },
        { "4,1,2,1946-01-02,\"R/1/67\",0,0,\"\",\"\"", DatasetErrorCodes.UngaInvalidFlag, "importantvote" },
        { "4,1,0,1946-01-02,\"R/1/67\",yes,0,\"\",\"\"", DatasetErrorCodes.UngaInvalidFlag, "amend" },
        { "4,1,0,1946-01-02,\"R/1/67\",0,-1,\"\",\"\"", DatasetErrorCodes.UngaInvalidFlag, "para" },
        { "4,1,0,2/1/1946,\"R/1/67\",0,0,\"\",\"\"", DatasetErrorCodes.UngaInvalidDate, "date" },
        { "3,1,0,1946-01-01,\"R/1/66\",1,0,\"\",\"\"", DatasetErrorCodes.UngaDuplicateRollCall, "rcid" },
    };

    public static TheoryData<string, string, string> BadIssueRows => new()
    {
        { "3,\"hr\",\"\"", DatasetErrorCodes.UngaBlankText, "issue" },
        { "three,\"hr\",\"Human rights\"", DatasetErrorCodes.UngaInvalidNumber, "rcid" },
        { "9,\"hr\",\"Human rights\"", DatasetErrorCodes.UngaUnknownRollCall, "rcid" },
    };

    [Fact]
    public void ImportFrom_TheSampleReleaseAsText_ReadsAsImportFromItsFiles()
    {
        var fromFiles = UngaImporter.Import(DatasetFiles.Data("unga", "un_votes.csv"));

        var fromText = UngaImporter.ImportFrom(
            File.OpenText(DatasetFiles.Data("unga", "un_votes.csv")),
            "un_votes.csv",
            File.OpenText(DatasetFiles.Data("unga", "un_roll_calls.csv")),
            "un_roll_calls.csv",
            File.OpenText(DatasetFiles.Data("unga", "un_roll_call_issues.csv")),
            "un_roll_call_issues.csv");

        Assert.Equal(fromFiles.Votes.ToArray(), fromText.Votes.ToArray());
        Assert.Equal(fromFiles.RollCalls.ToArray(), fromText.RollCalls.ToArray());
        Assert.Equal(
            fromFiles.Files.Select(f => (Path.GetFileName(f.File), f.Read, f.Imported, f.Rejected)),
            fromText.Files.Select(f => (f.File, f.Read, f.Imported, f.Rejected)));
        Assert.Equal(
            fromFiles.Rejected.Select(e => (e.Code, Path.GetFileName(e.Location.File), e.Location.Line)),
            fromText.Rejected.Select(e => (e.Code, e.Location.File, e.Location.Line)));
    }

    [Fact]
    public void ImportFrom_WithoutTheRollCallsTable_FailsNamingIt()
    {
        var import = UngaImporter.ImportFrom(new StringReader(Votes), "votes.csv");

        Assert.False(import.Succeeded);
        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.UngaFileUnreadable, "un_roll_calls.csv"), (error.Code, error.Location.File));
        Assert.Equal(UngaRelease.Unvotes2021, import.Release);
    }

    [Fact]
    public void ImportFrom_WithoutTheIssuesTable_FailsNamingItsGivenOrDefaultName()
    {
        var import = UngaImporter.ImportFrom(new StringReader(Votes), "votes.csv", new StringReader(RollCallsHeader + RollCall3), "calls.csv");

        Assert.False(import.Succeeded);
        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.UngaFileUnreadable, "un_roll_call_issues.csv"), (error.Code, error.Location.File));
    }

    [Theory]
    [MemberData(nameof(BadRollCallRows))]
    public void ImportFrom_BadRollCallRow_IsRejectedAtItsLineAndColumnAndTheVotesImport(string row, string code, string column)
    {
        var import = Import(RollCallsHeader + RollCall3 + row + "\n", IssuesHeader);

        Assert.True(import.Succeeded);
        var error = Assert.Single(import.Rejected);
        Assert.Equal((code, "calls.csv", 3L, column), (error.Code, error.Location.File, error.Location.Line ?? 0, error.Location.Path?.ToString()));
        Assert.Equal([("votes.csv", 2, 2, 0), ("calls.csv", 2, 1, 1), ("issues.csv", 0, 0, 0)], import.Files.Select(f => (f.File, f.Read, f.Imported, f.Rejected)));
        Assert.Equal([3], import.RollCalls.Select(r => r.RollCall));
        Assert.Equal([2, 20], import.Votes.Select(v => v.State));
    }

    [Theory]
    [MemberData(nameof(BadIssueRows))]
    public void ImportFrom_BadIssueRow_IsRejectedAtItsLineAndColumnAndTheVotesImport(string row, string code, string column)
    {
        var import = Import(RollCallsHeader + RollCall3, IssuesHeader + "3,\"co\",\"Colonialism\"\n" + row + "\n");

        Assert.True(import.Succeeded);
        var error = Assert.Single(import.Rejected);
        Assert.Equal((code, "issues.csv", 3L, column), (error.Code, error.Location.File, error.Location.Line ?? 0, error.Location.Path?.ToString()));
        Assert.Equal([("votes.csv", 2, 2, 0), ("calls.csv", 1, 1, 0), ("issues.csv", 2, 1, 1)], import.Files.Select(f => (f.File, f.Read, f.Imported, f.Rejected)));
        Assert.Equal(["Colonialism"], import.RollCalls.Single().Issues.ToArray());
    }

    [Fact]
    public void ImportFrom_StrictWithABadRollCallRow_FailsAtThatRowWithoutReadingFurther()
    {
        var import = Import(
            RollCallsHeader + "4,0,0,1946-01-02,\"R/1/67\",0,0,\"\",\"\"\n" + RollCall3,
            IssuesHeader + "3,\"co\",\"Colonialism\"\n",
            new UngaImportOptions(strict: true));

        Assert.False(import.Succeeded);
        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.UngaInvalidNumber, "calls.csv", 2L), (error.Code, error.Location.File, error.Location.Line ?? 0));
        Assert.Equal([("votes.csv", 0, 0, 0), ("calls.csv", 1, 0, 1)], import.Files.Select(f => (f.File, f.Read, f.Imported, f.Rejected)));
        Assert.Empty(import.Votes);
    }

    [Fact]
    public void ImportFrom_StrictWithABadVoteRow_FailsAtThatRow()
    {
        var votes = Votes + "3,\"Nowhere\",\"QQ\",\"yes\"\n3,\"Mexico\",\"MX\",\"no\"\n";

        var import = UngaImporter.ImportFrom(
            new StringReader(votes), "votes.csv", new StringReader(RollCallsHeader + RollCall3), "calls.csv", new StringReader(IssuesHeader), "issues.csv", new UngaImportOptions(strict: true));

        Assert.False(import.Succeeded);
        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.UngaUnknownState, "votes.csv", 4L), (error.Code, error.Location.File, error.Location.Line ?? 0));
        Assert.Equal(("votes.csv", 3, 0, 1), import.Files.Select(f => (f.File, f.Read, f.Imported, f.Rejected)).First());
    }

    [Theory]
    [InlineData("", "", DatasetErrorCodes.UngaFileUnreadable, "calls.csv", null)]
    [InlineData("\"rcid\",\"session\",\"date\"\n3,1,1946-01-01\n", "", DatasetErrorCodes.UngaMissingColumn, "calls.csv", "unres")]
    [InlineData(RollCallsHeader + RollCall3, "", DatasetErrorCodes.UngaFileUnreadable, "issues.csv", null)]
    [InlineData(RollCallsHeader + RollCall3, "\"rcid\",\"short_name\"\n", DatasetErrorCodes.UngaMissingColumn, "issues.csv", "issue")]
    public void ImportFrom_SideTableEmptyOrMissingAColumn_FailsNamingTheTable(string rollCalls, string issues, string code, string file, string? column)
    {
        var import = Import(rollCalls, issues);

        Assert.False(import.Succeeded);
        Assert.Contains(import.Rejected, e => (e.Code, e.Location.File, e.Location.Path?.ToString()) == (code, file, column));
        Assert.Empty(import.Votes);
        Assert.Contains(new DatasetRowCounts(file, 0, 0, 0), import.Files);
    }

    [Fact]
    public void ImportFrom_RowsOutOfOrderAndBadRowsInEachTable_RollCallsByNumberErrorsOfTheVotesFirstAndEveryRowCounted()
    {
        var votes = Votes + "5,\"Canada\",\"CA\",\"abstain\"\n3,\"Atlantis\",\"\",\"yes\"\n3,\"Nowhere\",\"XX\",\"yes\"\n";
        var rollCalls = RollCallsHeader + "5,1,0,1946-01-05,\"R/1/70\",0,0,\"\",\"\"\n" + RollCall3 + "x,1,0,1946-01-02,\"R/1/67\",0,0,\"\",\"\"\n";

        var import = Import(rollCalls, IssuesHeader, votes);

        Assert.Equal([3, 5], import.RollCalls.Select(r => r.RollCall));
        Assert.Equal(
            [("votes.csv", 5L, "country"), ("votes.csv", 6L, "country_code"), ("calls.csv", 4L, "rcid")],
            import.Rejected.Select(e => (e.Location.File!, e.Location.Line!.Value, e.Location.Path!.ToString())));
        Assert.Equal(
            [("votes.csv", 5, 3, 2), ("calls.csv", 3, 2, 1), ("issues.csv", 0, 0, 0)],
            import.Files.Select(f => (f.File, f.Read, f.Imported, f.Rejected)));
    }

    [Fact]
    public void ImportFrom_RollCallsWithoutTheOptionalColumns_ReadsThemAsUnknown()
    {
        var import = Import("\"rcid\",\"session\",\"date\",\"unres\"\n3,1,1946-01-01,\"R/1/66\"\n", "\"rcid\",\"issue\"\n3,\"Colonialism\"\n");

        Assert.True(import.Succeeded);
        var rollCall = Assert.Single(import.RollCalls);
        Assert.Equal((3, 1, new NodaTime.LocalDate(1946, 1, 1), "R/1/66"), (rollCall.RollCall, rollCall.Session, rollCall.Date, rollCall.Symbol));
        Assert.Equal(((bool?)null, (bool?)null, (bool?)null), (rollCall.ImportantVote, rollCall.Amendment, rollCall.Paragraph));
        Assert.Equal(["Colonialism"], rollCall.Issues.ToArray());
        Assert.Empty(import.Rejected);
    }

    [Fact]
    public void ImportFrom_SideTableWithAnUnterminatedQuote_FailsAtTheLineItOpens()
    {
        var import = Import(RollCallsHeader + RollCall3 + "4,1,0,1946-01-02,\"R/1/67,0,0,\"\",\"\"\n5,1,0,1946-01-03,\"R/1/68\",0,0,\"\",\"\"\n", IssuesHeader);

        Assert.False(import.Succeeded);
        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.UngaUnterminatedQuote, "calls.csv", 3L), (error.Code, error.Location.File, error.Location.Line ?? 0));
    }

    [Fact]
    public void ImportFrom_VotesWithAnUnterminatedQuoteOrWithoutAColumn_FailsNamingIt()
    {
        var quote = UngaImporter.ImportFrom(
            new StringReader(Votes + "3,\"Mexico,\"MX\",\"no\"\n3,\"Chile\",\"CL\",\"no\"\n"), "votes.csv", new StringReader(RollCallsHeader + RollCall3), "calls.csv", new StringReader(IssuesHeader), "issues.csv");
        var column = UngaImporter.ImportFrom(
            new StringReader("\"rcid\",\"country\",\"country_code\"\n3,\"Chile\",\"CL\"\n"), "votes.csv", new StringReader(RollCallsHeader + RollCall3), "calls.csv", new StringReader(IssuesHeader), "issues.csv");

        Assert.False(quote.Succeeded);
        Assert.Equal((DatasetErrorCodes.UngaUnterminatedQuote, "votes.csv", 4L), (quote.Rejected[0].Code, quote.Rejected[0].Location.File, quote.Rejected[0].Location.Line ?? 0));
        Assert.False(column.Succeeded);
        Assert.Equal((DatasetErrorCodes.UngaMissingColumn, "vote"), (column.Rejected[0].Code, column.Rejected[0].Location.Path?.ToString()));
        Assert.Empty(column.Votes);
    }

    [Theory]
    [InlineData("0,1,1,2,1,0,\"1/1/1946\",\"R/1/66\",0,0,0,0,0,\"0\",1946", "rcid")]
    [InlineData("3,0,1,2,1,0,\"1/1/1946\",\"R/1/66\",0,0,0,0,0,\"0\",1946", "session")]
    [InlineData("3,1,1,2,1,7,\"1/1/1946\",\"R/1/66\",0,0,0,0,0,\"0\",1946", "importantvote")]
    public void ImportFrom_Voeten2016RowWithANumberOutOfRange_IsRejectedAtItsColumn(string row, string column)
    {
        const string header = "\"rcid\",\"session\",\"vote\",\"ccode\",\"member\",\"importantvote\",\"date\",\"unres\",\"me\",\"nu\",\"di\",\"hr\",\"co\",\"ec\",\"year\"\n";

        var import = UngaImporter.ImportFrom(new StringReader(header + row + "\n"), "voeten.csv");

        Assert.True(import.Succeeded);
        var error = Assert.Single(import.Rejected);
        Assert.Equal((2L, column), (error.Location.Line ?? 0, error.Location.Path?.ToString()));
        Assert.Empty(import.Votes);
    }

    private static UngaImport Import(string rollCalls, string issues, UngaImportOptions? options = null) => Import(rollCalls, issues, Votes, options);

    private static UngaImport Import(string rollCalls, string issues, string votes, UngaImportOptions? options = null) =>
        UngaImporter.ImportFrom(new StringReader(votes), "votes.csv", new StringReader(rollCalls), "calls.csv", new StringReader(issues), "issues.csv", options);
}
