using Geopolitics.Model.Actors;
using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Datasets.Tests.Atop;

/// <summary>
/// The rules for single cells of the ATOP files, each shown on a two-member alliance whose second row has one cell
/// changed: what is refused (with its code, row and column), what is read, and what the error says.
/// </summary>
public sealed class AtopCellRulesTests
{
    private const string Header =
        "atopid,cowid,cow4id,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,obvary," +
        "defcon,offcon,neucon,concon,defcoadv,defcoloc,defcocon,defconum,defcodem,defconpr,offcoadv,offcoloc,offcocon,offconum,offcodem," +
        "neucoadv,neucoloc,neucocon,neuconum,neucodem,neuconpr,neucoatt,concoadv,concoloc,concocon,concoreq," +
        "specthrt,statthr1,statthr2,milaid,intcom,base,ecaid,termmode,version";

    private const string AllianceHeader = "atopid,cowid,cow4id,begyr,begmo,begday,endyr,endmo,endday,ineffect,version";

    private static readonly string[] Columns = Header.Split(',');

    public static TheoryData<string, string, string, string, string> RefusedCells => new()
    {
        { "atopid", "0", "atopid", DatasetErrorCodes.AtopInvalidNumber, "'atopid' is 0; an ATOP id is a positive number." },
        { "phase", "-1", "phase", DatasetErrorCodes.AtopInvalidPhase, "'phase' is -1; a phase is 0 (single phase) or a positive number." },
        { "member", "", "member", DatasetErrorCodes.AtopInvalidNumber, "'member' is blank; it must be a whole number." },
        { "yrent", "0", "yrent", DatasetErrorCodes.AtopInvalidDate, "'yrent' (0) is not a year, so 'yrent/moent/dayent' is not a date." },
        { "yrent", "", "yrent", DatasetErrorCodes.AtopInvalidDate, "'yrent' is blank, so 'yrent/moent/dayent' is not a date." },
        { "yrent", "10000", "yrent", DatasetErrorCodes.AtopInvalidDate, "'yrent' (10000) is not a year" },
        { "moent", "", "yrent", DatasetErrorCodes.AtopInvalidDate, "'dayent' is given without 'moent', so" },
        { "moent", "x", "moent", DatasetErrorCodes.AtopInvalidNumber, "'moent' is 'x'; it must be a whole number." },
        { "dayent", "29", "yrent", DatasetErrorCodes.AtopInvalidDate, "'dayent' (29) is not a day of 1950-02, so" },
        { "dayent", "0", "yrent", DatasetErrorCodes.AtopInvalidDate, "'dayent' (0) is not a day of 1950-02, so" },
        { "yrexit", "", "yrexit", DatasetErrorCodes.AtopInvalidDate, "'yrexit' is blank, so 'yrexit/moexit/dayexit' is not a date." },
        { "yrexit", "1949", "yrexit", DatasetErrorCodes.AtopExitBeforeEntry, "The exit (1949-06-01) is before the entry (1950-02-10)" },
        { "defense", "", "defense", DatasetErrorCodes.AtopInvalidFlag, "'defense' is blank; it must be 0 or 1." },
        { "defense", "2", "defense", DatasetErrorCodes.AtopInvalidFlag, "'defense' is '2'; it must be 0 or 1." },
        { "obvary", "x", "obvary", DatasetErrorCodes.AtopInvalidNumber, "'obvary' is 'x'; it must be a whole number or blank." },
        { "milaid", new string('9', 80), "milaid", DatasetErrorCodes.AtopInvalidNumber, $"'milaid' is '{new string('9', 80)}'; it must" },
        { "milaid", new string('9', 100), "milaid", DatasetErrorCodes.AtopInvalidNumber, $"'milaid' is '{new string('9', 64)}…' (100 characters); it must" },
    };

