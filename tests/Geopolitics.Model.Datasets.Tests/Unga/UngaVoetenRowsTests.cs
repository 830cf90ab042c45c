using Geopolitics.Model.Datasets.Unga;

namespace Geopolitics.Model.Datasets.Tests.Unga;

/// <summary>
/// The rules for single rows of the Voeten (2016) votes file, each shown on a roll call whose second row (Canada's
/// vote) has cells changed: what is refused, at which column and why, and which days and numbers are read.
/// </summary>
public sealed class UngaVoetenRowsTests
{
    private const string Header = "\"rcid\",\"session\",\"vote\",\"ccode\",\"member\",\"importantvote\",\"date\",\"unres\",\"me\",\"nu\",\"di\",\"hr\",\"co\",\"ec\",\"year\"";

    private static readonly string[] Columns = [.. Header.Split(',').Select(c => c.Trim('"'))];

    public static TheoryData<string, string, string, string> RefusedRows => new()
    {
        { "date=1/2/1946", DatasetErrorCodes.UngaRollCallFieldsDisagree, "date", "'date' differs from the first row of roll call 3" },
        { "unres=R/1/67", DatasetErrorCodes.UngaRollCallFieldsDisagree, "unres", "'unres' differs from the first row of roll call 3" },
        { "me=1", DatasetErrorCodes.UngaRollCallFieldsDisagree, "me", "'me' differs" },
        { "importantvote=1", DatasetErrorCodes.UngaRollCallFieldsDisagree, "importantvote", "'importantvote' differs" },
        { "importantvote=2", DatasetErrorCodes.UngaInvalidFlag, "importantvote", "'importantvote' is '2'" },
        { "rcid=0", DatasetErrorCodes.UngaInvalidNumber, "rcid", "'rcid' is 0; it must be 1 or more." },
        { "rcid=4|session=0", DatasetErrorCodes.UngaInvalidNumber, "session", "'session' is 0; it must be 1 or more." },
        { "rcid=4|date=2/29/1946", DatasetErrorCodes.UngaInvalidDate, "date", "'date' is '2/29/1946'" },
        { "rcid=4|date=0/1/1946", DatasetErrorCodes.UngaInvalidDate, "date", "'date' is '0/1/1946'" },
    };

    [Theory]
    [MemberData(nameof(RefusedRows))]
    public void Import_RefusedRow_IsRejectedAtItsColumn(string changes, string code, string path, string message)
    {
        var import = Import(Row(2), Row(20, CellChanges.Parse(changes)));

        var error = Assert.Single(import.Rejected);
        Assert.Equal((code, 3L, path), (error.Code, error.Location.Line!.Value, error.Location.Path!.ToString()));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Single(import.Votes);
    }

    [Theory]
    [InlineData("rcid=1", 1, 1946)]
    [InlineData("date=2/28/1946", 3, 1946)]
    [InlineData("date=12/31/1946", 3, 1946)]
    [InlineData("date=1/1/9999|year=9999", 3, 9999)]
    public void Import_AcceptedRow_IsAVoteOnItsRollCallInItsYear(string changes, int rollCall, int year)
    {
        var cells = CellChanges.Parse(changes);

        var import = Import(Row(2, cells), Row(20, cells));

        Assert.Empty(import.Rejected);
        Assert.All(import.Votes, vote => Assert.Equal((rollCall, year), (vote.RollCall, vote.Year)));
        Assert.Equal(2, import.Votes.Length);
    }

    [Fact]
    public void Import_TwoBadRows_AreEachRejectedWithTheirOwnError()
    {
        var import = Import(Row(2), Row(20, ("rcid", "x")), Row(200, ("vote", "4")));

        Assert.Equal(
            [(3L, DatasetErrorCodes.UngaInvalidNumber), (4L, DatasetErrorCodes.UngaInvalidVote)],
            import.Rejected.Select(e => (e.Location.Line!.Value, e.Code)));
    }

    private static UngaImport Import(params string[] rows) =>
        UngaImporter.ImportFrom(new StringReader(string.Join('\n', [Header, .. rows]) + "\n"), "votes.csv");

    /// <summary>State <paramref name="ccode"/>'s yes on roll call 3 (1 January 1946, R/1/66), with <paramref name="changes"/> made.</summary>
    private static string Row(int ccode, params (string Column, string Value)[] changes) =>
        CellChanges.Row(Columns, column => column switch
        {
            "rcid" => "3",
            "session" or "vote" or "member" => "1",
            "ccode" => ccode.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "date" => "1/1/1946",
            "unres" => "R/1/66",
            "year" => "1946",
            _ => "0",
        }, changes);
}
