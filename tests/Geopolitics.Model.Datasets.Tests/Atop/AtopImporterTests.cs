using System.Globalization;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Datasets.Tests.Atop;

public sealed class AtopImporterTests
{
    private readonly AtopData _atop = new();

    private readonly Lazy<AtopImport> _quirks = new(() => AtopImporter.Import(Handmade("quirks-members.csv"), Handmade("quirks-alliances.csv")));

    private readonly Lazy<AtopImport> _bad = new(() => AtopImporter.Import(Handmade("bad-members.csv")));

    public static TheoryData<string, int, string> BadRows => new()
    {
        { "atopid", 3, DatasetErrorCodes.AtopInvalidNumber },
        { "yrent", 4, DatasetErrorCodes.AtopInvalidDate },
        { "yrexit", 5, DatasetErrorCodes.AtopExitBeforeEntry },
        { "defense", 6, DatasetErrorCodes.AtopInvalidFlag },
        { "version", 7, DatasetErrorCodes.AtopUnsupportedVersion },
        { "member", 8, DatasetErrorCodes.AtopAllianceTooFewMembers },
        { "member", 9, DatasetErrorCodes.AtopUnknownStateCode },
        { "yrent", 10, DatasetErrorCodes.AtopOverlappingSpells },
        { "phase", 11, DatasetErrorCodes.AtopInvalidPhase },
        { "phase", 12, DatasetErrorCodes.AtopInvalidPhase },
    };

    [Fact]
    public void Import_Atop51_ImportsEveryRowButAnnamAndItsOnlyPartner()
    {
        var import = _atop.V51Default;

        Assert.True(import.Succeeded);
        Assert.Equal(AtopVersion.V51, import.Version);
        Assert.Equal((2510, 2508, 2), (import.Members.Read, import.Members.Imported, import.Members.Rejected));
        Assert.Equal((789, 788, 1), (import.Alliances!.Value.Read, import.Alliances.Value.Imported, import.Alliances.Value.Rejected));
        Assert.Equal(
            [(201L, DatasetErrorCodes.AtopAllianceTooFewMembers), (202L, DatasetErrorCodes.AtopUnknownStateCode)],
            import.Rejected.Where(e => e.Location.File == AtopData.MembersV51).Select(e => (e.Location.Row!.Value, e.Code)));
        Assert.Equal(DatasetErrorCodes.AtopAllianceWithoutMembers, Assert.Single(import.Rejected, e => e.Location.File == AtopData.AlliancesV51).Code);
        Assert.Equal(848, import.Scenario!.Treaties.Length);
        Assert.Null(import.Scenario.FindTreaty(new TreatyId("atop-1320")));
        Assert.Equal([DatasetErrorCodes.AtopSeparateSpells, DatasetErrorCodes.AtopSeparateSpells, DatasetErrorCodes.AtopSeparateSpells], import.Notes.Select(n => n.Code));
    }

    [Fact]
    public void Import_Atop51ForTables_KeepsAnnamUnderAnAtopOnlyId()
    {
        var import = _atop.V51;

        Assert.Equal((2510, 2510, 0), (import.Members.Read, import.Members.Imported, import.Members.Rejected));
        Assert.Empty(import.Rejected);
        Assert.Equal(849, import.Scenario!.Treaties.Length);
        var annam = import.Scenario.FindActor(new ActorId("ATOP-8152"));
        Assert.NotNull(annam);
        Assert.Equal(["FRA", "ATOP-8152"], import.Scenario.FindTreaty(new TreatyId("atop-1320"))!.PartyActors.Select(a => a.Value));
        var note = Assert.Single(import.Notes, n => n.Code == DatasetErrorCodes.AtopUnlistedMemberKept);
        Assert.Equal(("member", 202L, 203L), (note.Location.Path?.ToString(), note.Location.Row!.Value, note.Location.Line!.Value));
    }

    [Fact]
    public void Import_Atop401_ReadsVersionAndCoverageFromTheFile()
    {
        var import = _atop.V401;

        Assert.Equal(AtopVersion.V401, import.Version);
        Assert.Equal(new LocalDate(2016, 12, 31), import.Version!.CoverageEnd);
        Assert.Equal((2398, 2396, 2), (import.Members.Read, import.Members.Imported, import.Members.Rejected));
        Assert.Equal((745, 744, 1), (import.Alliances!.Value.Read, import.Alliances.Value.Imported, import.Alliances.Value.Rejected));
        Assert.Equal(798, import.Scenario!.Treaties.Length);
    }

