using System.Text.Json.Nodes;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Time;
using Geopolitics.Model.Treaties;
using NodaTime;

namespace Geopolitics.Model.Tests.Analysis.Defence;

/// <summary>
/// A clause whose conditions the source does not record (an ATOP file without its condition columns) is never taken
/// for an unconditional one: the defenders' answer is at most possible (issue 15, item 5).
/// </summary>
public class UnrecordedConditionsTests
{
    private static readonly ActorId Prk = new("PRK");
    private static readonly ActorId Rus = new("RUS");
    private static readonly LocalDate NewYear2025 = new(2025, 1, 1);

    private static string WithUnrecordedArticle4()
    {
        var json = JsonNode.Parse(ScenarioJson.Serialize(BuiltInScenarios.RussiaDprk2024))!.AsObject();
        var treaty = json["treaties"]!.AsArray().Single(t => (string?)t!["id"] == "rus-prk-2024")!;
        var clause = treaty["clauses"]!.AsArray().Single(c => (string?)c!["kind"] == "mutualDefence")!;
        clause["conditions"] = new JsonObject { ["unrecorded"] = true };
        return json.ToJsonString();
    }

    [Fact]
    public void Defenders_ClauseWithUnrecordedConditions_ApplyOnlyPossibly()
    {
        var scenario = ScenarioJson.Parse(WithUnrecordedArticle4()).AsT0;

        var answer = new DefenceAnalysis(scenario).Defenders(Prk, NewYear2025).AsT0;

        var russia = Assert.Single(answer.Obligations, o => o.Guarantor == Rus);
        Assert.Equal(Truth.Unknown, russia.Applies);
        var condition = Assert.Single(russia.Conditions, c => c.Kind == DefenceConditionKind.Unrecorded);
        Assert.Equal(Truth.Unknown, condition.Holds);
        Assert.False(russia.Clause.Conditions.IsUnconditional);

        // The built-in scenario itself records article 4 as unconditional: Russia must defend.
        var recorded = new DefenceAnalysis(BuiltInScenarios.RussiaDprk2024).Defenders(Prk, NewYear2025).AsT0;
        Assert.Equal(Truth.True, Assert.Single(recorded.Obligations, o => o.Guarantor == Rus).Applies);
    }

    [Fact]
    public void ScenarioFile_UnrecordedConditions_ReadBackAsWritten()
    {
        var scenario = ScenarioJson.Parse(WithUnrecordedArticle4()).AsT0;

        var written = ScenarioJson.Serialize(scenario);
        var again = ScenarioJson.Parse(written).AsT0;

        Assert.Contains("\"unrecorded\": true", written, StringComparison.Ordinal);
        var clause = again.Treaties.Single(t => t.Id == new TreatyId("rus-prk-2024")).Clauses.OfType<MutualDefenceClause>().Single();
        Assert.True(clause.Conditions.Unrecorded);
        Assert.Equal("conditions not recorded", clause.Conditions.ToString());
        Assert.NotEqual(new ClauseConditions(), clause.Conditions);
    }
}
