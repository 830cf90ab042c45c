using System.Text;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Datasets.Cow;
using Geopolitics.Model.Datasets.Sipri;
using Geopolitics.Model.Datasets.Tests.Sipri;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Datasets.Tests.Fuzzing;

/// <summary>The importers lose nothing silently: a cut row, a version mix, a quote left open, a NUL after a number (issue 15, item 5).</summary>
public class SilentLossTests
{
    private const string CowHeader =
        "version4id,ccode,state_name,all_st_day,all_st_month,all_st_year,all_end_day,all_end_month,all_end_year,ss_type,mem_st_day,mem_st_month,mem_st_year,mem_end_day,mem_end_month,mem_end_year,left_censor,right_censor,defense,neutrality,nonaggression,entente,version\n";

    private const string AtopHeader =
        "atopid,cowid,cow4id,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,obvary,defcoloc,defconpr,defcoadv,specthrt,statthr1,statthr2,milaid,base,intcom,ecaid,termmode,version\n";

    private static string CowRow(int alliance, int state, string version = "4.1") =>
        $"{alliance},{state},\"State\",1,1,1950,,,,\"Type I: Defense Pact\",1,1,1950,,,,0,1,1,0,1,0,{version}\n";

    private static string AtopRow(int alliance, int member) =>
        $"{alliance},,,{member},1950,1,10,1960,6,1,1,1,0,0,0,0,0,1,1,1,1,365,0,4,3,1,0,2,5.1\n";

    private static string SipriRow(string designation, string delivered = "1") =>
        $"Taiwan,United States,2019,,1,,{designation},fighter aircraft,{delivered},,2021,New,,50,50,50\n";

    private static CowImport Cow(string text) => CowAllianceImporter.ImportFrom(new StringReader(text), "cow.csv", null);

    private static AtopImport Atop(string text) => AtopImporter.ImportFrom(new StringReader(text), "members.csv", null, null, null);

    private static OneOf.OneOf<SipriImport, System.Collections.Immutable.ImmutableArray<ModelError>> Sipri(string text) =>
        SipriImporter.ImportFrom(new MemoryStream(Encoding.UTF8.GetBytes(text)), "sipri.csv");

    [Fact]
    public void Cow_RowCutShort_IsRejectedNotReadAsBlankFlags()
    {
        var cut = CowRow(7, 2);
        var import = Cow(CowHeader + CowRow(7, 200) + CowRow(7, 255) + cut[..cut.IndexOf(",0,1,1,0", StringComparison.Ordinal)] + "\n");

        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.CowColumnCount, 4L), (error.Code, error.Location.Line ?? 0));
        Assert.Contains("the header has 23", error.Message, StringComparison.Ordinal);
        Assert.True(import.Succeeded);
    }

    [Fact]
    public void Cow_RowOfAnotherVersion_IsRejectedAsAtopDoes()
    {
        var import = Cow(CowHeader + CowRow(7, 200) + CowRow(7, 255) + CowRow(7, 2, version: "4.0"));

        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.CowMixedVersions, "version"), (error.Code, error.Location.Path?.ToString()));
        Assert.True(import.Succeeded);
    }

    [Fact]
    public void Cow_UnterminatedQuote_FailsTheImportAtTheLineItOpens()
    {
        var import = Cow(CowHeader + CowRow(7, 200) + CowRow(7, 255).Replace("\"State\"", "\"State", StringComparison.Ordinal) + CowRow(8, 200) + CowRow(8, 2));

        Assert.False(import.Succeeded);
        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.CowUnterminatedQuote, 3L), (error.Code, error.Location.Line ?? 0));
    }

    [Fact]
    public void Atop_UnterminatedQuote_FailsTheImportAtTheLineItOpens()
    {
        var import = Atop(AtopHeader + AtopRow(9001, 2) + AtopRow(9001, 20) + AtopRow(9002, 2).Replace("1950", "\"1950", StringComparison.Ordinal) + AtopRow(9002, 20));

        Assert.False(import.Succeeded);
        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.AtopUnterminatedQuote, 4L), (error.Code, error.Location.Line ?? 0));
    }

    [Fact]
    public void Sipri_UnterminatedQuote_FailsTheImportAtTheLineItOpens()
    {
        var errors = Sipri(SipriHeaders.Register + SipriRow("F-16V") + SipriRow("\"F-16B") + SipriRow("F-16C") + SipriRow("F-16D")).AsT1;

        var error = Assert.Single(errors);
        Assert.Equal((DatasetErrorCodes.SipriUnterminatedQuote, 3L), (error.Code, error.Location.Line ?? 0));
    }

    [Theory]
    [InlineData("\0ATO*")]
    [InlineData("Rebels\u0007*")]
    [InlineData("\u200B*")]
    public void Sipri_ActorNameTheScenarioWouldRefuse_IsRejectedAndTheScenarioStaysValid(string supplier)
    {
        var text = SipriHeaders.Register + SipriRow("F-16V") + SipriRow("F-16B").Replace("United States", supplier, StringComparison.Ordinal);

        var import = Sipri(text).AsT0;

        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.SipriUnknownActorName, 3L), (error.Code, error.Location.Line ?? 0));
        Assert.Equal(1, import.RowsImported);
        Assert.True(import.ToScenario().IsT0);
    }

    [Fact]
    public void Importers_ClosedQuotesAcrossLines_AreStillRead()
    {
        var import = Sipri(SipriHeaders.Register + SipriRow("\"F-16V \"\"Viper\"\"\"") + SipriRow("F-16B")).AsT0;

        Assert.Equal(2, import.RowsImported);
        Assert.Equal("F-16V \"Viper\"", import.Records[0].Designation);
    }

    [Fact]
    public void Cow_NulAfterANumber_IsAnInvalidNumber()
    {
        var import = Cow(CowHeader + CowRow(7, 200) + CowRow(7, 255) + CowRow(7, 2).Replace("7,2,", "7,2\0,", StringComparison.Ordinal));

        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.CowInvalidNumber, "ccode"), (error.Code, error.Location.Path?.ToString()));
        Assert.Contains("\\u0000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Atop_NulAfterANumber_IsAnInvalidNumber()
    {
        var import = Atop(AtopHeader + AtopRow(9001, 2) + AtopRow(9001, 20) + AtopRow(9001, 200).Replace(",200,", ",200\0,", StringComparison.Ordinal));

        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.AtopInvalidNumber, "member"), (error.Code, error.Location.Path?.ToString()));
    }

    [Theory]
    [InlineData("1\0")]
    [InlineData("1\0\0")]
    public void Sipri_NulAfterANumber_IsAnInvalidNumber(string delivered)
    {
        var import = Sipri(SipriHeaders.Register + SipriRow("F-16V", delivered) + SipriRow("F-16B")).AsT0;

        var error = Assert.Single(import.Rejected);
        Assert.Equal(DatasetErrorCodes.SipriInvalidNumber, error.Code);
        Assert.Equal(1, import.RowsImported);
    }
}

