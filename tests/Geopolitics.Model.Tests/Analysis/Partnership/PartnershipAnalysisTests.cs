using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Partnership;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using NodaTime;
using static Geopolitics.Model.Tests.Analysis.Partnership.PartnershipExamples;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Analysis.Partnership;

public class PartnershipAnalysisTests
{
    private readonly PartnershipAnalysis _seedProfiler = new(SeedLike());

    private static PartnershipProfile Profile(Scenario scenario, LocalDate day, Confidence minimum = Confidence.Reported) =>
        Ok(new PartnershipAnalysis(scenario).Profile(Rus, Prk, day, minimum));

    private PartnershipProfile SeedProfile(LocalDate day, Confidence minimum = Confidence.Reported) =>
        Ok(_seedProfiler.Profile(Rus, Prk, day, minimum));

    // --- The seed answers (DOMAIN.md section 4) on the built-in scenario ---

    [Theory]
    [InlineData(2024, 1, 1, PartnershipStage.Transactional)]
    [InlineData(2024, 7, 1, PartnershipStage.Formalized)]
    [InlineData(2024, 11, 1, PartnershipStage.Operational)]
    public void Profile_BuiltInSeed_StageOfRecord(int year, int month, int day, PartnershipStage expected)
    {
        var profile = Ok(new PartnershipAnalysis(BuiltInScenarios.RussiaDprk2024).Profile(Rus, Prk, On(year, month, day)));

        Assert.True(profile.IsCertain, string.Join("\n", profile.Explanation));
        Assert.Equal(expected, profile.CertainStage);
    }

    [Theory]
    [InlineData(2024, 11, 30, false)]
    [InlineData(2024, 12, 3, false)]
    [InlineData(2024, 12, 4, true)]
    [InlineData(2025, 1, 1, true)]
    public void Profile_BuiltInSeed_AlliedFrom2024Dec4NotBefore(int year, int month, int day, bool allied)
    {
        var profile = Ok(new PartnershipAnalysis(BuiltInScenarios.RussiaDprk2024).Profile(Rus, Prk, On(year, month, day)));

        Assert.Equal(Truth.From(allied), profile.Allied.Holds);
    }

    [Fact]
    public void Timeline_BuiltInSeed_ChangesOfRecord()
    {
        var timeline = Ok(new PartnershipAnalysis(BuiltInScenarios.RussiaDprk2024).Timeline(Rus, Prk, On(2023, 1, 1), On(2025, 12, 31)));

        Assert.Equal(
            [
                "2023-09-01/2023-09-30: None → Transactional",
                "2024-06-19: Transactional → Formalized",
                "2024-10-01/2024-10-31: Formalized → Operational",
            ],
            timeline.Changes.Select(c => c.ToString()));
    }

    // --- The seed answers on a seed-like scenario built in code ---

    [Theory]
    [InlineData(2024, 1, 1, PartnershipStage.Transactional)]
    [InlineData(2024, 7, 1, PartnershipStage.Formalized)]
    [InlineData(2024, 11, 1, PartnershipStage.Operational)]
    [InlineData(2025, 1, 1, PartnershipStage.Operational)]
    public void Profile_SeedRussiaDprk_StageOfRecord(int year, int month, int day, PartnershipStage expected)
    {
        var profile = SeedProfile(On(year, month, day));

        Assert.True(profile.IsCertain);
        Assert.Equal(expected, profile.CertainStage);
        Assert.Equal(Truth.True, profile.IsStage(expected));
    }

    [Theory]
    [InlineData(2024, 7, 1, false)]
    [InlineData(2024, 11, 1, false)]
    [InlineData(2024, 12, 3, false)]
    [InlineData(2024, 12, 4, true)]
    [InlineData(2025, 6, 1, true)]
    public void Profile_SeedRussiaDprk_AlliedFromEntryIntoForce(int year, int month, int day, bool allied)
    {
        var profile = SeedProfile(On(year, month, day));

        Assert.Equal(Truth.From(allied), profile.Allied.Holds);
    }

    [Fact]
    public void Profile_SeedOnJanuary2024_TransactionalRestsOnShellsNotOnAssessedCash()
    {
        var profile = SeedProfile(On(2024, 1, 1));

        Assert.Equal(["prk-rus-shells"], Ids(profile.Transactional.Facts));
        Assert.Contains("rus-prk-cash", Ids(profile.IgnoredFacts));
        Assert.Equal(Truth.False, profile.Formalized.Holds);
        Assert.Equal(Truth.False, profile.Operational.Holds);
        Assert.Empty(profile.Operational.Facts);
    }

