using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Datasets.Cow;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Datasets.Tests.Cow;

public sealed class CowAllianceImporterTests
{
    private readonly Lazy<CowImport> _real = new(() => CowAllianceImporter.Import(DatasetFiles.Data("cow", "alliances_v4.1", "alliance_v4.1_by_member.csv")));

    private readonly Lazy<CowImport> _quirks = new(() => CowAllianceImporter.Import(Handmade("quirks.csv")));

    private readonly Lazy<CowImport> _bad = new(() => CowAllianceImporter.Import(Handmade("bad.csv")));

    public static TheoryData<string, int, string> BadRows => new()
    {
        { "version4id", 3, DatasetErrorCodes.CowInvalidNumber },
        { "mem_st_year", 4, DatasetErrorCodes.CowInvalidDate },
        { "ccode", 5, DatasetErrorCodes.CowUnknownStateCode },
        { "mem_end_year", 6, DatasetErrorCodes.CowEndBeforeStart },
        { "defense", 7, DatasetErrorCodes.CowInvalidFlag },
        { "ccode", 8, DatasetErrorCodes.CowAllianceTooFewMembers },
        { "mem_st_year", 9, DatasetErrorCodes.CowOverlappingSpells },
        { "all_st_year", 10, DatasetErrorCodes.CowAllianceFieldsDisagree },
    };

    [Fact]
    public void Import_CowV41_ImportsEveryRowWithItsCaveatsNoted()
    {
        var import = _real.Value;

        Assert.True(import.Succeeded);
        Assert.Equal((1221, 1221, 0), (import.Rows.Read, import.Rows.Imported, import.Rows.Rejected));
        Assert.Equal(414, import.Scenario!.Treaties.Length);
        var notes = import.Notes.GroupBy(n => n.Code).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(20, notes[DatasetErrorCodes.CowLeftCensored]);
        Assert.Equal(20, notes[DatasetErrorCodes.CowSeparateSpells]);
        Assert.Equal(5, notes[DatasetErrorCodes.CowBlankFlag]);
        Assert.Equal(49, notes[DatasetErrorCodes.CowLabelDisagreesWithFlags]);
        Assert.Equal(11, notes[DatasetErrorCodes.CowStartBeforeMembers]);
    }

    [Fact]
    public void Import_CowV41_RoundTripsThroughScenarioJson()
    {
        var scenario = _real.Value.Scenario!;

        var loaded = ScenarioJson.Parse(ScenarioJson.Serialize(scenario), "cow.json");

        Assert.True(loaded.IsT0, loaded.IsT1 ? string.Join("\n", loaded.AsT1.Take(5)) : null);
        Assert.Equal(scenario.Treaties.ToArray(), loaded.AsT0.Treaties.ToArray());
    }

    [Fact]
    public void Import_UkPortugal_LeftCensoredMembersSignOnTheAllianceStartWithASourceSayingSo()
    {
        var treaty = _real.Value.Scenario!.FindTreaty(new TreatyId("cow-1"))!;

        var britain = treaty.Party(new ActorId("GBR"))!;

        Assert.Equal(new PartialDate(1386, 5, 9), britain.Signature!.Date);
        Assert.Equal(CowAllianceImporter.LeftCensoredSource, Assert.Single(britain.Signature.Evidence.Sources));
        Assert.Equal(new PartialDate(1386, 5, 9), ((RecordedRule)treaty.EntryIntoForce).Date);
        Assert.Null(treaty.Termination);
        Assert.Null(britain.Withdrawal);
        Assert.Equal(new ExternalReference(DatasetNames.CowAlliances, "1"), Assert.Single(treaty.ExternalReferences));
    }