    [Fact]
    public void Import_Atop51_RoundTripsThroughScenarioJson()
    {
        var scenario = _atop.V51Default.Scenario!;

        var json = ScenarioJson.Serialize(scenario);
        var loaded = ScenarioJson.Parse(json, "atop.json");

        Assert.True(loaded.IsT0, loaded.IsT1 ? string.Join("\n", loaded.AsT1.Take(5)) : null);
        Assert.Equal(scenario.Treaties.ToArray(), loaded.AsT0.Treaties.ToArray());
        Assert.Equal(scenario.Actors.ToArray(), loaded.AsT0.Actors.ToArray());
    }

    [Fact]
    public void Defenders_Atop51KoreaOnMidsummer2018_IncludeUnitedStates()
    {
        var defence = new DefenceAnalysis(_atop.V51Default.Scenario!);

        var answer = defence.Defenders(new ActorId("KOR"), new LocalDate(2018, 6, 30)).AsT0;

        Assert.Contains(answer.Obligations, o => o.Guarantor == new ActorId("USA") && !o.Applies.IsFalse);
        Assert.DoesNotContain(answer.Obligations, o => o.Guarantor == new ActorId("PRK"));
    }

    [Fact]
    public void Import_UsRokTreaty_IsOneTreatyWithEachPartyDefendingTheOther()
    {
        var treaty = _atop.V51Default.Scenario!.TreatiesOf(new ActorId("KOR"))
            .Single(t => t.PartyActors.Order().SequenceEqual([new ActorId("KOR"), new ActorId("USA")]) && t.Clauses.Any(c => c is MutualDefenceClause) && t.Termination is null);

        Assert.Equal("atop-3240", treaty.Id.Value);
        Assert.Equal(new ExternalReference(DatasetNames.Atop, "3240"), treaty.ExternalReferences[0]);
        Assert.Equal(new PartialDate(1953, 10, 1), ((RecordedRule)treaty.EntryIntoForce).Date);
        Assert.Equal(["defense-USA", "defense-KOR"], treaty.Clauses.OfType<MutualDefenceClause>().Select(c => c.Id.Value).Order().Reverse());
    }

    [Fact]
    public void Import_EveryFact_RestsOnReportedAtopDatasetSource()
    {
        var treaty = _atop.V51Default.Scenario!.FindTreaty(new TreatyId("atop-3240"))!;

        var source = Assert.Single(treaty.Evidence.Sources);
        Assert.Equal(Confidence.Reported, treaty.Evidence.Confidence);
        Assert.Equal(SourceKind.Dataset, source.Kind);
        Assert.Contains("ATOP", source.Title, StringComparison.Ordinal);
        Assert.Contains("5.1", source.Title, StringComparison.Ordinal);
        Assert.All(treaty.Parties, p => Assert.Equal(treaty.Evidence, p.Signature!.Evidence));
    }

    [Fact]
    public void Import_TwoPhases_AreTwoTreatiesTheLaterSupersedingTheEarlier()
    {
        var scenario = _quirks.Value.Scenario!;

        var first = scenario.FindTreaty(new TreatyId("atop-9001.1"))!;
        var second = scenario.FindTreaty(new TreatyId("atop-9001.2"))!;

        Assert.Equal([first.Id], second.Supersedes.ToArray());
        Assert.Empty(first.Supersedes);
        Assert.Equal(new PartialDate(1960, 6, 1), first.Termination!.Date);
        Assert.Contains("replaced by a new agreement", first.Termination.Description, StringComparison.Ordinal);
        Assert.Null(second.Termination);
        Assert.Equal(new ExternalReference(DatasetNames.Atop, "9001"), Assert.Single(first.ExternalReferences));
        Assert.Equal(
            [new ExternalReference(DatasetNames.Atop, "9001"), new ExternalReference(DatasetNames.CowAlliancesV3, "42"), new ExternalReference(DatasetNames.CowAlliances, "150")],
            second.ExternalReferences.ToArray());
    }

    [Fact]
    public void Import_CzechAndSlovakPhases_BothSupersedeCzechoslovakPhase()
    {
        var scenario = _atop.V51Default.Scenario!;

        Assert.Equal(["atop-3610.1"], scenario.FindTreaty(new TreatyId("atop-3610.2"))!.Supersedes.Select(t => t.Value));
        Assert.Equal(["atop-3610.1"], scenario.FindTreaty(new TreatyId("atop-3610.3"))!.Supersedes.Select(t => t.Value));
    }