    [Fact]
    public void Profile_SeedWithAssessedAdmitted_CashCountsToo()
    {
        var profile = SeedProfile(On(2024, 1, 1), Confidence.Assessed);

        Assert.Equal(["prk-rus-shells", "rus-prk-cash"], Ids(profile.Transactional.Facts).Order());
        Assert.DoesNotContain("rus-prk-cash", Ids(profile.IgnoredFacts));
    }

    [Fact]
    public void Profile_SeedOnNovember2024_OperationalNamesTheTroopsWithPath()
    {
        var profile = SeedProfile(On(2024, 11, 1));

        var troops = Assert.Single(profile.Operational.Facts);
        Assert.Equal(FactKind.Transfer, troops.Kind);
        Assert.Equal("prk-rus-troops", troops.Id);
        Assert.Equal("Transfers[0]", troops.Path);
        Assert.Equal(Confidence.Confirmed, troops.Confidence);
        Assert.Equal(Month(2024, 10), troops.Date);
        Assert.Contains(profile.Explanation, line => line.StartsWith("RUS–PRK on 2024-11-01, admitting facts of confidence Reported or stronger: stage Operational.", StringComparison.Ordinal));
    }

    [Fact]
    public void Profile_SeedAllied_NamesClauseAndTreatySteps()
    {
        var profile = SeedProfile(On(2024, 12, 4));

        var clause = Assert.Single(profile.Allied.Facts, f => f.Kind == FactKind.Clause);
        Assert.Equal("rus-prk-2024/art4", clause.Id);
        Assert.Equal("Treaties[0].Clauses[0]", clause.Path);
        Assert.Contains(profile.Allied.Facts, f => f.Kind == FactKind.TreatyStep && f.Path == "Treaties[0].Parties[0].Consent");
        Assert.Contains("RUS→PRK", profile.Allied.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_SeedOnJuly2024_SymbolicFromTheEndorsements()
    {
        var profile = SeedProfile(On(2024, 7, 1));

        Assert.Equal(Truth.True, profile.Symbolic.Holds);
        Assert.Equal(["prk-endorses-partnership", "prk-endorses-treaty", "rus-endorses-partnership", "rus-endorses-treaty"], Ids(profile.Symbolic.Facts).Order());
    }

    // --- Formalized needs a clause of cooperation: the 2000 friendship treaty does not formalize the partnership ---

    [Fact]
    public void Profile_SeedTreatyOf2000WithoutCooperationClause_NotCountedAndSaidSo()
    {
        var profile = SeedProfile(On(2024, 1, 1));

        Assert.Equal(Truth.False, profile.Formalized.Holds);
        Assert.EndsWith("Not counted, for carrying no clause of cooperation: rus-prk-2000.", profile.Formalized.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClauseKind.MutualDefence, true)]
    [InlineData(ClauseKind.Offence, true)]
    [InlineData(ClauseKind.MilitaryCooperation, true)]
    [InlineData(ClauseKind.TechnologyTransfer, true)]
    [InlineData(ClauseKind.EconomicCooperation, true)]
    [InlineData(ClauseKind.SanctionsOpposition, true)]
    [InlineData(ClauseKind.Consultation, false)]
    [InlineData(ClauseKind.NonAggression, false)]
    [InlineData(ClauseKind.Neutrality, false)]
    [InlineData(ClauseKind.NoHostileAlliances, false)]
    public void Profile_TreatyOf2000WithOneClause_FormalizedOnlyByAClauseOfCooperation(ClauseKind kind, bool formalized)
    {
        var id = new ClauseId("art2");
        Clause clause = kind switch
        {
            ClauseKind.MutualDefence => new MutualDefenceClause(id, DefenceTrigger.ArmedAttack, DefenceResponse.Consultation),
            ClauseKind.MilitaryCooperation => new MilitaryCooperationClause(id, MilitaryCooperationForms.Exercises),
            ClauseKind.TechnologyTransfer => new TechnologyTransferClause(id),
            _ => new ObligationClause(id, kind),
        };
        var treaty2000 = Treaties.TreatyExamples.RussiaDprk2000();
        var withClause = new Treaty(treaty2000.Id, treaty2000.Name, treaty2000.Parties, treaty2000.EntryIntoForce, treaty2000.Evidence, clauses: [clause]);
        var scenario = Build(b => b.AddTreaty(Treaties.TreatyExamples.RussiaDprk2024()).AddTreaty(withClause).AddTransfer(Shells));

        var profile = Profile(scenario, On(2024, 1, 1));

        Assert.Equal(Truth.From(formalized), profile.Formalized.Holds);
        Assert.Equal(formalized, profile.Formalized.Facts.Any(f => f.Id == "rus-prk-2000" && f.Path == "Treaties[1].Parties[0].Signature"));
        Assert.Equal(formalized, PartnershipAnalysis.CooperationClauseKinds.Contains(kind));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Profile_TreatySignedByBoth_FormalizedOnlyWithAClauseOfCooperation(bool withClause, bool formalized)
    {
        var scenario = Build(b => b.AddTreaty(Treaty("t", Rus, Prk, Day(2024, 6, 19), withClause: withClause)));

        Assert.Equal(Truth.From(formalized), Profile(scenario, On(2024, 7, 1)).Formalized.Holds);
    }

    // --- Errors ---

    [Fact]
    public void Profile_UnknownActor_ReturnsUnknownActorError()
    {
        var result = _seedProfiler.Profile(Rus, new("IRN"), On(2024, 1, 1));

        var error = Assert.IsType<ModelError>(result.Value);
        Assert.Equal(ErrorCodes.PartnershipUnknownActor, error.Code);
        Assert.Equal("second", error.Location.Path?.ToString());
        Assert.Contains("IRN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_SameActorTwice_ReturnsSameActorError()
    {
        var result = _seedProfiler.Profile(Rus, Rus, On(2024, 1, 1));

        Assert.Equal(ErrorCodes.PartnershipSameActor, Assert.IsType<ModelError>(result.Value).Code);
    }

    [Fact]
    public void Profile_TwoKnownActors_ReturnsProfileInAskedOrder()
    {
        var result = _seedProfiler.Profile(Prk, Rus, On(2024, 1, 1));

        var profile = Assert.IsType<PartnershipProfile>(result.Value);
        Assert.Equal(Prk, profile.First);
        Assert.Equal(PartnershipStage.Transactional, profile.CertainStage);
    }

    [Fact]
    public void Profile_UndefinedConfidence_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _seedProfiler.Profile(Rus, Prk, On(2024, 1, 1), (Confidence)42));
    }

    // --- Symbolic ---

    [Theory]
    [InlineData(StancePosition.Sympathetic, true)]
    [InlineData(StancePosition.Endorses, true)]
    [InlineData(StancePosition.Neutral, false)]
    [InlineData(StancePosition.Condemns, false)]
    public void Profile_StanceTowardsTheOther_SymbolicWhenSympatheticOrWarmer(StancePosition position, bool symbolic)
    {
        var scenario = Build(b => b.AddStance(Stance("s", Rus, TargetActor(Prk), position, Day(2024, 1, 10))));

        Assert.Equal(Truth.From(symbolic), Profile(scenario, On(2024, 2, 1)).Symbolic.Holds);
    }

    [Theory]
    [InlineData(StancePosition.Neutral, true)]
    [InlineData(StancePosition.Opposes, false)]
    public void Profile_VisitSignal_SymbolicUnlessHostile(StancePosition position, bool symbolic)
    {
        var scenario = Build(b => b.AddStance(Stance("visit", Prk, TargetActor(Rus), position, Day(2024, 1, 10), signals: StanceSignal.Visit)));

        Assert.Equal(Truth.From(symbolic), Profile(scenario, On(2024, 2, 1)).Symbolic.Holds);
    }

    [Fact]
    public void Profile_StanceOnGroupOfBoth_Symbolic()
    {
        var scenario = Build(b => b.AddStance(Stance("s", Rus, Pair(Rus, Prk), StancePosition.Supports, Day(2024, 1, 10))));

        Assert.Equal(Truth.True, Profile(scenario, On(2024, 2, 1)).Symbolic.Holds);
    }

    [Fact]
    public void Profile_StanceOnGroupWithoutTheHolder_NotSymbolic()
    {
        var scenario = Build(b => b.AddStance(Stance("s", Rus, Pair(Prk, Chn), StancePosition.Supports, Day(2024, 1, 10))));

        Assert.Equal(Truth.False, Profile(scenario, On(2024, 2, 1)).Symbolic.Holds);
    }

    [Fact]
    public void Profile_StanceByThirdActor_NotSymbolic()
    {
        var scenario = Build(b => b.AddStance(Stance("s", Chn, Pair(Rus, Prk), StancePosition.Endorses, Day(2024, 1, 10))));

        Assert.Equal(Truth.False, Profile(scenario, On(2024, 2, 1)).Symbolic.Holds);
    }

    [Fact]
    public void Profile_StanceOnTreatyOfBoth_Symbolic()
    {
        var scenario = Build(b => b
            .AddTreaty(Treaty("t", Rus, Prk, Day(2024, 6, 19), Day(2024, 12, 4)))
            .AddStance(Stance("s", Prk, TargetTreaty(new("t")), StancePosition.Endorses, Day(2024, 6, 19))));

        Assert.Equal(Truth.True, Profile(scenario, On(2024, 6, 19)).Symbolic.Holds);
        Assert.Equal(Truth.False, Profile(scenario, On(2024, 6, 18)).Symbolic.Holds);
    }

    [Fact]
    public void Profile_StanceByAgency_CountsForItsPrincipal()
    {
        var scenario = Build(b => b.AddStance(Stance("s", KorNis, TargetActor(Usa), StancePosition.Supports, Day(2024, 1, 10))));

        var profile = Ok(new PartnershipAnalysis(scenario).Profile(Kor, Usa, On(2024, 2, 1)));

        Assert.Equal(Truth.True, profile.Symbolic.Holds);
    }

    [Fact]
    public void Profile_SupportLaterCondemned_NoLongerSymbolic()
    {
        var scenario = Build(b => b
            .AddStance(Stance("warm", Rus, TargetActor(Prk), StancePosition.Supports, Day(2020, 1, 10)))
            .AddStance(Stance("cold", Rus, TargetActor(Prk), StancePosition.Opposes, Day(2021, 1, 10))));

        Assert.Equal(Truth.True, Profile(scenario, On(2020, 6, 1)).Symbolic.Holds);
        Assert.Equal(Truth.False, Profile(scenario, On(2021, 6, 1)).Symbolic.Holds);
    }

    [Fact]
    public void Profile_SupportAndCondemnationInTheSameMonth_SymbolicUnknown()
    {
        var scenario = Build(b => b
            .AddStance(Stance("warm", Rus, TargetActor(Prk), StancePosition.Supports, Day(2020, 1, 10)))
            .AddStance(Stance("cold", Rus, TargetActor(Prk), StancePosition.Opposes, Month(2020, 1))));

        var profile = Profile(scenario, On(2020, 6, 1));

        Assert.Equal(Truth.Unknown, profile.Symbolic.Holds);
        Assert.Equal(["warm"], Ids(profile.Symbolic.Facts));
    }

    [Fact]
    public void Profile_StanceKnownToTheMonth_UnknownWithinTheMonth()
    {
        var scenario = Build(b => b.AddStance(Stance("s", Rus, TargetActor(Prk), StancePosition.Supports, Month(2024, 3))));

        Assert.Equal(Truth.False, Profile(scenario, On(2024, 2, 29)).Symbolic.Holds);
        Assert.Equal(Truth.Unknown, Profile(scenario, On(2024, 3, 15)).Symbolic.Holds);
        Assert.Equal(Truth.True, Profile(scenario, On(2024, 3, 31)).Symbolic.Holds);
    }

    [Fact]
    public void Profile_AllegedStance_IgnoredAtDefaultAndListed()
    {
        var scenario = Build(b => b.AddStance(Stance("s", Rus, TargetActor(Prk), StancePosition.Supports, Day(2024, 1, 10), Confidence.Alleged)));

        var profile = Profile(scenario, On(2024, 2, 1));

        Assert.Equal(Truth.False, profile.Symbolic.Holds);
        Assert.Equal(["s"], Ids(profile.IgnoredFacts));
        Assert.Contains(profile.Explanation, line => line.StartsWith("Ignored (Alleged is below the minimum Reported)", StringComparison.Ordinal));
        Assert.Equal(Truth.True, Profile(scenario, On(2024, 2, 1), Confidence.Alleged).Symbolic.Holds);
    }

    // --- Transactional ---

    [Theory]
    [InlineData(2023, 12, 31, true)]
    [InlineData(2024, 1, 1, false)]
    [InlineData(2021, 6, 1, true)]
    [InlineData(2021, 5, 31, false)]
    public void Profile_TransferEndedOn2021Dec31_TransactionalFor24Months(int year, int month, int day, bool transactional)
    {
        var scenario = Build(b => b.AddTransfer(Transfer("t", Prk, Rus, new DatePeriod(Day(2021, 6, 1), Day(2021, 12, 31)), status: TransferStatus.Delivered)));

        Assert.Equal(Truth.From(transactional), Profile(scenario, On(year, month, day)).Transactional.Holds);
    }

    [Theory]
    [InlineData(TransferItemKind.Money)]
    [InlineData(TransferItemKind.Resources)]
    [InlineData(TransferItemKind.Technology)]
    public void Profile_AnyItemKind_Transactional(TransferItemKind kind)
    {
        TransferItem item = kind switch
        {
            TransferItemKind.Money => new MoneyItem(Money.Unknown(CurrencyCode.Usd)),
            TransferItemKind.Resources => new ResourcesItem(ResourceKind.Oil, new Quantity(Estimate.About(1m), "million barrels")),
            _ => new TechnologyItem(TechnologyDomain.Space, TechnologyForm.KnowHow),
        };
        var scenario = Build(b => b.AddTransfer(Transfer("t", Rus, Prk, new DatePeriod(Day(2024, 1, 1)), item)));

        Assert.Equal(Truth.True, Profile(scenario, On(2024, 2, 1)).Transactional.Holds);
    }

    [Theory]
    [InlineData(TransferStatus.Planned, false)]
    [InlineData(TransferStatus.Agreed, false)]
    [InlineData(TransferStatus.Suspended, true)]
    public void Profile_TransferStatus_OnlyMaterialTransfersCount(TransferStatus status, bool transactional)
    {
        var scenario = Build(b => b.AddTransfer(Transfer("t", Prk, Rus, new DatePeriod(Day(2024, 1, 1)), status: status)));

        Assert.Equal(Truth.From(transactional), Profile(scenario, On(2024, 2, 1)).Transactional.Holds);
    }

    [Fact]
    public void Profile_TransferWithThirdActor_NotTransactional()
    {
        var scenario = Build(b => b.AddTransfer(Transfer("t", Prk, Chn, new DatePeriod(Day(2024, 1, 1)))));

        Assert.Equal(PartnershipStage.None, Profile(scenario, On(2024, 2, 1)).CertainStage);
    }

    [Fact]
    public void Profile_TransferKnownToTheYear_UnknownDuringThatYear()
    {
        var scenario = Build(b => b.AddTransfer(Transfer("t", Prk, Rus, new DatePeriod(new PartialDate(2024), new PartialDate(2024)))));

        var profile = Profile(scenario, On(2024, 6, 1));

        Assert.Equal(Truth.Unknown, profile.Transactional.Holds);
        Assert.Equal(PartnershipStage.None, profile.CertainStage);
        Assert.Equal(PartnershipStage.Transactional, profile.PossibleStage);
        Assert.False(profile.IsCertain);
        Assert.Equal(Truth.Unknown, profile.IsAtLeast(PartnershipStage.Transactional));
        Assert.Contains("possibly Transactional", profile.Explanation[0], StringComparison.Ordinal);
    }

    // --- Formalized ---

    [Fact]
    public void Profile_TreatySignedByBoth_FormalizedBeforeEntryIntoForce()
    {
        var scenario = Build(b => b.AddTreaty(Treaty("t", Rus, Prk, Day(2024, 6, 19), Day(2024, 12, 4))));

        Assert.Equal(Truth.False, Profile(scenario, On(2024, 6, 18)).Formalized.Holds);
        Assert.Equal(Truth.True, Profile(scenario, On(2024, 6, 19)).Formalized.Holds);
    }

    [Fact]
    public void Profile_TreatySignedByOneOnly_NotFormalized()
    {
        var treaty = new Treaty(
            new TreatyId("t"),
            "t",
            [new TreatyParty(Rus, new Signature(Day(2024, 6, 19), With(Confidence.Reported))), new TreatyParty(Prk)],
            new OnSignatureRule(),
            With(Confidence.Reported),
            clauses: [new ObligationClause(new ClauseId("art2"), ClauseKind.EconomicCooperation)]);
        var scenario = Build(b => b.AddTreaty(treaty));

        Assert.Equal(Truth.False, Profile(scenario, On(2024, 7, 1)).Formalized.Holds);
    }

    [Fact]
    public void Profile_PartyWithdrew_NotFormalizedOnceWithdrawalTakesEffect()
    {
        var withdrawal = new Withdrawal(Day(2020, 1, 1), null, With(Confidence.Reported));
        var scenario = Build(b => b.AddTreaty(Treaty("t", Rus, Prk, Day(2010, 1, 1), withdrawalNotice: Period.FromMonths(6), secondWithdraws: withdrawal)));

        Assert.Equal(Truth.True, Profile(scenario, On(2020, 6, 30)).Formalized.Holds);
        Assert.Equal(Truth.False, Profile(scenario, On(2020, 7, 2)).Formalized.Holds);
    }

    // --- Allied ---

    [Fact]
    public void Profile_MutualDefenceInForce_Allied()
    {
        var scenario = Build(b => b.AddTreaty(Treaty("t", Rus, Prk, Day(2024, 6, 19), Day(2024, 12, 4), mutualDefence: true)));

        Assert.Equal(PartnershipStage.Formalized, Profile(scenario, On(2024, 12, 3)).CertainStage);
        Assert.Equal(PartnershipStage.Allied, Profile(scenario, On(2024, 12, 4)).CertainStage);
    }

    [Fact]
    public void Profile_TreatyWithoutMutualDefence_NotAllied()
    {
        var scenario = Build(b => b.AddTreaty(Treaty("t", Rus, Prk, Day(2024, 6, 19), Day(2024, 12, 4))));

        Assert.Equal(Truth.False, Profile(scenario, On(2025, 1, 1)).Allied.Holds);
    }

    [Fact]
    public void Profile_OneWayGuarantee_Allied()
    {
        var scenario = Build(b => b.AddTreaty(Treaty("t", Rus, Prk, Day(2024, 6, 19), mutualDefence: true, guarantors: [Rus], beneficiaries: [Prk])));

        var profile = Profile(scenario, On(2025, 1, 1));

        Assert.Equal(Truth.True, profile.Allied.Holds);
        Assert.Contains("RUS→PRK", profile.Allied.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("PRK→RUS", profile.Allied.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_GuaranteesOnlyToAThirdParty_NotAlliedBetweenTheTwo()
    {
        var treaty = new Treaty(
            new TreatyId("t"),
            "t",
            [.. new[] { Rus, Prk, Chn }.Select(a => new TreatyParty(a, new Signature(Day(2024, 1, 1), With(Confidence.Reported))))],
            new RecordedRule(Day(2024, 1, 1)),
            With(Confidence.Reported),
            clauses: [new MutualDefenceClause(new ClauseId("art1"), DefenceTrigger.ArmedAttack, DefenceResponse.ImmediateMilitaryAssistance, guarantors: [Rus, Prk], beneficiaries: [Chn])]);
        var scenario = Build(b => b.AddTreaty(treaty));

        var profile = Profile(scenario, On(2024, 6, 1));

        Assert.Equal(Truth.False, profile.Allied.Holds);
        Assert.Equal(PartnershipStage.Formalized, profile.CertainStage);
    }

    [Fact]
    public void Profile_TreatySuspended_NotAlliedDuringSuspension()
    {
        var suspension = new Suspension(new DatePeriod(Day(2025, 1, 1), Day(2025, 12, 31)), With(Confidence.Reported));
        var scenario = Build(b => b.AddTreaty(Treaty("t", Rus, Prk, Day(2024, 1, 1), mutualDefence: true, suspensions: [suspension])));

        Assert.Equal(PartnershipStage.Formalized, Profile(scenario, On(2025, 6, 1)).CertainStage);
        Assert.Equal(PartnershipStage.Allied, Profile(scenario, On(2026, 1, 1)).CertainStage);
    }

    [Fact]
    public void Profile_EntryIntoForceKnownToTheMonth_AlliedUnknownWithinIt()
    {
        var scenario = Build(b => b.AddTreaty(Treaty("t", Rus, Prk, Day(2024, 6, 19), Month(2024, 12), mutualDefence: true)));

        var profile = Profile(scenario, On(2024, 12, 10));

        Assert.Equal(Truth.Unknown, profile.Allied.Holds);
        Assert.Equal(PartnershipStage.Formalized, profile.CertainStage);
        Assert.Equal(PartnershipStage.Allied, profile.PossibleStage);
        Assert.Equal(Truth.Unknown, profile.IsStage(PartnershipStage.Formalized));
    }

    // --- Operational ---

    [Theory]
    [InlineData(PersonnelRole.CombatTroops, true, true)]
    [InlineData(PersonnelRole.Technicians, true, true)]
    [InlineData(PersonnelRole.MilitaryEngineers, true, true)]
    [InlineData(PersonnelRole.Advisers, true, true)]
    [InlineData(PersonnelRole.Instructors, true, true)]
    [InlineData(PersonnelRole.Workers, true, false)]
    [InlineData(PersonnelRole.CombatTroops, false, false)]
    public void Profile_PersonnelTransfer_OperationalOnlyForForcesInSupportOfOperations(PersonnelRole role, bool inSupport, bool operational)
    {
        var scenario = Build(b => b.AddTransfer(Transfer("t", Prk, Rus, new DatePeriod(Day(2024, 10, 1)), Troops(role, inSupport))));

        var profile = Profile(scenario, On(2024, 11, 1));

        Assert.Equal(Truth.From(operational), profile.Operational.Holds);
        Assert.Equal(Truth.True, profile.Transactional.Holds);
    }

    [Fact]
    public void Profile_DeploymentEnded_OperationalNoMoreButStillTransactional()
    {
        var scenario = Build(b => b.AddTransfer(Transfer("t", Prk, Rus, new DatePeriod(Day(2024, 10, 1), Day(2025, 3, 31)), Troops())));

        var profile = Profile(scenario, On(2025, 4, 1));

        Assert.Equal(PartnershipStage.Transactional, profile.CertainStage);
        Assert.Equal(Truth.True, Profile(scenario, On(2025, 3, 31)).Operational.Holds);
    }

    [Fact]
    public void Profile_DeploymentFromAMonth_UnknownWithinThatMonth()
    {
        var profile = SeedProfile(On(2024, 10, 15));

        Assert.Equal(Truth.Unknown, profile.Operational.Holds);
        Assert.Equal(PartnershipStage.Formalized, profile.CertainStage);
        Assert.Equal(PartnershipStage.Operational, profile.PossibleStage);
    }

    [Fact]
    public void Indicator_None_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedProfile(On(2024, 1, 1)).Indicator(PartnershipStage.None));
    }

    // --- Timeline ---

    [Fact]
    public void Timeline_Seed2023To2025_ChangesWithTheirRanges()
    {
        var timeline = Ok(_seedProfiler.Timeline(Rus, Prk, On(2023, 1, 1), On(2025, 12, 31)));

        Assert.Equal(
            [
                "2023-09-01/2023-09-30: None → Transactional",
                "2024-06-19: Transactional → Formalized",
                "2024-10-01/2024-10-31: Formalized → Operational",
            ],
            timeline.Changes.Select(c => c.ToString()));
        Assert.Equal(["prk-rus-troops"], Ids(timeline.Changes[2].Facts));
        Assert.True(timeline.Changes.All(c => c.IsRise));
    }

    [Fact]
    public void Timeline_Seed_SpansCoverThePeriodWithoutGap()
    {
        var from = On(2023, 1, 1);
        var to = On(2025, 12, 31);

        var timeline = Ok(_seedProfiler.Timeline(Rus, Prk, from, to));

        Assert.Equal(from, timeline.Spans[0].From);
        Assert.Equal(to, timeline.Spans[^1].To);
        for (var i = 1; i < timeline.Spans.Length; i++)
        {
            Assert.Equal(timeline.Spans[i - 1].To.PlusDays(1), timeline.Spans[i].From);
        }

        Assert.Equal("2024-10-01/2024-10-30: at least Formalized, possibly Operational", timeline.SpanOn(On(2024, 10, 15))!.ToString());
    }

    [Fact]
    public void Timeline_BothPartiesSuspendTheirObligationsTowardsEachOther_AlliedPausesWhileBothDo()
    {
        // Tied while either direction is owed: the alliance pauses only while both suspensions run. A suspension under
        // another treaty, towards a third state, changes nothing for the pair.
        var scenario = Build(b => b
            .AddTreaty(Treaty(
                "t", Rus, Prk, Day(2020, 1, 10), Day(2020, 3, 1), mutualDefence: true,
                firstSuspendsTowardsSecond: new DatePeriod(Day(2022, 3, 15), Day(2023, 6, 30)),
                secondSuspendsTowardsFirst: new DatePeriod(Day(2022, 5, 1), Day(2023, 3, 31))))
            .AddTreaty(Treaty(
                "other", Rus, Kor, Day(2020, 1, 10), Day(2020, 3, 1), mutualDefence: true,
                firstSuspendsTowardsSecond: new DatePeriod(Day(2021, 1, 1), Day(2021, 2, 1)),
                secondSuspendsTowardsFirst: new DatePeriod(Day(2021, 1, 1), Day(2021, 2, 1)))));

        var timeline = Ok(new PartnershipAnalysis(scenario).Timeline(Rus, Prk, On(2020, 1, 1), On(2024, 12, 31)));

        Assert.Equal(
            ["2020-01-10: None → Formalized", "2020-03-01: Formalized → Allied", "2022-05-01: Allied → Formalized", "2023-04-01: Formalized → Allied"],
            timeline.Changes.Select(c => c.ToString()));
    }

    [Fact]
    public void Timeline_SeedWithOperationalOff_AlliedFromDecember4()
    {
        var scenario = Build(b => b
            .AddTreaty(Treaties.TreatyExamples.RussiaDprk2024())
            .AddTreaty(Treaties.TreatyExamples.RussiaDprk2000())
            .AddTransfer(Shells));

        var timeline = Ok(new PartnershipAnalysis(scenario).Timeline(Rus, Prk, On(2024, 1, 1), On(2024, 12, 31)));

        Assert.Equal(
            ["2024-06-19: Transactional → Formalized", "2024-12-04: Formalized → Allied"],
            timeline.Changes.Select(c => c.ToString()));
    }

    [Fact]
    public void Timeline_TransferEnds_FallExactly24MonthsLater()
    {
        var scenario = Build(b => b.AddTransfer(Transfer("t", Prk, Rus, new DatePeriod(Day(2021, 6, 1), Day(2021, 12, 31)), status: TransferStatus.Delivered)));

        var timeline = Ok(new PartnershipAnalysis(scenario).Timeline(Rus, Prk, On(2021, 1, 1), On(2025, 1, 1)));

        Assert.Equal(["2021-06-01: None → Transactional", "2024-01-01: Transactional → None"], timeline.Changes.Select(c => c.ToString()));
        Assert.False(timeline.Changes[1].IsRise);
        Assert.Equal(["t"], Ids(timeline.Changes[1].Facts));
    }

    [Fact]
    public void Timeline_EndingInUncertainty_NoChangeButOpenSpan()
    {
        var timeline = Ok(_seedProfiler.Timeline(Rus, Prk, On(2024, 9, 1), On(2024, 10, 15)));

        Assert.Empty(timeline.Changes);
        Assert.False(timeline.Spans[^1].IsCertain);
        Assert.Equal(PartnershipStage.Operational, timeline.Spans[^1].PossibleStage);
    }

    [Fact]
    public void Timeline_SingleDay_OneSpan()
    {
        var timeline = Ok(_seedProfiler.Timeline(Rus, Prk, On(2024, 7, 1), On(2024, 7, 1)));

        var span = Assert.Single(timeline.Spans);
        Assert.Equal(PartnershipStage.Formalized, span.CertainStage);
    }

    [Fact]
    public void Timeline_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => _seedProfiler.Timeline(Rus, Prk, On(2024, 7, 1), On(2024, 6, 30)));
    }

    [Fact]
    public void Timeline_UnknownActor_ReturnsError()
    {
        var result = _seedProfiler.Timeline(new("IRN"), Prk, On(2024, 1, 1), On(2024, 12, 31));

        var error = Assert.IsType<ModelError>(result.Value);
        Assert.Equal(ErrorCodes.PartnershipUnknownActor, error.Code);
        Assert.Equal("first", error.Location.Path?.ToString());
    }

    /// <summary>The change points must be complete: stepping through every day gives the same stages as the spans.</summary>
    [Fact]
    public void Timeline_MixedPrecisionScenario_AgreesWithDayByDayProfiles()
    {
        var scenario = Build(b => b
            .AddTreaty(Treaty("t", Rus, Prk, Month(2024, 6), Month(2025, 2), mutualDefence: true, withdrawalNotice: Period.FromMonths(3), secondWithdraws: new Withdrawal(Month(2025, 11), null, With(Confidence.Reported))))
            .AddTransfer(Transfer("shells", Prk, Rus, new DatePeriod(Month(2021, 2), Day(2021, 5, 31))))
            .AddTransfer(Transfer("later", Rus, Prk, new DatePeriod(new PartialDate(2022), Month(2022, 2))))
            .AddTransfer(Transfer("troops", Prk, Rus, new DatePeriod(Day(2025, 5, 3), Month(2025, 7)), Troops()))
            .AddStance(Stance("warm", Rus, TargetActor(Prk), StancePosition.Supports, Month(2020, 12)))
            .AddStance(Stance("cold", Rus, TargetActor(Prk), StancePosition.Opposes, Day(2021, 1, 15))));
        var profiler = new PartnershipAnalysis(scenario);
        var from = On(2020, 11, 1);
        var to = On(2026, 6, 1);

        var timeline = Ok(profiler.Timeline(Rus, Prk, from, to));

        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            var profile = Ok(profiler.Profile(Rus, Prk, day));
            var span = timeline.SpanOn(day)!;
            Assert.True(
                (profile.CertainStage, profile.PossibleStage) == (span.CertainStage, span.PossibleStage),
                $"On {day}: profile {profile.CertainStage}/{profile.PossibleStage}, span {span}.");
        }

        Assert.True(timeline.Spans.Length > 10, string.Join("\n", timeline.Spans));
    }

    [Fact]
    public void FirstDayWindowStartsAfter_EveryDayOfFourYears_IsTheExactBoundary()
    {
        for (var day = On(2020, 1, 1); day <= On(2023, 12, 31); day = day.PlusDays(1))
        {
            var boundary = PartnershipAnalysis.FirstDayWindowStartsAfter(day)!.Value;

            Assert.True(boundary.PlusMonths(-24) > day, $"{day}: {boundary}");
            Assert.True(boundary.PlusDays(-1).PlusMonths(-24) <= day, $"{day}: {boundary}");
        }
    }
}
