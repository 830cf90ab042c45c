using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Transfers;
using Geopolitics.Model.Treaties;
using static Geopolitics.Model.Tests.Time.PartialDateTests;

namespace Geopolitics.Model.Tests.Scenarios;

public class BuiltInScenariosTests
{
    private static readonly Scenario Seed = BuiltInScenarios.RussiaDprk2024;

    [Fact]
    public void RussiaDprk2024_IsValidAndComplete()
    {
        Assert.Equal("RussiaDprk2024", Seed.Name);
        Assert.Equal(10, Seed.Actors.Length);
        Assert.Equal(5, Seed.Treaties.Length);
        Assert.Contains(Seed.SanctionsRegimes, r => r.Authority == new ActorId("UNSC") && r.Target == new ActorId("PRK"));
        Assert.Same(Seed, BuiltInScenarios.RussiaDprk2024);
    }

    [Fact]
    public void RussiaDprk2024_EmbeddedFileIsInCanonicalForm()
    {
        using var reader = new StreamReader(BuiltInScenarios.OpenRussiaDprk2024Json());

        Assert.Equal(reader.ReadToEnd(), Geopolitics.Model.Serialization.ScenarioJson.Serialize(Seed));
    }

    [Theory]
    [InlineData("2024-07-01", TreatyStatus.Signed)]
    [InlineData("2024-11-10", TreatyStatus.Signed)]
    [InlineData("2024-12-04", TreatyStatus.InForce)]
    public void Treaty2024_StatusOnKeyDays_MatchesRecord(string day, TreatyStatus expected)
    {
        var report = new StatusAnalysis(Seed.Treaties).Evaluate(new TreatyId("rus-prk-2024"), Day(day)).AsT0;

        Assert.True(report.Is(expected).IsTrue);
        Assert.Equal(expected == TreatyStatus.InForce, report.IsInForce.IsTrue);
    }

    [Fact]
    public void Treaty2000_IsSupersededWhen2024TreatyEntersIntoForce()
    {
        var evaluator = new StatusAnalysis(Seed.Treaties);

        Assert.True(evaluator.Evaluate(new TreatyId("rus-prk-2000"), Day("2024-12-03")).AsT0.IsInForce.IsTrue);
        Assert.True(evaluator.Evaluate(new TreatyId("rus-prk-2000"), Day("2024-12-04")).AsT0.Is(TreatyStatus.Terminated).IsTrue);
    }

    [Fact]
    public void Article_ConfidencesAreKeptApart()
    {
        Assert.Equal(Confidence.Confirmed, Seed.FindTransfer(new TransferId("prk-rus-troops"))!.Evidence.Confidence);
        Assert.Equal(Confidence.Reported, Seed.FindTransfer(new TransferId("prk-rus-munitions"))!.Evidence.Confidence);
        Assert.Equal(Confidence.Potential, Seed.FindTransfer(new TransferId("rus-prk-missile-tech"))!.Evidence.Confidence);
    }

    [Fact]
    public void Lookups_ByActor_FindTreatiesTransfersAndStances()
    {
        Assert.Equal(
            ["rus-prk-2024", "rus-prk-2000", "chn-prk-1961"],
            Seed.TreatiesOf(new ActorId("PRK")).Select(t => t.Id.Value));
        Assert.Equal(8, Seed.TransfersBetween(new ActorId("RUS"), new ActorId("PRK")).Length);
        Assert.Empty(Seed.TransfersOf(new ActorId("JPN")));
        Assert.All(Seed.StancesBy(new ActorId("CHN")), s => Assert.Equal(new ActorId("CHN"), s.Holder));
        Assert.Null(Seed.FindTreaty(new TreatyId("nato-1949")));
    }
}
