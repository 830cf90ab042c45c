using Geopolitics.Model.Analysis.Compliance;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Ledger;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Tests.Analysis.Defence;
using Geopolitics.Model.Tests.Analysis.Ledger;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Time;
using Geopolitics.Model.Transfers;
using NodaTime;
using static Geopolitics.Model.Tests.ArticleFacts;

namespace Geopolitics.Model.Tests.Analysis;

/// <summary>
/// The answers of who must defend whom, the exchange ledger and sanctions compliance compare by value, member by
/// member (<see cref="ValueEquality"/>): two answers computed from the seed scenario, one changed in one member at a
/// time.
/// </summary>
public class AnswerEqualityTests
{
    private static readonly LocalDate Day20241204 = new(2024, 12, 4);

    private static LedgerReport Ledger(LocalDate? from, LocalDate? to = null, Confidence minimum = Confidence.Reported) =>
        new LedgerAnalysis(BuiltInScenarios.RussiaDprk2024).Between(Rus, Prk, from, to, minimum).AsT0;

    private static DefenceAnswer Defence(LocalDate day, Confidence minimum = Confidence.Reported) =>
        new DefenceAnalysis(BuiltInScenarios.RussiaDprk2024).Defenders(Rus, day, attacker: Usa, minimum: minimum).AsT0;

    // A ledger between PRK and RUS in which PRK sent one transfer of every kind of item, the figures scaled by
    // `scale` (the weapon systems' figures left out without `figures`) and the ids ending in `suffix`.
    internal static LedgerReport EveryKindOfItem(string suffix, int scale, bool figures = true)
    {
        var month = new DatePeriod(LedgerFixtures.Month(2023, 9));
        Transfer Sent(string id, TransferItem item) => LedgerFixtures.Transfer(id + suffix, Prk, Rus, month, item);
        var scenario = LedgerFixtures.WithTransfers(
            Sent("shells", LedgerFixtures.ShellsOf(Estimate.Exactly(1_000 * scale))),
            Sent("launchers", figures
                ? new WeaponSystemsItem("KN-23", numberOrdered: Estimate.Exactly(60 * scale), numberDelivered: Estimate.Exactly(50 * scale), tivOrder: 10 * scale, tivDelivered: 9 * scale)
                : new WeaponSystemsItem("KN-23")),
            Sent("know-how", LedgerFixtures.TechnologyOf(TechnologyDomain.BallisticMissiles, scale == 1 ? TechnologyForm.KnowHow : TechnologyForm.Components)),
            Sent("cash", LedgerFixtures.CashOf(Estimate.Exactly(1_000_000 * scale))),
            Sent("troops", LedgerFixtures.TroopsOf(Estimate.Exactly(10_000 * scale))),
            Sent("fuel", LedgerFixtures.FuelOf(Estimate.Exactly(1_000_000 * scale))));
        return new LedgerAnalysis(scenario).Between(Prk, Rus, null, null).AsT0;
    }

