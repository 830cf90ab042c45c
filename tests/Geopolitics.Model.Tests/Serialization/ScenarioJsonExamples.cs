using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Tests.Serialization;

/// <summary>Scenarios and documents shared by the file-format tests.</summary>
internal static class ScenarioJsonExamples
{
    public static readonly ActorId Rus = new("RUS");
    public static readonly ActorId Prk = new("PRK");
    public static readonly ActorId Chn = new("CHN");
    public static readonly ActorId Usa = new("USA");
    public static readonly ActorId Kor = new("KOR");
    public static readonly ActorId Jpn = new("JPN");
    public static readonly ActorId Unsc = new("UNSC");
    public static readonly ActorId KorNis = new("KOR-NIS");
    public static readonly ActorId Trilateral = new("TRILATERAL");

    public static readonly Source Kremlin = new(
        "Kremlin",
        "Treaty on Comprehensive Strategic Partnership",
        new Uri("http://en.kremlin.ru/supplement/6158"),
        new PartialDate(2024, 6, 19),
        SourceKind.OfficialStatement);

    public static readonly Source Nis = new("National Intelligence Service", null, null, new PartialDate(2024, 10), SourceKind.IntelligenceAssessment);

    public static readonly Source Article = new("The Diplomat", "Russia and North Korea: a partnership – with “quotes” and ünïcödé", null, null, SourceKind.MediaReport);

    public static Evidence Confirmed { get; } = Evidence.Of(Confidence.Confirmed, Kremlin);

    public static Evidence Reported { get; } = Evidence.Of(Confidence.Reported, Article, Nis);

    public static Evidence Unsourced { get; } = Evidence.Unsourced(Confidence.Assessed);

    public static PartialDate Day(int year, int month, int day) => new(year, month, day);

    /// <summary>A valid scenario with every kind of every union and every optional member, each at least once.</summary>
    public static Scenario Everything() => Build(EverythingBuilder());

    /// <summary>A roll call voted on in the compact form (by KOR, CHN and RUS) and in full (by PRK).</summary>
    public static ResolutionTarget DprkHumanRights { get; } =
        new(9001, 70, new NodaTime.LocalDate(2015, 12, 17), "A/RES/70/172", ["Human rights"], amendment: false, paragraph: false, importantVote: true, title: "Situation of human rights in the DPRK");