    [Fact]
    public void Import_GermanConfederation_MembersThatLeftAndRejoinedAreOnePartyWithASuspension()
    {
        var treaty = _real.Value.Scenario!.FindTreaty(new TreatyId("cow-3"))!;

        var hanover = Assert.Single(treaty.Parties, p => p.Actor == new ActorId("COW-240"));

        var gap = Assert.Single(hanover.Suspensions);
        Assert.Equal(new DatePeriod(new PartialDate(1848, 3, 15), new PartialDate(1850, 11, 28)), gap.Period);
        Assert.Contains("separate membership spells", gap.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Flags_ChooseTheClausesNotTheLabel()
    {
        var treaty = _quirks.Value.Scenario!.FindTreaty(new TreatyId("cow-903"))!;

        Assert.Equal(["neutrality-USA", "neutrality-CAN"], treaty.Clauses.Select(c => c.Id.Value));
        Assert.All(treaty.Clauses, c => Assert.Equal(ClauseKind.Neutrality, Assert.IsType<ObligationClause>(c).Kind));
    }

    [Fact]
    public void Import_LabelThatDisagreesWithFlags_IsNotedAndTheFlagsWin()
    {
        var treaty = _quirks.Value.Scenario!.FindTreaty(new TreatyId("cow-904"))!;

        Assert.Equal(["defense-USA", "nonaggression-CAN"], treaty.Clauses.Select(c => c.Id.Value));
        var note = Assert.Single(_quirks.Value.Notes, n => n.Code == DatasetErrorCodes.CowLabelDisagreesWithFlags);
        Assert.Equal((9L, "ss_type"), (note.Location.Row!.Value, note.Location.Path?.ToString()));
    }

    [Fact]
    public void Import_ObligationClauses_AreOwedByTheirMemberToEveryOtherParty()
    {
        var clause = _quirks.Value.Scenario!.FindTreaty(new TreatyId("cow-902"))!.Clause(new ClauseId("defense-DEU"))!;

        Assert.IsType<MutualDefenceClause>(clause);
        Assert.Equal([new ActorId("DEU")], clause.Guarantors.ToArray());
        Assert.Empty(clause.Beneficiaries);
        Assert.NotNull(_quirks.Value.Scenario.FindTreaty(new TreatyId("cow-902"))!.Clause(new ClauseId("entente-DEU")));
    }

    [Fact]
    public void Import_BlankFlag_MakesNoClauseAndANote()
    {
        var treaty = _quirks.Value.Scenario!.FindTreaty(new TreatyId("cow-903"))!;

        Assert.DoesNotContain(treaty.Clauses, c => c.Id.Value == "entente-CAN");
        Assert.Contains(_quirks.Value.Notes, n => n.Code == DatasetErrorCodes.CowBlankFlag && n.Location.Row == 7 && n.Location.Path?.ToString() == "entente");
    }

    [Fact]
    public void Import_BlankLeftCensorAfter1816_IsReadAsNotCensored()
    {
        var britain = _quirks.Value.Scenario!.FindTreaty(new TreatyId("cow-905"))!.Party(new ActorId("GBR"))!;

        Assert.Equal(new PartialDate(1900, 1, 1), britain.Signature!.Date);
        Assert.Contains(_quirks.Value.Notes, n => n.Code == DatasetErrorCodes.CowBlankFlag && n.Location.Row == 10 && n.Location.Path?.ToString() == "left_censor");
    }

    [Fact]
    public void Import_AllianceStartBeforeItsMembers_EntersIntoForceOnTheSecondMembersStart()
    {
        var scenario = _quirks.Value.Scenario!;
        var treaty = scenario.FindTreaty(new TreatyId("cow-904"))!;

        var status = new StatusAnalysis(scenario.Treaties);

        Assert.IsType<OnSignatureRule>(treaty.EntryIntoForce);
        Assert.True(status.EvaluateTreaty(treaty, new LocalDate(1970, 12, 31)).IsInForce.IsFalse);
        Assert.True(status.EvaluateTreaty(treaty, new LocalDate(1971, 1, 1)).IsInForce.IsTrue);
        Assert.Contains(_quirks.Value.Notes, n => n.Code == DatasetErrorCodes.CowStartBeforeMembers && n.Location.Row == 8);
    }

    [Fact]
    public void Import_MemberThatEndedBeforeTheAlliance_Withdraws()
    {
        var treaty = _quirks.Value.Scenario!.FindTreaty(new TreatyId("cow-904"))!;

        Assert.Equal(new PartialDate(1980, 1, 1), treaty.Party(new ActorId("USA"))!.Withdrawal!.Effective);
        Assert.Null(treaty.Party(new ActorId("CAN"))!.Withdrawal);
        Assert.Null(treaty.Termination);
    }

    [Fact]
    public void Import_AllianceEnd_IsTheTreatysTermination()
    {
        var treaty = _quirks.Value.Scenario!.FindTreaty(new TreatyId("cow-902"))!;

        Assert.Equal(new PartialDate(1866, 6, 15), treaty.Termination!.Date);
        Assert.All(treaty.Parties, p => Assert.Null(p.Withdrawal));
    }

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Import_BadRow_IsRejectedWithItsCodeRowAndColumn(string column, int row, string code)
    {
        var error = Assert.Single(_bad.Value.Rejected, e => e.Location.Row == row);

        Assert.Equal((code, column), (error.Code, error.Location.Path?.ToString()));
        Assert.Equal(Handmade("bad.csv"), error.Location.File);
    }

    [Fact]
    public void Import_BadRows_ImportsTheGoodOnesAndCountsTheRest()
    {
        var import = _bad.Value;

        Assert.Equal((10, 2, 8), (import.Rows.Read, import.Rows.Imported, import.Rows.Rejected));
        Assert.Equal(["cow-950"], import.Scenario!.Treaties.Select(t => t.Id.Value));
    }

    [Fact]
    public void Import_Strict_FailsOnTheFirstRejectedRow()
    {
        var import = CowAllianceImporter.Import(Handmade("bad.csv"), new CowImportOptions(strict: true));

        Assert.False(import.Succeeded);
        Assert.Equal((DatasetErrorCodes.CowInvalidNumber, 3L), (Assert.Single(import.Rejected).Code, import.Rejected[0].Location.Row!.Value));
    }

    [Fact]
    public void Import_StrictOnCleanFile_Succeeds()
    {
        Assert.True(CowAllianceImporter.Import(Handmade("quirks.csv"), new CowImportOptions(strict: true)).Succeeded);
    }

    [Fact]
    public void Import_MissingColumn_FailsNamingTheColumn()
    {
        var import = CowAllianceImporter.Import(Handmade("missing-column.csv"));

        Assert.False(import.Succeeded);
        Assert.Equal((DatasetErrorCodes.CowMissingColumn, "ccode"), (Assert.Single(import.Rejected).Code, import.Rejected[0].Location.Path?.ToString()));
    }

    [Theory]
    [InlineData("empty.csv")]
    [InlineData("no-such-file.csv")]
    public void Import_EmptyOrMissingFile_FailsAsUnreadable(string file)
    {
        var import = CowAllianceImporter.Import(Handmade(file));

        Assert.False(import.Succeeded);
        Assert.Equal(DatasetErrorCodes.CowFileUnreadable, Assert.Single(import.Rejected).Code);
    }

    [Fact]
    public void Import_Evidence_IsReportedAndCitesTheCowDataset()
    {
        var treaty = _quirks.Value.Scenario!.FindTreaty(new TreatyId("cow-902"))!;

        Assert.Equal(Confidence.Reported, treaty.Evidence.Confidence);
        Assert.Equal(CowAllianceImporter.Source, Assert.Single(treaty.Evidence.Sources));
        Assert.Equal(SourceKind.Dataset, CowAllianceImporter.Source.Kind);
    }

    [Fact]
    public void ImportFrom_Reader_UsesTheGivenName()
    {
        using var reader = new StringReader(File.ReadAllText(Handmade("bad.csv")));

        var import = CowAllianceImporter.ImportFrom(reader, "cow.csv", null);

        Assert.All(import.Rejected, e => Assert.Equal("cow.csv", e.Location.File));
    }

    [Fact]
    public void Defenders_CowPortugalIn2000_IncludeBritain()
    {
        var defence = new DefenceAnalysis(_real.Value.Scenario!);

        var answer = defence.Defenders(new ActorId("PRT"), new LocalDate(2000, 1, 1)).AsT0;

        Assert.Contains(new ActorId("GBR"), answer.Defenders);
    }

    private static string Handmade(string file) => DatasetFiles.Data("cow", "handmade", file);
}
