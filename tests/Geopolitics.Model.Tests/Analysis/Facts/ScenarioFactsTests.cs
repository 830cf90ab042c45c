using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Facts;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Sanctions;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Time;

namespace Geopolitics.Model.Tests.Analysis.Facts;

public class ScenarioFactsTests
{
    [Fact]
    public void Of_SameScenario_IsPreparedOnceAndShared()
    {
        var scenario = BuiltInScenarios.RussiaDprk2024;

        Assert.Same(ScenarioFacts.Of(scenario), ScenarioFacts.Of(scenario));
    }

    [Fact]
    public void Of_EqualButDistinctScenarios_ArePreparedEach()
    {
        var empty = new ScenarioBuilder("empty").Build().AsT0;
        var other = new ScenarioBuilder("empty").Build().AsT0;

        Assert.NotSame(ScenarioFacts.Of(empty), ScenarioFacts.Of(other));
    }

    [Fact]
    public void Of_Null_Throws() => Assert.Throws<ArgumentNullException>(() => ScenarioFacts.Of(null!));

    private static Scenario Seed => BuiltInScenarios.RussiaDprk2024;

    [Fact]
    public void References_FactsOfTheScenario_PointAtTheirPlaceInIt()
    {
        var facts = ScenarioFacts.Of(Seed);

        Assert.Equal([.. Seed.Transfers.Select((_, i) => $"Transfers[{i}]")], Seed.Transfers.Select(t => facts.Transfer(t).Path));
        Assert.Equal([.. Seed.Stances.Select((_, i) => $"Stances[{i}]")], Seed.Stances.Select(s => facts.Stance(s).Path));
        Assert.Equal("Exchanges[0]", facts.Exchange(Seed.Exchanges[0]).Path);
        Assert.Equal("SanctionsRegimes[0]", facts.Regime(Seed.SanctionsRegimes[0]).Path);
        Assert.Equal("SanctionsRegimes[0].Measures[2]", facts.Measure(Seed.SanctionsRegimes[0], 2).Path);
        Assert.Equal([.. Seed.Treaties.Select((_, i) => $"Treaties[{i}]")], Seed.Treaties.Select(t => facts.TreatyPath(t.Id)));
    }

    [Fact]
    public void Stance_OfTheScenario_IsDescribedOnce_AndAnEqualStanceFromOutsideEachTime()
    {
        var facts = ScenarioFacts.Of(Seed);
        var stance = Seed.Stances[3];
        var copy = stance with { };

        Assert.Same(facts.Stance(stance), facts.Stance(stance));
        Assert.NotSame(facts.Stance(copy), facts.Stance(copy));
        Assert.Equal(facts.Stance(stance), facts.Stance(copy));
    }

    [Fact]
    public void Transfer_FromOutsideTheScenario_IsPointedAtById()
    {
        var seed = Seed.Transfers[0];
        var transfer = new Model.Transfers.Transfer(new Model.Transfers.TransferId("elsewhere"), seed.Supplier, seed.Recipient, seed.Period, seed.Status, seed.Item, seed.Evidence);

        Assert.Equal("Transfers[id=elsewhere]", ScenarioFacts.Of(Seed).Transfer(transfer).Path);
    }

    [Theory]
    [InlineData(TreatyFactKind.EntryIntoForce, FactKind.Treaty)]
    [InlineData(TreatyFactKind.Duration, FactKind.Treaty)]
    [InlineData(TreatyFactKind.Supersession, FactKind.Treaty)]
    [InlineData(TreatyFactKind.Signature, FactKind.TreatyStep)]
    [InlineData(TreatyFactKind.Consent, FactKind.TreatyStep)]
    [InlineData(TreatyFactKind.Withdrawal, FactKind.TreatyStep)]
    [InlineData(TreatyFactKind.Termination, FactKind.TreatyStep)]
    [InlineData(TreatyFactKind.PartnerSuspension, FactKind.TreatyStep)]
    public void TreatyFact_RecordsOfTheTreatyAndStepsOfItsParties_AreTold(TreatyFactKind kind, FactKind expected)
    {
        var treaty = Seed.Treaties[1];
        var fact = new TreatyFact(treaty.Id, null, kind, "Parties[0]", new PartialDate(2024), treaty.Evidence, "A fact.");

        var reference = ScenarioFacts.Of(Seed).TreatyFact(fact);

        Assert.Equal(expected, reference.Kind);
        Assert.Equal("Treaties[1].Parties[0]", reference.Path);
    }

    [Fact]
    public void CheckActor_ActorNotInTheScenario_IsAnErrorNamingTheParameter()
    {
        var facts = ScenarioFacts.Of(Seed);

        Assert.Null(facts.CheckActor(new ActorId("RUS"), "first"));
        var error = facts.CheckActor(new ActorId("FRA"), "second");
        Assert.Equal(ErrorCodes.UnknownAnalysisActor, error!.Code);
        Assert.Equal("second", error.Location.Path!.ToString());
    }

    [Fact]
    public void Principal_AgencySpeaksForItsState_OthersForThemselves()
    {
        var facts = ScenarioFacts.Of(Seed);

        Assert.Equal(new ActorId("USA"), facts.Principal(new ActorId("USA-DOD")));
        Assert.Equal(new ActorId("KOR"), facts.Principal(new ActorId("KOR-NIS")));
        Assert.Equal(new ActorId("RUS"), facts.Principal(new ActorId("RUS")));
        Assert.Equal(new ActorId("FRA"), facts.Principal(new ActorId("FRA")));
    }

    [Fact]
    public void DescribeRegime_NameAndLegalBasisOrTheirAbsence()
    {
        var regime = Seed.SanctionsRegimes[0];
        var bare = new SanctionsRegime(regime.Id, regime.Authority, regime.Target, [], regime.Period, regime.Measures, regime.Binding, regime.Evidence);

        Assert.StartsWith("UN Security Council sanctions on the DPRK: UNSC sanctions on PRK, 2006-10-14/.., binding ", ScenarioFacts.DescribeRegime(regime), StringComparison.Ordinal);
        Assert.EndsWith(" (" + string.Join("; ", regime.LegalBasis.Select(l => l.Name)) + ").", ScenarioFacts.DescribeRegime(regime), StringComparison.Ordinal);
        Assert.Equal($"unsc-dprk: UNSC sanctions on PRK, 2006-10-14/.., binding {regime.Binding}.", ScenarioFacts.DescribeRegime(bare));
    }
}