    public static ScenarioBuilder EverythingBuilder() =>
        new ScenarioBuilder("Everything", "Every kind of fact the format knows.\nWith a second line.")
            .AddStates("RUS", "PRK", "CHN", "USA", "KOR", "JPN")
            .AddActor(new Actor(Unsc, ActorKind.Organisation, "UN Security Council", members: [Usa, Chn, Rus]))
            .AddActor(new Actor(KorNis, ActorKind.Agency, "National Intelligence Service", speaksFor: Kor))
            .AddActor(new Actor(Trilateral, ActorKind.Coalition, "US–Japan–ROK trilateral", members: [Usa, Jpn, Kor]))
            .AddPlace(new Place(new PlaceId("VLADIVOSTOK"), "Vladivostok", PlaceKind.Territory, Rus, [new PlaceId("PACIFIC")], [new PlaceId("ASIA")], ["Vladivostok port"]))
            .AddPlace(new Place(new PlaceId("KOREAN_PENINSULA"), "Korean peninsula", PlaceKind.Region))
            .AddTreaty(Treaty2000())
            .AddTreaty(Treaty2024())
            .AddTreaty(new Treaty(
                new TreatyId("chn-prk-1961"),
                "Sino-North Korean Mutual Aid and Cooperation Friendship Treaty",
                [Party(Chn, Day(1961, 7, 11), Day(1961, 9, 1)), Party(Prk, Day(1961, 7, 11), Day(1961, 9, 1))],
                new RecordedRule(Day(1961, 9, 10)),
                Unsourced,
                new FixedTermDuration(Period.FromYears(20), renewsAutomatically: true)))
            .AddTreaty(new Treaty(
                new TreatyId("after-instruments"),
                "A treaty in force 30 days after the second instrument",
                [Party(Usa, Day(2020, 1, 1), Day(2020, 3, 1)), Party(Kor, Day(2020, 1, 1), Day(2020, 4, 1))],
                new AfterInstrumentsRule(2, 30),
                Unsourced,
                new IndefiniteDuration(),
                clauses: [new ObligationClause(new ClauseId("c1"), ClauseKind.Consultation)]))
            .AddTreaty(new Treaty(
                new TreatyId("fixed-date"),
                "A treaty in force on a fixed date",
                [
                    Party(Usa, Day(2024, 1, 10), Day(2024, 2, 1)),
                    new TreatyParty(Jpn, consent: new Consent(ConsentKind.Accession, new PartialDate(2024, 3), Unsourced)),
                ],
                new OnFixedDateRule(new PartialDate(2025, 1)),
                Unsourced))
            .AddTreaty(new Treaty(
                new TreatyId("on-signature"),
                "A treaty in force on signature",
                [
                    new TreatyParty(Jpn, new Signature(new PartialDate(2019), Unsourced), new Consent(ConsentKind.DefinitiveSignature, new PartialDate(2019), Unsourced)),
                    new TreatyParty(Kor, new Signature(new PartialDate(2019), Unsourced), new Consent(ConsentKind.Approval, new PartialDate(2019, 5), Unsourced)),
                ],
                new OnSignatureRule(),
                Unsourced,
                withdrawalNotice: Period.FromMonths(6) + Period.FromWeeks(2),
                termination: new Termination(TerminationKind.ByNotice, new PartialDate(2023, 8), null, Unsourced)))
            .AddTransfer(Shells())
            .AddTransfer(Cash())
            .AddTransfer(new Transfer(
                new TransferId("rus-prk-aircraft"),
                Rus,
                Prk,
                new DatePeriod(new PartialDate(2023), new PartialDate(2024, 2)),
                TransferStatus.Delivered,
                new WeaponSystemsItem("MiG-29", "aircraft", Estimate.Between(10, 20), Estimate.Exactly(5), 12.5m, 250m, 62.5m, secondHand: true),
                Confirmed,
                "Second-hand fighters"))
            .AddTransfer(new Transfer(
                new TransferId("rus-prk-space"),
                Rus,
                Prk,
                new DatePeriod(new PartialDate(2023, 9)),
                TransferStatus.Agreed,
                new TechnologyItem(TechnologyDomain.Space, TechnologyForm.KnowHow, "satellite launch know-how"),
                Evidence.Unsourced(Confidence.Potential)))
            .AddTransfer(new Transfer(
                new TransferId("prk-rus-troops"),
                Prk,
                Rus,
                new DatePeriod(new PartialDate(2024, 10)),
                TransferStatus.Ongoing,
                new PersonnelItem(Estimate.Over(10_000), PersonnelRole.CombatTroops, new PlaceId("KURSK"), inSupportOfOperations: true),
                Reported))
            .AddTransfer(new Transfer(
                new TransferId("prk-rus-workers"),
                Prk,
                Rus,
                new DatePeriod(new PartialDate(2024)),
                TransferStatus.Planned,
                new PersonnelItem(Estimate.AtLeast(1_000), PersonnelRole.Workers),
                Unsourced))
            .AddTransfer(new Transfer(
                new TransferId("rus-prk-oil"),
                Rus,
                Prk,
                new DatePeriod(new PartialDate(2024, 3), new PartialDate(2024, 11)),
                TransferStatus.Suspended,
                new ResourcesItem(ResourceKind.RefinedPetroleum, new Quantity(Estimate.UpTo(1_000_000), "barrels"), "over the UN cap"),
                Reported))
            .AddTransfer(new Transfer(
                new TransferId("rus-prk-food"),
                Rus,
                Prk,
                new DatePeriod(new PartialDate(2024, 3)),
                TransferStatus.Ongoing,
                new ResourcesItem(ResourceKind.Food, new Quantity(Estimate.Under(0.5m), "million tonnes")),
                Unsourced))
            .AddTransfer(new Transfer(
                new TransferId("rus-prk-euros"),
                Rus,
                Prk,
                new DatePeriod(new PartialDate(2024, 1, 5), new PartialDate(2024, 1, 5)),
                TransferStatus.Delivered,
                new MoneyItem(new Money(CurrencyCode.Eur, Estimate.About(1_000_000.50m))),
                Unsourced))
            .AddExchange(new Exchange(
                new ExchangeId("munitions-for-cash"),
                [new TransferId("prk-rus-shells"), new TransferId("rus-prk-cash")],
                Reported,
                "Munitions for much-needed cash"))
            .AddStance(new Stance(
                new StanceId("kor-condemns-prk"),
                Kor,
                new ActorTarget(Prk),
                StancePosition.Condemns,
                Day(2024, 10, 18),
                Reported,
                via: KorNis,
                signals: [StanceSignal.Statement, StanceSignal.IntelligenceDisclosure],
                cameoCode: "111",
                goldsteinScore: -4.4,
                summary: "Seoul's intelligence service disclosed the deployment."))
            .AddStance(new Stance(new StanceId("usa-opposes-pair"), Usa, new ActorsTarget([Rus, Prk]), StancePosition.Opposes, new PartialDate(2024, 6), Unsourced))
            .AddStance(new Stance(new StanceId("jpn-concerned-treaty"), Jpn, new TreatyTarget(new TreatyId("rus-prk-2024")), StancePosition.Concerned, new PartialDate(2024), Unsourced))
            .AddStance(new Stance(new StanceId("usa-condemns-shells"), Usa, new TransferTarget(new TransferId("prk-rus-shells")), StancePosition.Condemns, Day(2024, 6, 24), Unsourced))
            .AddStance(new Stance(new StanceId("chn-neutral"), Chn, new IssueTarget("Stability on the Korean peninsula"), StancePosition.Neutral, Day(2024, 6, 20), Unsourced))
            .AddStance(new Stance(new StanceId("rus-endorses"), Rus, new ActorTarget(Prk), StancePosition.Endorses, Day(2024, 6, 19), Unsourced, goldsteinScore: 10))
            .AddStance(new Stance(new StanceId("prk-supports"), Prk, new ActorTarget(Rus), StancePosition.Supports, Day(2024, 6, 19), Unsourced))
            .AddStance(new Stance(new StanceId("chn-sympathetic"), Chn, new ActorTarget(Prk), StancePosition.Sympathetic, Day(2024, 6, 19), Unsourced))
            .AddStance(new Stance(
                new StanceId("unga-9001-731"),
                Prk,
                DprkHumanRights,
                StancePosition.Opposes,
                Day(2015, 12, 17),
                Unsourced,
                signals: [StanceSignal.Vote],
                vote: VoteChoice.No))
            .AddStance(Stance.ForVote(Kor, DprkHumanRights, VoteChoice.Yes, Unsourced))
            .AddStance(Stance.ForVote(Rus, DprkHumanRights, VoteChoice.Abstain, Unsourced))
            .AddStance(Stance.ForVote(Chn, DprkHumanRights, VoteChoice.No, Unsourced))
            .AddSanctionsRegime(new SanctionsRegime(
                new SanctionsRegimeId("unsc-1718"),
                Unsc,
                Prk,
                [new LegalInstrument("UNSCR 1718 (2006)", Day(2006, 10, 14)), new LegalInstrument("UNSCR 2397 (2017)", Day(2017, 12, 22)), new LegalInstrument("Later resolutions")],
                new DatePeriod(Day(2006, 10, 14)),
                [
                    new ArmsEmbargo(EmbargoDirection.Both, "UNSCR 1718 (2006), para 8"),
                    new TechnologyBan([TechnologyDomain.Nuclear, TechnologyDomain.BallisticMissiles], EmbargoDirection.SupplyToTarget),
                    new FinancialMeasure(FinancialMeasureKind.BulkCash, "UNSCR 2270 (2016)"),
                    new ResourceCap(ResourceKind.RefinedPetroleum, EmbargoDirection.SupplyToTarget, new Quantity(Estimate.Exactly(500_000), "barrels per year")),
                    new ResourceCap(ResourceKind.Coal, EmbargoDirection.ProcurementFromTarget),
                    new WorkerBan("UNSCR 2397 (2017), para 8"),
                ],
                SanctionsBinding.AllStates,
                Confirmed,
                "UN sanctions on the DPRK"))
            .AddSanctionsRegime(new SanctionsRegime(
                new SanctionsRegimeId("usa-rus"),
                Usa,
                Rus,
                [],
                new DatePeriod(new PartialDate(2014, 3), new PartialDate(2030)),
                [new FinancialMeasure(FinancialMeasureKind.AssetFreeze), new TechnologyBan([TechnologyDomain.Electronics])],
                SanctionsBinding.AuthorityOnly,
                Unsourced));

