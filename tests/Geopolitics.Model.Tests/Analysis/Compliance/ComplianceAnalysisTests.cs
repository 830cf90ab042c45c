using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using static Geopolitics.Model.Tests.Analysis.Ledger.LedgerFixtures;
using static Geopolitics.Model.Tests.Analysis.Compliance.ComplianceFixtures;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Analysis.Compliance;

public class ComplianceAnalysisTests
{
    private static readonly DatePeriod Since2006 = new(new PartialDate(2006, 10, 14));

    private static Transfer ShellsToRussia(Confidence confidence = Confidence.Reported, TransferStatus status = TransferStatus.Ongoing) =>
        Transfer("shells", Prk, Rus, new DatePeriod(Month(2023, 9)), ShellsOf(Estimate.Thousands), confidence, status);

    private static SanctionsBreach Single(ComplianceReport report, SanctionsMeasureKind kind) =>
        Assert.Single(report.Breaches, b => b.Measure.Kind == kind);

    // --- The seed answer (DOMAIN.md section 4) ---

    [Fact]
    public void Check_Seed_NorthKoreanMunitionsToRussiaBreachTheUnArmsEmbargoByBoth()
    {
        var report = new ComplianceAnalysis(BuiltInScenarios.RussiaDprk2024).Check();

        var munitions = report.Breaches.Where(b => b.Measure.Kind == SanctionsMeasureKind.ArmsEmbargo).ToList();
        Assert.NotEmpty(munitions);
        Assert.All(munitions, b =>
        {
            Assert.Equal((Prk, Rus), (b.Supplier, b.Recipient));
            Assert.Equal(PartyInBreach.Both, b.Party);
            Assert.Equal(Truth.True, b.Truth);
        });
        Assert.Contains(munitions, b => b.Transfer == new TransferId("prk-rus-munitions"));
    }

    [Fact]
    public void On_Seed20241130_MunitionsBreachUnderWay()
    {
        var report = new ComplianceAnalysis(BuiltInScenarios.RussiaDprk2024).On(Day(2024, 11, 30));

        var breach = Assert.Single(report.BreachesFor(new TransferId("prk-rus-munitions")));
        Assert.Equal((PartyInBreach.Both, Truth.True), (breach.Party, breach.Truth));
    }

    // --- Arms embargo and who is in breach ---

    [Fact]
    public void Check_NorthKoreanMunitionsToRussia_BreachUnArmsEmbargoByBoth()
    {
        var report = new ComplianceAnalysis(UnderUn(ShellsToRussia())).Check();

        var breach = Assert.Single(report.Breaches);
        Assert.Equal(new SanctionsRegimeId("un-dprk"), breach.Regime);
        Assert.Equal(SanctionsMeasureKind.ArmsEmbargo, breach.Measure.Kind);
        Assert.Equal(PartyInBreach.Both, breach.Party);
        Assert.Equal<ActorId>([Prk, Rus], breach.PartiesInBreach);
        Assert.Equal(Truth.True, breach.Truth);
        Assert.True(breach.IsCertain);
        Assert.Equal(["SanctionsRegimes[0].Measures[0]", "Transfers[0]"], breach.Facts.Select(f => f.Path));
        Assert.Equal<FactReference>(breach.Facts, report.Facts);
    }

