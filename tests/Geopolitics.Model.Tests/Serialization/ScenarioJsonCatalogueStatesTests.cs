using System.Text.Json.Nodes;
using Geopolitics.Model.Actors;
using Geopolitics.Model.Analysis.Defence;
using Geopolitics.Model.Analysis.Status;
using Geopolitics.Model.Errors;
using Geopolitics.Model.Serialization;
using Geopolitics.Model.Tests.Generators;
using Geopolitics.Model.Time;
using NodaTime;

namespace Geopolitics.Model.Tests.Serialization;

/// <summary>
/// A current state of the country catalogue named in a scenario file need not be declared in <c>actors</c>; declaring it
/// overrides its name; a code outside the catalogue is still unknown. The Anglo-Polish agreement of 25 August 1939
/// (in force on signature, mutual assistance against aggression by a European Power) written with no actors at all.
/// </summary>
public class ScenarioJsonCatalogueStatesTests
{
    private static string File(string actors, string second = "POL") => $$"""
        {
          "formatVersion": 1,
          "name": "Anglo-Polish Agreement",
          "actors": [{{actors}}],
          "treaties": [
            {
              "id": "gbr-pol-1939",
              "name": "Agreement of Mutual Assistance between the United Kingdom and Poland",
              "parties": [
                { "actor": "GBR", "signature": { "date": "1939-08-25", "evidence": { "confidence": "reported" } } },
                { "actor": "{{second}}", "signature": { "date": "1939-08-25", "evidence": { "confidence": "reported" } } }
              ],
              "entryIntoForce": { "kind": "onSignature" },
              "evidence": { "confidence": "reported" },
              "clauses": [
                { "kind": "mutualDefence", "id": "art1", "article": "Article 1", "trigger": "armedAttack", "response": "immediateMilitaryAssistance" }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void Parse_CatalogueStatesNotDeclared_ValidatesAndAnswers()
    {
        var scenario = ScenarioJson.Parse(File(actors: string.Empty)).AsT0;

        Assert.Equal(["GBR", "POL"], scenario.Actors.Select(actor => actor.Id.Value));
        Assert.Equal("France", ScenarioJson.Parse(File(string.Empty, "FRA")).AsT0.FindActor(new ActorId("FRA"))!.Name);
        Assert.Equal(ActorKind.State, scenario.FindActor(new ActorId("POL"))!.Kind);
        Assert.Equal(Truth.True, new StatusAnalysis(scenario).Evaluate(new("gbr-pol-1939"), new LocalDate(1939, 9, 1)).AsT0.IsInForce);
        Assert.Equal<ActorId>([new("GBR")], new DefenceAnalysis(scenario).Defenders(new ActorId("POL"), new LocalDate(1939, 9, 1)).AsT0.Defenders);
    }

    [Fact]
    public void Parse_UndeclaredAdversaryOfAnUnderstanding_IsAddedAndCanBeAskedAbout()
    {
        var json = File(actors: string.Empty).Replace(
            """{ "actor": "GBR", "signature": { "date": "1939-08-25", "evidence": { "confidence": "reported" } } }""",
            """{ "actor": "GBR", "signature": { "date": "1939-08-25", "evidence": { "confidence": "reported" } }, "understandings": [ { "clause": "art1", "conditions": { "adversaries": ["DEU"] }, "evidence": { "confidence": "reported" } } ] }""",
            StringComparison.Ordinal);

        var scenario = ScenarioJson.Parse(json).AsT0;
        var defence = new DefenceAnalysis(scenario);

        Assert.Equal("Germany", scenario.FindActor(new ActorId("DEU"))!.Name);
        Assert.Equal<ActorId>([new("GBR")], defence.Defenders(new ActorId("POL"), new LocalDate(1939, 9, 1), new ActorId("DEU")).AsT0.CertainDefenders);
    }

    /// <summary>Every place in a file that names an actor, in <c>everything.json</c> of the fuzzing corpus.</summary>
    public static TheoryData<string> ActorRoles =>
    [
        "actors[6].members[0]",
        "actors[7].speaksFor",
        "treaties[0].parties[0].actor",
        "treaties[1].clauses[0].guarantors[0]",
        "treaties[1].clauses[0].beneficiaries[0]",
        "treaties[1].clauses[0].conditions.adversaries[0]",
        "treaties[1].clauses[0].conditions.geographicScope.administeredBy[0]",
        "transfers[0].supplier",
        "transfers[0].recipient",
        "stances[0].holder",
        "stances[0].via",
        "stances[0].target.actor",
        "stances[1].target.actors[0]",
        "sanctionsRegimes[0].authority",
        "sanctionsRegimes[0].target",
    ];

    [Theory]
    [MemberData(nameof(ActorRoles))]
    public void Parse_UndeclaredStateInAnyRole_IsAddedAfterTheDeclaredActors(string role)
    {
        var json = Everything();
        var declared = json["actors"]!.AsArray().Count;
        var path = JsonValuePaths.Of(json).Single(value => JsonValuePaths.Text(value.Path) == role).Path;
        JsonValuePaths.Replace(json, path, "ISL");

        var read = ScenarioJson.Parse(json.ToJsonString());

        // Iceland is added wherever it is named, so no reference to it is unknown; a role it cannot play (an agency
        // speaking for a state, a member of a bloc…) may still be refused by the validator, for that reason only.
        string[] unknownActor = [ErrorCodes.UnknownActorReference, ErrorCodes.TreatyUnknownActor, ErrorCodes.UnknownTransferParty, ErrorCodes.UnknownStanceActor, ErrorCodes.UnknownStanceTarget, ErrorCodes.UnknownSanctionsActor];
        read.Switch(
            scenario =>
            {
                Assert.Equal(declared + 1, scenario.Actors.Length);
                Assert.Equal(("ISL", "Iceland", ActorKind.State), (scenario.Actors[^1].Id.Value, scenario.Actors[^1].Name, scenario.Actors[^1].Kind));
            },
            errors => Assert.DoesNotContain(errors, error => unknownActor.Contains(error.Code)));
    }

    [Fact]
    public void Parse_UndeclaredStateAdministeringAPlace_AddsNoActor()
    {
        var json = Everything();
        var declared = json["actors"]!.AsArray().Count;
        json["places"]![0]!["administeredBy"] = "ISL";

        var scenario = ScenarioJson.Parse(json.ToJsonString()).AsT0;

        Assert.Equal(declared, scenario.Actors.Length);
        Assert.Null(scenario.FindActor(new ActorId("ISL")));
    }

    private static JsonNode Everything() =>
        JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Fuzzing.ScenarioJsonFuzzTests.CorpusFolder, "everything.json")))!;

    [Fact]
    public void Parse_DeclaredCatalogueState_KeepsItsDeclaredName()
    {
        var scenario = ScenarioJson.Parse(File("""{ "id": "POL", "kind": "state", "name": "Second Polish Republic" }""")).AsT0;

        Assert.Equal(["POL", "GBR"], scenario.Actors.Select(actor => actor.Id.Value));
        Assert.Equal("Second Polish Republic", scenario.FindActor(new ActorId("POL"))!.Name);
        Assert.Equal("United Kingdom", scenario.FindActor(new ActorId("GBR"))!.Name);
    }

    [Fact]
    public void Parse_CodeOutsideTheCatalogue_IsStillAnUnknownActor()
    {
        var errors = ScenarioJson.Parse(File(string.Empty, "XYZ")).AsT1;

        var error = Assert.Single(errors);
        Assert.Equal(ErrorCodes.TreatyUnknownActor, error.Code);
        Assert.Equal("$.treaties[0].parties[1].actor", error.Location?.Path?.ToString());
    }

    [Fact]
    public void Serialize_ScenarioWithUndeclaredStates_WritesThemDeclaredAndReadsBackEqual()
    {
        var scenario = ScenarioJson.Parse(File(actors: string.Empty)).AsT0;

        var again = ScenarioJson.Parse(ScenarioJson.Serialize(scenario)).AsT0;

        Assert.Equal<Actor>(scenario.Actors, again.Actors);
    }
}
