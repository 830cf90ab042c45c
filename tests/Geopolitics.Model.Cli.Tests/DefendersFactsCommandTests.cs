using Geopolitics.Model.Actors;
using Geopolitics.Model.Provenance;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;

namespace Geopolitics.Model.Cli.Tests;

/// <summary>
/// <c>defenders --attacker --provoked</c> and the facts each answer rests on: a pact between RUS and PRK, binding on
/// signature, that obliges only against an unprovoked attack by USA, PRK's signature only alleged.
/// </summary>
public sealed class DefendersFactsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geopolitics-cli-defenders-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PactFile()
    {
        var reported = Evidence.Unsourced(Confidence.Reported);
        var pact = new Treaty(
            new TreatyId("pact"),
            "Pact",
            [
                new TreatyParty(new ActorId("RUS"), new Signature(new PartialDate(2020, 1, 1), reported)),
                new TreatyParty(new ActorId("PRK"), new Signature(new PartialDate(2020, 1, 1), Evidence.Unsourced(Confidence.Alleged))),
            ],
            new OnSignatureRule(),
            reported,
            clauses:
            [
                new MutualDefenceClause(
                    new ClauseId("art1"),
                    DefenceTrigger.ArmedAttack,
                    DefenceResponse.ImmediateMilitaryAssistance,
                    new ClauseConditions(adversaries: [new ActorId("USA")], nonProvocation: true),
                    article: "Article 1"),
            ]);
        var scenario = new ScenarioBuilder("pact").AddStates("RUS", "PRK", "USA", "CHN").AddTreaty(pact).Build().AsT0;
        var path = Path.Combine(_folder, "pact.json");
        File.WriteAllText(path, ScenarioJson.Serialize(scenario));
        return path;
    }

    [Theory]
    [InlineData("false", "true")]
    [InlineData("true", "false")]
    [InlineData("unknown", "unknown")]
    public void Defenders_Provoked_DecidesTheNonProvocationCondition(string provoked, string applies)
    {
        var run = CliRun.Of("defenders", "--scenario", PactFile(), "--victim", "RUS", "--on", "2021-01-01", "--attacker", "USA",
            "--provoked", provoked, "--min-confidence", "alleged", "--include-ruled-out", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(provoked, run.Json().GetProperty("provoked").GetString());
        Assert.Equal("USA", run.Json().GetProperty("attacker").GetString());
        var obligation = Assert.Single(run.Json().GetProperty("obligations").EnumerateArray());
        Assert.Equal(applies, obligation.GetProperty("applies").GetString());
    }

    [Fact]
    public void Defenders_AnotherAttacker_RulesTheAdversaryClauseOut()
    {
        var run = CliRun.Of("defenders", "--scenario", PactFile(), "--victim", "RUS", "--on", "2021-01-01", "--attacker", "CHN",
            "--provoked", "false", "--min-confidence", "alleged", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, run.Json().GetProperty("obligations").GetArrayLength());
        Assert.Equal(0, run.Json().GetProperty("defenders").GetArrayLength());
    }

    [Fact]
    public void Defenders_Json_ListsTheFactsReliedOnAndThoseSetAsideThatWouldChangeTheAnswer()
    {
        var run = CliRun.Of("defenders", "--scenario", PactFile(), "--victim", "RUS", "--on", "2021-01-01", "--attacker", "USA",
            "--provoked", "false", "--include-ruled-out", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var facts = run.Json().GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Contains("Treaties[0].Parties[0].Signature", facts);
        Assert.Contains("Treaties[0].Clauses[0]", facts);
        var setAside = Assert.Single(run.Json().GetProperty("setAside").EnumerateArray());
        Assert.Equal("Treaties[0].Parties[1].Signature", setAside.GetProperty("path").GetString());
        Assert.True(setAside.GetProperty("changesAnswer").GetBoolean());
    }

    [Fact]
    public void Defenders_Text_ListsTheFactsReliedOnAndThoseSetAside()
    {
        var run = CliRun.Of("defenders", "--scenario", PactFile(), "--victim", "RUS", "--on", "2021-01-01", "--attacker", "USA", "--provoked", "false");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("attacked by USA on 2021-01-01 in Russia (RUS), not having provoked the attack", run.Out, StringComparison.Ordinal);
        Assert.Contains("\nRelied on:\n", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Set aside below the minimum confidence Reported:", run.Out, StringComparison.Ordinal);
        Assert.Contains("PRK signed pact on 2020-01-01. (Treaties[0].Parties[1].Signature) (would change the answer)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Defenders_ProvokedNotATruth_ExitsTwo()
    {
        var run = CliRun.Of("defenders", "--victim", "PRK", "--on", "2025-01-01", "--provoked", "maybe");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'maybe' is not one of: true, false, unknown.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_Text_ShowsTheFactsSetAside()
    {
        var run = CliRun.Of("timeline", "--actor", "RUS", "--from", "2024-06-01", "--to", "2024-12-31");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Possibly in period: 2024 [Reported] Transfer rus-prk-cash began", run.Out, StringComparison.Ordinal);
        Assert.Contains("Set aside (BelowMinimumConfidence): [Potential] 2024 Transfer rus-prk-missile-tech began", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_Json_ListsTheFactsSetAside()
    {
        var run = CliRun.Of("timeline", "--actor", "RUS", "--from", "2024-06-01", "--to", "2024-12-31", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Json().GetProperty("setAside").EnumerateArray(), f =>
            f.GetProperty("path").GetString() == "Transfers[6].Period.Start" && f.GetProperty("reason").GetString() == "belowMinimumConfidence");
    }
}