    [Theory]
    [MemberData(nameof(RefusedCells))]
    public void Import_RefusedCell_IsRejectedAtItsRowAndColumnWithWhatItHolds(string column, string value, string path, string code, string message)
    {
        var import = Import(Members(Row(2), Row(20, (column, value)), Row(200)));

        var error = Assert.Single(import.Rejected);
        Assert.Equal((code, 2L, 3L, path), (error.Code, error.Location.Row!.Value, error.Location.Line!.Value, error.Location.Path!.ToString()));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal([new ActorId("USA"), new ActorId("GBR")], import.Scenario!.Treaties.Single().Parties.Select(p => p.Actor));
    }

    [Theory]
    [InlineData("yrent=|moent=|dayent=", "yrent", "'yrent' is blank, so")]
    [InlineData("yrent=0|moent=0|dayent=0", "yrent", "'yrent' (0) is not a year, so")]
    [InlineData("moent=0|dayent=0", "yrent", "'moent' (0) is not a month, so")]
    [InlineData("yrexit=|moexit=|dayexit=", "yrexit", "'yrexit' is blank, so")]
    public void Import_RefusedDate_IsAnInvalidDateAtItsYearColumn(string changes, string path, string message)
    {
        var cells = CellChanges.Parse(changes);

        var import = Import(Members(Row(2), Row(20, cells), Row(200)));

        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.AtopInvalidDate, 2L, path), (error.Code, error.Location.Row!.Value, error.Location.Path!.ToString()));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_QuotedCells_AreReadAndAQuoteLeftOpenIsFoundWhereverItOpens()
    {
        var quoted = Import(Members(Row(2), "\"9001\"" + Row(20)[4..]));
        var openAtStart = Import(Members(Row(2), "\"" + Row(20), Row(200)));
        var openOnALaterLine = Import(Members(Row(2), Row(20, ("yrent", "\"1950\n\""), ("version", "\"5.1")), Row(200)));

        Assert.Empty(quoted.Rejected);
        Assert.Equal([new ActorId("USA"), new ActorId("CAN")], quoted.Scenario!.Treaties.Single().Parties.Select(p => p.Actor));
        var error = Assert.Single(openAtStart.Rejected);
        Assert.Equal((DatasetErrorCodes.AtopUnterminatedQuote, 3L), (error.Code, error.Location.Line!.Value));
        Assert.Contains("(the last quote opens on line 3)", error.Message, StringComparison.Ordinal);
        Assert.False(openAtStart.Succeeded);
        Assert.Contains("The row starting on line 3 opens a quote that is never closed (the last quote opens on line 4)", Assert.Single(openOnALaterLine.Rejected).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("atopid", "1")]
    [InlineData("dayexit", "10")]
    [InlineData("yrexit", "9999")]
    [InlineData("obvary", "")]
    public void Import_AcceptedCell_IsRead(string column, string value)
    {
        var import = Import(Members(Row(2, (column, value)), Row(20, (column, value))));

        Assert.Empty(import.Rejected);
        Assert.Single(import.Scenario!.Treaties);
    }

    [Fact]
    public void Import_ExitOnTheDayOfEntry_IsAOneDayMembership()
    {
        var import = Import(Members(Row(2), Row(20, ("yrexit", "1950"), ("moexit", "2"), ("dayexit", "10"))));

        var canada = import.Scenario!.Treaties.Single().Parties.Single(p => p.Actor == new ActorId("CAN"));
        Assert.Equal(PartialDate.Parse("1950-02-10").AsT0, canada.Withdrawal!.Effective);
    }

    [Fact]
    public void Import_ExitZero_LeavesTheMembershipOpenAndTheTreatyInForce()
    {
        var import = Import(Members(Row(2, ("yrexit", "0"), ("moexit", "0"), ("dayexit", "0")), Row(20, ("yrexit", "0"), ("moexit", "0"), ("dayexit", "0"))));

        var treaty = import.Scenario!.Treaties.Single();
        Assert.Null(treaty.Termination);
        Assert.All(treaty.Parties, p => Assert.Null(p.Withdrawal));
    }

    [Fact]
    public void Import_MemberCodeOneKept_IsAnAtopOnlyActor()
    {
        var import = Import(Members(Row(2), Row(1)), new AtopImportOptions(keepUnlistedMembers: true));

        Assert.Contains(import.Scenario!.Treaties.Single().Parties, p => p.Actor == new ActorId("ATOP-1"));
        Assert.Equal(DatasetErrorCodes.AtopUnlistedMemberKept, Assert.Single(import.Notes).Code);
    }

    [Fact]
    public void Import_NoVersionColumn_FailsUnlessTheOptionsGiveTheVersion()
    {
        var members = Drop(Members(Row(2), Row(20)), "version");

        var failed = Import(members);
        var given = Import(members, new AtopImportOptions(version: AtopVersion.V51));

        var error = Assert.Single(failed.Rejected);
        Assert.False(failed.Succeeded);
        Assert.Equal((DatasetErrorCodes.AtopUnsupportedVersion, 1L, "version"), (error.Code, error.Location.Line!.Value, error.Location.Path!.ToString()));
        Assert.True(given.Succeeded);
        Assert.Equal(AtopVersion.V51, given.Version);
        Assert.Single(given.Scenario!.Treaties);
    }

    [Fact]
    public void Import_OneMissingOptionalColumn_IsNamedAloneAndTheUnknownOneWithIt()
    {
        var one = Import(Members(Row(2), Row(20)).Replace(",intcom,", ",intcomm,", StringComparison.Ordinal));
        var two = Import(Drop(Members(Row(2), Row(20)), "ecaid").Replace(",intcom,", ",intcomm,", StringComparison.Ordinal).Replace(",base,", ",bases,", StringComparison.Ordinal));

        var note = Assert.Single(one.Notes);
        Assert.Equal((DatasetErrorCodes.AtopMissingOptionalColumns, "intcom"), (note.Code, note.Location.Path!.ToString()));
        Assert.StartsWith("The header has no 'intcom': ", note.Message, StringComparison.Ordinal);
        Assert.EndsWith("; the header's 'intcomm' is not an ATOP column.", note.Message, StringComparison.Ordinal);
        Assert.StartsWith("The header has no 'base', 'intcom', 'ecaid': ", Assert.Single(two.Notes).Message, StringComparison.Ordinal);
        Assert.EndsWith("; the header's 'intcomm', 'bases' are not an ATOP column.", two.Notes[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_OnlyIdColumnsMissing_HasNoNote()
    {
        var import = Import(Drop(Members(Row(2), Row(20)), "cowid", "cow4id"));

        Assert.Empty(import.Notes);
        Assert.Single(import.Scenario!.Treaties);
    }

    [Fact]
    public void Import_DroppedLocationColumns_AreNamedInEachDefenceClauseAsUnrecorded()
    {
        var import = Import(Drop(Members(Row(2), Row(20)), "defcoloc", "defconpr"));

        var clause = import.Scenario!.Treaties.Single().Clause(new ClauseId("defense-CAN"))!;
        Assert.True(clause.Conditions.Unrecorded);
        Assert.Contains("not recorded whether DEFCOLOC, DEFCONPR apply: the file lacks those columns", clause.Summary, StringComparison.Ordinal);
        Assert.Contains("'defcoloc', 'defconpr'", Assert.Single(import.Notes).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TwoBadAllianceRows_AreEachRejectedWithTheirOwnError()
    {
        var alliances = string.Join('\n', AllianceHeader, "x9001,,,1950,2,10,0,0,0,1,5.1", "9001,,,,2,10,0,0,0,1,5.1", "9001,,,1950,2,10,,,,1,5.1", "9001,,,0,2,10,0,0,0,1,5.1") + "\n";

        var import = AtopImporter.ImportFrom(new StringReader(Members(Row(2), Row(20))), "members.csv", new StringReader(alliances), "alliances.csv", null);

        Assert.Equal(
            [(1L, DatasetErrorCodes.AtopInvalidNumber, "atopid"), (2L, DatasetErrorCodes.AtopInvalidDate, "begyr"), (3L, DatasetErrorCodes.AtopInvalidDate, "endyr"), (4L, DatasetErrorCodes.AtopInvalidDate, "begyr")],
            import.Rejected.Select(e => (e.Location.Row!.Value, e.Code, e.Location.Path!.ToString())));
        Assert.True(import.Succeeded);
    }

    [Fact]
    public void ImportFrom_UnnamedAllianceReader_IsCalledAlliancesAndItsErrorsComeBeforeTheMembers()
    {
        var alliances = string.Join('\n', AllianceHeader, "9001,,,1950,2,10,1960,6,1,1,5.1", "9002,,,1950,2,10,0,0,0,1,5.1") + "\n";

        var import = AtopImporter.ImportFrom(new StringReader(Members(Row(2), Row(20, ("defense", "2")), Row(200))), "members.csv", new StringReader(alliances), null, null);

        Assert.Equal([("alliances", 2L), ("members.csv", 2L)], import.Rejected.Select(e => (e.Location.File!, e.Location.Row!.Value)));
        Assert.Equal(new DatasetRowCounts("alliances", 2, 1, 1), import.Alliances);
        Assert.Equal(new DatasetRowCounts("members.csv", 3, 2, 1), import.Members);
    }

    [Fact]
    public void ImportFrom_FailedWithAnAllianceFile_CountsItsRowsAsNotImported()
    {
        var alliances = string.Join('\n', AllianceHeader, "9001,,,1950,2,10,0,0,0,1,5.1") + "\n";

        var failed = AtopImporter.ImportFrom(new StringReader(Members(Row(2, ("version", "9.9")), Row(20, ("version", "9.9")))), "members.csv", new StringReader(alliances), "alliances.csv", null);
        var withoutAlliances = Import(Members(Row(2, ("version", "9.9")), Row(20, ("version", "9.9"))));

        Assert.False(failed.Succeeded);
        Assert.Equal(new DatasetRowCounts("alliances.csv", 1, 0, 0), failed.Alliances);
        Assert.Null(withoutAlliances.Alliances);
    }

    [Fact]
    public void ImportFrom_HeaderOnly_IsAnEmptyImportOfTheDefaultVersion()
    {
        var import = Import(Members());

        Assert.True(import.Succeeded);
        Assert.Empty(import.Scenario!.Treaties);
        Assert.Equal(AtopVersion.V51, import.Version);
        Assert.Equal(new DatasetRowCounts("members.csv", 0, 0, 0), import.Members);
    }

    private static AtopImport Import(string members, AtopImportOptions? options = null) =>
        AtopImporter.ImportFrom(new StringReader(members), "members.csv", null, null, options);

    /// <summary>The file <paramref name="members"/> without <paramref name="columns"/> (their header names and cells).</summary>
    private static string Drop(string members, params string[] columns)
    {
        var lines = members.TrimEnd('\n').Split('\n').Select(l => l.Split(',')).ToList();
        var keep = Enumerable.Range(0, lines[0].Length).Where(i => !columns.Contains(lines[0][i])).ToList();
        return string.Join('\n', lines.Select(cells => string.Join(',', keep.Select(i => cells[i])))) + "\n";
    }

    private static string Members(params string[] rows) => string.Join('\n', [Header, .. rows]) + "\n";

    /// <summary>A member of alliance 9001 (phase 1) from 1950-02-10 to 1960-06-01 that promises defence with no condition, with <paramref name="changes"/> made.</summary>
    private static string Row(int member, params (string Column, string Value)[] changes) =>
        CellChanges.Row(Columns, column => column switch
        {
            "atopid" => "9001",
            "cowid" or "cow4id" => string.Empty,
            "member" => member.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "yrent" => "1950",
            "moent" => "2",
            "dayent" => "10",
            "yrexit" => "1960",
            "moexit" => "6",
            "dayexit" or "phase" or "defense" => "1",
            "termmode" => "2",
            "version" => "5.1",
            _ => "0",
        }, changes);
}
