using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using NodaTime;
using static Geopolitics.Model.Tests.Analysis.Ledger.LedgerFixtures;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Analysis.Ledger;

public class LedgerAnalysisTests
{
    private static readonly LocalDate From2023 = Day(2023, 1, 1);
    private static readonly LocalDate To2024 = Day(2024, 12, 31);

    private static LedgerReport Ledger(Scenario scenario, LocalDate? from, LocalDate? to, Confidence minimum = Confidence.Reported)
    {
        var result = new LedgerAnalysis(scenario).Between(Rus, Prk, from, to, minimum);
        Assert.True(result.IsT0, result.IsT1 ? result.AsT1.ToString() : null);
        return result.AsT0;
    }

    private static Scenario Article() => Build(b =>
    {
        foreach (var transfer in AllTransfers)
        {
            b.AddTransfer(transfer);
        }

        b.AddExchange(MunitionsForTechnologyAndCash);
    });

    // --- The seed answer (DOMAIN.md section 4) ---

    [Fact]
    public void Between_SeedRusPrk2023To2024_ReciprocalMunitionsAndTroopsForMoneyAndResources()
    {
        var report = Ledger(BuiltInScenarios.RussiaDprk2024, From2023, To2024);

        Assert.Equal(Truth.True, report.IsReciprocal);
        var toRussia = report.FlowFrom(Prk);
        Assert.True(toRussia.Has(TransferItemKind.Munitions));
        Assert.True(toRussia.Has(TransferItemKind.Personnel));
        var troops = Assert.Single(toRussia.Personnel, p => p.Role == PersonnelRole.CombatTroops);
        Assert.Equal(EstimateQualifier.Over, troops.Count.Qualifier);
        Assert.True(troops.Count.Low >= 10_000m);
        Assert.True(Estimate.Sum(toRussia.Personnel.Select(p => p.Count)).Low >= 10_000m);
        var toKorea = report.FlowFrom(Rus);
        Assert.Equal<TransferItemKind>([TransferItemKind.Money, TransferItemKind.Resources], toKorea.Kinds);
        Assert.Empty(report.PossiblyInPeriod);
        Assert.All(report.SetAside.Where(s => s.Fact.Kind == FactKind.Transfer), s => Assert.Equal(SetAsideReason.BelowMinimumConfidence, s.Reason));
    }

    [Fact]
    public void Between_SeedRusPrk2023To2024_TechnologyLegOnlyWithPotentialFacts()
    {
        var reported = Ledger(BuiltInScenarios.RussiaDprk2024, From2023, To2024);
        var potential = Ledger(BuiltInScenarios.RussiaDprk2024, From2023, To2024, Confidence.Potential);

        Assert.False(reported.FlowFrom(Rus).Has(TransferItemKind.Technology));
        Assert.True(potential.FlowFrom(Rus).Has(TransferItemKind.Technology));
        Assert.Contains(potential.FlowFrom(Rus).Technology, t => t.Domain == TechnologyDomain.BallisticMissiles);
    }

    [Fact]
    public void Between_SeedRusPrk2023To2024_TheExchangeLinksBothWays()
    {
        var exchange = Assert.Single(Ledger(BuiltInScenarios.RussiaDprk2024, From2023, To2024).Exchanges);

        Assert.Contains(exchange.LinkedTransfers, id => id.Value.StartsWith("prk-rus", StringComparison.Ordinal));
        Assert.Contains(exchange.LinkedTransfers, id => id.Value.StartsWith("rus-prk", StringComparison.Ordinal));
    }

    // --- The article's ledger ---

