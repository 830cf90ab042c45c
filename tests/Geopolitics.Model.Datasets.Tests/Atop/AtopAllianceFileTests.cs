using Geopolitics.Model.Actors;
using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Datasets.Tests.Atop;

/// <summary>
/// ATOP read from text: a member's spells that join on one day (one membership), and the alliance-level file checked
/// against the member rows: its dates compared with theirs, and its failures (empty, a column missing, an unterminated
/// quote, a bad row) located in that file.
/// </summary>
public sealed class AtopAllianceFileTests
{
    private const string MembersHeader =
        "atopid,cowid,cow4id,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,obvary,defcoloc,defconpr,defcoadv,specthrt,statthr1,statthr2,milaid,base,intcom,ecaid,termmode,version\n";

    private const string AlliancesHeader = "atopid,cowid,cow4id,begyr,begmo,begday,endyr,endmo,endday,ineffect,version\n";

    // Alliance 9100, 1950-01-10 to 1960-06-01: the United States and Canada; the United States' row ends on 1955-01-01 and
    // its next begins that day.
    private const string Members =
        MembersHeader +
        "9100,,,2,1950,1,10,1955,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,5.1\n" +
        "9100,,,2,1955,1,1,1960,6,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,5.1\n" +
        "9100,,,20,1950,1,10,1960,6,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,5.1\n";

    [Fact]
    public void ImportFrom_SpellThatBeginsTheDayTheLastEnded_IsOneMembershipWithoutASuspension()
    {
        var import = Import(Members, null);

        Assert.True(import.Succeeded);
        Assert.DoesNotContain(import.Notes, n => n.Code == DatasetErrorCodes.AtopSeparateSpells);
        Assert.Empty(import.Rejected);
        Assert.Equal((3, 3, 0), (import.Members.Read, import.Members.Imported, import.Members.Rejected));
        var united = Assert.Single(import.Scenario!.Treaties).Party(new ActorId("USA"))!;
        Assert.Equal(Day(1950, 1, 10), united.Signature!.Date);
        Assert.Empty(united.Suspensions);
    }

    [Fact]
    public void ImportFrom_SpellThatBeginsAfterTheLastEnded_IsASuspensionForTheGapWithANote()
    {
        var import = Import(Members.Replace("2,1955,1,1,1960", "2,1956,1,1,1960", StringComparison.Ordinal), null);

        Assert.True(import.Succeeded);
        var note = Assert.Single(import.Notes, n => n.Code == DatasetErrorCodes.AtopSeparateSpells);
        Assert.Equal(3L, note.Location.Line);
        var suspension = Assert.Single(Assert.Single(import.Scenario!.Treaties).Party(new ActorId("USA"))!.Suspensions);
        Assert.Equal(new DatePeriod(Day(1955, 1, 1), Day(1955, 12, 31)), suspension.Period);
    }

    [Theory]
    [InlineData("9100,,,1950,1,10,1960,6,1,0,5.1", 0, null, 1)]
    [InlineData("9100,,,1950,1,11,1960,6,1,0,5.1", 1, "begyr", 0)]
    [InlineData("9100,,,1950,1,10,1960,6,2,0,5.1", 1, "endyr", 0)]
    [InlineData("9100,,,1950,1,10,0,0,0,1,5.1", 1, "endyr", 0)]
    [InlineData("9100,,,1950,13,10,1960,6,1,0,5.1", 1, "begyr", 0)]
    [InlineData("x,,,1950,1,10,1960,6,1,0,5.1", 1, "atopid", 0)]
    public void ImportFrom_AllianceRow_IsComparedWithItsMembersDates(string row, int rejected, string? column, int imported)
    {
        var import = Import(Members, AlliancesHeader + row + "\n");

        Assert.True(import.Succeeded);
        Assert.Equal((1, imported, rejected), (import.Alliances!.Value.Read, import.Alliances.Value.Imported, import.Alliances.Value.Rejected));
        Assert.Equal(rejected, import.Rejected.Length);
        if (column is not null)
        {
            var error = import.Rejected[0];
            Assert.Equal(("alliances.csv", 2L, column), (error.Location.File, error.Location.Line ?? 0, error.Location.Path?.ToString()));
        }

        Assert.Single(import.Scenario!.Treaties);
    }

    [Theory]
    [InlineData("", DatasetErrorCodes.AtopFileUnreadable, 0L, null)]
    [InlineData("atopid,begyr,begmo,begday,endyr,endmo\n9100,1950,1,10,1960,6\n", DatasetErrorCodes.AtopMissingColumn, 1L, "endday")]
    [InlineData(AlliancesHeader + "9100,,,1950,1,10,1960,6,1,0,5.1\n9101,\"x,,1950,1,10,1960,6,1,0,5.1\n9102,,,1950,1,10,1960,6,1,0,5.1\n", DatasetErrorCodes.AtopUnterminatedQuote, 3L, null)]
    public void ImportFrom_AllianceFileEmptyHeadlessOrUnterminated_FailsTheImportInThatFile(string alliances, string code, long line, string? column)
    {
        var import = Import(Members, alliances);

        Assert.False(import.Succeeded);
        Assert.Null(import.Scenario);
        Assert.Contains(import.Rejected, e => (e.Code, e.Location.File, e.Location.Line ?? 0, e.Location.Path?.ToString()) == (code, "alliances.csv", line, column));
    }

    private static PartialDate Day(int year, int month, int day) => PartialDate.FromLocalDate(new LocalDate(year, month, day));

    private static AtopImport Import(string members, string? alliances) =>
        AtopImporter.ImportFrom(new StringReader(members), "members.csv", alliances is null ? null : new StringReader(alliances), alliances is null ? null : "alliances.csv", null);
}