    [Fact]
    public void Import_MemberThatLeftAndCameBack_IsOnePartyWithASuspension()
    {
        var treaty = _quirks.Value.Scenario!.FindTreaty(new TreatyId("atop-9002"))!;

        var britain = treaty.Party(new ActorId("GBR"))!;

        Assert.Single(treaty.Parties, p => p.Actor == britain.Actor);
        Assert.Equal(new PartialDate(1970, 3), britain.Signature!.Date);
        var gap = Assert.Single(britain.Suspensions);
        Assert.Equal(new DatePeriod(new PartialDate(1975, 1, 15), new PartialDate(1980, 1, 31)), gap.Period);
        Assert.Null(britain.Withdrawal);
        Assert.Contains(_quirks.Value.Notes, n => n.Code == DatasetErrorCodes.AtopSeparateSpells && n.Location.Row == 7);
    }

    [Fact]
    public void Import_BlankDays_GiveMonthPrecision()
    {
        var treaty = _quirks.Value.Scenario!.FindTreaty(new TreatyId("atop-9002"))!;

        Assert.Equal(DatePrecision.Month, treaty.Party(new ActorId("GBR"))!.Signature!.Date.Precision);
        var westGermany = treaty.Party(new ActorId("COW-260"))!;
        Assert.Equal(new PartialDate(1990, 10), westGermany.Withdrawal!.Effective);
    }

    [Fact]
    public void Import_ExitZero_LeavesTheMembershipOpen()
    {
        var treaty = _quirks.Value.Scenario!.FindTreaty(new TreatyId("atop-9002"))!;

        Assert.Null(treaty.Termination);
        Assert.Null(treaty.Party(new ActorId("FRA"))!.Withdrawal);
        Assert.Equal(new PartialDate(1970, 3, 5), ((RecordedRule)treaty.EntryIntoForce).Date);
    }

    [Fact]
    public void Import_HistoricalCowState_BecomesCowPrefixedActorNamedByCow()
    {
        var actor = _quirks.Value.Scenario!.FindActor(new ActorId("COW-260"));

        Assert.Equal("German Federal Republic", actor!.Name);
        Assert.Equal(ActorKind.State, actor.Kind);
    }

    [Fact]
    public void Import_ObligationsVaryAmongPartners_GuaranteeOwedToPartiesThatDoNotGiveIt()
    {
        var treaty = _quirks.Value.Scenario!.FindTreaty(new TreatyId("atop-9003"))!;

        var britain = (MutualDefenceClause)treaty.Clause(new ClauseId("defense-GBR"))!;
        var consult = treaty.Clauses.Single(c => c.Kind == ClauseKind.Consultation && c.Guarantors.SequenceEqual([new ActorId("GBR")]));

        Assert.Equal([new ActorId("SWE")], britain.Beneficiaries.ToArray());
        Assert.Empty(consult.Beneficiaries);
        Assert.DoesNotContain(treaty.Clauses, c => c is MutualDefenceClause && c.Guarantors.Contains(new ActorId("SWE")));
    }

    [Fact]
    public void Import_DefenceConditions_MapLocationAndNonProvocationAndKeepTheRestAsText()
    {
        var treaty = _quirks.Value.Scenario!.FindTreaty(new TreatyId("atop-9001.1"))!;

        var usa = (MutualDefenceClause)treaty.Clause(new ClauseId("defense-USA"))!;
        var canada = (MutualDefenceClause)treaty.Clause(new ClauseId("defense-CAN"))!;

        Assert.True(usa.Conditions.NonProvocation);
        Assert.Equal("a location ATOP codes but does not name (DEFCOLOC)", usa.Conditions.GeographicScope!.Description);
        Assert.Empty(usa.Conditions.Adversaries);
        Assert.Contains("only against specific adversaries (DEFCOADV)", usa.Summary, StringComparison.Ordinal);
        Assert.Contains("COW 365", usa.Summary, StringComparison.Ordinal);
        Assert.True(canada.Conditions.IsUnconditional);
        Assert.Equal([new ActorId("USA")], usa.Guarantors.ToArray());
        Assert.Empty(usa.Beneficiaries);
    }

    [Fact]
    public void Import_Provisions_BecomeMilitaryAndEconomicCooperationClauses()
    {
        var scenario = _quirks.Value.Scenario!;

        var military = Assert.IsType<MilitaryCooperationClause>(scenario.FindTreaty(new TreatyId("atop-9001.1"))!.Clause(new ClauseId("milcoop")));
        var economic = scenario.FindTreaty(new TreatyId("atop-9001.2"))!.Clause(new ClauseId("ecaid"));

        Assert.Equal(MilitaryCooperationForms.Aid | MilitaryCooperationForms.Training | MilitaryCooperationForms.Bases | MilitaryCooperationForms.IntegratedCommand, military.Forms);
        Assert.Equal(ClauseKind.EconomicCooperation, Assert.IsType<ObligationClause>(economic).Kind);
        Assert.Contains("most-favoured-nation", economic.Summary, StringComparison.Ordinal);
        Assert.Null(scenario.FindTreaty(new TreatyId("atop-9002"))!.Clause(new ClauseId("milcoop")));
    }