    [Fact]
    public void Between_ArticleAtReported_MunitionsAndTroopsToRussiaOnly()
    {
        var report = Ledger(Article(), From2023, To2024);

        var toRussia = report.FlowFrom(Prk);
        Assert.Equal<TransferItemKind>([TransferItemKind.Munitions, TransferItemKind.Personnel], toRussia.Kinds);
        Assert.Equal(Estimate.Over(10_000m), Assert.Single(toRussia.Personnel).Count);
        Assert.Equal(new Quantity(Estimate.Thousands, "containers"), Assert.Single(toRussia.Munitions).Quantity);
        Assert.True(report.FlowFrom(Rus).IsEmpty);
        Assert.Equal(Truth.False, report.IsReciprocal);
    }

    [Fact]
    public void Between_ArticleAtAssessed_CashMakesItReciprocalWithoutTechnology()
    {
        var report = Ledger(Article(), From2023, To2024, Confidence.Assessed);

        var toKorea = report.FlowFrom(Rus);
        Assert.Equal<TransferItemKind>([TransferItemKind.Money], toKorea.Kinds);
        Assert.Equal(Money.Unknown(CurrencyCode.Usd), Assert.Single(toKorea.Money).Amount);
        Assert.Equal(Truth.True, report.IsReciprocal);
        Assert.Contains(report.SetAside, s => s.Fact.Id == MissileTechnology.Id.Value && s.Reason == SetAsideReason.BelowMinimumConfidence);
    }

    [Fact]
    public void Between_ArticleAtPotential_TechnologyLegAppears()
    {
        var report = Ledger(Article(), From2023, To2024, Confidence.Potential);

        var technology = Assert.Single(report.FlowFrom(Rus).Technology);
        Assert.Equal(TechnologyDomain.BallisticMissiles, technology.Domain);
        Assert.Equal<TechnologyForm>([TechnologyForm.KnowHow], technology.Forms);
        Assert.Equal<TransferId>([MissileTechnology.Id], technology.Transfers);
    }

    [Fact]
    public void Between_ArticleAtAssessed_ListsTheExchangeWithTheLedgerTransfersItLinks()
    {
        var report = Ledger(Article(), From2023, To2024, Confidence.Assessed);

        var exchange = Assert.Single(report.Exchanges);
        Assert.Equal(MunitionsForTechnologyAndCash.Id, exchange.Id);
        Assert.Equal<TransferId>([Shells.Id, Cash.Id], exchange.LinkedTransfers);
        Assert.Equal("Exchanges[0]", exchange.Fact.Path);
        Assert.Contains(exchange.Fact, report.Facts);
    }

    [Fact]
    public void Between_ExchangeBelowMinimum_SetAsideNotListed()
    {
        var report = Ledger(Article(), From2023, To2024);

        Assert.Empty(report.Exchanges);
        Assert.Contains(report.SetAside, s => s.Fact.Kind == FactKind.Exchange && s.Reason == SetAsideReason.BelowMinimumConfidence);
    }

    [Fact]
    public void Between_ExchangeLinkingOnlyTransfersOutsideTheWindow_NotMentioned()
    {
        var report = Ledger(Article(), Day(2020, 1, 1), Day(2020, 12, 31), Confidence.Potential);

        Assert.Empty(report.Exchanges);
        Assert.DoesNotContain(report.SetAside, s => s.Fact.Kind == FactKind.Exchange);
        Assert.All(report.SetAside, s => Assert.Equal(SetAsideReason.OutsidePeriod, s.Reason));
        Assert.Equal(4, report.SetAside.Length);
    }

    // --- Sums ---

    [Fact]
    public void Between_OverTenThousandAndAboutFifteenHundredTroops_OverElevenThousandFiveHundred()
    {
        var scenario = WithTransfers(
            Transfer("troops-1", Prk, Rus, new DatePeriod(Month(2024, 10)), TroopsOf(Estimate.Over(10_000m))),
            Transfer("troops-2", Prk, Rus, new DatePeriod(Month(2024, 11)), TroopsOf(Estimate.About(1_500m))));

        var personnel = Assert.Single(Ledger(scenario, From2023, To2024).FlowFrom(Prk).Personnel);

        Assert.Equal(Estimate.Over(11_500m), personnel.Count);
        Assert.Equal("over 11,500", personnel.Count.ToString());
        Assert.Equal<TransferId>([new TransferId("troops-1"), new TransferId("troops-2")], personnel.Transfers);
    }

