using Geopolitics.Model.Actors;
using Geopolitics.Model.Datasets.Cow;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Datasets.Tests.Cow;

/// <summary>
/// The rules for single cells of the COW alliance file, each shown on a three-member alliance whose second row has
/// cells changed: what is refused (with its code, row and column), what is read, and what the notes say.
/// </summary>
public sealed class CowCellRulesTests
{
    private const string Header =
        "version4id,ccode,state_name,all_st_day,all_st_month,all_st_year,all_end_day,all_end_month,all_end_year,ss_type,mem_st_day,mem_st_month,mem_st_year,mem_end_day,mem_end_month,mem_end_year,left_censor,right_censor,defense,neutrality,nonaggression,entente,version";

    private static readonly string[] Columns = Header.Split(',');

    private static readonly string[] Flags = ["defense", "neutrality", "nonaggression", "entente"];

    public static TheoryData<string, string, string, string> RefusedCells => new()
    {
        { "version4id=0", "version4id", DatasetErrorCodes.CowInvalidNumber, "'version4id' is 0; an alliance id is a positive number." },
        { "all_st_day=|all_st_month=|all_st_year=", "all_st_year", DatasetErrorCodes.CowInvalidDate, "'all_st_year' is blank" },
        { "all_st_day=0|all_st_month=0|all_st_year=0", "all_st_year", DatasetErrorCodes.CowInvalidDate, "'all_st_year' (0) is not a year" },
        { "all_end_day=0|all_end_month=0|all_end_year=0", "all_end_year", DatasetErrorCodes.CowInvalidDate, "'all_end_year' (0) is not a year" },
        { "mem_st_day=|mem_st_month=|mem_st_year=", "mem_st_year", DatasetErrorCodes.CowInvalidDate, "'mem_st_year' is blank" },
        { "mem_st_day=0|mem_st_month=0|mem_st_year=0", "mem_st_year", DatasetErrorCodes.CowInvalidDate, "'mem_st_year' (0) is not a year" },
        { "mem_end_day=0|mem_end_month=0|mem_end_year=0", "mem_end_year", DatasetErrorCodes.CowInvalidDate, "'mem_end_year' (0) is not a year" },
        { "mem_end_day=31|mem_end_month=12|mem_end_year=1949", "mem_end_year", DatasetErrorCodes.CowEndBeforeStart, "The membership ends (1949-12-31) before it starts (1950-01-01)" },
        { "left_censor=2", "left_censor", DatasetErrorCodes.CowInvalidFlag, "'left_censor' is '2'; it must be 0 or 1 or blank." },
        { "right_censor=2", "right_censor", DatasetErrorCodes.CowInvalidFlag, "'right_censor' is '2'; it must be 0 or 1 or blank." },
        { "defense=x", "defense", DatasetErrorCodes.CowInvalidFlag, "'defense' is 'x'; it must be 0 or 1 or blank." },
    };

    [Theory]
    [MemberData(nameof(RefusedCells))]
    public void Import_RefusedCells_AreRejectedAtTheirRowAndColumn(string changes, string path, string code, string message)
    {
        var import = Import(Row(1, 2), Row(1, 20, CellChanges.Parse(changes)), Row(1, 200));

        var error = Assert.Single(import.Rejected);
        Assert.Equal((code, 2L, 3L, path), (error.Code, error.Location.Row!.Value, error.Location.Line!.Value, error.Location.Path!.ToString()));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal([new ActorId("USA"), new ActorId("GBR")], import.Scenario!.Treaties.Single().Parties.Select(p => p.Actor));
    }

    [Fact]
    public void Import_MembershipEndingOnItsFirstDay_IsAOneDayMembership()
    {
        var import = Import(Row(1, 2), Row(1, 20, ("mem_end_day", "1"), ("mem_end_month", "1"), ("mem_end_year", "1950")));

        var canada = import.Scenario!.Treaties.Single().Parties.Single(p => p.Actor == new ActorId("CAN"));
        Assert.Equal(PartialDate.Parse("1950-01-01").AsT0, canada.Withdrawal!.Effective);
        Assert.Empty(import.Rejected);
    }