    public static Treaty Treaty2000() => new(
        new TreatyId("rus-prk-2000"),
        "Treaty on Friendship, Good-Neighbourliness and Cooperation",
        [Party(Rus, Day(2000, 2, 9), Day(2000, 7, 1)), Party(Prk, Day(2000, 2, 9), Day(2000, 8, 1))],
        new OnExchangeOfInstrumentsRule(),
        Unsourced,
        new FixedTermDuration(Period.FromYears(10), renewsAutomatically: true, renewalTerm: Period.FromYears(5)),
        [new ObligationClause(new ClauseId("art2"), ClauseKind.Consultation, article: "Article 2")],
        withdrawalNotice: Period.FromYears(1),
        termination: new Termination(TerminationKind.ByAgreement, Day(2024, 12, 4), Day(2024, 12, 4), Confirmed, "Superseded by the 2024 treaty"));

    public static Treaty Treaty2024() => new(
        new TreatyId("rus-prk-2024"),
        "Treaty on Comprehensive Strategic Partnership",
        [
            new TreatyParty(
                Rus,
                new Signature(Day(2024, 6, 19), Confirmed),
                new Consent(ConsentKind.Ratification, Day(2024, 11, 9), Confirmed),
                [
                    new DomesticStep("State Duma approved ratification", Day(2024, 10, 24), Reported),
                    new DomesticStep("Federation Council approved ratification", Day(2024, 11, 6), Reported),
                ],
                new Withdrawal(new PartialDate(2030), new PartialDate(2031), Unsourced),
                [new Suspension(new DatePeriod(new PartialDate(2029, 1), new PartialDate(2029, 6)), Unsourced, "party suspension")]),
            new TreatyParty(
                Prk,
                new Signature(Day(2024, 6, 19), Confirmed),
                new Consent(ConsentKind.Ratification, Day(2024, 11, 11), Reported)),
        ],
        new OnExchangeOfInstrumentsRule(Day(2024, 12, 4)),
        Confirmed,
        new IndefiniteDuration(),
        [
            new MutualDefenceClause(
                new ClauseId("art4"),
                DefenceTrigger.StateOfWar,
                DefenceResponse.ImmediateMilitaryAssistance,
                new ClauseConditions([Usa], new GeographicScope([Rus, Prk], [new PlaceId("PACIFIC")], [new PlaceId("KALININGRAD"), new PlaceId("PRK")], "territories of either party"), nonProvocation: true),
                [Rus, Prk],
                [Prk, Rus],
                "Article 4",
                "Immediate military assistance with all means."),
            new MutualDefenceClause(new ClauseId("threat"), DefenceTrigger.Threat, DefenceResponse.Consultation, new ClauseConditions(geographicScope: new GeographicScope())),
            new MutualDefenceClause(new ClauseId("armed-attack"), DefenceTrigger.ArmedAttack, DefenceResponse.ConstitutionalProcesses, guarantors: [Rus], beneficiaries: [Prk]),
            new ObligationClause(new ClauseId("offence"), ClauseKind.Offence, new ClauseConditions([Usa])),
            new ObligationClause(new ClauseId("neutrality"), ClauseKind.Neutrality),
            new ObligationClause(new ClauseId("non-aggression"), ClauseKind.NonAggression),
            new ObligationClause(new ClauseId("art3"), ClauseKind.Consultation, summary: "Consult on threats."),
            new MilitaryCooperationClause(new ClauseId("art8"), MilitaryCooperationForms.Aid | MilitaryCooperationForms.Exercises | MilitaryCooperationForms.Contacts),
            new MilitaryCooperationClause(new ClauseId("art8b"), MilitaryCooperationForms.None),
            new TechnologyTransferClause(new ClauseId("art10"), [TechnologyDomain.Space, TechnologyDomain.Nuclear]),
            new ObligationClause(new ClauseId("art11"), ClauseKind.EconomicCooperation),
            new ObligationClause(new ClauseId("art5"), ClauseKind.NoHostileAlliances),
            new ObligationClause(new ClauseId("art16"), ClauseKind.SanctionsOpposition, conditions: new ClauseConditions(nonProvocation: true)),
        ],
        withdrawalNotice: Period.FromDays(90),
        suspensions: [new Suspension(new DatePeriod(new PartialDate(2028)), Unsourced)],
        supersedes: [new TreatyId("rus-prk-2000")],
        externalReferences: [new ExternalReference("ATOP", "RUS-PRK-2024"), new ExternalReference("UNTS", "pending")]);