    [Fact]
    public void Between_PersonnelOfDifferentRoles_SummedByRole()
    {
        var scenario = WithTransfers(
            Transfer("troops", Prk, Rus, new DatePeriod(Month(2024, 10)), TroopsOf(Estimate.Exactly(100m))),
            Transfer("workers", Prk, Rus, new DatePeriod(Month(2024, 10)), new PersonnelItem(Estimate.Exactly(50m), PersonnelRole.Workers)),
            Transfer("more-troops", Prk, Rus, new DatePeriod(Month(2024, 11)), TroopsOf(Estimate.Exactly(20m))));

        var personnel = Ledger(scenario, From2023, To2024).FlowFrom(Prk).Personnel;

        Assert.Equal(2, personnel.Length);
        Assert.Equal((PersonnelRole.CombatTroops, Estimate.Exactly(120m)), (personnel[0].Role, personnel[0].Count));
        Assert.Equal((PersonnelRole.Workers, Estimate.Exactly(50m)), (personnel[1].Role, personnel[1].Count));
    }

    [Fact]
    public void Between_MunitionsInTwoUnits_SummedPerUnit()
    {
        var scenario = WithTransfers(
            Transfer("shells-1", Prk, Rus, new DatePeriod(Month(2023, 9)), ShellsOf(Estimate.Thousands)),
            Transfer("shells-2", Prk, Rus, new DatePeriod(Month(2024, 3)), ShellsOf(Estimate.Thousands)),
            Transfer("shells-3", Prk, Rus, new DatePeriod(Month(2024, 3)),
                new MunitionsItem(MunitionsCategory.ArtilleryShells, new Quantity(Estimate.Exactly(1_000_000m), "rounds"))));

        var munitions = Ledger(scenario, From2023, To2024).FlowFrom(Prk).Munitions;

        Assert.Equal(2, munitions.Length);
        Assert.Equal(new Quantity(Estimate.AtLeast(2_000m), "containers"), munitions[0].Quantity);
        Assert.Equal(new Quantity(Estimate.Exactly(1_000_000m), "rounds"), munitions[1].Quantity);
    }

    [Fact]
    public void Between_UnknownAndKnownAmountsOfOneCurrency_AtLeastTheKnownAmount()
    {
        var scenario = WithTransfers(
            Transfer("cash-1", Rus, Prk, new DatePeriod(Month(2023, 9)), CashOf(Estimate.Unknown)),
            Transfer("cash-2", Rus, Prk, new DatePeriod(Month(2024, 1)), CashOf(Estimate.Exactly(100_000_000m))),
            Transfer("cash-3", Rus, Prk, new DatePeriod(Month(2024, 1)), CashOf(Estimate.Exactly(5m), CurrencyCode.Rub)));

        var money = Ledger(scenario, From2023, To2024).FlowFrom(Rus).Money;

        Assert.Equal(2, money.Length);
        Assert.Equal(new Money(CurrencyCode.Rub, Estimate.Exactly(5m)), money[0].Amount);
        Assert.Equal(new Money(CurrencyCode.Usd, Estimate.AtLeast(100_000_000m)), money[1].Amount);
    }

    [Fact]
    public void Between_ResourcesOfOneKindAndUnit_Summed()
    {
        var scenario = WithTransfers(
            Transfer("fuel-1", Rus, Prk, new DatePeriod(Month(2024, 1)), FuelOf(Estimate.Between(100m, 200m), unit: "barrels")),
            Transfer("fuel-2", Rus, Prk, new DatePeriod(Month(2024, 2)), FuelOf(Estimate.Exactly(50m), unit: "barrels")),
            Transfer("food", Rus, Prk, new DatePeriod(Month(2024, 2)), FuelOf(Estimate.Exactly(7m), ResourceKind.Food, "tonnes")));

        var resources = Ledger(scenario, From2023, To2024).FlowFrom(Rus).Resources;

        Assert.Equal(2, resources.Length);
        Assert.Equal((ResourceKind.RefinedPetroleum, new Quantity(Estimate.Between(150m, 250m), "barrels")), (resources[0].Resource, resources[0].Quantity));
        Assert.Equal((ResourceKind.Food, new Quantity(Estimate.Exactly(7m), "tonnes")), (resources[1].Resource, resources[1].Quantity));
    }

