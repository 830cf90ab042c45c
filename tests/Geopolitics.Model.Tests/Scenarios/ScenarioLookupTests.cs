using Geopolitics.Model.Actors;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Tests.Generators;

namespace Geopolitics.Model.Tests.Scenarios;

/// <summary>
/// A scenario's look-ups by actor and by id answer what a scan of its facts answers: each fact under each of its actors
/// once, in the order added, the first of a repeated id. Checked on the seed and on random scenarios, for every actor
/// and one the scenario does not hold.
/// </summary>
public class ScenarioLookupTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(0, 40)];

    [Fact]
    public void LookUps_Seed_AgreeWithAScanOfItsFacts() => AssertLookUpsAgreeWithScans(BuiltInScenarios.RussiaDprk2024);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void LookUps_RandomScenario_AgreeWithAScanOfItsFacts(int seed) => AssertLookUpsAgreeWithScans(new RandomScenario(seed).Scenario());

    [Fact]
    public void LookUps_FirstFactOfAnActorNotFirstInTheScenario_AreFound()
    {
        // The second transfer is the first to name CHN, the third the first to name USA.
        var template = BuiltInScenarios.RussiaDprk2024.Transfers[0];
        var scenario = new ScenarioBuilder("look-ups")
            .AddStates("RUS", "PRK", "CHN", "USA")
            .AddTransfer(Copy(template, "t0", "RUS", "PRK"))
            .AddTransfer(Copy(template, "t1", "CHN", "PRK"))
            .AddTransfer(Copy(template, "t2", "USA", "RUS"))
            .AddTransfer(Copy(template, "t3", "RUS", "CHN"))
            .Build().AsT0;

        Assert.Equal(["t1", "t3"], scenario.TransfersOf(new ActorId("CHN")).Select(t => t.Id.Value));
        Assert.Equal(["t2"], scenario.TransfersOf(new ActorId("USA")).Select(t => t.Id.Value));
        Assert.Equal(["t0"], scenario.TransfersBetween(new ActorId("PRK"), new ActorId("RUS")).Select(t => t.Id.Value));
        Assert.Empty(scenario.TransfersBetween(new ActorId("USA"), new ActorId("CHN")));
    }

    private static Model.Transfers.Transfer Copy(Model.Transfers.Transfer transfer, string id, string supplier, string recipient) =>
        new(new Model.Transfers.TransferId(id), new ActorId(supplier), new ActorId(recipient), transfer.Period, transfer.Status, transfer.Item, transfer.Evidence);

    private static void AssertLookUpsAgreeWithScans(Scenario scenario)
    {
        ActorId[] actors = [.. scenario.Actors.Select(a => a.Id), new ActorId("NOT-IN-IT")];
        foreach (var actor in actors)
        {
            Assert.Equal(scenario.Treaties.Where(t => t.IsParty(actor)), scenario.TreatiesOf(actor));
            Assert.Equal(scenario.Transfers.Where(t => t.Supplier == actor || t.Recipient == actor), scenario.TransfersOf(actor));
            Assert.Equal(scenario.Stances.Where(s => s.Holder == actor), scenario.StancesBy(actor));
            Assert.Equal(scenario.Actors.FirstOrDefault(a => a.Id == actor), scenario.FindActor(actor));
            foreach (var other in actors)
            {
                Assert.Equal(
                    scenario.Transfers.Where(t => (t.Supplier == actor && t.Recipient == other) || (t.Supplier == other && t.Recipient == actor)),
                    scenario.TransfersBetween(actor, other));
            }
        }

        Assert.All(scenario.Treaties, t => Assert.Same(scenario.Treaties.First(u => u.Id == t.Id), scenario.FindTreaty(t.Id)));
        Assert.All(scenario.Transfers, t => Assert.Same(scenario.Transfers.First(u => u.Id == t.Id), scenario.FindTransfer(t.Id)));
        Assert.All(scenario.Exchanges, e => Assert.Same(scenario.Exchanges.First(u => u.Id == e.Id), scenario.FindExchange(e.Id)));
        Assert.All(scenario.Stances, s => Assert.Same(scenario.Stances.First(u => u.Id == s.Id), scenario.FindStance(s.Id)));
    }
}