    public static Transfer Shells() => new(
        new TransferId("prk-rus-shells"),
        Prk,
        Rus,
        new DatePeriod(new PartialDate(2023, 8)),
        TransferStatus.Ongoing,
        new MunitionsItem(MunitionsCategory.ArtilleryShells, new Quantity(Estimate.Thousands, "containers"), "152 mm shells"),
        Reported,
        "Thousands of containers of munitions");

    public static Transfer Cash() => new(
        new TransferId("rus-prk-cash"),
        Rus,
        Prk,
        new DatePeriod(new PartialDate(2023, 9)),
        TransferStatus.Ongoing,
        new MoneyItem(Money.Unknown(CurrencyCode.Usd)),
        Reported);

    /// <summary>A small valid scenario.</summary>
    public static ScenarioBuilder SmallBuilder() =>
        new ScenarioBuilder("Small")
            .AddStates("RUS", "PRK")
            .AddTransfer(Shells())
            .AddTransfer(Cash());

    public static Scenario Build(ScenarioBuilder builder) =>
        builder.Build().Match(
            scenario => scenario,
            errors => throw new InvalidOperationException("The example scenario is invalid:\n" + string.Join("\n", errors)));

    private static TreatyParty Party(ActorId actor, PartialDate signed, PartialDate consented) =>
        new(actor, new Signature(signed, Unsourced), new Consent(ConsentKind.Ratification, consented, Unsourced));
}