    [Fact]
    public void Between_WeaponSystemsWithAndWithoutTiv_TivSumIsALowerBound()
    {
        var scenario = WithTransfers(
            Transfer("kn23-1", Prk, Rus, new DatePeriod(Month(2024, 1)), new WeaponSystemsItem("KN-23", numberDelivered: Estimate.About(50m), tivDelivered: 120m)),
            Transfer("kn23-2", Prk, Rus, new DatePeriod(Month(2024, 5)), new WeaponSystemsItem("KN-23")),
            Transfer("koksan", Prk, Rus, new DatePeriod(Month(2024, 5)), new WeaponSystemsItem("Koksan", tivDelivered: 10m)),
            Transfer("koksan-2", Prk, Rus, new DatePeriod(Month(2024, 6)), new WeaponSystemsItem("Koksan", tivDelivered: 5.5m)));

        var systems = Ledger(scenario, From2023, To2024).FlowFrom(Prk).WeaponSystems;

        Assert.Equal(["KN-23", "Koksan"], systems.Select(s => s.Designation));
        Assert.Equal(Estimate.AtLeast(120m), systems[0].TivDelivered);
        Assert.Equal(Estimate.AtLeast(50m), systems[0].NumberDelivered);
        Assert.Null(systems[0].NumberOrdered);
        Assert.Equal(Estimate.Exactly(15.5m), systems[1].TivDelivered);
        Assert.Null(systems[1].TivOrder);
    }

    [Fact]
    public void Between_TechnologyOfOneDomainInTwoForms_ListedOnce()
    {
        var scenario = WithTransfers(
            Transfer("tech-1", Rus, Prk, new DatePeriod(Month(2024, 1)), TechnologyOf(TechnologyDomain.Space, TechnologyForm.Components)),
            Transfer("tech-2", Rus, Prk, new DatePeriod(Month(2024, 2)), TechnologyOf(TechnologyDomain.Space, TechnologyForm.KnowHow)),
            Transfer("tech-3", Rus, Prk, new DatePeriod(Month(2024, 2)), TechnologyOf(TechnologyDomain.AirDefence)));

        var technology = Ledger(scenario, From2023, To2024).FlowFrom(Rus).Technology;

        Assert.Equal([TechnologyDomain.Space, TechnologyDomain.AirDefence], technology.Select(t => t.Domain));
        Assert.Equal<TechnologyForm>([TechnologyForm.KnowHow, TechnologyForm.Components], technology[0].Forms);
        Assert.Equal(2, technology[0].Transfers.Length);
    }

    // --- The window ---

    [Fact]
    public void Between_MonthPrecisionStartAtTheWindowEnd_PossiblyInPeriodAndNotSummed()
    {
        var scenario = WithTransfers(Transfer("troops", Prk, Rus, new DatePeriod(Month(2024, 10)), TroopsOf(Estimate.Over(10_000m))));

        var report = Ledger(scenario, From2023, Day(2024, 10, 15));

        var possible = Assert.Single(report.PossiblyInPeriod);
        Assert.Equal("troops", possible.Id);
        Assert.Equal(new PartialDate(2024, 10), possible.Date);
        Assert.Empty(report.Used);
        Assert.True(report.FlowFrom(Prk).IsEmpty);
        Assert.Empty(report.SetAside);
    }