    [Fact]
    public void Import_MembershipEndingInAYearOnly_EndsInThatYear()
    {
        var import = Import(Row(1, 2), Row(1, 20, ("mem_end_year", "1960")), Row(1, 200, ("mem_end_month", "3"), ("mem_end_year", "1961")));

        var parties = import.Scenario!.Treaties.Single().Parties;
        Assert.Equal(new PartialDate(1960), parties.Single(p => p.Actor == new ActorId("CAN")).Withdrawal!.Effective);
        Assert.Equal(new PartialDate(1961, 3), parties.Single(p => p.Actor == new ActorId("GBR")).Withdrawal!.Effective);
    }

    [Fact]
    public void Import_LeftCensorOnAMemberThatStartsWithTheAlliance_IsNoCensoring()
    {
        var import = Import(Row(1, 2, ("left_censor", "1")), Row(1, 20));

        Assert.DoesNotContain(import.Notes, n => n.Code == DatasetErrorCodes.CowLeftCensored);
        Assert.All(import.Scenario!.Treaties.Single().Parties, p => Assert.DoesNotContain(CowAllianceImporter.LeftCensoredSource, p.Signature!.Evidence.Sources));
    }

    [Theory]
    [InlineData("Type I: Defense Pact", "defense")]
    [InlineData("Type II: Neutrality or Non-aggression", "neutrality")]
    [InlineData("Type IIa: Neutrality", "neutrality")]
    [InlineData("Type IIb: Non-aggression", "nonaggression")]
    [InlineData("Type III: Entente", "entente")]
    public void Import_LabelWhoseFlagIsZero_IsNotedNamingThatFlag(string label, string flag)
    {
        var rows = Flags.Select(column => (column, column == flag ? "0" : "1")).Append(("ss_type", label)).ToArray();

        var import = Import(Row(1, 2, rows), Row(1, 20, rows));

        Assert.Equal(2, import.Notes.Count(n => n.Code == DatasetErrorCodes.CowLabelDisagreesWithFlags));
        Assert.All(
            import.Notes.Where(n => n.Code == DatasetErrorCodes.CowLabelDisagreesWithFlags),
            n => Assert.Contains($"but the '{flag}' flag of", n.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_AlliancesOutOfOrder_AreTreatiesInTheOrderOfTheirIdsAndErrorsInTheOrderOfTheirRows()
    {
        var import = Import(Row(7, 2), Row(3, 2), Row(3, 20), Row(2, 2), Row(2, 20), Row(0, 20));

        Assert.Equal(["2", "3"], import.Scenario!.Treaties.Select(t => t.ExternalReferences[0].Id));
        Assert.Equal(
            [(1L, DatasetErrorCodes.CowAllianceTooFewMembers), (6L, DatasetErrorCodes.CowInvalidNumber)],
            import.Rejected.Select(e => (e.Location.Row!.Value, e.Code)));
    }

    private static CowImport Import(params string[] rows) =>
        CowAllianceImporter.ImportFrom(new StringReader(string.Join('\n', [Header, .. rows]) + "\n"), "cow.csv", null);

    /// <summary>A member of a defence pact from 1950-01-01 with no end, with <paramref name="changes"/> made.</summary>
    private static string Row(int alliance, int state, params (string Column, string Value)[] changes) =>
        CellChanges.Row(Columns, column => column switch
        {
            "version4id" => alliance.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "ccode" => state.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "state_name" => "State",
            "all_st_day" or "all_st_month" or "mem_st_day" or "mem_st_month" or "defense" => "1",
            "all_st_year" or "mem_st_year" => "1950",
            "ss_type" => "Type I: Defense Pact",
            "left_censor" or "right_censor" or "neutrality" or "nonaggression" or "entente" => "0",
            "version" => "4.1",
            _ => string.Empty,
        }, changes);
}