    [Fact]
    public void Import_AllianceFile_ChecksBeginAndEndAgainstMembers()
    {
        var alliances = _quirks.Value.Rejected.Where(e => e.Location.File == Handmade("quirks-alliances.csv")).ToList();

        Assert.Equal(
            [(3L, DatasetErrorCodes.AtopAllianceDatesDisagree), (4L, DatasetErrorCodes.AtopAllianceWithoutMembers), (5L, DatasetErrorCodes.AtopAllianceWithoutMembers)],
            alliances.Select(e => (e.Location.Row!.Value, e.Code)));
        Assert.Equal((5, 2, 3), (_quirks.Value.Alliances!.Value.Read, _quirks.Value.Alliances.Value.Imported, _quirks.Value.Alliances.Value.Rejected));
    }

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Import_BadRow_IsRejectedWithItsCodeRowAndColumn(string column, int row, string code)
    {
        var error = Assert.Single(_bad.Value.Rejected, e => e.Location.Row == row);

        Assert.Equal(code, error.Code);
        Assert.Equal(column, error.Location.Path?.ToString());
        Assert.Equal(Handmade("bad-members.csv"), error.Location.File);
        Assert.Equal(row + 1, error.Location.Line);
    }

    [Fact]
    public void Import_BadRows_ImportsTheGoodOnesAndCountsTheRest()
    {
        var import = _bad.Value;

        Assert.True(import.Succeeded);
        Assert.Equal((14, 4, 10), (import.Members.Read, import.Members.Imported, import.Members.Rejected));
        Assert.Equal(["atop-9100", "atop-9107.1"], import.Scenario!.Treaties.Select(t => t.Id.Value));
        Assert.DoesNotContain(_bad.Value.Rejected, e => e.Location.Row is 1 or 2 or 13 or 14);
    }