    [Fact]
    public void Between_ExchangeOfLegsOnlyPossiblyInPeriod_ListedWithThoseLegs()
    {
        var shells = Transfer("shells", Prk, Rus, new DatePeriod(Month(2024, 10)), ShellsOf(Estimate.Thousands));
        var cash = Transfer("cash", Rus, Prk, new DatePeriod(Month(2024, 10)), CashOf(Estimate.Millions));
        var scenario = Build(b => b.AddTransfer(shells).AddTransfer(cash)
            .AddExchange(new Exchange(new ExchangeId("swap"), [shells.Id, cash.Id], EvidenceOf(Confidence.Reported))));

        var report = Ledger(scenario, From2023, Day(2024, 10, 15));

        Assert.Equal(2, report.PossiblyInPeriod.Length);
        var exchange = Assert.Single(report.Exchanges);
        Assert.Equal<TransferId>([shells.Id, cash.Id], exchange.LinkedTransfers);
    }

    [Fact]
    public void Between_UndefinedConfidence_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LedgerAnalysis(Article()).Between(Rus, Prk, From2023, To2024, (Confidence)42));

    [Fact]
    public void Between_MonthPrecisionEndAtTheWindowStart_PossiblyInPeriod()
    {
        var scenario = WithTransfers(Transfer("shells", Prk, Rus, new DatePeriod(Month(2023, 9), Month(2024, 1)), ShellsOf(Estimate.Thousands)));

        var report = Ledger(scenario, Day(2024, 1, 15), To2024);

        Assert.Equal("shells", Assert.Single(report.PossiblyInPeriod).Id);
    }

    [Fact]
    public void Between_MonthPrecisionStartEndingWithTheWindow_Counted()
    {
        var scenario = WithTransfers(Transfer("troops", Prk, Rus, new DatePeriod(Month(2024, 10)), TroopsOf(Estimate.Over(10_000m))));

        var report = Ledger(scenario, From2023, Day(2024, 10, 31));

        Assert.Equal("troops", Assert.Single(report.Used).Id);
        Assert.Empty(report.PossiblyInPeriod);
    }

    [Fact]
    public void Between_TransferEndedBeforeTheWindow_SetAsideAsOutsidePeriod()
    {
        var scenario = WithTransfers(Transfer("old", Prk, Rus, new DatePeriod(Month(2020, 1), Month(2022, 12)), ShellsOf(Estimate.Thousands)));

        var report = Ledger(scenario, From2023, To2024, Confidence.Potential);

        var aside = Assert.Single(report.SetAside);
        Assert.Equal((SetAsideReason.OutsidePeriod, "Transfers[0]"), (aside.Reason, aside.Fact.Path));
        Assert.Empty(report.Used);
    }

    [Fact]
    public void Between_OpenWindow_CountsEveryDate()
    {
        var scenario = WithTransfers(
            Transfer("old", Prk, Rus, new DatePeriod(new PartialDate(1990), new PartialDate(1991)), ShellsOf(Estimate.Thousands)),
            Transfer("new", Rus, Prk, new DatePeriod(new PartialDate(2030)), CashOf(Estimate.Unknown)));

        var report = Ledger(scenario, null, null);

        Assert.Equal(["old", "new"], report.Used.Select(f => f.Id));
        Assert.Equal(Truth.True, report.IsReciprocal);
        Assert.Null(report.From);
        Assert.Null(report.To);
    }

    [Fact]
    public void Between_OneWayCertainOtherOnlyPossiblyInPeriod_ReciprocityUnknown()
    {
        var scenario = WithTransfers(
            Transfer("shells", Prk, Rus, new DatePeriod(Month(2023, 9)), ShellsOf(Estimate.Thousands)),
            Transfer("cash", Rus, Prk, new DatePeriod(Month(2024, 12)), CashOf(Estimate.Unknown)));

        var report = Ledger(scenario, From2023, Day(2024, 12, 10));

        Assert.Equal(Truth.Unknown, report.IsReciprocal);
    }

    // --- Confidence ---

    [Fact]
    public void Between_DeniedTransfer_SetAsideEvenAtPotential()
    {
        var scenario = WithTransfers(Transfer("denied", Rus, Prk, new DatePeriod(Month(2024, 1)), TechnologyOf(TechnologyDomain.Nuclear), Confidence.Denied));

        var report = Ledger(scenario, From2023, To2024, Confidence.Potential);

        Assert.Equal(SetAsideReason.BelowMinimumConfidence, Assert.Single(report.SetAside).Reason);
        Assert.True(report.FlowFrom(Rus).IsEmpty);
    }

    [Fact]
    public void Between_TransfersOfOtherPairs_Ignored()
    {
        var scenario = WithTransfers(
            Transfer("shells", Prk, Rus, new DatePeriod(Month(2023, 9)), ShellsOf(Estimate.Thousands)),
            Transfer("aid", Usa, Ukr, new DatePeriod(Month(2023, 9)), ShellsOf(Estimate.Thousands)));

        var report = Ledger(scenario, From2023, To2024);

        Assert.Equal(["shells"], report.Used.Select(f => f.Id));
        Assert.Empty(report.SetAside);
    }

    [Fact]
    public void Between_FirstAndSecondSwapped_FlowsFollowTheAskedOrder()
    {
        var scenario = WithTransfers(Transfer("shells", Prk, Rus, new DatePeriod(Month(2023, 9)), ShellsOf(Estimate.Thousands)));

        var report = new LedgerAnalysis(scenario).Between(Prk, Rus, From2023, To2024).AsT0;

        Assert.Equal((Prk, Rus), (report.FirstToSecond.Supplier, report.FirstToSecond.Recipient));
        Assert.False(report.FirstToSecond.IsEmpty);
        Assert.True(report.SecondToFirst.IsEmpty);
        Assert.Throws<ArgumentException>(() => report.FlowFrom(Usa));
    }

    // --- Errors ---

    [Fact]
    public void Between_UnknownActor_GM1151()
    {
        var error = new LedgerAnalysis(WithTransfers()).Between(Rus, new("XYZ"), null, null).AsT1;

        Assert.Equal(ErrorCodes.UnknownAnalysisActor, error.Code);
        Assert.Equal("GM1151", error.Code);
        Assert.Equal("second", error.Location.Path?.ToString());
    }

    [Fact]
    public void Between_SameActorTwice_GM1152()
    {
        var error = new LedgerAnalysis(WithTransfers()).Between(Rus, Rus, null, null).AsT1;

        Assert.Equal(ErrorCodes.AnalysisPairNotDistinct, error.Code);
    }

    [Fact]
    public void Between_WindowEndsBeforeItStarts_GM1153()
    {
        var error = new LedgerAnalysis(WithTransfers()).Between(Rus, Prk, Day(2024, 1, 2), Day(2024, 1, 1)).AsT1;

        Assert.Equal(ErrorCodes.AnalysisWindowEndsBeforeStart, error.Code);
        Assert.Contains("'to'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_OneDayWindow_Accepted()
    {
        var result = new LedgerAnalysis(WithTransfers()).Between(Rus, Prk, Day(2024, 1, 1), Day(2024, 1, 1));

        Assert.True(result.IsT0);
    }

    [Fact]
    public void ToString_NamesPairWindowAndFlows()
    {
        var text = Ledger(Article(), From2023, To2024).ToString();

        Assert.StartsWith("Ledger RUS–PRK, 2023-01-01/2024-12-31, confidence Reported or stronger", text, StringComparison.Ordinal);
        Assert.Contains("PRK -> RUS: Munitions: ArtilleryShells: thousands of containers (1 transfer); Personnel: CombatTroops: over 10,000 (1 transfer)", text, StringComparison.Ordinal);
        Assert.Contains("RUS -> PRK: nothing", text, StringComparison.Ordinal);
    }
}