    [Fact]
    public void Check_ProcurementFromTarget_ReasonsNameBindingOfBothParties()
    {
        var breach = Assert.Single(new ComplianceAnalysis(UnderUn(ShellsToRussia())).Check().Breaches);

        Assert.Contains("un-dprk binds every state, the target included: PRK is bound.", breach.Reasons);
        Assert.Contains("un-dprk binds every state: RUS is bound.", breach.Reasons);
        Assert.Contains(breach.Reasons, r => r.StartsWith("shells: RUS procures", StringComparison.Ordinal));
        Assert.Contains(breach.Reasons, r => r.EndsWith("forbids procuring arms from the target; munitions are arms.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ArmsToTheTarget_SupplierAloneInBreach()
    {
        var scenario = UnderUn(Transfer("migs", Rus, Prk, new DatePeriod(Month(2024, 1)), new WeaponSystemsItem("MiG-29")));

        var breach = Assert.Single(new ComplianceAnalysis(scenario).Check().Breaches);

        Assert.Equal(PartyInBreach.Supplier, breach.Party);
        Assert.Equal<ActorId>([Rus], breach.PartiesInBreach);
        Assert.False(breach.IsInBreach(Prk));
    }

    [Fact]
    public void Check_EmbargoOnSupplyOnly_ProcurementIsNoBreach()
    {
        var regime = Regime("supply-only", Unsc, SanctionsBinding.AllStates, Since2006, [new ArmsEmbargo(EmbargoDirection.SupplyToTarget)]);

        var report = new ComplianceAnalysis(Build([regime], ShellsToRussia())).Check();

        Assert.Empty(report.Breaches);
    }

    [Fact]
    public void Check_RegimeBindingOnlyItsAuthority_OthersTradeFreely()
    {
        var regime = Regime("us-dprk", Usa, SanctionsBinding.AuthorityOnly, Since2006, [new ArmsEmbargo(EmbargoDirection.Both)]);

        var report = new ComplianceAnalysis(Build([regime], ShellsToRussia())).Check();

        Assert.Empty(report.Breaches);
    }

    [Fact]
    public void Check_RegimeBindingOnlyItsAuthority_AuthorityProcuringIsAloneInBreach()
    {
        var regime = Regime("us-dprk", Usa, SanctionsBinding.AuthorityOnly, Since2006, [new ArmsEmbargo(EmbargoDirection.Both)]);
        var purchase = Transfer("purchase", Prk, Usa, new DatePeriod(Month(2024, 1)), ShellsOf(Estimate.Exactly(1m)));

        var breach = Assert.Single(new ComplianceAnalysis(Build([regime], purchase)).Check().Breaches);

        Assert.Equal(PartyInBreach.Recipient, breach.Party);
        Assert.Contains("us-dprk binds only its authority, USA: PRK is not bound.", breach.Reasons);
    }

    [Fact]
    public void Check_RegimeBindingAuthorityAndMembers_MemberBoundOutsiderNot()
    {
        var regime = Regime("eu-dprk", Eu, SanctionsBinding.AuthorityAndMembers, Since2006, [new ArmsEmbargo(EmbargoDirection.Both)]);
        var german = Transfer("german", Deu, Prk, new DatePeriod(Month(2024, 1)), ShellsOf(Estimate.Exactly(1m)));
        var russian = Transfer("russian", Rus, Prk, new DatePeriod(Month(2024, 1)), ShellsOf(Estimate.Exactly(1m)));

        var report = new ComplianceAnalysis(Build([regime], german, russian)).Check();

        var breach = Assert.Single(report.Breaches);
        Assert.Equal((new TransferId("german"), PartyInBreach.Supplier), (breach.Transfer, breach.Party));
        Assert.Empty(report.BreachesBy(Rus));
    }

    [Fact]
    public void Check_AgencyOfABoundState_BoundAsItsState()
    {
        var scenario = UnderUn(Transfer("mod-shells", Prk, RusMod, new DatePeriod(Month(2023, 9)), ShellsOf(Estimate.Thousands)));

        var breach = Assert.Single(new ComplianceAnalysis(scenario).Check().Breaches);

        Assert.Equal(PartyInBreach.Both, breach.Party);
        Assert.Contains("un-dprk binds every state: RUS-MOD (for RUS) is bound.", breach.Reasons);
    }

    [Fact]
    public void Check_NonStateSupplierUnderAllStates_NotBound()
    {
        var scenario = UnderUn(Transfer("pmc", Wagner, Prk, new DatePeriod(Month(2024, 1)), ShellsOf(Estimate.Exactly(1m))));

        Assert.Empty(new ComplianceAnalysis(scenario).Check().Breaches);
    }

    [Fact]
    public void Check_TransferNotInvolvingTheTarget_Ignored()
    {
        var scenario = UnderUn(Transfer("aid", Usa, Ukr, new DatePeriod(Month(2023, 1)), ShellsOf(Estimate.Thousands)));

        var report = new ComplianceAnalysis(scenario).Check();

        Assert.Empty(report.Breaches);
        Assert.Empty(report.SetAside);
    }

    // --- Other measures ---

    [Theory]
    [InlineData(TechnologyDomain.BallisticMissiles, true)]
    [InlineData(TechnologyDomain.Nuclear, true)]
    [InlineData(TechnologyDomain.Space, false)]
    public void Check_TechnologyToTheTarget_BreachOnlyInBannedDomains(TechnologyDomain domain, bool breach)
    {
        var scenario = UnderUn(Transfer("tech", Rus, Prk, new DatePeriod(Month(2024, 1)), TechnologyOf(domain)));

        var report = new ComplianceAnalysis(scenario).Check();

        Assert.Equal(breach, report.Breaches.Any(b => b.Measure.Kind == SanctionsMeasureKind.TechnologyBan && b.Party == PartyInBreach.Supplier));
        Assert.Equal(breach ? 1 : 0, report.Breaches.Length);
    }

    [Fact]
    public void Check_MoneyToTheTarget_BreachesBulkCashBySupplier()
    {
        var scenario = UnderUn(Transfer("cash", Rus, Prk, new DatePeriod(Month(2023, 9)), CashOf(Estimate.Unknown)));

        var breach = Single(new ComplianceAnalysis(scenario).Check(), SanctionsMeasureKind.Financial);

        Assert.Equal(PartyInBreach.Supplier, breach.Party);
    }

    [Fact]
    public void Check_MoneyFromTheTarget_NoBulkCashBreach()
    {
        var scenario = UnderUn(Transfer("cash", Prk, Rus, new DatePeriod(Month(2023, 9)), CashOf(Estimate.Unknown)));

        Assert.Empty(new ComplianceAnalysis(scenario).Check().Breaches);
    }

    [Fact]
    public void Check_FinancialMeasureOtherThanBulkCash_NotJudgedFromTransfers()
    {
        var regime = Regime("freeze", Unsc, SanctionsBinding.AllStates, Since2006, [new FinancialMeasure(FinancialMeasureKind.AssetFreeze)]);
        var scenario = Build([regime], Transfer("cash", Rus, Prk, new DatePeriod(Month(2023, 9)), CashOf(Estimate.Unknown)));

        Assert.Empty(new ComplianceAnalysis(scenario).Check().Breaches);
    }

    [Theory]
    [InlineData(1_000_000, "barrels per year", true)]
    [InlineData(100_000, "barrels per year", false)]
    [InlineData(500_000, "barrels per year", false)]
    [InlineData(1_000_000, "tonnes", false)]
    public void Check_FuelToTheTarget_CertainOnlyWhenTheCapIsKnowablyExceeded(int amount, string unit, bool certain)
    {
        var scenario = UnderUn(Transfer("fuel", Rus, Prk, new DatePeriod(Month(2024, 1)), FuelOf(Estimate.Exactly(amount), unit: unit)));

        var breach = Single(new ComplianceAnalysis(scenario).Check(), SanctionsMeasureKind.ResourceCap);

        Assert.Equal(certain ? Truth.True : Truth.Unknown, breach.Truth);
        Assert.Equal(PartyInBreach.Supplier, breach.Party);
    }

    [Fact]
    public void Check_OverTheCapFigure_KnowablyExceeds()
    {
        var scenario = UnderUn(Transfer("fuel", Rus, Prk, new DatePeriod(Month(2024, 1)), FuelOf(Estimate.Over(500_000m))));

        Assert.Equal(Truth.True, Single(new ComplianceAnalysis(scenario).Check(), SanctionsMeasureKind.ResourceCap).Truth);
    }

    [Fact]
    public void Check_ResourceBanWithoutCap_CertainBreach()
    {
        var regime = Regime("coal", Unsc, SanctionsBinding.AllStates, Since2006,
            [new ResourceCap(ResourceKind.Coal, EmbargoDirection.ProcurementFromTarget)]);
        var scenario = Build([regime], Transfer("coal", Prk, Chn, new DatePeriod(Month(2024, 1)), FuelOf(Estimate.Exactly(1m), ResourceKind.Coal, "tonnes")));

        var breach = Assert.Single(new ComplianceAnalysis(scenario).Check().Breaches);

        Assert.Equal((Truth.True, PartyInBreach.Both), (breach.Truth, breach.Party));
    }

    [Theory]
    [InlineData(ResourceKind.Oil)]
    [InlineData(ResourceKind.Food)]
    public void Check_ResourceOfAnotherKind_NoBreach(ResourceKind kind)
    {
        var scenario = UnderUn(Transfer("goods", Rus, Prk, new DatePeriod(Month(2024, 1)), FuelOf(Estimate.Exactly(1_000_000m), kind)));

        Assert.Empty(new ComplianceAnalysis(scenario).Check().Breaches);
    }

    [Fact]
    public void Check_FuelFromTheTargetUnderASupplyCap_NoBreach()
    {
        var scenario = UnderUn(Transfer("fuel", Prk, Rus, new DatePeriod(Month(2024, 1)), FuelOf(Estimate.Exactly(1_000_000m))));

        Assert.Empty(new ComplianceAnalysis(scenario).Check().Breaches);
    }

    [Fact]
    public void Check_WorkersFromTheTarget_BreachWorkerBanByBoth()
    {
        var scenario = UnderUn(Transfer("workers", Prk, Rus, new DatePeriod(Month(2024, 1)), new PersonnelItem(Estimate.Thousands, PersonnelRole.Workers)));

        var breach = Single(new ComplianceAnalysis(scenario).Check(), SanctionsMeasureKind.WorkerBan);

        Assert.Equal(PartyInBreach.Both, breach.Party);
    }

    [Fact]
    public void Check_TroopsFromTheTarget_NoWorkerBanBreach()
    {
        var scenario = UnderUn(Troops);

        Assert.Empty(new ComplianceAnalysis(scenario).Check().Breaches);
    }

    // --- Dates ---

    [Fact]
    public void Check_TransferEndedBeforeTheRegime_NoBreach()
    {
        var scenario = UnderUn(Transfer("old", Prk, Rus, new DatePeriod(new PartialDate(2000), new PartialDate(2005)), ShellsOf(Estimate.Thousands)));

        Assert.Empty(new ComplianceAnalysis(scenario).Check().Breaches);
    }

    [Fact]
    public void Check_TransferInTheMonthTheRegimeBegan_PossibleBreach()
    {
        var scenario = UnderUn(Transfer("edge", Prk, Rus, new DatePeriod(Month(2006, 10), Month(2006, 10)), ShellsOf(Estimate.Thousands)));

        var breach = Assert.Single(new ComplianceAnalysis(scenario).Check().Breaches);

        Assert.Equal(Truth.Unknown, breach.Truth);
        Assert.False(breach.IsCertain);
        Assert.Contains("possible", breach.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RegimeThatEnded_NoBreachAfterwards()
    {
        var regime = Regime("ended", Unsc, SanctionsBinding.AllStates, new DatePeriod(new PartialDate(2006), new PartialDate(2010)), [new ArmsEmbargo(EmbargoDirection.Both)]);

        Assert.Empty(new ComplianceAnalysis(Build([regime], ShellsToRussia())).Check().Breaches);
    }

    [Fact]
    public void On_DayBeforeTheTransferBegan_NoBreach()
    {
        var report = new ComplianceAnalysis(UnderUn(ShellsToRussia())).On(Day(2023, 8, 31));

        Assert.Empty(report.Breaches);
        Assert.Equal(Day(2023, 8, 31), report.Day);
    }

    [Fact]
    public void On_DayInTheTransfersFirstMonth_PossibleBreach()
    {
        var breach = Assert.Single(new ComplianceAnalysis(UnderUn(ShellsToRussia())).On(Day(2023, 9, 15)).Breaches);

        Assert.Equal(Truth.Unknown, breach.Truth);
    }

    [Fact]
    public void On_DayAfterTheTransferBegan_CertainBreach()
    {
        var breach = Assert.Single(new ComplianceAnalysis(UnderUn(ShellsToRussia())).On(Day(2024, 11, 30)).Breaches);

        Assert.Equal(Truth.True, breach.Truth);
    }

    // --- Status and confidence ---

    [Fact]
    public void Check_PlannedTransfer_PossibleBreach()
    {
        var breach = Assert.Single(new ComplianceAnalysis(UnderUn(ShellsToRussia(status: TransferStatus.Planned))).Check().Breaches);

        Assert.Equal(Truth.Unknown, breach.Truth);
        Assert.Contains(breach.Reasons, r => r.Contains("only planned", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TransferBelowMinimum_SetAsideNotJudged()
    {
        var compliance = new ComplianceAnalysis(UnderUn(ShellsToRussia(Confidence.Assessed)));

        var report = compliance.Check();

        Assert.Empty(report.Breaches);
        var aside = Assert.Single(report.SetAside);
        Assert.Equal((FactKind.Transfer, SetAsideReason.BelowMinimumConfidence), (aside.Fact.Kind, aside.Reason));
        Assert.Single(compliance.Check(Confidence.Assessed).Breaches);
    }

    [Fact]
    public void Check_RegimeBelowMinimum_SetAside()
    {
        var regime = Regime("alleged", Unsc, SanctionsBinding.AllStates, Since2006, [new ArmsEmbargo(EmbargoDirection.Both)], Confidence.Alleged);

        var report = new ComplianceAnalysis(Build([regime], ShellsToRussia())).Check();

        Assert.Empty(report.Breaches);
        Assert.Equal(FactKind.SanctionsRegime, Assert.Single(report.SetAside).Fact.Kind);
    }

    [Fact]
    public void BreachesOf_BreachesBy_BreachesFor_FilterTheReport()
    {
        var scenario = UnderUn(ShellsToRussia(), Transfer("cash", Rus, Prk, new DatePeriod(Month(2023, 9)), CashOf(Estimate.Unknown)));

        var report = new ComplianceAnalysis(scenario).Check();

        Assert.Equal(2, report.Breaches.Length);
        Assert.Equal(2, report.BreachesOf(new SanctionsRegimeId("un-dprk")).Length);
        Assert.Equal(2, report.BreachesBy(Rus).Length);
        Assert.Single(report.BreachesBy(Prk));
        Assert.Single(report.BreachesFor(new TransferId("cash")));
        Assert.Empty(report.BreachesOf(new SanctionsRegimeId("other")));
    }

    [Fact]
    public void Check_DefinedMinimumOnly()
    {
        var compliance = new ComplianceAnalysis(UnderUn());

        Assert.Throws<ArgumentOutOfRangeException>(() => compliance.Check((Confidence)42));
    }
}