    [Fact]
    public void Import_Strict_FailsOnTheFirstRejectedRow()
    {
        var import = AtopImporter.Import(Handmade("bad-members.csv"), null, new AtopImportOptions(strict: true));

        Assert.False(import.Succeeded);
        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.AtopInvalidNumber, 3L), (error.Code, error.Location.Row!.Value));
        Assert.Equal(0, import.Members.Imported);
    }

    [Fact]
    public void Import_ObligationsVaryByPartner_DefendersAnswerUnknownWhereTheFilesDoNotSayWhoOwesWhom()
    {
        // Britain (200) and France (220) code OBVARY=1 and defence; Sweden (380) promises consultation only. The files
        // do not say to whom the two owe defence, so the analyses do not take it as owed to Sweden for certain, nor as
        // not owed to each other.
        var scenario = AtopImporter.Import(Handmade("codebook-1855.csv")).Scenario!;
        var analysis = new DefenceAnalysis(scenario);
        var day = new LocalDate(1856, 1, 1);

        var sweden = analysis.Defenders(new ActorId("SWE"), day).AsT0;
        var britain = analysis.Defenders(new ActorId("GBR"), day).AsT0;

        Assert.Equal(["FRA", "GBR"], sweden.Obligations.Select(o => o.Guarantor.Value).Order());
        Assert.All(sweden.Obligations, o => Assert.Equal(Truth.Unknown, o.Applies));
        Assert.All(sweden.Obligations, o => Assert.Contains(o.Conditions, c => c.Kind == DefenceConditionKind.Unrecorded));
        Assert.Contains("OBVARY=1", sweden.Obligations[0].Clause.Summary, StringComparison.Ordinal);

        // Nor whether Britain and France owe it each other (the codebook's convention says no): unknown, not no.
        var france = Assert.Single(britain.Obligations);
        Assert.Equal("FRA", france.Guarantor.Value);
        Assert.Equal(Truth.Unknown, france.Applies);
        Assert.Contains(france.Conditions, c => c.Kind == DefenceConditionKind.Unrecorded);
        Assert.EndsWith("-unstated", france.Clause.Id.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_StrictOnCleanFile_Succeeds()
    {
        var import = AtopImporter.Import(Handmade("codebook-1855.csv"), null, new AtopImportOptions(strict: true));

        Assert.True(import.Succeeded);
        Assert.Equal(3, import.Members.Imported);
    }

    [Fact]
    public void Import_UnlistedMemberByDefault_IsRejectedAndLeavesItsPartnerAlone()
    {
        var import = AtopImporter.Import(Handmade("quirks-members.csv"));

        Assert.Null(import.Scenario!.FindTreaty(new TreatyId("atop-9004")));
        Assert.Equal([DatasetErrorCodes.AtopAllianceTooFewMembers, DatasetErrorCodes.AtopUnknownStateCode], import.Rejected.Where(e => e.Location.Row is 12 or 13).Select(e => e.Code));
        Assert.DoesNotContain(import.Notes, n => n.Code == DatasetErrorCodes.AtopUnlistedMemberKept);
    }

    [Fact]
    public void Import_UnlistedMemberKept_IsAPartyAndANote()
    {
        var import = AtopImporter.Import(Handmade("quirks-members.csv"), null, AtopImportOptions.ForTables);

        Assert.Equal(["FRA", "ATOP-8152"], import.Scenario!.FindTreaty(new TreatyId("atop-9004"))!.PartyActors.Select(a => a.Value));
        Assert.Equal(13, Assert.Single(import.Notes, n => n.Code == DatasetErrorCodes.AtopUnlistedMemberKept).Location.Row);
    }

    [Fact]
    public void Import_MissingColumn_FailsNamingTheColumn()
    {
        var import = AtopImporter.Import(Handmade("missing-column.csv"));

        Assert.False(import.Succeeded);
        var error = Assert.Single(import.Rejected);
        Assert.Equal((DatasetErrorCodes.AtopMissingColumn, "member"), (error.Code, error.Location.Path?.ToString()));
    }

    [Theory]
    [InlineData("empty.csv")]
    [InlineData("no-such-file.csv")]
    public void Import_EmptyOrMissingFile_FailsAsUnreadable(string file)
    {
        var import = AtopImporter.Import(Handmade(file));

        Assert.False(import.Succeeded);
        Assert.Equal(DatasetErrorCodes.AtopFileUnreadable, Assert.Single(import.Rejected).Code);
    }

    [Fact]
    public void Import_UnknownVersion_FailsUnlessTheOptionsGiveOne()
    {
        var unknown = AtopImporter.Import(Handmade("unknown-version.csv"));
        var given = AtopImporter.Import(Handmade("unknown-version.csv"), null, new AtopImportOptions(version: new AtopVersion("3.0", new LocalDate(2003, 12, 31))));

        Assert.False(unknown.Succeeded);
        Assert.Equal((DatasetErrorCodes.AtopUnsupportedVersion, "version"), (Assert.Single(unknown.Rejected).Code, unknown.Rejected[0].Location.Path?.ToString()));
        Assert.True(given.Succeeded);
        Assert.Equal("3.0", given.Version!.Name);
    }

    [Fact]
    public void ImportFrom_Reader_UsesTheGivenNameInLocations()
    {
        using var reader = new StringReader(File.ReadAllText(Handmade("bad-members.csv")));

        var import = AtopImporter.ImportFrom(reader, "members.csv", null, null, null);

        Assert.All(import.Rejected, e => Assert.Equal("members.csv", e.Location.File));
        Assert.Equal("members.csv", import.Members.File);
    }

    [Fact]
    public void SourceOf_Version_NamesTheReleaseAsADataset()
    {
        var source = AtopImporter.SourceOf(AtopVersion.V401);

        Assert.Equal(SourceKind.Dataset, source.Kind);
        Assert.Contains("4.01", source.Title, StringComparison.Ordinal);
        Assert.Equal("http://www.atopdata.org/", source.Url!.ToString());
    }

    [Fact]
    public void Import_TreatiesOnTheirDays_HaveTheStatusTheDatesGive()
    {
        var scenario = _quirks.Value.Scenario!;
        var evaluator = new StatusAnalysis(scenario.Treaties);

        var inPhaseOne = evaluator.Evaluate(new TreatyId("atop-9001.1"), new LocalDate(1955, 1, 1)).AsT0;
        var afterHandOver = evaluator.Evaluate(new TreatyId("atop-9001.1"), new LocalDate(1961, 1, 1)).AsT0;
        var britainInGap = evaluator.Evaluate(new TreatyId("atop-9002"), new LocalDate(1977, 1, 1)).AsT0.Party(new ActorId("GBR"))!;

        Assert.True(inPhaseOne.IsInForce.IsTrue);
        Assert.True(afterHandOver.IsInForce.IsFalse);
        Assert.True(britainInGap.IsInForce.IsFalse);
    }

    private static string Handmade(string file) => DatasetFiles.Data("atop", "handmade", file);
}
