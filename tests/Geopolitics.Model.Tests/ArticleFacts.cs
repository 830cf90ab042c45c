using Geopolitics.Model.Actors;
using Geopolitics.Model.Places;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Stances;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Tests;

/// <summary>The facts of the seed article (and DOMAIN.md section 4) as model values, shared by the tests.</summary>
internal static class ArticleFacts
{
    public static readonly ActorId Rus = new("RUS");
    public static readonly ActorId Prk = new("PRK");
    public static readonly ActorId Kor = new("KOR");
    public static readonly ActorId Jpn = new("JPN");
    public static readonly ActorId Chn = new("CHN");
    public static readonly ActorId Usa = new("USA");
    public static readonly ActorId Ukr = new("UKR");
    public static readonly ActorId Unsc = new("UNSC");
    public static readonly ActorId KorNis = new("KOR-NIS");
    public static readonly ActorId UsaDod = new("USA-DOD");

    public static readonly PlaceId Kursk = new("KURSK");

    public static readonly TreatyId RusPrkTreaty = new("rus-prk-2024");

    public static readonly IReadOnlySet<ActorId> KnownActors =
        new HashSet<ActorId> { Rus, Prk, Kor, Jpn, Chn, Usa, Ukr, Unsc, KorNis, UsaDod };

    public static readonly IReadOnlySet<PlaceId> KnownPlaces = new HashSet<PlaceId> { Kursk, new("RUS"), new("PRK") };

    public static readonly Source Pentagon =
        new("US Department of Defense", "North Korean troops in Russia", null, new PartialDate(2024, 10, 27), SourceKind.OfficialStatement);

    public static readonly Source Article =
        new("Anadolu Agency", "Russia-North Korea partnership: from symbolic to operational", null, new PartialDate(2024, 11), SourceKind.Analysis);

    public static readonly Source UnSecurityCouncil =
        new("UN Security Council", "Resolution 1718 (2006)", new Uri("https://undocs.org/S/RES/1718(2006)"), new PartialDate(2006, 10, 14), SourceKind.OfficialStatement);

    /// <summary>"The Pentagon confirmed that North Korea had sent over 10,000 of its own troops" (from 2024-10).</summary>
    public static Transfer Troops => new(
        new TransferId("prk-rus-troops"),
        Prk,
        Rus,
        new DatePeriod(new PartialDate(2024, 10)),
        TransferStatus.Ongoing,
        new PersonnelItem(Estimate.Over(10_000m), PersonnelRole.CombatTroops, Kursk, inSupportOfOperations: true),
        Evidence.Of(Confidence.Confirmed, Pentagon),
        "Troops sent to fight alongside Russian forces, some to the Kursk region.");

    /// <summary>"Reportedly receiving thousands of containers of artillery shells" (from 2023-09).</summary>
    public static Transfer Shells => new(
        new TransferId("prk-rus-shells"),
        Prk,
        Rus,
        new DatePeriod(new PartialDate(2023, 9)),
        TransferStatus.Ongoing,
        new MunitionsItem(MunitionsCategory.ArtilleryShells, new Quantity(Estimate.Thousands, "containers")),
        Evidence.Of(Confidence.Reported, Article));

    /// <summary>"North Korea appears to be receiving much-needed cash": an unknown amount (the currency is not stated; USD is assumed).</summary>
    public static Transfer Cash => new(
        new TransferId("rus-prk-cash"),
        Rus,
        Prk,
        new DatePeriod(new PartialDate(2023, 9)),
        TransferStatus.Ongoing,
        new MoneyItem(Money.Unknown(CurrencyCode.Usd)),
        Evidence.Of(Confidence.Assessed, Article));

    /// <summary>"Potentially, Russian expertise in advanced weapons technologies that could enhance its ballistic missile" capabilities.</summary>
    public static Transfer MissileTechnology => new(
        new TransferId("rus-prk-missile-tech"),
        Rus,
        Prk,
        new DatePeriod(new PartialDate(2024)),
        TransferStatus.Ongoing,
        new TechnologyItem(TechnologyDomain.BallisticMissiles, TechnologyForm.KnowHow),
        Evidence.Of(Confidence.Potential, Article));

    /// <summary>"Exchanges of North Korean ammunition for Russian technology and economic resources."</summary>
    public static Exchange MunitionsForTechnologyAndCash => new(
        new ExchangeId("munitions-for-tech-and-cash"),
        [Shells.Id, Cash.Id, MissileTechnology.Id],
        Evidence.Of(Confidence.Assessed, Article),
        "Munitions for technology and cash.");

    public static IReadOnlyList<Transfer> AllTransfers => [Troops, Shells, Cash, MissileTechnology];

    /// <summary>"Seoul has openly condemned the collaboration, with its intelligence agencies releasing satellite imagery."</summary>
    public static Stance SeoulCondemns => new(
        new StanceId("kor-condemns-rus-prk"),
        Kor,
        new ActorsTarget([Rus, Prk]),
        StancePosition.Condemns,
        new PartialDate(2024, 10),
        Evidence.Of(Confidence.Reported, Article),
        via: KorNis,
        signals: [StanceSignal.Statement, StanceSignal.IntelligenceDisclosure],
        cameoCode: "111",
        goldsteinScore: -2.0);

    /// <summary>The US, ROK and Japan condemned the treaty jointly on 2024-06-24: one stance per holder.</summary>
    public static IReadOnlyList<Stance> JointCondemnation =>
    [
        .. new[] { Usa, Kor, Jpn }.Select(holder => new Stance(
            new StanceId($"{holder.Value.ToLowerInvariant()}-condemns-treaty"),
            holder,
            new TreatyTarget(RusPrkTreaty),
            StancePosition.Condemns,
            new PartialDate(2024, 6, 24),
            Evidence.Of(Confidence.Reported, Article),
            signals: [StanceSignal.Statement])),
    ];

    /// <summary>The UN Security Council's DPRK sanctions: UNSCR 1718 (2006), 1874 (2009), 2270 (2016), 2397 (2017).</summary>
    public static SanctionsRegime UnDprkSanctions => new(
        new SanctionsRegimeId("un-dprk"),
        Unsc,
        Prk,
        [
            new LegalInstrument("UNSCR 1718 (2006)", new PartialDate(2006, 10, 14)),
            new LegalInstrument("UNSCR 1874 (2009)", new PartialDate(2009, 6, 12)),
            new LegalInstrument("UNSCR 2270 (2016)", new PartialDate(2016, 3, 2)),
            new LegalInstrument("UNSCR 2397 (2017)", new PartialDate(2017, 12, 22)),
        ],
        new DatePeriod(new PartialDate(2006, 10, 14)),
        [
            new ArmsEmbargo(EmbargoDirection.Both, "UNSCR 1718 (2006), para. 8; UNSCR 1874 (2009), paras. 9-10"),
            new TechnologyBan([TechnologyDomain.BallisticMissiles, TechnologyDomain.Nuclear]),
            new FinancialMeasure(FinancialMeasureKind.BulkCash, "UNSCR 2270 (2016)"),
            new ResourceCap(ResourceKind.RefinedPetroleum, EmbargoDirection.SupplyToTarget, new Quantity(Estimate.Exactly(500_000m), "barrels per year"), "UNSCR 2397 (2017), para. 5"),
            new WorkerBan("UNSCR 2397 (2017), para. 8"),
        ],
        SanctionsBinding.AllStates,
        Evidence.Of(Confidence.Confirmed, UnSecurityCouncil),
        "UN sanctions on the DPRK");
}