    [Fact]
    public void LedgerReport_ComparesEveryMember()
    {
        // To the middle of the month the troops are dated by: they are possibly in the period.
        var midMonth = Ledger(new LocalDate(2023, 1, 1), new LocalDate(2024, 10, 15));
        Assert.NotEmpty(midMonth.PossiblyInPeriod);
        ValueEquality.AssertMemberwise(midMonth, new LedgerAnalysis(BuiltInScenarios.RussiaDprk2024).Between(Prk, Kor, new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30), Confidence.Alleged).AsT0);
    }

    [Fact]
    public void LedgerFlow_ComparesEveryMember()
    {
        // Every kind of item one way; the seed's other way.
        var flow = EveryKindOfItem("a", 1).FirstToSecond;
        ValueEquality.AssertMemberwise(flow, Ledger(null).SecondToFirst);
    }

    [Fact]
    public void Totals_CompareEveryMember()
    {
        var one = EveryKindOfItem("a", 1).FirstToSecond;
        var other = EveryKindOfItem("b", 2).FirstToSecond;

        ValueEquality.AssertMemberwise(one.Munitions[0], other.Munitions[0]);
        ValueEquality.AssertMemberwise(one.WeaponSystems[0], other.WeaponSystems[0]);
        ValueEquality.AssertMemberwise(one.Technology[0], other.Technology[0]);
        ValueEquality.AssertMemberwise(one.Money[0], other.Money[0]);
        ValueEquality.AssertMemberwise(one.Personnel[0], other.Personnel[0]);
        ValueEquality.AssertMemberwise(one.Resources[0], other.Resources[0]);
    }

    [Fact]
    public void LinkedExchange_ComparesEveryMember()
    {
        var shells = LedgerFixtures.Transfer("shells", Prk, Rus, new DatePeriod(LedgerFixtures.Month(2024, 10)), LedgerFixtures.ShellsOf(Estimate.Thousands));
        var cash = LedgerFixtures.Transfer("cash", Rus, Prk, new DatePeriod(LedgerFixtures.Month(2024, 10)), LedgerFixtures.CashOf(Estimate.Millions));
        var swap = LedgerFixtures.Build(builder => builder.AddTransfer(shells).AddTransfer(cash)
            .AddExchange(new Exchange(new ExchangeId("swap"), [shells.Id, cash.Id], LedgerFixtures.EvidenceOf(Confidence.Reported))));

        var exchange = Assert.Single(new LedgerAnalysis(swap).Between(Prk, Rus, null, null).AsT0.Exchanges);
        ValueEquality.AssertMemberwise(Ledger(null).Exchanges[0], exchange);
    }

    [Fact]
    public void ComplianceReport_ComparesEveryMember()
    {
        var analysis = new ComplianceAnalysis(BuiltInScenarios.RussiaDprk2024);
        ValueEquality.AssertMemberwise(analysis.Check(), analysis.On(Day20241204, Confidence.Alleged));
    }

    [Fact]
    public void SanctionsBreach_ComparesEveryMember()
    {
        var breaches = new ComplianceAnalysis(BuiltInScenarios.RussiaDprk2024).Check(Confidence.Alleged).Breaches;
        ValueEquality.AssertMemberwise(breaches[0], breaches[^1]);
    }

    [Fact]
    public void DefenceAnswer_ComparesEveryMember()
    {
        // The explanation is written from the other members when first read.
        var guam = DefenceExamples.SeedObligations().Defenders(Usa, new LocalDate(2025, 1, 1), Chn, "Guam", victimProvoked: false).AsT0;
        Assert.NotNull(guam.Place);
        ValueEquality.AssertMemberwise(guam, Defence(Day20241204, Confidence.Alleged), "_explain", "_explained");
    }

    [Fact]
    public void DefenceObligation_ComparesEveryMember()
    {
        // South Korea's guarantee to the United States names the places where it would apply differently.
        var korea = DefenceExamples.SeedObligations().Defenders(Usa, new LocalDate(2025, 1, 1)).AsT0.Obligations.Single(o => o.Guarantor == Kor);
        Assert.NotEmpty(korea.PlaceAlternatives);

        // Whether it applies follows from its conditions.
        ValueEquality.AssertMemberwise(korea, Defence(Day20241204).Obligations[0], nameof(DefenceObligation.Applies));
    }

    [Fact]
    public void DefenceNetwork_ComparesEveryMember()
    {
        var analysis = new DefenceAnalysis(BuiltInScenarios.RussiaDprk2024);
        // A pact resting on an alleged signature: the network at the default minimum leaves it out.
        var withIgnored = DefenceAnalysisSetAsideTests.Analysis().Network(new LocalDate(2021, 1, 1));
        Assert.NotEmpty(withIgnored.IgnoredFacts);
        ValueEquality.AssertMemberwise(withIgnored, analysis.Network(new LocalDate(2024, 6, 1), Confidence.Alleged));
    }
}