/// <summary>Identical trade-register rows are flagged, not silently counted twice nor dropped (issue 15, item 5).</summary>
public class SipriIdenticalRowsTests
{
    private const string Row = "Taiwan,United States,2019,,1,,F-16V,fighter aircraft,1,,2021,New,,50,50,50\n";

    [Fact]
    public void Import_IdenticalRegisterRows_ImportsBothWithANoteAtTheSecond()
    {
        var text = SipriHeaders.Register + Row + Row.Replace("F-16V", "F-16B", StringComparison.Ordinal) + Row;

        var import = SipriImporter.ImportFrom(new MemoryStream(Encoding.UTF8.GetBytes(text)), "register.csv").AsT0;

        Assert.Equal(3, import.RowsImported);
        var note = Assert.Single(import.Notes);
        Assert.Equal((DatasetErrorCodes.SipriIdenticalRows, 3, 4L), (note.Code, note.Location.Row ?? 0, note.Location.Line ?? 0));
        Assert.Contains("row 1", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RowsDifferingInOneField_HaveNoNote()
    {
        var text = SipriHeaders.Register + Row + Row.Replace(",50\n", ",49\n", StringComparison.Ordinal);

        var import = SipriImporter.ImportFrom(new MemoryStream(Encoding.UTF8.GetBytes(text)), "register.csv").AsT0;

        Assert.Empty(import.Notes);
    }

    [DatasetFact("sipri/trade_register_2024-10-21/trade-register.csv")]
    public void Import_Register2024_NotesItsNineIdenticalRows()
    {
        var import = SipriImporter.Import(DatasetFiles.Shared("sipri/trade_register_2024-10-21/trade-register.csv")).AsT0;

        Assert.Equal(29_056, import.RowsImported);
        Assert.Equal(9, import.Notes.Length);
        Assert.All(import.Notes, note => Assert.Equal(DatasetErrorCodes.SipriIdenticalRows, note.Code));
    }
}

/// <summary>An ATOP file whose condition or provision columns are missing or misspelled says so (issue 15, item 5).</summary>
public class AtopMissingColumnsTests
{
    private const string Header =
        "atopid,cowid,cow4id,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,obvary,defcoloc,defconpr,defcoadv,specthrt,statthr1,statthr2,milaid,base,intcom,ecaid,termmode,version\n";

    private const string Rows =
        "9001,,,2,1950,1,10,1960,6,1,1,1,0,0,0,0,0,1,1,1,1,365,0,4,3,1,0,2,5.1\n9001,,,20,1950,1,10,1960,6,1,1,1,0,0,0,0,0,0,0,0,1,365,0,4,3,1,0,2,5.1\n";

    private static AtopImport Import(string header) => AtopImporter.ImportFrom(new StringReader(header + Rows), "members.csv", null, null, null);

    [Fact]
    public void Import_MisspelledAndDroppedColumns_NotesThemWithTheUnknownName()
    {
        var import = Import(Header.Replace("defconpr", "defconprx", StringComparison.Ordinal).Replace(",base,", ",bases,", StringComparison.Ordinal));

        var note = Assert.Single(import.Notes, n => n.Code == DatasetErrorCodes.AtopMissingOptionalColumns);
        Assert.Contains("'defconpr'", note.Message, StringComparison.Ordinal);
        Assert.Contains("'base'", note.Message, StringComparison.Ordinal);
        Assert.Contains("'defconprx'", note.Message, StringComparison.Ordinal);
        Assert.Equal(1L, note.Location.Line);
        Assert.True(import.Succeeded);
    }

    // With every condition column present, Canada (20) codes no condition on its promise and its defence of the United
    // States applies on 1955-01-01; with DEFCOLOC dropped, whether a location limits the promise is not on record, so
    // the same obligation is only possible — never silently unconditional.
    [Fact]
    public void Import_DroppedConditionColumn_MarksTheConditionsUnrecordedAndTheDefendersUnknown()
    {
        static DefenceObligation CanadaDefendsUs(AtopImport import) =>
            Assert.Single(new DefenceAnalysis(import.Scenario!).Defenders(new ActorId("USA"), new LocalDate(1955, 1, 1)).AsT0.Obligations, o => o.Guarantor == new ActorId("CAN"));

        var complete = Import(Header);
        var dropped = Import(Header.Replace("defcoloc", "defcolocx", StringComparison.Ordinal));

        Assert.Equal(Truth.True, CanadaDefendsUs(complete).Applies);
        var obligation = CanadaDefendsUs(dropped);
        Assert.Equal(Truth.Unknown, obligation.Applies);
        Assert.Contains(obligation.Conditions, c => c.Kind == DefenceConditionKind.Unrecorded && c.Holds == Truth.Unknown);
        Assert.True(obligation.Clause.Conditions.Unrecorded);
        Assert.Contains("DEFCOLOC", obligation.Clause.Summary, StringComparison.Ordinal);
    }
}

/// <summary>Bytes that are not UTF-8 in an ATOP or COW file are reported, not silently replaced (issue 15, item 5).</summary>
public class InvalidUtf8Tests
{
    private const string CowHeader =
        "version4id,ccode,state_name,all_st_day,all_st_month,all_st_year,all_end_day,all_end_month,all_end_year,ss_type,mem_st_day,mem_st_month,mem_st_year,mem_end_day,mem_end_month,mem_end_year,left_censor,right_censor,defense,neutrality,nonaggression,entente,version\n";

    private static StreamReader Utf8(params byte[][] parts) =>
        new(new MemoryStream([.. parts.SelectMany(part => part)]), Encoding.UTF8);

    [Fact]
    public void Cow_InvalidUtf8InAStateName_IsNotedAtItsColumn()
    {
        var good = Encoding.UTF8.GetBytes(CowHeader + "7,200,\"UK\",1,1,1950,,,,\"Type I: Defense Pact\",1,1,1950,,,,0,1,1,0,1,0,4.1\n");
        var bad = Encoding.UTF8.GetBytes("7,255,\"Portu\u0001al\",1,1,1950,,,,\"Type I: Defense Pact\",1,1,1950,,,,0,1,1,0,1,0,4.1\n");
        bad[Array.IndexOf(bad, (byte)1)] = 0xC3; // a lead byte followed by 'a': not UTF-8

        var import = CowAllianceImporter.ImportFrom(Utf8(good, bad), "cow.csv", null);

        var note = Assert.Single(import.Notes, n => n.Code == DatasetErrorCodes.CowInvalidUtf8);
        Assert.Equal(("state_name", 3L), (note.Location.Path?.ToString(), note.Location.Line ?? 0));
        Assert.True(import.Succeeded);
    }

    [Fact]
    public void Atop_InvalidUtf8InARow_IsNoted()
    {
        var text = Encoding.UTF8.GetBytes(
            "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,version\n" +
            "9001,2,1950,1,1,0,0,0,1,1,0,0,0,0,5.1\n9001,20,1950,1,1,0,0,0,1,1,0,0,0,0,5.1\n9001,200,1950,1,1,0,0,0,1,1,0,0,0,0,5.\u00011\n");
        text[Array.IndexOf(text, (byte)1)] = 0xFF;

        var import = AtopImporter.ImportFrom(Utf8(text), "atop.csv", null, null, null);

        Assert.Contains(import.Notes, n => n.Code == DatasetErrorCodes.AtopInvalidUtf8 && n.Location.Path?.ToString() == "version");
    }
}
